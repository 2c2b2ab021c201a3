//! A generator of case histories that writes down, as it decides each step of a case, what a
//! report must count for it: the known answers the indicators are checked against.
//!
//! A case is first planned on business days counted from its day 0 (the day of receipt, or
//! the next business day when it came in after closing), then placed at random on the
//! calendar and built event by event through the process clocks and [`CaseState::apply`].
//! Every step happens during business hours, so "on business day `n`" is exact.
//!
//! [`CaseState::apply`]: crate::CaseState::apply

use jiff::civil::{Date, date};
use jiff::{SignedDuration, Timestamp};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::plan::{Plan, Standing, Step};
use super::{CaseBuilder, local};
use crate::calendar::BusinessCalendar;
use crate::directory::Standards;
use crate::event::{CaseEvent, EventRecord, Outcome};
use crate::process::Clocks;
use crate::{Channel, Kind};

/// The report's end: after closing on Friday 30 January 2026.
pub(super) const NOW_DATE: Date = date(2026, 1, 30);
/// The earliest day a case is received.
const FIRST_DATE: Date = date(2023, 5, 1);

/// What a report must count for one case.
#[derive(Debug, Clone)]
pub(super) struct Truth {
    pub(super) received_at: Timestamp,
    pub(super) kind: Kind,
    pub(super) channel: Channel,
    pub(super) division: String,
    pub(super) section: Option<String>,
    pub(super) category: Option<String>,
    pub(super) ward: Option<String>,
    pub(super) language: String,
    pub(super) interpreter: Option<String>,
    /// The stage the case is at in the end.
    pub(super) stage: u32,
    pub(super) acknowledged: bool,
    /// For an acknowledgement by message or assignment, whether it came by business day 2.
    pub(super) acknowledged_on_time: Option<bool>,
    /// Each answered stage: the stage, the business day of the answer, whether on time.
    pub(super) answers: Vec<(u32, u32, bool)>,
    /// The last outcome of each stage that ended.
    pub(super) outcomes: Vec<(u32, Outcome)>,
    pub(super) closed: bool,
    pub(super) extensions: u32,
    pub(super) escalation_requested: bool,
    pub(super) reopened: bool,
    pub(super) answered_or_closed: bool,
    pub(super) ombudsman: Option<Option<String>>,
    /// For a case waiting for the City at the report's end, its age in business days.
    pub(super) backlog_age: Option<u32>,
}

/// Histories and what each must count, and the report's end instant.
pub(super) struct Generated {
    pub(super) histories: Vec<Vec<EventRecord>>,
    pub(super) truths: Vec<Truth>,
    pub(super) now: Timestamp,
}

/// `cases` histories from `seed`.
pub(super) fn generate(calendar: &BusinessCalendar, cases: usize, seed: u64) -> Generated {
    let mut rng = StdRng::seed_from_u64(seed);
    let dates: Vec<Date> = FIRST_DATE
        .series(jiff::Span::new().days(1))
        .take_while(|d| *d <= NOW_DATE)
        .filter(|d| calendar.is_business_day(*d))
        .collect();
    let now_index = dates.len() - 1;
    assert_eq!(dates[now_index], NOW_DATE, "the end is a business day");

    let mut generated = Generated {
        histories: Vec::with_capacity(cases),
        truths: Vec::with_capacity(cases),
        now: local(NOW_DATE, 20, 0),
    };
    for _ in 0..cases {
        let mut plan = Plan::new(&mut rng);
        if plan.truth.kind == Kind::Complaint {
            plan.complaint(&mut rng);
        } else {
            plan.other(&mut rng);
        }

        // Day 0 is business day `r`; the report's end is after closing on day `now_index`,
        // so on business day `now_index + 1`.
        let r = rng.random_range(1..=now_index - plan.cursor as usize);
        if plan.standing == Standing::Open {
            plan.truth.backlog_age = Some((now_index + 1 - r) as u32);
        }
        plan.truth.received_at = if rng.random_bool(0.3) {
            local(dates[r - 1], 17, rng.random_range(0..60))
        } else {
            local(dates[r], 8, rng.random_range(30..55))
        };

        generated
            .histories
            .push(build(calendar, &dates[r..], &plan));
        generated.truths.push(plan.truth);
    }
    generated
}

/// The history of a planned case whose day 0 is `days[0]`.
fn build(calendar: &BusinessCalendar, days: &[Date], plan: &Plan) -> Vec<EventRecord> {
    let clocks = Clocks::new(calendar);
    let standards = Standards::default();
    let truth = &plan.truth;
    let mut case = CaseBuilder::received(calendar, truth.received_at, truth.kind, |r| {
        let (division, section, category) = plan.origin.clone();
        (r.division, r.section, r.category) = (division, section, category);
        r.location.ward.clone_from(&truth.ward);
        r.person.preferred_language.clone_from(&truth.language);
        r.person.interpreter_language.clone_from(&truth.interpreter);
    });
    case.via(truth.channel);

    let mut previous = (u32::MAX, 0);
    for &(day, step) in &plan.steps {
        let nth = if previous.0 == day { previous.1 + 1 } else { 0 };
        previous = (day, nth);
        let at = local(days[day as usize], 9, 0) + SignedDuration::from_mins(10 * nth);
        let state = &case.state;
        let event = match step {
            Step::Acknowledge => CaseEvent::Acknowledged,
            Step::Assign => CaseEvent::Assigned { to: "ana".into() },
            Step::Route => CaseEvent::Routed {
                division: truth.division.clone(),
                section: truth.section.clone(),
                category: truth.category.clone(),
                reason: "Another division handles this".into(),
            },
            Step::AskInformation => CaseEvent::InformationRequested {
                question: "Which address?".into(),
            },
            Step::ProvideInformation => clocks
                .information_provided(&standards, state, "12 Main St", at)
                .expect("information asked for"),
            Step::Extend(days) => clocks
                .extension(&standards, state, days, "Waiting for a crew", "sam")
                .expect("a clock runs"),
            Step::Answer(outcome) => CaseEvent::Resolved {
                outcome,
                reasons: "Looked into it".into(),
            },
            Step::Withdraw => CaseEvent::Withdrawn {
                reason: "Sorted it out myself".into(),
            },
            Step::Escalate { within_window } => {
                let event = clocks
                    .escalation(&standards, state, "Still not fixed", at)
                    .expect("answered");
                let in_time = matches!(event, CaseEvent::EscalationRequested { within_window, .. } if within_window);
                assert_eq!(in_time, within_window, "the window is as planned");
                event
            }
            Step::Decide { accepted } => CaseEvent::EscalationDecided {
                accepted,
                reason: "Decided by a supervisor".into(),
                clock: accepted.then(|| clocks.review(&standards, at)),
            },
            Step::Refer => CaseEvent::OmbudsmanReferred,
            Step::OmbudsmanOutcome(outcome) => CaseEvent::OmbudsmanOutcome {
                outcome: outcome.into(),
            },
            Step::Close => CaseEvent::Closed,
            Step::Reopen => CaseEvent::Reopened {
                reason: "New facts".into(),
            },
        };
        case.then(at, event);
    }
    case.records
}
