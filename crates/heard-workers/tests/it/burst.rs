//! Delivery under strain: the mail server goes away during a burst of a thousand events, and
//! two workers share one database. Every message arrives once, in order per case.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use heard_domain::CaseState;
use heard_storage::{DeliveryStatus, Store, StoreOptions};
use heard_testing::TestDb;

use crate::support::{
    Mail, Resident, RunningWorker, SmtpSink, complaint, notifying_store, quick_options, update,
};

heard_testing::on_both_backends!(
    a_burst_survives_the_mail_server_going_away,
    two_workers_send_each_message_once,
);

const CASES: usize = 250;
const UPDATES_PER_CASE: usize = 3;

/// Creates `cases` cases with `updates` updates each, counting events as they are stored.
async fn make_events(
    store: Store,
    cases: usize,
    updates: usize,
    done: Arc<AtomicUsize>,
) -> Vec<CaseState> {
    let mut made: Vec<CaseState> = Vec::new();
    for i in 0..cases {
        let email = format!("resident{i}@example.ca");
        let language = if i % 2 == 0 { "en" } else { "fr" };
        made.push(complaint(&store, &Resident::by_email(&email, language)).await);
        done.fetch_add(1, Ordering::SeqCst);
    }
    // Updates go round the cases, so each case's messages are spread through the burst.
    for round in 0..updates {
        for case in &made {
            update(&store, case, &format!("Update {round}")).await;
            done.fetch_add(1, Ordering::SeqCst);
        }
    }
    made
}

/// Checks that each message arrived once and each case's messages in the order written.
async fn assert_once_in_order(store: &Store, mails: &[Mail], expected: usize) {
    let ids: Vec<i64> = mails.iter().map(Mail::notification_id).collect();
    let unique: HashSet<i64> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "no message twice");
    assert_eq!(ids.len(), expected, "no message lost");
    assert_eq!(
        store
            .count_notifications(DeliveryStatus::Sent)
            .await
            .expect("counted"),
        expected as u64
    );

    let arrival: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut cases: HashMap<String, Vec<i64>> = HashMap::new();
    for mail in mails {
        let to = mail.rcpt_tos.first().expect("a recipient").clone();
        cases.entry(to).or_default().push(mail.notification_id());
    }
    for (to, arrived) in cases {
        let mut written = arrived.clone();
        written.sort_unstable();
        assert_eq!(arrived, written, "{to}'s messages arrived out of order");
        assert!(written.windows(2).all(|w| arrival[&w[0]] < arrival[&w[1]]));
    }
}

async fn a_burst_survives_the_mail_server_going_away(db: TestDb) {
    let store = notifying_store(&db).await;
    let mut sink = SmtpSink::start().await;
    let worker = RunningWorker::start(store.clone(), sink.transports(), quick_options());
    let done = Arc::new(AtomicUsize::new(0));
    let events = tokio::spawn(make_events(
        store.clone(),
        CASES,
        UPDATES_PER_CASE,
        done.clone(),
    ));
    let total = CASES * (1 + UPDATES_PER_CASE);

    while done.load(Ordering::SeqCst) < total / 4 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    sink.stop().await;
    let during_outage = sink.mails().len();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(sink.mails().len(), during_outage, "the server was down");
    sink.restart().await;

    let cases = events.await.expect("events stored");
    let mails = sink.wait_for(total, Duration::from_secs(240)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    worker.stop().await;

    assert!(during_outage < total, "the outage came during the burst");
    let all = sink.mails();
    assert_eq!(all.len(), mails.len(), "nothing more arrived late");
    assert_once_in_order(&store, &all, total).await;
    let mut retried = 0;
    for case in &cases {
        let messages = store
            .notifications_for_case(&case.tracking_number)
            .await
            .expect("listed");
        assert_eq!(messages.len(), 1 + UPDATES_PER_CASE);
        assert!(messages.iter().all(|m| m.status == DeliveryStatus::Sent));
        assert!(messages.windows(2).all(|w| w[0].sent_at <= w[1].sent_at));
        retried += messages.iter().filter(|m| m.attempts > 1).count();
    }
    assert!(retried > 0, "some messages met the outage and were retried");
}

async fn two_workers_send_each_message_once(db: TestDb) {
    let store = notifying_store(&db).await;
    let cases = 150;
    make_events(store.clone(), cases, 1, Arc::new(AtomicUsize::new(0))).await;
    let total = cases * 2;
    let first_sink = SmtpSink::start().await;
    let second_sink = SmtpSink::start().await;
    let other_node = Store::connect(&db.url, &StoreOptions::default())
        .await
        .expect("a second connection");

    let first = RunningWorker::start(store.clone(), first_sink.transports(), quick_options());
    let second = RunningWorker::start(other_node, second_sink.transports(), quick_options());
    crate::support::eventually(Duration::from_secs(120), "every message", || async {
        first_sink.mails().len() + second_sink.mails().len() >= total
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    first.stop().await;
    second.stop().await;

    let (a, b) = (first_sink.mails(), second_sink.mails());
    assert!(
        !a.is_empty() && !b.is_empty(),
        "both workers sent: {} and {}",
        a.len(),
        b.len()
    );
    let ids: Vec<i64> = a.iter().chain(&b).map(Mail::notification_id).collect();
    let unique: HashSet<i64> = ids.iter().copied().collect();
    assert_eq!(
        (ids.len(), unique.len()),
        (total, total),
        "each message once"
    );
    assert_eq!(
        store
            .count_notifications(DeliveryStatus::Sent)
            .await
            .expect("counted"),
        total as u64
    );
}
