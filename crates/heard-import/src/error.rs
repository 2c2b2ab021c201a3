//! What can go wrong: a whole file that cannot be read ([`ImportError`]) and a single record
//! that cannot be turned into a service request ([`Rejection`]).

use std::fmt;

use crate::Format;

/// The whole file could not be read; no record was produced.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file holds nothing but whitespace.
    #[error("the file is empty")]
    Empty,
    /// The content matches none of the known formats.
    #[error(
        "unrecognised file ({found}); expected Open311 GeoReport v2 JSON (an array of requests \
         or {{\"service_requests\": [...]}}) or the MyLA311 CSV export (a header with \
         SRNumber, CreatedDate, RequestType and Status)"
    )]
    Unrecognised {
        /// What the file looked like instead.
        found: String,
    },
    /// The JSON does not parse; the message gives the line and column.
    #[error("malformed Open311 JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Valid JSON, but not shaped like an Open311 request list.
    #[error("not an Open311 request list: {0}")]
    NotOpen311(String),
    /// The CSV reader failed; the message gives the position.
    #[error("malformed CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The CSV header lacks columns that every record needs.
    #[error("the CSV header lacks the column(s) {0}")]
    MissingColumns(String),
    /// The time zone the source's local times are in is not in the time zone database.
    #[error(
        "time zone {zone} is unavailable (is the system time zone database installed?): {source}"
    )]
    TimeZone {
        /// The zone's IANA name.
        zone: &'static str,
        /// Why jiff could not load it.
        source: jiff::Error,
    },
}

/// One record that could not be imported, and why; the records around it are unaffected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The format the record was read as; says whether `position` counts rows or records.
    pub format: Format,
    /// The record's 1-based number in the file: the data row for CSV (the header is not
    /// counted), the element of the request array for JSON.
    pub position: usize,
    /// The record's number in its source, when it could be read.
    pub id: Option<String>,
    /// What is wrong, naming the field and quoting the value (never free text).
    pub reason: String,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (unit, id_label) = match self.format {
            Format::Open311Json => ("record", ""),
            Format::LaCsv => ("row", "SR "),
        };
        write!(f, "{unit} {}", self.position)?;
        if let Some(id) = &self.id {
            write!(f, " ({id_label}{id})")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for Rejection {}
