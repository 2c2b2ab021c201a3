//! Properties of the clock over 2020–2030, checked against naive models that walk the calendar
//! one day at a time with `is_business_day`. Start instants are drawn uniformly and also near
//! each holiday and daylight-saving change, at times around opening and closing.

use std::sync::LazyLock;

use jiff::civil::{Date, Time, Weekday, date, time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use proptest::prelude::*;

use super::*;

const CASES: u32 = 1_000;
const FIRST_YEAR: i16 = 2020;
const LAST_YEAR: i16 = 2030;

/// One calendar for every case: building one works out a century of holidays.
static CALENDAR: LazyLock<BusinessCalendar> = LazyLock::new(|| {
    BusinessCalendar::from_config(&CalendarConfig::default()).expect("the default calendar builds")
});

fn at_toronto(day: Date, clock: Time) -> Timestamp {
    let zoned = day.to_datetime(clock).in_tz(CITY_TIME_ZONE);
    zoned.expect("a Toronto time").timestamp()
}

fn closing(day: Date) -> Timestamp {
    at_toronto(day, time(16, 30, 0, 0))
}

fn local_date(instant: Timestamp) -> Date {
    instant
        .in_tz(CITY_TIME_ZONE)
        .expect("a Toronto time")
        .date()
}

fn next_business_day(calendar: &BusinessCalendar, mut day: Date) -> Date {
    loop {
        day = day.tomorrow().expect("a date in range");
        if calendar.is_business_day(day) {
            return day;
        }
    }
}

/// Day 0 as the documentation states it, walking the calendar.
fn day_zero(calendar: &BusinessCalendar, received: Timestamp) -> Date {
    let local = received.in_tz(CITY_TIME_ZONE).expect("a Toronto time");
    if calendar.is_business_day(local.date()) && local.time() < time(16, 30, 0, 0) {
        local.date()
    } else {
        next_business_day(calendar, local.date())
    }
}

fn naive_due(calendar: &BusinessCalendar, received: Timestamp, n: u32) -> Timestamp {
    let mut day = day_zero(calendar, received);
    for _ in 0..n {
        day = next_business_day(calendar, day);
    }
    closing(day)
}

/// Business days after day 0 whose closing is at or before `to`.
fn naive_between(calendar: &BusinessCalendar, from: Timestamp, to: Timestamp) -> i64 {
    if to < from {
        return -naive_between(calendar, to, from);
    }
    let mut count = 0;
    let mut day = day_zero(calendar, from);
    while day < local_date(to) {
        day = day.tomorrow().expect("a date in range");
        if calendar.is_business_day(day) && closing(day) <= to {
            count += 1;
        }
    }
    count
}

/// Business days whose closing falls in `(after, until]`.
fn naive_closings_in(calendar: &BusinessCalendar, after: Timestamp, until: Timestamp) -> u32 {
    let mut count = 0;
    let mut day = local_date(after);
    while day <= local_date(until) {
        let closes = closing(day);
        if calendar.is_business_day(day) && after < closes && closes <= until {
            count += 1;
        }
        day = day.tomorrow().expect("a date in range");
    }
    count
}

/// The days worth landing on: each observed holiday and both daylight-saving Sundays.
fn special_days(year: i16) -> Vec<Date> {
    let mut days: Vec<Date> = Holidays::ontario()
        .in_year(year)
        .iter()
        .flat_map(|day| [day.date, day.observed])
        .collect();
    let sunday = Weekday::Sunday;
    days.push(
        date(year, 3, 1)
            .nth_weekday_of_month(2, sunday)
            .expect("March"),
    );
    days.push(
        date(year, 11, 1)
            .nth_weekday_of_month(1, sunday)
            .expect("November"),
    );
    days
}

fn time_of_day() -> impl Strategy<Value = Time> {
    let edges = [
        (0, 0, 0),
        (8, 29, 59),
        (8, 30, 0),
        (16, 29, 59),
        (16, 30, 0),
        (16, 30, 1),
    ];
    let edge = proptest::sample::select(edges.to_vec()).prop_map(|(h, m, s)| time(h, m, s, 0));
    let any = (0..24i8, 0..60i8, 0..60i8).prop_map(|(h, m, s)| time(h, m, s, 0));
    prop_oneof![edge, any]
}

fn uniform_instant() -> impl Strategy<Value = Timestamp> {
    let first = at_toronto(date(FIRST_YEAR, 1, 1), time(0, 0, 0, 0)).as_second();
    let last = at_toronto(date(LAST_YEAR, 12, 31), time(23, 59, 59, 0)).as_second();
    (first..=last).prop_map(|second| Timestamp::from_second(second).expect("in range"))
}

fn instant_near_a_special_day() -> impl Strategy<Value = Timestamp> {
    let pick = (
        FIRST_YEAR..=LAST_YEAR,
        any::<proptest::sample::Index>(),
        -3i64..=3,
    );
    (pick, time_of_day()).prop_map(|((year, index, offset), clock)| {
        let days = special_days(year);
        let day = *index.get(&days);
        at_toronto(day.saturating_add(offset.days()), clock)
    })
}

fn instant() -> impl Strategy<Value = Timestamp> {
    prop_oneof![uniform_instant(), instant_near_a_special_day()]
}

/// Up to 90 days, in seconds.
fn offset() -> impl Strategy<Value = SignedDuration> {
    (0..=90 * 86_400i64).prop_map(SignedDuration::from_secs)
}

#[test]
fn the_random_range_holds_holidays_and_daylight_saving_changes() {
    let first = at_toronto(date(FIRST_YEAR, 1, 1), time(0, 0, 0, 0));
    let last = at_toronto(date(LAST_YEAR, 12, 31), time(23, 59, 59, 0));
    let zone = TimeZone::get(CITY_TIME_ZONE).expect("Toronto");

    let changes = zone
        .following(first)
        .take_while(|change| change.timestamp() <= last)
        .count();
    let holidays: usize = (FIRST_YEAR..=LAST_YEAR)
        .map(|year| Holidays::ontario().in_year(year).len())
        .sum();

    assert_eq!(changes, 22);
    assert_eq!(holidays, 110);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn add_business_days_agrees_with_a_day_by_day_walk(start in instant(), n in 0..=40u32) {
        let calendar = &*CALENDAR;

        prop_assert_eq!(calendar.add_business_days(start, n), naive_due(calendar, start, n));
    }

    #[test]
    fn business_days_between_counts_back_what_was_added(start in instant(), n in 0..=40u32) {
        let calendar = &*CALENDAR;

        let due = calendar.add_business_days(start, n);

        prop_assert_eq!(calendar.business_days_between(start, due), i64::from(n));
    }

    #[test]
    fn business_days_between_agrees_with_a_day_by_day_walk(
        from in instant(),
        offset in offset(),
        backwards in any::<bool>(),
    ) {
        let calendar = &*CALENDAR;
        let to = if backwards { from - offset } else { from + offset };

        let counted = calendar.business_days_between(from, to);

        prop_assert_eq!(counted, naive_between(calendar, from, to));
    }

    #[test]
    fn any_later_instant_lies_between_two_consecutive_due_times(
        start in instant(),
        offset in offset(),
    ) {
        let calendar = &*CALENDAR;
        let later = start + offset;

        let passed = calendar.business_days_between(start, later);
        let passed = u32::try_from(passed).expect("not negative");

        prop_assert!(later < calendar.add_business_days(start, passed + 1));
        if later >= calendar.add_business_days(start, 0) {
            prop_assert!(calendar.add_business_days(start, passed) <= later);
        }
    }

    #[test]
    fn a_pause_before_the_due_time_moves_it_by_the_business_days_it_covers(
        start in instant(),
        n in 0..=40u32,
        before_due in 1..=70 * 86_400i64,
        lasts in offset(),
    ) {
        let calendar = &*CALENDAR;
        let due = calendar.add_business_days(start, n);
        let began = due - SignedDuration::from_secs(before_due);
        let ended = began + lasts;

        let covered = naive_closings_in(calendar, began.max(start), ended);
        let paused = calendar.due_with_pauses(start, n, &[(began, Some(ended))]);

        prop_assert_eq!(paused, Some(calendar.add_business_days(start, n + covered)));
        prop_assert_eq!(calendar.due_with_pauses(start, n, &[]), Some(due));
    }
}
