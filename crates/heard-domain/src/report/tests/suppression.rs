//! Small-cell suppression on hand-written cases.

use super::edges::{answer, complaint, report};
use super::{CaseBuilder, calendar, toronto};
use crate::Kind;
use crate::event::{CaseEvent, Outcome};
use crate::report::*;

#[test]
fn suppression_empties_every_small_count_and_every_figure_made_from_one() {
    let cal = calendar();
    let mut answered = complaint(&cal, toronto(2025, 5, 12, 10, 0));
    answered
        .then(toronto(2025, 5, 12, 11, 0), CaseEvent::Acknowledged)
        .then(toronto(2025, 5, 13, 10, 0), answer(Outcome::Upheld));
    let open = CaseBuilder::received(&cal, toronto(2025, 5, 12, 10, 0), Kind::Compliment, |r| {
        r.location.ward = Some("01".into());
        r.person.interpreter_language = Some("yue".into());
    });
    let got = report(
        &[answered, open],
        &ReportFilter::default(),
        toronto(2025, 7, 1, 12, 0),
    );

    let public = suppress(&got, 10);

    let json = serde_json::to_value(&public).expect("serialises");
    assert_no_number(&json, "");
    assert_eq!(
        public.wards[0].population,
        Some(1_500),
        "a population is not a count of cases"
    );
    assert_eq!(
        suppress(&public, 10),
        public,
        "suppressing twice changes nothing"
    );
}

/// Fails on any number but a stage, a range of days or a population.
fn assert_no_number(value: &serde_json::Value, key: &str) {
    match value {
        serde_json::Value::Number(n) => {
            let allowed = ["stage", "from_days", "to_days", "population"];
            assert!(allowed.contains(&key), "{key} = {n} was not suppressed");
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| assert_no_number(v, key)),
        serde_json::Value::Object(fields) => {
            fields.iter().for_each(|(k, v)| assert_no_number(v, k))
        }
        _ => {}
    }
}

#[test]
fn suppression_keeps_large_counts_and_hides_a_share_of_a_small_part() {
    let cal = calendar();
    let received = toronto(2025, 5, 12, 10, 0);
    // Three acknowledged on business day 1 (on time), nine on day 5 (late), after Victoria Day.
    let cases: Vec<CaseBuilder> = (0..12)
        .map(|i| {
            let mut case = complaint(&cal, received);
            let day = if i < 3 { 13 } else { 20 };
            case.then(toronto(2025, 5, day, 10, 0), CaseEvent::Acknowledged);
            case
        })
        .collect();
    let got = report(&cases, &ReportFilter::default(), toronto(2025, 7, 1, 12, 0));

    let public = suppress(&got, 10);

    let ack = &public.acknowledgement;
    assert_eq!(got.acknowledgement.within_standard, Some(3));
    assert_eq!((ack.acknowledged, ack.measured), (Some(12), Some(12)));
    assert_eq!(
        (ack.within_standard, ack.within_standard_share),
        (None, None)
    );
    assert_eq!(public.received, Some(12));
    assert_eq!(
        public.backlog[3].open,
        Some(12),
        "all open, on business day 35"
    );
}
