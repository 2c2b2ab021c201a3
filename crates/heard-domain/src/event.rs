//! The events that make up a case's history. Events are only ever appended; the current state
//! of a case is what applying them in order produces (see [`crate::state`]).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::case::{Attachment, Channel, ComplaintCategory, Kind, Location, Person, coded_enum};
use crate::tracking::TrackingNumber;

/// Who caused an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Actor {
    /// The resident, through a self-service channel.
    Resident,
    /// A signed-in staff member.
    Staff {
        /// The staff member's user name.
        username: String,
    },
    /// A client of the API or of Open311, by its key's name.
    ApiClient {
        /// The name given to the API key.
        key_name: String,
    },
    /// Heard itself (imports, scheduled work).
    System,
}

coded_enum! {
    /// How a stage ended.
    Outcome {
        /// The complaint was found to be justified.
        Upheld = "upheld",
        /// Part of the complaint was found to be justified.
        PartlyUpheld = "partly_upheld",
        /// The complaint was not found to be justified.
        NotUpheld = "not_upheld",
        /// The matter was put right without a finding.
        Resolved = "resolved",
        /// The resident withdrew.
        Withdrawn = "withdrawn",
        /// Another body handles this matter.
        ReferredElsewhere = "referred_elsewhere",
        /// The contact was not a complaint (for example a first service request).
        NotAComplaint = "not_a_complaint",
    }
}

/// Everything recorded when a case is received.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Received {
    /// The number the resident follows the case with.
    pub tracking_number: TrackingNumber,
    /// Complaint, compliment or comment.
    pub kind: Kind,
    /// For assisted channels, the staff member who took the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken_by: Option<String>,
    /// The division that handles the case.
    pub division: String,
    /// The section within the division, when a category was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The category, or none when the resident was not sure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The City's complaint categories that apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complaint_categories: Vec<ComplaintCategory>,
    /// What happened, in the resident's words.
    pub description: String,
    /// When it happened, as the resident said it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub happened: Option<String>,
    /// What the resident would like the City to do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy_sought: Option<String>,
    /// Where it happened.
    #[serde(default)]
    pub location: Location,
    /// Who raised it.
    pub person: Person,
    /// Numbers of service requests this case is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_requests: Vec<String>,
    /// Files sent with the case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// The first stage's due dates, fixed when the case is received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<StageClock>,
    /// The process terms in force when the case was received, which it keeps to its end.
    #[serde(default)]
    pub terms: ProcessTerms,
    /// A practice case from training mode: it tells no resident anything and no report or
    /// open data counts it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub training: bool,
    /// For assisted intake, the knowledge-base article whose questions and standard the staff
    /// member was shown when the case was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
}

/// When the current stage's steps are due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageClock {
    /// The acknowledgement is due by then (first stage only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub acknowledge_by: Option<Timestamp>,
    /// The stage's answer is due by then.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub answer_by: Timestamp,
}

/// The escalation terms a case is handled under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessTerms {
    /// How many stages the process has: the division's answer, then escalated reviews.
    pub stages: u32,
    /// Calendar days after an answer during which a review may be asked for as of right.
    pub escalation_window_days: u32,
}

impl Default for ProcessTerms {
    fn default() -> Self {
        ProcessTerms {
            stages: 2,
            escalation_window_days: 60,
        }
    }
}

/// One change to a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CaseEvent {
    /// The case was received; always the first event.
    Received(Box<Received>),
    /// The City told the resident the case was received and is being looked at.
    Acknowledged,
    /// The case was sent to another division, section or category.
    Routed {
        /// The new division.
        division: String,
        /// The new section.
        section: Option<String>,
        /// The new category.
        category: Option<String>,
        /// Why it was re-routed.
        reason: String,
    },
    /// A staff member was made responsible for the case.
    Assigned {
        /// The assignee's user name.
        to: String,
    },
    /// A note for staff only.
    NoteAdded {
        /// The note.
        text: String,
    },
    /// A message sent to the resident, shown on the tracking page.
    UpdateSent {
        /// The message.
        text: String,
    },
    /// A service request was linked to the case.
    ServiceRequestLinked {
        /// The service request's number.
        number: String,
    },
    /// A file was added.
    AttachmentAdded(Attachment),
    /// The current stage was answered.
    Resolved {
        /// How it ended.
        outcome: Outcome,
        /// The reasons given to the resident.
        reasons: String,
    },
    /// The resident asked for an escalated review of the answer.
    EscalationRequested {
        /// Why the resident is not satisfied.
        reason: String,
        /// Whether the request came within the window; a late one waits for a supervisor.
        within_window: bool,
        /// For a request within the window, the review's due dates.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        clock: Option<StageClock>,
    },
    /// A supervisor decided on a late request for review.
    EscalationDecided {
        /// Whether the review goes ahead.
        accepted: bool,
        /// The reasons, told to the resident.
        reason: String,
        /// For an accepted request, the review's due dates.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        clock: Option<StageClock>,
    },
    /// Staff asked the resident for more information; the clock stops until they answer.
    InformationRequested {
        /// What is needed, as told to the resident.
        question: String,
    },
    /// The resident answered; the clock runs again, with the answer due later by the
    /// business days it was stopped.
    InformationProvided {
        /// The resident's answer.
        text: String,
        /// The stage's new due dates.
        clock: StageClock,
    },
    /// A supervisor gave the current stage more time.
    ExtensionGranted {
        /// Why, as told to the resident.
        reason: String,
        /// The supervisor who authorised it.
        authorised_by: String,
        /// How many business days it adds.
        extra_days: u32,
        /// The new due date of the answer.
        answer_by: Timestamp,
    },
    /// After the last stage, the resident was told how to go to the Ombudsman, or the
    /// Ombudsman told the City they are looking into it.
    OmbudsmanReferred,
    /// The Ombudsman's outcome came back.
    OmbudsmanOutcome {
        /// The outcome, as the Ombudsman reported it.
        outcome: String,
    },
    /// The resident withdrew the case; it closes.
    Withdrawn {
        /// Why, if the resident said.
        reason: String,
    },
    /// A compliment was passed to the supervisor of the staff it praises, and so closed.
    ComplimentForwarded {
        /// The supervisor's user name.
        to: String,
        /// The thank-you to the resident, who reads it on the tracking page and, when they
        /// left a way to reach them, receives it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        thanks: Option<String>,
    },
    /// The case was closed.
    Closed,
    /// A closed or resolved case was opened again.
    Reopened {
        /// Why.
        reason: String,
    },
    /// The resident stopped, or started again, the e-mails and text messages about the case.
    MessagesPreference {
        /// True: send nothing more; false: send again.
        stopped: bool,
    },
}

impl CaseEvent {
    /// A stable name for the event, stored beside it for queries and shown in histories.
    pub fn name(&self) -> &'static str {
        match self {
            CaseEvent::Received(_) => "received",
            CaseEvent::Acknowledged => "acknowledged",
            CaseEvent::Routed { .. } => "routed",
            CaseEvent::Assigned { .. } => "assigned",
            CaseEvent::NoteAdded { .. } => "note_added",
            CaseEvent::UpdateSent { .. } => "update_sent",
            CaseEvent::ServiceRequestLinked { .. } => "service_request_linked",
            CaseEvent::AttachmentAdded(_) => "attachment_added",
            CaseEvent::Resolved { .. } => "resolved",
            CaseEvent::EscalationRequested { .. } => "escalation_requested",
            CaseEvent::EscalationDecided { .. } => "escalation_decided",
            CaseEvent::InformationRequested { .. } => "information_requested",
            CaseEvent::InformationProvided { .. } => "information_provided",
            CaseEvent::ExtensionGranted { .. } => "extension_granted",
            CaseEvent::OmbudsmanReferred => "ombudsman_referred",
            CaseEvent::OmbudsmanOutcome { .. } => "ombudsman_outcome",
            CaseEvent::Withdrawn { .. } => "withdrawn",
            CaseEvent::ComplimentForwarded { .. } => "compliment_forwarded",
            CaseEvent::Closed => "closed",
            CaseEvent::Reopened { .. } => "reopened",
            CaseEvent::MessagesPreference { .. } => "messages_preference",
        }
    }
}

/// An event with when, by whom and through which channel it happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Position in the case's history, from 1.
    pub seq: u32,
    /// When it happened.
    pub at: Timestamp,
    /// Who caused it.
    pub actor: Actor,
    /// The channel it came through.
    pub channel: Channel,
    /// What happened.
    pub event: CaseEvent,
}
