//! The report's table of business days counts as the calendar does: the same answers as
//! `business_days_between`, `add_business_days` and `due_with_pauses`, at random instants
//! over several years, daylight-saving changes, holidays and exact closings included.

use jiff::{SignedDuration, Timestamp};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::{calendar, toronto};
use crate::calendar::BusinessCalendar;
use crate::event::Outcome;
use crate::report::days::BusinessDays;
use crate::report::facts::{Answer, CaseFacts};
use crate::report::tally::answer_day;

/// An instant between 2019 and 2028; one in five is exactly a closing.
fn instant(rng: &mut StdRng, calendar: &BusinessCalendar) -> Timestamp {
    let from = toronto(2019, 1, 1, 0, 0);
    let t = from + SignedDuration::from_secs(rng.random_range(0..9 * 365 * 86_400));
    if rng.random_bool(0.2) {
        calendar.add_business_days(t, 0)
    } else {
        t
    }
}

/// An instant up to `max_days` after `t`; one in five on the hour.
fn after(rng: &mut StdRng, t: Timestamp, max_days: i64) -> Timestamp {
    let later = t + SignedDuration::from_secs(rng.random_range(0..max_days * 86_400));
    if rng.random_bool(0.2) {
        later.round(jiff::Unit::Hour).expect("in range").max(t)
    } else {
        later
    }
}

#[test]
fn whole_business_days_between_two_instants_are_the_calendars() {
    let calendar = calendar();
    let mut days = BusinessDays::new(&calendar);
    let mut rng = StdRng::seed_from_u64(3);

    for _ in 0..3_000 {
        let from = instant(&mut rng, &calendar);
        let to = after(&mut rng, from, 120);

        let counted = i64::from(days.closings(from, to)).saturating_sub(1).max(0);

        assert_eq!(
            counted,
            calendar.business_days_between(from, to),
            "{from} to {to}"
        );
    }
}

#[test]
fn a_step_done_at_its_due_instant_is_on_the_standards_last_day() {
    let calendar = calendar();
    let mut days = BusinessDays::new(&calendar);
    let mut rng = StdRng::seed_from_u64(4);

    for _ in 0..3_000 {
        let start = instant(&mut rng, &calendar);
        let n = rng.random_range(0..40);
        let due = calendar.add_business_days(start, n);

        assert_eq!(days.day_of(start, due), n, "{start} + {n}");
        assert_eq!(
            days.day_of(start, due + SignedDuration::from_nanos(1)),
            n + 1
        );
    }
}

#[test]
fn an_answer_at_the_due_instant_after_a_pause_is_on_the_standards_last_day() {
    let calendar = calendar();
    let mut days = BusinessDays::new(&calendar);
    let mut rng = StdRng::seed_from_u64(5);
    let mut facts = CaseFacts::new();
    let mut checked = 0;

    for _ in 0..3_000 {
        let start = instant(&mut rng, &calendar);
        let n = rng.random_range(0..30);
        let from = after(&mut rng, start, 30);
        let to = after(&mut rng, from, 15);
        let Some(due) = calendar.due_with_pauses(start, n, &[(from, Some(to))]) else {
            continue;
        };
        if to >= due {
            continue; // an answer cannot be given while the clock is stopped
        }
        facts.stage_starts = vec![start];
        facts.pauses = vec![(from, Some(to))];
        let answer = Answer {
            stage: 1,
            at: due,
            outcome: Outcome::Upheld,
            given: true,
            met: Some(true),
        };

        assert_eq!(
            answer_day(&mut days, &facts, &answer),
            n,
            "{start} + {n}, paused {from} to {to}"
        );
        checked += 1;
    }
    assert!(checked > 1_000, "only {checked} pauses checked");
}
