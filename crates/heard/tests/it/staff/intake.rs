//! Assisted intake: an agent records a phone call through an interpreter, with a scanned
//! letter, and reads the tracking number back.

use heard_domain::{Channel, Role};
use heard_testing::TestDb;
use reqwest::StatusCode;

use super::{Staff, create_user, intake_fields, server};

heard_testing::on_both_backends!(
    staff_an_agent_records_a_phone_call_through_an_interpreter,
    staff_intake_problems_are_shown_beside_their_fields_and_nothing_is_stored,
);

/// The smallest PNG: a scanned page, as far as the check can tell.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

async fn staff_an_agent_records_a_phone_call_through_an_interpreter(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let agent = Staff::sign_in(&server, "agent").await;

    let (status, form) = agent.get("/staff/intake").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains("Tamil — தமிழ் [tam]"),
        "the language list has autonyms"
    );
    assert!(
        form.contains("Tigrinya"),
        "and more than the public languages"
    );

    let sent = agent
        .post_multipart("/staff/intake", &intake_fields(), &[("letter.png", PNG)])
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let location = sent.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let tracking: heard_domain::TrackingNumber = location
        .strip_prefix("/staff/intake/")
        .expect("the read-back page")
        .parse()
        .expect("a tracking number");
    let (_, done) = agent.get(&location).await;
    assert!(done.contains(&tracking.to_string()));
    let digits: Vec<char> = tracking.compact().chars().collect();
    let first_group = format!("{} {} {} {}", digits[0], digits[1], digits[2], digits[3]);
    assert!(done.contains(&first_group), "the digits to read back");

    let case = server.store.find_case(&tracking).await.expect("stored");
    assert_eq!(case.channel, Channel::Phone);
    assert_eq!(case.taken_by.as_deref(), Some("agent"));
    assert_eq!(case.person.interpreter_language.as_deref(), Some("tam"));
    assert_eq!(case.person.preferred_language, "ta");
    assert_eq!(case.attachments.len(), 1);
    assert_eq!(case.attachments[0].media_type, "image/png");
}

async fn staff_intake_problems_are_shown_beside_their_fields_and_nothing_is_stored(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let agent = Staff::sign_in(&server, "agent").await;
    let mut fields: Vec<(&str, &str)> = intake_fields()
        .into_iter()
        .filter(|(name, _)| !matches!(*name, "notice_read" | "description"))
        .collect();
    fields.push(("spoken_language", "Klingonese"));
    fields.push(("email", "not-an-address"));

    let sent = agent.post_multipart("/staff/intake", &fields, &[]).await;

    assert_eq!(sent.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = sent.text().await.expect("text");
    for id in ["description-error", "spoken-error", "email-error"] {
        assert!(page.contains(&format!("id=\"{id}\"")), "{id} shown");
    }
    assert!(page.contains("told the person how the City uses"));
    assert!(page.contains("Kavitha Caller"), "what was typed is kept");
    assert_eq!(server.store.count_cases().await.expect("count"), 0);
}
