//! The one error type of the storage layer.

use heard_domain::state::TransitionError;

/// What can go wrong when storing or reading.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No such record.
    #[error("not found")]
    NotFound,
    /// The event cannot happen to the case in its current state.
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// Someone else changed the record first, or a unique name is taken.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The configuration of the store is wrong (an unknown URL scheme, an unusable path).
    #[error("database configuration: {0}")]
    Config(String),
    /// What is stored could not be read back.
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    /// A migration failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}
