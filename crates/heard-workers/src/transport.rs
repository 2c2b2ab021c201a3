//! The ways a message leaves Heard, and how a failed try is judged.

use std::time::Duration;

use heard_domain::notify::DeliveryChannel;
use heard_storage::OutboxMessage;

use crate::{EmailTransport, SmsTransport};

/// Why a message could not be handed over.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later: the server is down, busy or rate limiting.
    #[error("{reason}")]
    Transient {
        /// What went wrong, for staff (may name the recipient: never logged).
        reason: String,
        /// How long the other side asked us to wait, if it said.
        retry_after: Option<Duration>,
    },
    /// Never going to work (an invalid address or number): the message is dead at once.
    #[error("{reason}")]
    Permanent {
        /// What went wrong, for staff.
        reason: String,
    },
}

impl SendError {
    /// A transient failure with no advice on when to retry.
    pub fn transient(reason: impl Into<String>) -> Self {
        SendError::Transient {
            reason: reason.into(),
            retry_after: None,
        }
    }

    /// A permanent failure.
    pub fn permanent(reason: impl Into<String>) -> Self {
        SendError::Permanent {
            reason: reason.into(),
        }
    }
}

/// The transports configured on this node. A channel without one is left waiting: its
/// messages stay in the outbox until a node that has it takes them.
#[derive(Clone, Default)]
pub struct Transports {
    /// E-mail over SMTP, when `HEARD_SMTP_URL` is set.
    pub email: Option<EmailTransport>,
    /// Text messages, when the SMS provider is configured.
    pub sms: Option<SmsTransport>,
}

impl Transports {
    /// The channels this node can send.
    pub fn channels(&self) -> Vec<DeliveryChannel> {
        let mut channels = Vec::new();
        if self.email.is_some() {
            channels.push(DeliveryChannel::Email);
        }
        if self.sms.is_some() {
            channels.push(DeliveryChannel::Sms);
        }
        channels
    }

    /// Sends one message through its channel's transport.
    pub async fn send(&self, message: &OutboxMessage) -> Result<(), SendError> {
        match message.channel {
            DeliveryChannel::Email => match &self.email {
                Some(email) => email.send(message).await,
                None => Err(SendError::transient(
                    "e-mail is not configured on this node",
                )),
            },
            DeliveryChannel::Sms => match &self.sms {
                Some(sms) => sms.send(message).await,
                None => Err(SendError::transient("SMS is not configured on this node")),
            },
        }
    }
}
