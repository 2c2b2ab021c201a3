//! The Los Angeles MyLA311 CSV export: rows are read one at a time into a reused buffer and
//! mapped to [`ServiceRequest`]s; its local times are converted in the Los Angeles zone.

use csv::{ByteRecord, StringRecord};
use heard_domain::service_request::ServiceRequest;
use jiff::{Timestamp, tz::TimeZone};

use crate::{Format, ImportError, Rejection, fields};

mod local_time;

/// The zone the export's times are written in.
const ZONE: &str = "America/Los_Angeles";

/// The columns a file must have to be read as this export.
const REQUIRED: [&str; 4] = ["SRNumber", "CreatedDate", "RequestType", "Status"];

/// The required columns missing from `header`, in the order of [`REQUIRED`].
pub(crate) fn missing_columns<S: AsRef<str>>(header: &[S]) -> Vec<&'static str> {
    REQUIRED
        .into_iter()
        .filter(|name| !header.iter().any(|column| column.as_ref() == *name))
        .collect()
}

/// Where each used column is in the header.
#[derive(Debug)]
struct Columns {
    number: usize,
    created: usize,
    request_type: usize,
    status: usize,
    updated: Option<usize>,
    closed: Option<usize>,
    owner: Option<usize>,
    channel: Option<usize>,
    address: Option<usize>,
    zip: Option<usize>,
    lat: Option<usize>,
    lon: Option<usize>,
    district: Option<usize>,
}

impl Columns {
    fn find(header: &StringRecord) -> Result<Self, ImportError> {
        let column = |name: &str| header.iter().position(|column| column == name);
        let missing = missing_columns(&header.iter().collect::<Vec<_>>());
        let required =
            |name: &str| column(name).ok_or(ImportError::MissingColumns(missing.join(", ")));

        Ok(Self {
            number: required("SRNumber")?,
            created: required("CreatedDate")?,
            request_type: required("RequestType")?,
            status: required("Status")?,
            updated: column("UpdatedDate"),
            closed: column("ClosedDate"),
            owner: column("Owner"),
            channel: column("RequestSource"),
            address: column("Address"),
            zip: column("ZipCode"),
            lat: column("Latitude"),
            lon: column("Longitude"),
            district: column("CD"),
        })
    }
}

/// The rows of one export, mapped one at a time.
#[derive(Debug)]
pub(crate) struct Records<'a> {
    reader: csv::Reader<&'a [u8]>,
    row: ByteRecord,
    header: StringRecord,
    columns: Columns,
    position: usize,
    rows_at_most: usize,
    zone: TimeZone,
    source: String,
}

/// Reads the header and loads the time zone; a missing required column is an
/// [`ImportError`].
pub(crate) fn parse<'a>(bytes: &'a [u8], source: &str) -> Result<Records<'a>, ImportError> {
    let bytes = fields::strip_bom(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header = reader.headers()?.clone();
    let columns = Columns::find(&header)?;
    let body = usize::try_from(reader.position().byte())
        .ok()
        .and_then(|start| bytes.get(start..))
        .unwrap_or_default();
    let zone =
        TimeZone::get(ZONE).map_err(|source| ImportError::TimeZone { zone: ZONE, source })?;

    Ok(Records {
        reader,
        row: ByteRecord::new(),
        header,
        columns,
        position: 0,
        rows_at_most: rows_at_most(body),
        zone,
        source: source.to_owned(),
    })
}

impl Iterator for Records<'_> {
    type Item = Result<ServiceRequest, Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        let outcome = match self.reader.read_byte_record(&mut self.row) {
            Ok(false) => return None,
            Ok(true) => self.convert(),
            // Reading from memory, csv only fails on a row's own content; the next row is
            // read normally.
            Err(e) => Err(e.to_string()),
        };
        self.position += 1;
        self.rows_at_most = self.rows_at_most.saturating_sub(1);

        Some(outcome.map_err(|reason| {
            Rejection {
                format: Format::LaCsv,
                position: self.position,
                id: self
                    .cell(self.columns.number)
                    .ok()
                    .flatten()
                    .map(str::to_owned),
                reason,
            }
        }))
    }

    /// An upper bound for a progress bar, exact unless cells hold line breaks; the lower
    /// bound is 0 for that same reason.
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.rows_at_most))
    }
}

/// At most how many rows `body` holds: every row but the last ends in a line break (`\n`,
/// `\r\n` or `\r`).
fn rows_at_most(body: &[u8]) -> usize {
    let breaks = (body.iter().enumerate())
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && body.get(i + 1) != Some(&b'\n')))
        .count();
    let unterminated = !body.is_empty() && !body.ends_with(b"\n") && !body.ends_with(b"\r");
    breaks + usize::from(unterminated)
}

impl Records<'_> {
    /// Maps the current row.
    fn convert(&self) -> Result<ServiceRequest, String> {
        let columns = &self.columns;
        if self.row.len() != self.header.len() {
            return Err(format!(
                "has {} fields where the header has {}",
                self.row.len(),
                self.header.len()
            ));
        }

        let number = self.required(columns.number)?;
        let requested_at = self.time(Some(columns.created))?;
        let requested_at = requested_at.ok_or_else(|| self.missing(columns.created))?;
        let type_name = self.required(columns.request_type)?;
        let status = self.required(columns.status)?;
        let (lat, lon) = fields::point(self.number(columns.lat)?, self.number(columns.lon)?);

        Ok(ServiceRequest {
            source: self.source.clone(),
            number: number.to_owned(),
            type_code: None,
            type_name: type_name.to_owned(),
            division: self.text(columns.owner)?,
            status: status.to_owned(),
            status_notes: None,
            description: None,
            channel: self.text(columns.channel)?,
            requested_at,
            updated_at: self.time(columns.updated)?,
            closed_at: self.time(columns.closed)?,
            address: self.text(columns.address)?,
            postal_code: self.text(columns.zip)?,
            lat,
            lon,
            ward: self.text(columns.district)?,
        })
    }

    /// The cell in `index`, `None` when empty.
    fn cell(&self, index: usize) -> Result<Option<&str>, String> {
        match self.row.get(index) {
            None | Some(b"") => Ok(None),
            Some(bytes) => std::str::from_utf8(bytes)
                .map(Some)
                .map_err(|_| format!("{} is not valid UTF-8", self.name(index))),
        }
    }

    fn required(&self, index: usize) -> Result<&str, String> {
        self.cell(index)?.ok_or_else(|| self.missing(index))
    }

    /// An optional column's cell as published.
    fn text(&self, index: Option<usize>) -> Result<Option<String>, String> {
        let Some(index) = index else { return Ok(None) };
        Ok(self.cell(index)?.map(str::to_owned))
    }

    /// A coordinate; one that does not parse counts as absent, like an empty cell.
    fn number(&self, index: Option<usize>) -> Result<Option<f64>, String> {
        let Some(index) = index else { return Ok(None) };
        Ok(self.cell(index)?.and_then(|text| text.trim().parse().ok()))
    }

    /// A local `MM/DD/YYYY hh:mm:ss AM` time, converted in the Los Angeles zone.
    fn time(&self, index: Option<usize>) -> Result<Option<Timestamp>, String> {
        let Some(index) = index else { return Ok(None) };
        let Some(text) = self.cell(index)? else {
            return Ok(None);
        };

        local_time::parse(text.trim(), &self.zone)
            .map(Some)
            .map_err(|problem| format!("{} '{text}' {problem}", self.name(index)))
    }

    fn missing(&self, index: usize) -> String {
        format!("{} is empty", self.name(index))
    }

    fn name(&self, index: usize) -> &str {
        self.header.get(index).unwrap_or("a column")
    }
}

#[cfg(test)]
mod tests;
