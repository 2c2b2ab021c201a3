//! Reading many cases at once by public criteria (category, dates, open or closed), for
//! Open311 clients and exports. Staff queues have their own queries.

use heard_domain::{CaseState, TrackingNumber};
use jiff::Timestamp;
use sqlx::QueryBuilder;

use crate::{Store, StoreError, millis, with_reader};

/// Which cases to list.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    /// Only these cases.
    pub tracking_numbers: Vec<TrackingNumber>,
    /// Only cases in these categories.
    pub categories: Vec<String>,
    /// Only cases received at or after this instant.
    pub received_from: Option<Timestamp>,
    /// Only cases received before or at this instant.
    pub received_to: Option<Timestamp>,
    /// `Some(true)`: only open cases; `Some(false)`: only closed ones.
    pub open: Option<bool>,
    /// The most cases to return, newest first.
    pub limit: u32,
}

impl Store {
    /// Cases matching the filter, newest first; training cases are never listed.
    pub async fn list_cases(&self, filter: &CaseFilter) -> Result<Vec<CaseState>, StoreError> {
        let rows: Vec<String> = with_reader!(self, pool => {
            let mut q = QueryBuilder::new("SELECT state FROM cases WHERE training = 0");
            if !filter.tracking_numbers.is_empty() {
                q.push(" AND tracking_number IN (");
                let mut list = q.separated(", ");
                for t in &filter.tracking_numbers {
                    list.push_bind(t.compact());
                }
                q.push(")");
            }
            if !filter.categories.is_empty() {
                q.push(" AND category IN (");
                let mut list = q.separated(", ");
                for c in &filter.categories {
                    list.push_bind(c.clone());
                }
                q.push(")");
            }
            if let Some(from) = filter.received_from {
                q.push(" AND received_at >= ").push_bind(millis(from));
            }
            if let Some(to) = filter.received_to {
                q.push(" AND received_at <= ").push_bind(millis(to));
            }
            match filter.open {
                Some(true) => { q.push(" AND status <> 'closed'"); }
                Some(false) => { q.push(" AND status = 'closed'"); }
                None => {}
            }
            q.push(" ORDER BY received_at DESC LIMIT ").push_bind(i64::from(filter.limit));
            q.build_query_scalar().fetch_all(pool).await?
        });
        rows.iter()
            .map(|json| serde_json::from_str(json).map_err(StoreError::from))
            .collect()
    }
}

/// Where a page of an export starts: after this case, in the export's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportCursor {
    received_at: i64,
    tracking_number: String,
}

impl ExportCursor {
    /// The cursor just after `case`.
    pub fn after(case: &CaseState) -> Self {
        ExportCursor {
            received_at: millis(case.received_at),
            tracking_number: case.tracking_number.compact(),
        }
    }
}

impl Store {
    /// One page of every case, oldest first (then by tracking number): an export reads the
    /// whole table page by page, each page starting after the last case of the one before,
    /// so that it never holds more than a page and gives the same order every time. Training
    /// cases are left out: they are practice, not the City's record.
    pub async fn export_page(
        &self,
        after: Option<&ExportCursor>,
        limit: u32,
    ) -> Result<Vec<CaseState>, StoreError> {
        const FIRST: &str = "SELECT state FROM cases WHERE training = 0 ORDER BY received_at, tracking_number LIMIT $1";
        const NEXT: &str = "SELECT state FROM cases WHERE training = 0 AND (received_at > $1 \
             OR (received_at = $1 AND tracking_number > $2)) \
             ORDER BY received_at, tracking_number LIMIT $3";
        let rows: Vec<String> = with_reader!(self, pool => {
            match after {
                None => {
                    sqlx::query_scalar(FIRST)
                        .bind(i64::from(limit))
                        .fetch_all(pool)
                        .await?
                }
                Some(cursor) => {
                    sqlx::query_scalar(NEXT)
                        .bind(cursor.received_at)
                        .bind(&cursor.tracking_number)
                        .bind(i64::from(limit))
                        .fetch_all(pool)
                        .await?
                }
            }
        });
        rows.iter()
            .map(|json| serde_json::from_str(json).map_err(StoreError::from))
            .collect()
    }
}
