//! The messages to the resident: their delivery on the case page, personal data by role, and
//! the dead letters a supervisor sees and sends again, within their division only.

use heard_domain::Role;
use heard_storage::{DeliveryStatus, Failure};
use heard_testing::TestDb;
use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;

use super::{ROADS, Staff, WATER, complaint, create_user, fail_first_message, pothole, server};

heard_testing::on_both_backends!(
    staff_the_case_page_shows_the_receipt_and_how_its_delivery_goes,
    staff_a_supervisor_sends_a_dead_letter_of_their_division_again,
);

/// The section of the case page about messages.
fn messages_section(page: &str) -> &str {
    let start = page
        .find("Messages to the resident")
        .expect("a messages section");
    let end = start + page[start..].find("</table>").expect("a table of messages");
    &page[start..end]
}

async fn staff_the_case_page_shows_the_receipt_and_how_its_delivery_goes(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    create_user(&server, "analyst", Role::Analyst, None).await;
    let tracking = pothole(&server).await;
    let path = format!("/staff/cases/{tracking}");
    let agent = Staff::sign_in(&server, "agent").await;
    let analyst = Staff::sign_in(&server, "analyst").await;

    let (status, waiting) = agent.get(&path).await;
    let later = Timestamp::now() + SignedDuration::from_hours(1);
    fail_first_message(&server, &tracking, Failure::RetryAt(later)).await;
    let (_, failed) = agent.get(&path).await;
    let (_, hidden) = analyst.get(&path).await;

    assert_eq!(status, StatusCode::OK);
    let waiting = messages_section(&waiting);
    assert!(waiting.contains("<caption>"), "{waiting}");
    assert!(waiting.contains("<th scope=\"col\">Status</th>"));
    for words in ["Receipt", "E-mail", "English", "Waiting"] {
        assert!(waiting.contains(words), "{words}: {waiting}");
    }
    assert!(waiting.contains("ada.resident@example.ca"), "the recipient");
    assert!(waiting.contains("<details><summary>"), "the words");
    let failed = messages_section(&failed);
    assert!(failed.contains("Failed 1 time — next try at"), "{failed}");
    assert!(failed.contains("no such mailbox"), "the last error");
    let hidden = messages_section(&hidden);
    assert!(hidden.contains("Receipt") && hidden.contains("Failed 1 time"));
    assert!(!hidden.contains("ada.resident@example.ca"), "{hidden}");
    assert!(
        hidden.contains("(the recipient)"),
        "taken out of the error too"
    );
    assert!(!hidden.contains("<details>"));
}

async fn staff_a_supervisor_sends_a_dead_letter_of_their_division_again(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "roads-boss", Role::DivisionSupervisor, Some(ROADS)).await;
    create_user(&server, "water-boss", Role::DivisionSupervisor, Some(WATER)).await;
    create_user(&server, "admin", Role::Administrator, None).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let tracking = pothole(&server).await;
    let water_case = complaint(&server, "T311-R0008").await;
    let id = fail_first_message(&server, &tracking, Failure::Dead).await;
    let retry = format!("/staff/notifications/{id}/retry");
    let roads = Staff::sign_in(&server, "roads-boss").await;
    let water = Staff::sign_in(&server, "water-boss").await;

    let (listed, roads_list) = roads.get("/staff/notifications/dead").await;
    let (_, water_list) = water.get("/staff/notifications/dead").await;
    let (_, admin_list) = Staff::sign_in(&server, "admin")
        .await
        .get("/staff/notifications/dead")
        .await;
    let (_, agent_queue) = Staff::sign_in(&server, "agent")
        .await
        .get("/staff/queue")
        .await;
    let refused = water.post(&retry, &[]).await.status();
    let still_dead = server.store.find_notification(id).await.expect("message");

    assert_eq!(listed, StatusCode::OK);
    assert!(roads_list.contains(&tracking.to_string()), "{roads_list}");
    assert!(roads_list.contains("Given up") && roads_list.contains("no such mailbox"));
    assert!(roads_list.contains(&format!("action=\"{retry}\"")));
    assert!(
        !roads_list.contains("ada.resident@example.ca"),
        "no personal data"
    );
    assert!(
        roads_list.contains("href=\"/staff/notifications/dead\""),
        "in the nav"
    );
    assert!(!water_list.contains(&tracking.to_string()), "{water_list}");
    assert!(
        !water_list.contains(&water_case.to_string()),
        "only dead letters"
    );
    assert!(
        admin_list.contains(&tracking.to_string()),
        "every division's"
    );
    assert!(
        !agent_queue.contains("/staff/notifications/dead"),
        "no link"
    );
    assert_eq!(refused, StatusCode::NOT_FOUND);
    assert_eq!(still_dead.status, DeliveryStatus::Dead);

    let tried = roads.post(&retry, &[]).await;
    let to = tried.headers().get("location").cloned();
    let again = roads.post(&retry, &[]).await.status();

    assert_eq!(tried.status(), StatusCode::SEE_OTHER);
    let to = to.expect("a location");
    let (_, confirmed) = roads.get(to.to_str().expect("ascii")).await;
    assert!(
        confirmed.contains(&format!("Message {id} is waiting to be sent again")),
        "{confirmed}"
    );
    assert!(!confirmed.contains(&tracking.to_string()), "off the list");
    assert_eq!(again, StatusCode::CONFLICT, "no longer a dead letter");
    let message = server.store.find_notification(id).await.expect("message");
    assert_eq!(
        (message.status, message.attempts),
        (DeliveryStatus::Pending, 0)
    );
    let (_, case_page) = roads.get(&format!("/staff/cases/{tracking}")).await;
    assert!(messages_section(&case_page).contains("Waiting"));
    let audit = server
        .store
        .staff_audit_for_case(&tracking)
        .await
        .expect("audit");
    assert!(
        audit
            .iter()
            .any(|a| a.username == "roads-boss" && a.action == "retried_dead_letter"),
        "{audit:?}"
    );
}
