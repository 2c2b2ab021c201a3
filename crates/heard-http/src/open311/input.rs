//! What Open311 clients send, read without any I/O: a POST form into a checked submission, and
//! a listing's query string into a case filter. The handlers in `requests` answer with these.

use axum::response::Response;
use heard_domain::intake::{
    IntakeContext, Submission, SubmittedContact, SubmittedLocation, ValidSubmission,
};
use heard_domain::{Channel, Directory, TrackingNumber};
use heard_storage::CaseFilter;
use jiff::{Timestamp, ToSpan};

use super::format::{Format, errors};

/// The most requests one listing returns, as the standard suggests.
const MAX_LISTED: u32 = 1_000;

/// Why a form was refused: the answer's status and each error's code and description.
#[derive(Debug)]
pub struct Refused {
    /// The HTTP status to answer with.
    pub status: u16,
    /// Each error, as GeoReport lists them: a code and a description.
    pub errors: Vec<(u16, String)>,
}

impl Refused {
    fn one(status: u16, description: String) -> Self {
        Self {
            status,
            errors: vec![(status, description)],
        }
    }

    /// The GeoReport error document for this refusal.
    pub fn answer(&self, format: Format) -> Response {
        errors(format, self.status, &self.errors)
    }
}

/// The form's field `name`, trimmed; `None` when it is absent or blank.
pub fn field(fields: &[(String, String)], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// Reads a POST service request's fields (all but `api_key`, which the handler checks first)
/// into a submission and checks it against the directory.
pub fn read_submission(
    fields: &[(String, String)],
    directory: &Directory,
) -> Result<ValidSubmission, Refused> {
    let field = |name: &str| field(fields, name);

    let Some(service_code) = field("service_code") else {
        return Err(Refused::one(400, "service_code is required.".into()));
    };
    if directory.place(&service_code).is_none() {
        let message = format!("There is no service with the code {service_code}.");
        return Err(Refused::one(404, message));
    }
    let number = |name: &str| field(name).map(|v| v.parse::<f64>().map_err(|_| name.to_owned()));
    let (lat, lon) = match (number("lat").transpose(), number("long").transpose()) {
        (Ok(lat), Ok(lon)) => (lat, lon),
        (Err(name), _) | (_, Err(name)) => {
            let message = format!("{name} must be a number in decimal degrees.");
            return Err(Refused::one(400, message));
        }
    };
    if lat.is_none()
        && lon.is_none()
        && field("address_string").is_none()
        && field("address_id").is_none()
    {
        let message = "Give a location: lat and long, address_string or address_id.";
        return Err(Refused::one(400, message.into()));
    }

    let name = [field("first_name"), field("last_name")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let has_contact = field("email").is_some() || field("phone").is_some();
    let submission = Submission {
        kind: field("attribute[kind]").or(Some("complaint".into())),
        category: Some(service_code),
        description: field("description"),
        remedy_sought: field("attribute[remedy_sought]"),
        location: Some(SubmittedLocation {
            address: field("address_string").or(field("address_id")),
            lat,
            lon,
            ..Default::default()
        }),
        contact: has_contact.then(|| SubmittedContact {
            name: Some(name).filter(|n| !n.is_empty()),
            email: field("email"),
            phone: field("phone"),
            ..Default::default()
        }),
        anonymous: !has_contact,
        ..Default::default()
    };
    let context = IntakeContext {
        channel: Channel::Open311,
        taken_by: None,
    };

    submission
        .validate(directory, &context)
        .map_err(|problems| {
            let errors = (problems.fields.iter())
                .map(|f| (400, format!("{}: {}", open311_name(&f.field), f.message)))
                .collect();
            Refused {
                status: 400,
                errors,
            }
        })
}

/// Heard's field names, as the standard names them.
fn open311_name(field: &str) -> String {
    match field {
        "kind" => "attribute[kind]".into(),
        "location.lat" => "lat".into(),
        "location.lon" => "long".into(),
        "location.address" => "address_string".into(),
        "contact.email" => "email".into(),
        "contact.phone" => "phone".into(),
        "contact.name" => "first_name".into(),
        "category" => "service_code".into(),
        other => other.to_owned(),
    }
}

/// Reads a GET requests listing's query string (`service_request_id`, `service_code`,
/// `start_date`, `end_date` and `status`) into a filter, or says what is wrong with it.
pub fn read_filter(query: Option<&str>) -> Result<CaseFilter, String> {
    let params = query_pairs(query.unwrap_or_default());
    let param = |name: &str| field(&params, name);

    let mut filter = CaseFilter {
        limit: MAX_LISTED,
        ..CaseFilter::default()
    };
    if let Some(ids) = param("service_request_id") {
        for id in ids.split(',') {
            let tracking = id.trim().parse::<TrackingNumber>();
            let tracking =
                tracking.map_err(|e| format!("service_request_id '{}': {e}", id.trim()))?;
            filter.tracking_numbers.push(tracking);
        }
        return Ok(filter);
    }

    if let Some(codes) = param("service_code") {
        filter.categories = codes.split(',').map(|c| c.trim().to_owned()).collect();
    }
    for (name, slot) in [
        ("start_date", &mut filter.received_from),
        ("end_date", &mut filter.received_to),
    ] {
        if let Some(text) = param(name) {
            let at = parse_time(&text).ok_or_else(|| {
                format!("{name} must be a W3C date and time, like 2026-12-01T00:00:00Z.")
            })?;
            *slot = Some(at);
        }
    }
    if let (Some(from), Some(to)) = (filter.received_from, filter.received_to)
        && from > to
    {
        return Err("start_date must not be later than end_date.".into());
    }
    if filter.received_from.is_none() && filter.received_to.is_none() {
        filter.received_from = Some(Timestamp::now() - (90 * 24).hours());
    }
    filter.open = match param("status").as_deref() {
        None => None,
        Some("open") => Some(true),
        Some("closed") => Some(false),
        Some(other) => return Err(format!("status '{other}' is not open or closed.")),
    };
    Ok(filter)
}

fn parse_time(text: &str) -> Option<Timestamp> {
    text.parse::<Timestamp>().ok().or_else(|| {
        text.parse::<jiff::civil::Date>()
            .ok()
            .and_then(|d| d.in_tz(heard_domain::CITY_TIME_ZONE).ok())
            .map(|z| z.timestamp())
    })
}

fn query_pairs(query: &str) -> Vec<(String, String)> {
    axum::extract::Query::<Vec<(String, String)>>::try_from_uri(
        &format!("/?{query}").parse().unwrap_or_default(),
    )
    .map(|q| q.0)
    .unwrap_or_default()
}
