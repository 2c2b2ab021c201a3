//! The one error type of the HTTP layer, answered as an RFC 9457 problem document
//! (`application/problem+json`) that says what went wrong and, for bad input, which fields to
//! fix. Server faults are logged once here, with no request data, and answered without detail.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use heard_domain::ValidationErrors;
use heard_storage::StoreError;
use serde_json::json;

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The submitted fields are not acceptable.
    #[error("some fields need attention")]
    Invalid(ValidationErrors),
    /// The request is malformed (bad JSON, a malformed tracking number).
    #[error("{0}")]
    BadRequest(String),
    /// No such thing.
    #[error("{0}")]
    NotFound(String),
    /// Not allowed for this caller.
    #[error("{0}")]
    Forbidden(String),
    /// The action conflicts with the current state.
    #[error("{0}")]
    Conflict(String),
    /// A dependency is down.
    #[error("{0}")]
    Unavailable(String),
    /// A fault on our side.
    #[error("internal error")]
    Internal(String),
}

impl From<ValidationErrors> for AppError {
    fn from(e: ValidationErrors) -> Self {
        AppError::Invalid(e)
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound("not found".into()),
            StoreError::Transition(t) => AppError::Conflict(t.to_string()),
            StoreError::Conflict(m) => AppError::Conflict(m),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// A problem document with the given status, title and detail.
pub fn problem(status: StatusCode, title: &str, detail: &str) -> Response {
    problem_with(status, json!({ "title": title, "detail": detail }))
}

fn problem_with(status: StatusCode, mut body: serde_json::Value) -> Response {
    body["type"] = json!("about:blank");
    body["status"] = json!(status.as_u16());
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        body.to_string(),
    )
        .into_response()
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        match self {
            AppError::Invalid(errors) => problem_with(
                status,
                json!({
                    "title": "Some fields need attention",
                    "detail": "Fix the fields listed in `errors` and send the request again.",
                    "errors": errors.fields,
                }),
            ),
            AppError::Internal(cause) => {
                // Logged once, here; the cause never carries request data.
                tracing::error!(error = %cause, "request failed");
                problem(
                    status,
                    "Something went wrong on our side",
                    "Nothing was changed. Please try again in a moment.",
                )
            }
            AppError::Unavailable(cause) => {
                tracing::warn!(error = %cause, "dependency unavailable");
                problem(status, "Service unavailable", &cause)
            }
            other => {
                let title = status.canonical_reason().unwrap_or("Error");
                problem(status, title, &other.to_string())
            }
        }
    }
}

/// An error for a machine client, in the format of the surface `path` belongs to: an Open311
/// error list (XML or JSON, by the path's suffix) or a problem document.
pub fn in_surface_format(path: &str, status: StatusCode, message: &str) -> Response {
    if path.starts_with("/open311/") {
        let format = if path.ends_with(".xml") {
            crate::open311::Format::Xml
        } else {
            crate::open311::Format::Json
        };
        return crate::open311::error(format, status.as_u16(), message);
    }
    let title = status.canonical_reason().unwrap_or("Error");
    problem(status, title, message)
}

/// The answer for any address that matches no route.
///
/// A browser (which asks for HTML) gets a page; any other client a problem document.
pub async fn not_found(headers: axum::http::HeaderMap) -> Response {
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if wants_html {
        return crate::render::PageError::not_found("page-not-found").into_response();
    }
    problem(
        StatusCode::NOT_FOUND,
        "Not Found",
        "There is nothing at this address.",
    )
}

/// The answer when a handler panicked: a 500 problem, with the panic logged.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a handler panicked");
    problem(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Something went wrong on our side",
        "Nothing was changed. Please try again in a moment.",
    )
}
