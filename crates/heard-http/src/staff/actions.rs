//! The case page's forms: each posts to `/staff/cases/{tracking_number}/{action}`, is checked
//! against the permission in [`super::ROUTES`], becomes one event appended at the version the
//! page showed, and answers 303 back to the case, or the case page with the problem in words.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::compliment::{self, Supervisor};
use heard_domain::event::{Actor, CaseEvent, Outcome};
use heard_domain::permissions::Action;
use heard_domain::process::{Clocks, ProcessError};
use heard_domain::{CaseState, Channel, Kind, Status};
use heard_storage::{NewEvent, StoreError};
use jiff::Timestamp;
use serde::Deserialize;

use super::case::{render_case, render_case_with, visible_case};
use super::error::StaffError;
use super::session::StaffUser;
use crate::AppState;

/// The last part of each action's path, in the order the forms appear.
pub const SLUGS: &[&str] = &[
    "acknowledge",
    "assign",
    "note",
    "update",
    "request-information",
    "reroute",
    "extend",
    "resolve",
    "forward",
    "close",
    "reopen",
];

/// The fields of every action form; each action reads the ones it needs.
#[derive(Deserialize)]
pub struct ActionForm {
    /// The case's version when the page was shown.
    version: Option<u32>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    reasons: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    days: String,
    /// `yes` when the writer confirmed an update the plain-language check warned about.
    #[serde(default)]
    confirm: String,
}

/// The permission an action needs on this case, from the route table.
fn permission(slug: &str, case: &CaseState) -> Option<Action> {
    if slug == "resolve" && case.stage > 1 {
        return Some(Action::AnswerReview);
    }
    super::ROUTES
        .iter()
        .filter(|r| r.method == "POST" && r.path.starts_with("/staff/cases/"))
        .find(|r| r.path.rsplit('/').next() == Some(slug))
        .and_then(|r| r.action)
}

/// Whether the case page offers this action's form: the role allows it and the case's
/// status does not rule it out already.
pub fn offered(me: &StaffUser, case: &CaseState, slug: &str) -> bool {
    let open = case.status != Status::Closed;
    let fits = match slug {
        "acknowledge" => case.status == Status::Received,
        "resolve" => open && case.status != Status::Resolved,
        "reopen" => matches!(case.status, Status::Resolved | Status::Closed),
        "extend" => open && case.clock.is_some() && !case.is_paused(),
        "forward" => open && case.kind == Kind::Compliment,
        _ => open,
    };
    fits && permission(slug, case).is_some_and(|a| me.may(a))
}

/// `POST /staff/cases/{tracking_number}/{action}`.
pub async fn act(
    State(state): State<AppState>,
    me: StaffUser,
    Path((raw, slug)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> Result<Response, StaffError> {
    let (tracking, case) = visible_case(&state, &me, &raw).await?;
    let action = permission(&slug, &case).ok_or_else(StaffError::not_found)?;
    me.require(action)?;
    // Practice must never reach a real resident.
    if me.training && !case.training {
        let problem = "You are in training mode, and this is a real case: practise on training \
             cases, or turn training mode off on your page to act on it."
            .to_owned();
        return render_case(&state, me, case, Some(problem), StatusCode::FORBIDDEN).await;
    }
    if slug == "update"
        && let Some(draft) = super::writing::hold_back(&state, &form.text, form.confirm == "yes")
    {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return render_case_with(&state, me, case, None, status, Some(draft)).await;
    }

    let Some(version) = form.version else {
        let problem = "The form was incomplete; reload the page and try again.".to_owned();
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return render_case(&state, me, case, Some(problem), status).await;
    };
    let event = match event(&state, &slug, &form, &case, &me).await {
        Ok(event) => event,
        Err(Problem::Invalid(problem)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render_case(&state, me, case, Some(problem), status).await;
        }
        Err(Problem::NotNow(problem)) => {
            let problem = format!("This was not done: {problem}");
            return render_case(&state, me, case, Some(problem), StatusCode::CONFLICT).await;
        }
    };
    let new = NewEvent {
        at: Timestamp::now(),
        actor: Actor::Staff {
            username: me.username.clone(),
        },
        channel: Channel::Web,
        event,
    };
    let problem = match state
        .store
        .append_event(&tracking, new, Some(version))
        .await
    {
        Ok(_) => {
            tracing::info!(case.action = slug, division.code = %case.division, "staff acted on a case");
            // A case sent out of a divisional user's division is no longer theirs to see.
            let to = if slug == "reroute" && me.role.is_divisional() {
                "/staff/queue".to_owned()
            } else {
                format!("/staff/cases/{tracking}")
            };
            return Ok(Redirect::to(&to).into_response());
        }
        Err(StoreError::Transition(refused)) => format!("This was not done: {refused}."),
        Err(StoreError::Conflict(_)) => "This was not done: someone else changed the case \
             since you opened it. Here it is as it is now; check it and try again."
            .to_owned(),
        Err(e) => return Err(e.into()),
    };
    let case = state.store.find_case(&tracking).await?;
    render_case(&state, me, case, Some(problem), StatusCode::CONFLICT).await
}

/// Why a form's event was not made.
enum Problem {
    /// Something in the form is missing or wrong.
    Invalid(String),
    /// The case is not in a state where this can be done.
    NotNow(String),
}

impl From<&str> for Problem {
    fn from(message: &str) -> Self {
        Problem::Invalid(message.to_owned())
    }
}

impl From<String> for Problem {
    fn from(message: String) -> Self {
        Problem::Invalid(message)
    }
}

/// The event a form asks for, or what is missing from it, in words.
async fn event(
    state: &AppState,
    slug: &str,
    form: &ActionForm,
    case: &CaseState,
    me: &StaffUser,
) -> Result<CaseEvent, Problem> {
    let text = form.text.trim().to_owned();
    let need_text = |what: &str| {
        if text.is_empty() {
            Err(Problem::Invalid(format!("Write {what}.")))
        } else {
            Ok(text.clone())
        }
    };
    Ok(match slug {
        "acknowledge" => CaseEvent::Acknowledged,
        "assign" => CaseEvent::Assigned {
            to: assignee(state, form.to.trim()).await?,
        },
        "note" => CaseEvent::NoteAdded {
            text: need_text("the note")?,
        },
        "update" => CaseEvent::UpdateSent {
            text: need_text("the update for the resident")?,
        },
        "request-information" => CaseEvent::InformationRequested {
            question: need_text("what you need from the resident")?,
        },
        "resolve" => {
            let outcome = Outcome::from_code(&form.outcome).ok_or("Choose an outcome.")?;
            let reasons = form.reasons.trim();
            if reasons.is_empty() {
                return Err("Write the reasons the resident will read.".into());
            }
            CaseEvent::Resolved {
                outcome,
                reasons: reasons.to_owned(),
            }
        }
        "reroute" => {
            let place = state
                .directory
                .place(form.category.trim())
                .ok_or("Choose the category the case is about.")?;
            CaseEvent::Routed {
                division: place.division.code.clone(),
                section: Some(place.section.code.clone()),
                category: Some(place.category.code.clone()),
                reason: need_text("why the case goes there")?,
            }
        }
        "extend" => {
            let days = form
                .days
                .trim()
                .parse()
                .map_err(|_| "Write a number of business days.")?;
            Clocks::new(&state.calendar)
                .extension(&state.standards(case), case, days, &text, &me.username)
                .map_err(|e| match e {
                    ProcessError::NotNow(m) => Problem::NotNow(m.to_owned()),
                    ProcessError::Invalid(m) => Problem::Invalid(m.to_owned()),
                })?
        }
        "forward" => forwarded(state, form, case).await?,
        "close" => CaseEvent::Closed,
        "reopen" => CaseEvent::Reopened {
            reason: need_text("why the case is reopened")?,
        },
        _ => return Err("There is no such action.".into()),
    })
}

/// The event that forwards a compliment to the supervisor named in the form and closes it,
/// by the domain's rule ([`compliment::forward`]).
async fn forwarded(
    state: &AppState,
    form: &ActionForm,
    case: &CaseState,
) -> Result<CaseEvent, Problem> {
    let username = form.to.trim();
    if username.is_empty() {
        return Err("Write the user name of the supervisor to forward it to.".into());
    }
    let user = match state.store.find_staff_user(username).await {
        Ok(user) if user.disabled_at.is_none() => user,
        Ok(_) => return Err(format!("The account '{username}' is disabled.").into()),
        Err(StoreError::NotFound) => {
            return Err(format!("No staff account is named '{username}'.").into());
        }
        Err(_) => return Err("The account could not be checked; try again.".into()),
    };

    let supervisor = Supervisor {
        username: &user.username,
        role: user.role,
        division: user.division.as_deref(),
    };
    compliment::forward(case, supervisor, &form.text).map_err(|e| match e {
        ProcessError::NotNow(m) => Problem::NotNow(m.to_owned()),
        ProcessError::Invalid(m) => Problem::Invalid(m.to_owned()),
    })
}

/// The user name to assign to, if it names an active account.
async fn assignee(state: &AppState, username: &str) -> Result<String, String> {
    if username.is_empty() {
        return Err("Write the user name of the person to assign.".into());
    }
    match state.store.find_staff_user(username).await {
        Ok(user) if user.disabled_at.is_none() => Ok(user.username),
        Ok(_) => Err(format!("The account '{username}' is disabled.")),
        Err(StoreError::NotFound) => Err(format!("No staff account is named '{username}'.")),
        Err(_) => Err("The account could not be checked; try again.".into()),
    }
}
