//! Open data: every case as CSV and JSON, with no personal data (see
//! [`heard_domain::open_data`]), and a page documenting each column.
//!
//! The files are streamed page by page from the database, so that a city of a million cases
//! is exported in constant memory, and always in the same order: the same data gives the
//! same file.

use askama::Template;
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream;
use heard_domain::i18n::Locale;
use heard_domain::open_data::{COLUMNS, OpenCase};
use heard_storage::{ExportCursor, Store};

use crate::AppState;
use crate::lang::Lang;
use crate::render::{PageError, page};

/// Cases read from the database at a time.
const PAGE: u32 = 1000;

/// The open-data routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/open-data", get(about))
        .route("/open-data/cases.csv", get(csv_file))
        .route("/open-data/cases.json", get(json_file))
}

#[derive(Template)]
#[template(path = "open_data.html")]
struct About {
    t: Locale,
    here: String,
    /// Each column's name and the id of the message that explains it.
    columns: Vec<(&'static str, String)>,
}

/// `GET /open-data`: what is published, column by column, and the links to the files.
async fn about(Lang { t, here }: Lang) -> Result<Response, PageError> {
    page(
        StatusCode::OK,
        &About {
            t,
            here,
            columns: COLUMNS
                .iter()
                .map(|(name, _)| (*name, format!("open-data-col-{}", name.replace('_', "-"))))
                .collect(),
        },
    )
}

/// The two formats of the export.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

/// `GET /open-data/cases.csv`.
async fn csv_file(State(state): State<AppState>) -> Response {
    export(
        state.store,
        Format::Csv,
        "text/csv; charset=utf-8",
        "cases.csv",
    )
}

/// `GET /open-data/cases.json`: one JSON array of rows.
async fn json_file(State(state): State<AppState>) -> Response {
    export(state.store, Format::Json, "application/json", "cases.json")
}

/// Where the stream is: before the first page, after a case, or done.
enum Step {
    Start,
    After(ExportCursor),
    Done,
}

fn export(store: Store, format: Format, content_type: &'static str, name: &str) -> Response {
    let pages = stream::unfold((store, Step::Start), move |(store, step)| async move {
        let after = match &step {
            Step::Done => return None,
            Step::Start => None,
            Step::After(cursor) => Some(cursor),
        };
        let first = matches!(step, Step::Start);
        let cases = match store.export_page(after, PAGE).await {
            Ok(cases) => cases,
            Err(e) => {
                // The status is already sent: the broken stream tells the client, the log us.
                tracing::error!(error = %e, "open data export failed");
                return Some((
                    Err(std::io::Error::other("export failed")),
                    (store, Step::Done),
                ));
            }
        };
        let rows: Vec<OpenCase> = cases.iter().map(OpenCase::from_state).collect();
        let next = match cases.last() {
            Some(last) if cases.len() == PAGE as usize => Step::After(ExportCursor::after(last)),
            _ => Step::Done,
        };
        let last = matches!(next, Step::Done);
        let chunk = match format {
            Format::Csv => csv_chunk(&rows, first),
            Format::Json => json_chunk(&rows, first, last),
        };
        Some((chunk.map(Bytes::from), (store, next)))
    });
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        Body::from_stream(pages),
    )
        .into_response()
}

fn csv_chunk(rows: &[OpenCase], header_first: bool) -> Result<Vec<u8>, std::io::Error> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    if header_first {
        writer.write_record(COLUMNS.iter().map(|(name, _)| *name))?;
    }
    for row in rows {
        let cells = [
            row.tracking_number.clone(),
            row.kind.to_owned(),
            row.channel.to_owned(),
            row.division.clone(),
            row.section.clone().unwrap_or_default(),
            row.category.clone().unwrap_or_default(),
            row.ward.clone().unwrap_or_default(),
            row.postal_prefix.clone().unwrap_or_default(),
            row.language.clone(),
            row.received_on.clone(),
            row.acknowledged_on.clone().unwrap_or_default(),
            row.status.to_owned(),
            row.stage.to_string(),
            row.first_outcome.unwrap_or_default().to_owned(),
            row.first_answered_on.clone().unwrap_or_default(),
            row.review_outcome.unwrap_or_default().to_owned(),
            row.review_answered_on.clone().unwrap_or_default(),
            row.extensions.to_string(),
            row.ombudsman_referred.to_string(),
            row.closed_on.clone().unwrap_or_default(),
        ];
        writer.write_record(cells.iter().map(|c| defused(c)))?;
    }
    writer.into_inner().map_err(|e| e.into_error())
}

/// A cell a spreadsheet would not read as a formula: codes from configuration could start
/// with `=`, `+`, `-` or `@`.
fn defused(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn json_chunk(rows: &[OpenCase], first: bool, last: bool) -> Result<Vec<u8>, std::io::Error> {
    let mut out = Vec::new();
    if first {
        out.push(b'[');
    }
    for (i, row) in rows.iter().enumerate() {
        if !(first && i == 0) {
            out.push(b',');
        }
        out.push(b'\n');
        serde_json::to_writer(&mut out, row)?;
    }
    if last {
        out.extend_from_slice(b"\n]\n");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::defused;

    #[test]
    fn cells_that_look_like_formulas_are_defused() {
        assert_eq!(defused("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defused("-12"), "'-12");
        assert_eq!(defused("toronto-water"), "toronto-water");
    }
}
