//! `heard import` on the real published files.

use heard_testing::TestDb;

use crate::support::{heard, run, shared_data};

heard_testing::on_both_backends!(
    the_three_real_files_import_with_matching_counts_and_a_second_run_adds_nothing,
    a_malformed_file_is_named_and_nothing_is_stored,
);

pub fn import_all(db: &TestDb) -> std::process::Output {
    let mut command = heard(db);
    command.arg("import").args([
        shared_data("toronto/toronto_open311_requests_2018.json"),
        shared_data("multilingual/koeln_sagsuns_open311_2016_de.json"),
        shared_data("la/myla311_service_requests_2017_subset.csv"),
    ]);
    run(command)
}

async fn the_three_real_files_import_with_matching_counts_and_a_second_run_adds_nothing(
    db: TestDb,
) {
    let store = db.store().await;

    let first = import_all(&db);
    let second = import_all(&db);

    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let summary = |o: &std::process::Output| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(summary(&first), "11049 imported, 0 skipped, 0 rejected");
    assert_eq!(summary(&second), "0 imported, 11049 skipped, 0 rejected");
    assert_eq!(
        store
            .count_service_requests(Some("open311:toronto"))
            .await
            .expect("count"),
        1_000
    );
    assert_eq!(
        store
            .count_service_requests(Some("open311:koeln"))
            .await
            .expect("count"),
        50
    );
    assert_eq!(
        store
            .count_service_requests(Some("myla311:los-angeles"))
            .await
            .expect("count"),
        9_999
    );
    // 991 of Toronto's 1,000 points fall inside one of its 25 wards.
    assert_eq!(
        store
            .count_service_requests_in_a_ward("open311:toronto")
            .await
            .expect("count"),
        991
    );
}

async fn a_malformed_file_is_named_and_nothing_is_stored(db: TestDb) {
    let store = db.store().await;
    let dir = std::env::temp_dir().join(format!("heard-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let broken = dir.join(format!("broken-{}.json", db.url.len()));
    std::fs::write(
        &broken,
        r#"{"service_requests": [{"service_request_id": "1", "#,
    )
    .expect("written");
    let mut command = heard(&db);
    command.arg("import").arg(&broken);

    let output = run(command);

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("broken-"), "the file is named: {stderr}");
    assert!(
        stderr.to_lowercase().contains("json"),
        "the problem is named: {stderr}"
    );
    assert_eq!(store.count_service_requests(None).await.expect("count"), 0);
    let _ = std::fs::remove_file(&broken);
}
