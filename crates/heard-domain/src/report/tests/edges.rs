//! Hand-written cases at the edge of each indicator.

use jiff::Timestamp;
use jiff::civil::Date;

use super::{CaseBuilder, calendar, local, toronto};
use crate::calendar::BusinessCalendar;
use crate::directory::Standards;
use crate::event::{CaseEvent, Outcome};
use crate::process::Clocks;
use crate::report::*;
use crate::{Channel, Kind};

fn population() -> WardPopulation {
    [("01", 1_500), ("02", 2_000)]
        .into_iter()
        .map(|(w, n)| (w.to_owned(), n))
        .collect()
}

pub(super) fn report(cases: &[CaseBuilder], filter: &ReportFilter, now: Timestamp) -> Indicators {
    let histories = cases.iter().map(|c| c.records.as_slice());
    indicators(histories, filter, &calendar(), &population(), now)
}

pub(super) fn complaint(calendar: &BusinessCalendar, at: Timestamp) -> CaseBuilder {
    CaseBuilder::received(calendar, at, Kind::Complaint, |_| {})
}

pub(super) fn answer(outcome: Outcome) -> CaseEvent {
    CaseEvent::Resolved {
        outcome,
        reasons: "Looked into it".into(),
    }
}

/// The business day `n` business days before `date`.
fn business_days_before(calendar: &BusinessCalendar, date: Date, n: usize) -> Date {
    let earlier = date.series(jiff::Span::new().days(-1)).skip(1);
    let mut business = earlier.filter(|d| calendar.is_business_day(*d));
    match n {
        0 => date,
        n => business.nth(n - 1).expect("a date"),
    }
}

#[test]
fn nothing_received_gives_zero_counts_and_no_figures() {
    let got = report(&[], &ReportFilter::default(), toronto(2026, 1, 30, 12, 0));

    assert_eq!(got.received, Some(0));
    assert_eq!(got.wards.len(), 2, "the wards of the population map");
    assert_eq!(got.wards[0].per_thousand, Some(0.0));
    assert_eq!(got.acknowledgement.within_standard_share, None);
    assert_eq!(got.escalation.rate, None);
    assert_eq!(got.reopening.rate, None);
    assert!(got.closed_by_stage.is_empty() && got.answers.is_empty() && got.outcomes.is_empty());
    assert!(got.backlog.iter().all(|b| b.open == Some(0)));
    assert!(got.languages.is_empty() && got.compliments_by_division.is_empty());
}

#[test]
fn a_case_received_outside_the_period_is_not_counted() {
    let cal = calendar();
    let (from, to) = (toronto(2025, 4, 1, 0, 0), toronto(2025, 5, 1, 0, 0));
    let second = jiff::SignedDuration::from_secs(1);
    let cases = [from - second, from, to - second, to].map(|at| complaint(&cal, at));
    let filter = ReportFilter {
        received_from: Some(from),
        received_to: Some(to),
        ..ReportFilter::default()
    };

    let got = report(&cases, &filter, toronto(2026, 1, 30, 12, 0));

    assert_eq!(
        got.received,
        Some(2),
        "the start is in the period, the end is not"
    );
}

#[test]
fn filters_on_ward_language_and_channel_let_through_only_their_cases() {
    let cal = calendar();
    let at = toronto(2025, 4, 1, 10, 0);
    let mut cases = vec![];
    for (ward, language, channel) in [
        ("01", "en", Channel::Web),
        ("02", "fr", Channel::Phone),
        ("02", "en", Channel::Phone),
    ] {
        let mut case = CaseBuilder::received(&cal, at, Kind::Complaint, |r| {
            r.location.ward = Some(ward.into());
            r.person.preferred_language = language.into();
        });
        case.via(channel);
        cases.push(case);
    }
    let now = toronto(2026, 1, 30, 12, 0);
    let only = |set: fn(&mut ReportFilter)| {
        let mut filter = ReportFilter::default();
        set(&mut filter);
        report(&cases, &filter, now)
    };

    let ward = only(|f| f.ward = Some("02".into()));
    let language = only(|f| f.language = Some("FR".into()));
    let channel = only(|f| f.channel = Some(Channel::Web));

    assert_eq!(ward.received, Some(2));
    assert_eq!(
        ward.wards.len(),
        1,
        "only the ward asked for: {:?}",
        ward.wards
    );
    assert_eq!(language.received, Some(1), "languages compare without case");
    assert_eq!(language.languages[0].language, "fr");
    assert_eq!(channel.received, Some(1));
}

#[test]
fn the_division_filter_uses_the_division_after_re_routing() {
    let cal = calendar();
    let at = toronto(2025, 4, 1, 10, 0);
    let mut moved = complaint(&cal, at);
    moved.then(
        toronto(2025, 4, 2, 10, 0),
        CaseEvent::Routed {
            division: "parks".into(),
            section: Some("forestry".into()),
            category: None,
            reason: "Trees".into(),
        },
    );
    let stayed = complaint(&cal, at);
    let filter = ReportFilter {
        division: Some("parks".into()),
        section: Some("forestry".into()),
        ..ReportFilter::default()
    };

    let got = report(&[moved, stayed], &filter, toronto(2026, 1, 30, 12, 0));

    assert_eq!(got.received, Some(1));
}

#[test]
fn events_after_the_reports_end_are_left_out() {
    let cal = calendar();
    let mut case = complaint(&cal, toronto(2026, 1, 5, 10, 0));
    case.then(toronto(2026, 1, 6, 10, 0), CaseEvent::Acknowledged)
        .then(toronto(2026, 1, 20, 10, 0), answer(Outcome::Upheld));
    let late_receipt = complaint(&cal, toronto(2026, 1, 16, 10, 0));

    let got = report(
        &[case, late_receipt],
        &ReportFilter::default(),
        toronto(2026, 1, 15, 12, 0),
    );

    assert_eq!(got.received, Some(1), "received after the end");
    assert_eq!(got.acknowledgement.acknowledged, Some(1));
    assert_eq!(got.answers[0].answered, Some(0));
    assert_eq!(
        got.backlog[1].open,
        Some(1),
        "business day 8 of the case: {:?}",
        got.backlog
    );
}

#[test]
fn the_backlog_counts_business_days_since_receipt_into_its_ranges() {
    let cal = calendar();
    let now = toronto(2026, 3, 6, 12, 0);
    let mut cases: Vec<CaseBuilder> = [0, 5, 6, 10, 11, 20, 21, 40, 41, 100]
        .into_iter()
        .map(|age| {
            let day =
                business_days_before(&cal, now.in_tz("America/Toronto").expect("tz").date(), age);
            complaint(&cal, local(day, 10, 0))
        })
        .collect();
    let mut answered = complaint(&cal, toronto(2026, 3, 2, 10, 0));
    answered.then(toronto(2026, 3, 3, 10, 0), answer(Outcome::NotUpheld));
    let mut closed = complaint(&cal, toronto(2026, 3, 2, 10, 0));
    closed.then(toronto(2026, 3, 3, 10, 0), CaseEvent::Closed);
    cases.extend([answered, closed]);

    let got = report(&cases, &ReportFilter::default(), now);

    let open: Vec<Count> = got.backlog.iter().map(|b| b.open).collect();
    assert_eq!(open, [Some(2); 5]);
    assert_eq!(got.backlog[4].age, "over 40");
}

#[test]
fn business_days_to_answer_leave_out_a_pause_across_a_holiday() {
    let cal = calendar();
    let clocks = Clocks::new(&cal);
    let standards = Standards::default();
    let mut cases = vec![];
    // Victoria Day is Monday 19 May 2025: the pause gives back one day, Friday the 16th.
    for answered in [toronto(2025, 5, 28, 10, 0), toronto(2025, 5, 29, 10, 0)] {
        let mut case = complaint(&cal, toronto(2025, 5, 12, 10, 0));
        case.then(toronto(2025, 5, 12, 11, 0), CaseEvent::Acknowledged)
            .then(
                toronto(2025, 5, 16, 9, 0),
                CaseEvent::InformationRequested {
                    question: "Which address?".into(),
                },
            );
        let resumed = toronto(2025, 5, 20, 9, 0);
        let provided = clocks.information_provided(&standards, &case.state, "12 Main St", resumed);
        case.then(resumed, provided.expect("asked"))
            .then(answered, answer(Outcome::Upheld));
        cases.push(case);
    }

    let got = report(&cases, &ReportFilter::default(), toronto(2025, 7, 1, 12, 0));

    let stage = &got.answers[0];
    assert_eq!(stage.average_business_days, Some(10.5), "days 10 and 11");
    assert_eq!(stage.median_business_days, Some(10.5));
    assert_eq!((stage.measured, stage.within_standard), (Some(2), Some(1)));
    assert_eq!(stage.within_standard_share, Some(0.5));
    assert_eq!(got.acknowledgement.within_standard_share, Some(1.0));
}

#[test]
fn an_acknowledgement_by_the_answer_counts_but_is_not_measured() {
    let cal = calendar();
    let mut case = complaint(&cal, toronto(2025, 5, 12, 10, 0));
    case.then(toronto(2025, 5, 13, 10, 0), answer(Outcome::Resolved));

    let got = report(
        &[case],
        &ReportFilter::default(),
        toronto(2025, 7, 1, 12, 0),
    );

    assert_eq!(got.acknowledgement.acknowledged, Some(1));
    assert_eq!(got.acknowledgement.measured, Some(0));
    assert_eq!(got.acknowledgement.within_standard_share, None);
}

#[test]
fn a_withdrawal_is_an_outcome_and_a_closure_but_not_an_answer() {
    let cal = calendar();
    let mut case = complaint(&cal, toronto(2025, 5, 12, 10, 0));
    case.then(
        toronto(2025, 5, 13, 10, 0),
        CaseEvent::Withdrawn {
            reason: "Sorted".into(),
        },
    );

    let got = report(
        &[case],
        &ReportFilter::default(),
        toronto(2025, 7, 1, 12, 0),
    );

    assert_eq!(got.outcomes[0].withdrawn, Some(1));
    assert_eq!(got.closed_by_stage[0].share, Some(1.0));
    assert_eq!(got.answers[0].answered, Some(0));
    assert_eq!(got.escalation.answered_at_stage_one, Some(0));
    assert_eq!(got.reopening.answered_or_closed, Some(1));
}

#[test]
fn cases_per_thousand_residents_use_the_wards_population() {
    let cal = calendar();
    let at = toronto(2025, 4, 1, 10, 0);
    let in_ward = |ward: Option<&str>| {
        CaseBuilder::received(&cal, at, Kind::Complaint, |r| {
            r.location.ward = ward.map(str::to_owned);
        })
    };
    let cases = [
        in_ward(Some("01")),
        in_ward(Some("01")),
        in_ward(Some("01")),
        in_ward(Some("03")),
        in_ward(None),
    ];

    let got = report(
        &cases,
        &ReportFilter::default(),
        toronto(2026, 1, 30, 12, 0),
    );

    let rows: Vec<_> = got
        .wards
        .iter()
        .map(|w| (w.ward.as_deref(), w.received, w.per_thousand))
        .collect();
    assert_eq!(
        rows,
        [
            (Some("01"), Some(3), Some(2.0)),
            (Some("02"), Some(0), Some(0.0)),
            (Some("03"), Some(1), None),
            (None, Some(1), None),
        ]
    );
}

#[test]
fn compliments_count_by_division_and_by_team() {
    let cal = calendar();
    let at = toronto(2025, 4, 1, 10, 0);
    let compliment = |section: Option<&str>| {
        CaseBuilder::received(&cal, at, Kind::Compliment, |r| {
            r.section = section.map(str::to_owned);
        })
    };
    let cases = [
        compliment(Some("crews")),
        compliment(Some("crews")),
        compliment(None),
        complaint(&cal, at),
    ];

    let got = report(
        &cases,
        &ReportFilter::default(),
        toronto(2026, 1, 30, 12, 0),
    );

    assert_eq!(got.compliments_by_division[0].compliments, Some(3));
    let teams: Vec<_> = got
        .compliments_by_team
        .iter()
        .map(|t| (t.section.as_deref(), t.compliments))
        .collect();
    assert_eq!(teams, [(None, Some(1)), (Some("crews"), Some(2))]);
}

#[test]
fn a_history_that_does_not_start_with_a_receipt_counts_for_nothing() {
    let cal = calendar();
    let case = complaint(&cal, toronto(2025, 4, 1, 10, 0));
    let headless = &case.records[1..];
    let histories: [&CaseHistory; 2] = [headless, &[]];

    let got = indicators(
        histories,
        &ReportFilter::default(),
        &cal,
        &population(),
        toronto(2026, 1, 30, 12, 0),
    );

    assert_eq!(got.received, Some(0));
}

#[test]
fn a_training_case_is_not_counted() {
    let cal = calendar();
    let at = toronto(2025, 4, 7, 10, 0);
    let real = complaint(&cal, at);
    let practice = CaseBuilder::received(&cal, at, Kind::Complaint, |r| r.training = true);

    let got = report(
        &[real, practice],
        &ReportFilter::default(),
        toronto(2025, 5, 1, 0, 0),
    );

    assert_eq!(got.received, Some(1));
}
