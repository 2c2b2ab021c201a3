//! Crash safety under load: clients submit cases through the JSON API while `heard serve` is
//! killed with SIGKILL and started again, cycle after cycle; then the database is read
//! directly to check that every submission answered 201 is stored exactly once and that no
//! case is half written. The crash test and the 100-cycle benchmark both run this.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::Rng;
use tokio::sync::watch;

use crate::process::{HeardProcess, ServeOptions};
use crate::{RawDb, TestDb, raw_pool};

/// The start of the marker that makes each submission's text unique.
const MARKER: &str = "crashmark-";

/// How much load, and how many crashes.
#[derive(Debug, Clone, Copy)]
pub struct CrashLoad {
    /// Clients submitting at the same time.
    pub clients: usize,
    /// Kill and restart cycles.
    pub cycles: usize,
    /// Submissions answered 201 in each cycle before the kill.
    pub answers_per_cycle: usize,
}

/// What a crash run found.
#[derive(Debug, Clone, Default)]
pub struct CrashReport {
    /// Kill and restart cycles run.
    pub cycles: usize,
    /// Submissions tried, including those whose connection was refused or cut by a kill.
    pub sent: usize,
    /// Submissions answered 201 Created.
    pub answered: usize,
    /// Of those, how many are stored under their tracking number with their text.
    pub found: usize,
    /// Answered 201 but not stored (must be 0).
    pub lost: usize,
    /// Cases stored more than once, by tracking number or by text (must be 0).
    pub duplicates: usize,
    /// Cases without a complete first event, or whose row disagrees with it (must be 0).
    pub half_written: usize,
    /// Cases that no client sent (must be 0).
    pub strangers: usize,
    /// Submissions cut off by a kill after their commit, before their answer: stored, never
    /// answered (allowed: the client saw no answer and may ask again).
    pub stored_unanswered: usize,
    /// Answers other than 201, by status (a 5xx here is a fault).
    pub other_answers: BTreeMap<u16, usize>,
    /// How long the whole run took.
    pub elapsed: Duration,
}

impl CrashReport {
    /// True when nothing answered was lost, doubled or half written.
    pub fn is_clean(&self) -> bool {
        self.lost == 0 && self.duplicates == 0 && self.half_written == 0 && self.strangers == 0
    }
}

/// Where the clients should send submissions now.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Down,
    Up(String),
    Stop,
}

/// What the clients saw.
#[derive(Default)]
struct Seen {
    sent: usize,
    /// Tracking number and marker of each submission answered 201.
    answered: Vec<(String, String)>,
    other: BTreeMap<u16, usize>,
}

/// Runs `load` against `heard serve` over `db`, started with `options`.
pub async fn run(db: &TestDb, options: &ServeOptions, load: CrashLoad) -> CrashReport {
    let started = Instant::now();
    db.store().await.close().await;
    let run_id = crate::random_suffix();
    let (target, watching) = watch::channel(Target::Down);
    let seen = Arc::new(Mutex::new(Seen::default()));
    let answers = Arc::new(AtomicUsize::new(0));

    let clients: Vec<_> = (0..load.clients)
        .map(|c| {
            let client = Client {
                prefix: format!("{MARKER}{run_id}-{c}-"),
                target: watching.clone(),
                seen: seen.clone(),
                answers: answers.clone(),
            };
            tokio::spawn(client.submit_until_stopped())
        })
        .collect();

    for _ in 0..load.cycles {
        let server = HeardProcess::start(db, options).await;
        let _ = target.send(Target::Up(server.base.clone()));
        let enough = answers.load(Ordering::SeqCst) + load.answers_per_cycle;
        while answers.load(Ordering::SeqCst) < enough {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        // A little more, so that the kill lands at a different point of each request.
        let extra = rand::rng().random_range(0..3000);
        tokio::time::sleep(Duration::from_micros(extra)).await;
        server.kill();
        let _ = target.send(Target::Down);
    }
    let _ = target.send(Target::Stop);
    for client in clients {
        client.await.expect("a client ends");
    }

    // The server must start after the last kill, and its database be whole.
    HeardProcess::start(db, options).await.kill();
    let seen = std::mem::take(&mut *seen.lock().expect("not poisoned"));
    let stored = stored_cases(db).await;
    let mut report = check(&seen, &stored);
    report.cycles = load.cycles;
    report.elapsed = started.elapsed();
    report
}

/// One submitting client.
struct Client {
    prefix: String,
    target: watch::Receiver<Target>,
    seen: Arc<Mutex<Seen>>,
    answers: Arc<AtomicUsize>,
}

impl Client {
    async fn submit_until_stopped(mut self) {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .build()
            .expect("an HTTP client");
        for n in 0.. {
            let target = match self.target.wait_for(|t| *t != Target::Down).await {
                Ok(target) => target.clone(),
                Err(_) => Target::Stop,
            };
            let Target::Up(base) = target else {
                return;
            };
            let marker = format!("{}{n}", self.prefix);
            let body = serde_json::json!({
                "kind": "complaint",
                "description": format!("Report {marker}. The crew never came to fix the road."),
                "anonymous": true,
            });
            let answer = http
                .post(format!("{base}/api/v1/cases"))
                .json(&body)
                .send()
                .await;
            let refused = answer.is_err();
            self.record(answer, marker).await;
            if refused {
                // The server is going down or coming up: wait a moment rather than spin.
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
        }
    }

    async fn record(&self, answer: reqwest::Result<reqwest::Response>, marker: String) {
        let status = answer.as_ref().map(|r| r.status().as_u16()).ok();
        let tracking = match answer {
            Ok(response) if response.status() == reqwest::StatusCode::CREATED => response
                .json::<serde_json::Value>()
                .await
                .ok()
                .and_then(|body| body["tracking_number"].as_str().map(str::to_owned)),
            _ => None,
        };
        let mut seen = self.seen.lock().expect("not poisoned");
        seen.sent += 1;
        match (status, tracking) {
            (Some(201), Some(tracking)) => {
                seen.answered.push((tracking, marker));
                self.answers.fetch_add(1, Ordering::SeqCst);
            }
            // A 201 whose body was cut off by the kill is no answer.
            (Some(201), None) | (None, _) => {}
            (Some(status), _) => *seen.other.entry(status).or_default() += 1,
        }
    }
}

/// A stored case as the database holds it.
#[derive(Debug)]
struct StoredCase {
    tracking: String,
    /// The marker in the case row's state.
    row_marker: Option<String>,
    /// The first event's name and marker, when it exists.
    first_event: Option<(String, Option<String>)>,
    version: i64,
    events: i64,
}

const STORED: &str = "SELECT c.tracking_number, c.state, c.version, e.name, e.payload, \
     (SELECT COUNT(*) FROM case_events x WHERE x.tracking_number = c.tracking_number) \
     FROM cases c LEFT JOIN case_events e ON e.tracking_number = c.tracking_number AND e.seq = 1";

type Row = (String, String, i64, Option<String>, Option<String>, i64);

async fn stored_cases(db: &TestDb) -> Vec<StoredCase> {
    let rows: Vec<Row> = match raw_pool(db).await {
        RawDb::Sqlite(mut c) => sqlx::query_as(STORED).fetch_all(&mut c).await,
        RawDb::Postgres(mut c) => sqlx::query_as(STORED).fetch_all(&mut c).await,
    }
    .expect("the cases can be read");
    rows.into_iter()
        .map(
            |(tracking, state, version, name, payload, events)| StoredCase {
                tracking,
                row_marker: marker_in(&state),
                first_event: name.map(|name| (name, payload.as_deref().and_then(marker_in))),
                version,
                events,
            },
        )
        .collect()
}

/// The marker in a stored text, if it holds one.
fn marker_in(text: &str) -> Option<String> {
    let start = text.find(MARKER)?;
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

fn check(seen: &Seen, stored: &[StoredCase]) -> CrashReport {
    let mut report = CrashReport {
        sent: seen.sent,
        answered: seen.answered.len(),
        other_answers: seen.other.clone(),
        ..CrashReport::default()
    };

    // Each case must be whole: its first event is the submission, and the row agrees.
    let mut by_tracking: HashMap<&str, &StoredCase> = HashMap::new();
    let mut by_marker: HashMap<&str, usize> = HashMap::new();
    for case in stored {
        let whole = matches!(&case.first_event, Some((name, Some(m)))
            if name == "received" && case.row_marker.as_ref() == Some(m))
            && case.version == case.events;
        if !whole {
            report.half_written += 1;
        }
        if by_tracking.insert(&case.tracking, case).is_some() {
            report.duplicates += 1;
        }
        if let Some(marker) = &case.row_marker {
            *by_marker.entry(marker).or_default() += 1;
        }
    }
    report.duplicates += by_marker.values().map(|n| n - 1).sum::<usize>();

    let mut answered_markers = HashSet::new();
    let mut answered_numbers = HashSet::new();
    for (tracking, marker) in &seen.answered {
        answered_markers.insert(marker.as_str());
        if !answered_numbers.insert(compact(tracking)) {
            report.duplicates += 1;
        }
        let stored = by_tracking.get(compact(tracking).as_str());
        if stored.is_some_and(|c| c.row_marker.as_deref() == Some(marker.as_str())) {
            report.found += 1;
        } else {
            report.lost += 1;
        }
    }

    for marker in stored.iter().filter_map(|c| c.row_marker.as_deref()) {
        if !answered_markers.contains(marker) {
            report.stored_unanswered += 1;
        }
    }
    report.strangers = stored.iter().filter(|c| c.row_marker.is_none()).count();
    report
}

/// A tracking number as stored: without the dashes shown to people.
fn compact(tracking: &str) -> String {
    tracking.chars().filter(|c| *c != '-').collect()
}
