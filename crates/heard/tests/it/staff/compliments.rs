//! A compliment handled on the staff console: forwarded to the supervisor of the staff it
//! praises and closed, with a thank-you to a resident who asked for a reply; and the
//! forwards the domain refuses, explained on the page.

use heard_domain::notify::NoticeKind;
use heard_domain::{Role, Status, TrackingNumber};
use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::json;

use super::{ROADS, Staff, WATER, create_user, pothole, server, submit};
use crate::support::TestServer;

heard_testing::on_both_backends!(
    staff_a_compliment_is_forwarded_to_the_supervisor_closed_and_the_resident_thanked,
    staff_a_forward_to_the_wrong_person_or_without_thanks_is_refused_with_the_reason,
);

const THANKS: &str = "Thank you: we passed your words to the crew and their supervisor.";

/// A compliment about snow ploughing sent through the API, with an e-mail address.
async fn compliment(server: &TestServer) -> TrackingNumber {
    submit(
        server,
        json!({
            "kind": "compliment",
            "category": "T311-R0026",
            "description": "The plough crew cleared Elm Street before six.",
            "contact": {"name": "Grace Resident", "email": "grace.resident@example.ca"}
        }),
    )
    .await
}

async fn staff_a_compliment_is_forwarded_to_the_supervisor_closed_and_the_resident_thanked(
    db: TestDb,
) {
    let server = server(&db).await;
    create_user(&server, "roads1", Role::DivisionStaff, Some(ROADS)).await;
    create_user(&server, "lead", Role::DivisionSupervisor, Some(ROADS)).await;
    let tracking = compliment(&server).await;
    let roads = Staff::sign_in(&server, "roads1").await;

    let (_, before) = roads.get(&format!("/staff/cases/{tracking}")).await;
    let fields = [("to", "lead"), ("text", THANKS)];
    let (status, page) = roads.act(&server, &tracking, "forward", &fields).await;

    assert!(
        before.contains("/forward\""),
        "the form is offered: {before}"
    );
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    let case = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(case.status, Status::Closed);
    assert_eq!(case.assignee.as_deref(), Some("lead"));
    let history = server.store.case_history(&tracking).await.expect("history");
    let names: Vec<_> = history.iter().map(|r| r.event.name()).collect();
    assert_eq!(names, ["received", "compliment_forwarded"]);
    let sent = server
        .store
        .notifications_for_case(&tracking)
        .await
        .expect("messages");
    let notices: Vec<_> = sent.iter().map(|m| m.notice).collect();
    assert_eq!(notices, [NoticeKind::Thanks, NoticeKind::UpdateSent]);
    assert!(sent[1].body_text.contains(THANKS), "{}", sent[1].body_text);
    assert_eq!(sent[1].recipient, "grace.resident@example.ca");
    let (_, closed) = roads.get(&format!("/staff/cases/{tracking}")).await;
    assert!(closed.contains("Forwarded to lead, and closed; thanked the resident"));
    assert!(
        !closed.contains("/forward\""),
        "a closed compliment is not forwarded again"
    );
    let public = reqwest::get(format!("{}/track/{tracking}", server.base))
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    assert!(public.contains(THANKS), "the resident reads the thank-you");
}

async fn staff_a_forward_to_the_wrong_person_or_without_thanks_is_refused_with_the_reason(
    db: TestDb,
) {
    let server = server(&db).await;
    create_user(&server, "roads1", Role::DivisionStaff, Some(ROADS)).await;
    create_user(&server, "water.lead", Role::DivisionSupervisor, Some(WATER)).await;
    create_user(&server, "lead", Role::DivisionSupervisor, Some(ROADS)).await;
    let tracking = compliment(&server).await;
    let complaint = pothole(&server).await;
    let roads = Staff::sign_in(&server, "roads1").await;

    let tries = [
        (
            vec![("to", "roads1"), ("text", THANKS)],
            "Choose a supervisor",
        ),
        (
            vec![("to", "water.lead"), ("text", THANKS)],
            "Choose a supervisor",
        ),
        (vec![("to", "nobody"), ("text", THANKS)], "No staff account"),
        (vec![("to", "lead"), ("text", "  ")], "asked for a reply"),
    ];
    for (fields, why) in &tries {
        let (status, page) = roads.act(&server, &tracking, "forward", fields).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(page.contains(why), "{why}: {page}");
    }
    let fields = [("to", "lead"), ("text", THANKS)];
    let (status, page) = roads.act(&server, &complaint, "forward", &fields).await;

    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("only a compliment is forwarded"), "{page}");
    for case in [tracking, complaint] {
        let case = server.store.find_case(&case).await.expect("case");
        assert_eq!(case.version, 1, "nothing was recorded");
    }
}
