//! The reporting indicators of the City's complaint process, worked out from case histories,
//! so that dashboards, the public report and the open-data export all count the same way.
//!
//! [`indicators`] reads each history once, as it stood at the report's end instant, counts
//! the cases a [`ReportFilter`] lets through, and gives [`Indicators`]: plain tables of counts
//! and figures. [`Tally`] does the same one history at a time, for cases streamed from
//! storage or counted on several threads. [`suppress`] empties the small cells before
//! anything is published. Business days are the calendar's, counted as the process clocks
//! count them, pauses excluded. The process figures count every kind the filter lets
//! through: a report on complaints alone sets its `kind`.

mod days;
mod drill;
mod facts;
mod filter;
mod finish;
mod suppress;
mod tables;
mod tally;

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::calendar::BusinessCalendar;
use crate::event::EventRecord;

pub use drill::{Counted, Drill};
pub use filter::ReportFilter;
pub use suppress::suppress;
pub use tables::*;
pub use tally::Tally;

/// One case's history: its events in order, the receipt first.
pub type CaseHistory = [EventRecord];

/// Residents per ward, keyed by the ward as `NN`.
pub type WardPopulation = BTreeMap<String, u64>;

/// The indicators over `cases`, counting those `filter` lets through, as they stood at `now`
/// (the report's end instant: events after it are left out, and the backlog is the cases
/// waiting then). Cases received per 1,000 residents use `ward_population`.
pub fn indicators<'h>(
    cases: impl IntoIterator<Item = &'h CaseHistory>,
    filter: &ReportFilter,
    calendar: &BusinessCalendar,
    ward_population: &WardPopulation,
    now: Timestamp,
) -> Indicators {
    let mut tally = Tally::new(filter, calendar, ward_population, now);
    for history in cases {
        tally.add(history);
    }
    tally.finish()
}

#[cfg(test)]
mod tests;
