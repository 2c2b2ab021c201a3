//! Ten thousand generated histories: every figure of the report is the generator's tally, for
//! the whole set and under filters.

use std::time::Instant;

use super::calendar;
use super::expected::expected;
use super::generator::{Generated, generate};
use crate::report::*;
use crate::{Channel, Kind};

const CASES: usize = 10_000;

/// Residents of wards 01 to 24; ward 25 is missing from the map on purpose.
fn population() -> WardPopulation {
    (1..=24u64)
        .map(|w| (format!("{w:02}"), 90_000 + 1_000 * w))
        .collect()
}

fn report(generated: &Generated, filter: &ReportFilter) -> Indicators {
    let calendar = calendar();
    let histories = generated.histories.iter().map(Vec::as_slice);
    indicators(histories, filter, &calendar, &population(), generated.now)
}

/// Compares table by table, so that a failure names the table.
fn assert_same(got: &Indicators, want: &Indicators) {
    assert_eq!(got.received, want.received, "received");
    assert_eq!(got.wards, want.wards, "wards");
    assert_eq!(got.acknowledgement, want.acknowledgement, "acknowledgement");
    assert_eq!(got.closed, want.closed, "closed");
    assert_eq!(got.closed_by_stage, want.closed_by_stage, "closed by stage");
    assert_eq!(got.outcomes, want.outcomes, "outcomes");
    assert_eq!(got.answers, want.answers, "answers");
    assert_eq!(got.extensions, want.extensions, "extensions");
    assert_eq!(got.escalation, want.escalation, "escalation");
    assert_eq!(got.reopening, want.reopening, "reopening");
    assert_eq!(got.ombudsman, want.ombudsman, "ombudsman");
    assert_eq!(
        got.ombudsman_outcomes, want.ombudsman_outcomes,
        "ombudsman outcomes"
    );
    assert_eq!(
        got.compliments_by_division, want.compliments_by_division,
        "by division"
    );
    assert_eq!(got.compliments_by_team, want.compliments_by_team, "by team");
    assert_eq!(got.backlog, want.backlog, "backlog");
    assert_eq!(got.languages, want.languages, "languages");
    assert_eq!(
        got.interpreter_languages, want.interpreter_languages,
        "interpreters"
    );
    assert_eq!(got, want);
}

#[test]
fn every_figure_over_ten_thousand_generated_cases_is_the_generators_tally() {
    let calendar = calendar();
    let generated = generate(&calendar, CASES, 2026);
    let filter = ReportFilter::default();

    let started = Instant::now();
    let histories = generated.histories.iter().map(Vec::as_slice);
    let got = indicators(histories, &filter, &calendar, &population(), generated.now);
    let elapsed = started.elapsed();

    println!("indicators over {CASES} generated cases took {elapsed:?}");
    assert_same(&got, &expected(&generated.truths, &filter, &population()));
    assert_eq!(got.received, Some(CASES as u64));
}

#[test]
fn the_generated_cases_reach_every_indicator() {
    let generated = generate(&calendar(), CASES, 2026);

    let got = report(&generated, &ReportFilter::default());

    let some = |c: Count| c.is_some_and(|n| n > 0);
    assert!(
        got.answers.iter().all(|a| some(a.answered)),
        "{:?}",
        got.answers
    );
    assert!(got.answers.iter().all(|a| a.within_standard < a.measured));
    assert!(
        got.outcomes
            .iter()
            .all(|o| some(o.upheld) && some(o.withdrawn))
    );
    assert!(
        got.backlog.iter().skip(1).all(|b| some(b.open)),
        "{:?}",
        got.backlog
    );
    assert!(
        some(got.extensions.cases) && got.extensions.cases < got.extensions.granted.map(|n| n + 1)
    );
    assert!(some(got.reopening.reopened) && some(got.escalation.requested));
    assert!(some(got.ombudsman.awaiting_outcome) && got.ombudsman_outcomes.len() == 3);
    assert!(got.wards.iter().any(|w| w.ward.is_none()));
    assert!(
        got.wards
            .iter()
            .any(|w| w.population.is_none() && w.ward.is_some())
    );
    assert!(got.compliments_by_team.iter().any(|t| t.section.is_none()));
    assert_eq!(got.interpreter_languages.len(), 3);
}

#[test]
fn under_filters_every_figure_is_the_tally_of_the_cases_let_through() {
    let generated = generate(&calendar(), CASES, 7);
    let filters = [
        ReportFilter {
            received_from: Some(super::toronto(2024, 7, 1, 0, 0)),
            received_to: Some(super::toronto(2025, 7, 1, 0, 0)),
            kind: Some(Kind::Complaint),
            ..ReportFilter::default()
        },
        ReportFilter {
            division: Some("parks".into()),
            section: Some("operations".into()),
            ..ReportFilter::default()
        },
        ReportFilter {
            ward: Some("07".into()),
            channel: Some(Channel::Phone),
            ..ReportFilter::default()
        },
        ReportFilter {
            language: Some("zh-Hans".into()),
            category: Some("repairs".into()),
            kind: Some(Kind::Compliment),
            ..ReportFilter::default()
        },
    ];

    for filter in filters {
        let got = report(&generated, &filter);

        assert_same(&got, &expected(&generated.truths, &filter, &population()));
        assert!(
            got.received.is_some_and(|n| n > 0),
            "{filter:?} lets nothing through"
        );
    }
}

#[test]
fn tallies_of_parts_merged_give_the_indicators_of_the_whole() {
    let calendar = calendar();
    let generated = generate(&calendar, 2_000, 99);
    let (filter, population) = (ReportFilter::default(), population());
    let (first, second) = generated.histories.split_at(700);
    let tally = |part: &[Vec<crate::event::EventRecord>]| {
        let mut tally = Tally::new(&filter, &calendar, &population, generated.now);
        part.iter().for_each(|h| tally.add(h));
        tally
    };

    let mut merged = tally(second);
    merged.merge(tally(first));

    assert_same(&merged.finish(), &report(&generated, &filter));
}
