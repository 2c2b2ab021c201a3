//! `/staff/queue`: the triage queue (new cases and cases nobody could place, oldest first), or
//! for divisional roles their division's queue, filtered by status and ward, a page at a time.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Redirect, Response};
use heard_domain::directory::TRIAGE_DIVISION;
use heard_domain::permissions::Action;
use heard_domain::{CaseState, Status};
use heard_storage::{QueueFilter, QueueView};
use jiff::Timestamp;
use serde::Deserialize;

use super::case::status_words;
use super::error::{StaffError, staff_page};
use super::session::StaffUser;
use super::timing::{Due, due};
use crate::AppState;
use crate::render::city_time;

/// Cases on one page of a queue.
pub const PAGE_SIZE: u32 = 50;

/// The queue's query string.
#[derive(Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    ward: String,
    #[serde(default)]
    page: Option<u32>,
    /// After a bulk assignment: `done`, `none` (nothing ticked) or `unknown` (no such person).
    #[serde(default)]
    bulk: String,
    #[serde(default)]
    assigned: usize,
    #[serde(default)]
    skipped: usize,
    #[serde(default)]
    to: String,
}

/// What the queue says about the bulk assignment just made: whether it is a problem, and the
/// words.
fn bulk_notice(query: &QueueQuery) -> Option<(bool, String)> {
    let cases = |n: usize| if n == 1 { "case" } else { "cases" };
    match query.bulk.as_str() {
        "none" => Some((
            true,
            "Nothing was assigned: tick the cases first.".to_owned(),
        )),
        "unknown" => Some((
            true,
            "Nothing was assigned: no active staff account has that user name.".to_owned(),
        )),
        "done" if query.skipped == 0 => Some((
            false,
            format!(
                "{} {} assigned to {}.",
                query.assigned,
                cases(query.assigned),
                query.to
            ),
        )),
        "done" => Some((
            false,
            format!(
                "{} {} assigned to {}; {} left as {} (closed, changed, or not yours).",
                query.assigned,
                cases(query.assigned),
                query.to,
                query.skipped,
                if query.skipped == 1 {
                    "it was"
                } else {
                    "they were"
                }
            ),
        )),
        _ => None,
    }
}

struct Row {
    tracking_number: String,
    kind: &'static str,
    status: &'static str,
    division: String,
    ward: String,
    received: String,
    due: Option<Due>,
}

#[derive(Template)]
#[template(path = "staff/queue.html")]
struct QueuePage {
    me: StaffUser,
    heading: String,
    rows: Vec<Row>,
    status: String,
    ward: String,
    statuses: Vec<(&'static str, &'static str)>,
    page: u32,
    /// Whether the user may tick cases and assign them at once.
    bulk: bool,
    /// How the last bulk assignment went: a problem or not, and the words.
    notice: Option<(bool, String)>,
    previous: Option<String>,
    next: Option<String>,
}

/// `GET /staff`: the queue is the console's front page.
pub async fn to_queue() -> Redirect {
    Redirect::to("/staff/queue")
}

/// `GET /staff/queue`.
pub async fn show_queue(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<QueueQuery>,
) -> Result<Response, StaffError> {
    me.require(Action::ViewQueue)?;
    let divisional = me.role.is_divisional();
    let view = match query.status.as_str() {
        "" if divisional => QueueView::Unanswered,
        "" => QueueView::Triage {
            triage_division: TRIAGE_DIVISION.to_owned(),
        },
        "open" => QueueView::Open,
        "all" => QueueView::All,
        code => QueueView::Status(
            Status::from_code(code).ok_or_else(|| StaffError::bad_request("No such status."))?,
        ),
    };
    let page = query.page.unwrap_or(1).max(1);
    let filter = QueueFilter {
        view,
        division: me.division.clone().filter(|_| divisional),
        ward: Some(query.ward.trim().to_owned()).filter(|w| !w.is_empty()),
        assignee: None,
        offset: (page - 1).saturating_mul(PAGE_SIZE),
        limit: PAGE_SIZE + 1,
    };
    let mut cases = state.store.list_queue(&filter).await?;
    let more = cases.len() > PAGE_SIZE as usize;
    cases.truncate(PAGE_SIZE as usize);

    let now = Timestamp::now();
    let rows = cases.iter().map(|c| row(&state, c, now)).collect();
    let heading = match me.division.as_deref().filter(|_| divisional) {
        Some(code) => format!("Queue of {}", division_name(&state, code)),
        None => "Triage queue".to_owned(),
    };
    let link = |p: u32| {
        format!(
            "/staff/queue?status={}&ward={}&page={p}",
            query.status,
            filter.ward.as_deref().unwrap_or_default()
        )
    };
    let mut statuses = vec![
        ("", "Needs action"),
        ("open", "All open"),
        ("all", "All, closed too"),
    ];
    statuses.extend(Status::ALL.iter().map(|s| (s.code(), status_words(*s))));
    let page = QueuePage {
        bulk: me.may(Action::Assign),
        notice: bulk_notice(&query),
        me,
        heading,
        rows,
        status: query.status.clone(),
        ward: filter.ward.clone().unwrap_or_default(),
        statuses,
        page,
        previous: (page > 1).then(|| link(page - 1)),
        next: more.then(|| link(page + 1)),
    };
    staff_page(StatusCode::OK, &page)
}

fn row(state: &AppState, case: &CaseState, now: Timestamp) -> Row {
    Row {
        tracking_number: case.tracking_number.to_string(),
        kind: case.kind.code(),
        status: status_words(case.status),
        division: division_name(state, &case.division),
        ward: case.location.ward.clone().unwrap_or_default(),
        received: city_time(case.received_at),
        due: due(state, case, now),
    }
}

/// A division's name, or its code when it is no longer configured.
pub fn division_name(state: &AppState, code: &str) -> String {
    state
        .directory
        .division(code)
        .map_or_else(|| code.to_owned(), |d| d.name.clone())
}
