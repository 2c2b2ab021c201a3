//! Counting cases into the indicators, one history at a time.

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::days::BusinessDays;
use super::facts::{Answer, CaseFacts, Labels};
use super::filter::ReportFilter;
use super::tables::BACKLOG_AGES;
use super::{CaseHistory, Indicators, WardPopulation, finish};
use crate::calendar::BusinessCalendar;
use crate::case::Kind;
use crate::event::{CaseEvent, Outcome};
use crate::state::Status;

/// The stage tables have a row for every stage a case reached, and for every stage its terms
/// allow up to this many, so that a stage nobody reached yet shows as zero; the bound keeps a
/// mistaken configuration from making a table of millions of rows.
const TERMS_STAGES_SHOWN: u32 = 10;

/// The indicators being counted: add histories one at a time, for instance as they are read
/// from storage, then [`finish`](Tally::finish). [`indicators`](super::indicators) does this
/// over a collection.
#[derive(Debug, Clone)]
pub struct Tally<'a> {
    filter: &'a ReportFilter,
    ward_population: &'a WardPopulation,
    now: Timestamp,
    days: BusinessDays<'a>,
    facts: CaseFacts,
    pub(super) counts: Counts,
}

/// The running counts, which [`finish`] turns into the indicators.
#[derive(Debug, Clone, Default)]
pub(super) struct Counts {
    pub(super) received: u64,
    pub(super) wards: BTreeMap<String, u64>,
    pub(super) without_ward: u64,
    pub(super) acknowledged: u64,
    pub(super) acknowledgements_measured: u64,
    pub(super) acknowledgements_met: u64,
    pub(super) closed: u64,
    /// One entry per stage, the first at index 0.
    pub(super) stages: Vec<StageCounts>,
    pub(super) extended_cases: u64,
    pub(super) extensions: u64,
    pub(super) escalated: u64,
    pub(super) answered_at_stage_one: u64,
    pub(super) reopened: u64,
    pub(super) answered_or_closed: u64,
    pub(super) referred: u64,
    pub(super) awaiting_ombudsman: u64,
    pub(super) ombudsman_outcomes: BTreeMap<String, u64>,
    /// Compliments by division.
    pub(super) compliments: BTreeMap<String, Compliments>,
    pub(super) backlog: [u64; BACKLOG_AGES.len()],
    pub(super) languages: BTreeMap<String, u64>,
    pub(super) interpreters: BTreeMap<String, u64>,
}

/// A division's compliments: to the division as a whole, and by section.
#[derive(Debug, Clone, Default)]
pub(super) struct Compliments {
    pub(super) whole: u64,
    pub(super) sections: BTreeMap<String, u64>,
}

/// The counts of one stage.
#[derive(Debug, Clone, Default)]
pub(super) struct StageCounts {
    pub(super) closed: u64,
    /// By outcome, in the order of [`outcome_index`].
    pub(super) outcomes: [u64; 7],
    pub(super) answered: u64,
    pub(super) day_sum: u64,
    /// How many answers came on each business day of the stage.
    pub(super) days: Vec<u64>,
    pub(super) measured: u64,
    pub(super) met: u64,
}

impl<'a> Tally<'a> {
    /// Nothing counted yet, for a report over the cases `filter` lets through as they stood
    /// at `now`, the report's end instant: later events are left out.
    pub fn new(
        filter: &'a ReportFilter,
        calendar: &'a BusinessCalendar,
        ward_population: &'a WardPopulation,
        now: Timestamp,
    ) -> Self {
        Tally {
            filter,
            ward_population,
            now,
            days: BusinessDays::new(calendar),
            facts: CaseFacts::new(),
            counts: Counts::default(),
        }
    }

    /// Counts one case, if the filter lets it through. A history that does not start with
    /// the case's receipt, or that starts after the report's end instant, counts for nothing.
    pub fn add(&mut self, history: &CaseHistory) {
        let Some((first, later)) = history.split_first() else {
            return;
        };
        let CaseEvent::Received(received) = &first.event else {
            return;
        };
        // Practice cases from training mode count in no report.
        if received.training
            || first.at > self.now
            || !self
                .filter
                .admits_receipt(received, first.channel, first.at)
        {
            return;
        }

        let now = self.now;
        let labels = self
            .facts
            .read(first, received, later.iter().take_while(|r| r.at <= now));
        if self.filter.admits_routing(labels.routing) {
            self.count(&labels);
        }
    }

    /// Adds the counts of a tally over other cases, made with the same filter, population
    /// and end instant: for instance one counted on another thread.
    pub fn merge(&mut self, other: Tally<'_>) {
        self.counts.merge(other.counts);
    }

    /// The indicators of `history` alone, if the filter lets it through; the counts of the
    /// cases added before are kept aside and put back, and the table of days is reused.
    pub(super) fn one(&mut self, history: &CaseHistory) -> Option<Indicators> {
        let before = std::mem::take(&mut self.counts);
        self.add(history);
        let alone = std::mem::replace(&mut self.counts, before);
        (alone.received > 0).then(|| finish::indicators(alone, self.filter, self.ward_population))
    }

    /// The indicators of every case added.
    pub fn finish(self) -> Indicators {
        finish::indicators(self.counts, self.filter, self.ward_population)
    }

    fn count(&mut self, labels: &Labels<'_>) {
        let (facts, counts) = (&self.facts, &mut self.counts);
        counts.received += 1;
        match labels.ward {
            Some(ward) => bump(&mut counts.wards, ward),
            None => counts.without_ward += 1,
        }
        bump(&mut counts.languages, labels.language);
        if let Some(language) = labels.interpreter {
            bump(&mut counts.interpreters, language);
        }

        counts.acknowledged += u64::from(facts.acknowledged_at.is_some());
        if let Some(met) = facts.acknowledged_met {
            counts.acknowledgements_measured += 1;
            counts.acknowledgements_met += u64::from(met);
        }

        let stages = facts.stages.min(TERMS_STAGES_SHOWN).max(facts.stage) as usize;
        if counts.stages.len() < stages {
            counts.stages.resize_with(stages, StageCounts::default);
        }
        if facts.status == Status::Closed {
            counts.closed += 1;
            counts.stages[facts.stage as usize - 1].closed += 1;
        }
        self.count_answers();
        self.count_follow_up(labels);
        self.count_backlog();
    }

    fn count_answers(&mut self) {
        let (facts, stages) = (&self.facts, &mut self.counts.stages);
        for (i, answer) in facts.answers.iter().enumerate() {
            let stage = &mut stages[answer.stage as usize - 1];
            let last_of_stage = facts.answers[i + 1..]
                .iter()
                .all(|a| a.stage != answer.stage);
            if last_of_stage {
                stage.outcomes[outcome_index(answer.outcome)] += 1;
            }

            let first_given = answer.given
                && facts.answers[..i]
                    .iter()
                    .all(|a| !(a.given && a.stage == answer.stage));
            if first_given {
                let day = answer_day(&mut self.days, facts, answer);
                stage.answered += 1;
                stage.day_sum += u64::from(day);
                if stage.days.len() <= day as usize {
                    stage.days.resize(day as usize + 1, 0);
                }
                stage.days[day as usize] += 1;
                if let Some(met) = answer.met {
                    stage.measured += 1;
                    stage.met += u64::from(met);
                }
            }
        }
    }

    fn count_follow_up(&mut self, labels: &Labels<'_>) {
        let (facts, counts) = (&self.facts, &mut self.counts);
        if facts.extensions > 0 {
            counts.extended_cases += 1;
            counts.extensions += u64::from(facts.extensions);
        }

        let answered_first = facts.answers.iter().any(|a| a.given && a.stage == 1);
        if facts.kind == Kind::Complaint && answered_first {
            counts.answered_at_stage_one += 1;
            counts.escalated += u64::from(facts.escalation_requests > 0);
        }
        if facts.ever_closed || !facts.answers.is_empty() {
            counts.answered_or_closed += 1;
            counts.reopened += u64::from(facts.reopens > 0);
        }

        if facts.ombudsman_referred {
            counts.referred += 1;
            match labels.ombudsman_outcome {
                Some(outcome) => bump(&mut counts.ombudsman_outcomes, outcome),
                None => counts.awaiting_ombudsman += 1,
            }
        }
        if facts.kind == Kind::Compliment {
            let routing = labels.routing;
            if !counts.compliments.contains_key(routing.division) {
                counts
                    .compliments
                    .insert(routing.division.to_owned(), Compliments::default());
            }
            if let Some(division) = counts.compliments.get_mut(routing.division) {
                match routing.section {
                    Some(section) => bump(&mut division.sections, section),
                    None => division.whole += 1,
                }
            }
        }
    }

    fn count_backlog(&mut self) {
        let facts = &self.facts;
        if matches!(facts.status, Status::Closed | Status::Resolved) {
            return;
        }
        let age = self.days.day_of(facts.received_at, self.now);
        let bucket = BACKLOG_AGES
            .iter()
            .position(|(_, _, to)| to.is_none_or(|to| age <= to))
            .unwrap_or(BACKLOG_AGES.len() - 1);
        self.counts.backlog[bucket] += 1;
    }
}

/// The business day of its stage an answer came on, not counting the days the clock was
/// stopped: the pauses that began in the stage before the answer, as the clocks take them.
pub(super) fn answer_day(days: &mut BusinessDays<'_>, facts: &CaseFacts, answer: &Answer) -> u32 {
    let start = facts.stage_starts[answer.stage as usize - 1];
    let paused: u32 = facts
        .pauses
        .iter()
        .filter(|(from, _)| start <= *from && *from < answer.at)
        .map(|&(from, to)| match to {
            Some(to) if to < answer.at => days.closings(from, to),
            _ => days.day_of(from, answer.at),
        })
        .sum();
    days.day_of(start, answer.at).saturating_sub(paused)
}

impl Counts {
    fn merge(&mut self, other: Counts) {
        let scalars = [
            (&mut self.received, other.received),
            (&mut self.without_ward, other.without_ward),
            (&mut self.acknowledged, other.acknowledged),
            (
                &mut self.acknowledgements_measured,
                other.acknowledgements_measured,
            ),
            (&mut self.acknowledgements_met, other.acknowledgements_met),
            (&mut self.closed, other.closed),
            (&mut self.extended_cases, other.extended_cases),
            (&mut self.extensions, other.extensions),
            (&mut self.escalated, other.escalated),
            (&mut self.answered_at_stage_one, other.answered_at_stage_one),
            (&mut self.reopened, other.reopened),
            (&mut self.answered_or_closed, other.answered_or_closed),
            (&mut self.referred, other.referred),
            (&mut self.awaiting_ombudsman, other.awaiting_ombudsman),
        ];
        for (mine, theirs) in scalars {
            *mine += theirs;
        }
        for (mine, theirs) in self.backlog.iter_mut().zip(other.backlog) {
            *mine += theirs;
        }
        add_all(&mut self.wards, other.wards);
        add_all(&mut self.ombudsman_outcomes, other.ombudsman_outcomes);
        add_all(&mut self.languages, other.languages);
        add_all(&mut self.interpreters, other.interpreters);

        for (division, theirs) in other.compliments {
            let mine = self.compliments.entry(division).or_default();
            mine.whole += theirs.whole;
            add_all(&mut mine.sections, theirs.sections);
        }
        if self.stages.len() < other.stages.len() {
            self.stages
                .resize_with(other.stages.len(), StageCounts::default);
        }
        for (mine, theirs) in self.stages.iter_mut().zip(other.stages) {
            mine.merge(theirs);
        }
    }
}

impl StageCounts {
    fn merge(&mut self, other: StageCounts) {
        self.closed += other.closed;
        for (mine, theirs) in self.outcomes.iter_mut().zip(other.outcomes) {
            *mine += theirs;
        }
        self.answered += other.answered;
        self.day_sum += other.day_sum;
        if self.days.len() < other.days.len() {
            self.days.resize(other.days.len(), 0);
        }
        for (mine, theirs) in self.days.iter_mut().zip(other.days) {
            *mine += theirs;
        }
        self.measured += other.measured;
        self.met += other.met;
    }
}

fn add_all(mine: &mut BTreeMap<String, u64>, theirs: BTreeMap<String, u64>) {
    for (key, n) in theirs {
        *mine.entry(key).or_default() += n;
    }
}

/// Where an outcome's count is kept in [`StageCounts::outcomes`].
pub(super) fn outcome_index(outcome: Outcome) -> usize {
    match outcome {
        Outcome::Upheld => 0,
        Outcome::PartlyUpheld => 1,
        Outcome::NotUpheld => 2,
        Outcome::Resolved => 3,
        Outcome::Withdrawn => 4,
        Outcome::ReferredElsewhere => 5,
        Outcome::NotAComplaint => 6,
    }
}

/// Adds one to `key`'s count, allocating the key only the first time it is seen.
fn bump(map: &mut BTreeMap<String, u64>, key: &str) {
    match map.get_mut(key) {
        Some(count) => *count += 1,
        None => {
            map.insert(key.to_owned(), 1);
        }
    }
}
