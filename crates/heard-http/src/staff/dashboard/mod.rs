//! `/staff/dashboard`: the reporting indicators for analysts and supervisors, as tables and
//! bar charts, filtered by period, division, category, channel, ward, language and kind; each
//! table as CSV (`/staff/dashboard.csv?table=…`); and each count's cases
//! (`/staff/dashboard/cases?figure=…`), listed with no personal data for any role.
//! Divisional roles see their own division only.

mod chart;
mod filter;
mod map;
mod requests;
mod tables;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use heard_domain::CaseState;
use heard_domain::permissions::Action;
use heard_domain::report::{Counted, Drill, ReportFilter, WardPopulation};
use jiff::Timestamp;

use self::chart::{Chart, chart};
use self::filter::{Choices, DashboardQuery, FieldError};
use self::map::{Map, ward_map};
use self::requests::service_requests;
use self::tables::{Table, tables};
use super::case::status_words;
use super::error::{StaffError, staff_page};
use super::queue::division_name;
use super::search::spreadsheet_safe;
use super::session::StaffUser;
use crate::AppState;

/// The most cases a drill-down lists on its page.
const LISTED: usize = 500;

/// A table with its chart, or its map for a table by ward.
struct Shown {
    table: Table,
    chart: Option<Chart>,
    map: Option<Map>,
}

impl Shown {
    fn new(table: Table, state: &AppState) -> Self {
        let by_ward = matches!(table.id, "wards" | "service-requests");
        // Drawn only when some ward of the map has a count: cases without a place make none.
        let map = (state.wards.as_deref())
            .filter(|wards| {
                by_ward
                    && (table.bars.iter())
                        .any(|(ward, n)| *n > 0 && wards.wards().any(|w| &w.code == ward))
            })
            .and_then(|wards| ward_map(wards, &table.bars.iter().cloned().collect()));
        Shown {
            chart: if map.is_some() {
                None
            } else {
                chart(&table.bars)
            },
            map,
            table,
        }
    }
}

#[derive(Template)]
#[template(path = "staff/dashboard.html")]
struct DashboardPage {
    me: StaffUser,
    query: DashboardQuery,
    filters: String,
    choices: Choices,
    errors: Vec<FieldError>,
    own_division: Option<String>,
    tables: Vec<Shown>,
    /// The imported service requests, with their ward map.
    requests: Option<Shown>,
}

impl DashboardPage {
    fn error_for(&self, field: &str) -> Option<&'static str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message)
    }
}

/// `GET /staff/dashboard?from=…&to=…&division=…`.
pub async fn show_dashboard(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<DashboardQuery>,
) -> Result<Response, StaffError> {
    me.require(Action::ViewReports)?;
    let (status, errors, mut shown) = match query.filter(&state, &me) {
        Ok(filter) => {
            let shown = (all_tables(&state, &filter).await?.into_iter())
                .map(|table| Shown::new(table, &state))
                .collect();
            (StatusCode::OK, Vec::new(), shown)
        }
        Err(errors) => (StatusCode::BAD_REQUEST, errors, Vec::new()),
    };
    let requests = shown
        .iter()
        .position(|s: &Shown| s.table.id == "service-requests")
        .map(|i| shown.remove(i));
    let page = DashboardPage {
        own_division: own_division(&state, &me),
        filters: query.filters_query(),
        choices: Choices::of(&state),
        me,
        query,
        errors,
        tables: shown,
        requests: requests.filter(|r| !r.table.rows.is_empty()),
    };
    staff_page(status, &page)
}

/// Every table of the dashboard for `filter`, the imported service requests last: the page
/// and the CSV files are made from these, so they cannot differ.
async fn all_tables(state: &AppState, filter: &ReportFilter) -> Result<Vec<Table>, StaffError> {
    let population = WardPopulation::new();
    let report = state
        .store
        .indicators(filter, &state.calendar, &population, Timestamp::now())
        .await?;
    let mut all = tables(&report, state);
    let requests = state.store.service_requests_by_ward().await?;
    all.push(service_requests(&requests, state));
    Ok(all)
}

/// The division a divisional role is held to, by name.
fn own_division(state: &AppState, me: &StaffUser) -> Option<String> {
    (me.division.as_deref())
        .filter(|_| me.role.is_divisional())
        .map(|d| division_name(state, d))
}

/// `GET /staff/dashboard.csv?table=wards&…`: one table of the dashboard, cell for cell.
pub async fn download_table(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<DashboardQuery>,
) -> Result<Response, StaffError> {
    me.require(Action::ViewReports)?;
    let filter = query
        .filter(&state, &me)
        .map_err(|errors| StaffError::bad_request(errors.first().map_or("", |e| e.message)))?;
    let wanted = if query.table.is_empty() {
        "summary"
    } else {
        query.table.as_str()
    };

    let table = all_tables(&state, &filter)
        .await?
        .into_iter()
        .find(|t| t.id == wanted)
        .ok_or_else(|| StaffError::bad_request("There is no table of that name."))?;

    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(&table.headers)
        .map_err(StaffError::internal)?;
    for row in &table.rows {
        writer
            .write_record(row.iter().map(|c| spreadsheet_safe(&c.text)))
            .map_err(StaffError::internal)?;
    }
    let bytes = writer.into_inner().map_err(StaffError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.csv\"", table.id),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// A case behind a count: what identifies it, never who sent it.
struct BehindRow {
    tracking_number: String,
    kind: &'static str,
    status: &'static str,
    division: String,
    ward: String,
    received: String,
}

#[derive(Template)]
#[template(path = "staff/dashboard_cases.html")]
struct CasesPage {
    me: StaffUser,
    figure: String,
    filters: String,
    total: usize,
    rows: Vec<BehindRow>,
}

/// `GET /staff/dashboard/cases?figure=closed:1&…`: the cases behind one count, with the
/// dashboard's filters.
pub async fn list_behind(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<DashboardQuery>,
) -> Result<Response, StaffError> {
    me.require(Action::ViewReports)?;
    let filter = query
        .filter(&state, &me)
        .map_err(|errors| StaffError::bad_request(errors.first().map_or("", |e| e.message)))?;
    let what = if query.figure.is_empty() {
        Counted::Received
    } else {
        Counted::parse(&query.figure)
            .ok_or_else(|| StaffError::bad_request("There is no figure of that name."))?
    };

    let population = WardPopulation::new();
    let mut drill = Drill::new(&filter, &state.calendar, &population, Timestamp::now());
    let mut total = 0;
    let mut rows = Vec::new();
    state
        .store
        .for_each_history(&filter, |tracking, history| {
            if drill.adds(history, &what) == 0 {
                return;
            }
            total += 1;
            if rows.len() < LISTED
                && let Ok(case) = CaseState::replay(history)
            {
                rows.push(behind_row(&state, tracking.to_string(), &case));
            }
        })
        .await?;

    let page = CasesPage {
        me,
        figure: what.code(),
        filters: query.filters_query(),
        total,
        rows,
    };
    staff_page(StatusCode::OK, &page)
}

fn behind_row(state: &AppState, tracking_number: String, case: &CaseState) -> BehindRow {
    BehindRow {
        tracking_number,
        kind: case.kind.code(),
        status: status_words(case.status),
        division: division_name(state, &case.division),
        ward: case.location.ward.clone().unwrap_or_default(),
        received: crate::render::city_time(case.received_at),
    }
}
