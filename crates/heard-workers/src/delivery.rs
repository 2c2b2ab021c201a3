//! The delivery loop: take due messages under a lease, send each, record how it went, and
//! wait before the next try with exponential backoff. Logs carry ids, notices, channels and
//! statuses only: never an address, a number or a message's words.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use heard_domain::notify::DeliveryChannel;
use heard_storage::{Claim, Failure, OutboxMessage, Store, StoreError};
use jiff::Timestamp;
use tokio::task::JoinSet;
use tracing::Instrument;

use crate::{SendError, Transports, WorkerError};

/// When to try a failed message again, and when to give up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries before a message becomes a dead letter.
    pub max_attempts: u32,
    /// The wait after the first failed try; each later wait doubles.
    pub base_delay: Duration,
    /// The longest wait.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Ten tries over about four hours: 30 s, 1 min, 2 min, … up to an hour apart.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_secs(30),
            max_delay: Duration::from_secs(3600),
        }
    }
}

impl RetryPolicy {
    /// The wait after the `attempts`-th failed try (from 1).
    pub fn delay(&self, attempts: u32) -> Duration {
        let doublings = attempts.saturating_sub(1).min(31);
        self.base_delay
            .saturating_mul(1u32 << doublings)
            .min(self.max_delay)
    }
}

/// How a worker takes and sends messages.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// The most messages taken at once.
    pub batch: u32,
    /// How many of them are sent at the same time (they are of different cases, so each
    /// case's order holds).
    pub concurrency: usize,
    /// How long taken messages are held; after that another worker may take them, so it must
    /// exceed the time a batch takes to send.
    pub lease: Duration,
    /// How often to look for due messages when there were none.
    pub poll_interval: Duration,
    /// Retries and dead letters.
    pub retry: RetryPolicy,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            batch: 16,
            concurrency: 4,
            lease: Duration::from_secs(600),
            poll_interval: Duration::from_secs(1),
            retry: RetryPolicy::default(),
        }
    }
}

/// Delivers the outbox until `shutdown` completes, then finishes the message in hand, gives
/// back the others it holds, and returns. Channels without a transport are left waiting.
pub async fn run(
    store: Store,
    transports: Transports,
    options: WorkerOptions,
    shutdown: impl Future<Output = ()>,
) -> Result<(), WorkerError> {
    let channels = transports.channels();
    let names: Vec<&str> = channels.iter().map(|c| c.code()).collect();
    tracing::info!(channels = ?names, "notification worker started");
    tokio::pin!(shutdown);
    let mut stopping = false;

    while !stopping {
        let taken = store.claim_notifications(&channels, options.batch, options.lease);
        let claim = match taken.await {
            Ok(claim) => claim,
            Err(e) => {
                tracing::warn!(error = %e, "cannot take messages to send; trying again");
                Claim {
                    token: String::new(),
                    messages: Vec::new(),
                }
            }
        };
        if claim.messages.is_empty() {
            tokio::select! {
                () = &mut shutdown => stopping = true,
                () = tokio::time::sleep(options.poll_interval) => {}
            }
            continue;
        }

        let token = Arc::new(claim.token);
        let mut waiting = claim.messages.into_iter();
        let mut sending = JoinSet::new();
        loop {
            while !stopping && sending.len() < options.concurrency.max(1) {
                let Some(message) = waiting.next() else { break };
                let (store, transports, token) = (store.clone(), transports.clone(), token.clone());
                let retry = options.retry;
                let span = tracing::info_span!(
                    "notification",
                    notification.id = message.id,
                    notification.notice = message.notice.code(),
                    notification.channel = message.channel.code(),
                );
                sending.spawn(
                    async move { deliver(&store, &transports, &retry, &message, &token).await }
                        .instrument(span),
                );
            }
            // A send in hand always finishes, also on shutdown.
            if sending.join_next().await.is_none() {
                break;
            }
            stopping = stopping || is_ready(&mut shutdown).await;
        }
        for message in waiting {
            let _ = store.release_notification(message.id, &token).await;
        }
    }
    tracing::info!("notification worker stopped");
    Ok(())
}

/// Whether `shutdown` has completed, without waiting for it. Called once it completed, it would
/// be polled again, so callers stop calling it then.
async fn is_ready(shutdown: &mut std::pin::Pin<&mut impl Future<Output = ()>>) -> bool {
    tokio::select! {
        biased;
        () = shutdown.as_mut() => true,
        () = std::future::ready(()) => false,
    }
}

/// Sends one message and records the outcome.
async fn deliver(
    store: &Store,
    transports: &Transports,
    retry: &RetryPolicy,
    message: &OutboxMessage,
    token: &str,
) {
    let (id, attempts) = (message.id, message.attempts + 1);
    if message.channel == DeliveryChannel::Sms {
        match store.is_sms_opted_out(&message.recipient).await {
            Ok(true) => {
                let reason = "not sent: the recipient texted STOP";
                record(|| store.mark_notification_suppressed(id, token, reason)).await;
                tracing::info!(status = "suppressed", "notification not sent");
                return;
            }
            Ok(false) => {}
            Err(e) => {
                tracing::warn!(error = %e, "cannot check SMS opt-outs; trying later");
                let _ = store.release_notification(id, token).await;
                return;
            }
        }
    }

    match transports.send(message).await {
        Ok(()) => {
            record(|| store.mark_notification_sent(id, token)).await;
            tracing::info!(status = "sent", attempts, "notification sent");
        }
        Err(SendError::Permanent { reason }) => {
            record(|| store.mark_notification_failed(id, token, &reason, Failure::Dead)).await;
            tracing::warn!(status = "dead", attempts, "notification refused for good");
        }
        Err(SendError::Transient { reason, .. }) if attempts >= retry.max_attempts => {
            record(|| store.mark_notification_failed(id, token, &reason, Failure::Dead)).await;
            tracing::warn!(
                status = "dead",
                attempts,
                "notification failed its last try"
            );
        }
        Err(SendError::Transient {
            reason,
            retry_after,
        }) => {
            let wait = retry.delay(attempts).max(retry_after.unwrap_or_default());
            let at = Timestamp::now()
                .checked_add(wait)
                .unwrap_or_else(|_| Timestamp::now());
            let then = Failure::RetryAt(at);
            record(|| store.mark_notification_failed(id, token, &reason, then)).await;
            let retry_in_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
            tracing::info!(
                status = "retry",
                attempts,
                retry_in_ms,
                "notification will be retried"
            );
        }
    }
}

/// Records a try's outcome, retrying a failing database a few times: a message sent but not
/// recorded would be sent again when its lease runs out.
async fn record<F, Fut>(write: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<bool, StoreError>>,
{
    let mut wait = Duration::from_millis(100);
    for _ in 0..6 {
        match write().await {
            Ok(true) => return,
            Ok(false) => {
                tracing::warn!("the lease on this notification ran out before it was recorded");
                return;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot record a notification's delivery; retrying");
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
        }
    }
    tracing::error!("a notification's delivery could not be recorded; it may be sent again");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_wait_doubles_up_to_the_longest() {
        let policy = RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_secs(30),
            max_delay: Duration::from_secs(300),
        };
        let waits: Vec<u64> = (1..=6).map(|a| policy.delay(a).as_secs()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 300, 300]);
        assert_eq!(policy.delay(1000).as_secs(), 300);
    }
}
