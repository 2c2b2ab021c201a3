//! The staff audit: who viewed what, when. Changes to cases are already in their history; this
//! records what reading leaves no trace of, such as opening a resident's personal data.

use heard_domain::TrackingNumber;
use jiff::Timestamp;

use crate::{Store, StoreError, instant, millis, with_reader, with_writer};

/// One line of the staff audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAuditRecord {
    /// When it happened.
    pub at: Timestamp,
    /// Who did it.
    pub username: String,
    /// What was done, as a stable code (for example `viewed_personal_data`).
    pub action: String,
    /// The case it concerned, if any.
    pub tracking_number: Option<String>,
}

impl Store {
    /// Records that `username` did `action` (a stable code) on a case, or on none.
    pub async fn record_staff_audit(
        &self,
        username: &str,
        action: &str,
        tracking: Option<&TrackingNumber>,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        const SQL: &str = "INSERT INTO staff_audit (at, username, action, tracking_number) \
             VALUES ($1, $2, $3, $4)";
        let tracking = tracking.map(TrackingNumber::compact);
        with_writer!(self, pool => {
            sqlx::query(SQL)
                .bind(millis(at))
                .bind(username)
                .bind(action)
                .bind(&tracking)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// The audit lines about one case, oldest first.
    pub async fn staff_audit_for_case(
        &self,
        tracking: &TrackingNumber,
    ) -> Result<Vec<StaffAuditRecord>, StoreError> {
        const SQL: &str = "SELECT at, username, action, tracking_number FROM staff_audit \
             WHERE tracking_number = $1 ORDER BY at, id";
        let rows: Vec<(i64, String, String, Option<String>)> = with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(tracking.compact()).fetch_all(pool).await?
        });
        records(rows)
    }

    /// What one staff member did, oldest first.
    pub async fn staff_audit_for_user(
        &self,
        username: &str,
    ) -> Result<Vec<StaffAuditRecord>, StoreError> {
        const SQL: &str = "SELECT at, username, action, tracking_number FROM staff_audit \
             WHERE username = $1 ORDER BY at, id";
        let rows: Vec<(i64, String, String, Option<String>)> = with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(username).fetch_all(pool).await?
        });
        records(rows)
    }
}

fn records(
    rows: Vec<(i64, String, String, Option<String>)>,
) -> Result<Vec<StaffAuditRecord>, StoreError> {
    rows.into_iter()
        .map(|(at, username, action, tracking_number)| {
            Ok(StaffAuditRecord {
                at: instant(at)?,
                username,
                action,
                tracking_number,
            })
        })
        .collect()
}
