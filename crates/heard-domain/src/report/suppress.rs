//! Small-cell suppression for public reporting: a count of fewer than the minimum number of
//! cases, and any figure worked out from such a count, is left empty, so that no resident can
//! be picked out from a small group.

use super::tables::*;

/// The indicators with every count under `min_count` replaced by `None`, and every share,
/// average, median and rate too when a count it was computed from is under `min_count`
/// (its denominator, and for a share its numerator, which the share and the denominator
/// would otherwise give away). Rows and labels stay; applying it twice changes nothing more.
pub fn suppress(indicators: &Indicators, min_count: u32) -> Indicators {
    let min = u64::from(min_count);
    let count = |c: Count| c.filter(|n| *n >= min);
    let from = |figure: Figure, counts: &[Count]| {
        figure.filter(|_| counts.iter().all(|c| count(*c).is_some()))
    };
    let i = indicators;

    let a = &i.acknowledgement;
    let e = &i.escalation;
    let r = &i.reopening;
    Indicators {
        received: count(i.received),
        wards: (i.wards.iter())
            .map(|w| WardRow {
                received: count(w.received),
                per_thousand: from(w.per_thousand, &[w.received]),
                ..w.clone()
            })
            .collect(),
        acknowledgement: Acknowledgement {
            acknowledged: count(a.acknowledged),
            measured: count(a.measured),
            within_standard: count(a.within_standard),
            within_standard_share: from(a.within_standard_share, &[a.within_standard, a.measured]),
        },
        closed: count(i.closed),
        closed_by_stage: (i.closed_by_stage.iter())
            .map(|c| ClosedRow {
                stage: c.stage,
                closed: count(c.closed),
                share: from(c.share, &[c.closed, i.closed]),
            })
            .collect(),
        outcomes: (i.outcomes.iter())
            .map(|o| OutcomeRow {
                stage: o.stage,
                upheld: count(o.upheld),
                partly_upheld: count(o.partly_upheld),
                not_upheld: count(o.not_upheld),
                resolved: count(o.resolved),
                withdrawn: count(o.withdrawn),
                referred_elsewhere: count(o.referred_elsewhere),
                not_a_complaint: count(o.not_a_complaint),
            })
            .collect(),
        answers: (i.answers.iter())
            .map(|s| AnswerRow {
                stage: s.stage,
                answered: count(s.answered),
                average_business_days: from(s.average_business_days, &[s.answered]),
                median_business_days: from(s.median_business_days, &[s.answered]),
                measured: count(s.measured),
                within_standard: count(s.within_standard),
                within_standard_share: from(
                    s.within_standard_share,
                    &[s.within_standard, s.measured],
                ),
            })
            .collect(),
        extensions: Extensions {
            cases: count(i.extensions.cases),
            granted: count(i.extensions.granted),
        },
        escalation: Escalation {
            requested: count(e.requested),
            answered_at_stage_one: count(e.answered_at_stage_one),
            rate: from(e.rate, &[e.requested, e.answered_at_stage_one]),
        },
        reopening: Reopening {
            reopened: count(r.reopened),
            answered_or_closed: count(r.answered_or_closed),
            rate: from(r.rate, &[r.reopened, r.answered_or_closed]),
        },
        ombudsman: Ombudsman {
            referred: count(i.ombudsman.referred),
            awaiting_outcome: count(i.ombudsman.awaiting_outcome),
        },
        ombudsman_outcomes: (i.ombudsman_outcomes.iter())
            .map(|o| OmbudsmanOutcomeRow {
                cases: count(o.cases),
                ..o.clone()
            })
            .collect(),
        compliments_by_division: (i.compliments_by_division.iter())
            .map(|d| DivisionCompliments {
                compliments: count(d.compliments),
                ..d.clone()
            })
            .collect(),
        compliments_by_team: (i.compliments_by_team.iter())
            .map(|t| TeamCompliments {
                compliments: count(t.compliments),
                ..t.clone()
            })
            .collect(),
        backlog: (i.backlog.iter())
            .map(|b| BacklogRow {
                open: count(b.open),
                ..b.clone()
            })
            .collect(),
        languages: suppress_languages(&i.languages, min),
        interpreter_languages: suppress_languages(&i.interpreter_languages, min),
    }
}

fn suppress_languages(rows: &[LanguageRow], min: u64) -> Vec<LanguageRow> {
    rows.iter()
        .map(|l| LanguageRow {
            cases: l.cases.filter(|n| *n >= min),
            ..l.clone()
        })
        .collect()
}
