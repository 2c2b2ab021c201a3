//! The public site: plain-language pages, the triage helper, the form, and the tracking page.
//! Everything works without JavaScript.

mod chat;
mod form;
mod helper;
mod pages;
mod reports;
mod submit;
mod track;
pub(crate) mod uploads;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use tower_http::limit::RequestBodyLimitLayer;

use crate::AppState;
use crate::limits::{self, Limited, RateLimits};

/// The largest form submission, files included.
pub const MAX_FORM_BYTES: usize = uploads::MAX_FILES * uploads::MAX_FILE_BYTES + 64 * 1024;

/// The public site's routes, with sending and looking up cases rate-limited.
pub fn router(limits: &RateLimits) -> Router<AppState> {
    let submissions = from_fn_with_state((limits.clone(), Limited::Submissions), limits::enforce);
    let lookups = from_fn_with_state((limits.clone(), Limited::Lookups), limits::enforce);

    let form = Router::new()
        .route(
            "/submit",
            get(submit::show_form).merge(post(submit::submit_form).route_layer(submissions)),
        )
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_FORM_BYTES));
    let lookup = Router::new()
        .route("/submitted/{tracking_number}", get(submit::submitted))
        .route("/track", get(track::find))
        .route("/track/{tracking_number}", get(track::show_case))
        .route(
            "/track/{tracking_number}/review",
            post(track::request_review),
        )
        .route(
            "/track/{tracking_number}/information",
            post(track::provide_information),
        )
        .route(
            "/track/{tracking_number}/messages",
            post(track::choose_messages),
        )
        .route("/chat", get(chat::show_chat).post(chat::take_turn))
        .route_layer(lookups);

    Router::new()
        .route("/", get(pages::home))
        .route("/standards", get(pages::standards))
        .route("/standards/{division}", get(pages::division))
        .route("/help", get(helper::helper))
        .route("/reports", get(reports::show_reports))
        .route("/language", get(crate::lang::choose))
        .merge(lookup)
        .layer(RequestBodyLimitLayer::new(crate::MAX_BODY_BYTES))
        .merge(form)
}
