//! The OpenAPI document says what the API does: every status it answers, what a tracking
//! number looks like, and which submissions it accepts. `interop/run` checks the document
//! against the server with schemathesis; these are the gaps it found.

use heard_domain::TrackingNumber;
use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::api::{content_type, submit};
use crate::support::{TestServer, get_json, start, toronto};

heard_testing::on_both_backends!(
    every_refusal_of_a_resident_action_is_a_documented_status,
    the_documented_tracking_number_is_a_valid_number_of_a_given_shape,
    a_submission_the_document_used_to_allow_is_refused_and_the_document_now_says_why,
    submissions_at_the_edges_of_the_documented_rules_are_accepted,
);

const ACTIONS: [&str; 3] = ["escalation", "information", "withdrawal"];

async fn document(server: &TestServer) -> Value {
    get_json(format!("{}/api/v1/openapi.json", server.base)).await
}

/// The statuses the document gives for an operation.
fn documented(doc: &Value, path: &str, method: &str) -> Vec<String> {
    doc["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} is documented"))
        .keys()
        .cloned()
        .collect()
}

async fn every_refusal_of_a_resident_action_is_a_documented_status(db: TestDb) {
    let server = start(&db, toronto()).await;
    let client = reqwest::Client::new();
    let doc = document(&server).await;

    for action in ACTIONS {
        let url = format!("{}/api/v1/cases/0000-0000-00/{action}", server.base);
        let not_json = client
            .post(&url)
            .body("confirm=me")
            .send()
            .await
            .expect("sent");
        let too_large = client
            .post(&url)
            .json(&json!({ "confirm": "a".repeat(300 * 1024) }))
            .send()
            .await
            .expect("sent");

        assert_eq!(not_json.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(content_type(&not_json), "application/problem+json");
        assert_eq!(too_large.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let statuses = documented(
            &doc,
            &format!("/api/v1/cases/{{tracking_number}}/{action}"),
            "post",
        );
        for status in ["200", "400", "404", "409", "413", "415", "422", "429"] {
            assert!(
                statuses.contains(&status.to_owned()),
                "{action}: {status} in {statuses:?}"
            );
        }
    }
    let statuses = documented(&doc, "/api/v1/cases", "post");
    assert!(statuses.contains(&"413".to_owned()), "{statuses:?}");
}

async fn the_documented_tracking_number_is_a_valid_number_of_a_given_shape(db: TestDb) {
    let server = start(&db, toronto()).await;
    let doc = document(&server).await;
    let parameter = &doc["paths"]["/api/v1/cases/{tracking_number}"]["get"]["parameters"][0];
    let example = parameter["example"]
        .as_str()
        .or(parameter["schema"]["example"].as_str())
        .expect("an example number");

    let response = reqwest::get(format!("{}/api/v1/cases/{example}", server.base))
        .await
        .expect("sent");

    assert!(
        example.parse::<TrackingNumber>().is_ok(),
        "{example} is valid"
    );
    assert_eq!(
        response.status(),
        StatusCode::NOT_FOUND,
        "no case has {example}"
    );
    assert_eq!(
        parameter["schema"]["format"], "tracking-number",
        "{parameter}"
    );
    assert_eq!(
        parameter["schema"]["pattern"], "^[0-9]{4}-?[0-9]{4}-?[0-9]{2}$",
        "{parameter}"
    );
    let created = &doc["components"]["schemas"]["Created"]["properties"]["tracking_number"];
    let number = created["example"].as_str().expect("an example");
    assert!(
        number.parse::<TrackingNumber>().is_ok(),
        "{number} is valid"
    );
}

async fn a_submission_the_document_used_to_allow_is_refused_and_the_document_now_says_why(
    db: TestDb,
) {
    let server = start(&db, toronto()).await;
    // Every field was optional and nullable in the document; this is what schemathesis sent.
    let body = json!({ "anonymous": false, "kind": null, "description": null, "contact": null });

    let response = submit(&server, &body).await;
    let doc = document(&server).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.expect("json");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(fields, ["kind", "description", "contact"], "{problem}");
    let submission = &doc["components"]["schemas"]["Submission"];
    assert_eq!(submission["required"], json!(["kind", "description"]));
    assert_eq!(
        submission["properties"]["kind"]["enum"],
        json!(["complaint", "compliment", "comment"])
    );
    let (anonymous, identified) = (&submission["anyOf"][0], &submission["anyOf"][1]);
    assert_eq!(
        anonymous["properties"]["anonymous"]["const"], true,
        "{submission}"
    );
    assert_eq!(identified["required"], json!(["contact"]), "{submission}");
    let category = submission["properties"]["category"]["anyOf"].to_string();
    assert!(category.contains("\"T311-R0012\"") && category.contains("\"not_sure\""));
}

async fn submissions_at_the_edges_of_the_documented_rules_are_accepted(db: TestDb) {
    let server = start(&db, toronto()).await;
    // Blank texts count as absent, spaces are trimmed, a postal code may be spaced and in
    // lower case, a phone may carry punctuation: the document's patterns say so.
    let anonymous = json!({
        "kind": "comment",
        "description": "  Thank you for the new bench.  ",
        "anonymous": true,
        "category": "   ",
        "location": { "postal_code": " m5v 3l9 ", "lat": null, "lon": null },
        "contact": { "preferred_language": " fr-CA ", "interpreter_language": "" },
    });
    let by_text = json!({
        "kind": "complaint",
        "description": "Missed pickup.",
        "contact": { "email": " ", "phone": "+1 (416) 555-0199", "preferred_contact_method": "sms" },
    });
    let wrong_method = json!({
        "kind": "complaint",
        "description": "Missed pickup.",
        "contact": { "phone": "416-555-0199", "preferred_contact_method": "email" },
    });

    let statuses = [
        submit(&server, &anonymous).await.status(),
        submit(&server, &by_text).await.status(),
        submit(&server, &wrong_method).await.status(),
    ];

    assert_eq!(
        statuses,
        [
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::UNPROCESSABLE_ENTITY
        ]
    );
    let doc = document(&server).await;
    let identified = &doc["components"]["schemas"]["Submission"]["anyOf"][1];
    let by_phone = &identified["properties"]["contact"]["anyOf"][1];
    let methods = by_phone["properties"]["preferred_contact_method"].to_string();
    assert!(
        methods.contains("\"sms\"") && !methods.contains("\"email\""),
        "{by_phone}"
    );
}
