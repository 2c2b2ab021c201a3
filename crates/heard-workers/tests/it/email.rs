//! E-mail through a real SMTP server: recipient, subject and words in the resident's language,
//! the tracking link, once each; refusals and a node without SMTP.

use std::time::Duration;

use heard_storage::DeliveryStatus;
use heard_testing::TestDb;
use heard_workers::Transports;

use crate::support::{
    PUBLIC_URL, Resident, RunningWorker, SmtpSink, complaint, eventually, notifying_store,
    quick_options, update,
};

heard_testing::on_both_backends!(
    residents_get_each_email_once_in_their_language,
    a_refused_address_becomes_a_dead_letter_a_supervisor_can_retry,
    without_smtp_emails_wait_until_a_node_can_send_them,
);

async fn residents_get_each_email_once_in_their_language(db: TestDb) {
    let store = notifying_store(&db).await;
    let sink = SmtpSink::start().await;
    let english = complaint(&store, &Resident::by_email("zoe@example.ca", "en")).await;
    let french = complaint(&store, &Resident::by_email("remi@example.ca", "fr-CA")).await;
    update(&store, &french, "Une équipe passera lundi.").await;

    let worker = RunningWorker::start(store.clone(), sink.transports(), quick_options());
    let mails = sink.wait_for(3, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    worker.stop().await;

    let mails = if sink.mails().len() == mails.len() {
        mails
    } else {
        sink.mails()
    };
    assert_eq!(mails.len(), 3, "each message once");
    let to_zoe: Vec<_> = mails
        .iter()
        .filter(|m| m.rcpt_tos == ["zoe@example.ca"])
        .collect();
    let to_remi: Vec<_> = mails
        .iter()
        .filter(|m| m.rcpt_tos == ["remi@example.ca"])
        .collect();
    assert_eq!((to_zoe.len(), to_remi.len()), (1, 2));

    let link = format!("{PUBLIC_URL}/track/{}", english.tracking_number);
    let zoe = to_zoe[0];
    assert_eq!(
        zoe.subject,
        format!("We received your complaint ({})", english.tracking_number)
    );
    let text = zoe.text.as_deref().expect("a text part");
    assert!(text.starts_with("Hello Zoë Testperson,"), "{text}");
    assert!(text.contains(&link));
    assert!(
        zoe.html
            .as_deref()
            .expect("an HTML part")
            .contains(&format!("href=\"{link}\""))
    );

    let link = format!("{PUBLIC_URL}/track/{}", french.tracking_number);
    assert_eq!(
        to_remi[0].subject,
        format!("Nous avons reçu votre plainte ({})", french.tracking_number)
    );
    assert_eq!(
        to_remi[1].subject,
        format!("Du nouveau dans votre dossier {}", french.tracking_number)
    );
    let text = to_remi[1].text.as_deref().expect("a text part");
    assert!(
        text.contains("Notre message :\n    Une équipe passera lundi."),
        "{text:?}"
    );
    assert!(text.contains(&link));

    let stored = store
        .notifications_for_case(&french.tracking_number)
        .await
        .expect("listed");
    assert_eq!(stored.len(), 2);
    for (message, mail) in stored.iter().zip(&to_remi) {
        assert_eq!(message.status, DeliveryStatus::Sent);
        assert_eq!(message.attempts, 1);
        assert!(message.sent_at.is_some());
        assert_eq!(
            (message.language.as_str(), message.language_fallback),
            ("fr", false)
        );
        assert_eq!(mail.notification_id(), message.id);
    }
}

async fn a_refused_address_becomes_a_dead_letter_a_supervisor_can_retry(db: TestDb) {
    let store = notifying_store(&db).await;
    let sink = SmtpSink::start().await;
    let case = complaint(&store, &Resident::by_email("nobody@example.ca", "en")).await;

    let worker = RunningWorker::start(store.clone(), sink.transports(), quick_options());
    eventually(Duration::from_secs(30), "a dead letter", || async {
        store
            .count_notifications(DeliveryStatus::Dead)
            .await
            .expect("counted")
            == 1
    })
    .await;
    worker.stop().await;

    let dead = store.dead_letters().await.expect("listed");
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].tracking_number, case.tracking_number);
    assert_eq!(dead[0].attempts, 1, "a permanent refusal is not retried");
    let error = dead[0].last_error.as_deref().expect("the reason");
    assert!(error.contains("550"), "{error}");
    assert!(sink.mails().is_empty());

    store.retry_dead_letter(dead[0].id).await.expect("retried");
    let again = store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("listed");
    assert_eq!(
        (again[0].status, again[0].attempts),
        (DeliveryStatus::Pending, 0)
    );
    assert!(store.dead_letters().await.expect("listed").is_empty());
    assert!(
        store.retry_dead_letter(again[0].id).await.is_err(),
        "only dead letters"
    );
}

async fn without_smtp_emails_wait_until_a_node_can_send_them(db: TestDb) {
    let store = notifying_store(&db).await;
    let case = complaint(&store, &Resident::by_email("zoe@example.ca", "en")).await;

    let idle = RunningWorker::start(store.clone(), Transports::default(), quick_options());
    tokio::time::sleep(Duration::from_millis(300)).await;
    idle.stop().await;

    let waiting = store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("listed");
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        (waiting[0].status, waiting[0].attempts),
        (DeliveryStatus::Pending, 0)
    );

    let sink = SmtpSink::start().await;
    let worker = RunningWorker::start(store.clone(), sink.transports(), quick_options());
    sink.wait_for(1, Duration::from_secs(30)).await;
    worker.stop().await;
    assert_eq!(sink.mails().len(), 1);
}
