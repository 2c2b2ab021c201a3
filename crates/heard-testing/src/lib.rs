//! Test support shared by Heard's test suites: a fresh, empty, migrated database for each test,
//! on SQLite and on PostgreSQL, and a macro that runs one test body on both; `heard serve` as
//! a process ([`process`]) with a real SMTP server ([`smtp`]); and the crash-under-load run
//! shared by a test and a benchmark ([`crash`]).
//!
//! PostgreSQL tests need `HEARD_TEST_POSTGRES_URL` (for example
//! `postgres://root@127.0.0.1:5432/test`) at build time; without it they are compiled as
//! ignored, so the test report says they were skipped rather than passed.

pub mod crash;
pub mod process;
pub mod smtp;

use std::path::PathBuf;

use heard_storage::{Store, StoreOptions};
use rand::Rng;
use sqlx::Connection;

/// The variable that names the PostgreSQL server used by tests.
pub const POSTGRES_ENV: &str = "HEARD_TEST_POSTGRES_URL";

/// A database made for one test, removed when dropped.
#[derive(Debug)]
pub struct TestDb {
    /// The URL to reach it, for tests that start the `heard` binary.
    pub url: String,
    cleanup: Cleanup,
}

#[derive(Debug)]
enum Cleanup {
    Dir(PathBuf),
    Database { server: String, name: String },
}

fn random_suffix() -> String {
    let mut rng = rand::rng();
    (0..12)
        .map(|_| char::from(b'a' + rng.random_range(0..26u8)))
        .collect()
}

/// Installs ring as the process's TLS provider. reqwest is built without one of its own (see
/// `heard-workers`), so a test process must install one before it makes an HTTP client; every
/// test makes its database first, so this is done here.
fn install_tls_provider() {
    // An error only says that a provider is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl TestDb {
    /// A new SQLite database file in its own temporary folder.
    pub fn sqlite() -> TestDb {
        install_tls_provider();
        let dir = std::env::temp_dir().join(format!("heard-test-{}", random_suffix()));
        let url = format!("sqlite://{}", dir.join("heard.db").display());
        TestDb {
            url,
            cleanup: Cleanup::Dir(dir),
        }
    }

    /// A new database on the PostgreSQL server named by [`POSTGRES_ENV`].
    pub async fn postgres() -> TestDb {
        install_tls_provider();
        let server = std::env::var(POSTGRES_ENV)
            .unwrap_or_else(|_| panic!("{POSTGRES_ENV} must name a PostgreSQL server"));
        let name = format!("heard_t_{}", random_suffix());

        let mut admin = sqlx::PgConnection::connect(&server)
            .await
            .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {server}: {e}"));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .unwrap_or_else(|e| panic!("cannot create a test database: {e}"));

        let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
        TestDb {
            url: format!("{base}/{name}"),
            cleanup: Cleanup::Database { server, name },
        }
    }

    /// Opens the database and applies every migration.
    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url, &StoreOptions::default())
            .await
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", self.url));
        store.migrate().await.expect("migrations apply");
        store
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Dir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Database { server, name } => {
                // Drop runs outside any runtime, so a short-lived one does the async work.
                let (server, name) = (server.clone(), name.clone());
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()?;
                    rt.block_on(async {
                        let mut admin = sqlx::PgConnection::connect(&server).await?;
                        let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                        sqlx::query(sqlx::AssertSqlSafe(sql))
                            .execute(&mut admin)
                            .await?;
                        Ok::<_, sqlx::Error>(())
                    })
                    .map_err(std::io::Error::other)
                })
                .join();
            }
        }
    }
}

/// Declares each named async test function `fn(TestDb)` twice: in module `sqlite` and in
/// module `postgres`. The calling crate's build script includes `backend_cfg.rs`, which sets
/// `cfg(heard_postgres)` when `HEARD_TEST_POSTGRES_URL` is set; otherwise the PostgreSQL copies
/// are ignored.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::TestDb::sqlite()).await
                }
            )+
        }

        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[cfg_attr(
                    not(heard_postgres),
                    ignore = "set HEARD_TEST_POSTGRES_URL to run the PostgreSQL tests"
                )]
                async fn $name() {
                    super::$name($crate::TestDb::postgres().await).await
                }
            )+
        }
    };
}

/// A plain connection to a test database, around Heard's storage, for tests that must try what
/// the storage layer never does (such as rewriting history).
pub enum RawDb {
    /// SQLite.
    Sqlite(sqlx::SqliteConnection),
    /// PostgreSQL.
    Postgres(sqlx::PgConnection),
}

impl RawDb {
    /// Runs one statement and says how many rows it changed.
    pub async fn execute(&mut self, sql: &'static str) -> Result<u64, sqlx::Error> {
        Ok(match self {
            RawDb::Sqlite(c) => sqlx::query(sql).execute(c).await?.rows_affected(),
            RawDb::Postgres(c) => sqlx::query(sql).execute(c).await?.rows_affected(),
        })
    }
}

/// Opens a plain connection to the test database.
pub async fn raw_pool(db: &TestDb) -> RawDb {
    if db.url.starts_with("sqlite:") {
        RawDb::Sqlite(
            sqlx::SqliteConnection::connect(&db.url)
                .await
                .expect("raw SQLite connection"),
        )
    } else {
        RawDb::Postgres(
            sqlx::PgConnection::connect(&db.url)
                .await
                .expect("raw PostgreSQL connection"),
        )
    }
}
