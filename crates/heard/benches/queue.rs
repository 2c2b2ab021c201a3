//! How fast a staff queue page answers over 100,000 cases: the real page (`GET /staff/queue`,
//! signed in, rendered), through a server in this process on loopback, on SQLite and, when
//! `HEARD_TEST_POSTGRES_URL` is set, on PostgreSQL. Prints the median and the 95th percentile
//! of each view.
//!
//! Run with `cargo bench -p heard --bench queue`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use argon2::password_hash::PasswordHasher;
use heard_domain::calendar::{BusinessCalendar, CalendarConfig};
use heard_domain::event::Actor;
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, SubmittedLocation};
use heard_domain::ward::WardMap;
use heard_domain::{Channel, Directory, Role};
use heard_http::{AppState, RateLimits};
use heard_storage::{FileStore, NewStaffUser, Store};
use heard_testing::TestDb;
use jiff::Timestamp;

const CASES: usize = 100_000;
const CLIENTS: usize = 32;
const REQUESTS: usize = 200;
const PASSWORD: &str = "benchmark password 2026";

/// Categories of several divisions, so that each division's queue holds a share of the cases.
const CATEGORIES: &[&str] = &["T311-R0012", "T311-R0071", "T311-R0026", "not_sure"];

#[tokio::main]
async fn main() {
    let mut dbs = vec![("sqlite", TestDb::sqlite())];
    if std::env::var_os("HEARD_TEST_POSTGRES_URL").is_some() {
        dbs.push(("postgres", TestDb::postgres().await));
    }
    for (name, db) in dbs {
        let store = db.store().await;
        let started = Instant::now();
        fill(&store).await;
        println!(
            "{name}: {CASES} cases stored in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let (base, client) = serve(store).await;
        for (view, path) in [
            ("triage queue (agent)", "/staff/queue"),
            ("division queue, needs action", "/staff/queue?as=roads"),
            (
                "division queue, all, page 20",
                "/staff/queue?as=roads&status=all&page=20",
            ),
            (
                "division queue, ward 10",
                "/staff/queue?as=roads&status=open&ward=10",
            ),
        ] {
            let (who, path) = match path.split_once("?as=roads") {
                Some((page, rest)) => ("roads", format!("{page}?{}", rest.trim_start_matches('&'))),
                None => ("agent", path.to_owned()),
            };
            let times = measure(&client[who], &format!("{base}{path}")).await;
            println!(
                "{name}: {view}: median {:.1} ms, p95 {:.1} ms over {REQUESTS} pages",
                ms(percentile(&times, 50)),
                ms(percentile(&times, 95))
            );
        }
    }
}

async fn fill(store: &Store) {
    let directory = Arc::new(Directory::default_toronto());
    let wards = Arc::new(
        WardMap::toronto(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../config/toronto_wards.geojson"
            ))
            .expect("the ward file"),
        )
        .expect("wards"),
    );
    let per_client = CASES / CLIENTS;
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let store = store.clone();
            let directory = directory.clone();
            let wards = wards.clone();
            tokio::spawn(async move {
                for i in 0..per_client {
                    let n = c * per_client + i;
                    let lat = 43.60 + (n % 200) as f64 * 0.0015;
                    let lon = -79.50 + (n % 170) as f64 * 0.002;
                    let mut submission = Submission {
                        kind: Some("complaint".into()),
                        category: Some(CATEGORIES[n % CATEGORIES.len()].into()),
                        description: Some(format!("Benchmark case {n}: the pothole is back.")),
                        location: Some(SubmittedLocation {
                            // Points spread across the city, so that wards vary.
                            lat: Some(lat),
                            lon: Some(lon),
                            ..Default::default()
                        }),
                        contact: Some(SubmittedContact {
                            email: Some(format!("bench{n}@example.ca")),
                            ..Default::default()
                        }),
                        ..Default::default()
                    }
                    .validate(
                        &directory,
                        &IntakeContext {
                            channel: Channel::Web,
                            taken_by: None,
                        },
                    )
                    .expect("valid");
                    submission.location_mut().ward = wards.locate(lat, lon).map(|w| w.code.clone());
                    let at = Timestamp::now();
                    store
                        .create_case(&submission, at, &Actor::Resident, Channel::Web)
                        .await
                        .expect("stored");
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("filled");
    }
}

/// Starts the application over `store` and signs in an agent and a road division user.
async fn serve(
    store: Store,
) -> (
    String,
    std::collections::HashMap<&'static str, reqwest::Client>,
) {
    let hash = argon2::Argon2::default()
        .hash_password(PASSWORD.as_bytes())
        .expect("hash")
        .to_string();
    for (username, role, division) in [
        ("agent", Role::Agent, None),
        (
            "roads",
            Role::DivisionStaff,
            Some("transportation-road-operations"),
        ),
    ] {
        store
            .create_staff_user(
                &NewStaffUser {
                    username: username.into(),
                    display_name: username.into(),
                    role,
                    division: division.map(str::to_owned),
                    password_hash: hash.clone(),
                },
                Timestamp::now(),
            )
            .await
            .expect("user");
    }
    let state = AppState {
        store,
        directory: Arc::new(Directory::default_toronto()),
        wards: None,
        public_url: "http://127.0.0.1".into(),
        files: FileStore::new(std::env::temp_dir().join("heard-bench-files")),
        limits: RateLimits::standard(),
        calendar: Arc::new(
            BusinessCalendar::from_config(&CalendarConfig::default()).expect("calendar"),
        ),
        sms_webhook_token: None,
        cors_origins: Vec::new(),
        guidance: Arc::new(
            heard_http::Guidance::shipped(&Directory::default_toronto()).expect("knowledge base"),
        ),
        routing: Arc::new(
            heard_domain::routing::Routing::default_toronto(&Directory::default_toronto())
                .expect("routing cues"),
        ),
    };
    let addr: SocketAddr = "127.0.0.1:0".parse().expect("address");
    let running = heard::server::start(addr, state, std::future::pending())
        .await
        .expect("server");
    let base = format!("http://{}", running.addr);
    let mut clients = std::collections::HashMap::new();
    for username in ["agent", "roads"] {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let signed = client
            .post(format!("{base}/staff/sign-in"))
            .form(&[("username", username), ("password", PASSWORD)])
            .send()
            .await
            .expect("sign-in");
        assert_eq!(
            signed.status(),
            reqwest::StatusCode::SEE_OTHER,
            "{username} signs in"
        );
        clients.insert(username, client);
    }
    (base, clients)
}

async fn measure(client: &reqwest::Client, url: &str) -> Vec<Duration> {
    let mut times = Vec::with_capacity(REQUESTS);
    for _ in 0..REQUESTS {
        let started = Instant::now();
        let page = client.get(url).send().await.expect("sent");
        assert_eq!(page.status(), reqwest::StatusCode::OK, "{url}");
        let body = page.text().await.expect("body");
        times.push(started.elapsed());
        assert!(
            body.contains("<table") || body.contains("No cases match"),
            "{url}"
        );
    }
    times.sort();
    times
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
