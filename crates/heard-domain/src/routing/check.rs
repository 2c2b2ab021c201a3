//! Measuring the router against requests whose category a city already decided: how many
//! it sends to the same division and category.

use std::collections::BTreeMap;

use super::Routing;
use crate::directory::Directory;

/// A request as published: what the resident wrote and the service the City gave it.
#[derive(Debug, Clone)]
pub struct SourceRecord {
    /// The resident's words.
    pub description: String,
    /// The City's service code.
    pub service_code: String,
    /// The City's service name, for the report.
    pub service_name: String,
}

impl SourceRecord {
    /// The requests of an Open311 GeoReport v2 `requests.json` answer (a list, or an object
    /// holding it under `service_requests`) that carry a description; others are skipped.
    pub fn from_open311_json(text: &str) -> Result<Vec<SourceRecord>, serde_json::Error> {
        let value: serde_json::Value = serde_json::from_str(text)?;
        let list = value
            .get("service_requests")
            .unwrap_or(&value)
            .as_array()
            .cloned()
            .unwrap_or_default();
        // Codes are text in most feeds and numbers in some.
        let text_of = |v: Option<&serde_json::Value>| match v {
            Some(serde_json::Value::String(s)) => s.trim().to_owned(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        Ok(list
            .iter()
            .map(|r| SourceRecord {
                description: text_of(r.get("description")),
                service_code: text_of(r.get("service_code")),
                service_name: text_of(r.get("service_name")),
            })
            .filter(|r| !r.description.is_empty())
            .collect())
    }
}

/// How one record was routed.
#[derive(Debug, Clone)]
pub struct CheckedRecord {
    /// The City's service code and name.
    pub service: (String, String),
    /// The category the City's code means here, if any.
    pub expected: Option<String>,
    /// The category proposed, if any.
    pub proposed: Option<String>,
    /// Whether the proposal rested on a strong cue.
    pub confident: bool,
    /// The kind of contact proposed.
    pub intent: super::Intent,
    /// Same division as the expected category.
    pub division_matches: bool,
}

impl CheckedRecord {
    /// Same category (and so same division) as the City's.
    pub fn category_matches(&self) -> bool {
        self.expected.is_some() && self.expected == self.proposed
    }
}

/// The result of routing a set of records.
#[derive(Debug, Clone, Default)]
pub struct RouteCheck {
    /// Every record, in order.
    pub records: Vec<CheckedRecord>,
}

impl RouteCheck {
    /// How many records were checked.
    pub fn total(&self) -> usize {
        self.records.len()
    }

    /// How many went to the City's division and category.
    pub fn exact(&self) -> usize {
        self.records.iter().filter(|r| r.category_matches()).count()
    }

    /// How many went to the City's division (whatever the category).
    pub fn same_division(&self) -> usize {
        self.records.iter().filter(|r| r.division_matches).count()
    }

    /// How many exact matches rested on hints alone.
    pub fn exact_by_hints(&self) -> usize {
        self.records
            .iter()
            .filter(|r| r.category_matches() && !r.confident)
            .count()
    }

    /// How many were read as having this intent.
    pub fn with_intent(&self, intent: super::Intent) -> usize {
        self.records.iter().filter(|r| r.intent == intent).count()
    }

    /// How many got no category at all.
    pub fn unrouted(&self) -> usize {
        self.records.iter().filter(|r| r.proposed.is_none()).count()
    }

    /// The share of exact matches, in per cent.
    pub fn exact_percent(&self) -> f64 {
        percent(self.exact(), self.total())
    }

    /// Per City service: (code, name) → (records, exact matches), sorted by code.
    pub fn by_service(&self) -> BTreeMap<(String, String), (usize, usize)> {
        let mut by = BTreeMap::new();
        for r in &self.records {
            let entry = by.entry(r.service.clone()).or_insert((0, 0));
            entry.0 += 1;
            entry.1 += usize::from(r.category_matches());
        }
        by
    }

    /// The share a router that always answered the most common service would reach.
    pub fn majority_percent(&self) -> f64 {
        let most = self.by_service().values().map(|(n, _)| *n).max();
        percent(most.unwrap_or(0), self.total())
    }
}

/// `part` of `whole`, in per cent (0 for nothing).
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    // Counts here are far below 2^52.
    100.0 * part as f64 / whole as f64
}

impl Routing {
    /// Routes every record and compares with the category each record's service code means.
    pub fn check(&self, directory: &Directory, records: &[SourceRecord]) -> RouteCheck {
        let division_of = |code: &str| directory.place(code).map(|p| p.division.code.clone());
        let records = records
            .iter()
            .map(|record| {
                let proposal = self.propose(directory, &record.description);
                let expected = self
                    .category_for_source(&record.service_code)
                    .map(str::to_owned);
                let expected_division = expected.as_deref().and_then(division_of);
                CheckedRecord {
                    service: (record.service_code.clone(), record.service_name.clone()),
                    division_matches: expected_division.as_deref()
                        == Some(proposal.division.as_str()),
                    confident: proposal.is_confident(),
                    intent: proposal.intent,
                    proposed: proposal.category,
                    expected,
                }
            })
            .collect();
        RouteCheck { records }
    }
}
