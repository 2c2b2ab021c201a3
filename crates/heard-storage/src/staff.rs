//! Staff user accounts and API keys. Secrets are stored only as hashes: passwords as Argon2id
//! PHC strings made by the caller, API key secrets as SHA-256 (they are long and random, so a
//! slow hash adds nothing).

use heard_domain::Role;
use jiff::Timestamp;

use crate::{Store, StoreError, instant, millis, with_reader, with_writer};

/// A staff account to create.
#[derive(Debug, Clone)]
pub struct NewStaffUser {
    /// Sign-in name, unique.
    pub username: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// The role.
    pub role: Role,
    /// The division, for divisional roles.
    pub division: Option<String>,
    /// The Argon2id PHC string of the password.
    pub password_hash: String,
}

/// A stored staff account.
#[derive(Debug, Clone)]
pub struct StaffUserRecord {
    /// Sign-in name.
    pub username: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// The role.
    pub role: Role,
    /// The division, for divisional roles.
    pub division: Option<String>,
    /// The Argon2id PHC string of the password.
    pub password_hash: String,
    /// When the account was disabled, if it was.
    pub disabled_at: Option<Timestamp>,
}

/// A stored API key, without its secret.
#[derive(Debug, Clone)]
pub struct ApiKeyRecord {
    /// The public part of the key, which finds it.
    pub id: String,
    /// The client's name.
    pub name: String,
    /// Hex SHA-256 of the secret part.
    pub secret_sha256: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<Timestamp>,
}

/// Turns a unique-constraint violation into a conflict that names what is taken.
fn taken(e: sqlx::Error, what: String) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(what),
        _ => StoreError::Database(e),
    }
}

impl Store {
    /// Creates a staff account; a conflict when the user name is taken.
    pub async fn create_staff_user(
        &self,
        user: &NewStaffUser,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        const SQL: &str = "INSERT INTO staff_users \
             (username, display_name, role, division, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)";
        with_writer!(self, pool => {
            sqlx::query(SQL)
                .bind(&user.username)
                .bind(&user.display_name)
                .bind(user.role.code())
                .bind(&user.division)
                .bind(&user.password_hash)
                .bind(millis(at))
                .execute(pool)
                .await
                .map_err(|e| taken(e, format!("the user name '{}' is taken", user.username)))?;
        });
        Ok(())
    }

    /// The staff account with this user name.
    pub async fn find_staff_user(&self, username: &str) -> Result<StaffUserRecord, StoreError> {
        const SQL: &str = "SELECT username, display_name, role, division, password_hash, \
             disabled_at FROM staff_users WHERE username = $1";
        type Row = (String, String, String, Option<String>, String, Option<i64>);
        let row: Option<Row> = with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(username).fetch_optional(pool).await?
        });
        let (username, display_name, role, division, password_hash, disabled_at) =
            row.ok_or(StoreError::NotFound)?;
        Ok(StaffUserRecord {
            role: Role::from_code(&role)
                .ok_or_else(|| StoreError::Corrupt(format!("role '{role}'")))?,
            username,
            display_name,
            division,
            password_hash,
            disabled_at: disabled_at.map(instant).transpose()?,
        })
    }

    /// Records a new API key; a conflict when the name is taken.
    pub async fn create_api_key(
        &self,
        id: &str,
        name: &str,
        secret_sha256: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        const SQL: &str = "INSERT INTO api_keys (id, name, secret_sha256, created_at) \
             VALUES ($1, $2, $3, $4)";
        with_writer!(self, pool => {
            sqlx::query(SQL)
                .bind(id)
                .bind(name)
                .bind(secret_sha256)
                .bind(millis(at))
                .execute(pool)
                .await
                .map_err(|e| taken(e, format!("an API key named '{name}' exists already")))?;
        });
        Ok(())
    }

    /// The API key with this public id.
    pub async fn find_api_key(&self, id: &str) -> Result<ApiKeyRecord, StoreError> {
        const SQL: &str = "SELECT id, name, secret_sha256, revoked_at FROM api_keys WHERE id = $1";
        let row: Option<(String, String, String, Option<i64>)> = with_reader!(self, pool => {
            sqlx::query_as(SQL).bind(id).fetch_optional(pool).await?
        });
        let (id, name, secret_sha256, revoked_at) = row.ok_or(StoreError::NotFound)?;
        Ok(ApiKeyRecord {
            id,
            name,
            secret_sha256,
            revoked_at: revoked_at.map(instant).transpose()?,
        })
    }

    /// Revokes the API key with this name; it stops working at once.
    pub async fn revoke_api_key(&self, name: &str, at: Timestamp) -> Result<(), StoreError> {
        const SQL: &str =
            "UPDATE api_keys SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL";
        let changed = with_writer!(self, pool => {
            sqlx::query(SQL).bind(name).bind(millis(at)).execute(pool).await?.rows_affected()
        });
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
