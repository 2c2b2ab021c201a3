//! Drill-down: over generated histories, the cases behind each count add up to the count, and
//! every count's name reads back as itself.

use super::calendar;
use super::generator::generate;
use crate::event::Outcome;
use crate::report::*;

#[test]
fn the_cases_behind_each_count_add_up_to_it() {
    let calendar = calendar();
    let generated = generate(&calendar, 2_000, 7);
    let filter = ReportFilter::default();
    let population = WardPopulation::new();
    let report = indicators(
        generated.histories.iter().map(Vec::as_slice),
        &filter,
        &calendar,
        &population,
        generated.now,
    );
    let mut counted = vec![
        Counted::Received,
        Counted::Ward(None),
        Counted::Acknowledged,
        Counted::AcknowledgementsMeasured,
        Counted::AcknowledgedWithinStandard,
        Counted::Closed,
        Counted::Extended,
        Counted::EscalationRequested,
        Counted::AnsweredAtStageOne,
        Counted::Reopened,
        Counted::AnsweredOrClosed,
        Counted::OmbudsmanReferred,
        Counted::OmbudsmanAwaiting,
    ];
    for stage in 1..=2 {
        counted.extend([
            Counted::ClosedAtStage(stage),
            Counted::Answered(stage),
            Counted::AnswersMeasured(stage),
            Counted::AnsweredWithinStandard(stage),
        ]);
        counted.extend(Outcome::ALL.iter().map(|o| Counted::Outcome(stage, *o)));
    }
    counted.extend((0..5).map(Counted::Backlog));
    counted.extend(report.wards.iter().map(|w| Counted::Ward(w.ward.clone())));
    counted.extend(
        report
            .languages
            .iter()
            .map(|l| Counted::Language(l.language.clone())),
    );
    counted.extend(
        (report.ombudsman_outcomes.iter()).map(|o| Counted::OmbudsmanOutcome(o.outcome.clone())),
    );
    counted.extend(
        (report.compliments_by_division.iter()).map(|d| Counted::Compliments(d.division.clone())),
    );

    let mut drill = Drill::new(&filter, &calendar, &population, generated.now);
    for what in &counted {
        let behind: u64 = (generated.histories.iter())
            .map(|h| drill.adds(h, what))
            .sum();
        assert_eq!(Some(behind), what.count(&report).or(Some(0)), "{what:?}");
        assert_eq!(
            Counted::parse(&what.code()).as_ref(),
            Some(what),
            "{what:?}"
        );
    }
    assert!(Counted::count(&Counted::Received, &report).is_some_and(|n| n == 2_000));
}

#[test]
fn names_that_are_not_counts_are_refused() {
    for code in [
        "",
        "nothing",
        "closed:0",
        "closed:x",
        "outcome:1:maybe",
        "backlog:9",
        "language:",
    ] {
        assert_eq!(Counted::parse(code), None, "{code}");
    }
}
