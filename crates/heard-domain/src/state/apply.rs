//! The rules of the process: which event may happen to a case in which state, and what it
//! changes. Every channel's changes pass through [`CaseState::apply`], so the same rules hold
//! everywhere and replaying a history always gives back the same state.

use super::{
    CaseState, Extension, OmbudsmanRecord, Pause, PublicUpdate, StageAnswer, Status, Step,
    StepCheck, TransitionError,
};
use crate::case::Kind;
use crate::event::{Actor, CaseEvent, EventRecord, StageClock};

impl CaseState {
    /// Applies the next event, or says why it cannot happen now; a refused event changes
    /// nothing.
    pub fn apply(&mut self, record: &EventRecord) -> Result<(), TransitionError> {
        if record.seq != self.version + 1 {
            return Err(TransitionError::OutOfOrder {
                expected_after: self.version,
                got: record.seq,
            });
        }
        let mut next = self.clone();
        next.change(record)?;
        next.version = record.seq;
        next.updated_at = record.at;
        *self = next;
        Ok(())
    }

    fn refuse(&self, action: &'static str) -> Result<(), TransitionError> {
        Err(TransitionError::NotAllowed {
            status: self.status,
            action,
        })
    }

    /// The status a case returns to when work on its current stage goes on.
    fn working_status(&self) -> Status {
        if self.stage > 1 {
            Status::Escalated
        } else if self.assignee.is_some() {
            Status::InProgress
        } else if self.acknowledged_at.is_some() {
            Status::Acknowledged
        } else {
            Status::Received
        }
    }

    fn check(&mut self, step: Step, due: Option<jiff::Timestamp>, at: jiff::Timestamp) {
        if let Some(due) = due {
            self.compliance.push(StepCheck {
                stage: self.stage,
                step,
                due,
                done_at: at,
                met: at <= due,
            });
        }
    }

    fn change(&mut self, record: &EventRecord) -> Result<(), TransitionError> {
        let at = record.at;
        let open = self.status != Status::Closed;
        let answering =
            open && !matches!(self.status, Status::Resolved | Status::EscalationRequested);
        match &record.event {
            CaseEvent::Received(_) => return Err(TransitionError::NotFirst),
            CaseEvent::Acknowledged => {
                if self.status != Status::Received {
                    return self.refuse("acknowledged again");
                }
                self.status = Status::Acknowledged;
                self.acknowledged_at = Some(at);
                let due = self.clock.and_then(|c| c.acknowledge_by);
                self.check(Step::Acknowledge, due, at);
            }
            CaseEvent::Routed {
                division,
                section,
                category,
                ..
            } => {
                if !open {
                    return self.refuse("re-routed");
                }
                self.division.clone_from(division);
                self.section.clone_from(section);
                self.category.clone_from(category);
                self.assignee = None;
            }
            CaseEvent::Assigned { to } => {
                if !open {
                    return self.refuse("assigned");
                }
                self.assignee = Some(to.clone());
                if self.stage == 1 && !self.first_stage_handlers.contains(to) {
                    self.first_stage_handlers.push(to.clone());
                }
                if matches!(self.status, Status::Received | Status::Acknowledged) {
                    if self.acknowledged_at.is_none() {
                        self.acknowledged_at = Some(at);
                        let due = self.clock.and_then(|c| c.acknowledge_by);
                        self.check(Step::Acknowledge, due, at);
                    }
                    self.status = Status::InProgress;
                }
            }
            CaseEvent::NoteAdded { .. } => {}
            CaseEvent::UpdateSent { text } => {
                if !open {
                    return self.refuse("sent an update");
                }
                self.public_updates.push(PublicUpdate {
                    at,
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
                    return self.refuse("given a new file");
                }
                self.attachments.push(attachment.clone());
            }
            CaseEvent::Resolved { outcome, reasons } => {
                if !answering || self.is_paused() {
                    return self.refuse("resolved");
                }
                let by = staff_name(&record.actor);
                if self.stage > 1
                    && by
                        .as_ref()
                        .is_some_and(|b| self.first_stage_handlers.contains(b))
                {
                    return self.refuse(
                        "reviewed by someone who handled the first stage; another person must review it",
                    );
                }
                if self.acknowledged_at.is_none() {
                    self.acknowledged_at = Some(at);
                }
                let due = self.clock.map(|c| c.answer_by);
                self.check(Step::Answer, due, at);
                if let Some(name) = by.as_ref().filter(|_| self.stage == 1)
                    && !self.first_stage_handlers.contains(name)
                {
                    self.first_stage_handlers.push(name.clone());
                }
                self.answers.push(StageAnswer {
                    stage: self.stage,
                    by,
                    at,
                    outcome: *outcome,
                    reasons: reasons.clone(),
                });
                self.status = Status::Resolved;
                self.clock = None;
            }
            CaseEvent::EscalationRequested {
                within_window,
                clock,
                ..
            } => {
                if self.kind != Kind::Complaint {
                    return self.refuse("escalated, because only a complaint can be");
                }
                if self.status != Status::Resolved {
                    return self.refuse("escalated before it has been answered");
                }
                if self.at_last_stage() {
                    return self.refuse(
                        "escalated further: this was the last stage; the Ombudsman is next",
                    );
                }
                if *within_window {
                    self.start_review(*clock, at);
                } else {
                    self.status = Status::EscalationRequested;
                }
            }
            CaseEvent::EscalationDecided {
                accepted, clock, ..
            } => {
                if self.status != Status::EscalationRequested {
                    return self.refuse("given an escalation decision without a pending request");
                }
                if *accepted {
                    self.start_review(*clock, at);
                } else {
                    self.status = Status::Resolved;
                }
            }
            CaseEvent::InformationRequested { question } => {
                if !answering || self.is_paused() {
                    return self.refuse("paused for information");
                }
                self.pauses.push(Pause {
                    reason: question.clone(),
                    from: at,
                    to: None,
                });
                self.status = Status::AwaitingInformation;
            }
            CaseEvent::InformationProvided { clock, .. } => {
                let Some(pause) = self.pauses.last_mut().filter(|p| p.to.is_none()) else {
                    return self.refuse("given information nobody asked for");
                };
                pause.to = Some(at);
                self.clock = Some(*clock);
                self.status = self.working_status();
            }
            CaseEvent::ExtensionGranted {
                reason,
                authorised_by,
                extra_days,
                answer_by,
            } => {
                if !answering {
                    return self.refuse("extended");
                }
                let Some(clock) = self.clock.as_mut() else {
                    return self.refuse("extended while no clock runs");
                };
                if *answer_by <= clock.answer_by {
                    return self
                        .refuse("extended to a date that is not later than the current one");
                }
                clock.answer_by = *answer_by;
                self.extensions.push(Extension {
                    at,
                    reason: reason.clone(),
                    authorised_by: authorised_by.clone(),
                    stage: self.stage,
                    extra_days: *extra_days,
                    answer_by: *answer_by,
                });
            }
            CaseEvent::OmbudsmanReferred => {
                let answered_last =
                    self.at_last_stage() && self.answers.iter().any(|a| a.stage == self.stage);
                if !answered_last || self.ombudsman.is_some() {
                    return self
                        .refuse("referred to the Ombudsman before the last stage was answered");
                }
                self.ombudsman = Some(OmbudsmanRecord {
                    referred_at: at,
                    outcome: None,
                });
            }
            CaseEvent::OmbudsmanOutcome { outcome } => {
                let Some(record) = self.ombudsman.as_mut() else {
                    return self.refuse("given an Ombudsman outcome without a referral");
                };
                record.outcome = Some(outcome.clone());
            }
            CaseEvent::Withdrawn { reason } => {
                if !open {
                    return self.refuse("withdrawn");
                }
                self.answers.push(StageAnswer {
                    stage: self.stage,
                    by: None,
                    at,
                    outcome: crate::event::Outcome::Withdrawn,
                    reasons: reason.clone(),
                });
                self.close(at);
            }
            CaseEvent::ComplimentForwarded { to, thanks } => {
                if self.kind != Kind::Compliment {
                    return self.refuse("forwarded to a supervisor, because only a compliment is");
                }
                if !open {
                    return self.refuse("forwarded to a supervisor");
                }
                self.assignee = Some(to.clone());
                if let Some(text) = thanks {
                    self.public_updates.push(PublicUpdate {
                        at,
                        text: text.clone(),
                    });
                }
                self.close(at);
            }
            CaseEvent::Closed => {
                if !open {
                    return self.refuse("closed again");
                }
                self.close(at);
            }

            CaseEvent::MessagesPreference { stopped } => {
                self.messages_stopped = *stopped;
            }
            CaseEvent::Reopened { .. } => {
                if !matches!(self.status, Status::Closed | Status::Resolved) {
                    return self.refuse("reopened");
                }
                self.status = Status::InProgress;
                self.closed_at = None;
            }
        }
        Ok(())
    }

    fn close(&mut self, at: jiff::Timestamp) {
        if let Some(pause) = self.pauses.last_mut().filter(|p| p.to.is_none()) {
            pause.to = Some(at);
        }
        self.status = Status::Closed;
        self.closed_at = Some(at);
        self.clock = None;
    }

    fn start_review(&mut self, clock: Option<StageClock>, at: jiff::Timestamp) {
        self.stage += 1;
        self.stage_started_at = at;
        self.status = Status::Escalated;
        self.assignee = None;
        self.clock = clock;
    }
}

fn staff_name(actor: &Actor) -> Option<String> {
    match actor {
        Actor::Staff { username } => Some(username.clone()),
        _ => None,
    }
}
