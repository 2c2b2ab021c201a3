//! Intake: turning what a resident (or an agent) submitted into a `received` event, or into a
//! list of what to fix. Every channel goes through here, so the rules are the same everywhere.

use serde::Deserialize;

use crate::case::{Channel, ComplaintCategory, Kind, Location};
use crate::directory::{Directory, TRIAGE_DIVISION};
use crate::event::{ProcessTerms, Received, StageClock};
use crate::tracking::TrackingNumber;
use crate::validation::{ValidationErrors, optional_text};
use fields::{validate_location, validate_person};

/// The most characters a description may have.
pub const MAX_DESCRIPTION: usize = 10_000;

/// A submission as it arrives, before any check.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// `complaint`, `compliment` or `comment`.
    pub kind: Option<String>,
    /// A category code from the directory; absent when the resident is not sure.
    pub category: Option<String>,
    /// The City's complaint categories that apply.
    #[serde(default)]
    pub complaint_categories: Vec<String>,
    /// What happened.
    pub description: Option<String>,
    /// When it happened, in the resident's words.
    pub happened: Option<String>,
    /// What the resident would like done.
    pub remedy_sought: Option<String>,
    /// Where.
    pub location: Option<SubmittedLocation>,
    /// How to reach the resident.
    pub contact: Option<SubmittedContact>,
    /// True when the resident does not want to be identified.
    #[serde(default)]
    pub anonymous: bool,
    /// Service request numbers the case is about.
    #[serde(default)]
    pub service_requests: Vec<String>,
}

/// A submitted location.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SubmittedLocation {
    /// Address or intersection.
    pub address: Option<String>,
    /// Postal code or its first three characters.
    pub postal_code: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
}

/// Submitted contact details.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SubmittedContact {
    /// Name.
    pub name: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// `email`, `sms`, `phone` or `mail`.
    pub preferred_contact_method: Option<String>,
    /// A BCP 47 language tag.
    pub preferred_language: Option<String>,
    /// ISO 639-3 code of the language spoken through an interpreter.
    pub interpreter_language: Option<String>,
    /// Accommodation needed.
    pub accommodation: Option<String>,
    /// Acting for somebody else: who, and in what capacity.
    pub acting_for: Option<String>,
}

/// Facts about the contact that the submitter does not choose: when, how and who took it.
#[derive(Debug, Clone)]
pub struct IntakeContext {
    /// The channel.
    pub channel: Channel,
    /// For assisted channels, the agent's user name.
    pub taken_by: Option<String>,
}

/// A submission that passed every check, ready to become a `received` event once it has a
/// tracking number.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidSubmission(Received);

impl ValidSubmission {
    /// The `received` event for this submission, under the given tracking number.
    pub fn received(&self, tracking_number: TrackingNumber) -> Received {
        let mut received = self.0.clone();
        received.tracking_number = tracking_number;
        received
    }

    /// The division the case goes to.
    pub fn division(&self) -> &str {
        &self.0.division
    }

    /// Sets the first stage's due dates and the process terms, which the division's standards
    /// and the business calendar give (see [`crate::process`]).
    pub fn schedule(&mut self, clock: StageClock, terms: ProcessTerms) {
        self.0.clock = Some(clock);
        self.0.terms = terms;
    }

    /// Adds a checked file to the case.
    pub fn attach(&mut self, attachment: crate::case::Attachment) {
        self.0.attachments.push(attachment);
    }

    /// Marks the case as a training case: it notifies nobody and counts in no report.
    pub fn for_training(&mut self) {
        self.0.training = true;
    }

    /// Whether the case is a training case.
    pub fn is_training(&self) -> bool {
        self.0.training
    }

    /// Records the knowledge-base article shown to the staff member who took the case.
    pub fn guided_by(&mut self, article: &str) {
        self.0.guidance = Some(article.to_owned());
    }

    /// Where the case happened, for the caller to add a ward.
    pub fn location_mut(&mut self) -> &mut Location {
        &mut self.0.location
    }
}

impl Submission {
    /// Checks every field against the rules and the directory; reports all problems at once.
    pub fn validate(
        self,
        directory: &Directory,
        context: &IntakeContext,
    ) -> Result<ValidSubmission, ValidationErrors> {
        let mut errors = ValidationErrors::default();

        let kind = match self.kind.as_deref().map(str::trim) {
            None | Some("") => {
                errors.say("kind", "error-kind-missing", &[]);
                Kind::Complaint
            }
            Some(code) => Kind::from_code(code).unwrap_or_else(|| {
                errors.add(
                    "kind",
                    format!("'{code}' is not a kind; choose one of {}.", Kind::codes()),
                );
                Kind::Complaint
            }),
        };

        let (division, section, category) = match self.category.as_deref().map(str::trim) {
            None | Some("") | Some("not_sure") => (TRIAGE_DIVISION.to_owned(), None, None),
            Some(code) => match directory.place(code) {
                Some(p) => (
                    p.division.code.clone(),
                    Some(p.section.code.clone()),
                    Some(p.category.code.clone()),
                ),
                None => {
                    errors.say("category", "error-category-unknown", &[("code", code)]);
                    (TRIAGE_DIVISION.to_owned(), None, None)
                }
            },
        };

        let mut complaint_categories = Vec::new();
        for (i, code) in self.complaint_categories.iter().enumerate() {
            match ComplaintCategory::from_code(code.trim()) {
                Some(c) if !complaint_categories.contains(&c) => complaint_categories.push(c),
                Some(_) => {}
                None => errors.add(
                    format!("complaint_categories[{i}]"),
                    format!(
                        "'{code}' is not a complaint category; choose from {}.",
                        ComplaintCategory::codes()
                    ),
                ),
            }
        }

        let description = optional_text(
            &mut errors,
            "description",
            self.description.as_deref(),
            MAX_DESCRIPTION,
        );
        if description.is_none() {
            errors.say("description", "error-description-missing", &[]);
        }
        let happened = optional_text(&mut errors, "happened", self.happened.as_deref(), 200);
        let remedy_sought = optional_text(
            &mut errors,
            "remedy_sought",
            self.remedy_sought.as_deref(),
            5_000,
        );

        let location = validate_location(&mut errors, self.location.unwrap_or_default());
        let person = validate_person(&mut errors, self.anonymous, self.contact);

        let mut service_requests = Vec::new();
        for (i, number) in self.service_requests.iter().enumerate() {
            let number = number.trim();
            if number.is_empty() || number.chars().count() > 40 {
                errors.say(
                    format!("service_requests[{i}]"),
                    "error-service-request",
                    &[],
                );
            } else if !service_requests.iter().any(|n| n == number) {
                service_requests.push(number.to_owned());
            }
        }

        errors.into_result(ValidSubmission(Received {
            // Replaced by the number storage allocates; see `ValidSubmission::received`.
            tracking_number: TrackingNumber::UNALLOCATED,
            kind,
            taken_by: context.taken_by.clone(),
            division,
            section,
            category,
            complaint_categories,
            description: description.unwrap_or_default(),
            happened,
            remedy_sought,
            location,
            person,
            service_requests,
            attachments: Vec::new(),
            clock: None,
            terms: ProcessTerms::default(),
            training: false,
            guidance: None,
        }))
    }
}

mod fields;
#[cfg(test)]
mod tests;
