//! The indicators as the dashboard's tables: each cell the text shown (and written to the
//! table's CSV file, so the two cannot differ), counts linked to the cases behind them, and
//! the bars of the chart drawn beside a table.

use heard_domain::event::Outcome;
use heard_domain::report::{Count, Counted, Figure, Indicators};

use crate::AppState;

/// One table of the dashboard.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its id, in the page and in `?table=` of its CSV file.
    pub id: &'static str,
    /// Its heading.
    pub title: &'static str,
    /// The column headings.
    pub headers: Vec<&'static str>,
    /// The rows: the first cell of each is the row's heading.
    pub rows: Vec<Vec<Cell>>,
    /// The bars of its chart, when it has one: label and value.
    pub bars: Vec<(String, u64)>,
}

/// One cell: its text, and the count it shows when there are cases behind it.
#[derive(Debug, Clone)]
pub struct Cell {
    /// What is shown.
    pub text: String,
    /// The count, for a link to the cases behind it.
    pub behind: Option<Counted>,
}

impl Cell {
    /// A cell of text alone.
    pub fn text(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            behind: None,
        }
    }

    /// A count, linked to its cases when there are any.
    fn count(count: Count, what: Counted) -> Self {
        Cell {
            text: count_text(count),
            behind: count.filter(|n| *n > 0).map(|_| what),
        }
    }
}

/// A count as shown.
pub fn count_text(count: Count) -> String {
    count.map_or_else(|| "–".to_owned(), |n| n.to_string())
}

fn share(figure: Figure) -> Cell {
    Cell::text(figure.map_or_else(|| "–".to_owned(), |f| format!("{:.1}%", f * 100.0)))
}

fn days(figure: Figure) -> Cell {
    Cell::text(figure.map_or_else(|| "–".to_owned(), |f| format!("{f:.1}")))
}

/// Every table of the dashboard, in the page's order.
pub fn tables(i: &Indicators, state: &AppState) -> Vec<Table> {
    vec![
        summary(i),
        wards(i, state),
        closed(i),
        outcomes(i),
        answers(i),
        ombudsman(i),
        compliments(i, state),
        backlog(i),
        languages(i),
    ]
}

fn summary(i: &Indicators) -> Table {
    let a = &i.acknowledgement;
    let row = |label: &str, count: Count, what: Counted, rate: Cell| {
        vec![Cell::text(label), Cell::count(count, what), rate]
    };
    let none = || Cell::text("");
    Table {
        id: "summary",
        title: "Summary",
        headers: vec!["Indicator", "Cases", "Share or rate"],
        rows: vec![
            row("Received", i.received, Counted::Received, none()),
            row(
                "Acknowledged",
                a.acknowledged,
                Counted::Acknowledged,
                none(),
            ),
            row(
                "Acknowledged with a due date",
                a.measured,
                Counted::AcknowledgementsMeasured,
                none(),
            ),
            row(
                "Acknowledged within standard",
                a.within_standard,
                Counted::AcknowledgedWithinStandard,
                share(a.within_standard_share),
            ),
            row("Closed", i.closed, Counted::Closed, none()),
            row(
                "Given more time",
                i.extensions.cases,
                Counted::Extended,
                Cell::text(format!("{} extensions", count_text(i.extensions.granted))),
            ),
            row(
                "Complaints answered at stage 1",
                i.escalation.answered_at_stage_one,
                Counted::AnsweredAtStageOne,
                none(),
            ),
            row(
                "Review asked for (escalation)",
                i.escalation.requested,
                Counted::EscalationRequested,
                share(i.escalation.rate),
            ),
            row(
                "Answered or closed",
                i.reopening.answered_or_closed,
                Counted::AnsweredOrClosed,
                none(),
            ),
            row(
                "Reopened",
                i.reopening.reopened,
                Counted::Reopened,
                share(i.reopening.rate),
            ),
            row(
                "Taken to the Ombudsman",
                i.ombudsman.referred,
                Counted::OmbudsmanReferred,
                none(),
            ),
            row(
                "At the Ombudsman, no outcome yet",
                i.ombudsman.awaiting_outcome,
                Counted::OmbudsmanAwaiting,
                none(),
            ),
        ],
        bars: Vec::new(),
    }
}

fn wards(i: &Indicators, state: &AppState) -> Table {
    let name = |code: &str| {
        state
            .wards
            .as_deref()
            .and_then(|map| map.wards().find(|w| w.code == code))
            .map_or_else(String::new, |w| w.name.clone())
    };
    let rows: Vec<Vec<Cell>> = (i.wards.iter())
        .map(|w| {
            let ward = w.ward.as_deref();
            vec![
                Cell::text(ward.unwrap_or("No ward")),
                Cell::text(ward.map(name).unwrap_or_default()),
                Cell::count(w.received, Counted::Ward(w.ward.clone())),
                Cell::text(
                    w.population
                        .map_or_else(|| "–".to_owned(), |p| p.to_string()),
                ),
                days(w.per_thousand),
            ]
        })
        .collect();
    Table {
        id: "wards",
        title: "Cases received by ward",
        headers: vec![
            "Ward",
            "Name",
            "Received",
            "Residents",
            "Per 1,000 residents",
        ],
        // Keyed by the ward's code, for the map.
        bars: bars(&i.wards, |w| {
            (w.ward.clone().unwrap_or_else(|| "none".into()), w.received)
        }),
        rows,
    }
}

fn closed(i: &Indicators) -> Table {
    Table {
        id: "closed",
        title: "Closed cases by stage",
        headers: vec!["Stage", "Closed", "Share of all closed"],
        rows: (i.closed_by_stage.iter())
            .map(|r| {
                vec![
                    Cell::text(r.stage.to_string()),
                    Cell::count(r.closed, Counted::ClosedAtStage(r.stage)),
                    share(r.share),
                ]
            })
            .collect(),
        bars: bars(&i.closed_by_stage, |r| {
            (format!("Stage {}", r.stage), r.closed)
        }),
    }
}

/// The outcomes in the columns' order.
const OUTCOMES: [Outcome; 7] = [
    Outcome::Upheld,
    Outcome::PartlyUpheld,
    Outcome::NotUpheld,
    Outcome::Resolved,
    Outcome::Withdrawn,
    Outcome::ReferredElsewhere,
    Outcome::NotAComplaint,
];

fn outcomes(i: &Indicators) -> Table {
    Table {
        id: "outcomes",
        title: "Outcomes by stage",
        headers: vec![
            "Stage",
            "Upheld",
            "Partly upheld",
            "Not upheld",
            "Resolved",
            "Withdrawn",
            "Referred elsewhere",
            "Not a complaint",
        ],
        rows: (i.outcomes.iter())
            .map(|r| {
                let mut row = vec![Cell::text(r.stage.to_string())];
                row.extend(OUTCOMES.iter().map(|o| {
                    let what = Counted::Outcome(r.stage, *o);
                    Cell::count(what.count(i), what)
                }));
                row
            })
            .collect(),
        bars: Vec::new(),
    }
}

fn answers(i: &Indicators) -> Table {
    Table {
        id: "answers",
        title: "Time to answer, by stage (business days)",
        headers: vec![
            "Stage",
            "Answered",
            "Average days",
            "Median days",
            "With a due date",
            "Within standard",
            "Share within standard",
        ],
        rows: (i.answers.iter())
            .map(|r| {
                vec![
                    Cell::text(r.stage.to_string()),
                    Cell::count(r.answered, Counted::Answered(r.stage)),
                    days(r.average_business_days),
                    days(r.median_business_days),
                    Cell::count(r.measured, Counted::AnswersMeasured(r.stage)),
                    Cell::count(r.within_standard, Counted::AnsweredWithinStandard(r.stage)),
                    share(r.within_standard_share),
                ]
            })
            .collect(),
        bars: Vec::new(),
    }
}

fn ombudsman(i: &Indicators) -> Table {
    Table {
        id: "ombudsman",
        title: "Ombudsman outcomes",
        headers: vec!["Outcome", "Cases"],
        rows: (i.ombudsman_outcomes.iter())
            .map(|r| {
                vec![
                    Cell::text(r.outcome.clone()),
                    Cell::count(r.cases, Counted::OmbudsmanOutcome(r.outcome.clone())),
                ]
            })
            .collect(),
        bars: Vec::new(),
    }
}

fn compliments(i: &Indicators, state: &AppState) -> Table {
    let division = |code: &str| super::super::queue::division_name(state, code);
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for d in &i.compliments_by_division {
        rows.push(vec![
            Cell::text(division(&d.division)),
            Cell::text("All teams"),
            Cell::count(d.compliments, Counted::Compliments(d.division.clone())),
        ]);
        for t in (i.compliments_by_team.iter()).filter(|t| t.division == d.division) {
            rows.push(vec![
                Cell::text(division(&d.division)),
                Cell::text(
                    t.section
                        .clone()
                        .unwrap_or_else(|| "The division as a whole".into()),
                ),
                Cell::text(count_text(t.compliments)),
            ]);
        }
    }
    Table {
        id: "compliments",
        title: "Compliments by division and team",
        headers: vec!["Division", "Team", "Compliments"],
        rows,
        bars: bars(&i.compliments_by_division, |d| {
            (division(&d.division), d.compliments)
        }),
    }
}

fn backlog(i: &Indicators) -> Table {
    Table {
        id: "backlog",
        title: "Cases waiting for the City, by age (business days since receipt)",
        headers: vec!["Age", "Waiting"],
        rows: (i.backlog.iter().enumerate())
            .map(|(n, r)| vec![Cell::text(r.age), Cell::count(r.open, Counted::Backlog(n))])
            .collect(),
        bars: bars(&i.backlog, |r| (r.age.to_owned(), r.open)),
    }
}

fn languages(i: &Indicators) -> Table {
    let mut rows: Vec<Vec<Cell>> = (i.languages.iter())
        .map(|r| {
            vec![
                Cell::text(r.language.clone()),
                Cell::text("Preferred for messages"),
                Cell::count(r.cases, Counted::Language(r.language.clone())),
            ]
        })
        .collect();
    rows.extend(i.interpreter_languages.iter().map(|r| {
        vec![
            Cell::text(r.language.clone()),
            Cell::text("Spoken through an interpreter"),
            Cell::count(r.cases, Counted::InterpreterLanguage(r.language.clone())),
        ]
    }));
    Table {
        id: "languages",
        title: "Cases by language",
        headers: vec!["Language", "How", "Cases"],
        rows,
        bars: bars(&i.languages, |r| (r.language.clone(), r.cases)),
    }
}

/// The bars of a chart: one per row with a count.
fn bars<T>(rows: &[T], bar: impl Fn(&T) -> (String, Count)) -> Vec<(String, u64)> {
    rows.iter()
        .filter_map(|r| {
            let (label, count) = bar(r);
            count.map(|n| (label, n))
        })
        .collect()
}
