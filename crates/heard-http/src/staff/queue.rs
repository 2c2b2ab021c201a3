//! `/staff/queue`: the triage queue (new cases and cases nobody could place, oldest first), or
//! for divisional roles their division's queue, filtered by status, ward, category, channel,
//! language and "assigned to me", a page at a time.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Redirect, Response};
use heard_domain::directory::TRIAGE_DIVISION;
use heard_domain::permissions::Action;
use heard_domain::{CaseState, Channel, Status};
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
    category: String,
    #[serde(default)]
    channel: String,
    #[serde(default)]
    language: String,
    /// `1`: only the cases assigned to the viewer.
    #[serde(default)]
    mine: String,
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
    category: String,
    channel: String,
    language: String,
    mine: bool,
    categories: Vec<(String, String)>,
    channels: Vec<(&'static str, &'static str)>,
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
    let given = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
    let channel = given(&query.channel);
    if channel
        .as_deref()
        .is_some_and(|c| Channel::from_code(c).is_none())
    {
        return Err(StaffError::bad_request("No such channel."));
    }
    let category = given(&query.category);
    if category
        .as_deref()
        .is_some_and(|c| state.directory.place(c).is_none())
    {
        return Err(StaffError::bad_request("No such category."));
    }
    let language = given(&query.language);
    if language.as_deref().is_some_and(|l| l.chars().count() > 35) {
        return Err(StaffError::bad_request(
            "A language is a short tag such as fr or zh-Hans.",
        ));
    }

    let page = query.page.unwrap_or(1).max(1);
    let filter = QueueFilter {
        view,
        division: me.division.clone().filter(|_| divisional),
        ward: given(&query.ward),
        assignee: (query.mine == "1").then(|| me.username.clone()),
        category,
        channel,
        language,
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
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("status", &query.status);
        for (name, value) in [
            ("ward", &filter.ward),
            ("category", &filter.category),
            ("channel", &filter.channel),
            ("language", &filter.language),
        ] {
            if let Some(value) = value {
                q.append_pair(name, value);
            }
        }
        if filter.assignee.is_some() {
            q.append_pair("mine", "1");
        }
        q.append_pair("page", &p.to_string());
        format!("/staff/queue?{}", q.finish())
    };
    let categories = category_choices(&state, filter.division.as_deref());
    let channels = Channel::ALL
        .iter()
        .map(|c| (c.code(), channel_words(*c)))
        .collect();
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
        category: filter.category.clone().unwrap_or_default(),
        channel: filter.channel.clone().unwrap_or_default(),
        language: filter.language.clone().unwrap_or_default(),
        mine: filter.assignee.is_some(),
        categories,
        channels,
        statuses,
        page,
        previous: (page > 1).then(|| link(page - 1)),
        next: more.then(|| link(page + 1)),
    };
    staff_page(StatusCode::OK, &page)
}

/// The categories a queue can be narrowed to: the division's own, or every division's for
/// a queue that spans them; each as code and "Division: category" name.
fn category_choices(state: &AppState, division: Option<&str>) -> Vec<(String, String)> {
    state
        .directory
        .divisions()
        .iter()
        .filter(|d| division.is_none_or(|code| d.code == code))
        .flat_map(|d| {
            d.sections.iter().flat_map(move |s| {
                s.categories
                    .iter()
                    .map(move |c| (c.code.clone(), format!("{}: {}", d.name, c.name)))
            })
        })
        .collect()
}

/// How a channel is named in the console.
fn channel_words(channel: Channel) -> &'static str {
    match channel {
        Channel::Web => "Web form",
        Channel::MobileApp => "Mobile app",
        Channel::Open311 => "Open311 client",
        Channel::Chatbot => "Chatbot",
        Channel::LiveChat => "Live chat",
        Channel::Phone => "Phone",
        Channel::InPerson => "In person",
        Channel::Mail => "Mail",
        Channel::Email => "E-mail",
    }
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
