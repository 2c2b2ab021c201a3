//! The queue and the case page: personal data by role, its audit, and a complaint handled
//! from the queue to its close.

use heard_domain::event::{Actor, CaseEvent};
use heard_domain::{Role, Status};
use heard_testing::TestDb;
use reqwest::StatusCode;

use serde_json::{Value, json};

use super::{ROADS, Staff, complaint, create_user, pothole, server, submit};
use crate::support::TestServer;

heard_testing::on_both_backends!(
    staff_an_analyst_sees_no_email_and_an_agent_viewing_it_is_audited,
    staff_a_complaint_walks_from_the_queue_to_closed,
    staff_refused_and_stale_actions_are_explained_on_the_page,
    staff_the_queue_filters_by_ward_and_status_and_pages_oldest_first,
    staff_the_queue_filters_by_service_channel_language_and_assignee,
);

async fn staff_an_analyst_sees_no_email_and_an_agent_viewing_it_is_audited(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "analyst", Role::Analyst, None).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let tracking = pothole(&server).await;
    let path = format!("/staff/cases/{tracking}");

    let (analyst_status, analyst_page) = Staff::sign_in(&server, "analyst").await.get(&path).await;
    let (agent_status, agent_page) = Staff::sign_in(&server, "agent").await.get(&path).await;

    assert_eq!(analyst_status, StatusCode::OK);
    assert!(
        !analyst_page.contains("ada.resident@example.ca"),
        "{analyst_page}"
    );
    assert!(!analyst_page.contains("Ada Resident"));
    assert!(!analyst_page.contains("closed without being fixed"));
    assert!(analyst_page.contains("does not show personal data"));
    assert_eq!(agent_status, StatusCode::OK);
    assert!(agent_page.contains("ada.resident@example.ca"));
    let audit = server
        .store
        .staff_audit_for_case(&tracking)
        .await
        .expect("audit");
    let who: Vec<_> = audit
        .iter()
        .map(|a| (a.username.as_str(), a.action.as_str()))
        .collect();
    assert_eq!(who, [("agent", "viewed_personal_data")]);
}

async fn staff_a_complaint_walks_from_the_queue_to_closed(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    create_user(&server, "roads1", Role::DivisionStaff, Some(ROADS)).await;
    let tracking = pothole(&server).await;
    let number = tracking.to_string();

    let (_, triage) = Staff::sign_in(&server, "agent")
        .await
        .get("/staff/queue")
        .await;
    assert!(
        triage.contains(&number),
        "new cases are in the triage queue"
    );
    assert!(triage.contains("Acknowledge by"), "{triage}");
    assert!(triage.contains("left"), "the time left is shown");

    let roads = Staff::sign_in(&server, "roads1").await;
    let (_, queue) = roads.get("/staff/queue").await;
    assert!(queue.contains(&number), "and in the division's queue");
    let (_, case_page) = roads.get(&format!("/staff/cases/{tracking}")).await;
    assert!(case_page.contains("action=\"/staff/cases/"), "with forms");

    let steps: [(&str, Vec<(&str, &str)>); 5] = [
        ("acknowledge", vec![]),
        ("assign", vec![("to", "roads1")]),
        ("update", vec![("text", "A crew is booked for Tuesday.")]),
        (
            "resolve",
            vec![
                ("outcome", "upheld"),
                ("reasons", "The pothole is now filled."),
            ],
        ),
        ("close", vec![]),
    ];
    for (action, fields) in &steps {
        let (status, page) = roads.act(&server, &tracking, action, fields).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{action}: {page}");
    }

    let case = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(case.status, Status::Closed);
    assert_eq!(case.assignee.as_deref(), Some("roads1"));
    let history = server.store.case_history(&tracking).await.expect("history");
    let names: Vec<_> = history.iter().map(|r| r.event.name()).collect();
    assert_eq!(
        names,
        [
            "received",
            "acknowledged",
            "assigned",
            "update_sent",
            "resolved",
            "closed"
        ]
    );
    let by_staff = Actor::Staff {
        username: "roads1".into(),
    };
    assert!(history[1..].iter().all(|r| r.actor == by_staff));
    assert!(matches!(history[4].event, CaseEvent::Resolved { .. }));

    let (_, public) = super::browser()
        .get(format!("{}/track/{tracking}", server.base))
        .send()
        .await
        .map(|r| (r.status(), r))
        .expect("sent");
    let public = public.text().await.expect("text");
    assert!(public.contains("A crew is booked for Tuesday."));
    let (_, open) = roads.get("/staff/queue").await;
    assert!(!open.contains(&number), "a closed case leaves the queue");
    let (_, closed) = roads.get("/staff/queue?status=closed").await;
    assert!(closed.contains(&number), "and is found under its status");
}

async fn staff_refused_and_stale_actions_are_explained_on_the_page(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "roads1", Role::DivisionSupervisor, Some(ROADS)).await;
    let tracking = pothole(&server).await;
    let roads = Staff::sign_in(&server, "roads1").await;
    let path = format!("/staff/cases/{tracking}/note");

    let (ack, _) = roads.act(&server, &tracking, "acknowledge", &[]).await;
    let (again, refused) = roads.act(&server, &tracking, "acknowledge", &[]).await;
    let stale = roads
        .post(
            &path,
            &[("version", "1"), ("text", "Written on an old page")],
        )
        .await;
    let stale_status = stale.status();
    let stale_page = stale.text().await.expect("text");
    let (empty, empty_page) = roads
        .act(&server, &tracking, "note", &[("text", "  ")])
        .await;

    assert_eq!(ack, StatusCode::SEE_OTHER);
    assert_eq!(again, StatusCode::CONFLICT);
    assert!(
        refused.contains("cannot be acknowledged again"),
        "{refused}"
    );
    assert_eq!(stale_status, StatusCode::CONFLICT);
    assert!(
        stale_page.contains("someone else changed the case"),
        "{stale_page}"
    );
    assert_eq!(empty, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty_page.contains("Write the note."));
    assert_eq!(
        server
            .store
            .find_case(&tracking)
            .await
            .expect("case")
            .version,
        2
    );
}

/// A pothole complaint at Toronto City Hall, so that it has a ward.
async fn pothole_at_city_hall(server: &TestServer) -> heard_domain::TrackingNumber {
    let body: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&json!({
            "kind": "complaint",
            "category": "T311-R0012",
            "description": "A pothole in front of City Hall.",
            "location": {"address": "100 Queen St W", "lat": 43.6534, "lon": -79.3841},
            "anonymous": true
        }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let number = body["tracking_number"].as_str().expect("a tracking number");
    number.parse().expect("valid")
}

async fn staff_the_queue_filters_by_ward_and_status_and_pages_oldest_first(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let first = pothole(&server).await;
    let at_city_hall = pothole_at_city_hall(&server).await;
    for _ in 0..50 {
        pothole(&server).await;
    }
    let ward = server.store.find_case(&at_city_hall).await.expect("case");
    let ward = ward.location.ward.expect("City Hall is in a ward");
    let agent = Staff::sign_in(&server, "agent").await;

    let (_, page1) = agent.get("/staff/queue").await;
    let (_, page2) = agent.get("/staff/queue?page=2").await;
    let (_, in_ward) = agent.get(&format!("/staff/queue?ward={ward}")).await;
    let (_, resolved) = agent.get("/staff/queue?status=resolved").await;
    let (bad, _) = agent.get("/staff/queue?status=lost").await;

    let rows = |page: &str| page.matches("<a href=\"/staff/cases/").count();
    assert_eq!(rows(&page1), 50, "a page holds 50 cases");
    assert!(page1.contains(&first.to_string()), "oldest first");
    assert!(page1.contains("Next page"));
    assert_eq!(rows(&page2), 2, "52 cases in all");
    assert!(page2.contains("Previous page"));
    assert!(!page2.contains(&first.to_string()));
    assert_eq!(rows(&in_ward), 1);
    assert!(in_ward.contains(&at_city_hall.to_string()));
    assert_eq!(rows(&resolved), 0);
    assert_eq!(bad, StatusCode::BAD_REQUEST);
}

async fn staff_the_queue_filters_by_service_channel_language_and_assignee(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "boss", Role::DivisionSupervisor, Some(ROADS)).await;
    let mine = pothole(&server).await;
    let plowing = complaint(&server, "T311-R0026").await;
    let french = submit(
        &server,
        json!({
            "kind": "complaint",
            "category": "T311-R0012",
            "description": "Le nid-de-poule est revenu.",
            "contact": {"email": "lea@example.ca", "preferred_language": "fr"}
        }),
    )
    .await
    .to_string();
    server
        .store
        .append_event(
            &mine,
            heard_storage::NewEvent {
                at: jiff::Timestamp::now(),
                actor: Actor::Staff {
                    username: "boss".into(),
                },
                channel: heard_domain::Channel::Phone,
                event: CaseEvent::Assigned { to: "boss".into() },
            },
            None,
        )
        .await
        .expect("assigned");
    let boss = Staff::sign_in(&server, "boss").await;

    let (_, by_service) = boss.get("/staff/queue?category=T311-R0026").await;
    let (_, in_french) = boss.get("/staff/queue?language=fr").await;
    let (_, assigned) = boss.get("/staff/queue?mine=1").await;
    let (_, by_phone) = boss.get("/staff/queue?channel=phone").await;
    let (_, by_app) = boss
        .get("/staff/queue?channel=mobile_app&status=open")
        .await;
    let (no_channel, _) = boss.get("/staff/queue?channel=fax").await;
    let (no_service, _) = boss.get("/staff/queue?category=T311-NOPE").await;

    let cases = |page: &str| -> Vec<String> {
        page.split("<a href=\"/staff/cases/")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(cases(&by_service), [plowing.to_string()]);
    assert_eq!(cases(&in_french), std::slice::from_ref(&french));
    assert_eq!(cases(&assigned), [mine.to_string()]);
    assert!(assigned.contains("id=\"mine\" name=\"mine\" value=\"1\" checked"));
    assert!(cases(&by_phone).is_empty(), "{by_phone}");
    assert_eq!(
        cases(&by_app),
        [mine.to_string(), plowing.to_string(), french]
    );
    assert_eq!(no_channel, StatusCode::BAD_REQUEST);
    assert_eq!(no_service, StatusCode::BAD_REQUEST);
}
