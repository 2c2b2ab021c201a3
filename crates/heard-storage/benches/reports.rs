//! The time of the full indicator set over a million generated cases, through the code the
//! dashboard uses (`Store::indicators`: every history read from storage and counted by
//! `heard_domain::report::Tally`), printed as figures.
//!
//! Run with `cargo bench -p heard-storage --bench reports`; set `HEARD_TEST_POSTGRES_URL` to
//! include PostgreSQL and `HEARD_BENCH_CASES` to change the number of cases (1,000,000). The
//! cases are written in bulk (`Store::load_histories`, each history replayed through the
//! process rules first), not through intake, which would take hours.

use std::collections::HashSet;
use std::time::Instant;

use heard_domain::calendar::{BusinessCalendar, CalendarConfig};
use heard_domain::directory::Standards;
use heard_domain::event::{Actor, CaseEvent, EventRecord, Outcome, Received};
use heard_domain::process::Clocks;
use heard_domain::report::{ReportFilter, WardPopulation};
use heard_domain::{Channel, Directory, Kind, Location, Person, TrackingNumber};
use heard_storage::{SqliteSync, Store, StoreOptions};
use heard_testing::TestDb;
use jiff::{SignedDuration, Timestamp};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const DEFAULT_CASES: usize = 1_000_000;
/// Histories generated and written per transaction.
const CHUNK: usize = 10_000;
/// Seconds between two receipts: a million cases over about two years.
const SPACING: i64 = 60;
const LANGUAGES: [&str; 5] = ["en", "fr", "zh-Hans", "es", "ta"];
const CHANNELS: [Channel; 4] = [
    Channel::Web,
    Channel::Phone,
    Channel::MobileApp,
    Channel::Email,
];
const OUTCOMES: [Outcome; 4] = [
    Outcome::Upheld,
    Outcome::PartlyUpheld,
    Outcome::NotUpheld,
    Outcome::Resolved,
];

/// What every case needs to be generated.
struct Generator {
    calendar: BusinessCalendar,
    standards: Standards,
    /// Each division with a category of its own.
    places: Vec<(String, Option<String>, Option<String>)>,
    first: Timestamp,
    rng: StdRng,
    /// Tracking numbers drawn so far: a million random ones collide now and then.
    drawn: HashSet<TrackingNumber>,
}

impl Generator {
    fn new() -> Self {
        let directory = Directory::default_toronto();
        let places = (directory.divisions().iter())
            .map(|d| {
                let section = d.sections.first();
                (
                    d.code.clone(),
                    section.map(|s| s.code.clone()),
                    section
                        .and_then(|s| s.categories.first())
                        .map(|c| c.code.clone()),
                )
            })
            .collect();
        Generator {
            calendar: BusinessCalendar::from_config(&CalendarConfig::default()).expect("calendar"),
            standards: Standards::default(),
            places,
            first: "2024-09-02T13:00:00Z".parse().expect("an instant"),
            rng: StdRng::seed_from_u64(2026),
            drawn: HashSet::new(),
        }
    }

    /// A tracking number not drawn before.
    fn draw(&mut self) -> TrackingNumber {
        loop {
            let number = TrackingNumber::generate(&mut self.rng);
            if self.drawn.insert(number) {
                return number;
            }
        }
    }

    /// The history of case number `i`: received, then perhaps acknowledged, answered,
    /// reviewed and answered again, and closed.
    fn history(&mut self, i: usize) -> Vec<EventRecord> {
        let tracking_number = self.draw();
        let clocks = Clocks::new(&self.calendar);
        let at = self.first + SignedDuration::from_secs(i as i64 * SPACING);
        let kind = match i % 20 {
            0 | 10 => Kind::Compliment,
            5 => Kind::Comment,
            _ => Kind::Complaint,
        };
        let (division, section, category) = self.places[i % self.places.len()].clone();
        let received = Received {
            tracking_number,
            kind,
            taken_by: None,
            division,
            section,
            category,
            complaint_categories: vec![],
            description: "The crew left the job half done and nobody called back.".into(),
            happened: None,
            remedy_sought: None,
            location: Location {
                ward: Some(format!("{:02}", i % 25 + 1)),
                ..Location::default()
            },
            person: Person {
                preferred_language: LANGUAGES[i % LANGUAGES.len()].into(),
                ..Person::default()
            },
            service_requests: vec![],
            attachments: vec![],
            clock: Some(clocks.first_stage(&self.standards, at)),
            terms: Clocks::terms(&self.standards),
            training: false,
            guidance: None,
        };
        let mut history = vec![EventRecord {
            seq: 1,
            at,
            actor: Actor::Resident,
            channel: CHANNELS[i % CHANNELS.len()],
            event: CaseEvent::Received(Box::new(received)),
        }];
        let then = |history: &mut Vec<EventRecord>, hours: i64, event: CaseEvent| {
            let last = history.last().map_or(at, |r| r.at);
            history.push(EventRecord {
                seq: history.len() as u32 + 1,
                at: last + SignedDuration::from_hours(hours),
                actor: Actor::System,
                channel: Channel::Web,
                event,
            });
        };

        let rng = &mut self.rng;
        if rng.random_bool(0.8) {
            then(&mut history, 2, CaseEvent::Acknowledged);
        }
        if !rng.random_bool(0.75) {
            return history;
        }
        let outcome = OUTCOMES[rng.random_range(0..OUTCOMES.len())];
        let reasons = "We looked into it.".to_owned();
        let days = rng.random_range(1..25);
        then(
            &mut history,
            24 * days,
            CaseEvent::Resolved { outcome, reasons },
        );
        if kind == Kind::Complaint && rng.random_bool(0.12) {
            let asked = history.last().map_or(at, |r| r.at) + SignedDuration::from_hours(24);
            let clock = Some(clocks.review(&self.standards, asked));
            let reason = "Not satisfied.".to_owned();
            let within_window = true;
            then(
                &mut history,
                24,
                CaseEvent::EscalationRequested {
                    reason,
                    within_window,
                    clock,
                },
            );
            if !rng.random_bool(0.7) {
                return history;
            }
            let outcome = OUTCOMES[rng.random_range(0..OUTCOMES.len())];
            let reasons = "Reviewed.".to_owned();
            then(
                &mut history,
                24 * rng.random_range(2..30),
                CaseEvent::Resolved { outcome, reasons },
            );
        }
        if rng.random_bool(0.7) {
            then(&mut history, 24, CaseEvent::Closed);
        }
        history
    }
}

async fn load(store: &Store, cases: usize) -> (f64, usize) {
    let mut generator = Generator::new();
    let started = Instant::now();
    let mut events = 0;
    let mut i = 0;
    while i < cases {
        let histories: Vec<_> = (i..cases.min(i + CHUNK))
            .map(|n| generator.history(n))
            .collect();
        events += histories.iter().map(Vec::len).sum::<usize>();
        store.load_histories(&histories).await.expect("loaded");
        i += histories.len();
    }
    (started.elapsed().as_secs_f64(), events)
}

async fn time(store: &Store, filter: &ReportFilter) -> (f64, Option<u64>) {
    let calendar = BusinessCalendar::from_config(&CalendarConfig::default()).expect("calendar");
    let started = Instant::now();
    let report = store
        .indicators(filter, &calendar, &WardPopulation::new(), Timestamp::now())
        .await
        .expect("indicators");
    (started.elapsed().as_secs_f64(), report.received)
}

async fn bench(name: &str, db: TestDb, cases: usize) {
    let options = StoreOptions {
        sqlite_sync: SqliteSync::Normal,
        ..StoreOptions::default()
    };
    let store = Store::connect(&db.url, &options).await.expect("opened");
    store.migrate().await.expect("migrated");

    let (loading, events) = load(&store, cases).await;
    println!("{name:<9} loaded {cases} cases, {events} events in {loading:.1} s");

    let everything = ReportFilter::default();
    let one_division = ReportFilter {
        division: Some("toronto-water".into()),
        ..ReportFilter::default()
    };
    for (what, filter) in [
        ("all cases", &everything),
        ("all cases", &everything),
        ("one division", &one_division),
    ] {
        let (seconds, received) = time(&store, filter).await;
        let received = received.unwrap_or(0);
        println!(
            "{name:<9} full indicator set, {what:<12} ({received:>7} counted): {seconds:>7.3} s"
        );
    }
    let started = Instant::now();
    let read = store
        .for_each_history(&everything, |_, _| {})
        .await
        .expect("read");
    let reading = started.elapsed().as_secs_f64();
    println!(
        "{name:<9} reading and decoding the {read} histories alone:            {reading:>7.3} s"
    );
    store.close().await;
}

fn main() {
    let cases = std::env::var("HEARD_BENCH_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        bench("sqlite", TestDb::sqlite(), cases).await;
        if std::env::var_os(heard_testing::POSTGRES_ENV).is_some() {
            bench("postgres", TestDb::postgres().await, cases).await;
        } else {
            println!(
                "postgres  skipped: set {} to include it",
                heard_testing::POSTGRES_ENV
            );
        }
    });
}
