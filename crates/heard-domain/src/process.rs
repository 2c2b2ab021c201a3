//! The clocks of the process: when each step of a stage is due, from the division's standards
//! and the business calendar. Due dates are computed here when a stage starts, resumes or is
//! extended, and stored in the events, so that a later change to the calendar never rewrites
//! what a resident was promised.

use jiff::{Timestamp, ToSpan};

use crate::calendar::BusinessCalendar;
use crate::directory::Standards;
use crate::event::{CaseEvent, ProcessTerms, StageClock};
use crate::state::{CaseState, Status};

/// Why a step of the process cannot be taken now.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProcessError {
    /// The case is not in a state where this makes sense.
    #[error("{0}")]
    NotNow(&'static str),
    /// A value given is not acceptable.
    #[error("{0}")]
    Invalid(&'static str),
}

/// How close a running clock is to its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// More than one business day left.
    OnTime,
    /// Due within one business day: flagged in the queues.
    DueSoon,
    /// The due date has passed.
    Overdue,
    /// No clock runs (answered, closed, or waiting for the resident).
    Stopped,
}

/// The process clocks for one calendar.
#[derive(Debug, Clone, Copy)]
pub struct Clocks<'a> {
    calendar: &'a BusinessCalendar,
}

impl<'a> Clocks<'a> {
    /// Clocks on this calendar.
    pub fn new(calendar: &'a BusinessCalendar) -> Self {
        Clocks { calendar }
    }

    /// The terms a new case is handled under.
    pub fn terms(standards: &Standards) -> ProcessTerms {
        ProcessTerms {
            stages: standards.stages,
            escalation_window_days: standards.escalation_window_days,
        }
    }

    /// The first stage's due dates for a case received at `at`.
    pub fn first_stage(&self, standards: &Standards, at: Timestamp) -> StageClock {
        StageClock {
            acknowledge_by: Some(
                self.calendar
                    .add_business_days(at, standards.acknowledge_days),
            ),
            answer_by: self
                .calendar
                .add_business_days(at, standards.first_stage_days),
        }
    }

    /// A review's due date, for a review starting at `at`.
    pub fn review(&self, standards: &Standards, at: Timestamp) -> StageClock {
        StageClock {
            acknowledge_by: None,
            answer_by: self
                .calendar
                .add_business_days(at, standards.escalated_review_days),
        }
    }

    /// The resident's request for a review: within the window it starts the review's clock;
    /// later, it waits for a supervisor's decision.
    pub fn escalation(
        &self,
        standards: &Standards,
        case: &CaseState,
        reason: &str,
        now: Timestamp,
    ) -> Result<CaseEvent, ProcessError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(ProcessError::Invalid(
                "Tell us why you are not satisfied with the answer.",
            ));
        }
        let answered = case
            .latest_answer()
            .filter(|_| case.status == Status::Resolved)
            .ok_or(ProcessError::NotNow(
                "A review can be asked for once the case has been answered.",
            ))?;
        if case.at_last_stage() {
            return Err(ProcessError::NotNow(
                "This case has had its last review. You can take it to the Ombudsman.",
            ));
        }

        let window_ends = answered
            .at
            .in_tz(crate::CITY_TIME_ZONE)
            .ok()
            .and_then(|z| {
                z.checked_add(i64::from(case.terms.escalation_window_days).days())
                    .ok()
            })
            .map_or(Timestamp::MAX, |z| z.timestamp());
        let within_window = now <= window_ends;
        Ok(CaseEvent::EscalationRequested {
            reason: reason.to_owned(),
            within_window,
            clock: within_window.then(|| self.review(standards, now)),
        })
    }

    /// The resident's answer to a request for information: the clock runs again, and the
    /// answer is due later by the business days it was stopped.
    pub fn information_provided(
        &self,
        standards: &Standards,
        case: &CaseState,
        text: &str,
        now: Timestamp,
    ) -> Result<CaseEvent, ProcessError> {
        if !case.is_paused() {
            return Err(ProcessError::NotNow(
                "No information was asked for on this case.",
            ));
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(ProcessError::Invalid(
                "Write the information you were asked for.",
            ));
        }

        let mut pauses = self.stage_pauses(case);
        if let Some(open) = pauses.last_mut().filter(|p| p.1.is_none()) {
            open.1 = Some(now);
        }
        let answer_by = self
            .calendar
            .due_with_pauses(
                case.stage_started_at,
                self.stage_days(standards, case),
                &pauses,
            )
            .unwrap_or(Timestamp::MAX);
        let acknowledge_by = case.clock.and_then(|c| c.acknowledge_by);
        Ok(CaseEvent::InformationProvided {
            text: text.to_owned(),
            clock: StageClock {
                acknowledge_by,
                answer_by,
            },
        })
    }

    /// More time for the current stage, authorised by a supervisor.
    pub fn extension(
        &self,
        standards: &Standards,
        case: &CaseState,
        extra_days: u32,
        reason: &str,
        authorised_by: &str,
    ) -> Result<CaseEvent, ProcessError> {
        if !(1..=60).contains(&extra_days) {
            return Err(ProcessError::Invalid(
                "An extension is from 1 to 60 business days.",
            ));
        }
        if reason.trim().is_empty() {
            return Err(ProcessError::Invalid(
                "An extension needs a reason the resident is told.",
            ));
        }
        if authorised_by.trim().is_empty() {
            return Err(ProcessError::Invalid(
                "An extension needs the supervisor who authorised it.",
            ));
        }
        if case.clock.is_none() || case.is_paused() {
            return Err(ProcessError::NotNow("No clock runs on this case now."));
        }

        let days = self.stage_days(standards, case) + extra_days;
        let answer_by = self
            .calendar
            .due_with_pauses(case.stage_started_at, days, &self.stage_pauses(case))
            .unwrap_or(Timestamp::MAX);
        Ok(CaseEvent::ExtensionGranted {
            reason: reason.trim().to_owned(),
            authorised_by: authorised_by.trim().to_owned(),
            extra_days,
            answer_by,
        })
    }

    /// How the current stage's answer stands against its due date at `now`.
    pub fn timing(&self, case: &CaseState, now: Timestamp) -> Timing {
        let Some(clock) = case.clock.filter(|_| !case.is_paused()) else {
            return Timing::Stopped;
        };
        let due = match clock.acknowledge_by {
            Some(ack) if case.acknowledged_at.is_none() => ack.min(clock.answer_by),
            _ => clock.answer_by,
        };
        if now > due {
            Timing::Overdue
        } else if self.calendar.business_days_between(now, due) <= 1 {
            Timing::DueSoon
        } else {
            Timing::OnTime
        }
    }

    /// The business days the current stage allows, extensions included.
    fn stage_days(&self, standards: &Standards, case: &CaseState) -> u32 {
        let base = if case.stage == 1 {
            standards.first_stage_days
        } else {
            standards.escalated_review_days
        };
        let extra: u32 = case
            .extensions
            .iter()
            .filter(|e| e.stage == case.stage)
            .map(|e| e.extra_days)
            .sum();
        base + extra
    }

    /// The pauses of the current stage, as the calendar takes them.
    fn stage_pauses(&self, case: &CaseState) -> Vec<(Timestamp, Option<Timestamp>)> {
        case.pauses
            .iter()
            .filter(|p| p.from >= case.stage_started_at)
            .map(|p| (p.from, p.to))
            .collect()
    }
}

#[cfg(test)]
mod tests;
