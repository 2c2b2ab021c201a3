//! Crash safety under load: eight clients submit cases while `heard serve` is killed with
//! SIGKILL and restarted five times; every case answered 201 is stored exactly once, whole.
//! The 100-cycle run is the `crash_cycles` benchmark.

use heard_testing::TestDb;
use heard_testing::crash::{self, CrashLoad};
use heard_testing::process::ServeOptions;

heard_testing::on_both_backends!(every_case_answered_201_survives_repeated_kills_under_load);

async fn every_case_answered_201_survives_repeated_kills_under_load(db: TestDb) {
    let options = ServeOptions::new(env!("CARGO_BIN_EXE_heard"));
    let load = CrashLoad {
        clients: 8,
        cycles: 5,
        answers_per_cycle: 40,
    };

    let report = crash::run(&db, &options, load).await;

    eprintln!("{report:#?}");
    assert!(report.is_clean(), "{report:#?}");
    assert_eq!(report.answered, report.found, "{report:#?}");
    assert!(report.answered >= 5 * 40, "{report:#?}");
    assert!(
        report.other_answers.keys().all(|status| *status < 500),
        "a server error under load: {report:#?}"
    );
}
