//! The JSON API under `/api/v1`, for the City's mobile app and any other client.

mod cases;
mod divisions;
mod json;

use axum::Router;
use axum::routing::{get, post};
use tower_http::limit::RequestBodyLimitLayer;

use crate::AppState;

pub use json::ApiJson;

/// The API's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/divisions", get(divisions::list_divisions))
        .route("/cases", post(cases::create_case))
        .route("/cases/{tracking_number}", get(cases::get_case))
        .layer(RequestBodyLimitLayer::new(crate::MAX_BODY_BYTES))
}
