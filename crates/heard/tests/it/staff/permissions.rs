//! The whole permission matrix: every role against every staff route, read from the same
//! tables the server uses, so that a new route or a changed permission is tested at once.

use heard_domain::Role;
use heard_domain::permissions::{Action, allows};
use heard_http::staff::ROUTES;
use heard_storage::Failure;
use heard_testing::TestDb;
use reqwest::StatusCode;

use super::{
    ROADS, Staff, WATER, browser, create_user, fail_first_message, intake_fields, pothole, server,
};

heard_testing::on_both_backends!(
    staff_every_role_gets_exactly_what_the_permission_table_allows,
    staff_a_division_user_guessing_another_divisions_case_gets_404,
    staff_the_roles_page_lists_the_permission_table,
);

/// The fields that make each form valid, so that a refusal can only be the permission's.
fn fields(path: &str) -> Vec<(&'static str, &'static str)> {
    match path.rsplit('/').next() {
        Some("assign") => vec![("to", "roads1")],
        Some("reroute") => vec![("category", "T311-R0007"), ("text", "Same division.")],
        Some("extend") => vec![("days", "5"), ("text", "The crew is busy.")],
        Some("resolve") => vec![("outcome", "upheld"), ("reasons", "We fixed it.")],
        // The case is a complaint, so an allowed forward is refused in words (409).
        Some("forward") => vec![("to", "roads1"), ("text", "Thank you.")],
        Some("training") => vec![("course", "Plain language"), ("completed_on", "2026-01-15")],
        Some("note" | "update" | "request-information" | "reopen") => {
            vec![("text", "Written for the matrix test.")]
        }
        _ => vec![],
    }
}

async fn staff_every_role_gets_exactly_what_the_permission_table_allows(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "roads1", Role::DivisionStaff, Some(ROADS)).await;
    let tracking = pothole(&server).await;
    let dead = fail_first_message(&server, &tracking, Failure::Dead).await;
    let fill = |path: &str| {
        path.replace("{tracking_number}", &tracking.to_string())
            .replace("{id}", &dead.to_string())
            .replace("{username}", "roads1")
            .replace("{article}", "roads-potholes")
    };
    let mut checked = 0;

    for (n, &role) in Role::ALL.iter().enumerate() {
        let username = format!("user{n}");
        let division = role.is_divisional().then_some(ROADS);
        create_user(&server, &username, role, division).await;
        let staff = Staff::sign_in(&server, &username).await;

        for route in ROUTES.iter().filter(|r| r.path != "/staff/sign-out") {
            let path = fill(route.path);
            let status = if route.method == "GET" {
                staff.get(&path).await.0
            } else if route.path.starts_with("/staff/cases/") {
                let action = path.rsplit('/').next().expect("action");
                staff
                    .act(&server, &tracking, action, &fields(&path))
                    .await
                    .0
            } else if route.path == "/staff/intake" {
                staff
                    .post_multipart(&path, &intake_fields(), &[])
                    .await
                    .status()
            } else {
                staff.post(&path, &fields(&path)).await.status()
            };

            let allowed = route.action.is_none_or(|a| allows(role, a));
            let what = format!("{role} {} {}", route.method, route.path);
            if allowed {
                let expected: &[StatusCode] = if route.method == "GET" {
                    &[StatusCode::OK]
                } else {
                    // Done, or refused in words: the case has moved on, or the message was sent
                    // again by a role before.
                    &[StatusCode::SEE_OTHER, StatusCode::CONFLICT]
                };
                assert!(expected.contains(&status), "{what}: allowed, got {status}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{what}: not allowed");
            }
            checked += 1;
        }

        let out = staff.post("/staff/sign-out", &[]).await;
        assert_eq!(out.status(), StatusCode::SEE_OTHER, "{role} signs out");
    }

    let routes = ROUTES.len() - 1;
    assert_eq!(checked, Role::ALL.len() * routes);
    for route in ROUTES {
        let path = fill(route.path);
        let request = if route.method == "GET" {
            browser().get(format!("{}{path}", server.base))
        } else {
            browser().post(format!("{}{path}", server.base))
        };
        let response = request.send().await.expect("sent");
        let to = response
            .headers()
            .get("location")
            .map(|l| l.to_str().expect("ascii").to_owned());
        assert_eq!(
            to.as_deref(),
            Some("/staff/sign-in"),
            "{} without a session",
            route.path
        );
    }
}

async fn staff_a_division_user_guessing_another_divisions_case_gets_404(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "water1", Role::DivisionSupervisor, Some(WATER)).await;
    let tracking = pothole(&server).await;
    let staff = Staff::sign_in(&server, "water1").await;

    let (page, body) = staff.get(&format!("/staff/cases/{tracking}")).await;
    let (note, _) = staff
        .act(&server, &tracking, "note", &[("text", "Mine now")])
        .await;
    let (_, queue) = staff.get("/staff/queue?status=all").await;

    assert_eq!(page, StatusCode::NOT_FOUND);
    assert!(!body.contains("Ada Resident"));
    assert_eq!(
        note,
        StatusCode::NOT_FOUND,
        "acting on it is a 404 too, not a 403"
    );
    assert!(!queue.contains(&tracking.to_string()), "not in their queue");
    let (missing, _) = staff.get("/staff/cases/0000-0000-00").await;
    assert_eq!(
        missing,
        StatusCode::NOT_FOUND,
        "the same answer as for no case at all"
    );
    assert_eq!(
        server
            .store
            .find_case(&tracking)
            .await
            .expect("case")
            .version,
        1
    );
}

async fn staff_the_roles_page_lists_the_permission_table(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "admin", Role::Administrator, None).await;
    let staff = Staff::sign_in(&server, "admin").await;

    let (status, page) = staff.get("/staff/roles").await;

    assert_eq!(status, StatusCode::OK);
    for action in Action::ALL {
        let words = action.words().replace('\'', "&#39;");
        let row_start = page.find(&words).expect("a row per action");
        let row_end = row_start + page[row_start..].find("</tr>").expect("row end");
        let cells: Vec<bool> = page[row_start..row_end]
            .split("<td>")
            .skip(1)
            .map(|cell| cell.starts_with("Yes"))
            .collect();
        let expected: Vec<bool> = Role::ALL.iter().map(|r| allows(*r, *action)).collect();
        assert_eq!(cells, expected, "{action}");
    }
}
