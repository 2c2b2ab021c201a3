//! Business-day counting for reports: the calendar's own counting (closings of business days,
//! see `calendar::clock`), answered from a table of days built once per report, so that a
//! million cases cost a million lookups rather than a million walks through the calendar, and
//! finding an instant's day is arithmetic on seconds rather than a time zone conversion.

use jiff::civil::{Date, Time};
use jiff::{SignedDuration, Timestamp};

use crate::calendar::BusinessCalendar;

/// How many days the table grows by at once, so that growing is rare.
const GROW_DAYS: i32 = 366;

/// One date of the table.
#[derive(Debug, Clone, Copy)]
struct Day {
    /// The instant the date begins, at local midnight.
    start: Timestamp,
    /// Business days from the table's first date up to, not including, this one.
    before: u32,
    /// The instant the City closes, when this is a business day.
    closing: Option<Timestamp>,
}

/// A table of business days over the dates a report has needed so far.
#[derive(Debug, Clone)]
pub(super) struct BusinessDays<'c> {
    calendar: &'c BusinessCalendar,
    first: Date,
    last: Date,
    days: Vec<Day>,
}

impl<'c> BusinessDays<'c> {
    /// An empty table on this calendar; it grows as dates are asked for.
    pub(super) fn new(calendar: &'c BusinessCalendar) -> Self {
        BusinessDays {
            calendar,
            first: Date::ZERO,
            last: Date::ZERO,
            days: Vec::new(),
        }
    }

    /// The business day `t` falls on, counted as the clock counts from `start`: day 0 is the
    /// day of `start` (or the next business day when `start` is after closing), and `t` is on
    /// day `n` when it is after the `n`th closing and no later than the `n + 1`th. So a step
    /// due within `n` business days and done at `t` met its standard when this is at most `n`.
    pub(super) fn day_of(&mut self, start: Timestamp, t: Timestamp) -> u32 {
        self.closings(start, just_before(t))
    }

    /// How many business-day closings fall after `from`, up to and including `to`.
    pub(super) fn closings(&mut self, from: Timestamp, to: Timestamp) -> u32 {
        if to <= from {
            return 0;
        }

        // Growing for `to` only ever appends, so `first` stays where it is.
        let (i, j) = (self.index(from), self.index(to));
        let (first, last) = (self.days[i], self.days[j]);

        let mut count = last.before + u32::from(last.closing.is_some()) - first.before;
        if first.closing.is_some_and(|c| c <= from) {
            count -= 1;
        }
        if last.closing.is_some_and(|c| c > to) {
            count -= 1;
        }
        count
    }

    /// The position in the table of the date `t` falls on, growing the table if need be.
    fn index(&mut self, t: Timestamp) -> usize {
        if let Some(i) = self.find(t) {
            return i;
        }
        let date = self.calendar.time_zone().to_datetime(t).date();
        self.cover(date);
        self.find(t).unwrap_or(self.days.len() - 1)
    }

    /// The position of the date `t` falls on, if the table holds it and the day after. Days
    /// are 23 to 25 hours long, so a guess from whole days of seconds is at most one day out.
    fn find(&self, t: Timestamp) -> Option<usize> {
        let first = self.days.first()?;
        let guess = (t.as_second() - first.start.as_second()).div_euclid(86_400);
        let last = self.days.len() - 1;
        let mut i = usize::try_from(guess).ok()?.min(last);
        while i > 0 && self.days[i].start > t {
            i -= 1;
        }
        while i < last && self.days[i + 1].start <= t {
            i += 1;
        }
        (first.start <= t && i < last).then_some(i)
    }

    /// Grows the table so that it holds `date` and the day after.
    fn cover(&mut self, date: Date) {
        if self.days.is_empty() {
            self.build(date, date);
        } else if date < self.first {
            self.build(date, self.last);
        } else if date >= self.last {
            self.extend_to(date);
        }
    }

    /// Starts the table again, from a year before `from` to a year after `to`.
    fn build(&mut self, from: Date, to: Date) {
        self.first = step(from, -GROW_DAYS);
        self.last = self.first;
        self.days.clear();
        self.push(self.first);
        self.extend_to(to);
    }

    /// Appends dates up to a year after `to`.
    fn extend_to(&mut self, to: Date) {
        let end = step(to, GROW_DAYS);
        while self.last < end {
            let Ok(next) = self.last.tomorrow() else {
                break;
            };
            self.push(next);
            self.last = next;
        }
    }

    fn push(&mut self, date: Date) {
        let before = self
            .days
            .last()
            .map_or(0, |d| d.before + u32::from(d.closing.is_some()));
        let instant = |time| {
            let local = date.to_datetime(time);
            self.calendar.time_zone().to_timestamp(local).ok()
        };
        let start = instant(Time::midnight()).unwrap_or(Timestamp::MAX);
        let closing = self
            .calendar
            .is_business_day(date)
            .then(|| instant(self.calendar.hours().closes()))
            .flatten();
        self.days.push(Day {
            start,
            before,
            closing,
        });
    }
}

/// The instant one nanosecond earlier: an answer given exactly at a closing is on that day.
fn just_before(t: Timestamp) -> Timestamp {
    t.checked_sub(SignedDuration::from_nanos(1)).unwrap_or(t)
}

/// `date` moved by `days`, stopping at the ends of the dates `jiff` can hold.
fn step(date: Date, days: i32) -> Date {
    date.checked_add(jiff::Span::new().days(days))
        .unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
}
