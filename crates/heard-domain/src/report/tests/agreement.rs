//! The report reads a history in one pass of its own; random histories, each event kept only
//! if [`CaseState::apply`] allows it, show that this reading agrees with the state's.
//!
//! [`CaseState::apply`]: crate::CaseState::apply

use jiff::{SignedDuration, Timestamp};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::{CaseBuilder, calendar, toronto};
use crate::directory::Standards;
use crate::event::{Actor, CaseEvent, EventRecord, Outcome, StageClock};
use crate::process::Clocks;
use crate::report::facts::{CaseFacts, Labels};
use crate::state::{Status, Step};
use crate::{CaseState, Channel, Kind};

#[test]
fn reading_a_history_agrees_with_replaying_it_through_the_state() {
    let calendar = calendar();
    let clocks = Clocks::new(&calendar);
    let mut rng = StdRng::seed_from_u64(11);
    let mut facts = CaseFacts::new();
    let mut seen = Vec::new();

    for _ in 0..3_000 {
        let kind = *[Kind::Complaint, Kind::Complaint, Kind::Compliment]
            .get(rng.random_range(0..3))
            .expect("three kinds");
        let mut at = toronto(2025, 1, 6, 8, 0) + minutes(rng.random_range(0..600_000));
        let mut case = CaseBuilder::received(&calendar, at, kind, |_| {});
        for _ in 0..40 {
            at += minutes(rng.random_range(1..4_000));
            let event = random_event(&mut rng, &clocks, &case.state, at);
            let record = EventRecord {
                seq: case.state.version + 1,
                at,
                actor: random_actor(&mut rng),
                channel: Channel::Web,
                event,
            };
            if case.state.apply(&record).is_ok() {
                case.records.push(record);
            }
        }

        let (first, later) = case.records.split_first().expect("a receipt");
        let CaseEvent::Received(received) = &first.event else {
            panic!("starts with its receipt")
        };
        let labels = facts.read(first, received, later.iter());

        assert_agree(&facts, &labels, &case.state);
        seen.push((case.state.status, case.state.stage));
    }

    for status in Status::ALL {
        assert!(
            seen.iter().any(|s| s.0 == *status),
            "no walk ended {status}"
        );
    }
    assert!(seen.iter().any(|s| s.1 == 2), "no walk reached a review");
}

fn assert_agree(facts: &CaseFacts, labels: &Labels<'_>, state: &CaseState) {
    let context = format!("{state:#?}");
    assert_eq!(facts.status, state.status, "{context}");
    assert_eq!(facts.stage, state.stage, "{context}");
    assert_eq!(facts.stage_starts.last(), Some(&state.stage_started_at));
    assert_eq!(facts.acknowledged_at, state.acknowledged_at, "{context}");

    let acknowledged: Vec<bool> = (state.compliance.iter())
        .filter(|c| c.step == Step::Acknowledge)
        .map(|c| c.met)
        .collect();
    assert_eq!(
        facts.acknowledged_met.into_iter().collect::<Vec<_>>(),
        acknowledged
    );

    let answers: Vec<_> = (state.answers.iter())
        .map(|a| (a.stage, a.at, a.outcome))
        .collect();
    let read: Vec<_> = (facts.answers.iter())
        .map(|a| (a.stage, a.at, a.outcome))
        .collect();
    assert_eq!(read, answers, "{context}");

    let checks: Vec<_> = (state.compliance.iter())
        .filter(|c| c.step == Step::Answer)
        .map(|c| (c.stage, c.done_at, c.met))
        .collect();
    let read: Vec<_> = (facts.answers.iter())
        .filter_map(|a| a.met.map(|met| (a.stage, a.at, met)))
        .collect();
    assert_eq!(read, checks, "{context}");

    let pauses: Vec<_> = state.pauses.iter().map(|p| (p.from, p.to)).collect();
    assert_eq!(facts.pauses, pauses);
    assert_eq!(facts.extensions as usize, state.extensions.len());
    assert_eq!(facts.ombudsman_referred, state.ombudsman.is_some());
    let outcome = state.ombudsman.as_ref().and_then(|o| o.outcome.as_deref());
    assert_eq!(labels.ombudsman_outcome, outcome);
    assert_eq!(labels.routing.division, state.division);
    assert_eq!(labels.routing.section, state.section.as_deref());
    assert_eq!(labels.routing.category, state.category.as_deref());
}

/// Any event at all, most of which the process will refuse at any given moment.
fn random_event(
    rng: &mut StdRng,
    clocks: &Clocks<'_>,
    state: &CaseState,
    at: Timestamp,
) -> CaseEvent {
    let standards = Standards::default();
    let later = |rng: &mut StdRng| at + SignedDuration::from_hours(rng.random_range(1..500));
    match rng.random_range(0..16) {
        0 => CaseEvent::Acknowledged,
        1 => CaseEvent::Routed {
            division: ["parks", "transportation"][rng.random_range(0..2)].into(),
            section: rng.random_bool(0.5).then(|| "operations".into()),
            category: None,
            reason: "Elsewhere".into(),
        },
        2 => CaseEvent::Assigned {
            to: ["ana", "rui"][rng.random_range(0..2)].into(),
        },
        3 | 4 => CaseEvent::Resolved {
            outcome: Outcome::ALL[rng.random_range(0..Outcome::ALL.len())],
            reasons: "Looked into it".into(),
        },
        5 | 6 => {
            let within_window = rng.random_bool(0.7);
            CaseEvent::EscalationRequested {
                reason: "Not fixed".into(),
                within_window,
                clock: within_window.then(|| clocks.review(&standards, at)),
            }
        }
        7 => {
            let accepted = rng.random_bool(0.5);
            CaseEvent::EscalationDecided {
                accepted,
                reason: "Decided".into(),
                clock: (accepted && rng.random_bool(0.8)).then(|| clocks.review(&standards, at)),
            }
        }
        8 => CaseEvent::InformationRequested {
            question: "Which address?".into(),
        },
        9 => CaseEvent::InformationProvided {
            text: "12 Main St".into(),
            clock: StageClock {
                acknowledge_by: rng.random_bool(0.3).then(|| later(rng)),
                answer_by: later(rng),
            },
        },
        10 => CaseEvent::ExtensionGranted {
            reason: "A crew".into(),
            authorised_by: "sam".into(),
            extra_days: 5,
            answer_by: state.clock.map_or(at, |c| c.answer_by) + SignedDuration::from_hours(120),
        },
        11 => CaseEvent::OmbudsmanReferred,
        12 => CaseEvent::OmbudsmanOutcome {
            outcome: ["settled", "no further action"][rng.random_range(0..2)].into(),
        },
        13 => CaseEvent::Withdrawn {
            reason: "Sorted".into(),
        },
        14 => CaseEvent::Closed,
        _ => CaseEvent::Reopened {
            reason: "New facts".into(),
        },
    }
}

fn random_actor(rng: &mut StdRng) -> Actor {
    match rng.random_range(0..3) {
        0 => Actor::System,
        n => Actor::Staff {
            username: ["ana", "rui"][n - 1].into(),
        },
    }
}

fn minutes(n: i64) -> SignedDuration {
    SignedDuration::from_mins(n)
}
