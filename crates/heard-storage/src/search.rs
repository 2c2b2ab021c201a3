//! Staff search across cases: by tracking number, the case's words, the resident's name,
//! e-mail or phone, and the address. Every case keeps its searchable text, lower-cased, in
//! `cases.search_text`; a search is a substring match on it, which works the same for every
//! script (Tamil, Chinese and Arabic have no case and Chinese no spaces between words).
//!
//! A scan of that column answers in tens of milliseconds over a hundred thousand cases; a
//! city far larger would add a trigram index (PostgreSQL's `pg_trgm`).

use heard_domain::{CaseState, Kind, Status, TrackingNumber};
use jiff::Timestamp;
use sqlx::QueryBuilder;

use crate::{Store, StoreError, instant, with_reader, with_writer};

/// Where a search may look.
#[derive(Debug, Clone)]
pub enum SearchScope {
    /// Every division's cases.
    All,
    /// Only this division's cases.
    Division(String),
}

/// A case a search found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The case.
    pub tracking_number: TrackingNumber,
    /// Complaint, compliment or comment.
    pub kind: Kind,
    /// Where it is in the process.
    pub status: Status,
    /// The division handling it.
    pub division: String,
    /// When it was received.
    pub received_at: Timestamp,
}

/// The most cases a search returns.
pub const MAX_HITS: u32 = 100;

/// What a case can be found by, lower-cased: the tracking number (with and without dashes),
/// its words, the resident's name and contacts (a phone also by its digits alone), the address
/// and postal prefix, and the service requests it names.
pub(crate) fn search_text(state: &CaseState) -> String {
    let person = &state.person;
    let phone_digits = person
        .phone
        .as_deref()
        .map(|p| p.chars().filter(char::is_ascii_digit).collect::<String>());
    let parts = [
        Some(state.tracking_number.to_string()),
        Some(state.tracking_number.compact()),
        Some(state.description.clone()),
        state.happened.clone(),
        state.remedy_sought.clone(),
        person.name.clone(),
        person.email.clone(),
        person.phone.clone(),
        phone_digits,
        state.location.address.clone(),
        state.location.postal_prefix.clone(),
    ];
    let mut text: Vec<String> = parts.into_iter().flatten().collect();
    text.extend(state.service_requests.iter().cloned());
    // One line per part, so that a search never matches across two of them.
    text.join("\n").to_lowercase()
}

/// `text` as a LIKE pattern that matches it anywhere, with LIKE's own wildcards escaped.
fn contains_pattern(text: &str) -> String {
    // PostgreSQL text cannot hold NUL, and no stored words do: it searches as a space.
    let escaped = text
        .to_lowercase()
        .replace('\0', " ")
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

impl Store {
    /// Cases whose searchable text contains `query` (ignoring case), newest first, within the
    /// scope; at most [`MAX_HITS`].
    pub async fn search_cases(
        &self,
        query: &str,
        scope: &SearchScope,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let query = query.trim();
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let rows: Vec<(String, String, String, String, i64)> = with_reader!(self, pool => {
            let mut q = QueryBuilder::new(
                "SELECT tracking_number, kind, status, division, received_at FROM cases \
                 WHERE search_text LIKE ",
            );
            q.push_bind(contains_pattern(query)).push(" ESCAPE '\\'");
            if let SearchScope::Division(division) = scope {
                q.push(" AND division = ").push_bind(division.clone());
            }
            q.push(" ORDER BY received_at DESC LIMIT ")
                .push_bind(i64::from(MAX_HITS));
            q.build_query_as().fetch_all(pool).await?
        });
        rows.into_iter()
            .map(|(tracking, kind, status, division, received)| {
                let corrupt =
                    |what: &str| StoreError::Corrupt(format!("{what} of case {tracking}"));
                Ok(SearchHit {
                    tracking_number: tracking.parse().map_err(|_| corrupt("tracking number"))?,
                    kind: Kind::from_code(&kind).ok_or_else(|| corrupt("kind"))?,
                    status: Status::from_code(&status).ok_or_else(|| corrupt("status"))?,
                    division,
                    received_at: instant(received)?,
                })
            })
            .collect()
    }

    /// Fills in the searchable text of cases stored before it existed; returns how many.
    pub(crate) async fn backfill_search_text(&self) -> Result<u64, StoreError> {
        let mut filled = 0;
        loop {
            let batch: Vec<String> = with_reader!(self, pool => {
                sqlx::query_scalar("SELECT state FROM cases WHERE search_text = '' LIMIT 500")
                    .fetch_all(pool)
                    .await?
            });
            if batch.is_empty() {
                return Ok(filled);
            }
            for json in &batch {
                let state: CaseState = serde_json::from_str(json)?;
                let text = search_text(&state);
                with_writer!(self, pool => {
                    sqlx::query("UPDATE cases SET search_text = $1 WHERE tracking_number = $2")
                        .bind(&text)
                        .bind(state.tracking_number.compact())
                        .execute(pool)
                        .await?;
                });
                filled += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::contains_pattern;

    #[test]
    fn wildcards_typed_by_staff_are_taken_literally() {
        assert_eq!(contains_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
        assert_eq!(contains_pattern("ÉCOLE"), "%école%");
    }
}
