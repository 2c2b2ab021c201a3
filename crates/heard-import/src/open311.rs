//! Open311 GeoReport v2 JSON: the document is parsed whole, then each request is mapped to a
//! [`ServiceRequest`] on demand, moving its strings out rather than copying them.

use heard_domain::service_request::ServiceRequest;
use jiff::Timestamp;
use serde_json::{Map, Value};

use crate::{Format, ImportError, Rejection, fields};

/// The requests of one Open311 document, mapped one at a time.
#[derive(Debug)]
pub(crate) struct Records {
    items: std::vec::IntoIter<Value>,
    position: usize,
    source: String,
}

/// Parses the document; a JSON syntax error or a document that holds no request list is an
/// [`ImportError`].
pub(crate) fn parse(bytes: &[u8], source: &str) -> Result<Records, ImportError> {
    let document: Value = serde_json::from_slice(fields::strip_bom(bytes))?;
    let items = match document {
        Value::Array(items) => items,
        Value::Object(mut map) => match map.remove("service_requests") {
            Some(Value::Array(items)) => items,
            Some(other) => {
                return Err(ImportError::NotOpen311(format!(
                    "service_requests is {}, not an array",
                    kind(&other)
                )));
            }
            None => {
                return Err(ImportError::NotOpen311(
                    "the top-level object has no service_requests array".to_owned(),
                ));
            }
        },
        other => {
            return Err(ImportError::NotOpen311(format!(
                "the document is {}, not an array or object",
                kind(&other)
            )));
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
        let value = self.items.next()?;
        self.position += 1;

        Some(
            convert(value, &self.source).map_err(|(id, reason)| Rejection {
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
fn convert(value: Value, source: &str) -> Result<ServiceRequest, (Option<String>, String)> {
    let Value::Object(mut map) = value else {
        return Err((
            None,
            format!("the record is {}, not an object", kind(&value)),
        ));
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
fn fill(map: &mut Map<String, Value>, source: &str) -> Result<ServiceRequest, String> {
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
fn take_text(map: &mut Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match map.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) if text.is_empty() => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(Value::Number(number)) => Ok(Some(number.to_string())),
        Some(other) => Err(format!("{key} is {}, not text", kind(&other))),
    }
}

/// An ISO 8601 date-time with an offset (`2018-10-28T17:00:00-04:00`).
fn take_time(map: &mut Map<String, Value>, key: &str) -> Result<Option<Timestamp>, String> {
    let Some(text) = take_text(map, key)? else {
        return Ok(None);
    };
    text.trim().parse::<Timestamp>().map(Some).map_err(|e| {
        format!("{key} '{text}' is not a valid ISO 8601 date-time with an offset: {e}")
    })
}

/// A coordinate given as a number or a numeric string; anything else counts as absent.
fn take_coordinate(map: &mut Map<String, Value>, key: &str) -> Option<f64> {
    match map.remove(key)? {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests;
