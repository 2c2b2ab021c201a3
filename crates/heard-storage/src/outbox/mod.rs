//! The notification outbox: each message to a resident is a row written in the same
//! transaction as the event that causes it, so that no event loses its message and no message
//! exists without its event. Workers deliver the rows (see [`delivery`]); staff read them per
//! case, and supervisors see and retry the dead letters.

mod delivery;

use heard_domain::TrackingNumber;
use heard_domain::notify::{DeliveryChannel, NoticeKind, Notification};
use jiff::Timestamp;
use sqlx::{ColumnIndex, Decode, Row, Type};

use crate::{Store, StoreError, instant, millis, with_reader, with_writer};

pub use delivery::{Claim, Failure};

/// Where a message is in its delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeliveryStatus {
    /// Waiting to be sent, or to be tried again.
    Pending,
    /// Accepted by the mail server or the SMS provider.
    Sent,
    /// Given up: refused for good, or every retry failed. A supervisor may retry it.
    Dead,
    /// Not sent because the recipient asked for no more messages (SMS STOP).
    Suppressed,
}

impl DeliveryStatus {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Dead => "dead",
            DeliveryStatus::Suppressed => "suppressed",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        [Self::Pending, Self::Sent, Self::Dead, Self::Suppressed]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// A stored message and its delivery status. Holds personal data: never log it whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    /// Its number, in the order messages were written.
    pub id: i64,
    /// The case it is about.
    pub tracking_number: TrackingNumber,
    /// The event that caused it.
    pub event_seq: u32,
    /// What it tells.
    pub notice: NoticeKind,
    /// How it is sent.
    pub channel: DeliveryChannel,
    /// The e-mail address or E.164 phone number.
    pub recipient: String,
    /// The language the resident asked for.
    pub requested_language: String,
    /// The language it is written in.
    pub language: String,
    /// True when English stood in for the requested language.
    pub language_fallback: bool,
    /// The e-mail subject.
    pub subject: Option<String>,
    /// The text: the e-mail's text part, or the SMS.
    pub body_text: String,
    /// The e-mail's HTML part.
    pub body_html: Option<String>,
    /// Where it is in its delivery.
    pub status: DeliveryStatus,
    /// How many times sending it was tried.
    pub attempts: u32,
    /// When it may next be tried.
    pub next_attempt_at: Timestamp,
    /// Why the last try failed, or why it was not sent.
    pub last_error: Option<String>,
    /// When it was written.
    pub created_at: Timestamp,
    /// When it was accepted for delivery.
    pub sent_at: Option<Timestamp>,
    /// Until when a worker holds it; a later time means it is being sent now.
    pub leased_until: Option<Timestamp>,
    /// When it was sent, given up on or suppressed.
    pub finished_at: Option<Timestamp>,
}

/// The columns of a message, in the order [`OutboxMessage`] decodes them.
macro_rules! columns {
    () => {
        "id, tracking_number, event_seq, notice, channel, recipient, requested_language, \
         language, language_fallback, subject, body_text, body_html, status, attempts, \
         next_attempt_at, last_error, created_at, sent_at, lease_until, finished_at"
    };
}
use columns;

/// Writes one message; see [`insert_notification!`].
pub(crate) const INSERT: &str = "INSERT INTO notifications (tracking_number, event_seq, notice, channel, \
     recipient, requested_language, language, language_fallback, subject, body_text, body_html, \
     status, attempts, next_attempt_at, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', 0, $12, $12)";

/// Writes a message in the transaction `$tx` of either backend.
macro_rules! insert_notification {
    ($tx:expr, $tracking:expr, $seq:expr, $n:expr) => {{
        let n: &heard_domain::notify::Notification = $n;
        sqlx::query($crate::outbox::INSERT)
            .bind($tracking)
            .bind(i64::from($seq))
            .bind(n.notice.code())
            .bind(n.channel.code())
            .bind(&n.recipient)
            .bind(&n.requested_language)
            .bind(&n.language)
            .bind(n.language_fallback)
            .bind(&n.subject)
            .bind(&n.text)
            .bind(&n.html)
            .bind($crate::millis(jiff::Timestamp::now()))
            .execute(&mut *$tx)
            .await?;
    }};
}
pub(crate) use insert_notification;

impl<'r, R: Row> sqlx::FromRow<'r, R> for OutboxMessage
where
    usize: ColumnIndex<R>,
    i64: Decode<'r, R::Database> + Type<R::Database>,
    bool: Decode<'r, R::Database> + Type<R::Database>,
    String: Decode<'r, R::Database> + Type<R::Database>,
    Option<String>: Decode<'r, R::Database> + Type<R::Database>,
    Option<i64>: Decode<'r, R::Database> + Type<R::Database>,
{
    fn from_row(row: &'r R) -> Result<Self, sqlx::Error> {
        let corrupt = |what: String| sqlx::Error::Decode(StoreError::Corrupt(what).into());
        let text = |i: usize| row.try_get::<String, _>(i);
        let time = |ms: i64| instant(ms).map_err(|e| corrupt(e.to_string()));

        let tracking = text(1)?;
        let (notice, channel, status) = (text(3)?, text(4)?, text(12)?);
        let optional_time = |i: usize| -> Result<Option<Timestamp>, sqlx::Error> {
            row.try_get::<Option<i64>, _>(i)?.map(time).transpose()
        };
        Ok(OutboxMessage {
            id: row.try_get(0)?,
            tracking_number: tracking
                .parse()
                .map_err(|_| corrupt(format!("tracking number '{tracking}'")))?,
            event_seq: u32::try_from(row.try_get::<i64, _>(2)?)
                .map_err(|_| corrupt("event number".into()))?,
            notice: NoticeKind::from_code(&notice)
                .ok_or_else(|| corrupt(format!("notice '{notice}'")))?,
            channel: DeliveryChannel::from_code(&channel)
                .ok_or_else(|| corrupt(format!("channel '{channel}'")))?,
            recipient: text(5)?,
            requested_language: text(6)?,
            language: text(7)?,
            language_fallback: row.try_get(8)?,
            subject: row.try_get(9)?,
            body_text: text(10)?,
            body_html: row.try_get(11)?,
            status: DeliveryStatus::from_code(&status)
                .ok_or_else(|| corrupt(format!("status '{status}'")))?,
            attempts: u32::try_from(row.try_get::<i64, _>(13)?).unwrap_or(u32::MAX),
            next_attempt_at: time(row.try_get(14)?)?,
            last_error: row.try_get(15)?,
            created_at: time(row.try_get(16)?)?,
            sent_at: optional_time(17)?,
            leased_until: optional_time(18)?,
            finished_at: optional_time(19)?,
        })
    }
}

/// The most dead letters [`Store::dead_letters`] lists at once.
const DEAD_LETTERS_SHOWN: i64 = 1000;

impl Store {
    /// The messages written for a case, oldest first, with their delivery status: for staff.
    pub async fn notifications_for_case(
        &self,
        tracking: &TrackingNumber,
    ) -> Result<Vec<OutboxMessage>, StoreError> {
        const SQL: &str = concat!(
            "SELECT ",
            columns!(),
            " FROM notifications WHERE tracking_number = $1 ORDER BY id"
        );
        let compact = tracking.compact();
        Ok(with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(&compact).fetch_all(pool).await?
        }))
    }

    /// The messages given up on, the oldest first (at most a thousand): for supervisors.
    pub async fn dead_letters(&self) -> Result<Vec<OutboxMessage>, StoreError> {
        const SQL: &str = concat!(
            "SELECT ",
            columns!(),
            " FROM notifications WHERE status = 'dead' ORDER BY finished_at, id LIMIT $1"
        );
        Ok(with_reader!(self, pool => {
            sqlx::query_as(SQL)
                .bind(DEAD_LETTERS_SHOWN)
                .fetch_all(pool)
                .await?
        }))
    }

    /// The dead letters of one division's cases, the oldest first (at most a thousand): for
    /// its supervisors.
    pub async fn dead_letters_of_division(
        &self,
        division: &str,
    ) -> Result<Vec<OutboxMessage>, StoreError> {
        const SQL: &str = concat!(
            "SELECT ",
            columns!(),
            " FROM notifications WHERE status = 'dead' AND tracking_number IN \
             (SELECT tracking_number FROM cases WHERE division = $1) \
             ORDER BY finished_at, id LIMIT $2"
        );
        Ok(with_reader!(self, pool => {
            sqlx::query_as(SQL)
                .bind(division)
                .bind(DEAD_LETTERS_SHOWN)
                .fetch_all(pool)
                .await?
        }))
    }

    /// One message, by its number.
    pub async fn find_notification(&self, id: i64) -> Result<OutboxMessage, StoreError> {
        const SQL: &str = concat!("SELECT ", columns!(), " FROM notifications WHERE id = $1");
        let found: Option<OutboxMessage> = with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(id).fetch_optional(pool).await?
        });
        found.ok_or(StoreError::NotFound)
    }

    /// Puts a dead letter back in the queue, due now, with a fresh count of attempts (its last
    /// error stays until the next try). Not found unless the message is dead.
    pub async fn retry_dead_letter(&self, id: i64) -> Result<(), StoreError> {
        const SQL: &str = "UPDATE notifications SET status = 'pending', attempts = 0, \
             next_attempt_at = $2, finished_at = NULL WHERE id = $1 AND status = 'dead'";
        let now = millis(Timestamp::now());
        let changed = with_writer!(self, pool => {
            sqlx::query(SQL).bind(id).bind(now).execute(pool).await?.rows_affected()
        });
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// How many messages are in each status, for health checks and tests.
    pub async fn count_notifications(&self, status: DeliveryStatus) -> Result<u64, StoreError> {
        const SQL: &str = "SELECT COUNT(*) FROM notifications WHERE status = $1";
        let n: i64 = with_reader!(self, pool => {
            sqlx::query_scalar(SQL).bind(status.code()).fetch_one(pool).await?
        });
        Ok(n.unsigned_abs())
    }
}

/// The message an event causes, written by [`heard_domain::notify::plan`] when the store has a
/// notification context.
pub(crate) fn plan(
    store: &Store,
    state: &heard_domain::CaseState,
    record: &heard_domain::EventRecord,
) -> Option<Notification> {
    let context = store.notify.as_deref()?;
    heard_domain::notify::plan(context, state, record)
}
