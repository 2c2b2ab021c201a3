//! Several `heard serve` nodes over one PostgreSQL database, each sending the outbox to one
//! real SMTP server: tracking numbers stay unique, every message is sent exactly once, and a
//! node killed with SIGKILL in the middle of sending loses nothing.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use heard_storage::{DeliveryStatus, Store};
use heard_testing::TestDb;
use heard_testing::process::{HeardProcess, ServeOptions};
use heard_testing::smtp::{Mail, SmtpSink};
use serde_json::json;

/// Nodes whose workers send to `sink`, holding what they take for `lease_seconds`.
fn node_options(sink: &SmtpSink, lease_seconds: u64) -> ServeOptions {
    ServeOptions::new(env!("CARGO_BIN_EXE_heard"))
        .with_env("HEARD_SMTP_URL", sink.url.clone())
        .with_env(
            "HEARD_MAIL_FROM",
            "City of Toronto <noreply@toronto.example>",
        )
        .with_env("HEARD_DB_MAX_CONNECTIONS", "4")
        .with_env("HEARD_NOTIFY_LEASE_SECONDS", lease_seconds.to_string())
}

/// Sends a complaint with an e-mail address through `base`; its tracking number.
async fn submit(http: &reqwest::Client, base: &str, email: &str) -> String {
    let response = http
        .post(format!("{base}/api/v1/cases"))
        .json(&json!({
            "kind": "complaint",
            "description": "The crew never came to fix the road.",
            "contact": {"name": "Sam Resident", "email": email}
        }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), reqwest::StatusCode::CREATED);
    let body: serde_json::Value = response.json().await.expect("json");
    body["tracking_number"]
        .as_str()
        .expect("a tracking number")
        .to_owned()
}

/// Waits until every message of the outbox is sent, or fails after a minute.
async fn wait_until_all_sent(store: &Store, expected: u64) {
    for _ in 0..1200 {
        let sent = store.count_notifications(DeliveryStatus::Sent).await;
        if sent.expect("counted") == expected {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the outbox was not sent within a minute");
}

/// Checks that each message of the outbox reached the server once, to its recipient.
async fn assert_each_sent_once(store: &Store, tracking_numbers: &[String], mails: &[Mail]) {
    let mut copies: HashMap<i64, usize> = HashMap::new();
    for mail in mails {
        let id = mail.notification_id().expect("a Heard Message-ID");
        *copies.entry(id).or_default() += 1;
    }
    let doubled: Vec<_> = copies.iter().filter(|(_, n)| **n > 1).collect();
    assert!(doubled.is_empty(), "sent more than once: {doubled:?}");

    let mut expected = HashSet::new();
    for tracking in tracking_numbers {
        let messages = store
            .notifications_for_case(&tracking.parse().expect("valid"))
            .await
            .expect("read");
        assert_eq!(messages.len(), 1, "one message for {tracking}");
        let message = &messages[0];
        assert_eq!(message.status, DeliveryStatus::Sent);
        let mail = mails
            .iter()
            .find(|m| m.notification_id() == Some(message.id))
            .unwrap_or_else(|| panic!("the message of {tracking} never arrived"));
        assert_eq!(mail.rcpt_tos, std::slice::from_ref(&message.recipient));
        assert!(mail.text.contains(tracking.as_str()), "{}", mail.text);
        expected.insert(message.id);
    }
    assert_eq!(copies.len(), expected.len(), "no message beyond the outbox");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    not(heard_postgres),
    ignore = "set HEARD_TEST_POSTGRES_URL to run the PostgreSQL tests"
)]
async fn three_nodes_give_unique_numbers_and_send_each_message_once() {
    let db = TestDb::postgres().await;
    let store = db.store().await;
    let sink = SmtpSink::start().await;
    let options = node_options(&sink, 600);
    let mut nodes = Vec::new();
    for _ in 0..3 {
        nodes.push(HeardProcess::start(&db, &options).await);
    }
    let bases: Vec<String> = nodes.iter().map(|n| n.base.clone()).collect();

    // Six clients, each sending twenty complaints round the three nodes, all at once.
    let clients: Vec<_> = (0..6)
        .map(|c| {
            let bases = bases.clone();
            tokio::spawn(async move {
                let http = reqwest::Client::new();
                let mut numbers = Vec::new();
                for i in 0..20 {
                    let email = format!("resident.{c}.{i}@example.ca");
                    numbers.push(submit(&http, &bases[(c + i) % 3], &email).await);
                }
                numbers
            })
        })
        .collect();
    let mut numbers = Vec::new();
    for client in clients {
        numbers.extend(client.await.expect("a client ends"));
    }
    wait_until_all_sent(&store, 120).await;
    // Stopped gently, the nodes finish any send in hand: what arrived is all that will.
    for node in nodes {
        node.stop();
    }

    let unique: HashSet<&String> = numbers.iter().collect();
    assert_eq!(numbers.len(), 120);
    assert_eq!(unique.len(), 120, "no tracking number given twice");
    assert_eq!(store.count_cases().await.expect("counted"), 120);
    let mails = sink.mails();
    assert_eq!(mails.len(), 120);
    assert_each_sent_once(&store, &numbers, &mails).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    not(heard_postgres),
    ignore = "set HEARD_TEST_POSTGRES_URL to run the PostgreSQL tests"
)]
async fn a_node_killed_in_the_middle_of_sending_loses_no_message() {
    let db = TestDb::postgres().await;
    let store = db.store().await;
    let sink = SmtpSink::start().await;
    // A short lease, so that the others take over the dead node's messages within seconds.
    let options = node_options(&sink, 2);
    sink.hold();
    let first = HeardProcess::start(&db, &options).await;
    let http = reqwest::Client::new();
    let mut numbers = Vec::new();
    for i in 0..6 {
        let email = format!("resident.{i}@example.ca");
        numbers.push(submit(&http, &first.base, &email).await);
    }

    // The first node has taken messages and is in the middle of sending them: kill it.
    for _ in 0..600 {
        if sink.held() >= 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(sink.held() >= 1, "the first node started sending");
    first.kill();
    sink.release();
    let mut nodes = Vec::new();
    for _ in 0..2 {
        nodes.push(HeardProcess::start(&db, &options).await);
    }
    wait_until_all_sent(&store, 6).await;
    for node in nodes {
        node.stop();
    }

    let mails = sink.mails();
    assert_eq!(mails.len(), 6, "each message once: {mails:?}");
    assert_each_sent_once(&store, &numbers, &mails).await;
}
