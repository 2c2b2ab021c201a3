//! Open311 GeoReport v2 JSON: the document is read whole into a lenient shape that keeps only
//! the fields Heard uses, then each request is mapped to a [`ServiceRequest`] on demand,
//! moving its strings rather than copying them.

use heard_domain::service_request::ServiceRequest;
use jiff::Timestamp;
use serde::de::IgnoredAny;

use crate::{Format, ImportError, Rejection, fields};

mod raw;

use raw::{RawFields, RawRecord, Scalar, Wrapper};

/// The requests of one Open311 document, mapped one at a time.
#[derive(Debug)]
pub(crate) struct Records {
    items: std::vec::IntoIter<RawRecord>,
    position: usize,
    source: String,
}

/// Parses the document; a JSON syntax error or a document that holds no request list is an
/// [`ImportError`].
pub(crate) fn parse(bytes: &[u8], source: &str) -> Result<Records, ImportError> {
    let bytes = fields::strip_bom(bytes);
    let items = match bytes.trim_ascii_start().first() {
        Some(b'[') => serde_json::from_slice::<Vec<RawRecord>>(bytes)?,
        Some(b'{') => serde_json::from_slice::<Wrapper>(bytes)?
            .service_requests
            .ok_or_else(|| {
                ImportError::NotOpen311("the top-level object has no service_requests".to_owned())
            })?,
        _ => {
            // Report a syntax error as such, with its position, before the shape.
            serde_json::from_slice::<IgnoredAny>(bytes)?;
            return Err(ImportError::NotOpen311(
                "the document is not an array or object".to_owned(),
            ));
        }
    };

    Ok(Records {
        items: items.into_iter(),
        position: 0,
        source: source.to_owned(),
    })
}

impl Iterator for Records {
    type Item = Result<ServiceRequest, Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        let record = self.items.next()?;
        self.position += 1;

        Some(
            convert(record, &self.source).map_err(|(id, reason)| Rejection {
                format: Format::Open311Json,
                position: self.position,
                id,
                reason,
            }),
        )
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

/// Maps one request; on failure gives the request's id (if it had one) and the reason.
fn convert(record: RawRecord, source: &str) -> Result<ServiceRequest, (Option<String>, String)> {
    let mut map = match record {
        RawRecord::Object(fields) => fields,
        RawRecord::Other(kind) => {
            return Err((None, format!("the record is {kind}, not an object")));
        }
    };
    let number = match take_text(&mut map, "service_request_id") {
        Ok(Some(id)) if !id.trim().is_empty() => id,
        Ok(Some(_)) => return Err((None, "service_request_id is blank".to_owned())),
        Ok(None) => return Err((None, "service_request_id is missing".to_owned())),
        Err(reason) => return Err((None, reason)),
    };

    match fill(&mut map, source) {
        Ok(request) => Ok(ServiceRequest { number, ..request }),
        Err(reason) => Err((Some(number), reason)),
    }
}

/// Everything but the number, which the caller moves in (an empty `String` does not allocate).
fn fill(map: &mut RawFields, source: &str) -> Result<ServiceRequest, String> {
    let requested_at = take_time(map, "requested_datetime")?
        .ok_or_else(|| "requested_datetime is missing".to_owned())?;
    let updated_at = take_time(map, "updated_datetime")?;
    let type_name =
        take_text(map, "service_name")?.ok_or_else(|| "service_name is missing".to_owned())?;
    let status = take_text(map, "status")?.ok_or_else(|| "status is missing".to_owned())?;
    let (lat, lon) = fields::point(take_coordinate(map, "lat"), take_coordinate(map, "long"));

    Ok(ServiceRequest {
        source: source.to_owned(),
        number: String::new(),
        type_code: take_text(map, "service_code")?,
        type_name,
        division: take_text(map, "agency_responsible")?,
        status,
        status_notes: take_text(map, "status_notes")?,
        description: take_text(map, "description")?,
        channel: None,
        requested_at,
        updated_at,
        // GeoReport v2 publishes no closing time; `updated_datetime` is not one.
        closed_at: None,
        address: take_text(map, "address")?,
        postal_code: take_text(map, "zipcode")?,
        lat,
        lon,
        ward: None,
    })
}

/// A scalar field as text: strings exactly as published, numbers in their JSON spelling;
/// absent, `null` and `""` are `None`.
fn take_text(map: &mut RawFields, key: &str) -> Result<Option<String>, String> {
    match map.take(key) {
        None | Some(Scalar::Null) => Ok(None),
        Some(Scalar::Text(text)) if text.is_empty() => Ok(None),
        Some(Scalar::Text(text)) => Ok(Some(text)),
        Some(Scalar::Number(number)) => Ok(Some(number.to_string())),
        Some(Scalar::Other(kind)) => Err(format!("{key} is {kind}, not text")),
    }
}

/// An ISO 8601 date-time with an offset (`2018-10-28T17:00:00-04:00`).
fn take_time(map: &mut RawFields, key: &str) -> Result<Option<Timestamp>, String> {
    let Some(text) = take_text(map, key)? else {
        return Ok(None);
    };
    text.trim().parse::<Timestamp>().map(Some).map_err(|e| {
        format!("{key} '{text}' is not a valid ISO 8601 date-time with an offset: {e}")
    })
}

/// A coordinate given as a number or a numeric string; anything else counts as absent.
fn take_coordinate(map: &mut RawFields, key: &str) -> Option<f64> {
    match map.take(key)? {
        Scalar::Number(number) => number.as_f64(),
        Scalar::Text(text) => text.trim().parse().ok(),
        Scalar::Null | Scalar::Other(_) => None,
    }
}

#[cfg(test)]
mod tests;
