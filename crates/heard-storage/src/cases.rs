//! Cases and their history. A case row holds the state that its events produce; both are
//! written in one transaction, so the two can never disagree, and events are never changed.

use heard_domain::event::{Actor, CaseEvent, EventRecord};
use heard_domain::intake::ValidSubmission;
use heard_domain::{CaseState, Channel, TrackingNumber};
use jiff::Timestamp;
use sqlx::Row;

use crate::idempotency::IdempotencyKey;
use crate::outbox::insert_notification;
use crate::{Store, StoreError, instant, millis, to_stored_precision, with_reader, with_writer};

/// How many random tracking numbers to try before giving up; with a billion numbers and a
/// city's volume, even the second try is rare.
const TRACKING_ATTEMPTS: usize = 8;

pub(crate) const INSERT_CASE: &str = "INSERT INTO cases (tracking_number, kind, channel, status, stage, \
     division, section, category, ward, language, assignee, received_at, updated_at, version, state, \
     search_text, training) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
     ON CONFLICT (tracking_number) DO NOTHING";

const UPDATE_CASE: &str = "UPDATE cases SET status = $2, stage = $3, division = $4, section = $5, \
     category = $6, ward = $7, assignee = $8, updated_at = $9, version = $10, state = $11, \
     search_text = $13 WHERE tracking_number = $1 AND version = $12";

pub(crate) const INSERT_EVENT: &str = "INSERT INTO case_events \
     (tracking_number, seq, at, name, actor, channel, payload) VALUES ($1, $2, $3, $4, $5, $6, $7)";

/// A case that [`Store::create_case_once`] stored or found.
#[derive(Debug, Clone)]
pub struct Created {
    /// The case.
    pub state: CaseState,
    /// True when the key had been used before and this is the earlier case.
    pub replayed: bool,
}

/// What became of a new case's insertion.
pub(crate) enum Insert {
    /// Stored.
    Stored,
    /// Its tracking number belongs to another case: draw another.
    NumberTaken,
    /// Its idempotency key was used before, for this case.
    AlreadyDone(TrackingNumber),
}

/// Everything written for a new case, encoded once.
pub(crate) struct CaseRows {
    pub(crate) key: Option<IdempotencyKey>,
    pub(crate) event: EventRow,
    pub(crate) json: String,
    pub(crate) message: Option<heard_domain::notify::Notification>,
    pub(crate) state: CaseState,
}

/// Writes a new case's rows in the transaction `$tx` and says what became of it; the caller
/// commits only when it is [`Insert::Stored`], and rolls back otherwise. One body for both
/// drivers and for single and grouped commits.
macro_rules! insert_rows {
    ($tx:expr, $rows:expr) => {{
        let rows: &$crate::cases::CaseRows = $rows;
        let state = &rows.state;
        let event = &rows.event;
        let found: Option<(String, String)> = match &rows.key {
            Some(key) => {
                sqlx::query_as($crate::idempotency::FIND_KEY)
                    .bind(&key.key)
                    .fetch_optional(&mut *$tx)
                    .await?
            }
            None => None,
        };
        match (&rows.key, found) {
            (Some(key), Some(found)) => $crate::cases::Insert::AlreadyDone(key.replay(found)?),
            _ => {
                let inserted = sqlx::query($crate::cases::INSERT_CASE)
                    .bind(&event.tracking_number)
                    .bind(state.kind.code())
                    .bind(state.channel.code())
                    .bind(state.status.code())
                    .bind(i64::from(state.stage))
                    .bind(&state.division)
                    .bind(&state.section)
                    .bind(&state.category)
                    .bind(&state.location.ward)
                    .bind(&state.person.preferred_language)
                    .bind(&state.assignee)
                    .bind($crate::millis(state.received_at))
                    .bind($crate::millis(state.updated_at))
                    .bind(i64::from(state.version))
                    .bind(&rows.json)
                    .bind($crate::search::search_text(state))
                    .bind(i64::from(state.training))
                    .execute(&mut *$tx)
                    .await?
                    .rows_affected();
                // A concurrent request with the same key makes the key's insertion wait for
                // its commit, then insert nothing: the first one wins and this one replays
                // it (each statement sees what was committed before it began).
                let claimed = match (&rows.key, inserted) {
                    (_, 0) => None,
                    (None, _) => Some(true),
                    (Some(key), _) => {
                        let claimed = sqlx::query($crate::idempotency::INSERT_KEY)
                            .bind(&key.key)
                            .bind(&event.tracking_number)
                            .bind(&key.fingerprint)
                            .bind(event.at)
                            .execute(&mut *$tx)
                            .await?
                            .rows_affected();
                        Some(claimed > 0)
                    }
                };
                match (claimed, &rows.key) {
                    (None, _) => $crate::cases::Insert::NumberTaken,
                    (Some(false), Some(key)) => {
                        let found: (String, String) = sqlx::query_as($crate::idempotency::FIND_KEY)
                            .bind(&key.key)
                            .fetch_one(&mut *$tx)
                            .await?;
                        $crate::cases::Insert::AlreadyDone(key.replay(found)?)
                    }
                    _ => {
                        sqlx::query($crate::cases::INSERT_EVENT)
                            .bind(&event.tracking_number)
                            .bind(event.seq)
                            .bind(event.at)
                            .bind(event.name)
                            .bind(&event.actor)
                            .bind(event.channel)
                            .bind(&event.payload)
                            .execute(&mut *$tx)
                            .await?;
                        if let Some(message) = &rows.message {
                            $crate::outbox::insert_notification!(
                                $tx,
                                &event.tracking_number,
                                event.seq_u32(),
                                message
                            );
                        }
                        $crate::cases::Insert::Stored
                    }
                }
            }
        }
    }};
}
pub(crate) use insert_rows;

/// An event to append, before it has its place in the history.
#[derive(Debug, Clone)]
pub struct NewEvent {
    /// When it happened.
    pub at: Timestamp,
    /// Who caused it.
    pub actor: Actor,
    /// Through which channel.
    pub channel: Channel,
    /// What happened.
    pub event: CaseEvent,
}

/// The columns of an event row, encoded once for either backend.
pub(crate) struct EventRow {
    pub(crate) tracking_number: String,
    pub(crate) seq: i64,
    pub(crate) at: i64,
    pub(crate) name: &'static str,
    pub(crate) actor: String,
    pub(crate) channel: &'static str,
    pub(crate) payload: String,
}

impl EventRow {
    /// The event's place in its case's history.
    pub(crate) fn seq_u32(&self) -> u32 {
        // Encoded from a u32 in `encode`.
        u32::try_from(self.seq).unwrap_or(u32::MAX)
    }

    fn encode(tracking: &TrackingNumber, record: &EventRecord) -> Result<Self, StoreError> {
        Ok(EventRow {
            tracking_number: tracking.compact(),
            seq: i64::from(record.seq),
            at: millis(record.at),
            name: record.event.name(),
            actor: serde_json::to_string(&record.actor)?,
            channel: record.channel.code(),
            payload: serde_json::to_string(&record.event)?,
        })
    }
}

impl Store {
    /// Stores a new case under a fresh tracking number and returns its state. When this
    /// returns, the case is committed.
    pub async fn create_case(
        &self,
        submission: &ValidSubmission,
        at: Timestamp,
        actor: &Actor,
        channel: Channel,
    ) -> Result<CaseState, StoreError> {
        let created = self
            .create_case_once(None, submission, at, actor, channel)
            .await?;
        Ok(created.state)
    }

    /// Like [`Store::create_case`], but a retry with the same idempotency key returns the case
    /// the first attempt created instead of a second one, even when both arrive at once. The
    /// key belongs to one request: reusing it for a different fingerprint is a conflict.
    pub async fn create_case_once(
        &self,
        key: Option<&IdempotencyKey>,
        submission: &ValidSubmission,
        at: Timestamp,
        actor: &Actor,
        channel: Channel,
    ) -> Result<Created, StoreError> {
        let at = to_stored_precision(at)?;
        for _ in 0..TRACKING_ATTEMPTS {
            let tracking = TrackingNumber::generate(&mut rand::rng());
            let mut received = submission.received(tracking);
            received.training |= self.training;
            let record = EventRecord {
                seq: 1,
                at,
                actor: actor.clone(),
                channel,
                event: CaseEvent::Received(Box::new(received)),
            };
            let state = CaseState::start(&record)?;
            match self.insert_new_case(key, &state, &record).await? {
                Insert::Stored => {
                    return Ok(Created {
                        state,
                        replayed: false,
                    });
                }
                Insert::NumberTaken => continue,
                Insert::AlreadyDone(existing) => {
                    let state = self.find_case(&existing).await?;
                    return Ok(Created {
                        state,
                        replayed: true,
                    });
                }
            }
        }
        Err(StoreError::Conflict(
            "no free tracking number was found; try again".into(),
        ))
    }

    /// Inserts the case row, its first event and its idempotency key in one transaction. On
    /// SQLite the transaction is shared with other submissions arriving at the same moment
    /// (see [`crate::group_commit`]): one disk sync for all of them.
    async fn insert_new_case(
        &self,
        key: Option<&IdempotencyKey>,
        state: &CaseState,
        record: &EventRecord,
    ) -> Result<Insert, StoreError> {
        let rows = CaseRows {
            key: key.cloned(),
            event: EventRow::encode(&state.tracking_number, record)?,
            json: serde_json::to_string(state)?,
            message: crate::outbox::plan(self, state, record),
            state: state.clone(),
        };

        match &self.backend {
            crate::Backend::Sqlite { committer, .. } => committer.insert(rows).await,
            crate::Backend::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                let outcome = insert_rows!(tx, &rows);
                if matches!(outcome, Insert::Stored) {
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                Ok(outcome)
            }
        }
    }

    /// Appends an event to a case, if its rules allow it, and returns the new state.
    ///
    /// With `expected_version`, the event is refused with a conflict when the case has changed
    /// since the caller read it; without, it applies to whatever the case is now.
    pub async fn append_event(
        &self,
        tracking: &TrackingNumber,
        new: NewEvent,
        expected_version: Option<u32>,
    ) -> Result<CaseState, StoreError> {
        let compact = tracking.compact();

        with_writer!(self, pool => {
            let mut tx = pool.begin().await?;
            let row = sqlx::query("SELECT state FROM cases WHERE tracking_number = $1")
                .bind(&compact)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound)?;
            let mut state: CaseState = serde_json::from_str(row.try_get::<&str, _>(0)?)?;
            let before = state.version;
            if expected_version.is_some_and(|v| v != before) {
                return Err(StoreError::Conflict(format!(
                    "the case changed (it is at version {before}); reload it and try again"
                )));
            }

            let record = EventRecord {
                seq: before + 1,
                at: to_stored_precision(new.at)?,
                actor: new.actor,
                channel: new.channel,
                event: new.event,
            };
            state.apply(&record)?;
            let event = EventRow::encode(tracking, &record)?;

            let updated = sqlx::query(UPDATE_CASE)
                .bind(&compact)
                .bind(state.status.code())
                .bind(i64::from(state.stage))
                .bind(&state.division)
                .bind(&state.section)
                .bind(&state.category)
                .bind(&state.location.ward)
                .bind(&state.assignee)
                .bind(millis(state.updated_at))
                .bind(i64::from(state.version))
                .bind(serde_json::to_string(&state)?)
                .bind(i64::from(before))
                .bind(crate::search::search_text(&state))
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if updated == 0 {
                return Err(StoreError::Conflict(
                    "the case was changed at the same time; try again".into(),
                ));
            }
            sqlx::query(INSERT_EVENT)
                .bind(&event.tracking_number)
                .bind(event.seq)
                .bind(event.at)
                .bind(event.name)
                .bind(&event.actor)
                .bind(event.channel)
                .bind(&event.payload)
                .execute(&mut *tx)
                .await?;
            if let Some(message) = crate::outbox::plan(self, &state, &record) {
                insert_notification!(tx, &event.tracking_number, record.seq, &message);
            }
            tx.commit().await?;
            Ok(state)
        })
    }

    /// The current state of a case.
    pub async fn find_case(&self, tracking: &TrackingNumber) -> Result<CaseState, StoreError> {
        let compact = tracking.compact();
        let json: String = with_reader!(self, pool => {
            sqlx::query_scalar("SELECT state FROM cases WHERE tracking_number = $1")
                .bind(&compact)
                .fetch_optional(pool)
                .await?
        })
        .ok_or(StoreError::NotFound)?;
        Ok(serde_json::from_str(&json)?)
    }

    /// A case's whole history, oldest first.
    pub async fn case_history(
        &self,
        tracking: &TrackingNumber,
    ) -> Result<Vec<EventRecord>, StoreError> {
        const SQL: &str = "SELECT seq, at, actor, channel, payload FROM case_events \
             WHERE tracking_number = $1 ORDER BY seq";
        let compact = tracking.compact();
        let rows: Vec<(i64, i64, String, String, String)> = with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(&compact).fetch_all(pool).await?
        });

        rows.into_iter()
            .map(|(seq, at, actor, channel, payload)| {
                Ok(EventRecord {
                    seq: u32::try_from(seq)
                        .map_err(|_| StoreError::Corrupt(format!("event number {seq}")))?,
                    at: instant(at)?,
                    actor: serde_json::from_str(&actor)?,
                    channel: Channel::from_code(&channel)
                        .ok_or_else(|| StoreError::Corrupt(format!("channel '{channel}'")))?,
                    event: serde_json::from_str(&payload)?,
                })
            })
            .collect()
    }

    /// How many cases are stored.
    pub async fn count_cases(&self) -> Result<u64, StoreError> {
        let n: i64 = with_reader!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM cases").fetch_one(pool).await?
        });
        Ok(n.unsigned_abs())
    }
}
