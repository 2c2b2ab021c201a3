//! The tracking page: anyone with the number sees the status, the division, the dates and the
//! updates meant for the resident; never personal data or internal notes.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::state::CaseState;
use heard_domain::{Kind, Status, TrackingNumber};
use serde::Deserialize;

use crate::AppState;
use crate::render::{PageError, city_time, page};

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
    can_escalate: bool,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage {
    c: CaseView,
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
        },
    )
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
        can_escalate: case.kind == Kind::Complaint && case.status == Status::Resolved,
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
