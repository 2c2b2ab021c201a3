//! Open311 GeoReport v2 under `/open311/v2/`, so that any client a city already runs can
//! read the divisions' services and submit and follow requests. A request's id is its Heard
//! tracking number. Every document comes as JSON or XML, chosen by the file suffix.
//!
//! Listings show no personal data: no description, address, point or contact.

mod format;
pub(crate) mod input;
mod requests;
mod services;

use axum::Router;
use axum::extract::Path;
use axum::middleware::from_fn_with_state;
use axum::response::Response;
use axum::routing::{get, post};

use crate::AppState;
use crate::limits::{self, Limited, RateLimits};
pub use format::{Format, error};

/// The GeoReport v2 routes.
pub fn router(limits: &RateLimits) -> Router<AppState> {
    let submissions = from_fn_with_state((limits.clone(), Limited::Submissions), limits::enforce);
    let lookups = from_fn_with_state((limits.clone(), Limited::Lookups), limits::enforce);
    Router::new()
        .route(
            "/{document}",
            get(top_level)
                .route_layer(lookups.clone())
                .merge(post(requests::create).route_layer(submissions)),
        )
        .route("/services/{service}", get(services::definition))
        .route(
            "/requests/{request}",
            get(requests::one).route_layer(lookups.clone()),
        )
        .route("/tokens/{token}", get(requests::token).route_layer(lookups))
}

/// `discovery`, `services` and `requests`, each with its suffix.
async fn top_level(
    state: axum::extract::State<AppState>,
    Path(document): Path<String>,
    query: axum::extract::RawQuery,
) -> Response {
    let (name, format) = match Format::split(&document) {
        Ok(parts) => parts,
        Err(response) => return response,
    };
    match name {
        "discovery" => services::discovery(&state, format),
        "services" => services::list(&state, format),
        "requests" => requests::list(&state, format, query.0.as_deref()).await,
        _ => error(format, 404, "There is no such Open311 document."),
    }
}
