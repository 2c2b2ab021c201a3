//! Text in any script, typed by a resident, comes out byte for byte wherever it goes: the
//! stored case, the staff's case page, staff search and its download, and the message the
//! resident is sent.

use heard_domain::Role;
use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::json;

use crate::staff::{Staff, create_user, server};

heard_testing::on_both_backends!(text_in_any_script_survives_byte_for_byte);

/// Tamil, Chinese, Arabic, emoji (with a skin tone and a joiner), and an `é` written as `e`
/// and a combining accent, which must not be normalised into one character.
const DESCRIPTION: &str =
    "குழி இன்னும் உள்ளது · 坑洞还在，已经报告两次 · الحفرة ما زالت موجودة · 🕳️🚗💥 · café";
const NAME: &str = "தமிழ்செல்வி 王芳 فاطمة 👩🏽‍🔧";

async fn text_in_any_script_survives_byte_for_byte(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent", Role::Agent, None).await;
    let body = json!({
        "kind": "complaint",
        "category": "T311-R0012",
        "description": DESCRIPTION,
        "contact": {
            "name": NAME,
            "email": "resident@example.ca",
            "preferred_language": "ta",
        },
    });

    let created = reqwest::Client::new()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(created.status(), StatusCode::CREATED);
    let answer: serde_json::Value = created.json().await.expect("json");
    let tracking = answer["tracking_number"]
        .as_str()
        .expect("tracking")
        .parse()
        .expect("number");

    let case = server.store.find_case(&tracking).await.expect("stored");
    assert_eq!(case.description.as_bytes(), DESCRIPTION.as_bytes());
    assert_eq!(
        case.person.name.as_deref().map(str::as_bytes),
        Some(NAME.as_bytes())
    );

    let messages = server
        .store
        .notifications_for_case(&tracking)
        .await
        .expect("messages");
    let receipt = messages.first().expect("a receipt is written");
    assert_eq!(
        (receipt.language.as_str(), receipt.language_fallback),
        ("ta", false)
    );
    assert!(receipt.body_text.contains(NAME), "{}", receipt.body_text);
    assert!(
        receipt
            .body_html
            .as_deref()
            .is_some_and(|h| h.contains(NAME))
    );

    let agent = Staff::sign_in(&server, "agent").await;
    let (status, page) = agent.get(&format!("/staff/cases/{tracking}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(DESCRIPTION),
        "the case page shows the words as typed"
    );
    assert!(page.contains(NAME));

    // Found by a word in each script, and downloaded as it was typed.
    for word in ["உள்ளது", "已经报告", "موجودة", "🚗", "王芳"] {
        let (status, found) = agent
            .get(&format!("/staff/search?q={}", urlencode(word)))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(found.contains(&tracking.to_string()), "found by {word}");
    }
    let download = agent
        .client
        .get(format!(
            "{}/staff/search.csv?q={}",
            server.base,
            urlencode("坑洞")
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(download.status(), StatusCode::OK);
    let csv = download.bytes().await.expect("bytes");
    let text = std::str::from_utf8(&csv).expect("UTF-8");
    assert!(
        text.contains(DESCRIPTION),
        "the download holds the words as typed"
    );
    assert!(text.contains(NAME));
}

fn urlencode(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}
