//! Taking messages to send and recording how each try went. A worker takes due messages under
//! a lease: PostgreSQL skips rows another node is taking (`FOR UPDATE SKIP LOCKED`) and SQLite
//! has a single writer, so no two workers hold the same message; leases run on one clock. A message waits while an
//! earlier message of its case is still pending, which keeps each case's messages in order.

use std::time::Duration;

use heard_domain::notify::DeliveryChannel;
use jiff::Timestamp;
use rand::Rng;

use super::{OutboxMessage, columns};
use crate::{Backend, Store, StoreError, millis, with_reader, with_writer};

/// Due, unleased, pending messages of the wanted channels whose case has no earlier pending
/// message. `$3` is now, `$4` and `$5` the channels, `$6` the most to take.
macro_rules! due {
    () => {
        "SELECT n.id AS due_id FROM notifications n \
         WHERE n.status = 'pending' AND n.next_attempt_at <= $3 \
         AND (n.lease_until IS NULL OR n.lease_until <= $3) \
         AND n.channel IN ($4, $5) \
         AND NOT EXISTS (SELECT 1 FROM notifications e WHERE e.tracking_number = n.tracking_number \
             AND e.status = 'pending' AND e.id < n.id) \
         ORDER BY n.id LIMIT $6"
    };
}

const CLAIM_POSTGRES: &str = concat!(
    "WITH due AS (",
    due!(),
    " FOR UPDATE SKIP LOCKED) \
     UPDATE notifications SET lease_token = $1, lease_until = $2 FROM due \
     WHERE notifications.id = due.due_id RETURNING ",
    columns!()
);

const CLAIM_SQLITE: &str = concat!(
    "UPDATE notifications SET lease_token = $1, lease_until = $2 WHERE id IN (",
    due!(),
    ") RETURNING ",
    columns!()
);

/// Messages a worker holds until its lease ends.
#[derive(Debug)]
pub struct Claim {
    /// Proves the lease: only its holder can record how a try went.
    pub token: String,
    /// The messages, oldest first; at most one per case.
    pub messages: Vec<OutboxMessage>,
}

/// What became of a failed try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Try again from then.
    RetryAt(Timestamp),
    /// Give up: the message becomes a dead letter.
    Dead,
}

/// The values a statement binds after the id, the token and now.
enum Extra<'a> {
    None,
    /// `$4`.
    Reason(&'a str),
    /// `$4` and `$5`.
    ReasonAt(&'a str, Timestamp),
}

impl Store {
    /// Takes up to `limit` due messages sent through `channels`, for `lease`; none when no
    /// channel is given.
    pub async fn claim_notifications(
        &self,
        channels: &[DeliveryChannel],
        limit: u32,
        lease: Duration,
    ) -> Result<Claim, StoreError> {
        let token = format!("{:032x}", rand::rng().random::<u128>());
        let (Some(first), Some(last)) = (channels.first(), channels.last()) else {
            return Ok(Claim {
                token,
                messages: Vec::new(),
            });
        };
        let now = self.lease_clock().await?;
        let until = now
            .checked_add(lease)
            .map_err(|e| StoreError::Config(format!("lease {lease:?}: {e}")))?;
        let sql = match self.backend {
            Backend::Sqlite { .. } => CLAIM_SQLITE,
            Backend::Postgres(_) => CLAIM_POSTGRES,
        };

        let mut messages: Vec<OutboxMessage> = with_writer!(self, pool => {
            sqlx::query_as(sql)
                .bind(&token)
                .bind(millis(until))
                .bind(millis(now))
                .bind(first.code())
                .bind(last.code())
                .bind(i64::from(limit))
                .fetch_all(pool)
                .await?
        });
        messages.sort_by_key(|m| m.id);
        Ok(Claim { token, messages })
    }

    /// The time leases are measured in. Nodes over one PostgreSQL database read the database's
    /// clock, so that a node whose own clock runs ahead cannot take messages another node
    /// still holds (and send them twice); SQLite's nodes share one machine and its clock.
    async fn lease_clock(&self) -> Result<Timestamp, StoreError> {
        const NOW: &str = "SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";
        match &self.backend {
            Backend::Sqlite { .. } => Ok(Timestamp::now()),
            Backend::Postgres(pool) => {
                let ms: i64 = sqlx::query_scalar(NOW).fetch_one(pool).await?;
                crate::instant(ms)
            }
        }
    }

    /// Records that a message was accepted for delivery. False when the lease was lost (it
    /// ran out and another worker took the message).
    pub async fn mark_notification_sent(&self, id: i64, token: &str) -> Result<bool, StoreError> {
        const SQL: &str = "UPDATE notifications SET status = 'sent', attempts = attempts + 1, \
             sent_at = $3, last_attempt_at = $3, finished_at = $3, last_error = NULL, \
             lease_token = NULL, lease_until = NULL WHERE id = $1 AND lease_token = $2";
        self.finish(SQL, id, token, Extra::None).await
    }

    /// Records a failed try, and when to try again or that the message is dead. False when
    /// the lease was lost.
    pub async fn mark_notification_failed(
        &self,
        id: i64,
        token: &str,
        error: &str,
        then: Failure,
    ) -> Result<bool, StoreError> {
        const RETRY: &str = "UPDATE notifications SET attempts = attempts + 1, last_error = $4, \
             last_attempt_at = $3, next_attempt_at = $5, lease_token = NULL, lease_until = NULL \
             WHERE id = $1 AND lease_token = $2";
        const DEAD: &str = "UPDATE notifications SET status = 'dead', attempts = attempts + 1, \
             last_error = $4, last_attempt_at = $3, finished_at = $3, lease_token = NULL, \
             lease_until = NULL WHERE id = $1 AND lease_token = $2";
        match then {
            Failure::RetryAt(at) => {
                self.finish(RETRY, id, token, Extra::ReasonAt(error, at))
                    .await
            }
            Failure::Dead => self.finish(DEAD, id, token, Extra::Reason(error)).await,
        }
    }

    /// Records that a message was not sent because its recipient opted out.
    pub async fn mark_notification_suppressed(
        &self,
        id: i64,
        token: &str,
        reason: &str,
    ) -> Result<bool, StoreError> {
        const SQL: &str = "UPDATE notifications SET status = 'suppressed', last_error = $4, \
             finished_at = $3, lease_token = NULL, lease_until = NULL \
             WHERE id = $1 AND lease_token = $2";
        self.finish(SQL, id, token, Extra::Reason(reason)).await
    }

    /// Gives a message back untried, for another worker to take at once (on shutdown).
    pub async fn release_notification(&self, id: i64, token: &str) -> Result<bool, StoreError> {
        const SQL: &str = "UPDATE notifications SET lease_token = NULL, lease_until = NULL \
             WHERE id = $1 AND lease_token = $2";
        let changed = with_writer!(self, pool => {
            sqlx::query(SQL).bind(id).bind(token).execute(pool).await?.rows_affected()
        });
        Ok(changed == 1)
    }

    /// Runs one of the statements above, which each use every value bound: `$1` the id, `$2`
    /// the token, `$3` now, then the extra values.
    async fn finish(
        &self,
        sql: &'static str,
        id: i64,
        token: &str,
        extra: Extra<'_>,
    ) -> Result<bool, StoreError> {
        let now = millis(Timestamp::now());
        let changed = with_writer!(self, pool => {
            let query = sqlx::query(sql).bind(id).bind(token).bind(now);
            let query = match extra {
                Extra::None => query,
                Extra::Reason(reason) => query.bind(reason),
                Extra::ReasonAt(reason, at) => query.bind(reason).bind(millis(at)),
            };
            query.execute(pool).await?.rows_affected()
        });
        Ok(changed == 1)
    }

    /// Records that the owner of `phone` (E.164) texted STOP (`opted_out`) or START.
    pub async fn set_sms_opt_out(&self, phone: &str, opted_out: bool) -> Result<(), StoreError> {
        const STOP: &str = "INSERT INTO sms_opt_outs (phone, opted_out_at) VALUES ($1, $2) \
             ON CONFLICT (phone) DO NOTHING";
        const START: &str = "DELETE FROM sms_opt_outs WHERE phone = $1";
        let now = millis(Timestamp::now());
        with_writer!(self, pool => {
            if opted_out {
                sqlx::query(STOP).bind(phone).bind(now).execute(pool).await?;
            } else {
                sqlx::query(START).bind(phone).execute(pool).await?;
            }
        });
        Ok(())
    }

    /// Whether the owner of `phone` (E.164) asked for no more text messages.
    pub async fn is_sms_opted_out(&self, phone: &str) -> Result<bool, StoreError> {
        const SQL: &str = "SELECT COUNT(*) FROM sms_opt_outs WHERE phone = $1";
        let n: i64 = with_reader!(self, pool => {
            sqlx::query_scalar(SQL).bind(phone).fetch_one(pool).await?
        });
        Ok(n > 0)
    }
}
