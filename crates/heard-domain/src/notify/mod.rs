//! Which events tell the resident something, on which channel and in which language: the
//! rules that turn an event into at most one [`Notification`], fully written, ready to be
//! stored in the outbox beside the event and delivered later.

mod email;
mod phone;
#[cfg(test)]
mod tests;
mod texts;

use serde::{Deserialize, Serialize};

use crate::case::{ContactMethod, Kind, Person, coded_enum};
use crate::event::{CaseEvent, EventRecord};
use crate::state::CaseState;

pub use phone::{SmsKeyword, e164, sms_keyword};
pub use texts::SMS_MAX_CHARS;

coded_enum! {
    /// What a message tells the resident.
    NoticeKind {
        /// A complaint or comment was received: its tracking number and link.
        Received = "received",
        /// A compliment was received: thank you.
        Thanks = "thanks",
        /// The case was acknowledged and is being worked on.
        Acknowledged = "acknowledged",
        /// Staff need more information from the resident.
        InformationRequested = "information_requested",
        /// Staff sent the resident a message.
        UpdateSent = "update_sent",
        /// The answer will come later than first said: the new date.
        ExtensionGranted = "extension_granted",
        /// The first stage was answered: outcome, reasons, and how to ask for a review.
        Resolved = "resolved",
        /// The resident's request for a review was received.
        EscalationReceived = "escalation_received",
        /// The review was answered: outcome, reasons, and the Ombudsman's details.
        ReviewAnswered = "review_answered",
        /// The case was closed.
        Closed = "closed",
    }
}

coded_enum! {
    /// How a message reaches the resident.
    DeliveryChannel {
        /// By e-mail, over SMTP.
        Email = "email",
        /// By text message, through the SMS provider.
        Sms = "sms",
    }
}

/// Which notices each kind of case sends. Kinds of notice left out are not sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NotifyConfig {
    /// For complaints.
    pub complaint: Vec<NoticeKind>,
    /// For compliments.
    pub compliment: Vec<NoticeKind>,
    /// For comments, which expect no reply.
    pub comment: Vec<NoticeKind>,
}

impl Default for NotifyConfig {
    /// Complaints hear of every step; a compliment's author is thanked; a comment's author
    /// gets its tracking number; both hear of messages staff send them.
    fn default() -> Self {
        use NoticeKind::*;
        NotifyConfig {
            complaint: vec![
                Received,
                Acknowledged,
                InformationRequested,
                UpdateSent,
                ExtensionGranted,
                Resolved,
                EscalationReceived,
                ReviewAnswered,
                Closed,
            ],
            compliment: vec![Thanks, UpdateSent],
            comment: vec![Received, UpdateSent],
        }
    }
}

impl NotifyConfig {
    /// Whether a case of this kind sends this notice.
    pub fn sends(&self, kind: Kind, notice: NoticeKind) -> bool {
        let list = match kind {
            Kind::Complaint => &self.complaint,
            Kind::Compliment => &self.compliment,
            Kind::Comment => &self.comment,
        };
        list.contains(&notice)
    }
}

/// The independent office residents can go to after the City's last answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ombudsman {
    /// Its name, as written in messages.
    pub name: String,
    /// Its web address.
    pub url: String,
    /// Its phone number.
    pub phone: String,
}

impl Default for Ombudsman {
    /// Toronto's Ombudsman.
    fn default() -> Self {
        Ombudsman {
            name: "Ombudsman Toronto".into(),
            url: "https://www.ombudsmantoronto.ca".into(),
            phone: "416-392-7062".into(),
        }
    }
}

/// What writing a message needs beyond the case: where residents reach Heard, which notices
/// are on, and who the Ombudsman is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyContext {
    /// The address residents use (no trailing slash); links are `{public_url}/track/{number}`.
    pub public_url: String,
    /// Which notices each kind of case sends.
    pub config: NotifyConfig,
    /// The Ombudsman's details, for the last answer.
    pub ombudsman: Ombudsman,
}

impl NotifyContext {
    /// The default notices and Ombudsman, with links to `public_url`.
    pub fn new(public_url: &str) -> Self {
        NotifyContext {
            public_url: public_url.trim_end_matches('/').to_owned(),
            config: NotifyConfig::default(),
            ombudsman: Ombudsman::default(),
        }
    }
}

/// A message to one resident, written in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// What it tells.
    pub notice: NoticeKind,
    /// How it is sent.
    pub channel: DeliveryChannel,
    /// The e-mail address, or the phone number in E.164 form (`+14165550123`).
    pub recipient: String,
    /// The language the resident asked for.
    pub requested_language: String,
    /// The language it is written in.
    pub language: String,
    /// True when the requested language has no texts and English was used instead.
    pub language_fallback: bool,
    /// The e-mail subject; none for SMS.
    pub subject: Option<String>,
    /// The plain text: the e-mail's text part, or the SMS.
    pub text: String,
    /// The e-mail's HTML part; none for SMS.
    pub html: Option<String>,
}

/// The notice an event gives, whatever the configuration says. `state` is the case right
/// after the event.
pub fn notice_for(state: &CaseState, event: &CaseEvent) -> Option<NoticeKind> {
    Some(match event {
        CaseEvent::Received(_) if state.kind == Kind::Compliment => NoticeKind::Thanks,
        CaseEvent::Received(_) => NoticeKind::Received,
        CaseEvent::Acknowledged => NoticeKind::Acknowledged,
        CaseEvent::InformationRequested { .. } => NoticeKind::InformationRequested,
        CaseEvent::UpdateSent { .. } => NoticeKind::UpdateSent,
        // The thank-you given when a compliment is passed on reaches the resident as a
        // message from staff.
        CaseEvent::ComplimentForwarded {
            thanks: Some(_), ..
        } => NoticeKind::UpdateSent,
        CaseEvent::ExtensionGranted { .. } => NoticeKind::ExtensionGranted,
        CaseEvent::Resolved { .. } if state.stage > 1 => NoticeKind::ReviewAnswered,
        CaseEvent::Resolved { .. } => NoticeKind::Resolved,
        CaseEvent::EscalationRequested { .. } => NoticeKind::EscalationReceived,
        CaseEvent::Closed => NoticeKind::Closed,
        _ => return None,
    })
}

/// Where to send a person's messages: their preferred channel when it is e-mail or SMS,
/// otherwise e-mail when they gave an address, else SMS to their phone. None for anonymous
/// residents and for those with no address for that channel.
pub fn recipient(person: &Person) -> Option<(DeliveryChannel, String)> {
    if person.anonymous {
        return None;
    }
    let email = person
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| (DeliveryChannel::Email, e.to_owned()));
    let sms = || {
        let phone = person.phone.as_deref().and_then(e164)?;
        Some((DeliveryChannel::Sms, phone))
    };

    match person.preferred_contact {
        Some(ContactMethod::Email) => email,
        Some(ContactMethod::Sms) => sms(),
        Some(ContactMethod::Phone | ContactMethod::Mail) | None => email.or_else(sms),
    }
}

/// The message an event sends, if any: the notice it gives, when the case's kind sends it
/// and the resident can be reached, written in their language.
pub fn plan(
    context: &NotifyContext,
    state: &CaseState,
    record: &EventRecord,
) -> Option<Notification> {
    // The resident's choice: nothing more about this case, on any channel. A training case
    // has no real resident to tell.
    if state.messages_stopped || state.training {
        return None;
    }
    let notice = notice_for(state, &record.event)?;
    if !context.config.sends(state.kind, notice) {
        return None;
    }
    let (channel, recipient) = recipient(&state.person)?;

    let texts = texts::Texts::new(context, state, &record.event);
    let (subject, text, html) = match channel {
        DeliveryChannel::Email => {
            let email = email::Email::write(&texts, notice);
            (Some(email.subject.clone()), email.text(), email.html())
        }
        DeliveryChannel::Sms => (None, texts.sms(notice), None),
    };
    Some(Notification {
        notice,
        channel,
        recipient,
        requested_language: state.person.preferred_language.clone(),
        language: texts.language(),
        language_fallback: texts.is_fallback(),
        subject,
        text,
        html,
    })
}
