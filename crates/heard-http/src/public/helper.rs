//! The triage helper: a question or two that lead a person to the right category, or tell
//! them that what they have is a service request.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use heard_domain::i18n::Locale;
use serde::Deserialize;

use crate::AppState;
use crate::lang::Lang;
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
    t: Locale,
    here: String,
    step: HelperStep,
    kind: &'static str,
    query: String,
    matches: Vec<Match>,
}

/// `GET /help`.
pub async fn helper(
    State(state): State<AppState>,
    Lang { t, here }: Lang,
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
        search(&state, t, &text)
    };

    page(
        StatusCode::OK,
        &Helper {
            t,
            here,
            step,
            kind,
            query: text,
            matches,
        },
    )
}

/// Categories whose name or division, in English or in the reader's language, contains every
/// word of the query, ignoring case.
fn search(state: &AppState, t: Locale, text: &str) -> Vec<Match> {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let directory = &state.directory;
    let name = |code: &str, english: &str| directory.name_in(t.tag(), code, english).to_owned();
    let mut found = Vec::new();
    for division in directory.divisions() {
        let division_name = name(&division.code, &division.name);
        for section in &division.sections {
            let section_name = name(&section.code, &section.name);
            for category in &section.categories {
                let category_name = name(&category.code, &category.name);
                let haystack = [
                    &category.name,
                    &category_name,
                    &section.name,
                    &section_name,
                    &division.name,
                    &division_name,
                ]
                .map(|s| s.to_lowercase())
                .join(" ");
                if words.iter().all(|w| haystack.contains(w.as_str())) {
                    found.push(Match {
                        code: category.code.clone(),
                        name: category_name,
                        division: division_name.clone(),
                    });
                }
            }
        }
    }
    found.truncate(MAX_MATCHES);
    found
}
