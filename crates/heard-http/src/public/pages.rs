//! Plain-language pages: home and the published service standards.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use heard_domain::directory::Division;

use crate::AppState;
use crate::render::{PageError, page};

#[derive(Template)]
#[template(path = "home.html")]
struct Home;

#[derive(Template)]
#[template(path = "standards.html")]
struct Standards<'a> {
    divisions: &'a [Division],
}

#[derive(Template)]
#[template(path = "division.html")]
struct DivisionPage<'a> {
    division: &'a Division,
}

/// `GET /`: what complaints, compliments and comments are, and what happens next.
pub async fn home() -> Result<Response, PageError> {
    page(StatusCode::OK, &Home)
}

/// `GET /standards`: every division's promises, from the configuration.
pub async fn standards(State(state): State<AppState>) -> Result<Response, PageError> {
    page(
        StatusCode::OK,
        &Standards {
            divisions: state.directory.divisions(),
        },
    )
}

/// `GET /standards/{division}`: one division's promises and what it handles.
pub async fn division(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let division = state
        .directory
        .division(&code)
        .ok_or_else(|| PageError::not_found("There is no division with that name."))?;
    page(StatusCode::OK, &DivisionPage { division })
}
