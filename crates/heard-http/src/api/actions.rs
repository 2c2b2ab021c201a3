//! The resident's actions on a case through the API: ask for a review, give information that
//! was asked for, withdraw.

use axum::Json;
use axum::extract::State;
use heard_domain::{Channel, TrackingNumber};
use serde::Deserialize;
use utoipa::ToSchema;

use super::cases::{PublicCase, TrackingNumberPath, TrackingSegment, parse_tracking, public_view};
use crate::api::ApiJson;
use crate::api::openapi::Problem;
use crate::resident::{ActionError, ResidentAction, act};
use crate::{AppError, AppState};

/// The body of a review request.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// Why the resident is not satisfied with the answer.
    reason: String,
    /// The e-mail address or phone number given with the case, to show it is theirs.
    confirm: String,
}

/// The body of an answer to a request for information.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Information {
    /// The information asked for.
    text: String,
    /// The e-mail address or phone number given with the case, to show it is theirs.
    confirm: String,
}

/// The body of a withdrawal.
#[derive(Deserialize, Default, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// Why, if the resident wants to say.
    #[serde(default)]
    reason: String,
    /// The e-mail address or phone number given with the case, to show it is theirs.
    confirm: String,
}

/// `POST /api/v1/cases/{tracking_number}/escalation`.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{tracking_number}/escalation",
    request_body = ReviewRequest,
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "The case as it now is", body = PublicCase),
        (status = 400, description = "Not a valid tracking number or not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No case has this number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the case's state", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 256 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not sent as JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field to fix", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many lookups from this address", body = Problem, content_type = "application/problem+json"),
    ),
    tag = "cases"
)]
pub async fn request_review(
    State(state): State<AppState>,
    TrackingSegment(raw): TrackingSegment,
    body: ApiJson<ReviewRequest>,
) -> Result<Json<PublicCase>, AppError> {
    run(
        &state,
        &raw,
        ResidentAction::RequestReview,
        &body.value.reason,
        &body.value.confirm,
        "reason",
    )
    .await
}

/// `POST /api/v1/cases/{tracking_number}/information`.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{tracking_number}/information",
    request_body = Information,
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "The case as it now is", body = PublicCase),
        (status = 400, description = "Not a valid tracking number or not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No case has this number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the case's state", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 256 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not sent as JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field to fix", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many lookups from this address", body = Problem, content_type = "application/problem+json"),
    ),
    tag = "cases"
)]
pub async fn provide_information(
    State(state): State<AppState>,
    TrackingSegment(raw): TrackingSegment,
    body: ApiJson<Information>,
) -> Result<Json<PublicCase>, AppError> {
    run(
        &state,
        &raw,
        ResidentAction::ProvideInformation,
        &body.value.text,
        &body.value.confirm,
        "text",
    )
    .await
}

/// `POST /api/v1/cases/{tracking_number}/withdrawal`.
#[utoipa::path(
    post,
    path = "/api/v1/cases/{tracking_number}/withdrawal",
    request_body = Withdrawal,
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "The case as it now is", body = PublicCase),
        (status = 400, description = "Not a valid tracking number or not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No case has this number", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the case's state", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 256 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not sent as JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field to fix", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many lookups from this address", body = Problem, content_type = "application/problem+json"),
    ),
    tag = "cases"
)]
pub async fn withdraw(
    State(state): State<AppState>,
    TrackingSegment(raw): TrackingSegment,
    body: ApiJson<Withdrawal>,
) -> Result<Json<PublicCase>, AppError> {
    run(
        &state,
        &raw,
        ResidentAction::Withdraw,
        &body.value.reason,
        &body.value.confirm,
        "reason",
    )
    .await
}

async fn run(
    state: &AppState,
    raw: &str,
    action: ResidentAction,
    text: &str,
    confirm: &str,
    field: &str,
) -> Result<Json<PublicCase>, AppError> {
    let tracking: TrackingNumber = parse_tracking(raw)?;
    let case = act(state, &tracking, action, text, confirm, Channel::MobileApp)
        .await
        .map_err(|e| match e {
            ActionError::NotFound => {
                AppError::NotFound(format!("no case has the tracking number {tracking}"))
            }
            ActionError::Invalid(m) => heard_domain::ValidationErrors::one(field, m).into(),
            ActionError::NotYours(m) => heard_domain::ValidationErrors::one("confirm", m).into(),
            ActionError::NotNow(m) => AppError::Conflict(m),
            ActionError::Changed => AppError::Conflict(
                "the case changed at the same time; read it again and retry".into(),
            ),
            ActionError::Store(e) => e.into(),
        })?;
    Ok(Json(public_view(state, &case)))
}
