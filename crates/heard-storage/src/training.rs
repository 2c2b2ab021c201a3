//! Training: each staff member's training switch, and the record of the training courses each
//! one completed, which reports count.

use jiff::Timestamp;
use jiff::civil::Date;

use crate::{Store, StoreError, instant, millis, with_reader, with_writer};

/// A completed course to record.
#[derive(Debug, Clone)]
pub struct NewTrainingRecord {
    /// Who completed it.
    pub username: String,
    /// The course's name.
    pub course: String,
    /// The day it was completed.
    pub completed_on: Date,
    /// The administrator who records it.
    pub recorded_by: String,
}

/// A recorded course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingRecord {
    /// Who completed it.
    pub username: String,
    /// The course's name.
    pub course: String,
    /// The day it was completed.
    pub completed_on: Date,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    pub recorded_at: Timestamp,
}

/// How many staff members completed a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseCount {
    /// The course's name.
    pub course: String,
    /// Staff members who completed it at least once.
    pub staff: u64,
    /// Completions recorded.
    pub completions: u64,
}

impl Store {
    /// Turns a staff member's training switch on or off; not found when there is no such
    /// account.
    pub async fn set_staff_training(&self, username: &str, on: bool) -> Result<(), StoreError> {
        const SQL: &str = "UPDATE staff_users SET training = $2 WHERE username = $1";
        let changed = with_writer!(self, pool => {
            sqlx::query(SQL)
                .bind(username)
                .bind(i64::from(on))
                .execute(pool)
                .await?
                .rows_affected()
        });
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Records a completed course; not found when the account does not exist.
    pub async fn record_training(
        &self,
        record: &NewTrainingRecord,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        const SQL: &str = "INSERT INTO staff_training_records \
             (username, course, completed_on, recorded_by, recorded_at) \
             SELECT username, $2, $3, $4, $5 FROM staff_users WHERE username = $1";
        let inserted = with_writer!(self, pool => {
            sqlx::query(SQL)
                .bind(&record.username)
                .bind(&record.course)
                .bind(record.completed_on.to_string())
                .bind(&record.recorded_by)
                .bind(millis(at))
                .execute(pool)
                .await?
                .rows_affected()
        });
        if inserted == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The courses a staff member completed, the latest first.
    pub async fn training_records(
        &self,
        username: &str,
    ) -> Result<Vec<TrainingRecord>, StoreError> {
        const SQL: &str = "SELECT username, course, completed_on, recorded_by, recorded_at \
             FROM staff_training_records WHERE username = $1 \
             ORDER BY completed_on DESC, id DESC";
        type Row = (String, String, String, String, i64);
        let rows: Vec<Row> = with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(username).fetch_all(pool).await?
        });
        rows.into_iter()
            .map(
                |(username, course, completed_on, recorded_by, recorded_at)| {
                    Ok(TrainingRecord {
                        username,
                        course,
                        completed_on: completed_on
                            .parse()
                            .map_err(|_| StoreError::Corrupt(format!("date '{completed_on}'")))?,
                        recorded_by,
                        recorded_at: instant(recorded_at)?,
                    })
                },
            )
            .collect()
    }

    /// For each course, how many staff members completed it and how many completions were
    /// recorded, by course name.
    pub async fn training_counts(&self) -> Result<Vec<CourseCount>, StoreError> {
        const SQL: &str = "SELECT course, COUNT(DISTINCT username), COUNT(*) \
             FROM staff_training_records GROUP BY course ORDER BY course";
        let rows: Vec<(String, i64, i64)> = with_reader!(self, pool => {
            sqlx::query_as(SQL).fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|(course, staff, completions)| CourseCount {
                course,
                staff: u64::try_from(staff).unwrap_or(0),
                completions: u64::try_from(completions).unwrap_or(0),
            })
            .collect())
    }

    /// Every staff account's user name, display name and role code, by user name.
    pub async fn list_staff_users(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        const SQL: &str = "SELECT username, display_name, role FROM staff_users \
             WHERE disabled_at IS NULL ORDER BY username";
        let rows = with_reader!(self, pool => {
            sqlx::query_as(SQL).fetch_all(pool).await?
        });
        Ok(rows)
    }

    /// How many training cases are stored.
    pub async fn count_training_cases(&self) -> Result<u64, StoreError> {
        let n: i64 = with_reader!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM cases WHERE training = 1")
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(n).unwrap_or(0))
    }
}
