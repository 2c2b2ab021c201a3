//! The open-data export: every case, no personal data, the same file from the same data.

use heard_domain::Channel;
use heard_domain::event::{Actor, CaseEvent, Outcome};
use heard_domain::intake::{IntakeContext, Submission};
use heard_storage::NewEvent;
use heard_testing::TestDb;
use jiff::Timestamp;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::import::import_all;
use crate::support::{TestServer, shared_data, start, toronto};

heard_testing::on_both_backends!(the_export_holds_every_case_and_no_personal_detail,);

const NAME: &str = "Wilhelmina Okonkwo-Tremblay";
const EMAIL: &str = "w.okonkwo.tremblay@example.ca";
const PHONE: &str = "647-555-0142";
const ADDRESS: &str = "39 Larkspur Terrace";
const WORDS: &str = "tangerine lamppost flickering";
const REMEDY: &str = "replace the tangerine bulb";
const STAFF: &str = "staffer.distinctive";
const UPDATE: &str = "crew visited the lamppost twice";
const REASONS: &str = "the bulb was replaced under work order";

async fn fetch(server: &TestServer, path: &str) -> (StatusCode, String, String) {
    let response = reqwest::get(format!("{}{path}", server.base))
        .await
        .expect("sent");
    let status = response.status();
    let kind = response.headers()["content-type"]
        .to_str()
        .expect("ascii")
        .to_owned();
    (status, kind, response.text().await.expect("text"))
}

async fn the_export_holds_every_case_and_no_personal_detail(db: TestDb) {
    let server = start(&db, toronto()).await;
    let imported = import_all(&db);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let created: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&json!({
            "kind": "complaint",
            "category": "T311-R0012",
            "description": format!("The {WORDS} at {ADDRESS}, call {PHONE}"),
            "remedy_sought": REMEDY,
            "location": { "address": ADDRESS, "postal_code": "M5H 2N2", "lat": 43.6535, "lon": -79.3841 },
            "contact": { "name": NAME, "email": EMAIL, "phone": PHONE },
        }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let tracking = created["tracking_number"]
        .as_str()
        .expect("number")
        .to_owned();
    let number = tracking.parse().expect("valid");
    let staff = Actor::Staff {
        username: STAFF.into(),
    };
    for event in [
        CaseEvent::Acknowledged,
        CaseEvent::UpdateSent {
            text: UPDATE.into(),
        },
        CaseEvent::Resolved {
            outcome: Outcome::Upheld,
            reasons: REASONS.into(),
        },
    ] {
        server
            .store
            .append_event(
                &number,
                NewEvent {
                    at: Timestamp::now(),
                    actor: staff.clone(),
                    channel: Channel::Phone,
                    event,
                },
                None,
            )
            .await
            .expect("recorded");
    }
    // More than one page of the export.
    let directory = heard_domain::Directory::default_toronto();
    let context = IntakeContext {
        channel: Channel::Web,
        taken_by: None,
    };
    for i in 0..1500 {
        let thanks = Submission {
            kind: Some("compliment".into()),
            description: Some(format!("Thanks {i} from {NAME}")),
            anonymous: true,
            ..Default::default()
        }
        .validate(&directory, &context)
        .expect("valid");
        server
            .store
            .create_case(&thanks, Timestamp::now(), &Actor::Resident, Channel::Web)
            .await
            .expect("stored");
    }

    let (status, kind, csv) = fetch(&server, "/open-data/cases.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/csv"), "{kind}");
    let (_, kind, json) = fetch(&server, "/open-data/cases.json").await;
    assert!(kind.starts_with("application/json"), "{kind}");
    let (_, _, page) = fetch(&server, "/open-data").await;

    // Every case, once, over several pages of the export.
    let rows: Vec<Value> = serde_json::from_str(&json).expect("a JSON array");
    let cases = usize::try_from(server.store.count_cases().await.expect("count")).expect("fits");
    assert_eq!(rows.len(), cases);
    assert_eq!(
        csv.lines().count(),
        cases + 1,
        "a header and a line per case"
    );
    let ours = rows
        .iter()
        .find(|r| r["tracking_number"] == tracking.as_str())
        .expect("the complaint is exported");
    assert_eq!(ours["postal_prefix"], "M5H");
    assert_eq!(ours["first_outcome"], "upheld");
    assert!(ours["ward"].is_string(), "the point gives a ward: {ours}");

    // Nothing personal: not from the cases, not from the imported records' free text.
    let mut private = vec![
        NAME.to_owned(),
        EMAIL.into(),
        PHONE.into(),
        ADDRESS.into(),
        WORDS.into(),
        REMEDY.into(),
        STAFF.into(),
        UPDATE.into(),
        REASONS.into(),
        "43.6535".into(),
        "79.3841".into(),
        "M5H 2N2".into(),
    ];
    private.extend(imported_free_text());
    for published in [&csv, &json, &page] {
        for detail in &private {
            assert!(
                !published.contains(detail.as_str()),
                "'{detail}' is published"
            );
        }
    }

    // The same data gives the same files.
    assert_eq!(fetch(&server, "/open-data/cases.csv").await.2, csv);
    assert_eq!(fetch(&server, "/open-data/cases.json").await.2, json);
}

/// Descriptions and addresses typed into the imported Toronto records, long enough to be
/// recognised anywhere.
fn imported_free_text() -> Vec<String> {
    let text = std::fs::read_to_string(shared_data("toronto/toronto_open311_requests_2018.json"))
        .expect("the Toronto file");
    let records: Value = serde_json::from_str(&text).expect("JSON");
    let list = records
        .as_array()
        .or_else(|| records["service_requests"].as_array())
        .cloned()
        .unwrap_or_default();
    let found: Vec<String> = list
        .iter()
        .flat_map(|r| ["description", "address"].map(|f| r[f].as_str().map(str::to_owned)))
        .flatten()
        .filter(|t| t.chars().count() >= 12)
        .collect();
    assert!(!found.is_empty(), "the file has free text to look for");
    found
}
