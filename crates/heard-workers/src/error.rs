//! The one error type of the workers.

use heard_storage::StoreError;

/// What stops a worker or its set-up.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// A setting is wrong; the message names it.
    #[error("{0}")]
    Config(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}
