//! A case's current state, derived by applying its events in order.
//!
//! [`CaseState::apply`] is the one place that decides whether an event may happen next, so the
//! same rules hold for every channel, and replaying a stored history always gives back the
//! stored state.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::case::{Attachment, Channel, ComplaintCategory, Kind, Location, Person, coded_enum};
use crate::event::{CaseEvent, EventRecord, Outcome};
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
        /// The resident asked for an escalated review, which is under way.
        Escalated = "escalated",
        /// Nothing more will happen unless it is reopened.
        Closed = "closed",
    }
}

/// A message to the resident, as shown on the tracking page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicUpdate {
    /// When it was sent.
    pub at: Timestamp,
    /// The message.
    pub text: String,
}

/// The answer given at one stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageAnswer {
    /// The stage: 1 for the division's answer, 2 for the escalated review, and so on.
    pub stage: u32,
    /// When it was given.
    pub at: Timestamp,
    /// How it ended.
    pub outcome: Outcome,
    /// The reasons given.
    pub reasons: String,
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
            received_at: record.at,
            acknowledged_at: None,
            answers: Vec::new(),
            closed_at: None,
            updated_at: record.at,
            public_updates: Vec::new(),
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

    /// Applies the next event, or says why it cannot happen now.
    pub fn apply(&mut self, record: &EventRecord) -> Result<(), TransitionError> {
        if record.seq != self.version + 1 {
            return Err(TransitionError::OutOfOrder {
                expected_after: self.version,
                got: record.seq,
            });
        }

        let refuse = |action| {
            Err(TransitionError::NotAllowed {
                status: self.status,
                action,
            })
        };
        let open = self.status != Status::Closed;
        match &record.event {
            CaseEvent::Received(_) => return Err(TransitionError::NotFirst),
            CaseEvent::Acknowledged => {
                if self.status != Status::Received {
                    return refuse("acknowledged again");
                }
                self.status = Status::Acknowledged;
                self.acknowledged_at = Some(record.at);
            }
            CaseEvent::Routed {
                division,
                section,
                category,
                ..
            } => {
                if !open {
                    return refuse("re-routed");
                }
                self.division.clone_from(division);
                self.section.clone_from(section);
                self.category.clone_from(category);
                self.assignee = None;
            }
            CaseEvent::Assigned { to } => {
                if !open {
                    return refuse("assigned");
                }
                self.assignee = Some(to.clone());
                if matches!(self.status, Status::Received | Status::Acknowledged) {
                    self.acknowledged_at.get_or_insert(record.at);
                    self.status = Status::InProgress;
                }
            }
            CaseEvent::NoteAdded { .. } => {}
            CaseEvent::UpdateSent { text } => {
                if !open {
                    return refuse("sent an update");
                }
                self.public_updates.push(PublicUpdate {
                    at: record.at,
                    text: text.clone(),
                });
            }
            CaseEvent::ServiceRequestLinked { number } => {
                if !self.service_requests.contains(number) {
                    self.service_requests.push(number.clone());
                }
            }
            CaseEvent::AttachmentAdded(attachment) => {
                if !open {
                    return refuse("given a new file");
                }
                self.attachments.push(attachment.clone());
            }
            CaseEvent::Resolved { outcome, reasons } => {
                if !open || self.status == Status::Resolved {
                    return refuse("resolved");
                }
                self.acknowledged_at.get_or_insert(record.at);
                self.answers.push(StageAnswer {
                    stage: self.stage,
                    at: record.at,
                    outcome: *outcome,
                    reasons: reasons.clone(),
                });
                self.status = Status::Resolved;
            }
            CaseEvent::EscalationRequested { .. } => {
                if self.kind != Kind::Complaint {
                    return refuse("escalated, because only a complaint can be");
                }
                if self.status != Status::Resolved {
                    return refuse("escalated before it has been answered");
                }
                self.stage += 1;
                self.status = Status::Escalated;
                self.assignee = None;
            }
            CaseEvent::Closed => {
                if !open {
                    return refuse("closed again");
                }
                self.status = Status::Closed;
                self.closed_at = Some(record.at);
            }
            CaseEvent::Reopened { .. } => {
                if !matches!(self.status, Status::Closed | Status::Resolved) {
                    return refuse("reopened");
                }
                self.status = Status::InProgress;
                self.closed_at = None;
            }
        }

        self.version = record.seq;
        self.updated_at = record.at;
        Ok(())
    }

    /// The answer of the latest stage, if it has one.
    pub fn latest_answer(&self) -> Option<&StageAnswer> {
        self.answers.last()
    }
}

#[cfg(test)]
mod tests;
