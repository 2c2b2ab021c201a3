//! The tracking page: anyone with the number sees the status, the division, the dates and the
//! updates meant for the resident; never personal data or internal notes.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::state::CaseState;
use heard_domain::{Channel, Kind, Status, TrackingNumber};
use serde::Deserialize;

use crate::AppState;
use crate::render::{PageError, city_time, page};
use crate::resident::{ActionError, ResidentAction, act};

#[derive(Template)]
#[template(path = "track.html")]
struct Find {
    number: String,
    error: Option<String>,
}

/// What the case page shows.
pub struct CaseView {
    tracking_number: TrackingNumber,
    kind: &'static str,
    kind_word: &'static str,
    status_words: &'static str,
    division: String,
    category: Option<String>,
    received: String,
    acknowledged: Option<String>,
    closed: Option<String>,
    acknowledge_days: u32,
    answer_days: u32,
    timeline: Vec<(String, String)>,
    acknowledge_by: Option<String>,
    answer_by: Option<String>,
    question: Option<String>,
    can_escalate: bool,
    last_stage_answered: bool,
    review_days: u32,
    window_days: u32,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage {
    c: CaseView,
    error: Option<String>,
    reason: String,
}

/// The query of `GET /track`.
#[derive(Deserialize)]
pub struct FindQuery {
    number: Option<String>,
}

/// `GET /track`: the form, or a redirect to the case when a valid number is given.
pub async fn find(Query(query): Query<FindQuery>) -> Result<Response, PageError> {
    let Some(number) = query.number.filter(|n| !n.trim().is_empty()) else {
        return page(
            StatusCode::OK,
            &Find {
                number: String::new(),
                error: None,
            },
        );
    };
    match number.parse::<TrackingNumber>() {
        Ok(tracking) => Ok(Redirect::to(&format!("/track/{tracking}")).into_response()),
        Err(e) => page(
            StatusCode::BAD_REQUEST,
            &Find {
                error: Some(format!("{}.", capitalise(&e.to_string()))),
                number,
            },
        ),
    }
}

/// `GET /track/{tracking_number}`.
pub async fn show_case(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let not_found = |number: String, message: String| {
        page(
            StatusCode::NOT_FOUND,
            &Find {
                number,
                error: Some(message),
            },
        )
    };
    let tracking = match raw.parse::<TrackingNumber>() {
        Ok(t) => t,
        Err(e) => return not_found(raw, format!("{}.", capitalise(&e.to_string()))),
    };
    let case = match state.store.find_case(&tracking).await {
        Ok(case) => case,
        Err(heard_storage::StoreError::NotFound) => {
            return not_found(
                tracking.to_string(),
                "No case has this tracking number. Check the digits, or call 311.".into(),
            );
        }
        Err(e) => return Err(e.into()),
    };
    page(
        StatusCode::OK,
        &CasePage {
            c: view(&state, &case),
            error: None,
            reason: String::new(),
        },
    )
}

/// The resident's words from the forms on the case page.
#[derive(Deserialize)]
pub struct ResidentWords {
    text: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /track/{tracking_number}/review`: the resident asks for an escalated review.
pub async fn request_review(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Form(words): Form<ResidentWords>,
) -> Result<Response, PageError> {
    answer(&state, &raw, ResidentAction::RequestReview, &words).await
}

/// `POST /track/{tracking_number}/information`: the resident gives the information asked for.
pub async fn provide_information(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Form(words): Form<ResidentWords>,
) -> Result<Response, PageError> {
    answer(&state, &raw, ResidentAction::ProvideInformation, &words).await
}

/// Takes the action and shows the case again, or the problem beside the form.
async fn answer(
    state: &AppState,
    raw: &str,
    action: ResidentAction,
    words: &ResidentWords,
) -> Result<Response, PageError> {
    let tracking: TrackingNumber = raw
        .parse()
        .map_err(|_| PageError::not_found("That is not a tracking number."))?;
    let problem = match act(
        state,
        &tracking,
        action,
        &words.text,
        &words.confirm,
        Channel::Web,
    )
    .await
    {
        Ok(_) => return Ok(Redirect::to(&format!("/track/{tracking}")).into_response()),
        Err(ActionError::Invalid(m) | ActionError::NotNow(m) | ActionError::NotYours(m)) => m,
        Err(ActionError::NotFound) => {
            return Err(PageError::not_found("No case has this tracking number."));
        }
        Err(ActionError::Changed) => {
            return Err(PageError::conflict(
                "Your case changed while you were writing. Look at it again, and send your message again if it is still needed.",
            ));
        }
        Err(ActionError::Store(e)) => return Err(e.into()),
    };
    let case = state.store.find_case(&tracking).await?;
    let again = CasePage {
        c: view(state, &case),
        error: Some(problem),
        reason: words.text.clone(),
    };
    page(StatusCode::UNPROCESSABLE_ENTITY, &again)
}

fn view(state: &AppState, case: &CaseState) -> CaseView {
    let division = state.directory.division(&case.division);
    let standards = division.map(|d| d.standards).unwrap_or_default();
    let mut timeline = vec![(city_time(case.received_at), "We received it.".to_owned())];
    if let Some(at) = case.acknowledged_at {
        timeline.push((
            city_time(at),
            "The division acknowledged it and is looking into it.".into(),
        ));
    }
    let mut dated: Vec<_> = case
        .public_updates
        .iter()
        .map(|u| (u.at, format!("Message from the City: {}", u.text)))
        .chain(case.answers.iter().map(|a| {
            let stage = if a.stage == 1 {
                "Answered"
            } else {
                "Review answered"
            };
            (a.at, format!("{stage}: {}.", outcome_words(a.outcome)))
        }))
        .collect();
    for e in &case.extensions {
        let text = format!(
            "We need more time: {} We will answer by {}.",
            e.reason,
            city_time(e.answer_by)
        );
        dated.push((e.at, text));
    }
    for p in &case.pauses {
        dated.push((p.from, format!("We asked you: {}", p.reason)));
        if let Some(to) = p.to {
            dated.push((to, "You sent the information we asked for.".into()));
        }
    }
    dated.sort_by_key(|(at, _)| *at);
    timeline.extend(dated.into_iter().map(|(at, text)| (city_time(at), text)));
    if let Some(at) = case.closed_at {
        timeline.push((city_time(at), "The case was closed.".into()));
    }

    CaseView {
        tracking_number: case.tracking_number,
        kind: case.kind.code(),
        kind_word: kind_word(case.kind),
        status_words: status_words(case.status),
        division: division.map_or_else(|| case.division.clone(), |d| d.name.clone()),
        category: case
            .category
            .as_deref()
            .and_then(|c| state.directory.place(c))
            .map(|p| p.category.name.clone()),
        received: city_time(case.received_at),
        acknowledged: case.acknowledged_at.map(city_time),
        closed: case.closed_at.map(city_time),
        acknowledge_days: standards.acknowledge_days,
        answer_days: standards.first_stage_days,
        timeline,
        acknowledge_by: case
            .clock
            .and_then(|c| c.acknowledge_by)
            .filter(|_| case.acknowledged_at.is_none())
            .map(city_time),
        answer_by: case
            .clock
            .filter(|_| !case.is_paused())
            .map(|c| city_time(c.answer_by)),
        question: case
            .pauses
            .last()
            .filter(|p| p.to.is_none())
            .map(|p| p.reason.clone()),
        can_escalate: case.kind == Kind::Complaint
            && case.status == Status::Resolved
            && !case.at_last_stage(),
        last_stage_answered: case.kind == Kind::Complaint
            && case.at_last_stage()
            && case.answers.iter().any(|a| a.stage == case.stage),
        review_days: standards.escalated_review_days,
        window_days: case.terms.escalation_window_days,
    }
}

/// The kind in words.
pub fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Complaint => "complaint",
        Kind::Compliment => "compliment",
        Kind::Comment => "comment",
    }
}

fn status_words(status: Status) -> &'static str {
    match status {
        Status::Received => "Received, waiting to be acknowledged",
        Status::Acknowledged => "Acknowledged, being looked into",
        Status::InProgress => "Being looked into",
        Status::Resolved => "Answered",
        Status::AwaitingInformation => "Waiting for information from you",
        Status::EscalationRequested => "Your request for a review is with a supervisor",
        Status::Escalated => "Under review",
        Status::Closed => "Closed",
    }
}

fn outcome_words(outcome: heard_domain::event::Outcome) -> &'static str {
    use heard_domain::event::Outcome;
    match outcome {
        Outcome::Upheld => "we agree with your complaint",
        Outcome::PartlyUpheld => "we agree with part of your complaint",
        Outcome::NotUpheld => "we did not find that the service fell short",
        Outcome::Resolved => "resolved",
        Outcome::Withdrawn => "withdrawn",
        Outcome::ReferredElsewhere => "sent to the body that handles this matter",
        Outcome::NotAComplaint => "handled as a service request, not a complaint",
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
