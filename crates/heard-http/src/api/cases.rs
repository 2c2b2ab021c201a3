//! Submitting a case and following it by tracking number.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use heard_domain::event::Actor;
use heard_domain::intake::{IntakeContext, Submission};
use heard_domain::state::CaseState;
use heard_domain::{Channel, TrackingNumber};
use heard_storage::IdempotencyKey;
use jiff::Timestamp;
use serde::Serialize;
use sha2::{Digest, Sha256};

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
/// number only once the case is committed to the database. With an `Idempotency-Key` header,
/// a retry of the same request answers with the first case (200) instead of making another.
pub async fn create_case(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: ApiJson<Submission>,
) -> Result<impl IntoResponse, AppError> {
    let key = idempotency_key(&headers, &body.bytes)?;
    let submission = body.value;
    let context = IntakeContext {
        channel: Channel::MobileApp,
        taken_by: None,
    };
    let mut valid = submission.validate(&state.directory, &context)?;
    locate_ward(&state, valid.location_mut());

    let now = Timestamp::now();
    state.schedule(&mut valid, now);
    let created = state
        .store
        .create_case_once(key.as_ref(), &valid, now, &Actor::Resident, context.channel)
        .await?;
    let case = created.state;
    if !created.replayed {
        tracing::info!(case.division = %case.division, case.kind = %case.kind, "case received");
    }
    let status = if created.replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };

    let location = format!("/api/v1/cases/{}", case.tracking_number);
    let body = Created {
        tracking_number: case.tracking_number,
        status: case.status.code(),
        division: case.division,
        received_at: case.received_at,
        tracking_url: format!("{}/track/{}", state.public_url, case.tracking_number),
    };
    Ok((status, [(header::LOCATION, location)], Json(body)))
}

/// The most characters an `Idempotency-Key` may have.
const MAX_KEY_CHARS: usize = 255;

/// The request's idempotency key, with a fingerprint of its body.
fn idempotency_key(headers: &HeaderMap, body: &[u8]) -> Result<Option<IdempotencyKey>, AppError> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = value
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= MAX_KEY_CHARS)
        .ok_or_else(|| {
            AppError::BadRequest(format!(
                "The Idempotency-Key header must be 1 to {MAX_KEY_CHARS} visible ASCII characters."
            ))
        })?;
    let fingerprint = Sha256::digest(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Some(IdempotencyKey {
        key: format!("api:{key}"),
        fingerprint,
    }))
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
    due: Option<heard_domain::event::StageClock>,
    waiting_for_information: Option<String>,
    extensions: Vec<PublicExtension>,
    can_request_review: bool,
}

#[derive(Serialize)]
struct PublicExtension {
    at: Timestamp,
    reason: String,
    answer_by: Timestamp,
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

/// A tracking number from the address, or a 400 that says what is wrong with it.
pub fn parse_tracking(raw: &str) -> Result<TrackingNumber, AppError> {
    raw.parse()
        .map_err(|e: heard_domain::tracking::TrackingNumberError| {
            AppError::BadRequest(e.to_string())
        })
}

/// The public view of a case.
pub fn public_view(state: &AppState, case: &CaseState) -> PublicCase {
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
        due: case.clock.filter(|_| !case.is_paused()),
        waiting_for_information: case
            .pauses
            .last()
            .filter(|p| p.to.is_none())
            .map(|p| p.reason.clone()),
        extensions: case
            .extensions
            .iter()
            .map(|e| PublicExtension {
                at: e.at,
                reason: e.reason.clone(),
                answer_by: e.answer_by,
            })
            .collect(),
        can_request_review: case.kind == heard_domain::Kind::Complaint
            && case.status == heard_domain::Status::Resolved
            && !case.at_last_stage(),
    }
}
