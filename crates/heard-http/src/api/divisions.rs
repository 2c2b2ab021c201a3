//! The divisions, their categories and their service standards.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;

/// The answer of `GET /api/v1/divisions`.
#[derive(Serialize, ToSchema)]
pub struct DivisionList {
    divisions: Vec<DivisionView>,
}

#[derive(Serialize, ToSchema)]
struct DivisionView {
    code: String,
    name: String,
    handles: String,
    standards: heard_domain::directory::Standards,
    sections: Vec<SectionView>,
}

#[derive(Serialize, ToSchema)]
struct SectionView {
    code: String,
    name: String,
    categories: Vec<heard_domain::directory::Category>,
}

/// Lists every division with its sections, categories and standards.
#[utoipa::path(
    get,
    path = "/api/v1/divisions",
    responses((status = 200, description = "Every division with its categories and standards", body = DivisionList)),
    tag = "divisions"
)]
pub async fn list_divisions(State(state): State<AppState>) -> Json<DivisionList> {
    let divisions = state
        .directory
        .divisions()
        .iter()
        .map(|d| DivisionView {
            code: d.code.clone(),
            name: d.name.clone(),
            handles: d.handles.clone(),
            standards: d.standards,
            sections: d
                .sections
                .iter()
                .map(|s| SectionView {
                    code: s.code.clone(),
                    name: s.name.clone(),
                    categories: s.categories.clone(),
                })
                .collect(),
        })
        .collect();
    Json(DivisionList { divisions })
}
