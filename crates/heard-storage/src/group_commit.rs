//! Group commit for SQLite: new cases that arrive at the same moment are written in one
//! transaction, so that they share one sync to disk instead of waiting for one each.
//!
//! SQLite takes one writer at a time and, with `synchronous = FULL`, syncs the disk at every
//! commit; a commit per submission caps intake at the disk's sync rate. Here one task takes
//! each waiting submission, writes each in a savepoint of a shared transaction (so that one
//! refused, such as a tracking number already taken, leaves the others alone), commits once,
//! and only then answers every caller: an answer still means the case is on disk.

use sqlx::{Acquire, SqlitePool};
use tokio::sync::{mpsc, oneshot};

use crate::StoreError;
use crate::cases::{CaseRows, Insert, insert_rows};

/// The most submissions written in one transaction.
const MAX_BATCH: usize = 256;

/// How many submissions may wait for the writer before callers wait to hand theirs over.
const QUEUE: usize = 4096;

type Reply = oneshot::Sender<Result<Insert, StoreError>>;

/// The handle that sends new cases to the writing task. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Committer {
    jobs: mpsc::Sender<(CaseRows, Reply)>,
}

impl std::fmt::Debug for Committer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Committer")
    }
}

impl Committer {
    /// Starts the writing task over `pool`; it stops when the last handle is dropped.
    pub(crate) fn start(pool: SqlitePool) -> Self {
        let (jobs, queue) = mpsc::channel(QUEUE);
        tokio::spawn(write_batches(pool, queue));
        Committer { jobs }
    }

    /// Writes a new case's rows, and answers once they are committed.
    pub(crate) async fn insert(&self, rows: CaseRows) -> Result<Insert, StoreError> {
        let (reply, answer) = oneshot::channel();
        let stopped = || StoreError::Config("the database writer has stopped".into());
        self.jobs.send((rows, reply)).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn write_batches(pool: SqlitePool, mut queue: mpsc::Receiver<(CaseRows, Reply)>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        match write_together(&pool, &batch).await {
            Ok(outcomes) => {
                for ((_, reply), outcome) in batch.drain(..).zip(outcomes) {
                    let _ = reply.send(outcome);
                }
            }
            // The shared commit failed: each is tried alone, so that one bad case (or a
            // moment's failure) answers only its own caller with an error.
            Err(_) => {
                for (rows, reply) in batch.drain(..) {
                    let _ = reply.send(write_alone(&pool, &rows).await);
                }
            }
        }
    }
}

/// Writes every case of the batch in one transaction; each one's outcome is its own.
async fn write_together(
    pool: &SqlitePool,
    batch: &[(CaseRows, Reply)],
) -> Result<Vec<Result<Insert, StoreError>>, StoreError> {
    let mut tx = pool.begin().await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for (rows, _) in batch {
        let mut savepoint = (&mut tx).begin().await?;
        let outcome: Result<Insert, StoreError> = async { Ok(insert_rows!(savepoint, rows)) }.await;
        match &outcome {
            Ok(Insert::Stored) => savepoint.commit().await?,
            _ => savepoint.rollback().await?,
        }
        outcomes.push(outcome);
    }
    tx.commit().await?;
    Ok(outcomes)
}

async fn write_alone(pool: &SqlitePool, rows: &CaseRows) -> Result<Insert, StoreError> {
    let mut tx = pool.begin().await?;
    let outcome = insert_rows!(tx, rows);
    if matches!(outcome, Insert::Stored) {
        tx.commit().await?;
    } else {
        tx.rollback().await?;
    }
    Ok(outcome)
}
