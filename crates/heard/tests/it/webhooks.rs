//! The SMS provider's inbound webhook: residents text STOP and START.

use heard_testing::TestDb;
use reqwest::StatusCode;

use crate::support::{TestServer, start, toronto};

heard_testing::on_both_backends!(stop_and_start_texts_opt_the_number_out_and_back_in);

async fn inbound(server: &TestServer, from: &str, body: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/webhooks/sms", server.base))
        .form(&[("From", from), ("Body", body), ("MessageSid", "SM1")])
        .send()
        .await
        .expect("sent")
}

async fn stop_and_start_texts_opt_the_number_out_and_back_in(db: TestDb) {
    let server = start(&db, toronto()).await;
    let phone = "+14165550123";

    let stop = inbound(&server, phone, " Stop ").await;
    assert_eq!(stop.status(), StatusCode::OK);
    assert!(stop.text().await.expect("body").contains("<Response>"));
    assert!(server.store.is_sms_opted_out(phone).await.expect("read"));

    inbound(&server, phone, "Thanks for the update").await;
    assert!(server.store.is_sms_opted_out(phone).await.expect("read"));

    inbound(&server, phone, "START").await;
    assert!(!server.store.is_sms_opted_out(phone).await.expect("read"));
}
