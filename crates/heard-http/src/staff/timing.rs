//! How a case stands against its service standard, in words: the due date that comes next and
//! the time left, with a flag that does not rely on colour.

use heard_domain::CaseState;
use heard_domain::process::{Clocks, Timing};
use jiff::Timestamp;

use crate::AppState;
use crate::render::city_time;

/// The next due date of a case and how it stands.
pub struct Due {
    /// What is due: "Acknowledge" or "Answer".
    pub step: &'static str,
    /// When, in the City's time.
    pub at: String,
    /// When, for machines (RFC 3339).
    pub iso: String,
    /// The time left, or how late it is, in words.
    pub left: String,
    /// "Overdue", "Due soon", or empty.
    pub flag: &'static str,
}

/// The next due date of `case` at `now`, if a clock runs.
pub fn due(state: &AppState, case: &CaseState, now: Timestamp) -> Option<Due> {
    let timing = Clocks::new(&state.calendar).timing(case, now);
    let clock = case.clock.filter(|_| timing != Timing::Stopped)?;
    let (step, at) = match clock.acknowledge_by {
        Some(ack) if case.acknowledged_at.is_none() => ("Acknowledge", ack),
        _ => ("Answer", clock.answer_by),
    };
    let flag = match timing {
        Timing::Overdue => "Overdue",
        Timing::DueSoon => "Due soon",
        Timing::OnTime | Timing::Stopped => "",
    };
    Some(Due {
        step,
        at: city_time(at),
        iso: at.to_string(),
        left: left(now, at),
        flag,
    })
}

fn left(now: Timestamp, due: Timestamp) -> String {
    let span = due.duration_since(now);
    let minutes = span.as_mins().abs();
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let amount = if days > 0 {
        format!("{days} d {hours} h")
    } else if hours > 0 {
        format!("{hours} h {mins} min")
    } else {
        format!("{mins} min")
    };
    if span.is_negative() {
        format!("{amount} late")
    } else {
        format!("{amount} left")
    }
}
