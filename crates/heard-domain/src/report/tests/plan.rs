//! The plan of one generated case: its steps, each on a business day counted from its day 0,
//! decided at random, and what each decision means for the report, written down as it is made.

use jiff::Timestamp;
use rand::Rng;
use rand::rngs::StdRng;

use super::generator::Truth;
use crate::event::Outcome;
use crate::{Channel, Kind};

const DIVISIONS: [&str; 4] = ["toronto-water", "transportation", "parks", "solid-waste"];
const SECTIONS: [Option<&str>; 3] = [Some("operations"), Some("customer-service"), None];
const CATEGORIES: [Option<&str>; 3] = [Some("billing"), Some("repairs"), None];
const LANGUAGES: [&str; 6] = ["en", "fr", "zh-Hans", "es", "ta", "so"];
const INTERPRETERS: [&str; 3] = ["yue", "spa", "tam"];
const OMBUDSMAN_OUTCOMES: [&str; 3] = ["no further action", "recommendations made", "settled"];

/// One step of a plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Step {
    Acknowledge,
    Assign,
    Route,
    AskInformation,
    ProvideInformation,
    Extend(u32),
    Answer(Outcome),
    Withdraw,
    Escalate { within_window: bool },
    Decide { accepted: bool },
    Refer,
    OmbudsmanOutcome(&'static str),
    Close,
    Reopen,
}

/// Where a case stands for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Standing {
    /// Waiting for the City: part of the backlog.
    Open,
    Answered,
    Closed,
}

/// A case's steps, each on a business day counted from its day 0, and what they mean.
pub(super) struct Plan {
    /// The division, section and category the case was received with.
    pub(super) origin: (String, Option<String>, Option<String>),
    pub(super) steps: Vec<(u32, Step)>,
    pub(super) cursor: u32,
    pub(super) standing: Standing,
    pub(super) truth: Truth,
}

impl Plan {
    pub(super) fn new(rng: &mut StdRng) -> Self {
        let kind = match rng.random_range(0..10) {
            0..7 => Kind::Complaint,
            7..9 => Kind::Compliment,
            _ => Kind::Comment,
        };
        let ward = rng
            .random_bool(0.9)
            .then(|| format!("{:02}", rng.random_range(1..=25)));
        let origin = (
            pick(rng, &DIVISIONS).to_string(),
            pick(rng, &SECTIONS).map(str::to_owned),
            pick(rng, &CATEGORIES).map(str::to_owned),
        );
        Plan {
            origin: origin.clone(),
            steps: Vec::new(),
            cursor: 0,
            standing: Standing::Open,
            truth: Truth {
                received_at: Timestamp::UNIX_EPOCH,
                kind,
                channel: *pick(rng, Channel::ALL),
                division: origin.0,
                section: origin.1,
                category: origin.2,
                ward,
                language: pick(rng, &LANGUAGES).to_string(),
                interpreter: rng
                    .random_bool(0.1)
                    .then(|| pick(rng, &INTERPRETERS).to_string()),
                stage: 1,
                acknowledged: false,
                acknowledged_on_time: None,
                answers: Vec::new(),
                outcomes: Vec::new(),
                closed: false,
                extensions: 0,
                escalation_requested: false,
                reopened: false,
                answered_or_closed: false,
                ombudsman: None,
                backlog_age: None,
            },
        }
    }

    fn push(&mut self, day: u32, step: Step) {
        assert!(day >= self.cursor, "steps go forward");
        self.cursor = day;
        self.steps.push((day, step));
    }

    /// A complaint: acknowledged (mostly), answered or not, perhaps reviewed, perhaps taken
    /// to the Ombudsman, closed, perhaps reopened.
    pub(super) fn complaint(&mut self, rng: &mut StdRng) {
        let acknowledged = rng.random_bool(0.85);
        if acknowledged {
            self.acknowledge(rng, 5);
        }
        if rng.random_bool(0.05) {
            self.route(rng);
        }
        self.stage(rng, 0, acknowledged, 10);
        if self.standing == Standing::Answered && rng.random_bool(0.35) {
            self.escalate(rng);
        }
        self.finish(rng);
    }

    /// A compliment or a comment: acknowledged (mostly), then closed, answered or left.
    pub(super) fn other(&mut self, rng: &mut StdRng) {
        if rng.random_bool(0.7) {
            self.acknowledge(rng, 4);
        }
        if rng.random_bool(0.05) {
            self.route(rng);
        }
        let day = self.cursor + rng.random_range(0..=8);
        match rng.random_range(0..10) {
            0..6 => self.close(day),
            6..8 => self.answer(day, day, 1, day <= 10, Outcome::Resolved),
            _ => {}
        }
        self.finish(rng);
    }

    /// Acknowledged on a business day up to `latest`, by a message or by being assigned.
    fn acknowledge(&mut self, rng: &mut StdRng, latest: u32) {
        let day = rng.random_range(0..=latest);
        if rng.random_bool(0.3) {
            self.push(day, Step::Assign);
        } else {
            self.push(day, Step::Acknowledge);
            if rng.random_bool(0.5) {
                self.push(day + rng.random_range(0..=2), Step::Assign);
            }
        }
        self.truth.acknowledged = true;
        self.truth.acknowledged_on_time = Some(day <= 2);
    }

    fn route(&mut self, rng: &mut StdRng) {
        self.truth.division = pick(rng, &DIVISIONS).to_string();
        self.truth.section = pick(rng, &SECTIONS).map(str::to_owned);
        self.truth.category = pick(rng, &CATEGORIES).map(str::to_owned);
        self.push(self.cursor, Step::Route);
    }

    /// A stage that started on day `start`, with `standard` business days to answer: answered,
    /// withdrawn or left open, perhaps with a pause and an extension.
    fn stage(&mut self, rng: &mut StdRng, start: u32, may_pause: bool, standard: u32) {
        let passed = self.cursor - start;
        let day = passed + rng.random_range(0..=standard + 5);
        let end = rng.random_range(0..100);

        let mut paused = 0;
        if may_pause && rng.random_bool(0.25) {
            let from = rng.random_range(passed..=day);
            paused = rng.random_range(1..=5);
            self.push(start + from, Step::AskInformation);
            if end >= 80 && rng.random_bool(0.5) {
                return;
            }
            self.push(start + from + paused, Step::ProvideInformation);
        }

        let on = start + day + paused;
        let stage = self.truth.stage;
        match end {
            0..75 => {
                let mut extra = 0;
                if rng.random_bool(0.15) {
                    extra = rng.random_range(1..=10);
                    self.push(on, Step::Extend(extra));
                    self.truth.extensions += 1;
                }
                let outcome = *pick(rng, Outcome::ALL);
                self.answer(on, day, stage, day <= standard + extra, outcome);
            }
            75..80 => {
                self.push(on, Step::Withdraw);
                self.set_outcome(stage, Outcome::Withdrawn);
                self.standing = Standing::Closed;
                self.truth.answered_or_closed = true;
            }
            _ => {}
        }
    }

    /// Answered on day `on`, business day `day` of the stage.
    fn answer(&mut self, on: u32, day: u32, stage: u32, on_time: bool, outcome: Outcome) {
        self.push(on, Step::Answer(outcome));
        self.truth.answers.push((stage, day, on_time));
        self.set_outcome(stage, outcome);
        self.truth.acknowledged = true;
        self.truth.answered_or_closed = true;
        self.standing = Standing::Answered;
    }

    fn set_outcome(&mut self, stage: u32, outcome: Outcome) {
        self.truth.outcomes.retain(|(s, _)| *s != stage);
        self.truth.outcomes.push((stage, outcome));
    }

    /// A request for review, in time or late (then decided), and the review.
    fn escalate(&mut self, rng: &mut StdRng) {
        self.truth.escalation_requested = true;
        let within_window = rng.random_bool(0.8);
        let after = if within_window {
            rng.random_range(1..=20)
        } else {
            rng.random_range(45..=60)
        };
        let asked = self.cursor + after;
        self.push(asked, Step::Escalate { within_window });

        let start = if within_window {
            asked
        } else {
            let decided = asked + rng.random_range(1..=3);
            let accepted = rng.random_bool(0.6);
            self.push(decided, Step::Decide { accepted });
            if !accepted {
                return;
            }
            decided
        };
        self.truth.stage = 2;
        self.standing = Standing::Open;
        self.stage(rng, start, true, 20);

        if self.standing == Standing::Answered && rng.random_bool(0.25) {
            self.push(self.cursor + rng.random_range(1..=10), Step::Refer);
            let outcome = rng
                .random_bool(0.6)
                .then(|| *pick(rng, &OMBUDSMAN_OUTCOMES));
            if let Some(outcome) = outcome {
                let day = self.cursor + rng.random_range(1..=20);
                self.push(day, Step::OmbudsmanOutcome(outcome));
            }
            self.truth.ombudsman = Some(outcome.map(str::to_owned));
        }
    }

    /// Mostly closed once answered; now and then reopened, and closed again or not.
    fn finish(&mut self, rng: &mut StdRng) {
        if self.standing == Standing::Answered && rng.random_bool(0.8) {
            self.close(self.cursor + rng.random_range(0..=5));
        }
        if self.standing == Standing::Closed && rng.random_bool(0.06) {
            self.push(self.cursor + rng.random_range(1..=10), Step::Reopen);
            self.truth.reopened = true;
            self.standing = Standing::Open;
            if rng.random_bool(0.5) {
                self.close(self.cursor + rng.random_range(1..=5));
            }
        }
        self.truth.closed = self.standing == Standing::Closed;
    }

    fn close(&mut self, day: u32) {
        self.push(day, Step::Close);
        self.standing = Standing::Closed;
        self.truth.answered_or_closed = true;
    }
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}
