//! The words residents read, in their language: Project Fluent message files in
//! `locales/<tag>/*.ftl`, embedded in the binary, with English as the fallback.
//!
//! Pages and messages never hold text themselves; they ask a [`Locale`] for a message by id.
//! A message missing in a language is written in English instead and logged once, so that a
//! gap in a translation never shows as an id or an error. [`coverage`] lists such gaps ahead
//! of time.

mod coverage;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex};

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;
use jiff::Timestamp;

pub use coverage::{Coverage, LanguageCoverage, Sources, coverage};

use crate::language::PUBLIC_LANGUAGES;

// For pages: values are wrapped in Unicode isolation marks, so that a tracking number or an
// English name keeps its direction inside right-to-left text.
fluent_templates::static_loader! {
    static PAGES = {
        locales: "../../locales",
        fallback_language: "en",
    };
}

// For e-mail and SMS: plain text, without isolation marks (they would count against an SMS's
// length and show as stray characters in some mail readers).
fluent_templates::static_loader! {
    static PLAIN = {
        locales: "../../locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The parsed tags of [`PUBLIC_LANGUAGES`], in the same order.
static IDENTIFIERS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    PUBLIC_LANGUAGES
        .iter()
        .map(|(tag, _)| tag.parse().unwrap_or_default())
        .collect()
});

/// The (language, id) pairs already logged as missing.
static WARNED: LazyLock<Mutex<HashSet<(usize, String)>>> =
    LazyLock::new(|| Mutex::new(HashSet::new()));

/// The values a message uses, by name.
pub type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

/// A value given to a message: numbers choose plural forms, text is inserted as it is.
#[derive(Debug, Clone)]
pub enum Arg {
    /// A count or a number of days.
    Number(f64),
    /// Any text: a name, a tracking number, a date already written out.
    Text(String),
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        // Counts shown to people are far below 2^52.
        Arg::Number(n as f64)
    }
}

impl From<&u32> for Arg {
    fn from(n: &u32) -> Self {
        Arg::from(*n)
    }
}

impl From<&usize> for Arg {
    fn from(n: &usize) -> Self {
        Arg::from(*n)
    }
}

impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg::from(*s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl Arg {
    /// The value as Fluent takes it.
    pub fn into_value(self) -> FluentValue<'static> {
        match self {
            Arg::Number(n) => FluentValue::from(n),
            Arg::Text(s) => FluentValue::from(s),
        }
    }
}

/// One of the languages of the public experience.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(usize);

impl Default for Locale {
    fn default() -> Self {
        Locale::ENGLISH
    }
}

impl Locale {
    /// English, the language every message exists in.
    pub const ENGLISH: Locale = Locale(0);

    /// Every public language, English first.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..PUBLIC_LANGUAGES.len()).map(Locale)
    }

    /// Every public language, for a page's language menu.
    pub fn choices(self) -> Vec<Locale> {
        Self::all().collect()
    }

    /// The public language for a BCP 47 tag: exactly (`zh-Hant`), by region for Chinese
    /// (`zh-TW` is Traditional), or by its language alone (`fr-CA` is `fr`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let wanted: LanguageIdentifier = tag.trim().parse().ok()?;
        Self::matching(&wanted)
    }

    /// The first public language a browser's `Accept-Language` header asks for, if any.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        fluent_langneg::parse_accepted_languages(accept_language)
            .iter()
            .find_map(Self::matching)
    }

    fn matching(wanted: &LanguageIdentifier) -> Option<Locale> {
        let ids = &*IDENTIFIERS;
        if let Some(i) = ids.iter().position(|id| id == wanted) {
            return Some(Locale(i));
        }
        if wanted.language.as_str() == "zh" {
            let traditional = wanted.script.is_some_and(|s| s.as_str() == "Hant")
                || wanted
                    .region
                    .is_some_and(|r| matches!(r.as_str(), "TW" | "HK" | "MO"));
            let tag = if traditional { "zh-Hant" } else { "zh-Hans" };
            return PUBLIC_LANGUAGES
                .iter()
                .position(|(t, _)| *t == tag)
                .map(Locale);
        }
        ids.iter()
            .position(|id| id.language == wanted.language)
            .map(Locale)
    }

    /// The BCP 47 tag, for `lang` attributes and for the case's preferred language.
    pub fn tag(self) -> &'static str {
        PUBLIC_LANGUAGES[self.0].0
    }

    /// The language's name in itself.
    pub fn autonym(self) -> &'static str {
        PUBLIC_LANGUAGES[self.0].1
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self.tag(), "ar" | "fa" | "ur")
    }

    /// The value of the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    fn id(self) -> &'static LanguageIdentifier {
        &IDENTIFIERS[self.0]
    }

    /// The page text `id`.
    pub fn text(self, id: &str) -> String {
        self.lookup(&PAGES, id, None)
    }

    /// The page text `id` with one value.
    pub fn with(self, id: &str, name: &'static str, value: impl Into<Arg>) -> String {
        let args = args([(name, value.into())]);
        self.lookup(&PAGES, id, Some(&args))
    }

    /// The page text `id` with two values.
    pub fn with2(
        self,
        id: &str,
        n1: &'static str,
        v1: impl Into<Arg>,
        n2: &'static str,
        v2: impl Into<Arg>,
    ) -> String {
        let args = args([(n1, v1.into()), (n2, v2.into())]);
        self.lookup(&PAGES, id, Some(&args))
    }

    /// The plain-text `id` for messages, given every value it uses.
    pub fn plain(self, id: &str, args: &Args) -> String {
        self.lookup(&PLAIN, id, Some(args))
    }

    /// The plain-text `id`, if English at least has it with these values: a missing
    /// translation is logged and English stands in.
    pub fn try_plain(self, id: &str, args: &Args) -> Option<String> {
        if let Ok(text) = PLAIN.lookup_single_language(self.id(), id, Some(args)) {
            return Some(text);
        }
        let english = PLAIN
            .lookup_single_language(Locale::ENGLISH.id(), id, Some(args))
            .ok()?;
        self.warn_missing(id);
        Some(english)
    }

    fn lookup(
        self,
        loader: &fluent_templates::StaticLoader,
        id: &str,
        args: Option<&Args>,
    ) -> String {
        if let Ok(text) = loader.lookup_single_language(self.id(), id, args) {
            return text;
        }
        self.warn_missing(id);
        loader
            .lookup_single_language(Locale::ENGLISH.id(), id, args)
            .unwrap_or_else(|_| id.to_owned())
    }

    fn warn_missing(self, id: &str) {
        let mut warned = WARNED.lock().unwrap_or_else(|e| e.into_inner());
        if warned.insert((self.0, id.to_owned())) {
            tracing::warn!(
                language = self.tag(),
                message = id,
                "text missing, English shown"
            );
        }
    }

    /// A day written out for people, in the City's time zone: `Thursday, December 17, 2026`.
    pub fn date(self, at: Timestamp) -> String {
        let day = at.to_zoned_datetime(city_zone());
        let args = date_args(self, &day);
        self.lookup(&PLAIN, "date-long", Some(&args))
    }

    /// A day and time of day written out, in the City's time zone.
    pub fn date_time(self, at: Timestamp) -> String {
        let moment = at.to_zoned_datetime(city_zone());
        let mut args = date_args(self, &moment);
        let date = self.lookup(&PLAIN, "date-long", Some(&args));
        let hour = moment.hour();
        let half = if hour < 12 { "half-am" } else { "half-pm" };
        let put = |args: &mut Args, name: &'static str, value: String| {
            args.insert(Cow::Borrowed(name), FluentValue::from(value));
        };
        put(&mut args, "half", self.lookup(&PLAIN, half, None));
        put(&mut args, "hour24", format!("{hour:02}"));
        put(&mut args, "hour12", (((hour + 11) % 12) + 1).to_string());
        put(&mut args, "minute", format!("{:02}", moment.minute()));
        let time = self.lookup(&PLAIN, "time-of-day", Some(&args));
        put(&mut args, "date", date);
        put(&mut args, "time", time);
        self.lookup(&PLAIN, "date-time", Some(&args))
    }
}

/// The City's time zone, or UTC should the time zone database lack it.
pub fn city_zone() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get(crate::CITY_TIME_ZONE).unwrap_or(jiff::tz::TimeZone::UTC)
}

fn args<const N: usize>(pairs: [(&'static str, Arg); N]) -> Args {
    pairs
        .into_iter()
        .map(|(name, value)| (Cow::Borrowed(name), value.into_value()))
        .collect()
}

fn date_args(locale: Locale, day: &jiff::ZonedDateTime) -> Args {
    let weekday = format!("weekday-{}", day.weekday().to_monday_one_offset());
    let month = format!("month-{}", day.month());
    let mut args = Args::new();
    let mut put = |name: &'static str, value: String| {
        args.insert(Cow::Borrowed(name), FluentValue::from(value));
    };
    put("weekday", locale.lookup(&PLAIN, &weekday, None));
    put("month", locale.lookup(&PLAIN, &month, None));
    put("day", day.day().to_string());
    put("year", day.year().to_string());
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_preferences_choose_the_closest_public_language() {
        let tag = |header: &str| Locale::negotiate(header).map(Locale::tag);

        assert_eq!(tag("fr-CA,fr;q=0.9,en;q=0.8"), Some("fr"));
        assert_eq!(tag("zh-TW,zh;q=0.9"), Some("zh-Hant"));
        assert_eq!(tag("zh-CN"), Some("zh-Hans"));
        assert_eq!(tag("zh"), Some("zh-Hans"));
        assert_eq!(tag("de-DE,ar;q=0.5"), Some("ar"));
        assert_eq!(tag("de-DE"), None);
        assert_eq!(tag("not a header"), None);
    }

    #[test]
    fn arabic_persian_and_urdu_read_right_to_left() {
        let rtl: Vec<&str> = Locale::all()
            .filter(|l| l.is_rtl())
            .map(Locale::tag)
            .collect();

        assert_eq!(rtl, ["ur", "fa", "ar"]);
        assert_eq!(Locale::from_tag("ar").map(Locale::dir), Some("rtl"));
        assert_eq!(Locale::ENGLISH.dir(), "ltr");
    }

    #[test]
    fn dates_are_written_in_the_language_and_the_citys_time_zone() {
        // 2026-12-17 03:30 UTC is still December 16 in Toronto.
        let at: Timestamp = "2026-12-17T03:30:00Z".parse().expect("instant");
        let french = Locale::from_tag("fr").expect("French");

        assert_eq!(Locale::ENGLISH.date(at), "Wednesday, December 16, 2026");
        assert_eq!(french.date(at), "mercredi 16 décembre 2026");
        assert_eq!(
            Locale::ENGLISH.date_time(at),
            "Wednesday, December 16, 2026, 10:30 PM"
        );
        assert_eq!(french.date_time(at), "mercredi 16 décembre 2026 à 22 h 30");
    }

    #[test]
    fn counts_choose_the_plural_form() {
        // Pages wrap values in isolation marks, so that numbers keep their direction.
        let text = |n: u32| {
            Locale::ENGLISH
                .with("form-error-title", "count", n)
                .replace(['\u{2068}', '\u{2069}'], "")
        };

        assert_eq!(text(1), "Please fix 1 thing below");
        assert_eq!(text(3), "Please fix 3 things below");
    }
}
