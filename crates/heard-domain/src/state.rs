//! A case's current state, derived by applying its events in order.
//!
//! [`CaseState::apply`] is the one place that decides whether an event may happen next, so the
//! same rules hold for every channel, and replaying a stored history always gives back the
//! stored state.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::case::{Attachment, Channel, ComplaintCategory, Kind, Location, Person, coded_enum};
use crate::event::{CaseEvent, EventRecord, Outcome, ProcessTerms, StageClock};
use crate::tracking::TrackingNumber;

coded_enum! {
    /// Where a case is in the process.
    Status {
        /// Received, not yet acknowledged.
        Received = "received",
        /// Acknowledged to the resident.
        Acknowledged = "acknowledged",
        /// Someone is working on it.
        InProgress = "in_progress",
        /// The current stage has been answered.
        Resolved = "resolved",
        /// Waiting for the resident to give more information; the clock is stopped.
        AwaitingInformation = "awaiting_information",
        /// A late request for review, waiting for a supervisor's decision.
        EscalationRequested = "escalation_requested",
        /// The resident asked for an escalated review, which is under way.
        Escalated = "escalated",
        /// Nothing more will happen unless it is reopened.
        Closed = "closed",
    }
}

/// A message to the resident, as shown on the tracking page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicUpdate {
    /// When it was sent.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: Timestamp,
    /// The message.
    pub text: String,
}

/// The answer given at one stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageAnswer {
    /// The stage: 1 for the division's answer, 2 for the escalated review, and so on.
    pub stage: u32,
    /// The staff member who gave it.
    #[serde(default)]
    pub by: Option<String>,
    /// When it was given.
    pub at: Timestamp,
    /// How it ended.
    pub outcome: Outcome,
    /// The reasons given.
    pub reasons: String,
}

/// A time the clock was stopped, waiting for the resident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pause {
    /// What was asked.
    pub reason: String,
    /// When the clock stopped.
    pub from: Timestamp,
    /// When it ran again; none while still stopped.
    pub to: Option<Timestamp>,
}

/// More time given to a stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extension {
    /// When it was given.
    pub at: Timestamp,
    /// Why.
    pub reason: String,
    /// Who authorised it.
    pub authorised_by: String,
    /// The stage it extends.
    pub stage: u32,
    /// How many business days it adds.
    pub extra_days: u32,
    /// The new due date.
    pub answer_by: Timestamp,
}

/// Which step of a stage a standard applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Acknowledging the case.
    Acknowledge,
    /// Answering the stage.
    Answer,
}

/// Whether one step met its standard, recorded when the step was done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepCheck {
    /// The stage.
    pub stage: u32,
    /// The step.
    pub step: Step,
    /// When it was due.
    pub due: Timestamp,
    /// When it was done.
    pub done_at: Timestamp,
    /// Whether it was done by the due date.
    pub met: bool,
}

/// The Ombudsman's part, after the last stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OmbudsmanRecord {
    /// When the referral was recorded.
    pub referred_at: Timestamp,
    /// The outcome, once reported.
    pub outcome: Option<String>,
}

/// Everything known about a case now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseState {
    /// The public tracking number.
    pub tracking_number: TrackingNumber,
    /// Complaint, compliment or comment.
    pub kind: Kind,
    /// The channel the case first came through.
    pub channel: Channel,
    /// For assisted channels, who took it.
    pub taken_by: Option<String>,
    /// Where it is in the process.
    pub status: Status,
    /// The current stage: 1 until an escalated review is requested.
    pub stage: u32,
    /// When the current stage began: receipt, or the start of the review.
    pub stage_started_at: Timestamp,
    /// The division handling it.
    pub division: String,
    /// The section handling it.
    pub section: Option<String>,
    /// Its category, if known.
    pub category: Option<String>,
    /// The City's complaint categories.
    pub complaint_categories: Vec<ComplaintCategory>,
    /// What happened.
    pub description: String,
    /// When it happened, as the resident said it.
    pub happened: Option<String>,
    /// What the resident wants done.
    pub remedy_sought: Option<String>,
    /// Where.
    pub location: Location,
    /// Who raised it.
    pub person: Person,
    /// Linked service requests.
    pub service_requests: Vec<String>,
    /// Files.
    pub attachments: Vec<Attachment>,
    /// The staff member responsible.
    pub assignee: Option<String>,
    /// Everyone who was assigned to or answered the first stage: none of them may review it.
    pub first_stage_handlers: Vec<String>,
    /// When it was received.
    pub received_at: Timestamp,
    /// When it was acknowledged.
    pub acknowledged_at: Option<Timestamp>,
    /// The answer of each stage so far.
    pub answers: Vec<StageAnswer>,
    /// When it was closed, if it is.
    pub closed_at: Option<Timestamp>,
    /// When anything last happened.
    pub updated_at: Timestamp,
    /// Messages sent to the resident.
    pub public_updates: Vec<PublicUpdate>,
    /// The escalation terms the case is handled under.
    pub terms: ProcessTerms,
    /// The current stage's due dates, when a clock runs.
    pub clock: Option<StageClock>,
    /// Times the clock was stopped, the last one open while waiting.
    pub pauses: Vec<Pause>,
    /// More time given.
    pub extensions: Vec<Extension>,
    /// Whether each step done so far met its standard.
    pub compliance: Vec<StepCheck>,
    /// The Ombudsman's part, if any.
    pub ombudsman: Option<OmbudsmanRecord>,
    /// The resident asked for no more e-mails or text messages about the case.
    #[serde(default)]
    pub messages_stopped: bool,
    /// A practice case from training mode: no message, no report, no open data.
    #[serde(default)]
    pub training: bool,
    /// The knowledge-base article shown at intake, if staff recorded the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intake_guidance: Option<String>,
    /// How many events the history holds.
    pub version: u32,
}

/// Why an event cannot happen to a case in its current state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// The first event of a history must be `received`, and only the first.
    #[error("a case's history must start with 'received', and only once")]
    NotFirst,
    /// The event's sequence number does not follow the history.
    #[error("event {got} does not follow event {expected_after}")]
    OutOfOrder {
        /// The last event applied.
        expected_after: u32,
        /// The sequence number offered.
        got: u32,
    },
    /// The event does not fit the case's status.
    #[error("a case that is {status} cannot be {action}")]
    NotAllowed {
        /// The current status.
        status: Status,
        /// What was attempted, in words.
        action: &'static str,
    },
}

impl CaseState {
    /// The state right after the first event.
    pub fn start(record: &EventRecord) -> Result<Self, TransitionError> {
        let CaseEvent::Received(r) = &record.event else {
            return Err(TransitionError::NotFirst);
        };
        if record.seq != 1 {
            return Err(TransitionError::OutOfOrder {
                expected_after: 0,
                got: record.seq,
            });
        }

        let r = r.as_ref().clone();
        Ok(CaseState {
            tracking_number: r.tracking_number,
            kind: r.kind,
            channel: record.channel,
            taken_by: r.taken_by,
            status: Status::Received,
            stage: 1,
            stage_started_at: record.at,
            division: r.division,
            section: r.section,
            category: r.category,
            complaint_categories: r.complaint_categories,
            description: r.description,
            happened: r.happened,
            remedy_sought: r.remedy_sought,
            location: r.location,
            person: r.person,
            service_requests: r.service_requests,
            attachments: r.attachments,
            assignee: None,
            first_stage_handlers: Vec::new(),
            received_at: record.at,
            acknowledged_at: None,
            answers: Vec::new(),
            closed_at: None,
            updated_at: record.at,
            public_updates: Vec::new(),
            terms: r.terms,
            clock: r.clock,
            pauses: Vec::new(),
            extensions: Vec::new(),
            compliance: Vec::new(),
            ombudsman: None,
            messages_stopped: false,
            training: r.training,
            intake_guidance: r.guidance,
            version: 1,
        })
    }

    /// Replays a whole history.
    pub fn replay<'a>(
        records: impl IntoIterator<Item = &'a EventRecord>,
    ) -> Result<Self, TransitionError> {
        let mut records = records.into_iter();
        let first = records.next().ok_or(TransitionError::NotFirst)?;
        let mut state = Self::start(first)?;
        for record in records {
            state.apply(record)?;
        }
        Ok(state)
    }

    /// The answer of the latest stage, if it has one.
    pub fn latest_answer(&self) -> Option<&StageAnswer> {
        self.answers.last()
    }

    /// The clock is stopped, waiting for the resident.
    pub fn is_paused(&self) -> bool {
        self.pauses.last().is_some_and(|p| p.to.is_none())
    }

    /// Whether this is the last stage the process allows.
    pub fn at_last_stage(&self) -> bool {
        self.stage >= self.terms.stages
    }
}

mod apply;
#[cfg(test)]
mod tests;
