//! Staff sessions: expiry, idleness and disabled accounts end them; failed sign-ins lock a
//! user name and the lock ends.

use heard_domain::Role;
use heard_storage::{LockoutRule, NewStaffSession, NewStaffUser, Store, StoreError};
use heard_testing::{TestDb, raw_pool};
use jiff::{SignedDuration, Timestamp};

heard_testing::on_both_backends!(
    a_session_ends_when_it_expires_is_idle_or_its_account_is_disabled,
    failures_lock_a_name_at_the_limit_and_a_success_forgets_them,
);

const RULE: LockoutRule = LockoutRule {
    max_failures: 5,
    lock_for: SignedDuration::from_mins(15),
};

async fn with_user(db: &TestDb) -> Store {
    let store = db.store().await;
    let user = NewStaffUser {
        username: "ana".into(),
        display_name: "Ana Agent".into(),
        role: Role::Agent,
        division: None,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
    };
    store
        .create_staff_user(&user, Timestamp::now())
        .await
        .expect("created");
    store
}

async fn a_session_ends_when_it_expires_is_idle_or_its_account_is_disabled(db: TestDb) {
    let store = with_user(&db).await;
    let now = Timestamp::now();
    let hour = SignedDuration::from_hours(1);
    let session = NewStaffSession {
        id_sha256: "ab".repeat(32),
        username: "ana".into(),
        csrf_token: "token".into(),
        created_at: now,
        expires_at: now + hour * 10,
    };
    store.create_staff_session(&session).await.expect("stored");
    let id = &session.id_sha256;

    let live = store.find_staff_session(id, now, now - hour).await;
    let expired = store.find_staff_session(id, now + hour * 11, now).await;
    let idle = store
        .find_staff_session(id, now + hour * 2, now + hour)
        .await;

    let live = live.expect("live");
    assert_eq!((live.username.as_str(), live.role), ("ana", Role::Agent));
    assert_eq!(live.csrf_token, "token");
    assert!(matches!(expired, Err(StoreError::NotFound)));
    assert!(matches!(idle, Err(StoreError::NotFound)));

    store
        .touch_staff_session(id, now + hour)
        .await
        .expect("touched");
    let used = store.find_staff_session(
        id,
        now + hour * 2,
        now + hour - SignedDuration::from_secs(1),
    );
    assert!(used.await.is_ok(), "using a session keeps it open");

    let mut raw = raw_pool(&db).await;
    raw.execute("UPDATE staff_users SET disabled_at = 1")
        .await
        .expect("disabled");
    let disabled = store.find_staff_session(id, now, now - hour).await;
    assert!(matches!(disabled, Err(StoreError::NotFound)));

    store.end_staff_session(id, now).await.expect("ended");
}

async fn failures_lock_a_name_at_the_limit_and_a_success_forgets_them(db: TestDb) {
    let store = db.store().await;
    let now = Timestamp::from_millisecond(Timestamp::now().as_millisecond()).expect("ms");
    let old = now - SignedDuration::from_mins(20);

    let mut locked = Vec::new();
    for _ in 0..5 {
        locked.push(
            store
                .record_sign_in_failure("nobody", now, RULE)
                .await
                .expect("recorded"),
        );
    }
    let until = store
        .sign_in_locked_until("nobody", now)
        .await
        .expect("read");
    store
        .record_sign_in_failure("ana", now, RULE)
        .await
        .expect("recorded");
    store.clear_sign_in_failures("ana").await.expect("cleared");
    let mut after_clear = Vec::new();
    for _ in 0..4 {
        after_clear.push(
            store
                .record_sign_in_failure("ana", now, RULE)
                .await
                .expect("recorded"),
        );
    }
    for _ in 0..4 {
        store
            .record_sign_in_failure("carl", old, RULE)
            .await
            .expect("recorded");
    }
    let after_old = store
        .record_sign_in_failure("carl", now, RULE)
        .await
        .expect("recorded");

    assert_eq!(locked, [false, false, false, false, true]);
    assert_eq!(until, Some(now + RULE.lock_for));
    assert_eq!(after_clear, [false; 4], "a success starts the count again");
    assert!(
        !after_old,
        "failures older than the lock time are forgotten"
    );
}
