//! The open-data row of a case: what the City publishes about every case, and nothing that
//! identifies a person.
//!
//! The row is built field by field from a list of what may be published, never by removing
//! fields from the case, so that a field added to cases later stays private until someone
//! decides to publish it. No names, contacts, free text (the description, the remedy asked
//! for, reasons, messages), exact addresses, coordinates or staff names: the place is reduced
//! to the ward and the postal code's first three characters, instants to the day.

use serde::Serialize;

use crate::i18n::{Locale, city_zone};
use crate::state::CaseState;

/// One case as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenCase {
    /// The public tracking number (its public view has no personal data either).
    pub tracking_number: String,
    /// `complaint`, `compliment` or `comment`.
    pub kind: &'static str,
    /// The channel it came through.
    pub channel: &'static str,
    /// The division handling it.
    pub division: String,
    /// The section, when known.
    pub section: Option<String>,
    /// The category code, when known.
    pub category: Option<String>,
    /// The ward, when the place is known.
    pub ward: Option<String>,
    /// The first three characters of the postal code, when given.
    pub postal_prefix: Option<String>,
    /// One of the public languages, or `other`.
    pub language: String,
    /// The day it was received, in the City's time zone.
    pub received_on: String,
    /// The day it was acknowledged.
    pub acknowledged_on: Option<String>,
    /// Its status now.
    pub status: &'static str,
    /// Its stage now: 1, or more after a review was asked for.
    pub stage: u32,
    /// The outcome of the first answer.
    pub first_outcome: Option<&'static str>,
    /// The day of the first answer.
    pub first_answered_on: Option<String>,
    /// The outcome of the last review, when there was one.
    pub review_outcome: Option<&'static str>,
    /// The day of that review's answer.
    pub review_answered_on: Option<String>,
    /// How many times more time was taken.
    pub extensions: usize,
    /// Whether the resident went to the Ombudsman.
    pub ombudsman_referred: bool,
    /// The day it was closed.
    pub closed_on: Option<String>,
}

/// The published columns, in order, each with what it holds: the documentation of the
/// export.
pub const COLUMNS: &[(&str, &str)] = &[
    (
        "tracking_number",
        "The case's public tracking number, NNNN-NNNN-NN.",
    ),
    ("kind", "complaint, compliment or comment."),
    (
        "channel",
        "How it came: web, mobile_app, phone, in_person, mail, email, chat, chatbot, open311.",
    ),
    ("division", "The code of the division handling it."),
    ("section", "The code of the division's section, when known."),
    (
        "category",
        "The category code, when known (see /api/v1/divisions).",
    ),
    (
        "ward",
        "The City ward the place is in, when a place was given.",
    ),
    (
        "postal_prefix",
        "The first three characters of the postal code, when given.",
    ),
    (
        "language",
        "The language the resident chose for messages (one of the sixteen public languages), or other.",
    ),
    (
        "received_on",
        "The day it was received (YYYY-MM-DD, Toronto time).",
    ),
    ("acknowledged_on", "The day it was acknowledged."),
    (
        "status",
        "received, acknowledged, in_progress, awaiting_information, resolved, escalation_requested, escalated or closed.",
    ),
    (
        "stage",
        "1 for the division's answer; 2 (and more where configured) once a review was asked for.",
    ),
    (
        "first_outcome",
        "The outcome of the division's answer: upheld, partly_upheld, not_upheld, resolved, withdrawn, referred_elsewhere, not_a_complaint.",
    ),
    ("first_answered_on", "The day of the division's answer."),
    (
        "review_outcome",
        "The outcome of the last review, when there was one.",
    ),
    ("review_answered_on", "The day of that review's answer."),
    ("extensions", "How many times the division took more time."),
    (
        "ombudsman_referred",
        "true when the resident took the case to the Ombudsman.",
    ),
    ("closed_on", "The day it was closed."),
];

impl OpenCase {
    /// The published row of a case.
    pub fn from_state(case: &CaseState) -> Self {
        let day = |at: jiff::Timestamp| at.to_zoned_datetime(city_zone()).date().to_string();
        let first = case.answers.iter().find(|a| a.stage == 1);
        let review = case.answers.iter().rev().find(|a| a.stage > 1);
        let language = Locale::from_tag(&case.person.preferred_language)
            .map_or_else(|| "other".to_owned(), |l| l.tag().to_owned());

        OpenCase {
            tracking_number: case.tracking_number.to_string(),
            kind: case.kind.code(),
            channel: case.channel.code(),
            division: case.division.clone(),
            section: case.section.clone(),
            category: case.category.clone(),
            ward: case.location.ward.clone(),
            postal_prefix: case.location.postal_prefix.clone(),
            language,
            received_on: day(case.received_at),
            acknowledged_on: case.acknowledged_at.map(day),
            status: case.status.code(),
            stage: case.stage,
            first_outcome: first.map(|a| a.outcome.code()),
            first_answered_on: first.map(|a| day(a.at)),
            review_outcome: review.map(|a| a.outcome.code()),
            review_answered_on: review.map(|a| day(a.at)),
            extensions: case.extensions.len(),
            ombudsman_referred: case.ombudsman.is_some(),
            closed_on: case.closed_at.map(day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documentation_names_every_published_field_in_order() {
        let row = serde_json::to_value(OpenCase {
            tracking_number: String::new(),
            kind: "complaint",
            channel: "web",
            division: String::new(),
            section: None,
            category: None,
            ward: None,
            postal_prefix: None,
            language: "en".into(),
            received_on: String::new(),
            acknowledged_on: None,
            status: "received",
            stage: 1,
            first_outcome: None,
            first_answered_on: None,
            review_outcome: None,
            review_answered_on: None,
            extensions: 0,
            ombudsman_referred: false,
            closed_on: None,
        })
        .expect("serialises");
        let mut fields: Vec<&str> = row
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut documented: Vec<&str> = COLUMNS.iter().map(|(name, _)| *name).collect();

        fields.sort_unstable();
        documented.sort_unstable();
        assert_eq!(
            fields, documented,
            "every published field is documented, and only those"
        );
    }
}
