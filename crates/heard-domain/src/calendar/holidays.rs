//! Ontario's public holidays and the City's Civic Holiday, computed for any year, with the rule
//! that moves a fixed-date holiday off a weekend to the next free weekday.

use std::collections::BTreeSet;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// One holiday rule: a name and how its date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holiday {
    /// January 1.
    NewYearsDay,
    /// The third Monday of February.
    FamilyDay,
    /// The Friday before Easter Sunday.
    GoodFriday,
    /// The last Monday before May 25.
    VictoriaDay,
    /// July 1.
    CanadaDay,
    /// The first Monday of August; a municipal holiday the City observes.
    CivicHoliday,
    /// The first Monday of September.
    LabourDay,
    /// The second Monday of October.
    Thanksgiving,
    /// December 25.
    Christmas,
    /// December 26.
    BoxingDay,
}

impl Holiday {
    /// The ten holidays the City of Toronto closes for, in calendar order.
    pub const ONTARIO: [Holiday; 10] = [
        Holiday::NewYearsDay,
        Holiday::FamilyDay,
        Holiday::GoodFriday,
        Holiday::VictoriaDay,
        Holiday::CanadaDay,
        Holiday::CivicHoliday,
        Holiday::LabourDay,
        Holiday::Thanksgiving,
        Holiday::Christmas,
        Holiday::BoxingDay,
    ];

    /// The holiday's name, as the City writes it.
    pub fn name(self) -> &'static str {
        match self {
            Holiday::NewYearsDay => "New Year's Day",
            Holiday::FamilyDay => "Family Day",
            Holiday::GoodFriday => "Good Friday",
            Holiday::VictoriaDay => "Victoria Day",
            Holiday::CanadaDay => "Canada Day",
            Holiday::CivicHoliday => "Civic Holiday",
            Holiday::LabourDay => "Labour Day",
            Holiday::Thanksgiving => "Thanksgiving",
            Holiday::Christmas => "Christmas Day",
            Holiday::BoxingDay => "Boxing Day",
        }
    }

    /// The day the holiday falls on in `year`, before any weekend substitution; `None` for a
    /// year outside the dates `jiff` can hold.
    pub fn date_in(self, year: i16) -> Option<Date> {
        let monday = Weekday::Monday;
        match self {
            Holiday::NewYearsDay => Date::new(year, 1, 1).ok(),
            Holiday::FamilyDay => nth_weekday(year, 2, 3, monday),
            Holiday::GoodFriday => easter_sunday(year)?.checked_sub(2.days()).ok(),
            Holiday::VictoriaDay => Date::new(year, 5, 25).ok()?.nth_weekday(-1, monday).ok(),
            Holiday::CanadaDay => Date::new(year, 7, 1).ok(),
            Holiday::CivicHoliday => nth_weekday(year, 8, 1, monday),
            Holiday::LabourDay => nth_weekday(year, 9, 1, monday),
            Holiday::Thanksgiving => nth_weekday(year, 10, 2, monday),
            Holiday::Christmas => Date::new(year, 12, 25).ok(),
            Holiday::BoxingDay => Date::new(year, 12, 26).ok(),
        }
    }

    /// Whether the City closes on a later weekday when the holiday falls on a weekend. Only
    /// the fixed-date holidays can; the others always fall on a Monday or a Friday.
    pub fn moves_off_weekend(self) -> bool {
        matches!(
            self,
            Holiday::NewYearsDay | Holiday::CanadaDay | Holiday::Christmas | Holiday::BoxingDay
        )
    }
}

/// A holiday in one year: the day it falls on and the day the City closes for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObservedHoliday {
    /// Which holiday.
    pub holiday: Holiday,
    /// The day it falls on.
    pub date: Date,
    /// The day the City closes for it: `date`, or the weekday it was moved to.
    pub observed: Date,
}

/// A set of holiday rules, computed for any year on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holidays {
    rules: Vec<Holiday>,
}

impl Default for Holidays {
    fn default() -> Self {
        Holidays::ontario()
    }
}

impl Holidays {
    /// The ten holidays the City of Toronto closes for.
    pub fn ontario() -> Self {
        Holidays::from_rules(Holiday::ONTARIO)
    }

    /// A set made of the given rules; repeats are kept once.
    pub fn from_rules(rules: impl IntoIterator<Item = Holiday>) -> Self {
        let rules: BTreeSet<Holiday> = rules.into_iter().collect();
        Holidays {
            rules: rules.into_iter().collect(),
        }
    }

    /// The rules in the set, in calendar order.
    pub fn rules(&self) -> &[Holiday] {
        &self.rules
    }

    /// The holidays of `year` in calendar order, each with the day it is observed.
    ///
    /// A holiday that moves off weekends and falls on a Saturday or Sunday is observed on the
    /// next weekday that is not already a holiday, taking the holidays in calendar order: with
    /// Christmas on a Saturday, Christmas is observed on Monday December 27 and Boxing Day on
    /// Tuesday December 28; with Christmas on a Sunday, Boxing Day stays on Monday 26 and
    /// Christmas is observed on Tuesday 27. Observed days never leave their year.
    pub fn in_year(&self, year: i16) -> Vec<ObservedHoliday> {
        let mut days: Vec<ObservedHoliday> = self
            .rules
            .iter()
            .filter_map(|&holiday| {
                let date = holiday.date_in(year)?;
                Some(ObservedHoliday {
                    holiday,
                    date,
                    observed: date,
                })
            })
            .collect();
        days.sort_by_key(|day| day.date);

        // Weekday holidays are placed first, so that a moved holiday never lands on one.
        let mut taken: BTreeSet<Date> = days
            .iter()
            .filter(|day| !is_weekend(day.date))
            .map(|day| day.date)
            .collect();
        let moving = days
            .iter_mut()
            .filter(|day| day.holiday.moves_off_weekend() && is_weekend(day.date));
        for day in moving {
            if let Some(free) = next_free_weekday(day.date, &taken) {
                taken.insert(free);
                day.observed = free;
            }
        }

        days
    }

    /// Whether `date` is a holiday, either the day one falls on or the day it is observed.
    pub fn is_holiday(&self, date: Date) -> bool {
        self.in_year(date.year())
            .iter()
            .any(|day| day.date == date || day.observed == date)
    }
}

/// Easter Sunday of `year` in the Gregorian calendar, by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher); `None` for a year outside the dates `jiff` can hold.
pub fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c.div_euclid(4), c.rem_euclid(4));
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);

    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Whether `date` is a Saturday or a Sunday.
pub(super) fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

fn nth_weekday(year: i16, month: i8, nth: i8, weekday: Weekday) -> Option<Date> {
    Date::new(year, month, 1)
        .ok()?
        .nth_weekday_of_month(nth, weekday)
        .ok()
}

fn next_free_weekday(from: Date, taken: &BTreeSet<Date>) -> Option<Date> {
    std::iter::successors(from.tomorrow().ok(), |day| day.tomorrow().ok())
        .find(|day| !is_weekend(*day) && !taken.contains(day))
}
