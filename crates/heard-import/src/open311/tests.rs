//! Tests of the Open311 mapping on small inline documents.

use super::*;

fn read_all(json: &str) -> Vec<Result<ServiceRequest, Rejection>> {
    match parse(json.as_bytes(), "open311:test") {
        Ok(records) => records.collect(),
        Err(e) => panic!("the document should parse: {e}"),
    }
}

fn reasons(json: &str) -> Vec<String> {
    read_all(json)
        .into_iter()
        .filter_map(Result::err)
        .map(|rejection| rejection.to_string())
        .collect()
}

const GOOD: &str = r#"{
    "service_request_id": 101005570514, "status": "open", "service_name": "Road - Pot hole",
    "service_code": 12, "requested_datetime": "2018-10-28T17:00:00-04:00",
    "updated_datetime": null, "lat": "43.76", "long": -79.41,
    "description": "  Loch in der Straße  \r\n<b>tief</b> ", "zipcode": ""
}"#;

#[test]
fn a_complete_request_is_mapped_field_by_field() {
    let records = read_all(&format!("[{GOOD}]"));

    let Some(Ok(request)) = records.first() else {
        panic!("expected one accepted record, got {records:?}");
    };
    assert_eq!(request.source, "open311:test");
    assert_eq!(request.number, "101005570514");
    assert_eq!(request.type_code.as_deref(), Some("12"));
    assert_eq!(request.requested_at.to_string(), "2018-10-28T21:00:00Z");
    assert_eq!(request.updated_at, None);
    assert_eq!((request.lat, request.lon), (Some(43.76), Some(-79.41)));
    assert_eq!(
        request.description.as_deref(),
        Some("  Loch in der Straße  \r\n<b>tief</b> ")
    );
    assert_eq!(request.postal_code, None);
}

#[test]
fn an_impossible_date_is_rejected_naming_field_and_value() {
    let bad = GOOD.replace("2018-10-28T17", "2018-02-30T17");

    let reasons = reasons(&format!("[{GOOD}, {bad}]"));

    assert_eq!(reasons.len(), 1);
    assert!(
        reasons[0].starts_with(
            "record 2 (101005570514): requested_datetime '2018-02-30T17:00:00-04:00' is not"
        ),
        "{}",
        reasons[0]
    );
}

#[test]
fn a_missing_id_or_requested_time_is_rejected() {
    let no_id = GOOD.replace("\"service_request_id\": 101005570514,", "");
    let no_time = GOOD.replace("\"requested_datetime\": \"2018-10-28T17:00:00-04:00\",", "");

    let reasons = reasons(&format!("[{no_id}, {no_time}, 7]"));

    assert_eq!(
        reasons,
        [
            "record 1: service_request_id is missing",
            "record 2 (101005570514): requested_datetime is missing",
            "record 3: the record is a number, not an object",
        ]
    );
}

#[test]
fn a_zero_or_unreadable_point_is_dropped_but_the_record_kept() {
    let zero = GOOD.replace("\"43.76\"", "0").replace("-79.41", "0.0");
    let words = GOOD.replace("\"43.76\"", "\"north\"");

    let records = read_all(&format!("[{zero}, {words}]"));

    for record in records {
        let request = record.map_err(|r| r.to_string());
        assert_eq!(request.map(|r| (r.lat, r.lon)), Ok((None, None)));
    }
}

#[test]
fn malformed_json_is_an_import_error_with_its_position() {
    let truncated = &GOOD[..60];

    let error = parse(truncated.as_bytes(), "open311:test").err();

    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.starts_with("malformed Open311 JSON: "), "{message}");
    assert!(message.contains("line 2 column"), "{message}");
}

#[test]
fn json_that_is_not_a_request_list_is_an_import_error() {
    let cases = [
        (
            r#"{"type": "FeatureCollection"}"#,
            "not an Open311 request list: the top-level",
        ),
        (
            r#"{"service_requests": 3}"#,
            "malformed Open311 JSON: invalid type: integer `3`",
        ),
        ("12", "not an Open311 request list: the document is not"),
        (
            "garbage",
            "malformed Open311 JSON: expected value at line 1 column 1",
        ),
    ];

    for (json, start) in cases {
        let error = parse(json.as_bytes(), "open311:test").err();

        let message = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(message.starts_with(start), "{json}: {message}");
    }
}

#[test]
fn odd_values_reject_only_their_own_record() {
    let object_id = GOOD.replace("101005570514", r#"{"id": [1, 2]}"#);
    let boolean_name = GOOD.replace(r#""Road - Pot hole""#, "true");
    let repeated = GOOD.replace(r#""status": "open""#, r#""status": 1, "status": "closed""#);

    let records = read_all(&format!("[{object_id}, {boolean_name}, null, {repeated}]"));

    let outcomes: Vec<Result<String, String>> = records
        .into_iter()
        .map(|r| r.map(|request| request.status).map_err(|e| e.to_string()))
        .collect();
    assert_eq!(
        outcomes,
        [
            Err("record 1: service_request_id is an object, not text".to_owned()),
            Err("record 2 (101005570514): service_name is a boolean, not text".to_owned()),
            Err("record 3: the record is null, not an object".to_owned()),
            Ok("closed".to_owned()),
        ]
    );
}
