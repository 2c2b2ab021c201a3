//! Rendering pages from templates, the HTML error page that public routes answer with, and
//! the refusals of axum and tower-http rewritten in the format of the surface that answers.

use askama::Template;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use heard_domain::i18n::Locale;
use heard_storage::StoreError;

use crate::lang::locale_of;

/// An error on an HTML route, shown as a page that says what to do next.
///
/// Its words are message ids: the page is first written in English, then in the reader's
/// language by [`localize_errors`], which knows the request.
#[derive(Debug, Clone)]
pub struct PageError {
    status: StatusCode,
    title: &'static str,
    message: &'static str,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    t: Locale,
    here: String,
    title: &'a str,
    message: &'a str,
}

impl PageError {
    /// A page for something that is not there; `message` is a message id.
    pub fn not_found(message: &'static str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "page-not-found-title", message)
    }

    /// A page for a fault on our side; the cause is logged, not shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "page failed");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "page-internal-title",
            "page-internal",
        )
    }

    /// A page for a client over its rate limit.
    pub fn too_many() -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "page-too-many-title",
            "page-too-many",
        )
    }

    /// A page for a change that conflicts with one made meanwhile; `message` is a message id.
    pub fn conflict(message: &'static str) -> Self {
        Self::new(StatusCode::CONFLICT, "page-conflict-title", message)
    }

    /// A page for a request we cannot read; `message` is a message id.
    pub fn bad_request(message: &'static str) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "page-bad-request-title", message)
    }

    fn new(status: StatusCode, title: &'static str, message: &'static str) -> Self {
        PageError {
            status,
            title,
            message,
        }
    }

    /// The page in the reader's language.
    fn render(&self, t: Locale, here: String) -> Response {
        let title = t.text(self.title);
        let message = t.text(self.message);
        let page = ErrorPage {
            t,
            here,
            title: &title,
            message: &message,
        };
        error_page(self.status, &page, &message)
    }
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => PageError::not_found("page-not-found"),
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
        let mut response = self.render(Locale::ENGLISH, "/".into());
        response.extensions_mut().insert(self);
        response
    }
}

/// Writes error pages again in the language of the request they answer.
pub async fn localize_errors(request: Request, next: Next) -> Response {
    let t = locale_of(request.headers());
    let here = request
        .uri()
        .path_and_query()
        .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    if let Some(error) = response.extensions().get::<PageError>() {
        let localized = error.render(t, here);
        return with_headers_of(localized, response.headers());
    }
    if is_bare_refusal(&path, &response) {
        return refusal_in_format(&path, t, here, response).await;
    }
    response
}

/// Adds the headers of the answer being replaced (`Retry-After`, `Allow`…) that `answer` lacks.
fn with_headers_of(mut answer: Response, headers: &axum::http::HeaderMap) -> Response {
    for (name, value) in headers {
        if !answer.headers().contains_key(name) && name != header::CONTENT_LENGTH {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

/// Whether a response is one of axum's or tower-http's own refusals (a form that cannot be
/// read, a body over the limit, a path that is not UTF-8): a 4xx in plain text or without a
/// body. The SMS webhook answers its provider as the provider expects, so it is left alone.
fn is_bare_refusal(path: &str, response: &Response) -> bool {
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|t| t.starts_with("text/plain"));
    response.status().is_client_error() && plain && !path.starts_with("/webhooks/")
}

/// A bare refusal again in the format of the surface that answers: a problem document on the
/// API and an Open311 error there, each keeping axum's words, which say what to fix; and an
/// error page in the reader's language elsewhere.
async fn refusal_in_format(path: &str, t: Locale, here: String, response: Response) -> Response {
    let status = response.status();
    let (parts, body) = response.into_parts();
    let answer = if path.starts_with("/api/") || path.starts_with("/open311/") {
        let said = axum::body::to_bytes(body, 16 * 1024)
            .await
            .unwrap_or_default();
        let said = String::from_utf8_lossy(&said);
        let message = match said.trim() {
            "" => status
                .canonical_reason()
                .unwrap_or("The request was refused."),
            text => text,
        };
        crate::error::in_surface_format(path, status, message)
    } else {
        PageError::new(status, "page-bad-request-title", "page-bad-form").render(t, here)
    };
    let mut headers = parts.headers;
    headers.remove(header::CONTENT_TYPE);
    with_headers_of(answer, &headers)
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
