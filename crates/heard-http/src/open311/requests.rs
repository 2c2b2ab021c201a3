//! Submitting requests (with an API key), listing them with the standard's filters, one by
//! id, and tokens.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use heard_domain::event::Actor;
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, SubmittedLocation};
use heard_domain::state::CaseState;
use heard_domain::{Channel, Status, TrackingNumber};
use heard_storage::{CaseFilter, StoreError};
use jiff::{Timestamp, ToSpan};
use serde_json::{Value, json};

use super::format::{Format, error, errors, respond, w3c};
use crate::AppState;
use crate::keys::check_api_key;

/// The most requests one listing returns, as the standard suggests.
const MAX_LISTED: u32 = 1_000;

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
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };

    let key_name = match check_api_key(&state, field("api_key").as_deref()).await {
        Ok(name) => name,
        Err(message) => return error(format, 403, &message),
    };
    let Some(service_code) = field("service_code") else {
        return error(format, 400, "service_code is required.");
    };
    if state.directory.place(&service_code).is_none() {
        return error(
            format,
            404,
            &format!("There is no service with the code {service_code}."),
        );
    }
    let number = |name: &str| field(name).map(|v| v.parse::<f64>().map_err(|_| name.to_owned()));
    let (lat, lon) = match (number("lat").transpose(), number("long").transpose()) {
        (Ok(lat), Ok(lon)) => (lat, lon),
        (Err(name), _) | (_, Err(name)) => {
            return error(
                format,
                400,
                &format!("{name} must be a number in decimal degrees."),
            );
        }
    };
    if lat.is_none()
        && lon.is_none()
        && field("address_string").is_none()
        && field("address_id").is_none()
    {
        return error(
            format,
            400,
            "Give a location: lat and long, address_string or address_id.",
        );
    }

    let name = [field("first_name"), field("last_name")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let has_contact = field("email").is_some() || field("phone").is_some();
    let submission = Submission {
        kind: field("attribute[kind]").or(Some("complaint".into())),
        category: Some(service_code),
        description: field("description"),
        remedy_sought: field("attribute[remedy_sought]"),
        location: Some(SubmittedLocation {
            address: field("address_string").or(field("address_id")),
            lat,
            lon,
            ..Default::default()
        }),
        contact: has_contact.then(|| SubmittedContact {
            name: Some(name).filter(|n| !n.is_empty()),
            email: field("email"),
            phone: field("phone"),
            ..Default::default()
        }),
        anonymous: !has_contact,
        ..Default::default()
    };
    let context = IntakeContext {
        channel: Channel::Open311,
        taken_by: None,
    };
    let mut valid = match submission.validate(&state.directory, &context) {
        Ok(valid) => valid,
        Err(problems) => {
            let list: Vec<(u16, String)> = problems
                .fields
                .iter()
                .map(|f| (400, format!("{}: {}", open311_name(&f.field), f.message)))
                .collect();
            return errors(format, 400, &list);
        }
    };
    if let (Some(wards), Some(lat), Some(lon)) = (&state.wards, lat, lon) {
        valid.location_mut().ward = wards.locate(lat, lon).map(|w| w.code.clone());
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

/// Heard's field names, as the standard names them.
fn open311_name(field: &str) -> String {
    match field {
        "kind" => "attribute[kind]".into(),
        "location.lat" => "lat".into(),
        "location.lon" => "long".into(),
        "location.address" => "address_string".into(),
        "contact.email" => "email".into(),
        "contact.phone" => "phone".into(),
        "contact.name" => "first_name".into(),
        "category" => "service_code".into(),
        other => other.to_owned(),
    }
}

/// `GET /open311/v2/requests.{format}` with `service_request_id`, `service_code`,
/// `start_date`, `end_date` and `status`.
pub async fn list(state: &AppState, format: Format, query: Option<&str>) -> Response {
    let params: Vec<(String, String)> = serde_urlencoded_pairs(query.unwrap_or_default());
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };

    let mut filter = CaseFilter {
        limit: MAX_LISTED,
        ..CaseFilter::default()
    };
    if let Some(ids) = param("service_request_id") {
        for id in ids.split(',') {
            match id.trim().parse::<TrackingNumber>() {
                Ok(t) => filter.tracking_numbers.push(t),
                Err(e) => {
                    return error(
                        format,
                        400,
                        &format!("service_request_id '{}': {e}", id.trim()),
                    );
                }
            }
        }
    } else {
        if let Some(codes) = param("service_code") {
            filter.categories = codes.split(',').map(|c| c.trim().to_owned()).collect();
        }
        for (name, slot) in [
            ("start_date", &mut filter.received_from),
            ("end_date", &mut filter.received_to),
        ] {
            if let Some(text) = param(name) {
                match parse_time(&text) {
                    Some(at) => *slot = Some(at),
                    None => {
                        return error(
                            format,
                            400,
                            &format!(
                                "{name} must be a W3C date and time, like 2026-12-01T00:00:00Z."
                            ),
                        );
                    }
                }
            }
        }
        if let (Some(from), Some(to)) = (filter.received_from, filter.received_to)
            && from > to
        {
            return error(format, 400, "start_date must not be later than end_date.");
        }
        if filter.received_from.is_none() && filter.received_to.is_none() {
            filter.received_from = Some(Timestamp::now() - (90 * 24).hours());
        }
        filter.open = match param("status").as_deref() {
            None => None,
            Some("open") => Some(true),
            Some("closed") => Some(false),
            Some(other) => {
                return error(
                    format,
                    400,
                    &format!("status '{other}' is not open or closed."),
                );
            }
        };
    }

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

fn parse_time(text: &str) -> Option<Timestamp> {
    text.parse::<Timestamp>().ok().or_else(|| {
        text.parse::<jiff::civil::Date>()
            .ok()
            .and_then(|d| d.in_tz(heard_domain::CITY_TIME_ZONE).ok())
            .map(|z| z.timestamp())
    })
}

fn serde_urlencoded_pairs(query: &str) -> Vec<(String, String)> {
    axum::extract::Query::<Vec<(String, String)>>::try_from_uri(
        &format!("/?{query}").parse().unwrap_or_default(),
    )
    .map(|q| q.0)
    .unwrap_or_default()
}
