//! `/staff/search`: find cases by tracking number, words (in any script), the resident's name,
//! e-mail or phone, or the address, within the divisions the user may see; and download what
//! was found as CSV. Both are recorded in the staff audit: they show personal data.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use heard_domain::permissions::Action;
use heard_storage::{SearchHit, SearchScope};
use jiff::Timestamp;
use serde::Deserialize;

use super::case::status_words;
use super::error::{StaffError, staff_page};
use super::queue::division_name;
use super::session::StaffUser;
use crate::AppState;
use crate::render::city_time;

/// The audit code for a search, and for a download of what it found.
const SEARCHED: &str = "searched_cases";
const DOWNLOADED: &str = "downloaded_search";

/// The longest search accepted.
const MAX_QUERY_CHARS: usize = 200;

/// The search's query string.
#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

struct Row {
    tracking_number: String,
    kind: &'static str,
    status: &'static str,
    division: String,
    received: String,
}

#[derive(Template)]
#[template(path = "staff/search.html")]
struct SearchPage {
    me: StaffUser,
    query: String,
    rows: Vec<Row>,
    error: Option<&'static str>,
    searched: bool,
}

/// The cases found for the user's query, within their divisions; records the search.
async fn find(
    state: &AppState,
    me: &StaffUser,
    query: &str,
    audit: &str,
) -> Result<Vec<SearchHit>, StaffError> {
    me.require(Action::SearchCases)?;
    let scope = match me.division.as_deref().filter(|_| me.role.is_divisional()) {
        Some(division) => SearchScope::Division(division.to_owned()),
        None => SearchScope::All,
    };
    let hits = state.store.search_cases(query, &scope).await?;
    state
        .store
        .record_staff_audit(&me.username, audit, None, Timestamp::now())
        .await?;
    Ok(hits)
}

/// `GET /staff/search?q=…`.
pub async fn show_search(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<SearchQuery>,
) -> Result<Response, StaffError> {
    me.require(Action::SearchCases)?;
    let text = query.q.trim().to_owned();
    let too_long = text.chars().count() > MAX_QUERY_CHARS;
    let hits = if text.is_empty() || too_long {
        Vec::new()
    } else {
        find(&state, &me, &text, SEARCHED).await?
    };
    let rows = hits
        .iter()
        .map(|hit| Row {
            tracking_number: hit.tracking_number.to_string(),
            kind: hit.kind.code(),
            status: status_words(hit.status),
            division: division_name(&state, &hit.division),
            received: city_time(hit.received_at),
        })
        .collect();
    let page = SearchPage {
        me,
        searched: !text.is_empty() && !too_long,
        error: too_long.then_some("Search with at most 200 characters."),
        query: text,
        rows,
    };
    let status = if too_long {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    staff_page(status, &page)
}

/// `GET /staff/search.csv?q=…`: what the search finds, with the resident's details and the
/// case's words for roles that may see them.
pub async fn download_search(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<SearchQuery>,
) -> Result<Response, StaffError> {
    me.require(Action::SearchCases)?;
    let text = query.q.trim();
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(StaffError::bad_request(
            "Search with at most 200 characters.",
        ));
    }
    // Nothing searched, nothing found: the file has its header only.
    let hits = if text.is_empty() {
        Vec::new()
    } else {
        find(&state, &me, text, DOWNLOADED).await?
    };
    let personal = me.may(Action::ViewPersonalData);

    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["tracking_number", "kind", "status", "division", "received"];
    if personal {
        header.extend(["name", "email", "phone", "address", "description"]);
    }
    writer.write_record(&header).map_err(StaffError::internal)?;
    for hit in &hits {
        let case = state.store.find_case(&hit.tracking_number).await?;
        let mut row = vec![
            case.tracking_number.to_string(),
            case.kind.code().to_owned(),
            case.status.code().to_owned(),
            case.division.clone(),
            case.received_at.to_string(),
        ];
        if personal {
            let person = &case.person;
            row.extend([
                person.name.clone().unwrap_or_default(),
                person.email.clone().unwrap_or_default(),
                person.phone.clone().unwrap_or_default(),
                case.location.address.clone().unwrap_or_default(),
                case.description.clone(),
            ]);
        }
        writer
            .write_record(row.iter().map(|cell| spreadsheet_safe(cell)))
            .map_err(StaffError::internal)?;
    }
    let bytes = writer.into_inner().map_err(StaffError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"cases-found.csv\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        bytes,
    )
        .into_response())
}

/// A cell a spreadsheet shows as text: residents' and staff's words may start with `=`, `+`,
/// `-` or `@`, which would otherwise run as a formula when staff open the file. Every CSV the
/// console offers goes through it.
pub(super) fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn words_that_look_like_formulas_stay_words() {
        assert_eq!(
            spreadsheet_safe("=cmd|' /C calc'!A0"),
            "'=cmd|' /C calc'!A0"
        );
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("குழி 坑 حفرة"), "குழி 坑 حفرة");
    }
}
