//! Staff search: found by any part of a case, within the divisions the role may see, and
//! recorded in the audit; download of what was found.

use heard_domain::Role;
use heard_testing::TestDb;
use reqwest::StatusCode;

use super::{ROADS, Staff, WATER, complaint, create_user, server};

heard_testing::on_both_backends!(staff_search_finds_within_the_divisions_the_role_sees,);

async fn staff_search_finds_within_the_divisions_the_role_sees(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    create_user(&server, "roads", Role::DivisionStaff, Some(ROADS)).await;
    create_user(&server, "analyst", Role::Analyst, None).await;
    let pothole = complaint(&server, "T311-R0012").await;
    let water = complaint(&server, "T311-R0071").await;
    assert_ne!(WATER, ROADS);

    let agent = Staff::sign_in(&server, "agent").await;
    let (status, page) = agent.get("/staff/search?q=example.ca").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&pothole.to_string()) && page.contains(&water.to_string()));
    let (_, by_number) = agent
        .get(&format!("/staff/search?q={}", water.compact()))
        .await;
    assert!(by_number.contains(&water.to_string()));
    assert!(!by_number.contains(&pothole.to_string()));

    let roads = Staff::sign_in(&server, "roads").await;
    let (_, scoped) = roads.get("/staff/search?q=example.ca").await;
    assert!(scoped.contains(&pothole.to_string()));
    assert!(
        !scoped.contains(&water.to_string()),
        "another division's case is not found"
    );
    let (_, csv) = roads.get("/staff/search.csv?q=example.ca").await;
    assert_eq!(csv.lines().count(), 2, "a header and the one case: {csv}");

    let analyst = Staff::sign_in(&server, "analyst").await;
    let (status, _) = analyst.get("/staff/search?q=example.ca").await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "analysts see no personal data"
    );

    let (_, long) = agent
        .get(&format!("/staff/search?q={}", "x".repeat(201)))
        .await;
    assert!(long.contains("at most 200 characters"));
    let audit = server
        .store
        .staff_audit_for_user("agent")
        .await
        .expect("audit");
    assert!(audit.iter().any(|a| a.action == "searched_cases"));
}
