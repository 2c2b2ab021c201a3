//! The triage helper: a question or two that lead a person to the right category, or tell
//! them that what they have is a service request.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::AppState;
use crate::render::{PageError, page};

/// The most categories a search lists.
const MAX_MATCHES: usize = 12;

/// The helper's query string.
#[derive(Deserialize, Default)]
pub struct HelperQuery {
    need: Option<String>,
    q: Option<String>,
}

/// Which step of the helper to show.
pub enum HelperStep {
    /// What would you like to do?
    Start,
    /// A first report is a service request.
    ServiceRequest,
    /// Search the categories.
    Search,
}

/// A category that matched a search.
pub struct Match {
    code: String,
    name: String,
    division: String,
}

#[derive(Template)]
#[template(path = "helper.html")]
struct Helper {
    step: HelperStep,
    kind: &'static str,
    query: String,
    matches: Vec<Match>,
}

/// `GET /help`.
pub async fn helper(
    State(state): State<AppState>,
    Query(query): Query<HelperQuery>,
) -> Result<Response, PageError> {
    let (step, kind) = match query.need.as_deref() {
        Some("request") => (HelperStep::ServiceRequest, "complaint"),
        Some("complaint") | Some("unsure") => (HelperStep::Search, "complaint"),
        Some("compliment") => (HelperStep::Search, "compliment"),
        Some("comment") => (HelperStep::Search, "comment"),
        _ => (HelperStep::Start, "complaint"),
    };
    let text = query
        .q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    let matches = if text.is_empty() {
        Vec::new()
    } else {
        search(&state, &text)
    };

    page(
        StatusCode::OK,
        &Helper {
            step,
            kind,
            query: text,
            matches,
        },
    )
}

/// Categories whose name or division contains every word of the query, ignoring case.
fn search(state: &AppState, text: &str) -> Vec<Match> {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let mut found = Vec::new();
    for division in state.directory.divisions() {
        for section in &division.sections {
            for category in &section.categories {
                let haystack =
                    format!("{} {} {}", category.name, section.name, division.name).to_lowercase();
                if words.iter().all(|w| haystack.contains(w.as_str())) {
                    found.push(Match {
                        code: category.code.clone(),
                        name: category.name.clone(),
                        division: division.name.clone(),
                    });
                }
            }
        }
    }
    found.truncate(MAX_MATCHES);
    found
}
