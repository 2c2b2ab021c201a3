//! What a report needs to know about one case, read from its history in one pass.
//!
//! Stored histories were each checked by [`CaseState::apply`](crate::state::CaseState::apply)
//! when they were written, so this reading trusts them and follows the same rules for the few
//! things a report asks (status, stage, acknowledgement, answers and their due dates, pauses)
//! without building and copying a whole state per event: a report over a million cases must be
//! quick. A test replays random histories both ways and checks that they agree.

use jiff::Timestamp;

use super::filter::Routing;
use crate::case::Kind;
use crate::event::{CaseEvent, EventRecord, Outcome, Received, StageClock};
use crate::state::Status;

/// One stage's answer, or a withdrawal, which ends a stage too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Answer {
    pub(super) stage: u32,
    pub(super) at: Timestamp,
    pub(super) outcome: Outcome,
    /// The City answered (rather than the resident withdrawing).
    pub(super) given: bool,
    /// Whether the answer met its due date, when a clock ran.
    pub(super) met: Option<bool>,
}

/// The words of a case a report groups by, borrowed from its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Labels<'h> {
    pub(super) routing: Routing<'h>,
    pub(super) ward: Option<&'h str>,
    pub(super) language: &'h str,
    pub(super) interpreter: Option<&'h str>,
    pub(super) ombudsman_outcome: Option<&'h str>,
}

/// The facts of one case, kept between cases so that their lists are allocated once.
#[derive(Debug, Clone)]
pub(super) struct CaseFacts {
    pub(super) kind: Kind,
    pub(super) received_at: Timestamp,
    /// The stages its terms allow.
    pub(super) stages: u32,
    pub(super) status: Status,
    pub(super) stage: u32,
    /// When each stage started, the first at index 0.
    pub(super) stage_starts: Vec<Timestamp>,
    pub(super) acknowledged_at: Option<Timestamp>,
    /// Whether acknowledging met its due date, when one was set.
    pub(super) acknowledged_met: Option<bool>,
    pub(super) answers: Vec<Answer>,
    pub(super) pauses: Vec<(Timestamp, Option<Timestamp>)>,
    pub(super) extensions: u32,
    pub(super) escalation_requests: u32,
    pub(super) reopens: u32,
    pub(super) ever_closed: bool,
    pub(super) ombudsman_referred: bool,
    clock: Option<StageClock>,
    assigned: bool,
}

impl CaseFacts {
    /// Empty facts, to be filled by [`CaseFacts::read`].
    pub(super) fn new() -> Self {
        CaseFacts {
            kind: Kind::Complaint,
            received_at: Timestamp::UNIX_EPOCH,
            stages: 0,
            status: Status::Received,
            stage: 1,
            stage_starts: Vec::new(),
            acknowledged_at: None,
            acknowledged_met: None,
            answers: Vec::new(),
            pauses: Vec::new(),
            extensions: 0,
            escalation_requests: 0,
            reopens: 0,
            ever_closed: false,
            ombudsman_referred: false,
            clock: None,
            assigned: false,
        }
    }

    /// Reads a case received as `first` says, then the `later` events of its history.
    pub(super) fn read<'h>(
        &mut self,
        first: &'h EventRecord,
        received: &'h Received,
        later: impl Iterator<Item = &'h EventRecord>,
    ) -> Labels<'h> {
        self.start(first.at, received);
        let mut labels = Labels {
            routing: Routing {
                division: &received.division,
                section: received.section.as_deref(),
                category: received.category.as_deref(),
            },
            ward: received.location.ward.as_deref(),
            language: &received.person.preferred_language,
            interpreter: received.person.interpreter_language.as_deref(),
            ombudsman_outcome: None,
        };

        for record in later {
            self.apply(record, &mut labels);
        }
        labels
    }

    fn start(&mut self, at: Timestamp, received: &Received) {
        let (mut stage_starts, mut answers, mut pauses) = (
            std::mem::take(&mut self.stage_starts),
            std::mem::take(&mut self.answers),
            std::mem::take(&mut self.pauses),
        );
        stage_starts.clear();
        stage_starts.push(at);
        answers.clear();
        pauses.clear();

        *self = CaseFacts {
            kind: received.kind,
            received_at: at,
            stages: received.terms.stages,
            stage_starts,
            answers,
            pauses,
            clock: received.clock,
            ..CaseFacts::new()
        };
    }

    fn apply<'h>(&mut self, record: &'h EventRecord, labels: &mut Labels<'h>) {
        let at = record.at;
        match &record.event {
            CaseEvent::Acknowledged => {
                self.status = Status::Acknowledged;
                self.acknowledge(at);
            }
            CaseEvent::Routed {
                division,
                section,
                category,
                ..
            } => {
                labels.routing = Routing {
                    division,
                    section: section.as_deref(),
                    category: category.as_deref(),
                };
                self.assigned = false;
            }
            CaseEvent::Assigned { .. } => {
                self.assigned = true;
                if matches!(self.status, Status::Received | Status::Acknowledged) {
                    if self.acknowledged_at.is_none() {
                        self.acknowledge(at);
                    }
                    self.status = Status::InProgress;
                }
            }
            CaseEvent::Resolved { outcome, .. } => self.answer(at, *outcome),
            CaseEvent::EscalationRequested {
                within_window,
                clock,
                ..
            } => {
                self.escalation_requests += 1;
                if *within_window {
                    self.start_review(*clock, at);
                } else {
                    self.status = Status::EscalationRequested;
                }
            }
            CaseEvent::EscalationDecided {
                accepted, clock, ..
            } => {
                if *accepted {
                    self.start_review(*clock, at);
                } else {
                    self.status = Status::Resolved;
                }
            }
            CaseEvent::InformationRequested { .. } => {
                self.pauses.push((at, None));
                self.status = Status::AwaitingInformation;
            }
            CaseEvent::InformationProvided { clock, .. } => {
                self.end_pause(at);
                self.clock = Some(*clock);
                self.status = self.working_status();
            }
            CaseEvent::ExtensionGranted { answer_by, .. } => {
                if let Some(clock) = self.clock.as_mut() {
                    clock.answer_by = *answer_by;
                }
                self.extensions += 1;
            }
            CaseEvent::OmbudsmanReferred => self.ombudsman_referred = true,
            CaseEvent::OmbudsmanOutcome { outcome } => labels.ombudsman_outcome = Some(outcome),
            CaseEvent::Withdrawn { .. } => {
                self.answers.push(Answer {
                    stage: self.stage,
                    at,
                    outcome: Outcome::Withdrawn,
                    given: false,
                    met: None,
                });
                self.close(at);
            }
            CaseEvent::Closed => self.close(at),
            CaseEvent::ComplimentForwarded { .. } => {
                self.assigned = true;
                self.close(at);
            }
            CaseEvent::Reopened { .. } => {
                self.reopens += 1;
                self.status = Status::InProgress;
            }
            CaseEvent::Received(_)
            | CaseEvent::NoteAdded { .. }
            | CaseEvent::UpdateSent { .. }
            | CaseEvent::ServiceRequestLinked { .. }
            | CaseEvent::AttachmentAdded(_)
            | CaseEvent::MessagesPreference { .. } => {}
        }
    }

    fn acknowledge(&mut self, at: Timestamp) {
        self.acknowledged_at = Some(at);
        if let Some(due) = self.clock.and_then(|c| c.acknowledge_by) {
            self.acknowledged_met = Some(at <= due);
        }
    }

    fn answer(&mut self, at: Timestamp, outcome: Outcome) {
        if self.acknowledged_at.is_none() {
            self.acknowledged_at = Some(at);
        }
        self.answers.push(Answer {
            stage: self.stage,
            at,
            outcome,
            given: true,
            met: self.clock.map(|c| at <= c.answer_by),
        });
        self.status = Status::Resolved;
        self.clock = None;
    }

    fn end_pause(&mut self, at: Timestamp) {
        if let Some(pause) = self.pauses.last_mut().filter(|p| p.1.is_none()) {
            pause.1 = Some(at);
        }
    }

    fn close(&mut self, at: Timestamp) {
        self.end_pause(at);
        self.status = Status::Closed;
        self.ever_closed = true;
        self.clock = None;
    }

    fn start_review(&mut self, clock: Option<StageClock>, at: Timestamp) {
        self.stage += 1;
        self.stage_starts.push(at);
        self.status = Status::Escalated;
        self.assigned = false;
        self.clock = clock;
    }

    /// The status work on the current stage goes on in, as the state has it.
    fn working_status(&self) -> Status {
        if self.stage > 1 {
            Status::Escalated
        } else if self.assigned {
            Status::InProgress
        } else if self.acknowledged_at.is_some() {
            Status::Acknowledged
        } else {
            Status::Received
        }
    }
}
