//! Service requests: batch inserts that skip what is already stored.

use heard_domain::service_request::ServiceRequest;
use heard_testing::TestDb;
use jiff::Timestamp;

heard_testing::on_both_backends!(
    a_batch_is_stored_once_and_a_second_run_adds_nothing,
    batches_larger_than_one_statement_are_stored_whole,
);

fn request(number: usize) -> ServiceRequest {
    ServiceRequest {
        source: "test".into(),
        number: format!("SR-{number}"),
        type_code: Some("CSROWR-12".into()),
        type_name: "Road - Pot hole".into(),
        division: Some("Transportation Services".into()),
        status: "closed".into(),
        status_notes: Some("<p>Erledigt – Straße repariert</p>".into()),
        description: Some("Schlagloch vor Hausnummer 12 😀".into()),
        channel: None,
        requested_at: Timestamp::from_second(1_538_000_000).expect("valid"),
        updated_at: None,
        closed_at: None,
        address: Some("100 Queen St W".into()),
        postal_code: None,
        lat: Some(43.6535),
        lon: Some(-79.3841),
        ward: Some("10".into()),
    }
}

async fn a_batch_is_stored_once_and_a_second_run_adds_nothing(db: TestDb) {
    let store = db.store().await;
    let batch: Vec<_> = (0..10).map(request).collect();

    let first = store
        .insert_service_requests(&batch, Timestamp::now())
        .await
        .expect("stored");
    let second = store
        .insert_service_requests(&batch, Timestamp::now())
        .await
        .expect("stored");

    assert_eq!((first, second), (10, 0));
    assert_eq!(
        store
            .count_service_requests(Some("test"))
            .await
            .expect("count"),
        10
    );
    assert_eq!(
        store
            .count_service_requests(Some("other"))
            .await
            .expect("count"),
        0
    );
    let found = store.find_service_requests("SR-3").await.expect("found");
    assert_eq!(found, vec![request(3)]);
}

async fn batches_larger_than_one_statement_are_stored_whole(db: TestDb) {
    let store = db.store().await;
    let batch: Vec<_> = (0..1_234).map(request).collect();

    let stored = store
        .insert_service_requests(&batch, Timestamp::now())
        .await
        .expect("stored");

    assert_eq!(stored, 1_234);
    assert_eq!(
        store.count_service_requests(None).await.expect("count"),
        1_234
    );
}
