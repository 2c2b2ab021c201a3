//! Opening a store from a URL, and bringing its schema up to date.

use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::{Backend, Store, StoreError};

/// Migrations, in order, as (version, description, SQLite text, PostgreSQL text).
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "initial",
        include_str!("../migrations/sqlite/0001_initial.sql"),
        include_str!("../migrations/postgres/0001_initial.sql"),
    ),
    (
        2,
        "idempotency",
        include_str!("../migrations/sqlite/0002_idempotency.sql"),
        include_str!("../migrations/postgres/0002_idempotency.sql"),
    ),
    (
        3,
        "notifications",
        include_str!("../migrations/sqlite/0003_notifications.sql"),
        include_str!("../migrations/postgres/0003_notifications.sql"),
    ),
    (
        4,
        "staff console",
        include_str!("../migrations/sqlite/0004_staff_console.sql"),
        include_str!("../migrations/postgres/0004_staff_console.sql"),
    ),
    (
        5,
        "search",
        include_str!("../migrations/sqlite/0005_search.sql"),
        include_str!("../migrations/postgres/0005_search.sql"),
    ),
    (
        6,
        "export order",
        include_str!("../migrations/sqlite/0006_export_order.sql"),
        include_str!("../migrations/postgres/0006_export_order.sql"),
    ),
    (
        7,
        "queue order",
        include_str!("../migrations/sqlite/0007_queue_order.sql"),
        include_str!("../migrations/postgres/0007_queue_order.sql"),
    ),
    (
        8,
        "training",
        include_str!("../migrations/sqlite/0008_training.sql"),
        include_str!("../migrations/postgres/0008_training.sql"),
    ),
    (
        9,
        "chat conversations",
        include_str!("../migrations/sqlite/0009_chat_conversations.sql"),
        include_str!("../migrations/postgres/0009_chat_conversations.sql"),
    ),
];

/// How to open a store.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// The most connections to PostgreSQL, or SQLite readers, this node opens.
    pub max_connections: u32,
    /// How long to wait for a connection before giving up.
    pub acquire_timeout: Duration,
    /// When a SQLite commit counts as done.
    pub sqlite_sync: SqliteSync,
}

/// When a SQLite commit counts as done (SQLite's `synchronous` setting, in WAL mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SqliteSync {
    /// Each commit is flushed to the disk before it returns: a stored case survives a crash
    /// of the process and a loss of power.
    #[default]
    Full,
    /// Commits are written to the operating system at once and flushed at checkpoints: a
    /// stored case survives a crash of the process (including `kill -9`), but the last
    /// commits may be lost if the machine loses power. About twice as many commits a second.
    Normal,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(10),
            sqlite_sync: SqliteSync::Full,
        }
    }
}

impl Store {
    /// Opens the database at `url`: `sqlite://path/to/file.db` (created if missing) or
    /// `postgres://user@host/db`.
    pub async fn connect(url: &str, options: &StoreOptions) -> Result<Store, StoreError> {
        if url.starts_with("sqlite:") {
            Self::connect_sqlite(url, options).await
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(options.max_connections)
                .acquire_timeout(options.acquire_timeout)
                .connect(url)
                .await?;
            Ok(Store {
                backend: Backend::Postgres(pool),
                notify: None,
                training: false,
            })
        } else {
            Err(StoreError::Config(
                "the database URL must start with sqlite: or postgres:".into(),
            ))
        }
    }

    async fn connect_sqlite(url: &str, options: &StoreOptions) -> Result<Store, StoreError> {
        // WAL lets readers work beside the writer.
        let synchronous = match options.sqlite_sync {
            SqliteSync::Full => SqliteSynchronous::Full,
            SqliteSync::Normal => SqliteSynchronous::Normal,
        };
        let base = SqliteConnectOptions::from_str(url)?
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(synchronous)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let path = base.get_filename().to_owned();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                StoreError::Config(format!("cannot create {}: {e}", parent.display()))
            })?;
        }

        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(options.acquire_timeout)
            .connect_with(base.clone().create_if_missing(true))
            .await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(options.max_connections.max(1))
            .acquire_timeout(options.acquire_timeout)
            .connect_with(base.read_only(true))
            .await?;
        Ok(Store {
            backend: Backend::Sqlite {
                committer: crate::group_commit::Committer::start(writer.clone()),
                writer,
                reader,
            },
            notify: None,
            training: false,
        })
    }

    /// Applies every migration not yet applied. Safe to run from several nodes at once on
    /// PostgreSQL: the migrator holds an advisory lock while it works.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let postgres = matches!(self.backend, Backend::Postgres(_));
        let migrations = MIGRATIONS
            .iter()
            .map(|&(version, description, sqlite, pg)| {
                let sql = if postgres { pg } else { sqlite };
                Migration::new(
                    version,
                    Cow::Borrowed(description),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect();
        let migrator = Migrator::with_migrations(migrations);

        crate::with_writer!(self, pool => migrator.run(pool).await)?;
        let filled = self.backfill_search_text().await?;
        if filled > 0 {
            tracing::info!(cases = filled, "searchable text filled in");
        }
        Ok(())
    }
}
