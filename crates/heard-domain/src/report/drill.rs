//! Drill-down: the cases behind one count of the indicators. Each case is counted alone, by
//! the same [`Tally`] as the whole report, so the cases a drill-down lists are, by
//! construction, the ones the count added up.

use jiff::Timestamp;

use super::tables::{BACKLOG_AGES, Count, Indicators};
use super::{CaseHistory, ReportFilter, Tally, WardPopulation};
use crate::calendar::BusinessCalendar;
use crate::event::Outcome;

/// One count of the indicators, named so that a page can link to the cases behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Counted {
    /// Cases received.
    Received,
    /// Cases received in a ward, or without one.
    Ward(Option<String>),
    /// Cases acknowledged.
    Acknowledged,
    /// Acknowledgements measured against a due date.
    AcknowledgementsMeasured,
    /// Acknowledgements by their due date.
    AcknowledgedWithinStandard,
    /// Cases closed.
    Closed,
    /// Cases closed at a stage.
    ClosedAtStage(u32),
    /// Cases whose last answer of a stage had this outcome.
    Outcome(u32, Outcome),
    /// Cases answered at a stage.
    Answered(u32),
    /// Answers of a stage measured against a due date.
    AnswersMeasured(u32),
    /// Answers of a stage given by their due date.
    AnsweredWithinStandard(u32),
    /// Cases given more time.
    Extended,
    /// Complaints whose resident asked for a review.
    EscalationRequested,
    /// Complaints answered at stage 1.
    AnsweredAtStageOne,
    /// Cases reopened.
    Reopened,
    /// Cases answered or closed at least once.
    AnsweredOrClosed,
    /// Cases taken to the Ombudsman.
    OmbudsmanReferred,
    /// Cases at the Ombudsman without an outcome yet.
    OmbudsmanAwaiting,
    /// Cases with this Ombudsman outcome.
    OmbudsmanOutcome(String),
    /// Compliments to a division.
    Compliments(String),
    /// Cases waiting for the City, in one range of the backlog (its index).
    Backlog(usize),
    /// Cases in a preferred language.
    Language(String),
    /// Cases with an interpreter for a language.
    InterpreterLanguage(String),
}

impl Counted {
    /// This count in `indicators`; `None` when the indicators have no such row.
    pub fn count(&self, i: &Indicators) -> Count {
        let find = |rows: Option<Count>| rows.flatten();
        match self {
            Counted::Received => i.received,
            Counted::Ward(ward) => {
                find(i.wards.iter().find(|w| &w.ward == ward).map(|w| w.received))
            }
            Counted::Acknowledged => i.acknowledgement.acknowledged,
            Counted::AcknowledgementsMeasured => i.acknowledgement.measured,
            Counted::AcknowledgedWithinStandard => i.acknowledgement.within_standard,
            Counted::Closed => i.closed,
            Counted::ClosedAtStage(s) => find(
                (i.closed_by_stage.iter())
                    .find(|r| r.stage == *s)
                    .map(|r| r.closed),
            ),
            Counted::Outcome(s, outcome) => find(i.outcomes.iter().find(|r| r.stage == *s).map(
                |r| match outcome {
                    Outcome::Upheld => r.upheld,
                    Outcome::PartlyUpheld => r.partly_upheld,
                    Outcome::NotUpheld => r.not_upheld,
                    Outcome::Resolved => r.resolved,
                    Outcome::Withdrawn => r.withdrawn,
                    Outcome::ReferredElsewhere => r.referred_elsewhere,
                    Outcome::NotAComplaint => r.not_a_complaint,
                },
            )),
            Counted::Answered(s) => find(stage(i, *s).map(|r| r.answered)),
            Counted::AnswersMeasured(s) => find(stage(i, *s).map(|r| r.measured)),
            Counted::AnsweredWithinStandard(s) => find(stage(i, *s).map(|r| r.within_standard)),
            Counted::Extended => i.extensions.cases,
            Counted::EscalationRequested => i.escalation.requested,
            Counted::AnsweredAtStageOne => i.escalation.answered_at_stage_one,
            Counted::Reopened => i.reopening.reopened,
            Counted::AnsweredOrClosed => i.reopening.answered_or_closed,
            Counted::OmbudsmanReferred => i.ombudsman.referred,
            Counted::OmbudsmanAwaiting => i.ombudsman.awaiting_outcome,
            Counted::OmbudsmanOutcome(o) => find(
                (i.ombudsman_outcomes.iter())
                    .find(|r| &r.outcome == o)
                    .map(|r| r.cases),
            ),
            Counted::Compliments(d) => find(
                (i.compliments_by_division.iter())
                    .find(|r| &r.division == d)
                    .map(|r| r.compliments),
            ),
            Counted::Backlog(n) => find(i.backlog.get(*n).map(|r| r.open)),
            Counted::Language(l) => find(
                i.languages
                    .iter()
                    .find(|r| &r.language == l)
                    .map(|r| r.cases),
            ),
            Counted::InterpreterLanguage(l) => find(
                (i.interpreter_languages.iter())
                    .find(|r| &r.language == l)
                    .map(|r| r.cases),
            ),
        }
    }

    /// The count as written in a link: `received`, `ward:07`, `outcome:1:upheld`, ….
    pub fn code(&self) -> String {
        match self {
            Counted::Received => "received".into(),
            Counted::Ward(w) => format!("ward:{}", w.as_deref().unwrap_or("")),
            Counted::Acknowledged => "acknowledged".into(),
            Counted::AcknowledgementsMeasured => "acknowledgements-measured".into(),
            Counted::AcknowledgedWithinStandard => "acknowledged-within-standard".into(),
            Counted::Closed => "closed".into(),
            Counted::ClosedAtStage(s) => format!("closed:{s}"),
            Counted::Outcome(s, o) => format!("outcome:{s}:{}", o.code()),
            Counted::Answered(s) => format!("answered:{s}"),
            Counted::AnswersMeasured(s) => format!("answers-measured:{s}"),
            Counted::AnsweredWithinStandard(s) => format!("answered-within-standard:{s}"),
            Counted::Extended => "extended".into(),
            Counted::EscalationRequested => "escalation-requested".into(),
            Counted::AnsweredAtStageOne => "answered-at-stage-one".into(),
            Counted::Reopened => "reopened".into(),
            Counted::AnsweredOrClosed => "answered-or-closed".into(),
            Counted::OmbudsmanReferred => "ombudsman".into(),
            Counted::OmbudsmanAwaiting => "ombudsman-awaiting".into(),
            Counted::OmbudsmanOutcome(o) => format!("ombudsman-outcome:{o}"),
            Counted::Compliments(d) => format!("compliments:{d}"),
            Counted::Backlog(n) => format!("backlog:{n}"),
            Counted::Language(l) => format!("language:{l}"),
            Counted::InterpreterLanguage(l) => format!("interpreter:{l}"),
        }
    }

    /// Reads a count written by [`Counted::code`]; `None` for anything else.
    pub fn parse(code: &str) -> Option<Counted> {
        let (name, rest) = code.split_once(':').unwrap_or((code, ""));
        let stage = || rest.parse::<u32>().ok().filter(|s| (1..=100).contains(s));
        let text = || (!rest.is_empty()).then(|| rest.to_owned());
        Some(match name {
            "received" => Counted::Received,
            "ward" => Counted::Ward(text()),
            "acknowledged" => Counted::Acknowledged,
            "acknowledgements-measured" => Counted::AcknowledgementsMeasured,
            "acknowledged-within-standard" => Counted::AcknowledgedWithinStandard,
            "closed" if rest.is_empty() => Counted::Closed,
            "closed" => Counted::ClosedAtStage(stage()?),
            "outcome" => {
                let (s, o) = rest.split_once(':')?;
                let s = s.parse::<u32>().ok().filter(|s| (1..=100).contains(s))?;
                Counted::Outcome(s, Outcome::from_code(o)?)
            }
            "answered" => Counted::Answered(stage()?),
            "answers-measured" => Counted::AnswersMeasured(stage()?),
            "answered-within-standard" => Counted::AnsweredWithinStandard(stage()?),
            "extended" => Counted::Extended,
            "escalation-requested" => Counted::EscalationRequested,
            "answered-at-stage-one" => Counted::AnsweredAtStageOne,
            "reopened" => Counted::Reopened,
            "answered-or-closed" => Counted::AnsweredOrClosed,
            "ombudsman" => Counted::OmbudsmanReferred,
            "ombudsman-awaiting" => Counted::OmbudsmanAwaiting,
            "ombudsman-outcome" => Counted::OmbudsmanOutcome(text()?),
            "compliments" => Counted::Compliments(text()?),
            "backlog" => Counted::Backlog(rest.parse().ok().filter(|n| *n < BACKLOG_AGES.len())?),
            "language" => Counted::Language(text()?),
            "interpreter" => Counted::InterpreterLanguage(text()?),
            _ => return None,
        })
    }
}

fn stage(i: &Indicators, s: u32) -> Option<&super::tables::AnswerRow> {
    i.answers.iter().find(|r| r.stage == s)
}

/// Counts cases one at a time, to find those behind a [`Counted`] figure.
#[derive(Debug, Clone)]
pub struct Drill<'a> {
    tally: Tally<'a>,
}

impl<'a> Drill<'a> {
    /// A drill-down over the cases `filter` lets through, as they stood at `now`: the same
    /// arguments as the report it explains.
    pub fn new(
        filter: &'a ReportFilter,
        calendar: &'a BusinessCalendar,
        ward_population: &'a WardPopulation,
        now: Timestamp,
    ) -> Self {
        Drill {
            tally: Tally::new(filter, calendar, ward_population, now),
        }
    }

    /// How much this one case adds to `what` in the report: 0 when it is not behind it.
    pub fn adds(&mut self, history: &CaseHistory, what: &Counted) -> u64 {
        self.tally
            .one(history)
            .and_then(|alone| what.count(&alone))
            .unwrap_or(0)
    }
}
