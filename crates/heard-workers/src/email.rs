//! E-mail over SMTP with lettre: `smtp://host:port` (no TLS, for a local relay),
//! `smtp://host?tls=required` (STARTTLS) or `smtps://user:password@host` (TLS), and a
//! text part beside an HTML part, each encoded for any language.

use std::time::Duration;

use heard_storage::OutboxMessage;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::{SendError, WorkerError};

/// How to reach the mail server.
#[derive(Debug, Clone)]
pub struct EmailConfig {
    /// `HEARD_SMTP_URL`, for example `smtp://127.0.0.1:2525` or `smtps://user:pass@host`.
    pub smtp_url: String,
    /// `HEARD_MAIL_FROM`, for example `City of Toronto <noreply@toronto.ca>`.
    pub from: String,
    /// How long one SMTP exchange may take; keep it well under the worker's lease.
    pub timeout: Duration,
}

/// Sends e-mails through one SMTP server, over a pool of connections. Cheap to clone.
#[derive(Clone)]
pub struct EmailTransport {
    mailer: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The domain of the sender, for message ids.
    domain: String,
}

impl EmailTransport {
    /// Checks the settings; connects only when the first message is sent.
    pub fn new(config: &EmailConfig) -> Result<Self, WorkerError> {
        crate::sms::install_crypto();
        let from: Mailbox = config.from.parse().map_err(|e| {
            WorkerError::Config(format!("HEARD_MAIL_FROM is not a mail address: {e}"))
        })?;
        let mailer = AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url)
            .map_err(|e| WorkerError::Config(format!("HEARD_SMTP_URL is not usable: {e}")))?
            .timeout(Some(config.timeout))
            .pool_config(PoolConfig::new().max_size(8))
            .build();
        let domain = from.email.domain().to_owned();
        Ok(EmailTransport {
            mailer,
            from,
            domain,
        })
    }

    /// Hands one message to the mail server.
    pub async fn send(&self, message: &OutboxMessage) -> Result<(), SendError> {
        let email = self.build(message)?;
        self.mailer.send(email).await.map(drop).map_err(|e| {
            let reason = format!("SMTP: {e}");
            if e.is_permanent() {
                SendError::permanent(reason)
            } else {
                SendError::transient(reason)
            }
        })
    }

    fn build(&self, message: &OutboxMessage) -> Result<Message, SendError> {
        let to: Mailbox = message
            .recipient
            .parse()
            .map_err(|e| SendError::permanent(format!("not a mail address: {e}")))?;
        // A stable id lets mail systems drop the copy should a retry follow a lost reply.
        let id = format!("<heard-notification-{}@{}>", message.id, self.domain);
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone().unwrap_or_default())
            .message_id(Some(id));

        let text = message.body_text.clone();
        let built = match &message.body_html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(text, html.clone())),
            None => builder.singlepart(SinglePart::plain(text)),
        };
        built.map_err(|e| SendError::permanent(format!("the e-mail cannot be built: {e}")))
    }
}
