//! Staff search: by tracking number, words in any script, the resident's name, e-mail or
//! phone, and the address, within a division when the searcher's role says so.

use heard_domain::event::{Actor, CaseEvent};
use heard_domain::{CaseState, Channel};
use heard_storage::{NewEvent, SearchScope, Store};
use heard_testing::TestDb;
use jiff::Timestamp;

use crate::pothole_complaint;

heard_testing::on_both_backends!(
    a_case_is_found_by_any_of_its_words_whatever_the_script,
    a_search_stays_within_its_division,
    a_rerouted_case_is_found_in_its_new_division,
    a_search_holding_nul_is_answered,
);

async fn case(store: &Store, description: &str) -> CaseState {
    store
        .create_case(
            &pothole_complaint(description),
            Timestamp::now(),
            &Actor::Resident,
            Channel::Web,
        )
        .await
        .expect("stored")
}

async fn found(store: &Store, query: &str) -> Vec<String> {
    store
        .search_cases(query, &SearchScope::All)
        .await
        .expect("searched")
        .into_iter()
        .map(|hit| hit.tracking_number.to_string())
        .collect()
}

async fn a_case_is_found_by_any_of_its_words_whatever_the_script(db: TestDb) {
    let store = db.store().await;
    let tamil = case(&store, "குழி இன்னும் உள்ளது, Queen Street East").await;
    let chinese = case(&store, "路面有坑，已经报告两次").await;
    let other = case(&store, "Snow plough blocked the driveway 100%").await;
    let t = tamil.tracking_number.to_string();
    let c = chinese.tracking_number.to_string();
    let o = other.tracking_number.to_string();

    assert_eq!(found(&store, "இன்னும்").await, [t.as_str()]);
    assert_eq!(
        found(&store, "报告").await,
        [c.as_str()],
        "no spaces needed"
    );
    assert_eq!(
        found(&store, "QUEEN street").await,
        [t.as_str()],
        "case ignored"
    );
    assert_eq!(found(&store, &t).await, [t.as_str()], "by tracking number");
    assert_eq!(
        found(&store, &tamil.tracking_number.compact()).await,
        [t.as_str()]
    );
    assert_eq!(
        found(&store, "100%").await,
        [o.as_str()],
        "a % is a percent sign"
    );
    assert_eq!(found(&store, "%").await, [o.as_str()]);
    // The test resident's name and e-mail are on every case: newest first.
    assert_eq!(
        found(&store, "zoë testperson").await,
        [o.as_str(), c.as_str(), t.as_str()]
    );
    assert_eq!(found(&store, "zoe@example").await.len(), 3);
    assert!(found(&store, "nowhere to be found").await.is_empty());
    assert!(found(&store, "   ").await.is_empty());
}

async fn a_search_stays_within_its_division(db: TestDb) {
    let store = db.store().await;
    let pothole = case(&store, "Pothole on Dundas").await;

    let roads = SearchScope::Division(pothole.division.clone());
    let water = SearchScope::Division("toronto-water".into());
    assert_eq!(
        store
            .search_cases("dundas", &roads)
            .await
            .expect("ok")
            .len(),
        1
    );
    assert!(
        store
            .search_cases("dundas", &water)
            .await
            .expect("ok")
            .is_empty()
    );
}

async fn a_rerouted_case_is_found_in_its_new_division(db: TestDb) {
    let store = db.store().await;
    let pothole = case(&store, "Water pooling in the pothole on Bloor").await;

    store
        .append_event(
            &pothole.tracking_number,
            NewEvent {
                at: Timestamp::now(),
                actor: Actor::Staff {
                    username: "agent".into(),
                },
                channel: Channel::Phone,
                event: CaseEvent::Routed {
                    division: "toronto-water".into(),
                    section: None,
                    category: None,
                    reason: "A water main, not the road".into(),
                },
            },
            None,
        )
        .await
        .expect("rerouted");

    let water = SearchScope::Division("toronto-water".into());
    let hits = store.search_cases("bloor", &water).await.expect("ok");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].division, "toronto-water");
}

/// PostgreSQL text cannot hold NUL: a search that carries one is still answered.
async fn a_search_holding_nul_is_answered(db: TestDb) {
    let store = db.store().await;
    let stored = case(&store, "A hole by the cistern").await;

    let by_nul = found(&store, "\0cistern").await;

    assert_eq!(by_nul, [stored.tracking_number.to_string()]);
}
