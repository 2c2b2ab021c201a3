//! Turning the running counts into the indicators' tables: shares, averages, medians and
//! rates are worked out here, once, from the counts.

use std::collections::BTreeMap;

use super::WardPopulation;
use super::filter::ReportFilter;
use super::tables::*;
use super::tally::{Counts, StageCounts};

/// The indicators the counts make.
pub(super) fn indicators(
    counts: Counts,
    filter: &ReportFilter,
    ward_population: &WardPopulation,
) -> Indicators {
    let stages = (1..).zip(&counts.stages);
    Indicators {
        received: Some(counts.received),
        wards: wards(&counts, filter, ward_population),
        acknowledgement: Acknowledgement {
            acknowledged: Some(counts.acknowledged),
            measured: Some(counts.acknowledgements_measured),
            within_standard: Some(counts.acknowledgements_met),
            within_standard_share: ratio(
                counts.acknowledgements_met,
                counts.acknowledgements_measured,
            ),
        },
        closed: Some(counts.closed),
        closed_by_stage: stages
            .clone()
            .map(|(stage, s)| ClosedRow {
                stage,
                closed: Some(s.closed),
                share: ratio(s.closed, counts.closed),
            })
            .collect(),
        outcomes: stages
            .clone()
            .map(|(stage, s)| outcomes(stage, s))
            .collect(),
        answers: stages.map(|(stage, s)| answers(stage, s)).collect(),
        extensions: Extensions {
            cases: Some(counts.extended_cases),
            granted: Some(counts.extensions),
        },
        escalation: Escalation {
            requested: Some(counts.escalated),
            answered_at_stage_one: Some(counts.answered_at_stage_one),
            rate: ratio(counts.escalated, counts.answered_at_stage_one),
        },
        reopening: Reopening {
            reopened: Some(counts.reopened),
            answered_or_closed: Some(counts.answered_or_closed),
            rate: ratio(counts.reopened, counts.answered_or_closed),
        },
        ombudsman: Ombudsman {
            referred: Some(counts.referred),
            awaiting_outcome: Some(counts.awaiting_ombudsman),
        },
        ombudsman_outcomes: counts
            .ombudsman_outcomes
            .into_iter()
            .map(|(outcome, n)| OmbudsmanOutcomeRow {
                outcome,
                cases: Some(n),
            })
            .collect(),
        compliments_by_division: counts
            .compliments
            .iter()
            .map(|(division, c)| DivisionCompliments {
                division: division.clone(),
                compliments: Some(c.whole + c.sections.values().sum::<u64>()),
            })
            .collect(),
        compliments_by_team: counts
            .compliments
            .iter()
            .flat_map(|(division, c)| {
                let whole = (c.whole > 0).then_some((None, c.whole));
                let sections = c.sections.iter().map(|(s, n)| (Some(s.clone()), *n));
                whole
                    .into_iter()
                    .chain(sections)
                    .map(|(section, n)| TeamCompliments {
                        division: division.clone(),
                        section,
                        compliments: Some(n),
                    })
            })
            .collect(),
        backlog: BACKLOG_AGES
            .iter()
            .zip(counts.backlog)
            .map(|(&(age, from_days, to_days), open)| BacklogRow {
                age,
                from_days,
                to_days,
                open: Some(open),
            })
            .collect(),
        languages: language_rows(counts.languages),
        interpreter_languages: language_rows(counts.interpreters),
    }
}

/// A row for every ward with cases, and for every ward of the population map the filter
/// lets through; then one for cases without a ward, if any.
fn wards(counts: &Counts, filter: &ReportFilter, population: &WardPopulation) -> Vec<WardRow> {
    let mut received: BTreeMap<&str, u64> = population
        .keys()
        .filter(|w| filter.ward.as_ref().is_none_or(|wanted| wanted == *w))
        .map(|w| (w.as_str(), 0))
        .collect();
    received.extend(counts.wards.iter().map(|(w, n)| (w.as_str(), *n)));

    let mut rows: Vec<WardRow> = received
        .into_iter()
        .map(|(ward, n)| {
            let residents = population.get(ward).copied();
            WardRow {
                ward: Some(ward.to_owned()),
                received: Some(n),
                population: residents,
                per_thousand: residents
                    .filter(|r| *r > 0)
                    .map(|r| n as f64 * 1000.0 / r as f64),
            }
        })
        .collect();
    if counts.without_ward > 0 {
        rows.push(WardRow {
            ward: None,
            received: Some(counts.without_ward),
            population: None,
            per_thousand: None,
        });
    }
    rows
}

fn outcomes(stage: u32, s: &StageCounts) -> OutcomeRow {
    let [
        upheld,
        partly_upheld,
        not_upheld,
        resolved,
        withdrawn,
        referred_elsewhere,
        not_a_complaint,
    ] = s.outcomes.map(Some);
    OutcomeRow {
        stage,
        upheld,
        partly_upheld,
        not_upheld,
        resolved,
        withdrawn,
        referred_elsewhere,
        not_a_complaint,
    }
}

fn answers(stage: u32, s: &StageCounts) -> AnswerRow {
    AnswerRow {
        stage,
        answered: Some(s.answered),
        average_business_days: ratio(s.day_sum, s.answered),
        median_business_days: median(&s.days, s.answered),
        measured: Some(s.measured),
        within_standard: Some(s.met),
        within_standard_share: ratio(s.met, s.measured),
    }
}

/// The median of `n` values given as how many there are of each value (the index).
fn median(histogram: &[u64], n: u64) -> Option<f64> {
    let nth = |k: u64| {
        let mut seen = 0;
        histogram.iter().position(|count| {
            seen += count;
            seen > k
        })
    };
    let low = nth(n.checked_sub(1)? / 2)?;
    let high = nth(n / 2)?;
    Some((low + high) as f64 / 2.0)
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn language_rows(counts: BTreeMap<String, u64>) -> Vec<LanguageRow> {
    counts
        .into_iter()
        .map(|(language, n)| LanguageRow {
            language,
            cases: Some(n),
        })
        .collect()
}
