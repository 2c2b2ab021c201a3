//! The service-standard clock on named cases: long weekends, closing time, daylight-saving
//! changes, year ends and pauses. Times are Toronto wall-clock times.

use jiff::civil::{DateTime, date};
use jiff::{SignedDuration, Timestamp};

use super::*;

fn calendar() -> BusinessCalendar {
    BusinessCalendar::from_config(&CalendarConfig::default()).expect("the default calendar builds")
}

/// The instant of a wall-clock time in Toronto, written `2025-05-16T16:59`.
fn toronto(wall_clock: &str) -> Timestamp {
    let civil: DateTime = wall_clock.parse().expect("a civil date and time");
    let zoned = civil.in_tz(CITY_TIME_ZONE).expect("a Toronto time");
    zoned.timestamp()
}

/// An instant as Toronto's wall clock shows it, with its offset.
fn shown(instant: Timestamp) -> String {
    let zoned = instant.in_tz(CITY_TIME_ZONE).expect("a Toronto time");
    zoned.strftime("%Y-%m-%d %a %H:%M %:z").to_string()
}

/// When a case received at `received` is due within `n` business days, as shown in Toronto.
fn due(received: &str, n: u32) -> String {
    shown(calendar().add_business_days(toronto(received), n))
}

/// The same, once the clock has stopped for each pause.
fn due_paused(received: &str, n: u32, pauses: &[(&str, Option<&str>)]) -> Option<String> {
    let pauses: Vec<_> = pauses
        .iter()
        .map(|&(began, ended)| (toronto(began), ended.map(toronto)))
        .collect();
    let due = calendar().due_with_pauses(toronto(received), n, &pauses);
    due.map(shown)
}

fn between(from: &str, to: &str) -> i64 {
    calendar().business_days_between(toronto(from), toronto(to))
}

#[test]
fn a_complaint_received_friday_after_closing_before_victoria_day_is_due_thursday() {
    assert_eq!(due("2025-05-16T16:59", 2), "2025-05-22 Thu 16:30 -04:00");
}

#[test]
fn a_complaint_received_friday_before_closing_before_victoria_day_is_due_wednesday() {
    assert_eq!(due("2025-05-16T16:00", 2), "2025-05-21 Wed 16:30 -04:00");
}

#[test]
fn a_case_received_at_closing_time_exactly_starts_on_the_next_business_day() {
    assert_eq!(due("2025-05-16T16:29:59", 0), "2025-05-16 Fri 16:30 -04:00");
    assert_eq!(due("2025-05-16T16:30", 0), "2025-05-20 Tue 16:30 -04:00");
}

#[test]
fn a_case_received_before_opening_counts_that_day_as_day_zero() {
    assert_eq!(due("2025-05-13T07:00", 0), "2025-05-13 Tue 16:30 -04:00");
}

#[test]
fn a_case_received_on_a_weekend_starts_on_monday() {
    assert_eq!(due("2025-05-10T12:00", 0), "2025-05-12 Mon 16:30 -04:00");
    assert_eq!(due("2025-05-10T12:00", 1), "2025-05-13 Tue 16:30 -04:00");
}

#[test]
fn the_due_time_stays_at_closing_across_the_spring_daylight_saving_change() {
    let calendar = calendar();
    let received = toronto("2026-03-06T12:00");

    let friday_closing = calendar.add_business_days(received, 0);
    let due = calendar.add_business_days(received, 1);

    assert_eq!(shown(due), "2026-03-09 Mon 16:30 -04:00");
    assert_eq!(due.to_string(), "2026-03-09T20:30:00Z");
    let between_closings = due.duration_since(friday_closing);
    assert_eq!(between_closings, SignedDuration::from_hours(71));
}

#[test]
fn the_due_time_stays_at_closing_across_the_fall_daylight_saving_change() {
    let calendar = calendar();
    let received = toronto("2026-10-30T12:00");

    let friday_closing = calendar.add_business_days(received, 0);
    let due = calendar.add_business_days(received, 1);

    assert_eq!(shown(due), "2026-11-02 Mon 16:30 -05:00");
    assert_eq!(due.to_string(), "2026-11-02T21:30:00Z");
    let between_closings = due.duration_since(friday_closing);
    assert_eq!(between_closings, SignedDuration::from_hours(73));
}

#[test]
fn a_case_received_on_christmas_eve_2025_is_due_after_the_holidays_and_into_january() {
    assert_eq!(due("2025-12-24T10:00", 1), "2025-12-29 Mon 16:30 -05:00");
    assert_eq!(due("2025-12-24T10:00", 3), "2025-12-31 Wed 16:30 -05:00");
    assert_eq!(due("2025-12-24T10:00", 4), "2026-01-02 Fri 16:30 -05:00");
}

#[test]
fn a_case_received_on_christmas_eve_2021_skips_every_observed_day() {
    assert_eq!(due("2021-12-24T10:00", 1), "2021-12-29 Wed 16:30 -05:00");
    assert_eq!(due("2021-12-24T10:00", 4), "2022-01-04 Tue 16:30 -05:00");
}

#[test]
fn extra_closures_and_overrides_move_the_due_date() {
    let closed_tuesday = CalendarConfig {
        extra_closures: vec![date(2025, 5, 20)],
        ..CalendarConfig::default()
    };
    let working_victoria_day = CalendarConfig {
        working_days_override: vec![date(2025, 5, 19)],
        ..CalendarConfig::default()
    };
    let received = toronto("2025-05-16T16:59");

    let closed = BusinessCalendar::from_config(&closed_tuesday).expect("the calendar builds");
    let working = BusinessCalendar::from_config(&working_victoria_day).expect("it builds");

    let due_when_closed = shown(closed.add_business_days(received, 2));
    let due_when_working = shown(working.add_business_days(received, 2));
    assert_eq!(due_when_closed, "2025-05-23 Fri 16:30 -04:00");
    assert_eq!(due_when_working, "2025-05-21 Wed 16:30 -04:00");
}

#[test]
fn business_days_between_counts_back_what_add_business_days_added() {
    let calendar = calendar();
    let starts = ["2025-05-16T16:59", "2025-05-16T16:00", "2026-03-06T12:00"];

    for start in starts.map(toronto) {
        for n in 0..=12 {
            let due = calendar.add_business_days(start, n);
            let just_before = due - SignedDuration::from_secs(1);

            let n = i64::from(n);
            assert_eq!(calendar.business_days_between(start, due), n);
            assert_eq!(calendar.business_days_between(due, start), -n);
            assert_eq!(
                calendar.business_days_between(start, just_before),
                (n - 1).max(0)
            );
        }
    }
}

#[test]
fn no_business_day_has_passed_during_day_zero() {
    assert_eq!(between("2025-05-13T10:00", "2025-05-13T10:00"), 0);
    assert_eq!(between("2025-05-13T10:00", "2025-05-13T16:30"), 0);
    assert_eq!(between("2025-05-13T10:00", "2025-05-14T16:29"), 0);
    assert_eq!(between("2025-05-13T10:00", "2025-05-14T16:30"), 1);
}

#[test]
fn a_pause_that_spans_a_holiday_gives_back_only_the_business_days() {
    let received = "2025-05-13T10:00";
    let friday_to_tuesday = ("2025-05-16T10:00", Some("2025-05-20T10:00"));
    let after_friday_closing = ("2025-05-16T17:00", Some("2025-05-20T10:00"));

    let unpaused = due_paused(received, 5, &[]);
    let paused = due_paused(received, 5, &[friday_to_tuesday]);
    let paused_after_closing = due_paused(received, 5, &[after_friday_closing]);

    assert_eq!(unpaused.as_deref(), Some("2025-05-21 Wed 16:30 -04:00"));
    assert_eq!(paused.as_deref(), Some("2025-05-22 Thu 16:30 -04:00"));
    assert_eq!(paused_after_closing, unpaused);
}

#[test]
fn a_pause_ending_at_closing_covers_that_day_and_one_starting_at_closing_does_not() {
    let received = "2025-05-13T10:00";
    let until_closing = ("2025-05-14T10:00", Some("2025-05-14T16:30"));
    let from_closing = ("2025-05-14T16:30", Some("2025-05-15T10:00"));

    let covered = due_paused(received, 5, &[until_closing]);
    let not_covered = due_paused(received, 5, &[from_closing]);

    assert_eq!(covered.as_deref(), Some("2025-05-22 Thu 16:30 -04:00"));
    assert_eq!(not_covered.as_deref(), Some("2025-05-21 Wed 16:30 -04:00"));
}

#[test]
fn overlapping_pauses_give_back_a_business_day_once() {
    let first = ("2025-05-14T09:00", Some("2025-05-15T09:00"));
    let second = ("2025-05-14T12:00", Some("2025-05-15T12:00"));

    let due = due_paused("2025-05-13T10:00", 5, &[first, second]);

    assert_eq!(due.as_deref(), Some("2025-05-22 Thu 16:30 -04:00"));
}

#[test]
fn a_pause_before_the_case_was_received_changes_nothing() {
    let earlier = ("2025-05-12T09:00", Some("2025-05-13T09:00"));

    let due = due_paused("2025-05-13T10:00", 5, &[earlier]);

    assert_eq!(due.as_deref(), Some("2025-05-21 Wed 16:30 -04:00"));
}

#[test]
fn an_open_pause_stops_the_clock() {
    let open = ("2025-05-14T09:00", None);

    assert_eq!(due_paused("2025-05-13T10:00", 5, &[open]), None);
}

#[test]
fn an_open_pause_after_the_due_date_leaves_the_case_overdue() {
    let open_late = ("2025-05-22T09:00", None);

    let due = due_paused("2025-05-13T10:00", 5, &[open_late]);

    assert_eq!(due.as_deref(), Some("2025-05-21 Wed 16:30 -04:00"));
}

#[test]
fn the_city_is_open_during_working_hours_on_business_days() {
    let calendar = calendar();
    let open = |wall_clock| calendar.is_open(toronto(wall_clock));

    assert!(!open("2025-05-13T08:29:59"));
    assert!(open("2025-05-13T08:30"));
    assert!(open("2025-05-13T16:29:59"));
    assert!(!open("2025-05-13T16:30"));
    assert!(!open("2025-05-19T12:00"), "Victoria Day");
    assert!(!open("2025-05-17T12:00"), "a Saturday");
}
