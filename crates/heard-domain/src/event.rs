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
    },
    /// The case was closed.
    Closed,
    /// A closed or resolved case was opened again.
    Reopened {
        /// Why.
        reason: String,
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
            CaseEvent::Closed => "closed",
            CaseEvent::Reopened { .. } => "reopened",
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
