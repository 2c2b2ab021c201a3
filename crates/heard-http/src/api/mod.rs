//! The JSON API under `/api/v1`, for the City's mobile app and any other client.

mod actions;
mod cases;
mod divisions;
mod json;
pub mod openapi;
mod schema_rules;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};

use crate::AppState;
use crate::limits::{self, Limited, RateLimits};

pub use json::ApiJson;

/// The API's routes, with submissions and lookups rate-limited per client address.
pub fn router(limits: &RateLimits) -> Router<AppState> {
    let submissions = from_fn_with_state((limits.clone(), Limited::Submissions), limits::enforce);
    let lookups = from_fn_with_state((limits.clone(), Limited::Lookups), limits::enforce);

    Router::new()
        .route("/openapi.json", get(openapi::document))
        .route("/divisions", get(divisions::list_divisions))
        .route("/cases", post(cases::create_case).route_layer(submissions))
        .route(
            "/cases/{tracking_number}",
            get(cases::get_case).route_layer(lookups.clone()),
        )
        .route(
            "/cases/{tracking_number}/escalation",
            post(actions::request_review).route_layer(lookups.clone()),
        )
        .route(
            "/cases/{tracking_number}/information",
            post(actions::provide_information).route_layer(lookups.clone()),
        )
        .route(
            "/cases/{tracking_number}/withdrawal",
            post(actions::withdraw).route_layer(lookups),
        )
        // A body limit that extractors enforce, so that too large a body is answered as a
        // problem document that gives the limit.
        .layer(DefaultBodyLimit::max(crate::MAX_BODY_BYTES))
}
