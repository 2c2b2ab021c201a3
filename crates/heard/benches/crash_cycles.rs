//! A hundred crashes under load: eight clients submit cases through the JSON API while
//! `heard serve` is killed with SIGKILL and restarted, 100 times, on SQLite and, when
//! `HEARD_TEST_POSTGRES_URL` is set, on PostgreSQL. Prints the cycles, the submissions
//! answered 201, how many of them were found, lost and doubled, and the time taken; exits
//! with a failure when one was lost, doubled or half written.
//!
//! Run with `cargo bench -p heard --bench crash_cycles`.

use std::process::ExitCode;

use heard_testing::TestDb;
use heard_testing::crash::{self, CrashLoad};
use heard_testing::process::ServeOptions;

const LOAD: CrashLoad = CrashLoad {
    clients: 8,
    cycles: 100,
    answers_per_cycle: 40,
};

#[tokio::main]
async fn main() -> ExitCode {
    let mut dbs = vec![("sqlite", TestDb::sqlite())];
    if std::env::var_os(heard_testing::POSTGRES_ENV).is_some() {
        dbs.push(("postgres", TestDb::postgres().await));
    }
    let options = ServeOptions::new(env!("CARGO_BIN_EXE_heard"));

    let mut clean = true;
    for (name, db) in dbs {
        let report = crash::run(&db, &options, LOAD).await;
        println!(
            "{name}: {} cycles, {} clients: {} sent, {} answered 201, {} found, {} lost, \
             {} duplicates, {} half written, {} stored but unanswered, other answers {:?}, \
             {:.1} s",
            report.cycles,
            LOAD.clients,
            report.sent,
            report.answered,
            report.found,
            report.lost,
            report.duplicates,
            report.half_written,
            report.stored_unanswered,
            report.other_answers,
            report.elapsed.as_secs_f64(),
        );
        clean &= report.is_clean() && report.found == report.answered;
    }
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
