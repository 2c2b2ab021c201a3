//! Rendering pages from templates, and the HTML error page that public routes answer with.

use askama::Template;
use axum::extract::Request;
use axum::http::StatusCode;
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
    let response = next.run(request).await;
    match response.extensions().get::<PageError>() {
        Some(error) => {
            let mut localized = error.render(t, here);
            for (name, value) in response.headers() {
                if !localized.headers().contains_key(name) {
                    localized.headers_mut().insert(name, value.clone());
                }
            }
            localized
        }
        _ => response,
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
