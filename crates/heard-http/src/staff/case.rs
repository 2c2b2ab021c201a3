//! `/staff/cases/{tracking_number}`: everything about a case that the role may see, its
//! history, its messages to the resident, its due dates and the forms for the actions the role
//! may take. Showing personal data is recorded in the staff audit.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use heard_domain::event::{Actor, CaseEvent, EventRecord, Outcome};
use heard_domain::permissions::Action;
use heard_domain::{CaseState, Person, Status, TrackingNumber};
use jiff::Timestamp;

use super::error::{StaffError, staff_page};
use super::messages::{MessageRow, message_row};
use super::queue::division_name;
use super::session::StaffUser;
use super::timing::{Due, due};
use crate::AppState;
use crate::render::city_time;

/// The audit code for showing a case's personal data.
pub const VIEWED_PERSONAL_DATA: &str = "viewed_personal_data";

/// One line of the history.
struct Line {
    at: String,
    who: String,
    what: String,
}

#[derive(Template)]
#[template(path = "staff/case.html")]
struct CasePage {
    me: StaffUser,
    c: CaseState,
    tracking: String,
    status: &'static str,
    division: String,
    category: String,
    received: String,
    acknowledged: Option<String>,
    closed: Option<String>,
    due: Option<Due>,
    answer_by: Option<(String, String)>,
    personal: bool,
    person: Option<Person>,
    address: Option<String>,
    history: Vec<Line>,
    messages: Vec<MessageRow>,
    forms: Vec<&'static str>,
    resolve_action: &'static str,
    outcomes: Vec<(&'static str, &'static str)>,
    categories: Vec<(String, String)>,
    error: Option<String>,
    /// An update held back by the plain-language check, with what it found.
    draft: Option<super::writing::Draft>,
}

impl CasePage {
    fn has_form(&self, slug: &str) -> bool {
        self.forms.contains(&slug)
    }
}

/// Finds the case at `raw`, or 404 when there is none or the user may not see it: the two
/// must look the same, so that guessing numbers tells nothing.
pub async fn visible_case(
    state: &AppState,
    me: &StaffUser,
    raw: &str,
) -> Result<(TrackingNumber, CaseState), StaffError> {
    let tracking: TrackingNumber = raw.parse().map_err(|_| StaffError::not_found())?;
    let case = state.store.find_case(&tracking).await?;
    if !me.sees(&case) {
        return Err(StaffError::not_found());
    }
    Ok((tracking, case))
}

/// `GET /staff/cases/{tracking_number}`.
pub async fn show_case(
    State(state): State<AppState>,
    me: StaffUser,
    Path(raw): Path<String>,
) -> Result<Response, StaffError> {
    let (_, case) = visible_case(&state, &me, &raw).await?;
    me.require(Action::ViewCase)?;
    render_case(&state, me, case, None, StatusCode::OK).await
}

/// Renders the case page, with `error` in words above the forms when an action failed.
pub async fn render_case(
    state: &AppState,
    me: StaffUser,
    case: CaseState,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, StaffError> {
    render_case_with(state, me, case, error, status, None).await
}

/// Renders the case page with an update held back by the plain-language check.
pub async fn render_case_with(
    state: &AppState,
    me: StaffUser,
    case: CaseState,
    error: Option<String>,
    status: StatusCode,
    draft: Option<super::writing::Draft>,
) -> Result<Response, StaffError> {
    let history = state.store.case_history(&case.tracking_number).await?;
    let messages = state
        .store
        .notifications_for_case(&case.tracking_number)
        .await?;
    let personal = me.may(Action::ViewPersonalData);
    if personal {
        let tracking = case.tracking_number;
        state
            .store
            .record_staff_audit(
                &me.username,
                VIEWED_PERSONAL_DATA,
                Some(&tracking),
                Timestamp::now(),
            )
            .await?;
    }

    let now = Timestamp::now();
    let forms = super::actions::SLUGS
        .iter()
        .copied()
        .filter(|slug| super::actions::offered(&me, &case, slug))
        .collect();
    let page = CasePage {
        tracking: case.tracking_number.to_string(),
        status: status_words(case.status),
        division: division_name(state, &case.division),
        category: case
            .category
            .as_deref()
            .and_then(|c| state.directory.place(c))
            .map_or_else(
                || "Not sure (to triage)".to_owned(),
                |p| p.category.name.clone(),
            ),
        received: city_time(case.received_at),
        acknowledged: case.acknowledged_at.map(city_time),
        closed: case.closed_at.map(city_time),
        due: due(state, &case, now),
        answer_by: case
            .clock
            .map(|c| (c.answer_by.to_string(), city_time(c.answer_by))),
        personal,
        person: personal.then(|| case.person.clone()),
        address: case.location.address.clone().filter(|_| personal),
        history: history.iter().map(|r| line(r, personal)).collect(),
        messages: messages
            .iter()
            .map(|m| message_row(m, personal, now))
            .collect(),
        forms,
        resolve_action: if case.stage > 1 {
            "Answer the review"
        } else {
            "Resolve"
        },
        categories: state
            .directory
            .divisions()
            .iter()
            .flat_map(|d| {
                let sections = d.sections.iter();
                sections.flat_map(move |s| {
                    let named = move |c: &heard_domain::directory::Category| {
                        (c.code.clone(), format!("{} – {}", d.name, c.name))
                    };
                    s.categories.iter().map(named)
                })
            })
            .collect(),
        outcomes: Outcome::ALL
            .iter()
            .map(|o| (o.code(), outcome_words(*o)))
            .collect(),
        error,
        draft,
        me,
        c: case,
    };
    staff_page(status, &page)
}

fn line(record: &EventRecord, personal: bool) -> Line {
    let hidden = || "(hidden: personal data)".to_owned();
    let what = match &record.event {
        CaseEvent::Received(r) if personal => format!("Received: {}", r.description),
        CaseEvent::Received(_) => "Received".to_owned(),
        CaseEvent::Acknowledged => "Acknowledged".to_owned(),
        CaseEvent::Routed {
            division, reason, ..
        } => format!("Re-routed to {division}: {reason}"),
        CaseEvent::Assigned { to } => format!("Assigned to {to}"),
        CaseEvent::NoteAdded { text } => format!("Internal note: {text}"),
        CaseEvent::UpdateSent { text } => format!("Update sent to the resident: {text}"),
        CaseEvent::InformationRequested { question } => {
            format!("Asked the resident: {question}")
        }
        CaseEvent::InformationProvided { text, .. } => format!(
            "The resident answered: {}",
            if personal { text.clone() } else { hidden() }
        ),
        CaseEvent::Resolved { outcome, reasons } => {
            format!("Resolved ({}): {reasons}", outcome_words(*outcome))
        }
        CaseEvent::EscalationRequested { reason, .. } => format!(
            "The resident asked for a review: {}",
            if personal { reason.clone() } else { hidden() }
        ),
        CaseEvent::Withdrawn { reason } => format!(
            "Withdrawn by the resident: {}",
            if personal { reason.clone() } else { hidden() }
        ),
        CaseEvent::ExtensionGranted {
            reason,
            authorised_by,
            extra_days,
            ..
        } => format!("{extra_days} more business days, authorised by {authorised_by}: {reason}"),
        CaseEvent::Reopened { reason } => format!("Reopened: {reason}"),
        CaseEvent::ComplimentForwarded { to, thanks: None } => {
            format!("Forwarded to {to}, and closed")
        }
        CaseEvent::ComplimentForwarded {
            to,
            thanks: Some(thanks),
        } => format!("Forwarded to {to}, and closed; thanked the resident: {thanks}"),
        CaseEvent::Closed => "Closed".to_owned(),
        CaseEvent::MessagesPreference { stopped: true } => {
            "The resident stopped messages about this case".to_owned()
        }
        CaseEvent::MessagesPreference { stopped: false } => {
            "The resident asked for messages again".to_owned()
        }
        other => other.name().replace('_', " "),
    };
    let who = match &record.actor {
        Actor::Resident => "Resident".to_owned(),
        Actor::Staff { username } => username.clone(),
        Actor::ApiClient { key_name } => format!("API client {key_name}"),
        Actor::System => "Heard".to_owned(),
    };
    Line {
        at: city_time(record.at),
        who,
        what,
    }
}

/// A status in words, for staff.
pub fn status_words(status: Status) -> &'static str {
    match status {
        Status::Received => "New",
        Status::Acknowledged => "Acknowledged",
        Status::InProgress => "In progress",
        Status::Resolved => "Resolved",
        Status::AwaitingInformation => "Waiting for the resident",
        Status::EscalationRequested => "Late review request",
        Status::Escalated => "In review",
        Status::Closed => "Closed",
    }
}

fn outcome_words(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Upheld => "upheld",
        Outcome::PartlyUpheld => "partly upheld",
        Outcome::NotUpheld => "not upheld",
        Outcome::Resolved => "resolved",
        Outcome::Withdrawn => "withdrawn",
        Outcome::ReferredElsewhere => "referred elsewhere",
        Outcome::NotAComplaint => "not a complaint",
    }
}
