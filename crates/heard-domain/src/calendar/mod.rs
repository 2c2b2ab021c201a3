//! The City's business calendar for service standards: which days are business days, the
//! hours the City works, and (in `clock`) when a case received at some instant is due.
//!
//! Pure date arithmetic on `jiff`: civil dates and times in the City's time zone, turned into
//! instants only at the end, so that daylight-saving changes and year ends need no special case.

mod clock;
mod config;
mod holidays;

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use jiff::Timestamp;
use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;

use crate::CITY_TIME_ZONE;

pub use clock::Pause;
pub use config::CalendarConfig;
pub use holidays::{Holiday, Holidays, ObservedHoliday, easter_sunday};

/// Why a business calendar could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CalendarError {
    /// The closing time is not after the opening time.
    #[error("the closing time {closes} must be after the opening time {opens}")]
    HoursOutOfOrder {
        /// The opening time given.
        opens: Time,
        /// The closing time given.
        closes: Time,
    },
    /// A Saturday or Sunday was declared a working day: overrides only lift holidays and
    /// closures.
    #[error("{date} is a {weekday:?}; only a weekday can be declared a working day")]
    OverrideOnWeekend {
        /// The date given.
        date: Date,
        /// Its day of the week.
        weekday: Weekday,
    },
    /// The City's time zone is missing from the time zone database.
    #[error("the time zone {name} is not known: {source}")]
    TimeZone {
        /// The zone's name.
        name: &'static str,
        /// What `jiff` said.
        source: jiff::Error,
    },
}

/// The years whose holidays a calendar works out once, when it is built, so that counting days
/// is a lookup; holidays of other years are worked out each time they are asked for.
const PRECOMPUTED_YEARS: RangeInclusive<i16> = 2000..=2100;

/// The hours the City works on a business day, in its local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkingHours {
    opens: Time,
    closes: Time,
}

impl Default for WorkingHours {
    /// 08:30 to 16:30.
    fn default() -> Self {
        WorkingHours {
            opens: jiff::civil::time(8, 30, 0, 0),
            closes: jiff::civil::time(16, 30, 0, 0),
        }
    }
}

impl WorkingHours {
    /// Hours from `opens` to `closes` on the same day; `closes` must be later.
    pub fn new(opens: Time, closes: Time) -> Result<Self, CalendarError> {
        if closes <= opens {
            return Err(CalendarError::HoursOutOfOrder { opens, closes });
        }
        Ok(WorkingHours { opens, closes })
    }

    /// When the City opens.
    pub fn opens(self) -> Time {
        self.opens
    }

    /// When the City closes; business days end, and cases fall due, at this time.
    pub fn closes(self) -> Time {
        self.closes
    }
}

/// Business days and working hours in the City's time zone: holiday rules, extra closures and
/// overrides. Built once from configuration; every question it answers is pure arithmetic.
#[derive(Debug, Clone)]
pub struct BusinessCalendar {
    holidays: Holidays,
    /// Holidays of `PRECOMPUTED_YEARS`, the days they fall on and the days they are observed.
    holiday_dates: BTreeSet<Date>,
    closures: BTreeSet<Date>,
    overrides: BTreeSet<Date>,
    hours: WorkingHours,
    time_zone: TimeZone,
}

impl BusinessCalendar {
    /// A calendar in the City's time zone ([`CITY_TIME_ZONE`]) from holiday rules, extra days
    /// the City closes, days declared working days although a rule or a closure says otherwise,
    /// and working hours. An override on a Saturday or Sunday is refused.
    pub fn new(
        holidays: Holidays,
        extra_closures: impl IntoIterator<Item = Date>,
        working_days_override: impl IntoIterator<Item = Date>,
        hours: WorkingHours,
    ) -> Result<Self, CalendarError> {
        let overrides: BTreeSet<Date> = working_days_override.into_iter().collect();
        if let Some(&date) = overrides.iter().find(|d| holidays::is_weekend(**d)) {
            let weekday = date.weekday();
            return Err(CalendarError::OverrideOnWeekend { date, weekday });
        }

        let time_zone = TimeZone::get(CITY_TIME_ZONE).map_err(|source| {
            let name = CITY_TIME_ZONE;
            CalendarError::TimeZone { name, source }
        })?;

        let holiday_dates = PRECOMPUTED_YEARS
            .flat_map(|year| holidays.in_year(year))
            .flat_map(|day| [day.date, day.observed])
            .collect();

        Ok(BusinessCalendar {
            holidays,
            holiday_dates,
            closures: extra_closures.into_iter().collect(),
            overrides,
            hours,
            time_zone,
        })
    }

    /// The calendar the configuration describes, with Ontario's holidays.
    pub fn from_config(config: &CalendarConfig) -> Result<Self, CalendarError> {
        let hours = WorkingHours::new(config.opens, config.closes)?;
        BusinessCalendar::new(
            Holidays::ontario(),
            config.extra_closures.iter().copied(),
            config.working_days_override.iter().copied(),
            hours,
        )
    }

    /// The holiday rules.
    pub fn holidays(&self) -> &Holidays {
        &self.holidays
    }

    /// The working hours.
    pub fn hours(&self) -> WorkingHours {
        self.hours
    }

    /// The time zone dates and hours are read in.
    pub fn time_zone(&self) -> &TimeZone {
        &self.time_zone
    }

    /// Whether `date` is a business day: Monday to Friday, and neither a holiday (the day it
    /// falls on or the day it is observed) nor an extra closure, unless declared a working day.
    pub fn is_business_day(&self, date: Date) -> bool {
        if holidays::is_weekend(date) {
            return false;
        }
        if self.overrides.contains(&date) {
            return true;
        }
        !self.closures.contains(&date) && !self.is_holiday(date)
    }

    fn is_holiday(&self, date: Date) -> bool {
        if PRECOMPUTED_YEARS.contains(&date.year()) {
            self.holiday_dates.contains(&date)
        } else {
            self.holidays.is_holiday(date)
        }
    }

    /// Whether the City is working at `instant`: a business day, from opening time up to (not
    /// including) closing time.
    pub fn is_open(&self, instant: Timestamp) -> bool {
        let local = self.time_zone.to_datetime(instant);
        let time = local.time();
        self.is_business_day(local.date()) && self.hours.opens <= time && time < self.hours.closes
    }

    /// The instant the City closes on `date`; `None` only at the far edge of `jiff`'s range.
    fn closing(&self, date: Date) -> Option<Timestamp> {
        let local = date.to_datetime(self.hours.closes);
        self.time_zone.to_timestamp(local).ok()
    }
}

#[cfg(test)]
mod clock_tests;
#[cfg(test)]
mod config_tests;
#[cfg(test)]
mod holiday_tests;
#[cfg(test)]
mod properties;
