//! The staff console's error page: a status, a title and what to do next, in the staff layout.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use heard_storage::StoreError;

/// An error on a staff page.
#[derive(Debug)]
pub struct StaffError {
    status: StatusCode,
    title: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "staff/error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: &'a str,
}

impl StaffError {
    /// 403: the role does not allow this, or the form did not come from this site.
    pub fn forbidden() -> Self {
        StaffError {
            status: StatusCode::FORBIDDEN,
            title: "Not allowed",
            message: "Your role does not allow this, or the form was not sent from this page. \
                      Go back, reload the page and try again."
                .into(),
        }
    }

    /// 404: no such case, or one the user may not see (which must look the same).
    pub fn not_found() -> Self {
        StaffError {
            status: StatusCode::NOT_FOUND,
            title: "Not found",
            message: "There is no case at this address.".into(),
        }
    }

    /// 400: a request we cannot read.
    pub fn bad_request(message: impl Into<String>) -> Self {
        StaffError {
            status: StatusCode::BAD_REQUEST,
            title: "We could not read that",
            message: message.into(),
        }
    }

    /// 413: a form larger than `limit` bytes.
    pub fn too_large(limit: usize) -> Self {
        StaffError {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            title: "The form is too large",
            message: match limit / (1024 * 1024) {
                0 => format!("Send at most {} KB.", limit / 1024),
                mb => format!("Send at most {mb} MB, files included."),
            },
        }
    }

    /// 500: a fault on our side; the cause is logged, not shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "staff page failed");
        StaffError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            title: "Something went wrong on our side",
            message: "Nothing was changed. Please try again in a moment.".into(),
        }
    }
}

impl From<StoreError> for StaffError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => StaffError::not_found(),
            other => StaffError::internal(other),
        }
    }
}

impl From<askama::Error> for StaffError {
    fn from(e: askama::Error) -> Self {
        StaffError::internal(e)
    }
}

impl IntoResponse for StaffError {
    fn into_response(self) -> Response {
        let page = ErrorPage {
            title: self.title,
            message: &self.message,
        };
        crate::render::error_page(self.status, &page, &self.message)
    }
}

/// Renders a staff template into a page with the given status.
pub fn staff_page(status: StatusCode, template: &impl Template) -> Result<Response, StaffError> {
    Ok((status, Html(template.render()?)).into_response())
}
