//! The words of each message, from the Fluent files in `locales/<lang>/notifications.ftl`,
//! embedded in the binary. English is complete and is the fallback for other languages.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use jiff::Timestamp;

use super::{NoticeKind, NotifyContext};
use crate::event::CaseEvent;
use crate::state::CaseState;

/// The longest SMS sent: two concatenated segments.
pub const SMS_MAX_CHARS: usize = 320;

const ENGLISH: LanguageIdentifier = langid!("en");

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Plain text: no Unicode isolation marks around values (they would also count
        // against an SMS's length).
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages messages are written in, as BCP 47 tags.
pub fn available_languages() -> Vec<String> {
    let mut tags: Vec<String> = LOCALES.locales().map(ToString::to_string).collect();
    tags.sort();
    tags
}

type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

/// One message's texts: its language and the values its patterns use.
pub(super) struct Texts {
    language: LanguageIdentifier,
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
        let (language, fallback) = choose_language(&state.person.preferred_language);
        let link = format!("{}/track/{}", context.public_url, state.tracking_number);
        let mut texts = Texts {
            language,
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
        texts.set("days", state.terms.escalation_window_days.to_string());
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
            CaseEvent::UpdateSent { text } => (Some(text.clone()), None),
            CaseEvent::ExtensionGranted {
                reason, answer_by, ..
            } => (Some(reason.clone()), Some(texts_date(&texts, *answer_by))),
            CaseEvent::Resolved {
                outcome, reasons, ..
            } => {
                let outcome = texts.get(&format!("outcome-{}", outcome.code()));
                texts.set("outcome", outcome);
                (Some(reasons.clone()), None)
            }
            CaseEvent::Acknowledged => (None, state.clock.map(|c| texts_date(&texts, c.answer_by))),
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
        self.language.to_string()
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
        [&self.language, &ENGLISH].into_iter().find_map(|lang| {
            LOCALES
                .lookup_single_language(lang, id, Some(&self.args))
                .ok()
        })
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
fn choose_language(tag: &str) -> (LanguageIdentifier, bool) {
    let Ok(wanted) = tag.trim().parse::<LanguageIdentifier>() else {
        return (ENGLISH, true);
    };
    let available: Vec<&LanguageIdentifier> = LOCALES.locales().collect();
    let exact = available.iter().find(|l| ***l == wanted);
    let same_language = || available.iter().find(|l| l.language == wanted.language);
    match exact.or_else(same_language) {
        Some(found) => ((*found).clone(), false),
        None => (ENGLISH, wanted.language != ENGLISH.language),
    }
}

/// A day written out in the message's language, in the City's time zone.
fn texts_date(texts: &Texts, at: Timestamp) -> String {
    let zone = jiff::tz::TimeZone::get(crate::CITY_TIME_ZONE).unwrap_or(jiff::tz::TimeZone::UTC);
    let day = at.to_zoned_datetime(zone);
    let mut args = Args::new();
    let mut put = |name: &'static str, value: String| {
        args.insert(Cow::Borrowed(name), FluentValue::from(value));
    };
    put(
        "weekday",
        texts.get(&format!("weekday-{}", day.weekday().to_monday_one_offset())),
    );
    put("month", texts.get(&format!("month-{}", day.month())));
    put("day", day.day().to_string());
    put("year", day.year().to_string());

    [&texts.language, &ENGLISH]
        .into_iter()
        .find_map(|lang| {
            LOCALES
                .lookup_single_language(lang, "date-long", Some(&args))
                .ok()
        })
        .unwrap_or_else(|| day.date().to_string())
}

/// Whether `language` itself (no fallback) has the text `id`, given every variable.
#[cfg(test)]
pub(super) fn has_text(language: &str, id: &str) -> bool {
    let Ok(lang) = language.parse::<LanguageIdentifier>() else {
        return false;
    };
    let names = [
        "city",
        "tracking",
        "link",
        "kind",
        "date",
        "outcome",
        "days",
        "ombudsman",
        "ombudsman-url",
        "ombudsman-phone",
        "name",
        "weekday",
        "month",
        "day",
        "year",
    ];
    let args: Args = names
        .into_iter()
        .map(|n| (Cow::Borrowed(n), FluentValue::from("x")))
        .collect();
    LOCALES
        .lookup_single_language(&lang, id, Some(&args))
        .is_ok()
}
