//! Routing free text: from what a resident wrote, propose the kind of case (complaint,
//! compliment, comment, or a service request that belongs to 311) and a category of the
//! directory, by the cues of `config/routing.toml`. Rules only: no model, no outside service.

mod check;
mod cue;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use serde::Deserialize;

use crate::case::Kind;
use crate::directory::{Directory, TRIAGE_DIVISION};
pub use check::{CheckedRecord, RouteCheck, SourceRecord, percent};
pub use cue::{Cue, Words};

/// The routing cues shipped with Heard, for the default Toronto directory.
pub const DEFAULT_ROUTING: &str = include_str!("../../../config/routing.toml");

/// What a strong cue (a `keywords` entry) scores.
const KEYWORD_SCORE: u32 = 3;

/// What a weak cue (a `hints` entry) scores.
const HINT_SCORE: u32 = 1;

/// What the resident seems to want.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// A complaint about a service or how a request was handled.
    Complaint,
    /// Praise.
    Compliment,
    /// A comment or a suggestion.
    Comment,
    /// A first report of a problem: a service request, which 311 takes.
    ServiceRequest,
}

impl Intent {
    /// A stable code: the kind's code, or `service_request`.
    pub fn code(self) -> &'static str {
        match self {
            Intent::Complaint => "complaint",
            Intent::Compliment => "compliment",
            Intent::Comment => "comment",
            Intent::ServiceRequest => "service_request",
        }
    }

    /// The intent with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        [
            Intent::Complaint,
            Intent::Compliment,
            Intent::Comment,
            Intent::ServiceRequest,
        ]
        .into_iter()
        .find(|i| i.code() == code)
    }

    /// The kind of case this intent files, if it files one.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Intent::Complaint => Some(Kind::Complaint),
            Intent::Compliment => Some(Kind::Compliment),
            Intent::Comment => Some(Kind::Comment),
            Intent::ServiceRequest => None,
        }
    }
}

/// What the router proposes for one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The kind of contact.
    pub intent: Intent,
    /// The category code, when a cue pointed to one.
    pub category: Option<String>,
    /// The division: the category's, else the triage division.
    pub division: String,
    /// The category's score; below a keyword's score the proposal rests on hints alone.
    pub score: u32,
}

impl Proposal {
    /// Whether a strong cue backs the category (else it is a guess to confirm).
    pub fn is_confident(&self) -> bool {
        self.score >= KEYWORD_SCORE
    }
}

/// The cues of one category.
#[derive(Debug, Clone)]
struct CategoryCues {
    code: String,
    keywords: Vec<Cue>,
    hints: Vec<Cue>,
}

/// The routing configuration, checked against a directory.
#[derive(Debug, Clone)]
pub struct Routing {
    compliment: Vec<Cue>,
    complaint: Vec<Cue>,
    comment: Vec<Cue>,
    categories: Vec<CategoryCues>,
    source_codes: HashMap<String, String>,
}

/// Why a routing file was refused.
#[derive(Debug, thiserror::Error)]
pub enum RoutingError {
    /// The TOML does not parse or has unknown fields.
    #[error("the routing file is not valid: {0}")]
    Syntax(#[from] toml::de::Error),
    /// A code the directory does not have.
    #[error("the routing file is not valid: {0}")]
    Rule(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutingFile {
    #[serde(default)]
    kinds: KindsFile,
    #[serde(default, rename = "category")]
    categories: Vec<CategoryFile>,
    #[serde(default)]
    source_codes: HashMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct KindsFile {
    #[serde(default)]
    compliment: Vec<String>,
    #[serde(default)]
    complaint: Vec<String>,
    #[serde(default)]
    comment: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryFile {
    code: String,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    hints: Vec<String>,
}

fn cues(texts: &[String]) -> Vec<Cue> {
    texts.iter().filter_map(|t| Cue::parse(t)).collect()
}

impl Routing {
    /// Parses routing cues from TOML text; every category code must be in `directory`.
    pub fn from_toml(text: &str, directory: &Directory) -> Result<Self, RoutingError> {
        let file: RoutingFile = toml::from_str(text)?;
        let unknown = file
            .categories
            .iter()
            .map(|c| &c.code)
            .chain(file.source_codes.values())
            .find(|code| directory.place(code).is_none());
        if let Some(code) = unknown {
            return Err(RoutingError::Rule(format!(
                "the category '{code}' is not in the divisions file"
            )));
        }

        Ok(Routing {
            compliment: cues(&file.kinds.compliment),
            complaint: cues(&file.kinds.complaint),
            comment: cues(&file.kinds.comment),
            categories: file
                .categories
                .iter()
                .map(|c| CategoryCues {
                    code: c.code.clone(),
                    keywords: cues(&c.keywords),
                    hints: cues(&c.hints),
                })
                .collect(),
            source_codes: file.source_codes,
        })
    }

    /// The shipped cues, for the shipped directory.
    pub fn default_toronto(directory: &Directory) -> Result<Self, RoutingError> {
        Self::from_toml(DEFAULT_ROUTING, directory)
    }

    /// Proposes a kind, a category and a division for what the resident wrote.
    pub fn propose(&self, directory: &Directory, text: &str) -> Proposal {
        let words = Words::new(text);
        let intent = self.intent(&words);

        let best = self
            .categories
            .iter()
            .map(|c| (c, score(c, &words)))
            .filter(|(_, score)| *score > 0)
            // The first of equal scores wins: `max_by_key` would keep the last.
            .fold(
                None,
                |best: Option<(&CategoryCues, u32)>, (c, s)| match best {
                    Some((_, top)) if top >= s => best,
                    _ => Some((c, s)),
                },
            );
        let category = best.map(|(c, _)| c.code.clone());
        let division = category
            .as_deref()
            .and_then(|code| directory.place(code))
            .map_or_else(|| TRIAGE_DIVISION.to_owned(), |p| p.division.code.clone());
        Proposal {
            intent,
            category,
            division,
            score: best.map_or(0, |(_, s)| s),
        }
    }

    /// The category that a source's own service code means, if configured.
    pub fn category_for_source(&self, service_code: &str) -> Option<&str> {
        self.source_codes.get(service_code).map(String::as_str)
    }

    fn intent(&self, words: &Words) -> Intent {
        let count = |cues: &[Cue]| cues.iter().filter(|c| c.found_in(words)).count();
        let (compliment, complaint, comment) = (
            count(&self.compliment),
            count(&self.complaint),
            count(&self.comment),
        );

        // Thanks with a grievance is still a complaint: the grievance needs an answer.
        if compliment > complaint {
            Intent::Compliment
        } else if complaint > 0 {
            Intent::Complaint
        } else if comment > 0 {
            Intent::Comment
        } else {
            Intent::ServiceRequest
        }
    }
}

/// The most specific keyword found (the one of most words) times [`KEYWORD_SCORE`] per word,
/// plus [`HINT_SCORE`] per hint found: "green bin not picked" outweighs "not picked".
fn score(category: &CategoryCues, words: &Words) -> u32 {
    let keyword = category
        .keywords
        .iter()
        .filter(|c| c.found_in(words))
        .map(Cue::word_count)
        .max()
        .unwrap_or(0);
    let hints = category.hints.iter().filter(|c| c.found_in(words)).count() as u32;
    keyword * KEYWORD_SCORE + hints * HINT_SCORE
}
