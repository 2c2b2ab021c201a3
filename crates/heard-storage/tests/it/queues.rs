//! Staff queues: which cases each view holds, in queue order, a page at a time.

use heard_domain::directory::TRIAGE_DIVISION;
use heard_domain::event::{Actor, CaseEvent};
use heard_domain::intake::{IntakeContext, Submission};
use heard_domain::{CaseState, Channel, Directory, TrackingNumber};
use heard_storage::{NewEvent, QueueFilter, QueueView, Store};
use heard_testing::TestDb;
use jiff::{Timestamp, ToSpan};

use crate::pothole_complaint;

heard_testing::on_both_backends!(
    the_triage_queue_holds_new_cases_and_open_unplaced_ones_oldest_first,
);

/// A complaint nobody could place: it waits in the triage division without a category.
fn unplaced(description: &str) -> heard_domain::intake::ValidSubmission {
    Submission {
        kind: Some("complaint".into()),
        category: Some("not_sure".into()),
        description: Some(description.into()),
        anonymous: true,
        ..Default::default()
    }
    .validate(
        &Directory::default_toronto(),
        &IntakeContext {
            channel: Channel::Web,
            taken_by: None,
        },
    )
    .expect("a valid complaint")
}

async fn act(store: &Store, case: &CaseState, event: CaseEvent) {
    store
        .append_event(
            &case.tracking_number,
            NewEvent {
                at: Timestamp::now(),
                actor: Actor::Staff {
                    username: "ana".into(),
                },
                channel: Channel::Phone,
                event,
            },
            None,
        )
        .await
        .expect("appended");
}

async fn triage(store: &Store, offset: u32, limit: u32) -> Vec<TrackingNumber> {
    let filter = QueueFilter {
        view: QueueView::Triage {
            triage_division: TRIAGE_DIVISION.into(),
        },
        division: None,
        ward: None,
        assignee: None,
        category: None,
        channel: None,
        language: None,
        offset,
        limit,
    };
    let cases = store.list_queue(&filter).await.expect("listed");
    cases.into_iter().map(|c| c.tracking_number).collect()
}

async fn the_triage_queue_holds_new_cases_and_open_unplaced_ones_oldest_first(db: TestDb) {
    let store = db.store().await;
    let start = Timestamp::now() - 10.hours();
    let mut stored = Vec::new();
    for (i, submission) in [
        unplaced("acknowledged, still unplaced"),
        pothole_complaint("new, placed"),
        pothole_complaint("acknowledged, placed"),
        unplaced("new, unplaced"),
        unplaced("withdrawn, unplaced"),
        pothole_complaint("new, placed, later"),
    ]
    .iter()
    .enumerate()
    {
        let at = start + (i as i64).minutes();
        let case = store
            .create_case(submission, at, &Actor::Resident, Channel::Web)
            .await
            .expect("stored");
        stored.push(case);
    }
    act(&store, &stored[0], CaseEvent::Acknowledged).await;
    act(&store, &stored[2], CaseEvent::Acknowledged).await;
    act(
        &store,
        &stored[4],
        CaseEvent::Withdrawn {
            reason: "sorted out".into(),
        },
    )
    .await;
    let n = |i: usize| stored[i].tracking_number;

    let whole = triage(&store, 0, 50).await;
    let first_page = triage(&store, 0, 2).await;
    let second_page = triage(&store, 2, 2).await;
    let beyond = triage(&store, 4, 2).await;

    assert_eq!(whole, vec![n(0), n(1), n(3), n(5)]);
    assert_eq!(first_page, vec![n(0), n(1)]);
    assert_eq!(second_page, vec![n(3), n(5)]);
    assert!(beyond.is_empty(), "{beyond:?}");
}
