//! Signing in and out. A password is checked with Argon2 off the async threads; five failures
//! in a row lock a user name for fifteen minutes, and an unknown name is answered exactly like
//! a wrong password, after the same work.

use std::sync::OnceLock;

use argon2::password_hash::PasswordHasher;
use argon2::{Argon2, PasswordHash, PasswordVerifier};
use askama::Template;
use axum::Form;
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use heard_storage::{LockoutRule, NewStaffSession, StoreError};
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;
use tokio::sync::Semaphore;

use super::error::{StaffError, staff_page};
use super::session::{SESSION_LIFETIME, SessionHash, cookie, random_secret, same_origin, sha256};
use crate::AppState;

/// Failures in a row that lock a user name, and for how long.
pub const LOCKOUT: LockoutRule = LockoutRule {
    max_failures: 5,
    lock_for: SignedDuration::from_mins(15),
};

/// The one answer to a wrong name or password, so that neither can be told apart.
const REFUSED: &str = "That user name and password do not match an account, or the account \
     is locked after too many attempts. Try again, or wait 15 minutes.";

/// Argon2 uses 19 MiB a check: a few at a time keep memory bounded under a flood of attempts.
static HASHING: Semaphore = Semaphore::const_new(4);

#[derive(Template)]
#[template(path = "staff/sign_in.html")]
struct SignInPage {
    username: String,
    error: Option<&'static str>,
}

/// The sign-in form's fields.
#[derive(Deserialize)]
pub struct Credentials {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
}

/// `GET /staff/sign-in`.
pub async fn show_sign_in() -> Result<Response, StaffError> {
    let page = SignInPage {
        username: String::new(),
        error: None,
    };
    staff_page(StatusCode::OK, &page)
}

/// `POST /staff/sign-in`: a new session, with a new id, on the right password.
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<Credentials>,
) -> Result<Response, StaffError> {
    if !same_origin(&state, &headers) {
        return Err(StaffError::forbidden());
    }
    let username = form.username.trim().to_owned();
    let now = Timestamp::now();
    let refused = || {
        let page = SignInPage {
            username: username.clone(),
            error: Some(REFUSED),
        };
        staff_page(StatusCode::UNAUTHORIZED, &page)
    };
    if username.is_empty()
        || state
            .store
            .sign_in_locked_until(&username, now)
            .await?
            .is_some()
    {
        return refused();
    }

    let account = match state.store.find_staff_user(&username).await {
        Ok(user) if user.disabled_at.is_none() => Some(user),
        Ok(_) | Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let hash = account.as_ref().map(|a| a.password_hash.clone());
    let matches = verify(form.password, hash).await? && account.is_some();
    if !matches {
        let locked = state
            .store
            .record_sign_in_failure(&username, now, LOCKOUT)
            .await?;
        if locked {
            tracing::warn!("a staff user name was locked after failed sign-ins");
        }
        return refused();
    }

    state.store.clear_sign_in_failures(&username).await?;
    let id = random_secret();
    let session = NewStaffSession {
        id_sha256: sha256(&id),
        username,
        csrf_token: random_secret(),
        created_at: now,
        expires_at: now + SESSION_LIFETIME,
    };
    state.store.create_staff_session(&session).await?;
    let mut response = Redirect::to("/staff/queue").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie(&state, &id)?);
    Ok(response)
}

/// `POST /staff/sign-out`: ends the session here and in the browser.
pub async fn sign_out(
    State(state): State<AppState>,
    Extension(SessionHash(hash)): Extension<SessionHash>,
) -> Result<Response, StaffError> {
    state
        .store
        .end_staff_session(&hash, Timestamp::now())
        .await?;
    let mut response = Redirect::to("/staff/sign-in").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie(&state, "")?);
    Ok(response)
}

/// Checks the password against the stored hash, or against a stand-in when there is no
/// account, so that both take the same time.
async fn verify(password: String, hash: Option<String>) -> Result<bool, StaffError> {
    let _permit = HASHING.acquire().await.map_err(StaffError::internal)?;
    tokio::task::spawn_blocking(move || {
        let hash = match hash {
            Some(hash) => hash,
            None => stand_in_hash()?.to_owned(),
        };
        let parsed = PasswordHash::new(&hash).ok()?;
        Some(
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok(),
        )
    })
    .await
    .map(|ok| ok.unwrap_or(false))
    .map_err(StaffError::internal)
}

fn stand_in_hash() -> Option<&'static str> {
    static HASH: OnceLock<Option<String>> = OnceLock::new();
    HASH.get_or_init(|| {
        Argon2::default()
            .hash_password(b"no account has this password")
            .ok()
            .map(|h| h.to_string())
    })
    .as_deref()
}
