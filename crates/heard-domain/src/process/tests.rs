//! The process end to end on the business calendar: the cases a service standard must get
//! right.

use jiff::Timestamp;
use jiff::civil::date;

use super::*;
use crate::calendar::{BusinessCalendar, CalendarConfig};
use crate::event::{Actor, EventRecord, Outcome, Received};
use crate::{Channel, Kind, Location, Person, TrackingNumber};

fn calendar() -> BusinessCalendar {
    BusinessCalendar::from_config(&CalendarConfig::default()).expect("default calendar")
}

/// A Toronto wall-clock time.
fn toronto(y: i16, m: i8, d: i8, h: i8, min: i8) -> Timestamp {
    date(y, m, d)
        .at(h, min, 0, 0)
        .in_tz(crate::CITY_TIME_ZONE)
        .expect("valid time")
        .timestamp()
}

struct Case {
    state: CaseState,
    standards: Standards,
}

impl Case {
    fn received(at: Timestamp, standards: Standards) -> Case {
        let cal = calendar();
        let clocks = Clocks::new(&cal);
        let record = EventRecord {
            seq: 1,
            at,
            actor: Actor::Resident,
            channel: Channel::Web,
            event: CaseEvent::Received(Box::new(Received {
                tracking_number: TrackingNumber::UNALLOCATED,
                kind: Kind::Complaint,
                taken_by: None,
                division: "toronto-water".into(),
                section: None,
                category: None,
                complaint_categories: vec![],
                description: "Flooded basement after the main broke".into(),
                happened: None,
                remedy_sought: None,
                location: Location::default(),
                person: Person::default(),
                service_requests: vec![],
                attachments: vec![],
                clock: Some(clocks.first_stage(&standards, at)),
                terms: Clocks::terms(&standards),
                training: false,
                guidance: None,
            })),
        };
        Case {
            state: CaseState::start(&record).expect("start"),
            standards,
        }
    }

    fn apply(&mut self, at: Timestamp, who: &str, event: CaseEvent) -> Result<(), TransitionError> {
        let actor = if who == "resident" {
            Actor::Resident
        } else {
            Actor::Staff {
                username: who.into(),
            }
        };
        let record = EventRecord {
            seq: self.state.version + 1,
            at,
            actor,
            channel: Channel::Web,
            event,
        };
        self.state.apply(&record)
    }

    fn answer(&mut self, at: Timestamp, who: &str) -> Result<(), TransitionError> {
        self.apply(
            at,
            who,
            CaseEvent::Resolved {
                outcome: Outcome::NotUpheld,
                reasons: "Checked".into(),
            },
        )
    }
}

use crate::state::TransitionError;

#[test]
fn received_friday_at_16_59_before_a_long_weekend_is_acknowledged_by_thursday() {
    // Victoria Day is Monday 2025-05-19; 16:59 is after the 16:30 closing.
    let case = Case::received(toronto(2025, 5, 16, 16, 59), Standards::default());

    let clock = case.state.clock.expect("a clock");

    assert_eq!(clock.acknowledge_by, Some(toronto(2025, 5, 22, 16, 30)));
    assert_eq!(clock.answer_by, toronto(2025, 6, 3, 16, 30));
}

#[test]
fn acknowledging_late_is_recorded_as_a_missed_standard() {
    let mut case = Case::received(toronto(2025, 5, 16, 10, 0), Standards::default());

    case.apply(toronto(2025, 5, 23, 9, 0), "ana", CaseEvent::Acknowledged)
        .expect("allowed");

    let check = &case.state.compliance[0];
    assert_eq!(check.step, crate::state::Step::Acknowledge);
    assert!(!check.met, "due {:?}, done {:?}", check.due, check.done_at);
}

#[test]
fn a_pause_that_spans_a_holiday_gives_back_only_business_days() {
    let cal = calendar();
    let clocks = Clocks::new(&cal);
    let mut case = Case::received(toronto(2025, 5, 12, 10, 0), Standards::default());
    let due_before = case.state.clock.expect("clock").answer_by;
    // Asked Friday 16 May at 9:00; answered Tuesday 20 May at 9:00, across Victoria Day:
    // the closings of Friday the 16th and (none on) Monday the 19th are covered: one day back.
    case.apply(
        toronto(2025, 5, 16, 9, 0),
        "ana",
        CaseEvent::InformationRequested {
            question: "Which address?".into(),
        },
    )
    .expect("paused");
    assert_eq!(case.state.status, Status::AwaitingInformation);
    assert_eq!(
        clocks.timing(&case.state, toronto(2025, 6, 30, 9, 0)),
        Timing::Stopped
    );

    let resumed = clocks
        .information_provided(
            &case.standards,
            &case.state,
            "12 Main St",
            toronto(2025, 5, 20, 9, 0),
        )
        .expect("allowed");
    case.apply(toronto(2025, 5, 20, 9, 0), "resident", resumed)
        .expect("resumed");

    let due_after = case.state.clock.expect("clock").answer_by;
    assert_eq!(due_before, toronto(2025, 5, 27, 16, 30));
    assert_eq!(due_after, toronto(2025, 5, 28, 16, 30));
    assert_eq!(case.state.pauses[0].to, Some(toronto(2025, 5, 20, 9, 0)));
}

#[test]
fn an_extension_needs_a_reason_and_moves_the_answer_later() {
    let cal = calendar();
    let clocks = Clocks::new(&cal);
    let mut case = Case::received(toronto(2026, 3, 2, 9, 0), Standards::default());

    let refused = clocks.extension(&case.standards, &case.state, 5, " ", "sam");
    let event = clocks
        .extension(
            &case.standards,
            &case.state,
            5,
            "Waiting for a crew inspection",
            "sam",
        )
        .expect("allowed");
    case.apply(toronto(2026, 3, 10, 9, 0), "sam", event)
        .expect("extended");

    assert!(matches!(refused, Err(ProcessError::Invalid(_))));
    // 10 business days from Monday 2 March is Monday 16 March; 5 more is Monday 23 March.
    assert_eq!(
        case.state.clock.expect("clock").answer_by,
        toronto(2026, 3, 23, 16, 30)
    );
    assert_eq!(case.state.extensions[0].authorised_by, "sam");
}

#[test]
fn a_review_asked_within_the_window_starts_at_once_and_a_late_one_waits_for_a_supervisor() {
    let cal = calendar();
    let clocks = Clocks::new(&cal);
    let mut on_time = Case::received(toronto(2026, 1, 5, 9, 0), Standards::default());
    on_time
        .answer(toronto(2026, 1, 12, 9, 0), "ana")
        .expect("answered");
    let mut late = Case::received(toronto(2026, 1, 5, 9, 0), Standards::default());
    late.answer(toronto(2026, 1, 12, 9, 0), "ana")
        .expect("answered");

    let asked = toronto(2026, 3, 13, 9, 0);
    let within = clocks
        .escalation(&on_time.standards, &on_time.state, "Still leaking", asked)
        .expect("ok");
    on_time.apply(asked, "resident", within).expect("escalated");
    let too_late = toronto(2026, 3, 14, 9, 0);
    let outside = clocks
        .escalation(&late.standards, &late.state, "Still leaking", too_late)
        .expect("recorded");
    late.apply(too_late, "resident", outside).expect("recorded");

    assert_eq!(on_time.state.status, Status::Escalated);
    assert_eq!(on_time.state.stage, 2);
    assert!(on_time.state.clock.is_some());
    assert_eq!(late.state.status, Status::EscalationRequested);
    assert_eq!(
        late.state.stage, 1,
        "a late request does not start a review by itself"
    );
    late.apply(
        toronto(2026, 3, 16, 9, 0),
        "sup",
        CaseEvent::EscalationDecided {
            accepted: true,
            reason: "The resident was in hospital".into(),
            clock: Some(clocks.review(&late.standards, toronto(2026, 3, 16, 9, 0))),
        },
    )
    .expect("decided");
    assert_eq!(late.state.status, Status::Escalated);
}

#[test]
fn the_first_stage_handler_cannot_answer_the_review() {
    let cal = calendar();
    let clocks = Clocks::new(&cal);
    let mut case = Case::received(toronto(2026, 1, 5, 9, 0), Standards::default());
    case.apply(
        toronto(2026, 1, 6, 9, 0),
        "lee",
        CaseEvent::Assigned { to: "ana".into() },
    )
    .expect("assigned");
    case.answer(toronto(2026, 1, 12, 9, 0), "ana")
        .expect("answered");
    let review = clocks
        .escalation(
            &case.standards,
            &case.state,
            "Not fixed",
            toronto(2026, 1, 13, 9, 0),
        )
        .expect("ok");
    case.apply(toronto(2026, 1, 13, 9, 0), "resident", review)
        .expect("escalated");

    let by_ana = case.answer(toronto(2026, 1, 20, 9, 0), "ana");
    let by_rui = case.answer(toronto(2026, 1, 20, 9, 0), "rui");

    assert!(by_ana.is_err(), "the first-stage handler was let through");
    assert!(by_rui.is_ok());
    assert_eq!(case.state.answers[1].by.as_deref(), Some("rui"));
    let stop = clocks.escalation(
        &case.standards,
        &case.state,
        "Still not",
        toronto(2026, 1, 21, 9, 0),
    );
    assert!(matches!(stop, Err(ProcessError::NotNow(m)) if m.contains("Ombudsman")));
    case.apply(
        toronto(2026, 1, 21, 9, 0),
        "resident",
        CaseEvent::OmbudsmanReferred,
    )
    .expect("referred after the last stage");
}

#[test]
fn a_third_stage_exists_when_configured() {
    let cal = calendar();
    let clocks = Clocks::new(&cal);
    let standards = Standards {
        stages: 3,
        ..Standards::default()
    };
    let mut case = Case::received(toronto(2026, 2, 2, 9, 0), standards);

    for (n, reviewer) in [(1, "ana"), (2, "rui")] {
        case.answer(toronto(2026, 2, 2 + 5 * n, 9, 0), reviewer)
            .expect("answered");
        let asked = toronto(2026, 2, 3 + 5 * n, 9, 0);
        let event = clocks
            .escalation(&case.standards, &case.state, "More", asked)
            .expect("allowed");
        case.apply(asked, "resident", event).expect("escalated");
    }

    assert_eq!(case.state.stage, 3);
    assert!(case.answer(toronto(2026, 2, 20, 9, 0), "kim").is_ok());
    assert!(
        clocks
            .escalation(
                &case.standards,
                &case.state,
                "Again",
                toronto(2026, 2, 21, 9, 0)
            )
            .is_err()
    );
}
