//! Tests of the case life cycle.

use super::*;
use crate::event::{Actor, Received};

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_780_000_000 + seconds).expect("valid")
}

fn record(seq: u32, event: CaseEvent) -> EventRecord {
    EventRecord {
        seq,
        at: at(seq as i64 * 60),
        actor: Actor::System,
        channel: Channel::Web,
        event,
    }
}

fn received(kind: Kind) -> EventRecord {
    record(
        1,
        CaseEvent::Received(Box::new(Received {
            tracking_number: "0000-0000-00".parse().expect("valid number"),
            kind,
            taken_by: None,
            division: "toronto-water".into(),
            section: None,
            category: None,
            complaint_categories: vec![],
            description: "Water main leak not fixed".into(),
            happened: None,
            remedy_sought: None,
            location: Location::default(),
            person: Person::default(),
            service_requests: vec![],
            attachments: vec![],
            clock: None,
            terms: Default::default(),
            training: false,
            guidance: None,
        })),
    )
}

#[test]
fn a_complaint_walks_from_receipt_to_escalated_review_and_closure() {
    let history = vec![
        received(Kind::Complaint),
        record(2, CaseEvent::Acknowledged),
        record(3, CaseEvent::Assigned { to: "ana".into() }),
        record(
            4,
            CaseEvent::Resolved {
                outcome: Outcome::NotUpheld,
                reasons: "Repaired on schedule".into(),
            },
        ),
        record(
            5,
            CaseEvent::EscalationRequested {
                reason: "It still leaks".into(),
                within_window: true,
                clock: None,
            },
        ),
        record(
            6,
            CaseEvent::Resolved {
                outcome: Outcome::Upheld,
                reasons: "Crew sent back".into(),
            },
        ),
        record(7, CaseEvent::Closed),
    ];

    let state = CaseState::replay(&history).expect("valid history");

    assert_eq!(state.status, Status::Closed);
    assert_eq!(state.stage, 2);
    assert_eq!(state.answers.len(), 2);
    assert_eq!(state.answers[1].outcome, Outcome::Upheld);
    assert_eq!(state.acknowledged_at, Some(at(120)));
    assert_eq!(state.closed_at, Some(at(420)));
    assert_eq!(state.version, 7);
}

#[test]
fn a_compliment_cannot_be_escalated() {
    let mut state = CaseState::start(&received(Kind::Compliment)).expect("start");
    state
        .apply(&record(
            2,
            CaseEvent::Resolved {
                outcome: Outcome::Resolved,
                reasons: "Thanked the crew".into(),
            },
        ))
        .expect("resolve");

    let err = state
        .apply(&record(
            3,
            CaseEvent::EscalationRequested {
                reason: "x".into(),
                within_window: true,
                clock: None,
            },
        ))
        .expect_err("compliments are not escalated");

    assert!(err.to_string().contains("only a complaint"), "{err}");
    assert_eq!(state.version, 2, "a refused event changes nothing");
}

#[test]
fn events_must_follow_each_other_without_gaps() {
    let mut state = CaseState::start(&received(Kind::Complaint)).expect("start");

    let err = state
        .apply(&record(3, CaseEvent::Acknowledged))
        .expect_err("gap");

    assert_eq!(
        err,
        TransitionError::OutOfOrder {
            expected_after: 1,
            got: 3
        }
    );
}

#[test]
fn a_closed_case_takes_no_update_until_reopened() {
    let mut state = CaseState::start(&received(Kind::Complaint)).expect("start");
    state.apply(&record(2, CaseEvent::Closed)).expect("close");

    assert!(
        state
            .apply(&record(3, CaseEvent::UpdateSent { text: "Hi".into() }))
            .is_err()
    );
    state
        .apply(&record(
            3,
            CaseEvent::Reopened {
                reason: "new facts".into(),
            },
        ))
        .expect("reopen");
    state
        .apply(&record(4, CaseEvent::UpdateSent { text: "Hi".into() }))
        .expect("update after reopening");

    assert_eq!(state.status, Status::InProgress);
    assert_eq!(state.public_updates.len(), 1);
}

#[test]
fn a_history_must_start_with_received() {
    assert_eq!(
        CaseState::replay(&[record(1, CaseEvent::Acknowledged)]),
        Err(TransitionError::NotFirst)
    );
}
