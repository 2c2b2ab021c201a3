//! Training and governance: a case recorded in training mode tells nobody and counts nowhere,
//! intake shows the chosen category's guidance and records it, the knowledge base is
//! searchable, training records are kept and counted, and the roles page shows what the
//! server actually allows.

use heard_domain::Role;
use heard_domain::calendar::{BusinessCalendar, CalendarConfig};
use heard_domain::permissions::{Action, allows};
use heard_domain::report::ReportFilter;
use heard_http::staff::ROUTES;
use heard_storage::DeliveryStatus;
use heard_testing::TestDb;
use jiff::Timestamp;
use reqwest::StatusCode;

use super::{Staff, create_user, intake_fields, pothole, server};
use crate::support::TestServer;

heard_testing::on_both_backends!(
    staff_a_case_recorded_in_training_mode_notifies_nobody_and_counts_in_no_report,
    staff_in_training_mode_a_real_case_cannot_be_acted_on,
    staff_the_knowledge_base_is_searchable,
    staff_an_update_hard_to_read_needs_a_confirmation,
    staff_training_records_are_listed_and_counted,
    staff_each_cell_of_the_roles_page_is_what_the_server_allows,
);

/// Records the intake form's phone complaint and returns its tracking number.
async fn record(agent: &Staff, extra: &[(&str, &str)]) -> String {
    let mut fields = intake_fields();
    fields.extend_from_slice(extra);
    let done = agent.post_multipart("/staff/intake", &fields, &[]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let to = done.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    to.rsplit('/').next().expect("number").to_owned()
}

async fn indicators_received(server: &TestServer) -> Option<u64> {
    let calendar = BusinessCalendar::from_config(&CalendarConfig::default()).expect("calendar");
    let got = server
        .store
        .indicators(
            &ReportFilter::default(),
            &calendar,
            &Default::default(),
            Timestamp::now(),
        )
        .await
        .expect("indicators");
    got.received
}

async fn staff_a_case_recorded_in_training_mode_notifies_nobody_and_counts_in_no_report(
    db: TestDb,
) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let agent = Staff::sign_in(&server, "agent").await;
    let real = record(&agent, &[]).await;
    let pending_before = server
        .store
        .count_notifications(DeliveryStatus::Pending)
        .await
        .expect("count");

    let on = agent.post("/staff/training", &[("on", "yes")]).await;
    let (_, shown) = agent.get("/staff/intake").await;
    let guided = agent
        .post_multipart(
            "/staff/intake",
            &[
                ("category", "T311-R0012"),
                ("description", "Kept as typed"),
                ("show_guidance", "yes"),
            ],
            &[],
        )
        .await;
    let guided = guided.text().await.expect("page");
    let practice = record(&agent, &[("guidance", "roads-potholes")]).await;

    assert_eq!(on.status(), StatusCode::SEE_OTHER);
    assert!(shown.contains("training-banner"), "every page says so");
    assert!(guided.contains("Guidance: Potholes and damaged roads"));
    assert!(
        guided.contains("How big is it, roughly"),
        "the questions to ask"
    );
    assert!(
        guided.contains("within 10 business days"),
        "the standard to quote"
    );
    assert!(
        guided.contains(">Kept as typed</textarea>"),
        "what was typed is kept"
    );
    let case = server
        .store
        .find_case(&practice.parse().expect("number"))
        .await
        .expect("case");
    assert!(case.training);
    assert_eq!(case.intake_guidance.as_deref(), Some("roads-potholes"));
    let messages = server
        .store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("messages");
    assert!(messages.is_empty(), "no message for a training case");
    let pending_after = server
        .store
        .count_notifications(DeliveryStatus::Pending)
        .await
        .expect("count");
    assert_eq!(pending_after, pending_before, "nothing queued");
    assert_eq!(pending_before, 1, "while the real case queued its receipt");
    assert_eq!(
        indicators_received(&server).await,
        Some(1),
        "only the real case"
    );
    let csv = crate::support::get_text_at(format!("{}/open-data/cases.csv", server.base)).await;
    assert!(csv.contains(&real), "the real case is published");
    assert!(!csv.contains(&practice), "the practice case is not");
    let (_, page) = agent.get(&format!("/staff/cases/{practice}")).await;
    assert!(page.contains("Training case."));
}

async fn staff_in_training_mode_a_real_case_cannot_be_acted_on(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let tracking = pothole(&server).await;
    let agent = Staff::sign_in(&server, "agent").await;
    agent.post("/staff/training", &[("on", "yes")]).await;

    let (status, page) = agent
        .act(&server, &tracking, "update", &[("text", "We fixed it.")])
        .await;

    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("You are in training mode"));
    let case = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(case.version, 1, "nothing appended");
}

async fn staff_the_knowledge_base_is_searchable(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "analyst", Role::Analyst, None).await;
    let analyst = Staff::sign_in(&server, "analyst").await;

    let (status, found) = analyst.get("/staff/knowledge?q=basement").await;
    let (_, none) = analyst.get("/staff/knowledge?q=zebra+crossing").await;
    let (_, article) = analyst.get("/staff/knowledge/water-sewer-backup").await;
    let (missing, _) = analyst.get("/staff/knowledge/nope").await;

    assert_eq!(status, StatusCode::OK);
    assert!(found.contains("/staff/knowledge/water-sewer-backup"));
    assert!(!found.contains("/staff/knowledge/roads-potholes"));
    assert!(none.contains("0 articles hold"));
    assert!(article.contains("<h2>Questions to ask</h2>"));
    assert_eq!(missing, StatusCode::NOT_FOUND);
}

async fn staff_an_update_hard_to_read_needs_a_confirmation(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let tracking = pothole(&server).await;
    let agent = Staff::sign_in(&server, "agent").await;
    let hard = "Further to your SR, the work order has been escalated to the district \
        operations supervisor for remediation in accordance with the applicable operational \
        requirements.";

    let (held, page) = agent
        .act(&server, &tracking, "update", &[("text", hard)])
        .await;
    let (sent, _) = agent
        .act(
            &server,
            &tracking,
            "update",
            &[("text", hard), ("confirm", "yes")],
        )
        .await;
    let (plain, _) = agent
        .act(
            &server,
            &tracking,
            "update",
            &[("text", "A crew will fix it this week.")],
        )
        .await;

    assert_eq!(held, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Check the update before it goes"));
    assert!(page.contains("“work order”: say “repair job”"));
    assert!(page.contains("Further to your SR"), "the draft is kept");
    assert_eq!(sent, StatusCode::SEE_OTHER);
    assert_eq!(plain, StatusCode::SEE_OTHER);
    let case = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(case.version, 3, "the confirmed and the plain update");
}

async fn staff_training_records_are_listed_and_counted(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "admin", Role::Administrator, None).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let admin = Staff::sign_in(&server, "admin").await;
    let agent = Staff::sign_in(&server, "agent").await;

    let done = admin
        .post(
            "/staff/users/agent/training",
            &[
                ("course", "Equity and accommodation"),
                ("completed_on", "2026-02-03"),
            ],
        )
        .await;
    let bad = admin
        .post(
            "/staff/users/agent/training",
            &[("course", ""), ("completed_on", "soon")],
        )
        .await;
    let (_, own) = agent.get("/staff/users/agent").await;
    let (other, _) = agent.get("/staff/users/admin").await;
    let (_, report) = admin.get("/staff/reports/training").await;

    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.contains("Equity and accommodation") && own.contains("2026-02-03"));
    assert_eq!(other, StatusCode::FORBIDDEN);
    assert!(
        report.contains("<th scope=\"row\">Equity and accommodation</th><td data-staff>1</td>")
    );
}

/// The status a role gets on the route that needs `action`, done as a browser would.
async fn server_allows(
    server: &TestServer,
    staff: &Staff,
    tracking: &heard_domain::TrackingNumber,
    action: Action,
) -> bool {
    if action == Action::ViewPersonalData {
        let (_, page) = staff.get(&format!("/staff/cases/{tracking}")).await;
        return page.contains("Kavitha") || page.contains("Ada Resident");
    }
    let route = ROUTES
        .iter()
        .filter(|r| r.action == Some(action))
        .min_by_key(|r| r.method != "GET")
        .unwrap_or_else(|| panic!("no route needs {action}"));
    let path = route
        .path
        .replace("{tracking_number}", &tracking.to_string())
        .replace("{username}", "someone");
    let status = if route.method == "GET" {
        staff.get(&path).await.0
    } else {
        let slug = path.rsplit('/').next().expect("slug");
        let fields: &[(&str, &str)] = match slug {
            "resolve" => &[("outcome", "upheld"), ("reasons", "Fixed.")],
            "extend" => &[("days", "5"), ("text", "Busy.")],
            "reroute" => &[("category", "T311-R0007"), ("text", "Here.")],
            _ => &[("to", "someone"), ("text", "Noted.")],
        };
        staff.act(server, tracking, slug, fields).await.0
    };
    status != StatusCode::FORBIDDEN
}

async fn staff_each_cell_of_the_roles_page_is_what_the_server_allows(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "someone", Role::Agent, None).await;
    let mut checked = 0;

    for (n, &role) in Role::ALL.iter().enumerate() {
        let username = format!("user{n}");
        let division = role.is_divisional().then_some(super::ROADS);
        create_user(&server, &username, role, division).await;
        let staff = Staff::sign_in(&server, &username).await;
        let (_, page) = staff.get("/staff/roles").await;
        let column = Role::ALL.iter().position(|r| *r == role).expect("column");

        for &action in Action::ALL {
            // Answering a review needs a case in review; its route is the resolve form's,
            // which the matrix test walks at stage 1.
            if action == Action::AnswerReview {
                continue;
            }
            let tracking = pothole(&server).await;
            let words = action.words().replace('\'', "&#39;");
            let row = &page[page.find(&words).expect("a row")..];
            let row = &row[..row.find("</tr>").expect("row end")];
            let cell = row.split("<td>").nth(column + 1).expect("cell");

            let shown = cell.starts_with("Yes");
            let real = server_allows(&server, &staff, &tracking, action).await;

            assert_eq!(shown, real, "{role} × {action}: page says {shown}");
            assert_eq!(shown, allows(role, action), "{role} × {action}: the table");
            checked += 1;
        }
    }
    assert_eq!(checked, Role::ALL.len() * (Action::ALL.len() - 1));
}
