//! Tests of forwarding a compliment to a supervisor.

use jiff::Timestamp;

use super::*;
use crate::case::{Channel, Location};
use crate::event::{Actor, EventRecord, Received};

const ROADS: &str = "transportation-road-operations";

fn lead() -> Supervisor<'static> {
    Supervisor {
        username: "lee",
        role: Role::DivisionSupervisor,
        division: Some(ROADS),
    }
}

fn case(kind: Kind, person: Person) -> CaseState {
    CaseState::start(&EventRecord {
        seq: 1,
        at: Timestamp::from_second(1_780_000_000).expect("valid"),
        actor: Actor::System,
        channel: Channel::InPerson,
        event: CaseEvent::Received(Box::new(Received {
            tracking_number: "0000-0000-00".parse().expect("valid number"),
            kind,
            taken_by: Some("agent".into()),
            division: ROADS.into(),
            section: None,
            category: None,
            complaint_categories: vec![],
            description: "The plough crew cleared our street before six".into(),
            happened: None,
            remedy_sought: None,
            location: Location::default(),
            person,
            service_requests: vec![],
            attachments: vec![],
            clock: None,
            terms: Default::default(),
            training: false,
            guidance: None,
        })),
    })
    .expect("a valid first event")
}

fn reachable() -> Person {
    Person {
        email: Some("grace@example.ca".into()),
        preferred_language: "en".into(),
        ..Person::default()
    }
}

fn then(mut state: CaseState, event: CaseEvent) -> CaseState {
    let record = EventRecord {
        seq: state.version + 1,
        at: Timestamp::from_second(1_780_000_600).expect("valid"),
        actor: Actor::Staff {
            username: "sam".into(),
        },
        channel: Channel::Web,
        event,
    };
    state.apply(&record).expect("allowed");
    state
}

#[test]
fn a_compliment_forwarded_with_thanks_is_closed_assigned_to_the_supervisor_and_tells_the_resident()
{
    let compliment = case(Kind::Compliment, reachable());

    let event = forward(&compliment, lead(), "  Thank you: we told the crew.  ").expect("allowed");
    let state = then(compliment, event);

    assert_eq!(state.status, Status::Closed);
    assert!(state.closed_at.is_some());
    assert_eq!(state.assignee.as_deref(), Some("lee"));
    assert_eq!(state.public_updates.len(), 1);
    assert_eq!(state.public_updates[0].text, "Thank you: we told the crew.");
}

#[test]
fn a_resident_who_asked_for_a_reply_must_be_thanked() {
    let compliment = case(Kind::Compliment, reachable());

    let refused = forward(&compliment, lead(), "   ");

    assert!(matches!(refused, Err(ProcessError::Invalid(m)) if m.contains("asked for a reply")));
}

#[test]
fn an_anonymous_compliment_is_forwarded_without_a_thank_you() {
    let person = Person {
        anonymous: true,
        preferred_language: "en".into(),
        ..Person::default()
    };
    let compliment = case(Kind::Compliment, person);

    let event = forward(&compliment, lead(), "").expect("allowed");

    assert_eq!(
        event,
        CaseEvent::ComplimentForwarded {
            to: "lee".into(),
            thanks: None
        }
    );
    assert_eq!(then(compliment, event).public_updates.len(), 0);
}

#[test]
fn only_a_supervisor_of_the_case_division_receives_it() {
    let compliment = case(Kind::Compliment, reachable());
    let staff = Supervisor {
        role: Role::DivisionStaff,
        ..lead()
    };
    let elsewhere = Supervisor {
        division: Some("toronto-water"),
        ..lead()
    };

    for wrong in [staff, elsewhere] {
        let refused = forward(&compliment, wrong, "Thanks");
        assert!(
            matches!(refused, Err(ProcessError::Invalid(_))),
            "{wrong:?}"
        );
    }
}

#[test]
fn a_complaint_or_a_closed_compliment_is_not_forwarded() {
    let complaint = case(Kind::Complaint, reachable());
    let closed = then(case(Kind::Compliment, reachable()), CaseEvent::Closed);

    for state in [&complaint, &closed] {
        let refused = forward(state, lead(), "Thanks");
        assert!(matches!(refused, Err(ProcessError::NotNow(_))));
    }
}

#[test]
fn the_history_refuses_forwarding_a_complaint_whatever_the_caller_checked() {
    let mut complaint = case(Kind::Complaint, reachable());
    let record = EventRecord {
        seq: 2,
        at: Timestamp::from_second(1_780_000_600).expect("valid"),
        actor: Actor::System,
        channel: Channel::Web,
        event: CaseEvent::ComplimentForwarded {
            to: "lee".into(),
            thanks: None,
        },
    };

    let refused = complaint.apply(&record);

    assert!(refused.is_err());
    assert_eq!(complaint.status, Status::Received);
}

#[test]
fn the_thank_you_reaches_the_resident_as_a_message_from_staff() {
    use crate::notify::{NoticeKind, NotifyContext, plan};
    let compliment = case(Kind::Compliment, reachable());
    let event = forward(&compliment, lead(), "Thank you: we told the crew.").expect("allowed");
    let state = then(compliment, event.clone());
    let record = EventRecord {
        seq: state.version,
        at: state.updated_at,
        actor: Actor::System,
        channel: Channel::Web,
        event,
    };

    let sent = plan(
        &NotifyContext::new("https://heard.example.ca"),
        &state,
        &record,
    )
    .expect("a message");

    assert_eq!(sent.notice, NoticeKind::UpdateSent);
    assert_eq!(sent.recipient, "grace@example.ca");
    assert!(sent.text.contains("Thank you: we told the crew."));
}
