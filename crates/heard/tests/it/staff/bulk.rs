//! Bulk assignment from the division's queue: the ticked cases the user may see are assigned
//! at once, others are left as they were and counted, and a wrong name assigns nothing.

use heard_domain::{Role, Status};
use heard_testing::TestDb;
use reqwest::StatusCode;

use super::{ROADS, Staff, WATER, complaint, create_user, pothole, server};

heard_testing::on_both_backends!(
    staff_a_supervisor_assigns_the_ticked_cases_of_the_queue_at_once,
    staff_a_bulk_assignment_to_nobody_or_of_nothing_changes_nothing,
);

async fn staff_a_supervisor_assigns_the_ticked_cases_of_the_queue_at_once(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "lead", Role::DivisionSupervisor, Some(ROADS)).await;
    create_user(&server, "roads1", Role::DivisionStaff, Some(ROADS)).await;
    let first = pothole(&server).await;
    let second = pothole(&server).await;
    let untouched = pothole(&server).await;
    let water = complaint(&server, "T311-R0071").await;
    let lead = Staff::sign_in(&server, "lead").await;
    let (first_s, second_s, water_s) = (first.to_string(), second.to_string(), water.to_string());

    let (_, queue) = lead.get("/staff/queue").await;
    let fields = [
        ("to", "roads1"),
        ("case", first_s.as_str()),
        ("case", second_s.as_str()),
        ("case", water_s.as_str()),
    ];
    let answer = lead.post("/staff/queue/assign", &fields).await;
    let location = answer.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let (_, after) = lead.get(&location).await;

    assert!(
        queue.contains("form=\"bulk-assign\""),
        "each row can be ticked"
    );
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    assert!(
        after.contains("2 cases assigned to roads1; 1 left as it was"),
        "{after}"
    );
    for tracking in [&first, &second] {
        let case = server.store.find_case(tracking).await.expect("case");
        assert_eq!(case.assignee.as_deref(), Some("roads1"));
        assert_eq!(case.status, Status::InProgress);
    }
    for tracking in [&untouched, &water] {
        let case = server.store.find_case(tracking).await.expect("case");
        assert_eq!(case.assignee, None, "not ticked, or another division's");
        assert_eq!(case.version, 1);
    }
}

async fn staff_a_bulk_assignment_to_nobody_or_of_nothing_changes_nothing(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "roads1", Role::DivisionStaff, Some(ROADS)).await;
    create_user(&server, "water1", Role::DivisionStaff, Some(WATER)).await;
    let tracking = pothole(&server).await;
    let number = tracking.to_string();
    let roads = Staff::sign_in(&server, "roads1").await;

    let nobody = [("to", "no.such.person"), ("case", number.as_str())];
    let to_nobody = roads.post("/staff/queue/assign", &nobody).await;
    let nothing = roads.post("/staff/queue/assign", &[("to", "roads1")]).await;

    for (answer, words) in [
        (to_nobody, "no active staff account has that user name"),
        (nothing, "tick the cases first"),
    ] {
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let location = answer.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_owned();
        let (_, page) = roads.get(&location).await;
        assert!(page.contains(words), "{words}: {page}");
    }
    let case = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(case.version, 1, "nothing was recorded");
}
