//! The OpenAPI 3.1 document of the JSON API, generated from the handlers' and types'
//! annotations so that it cannot drift from the code, with the body rules that annotations
//! cannot say (`schema_rules`), and served at `/api/v1/openapi.json`.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use serde_json::Value;
use utoipa::{OpenApi, ToSchema};

use super::{actions, cases, divisions, schema_rules};
use crate::{AppError, AppState};

/// An RFC 9457 problem document, as every error of the API is answered.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    /// Always `about:blank`.
    r#type: String,
    /// A short summary.
    title: String,
    /// The HTTP status.
    status: u16,
    /// What went wrong and how to fix it.
    detail: String,
    /// For bad fields, each field to fix.
    errors: Option<Vec<FieldProblem>>,
}

/// One field to fix.
#[derive(Serialize, ToSchema)]
pub struct FieldProblem {
    /// The field, as a dotted path (`contact.email`).
    field: String,
    /// What is wrong and how to fix it.
    message: String,
}

/// The document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Heard API",
        description = "Complaints, compliments and comments about a city's services: submit one, follow it by its tracking number, ask for a review, give information, withdraw.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        divisions::list_divisions,
        cases::create_case,
        cases::get_case,
        actions::request_review,
        actions::provide_information,
        actions::withdraw,
    ),
    components(schemas(Problem, FieldProblem))
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`: the document, with the rules of the request bodies and this
/// server's category codes.
pub async fn document(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    let mut document = serde_json::to_value(ApiDoc::openapi())
        .map_err(|e| AppError::Internal(format!("the OpenAPI document: {e}")))?;
    schema_rules::add_rules(&mut document, &state.directory);
    Ok(Json(document))
}
