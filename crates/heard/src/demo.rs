//! Demonstration content, so that a newcomer sees a working system at once: a handful of
//! cases across the five divisions, at different points of the process. The people and
//! addresses are invented.

use heard_domain::calendar::BusinessCalendar;
use heard_domain::directory::Standards;
use heard_domain::event::{Actor, CaseEvent, Outcome};
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, SubmittedLocation};
use heard_domain::process::Clocks;
use heard_domain::state::CaseState;
use heard_domain::{Channel, Directory};
use heard_storage::{NewEvent, Store};
use jiff::{Timestamp, ToSpan};

/// One demonstration case: what was submitted and what happened next.
struct DemoCase {
    kind: &'static str,
    category: Option<&'static str>,
    description: &'static str,
    channel: Channel,
    days_ago: i64,
    point: Option<(f64, f64)>,
    then: &'static [DemoStep],
}

#[derive(Clone, Copy)]
enum DemoStep {
    Acknowledge,
    Assign(&'static str),
    Update(&'static str),
    Resolve(Outcome, &'static str),
    Escalate(&'static str),
    Close,
}

const CASES: &[DemoCase] = &[
    DemoCase {
        kind: "complaint",
        category: Some("T311-R0012"),
        description: "I reported this pothole twice in September. Both requests were closed, but the hole is still there and getting deeper.",
        channel: Channel::Web,
        days_ago: 12,
        point: Some((43.6629, -79.3957)),
        then: &[
            DemoStep::Acknowledge,
            DemoStep::Assign("demo.roads"),
            DemoStep::Update("A crew has been scheduled to repair the road this week."),
        ],
    },
    DemoCase {
        kind: "compliment",
        category: Some("T311-R0002"),
        description: "The collection crew on our street replaced our broken green bin lid the same day. Thank you!",
        channel: Channel::MobileApp,
        days_ago: 6,
        point: None,
        then: &[
            DemoStep::Resolve(
                Outcome::Resolved,
                "Your thanks were passed to the crew and their supervisor.",
            ),
            DemoStep::Close,
        ],
    },
    DemoCase {
        kind: "complaint",
        category: Some("T311-R0001"),
        description: "I called about an injured raccoon and waited two days for anyone to come.",
        channel: Channel::Phone,
        days_ago: 20,
        point: Some((43.7001, -79.4163)),
        then: &[
            DemoStep::Acknowledge,
            DemoStep::Resolve(
                Outcome::PartlyUpheld,
                "Our response was slower than our standard because of a staffing gap; it has been fixed.",
            ),
            DemoStep::Escalate("Nobody explained why it took two days."),
        ],
    },
    DemoCase {
        kind: "complaint",
        category: None,
        description: "I am not sure who handles this: water pools at the corner after every rain and the sidewalk floods.",
        channel: Channel::Web,
        days_ago: 1,
        point: Some((43.6452, -79.5309)),
        then: &[],
    },
    DemoCase {
        kind: "comment",
        category: Some("H311-C001"),
        description: "The new phone menu at 311 is much shorter. Good change.",
        channel: Channel::Phone,
        days_ago: 3,
        point: None,
        then: &[DemoStep::Close],
    },
    DemoCase {
        kind: "complaint",
        category: Some("H311-C002"),
        description: "The web form timed out twice before I could submit my request.",
        channel: Channel::Email,
        days_ago: 30,
        point: None,
        then: &[
            DemoStep::Acknowledge,
            DemoStep::Resolve(
                Outcome::Upheld,
                "The form now keeps your answers for an hour. Thank you for telling us.",
            ),
            DemoStep::Close,
        ],
    },
];

/// Adds the demonstration cases when the database holds no case; returns how many were added.
pub async fn seed(
    store: &Store,
    directory: &Directory,
    calendar: &BusinessCalendar,
) -> anyhow::Result<usize> {
    let clocks = Clocks::new(calendar);
    if store.count_cases().await? > 0 {
        return Ok(0);
    }
    for (i, demo) in CASES.iter().enumerate() {
        // With a city's own directory a demo category may not exist; 311 triages those.
        let category = demo.category.filter(|code| directory.place(code).is_some());
        let submission = Submission {
            kind: Some(demo.kind.into()),
            category: category.map(str::to_owned),
            description: Some(demo.description.into()),
            location: demo.point.map(|(lat, lon)| SubmittedLocation {
                lat: Some(lat),
                lon: Some(lon),
                ..Default::default()
            }),
            contact: Some(SubmittedContact {
                name: Some(format!("Demo Resident {}", i + 1)),
                email: Some(format!("resident{}@example.invalid", i + 1)),
                ..Default::default()
            }),
            ..Default::default()
        };
        let context = IntakeContext {
            channel: demo.channel,
            taken_by: demo.channel.is_assisted().then(|| "demo.agent".to_owned()),
        };
        let mut valid = submission
            .validate(directory, &context)
            .map_err(|e| anyhow::anyhow!("demo case {i} is invalid: {:?}", e.fields))?;

        let start = Timestamp::now() - (demo.days_ago * 24).hours();
        let standards = directory
            .division(valid.division())
            .map(|d| d.standards)
            .unwrap_or_default();
        valid.schedule(
            clocks.first_stage(&standards, start),
            Clocks::terms(&standards),
        );
        let actor = match &context.taken_by {
            Some(agent) => Actor::Staff {
                username: agent.clone(),
            },
            None => Actor::Resident,
        };
        let mut case = store
            .create_case(&valid, start, &actor, demo.channel)
            .await?;
        for (step_no, step) in demo.then.iter().enumerate() {
            let at = start + ((step_no as i64 + 1) * 20).hours();
            let (actor, event) = step_event(*step, &clocks, &standards, &case, at)?;
            let new = NewEvent {
                at,
                actor,
                channel: demo.channel,
                event,
            };
            case = store.append_event(&case.tracking_number, new, None).await?;
        }
    }
    Ok(CASES.len())
}

/// The event a demo step stands for; escalations take their due dates from the clocks.
fn step_event(
    step: DemoStep,
    clocks: &Clocks<'_>,
    standards: &Standards,
    case: &CaseState,
    at: Timestamp,
) -> anyhow::Result<(Actor, CaseEvent)> {
    let staff = |name: &str| Actor::Staff {
        username: name.to_owned(),
    };
    Ok(match step {
        DemoStep::Acknowledge => (staff("demo.agent"), CaseEvent::Acknowledged),
        DemoStep::Assign(to) => (
            staff("demo.supervisor"),
            CaseEvent::Assigned { to: to.into() },
        ),
        DemoStep::Update(text) => (
            staff("demo.roads"),
            CaseEvent::UpdateSent { text: text.into() },
        ),
        DemoStep::Resolve(outcome, reasons) => (
            staff("demo.roads"),
            CaseEvent::Resolved {
                outcome,
                reasons: reasons.into(),
            },
        ),
        DemoStep::Escalate(reason) => (
            Actor::Resident,
            clocks.escalation(standards, case, reason, at)?,
        ),
        DemoStep::Close => (staff("demo.agent"), CaseEvent::Closed),
    })
}
