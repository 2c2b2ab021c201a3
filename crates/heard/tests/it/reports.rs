//! Reports through HTTP: the staff dashboard and the public report show the figures a recount
//! of the stored events gives for a known set of cases; every dashboard table's CSV file holds
//! the table's cells; the public report suppresses counts under 10; and the drill-down lists
//! the cases behind a figure, within the viewer's division, with no personal data.

use heard_domain::Role;
use heard_domain::calendar::{BusinessCalendar, CalendarConfig};
use heard_domain::event::{Actor, CaseEvent, EventRecord, Outcome};
use heard_domain::report::{Indicators, ReportFilter, WardPopulation, indicators};
use heard_domain::{Channel, TrackingNumber};
use heard_storage::NewEvent;
use heard_testing::TestDb;
use jiff::Timestamp;
use reqwest::StatusCode;
use serde_json::json;

use crate::staff::{ROADS, Staff, WATER, create_user, server, submit};
use crate::support::{TestServer, unisolated};

heard_testing::on_both_backends!(
    reports_the_dashboard_shows_what_a_recount_of_the_events_gives,
    reports_every_dashboard_table_downloads_as_the_same_cells,
    reports_the_public_report_suppresses_counts_under_ten,
    reports_the_drill_down_lists_the_cases_behind_a_figure_without_personal_data,
);

const POTHOLE: &str = "T311-R0012";
const WATER_CATEGORY: &str = "T311-R0008";

/// A point in ward 10, Spadina-Fort York.
const SPADINA: (f64, f64) = (43.6426, -79.3871);

const NAME: &str = "Wilhelmina Quartermaine";
const EMAIL: &str = "w.quartermaine@example.ca";
const PHONE: &str = "416-555-0199";
const ADDRESS: &str = "77 Marmalade Crescent";
const WORDS: &str = "the persimmon hydrant leaks";

/// Sends a case through the API; its tracking number.
async fn send(server: &TestServer, kind: &str, category: &str) -> TrackingNumber {
    submit(
        server,
        json!({
            "kind": kind,
            "category": category,
            "description": format!("About {WORDS}, written by {NAME}."),
            "location": { "address": ADDRESS, "lat": SPADINA.0, "lon": SPADINA.1 },
            "contact": { "name": NAME, "email": EMAIL, "phone": PHONE },
        }),
    )
    .await
}

async fn record(server: &TestServer, case: &TrackingNumber, event: CaseEvent) {
    let staff = Actor::Staff {
        username: "roads.staff".into(),
    };
    let new = NewEvent {
        at: Timestamp::now(),
        actor: staff,
        channel: Channel::Phone,
        event,
    };
    server
        .store
        .append_event(case, new, None)
        .await
        .expect("recorded");
}

/// The known set: 12 pothole complaints and 2 compliments in Road Operations, 3 complaints
/// in Toronto Water, all in ward 10. Eight road complaints are acknowledged; of those, five
/// are answered "upheld" and two "not upheld"; four of the upheld are closed.
async fn known_cases(server: &TestServer) -> Vec<TrackingNumber> {
    let mut cases = Vec::new();
    for _ in 0..12 {
        cases.push(send(server, "complaint", POTHOLE).await);
    }
    for _ in 0..2 {
        cases.push(send(server, "compliment", POTHOLE).await);
    }
    for _ in 0..3 {
        cases.push(send(server, "complaint", WATER_CATEGORY).await);
    }

    for (i, case) in cases.iter().take(8).enumerate() {
        record(server, case, CaseEvent::Acknowledged).await;
        let outcome = match i {
            0..5 => Outcome::Upheld,
            5..7 => Outcome::NotUpheld,
            _ => continue,
        };
        let reasons = "Looked into.".to_owned();
        record(server, case, CaseEvent::Resolved { outcome, reasons }).await;
        if i < 4 {
            record(server, case, CaseEvent::Closed).await;
        }
    }
    cases
}

/// The indicators recounted by the domain from each case's stored history, one by one.
async fn recount(
    server: &TestServer,
    cases: &[TrackingNumber],
    filter: &ReportFilter,
) -> Indicators {
    let mut histories: Vec<Vec<EventRecord>> = Vec::new();
    for case in cases {
        histories.push(server.store.case_history(case).await.expect("history"));
    }
    let calendar = BusinessCalendar::from_config(&CalendarConfig::default()).expect("calendar");
    indicators(
        histories.iter().map(Vec::as_slice),
        filter,
        &calendar,
        &WardPopulation::new(),
        Timestamp::now(),
    )
}

/// The cells of the table with this id, row by row, as text.
fn table(html: &str, id: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("<table id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no table {id}"));
    let end = start + html[start..].find("</table>").expect("the table ends");
    html[start..end]
        .split("<tr>")
        .skip(1)
        .map(|row| {
            let marked = row.replace("</th>", "\u{1f}").replace("</td>", "\u{1f}");
            let mut text = String::new();
            let mut in_tag = false;
            for c in marked.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            let text = unisolated(&text)
                .replace("&#38;", "&")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&#34;", "\"");
            let mut cells: Vec<String> =
                text.split('\u{1f}').map(|c| c.trim().to_owned()).collect();
            cells.pop();
            cells
        })
        .collect()
}

/// The rows of a CSV file, its header first.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_owned).collect())
        .collect()
}

/// The row of `rows` whose first cell is `first`.
fn row<'r>(rows: &'r [Vec<String>], first: &str) -> &'r [String] {
    rows.iter()
        .find(|r| r.first().is_some_and(|c| c == first))
        .unwrap_or_else(|| panic!("no row {first} in {rows:?}"))
}

async fn analyst(server: &TestServer) -> Staff {
    create_user(server, "analyst1", Role::Analyst, None).await;
    Staff::sign_in(server, "analyst1").await
}

async fn reports_the_dashboard_shows_what_a_recount_of_the_events_gives(db: TestDb) {
    let server = server(&db).await;
    let cases = known_cases(&server).await;
    let analyst = analyst(&server).await;

    let (status, page) = analyst.get("/staff/dashboard").await;
    let (_, roads_page) = analyst
        .get(&format!("/staff/dashboard?division={ROADS}"))
        .await;

    assert_eq!(status, StatusCode::OK);
    let all = recount(&server, &cases, &ReportFilter::default()).await;
    let summary = table(&page, "summary");
    let figure = |rows: &[Vec<String>], name: &str| row(rows, name)[1].clone();
    // The known answers, and the recount from the events, agree with the page.
    for (name, known, recounted) in [
        ("Received", 17, all.received),
        ("Acknowledged", 8, all.acknowledgement.acknowledged),
        ("Closed", 4, all.closed),
        (
            "Complaints answered at stage 1",
            7,
            all.escalation.answered_at_stage_one,
        ),
        ("Review asked for (escalation)", 0, all.escalation.requested),
        ("Answered or closed", 7, all.reopening.answered_or_closed),
    ] {
        assert_eq!(recounted, Some(known), "{name} recounted");
        assert_eq!(figure(&summary, name), known.to_string(), "{name} shown");
    }
    let outcomes = table(&page, "outcomes");
    assert_eq!(
        row(&outcomes, "1")[1..4],
        ["5", "0", "2"],
        "upheld, partly, not upheld"
    );
    assert_eq!(all.outcomes[0].upheld, Some(5));
    let backlog = table(&page, "backlog");
    assert_eq!(row(&backlog, "0-5")[1], "10", "17 cases less 7 answered");
    assert_eq!(all.backlog[0].open, Some(10));
    let wards = table(&page, "wards");
    assert_eq!(row(&wards, "10")[1..3], ["Spadina-Fort York", "17"]);
    let compliments = table(&page, "compliments");
    assert_eq!(
        row(&compliments, "Transportation Services: Road Operations")[2],
        "2"
    );

    // Filtered by division: the recount with the same filter.
    let roads = ReportFilter {
        division: Some(ROADS.into()),
        ..ReportFilter::default()
    };
    let recounted = recount(&server, &cases, &roads).await;
    assert_eq!(recounted.received, Some(14));
    assert_eq!(figure(&table(&roads_page, "summary"), "Received"), "14");
    let stored = server
        .store
        .indicators(
            &roads,
            &BusinessCalendar::from_config(&CalendarConfig::default()).expect("calendar"),
            &WardPopulation::new(),
            Timestamp::now(),
        )
        .await
        .expect("indicators");
    assert_eq!(stored, recounted, "the server's reading equals the recount");
}

async fn reports_every_dashboard_table_downloads_as_the_same_cells(db: TestDb) {
    let server = server(&db).await;
    known_cases(&server).await;
    let analyst = analyst(&server).await;
    let filters = format!("kind=complaint&ward=10&division={ROADS}");

    let (_, page) = analyst.get(&format!("/staff/dashboard?{filters}")).await;

    let ids = [
        "summary",
        "wards",
        "closed",
        "outcomes",
        "answers",
        "backlog",
        "languages",
    ];
    for id in ids {
        let (status, csv) = analyst
            .get(&format!("/staff/dashboard.csv?table={id}&{filters}"))
            .await;
        assert_eq!(status, StatusCode::OK, "{id}");
        let rows = csv_rows(&csv);
        assert_eq!(
            rows,
            table(&page, id),
            "the CSV of {id} is the table, headings included"
        );
    }
    assert_eq!(row(&table(&page, "summary"), "Received")[1], "12");
    // No compliment among complaints: no table on the page, and a file of the headings alone.
    assert!(!page.contains("<table id=\"compliments\">"));
    let (_, none) = analyst
        .get(&format!("/staff/dashboard.csv?table=compliments&{filters}"))
        .await;
    assert_eq!(csv_rows(&none), [["Division", "Team", "Compliments"]]);
    let (unknown, _) = analyst.get("/staff/dashboard.csv?table=nothing").await;
    assert_eq!(unknown, StatusCode::BAD_REQUEST);
    let (bad, _) = analyst.get("/staff/dashboard.csv?from=yesterday").await;
    assert_eq!(bad, StatusCode::BAD_REQUEST);
}

async fn reports_the_public_report_suppresses_counts_under_ten(db: TestDb) {
    let server = server(&db).await;
    let cases = known_cases(&server).await;

    let page = reqwest::get(format!("{}/reports", server.base))
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");

    let divisions = table(&page, "divisions");
    let roads = row(&divisions, "Transportation Services: Road Operations");
    let water = row(&divisions, "Toronto Water");
    let all = row(&divisions, "All divisions");
    let recounted = recount(&server, &cases, &ReportFilter::default()).await;
    assert_eq!(recounted.received, Some(17));
    // Columns: received, acknowledged in time, first answers, median days, answered in
    // time, closed, reviews, Ombudsman, compliments.
    assert_eq!(all[1], "17");
    assert_eq!(roads[1], "14");
    assert_eq!(water[1], "fewer than 10", "3 received");
    assert_eq!(roads[3], "fewer than 10", "7 answered");
    assert_eq!(roads[4], "–", "a median of fewer than 10 answers");
    assert_eq!(roads[6], "fewer than 10", "4 closed");
    assert!(
        water[2..].iter().all(|c| c == "fewer than 10" || c == "–"),
        "{water:?}"
    );
    for private in [NAME, EMAIL, PHONE, ADDRESS, WORDS] {
        assert!(!page.contains(private), "{private} on the public report");
    }
}

async fn reports_the_drill_down_lists_the_cases_behind_a_figure_without_personal_data(db: TestDb) {
    let server = server(&db).await;
    let cases = known_cases(&server).await;
    let analyst = analyst(&server).await;
    create_user(&server, "water.lead", Role::DivisionSupervisor, Some(WATER)).await;
    let water_lead = Staff::sign_in(&server, "water.lead").await;

    let (_, closed) = analyst.get("/staff/dashboard/cases?figure=closed").await;
    let (_, received) = analyst.get("/staff/dashboard/cases?figure=received").await;
    let (_, outcome) = analyst
        .get("/staff/dashboard/cases?figure=outcome:1:not_upheld")
        .await;
    let (_, water) = water_lead
        .get("/staff/dashboard/cases?figure=received&division=transportation-road-operations")
        .await;
    let (bad, _) = analyst.get("/staff/dashboard/cases?figure=nonsense").await;

    let listed = |html: &str| {
        cases
            .iter()
            .filter(|c| html.contains(&c.to_string()))
            .count()
    };
    assert!(closed.contains("4 cases are counted"), "{closed}");
    assert_eq!(listed(&closed), 4);
    assert!(cases[..4].iter().all(|c| closed.contains(&c.to_string())));
    assert_eq!(listed(&received), 17);
    assert_eq!(listed(&outcome), 2);
    assert!(outcome.contains(&cases[5].to_string()) && outcome.contains(&cases[6].to_string()));
    // A division supervisor sees their own division's cases only, whatever they ask for.
    assert_eq!(listed(&water), 3);
    assert!(cases[14..].iter().all(|c| water.contains(&c.to_string())));
    assert_eq!(bad, StatusCode::BAD_REQUEST);

    let (_, dashboard) = analyst.get("/staff/dashboard").await;
    let (_, csv) = analyst.get("/staff/dashboard.csv?table=summary").await;
    for page in [&closed, &received, &outcome, &water, &dashboard, &csv] {
        for private in [NAME, EMAIL, PHONE, ADDRESS, WORDS] {
            assert!(
                !page.contains(private),
                "{private} shown to staff in a report"
            );
        }
    }
}
