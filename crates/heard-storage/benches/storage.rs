//! Storage throughput through the real storage path, printed as figures:
//! cases stored per second for single submissions (one transaction each, sequential and from
//! concurrent clients) and service requests stored per second in import batches.
//!
//! Run with `cargo bench -p heard-storage`; set `HEARD_TEST_POSTGRES_URL` to include
//! PostgreSQL. `sqlite` rows use the default `synchronous=FULL`; `sqlite/n` rows use `NORMAL`.

use std::time::Instant;

use heard_domain::event::Actor;
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, ValidSubmission};
use heard_domain::service_request::ServiceRequest;
use heard_domain::{Channel, Directory};
use heard_storage::{SqliteSync, Store, StoreOptions};
use heard_testing::TestDb;
use jiff::Timestamp;

const SEQUENTIAL: usize = 2_000;
const CONCURRENT_CLIENTS: usize = 32;
const PER_CLIENT: usize = 250;
const IMPORT_RECORDS: usize = 100_000;
const IMPORT_BATCH: usize = 10_000;

fn submission() -> ValidSubmission {
    Submission {
        kind: Some("complaint".into()),
        category: Some("T311-R0012".into()),
        description: Some("The pothole in front of my house was reported twice and is still there; a cyclist fell yesterday.".into()),
        contact: Some(SubmittedContact {
            name: Some("Bench Resident".into()),
            email: Some("bench@example.ca".into()),
            ..Default::default()
        }),
        ..Default::default()
    }
    .validate(
        &Directory::default_toronto(),
        &IntakeContext { channel: Channel::Web, taken_by: None },
    )
    .expect("valid")
}

fn request(i: usize) -> ServiceRequest {
    ServiceRequest {
        source: "bench".into(),
        number: format!("SR-{i:08}"),
        type_code: Some("CSROWR-12".into()),
        type_name: "Road - Pot hole".into(),
        division: Some("Transportation Services".into()),
        status: "closed".into(),
        status_notes: Some("Completed - Pothole repaired".into()),
        description: None,
        channel: Some("Call".into()),
        requested_at: Timestamp::from_second(1_538_000_000 + i as i64).expect("valid"),
        updated_at: None,
        closed_at: None,
        address: Some(format!("{} Queen St W", i % 900)),
        postal_code: Some("M5H".into()),
        lat: Some(43.65 + (i % 100) as f64 * 0.001),
        lon: Some(-79.38),
        ward: Some("10".into()),
    }
}

async fn sequential(store: &Store, valid: &ValidSubmission) -> f64 {
    let started = Instant::now();
    for _ in 0..SEQUENTIAL {
        store
            .create_case(valid, Timestamp::now(), &Actor::Resident, Channel::Web)
            .await
            .expect("stored");
    }
    SEQUENTIAL as f64 / started.elapsed().as_secs_f64()
}

async fn concurrent(store: &Store, valid: &ValidSubmission) -> f64 {
    let started = Instant::now();
    let clients: Vec<_> = (0..CONCURRENT_CLIENTS)
        .map(|_| {
            let (store, valid) = (store.clone(), valid.clone());
            tokio::spawn(async move {
                for _ in 0..PER_CLIENT {
                    store
                        .create_case(&valid, Timestamp::now(), &Actor::Resident, Channel::Web)
                        .await
                        .expect("stored");
                }
            })
        })
        .collect();
    for client in clients {
        client.await.expect("client ran");
    }
    (CONCURRENT_CLIENTS * PER_CLIENT) as f64 / started.elapsed().as_secs_f64()
}

async fn import(store: &Store) -> f64 {
    let records: Vec<_> = (0..IMPORT_RECORDS).map(request).collect();
    let started = Instant::now();
    for batch in records.chunks(IMPORT_BATCH) {
        store
            .insert_service_requests(batch, Timestamp::now())
            .await
            .expect("stored");
    }
    IMPORT_RECORDS as f64 / started.elapsed().as_secs_f64()
}

async fn bench(name: &str, db: TestDb, sqlite_sync: SqliteSync) {
    let options = StoreOptions {
        sqlite_sync,
        ..StoreOptions::default()
    };
    let store = Store::connect(&db.url, &options).await.expect("opened");
    store.migrate().await.expect("migrated");
    let valid = submission();

    let seq = sequential(&store, &valid).await;
    let conc = concurrent(&store, &valid).await;
    let imp = import(&store).await;

    println!("{name:<9} single submissions, 1 client:   {seq:>9.0} cases/s ({SEQUENTIAL} cases)");
    println!(
        "{name:<9} single submissions, {CONCURRENT_CLIENTS} clients: {conc:>9.0} cases/s ({} cases)",
        CONCURRENT_CLIENTS * PER_CLIENT
    );
    println!(
        "{name:<9} import batches of {IMPORT_BATCH}:      {imp:>9.0} records/s ({IMPORT_RECORDS} records)"
    );
    store.close().await;
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        bench("sqlite", TestDb::sqlite(), SqliteSync::Full).await;
        bench("sqlite/n", TestDb::sqlite(), SqliteSync::Normal).await;
        if std::env::var_os(heard_testing::POSTGRES_ENV).is_some() {
            bench("postgres", TestDb::postgres().await, SqliteSync::Full).await;
        } else {
            println!(
                "postgres  skipped: set {} to include it",
                heard_testing::POSTGRES_ENV
            );
        }
    });
}
