//! The indicators as plain values: one-row blocks and tables of rows, each field a count, a
//! figure or a label, so that they show as tables, JSON or CSV as they are.
//!
//! Every count and figure is an `Option`: [`suppress`](super::suppress) empties those a
//! public report must not show. Before suppression counts are always there; a figure is
//! missing only when there was nothing to divide by.

use serde::Serialize;

/// A number of cases, or `None` once suppressed.
pub type Count = Option<u64>;

/// A share (0 to 1), an average, a median or a rate; `None` when there was nothing to compute
/// it from, or once suppressed.
pub type Figure = Option<f64>;

/// The indicators of the complaint process for the cases a filter lets through.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicators {
    /// Cases received.
    pub received: Count,
    /// Cases received per ward, and per 1,000 residents.
    pub wards: Vec<WardRow>,
    /// Acknowledgements against their standard.
    pub acknowledgement: Acknowledgement,
    /// Cases closed now.
    pub closed: Count,
    /// Closed cases by the stage they were at when they closed.
    pub closed_by_stage: Vec<ClosedRow>,
    /// The outcome of each stage: a case counts its last answer of the stage.
    pub outcomes: Vec<OutcomeRow>,
    /// How long each stage took to answer, and how many answers met their standard.
    pub answers: Vec<AnswerRow>,
    /// More time given.
    pub extensions: Extensions,
    /// Requests for an escalated review.
    pub escalation: Escalation,
    /// Cases opened again.
    pub reopening: Reopening,
    /// Cases taken to the Ombudsman.
    pub ombudsman: Ombudsman,
    /// The Ombudsman's outcomes, as reported.
    pub ombudsman_outcomes: Vec<OmbudsmanOutcomeRow>,
    /// Compliments by division.
    pub compliments_by_division: Vec<DivisionCompliments>,
    /// Compliments by team: the section within the division.
    pub compliments_by_team: Vec<TeamCompliments>,
    /// Cases waiting for the City at the report's end instant, by age.
    pub backlog: Vec<BacklogRow>,
    /// Cases by the resident's preferred language.
    pub languages: Vec<LanguageRow>,
    /// Cases by the language spoken through an interpreter, when one was recorded.
    pub interpreter_languages: Vec<LanguageRow>,
}

/// Cases received in one ward.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WardRow {
    /// The ward, or none for cases without one.
    pub ward: Option<String>,
    /// Cases received.
    pub received: Count,
    /// Residents, when the population map has the ward.
    pub population: Option<u64>,
    /// Cases received per 1,000 residents.
    pub per_thousand: Figure,
}

/// Acknowledgements against their standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Acknowledgement {
    /// Cases acknowledged, by a message, by being assigned, or by their answer.
    pub acknowledged: Count,
    /// Of those, the ones acknowledged while a due date for it was set (an answer that
    /// acknowledges is not measured, as in the case's own compliance record).
    pub measured: Count,
    /// Measured acknowledgements made by their due date.
    pub within_standard: Count,
    /// `within_standard` over `measured`.
    pub within_standard_share: Figure,
}

/// Closed cases at one stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClosedRow {
    /// The stage: 1 for the division's answer, 2 for the first review, and so on.
    pub stage: u32,
    /// Cases closed at this stage.
    pub closed: Count,
    /// Their share of all closed cases.
    pub share: Figure,
}

/// The outcomes of one stage: per case, its last answer of the stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeRow {
    /// The stage.
    pub stage: u32,
    /// Upheld.
    pub upheld: Count,
    /// Partly upheld.
    pub partly_upheld: Count,
    /// Not upheld.
    pub not_upheld: Count,
    /// Put right without a finding.
    pub resolved: Count,
    /// Withdrawn by the resident.
    pub withdrawn: Count,
    /// Handled by another body.
    pub referred_elsewhere: Count,
    /// Not a complaint.
    pub not_a_complaint: Count,
}

/// How one stage was answered: per case, its first answer of the stage (withdrawals are
/// not answers).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRow {
    /// The stage.
    pub stage: u32,
    /// Cases answered at this stage.
    pub answered: Count,
    /// The mean business day of the answer, counted as the clock counts: day 0 is the day
    /// the stage started, and business days the clock was stopped do not count.
    pub average_business_days: Figure,
    /// The median of the same.
    pub median_business_days: Figure,
    /// Answers given while a due date was set.
    pub measured: Count,
    /// Measured answers given by their due date, extensions included.
    pub within_standard: Count,
    /// `within_standard` over `measured`.
    pub within_standard_share: Figure,
}

/// More time given to stages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extensions {
    /// Cases given at least one extension.
    pub cases: Count,
    /// Extensions given in all.
    pub granted: Count,
}

/// Requests for an escalated review of complaints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Escalation {
    /// Complaints whose resident asked for a review at least once, in time or late.
    pub requested: Count,
    /// Complaints answered at stage 1.
    pub answered_at_stage_one: Count,
    /// `requested` over `answered_at_stage_one`.
    pub rate: Figure,
}

/// Cases opened again.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reopening {
    /// Cases reopened at least once.
    pub reopened: Count,
    /// Cases answered or closed at least once: the ones that could be reopened.
    pub answered_or_closed: Count,
    /// `reopened` over `answered_or_closed`.
    pub rate: Figure,
}

/// Cases taken to the Ombudsman.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ombudsman {
    /// Cases referred.
    pub referred: Count,
    /// Referred cases without an outcome yet.
    pub awaiting_outcome: Count,
}

/// Cases with one Ombudsman outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OmbudsmanOutcomeRow {
    /// The outcome, as the Ombudsman reported it.
    pub outcome: String,
    /// Cases with that outcome.
    pub cases: Count,
}

/// Compliments for one division.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DivisionCompliments {
    /// The division's code.
    pub division: String,
    /// Compliments received.
    pub compliments: Count,
}

/// Compliments for one team: a section of a division.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamCompliments {
    /// The division's code.
    pub division: String,
    /// The section, or none for compliments to the division as a whole.
    pub section: Option<String>,
    /// Compliments received.
    pub compliments: Count,
}

/// Cases waiting for the City, of one range of ages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BacklogRow {
    /// The range, as shown: `0-5`, `6-10`, `11-20`, `21-40`, `over 40`.
    pub age: &'static str,
    /// The youngest age in the range, in business days since receipt (day 0 is the day of
    /// receipt, as the clock counts).
    pub from_days: u32,
    /// The oldest, if the range has an end.
    pub to_days: Option<u32>,
    /// Cases of that age that are neither answered nor closed.
    pub open: Count,
}

/// Cases in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageRow {
    /// The language, as recorded with the case.
    pub language: String,
    /// Cases.
    pub cases: Count,
}

/// The backlog's ranges of ages, in business days: label, first day, last day.
pub(super) const BACKLOG_AGES: [(&str, u32, Option<u32>); 5] = [
    ("0-5", 0, Some(5)),
    ("6-10", 6, Some(10)),
    ("11-20", 11, Some(20)),
    ("21-40", 21, Some(40)),
    ("over 40", 41, None),
];
