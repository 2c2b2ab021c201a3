//! The outbox in storage: written with its event or not at all, taken under a lease, one
//! message of a case at a time.

use std::time::Duration;

use heard_domain::Channel;
use heard_domain::event::{Actor, CaseEvent};
use heard_domain::notify::{DeliveryChannel, NoticeKind};
use heard_storage::{DeliveryStatus, Failure, NewEvent};
use heard_testing::TestDb;

use crate::support::{PUBLIC_URL, Resident, complaint, notifying_store, update};

heard_testing::on_both_backends!(
    an_event_writes_its_message_in_the_same_transaction,
    a_refused_event_writes_no_message,
    a_store_without_a_context_writes_no_message,
    a_case_gives_one_message_at_a_time_in_order,
    a_leased_message_is_not_taken_twice,
);

const EMAIL: &[DeliveryChannel] = &[DeliveryChannel::Email];
const LEASE: Duration = Duration::from_secs(60);

async fn an_event_writes_its_message_in_the_same_transaction(db: TestDb) {
    let store = notifying_store(&db).await;

    let case = complaint(&store, &Resident::by_email("zoe@example.ca", "en")).await;
    update(&store, &case, "Crews come Monday.").await;

    let stored = store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("listed");
    let notices: Vec<_> = stored.iter().map(|m| (m.notice, m.event_seq)).collect();
    assert_eq!(
        notices,
        [(NoticeKind::Received, 1), (NoticeKind::UpdateSent, 2)]
    );
    let first = &stored[0];
    assert_eq!(
        (first.channel, first.recipient.as_str()),
        (DeliveryChannel::Email, "zoe@example.ca")
    );
    assert_eq!((first.status, first.attempts), (DeliveryStatus::Pending, 0));
    let link = format!("{PUBLIC_URL}/track/{}", case.tracking_number);
    assert!(first.body_text.contains(&link));
    assert!(
        first
            .body_html
            .as_deref()
            .is_some_and(|h| h.contains(&link))
    );
    assert!(stored[1].body_text.contains("Crews come Monday."));
}

async fn a_refused_event_writes_no_message(db: TestDb) {
    let store = notifying_store(&db).await;
    let case = complaint(&store, &Resident::by_email("zoe@example.ca", "en")).await;

    let not_yet = NewEvent {
        at: jiff::Timestamp::now(),
        actor: Actor::Resident,
        channel: Channel::Web,
        event: CaseEvent::EscalationRequested {
            reason: "Not answered".into(),
            within_window: true,
            clock: None,
        },
    };
    let refused = store
        .append_event(&case.tracking_number, not_yet, None)
        .await;

    assert!(
        refused.is_err(),
        "a case not yet answered cannot be escalated"
    );
    let stored = store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("listed");
    assert_eq!(stored.len(), 1, "only the receipt");
}

async fn a_store_without_a_context_writes_no_message(db: TestDb) {
    let store = db.store().await;

    let case = complaint(&store, &Resident::by_email("zoe@example.ca", "en")).await;

    let stored = store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("listed");
    assert!(stored.is_empty());
}

async fn a_case_gives_one_message_at_a_time_in_order(db: TestDb) {
    let store = notifying_store(&db).await;
    let first = complaint(&store, &Resident::by_email("zoe@example.ca", "en")).await;
    update(&store, &first, "One").await;
    update(&store, &first, "Two").await;
    let other = complaint(&store, &Resident::by_email("remi@example.ca", "fr")).await;

    let claim = store
        .claim_notifications(EMAIL, 10, LEASE)
        .await
        .expect("claimed");
    let cases: Vec<_> = claim.messages.iter().map(|m| m.tracking_number).collect();
    assert_eq!(cases, [first.tracking_number, other.tracking_number]);
    let receipt = &claim.messages[0];

    let retry_now = Failure::RetryAt(jiff::Timestamp::now());
    let failed = store.mark_notification_failed(receipt.id, &claim.token, "busy", retry_now);
    assert!(failed.await.expect("recorded"));
    let again = store
        .claim_notifications(EMAIL, 10, LEASE)
        .await
        .expect("claimed");
    assert_eq!(
        again.messages.len(),
        1,
        "the receipt again; the updates wait behind it"
    );
    assert_eq!(
        (again.messages[0].id, again.messages[0].attempts),
        (receipt.id, 1)
    );

    let sent = store.mark_notification_sent(receipt.id, &again.token);
    assert!(sent.await.expect("recorded"));
    let next = store
        .claim_notifications(EMAIL, 10, LEASE)
        .await
        .expect("claimed");
    assert_eq!(next.messages.len(), 1);
    assert_eq!(next.messages[0].notice, NoticeKind::UpdateSent);
    assert!(next.messages[0].body_text.contains("One"));
}

async fn a_leased_message_is_not_taken_twice(db: TestDb) {
    let store = notifying_store(&db).await;
    let case = complaint(&store, &Resident::by_email("zoe@example.ca", "en")).await;

    let held = store
        .claim_notifications(EMAIL, 10, LEASE)
        .await
        .expect("claimed");
    let second = store
        .claim_notifications(EMAIL, 10, LEASE)
        .await
        .expect("claimed");
    let wrong_token = store.mark_notification_sent(held.messages[0].id, "not-the-lease");

    assert_eq!(held.messages.len(), 1);
    assert!(second.messages.is_empty());
    assert!(
        !wrong_token.await.expect("answered"),
        "only the holder records"
    );
    let sms_only = store
        .claim_notifications(&[DeliveryChannel::Sms], 10, LEASE)
        .await;
    assert!(sms_only.expect("claimed").messages.is_empty());

    let released = store.release_notification(held.messages[0].id, &held.token);
    assert!(released.await.expect("released"));
    let retaken = store
        .claim_notifications(EMAIL, 10, LEASE)
        .await
        .expect("claimed");
    assert_eq!(retaken.messages[0].tracking_number, case.tracking_number);
    assert_eq!(retaken.messages[0].attempts, 0, "a release is not a try");
}
