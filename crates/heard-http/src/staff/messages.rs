//! The messages to a resident in words for staff: what each told, how it went and where it is
//! in its delivery, with the recipient and the words only for those who may see personal data.

use heard_domain::notify::{DeliveryChannel, NoticeKind};
use heard_domain::spoken;
use heard_storage::{DeliveryStatus, OutboxMessage};
use jiff::Timestamp;

use crate::render::city_time;

/// One message to the resident, in words.
pub struct MessageRow {
    /// Its number in the outbox.
    pub id: i64,
    /// The case it is about.
    pub tracking_number: String,
    /// When it was written, in the City's time.
    pub written: String,
    /// When it was written, for machines (RFC 3339).
    pub written_iso: String,
    /// What it tells.
    pub notice: &'static str,
    /// How it is sent.
    pub channel: &'static str,
    /// The e-mail address or phone number: personal data.
    pub recipient: Option<String>,
    /// The language it is written in, or which language English stood in for.
    pub language: String,
    /// Where it is in its delivery.
    pub status: String,
    /// How many times sending it was tried.
    pub attempts: u32,
    /// Why the last try failed, with the recipient taken out for those who may not see it.
    pub last_error: Option<String>,
    /// The subject (or "Text message") and the text: personal data.
    pub words: Option<(String, String)>,
    /// When it was sent, given up on or suppressed, in the City's time.
    pub finished: Option<String>,
}

/// `message` in words at `now`; `personal` when the viewer may see personal data.
pub fn message_row(message: &OutboxMessage, personal: bool, now: Timestamp) -> MessageRow {
    let last_error = message.last_error.as_ref().map(|error| {
        if personal || message.recipient.is_empty() {
            error.clone()
        } else {
            // Mail servers often quote the address they refused.
            error.replace(&message.recipient, "(the recipient)")
        }
    });
    let subject = message
        .subject
        .clone()
        .unwrap_or_else(|| "Text message".to_owned());

    MessageRow {
        id: message.id,
        tracking_number: message.tracking_number.to_string(),
        written: city_time(message.created_at),
        written_iso: message.created_at.to_string(),
        notice: notice_words(message.notice),
        channel: channel_words(message.channel),
        recipient: personal.then(|| message.recipient.clone()),
        language: language_words(message),
        status: status_words(message, now),
        attempts: message.attempts,
        last_error,
        words: personal.then(|| (subject, message.body_text.clone())),
        finished: message.finished_at.map(city_time),
    }
}

/// Where a message is in its delivery, in words.
fn status_words(message: &OutboxMessage, now: Timestamp) -> String {
    match message.status {
        DeliveryStatus::Pending if message.leased_until.is_some_and(|until| until > now) => {
            "Sending".to_owned()
        }
        DeliveryStatus::Pending if message.attempts == 0 => "Waiting".to_owned(),
        DeliveryStatus::Pending => {
            let times = if message.attempts == 1 {
                "time"
            } else {
                "times"
            };
            let next = city_time(message.next_attempt_at);
            format!("Failed {} {times} — next try at {next}", message.attempts)
        }
        DeliveryStatus::Sent => match message.sent_at {
            Some(at) => format!("Sent at {}", city_time(at)),
            None => "Sent".to_owned(),
        },
        DeliveryStatus::Dead => "Given up (dead letter)".to_owned(),
        DeliveryStatus::Suppressed => "Suppressed (opted out)".to_owned(),
    }
}

fn language_words(message: &OutboxMessage) -> String {
    let name =
        |code: &str| spoken::find(code).map_or_else(|| code.to_owned(), |l| l.english.to_owned());
    if message.language_fallback {
        format!("English stood in for {}", name(&message.requested_language))
    } else {
        name(&message.language)
    }
}

fn notice_words(notice: NoticeKind) -> &'static str {
    match notice {
        NoticeKind::Received => "Receipt",
        NoticeKind::Thanks => "Thanks for a compliment",
        NoticeKind::Acknowledged => "Acknowledgement",
        NoticeKind::InformationRequested => "Request for information",
        NoticeKind::UpdateSent => "Update from staff",
        NoticeKind::ExtensionGranted => "More time needed",
        NoticeKind::Resolved => "Answer",
        NoticeKind::EscalationReceived => "Receipt of a review request",
        NoticeKind::ReviewAnswered => "Answer to the review",
        NoticeKind::Closed => "Case closed",
    }
}

fn channel_words(channel: DeliveryChannel) -> &'static str {
    match channel {
        DeliveryChannel::Email => "E-mail",
        DeliveryChannel::Sms => "Text message",
    }
}
