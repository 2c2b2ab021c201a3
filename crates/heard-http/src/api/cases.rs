//! Submitting a case and following it by tracking number.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use heard_domain::event::Actor;
use heard_domain::intake::{IntakeContext, Submission};
use heard_domain::state::CaseState;
use heard_domain::{Channel, TrackingNumber};
use jiff::Timestamp;
use serde::Serialize;

use crate::api::ApiJson;
use crate::{AppError, AppState};

/// The answer to a submission.
#[derive(Serialize)]
struct Created {
    tracking_number: TrackingNumber,
    status: &'static str,
    division: String,
    received_at: Timestamp,
    tracking_url: String,
}

/// `POST /api/v1/cases`: validates a submission and stores it. Answers 201 with the tracking
/// number only once the case is committed to the database.
pub async fn create_case(
    State(state): State<AppState>,
    ApiJson(submission): ApiJson<Submission>,
) -> Result<impl IntoResponse, AppError> {
    let context = IntakeContext {
        channel: Channel::MobileApp,
        taken_by: None,
    };
    let mut valid = submission.validate(&state.directory, &context)?;
    locate_ward(&state, valid.location_mut());

    let case = state
        .store
        .create_case(&valid, Timestamp::now(), &Actor::Resident, context.channel)
        .await?;
    tracing::info!(case.division = %case.division, case.kind = %case.kind, "case received");

    let location = format!("/api/v1/cases/{}", case.tracking_number);
    let body = Created {
        tracking_number: case.tracking_number,
        status: case.status.code(),
        division: case.division,
        received_at: case.received_at,
        tracking_url: format!("{}/track/{}", state.public_url, case.tracking_number),
    };
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(body),
    ))
}

fn locate_ward(state: &AppState, location: &mut heard_domain::Location) {
    if let (Some(wards), Some(lat), Some(lon)) = (&state.wards, location.lat, location.lon) {
        location.ward = wards.locate(lat, lon).map(|w| w.code.clone());
    }
}

/// What anyone holding the tracking number may see: no personal data, no internal notes.
#[derive(Serialize)]
pub struct PublicCase {
    tracking_number: TrackingNumber,
    kind: &'static str,
    status: &'static str,
    stage: u32,
    division: Named,
    category: Option<Named>,
    received_at: Timestamp,
    acknowledged_at: Option<Timestamp>,
    closed_at: Option<Timestamp>,
    answers: Vec<PublicAnswer>,
    updates: Vec<heard_domain::state::PublicUpdate>,
}

#[derive(Serialize)]
struct Named {
    code: String,
    name: String,
}

#[derive(Serialize)]
struct PublicAnswer {
    stage: u32,
    at: Timestamp,
    outcome: &'static str,
}

/// `GET /api/v1/cases/{tracking_number}`: the public view of a case.
pub async fn get_case(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<PublicCase>, AppError> {
    let tracking: TrackingNumber =
        raw.parse()
            .map_err(|e: heard_domain::tracking::TrackingNumberError| {
                AppError::BadRequest(e.to_string())
            })?;
    let case = state
        .store
        .find_case(&tracking)
        .await
        .map_err(|e| match e {
            heard_storage::StoreError::NotFound => {
                AppError::NotFound(format!("no case has the tracking number {tracking}"))
            }
            other => other.into(),
        })?;
    Ok(Json(public_view(&state, &case)))
}

fn public_view(state: &AppState, case: &CaseState) -> PublicCase {
    let division_name = state
        .directory
        .division(&case.division)
        .map_or_else(|| case.division.clone(), |d| d.name.clone());
    let category = case.category.as_deref().map(|code| Named {
        code: code.to_owned(),
        name: state
            .directory
            .place(code)
            .map_or_else(|| code.to_owned(), |p| p.category.name.clone()),
    });
    PublicCase {
        tracking_number: case.tracking_number,
        kind: case.kind.code(),
        status: case.status.code(),
        stage: case.stage,
        division: Named {
            code: case.division.clone(),
            name: division_name,
        },
        category,
        received_at: case.received_at,
        acknowledged_at: case.acknowledged_at,
        closed_at: case.closed_at,
        answers: case
            .answers
            .iter()
            .map(|a| PublicAnswer {
                stage: a.stage,
                at: a.at,
                outcome: a.outcome.code(),
            })
            .collect(),
        updates: case.public_updates.clone(),
    }
}
