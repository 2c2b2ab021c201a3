//! Heard's storage: one [`Store`] over SQLite (embedded, the default) or PostgreSQL
//! (production, several nodes over one database), with the same SQL and the same behaviour.
//!
//! Each operation is written once and compiled for both drivers by [`with_writer!`] and
//! [`with_reader!`], which match on the backend and run the same body against either pool. SQL
//! uses `$N` placeholders, which both SQLite and PostgreSQL understand.

mod audit;
mod bulk;
mod cases;
mod chats;
mod connect;
mod error;
mod files;
mod group_commit;
mod idempotency;
mod listing;
mod outbox;
mod queues;
mod reports;
mod search;
mod service_requests;
mod sessions;
mod staff;
mod training;

use sqlx::{PgPool, SqlitePool};

pub use audit::StaffAuditRecord;
pub use cases::{Created, NewEvent};
pub use connect::{SqliteSync, StoreOptions};
pub use error::StoreError;
pub use files::FileStore;
pub use idempotency::IdempotencyKey;
pub use listing::{CaseFilter, ExportCursor};
pub use outbox::{Claim, DeliveryStatus, Failure, OutboxMessage};
pub use queues::{QueueFilter, QueueView};
pub use reports::{WardRequests, of_these_wards};
pub use search::{SearchHit, SearchScope};
pub use sessions::{LockoutRule, NewStaffSession, StaffSessionRecord};
pub use staff::{ApiKeyRecord, NewStaffUser, StaffUserRecord};
pub use training::{CourseCount, NewTrainingRecord, TrainingRecord};

/// The database behind Heard. Cheap to clone: clones share the pools.
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
    /// When set, events that tell the resident something write their message to the outbox.
    notify: Option<std::sync::Arc<heard_domain::notify::NotifyContext>>,
    /// When set, every case created is a training case (`heard serve --training`).
    training: bool,
}

#[derive(Clone, Debug)]
enum Backend {
    /// SQLite allows one writer at a time, so writes go through a pool of one connection (no
    /// busy retries, no lock upgrades) and reads through a separate pool.
    Sqlite {
        writer: SqlitePool,
        reader: SqlitePool,
        /// Writes new cases through `writer`, several to a transaction.
        committer: group_commit::Committer,
    },
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the pool that takes writes, for either backend.
macro_rules! with_writer {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.backend {
            $crate::Backend::Sqlite { writer: $pool, .. } => $body,
            $crate::Backend::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$pool` bound to a pool for reads, for either backend.
macro_rules! with_reader {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.backend {
            $crate::Backend::Sqlite { reader: $pool, .. } => $body,
            $crate::Backend::Postgres($pool) => $body,
        }
    };
}

pub(crate) use {with_reader, with_writer};

impl Store {
    /// Which backend this store uses: `sqlite` or `postgres`.
    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite { .. } => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// This store, writing the messages that events send to residents into the outbox, in the
    /// same transaction as each event (see [`heard_domain::notify::plan`]). Without it, no
    /// message is written.
    pub fn with_notifications(mut self, context: heard_domain::notify::NotifyContext) -> Store {
        self.notify = Some(std::sync::Arc::new(context));
        self
    }

    /// This store, making every new case a training case: one that notifies nobody and that
    /// no report, export or public listing counts. For `heard serve --training`.
    pub fn for_training(mut self) -> Store {
        self.training = true;
        self
    }

    /// Whether every new case is a training case.
    pub fn is_training(&self) -> bool {
        self.training
    }

    /// Answers when the database does: for health checks.
    pub async fn ping(&self) -> Result<(), StoreError> {
        with_reader!(self, pool => {
            sqlx::query("SELECT 1").execute(pool).await?;
        });
        Ok(())
    }

    /// Writes a consistent copy of an SQLite database to `path` while Heard keeps running
    /// (SQLite's `VACUUM INTO`); `path` must not exist yet. PostgreSQL is backed up with its
    /// own tools (`pg_dump`, or base backups with WAL archiving), so this refuses it.
    pub async fn backup_to(&self, path: &std::path::Path) -> Result<(), StoreError> {
        let Backend::Sqlite { reader, .. } = &self.backend else {
            return Err(StoreError::Config(
                "back up PostgreSQL with pg_dump or its base backups; see docs/DEPLOYMENT.md"
                    .into(),
            ));
        };
        if path.exists() {
            return Err(StoreError::Config(format!(
                "{} exists already: give the backup a new file name",
                path.display()
            )));
        }
        let target = path
            .to_str()
            .ok_or_else(|| StoreError::Config("the backup path is not valid UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(reader)
            .await?;
        Ok(())
    }

    /// Closes every connection, waiting for work in hand to finish.
    pub async fn close(&self) {
        match &self.backend {
            Backend::Sqlite { writer, reader, .. } => {
                reader.close().await;
                writer.close().await;
            }
            Backend::Postgres(pool) => pool.close().await,
        }
    }
}

/// Milliseconds since the Unix epoch, the form instants are stored in.
pub(crate) fn millis(t: jiff::Timestamp) -> i64 {
    t.as_millisecond()
}

/// The instant cut to whole milliseconds, the precision storage keeps, so that a state derived
/// before storing equals the one replayed from the stored history.
pub(crate) fn to_stored_precision(t: jiff::Timestamp) -> Result<jiff::Timestamp, StoreError> {
    instant(millis(t))
}

/// The instant stored as milliseconds since the Unix epoch.
pub(crate) fn instant(ms: i64) -> Result<jiff::Timestamp, StoreError> {
    jiff::Timestamp::from_millisecond(ms)
        .map_err(|e| StoreError::Corrupt(format!("instant {ms}: {e}")))
}
