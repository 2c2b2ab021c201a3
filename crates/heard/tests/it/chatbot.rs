//! The chatbot through HTTP, as a browser without JavaScript uses it: each turn a form POST,
//! the conversation kept between turns by its cookie.

use heard_domain::{Channel, Kind, TrackingNumber};
use heard_http::RateLimits;
use heard_testing::TestDb;
use reqwest::StatusCode;

use crate::support::{TestServer, start_with, toronto, unisolated};

heard_testing::on_both_backends!(
    a_complaint_told_to_the_chatbot_is_filed_with_a_tracking_number,
    the_chatbot_tells_where_a_case_stands_from_its_number_alone,
    the_chatbot_says_when_it_has_not_understood_and_offers_a_person,
    the_chatbot_sends_problems_back_to_the_step_that_asked,
    a_turn_from_another_site_is_refused,
);

/// A resident's browser: keeps the chat cookie, follows no redirect by itself.
struct Resident {
    client: reqwest::Client,
    base: String,
}

impl Resident {
    fn new(server: &TestServer) -> Self {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Resident {
            client,
            base: server.base.clone(),
        }
    }

    /// Sends one turn and returns the conversation page it leads to.
    async fn say(&self, fields: &[(&str, &str)]) -> String {
        let response = self
            .client
            .post(format!("{}/chat", self.base))
            .form(fields)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{fields:?}");
        assert_eq!(response.headers()["location"], "/chat#latest");
        self.page().await
    }

    async fn page(&self) -> String {
        let response = self
            .client
            .get(format!("{}/chat", self.base))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::OK);
        unisolated(&response.text().await.expect("text"))
    }
}

/// The test server with an `http` public address, so that the chat cookie is not `Secure`.
async fn server(db: &TestDb) -> TestServer {
    start_with(
        db,
        toronto(),
        RateLimits::standard(),
        "http://heard.example",
    )
    .await
}

fn tracking_number_in(html: &str) -> TrackingNumber {
    let start = html
        .find("Your tracking number is ")
        .expect("a tracking number")
        + 24;
    html[start..start + 12].parse().expect("a tracking number")
}

async fn a_complaint_told_to_the_chatbot_is_filed_with_a_tracking_number(db: TestDb) {
    let server = server(&db).await;
    let resident = Resident::new(&server);

    let greeting = resident.page().await;
    assert!(greeting.contains("What happened?"));
    assert!(greeting.contains(r#"role="log""#) && greeting.contains(r#"aria-live="polite""#));
    let proposal = resident
        .say(&[
            ("action", "send"),
            (
                "text",
                "My green bin was not picked up again, I reported it twice",
            ),
        ])
        .await;
    assert!(proposal.contains("Here is what I understood"));
    assert!(proposal.contains(r#"value="T311-R0013" selected"#));
    assert!(proposal.contains(r#"value="complaint" checked"#));
    resident
        .say(&[
            ("action", "continue"),
            ("kind", "complaint"),
            ("category", "T311-R0013"),
        ])
        .await;
    resident
        .say(&[("action", "send"), ("text", "12 Chatbot Lane")])
        .await;
    resident
        .say(&[("action", "send"), ("text", "Collect it and tell me why")])
        .await;
    resident
        .say(&[
            ("action", "continue"),
            ("name", "Ada Chatter"),
            ("email", "ada.chatter@example.ca"),
        ])
        .await;
    let summary = resident
        .say(&[("action", "continue"), ("language", "fr")])
        .await;
    assert!(summary.contains("ada.chatter@example.ca") && summary.contains("12 Chatbot Lane"));
    let filed = resident
        .say(&[("action", "file"), ("consent", "yes")])
        .await;

    let number = tracking_number_in(&filed);
    let case = server.store.find_case(&number).await.expect("stored");
    assert_eq!(case.channel, Channel::Chatbot);
    assert_eq!(case.kind, Kind::Complaint);
    assert_eq!(case.division, "solid-waste");
    assert_eq!(case.category.as_deref(), Some("T311-R0013"));
    assert_eq!(
        case.remedy_sought.as_deref(),
        Some("Collect it and tell me why")
    );
    assert_eq!(case.location.address.as_deref(), Some("12 Chatbot Lane"));
    assert_eq!(case.person.email.as_deref(), Some("ada.chatter@example.ca"));
    assert_eq!(case.person.preferred_language, "fr");
    assert!(
        !filed.contains("ada.chatter@example.ca") && !filed.contains("green bin was not"),
        "after filing, the conversation keeps only the number"
    );
    assert!(filed.contains(&format!("/track/{number}")));

    let again = resident
        .say(&[("action", "file"), ("consent", "yes")])
        .await;
    assert!(
        again.contains("did not understand"),
        "sending twice files nothing more"
    );
}

async fn the_chatbot_tells_where_a_case_stands_from_its_number_alone(db: TestDb) {
    let server = server(&db).await;
    let filer = Resident::new(&server);
    filer
        .say(&[
            ("action", "send"),
            ("text", "Thank you to the crew who fixed the water main"),
        ])
        .await;
    filer
        .say(&[
            ("action", "continue"),
            ("kind", "compliment"),
            ("category", "T311-R0065"),
        ])
        .await;
    filer.say(&[("action", "skip")]).await;
    filer
        .say(&[("action", "continue"), ("anonymous", "yes")])
        .await;
    filer
        .say(&[("action", "continue"), ("language", "en")])
        .await;
    let filed = filer.say(&[("action", "file"), ("consent", "yes")]).await;
    let number = tracking_number_in(&filed);

    let stranger = Resident::new(&server);
    let status = stranger
        .say(&[
            ("action", "send"),
            ("text", &format!("what is the status of {number}?")),
        ])
        .await;
    let unknown = stranger
        .say(&[("action", "send"), ("text", "and 0000-0000-00?")])
        .await;

    assert!(status.contains(&format!(
        "Tracking number {number}: Received, waiting to be acknowledged"
    )));
    assert!(status.contains("Handled by: Toronto Water"));
    assert!(
        unknown.contains("tracking number has a mistyped digit")
            || unknown.contains("No case has this tracking number")
    );
}

async fn the_chatbot_says_when_it_has_not_understood_and_offers_a_person(db: TestDb) {
    let server = server(&db).await;
    let resident = Resident::new(&server);

    let puzzled = resident.say(&[("action", "send"), ("text", "hmm")]).await;
    let person = resident.say(&[("action", "person")]).await;
    let standards = resident.say(&[("action", "standards")]).await;
    let french = resident
        .client
        .get(format!("{}/chat", resident.base))
        .header("accept-language", "fr")
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");

    assert!(puzzled.contains("I did not understand which service this is about"));
    assert!(puzzled.contains(r#"value="not_sure" selected"#));
    assert!(person.contains("To talk to a person, call 311"));
    assert!(standards.contains("business days") && standards.contains("Ombudsman"));
    assert!(
        unisolated(&french).contains("pas compris de quel service"),
        "the conversation reads in the language the resident switches to"
    );
}

async fn the_chatbot_sends_problems_back_to_the_step_that_asked(db: TestDb) {
    let server = server(&db).await;
    let resident = Resident::new(&server);
    resident
        .say(&[
            ("action", "send"),
            ("text", "The road was not plowed, reported twice"),
        ])
        .await;
    resident
        .say(&[
            ("action", "continue"),
            ("kind", "complaint"),
            ("category", "T311-R0026"),
        ])
        .await;
    resident.say(&[("action", "skip")]).await;
    resident.say(&[("action", "skip")]).await;
    resident
        .say(&[("action", "continue"), ("email", "not-an-address")])
        .await;
    resident
        .say(&[("action", "continue"), ("language", "en")])
        .await;

    let refused = resident.say(&[("action", "file")]).await;
    assert!(refused.contains("Please confirm that you have read"));
    let problems = resident
        .say(&[("action", "file"), ("consent", "yes")])
        .await;

    assert!(problems.contains("Please fix this first"));
    assert!(
        problems.contains(r#"id="email""#),
        "back at the contact step"
    );
}

async fn a_turn_from_another_site_is_refused(db: TestDb) {
    let server = server(&db).await;

    let response = reqwest::Client::new()
        .post(format!("{}/chat", server.base))
        .header("sec-fetch-site", "cross-site")
        .form(&[("action", "send"), ("text", "hello")])
        .send()
        .await
        .expect("sent");

    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}
