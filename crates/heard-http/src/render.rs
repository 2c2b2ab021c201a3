//! Rendering pages from templates, and the HTML error page that public routes answer with.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use heard_storage::StoreError;

/// An error on an HTML route, shown as a page that says what to do next.
#[derive(Debug)]
pub struct PageError {
    status: StatusCode,
    title: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: &'a str,
}

impl PageError {
    /// A page for something that is not there.
    pub fn not_found(message: impl Into<String>) -> Self {
        PageError {
            status: StatusCode::NOT_FOUND,
            title: "Page not found",
            message: message.into(),
        }
    }

    /// A page for a fault on our side; the cause is logged, not shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "page failed");
        PageError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            title: "Something went wrong on our side",
            message: "Nothing was lost. Please try again in a moment, or call 311.".into(),
        }
    }

    /// A page for a client over its rate limit.
    pub fn too_many(message: impl Into<String>) -> Self {
        PageError {
            status: StatusCode::TOO_MANY_REQUESTS,
            title: "Please slow down",
            message: message.into(),
        }
    }

    /// A page for a change that conflicts with one made meanwhile.
    pub fn conflict(message: impl Into<String>) -> Self {
        PageError {
            status: StatusCode::CONFLICT,
            title: "Your case changed",
            message: message.into(),
        }
    }

    /// A page for a request we cannot read.
    pub fn bad_request(message: impl Into<String>) -> Self {
        PageError {
            status: StatusCode::BAD_REQUEST,
            title: "We could not read that",
            message: message.into(),
        }
    }
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => PageError::not_found("We could not find that."),
            other => PageError::internal(other),
        }
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        PageError::internal(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let page = ErrorPage {
            title: self.title,
            message: &self.message,
        };
        error_page(self.status, &page, &self.message)
    }
}

/// An error page from its template, or the message as plain text should the template fail:
/// an error must never turn into another error.
pub fn error_page(status: StatusCode, template: &impl Template, message: &str) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => (status, message.to_owned()).into_response(),
    }
}

/// Renders a template into a page with the given status.
pub fn page(status: StatusCode, template: &impl Template) -> Result<Response, PageError> {
    Ok((status, Html(template.render()?)).into_response())
}

/// An instant as people in the City read it: `December 3, 2026, 11:48 AM`, in the City's
/// time zone.
pub fn city_time(at: jiff::Timestamp) -> String {
    match at.in_tz(heard_domain::CITY_TIME_ZONE) {
        Ok(zoned) => zoned.strftime("%B %-d, %Y, %-I:%M %p").to_string(),
        Err(_) => at.strftime("%B %-d, %Y, %H:%M UTC").to_string(),
    }
}
