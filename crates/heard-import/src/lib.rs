//! Reads published 311 service-request files and turns each record into a
//! [`ServiceRequest`], or a [`Rejection`] that says what is wrong with it.
//!
//! Two formats are known, told apart by content ([`detect`]): Open311 GeoReport v2 JSON and
//! the Los Angeles MyLA311 CSV export. Nothing here touches a disk or a database: the caller
//! hands in the file's bytes and stores the records that come back. Free text (descriptions,
//! status notes, HTML and all) is kept exactly as published.
//!
//! ```no_run
//! # fn main() -> Result<(), heard_import::ImportError> {
//! let bytes = b"[]";
//! let format = heard_import::detect(bytes)?;
//! let source = heard_import::default_source(format, "toronto_open311_requests_2018");
//! for record in heard_import::read(bytes, format, &source)? {
//!     match record {
//!         Ok(request) => println!("{} {}", request.source, request.number),
//!         Err(rejection) => eprintln!("skipped {rejection}"),
//!     }
//! }
//! # Ok(())
//! # }
//! ```

use heard_domain::service_request::ServiceRequest;

mod detect;
mod error;
mod fields;
mod la_csv;
mod open311;

pub use detect::{Format, default_source, detect};
pub use error::{ImportError, Rejection};

/// Starts reading `bytes` as `format`, labelling every record with `source` (see
/// [`default_source`]).
///
/// Fails only when the file as a whole cannot be read: malformed JSON (with the parser's line
/// and column), JSON holding no request list, or a CSV header without the needed columns.
/// Each record is then mapped as the iterator reaches it; a bad record becomes a
/// [`Rejection`] and reading goes on with the next.
pub fn read<'a>(bytes: &'a [u8], format: Format, source: &str) -> Result<Records<'a>, ImportError> {
    let inner = match format {
        Format::Open311Json => Inner::Open311(open311::parse(bytes, source)?),
        Format::LaCsv => Inner::LaCsv(Box::new(la_csv::parse(bytes, source)?)),
    };
    Ok(Records { inner })
}

/// The records of one file, in file order: each a service request or the reason it was
/// rejected.
#[derive(Debug)]
pub struct Records<'a> {
    inner: Inner<'a>,
}

#[derive(Debug)]
enum Inner<'a> {
    Open311(open311::Records),
    LaCsv(Box<la_csv::Records<'a>>),
}

impl Iterator for Records<'_> {
    type Item = Result<ServiceRequest, Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            Inner::Open311(records) => records.next(),
            Inner::LaCsv(records) => records.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.inner {
            Inner::Open311(records) => records.size_hint(),
            Inner::LaCsv(records) => records.size_hint(),
        }
    }
}
