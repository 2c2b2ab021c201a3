//! `heard backup`: a consistent copy of a running SQLite database, usable as a database of its
//! own; PostgreSQL is sent to its own tools.

use heard_domain::event::Actor;
use heard_domain::intake::{IntakeContext, Submission};
use heard_domain::{Channel, Directory};
use heard_storage::{Store, StoreOptions};
use heard_testing::TestDb;
use jiff::Timestamp;

use crate::support::{heard, run};

heard_testing::on_both_backends!(a_backup_is_a_database_with_every_case);

async fn a_backup_is_a_database_with_every_case(db: TestDb) {
    let store = db.store().await;
    let submission = Submission {
        kind: Some("complaint".into()),
        category: Some("T311-R0012".into()),
        description: Some("Backed up: the pothole on Queen Street".into()),
        anonymous: true,
        ..Default::default()
    }
    .validate(
        &Directory::default_toronto(),
        &IntakeContext {
            channel: Channel::Web,
            taken_by: None,
        },
    )
    .expect("valid");
    let case = store
        .create_case(
            &submission,
            Timestamp::now(),
            &Actor::Resident,
            Channel::Web,
        )
        .await
        .expect("stored");
    let backend = if db.url.starts_with("postgres") {
        "postgres"
    } else {
        "sqlite"
    };
    let folder =
        std::env::temp_dir().join(format!("heard-backup-{}-{backend}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("folder");
    let file = folder.join("heard-backup.db");

    let output = run({
        let mut command = heard(&db);
        command.arg("backup").arg(&file);
        command
    });

    if db.url.starts_with("postgres") {
        assert!(!output.status.success());
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains("pg_dump"), "{said}");
        return;
    }
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let copy = Store::connect(
        &format!("sqlite://{}", file.display()),
        &StoreOptions::default(),
    )
    .await
    .expect("the backup opens");
    let restored = copy
        .find_case(&case.tracking_number)
        .await
        .expect("in the backup");
    assert_eq!(
        restored,
        store
            .find_case(&case.tracking_number)
            .await
            .expect("stored")
    );

    let again = run({
        let mut command = heard(&db);
        command.arg("backup").arg(&file);
        command
    });
    assert!(
        !again.status.success(),
        "an existing file is never overwritten"
    );
    let _ = std::fs::remove_dir_all(folder);
}
