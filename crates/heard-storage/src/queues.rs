//! The staff queues: pages of cases chosen by the indexed columns of `cases` (status,
//! division, ward, assignee), oldest first.

use heard_domain::{CaseState, Status};
use sqlx::AssertSqlSafe;

use crate::{Store, StoreError, with_reader};

/// Which cases a queue holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueueView {
    /// New cases (not yet acknowledged) and the open cases nobody could place, which wait in
    /// the named triage division without a category.
    Triage {
        /// The division that receives cases whose division is not known.
        triage_division: String,
    },
    /// Cases not yet answered or closed.
    Unanswered,
    /// Cases that are not closed.
    Open,
    /// Cases with this status.
    Status(Status),
    /// Every case.
    All,
}

/// What to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueFilter {
    /// Which cases.
    pub view: QueueView,
    /// Only this division's cases.
    pub division: Option<String>,
    /// Only cases in this ward.
    pub ward: Option<String>,
    /// Only cases assigned to this user name.
    pub assignee: Option<String>,
    /// Only cases of this category code.
    pub category: Option<String>,
    /// Only cases that came through this channel code.
    pub channel: Option<String>,
    /// Only cases whose resident reads this language tag.
    pub language: Option<String>,
    /// How many cases to skip.
    pub offset: u32,
    /// The most cases to return.
    pub limit: u32,
}

/// A value bound to a queue query.
enum Bound {
    Text(String),
    Int(i64),
}

impl QueueFilter {
    /// The query and its values. The text is built only from the fixed fragments below; every
    /// value the caller gives is bound.
    ///
    /// A view that is the union of two kinds of case (the triage queue) is asked as one query
    /// per kind, each walking its own index in queue order and stopping after the page, and
    /// the two short lists are merged. A single `WHERE a OR b` would make both databases
    /// collect every matching case and sort them all, which over 100,000 waiting cases costs
    /// more than a hundred milliseconds a page.
    fn sql(&self) -> (String, Vec<Bound>) {
        let mut binds = Vec::new();
        let next = |value: Bound, binds: &mut Vec<Bound>| {
            binds.push(value);
            format!("${}", binds.len())
        };

        // Each arm is a list of conditions; arms never match the same case.
        let arms: Vec<Vec<String>> = match &self.view {
            QueueView::Triage { triage_division } => {
                let p = next(Bound::Text(triage_division.clone()), &mut binds);
                vec![
                    vec!["status = 'received'".to_owned()],
                    vec![
                        format!("division = {p}"),
                        // As migration 0007's partial index says it, so that it is used.
                        "category IS NULL AND status NOT IN ('received', 'closed')".to_owned(),
                    ],
                ]
            }
            QueueView::Unanswered => {
                vec![vec!["status NOT IN ('resolved', 'closed')".to_owned()]]
            }
            QueueView::Open => vec![vec!["status <> 'closed'".to_owned()]],
            QueueView::Status(status) => {
                let p = next(Bound::Text(status.code().to_owned()), &mut binds);
                vec![vec![format!("status = {p}")]]
            }
            QueueView::All => vec![Vec::new()],
        };

        let mut common = Vec::new();
        for (column, value) in [
            ("division", &self.division),
            ("ward", &self.ward),
            ("assignee", &self.assignee),
            ("category", &self.category),
            ("channel", &self.channel),
            ("language", &self.language),
        ] {
            if let Some(value) = value {
                let p = next(Bound::Text(value.clone()), &mut binds);
                common.push(format!("{column} = {p}"));
            }
        }

        let limit = next(Bound::Int(i64::from(self.limit)), &mut binds);
        let offset = next(Bound::Int(i64::from(self.offset)), &mut binds);
        let order = "ORDER BY received_at, tracking_number";
        let select = |conditions: &[String], columns: &str| {
            let mut sql = format!("SELECT {columns} FROM cases");
            if !conditions.is_empty() {
                sql.push_str(" WHERE ");
                sql.push_str(&conditions.join(" AND "));
            }
            sql
        };
        let sql = if let [only] = arms.as_slice() {
            let conditions: Vec<String> = only.iter().chain(&common).cloned().collect();
            format!(
                "{} {order} LIMIT {limit} OFFSET {offset}",
                select(&conditions, "state")
            )
        } else {
            let parts: Vec<String> = arms
                .iter()
                .enumerate()
                .map(|(i, arm)| {
                    let conditions: Vec<String> = arm.iter().chain(&common).cloned().collect();
                    format!(
                        "SELECT * FROM ({} {order} LIMIT {limit} + {offset}) AS arm{i}",
                        select(&conditions, "state, received_at, tracking_number")
                    )
                })
                .collect();
            format!(
                "SELECT state FROM ({}) AS arms {order} LIMIT {limit} OFFSET {offset}",
                parts.join(" UNION ALL ")
            )
        };
        (sql, binds)
    }
}

impl Store {
    /// One page of a queue, oldest first.
    pub async fn list_queue(&self, filter: &QueueFilter) -> Result<Vec<CaseState>, StoreError> {
        let (sql, binds) = filter.sql();
        let rows: Vec<String> = with_reader!(self, pool => {
            let mut query = sqlx::query_scalar(AssertSqlSafe(sql));
            for bound in binds {
                query = match bound {
                    Bound::Text(text) => query.bind(text),
                    Bound::Int(n) => query.bind(n),
                };
            }
            query.fetch_all(pool).await?
        });
        rows.iter()
            .map(|json| Ok(serde_json::from_str(json)?))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_is_bound_and_the_text_is_fixed() {
        let filter = QueueFilter {
            view: QueueView::Status(Status::Received),
            division: Some("x'; DROP TABLE cases; --".into()),
            ward: None,
            assignee: Some("kim".into()),
            category: None,
            channel: None,
            language: None,
            offset: 50,
            limit: 51,
        };

        let (sql, binds) = filter.sql();

        assert_eq!(
            sql,
            "SELECT state FROM cases WHERE status = $1 AND division = $2 AND assignee = $3 \
             ORDER BY received_at, tracking_number LIMIT $4 OFFSET $5"
        );
        assert_eq!(binds.len(), 5);
    }
}
