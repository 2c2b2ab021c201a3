//! Triage and time: an agent sends a case nobody could place to its division, and that
//! division's supervisor gives it more time.

use heard_domain::Role;
use heard_domain::directory::TRIAGE_DIVISION;
use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{ROADS, Staff, create_user, server};

heard_testing::on_both_backends!(
    staff_an_agent_reroutes_a_not_sure_case_and_the_supervisor_extends_it,
);

async fn staff_an_agent_reroutes_a_not_sure_case_and_the_supervisor_extends_it(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    create_user(&server, "boss", Role::DivisionSupervisor, Some(ROADS)).await;
    let body: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&json!({
            "kind": "complaint",
            "description": "Not sure who handles the road outside my house.",
            "anonymous": true
        }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let tracking: heard_domain::TrackingNumber = body["tracking_number"]
        .as_str()
        .expect("number")
        .parse()
        .expect("valid");
    let before = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(before.division, TRIAGE_DIVISION);
    let agent = Staff::sign_in(&server, "agent").await;
    let boss = Staff::sign_in(&server, "boss").await;
    let (_, hidden_before) = boss.get(&format!("/staff/cases/{tracking}")).await;
    assert!(
        hidden_before.contains("Not found"),
        "not the supervisor's yet"
    );

    let (_, triage) = agent.get(&format!("/staff/cases/{tracking}")).await;
    let (routed, _) = agent
        .act(
            &server,
            &tracking,
            "reroute",
            &[("category", "T311-R0012"), ("text", "A road.")],
        )
        .await;
    let (unknown, unknown_page) = agent
        .act(
            &server,
            &tracking,
            "reroute",
            &[("category", "nope"), ("text", "Where?")],
        )
        .await;
    let (extended, _) = boss
        .act(
            &server,
            &tracking,
            "extend",
            &[("days", "5"), ("text", "A crew is needed.")],
        )
        .await;
    let (too_long, too_long_page) = boss
        .act(
            &server,
            &tracking,
            "extend",
            &[("days", "90"), ("text", "Much later.")],
        )
        .await;

    assert!(triage.contains("Not sure (to triage)"));
    assert_eq!(routed, StatusCode::SEE_OTHER);
    assert_eq!(unknown, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown_page.contains("Choose the category"));
    assert_eq!(extended, StatusCode::SEE_OTHER);
    assert_eq!(too_long, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_long_page.contains("from 1 to 60 business days"),
        "{too_long_page}"
    );
    let after = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(after.division, ROADS);
    assert_eq!(after.category.as_deref(), Some("T311-R0012"));
    let (old, new) = (before.clock.expect("clock"), after.clock.expect("clock"));
    assert!(new.answer_by > old.answer_by, "the answer is due later");
    assert_eq!(after.extensions[0].authorised_by, "boss");
}
