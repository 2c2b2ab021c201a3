//! `POST /staff/queue/assign`: the cases ticked on a page of the queue, assigned to one person
//! at once. Each case is one `assigned` event at the version it has now; a case the user may
//! not see, or that cannot be assigned any more, is left as it is and counted.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Redirect;
use heard_domain::TrackingNumber;
use heard_domain::event::{Actor, CaseEvent};
use heard_domain::permissions::Action;
use heard_domain::{Channel, Status};
use heard_storage::{NewEvent, StoreError};
use jiff::Timestamp;

use super::error::StaffError;
use super::session::StaffUser;
use crate::AppState;

/// The most cases one form may assign: two pages of the queue.
const MOST: usize = 2 * super::queue::PAGE_SIZE as usize;

/// How a bulk assignment went, told on the queue page after it.
pub enum Outcome {
    /// Nothing was ticked.
    NoneTicked,
    /// The person named has no active account.
    Unknown,
    /// This many cases were assigned to the person; so many others were left as they were.
    Done {
        /// Cases assigned.
        assigned: usize,
        /// Cases left as they were.
        skipped: usize,
    },
}

impl Outcome {
    /// The query string the queue page reads the outcome from.
    fn query(&self, to: &str) -> String {
        match self {
            Outcome::NoneTicked => "bulk=none".to_owned(),
            Outcome::Unknown => "bulk=unknown".to_owned(),
            Outcome::Done { assigned, skipped } => {
                let to: String = form_urlencoded::byte_serialize(to.as_bytes()).collect();
                format!("bulk=done&assigned={assigned}&skipped={skipped}&to={to}")
            }
        }
    }
}

/// `POST /staff/queue/assign`: fields `to` (a user name) and `case`, once per ticked case.
pub async fn assign_ticked(
    State(state): State<AppState>,
    me: StaffUser,
    body: Bytes,
) -> Result<Redirect, StaffError> {
    me.require(Action::Assign)?;
    let mut to = String::new();
    let mut ticked = Vec::new();
    for (name, value) in form_urlencoded::parse(&body) {
        match name.as_ref() {
            "to" => to = value.trim().to_owned(),
            "case" if ticked.len() < MOST => ticked.push(value.into_owned()),
            _ => {}
        }
    }

    let outcome = if ticked.is_empty() {
        Outcome::NoneTicked
    } else {
        match state.store.find_staff_user(&to).await {
            Ok(user) if user.disabled_at.is_none() => {
                let mut assigned = 0;
                for raw in &ticked {
                    if assign(&state, &me, raw, &user.username).await? {
                        assigned += 1;
                    }
                }
                let skipped = ticked.len() - assigned;
                Outcome::Done { assigned, skipped }
            }
            Ok(_) | Err(StoreError::NotFound) => Outcome::Unknown,
            Err(e) => return Err(e.into()),
        }
    };
    Ok(Redirect::to(&format!(
        "/staff/queue?{}",
        outcome.query(&to)
    )))
}

/// Assigns one ticked case, if the user sees it and it can still be assigned.
async fn assign(state: &AppState, me: &StaffUser, raw: &str, to: &str) -> Result<bool, StaffError> {
    let Ok(tracking) = raw.parse::<TrackingNumber>() else {
        return Ok(false);
    };
    let case = match state.store.find_case(&tracking).await {
        Ok(case) => case,
        Err(StoreError::NotFound) => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    // Practice must never touch a real case; a closed case is not assigned.
    let practice_only = me.training && !case.training;
    if !me.sees(&case) || practice_only || case.status == Status::Closed {
        return Ok(false);
    }

    let event = NewEvent {
        at: Timestamp::now(),
        actor: Actor::Staff {
            username: me.username.clone(),
        },
        channel: Channel::Web,
        event: CaseEvent::Assigned { to: to.to_owned() },
    };
    match state
        .store
        .append_event(&tracking, event, Some(case.version))
        .await
    {
        Ok(_) => Ok(true),
        Err(StoreError::Transition(_) | StoreError::Conflict(_)) => Ok(false),
        Err(e) => Err(e.into()),
    }
}
