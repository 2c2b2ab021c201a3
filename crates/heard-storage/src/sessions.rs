//! Staff sign-in sessions and the failed sign-ins that lock a user name out. A session is found
//! by the SHA-256 of its id: the id itself lives only in the staff member's cookie.

use heard_domain::Role;
use jiff::{SignedDuration, Timestamp};

use crate::{Store, StoreError, instant, millis, with_reader, with_writer};

/// A session to store at sign-in.
#[derive(Debug, Clone)]
pub struct NewStaffSession {
    /// Hex SHA-256 of the session id.
    pub id_sha256: String,
    /// Who signed in.
    pub username: String,
    /// The token every form of this session carries.
    pub csrf_token: String,
    /// When it starts.
    pub created_at: Timestamp,
    /// When it ends, however active it is.
    pub expires_at: Timestamp,
}

/// A live session, with the account it belongs to.
#[derive(Debug, Clone)]
pub struct StaffSessionRecord {
    /// Who is signed in.
    pub username: String,
    /// Their name for colleagues.
    pub display_name: String,
    /// Their role.
    pub role: Role,
    /// Their division, for divisional roles.
    pub division: Option<String>,
    /// The token every form of this session carries.
    pub csrf_token: String,
    /// When the session was last used.
    pub last_seen_at: Timestamp,
    /// Whether the account's training switch is on.
    pub training: bool,
}

/// How failed sign-ins lock a user name out.
#[derive(Debug, Clone, Copy)]
pub struct LockoutRule {
    /// Failures in a row that lock the name.
    pub max_failures: u32,
    /// How long a lock lasts; failures older than this are forgotten too.
    pub lock_for: SignedDuration,
}

const FIND_SESSION: &str = "SELECT s.username, u.display_name, u.role, u.division, \
     s.csrf_token, s.last_seen_at, u.training FROM staff_sessions s \
     JOIN staff_users u ON u.username = s.username \
     WHERE s.id_sha256 = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 \
     AND u.disabled_at IS NULL";

const RECORD_FAILURE: &str = "INSERT INTO staff_sign_in_failures \
     (username, failures, last_failed_at, locked_until) VALUES ($1, 1, $2, NULL) \
     ON CONFLICT (username) DO UPDATE SET \
     failures = CASE WHEN staff_sign_in_failures.last_failed_at < $3 THEN 1 \
     ELSE staff_sign_in_failures.failures + 1 END, \
     last_failed_at = $2 \
     RETURNING failures";

impl Store {
    /// Stores a new session.
    pub async fn create_staff_session(&self, session: &NewStaffSession) -> Result<(), StoreError> {
        const SQL: &str = "INSERT INTO staff_sessions (id_sha256, username, csrf_token, \
             created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $4)";
        with_writer!(self, pool => {
            sqlx::query(SQL)
                .bind(&session.id_sha256)
                .bind(&session.username)
                .bind(&session.csrf_token)
                .bind(millis(session.created_at))
                .bind(millis(session.expires_at))
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// The live session with this id hash: not expired at `now`, used since `idle_since`, and
    /// of an account that is not disabled.
    pub async fn find_staff_session(
        &self,
        id_sha256: &str,
        now: Timestamp,
        idle_since: Timestamp,
    ) -> Result<StaffSessionRecord, StoreError> {
        type Row = (String, String, String, Option<String>, String, i64, i64);
        let row: Option<Row> = with_reader!(self, pool => {
            sqlx::query_as(FIND_SESSION)
                .bind(id_sha256)
                .bind(millis(now))
                .bind(millis(idle_since))
                .fetch_optional(pool)
                .await?
        });
        let (username, display_name, role, division, csrf_token, last_seen, training) =
            row.ok_or(StoreError::NotFound)?;
        Ok(StaffSessionRecord {
            role: Role::from_code(&role)
                .ok_or_else(|| StoreError::Corrupt(format!("role '{role}'")))?,
            username,
            display_name,
            division,
            csrf_token,
            last_seen_at: instant(last_seen)?,
            training: training != 0,
        })
    }

    /// Records that the session was used at `at`.
    pub async fn touch_staff_session(
        &self,
        id_sha256: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        const SQL: &str = "UPDATE staff_sessions SET last_seen_at = $2 WHERE id_sha256 = $1";
        with_writer!(self, pool => {
            sqlx::query(SQL).bind(id_sha256).bind(millis(at)).execute(pool).await?;
        });
        Ok(())
    }

    /// Ends a session, and removes every expired one at `now`.
    pub async fn end_staff_session(
        &self,
        id_sha256: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        const SQL: &str = "DELETE FROM staff_sessions WHERE id_sha256 = $1 OR expires_at <= $2";
        with_writer!(self, pool => {
            sqlx::query(SQL).bind(id_sha256).bind(millis(now)).execute(pool).await?;
        });
        Ok(())
    }

    /// Until when the user name is locked out, if it is at `now`.
    pub async fn sign_in_locked_until(
        &self,
        username: &str,
        now: Timestamp,
    ) -> Result<Option<Timestamp>, StoreError> {
        const SQL: &str = "SELECT locked_until FROM staff_sign_in_failures \
             WHERE username = $1 AND locked_until > $2";
        let until: Option<Option<i64>> = with_reader!(self, pool => {
            sqlx::query_scalar(SQL)
                .bind(username)
                .bind(millis(now))
                .fetch_optional(pool)
                .await?
        });
        until.flatten().map(instant).transpose()
    }

    /// Counts a failed sign-in for the user name, known or not; at the rule's limit the name
    /// is locked and its count starts again. Says whether this failure locked it.
    pub async fn record_sign_in_failure(
        &self,
        username: &str,
        now: Timestamp,
        rule: LockoutRule,
    ) -> Result<bool, StoreError> {
        const LOCK: &str = "UPDATE staff_sign_in_failures SET failures = 0, locked_until = $2 \
             WHERE username = $1";
        let forget_before = millis(now) - rule.lock_for.as_millis() as i64;
        let until = millis(now) + rule.lock_for.as_millis() as i64;
        with_writer!(self, pool => {
            let mut tx = pool.begin().await?;
            let failures: i64 = sqlx::query_scalar(RECORD_FAILURE)
                .bind(username)
                .bind(millis(now))
                .bind(forget_before)
                .fetch_one(&mut *tx)
                .await?;
            let locked = failures >= i64::from(rule.max_failures);
            if locked {
                sqlx::query(LOCK).bind(username).bind(until).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(locked)
        })
    }

    /// Forgets the failed sign-ins of a user name, after a successful one.
    pub async fn clear_sign_in_failures(&self, username: &str) -> Result<(), StoreError> {
        const SQL: &str = "DELETE FROM staff_sign_in_failures WHERE username = $1";
        with_writer!(self, pool => {
            sqlx::query(SQL).bind(username).execute(pool).await?;
        });
        Ok(())
    }
}
