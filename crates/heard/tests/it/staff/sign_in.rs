//! Signing in and out, the cookie, lock-out and CSRF.

use heard_domain::Role;
use heard_testing::TestDb;
use reqwest::StatusCode;

use super::{PASSWORD, ROADS, Staff, browser, create_user, pothole, send_sign_in, server};
use crate::support::{start, toronto};

heard_testing::on_both_backends!(
    staff_sign_in_opens_the_queue_with_a_strict_cookie_and_sign_out_ends_it,
    staff_cookie_is_secure_when_the_public_address_is_https,
    staff_wrong_password_and_unknown_user_get_the_same_answer,
    staff_five_failures_lock_the_user_name_for_fifteen_minutes,
    staff_forms_without_the_token_or_from_another_site_are_refused,
    staff_sign_in_always_makes_a_new_session_id,
);

async fn staff_sign_in_opens_the_queue_with_a_strict_cookie_and_sign_out_ends_it(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent1", Role::Agent, None).await;
    let (_, before) = browser()
        .get(format!("{}/staff/queue", server.base))
        .send()
        .await
        .map(|r| (r.status(), r.headers().get("location").cloned()))
        .expect("sent");
    assert_eq!(before.expect("redirect"), "/staff/sign-in");

    let client = browser();
    let response = send_sign_in(&client, &server, "agent1", PASSWORD).await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let staff = Staff::sign_in(&server, "agent1").await;
    let (status, queue) = staff.get("/staff/queue").await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(cookie.starts_with("heard_staff="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/staff"] {
        assert!(
            cookie.contains(attribute),
            "{attribute} missing from {cookie}"
        );
    }
    assert!(!cookie.contains("Secure"), "plain HTTP address: {cookie}");
    assert_eq!(status, StatusCode::OK);
    assert!(queue.contains("Triage queue"), "{queue}");
    assert!(queue.contains("Sign out"));

    let out = staff.post("/staff/sign-out", &[]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let (after, _) = staff.get("/staff/queue").await;
    assert_eq!(after, StatusCode::SEE_OTHER, "the session has ended");
}

async fn staff_cookie_is_secure_when_the_public_address_is_https(db: TestDb) {
    let server = start(&db, toronto()).await;
    create_user(&server, "agent1", Role::Agent, None).await;

    let response = send_sign_in(&browser(), &server, "agent1", PASSWORD).await;

    let cookie = response.headers()["set-cookie"].to_str().expect("ascii");
    assert!(cookie.contains("; Secure"), "{cookie}");
}

async fn staff_wrong_password_and_unknown_user_get_the_same_answer(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent1", Role::Agent, None).await;

    let wrong = send_sign_in(&browser(), &server, "agent1", "not the password").await;
    let (wrong_status, wrong_page) = (wrong.status(), wrong.text().await.expect("text"));
    let unknown = send_sign_in(&browser(), &server, "nobody", "not the password").await;
    let (unknown_status, unknown_page) = (unknown.status(), unknown.text().await.expect("text"));

    assert_eq!(wrong_status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown_status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong_page.contains("do not match an account"),
        "{wrong_page}"
    );
    assert_eq!(
        wrong_page.replace("agent1", "NAME"),
        unknown_page.replace("nobody", "NAME"),
        "the two answers differ only by the name typed"
    );
}

async fn staff_five_failures_lock_the_user_name_for_fifteen_minutes(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent1", Role::Agent, None).await;

    for _ in 0..5 {
        let failed = send_sign_in(&browser(), &server, "agent1", "guess").await;
        assert_eq!(failed.status(), StatusCode::UNAUTHORIZED);
    }
    let right = send_sign_in(&browser(), &server, "agent1", PASSWORD).await;

    assert_eq!(right.status(), StatusCode::UNAUTHORIZED, "locked out");
    let now = jiff::Timestamp::now();
    let until = server
        .store
        .sign_in_locked_until("agent1", now)
        .await
        .expect("read")
        .expect("locked");
    let minutes = until.duration_since(now).as_mins();
    assert!((14..=15).contains(&minutes), "{minutes} minutes");
    let later = now + jiff::SignedDuration::from_mins(16);
    let after = server.store.sign_in_locked_until("agent1", later).await;
    assert_eq!(after.expect("read"), None, "the lock ends");
}

async fn staff_forms_without_the_token_or_from_another_site_are_refused(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "roads1", Role::DivisionStaff, Some(ROADS)).await;
    let staff = Staff::sign_in(&server, "roads1").await;
    let tracking = pothole(&server).await;
    let path = format!("/staff/cases/{tracking}/note");
    let fields = [("version", "1"), ("text", "A note")];

    let without = staff.post_raw(&path, &fields).await;
    let wrong = staff
        .post_raw(
            &path,
            &[
                ("csrf", "0".repeat(64).as_str()),
                ("version", "1"),
                ("text", "A note"),
            ],
        )
        .await;
    let cross_site = staff
        .client
        .post(format!("{}{path}", server.base))
        .header("origin", "https://attacker.example")
        .form(&[
            ("csrf", staff.csrf.as_str()),
            ("version", "1"),
            ("text", "A note"),
        ])
        .send()
        .await
        .expect("sent");
    let fetched_cross_site = staff
        .client
        .post(format!("{}{path}", server.base))
        .header("sec-fetch-site", "cross-site")
        .form(&[
            ("csrf", staff.csrf.as_str()),
            ("version", "1"),
            ("text", "A note"),
        ])
        .send()
        .await
        .expect("sent");

    assert_eq!(without.status(), StatusCode::FORBIDDEN);
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(fetched_cross_site.status(), StatusCode::FORBIDDEN);
    let case = server.store.find_case(&tracking).await.expect("case");
    assert_eq!(case.version, 1, "nothing was appended");

    let (status, _) = staff
        .act(&server, &tracking, "note", &[("text", "A note")])
        .await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the same form with its token works"
    );
}

async fn staff_sign_in_always_makes_a_new_session_id(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent1", Role::Agent, None).await;
    let planted = format!("heard_staff={}", "a".repeat(64));
    let sign_in = |cookie: Option<String>, origin: Option<&'static str>| {
        let mut request = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
            .post(format!("{}/staff/sign-in", server.base))
            .form(&[("username", "agent1"), ("password", PASSWORD)]);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        request.send()
    };

    let first = sign_in(Some(planted.clone()), None).await.expect("sent");
    let second = sign_in(None, None).await.expect("sent");
    let cross_site = sign_in(None, Some("https://attacker.example"))
        .await
        .expect("sent");
    let with_planted = browser()
        .get(format!("{}/staff/queue", server.base))
        .header("cookie", planted.clone())
        .send()
        .await
        .expect("sent");

    let id = |r: &reqwest::Response| {
        let cookie = r.headers()["set-cookie"].to_str().expect("ascii");
        cookie.split(';').next().expect("pair").to_owned()
    };
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    assert_ne!(id(&first), planted, "the planted id is not adopted");
    assert_ne!(id(&first), id(&second), "each sign-in has its own id");
    assert_eq!(id(&first).len(), "heard_staff=".len() + 64, "256 bits");
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        with_planted.status(),
        StatusCode::SEE_OTHER,
        "sent to sign in"
    );
}
