//! Heard's background workers: the delivery of the notification outbox. Messages are written
//! by storage in the same transaction as the events that cause them; [`run`] takes them under
//! a lease, sends each by e-mail ([`EmailTransport`], SMTP) or text message ([`SmsTransport`],
//! a provider's HTTP API), retries with exponential backoff and gives up into dead letters.

mod delivery;
mod email;
mod error;
mod sms;
mod transport;

pub use delivery::{RetryPolicy, WorkerOptions, run};
pub use email::{EmailConfig, EmailTransport};
pub use error::WorkerError;
pub use sms::{SmsConfig, SmsTransport};
pub use transport::{SendError, Transports};
