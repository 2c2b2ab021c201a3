//! The API's protocol: safe retries, body limits, and the OpenAPI document.

use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::api::{complaint, content_type, submit};
use crate::support::{get_json, get_text_at, start, toronto};

heard_testing::on_both_backends!(
    concurrent_retries_with_one_idempotency_key_make_one_case,
    too_large_a_body_is_a_problem_document_that_gives_the_limit,
    the_openapi_document_describes_every_route_of_the_api,
);

async fn concurrent_retries_with_one_idempotency_key_make_one_case(db: TestDb) {
    let server = start(&db, toronto()).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/cases", server.base);

    let retries: Vec<_> = (0..6)
        .map(|_| {
            client
                .post(&url)
                .header("idempotency-key", "app-7f3a-0001")
                .json(&complaint())
                .send()
        })
        .collect();
    let mut statuses = Vec::new();
    let mut numbers = Vec::new();
    for retry in retries {
        let response = retry.await.expect("sent");
        statuses.push(response.status());
        let body: Value = response.json().await.expect("json");
        numbers.push(body["tracking_number"].as_str().expect("number").to_owned());
    }
    let other_body = client
        .post(&url)
        .header("idempotency-key", "app-7f3a-0001")
        .json(&json!({"kind": "comment", "description": "Different", "anonymous": true}))
        .send()
        .await
        .expect("sent");

    numbers.dedup();
    assert_eq!(numbers.len(), 1, "every retry answered with one case");
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1
    );
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 5);
    assert_eq!(other_body.status(), StatusCode::CONFLICT);
    let reordered = client
        .post(&url)
        .header("idempotency-key", "app-7f3a-0001")
        .header("content-type", "application/json")
        .body(
            serde_json::to_string(&complaint())
                .expect("json")
                .replace("{\"", "{ \""),
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(
        reordered.status(),
        StatusCode::OK,
        "other spacing is the same request"
    );
    assert_eq!(server.store.count_cases().await.expect("count"), 1);
}

async fn the_openapi_document_describes_every_route_of_the_api(db: TestDb) {
    let server = start(&db, toronto()).await;

    let doc: Value = get_json(format!("{}/api/v1/openapi.json", server.base)).await;

    assert!(doc["openapi"].as_str().expect("version").starts_with("3.1"));
    let paths: Vec<&str> = doc["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .map(String::as_str)
        .collect();
    for path in [
        "/api/v1/divisions",
        "/api/v1/cases",
        "/api/v1/cases/{tracking_number}",
        "/api/v1/cases/{tracking_number}/escalation",
        "/api/v1/cases/{tracking_number}/information",
        "/api/v1/cases/{tracking_number}/withdrawal",
    ] {
        assert!(paths.contains(&path), "{path} is missing from {paths:?}");
        // Every documented path is a route of the server, not its "no such address" answer.
        let url = format!(
            "{}{}",
            server.base,
            path.replace("{tracking_number}", "0000-0000-00")
        );
        let body = get_text_at(&url).await;
        assert!(
            !body.contains("There is nothing at this address"),
            "{path} is not served"
        );
    }
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for schema in [
        "Submission",
        "SubmittedContact",
        "PublicCase",
        "Problem",
        "DivisionList",
    ] {
        assert!(schemas.contains_key(schema), "{schema} is missing");
    }
}

async fn too_large_a_body_is_a_problem_document_that_gives_the_limit(db: TestDb) {
    let server = start(&db, toronto()).await;
    let mut body = complaint();
    body["description"] = json!("a".repeat(3 * 1024 * 1024));

    let response = submit(&server, &body).await;

    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(content_type(&response), "application/problem+json");
    let problem: Value = response.json().await.expect("json");
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("at most"),
        "{problem}"
    );
}
