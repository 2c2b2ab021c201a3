//! What the assistant and the resident say, stored as meaning rather than words, so that a
//! conversation reads in whatever language the resident switches to.

use heard_domain::Directory;
use heard_domain::directory::{Standards, TRIAGE_DIVISION};
use heard_domain::i18n::Locale;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// One message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Said {
    /// The greeting and the first question.
    Welcome,
    /// A message without words.
    Empty,
    /// Not understood: offers the buttons, the form and a person.
    NotUnderstood,
    /// The resident's own words.
    Text(String),
    /// The kind and category proposed; a category of `None` was not understood.
    Proposal {
        /// Kind code.
        kind: String,
        /// Category code.
        category: Option<String>,
        /// Backed by a keyword rather than hints alone.
        confident: bool,
    },
    /// A first report belongs to 311 as a service request.
    ServiceRequest,
    /// The resident asks to complain after all.
    WantsComplaint,
    /// The resident's choice of kind and category.
    Chose {
        /// Kind code.
        kind: String,
        /// Category code, `None` for "not sure".
        category: Option<String>,
    },
    /// Where did it happen?
    AskLocation,
    /// What would you like done?
    AskRemedy,
    /// How can the City reach you?
    AskContact,
    /// The resident gave contact details, or chose to stay anonymous.
    Contact {
        /// Anonymous.
        anonymous: bool,
    },
    /// Which language?
    AskLanguage,
    /// The resident's language.
    Language {
        /// Language tag.
        tag: String,
    },
    /// Check before sending.
    Summary,
    /// The resident skipped a question.
    Skipped,
    /// What to fix, as message ids or as words already written in the resident's language.
    Problems(Vec<String>),
    /// Sent.
    Filed {
        /// Tracking number.
        number: String,
        /// Kind code.
        kind: String,
        /// Division code.
        division: String,
    },
    /// Asks for a tracking number.
    StatusAsk,
    /// Where a case stands.
    Status {
        /// Tracking number.
        number: String,
        /// Status code.
        status: String,
        /// Division code.
        division: String,
        /// When received.
        received: Timestamp,
        /// When the answer is due, if a clock runs.
        answer_by: Option<Timestamp>,
    },
    /// No case has the number, or it is not one.
    NoCase {
        /// What the message says: a `track-*` message id.
        reason: String,
    },
    /// Service standards and reviews, for a division (or the triage division's).
    Standards {
        /// Division code.
        division: Option<String>,
    },
    /// How to reach a person.
    Person,
}

/// A message written out: paragraphs, and a link to follow.
pub struct Written {
    /// The paragraphs.
    pub paragraphs: Vec<String>,
    /// (address, words) of a link.
    pub link: Option<(String, String)>,
}

impl Written {
    fn text(paragraphs: Vec<String>) -> Self {
        Written {
            paragraphs,
            link: None,
        }
    }

    fn with_link(mut self, href: String, words: String) -> Self {
        self.link = Some((href, words));
        self
    }
}

impl Said {
    /// The message in the language `t`.
    pub fn write(&self, t: Locale, directory: &Directory) -> Written {
        let name = |code: &str| match directory.place(code) {
            Some(p) => directory
                .name_in(t.tag(), code, &p.category.name)
                .to_owned(),
            None => directory.division(code).map_or_else(
                || code.to_owned(),
                |d| directory.name_in(t.tag(), code, &d.name).to_owned(),
            ),
        };
        let kind = |code: &str| t.text(&format!("kind-{code}-title"));
        let category = |code: &Option<String>| {
            code.as_deref()
                .map_or_else(|| t.text("form-not-sure"), name)
        };
        let one = |id: &str| Written::text(vec![t.text(id)]);

        match self {
            Said::Welcome => Written::text(vec![t.text("chat-lead"), t.text("chat-describe")]),
            Said::Empty => one("chat-empty"),
            Said::NotUnderstood => one("chat-not-understood"),
            Said::Text(words) => Written::text(vec![words.clone()]),
            Said::Proposal {
                kind: k,
                category: c,
                confident,
            } => {
                let lead = match (c, confident) {
                    (None, _) => "chat-proposal-none",
                    (Some(_), true) => "chat-proposal",
                    (Some(_), false) => "chat-proposal-guess",
                };
                let mut lines = vec![
                    t.text(lead),
                    format!("{}: {}", t.text("case-kind"), kind(k)),
                ];
                if let Some(code) = c {
                    let division = directory.place(code).map(|p| p.division.code.clone());
                    lines.push(format!("{}: {}", t.text("case-category"), name(code)));
                    lines.push(format!(
                        "{}: {}",
                        t.text("case-division"),
                        name(&division.unwrap_or_default())
                    ));
                }
                Written::text(lines)
            }
            Said::ServiceRequest => Written::text(vec![
                t.text("helper-request-text"),
                t.text("chat-service-request"),
            ]),
            Said::WantsComplaint => one("chat-already-reported"),
            Said::Chose {
                kind: k,
                category: c,
            } => Written::text(vec![format!("{} – {}", kind(k), category(c))]),
            Said::AskLocation => one("chat-ask-location"),
            Said::AskRemedy => one("chat-ask-remedy"),
            Said::AskContact => Written::text(vec![
                t.text("chat-ask-contact"),
                t.text("form-anonymous-hint"),
            ]),
            Said::Contact { anonymous: true } => one("form-anonymous"),
            Said::Contact { anonymous: false } => one("chat-contact-given"),
            Said::AskLanguage => one("chat-ask-language"),
            Said::Language { tag } => Written::text(vec![
                Locale::from_tag(tag).map_or_else(|| tag.clone(), |l| l.autonym().to_owned()),
            ]),
            Said::Summary => one("chat-summary"),
            Said::Skipped => one("chat-skipped"),
            Said::Problems(problems) => {
                let mut lines = vec![t.text("chat-fix")];
                // Ids are ours (they start with "error-"); anything else is already written.
                lines.extend(problems.iter().map(|p| {
                    if p.starts_with("error-") {
                        t.text(p)
                    } else {
                        p.clone()
                    }
                }));
                Written::text(lines)
            }
            Said::Filed {
                number,
                kind: k,
                division,
            } => {
                let mut lines = vec![
                    format!("{} {number}", t.text("submitted-number")),
                    t.text("submitted-keep"),
                ];
                let standards = standards(directory, Some(division));
                let division = name(division);
                match k.as_str() {
                    "complaint" => {
                        lines.push(t.with2(
                            "submitted-acknowledge",
                            "division",
                            division.as_str(),
                            "days",
                            standards.acknowledge_days,
                        ));
                        lines.push(t.with("submitted-answer", "days", standards.first_stage_days));
                    }
                    "compliment" => {
                        lines.push(t.with("submitted-compliment", "division", division.as_str()))
                    }
                    _ => lines.push(t.with("submitted-comment", "division", division.as_str())),
                }
                Written::text(lines)
                    .with_link(format!("/track/{number}"), t.text("submitted-follow"))
            }
            Said::StatusAsk => one("chat-status-ask"),
            Said::Status {
                number,
                status,
                division,
                received,
                answer_by,
            } => {
                let mut lines = vec![
                    format!(
                        "{} {number}: {}",
                        t.text("track-number"),
                        t.text(&format!("status-{status}"))
                    ),
                    format!("{}: {}", t.text("case-division"), name(division)),
                    format!("{}: {}", t.text("case-received"), t.date_time(*received)),
                ];
                if let Some(at) = answer_by {
                    lines.push(t.with("case-answer-by", "date", t.date_time(*at)));
                }
                Written::text(lines)
                    .with_link(format!("/track/{number}"), t.text("submitted-follow"))
            }
            Said::NoCase { reason } => one(reason),
            Said::Standards { division } => {
                let s = standards(directory, division.as_ref());
                Written::text(vec![
                    t.with2(
                        "case-promise-text",
                        "acknowledge",
                        s.acknowledge_days,
                        "answer",
                        s.first_stage_days,
                    ),
                    t.with2(
                        "case-review-text",
                        "review",
                        s.escalated_review_days,
                        "window",
                        s.escalation_window_days,
                    ),
                    t.text("division-ombudsman"),
                ])
                .with_link("/standards".into(), t.text("nav-standards"))
            }
            Said::Person => Written::text(vec![t.text("chat-person")])
                .with_link("/submit".into(), t.text("chat-action-form")),
        }
    }
}

/// The standards of a division, or of the triage division when none is known yet.
fn standards(directory: &Directory, division: Option<&String>) -> Standards {
    division
        .and_then(|d| directory.division(d))
        .or_else(|| directory.division(TRIAGE_DIVISION))
        .map(|d| d.standards)
        .unwrap_or_default()
}
