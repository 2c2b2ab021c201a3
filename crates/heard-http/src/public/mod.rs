//! The public site: plain-language pages, the triage helper, the form, and the tracking page.
//! Everything works without JavaScript.

mod form;
mod helper;
mod pages;
mod submit;
mod track;
mod uploads;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use tower_http::limit::RequestBodyLimitLayer;

use crate::AppState;

/// The largest form submission, files included.
pub const MAX_FORM_BYTES: usize = uploads::MAX_FILES * uploads::MAX_FILE_BYTES + 64 * 1024;

/// The public site's routes.
pub fn router() -> Router<AppState> {
    let form = Router::new()
        .route("/submit", get(submit::show_form).post(submit::submit_form))
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_FORM_BYTES));

    Router::new()
        .route("/", get(pages::home))
        .route("/standards", get(pages::standards))
        .route("/standards/{division}", get(pages::division))
        .route("/help", get(helper::helper))
        .route("/submitted/{tracking_number}", get(submit::submitted))
        .route("/track", get(track::find))
        .route("/track/{tracking_number}", get(track::show_case))
        .layer(RequestBodyLimitLayer::new(crate::MAX_BODY_BYTES))
        .merge(form)
}
