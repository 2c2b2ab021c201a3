//! `/staff/notifications/dead`: the messages to residents that were given up on, for
//! supervisors (their division's) and administrators (every division's), each with a form that
//! puts it back in the queue. The list shows no personal data; sending a message again is
//! recorded in the staff audit.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::permissions::Action;
use heard_storage::StoreError;
use jiff::Timestamp;
use serde::Deserialize;

use super::error::{StaffError, staff_page};
use super::messages::{MessageRow, message_row};
use super::queue::division_name;
use super::session::StaffUser;
use crate::AppState;

/// The audit code for putting a dead letter back in the queue.
pub const RETRIED_DEAD_LETTER: &str = "retried_dead_letter";

/// The page's query string: the message just put back, if any.
#[derive(Deserialize, Default)]
pub struct DeadLettersQuery {
    retried: Option<i64>,
}

#[derive(Template)]
#[template(path = "staff/dead_letters.html")]
struct DeadLettersPage {
    me: StaffUser,
    heading: String,
    rows: Vec<MessageRow>,
    retried: Option<i64>,
    error: Option<String>,
}

/// `GET /staff/notifications/dead`.
pub async fn list_dead_letters(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<DeadLettersQuery>,
) -> Result<Response, StaffError> {
    me.require(Action::RetryDeadLetters)?;
    render(&state, me, query.retried, None, StatusCode::OK).await
}

/// `POST /staff/notifications/{id}/retry`: 404 for a message of a case the user may not see,
/// which must look the same as no message at all.
pub async fn retry_dead_letter(
    State(state): State<AppState>,
    me: StaffUser,
    Path(raw): Path<String>,
) -> Result<Response, StaffError> {
    me.require(Action::RetryDeadLetters)?;
    let id: i64 = raw.parse().map_err(|_| StaffError::not_found())?;
    let message = state.store.find_notification(id).await?;
    let case = state.store.find_case(&message.tracking_number).await?;
    if !me.sees(&case) {
        return Err(StaffError::not_found());
    }

    match state.store.retry_dead_letter(id).await {
        Ok(()) => {}
        Err(StoreError::NotFound) => {
            let problem = format!(
                "Message {id} was not sent again: it is no longer a dead letter (someone may \
                 have sent it again already). Here is the list as it is now."
            );
            return render(&state, me, None, Some(problem), StatusCode::CONFLICT).await;
        }
        Err(e) => return Err(e.into()),
    }
    state
        .store
        .record_staff_audit(
            &me.username,
            RETRIED_DEAD_LETTER,
            Some(&message.tracking_number),
            Timestamp::now(),
        )
        .await?;
    tracing::info!(notification.id = id, division.code = %case.division, "staff retried a dead letter");

    let to = format!("/staff/notifications/dead?retried={id}");
    Ok(Redirect::to(&to).into_response())
}

/// Renders the list the user may see, with a confirmation or a problem above it.
async fn render(
    state: &AppState,
    me: StaffUser,
    retried: Option<i64>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, StaffError> {
    // As the queues: divisional roles see their division's, the others every division's.
    let own = me.division.as_deref().filter(|_| me.role.is_divisional());
    let letters = match own {
        Some(division) => state.store.dead_letters_of_division(division).await?,
        None if me.role.is_divisional() => Vec::new(),
        None => state.store.dead_letters().await?,
    };
    let now = Timestamp::now();

    let heading = match own {
        Some(code) => format!("Undelivered messages of {}", division_name(state, code)),
        None => "Undelivered messages".to_owned(),
    };
    let page = DeadLettersPage {
        heading,
        // Without recipients: the case page shows them, and records who saw them.
        rows: letters.iter().map(|m| message_row(m, false, now)).collect(),
        retried,
        error,
        me,
    };
    staff_page(status, &page)
}
