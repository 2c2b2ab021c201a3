//! `/reports`: the public report. The indicators of one quarter by division, and of the last
//! four quarters for the whole City, each with counts under [`MIN_COUNT`] suppressed (and every
//! share or time worked out from one), and a plain-language summary, in the reader's language.
//!
//! Every table is counted in one pass over the histories of the four quarters: one
//! [`Tally`] per table row, each with its own filter.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use heard_domain::i18n::{Locale, city_zone};
use heard_domain::report::{
    Count, Figure, Indicators, ReportFilter, Tally, WardPopulation, suppress,
};
use std::collections::BTreeMap;

use heard_storage::of_these_wards;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Deserialize;

use crate::AppState;
use crate::lang::Lang;
use crate::render::{PageError, page};

/// The smallest count published: fewer cases than this could identify someone.
pub const MIN_COUNT: u32 = 10;

/// Quarters offered in the list, the current one first.
const OFFERED: usize = 8;

/// Quarters in the City-wide table.
const TREND: usize = 4;

/// A calendar quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quarter {
    year: i16,
    /// 1 to 4.
    q: i8,
}

impl Quarter {
    fn of(day: Date) -> Self {
        Quarter {
            year: day.year(),
            q: (day.month() - 1) / 3 + 1,
        }
    }

    fn previous(self) -> Self {
        if self.q == 1 {
            Quarter {
                year: self.year - 1,
                q: 4,
            }
        } else {
            Quarter {
                q: self.q - 1,
                ..self
            }
        }
    }

    fn next(self) -> Self {
        if self.q == 4 {
            Quarter {
                year: self.year + 1,
                q: 1,
            }
        } else {
            Quarter {
                q: self.q + 1,
                ..self
            }
        }
    }

    /// The instant the quarter begins in the City.
    fn start(self) -> Option<Timestamp> {
        let day = Date::new(self.year, (self.q - 1) * 3 + 1, 1).ok()?;
        city_zone().to_timestamp(day.at(0, 0, 0, 0)).ok()
    }

    /// `2026-Q3`, as in links.
    fn code(self) -> String {
        format!("{}-Q{}", self.year, self.q)
    }

    fn parse(code: &str) -> Option<Self> {
        let (year, q) = code.split_once("-Q")?;
        let quarter = Quarter {
            year: year.parse().ok().filter(|y| (1900..=9999).contains(y))?,
            q: q.parse().ok().filter(|q| (1..=4).contains(q))?,
        };
        Some(quarter)
    }

    /// The quarter in words, in the reader's language.
    fn words(self, t: Locale) -> String {
        t.with2(
            "reports-quarter",
            "year",
            self.year.to_string(),
            "q",
            self.q.to_string(),
        )
    }

    /// The filter for cases received in the quarter.
    fn filter(self) -> ReportFilter {
        ReportFilter {
            received_from: self.start(),
            received_to: self.next().start(),
            ..ReportFilter::default()
        }
    }
}

/// The query of `GET /reports`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportQuery {
    quarter: String,
}

/// One row of a table: its heading and its cells as shown.
struct Row {
    heading: String,
    cells: Vec<String>,
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportPage {
    t: Locale,
    here: String,
    quarters: Vec<(String, String)>,
    chosen: String,
    chosen_words: String,
    summary: Vec<String>,
    columns: Vec<String>,
    divisions: Vec<Row>,
    trend: Vec<Row>,
    /// Imported 311 service requests by ward.
    requests: Vec<Row>,
}

/// `GET /reports?quarter=2026-Q3`: an unknown quarter shows the current one.
pub async fn show_reports(
    State(state): State<AppState>,
    Lang { t, here }: Lang,
    Query(query): Query<ReportQuery>,
) -> Result<Response, PageError> {
    let now = Timestamp::now();
    let current = Quarter::of(city_zone().to_datetime(now).date());
    let offered: Vec<Quarter> = std::iter::successors(Some(current), |q| Some(q.previous()))
        .take(OFFERED)
        .collect();
    let chosen = Quarter::parse(&query.quarter)
        .filter(|q| offered.contains(q))
        .unwrap_or(current);
    let trend: Vec<Quarter> = std::iter::successors(Some(chosen), |q| Some(q.previous()))
        .take(TREND)
        .collect();

    let divisions = state.directory.divisions();
    let mut filters: Vec<ReportFilter> = divisions
        .iter()
        .map(|d| ReportFilter {
            division: Some(d.code.clone()),
            ..chosen.filter()
        })
        .collect();
    filters.push(chosen.filter());
    filters.extend(trend.iter().map(|q| q.filter()));
    let reports = count(&state, &filters, trend[trend.len() - 1], chosen, now).await?;

    let (by_division, rest) = reports.split_at(divisions.len());
    let (whole, by_quarter) = rest.split_at(1);
    let mut division_rows: Vec<Row> = (divisions.iter().zip(by_division))
        .map(|(d, (report, compliments))| Row {
            heading: state
                .directory
                .name_in(t.tag(), &d.code, &d.name)
                .to_owned(),
            cells: cells(t, report, *compliments),
        })
        .collect();
    division_rows.push(Row {
        heading: t.text("reports-all-divisions"),
        cells: cells(t, &whole[0].0, whole[0].1),
    });
    let trend_rows = (trend.iter().zip(by_quarter))
        .map(|(q, (report, compliments))| Row {
            heading: q.words(t),
            cells: cells(t, report, *compliments),
        })
        .collect();

    let requests = request_rows(&state, t).await?;

    let report = ReportPage {
        requests,
        summary: summary(t, chosen, &whole[0].0),
        quarters: offered.iter().map(|q| (q.code(), q.words(t))).collect(),
        chosen: chosen.code(),
        chosen_words: chosen.words(t),
        columns: COLUMNS.iter().map(|id| t.text(id)).collect(),
        divisions: division_rows,
        trend: trend_rows,
        t,
        here,
    };
    page(StatusCode::OK, &report)
}

/// Each filter's indicators, suppressed, with its compliments (suppressed too), from one
/// pass over the cases received from the start of `first` to the end of `last`.
async fn count(
    state: &AppState,
    filters: &[ReportFilter],
    first: Quarter,
    last: Quarter,
    now: Timestamp,
) -> Result<Vec<(Indicators, Count)>, PageError> {
    let population = WardPopulation::new();
    let span = ReportFilter {
        received_from: first.start(),
        received_to: last.next().start(),
        ..ReportFilter::default()
    };
    let mut tallies: Vec<Tally> = (filters.iter())
        .map(|f| Tally::new(f, &state.calendar, &population, now))
        .collect();
    state
        .store
        .for_each_history(&span, |_, history| {
            for tally in &mut tallies {
                tally.add(history);
            }
        })
        .await
        .map_err(PageError::internal)?;

    Ok((tallies.into_iter())
        .map(|tally| {
            let report = tally.finish();
            let compliments: u64 = (report.compliments_by_division.iter())
                .filter_map(|c| c.compliments)
                .sum();
            let compliments = Some(compliments).filter(|n| *n >= u64::from(MIN_COUNT));
            (suppress(&report, MIN_COUNT), compliments)
        })
        .collect())
}

/// The city's imported 311 service requests by ward (every source whose wards are the city's,
/// added up), small counts suppressed; none without a ward map.
async fn request_rows(state: &AppState, t: Locale) -> Result<Vec<Row>, PageError> {
    let Some(map) = state.wards.as_deref() else {
        return Ok(Vec::new());
    };
    let stored = state
        .store
        .service_requests_by_ward()
        .await
        .map_err(PageError::internal)?;
    let codes: Vec<&str> = map.wards().map(|w| w.code.as_str()).collect();
    let mut wards: BTreeMap<Option<&str>, (u64, u64)> = BTreeMap::new();
    for r in of_these_wards(&stored, &codes) {
        let sums = wards.entry(r.ward.as_deref()).or_default();
        sums.0 += r.requests;
        sums.1 += r.closed;
    }

    let published = |n: u64| Some(n).filter(|n| *n >= u64::from(MIN_COUNT));
    let name = |code: &str| {
        map.wards()
            .find(|w| w.code == code)
            .map_or_else(|| code.to_owned(), |w| format!("{code} {}", w.name))
    };
    // Wards in order, then the requests without one.
    let (located, elsewhere): (Vec<_>, Vec<_>) = wards.into_iter().partition(|(w, _)| w.is_some());
    Ok((located.into_iter().chain(elsewhere))
        .map(|(ward, (requests, closed))| Row {
            heading: ward.map_or_else(|| t.text("reports-no-ward"), name),
            cells: vec![
                count_words(t, published(requests)),
                count_words(t, published(closed)),
            ],
        })
        .collect())
}

/// The message ids of the columns after the row heading, in order.
const COLUMNS: [&str; 9] = [
    "reports-col-received",
    "reports-col-acknowledged",
    "reports-col-answered",
    "reports-col-median",
    "reports-col-within",
    "reports-col-closed",
    "reports-col-reviews",
    "reports-col-ombudsman",
    "reports-col-compliments",
];

fn cells(t: Locale, i: &Indicators, compliments: Count) -> Vec<String> {
    let first = i.answers.first();
    vec![
        count_words(t, i.received),
        percent(i.acknowledgement.within_standard_share),
        count_words(t, first.and_then(|a| a.answered)),
        days(first.and_then(|a| a.median_business_days)),
        percent(first.and_then(|a| a.within_standard_share)),
        count_words(t, i.closed),
        percent(i.escalation.rate),
        count_words(t, i.ombudsman.referred),
        count_words(t, compliments),
    ]
}

/// A count, or the words that say it is too small to show.
fn count_words(t: Locale, count: Count) -> String {
    count.map_or_else(|| t.text("reports-suppressed"), |n| n.to_string())
}

fn percent(figure: Figure) -> String {
    figure.map_or_else(|| "–".to_owned(), |f| format!("{:.0}%", f * 100.0))
}

fn days(figure: Figure) -> String {
    figure.map_or_else(|| "–".to_owned(), |f| format!("{f:.1}"))
}

/// The summary's sentences: only those whose figures may be published.
fn summary(t: Locale, quarter: Quarter, i: &Indicators) -> Vec<String> {
    let Some(received) = i.received else {
        return vec![t.with("reports-summary-small", "quarter", quarter.words(t))];
    };
    let mut said = vec![t.with2(
        "reports-summary",
        "quarter",
        quarter.words(t),
        "received",
        received.to_string(),
    )];
    let first = i.answers.first();
    if let Some(share) = first.and_then(|a| a.within_standard_share) {
        said.push(t.with("reports-summary-answered", "share", percent(Some(share))));
    }
    if let Some(median) = first.and_then(|a| a.median_business_days) {
        said.push(t.with("reports-summary-median", "days", days(Some(median))));
    }
    if let Some(rate) = i.escalation.rate {
        said.push(t.with("reports-summary-reviews", "share", percent(Some(rate))));
    }
    said
}
