//! The words of each message, from the Fluent files in `locales/<lang>/notifications.ftl`,
//! embedded in the binary. English is complete and is the fallback for other languages.

use std::borrow::Cow;

use fluent_templates::fluent_bundle::FluentValue;

use super::{NoticeKind, NotifyContext};
use crate::event::CaseEvent;
use crate::i18n::{Args, Locale};
use crate::state::CaseState;

/// The longest SMS sent: two concatenated segments.
pub const SMS_MAX_CHARS: usize = 320;

/// One message's texts: its language and the values its patterns use.
pub(super) struct Texts {
    locale: Locale,
    fallback: bool,
    args: Args,
    /// The staff's own words shown in the message (a question, an update, reasons).
    pub(super) quote: Option<String>,
    /// The case's last possible answer: messages point to the Ombudsman, not a review.
    final_answer: bool,
    /// The case's tracking page.
    pub(super) link: String,
}

impl Texts {
    /// The texts for the message `event` sends about the case now in `state`.
    pub(super) fn new(context: &NotifyContext, state: &CaseState, event: &CaseEvent) -> Self {
        let (locale, fallback) = choose_language(&state.person.preferred_language);
        let link = format!("{}/track/{}", context.public_url, state.tracking_number);
        let mut texts = Texts {
            locale,
            fallback,
            args: Args::new(),
            quote: None,
            final_answer: state.at_last_stage(),
            link: link.clone(),
        };

        let city = texts.get("city-name");
        texts.set("city", city);
        texts.set("tracking", state.tracking_number.to_string());
        texts.set("link", link);
        texts.set("kind", state.kind.code().to_owned());
        // A number, not text, so that translations can choose a plural form.
        texts.args.insert(
            Cow::Borrowed("days"),
            FluentValue::from(f64::from(state.terms.escalation_window_days)),
        );
        texts.set("ombudsman", context.ombudsman.name.clone());
        texts.set("ombudsman-url", context.ombudsman.url.clone());
        texts.set("ombudsman-phone", context.ombudsman.phone.clone());
        if let Some(name) = state
            .person
            .name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
        {
            texts.set("name", name.trim().to_owned());
        }

        let (quote, date) = match event {
            CaseEvent::InformationRequested { question } => (Some(question.clone()), None),
            CaseEvent::UpdateSent { text }
            | CaseEvent::ComplimentForwarded {
                thanks: Some(text), ..
            } => (Some(text.clone()), None),
            CaseEvent::ExtensionGranted {
                reason, answer_by, ..
            } => (Some(reason.clone()), Some(texts.locale.date(*answer_by))),
            CaseEvent::Resolved {
                outcome, reasons, ..
            } => {
                let outcome = texts.get(&format!("outcome-{}", outcome.code()));
                texts.set("outcome", outcome);
                (Some(reasons.clone()), None)
            }
            CaseEvent::Acknowledged => (None, state.clock.map(|c| texts.locale.date(c.answer_by))),
            _ => (None, None),
        };
        texts.quote = quote.filter(|q| !q.trim().is_empty());
        if let Some(date) = date {
            texts.set("date", date);
        }
        texts
    }

    fn set(&mut self, name: &'static str, value: String) {
        self.args
            .insert(Cow::Borrowed(name), FluentValue::from(value));
    }

    /// The language the message is written in.
    pub(super) fn language(&self) -> String {
        self.locale.tag().to_owned()
    }

    /// Whether English stands in for the language the resident asked for.
    pub(super) fn is_fallback(&self) -> bool {
        self.fallback
    }

    /// The text `id`: in the message's language, else in English, else the id itself (a test
    /// checks that no message ever comes to that).
    pub(super) fn get(&self, id: &str) -> String {
        self.optional(id).unwrap_or_else(|| id.to_owned())
    }

    /// The text `id` if it exists and every value it uses is known.
    pub(super) fn optional(&self, id: &str) -> Option<String> {
        self.locale.try_plain(id, &self.args)
    }

    /// The prefix of a notice's text ids: `information-requested` for `information_requested`.
    pub(super) fn prefix(notice: NoticeKind) -> String {
        notice.code().replace('_', "-")
    }

    /// The id of the paragraph after the quote, if the notice has one.
    pub(super) fn next_id(&self, notice: NoticeKind) -> String {
        match (notice, self.final_answer) {
            (NoticeKind::Resolved, true) => "resolved-final-next".into(),
            (NoticeKind::ReviewAnswered, false) => "resolved-next".into(),
            _ => format!("{}-next", Self::prefix(notice)),
        }
    }

    /// The text message for a notice, within [`SMS_MAX_CHARS`] when the link allows it.
    pub(super) fn sms(&self, notice: NoticeKind) -> String {
        let id = match (notice, self.final_answer) {
            (NoticeKind::Resolved, true) => "resolved-final-sms".into(),
            (NoticeKind::ReviewAnswered, false) => "resolved-sms".into(),
            _ => format!("{}-sms", Self::prefix(notice)),
        };
        let text = self.get(&id);
        if text.chars().count() <= SMS_MAX_CHARS {
            text
        } else {
            self.get("sms-short")
        }
    }
}

/// The language to write in for a resident who asked for `tag`, and whether English stands in
/// for it. `fr-CA` is written in `fr`.
fn choose_language(tag: &str) -> (Locale, bool) {
    match Locale::from_tag(tag) {
        Some(locale) => (locale, false),
        None => (
            Locale::ENGLISH,
            !tag.trim().to_ascii_lowercase().starts_with("en"),
        ),
    }
}
