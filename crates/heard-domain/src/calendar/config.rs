//! The business calendar as configuration: the City's own closures and overrides and its
//! working hours, read with serde; every field has a default.

use jiff::civil::{Date, Time};
use serde::Deserialize;

use super::WorkingHours;

/// What a City configures about its calendar. Holiday rules are Ontario's; dates are written
/// `2025-12-24`, times `08:30`.
///
/// ```toml
/// extra_closures = [2025-12-24]
/// working_days_override = [2025-08-04]
/// opens = "08:30"
/// closes = "16:30"
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CalendarConfig {
    /// Weekdays the City closes although no holiday rule says so.
    pub extra_closures: Vec<Date>,
    /// Weekdays the City works although a holiday rule or a closure says otherwise.
    pub working_days_override: Vec<Date>,
    /// When the City opens; 08:30 unless set.
    pub opens: Time,
    /// When the City closes, and cases fall due; 16:30 unless set.
    pub closes: Time,
}

impl Default for CalendarConfig {
    fn default() -> Self {
        let hours = WorkingHours::default();
        CalendarConfig {
            extra_closures: Vec::new(),
            working_days_override: Vec::new(),
            opens: hours.opens(),
            closes: hours.closes(),
        }
    }
}
