//! The indicators the generator's written-down answers add up to, counted plainly case by case
//! (sorting for medians, one pass per table), independently of the report's own counting.

use std::collections::BTreeMap;

use super::generator::Truth;
use crate::event::Outcome;
use crate::report::*;
use crate::{Channel, Kind};

/// Whether `filter` lets this case through.
fn admits(filter: &ReportFilter, t: &Truth) -> bool {
    let wants = |wanted: &Option<String>, value: &Option<String>| {
        wanted.is_none() || wanted.as_ref() == value.as_ref()
    };
    filter.received_from.is_none_or(|f| f <= t.received_at)
        && filter.received_to.is_none_or(|to| t.received_at < to)
        && filter.kind.is_none_or(|k| k == t.kind)
        && filter.channel.is_none_or(|c: Channel| c == t.channel)
        && wants(&filter.ward, &t.ward)
        && wants(&filter.language, &Some(t.language.clone()))
        && wants(&filter.division, &Some(t.division.clone()))
        && wants(&filter.section, &t.section)
        && wants(&filter.category, &t.category)
}

/// What the report over these cases must say.
pub(super) fn expected(
    truths: &[Truth],
    filter: &ReportFilter,
    population: &WardPopulation,
) -> Indicators {
    let cases: Vec<&Truth> = truths.iter().filter(|t| admits(filter, t)).collect();
    let n = |keep: &dyn Fn(&Truth) -> bool| Some(cases.iter().filter(|t| keep(t)).count() as u64);
    let share = |part: Count, whole: Count| {
        let (part, whole) = (part.unwrap_or(0), whole.unwrap_or(0));
        (whole > 0).then(|| part as f64 / whole as f64)
    };
    let stages = cases.iter().map(|t| t.stage.max(2)).max().unwrap_or(0);

    let measured = n(&|t| t.acknowledged_on_time.is_some());
    let on_time = n(&|t| t.acknowledged_on_time == Some(true));
    let closed = n(&|t| t.closed);
    let escalated = n(&|t| t.kind == Kind::Complaint && t.escalation_requested);
    let answered_first = n(&|t| t.kind == Kind::Complaint && t.answers.iter().any(|a| a.0 == 1));
    let reopened = n(&|t| t.reopened);
    let reopenable = n(&|t| t.answered_or_closed);

    Indicators {
        received: n(&|_| true),
        wards: wards(&cases, filter, population),
        acknowledgement: Acknowledgement {
            acknowledged: n(&|t| t.acknowledged),
            measured,
            within_standard: on_time,
            within_standard_share: share(on_time, measured),
        },
        closed,
        closed_by_stage: (1..=stages)
            .map(|stage| {
                let here = n(&|t| t.closed && t.stage == stage);
                let share = share(here, closed);
                ClosedRow {
                    stage,
                    closed: here,
                    share,
                }
            })
            .collect(),
        outcomes: (1..=stages).map(|stage| outcomes(&cases, stage)).collect(),
        answers: (1..=stages).map(|stage| answers(&cases, stage)).collect(),
        extensions: Extensions {
            cases: n(&|t| t.extensions > 0),
            granted: Some(cases.iter().map(|t| u64::from(t.extensions)).sum()),
        },
        escalation: Escalation {
            requested: escalated,
            answered_at_stage_one: answered_first,
            rate: share(escalated, answered_first),
        },
        reopening: Reopening {
            reopened,
            answered_or_closed: reopenable,
            rate: share(reopened, reopenable),
        },
        ombudsman: Ombudsman {
            referred: n(&|t| t.ombudsman.is_some()),
            awaiting_outcome: n(&|t| t.ombudsman == Some(None)),
        },
        ombudsman_outcomes: group(&cases, |t| t.ombudsman.clone().flatten())
            .into_iter()
            .map(|(outcome, cases)| OmbudsmanOutcomeRow { outcome, cases })
            .collect(),
        compliments_by_division: group(&cases, |t| {
            (t.kind == Kind::Compliment).then(|| t.division.clone())
        })
        .into_iter()
        .map(|(division, compliments)| DivisionCompliments {
            division,
            compliments,
        })
        .collect(),
        compliments_by_team: group(&cases, |t| {
            (t.kind == Kind::Compliment).then(|| (t.division.clone(), t.section.clone()))
        })
        .into_iter()
        .map(|((division, section), compliments)| TeamCompliments {
            division,
            section,
            compliments,
        })
        .collect(),
        backlog: [
            ("0-5", 0, Some(5)),
            ("6-10", 6, Some(10)),
            ("11-20", 11, Some(20)),
            ("21-40", 21, Some(40)),
            ("over 40", 41, None),
        ]
        .into_iter()
        .map(|(age, from_days, to_days)| BacklogRow {
            age,
            from_days,
            to_days,
            open: n(&|t| {
                t.backlog_age
                    .is_some_and(|a| from_days <= a && to_days.is_none_or(|to| a <= to))
            }),
        })
        .collect(),
        languages: language_rows(group(&cases, |t| Some(t.language.clone()))),
        interpreter_languages: language_rows(group(&cases, |t| t.interpreter.clone())),
    }
}

fn wards(cases: &[&Truth], filter: &ReportFilter, population: &WardPopulation) -> Vec<WardRow> {
    let mut counts = group(cases, |t| t.ward.clone().map(Some).or(Some(None)));
    for ward in population.keys() {
        if filter.ward.as_ref().is_none_or(|w| w == ward) {
            counts.entry(Some(ward.clone())).or_insert(Some(0));
        }
    }
    let without = counts.remove(&None);

    let mut rows: Vec<WardRow> = counts
        .into_iter()
        .map(|(ward, received)| {
            let residents = ward.as_ref().and_then(|w| population.get(w)).copied();
            WardRow {
                ward,
                received,
                population: residents,
                per_thousand: residents.map(|r| received.unwrap_or(0) as f64 * 1000.0 / r as f64),
            }
        })
        .collect();
    if let Some(received) = without {
        rows.push(WardRow {
            ward: None,
            received,
            population: None,
            per_thousand: None,
        });
    }
    rows
}

fn outcomes(cases: &[&Truth], stage: u32) -> OutcomeRow {
    let n = |outcome: Outcome| {
        let count = cases
            .iter()
            .filter(|t| t.outcomes.contains(&(stage, outcome)))
            .count();
        Some(count as u64)
    };
    OutcomeRow {
        stage,
        upheld: n(Outcome::Upheld),
        partly_upheld: n(Outcome::PartlyUpheld),
        not_upheld: n(Outcome::NotUpheld),
        resolved: n(Outcome::Resolved),
        withdrawn: n(Outcome::Withdrawn),
        referred_elsewhere: n(Outcome::ReferredElsewhere),
        not_a_complaint: n(Outcome::NotAComplaint),
    }
}

fn answers(cases: &[&Truth], stage: u32) -> AnswerRow {
    let mut days: Vec<u32> = Vec::new();
    let mut on_time = 0;
    for &(_, day, met) in cases
        .iter()
        .flat_map(|t| &t.answers)
        .filter(|a| a.0 == stage)
    {
        days.push(day);
        on_time += u64::from(met);
    }
    days.sort_unstable();

    let count = days.len() as u64;
    let mean =
        (count > 0).then(|| days.iter().map(|d| u64::from(*d)).sum::<u64>() as f64 / count as f64);
    let median = (count > 0).then(|| {
        let (low, high) = (days[(days.len() - 1) / 2], days[days.len() / 2]);
        f64::from(low + high) / 2.0
    });
    AnswerRow {
        stage,
        answered: Some(count),
        average_business_days: mean,
        median_business_days: median,
        measured: Some(count),
        within_standard: Some(on_time),
        within_standard_share: (count > 0).then(|| on_time as f64 / count as f64),
    }
}

/// How many cases have each key, for the cases that have one.
fn group<K: Ord>(cases: &[&Truth], key: impl Fn(&Truth) -> Option<K>) -> BTreeMap<K, Count> {
    let mut groups: BTreeMap<K, u64> = BTreeMap::new();
    for key in cases.iter().filter_map(|t| key(t)) {
        *groups.entry(key).or_default() += 1;
    }
    groups.into_iter().map(|(k, n)| (k, Some(n))).collect()
}

fn language_rows(groups: BTreeMap<String, Count>) -> Vec<LanguageRow> {
    groups
        .into_iter()
        .map(|(language, cases)| LanguageRow { language, cases })
        .collect()
}
