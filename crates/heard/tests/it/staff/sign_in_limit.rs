//! The sign-in form's rate limit per client address, on top of each account's lock-out.

use heard_domain::Role;
use heard_http::{Rate, RateLimits};
use heard_testing::TestDb;
use reqwest::StatusCode;

use super::{PASSWORD, browser, create_user};
use crate::support::{TestServer, start_with, toronto};

heard_testing::on_both_backends!(
    sign_ins_from_one_address_beyond_its_rate_are_asked_to_wait_while_others_sign_in,
);

/// Sends the sign-in form as if from `client_address`, behind the test's trusted proxy.
async fn sign_in_from(
    server: &TestServer,
    client_address: &str,
    username: &str,
    password: &str,
) -> reqwest::Response {
    browser()
        .post(format!("{}/staff/sign-in", server.base))
        .header("x-forwarded-for", client_address)
        .form(&[("username", username), ("password", password)])
        .send()
        .await
        .expect("sent")
}

async fn sign_ins_from_one_address_beyond_its_rate_are_asked_to_wait_while_others_sign_in(
    db: TestDb,
) {
    let generous = Rate {
        per_minute: 6000,
        burst: 1000,
    };
    let three = Rate {
        per_minute: 1,
        burst: 3,
    };
    let proxy = "127.0.0.1".parse().expect("an address");
    let limits = RateLimits::new(generous, generous, vec![proxy]).with_sign_in_rate(three);
    let server = start_with(&db, toronto(), limits, "http://127.0.0.1").await;
    for username in ["agent1", "agent2", "agent3", "agent4"] {
        create_user(&server, username, Role::Agent, None).await;
    }
    let (guesser, colleague) = ("203.0.113.7", "198.51.100.9");

    let mut guesses = Vec::new();
    for username in ["agent1", "agent2", "agent3"] {
        guesses.push(
            sign_in_from(&server, guesser, username, "a guess")
                .await
                .status(),
        );
    }
    let over = sign_in_from(&server, guesser, "agent4", PASSWORD).await;
    let form = browser()
        .get(format!("{}/staff/sign-in", server.base))
        .header("x-forwarded-for", guesser)
        .send()
        .await
        .expect("sent");
    let other = sign_in_from(&server, colleague, "agent4", PASSWORD).await;

    assert_eq!(guesses, [StatusCode::UNAUTHORIZED; 3]);
    assert_eq!(
        over.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    let wait: u64 = over.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!(wait >= 1);
    assert!(over.text().await.expect("text").contains("Too many"));
    assert_eq!(form.status(), StatusCode::OK, "the form itself still shows");
    assert_eq!(
        other.status(),
        StatusCode::SEE_OTHER,
        "another address signs in"
    );
}
