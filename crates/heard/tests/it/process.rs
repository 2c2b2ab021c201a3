//! The resident's side of the process through the API and the tracking page: due dates,
//! reviews, information asked for, withdrawal.

use heard_domain::TrackingNumber;
use heard_domain::event::{Actor, CaseEvent, Outcome};
use heard_storage::NewEvent;
use heard_testing::TestDb;
use jiff::Timestamp;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::staff::{Staff, create_user, submit};
use crate::support::{TestServer, get_json, get_text_at, start, toronto, unisolated};

heard_testing::on_both_backends!(
    a_new_complaint_shows_its_due_dates_on_the_api_and_the_tracking_page,
    the_staff_page_and_the_tracking_page_show_the_same_due_dates_in_the_residents_language,
    an_answered_complaint_can_be_escalated_once_then_the_ombudsman_is_next,
    a_review_request_needs_a_reason,
    information_asked_for_is_given_on_the_tracking_page,
    a_resident_can_withdraw,
    a_resident_can_stop_and_restart_the_messages_about_their_case,
    a_stranger_with_the_tracking_number_cannot_act_on_the_case,
);

async fn new_complaint(server: &TestServer) -> TrackingNumber {
    let body: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&json!({
            "kind": "complaint",
            "category": "T311-R0012",
            "description": "Pothole closed unfixed",
            "contact": { "email": "owner@example.ca" }
        }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    body["tracking_number"]
        .as_str()
        .expect("number")
        .parse()
        .expect("valid")
}

async fn staff_does(server: &TestServer, t: &TrackingNumber, who: &str, event: CaseEvent) {
    let new = NewEvent {
        at: Timestamp::now(),
        actor: Actor::Staff {
            username: who.into(),
        },
        channel: heard_domain::Channel::Phone,
        event,
    };
    server
        .store
        .append_event(t, new, None)
        .await
        .expect("allowed");
}

fn answer() -> CaseEvent {
    CaseEvent::Resolved {
        outcome: Outcome::NotUpheld,
        reasons: "The repair met the standard".into(),
    }
}

async fn api(
    server: &TestServer,
    t: &TrackingNumber,
    action: &str,
    body: Value,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/api/v1/cases/{t}/{action}", server.base))
        .json(&body)
        .send()
        .await
        .expect("sent")
}

async fn view(server: &TestServer, t: &TrackingNumber) -> Value {
    get_json(format!("{}/api/v1/cases/{t}", server.base)).await
}

async fn page(server: &TestServer, t: &TrackingNumber) -> String {
    get_text_at(format!("{}/track/{t}", server.base)).await
}

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The value of `attribute` on the element that carries `marker`.
fn attribute_after(html: &str, marker: &str, attribute: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in the page"));
    let rest = &html[at..];
    let start = rest.find(&format!("{attribute}=\"")).expect("attribute") + attribute.len() + 2;
    rest[start..].split('"').next().expect("value").to_owned()
}

async fn the_staff_page_and_the_tracking_page_show_the_same_due_dates_in_the_residents_language(
    db: TestDb,
) {
    let server = crate::staff::server(&db).await;
    create_user(&server, "agent", heard_domain::Role::Agent, None).await;
    let t = submit(
        &server,
        json!({
            "kind": "complaint",
            "category": "T311-R0012",
            "description": "Le nid-de-poule est toujours là",
            "contact": { "email": "resident@example.ca", "preferred_language": "fr" }
        }),
    )
    .await;

    let agent = Staff::sign_in(&server, "agent").await;
    let (_, staff_page) = agent.get(&format!("/staff/cases/{t}")).await;
    let resident_page = reqwest::Client::new()
        .get(format!("{}/track/{t}", server.base))
        .header("accept-language", "fr-CA,fr;q=0.9")
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    let resident_page = unisolated(&resident_page);

    let clock = server
        .store
        .find_case(&t)
        .await
        .expect("stored")
        .clock
        .expect("a clock");
    let acknowledge_by = clock.acknowledge_by.expect("an acknowledgement due");
    // The same instants on both pages.
    assert_eq!(
        attribute_after(&staff_page, "Acknowledge by", "datetime"),
        acknowledge_by.to_string()
    );
    assert_eq!(
        attribute_after(&resident_page, r#"data-due="acknowledge""#, "data-at"),
        acknowledge_by.to_string()
    );
    assert_eq!(
        attribute_after(&staff_page, r#"data-due="answer""#, "datetime"),
        clock.answer_by.to_string()
    );
    assert_eq!(
        attribute_after(&resident_page, r#"data-due="answer""#, "data-at"),
        clock.answer_by.to_string()
    );
    // Written out in French for the resident, in English for staff, both in Toronto's time.
    let french = heard_domain::i18n::Locale::from_tag("fr").expect("French");
    let toronto = |at: Timestamp| at.in_tz("America/Toronto").expect("zone");
    assert!(resident_page.contains(&french.date_time(clock.answer_by)));
    assert!(resident_page.contains(&format!(
        "{} {}",
        toronto(clock.answer_by).day(),
        FRENCH_MONTHS[usize::try_from(toronto(clock.answer_by).month() - 1).expect("month")]
    )));
    assert!(
        staff_page.contains(
            &toronto(clock.answer_by)
                .strftime("%B %-d, %Y, %-I:%M %p")
                .to_string()
        )
    );
    assert!(resident_page.contains(r#"<html lang="fr""#));
}

async fn a_new_complaint_shows_its_due_dates_on_the_api_and_the_tracking_page(db: TestDb) {
    let server = start(&db, toronto()).await;
    let t = new_complaint(&server).await;

    let json = view(&server, &t).await;
    let html = page(&server, &t).await;

    let case = server.store.find_case(&t).await.expect("stored");
    let clock = case.clock.expect("a clock from receipt");
    assert_eq!(json["due"]["answer_by"], clock.answer_by.to_string());
    let shown = clock
        .answer_by
        .in_tz("America/Toronto")
        .expect("zone")
        .strftime("%A, %B %-d, %Y, %-I:%M %p")
        .to_string();
    assert!(
        html.contains(&format!(
            r#"data-due="answer" data-at="{}">We will answer by {shown}."#,
            clock.answer_by
        )),
        "{shown}"
    );
    assert!(shown.ends_with("4:30 PM"), "due at closing time: {shown}");
}

async fn an_answered_complaint_can_be_escalated_once_then_the_ombudsman_is_next(db: TestDb) {
    let server = start(&db, toronto()).await;
    let t = new_complaint(&server).await;
    staff_does(&server, &t, "ana", answer()).await;
    assert!(page(&server, &t).await.contains("Ask for a review"));

    let first = api(
        &server,
        &t,
        "escalation",
        json!({"reason": "It is still there", "confirm": "OWNER@example.ca"}),
    )
    .await;
    assert_eq!(first.status(), StatusCode::OK);
    let escalated: Value = first.json().await.expect("json");
    assert_eq!(escalated["status"], "escalated");
    assert_eq!(escalated["stage"], 2);
    assert!(escalated["due"]["answer_by"].is_string());
    staff_does(&server, &t, "rui", answer()).await;

    let second = api(
        &server,
        &t,
        "escalation",
        json!({"reason": "Still", "confirm": "owner@example.ca"}),
    )
    .await;

    assert_eq!(second.status(), StatusCode::CONFLICT);
    let problem: Value = second.json().await.expect("json");
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("Ombudsman")
    );
    assert!(page(&server, &t).await.contains("Ombudsman"));
}

async fn a_review_request_needs_a_reason(db: TestDb) {
    let server = start(&db, toronto()).await;
    let t = new_complaint(&server).await;
    staff_does(&server, &t, "ana", answer()).await;

    let response = api(
        &server,
        &t,
        "escalation",
        json!({"reason": "  ", "confirm": "owner@example.ca"}),
    )
    .await;
    let form = reqwest::Client::new()
        .post(format!("{}/track/{t}/review", server.base))
        .form(&[("text", ""), ("confirm", "owner@example.ca")])
        .send()
        .await
        .expect("sent");

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = response.json().await.expect("json");
    assert_eq!(problem["errors"][0]["field"], "reason");
    assert_eq!(form.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        form.text()
            .await
            .expect("text")
            .contains(r#"id="review-reason-error""#)
    );
    assert_eq!(server.store.find_case(&t).await.expect("stored").stage, 1);
}

async fn information_asked_for_is_given_on_the_tracking_page(db: TestDb) {
    let server = start(&db, toronto()).await;
    let t = new_complaint(&server).await;
    staff_does(
        &server,
        &t,
        "ana",
        CaseEvent::InformationRequested {
            question: "Which side of the street is it on?".into(),
        },
    )
    .await;
    let asked = page(&server, &t).await;
    assert!(asked.contains("Which side of the street is it on?"));
    assert!(
        !asked.contains("We will answer by"),
        "no due date while waiting"
    );

    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{}/track/{t}/information", server.base))
        .form(&[
            ("text", "The north side, by the bus stop"),
            ("confirm", "owner@example.ca"),
        ])
        .send()
        .await
        .expect("sent");

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let case = server.store.find_case(&t).await.expect("stored");
    assert!(!case.is_paused());
    assert_eq!(case.status, heard_domain::Status::Received);
    assert!(
        page(&server, &t)
            .await
            .contains("You sent the information we asked for.")
    );
}

async fn a_resident_can_withdraw(db: TestDb) {
    let server = start(&db, toronto()).await;
    let t = new_complaint(&server).await;

    let response = api(
        &server,
        &t,
        "withdrawal",
        json!({"reason": "Fixed by now", "confirm": "owner@example.ca"}),
    )
    .await;

    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["status"], "closed");
    assert_eq!(body["answers"][0]["outcome"], "withdrawn");
    let again = api(
        &server,
        &t,
        "withdrawal",
        json!({"confirm": "owner@example.ca"}),
    )
    .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
}

async fn a_resident_can_stop_and_restart_the_messages_about_their_case(db: TestDb) {
    let server = start(&db, toronto()).await;
    let t = new_complaint(&server).await;
    let messages = || async {
        server
            .store
            .notifications_for_case(&t)
            .await
            .expect("messages")
            .len()
    };
    let update = |text: &str| NewEvent {
        at: Timestamp::now(),
        actor: Actor::Staff {
            username: "roads".into(),
        },
        channel: heard_domain::Channel::Phone,
        event: CaseEvent::UpdateSent { text: text.into() },
    };
    let choose = |stop: &'static str, confirm: &'static str| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
            .post(format!("{}/track/{t}/messages", server.base))
            .form(&[("stop", stop), ("confirm", confirm)])
            .send()
    };
    let receipt = messages().await;
    assert_eq!(receipt, 1, "the receipt");
    assert!(
        page(&server, &t)
            .await
            .contains("Stop messages about this case")
    );

    let stranger = choose("yes", "someone@else.ca").await.expect("sent");
    assert_eq!(stranger.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let stopped = choose("yes", "owner@example.ca").await.expect("sent");
    assert_eq!(stopped.status(), StatusCode::SEE_OTHER);
    server
        .store
        .append_event(&t, update("First news"), None)
        .await
        .expect("sent");
    assert_eq!(messages().await, receipt, "nothing written while stopped");
    assert!(page(&server, &t).await.contains("Start messages again"));

    let resumed = choose("no", "owner@example.ca").await.expect("sent");
    assert_eq!(resumed.status(), StatusCode::SEE_OTHER);
    server
        .store
        .append_event(&t, update("Second news"), None)
        .await
        .expect("sent");
    let all = server
        .store
        .notifications_for_case(&t)
        .await
        .expect("messages");
    assert_eq!(all.len(), receipt + 1);
    assert!(all[receipt].body_text.contains("Second news"));
    assert!(
        all[0]
            .body_text
            .contains("To stop messages about this case")
    );
}

async fn a_stranger_with_the_tracking_number_cannot_act_on_the_case(db: TestDb) {
    let server = start(&db, toronto()).await;
    let t = new_complaint(&server).await;

    let wrong = api(
        &server,
        &t,
        "withdrawal",
        json!({"confirm": "someone@else.ca"}),
    )
    .await;
    let empty = api(&server, &t, "withdrawal", json!({"confirm": ""})).await;
    let missing = api(&server, &t, "withdrawal", json!({})).await;

    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = wrong.json().await.expect("json");
    assert_eq!(problem["errors"][0]["field"], "confirm");
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        server.store.find_case(&t).await.expect("stored").version,
        1,
        "nothing changed"
    );

    let anonymous: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&json!({"kind": "complaint", "description": "No name", "anonymous": true}))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let a: TrackingNumber = anonymous["tracking_number"]
        .as_str()
        .expect("n")
        .parse()
        .expect("valid");
    let refused = api(&server, &a, "withdrawal", json!({"confirm": "x@y.ca"})).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
}
