//! Imports of the real published files in the shared data folder: counts, byte-for-byte free
//! text and a hand-checked row. The tests fail, not pass, if the folder is missing.

use heard_domain::service_request::ServiceRequest;
use heard_import::{Format, Rejection, default_source, detect, read};
use serde_json::Value;

const TORONTO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/toronto/toronto_open311_requests_2018.json"
);
const KOELN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/multilingual/koeln_sagsuns_open311_2016_de.json"
);
const LOS_ANGELES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/la/myla311_service_requests_2017_subset.csv"
);

fn load(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| {
        panic!("the shared data file {path} is needed by this test and could not be read: {e}")
    })
}

/// Detects, reads and splits the file into accepted requests and rejections.
fn import(bytes: &[u8], stem: &str) -> (Format, Vec<ServiceRequest>, Vec<Rejection>) {
    let format = detect(bytes).unwrap_or_else(|e| panic!("{stem}: {e}"));
    let source = default_source(format, stem);
    let records = read(bytes, format, &source).unwrap_or_else(|e| panic!("{stem}: {e}"));

    let (mut accepted, mut rejected) = (Vec::new(), Vec::new());
    for record in records {
        match record {
            Ok(request) => accepted.push(request),
            Err(rejection) => rejected.push(rejection),
        }
    }
    (format, accepted, rejected)
}

fn find<'a>(requests: &'a [ServiceRequest], number: &str) -> &'a ServiceRequest {
    requests
        .iter()
        .find(|r| r.number == number)
        .unwrap_or_else(|| panic!("request {number} should have been imported"))
}

/// The raw file's own value for `field` of the request `number`, as serde_json reads it.
fn published(bytes: &[u8], number: &str, field: &str) -> String {
    let document: Value = serde_json::from_slice(bytes).expect("the raw file is JSON");
    let list = document.get("service_requests").unwrap_or(&document);
    let request = list
        .as_array()
        .and_then(|items| items.iter().find(|r| r["service_request_id"] == number))
        .unwrap_or_else(|| panic!("request {number} is in the raw file"));
    request[field]
        .as_str()
        .unwrap_or_else(|| panic!("{number} has a text {field}"))
        .to_owned()
}

#[test]
fn the_toronto_file_gives_1000_requests_and_no_rejections() {
    let bytes = load(TORONTO);

    let (format, accepted, rejected) = import(&bytes, "toronto_open311_requests_2018");

    assert_eq!(format, Format::Open311Json);
    assert_eq!((accepted.len(), rejected.len()), (1000, 0), "{rejected:?}");
    let hint = read(&bytes, format, "toronto").map(|r| r.size_hint()).ok();
    assert_eq!(hint, Some((1000, Some(1000))));
    let first = find(&accepted, "101005570514");
    assert_eq!(first.source, "open311:toronto");
    assert_eq!(first.requested_at.to_string(), "2018-10-28T21:00:00Z");
    assert_eq!(accepted.iter().filter(|r| r.lat.is_none()).count(), 4);
}

#[test]
fn the_koeln_file_keeps_german_text_and_html_byte_for_byte() {
    let bytes = load(KOELN);

    let (format, accepted, rejected) = import(&bytes, "koeln_sagsuns_open311_2016_de");

    assert_eq!(format, Format::Open311Json);
    assert_eq!((accepted.len(), rejected.len()), (50, 0), "{rejected:?}");
    let signed = find(&accepted, "A-1625");
    assert_eq!(
        signed.description,
        Some(published(&bytes, "A-1625", "description"))
    );
    assert!(
        signed
            .description
            .as_deref()
            .is_some_and(|d| d.contains("großes"))
    );
    let answered = find(&accepted, "A-1616");
    assert_eq!(
        answered.status_notes,
        Some(published(&bytes, "A-1616", "status_notes"))
    );
    assert!(
        answered
            .status_notes
            .as_deref()
            .is_some_and(|n| n.contains("Grüßen\u{a0}<br />"))
    );
}

#[test]
fn the_los_angeles_file_gives_9999_requests_and_no_rejections() {
    let bytes = load(LOS_ANGELES);

    let (format, accepted, rejected) = import(&bytes, "myla311_service_requests_2017_subset");

    assert_eq!(format, Format::LaCsv);
    assert_eq!(
        read(&bytes, format, "la").map(|r| r.size_hint()).ok(),
        Some((0, Some(9999)))
    );
    assert_eq!((accepted.len(), rejected.len()), (9999, 0), "{rejected:?}");
    assert_eq!(accepted.iter().filter(|r| r.lat.is_none()).count(), 1753);
    assert_eq!(accepted.iter().filter(|r| r.ward.is_none()).count(), 4);
    assert_eq!(accepted.iter().filter(|r| r.closed_at.is_none()).count(), 5);
}

#[test]
fn los_angeles_streetlight_rows_keep_their_date_only_closing_time() {
    let bytes = load(LOS_ANGELES);

    let (_, accepted, _) = import(&bytes, "myla311_service_requests_2017_subset");

    // The streetlight bureau publishes only the closing day (midnight), so 12 requests
    // appear closed hours before they were made; the times are kept as published.
    let early = accepted
        .iter()
        .filter(|r| r.closed_at.is_some_and(|closed| closed < r.requested_at));
    assert_eq!(early.count(), 12);
    let light = find(&accepted, "1-870332239");
    assert_eq!(light.requested_at.to_string(), "2017-12-31T01:16:06Z");
    assert_eq!(
        light.closed_at.map(|t| t.to_string()),
        Some("2017-12-30T08:00:00Z".into())
    );
}
