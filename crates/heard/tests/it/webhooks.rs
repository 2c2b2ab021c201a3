//! The SMS provider's inbound webhook: residents text STOP and START.

use heard_testing::TestDb;
use reqwest::StatusCode;

use crate::support::{TestServer, start, toronto};

heard_testing::on_both_backends!(
    stop_and_start_texts_opt_the_number_out_and_back_in,
    an_unsigned_or_forged_webhook_call_changes_nothing,
);

fn fields(from: &str, body: &str) -> Vec<(String, String)> {
    [("From", from), ("Body", body), ("MessageSid", "SM1")]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

async fn call(
    server: &TestServer,
    fields: &[(String, String)],
    signature: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/webhooks/sms", server.base))
        .header("x-twilio-signature", signature)
        .form(fields)
        .send()
        .await
        .expect("sent")
}

/// A call signed as the provider signs it.
async fn inbound(server: &TestServer, from: &str, body: &str) -> reqwest::Response {
    let fields = fields(from, body);
    let url = "https://heard.example/webhooks/sms";
    let signature = heard_http::webhooks::sign(crate::support::SMS_TOKEN, url, &fields);
    call(server, &fields, &signature).await
}

async fn an_unsigned_or_forged_webhook_call_changes_nothing(db: TestDb) {
    let server = start(&db, toronto()).await;
    let phone = "+14165550124";
    let stop = fields(phone, "STOP");
    let forged =
        heard_http::webhooks::sign("not-the-token", "https://heard.example/webhooks/sms", &stop);

    let unsigned = call(&server, &stop, "").await;
    let wrong = call(&server, &stop, &forged).await;

    assert_eq!(unsigned.status(), StatusCode::FORBIDDEN);
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    assert!(!server.store.is_sms_opted_out(phone).await.expect("read"));
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
