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
    /// Cases matching the filter, newest first.
    pub async fn list_cases(&self, filter: &CaseFilter) -> Result<Vec<CaseState>, StoreError> {
        let rows: Vec<String> = with_reader!(self, pool => {
            let mut q = QueryBuilder::new("SELECT state FROM cases WHERE 1 = 1");
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
