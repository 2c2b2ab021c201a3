//! Cases: creation, history, the derived state, and the rules that guard them.

use heard_domain::event::{Actor, CaseEvent, Outcome};
use heard_domain::state::TransitionError;
use heard_domain::{CaseState, Channel, Status, TrackingNumber};
use heard_storage::{IdempotencyKey, NewEvent, Store, StoreError};
use heard_testing::TestDb;
use jiff::Timestamp;

use crate::pothole_complaint;

heard_testing::on_both_backends!(
    a_new_case_is_stored_with_its_received_event,
    the_stored_state_is_what_replaying_the_history_gives,
    a_refused_event_writes_nothing,
    a_stale_version_is_a_conflict,
    concurrent_appends_never_lose_or_duplicate_an_event,
    history_rows_cannot_be_changed,
    an_unknown_tracking_number_is_not_found,
    text_in_any_script_is_stored_byte_for_byte,
    concurrent_retries_with_one_key_create_one_case,
    a_key_reused_for_another_submission_is_a_conflict,
    many_submissions_at_once_are_each_stored_once_and_answered_alone,
);

fn staff(name: &str, event: CaseEvent) -> NewEvent {
    NewEvent {
        at: Timestamp::now(),
        actor: Actor::Staff {
            username: name.into(),
        },
        channel: Channel::Phone,
        event,
    }
}

async fn new_case(store: &Store) -> CaseState {
    store
        .create_case(
            &pothole_complaint("Pothole reported twice, closed unfixed"),
            Timestamp::now(),
            &Actor::Resident,
            Channel::Web,
        )
        .await
        .expect("stored")
}

async fn a_new_case_is_stored_with_its_received_event(db: TestDb) {
    let store = db.store().await;

    let created = new_case(&store).await;

    let found = store
        .find_case(&created.tracking_number)
        .await
        .expect("found");
    assert_eq!(found, created);
    assert_eq!(found.status, Status::Received);
    assert_eq!(found.division, "transportation-road-operations");
    let history = store
        .case_history(&created.tracking_number)
        .await
        .expect("history");
    assert_eq!(history.len(), 1);
    assert!(matches!(history[0].event, CaseEvent::Received(_)));
    assert_eq!(store.count_cases().await.expect("count"), 1);
}

async fn the_stored_state_is_what_replaying_the_history_gives(db: TestDb) {
    let store = db.store().await;
    let case = new_case(&store).await;
    let t = case.tracking_number;

    for event in [
        CaseEvent::Acknowledged,
        CaseEvent::Assigned { to: "ana".into() },
        CaseEvent::NoteAdded {
            text: "Crew checked".into(),
        },
        CaseEvent::UpdateSent {
            text: "We are sending a crew.".into(),
        },
        CaseEvent::Resolved {
            outcome: Outcome::Upheld,
            reasons: "Repaired".into(),
        },
        CaseEvent::Closed,
    ] {
        store
            .append_event(&t, staff("ana", event), None)
            .await
            .expect("allowed");
    }

    let stored = store.find_case(&t).await.expect("found");
    let history = store.case_history(&t).await.expect("history");
    assert_eq!(history.len(), 7);
    assert_eq!(CaseState::replay(&history).expect("replays"), stored);
    assert_eq!(stored.status, Status::Closed);
    assert_eq!(stored.public_updates.len(), 1);
}

async fn a_refused_event_writes_nothing(db: TestDb) {
    let store = db.store().await;
    let case = new_case(&store).await;
    let t = case.tracking_number;

    let err = store
        .append_event(
            &t,
            staff(
                "ana",
                CaseEvent::EscalationRequested {
                    reason: "x".into(),
                    within_window: true,
                    clock: None,
                },
            ),
            None,
        )
        .await
        .expect_err("cannot escalate before an answer");

    assert!(matches!(
        err,
        StoreError::Transition(TransitionError::NotAllowed { .. })
    ));
    assert_eq!(store.find_case(&t).await.expect("found"), case);
    assert_eq!(store.case_history(&t).await.expect("history").len(), 1);
}

async fn a_stale_version_is_a_conflict(db: TestDb) {
    let store = db.store().await;
    let case = new_case(&store).await;
    let t = case.tracking_number;
    store
        .append_event(&t, staff("ana", CaseEvent::Acknowledged), Some(1))
        .await
        .expect("version 1 is current");

    let err = store
        .append_event(
            &t,
            staff(
                "bo",
                CaseEvent::NoteAdded {
                    text: "late".into(),
                },
            ),
            Some(1),
        )
        .await
        .expect_err("version 1 is stale");

    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert_eq!(store.case_history(&t).await.expect("history").len(), 2);
}

async fn concurrent_appends_never_lose_or_duplicate_an_event(db: TestDb) {
    let store = db.store().await;
    let t = new_case(&store).await.tracking_number;

    let tasks: Vec<_> = (0..16)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let note = CaseEvent::NoteAdded {
                    text: format!("note {i}"),
                };
                store.append_event(&t, staff("ana", note), None).await
            })
        })
        .collect();
    let mut stored = 0;
    for task in tasks {
        match task.await.expect("task ran") {
            Ok(_) => stored += 1,
            Err(StoreError::Conflict(_)) => {}
            Err(e) => panic!("unexpected error: {e}"),
        }
    }

    let history = store.case_history(&t).await.expect("history");
    assert!(stored >= 1);
    assert_eq!(history.len(), 1 + stored);
    let seqs: Vec<u32> = history.iter().map(|r| r.seq).collect();
    assert_eq!(seqs, (1..=history.len() as u32).collect::<Vec<_>>());
    assert_eq!(
        CaseState::replay(&history).expect("replays"),
        store.find_case(&t).await.expect("found")
    );
}

async fn history_rows_cannot_be_changed(db: TestDb) {
    let store = db.store().await;
    new_case(&store).await;
    let mut raw = heard_testing::raw_pool(&db).await;

    let update = raw.execute("UPDATE case_events SET payload = '{}'").await;
    let delete = raw.execute("DELETE FROM case_events").await;

    assert!(update.is_err(), "an update of history must be refused");
    assert!(delete.is_err(), "a delete of history must be refused");
}

async fn an_unknown_tracking_number_is_not_found(db: TestDb) {
    let store = db.store().await;
    new_case(&store).await;

    // One chance in a billion of meeting the stored case's number.
    let unknown = TrackingNumber::generate(&mut rand::rng());

    assert!(matches!(
        store.find_case(&unknown).await,
        Err(StoreError::NotFound)
    ));
}

async fn text_in_any_script_is_stored_byte_for_byte(db: TestDb) {
    let store = db.store().await;
    let text = "குழி இன்னும் உள்ளது — 路面有坑 — الحفرة ما زالت 🕳️ Straße <b>&amp;</b>";

    let case = store
        .create_case(
            &pothole_complaint(text),
            Timestamp::now(),
            &Actor::Resident,
            Channel::Web,
        )
        .await
        .expect("stored");

    let found = store.find_case(&case.tracking_number).await.expect("found");
    assert_eq!(found.description, text);
    assert_eq!(found.person.name.as_deref(), Some("Zoë Testperson"));
}

fn key(fingerprint: &str) -> IdempotencyKey {
    IdempotencyKey {
        key: "test:retry-1".into(),
        fingerprint: fingerprint.into(),
    }
}

async fn concurrent_retries_with_one_key_create_one_case(db: TestDb) {
    let store = db.store().await;

    let attempts: Vec<_> = (0..8)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .create_case_once(
                        Some(&key("same")),
                        &pothole_complaint("Retried submission"),
                        Timestamp::now(),
                        &Actor::Resident,
                        Channel::MobileApp,
                    )
                    .await
            })
        })
        .collect();
    let mut numbers = Vec::new();
    let mut fresh = 0;
    for attempt in attempts {
        let created = attempt.await.expect("ran").expect("stored or replayed");
        fresh += usize::from(!created.replayed);
        numbers.push(created.state.tracking_number);
    }

    numbers.dedup();
    assert_eq!(numbers.len(), 1, "every retry got the same case");
    assert_eq!(fresh, 1, "exactly one attempt created it");
    assert_eq!(store.count_cases().await.expect("count"), 1);
}

async fn a_key_reused_for_another_submission_is_a_conflict(db: TestDb) {
    let store = db.store().await;
    let create = |fingerprint: &'static str| {
        let store = store.clone();
        async move {
            store
                .create_case_once(
                    Some(&key(fingerprint)),
                    &pothole_complaint("First"),
                    Timestamp::now(),
                    &Actor::Resident,
                    Channel::MobileApp,
                )
                .await
        }
    };
    create("one").await.expect("stored");

    let err = create("two").await.expect_err("different request");

    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert_eq!(store.count_cases().await.expect("count"), 1);
}

/// Submissions arriving together share a transaction on SQLite: each one is still answered
/// for itself: stored, replayed, or refused, without touching the others.
async fn many_submissions_at_once_are_each_stored_once_and_answered_alone(db: TestDb) {
    let store = db.store().await;
    let reused = IdempotencyKey {
        key: "test:reused".into(),
        fingerprint: "first".into(),
    };
    let first = store
        .create_case_once(
            Some(&reused),
            &pothole_complaint("First use of the key"),
            Timestamp::now(),
            &Actor::Resident,
            Channel::MobileApp,
        )
        .await
        .expect("stored");

    let tasks: Vec<_> = (0..120)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let key = if i % 30 == 0 {
                    // A key reused with another request: refused.
                    Some(IdempotencyKey {
                        key: "test:reused".into(),
                        fingerprint: "other".into(),
                    })
                } else if i % 15 == 1 {
                    // Retries of one submission: one case. (Each retry waits for the one
                    // before on PostgreSQL, holding a connection: a few dozen, not hundreds.)
                    Some(IdempotencyKey {
                        key: "test:retried".into(),
                        fingerprint: "same".into(),
                    })
                } else {
                    None
                };
                let result = store
                    .create_case_once(
                        key.as_ref(),
                        &pothole_complaint(&format!("Submission {i}")),
                        Timestamp::now(),
                        &Actor::Resident,
                        Channel::Web,
                    )
                    .await;
                (i, result)
            })
        })
        .collect();

    let mut refused = 0;
    let mut retried = Vec::new();
    let mut fresh = 0;
    for task in tasks {
        let (i, result) = task.await.expect("ran");
        match result {
            Err(StoreError::Conflict(_)) if i % 30 == 0 => refused += 1,
            Ok(created) if i % 15 == 1 => retried.push(created.state.tracking_number),
            Ok(created) => {
                assert!(!created.replayed);
                fresh += 1;
                let stored = store
                    .find_case(&created.state.tracking_number)
                    .await
                    .expect("an answer means it is stored");
                assert_eq!(stored.description, format!("Submission {i}"));
            }
            Err(e) => panic!("submission {i}: {e}"),
        }
    }

    retried.sort();
    retried.dedup();
    assert_eq!(refused, 4);
    assert_eq!(retried.len(), 1, "every retry got the same case");
    assert_eq!(fresh, 108);
    assert_ne!(retried[0], first.state.tracking_number);
    assert_eq!(store.count_cases().await.expect("count"), 1 + 1 + 108);
}
