//! The staff console through HTTP, as a browser without JavaScript uses it: sign-in and its
//! lock-out, CSRF, the permission table against every role and route, divisions, personal
//! data, a complaint handled from the queue to its close, and the messages to the resident.

mod bulk;
mod cases;
mod compliments;
mod intake;
mod messages;
mod permissions;
mod routing;
mod search;
mod sign_in;
mod sign_in_limit;
mod training;

use std::time::Duration;

use argon2::password_hash::PasswordHasher;
use heard_domain::notify::DeliveryChannel;
use heard_domain::{Role, TrackingNumber};
use heard_http::{Rate, RateLimits};
use heard_storage::{Failure, NewStaffUser};
use heard_testing::TestDb;
use jiff::Timestamp;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{TestServer, start_with, toronto};

/// Every test account's password.
pub const PASSWORD: &str = "correct horse battery staple";

/// The division of the pothole category the tests complain about.
pub const ROADS: &str = "transportation-road-operations";

/// Another division.
pub const WATER: &str = "toronto-water";

/// A server whose public address is plain HTTP, so that its cookie is sent back, and whose
/// rate limits let a test create many cases.
pub async fn server(db: &TestDb) -> TestServer {
    let generous = Rate {
        per_minute: 6000,
        burst: 1000,
    };
    let limits = RateLimits::new(generous, generous, Vec::new());
    start_with(db, toronto(), limits, "http://127.0.0.1").await
}

/// Creates an account with [`PASSWORD`].
pub async fn create_user(server: &TestServer, username: &str, role: Role, division: Option<&str>) {
    let hash = argon2::Argon2::default()
        .hash_password(PASSWORD.as_bytes())
        .expect("hash")
        .to_string();
    let user = NewStaffUser {
        username: username.into(),
        display_name: format!("{username} (test)"),
        role,
        division: division.map(str::to_owned),
        password_hash: hash,
    };
    server
        .store
        .create_staff_user(&user, Timestamp::now())
        .await
        .expect("user created");
}

/// A complaint sent through the API, with an e-mail address, in the division of `category`.
pub async fn complaint(server: &TestServer, category: &str) -> TrackingNumber {
    submit(
        server,
        json!({
            "kind": "complaint",
            "category": category,
            "description": "The pothole was closed without being fixed.",
            "contact": {"name": "Ada Resident", "email": "ada.resident@example.ca"}
        }),
    )
    .await
}

/// Sends a case body to the API, which must accept it; its tracking number.
pub async fn submit(server: &TestServer, body: Value) -> TrackingNumber {
    let answer: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&body)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    answer["tracking_number"]
        .as_str()
        .unwrap_or_else(|| panic!("a tracking number in {answer}"))
        .parse()
        .expect("valid")
}

/// A pothole complaint, handled by [`ROADS`].
pub async fn pothole(server: &TestServer) -> TrackingNumber {
    complaint(server, "T311-R0012").await
}

/// What the tests' mail server says when it refuses a message for good.
pub const REFUSAL: &str = "550 5.1.1 <ada.resident@example.ca>: no such mailbox";

/// Takes the case's first waiting e-mail as a worker would, and records a failed try: to be
/// tried again at `then`, or given up on. The message's number.
pub async fn fail_first_message(
    server: &TestServer,
    tracking: &TrackingNumber,
    then: Failure,
) -> i64 {
    let email = [DeliveryChannel::Email];
    let claim = server
        .store
        .claim_notifications(&email, 100, Duration::from_secs(60))
        .await
        .expect("claimed");
    for other in claim
        .messages
        .iter()
        .filter(|m| m.tracking_number != *tracking)
    {
        let released = server.store.release_notification(other.id, &claim.token);
        released.await.expect("released");
    }

    let message = claim
        .messages
        .iter()
        .find(|m| m.tracking_number == *tracking)
        .expect("the case's message was due");
    let failed = server
        .store
        .mark_notification_failed(message.id, &claim.token, REFUSAL, then)
        .await
        .expect("recorded");
    assert!(failed, "the lease was held");
    message.id
}

/// A browser signed in as one staff member: it keeps the cookie and the form token.
pub struct Staff {
    /// Its HTTP client, for requests the helpers below do not make.
    pub client: reqwest::Client,
    base: String,
    /// The session's CSRF token, read from a page.
    pub csrf: String,
}

/// A client that keeps cookies and does not follow redirects.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// Sends the sign-in form.
pub async fn send_sign_in(
    client: &reqwest::Client,
    server: &TestServer,
    username: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(format!("{}/staff/sign-in", server.base))
        .form(&[("username", username), ("password", password)])
        .send()
        .await
        .expect("sent")
}

impl Staff {
    /// Signs in, or fails the test.
    pub async fn sign_in(server: &TestServer, username: &str) -> Staff {
        let client = browser();
        let response = send_sign_in(&client, server, username, PASSWORD).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "{username} signs in"
        );
        let mut staff = Staff {
            client,
            base: server.base.clone(),
            csrf: String::new(),
        };
        let (_, roles) = staff.get("/staff/roles").await;
        staff.csrf = hidden_value(&roles, "csrf").expect("a token in the sign-out form");
        staff
    }

    /// GETs a page: its status and text.
    pub async fn get(&self, path: &str) -> (StatusCode, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("sent");
        (response.status(), response.text().await.expect("text"))
    }

    /// POSTs a form with the session's token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut form: Vec<(&str, &str)> = vec![("csrf", &self.csrf)];
        form.extend_from_slice(fields);
        self.post_raw(path, &form).await
    }

    /// POSTs a form with files (`multipart/form-data`): the session's token first, then the
    /// fields, then each file as `attachments`.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &'static [u8])],
    ) -> reqwest::Response {
        let mut form = reqwest::multipart::Form::new().text("csrf", self.csrf.clone());
        for (name, value) in fields {
            form = form.text((*name).to_owned(), (*value).to_owned());
        }
        for (file_name, bytes) in files {
            let part = reqwest::multipart::Part::bytes(*bytes).file_name((*file_name).to_owned());
            form = form.part("attachments", part);
        }
        self.client
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .expect("sent")
    }

    /// POSTs a form exactly as given.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .expect("sent")
    }

    /// Takes an action on a case at its current version: the status and the page's text.
    pub async fn act(
        &self,
        server: &TestServer,
        tracking: &TrackingNumber,
        action: &str,
        fields: &[(&str, &str)],
    ) -> (StatusCode, String) {
        let version = server
            .store
            .find_case(tracking)
            .await
            .expect("case")
            .version;
        let version = version.to_string();
        let mut form = vec![("version", version.as_str())];
        form.extend_from_slice(fields);
        let path = format!("/staff/cases/{tracking}/{action}");
        let response = self.post(&path, &form).await;
        (response.status(), response.text().await.expect("text"))
    }
}

/// A phone complaint as an agent records it, in the fields of the intake form.
pub fn intake_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("channel", "phone"),
        ("kind", "complaint"),
        ("category", "T311-R0012"),
        (
            "description",
            "The pothole on Queen Street was closed without a repair.",
        ),
        ("name", "Kavitha Caller"),
        ("phone", "416-555-0177"),
        ("preferred_language", "ta"),
        ("spoken_language", "Tamil — தமிழ் [tam]"),
        ("interpreter", "yes"),
        ("notice_read", "yes"),
    ]
}

/// The value of the first hidden field named `name` in a page.
pub fn hidden_value(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}
