//! Staff accounts and API keys.

use heard_domain::Role;
use heard_storage::{NewStaffUser, StoreError};
use heard_testing::TestDb;
use jiff::Timestamp;

heard_testing::on_both_backends!(
    a_taken_user_name_is_a_conflict_that_names_it,
    a_revoked_api_key_is_marked_and_cannot_be_revoked_twice,
);

async fn a_taken_user_name_is_a_conflict_that_names_it(db: TestDb) {
    let store = db.store().await;
    let user = NewStaffUser {
        username: "ana".into(),
        display_name: "Ana Agent".into(),
        role: Role::DivisionStaff,
        division: Some("toronto-water".into()),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
    };
    store
        .create_staff_user(&user, Timestamp::now())
        .await
        .expect("created");

    let err = store
        .create_staff_user(&user, Timestamp::now())
        .await
        .expect_err("taken");

    assert!(
        matches!(&err, StoreError::Conflict(m) if m.contains("'ana'")),
        "{err}"
    );
    let found = store.find_staff_user("ana").await.expect("found");
    assert_eq!(found.role, Role::DivisionStaff);
    assert_eq!(found.division.as_deref(), Some("toronto-water"));
}

async fn a_revoked_api_key_is_marked_and_cannot_be_revoked_twice(db: TestDb) {
    let store = db.store().await;
    store
        .create_api_key("k1", "city-app", "abc123", Timestamp::now())
        .await
        .expect("created");

    store
        .revoke_api_key("city-app", Timestamp::now())
        .await
        .expect("revoked");
    let again = store.revoke_api_key("city-app", Timestamp::now()).await;

    assert!(
        store
            .find_api_key("k1")
            .await
            .expect("found")
            .revoked_at
            .is_some()
    );
    assert!(matches!(again, Err(StoreError::NotFound)));
}
