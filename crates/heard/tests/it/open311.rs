//! Open311 GeoReport v2 as a client sees it: both formats, keys, filters and errors.

use heard_testing::TestDb;
use jiff::Timestamp;
use reqwest::StatusCode;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::support::{TestServer, start, toronto};

heard_testing::on_both_backends!(
    discovery_services_and_definitions_come_in_both_formats,
    a_request_needs_a_valid_unrevoked_key,
    a_submitted_request_is_listed_and_found_by_id_without_personal_data,
    bad_requests_get_the_standard_error_list,
    text_that_is_not_utf8_is_refused_not_changed,
);

const SECRET: &str = "s3cretS3cretS3cretS3cretS3cretS3cret0000";

pub async fn with_key(server: &TestServer) -> String {
    let digest: String = Sha256::digest(SECRET.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    server
        .store
        .create_api_key("testkey001", "test-client", &digest, Timestamp::now())
        .await
        .expect("key stored");
    format!("heard_testkey001_{SECRET}")
}

async fn get(server: &TestServer, path: &str) -> (StatusCode, String, String) {
    let response = reqwest::get(format!("{}/open311/v2/{path}", server.base))
        .await
        .expect("sent");
    let status = response.status();
    let content_type = response.headers()["content-type"]
        .to_str()
        .expect("ascii")
        .to_owned();
    (status, content_type, response.text().await.expect("text"))
}

async fn post(server: &TestServer, format: &str, fields: &[(&str, &str)]) -> (StatusCode, String) {
    let response = reqwest::Client::new()
        .post(format!("{}/open311/v2/requests.{format}", server.base))
        .form(fields)
        .send()
        .await
        .expect("sent");
    (response.status(), response.text().await.expect("text"))
}

async fn discovery_services_and_definitions_come_in_both_formats(db: TestDb) {
    let server = start(&db, toronto()).await;

    let (status, content_type, json) = get(&server, "services.json").await;
    let (xml_status, xml_type, xml) = get(&server, "services.xml").await;
    let (_, _, definition) = get(&server, "services/T311-R0012.xml").await;
    let (_, _, discovery) = get(&server, "discovery.json").await;

    assert_eq!((status, xml_status), (StatusCode::OK, StatusCode::OK));
    assert!(content_type.starts_with("application/json"));
    assert!(xml_type.starts_with("text/xml"));
    let services: Value = serde_json::from_str(&json).expect("json");
    let count = services.as_array().expect("a list").len();
    assert_eq!(
        count,
        heard_domain::Directory::default_toronto().category_count()
    );
    assert_eq!(xml.matches("<service>").count(), count);
    assert!(
        xml.contains("<group>Municipal Licensing &amp; Standards: Toronto Animal Services</group>")
    );
    assert!(definition.contains("<service_definition><service_code>T311-R0012</service_code>"));
    assert!(definition.contains("<key>compliment</key>"));
    let discovery: Value = serde_json::from_str(&discovery).expect("json");
    assert_eq!(discovery["endpoints"][0]["formats"][1], "application/json");
}

async fn a_request_needs_a_valid_unrevoked_key(db: TestDb) {
    let server = start(&db, toronto()).await;
    let key = with_key(&server).await;
    let fields = |api_key: &'static str| {
        vec![
            ("api_key", api_key),
            ("service_code", "T311-R0012"),
            ("lat", "43.6535"),
            ("long", "-79.3841"),
            ("description", "Pothole again"),
        ]
    };

    let (none, _) = post(&server, "json", &fields("")).await;
    let (wrong, _) = post(&server, "json", &fields("heard_testkey001_wrong")).await;
    let mut good_fields = fields("");
    good_fields[0].1 = &key;
    let (good, _) = post(&server, "json", &good_fields).await;
    server
        .store
        .revoke_api_key("test-client", Timestamp::now())
        .await
        .expect("revoked");
    let (revoked, body) = post(&server, "xml", &good_fields).await;

    assert_eq!(
        (none, wrong, good, revoked),
        (
            StatusCode::FORBIDDEN,
            StatusCode::FORBIDDEN,
            StatusCode::CREATED,
            StatusCode::FORBIDDEN
        )
    );
    assert!(body.contains("<errors><error><code>403</code>"), "{body}");
    assert_eq!(server.store.count_cases().await.expect("count"), 1);
}

async fn a_submitted_request_is_listed_and_found_by_id_without_personal_data(db: TestDb) {
    let server = start(&db, toronto()).await;
    let key = with_key(&server).await;

    let (status, body) = post(
        &server,
        "json",
        &[
            ("api_key", &key),
            ("service_code", "T311-R0012"),
            ("lat", "43.6535"),
            ("long", "-79.3841"),
            ("email", "ines.client@example.ca"),
            ("first_name", "Inès"),
            ("description", "Nid-de-poule 路面有坑 الحفرة 🕳️"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let created: Value = serde_json::from_str(&body).expect("json");
    let id = created[0]["service_request_id"]
        .as_str()
        .expect("id")
        .to_owned();

    let (_, _, one) = get(&server, &format!("requests/{id}.json")).await;
    let (_, _, listed) = get(&server, &format!("requests.json?service_request_id={id}")).await;
    let (_, _, open) = get(&server, "requests.xml?status=open&service_code=T311-R0012").await;
    let (_, _, closed) = get(&server, "requests.json?status=closed").await;

    let one: Value = serde_json::from_str(&one).expect("json");
    assert_eq!(one[0]["service_request_id"], id);
    assert_eq!(one[0]["status"], "open");
    assert_eq!(one[0]["service_name"], "Road - Pot hole");
    assert!(
        one[0]["requested_datetime"]
            .as_str()
            .expect("time")
            .ends_with(":00"),
        "an offset"
    );
    let listed: Value = serde_json::from_str(&listed).expect("json");
    assert_eq!(listed.as_array().expect("list").len(), 1);
    assert!(open.contains(&format!("<service_request_id>{id}</service_request_id>")));
    assert_eq!(closed, "[]");
    for text in [&one.to_string(), &open] {
        for personal in ["ines.client", "Inès", "Nid-de-poule", "43.65"] {
            assert!(!text.contains(personal), "{personal} is shown");
        }
    }
    let case = server
        .store
        .find_case(&id.parse().expect("valid"))
        .await
        .expect("stored");
    assert_eq!(case.description, "Nid-de-poule 路面有坑 الحفرة 🕳️");
    assert_eq!(case.channel, heard_domain::Channel::Open311);
    assert_eq!(case.location.ward.as_deref(), Some("10"));
}

async fn bad_requests_get_the_standard_error_list(db: TestDb) {
    let server = start(&db, toronto()).await;
    let key = with_key(&server).await;

    let (no_service, _) = post(
        &server,
        "json",
        &[("api_key", &key), ("lat", "43.6"), ("long", "-79.4")],
    )
    .await;
    let (unknown, _) = post(
        &server,
        "json",
        &[
            ("api_key", &key),
            ("service_code", "NOPE"),
            ("lat", "43.6"),
            ("long", "-79.4"),
        ],
    )
    .await;
    let (no_place, body) = post(
        &server,
        "json",
        &[
            ("api_key", &key),
            ("service_code", "T311-R0012"),
            ("description", "x"),
        ],
    )
    .await;
    let (no_words, words) = post(
        &server,
        "json",
        &[
            ("api_key", &key),
            ("service_code", "T311-R0012"),
            ("lat", "43.6"),
            ("long", "-79.4"),
        ],
    )
    .await;
    let (bad_id, _, _) = get(&server, "requests/1234-5678-99.json").await;
    let (missing, _, _) = get(&server, "requests/0000-0000-00.xml").await;
    let (no_suffix, _, _) = get(&server, "services").await;
    let (backwards, _, _) = get(
        &server,
        "requests.json?start_date=2026-12-02T00:00:00Z&end_date=2026-12-01T00:00:00Z",
    )
    .await;
    assert_eq!(backwards, StatusCode::BAD_REQUEST);

    assert_eq!(no_service, StatusCode::BAD_REQUEST);
    assert_eq!(unknown, StatusCode::NOT_FOUND);
    assert_eq!(no_place, StatusCode::BAD_REQUEST);
    let list: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(list[0]["code"], 400);
    assert_eq!(no_words, StatusCode::BAD_REQUEST);
    assert!(words.contains("description"), "{words}");
    assert_eq!(
        (bad_id, missing, no_suffix),
        (
            StatusCode::BAD_REQUEST,
            StatusCode::NOT_FOUND,
            StatusCode::BAD_REQUEST
        )
    );
}

/// A request valid but for bytes that are not UTF-8 in its description is refused with the
/// field named, and nothing is stored; so is such a query string, on Open311 and on a page,
/// and such a field of the public form.
async fn text_that_is_not_utf8_is_refused_not_changed(db: TestDb) {
    let server = start(&db, toronto()).await;
    let key = with_key(&server).await;
    let client = reqwest::Client::new();

    let posted = client
        .post(format!("{}/open311/v2/requests.json", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "api_key={key}&service_code=T311-R0012&lat=43.6535&long=-79.3841\
             &email=a%40example.ca&description=hole%FF%FEhere"
        ))
        .send()
        .await
        .expect("sent");
    let posted_status = posted.status();
    let posted_body = posted.text().await.expect("text");
    let (query_status, _, query_body) = get(&server, "requests.json?status=op%FFen").await;
    let page = reqwest::get(format!("{}/track?number=%FF", server.base))
        .await
        .expect("sent");
    let page_status = page.status();
    let page_type = page.headers()["content-type"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let form = reqwest::multipart::Form::new()
        .text("kind", "complaint")
        .text("category", "T311-R0012")
        .part(
            "description",
            reqwest::multipart::Part::bytes(b"hole \xFF\xFE here".to_vec()),
        );
    let submitted = client
        .post(format!("{}/submit", server.base))
        .multipart(form)
        .send()
        .await
        .expect("sent")
        .status();

    assert_eq!(posted_status, StatusCode::BAD_REQUEST);
    let errors: Value = serde_json::from_str(&posted_body).expect("an Open311 error list");
    let said = errors[0]["description"].as_str().expect("a description");
    assert!(
        said.contains("'description'") && said.contains("UTF-8"),
        "{said}"
    );
    assert_eq!(server.store.count_cases().await.expect("count"), 0);
    assert_eq!(query_status, StatusCode::BAD_REQUEST);
    assert!(query_body.contains("'status'"), "{query_body}");
    assert_eq!(page_status, StatusCode::BAD_REQUEST);
    assert!(page_type.starts_with("text/html"), "{page_type}");
    assert_eq!(submitted, StatusCode::BAD_REQUEST);
    assert_eq!(server.store.count_cases().await.expect("count"), 0);
}
