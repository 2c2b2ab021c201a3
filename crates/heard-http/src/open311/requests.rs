//! Submitting requests (with an API key), listing them with the standard's filters, one by
//! id, and tokens.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use heard_domain::event::Actor;
use heard_domain::state::CaseState;
use heard_domain::{Channel, Status, TrackingNumber};
use heard_storage::StoreError;
use jiff::Timestamp;
use serde_json::{Value, json};

use super::format::{Format, error, respond, w3c};
use super::input::{field, read_filter, read_submission};
use crate::AppState;
use crate::keys::check_api_key;

/// `POST /open311/v2/requests.{format}`: form-encoded, with an `api_key`.
pub async fn create(
    State(state): State<AppState>,
    Path(document): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let format = match Format::split(&document) {
        Ok(("requests", format)) => format,
        Ok((_, format)) => {
            return error(
                format,
                404,
                "Submit requests to requests.json or requests.xml.",
            );
        }
        Err(response) => return response,
    };
    let api_key = field(&fields, "api_key");
    let key_name = match check_api_key(&state, api_key.as_deref()).await {
        Ok(name) => name,
        Err(message) => return error(format, 403, &message),
    };
    let mut valid = match read_submission(&fields, &state.directory) {
        Ok(valid) => valid,
        Err(refused) => return refused.answer(format),
    };
    let location = valid.location_mut();
    if let (Some(wards), Some(lat), Some(lon)) = (&state.wards, location.lat, location.lon) {
        location.ward = wards.locate(lat, lon).map(|w| w.code.clone());
    }

    let now = Timestamp::now();
    state.schedule(&mut valid, now);
    let actor = Actor::ApiClient { key_name };
    match state
        .store
        .create_case(&valid, now, &actor, Channel::Open311)
        .await
    {
        Ok(case) => {
            tracing::info!(case.division = %case.division, "case received through Open311");
            let document = json!([{
                "service_request_id": case.tracking_number.to_string(),
                "service_notice": "The City will answer within its published service standards.",
                "account_id": Value::Null,
            }]);
            respond(format, 201, "service_requests", &document)
        }
        Err(e) => {
            tracing::error!(error = %e, "Open311 submission failed");
            error(
                format,
                500,
                "The request could not be stored; nothing was saved. Try again.",
            )
        }
    }
}

/// `GET /open311/v2/requests.{format}` with `service_request_id`, `service_code`,
/// `start_date`, `end_date` and `status`.
pub async fn list(state: &AppState, format: Format, query: Option<&str>) -> Response {
    let filter = match read_filter(query) {
        Ok(filter) => filter,
        Err(message) => return error(format, 400, &message),
    };

    match state.store.list_cases(&filter).await {
        Ok(cases) => {
            let document: Vec<Value> = cases.iter().map(|c| request_view(state, c)).collect();
            respond(format, 200, "service_requests", &Value::Array(document))
        }
        Err(e) => {
            tracing::error!(error = %e, "Open311 listing failed");
            error(format, 500, "The requests could not be read. Try again.")
        }
    }
}

/// `GET /open311/v2/requests/{id}.{format}`.
pub async fn one(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let (id, format) = match Format::split(&file) {
        Ok(parts) => parts,
        Err(response) => return response,
    };
    let tracking: TrackingNumber = match id.parse() {
        Ok(t) => t,
        Err(e) => return error(format, 400, &format!("service_request_id '{id}': {e}")),
    };
    match state.store.find_case(&tracking).await {
        Ok(case) => respond(
            format,
            200,
            "service_requests",
            &json!([request_view(&state, &case)]),
        ),
        Err(StoreError::NotFound) => {
            error(format, 404, &format!("No request has the id {tracking}."))
        }
        Err(e) => {
            tracing::error!(error = %e, "Open311 lookup failed");
            error(format, 500, "The request could not be read. Try again.")
        }
    }
}

/// `GET /open311/v2/tokens/{token}.{format}`: Heard answers with ids at once, so a token is
/// the id itself.
pub async fn token(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let (token, format) = match Format::split(&file) {
        Ok(parts) => parts,
        Err(response) => return response,
    };
    match token.parse::<TrackingNumber>() {
        Ok(t) if state.store.find_case(&t).await.is_ok() => respond(
            format,
            200,
            "service_requests",
            &json!([{ "service_request_id": t.to_string(), "token": token }]),
        ),
        _ => error(format, 404, &format!("No request has the token {token}.")),
    }
}

/// A request as GeoReport shows it, without personal data.
fn request_view(state: &AppState, case: &CaseState) -> Value {
    let division = state
        .directory
        .division(&case.division)
        .map_or(case.division.as_str(), |d| d.name.as_str());
    let service_name = case
        .category
        .as_deref()
        .and_then(|c| state.directory.place(c))
        .map(|p| p.category.name.clone());
    json!({
        "service_request_id": case.tracking_number.to_string(),
        "status": if case.status == Status::Closed { "closed" } else { "open" },
        "status_notes": status_notes(case.status),
        "service_name": service_name,
        "service_code": case.category,
        "agency_responsible": division,
        "service_notice": Value::Null,
        "requested_datetime": w3c(case.received_at),
        "updated_datetime": w3c(case.updated_at),
        "expected_datetime": case.clock.map(|c| w3c(c.answer_by)),
        "zipcode": case.location.postal_prefix,
    })
}

fn status_notes(status: Status) -> &'static str {
    match status {
        Status::Received => "Received",
        Status::Acknowledged | Status::InProgress => "Being looked into",
        Status::AwaitingInformation => "Waiting for information from the resident",
        Status::Resolved => "Answered",
        Status::EscalationRequested | Status::Escalated => "Under review",
        Status::Closed => "Closed",
    }
}
