//! Submitting a case and following it by tracking number.

use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
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
use utoipa::{IntoParams, ToSchema};

use crate::api::ApiJson;
use crate::api::openapi::Problem;
use crate::{AppError, AppState};

/// The answer to a submission.
#[derive(Serialize, ToSchema)]
struct Created {
    #[schema(value_type = String, example = "4821-0937-53")]
    tracking_number: TrackingNumber,
    status: &'static str,
    division: String,
    #[schema(value_type = String, format = DateTime)]
    received_at: Timestamp,
    tracking_url: String,
}

/// `POST /api/v1/cases`: validates a submission and stores it. Answers 201 with the tracking
/// number only once the case is committed to the database. With an `Idempotency-Key` header,
/// a retry of the same request answers with the first case (200) instead of making another.
#[utoipa::path(
    post,
    path = "/api/v1/cases",
    request_body = Submission,
    params((
        "Idempotency-Key" = Option<String>,
        Header,
        description = "Makes a retry return the first answer: 1 to 255 visible ASCII characters",
        pattern = "^[ \\t]*[!-~](?:[ -~\\t]{0,253}[!-~])?[ \\t]*$"
    )),
    responses(
        (status = 201, description = "Stored; the tracking number is the case's", body = Created,
            headers(("Location" = String, description = "The case's address in this API")),
            links(("GetCase" = (
                operation_id = "get_case",
                parameters(("tracking_number" = "$response.body#/tracking_number")),
                description = "The public view of the case just stored"
            )))),
        (status = 200, description = "A retry with the same Idempotency-Key: the first case", body = Created,
            headers(("Location" = String, description = "The case's address in this API"))),
        (status = 400, description = "The body is not JSON, or a malformed Idempotency-Key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The Idempotency-Key was used for another body", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 256 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not sent as JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many submissions from this address", body = Problem, content_type = "application/problem+json"),
    ),
    tag = "cases"
)]
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
    // The same JSON with its keys in another order or other spacing is the same request.
    let canonical = serde_json::from_slice::<serde_json::Value>(body)
        .map(|v| sorted(v).to_string().into_bytes())
        .unwrap_or_else(|_| body.to_vec());
    let fingerprint = Sha256::digest(&canonical)
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
#[derive(Serialize, ToSchema)]
pub struct PublicCase {
    #[schema(value_type = String, example = "4821-0937-53")]
    tracking_number: TrackingNumber,
    kind: &'static str,
    status: &'static str,
    stage: u32,
    division: Named,
    category: Option<Named>,
    #[schema(value_type = String, format = DateTime)]
    received_at: Timestamp,
    #[schema(value_type = Option<String>, format = DateTime)]
    acknowledged_at: Option<Timestamp>,
    #[schema(value_type = Option<String>, format = DateTime)]
    closed_at: Option<Timestamp>,
    answers: Vec<PublicAnswer>,
    updates: Vec<heard_domain::state::PublicUpdate>,
    due: Option<heard_domain::event::StageClock>,
    waiting_for_information: Option<String>,
    extensions: Vec<PublicExtension>,
    can_request_review: bool,
}

#[derive(Serialize, ToSchema)]
struct PublicExtension {
    #[schema(value_type = String, format = DateTime)]
    at: Timestamp,
    reason: String,
    #[schema(value_type = String, format = DateTime)]
    answer_by: Timestamp,
}

#[derive(Serialize, ToSchema)]
struct Named {
    code: String,
    name: String,
}

#[derive(Serialize, ToSchema)]
struct PublicAnswer {
    stage: u32,
    #[schema(value_type = String, format = DateTime)]
    at: Timestamp,
    outcome: &'static str,
}

/// `GET /api/v1/cases/{tracking_number}`: the public view of a case.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{tracking_number}",
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "The public view of the case", body = PublicCase),
        (status = 400, description = "Not a valid tracking number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No case has this number", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many lookups from this address", body = Problem, content_type = "application/problem+json"),
    ),
    tag = "cases"
)]
pub async fn get_case(
    State(state): State<AppState>,
    TrackingSegment(raw): TrackingSegment,
) -> Result<Json<PublicCase>, AppError> {
    let tracking = parse_tracking(&raw)?;
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

/// The tracking number in a case's address, as the OpenAPI document describes it. Its format,
/// `tracking-number`, adds what a pattern cannot say: the last digit is the Damm check digit
/// of the others.
#[derive(IntoParams)]
#[into_params(names("tracking_number"), parameter_in = Path)]
pub struct TrackingNumberPath(
    /// The case's tracking number: ten digits written NNNN-NNNN-NN (the dashes are optional),
    /// the last a check digit. A number whose check digit does not match is answered 400, not
    /// 404, so that a typing mistake is never taken for an unknown case.
    #[param(
        pattern = "^[0-9]{4}-?[0-9]{4}-?[0-9]{2}$",
        format = "tracking-number",
        example = "4821-0937-53"
    )]
    #[allow(dead_code)]
    String,
);

/// The tracking number as the path gives it. Its own extractor so that a segment that is not
/// UTF-8 is answered as a problem document, like any other text that is not a number.
pub struct TrackingSegment(pub String);

impl<S: Send + Sync> FromRequestParts<S> for TrackingSegment {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| {
                AppError::BadRequest(
                    "A tracking number has ten digits, written NNNN-NNNN-NN.".into(),
                )
            })?;
        Ok(TrackingSegment(raw))
    }
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

/// The value with every object's keys in sorted order.
fn sorted(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<_> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(sorted).collect())
        }
        other => other,
    }
}
