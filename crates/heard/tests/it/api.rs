//! The JSON API as a client sees it.

use std::sync::Arc;

use heard_domain::{Directory, TrackingNumber};
use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{TestServer, get_json, start, toronto};

heard_testing::on_both_backends!(
    divisions_list_the_five_partners_with_categories_and_standards,
    a_submission_is_answered_with_a_tracking_number_and_can_be_followed,
    the_public_view_carries_no_personal_data,
    invalid_fields_are_each_named_in_a_problem_document,
    a_malformed_body_gets_a_problem_document_not_a_case,
    a_mistyped_tracking_number_is_invalid_not_someone_elses_case,
    a_point_inside_toronto_gets_its_ward,
    a_sixth_division_needs_only_configuration,
    the_health_check_names_the_database,
);

/// A valid complaint with contact details and a point in Toronto.
pub fn complaint() -> Value {
    json!({
        "kind": "complaint",
        "category": "T311-R0012",
        "description": "Pothole reported twice and closed without repair.",
        "location": { "address": "100 Queen St W", "lat": 43.6535, "lon": -79.3841 },
        "contact": { "name": "Zoë Resident", "email": "zoe.resident@example.ca", "phone": "416-555-0199" }
    })
}

/// Sends a submission to the API.
pub async fn submit(server: &TestServer, body: &Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(body)
        .send()
        .await
        .expect("request sent")
}

async fn follow(server: &TestServer, tracking: &str) -> reqwest::Response {
    reqwest::get(format!("{}/api/v1/cases/{tracking}", server.base))
        .await
        .expect("request sent")
}

/// The answer's media type.
pub fn content_type(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

async fn divisions_list_the_five_partners_with_categories_and_standards(db: TestDb) {
    let server = start(&db, toronto()).await;

    let body: Value = get_json(format!("{}/api/v1/divisions", server.base)).await;

    let divisions = body["divisions"].as_array().expect("a list");
    assert_eq!(divisions.len(), 5);
    assert_eq!(divisions[1]["name"], "Toronto Water");
    assert_eq!(divisions[1]["standards"]["first_stage_days"], 10);
    let categories = &divisions[2]["sections"][0]["categories"];
    assert!(
        categories
            .as_array()
            .expect("categories")
            .iter()
            .any(|c| c["name"] == "Road - Pot hole")
    );
}

async fn a_submission_is_answered_with_a_tracking_number_and_can_be_followed(db: TestDb) {
    let server = start(&db, toronto()).await;

    let response = submit(&server, &complaint()).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let location = response.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let created: Value = response.json().await.expect("json");
    let tracking = created["tracking_number"].as_str().expect("a number");

    assert!(tracking.parse::<TrackingNumber>().is_ok(), "{tracking}");
    assert_eq!(location, format!("/api/v1/cases/{tracking}"));
    assert_eq!(
        created["tracking_url"],
        format!("https://heard.example/track/{tracking}")
    );
    let followed: Value = follow(&server, tracking).await.json().await.expect("json");
    assert_eq!(followed["status"], "received");
    assert_eq!(
        followed["division"]["code"],
        "transportation-road-operations"
    );
    assert_eq!(followed["category"]["name"], "Road - Pot hole");
}

async fn the_public_view_carries_no_personal_data(db: TestDb) {
    let server = start(&db, toronto()).await;
    let created: Value = submit(&server, &complaint())
        .await
        .json()
        .await
        .expect("json");

    let text = follow(
        &server,
        created["tracking_number"].as_str().expect("number"),
    )
    .await
    .text()
    .await
    .expect("text");

    for personal in [
        "Zoë",
        "zoe.resident@example.ca",
        "555-0199",
        "100 Queen",
        "43.65",
        "Pothole reported",
    ] {
        assert!(
            !text.contains(personal),
            "the public view shows {personal}: {text}"
        );
    }
}

async fn invalid_fields_are_each_named_in_a_problem_document(db: TestDb) {
    let server = start(&db, toronto()).await;
    let mut body = complaint();
    body["kind"] = json!("praise");
    body["contact"]["email"] = json!("not-an-address");

    let response = submit(&server, &body).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(content_type(&response), "application/problem+json");
    let problem: Value = response.json().await.expect("json");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    assert_eq!(fields, ["kind", "contact.email"]);
    assert_eq!(server.store.count_cases().await.expect("count"), 0);
}

async fn a_malformed_body_gets_a_problem_document_not_a_case(db: TestDb) {
    let server = start(&db, toronto()).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/cases", server.base);

    let truncated = client
        .post(&url)
        .header("content-type", "application/json")
        .body(r#"{"kind": "complaint", "description": "#)
        .send()
        .await
        .expect("sent");
    let not_json = client
        .post(&url)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .expect("sent");
    let unknown_field = submit(&server, &json!({"kind": "complaint", "colour": "red"})).await;

    assert_eq!(truncated.status(), StatusCode::BAD_REQUEST);
    assert_eq!(content_type(&truncated), "application/problem+json");
    assert_eq!(not_json.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(unknown_field.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = unknown_field.json().await.expect("json");
    let message = problem["errors"][0]["message"].as_str().expect("message");
    assert!(message.contains("colour"), "{problem}");
    let wrong_type = submit(
        &server,
        &json!({"kind": "complaint", "contact": {"email": 5}}),
    )
    .await;
    assert_eq!(wrong_type.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = wrong_type.json().await.expect("json");
    assert_eq!(problem["errors"][0]["field"], "contact.email", "{problem}");
    assert!(!problem.to_string().contains("line 1"), "{problem}");
    assert_eq!(server.store.count_cases().await.expect("count"), 0);
}

async fn a_mistyped_tracking_number_is_invalid_not_someone_elses_case(db: TestDb) {
    let server = start(&db, toronto()).await;
    let created: Value = submit(&server, &complaint())
        .await
        .json()
        .await
        .expect("json");
    let tracking = created["tracking_number"].as_str().expect("number");
    let mut digits: Vec<char> = tracking.chars().collect();
    digits[0] = if digits[0] == '9' { '8' } else { '9' };
    let mistyped: String = digits.into_iter().collect();

    let response = follow(&server, &mistyped).await;

    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let problem: Value = response.json().await.expect("json");
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("check each digit"),
        "{problem}"
    );
    assert_eq!(
        follow(&server, "0000-0000-00").await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn a_point_inside_toronto_gets_its_ward(db: TestDb) {
    let server = start(&db, toronto()).await;
    let created: Value = submit(&server, &complaint())
        .await
        .json()
        .await
        .expect("json");
    let tracking: TrackingNumber = created["tracking_number"]
        .as_str()
        .expect("number")
        .parse()
        .expect("valid");

    let case = server.store.find_case(&tracking).await.expect("stored");

    // 100 Queen St W, City Hall, is in Spadina-Fort York, ward 10.
    assert_eq!(case.location.ward.as_deref(), Some("10"));
}

async fn a_sixth_division_needs_only_configuration(db: TestDb) {
    let parks = r#"
[[division]]
code = "parks"
name = "Parks, Forestry & Recreation"
handles = "Parks, trees and recreation centres."

[[division.section]]
code = "T311-S012"
name = "Forestry & Recreation"

[[division.section.category]]
code = "T311-R0009"
name = "General Pruning"
"#;
    let text = format!("{}\n{parks}", heard_domain::directory::DEFAULT_DIRECTORY);
    let directory = Arc::new(Directory::from_toml(&text).expect("six divisions"));
    let server = start(&db, directory).await;
    let mut body = complaint();
    body["category"] = json!("T311-R0009");

    let response = submit(&server, &body).await;

    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.expect("json");
    assert_eq!(created["division"], "parks");
    let followed: Value = follow(&server, created["tracking_number"].as_str().expect("n"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(followed["division"]["name"], "Parks, Forestry & Recreation");
}

async fn the_health_check_names_the_database(db: TestDb) {
    let server = start(&db, toronto()).await;

    let body: Value = get_json(format!("{}/healthz", server.base)).await;

    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], server.store.backend_name());
}
