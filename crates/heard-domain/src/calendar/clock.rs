//! The service-standard clock: when a case received at some instant is due, how many business
//! days have passed since, and how pauses stop the clock.
//!
//! Everything counts *closings*: the instant the City closes on a business day, in its local
//! time. A case is due at the closing that ends its last business day; a business day has
//! passed when its closing has; a pause gives back every closing it covers. Days are civil
//! dates turned into instants one at a time, never "24 hours later", so a daylight-saving
//! change or a year end moves nothing.

use jiff::Timestamp;

use super::BusinessCalendar;

/// A pause of the clock: the instant it stopped, and the instant it started again (`None`
/// while it is still stopped).
pub type Pause = (Timestamp, Option<Timestamp>);

impl BusinessCalendar {
    /// The instant a case received at `start` is due when it must be done within `n` business
    /// days.
    ///
    /// Day 0 is the day `start` falls on (in the City's time zone) when that is a business day
    /// and `start` is before closing time; otherwise day 0 is the next business day. A case
    /// received exactly at closing time counts as received after closing. The case is due at
    /// closing time on the `n`th business day after day 0, or on day 0 itself when `n` is 0.
    /// Said another way: the due instant is the `n + 1`th business-day closing after `start`.
    ///
    /// For example, a complaint received on Friday 2025-05-16 at 16:59, after closing, before
    /// Victoria Day on Monday the 19th, has Tuesday the 20th as day 0 and, within 2 business
    /// days, is due on Thursday the 22nd at 16:30. Received at 16:00 the same Friday, it is
    /// due on Wednesday the 21st at 16:30.
    ///
    /// Returns [`Timestamp::MAX`] should the due day fall past the dates `jiff` can hold
    /// (the year 9999).
    pub fn add_business_days(&self, start: Timestamp, n: u32) -> Timestamp {
        self.closings_after(start)
            .nth(n as usize)
            .unwrap_or(Timestamp::MAX)
    }

    /// How many whole business days have passed from `from` to `to`: the business-day
    /// closings after day 0's closing (day 0 as in [`add_business_days`]), up to and including
    /// `to`. Day 0 itself never counts, so for every `start` and `n`,
    /// `business_days_between(start, add_business_days(start, n)) == n`, and a case is overdue
    /// once more business days have passed than its standard allows.
    ///
    /// When `to` is before `from` the answer is negative: minus the count from `to` to `from`.
    ///
    /// [`add_business_days`]: BusinessCalendar::add_business_days
    pub fn business_days_between(&self, from: Timestamp, to: Timestamp) -> i64 {
        if to < from {
            return -self.business_days_between(to, from);
        }

        let closings = self
            .closings_after(from)
            .take_while(|closing| *closing <= to)
            .count();
        i64::try_from(closings.saturating_sub(1)).unwrap_or(i64::MAX)
    }

    /// When a case received at `start`, to be done within `n` business days, is due once the
    /// clock has been stopped for each of `pauses`: pairs of the instant the clock stopped and
    /// the instant it started again, `None` while it is still stopped.
    ///
    /// A closing that falls inside a pause, after its start and up to and including its end,
    /// does not count, so the due instant moves later by one business day for each business
    /// day whose closing the pause covered: a pause from a Friday morning to the Tuesday
    /// morning after a holiday Monday gives back one day, the Friday. Overlapping pauses give a
    /// day back once; a pause that ends before it starts gives nothing back; pauses that start
    /// after the due instant do not move it.
    ///
    /// Returns `None` while the clock is stopped: when a pause with no end began before the
    /// case fell due. An open pause that began after the due instant leaves it, since the case
    /// was already overdue. Without open pauses, the answer is always `Some`, and with no
    /// pauses at all it is [`add_business_days`].
    ///
    /// [`add_business_days`]: BusinessCalendar::add_business_days
    pub fn due_with_pauses(&self, start: Timestamp, n: u32, pauses: &[Pause]) -> Option<Timestamp> {
        let stopped_since = pauses
            .iter()
            .filter(|(_, end)| end.is_none())
            .map(|(began, _)| *began)
            .min();
        let is_paused = |closing: &Timestamp| {
            pauses
                .iter()
                .any(|&(began, end)| began < *closing && end.is_none_or(|end| *closing <= end))
        };

        // Past the start of an open pause every closing is paused: stop looking there.
        let due = self
            .closings_after(start)
            .take_while(|closing| stopped_since.is_none_or(|since| *closing <= since))
            .filter(|closing| !is_paused(closing))
            .nth(n as usize);

        match (due, stopped_since) {
            (None, None) => Some(Timestamp::MAX),
            (due, _) => due,
        }
    }

    /// The closings of business days strictly after `start`, in order.
    fn closings_after(&self, start: Timestamp) -> impl Iterator<Item = Timestamp> + '_ {
        let first_day = self.time_zone.to_datetime(start).date();
        std::iter::successors(Some(first_day), |day| day.tomorrow().ok())
            .filter(|day| self.is_business_day(*day))
            .map_while(|day| self.closing(day))
            .skip_while(move |closing| *closing <= start)
    }
}
