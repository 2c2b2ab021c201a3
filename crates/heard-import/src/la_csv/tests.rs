//! Tests of the MyLA311 mapping on small inline exports.

use super::*;

const HEADER: &str = "SRNumber,CreatedDate,UpdatedDate,Owner,RequestType,Status,RequestSource,\
                      ClosedDate,Address,ZipCode,Latitude,Longitude,CD\n";
const ROW: &str = "1-870704831,12/31/2017 11:59:58 PM,04/09/2018 09:25:28 AM,BOS,\
                   Homeless Encampment,Closed,Call,04/09/2018 09:18:35 AM,\
                   \"2111 W BELLEVUE AVE, 90026\",90026,34.073216645,-118.266861909,13\n";

fn read_all(rows: &str) -> Vec<Result<ServiceRequest, Rejection>> {
    let file = format!("{HEADER}{rows}");
    match parse(file.as_bytes(), "myla311:los-angeles") {
        Ok(records) => records.collect(),
        Err(e) => panic!("the header should be accepted: {e}"),
    }
}

fn reasons(rows: &str) -> Vec<String> {
    read_all(rows)
        .into_iter()
        .filter_map(Result::err)
        .map(|rejection| rejection.to_string())
        .collect()
}

#[test]
fn a_complete_row_is_mapped_field_by_field() {
    let records = read_all(ROW);

    let Some(Ok(request)) = records.first() else {
        panic!("expected one accepted row, got {records:?}");
    };
    assert_eq!(request.source, "myla311:los-angeles");
    assert_eq!(request.number, "1-870704831");
    assert_eq!(request.type_name, "Homeless Encampment");
    assert_eq!(request.division.as_deref(), Some("BOS"));
    assert_eq!(request.channel.as_deref(), Some("Call"));
    assert_eq!(request.requested_at.to_string(), "2018-01-01T07:59:58Z");
    assert_eq!(
        request.updated_at.map(|t| t.to_string()),
        Some("2018-04-09T16:25:28Z".into())
    );
    assert_eq!(
        request.closed_at.map(|t| t.to_string()),
        Some("2018-04-09T16:18:35Z".into())
    );
    assert_eq!(
        request.address.as_deref(),
        Some("2111 W BELLEVUE AVE, 90026")
    );
    assert_eq!(request.postal_code.as_deref(), Some("90026"));
    assert_eq!(
        (request.lat, request.lon),
        (Some(34.073216645), Some(-118.266861909))
    );
    assert_eq!(request.ward.as_deref(), Some("13"));
}

#[test]
fn an_impossible_date_is_rejected_and_the_next_row_still_read() {
    let bad = ROW.replace("12/31/2017 11:59:58 PM", "02/30/2017 10:00:00 AM");

    let records = read_all(&format!("{ROW}{bad}{ROW}"));

    let reasons: Vec<String> = records
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(ToString::to_string)
        .collect();
    assert_eq!(records.iter().filter(|r| r.is_ok()).count(), 2);
    assert_eq!(reasons.len(), 1);
    assert!(
        reasons[0].starts_with(
            "row 2 (SR 1-870704831): CreatedDate '02/30/2017 10:00:00 AM' is not a real date"
        ),
        "{}",
        reasons[0]
    );
}

#[test]
fn a_row_without_number_or_creation_time_is_rejected() {
    let no_number = ROW.replacen("1-870704831", "", 1);
    let no_created = ROW.replacen("12/31/2017 11:59:58 PM", "", 1);
    let bad_closed = ROW.replacen("04/09/2018 09:18:35 AM", "13/09/2018 09:18:35 AM", 1);

    let reasons = reasons(&format!("{no_number}{no_created}{bad_closed}"));

    assert_eq!(reasons[0], "row 1: SRNumber is empty");
    assert_eq!(reasons[1], "row 2 (SR 1-870704831): CreatedDate is empty");
    assert!(
        reasons[2].starts_with(
            "row 3 (SR 1-870704831): ClosedDate '13/09/2018 09:18:35 AM' is not a real date"
        ),
        "{}",
        reasons[2]
    );
}

#[test]
fn a_row_with_a_wrong_field_count_or_bad_utf8_is_rejected() {
    let short = "1-2,12/31/2017 11:59:58 PM,x\n";

    let (before, after) = ROW.split_once("BOS").unwrap_or_default();

    let mut file = format!("{HEADER}{short}{before}B").into_bytes();
    file.push(0xFF);
    file.extend_from_slice(format!("S{after}").as_bytes());
    let records = match parse(&file, "myla311:los-angeles") {
        Ok(records) => records
            .map(|r| r.map_err(|e| e.to_string()))
            .collect::<Vec<_>>(),
        Err(e) => panic!("{e}"),
    };

    assert_eq!(
        records[0],
        Err("row 1 (SR 1-2): has 3 fields where the header has 13".into())
    );
    assert_eq!(
        records[1],
        Err("row 2 (SR 1-870704831): Owner is not valid UTF-8".into())
    );
}

#[test]
fn a_zero_or_unreadable_point_is_dropped_but_the_row_kept() {
    let zero = ROW.replace("34.073216645,-118.266861909", "0,0");
    let words = ROW.replace("34.073216645", "n/a");

    let records = read_all(&format!("{zero}{words}"));

    for record in records {
        let point = record.map(|r| (r.lat, r.lon)).map_err(|r| r.to_string());
        assert_eq!(point, Ok((None, None)));
    }
}

#[test]
fn a_header_without_the_needed_columns_is_an_import_error() {
    let file = "SRNumber,Status\n1-1,Open\n";

    let error = parse(file.as_bytes(), "myla311:los-angeles").err();

    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        message,
        "the CSV header lacks the column(s) CreatedDate, RequestType"
    );
}

#[test]
fn the_size_hint_bounds_the_rows_left_for_any_line_ending() {
    let cases = [
        ("a\nb\n", 2),
        ("a\r\nb", 2),
        ("a\rb\r\nc\r", 3),
        ("", 0),
        ("\"x\ny\"\n", 2),
    ];

    for (body, bound) in cases {
        assert_eq!(rows_at_most(body.as_bytes()), bound, "{body:?}");
    }
}
