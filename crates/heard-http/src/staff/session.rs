//! Who is signed in: the `heard_staff` cookie, the session it names in the database, and the
//! gate in front of every staff page that loads the session, checks that a form comes from
//! this site and carries the session's CSRF token.

use axum::body::{Body, to_bytes};
use axum::extract::{Form, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::permissions::{Action, allows, sees_division};
use heard_domain::{CaseState, Role};
use heard_storage::StoreError;
use jiff::{SignedDuration, Timestamp};
use rand::RngCore;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::error::StaffError;
use crate::AppState;

/// The cookie that holds the session id.
pub const COOKIE: &str = "heard_staff";

/// How long a session lasts, however active.
pub const SESSION_LIFETIME: SignedDuration = SignedDuration::from_hours(10);

/// How long an unused session stays open.
pub const IDLE_TIMEOUT: SignedDuration = SignedDuration::from_mins(60);

/// How often the last use of a session is written down.
const TOUCH_EVERY: SignedDuration = SignedDuration::from_secs(60);

/// A signed-in staff member, put in the request by [`gate`].
#[derive(Debug, Clone)]
pub struct StaffUser {
    /// Their user name.
    pub username: String,
    /// Their name for colleagues.
    pub display_name: String,
    /// Their role.
    pub role: Role,
    /// Their division, for divisional roles.
    pub division: Option<String>,
    /// The token their forms carry.
    pub csrf_token: String,
    /// In training mode (their own switch, or a training sandbox): what they record is
    /// practice, and they may act only on training cases.
    pub training: bool,
}

impl StaffUser {
    /// Whether their role allows `action`.
    pub fn may(&self, action: Action) -> bool {
        allows(self.role, action)
    }

    /// Refuses with 403 unless their role allows `action`.
    pub fn require(&self, action: Action) -> Result<(), StaffError> {
        if self.may(action) {
            Ok(())
        } else {
            Err(StaffError::forbidden())
        }
    }

    /// Whether they may see this case at all: divisional roles see only their division's.
    pub fn sees(&self, case: &CaseState) -> bool {
        sees_division(self.role, self.division.as_deref(), &case.division)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for StaffUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<StaffUser>()
            .cloned()
            .ok_or_else(|| Redirect::to("/staff/sign-in").into_response())
    }
}

/// A new random secret: 256 bits, as hex.
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Hex SHA-256, the form a session id is stored in.
pub fn sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The session id in the request's cookies, if any.
pub fn session_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Set-Cookie` value that gives the browser a session, or takes it away when `id` is
/// empty.
pub fn cookie(state: &AppState, id: &str) -> Result<HeaderValue, StaffError> {
    let secure = if state.public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let max_age = if id.is_empty() {
        0
    } else {
        SESSION_LIFETIME.as_secs()
    };
    let value =
        format!("{COOKIE}={id}; HttpOnly; SameSite=Lax; Path=/staff; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&value).map_err(StaffError::internal)
}

/// Whether a state-changing request comes from this site, as far as the browser says: the
/// `Sec-Fetch-Site` and `Origin` headers, when present, must name this origin. Clients that
/// send neither still need the form's CSRF token.
pub fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    let fetch_site = headers.get("sec-fetch-site").map(|v| v.as_bytes());
    if fetch_site.is_some_and(|site| site != b"same-origin" && site != b"none") {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if origin == state.public_url {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let Some(host) = host else {
        return false;
    };
    origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .is_some_and(|rest| rest == host)
}

/// The field every staff form carries.
#[derive(Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// In front of every staff page but sign-in: loads the session (or sends to sign-in), and
/// refuses with 403 a form that comes from another site or lacks the session's token.
pub async fn gate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    match admit(&state, request).await {
        Ok(request) => next.run(request).await,
        Err(response) => response,
    }
}

async fn admit(state: &AppState, request: Request) -> Result<Request, Response> {
    let Some(id) = session_id(request.headers()) else {
        return Err(Redirect::to("/staff/sign-in").into_response());
    };
    let id_sha256 = sha256(&id);
    let now = Timestamp::now();
    let session = match state
        .store
        .find_staff_session(&id_sha256, now, now - IDLE_TIMEOUT)
        .await
    {
        Ok(session) => session,
        Err(StoreError::NotFound) => return Err(Redirect::to("/staff/sign-in").into_response()),
        Err(e) => return Err(StaffError::from(e).into_response()),
    };
    if now.duration_since(session.last_seen_at) > TOUCH_EVERY {
        let touched = state.store.touch_staff_session(&id_sha256, now).await;
        touched.map_err(|e| StaffError::from(e).into_response())?;
    }
    let user = StaffUser {
        username: session.username,
        display_name: session.display_name,
        role: session.role,
        division: session.division,
        csrf_token: session.csrf_token,
        training: session.training || state.store.is_training(),
    };

    let mut request = if request.method() == Method::GET || request.method() == Method::HEAD {
        request
    } else {
        checked_form(state, &user, request).await?
    };
    request.extensions_mut().insert(SessionHash(id_sha256));
    request.extensions_mut().insert(user);
    Ok(request)
}

/// The hash of the current session's id, for signing out.
#[derive(Debug, Clone)]
pub struct SessionHash(pub String);

/// Reads the form once to check its token, then hands the same bytes on.
async fn checked_form(
    state: &AppState,
    user: &StaffUser,
    request: Request,
) -> Result<Request, Response> {
    if !same_origin(state, request.headers()) {
        return Err(StaffError::forbidden().into_response());
    }
    let multipart = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("multipart/form-data"));
    // Forms with files (scanned letters) may be as large as the public form.
    let limit = if multipart {
        crate::public::MAX_FORM_BYTES
    } else {
        crate::MAX_BODY_BYTES
    };
    let too_large = || StaffError::too_large(limit).into_response();
    // A body announced too large is refused before it is read, so that the browser, still
    // sending, can read the answer.
    let announced = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, limit).await.map_err(|_| too_large())?;
    let copy = Request::from_parts(parts.clone(), Body::from(bytes.clone()));
    let token = if multipart {
        multipart_token(copy).await
    } else {
        match Form::<CsrfField>::from_request(copy, &()).await {
            Ok(Form(field)) => field.csrf,
            Err(_) => String::new(),
        }
    };
    if !constant_time_eq(token.as_bytes(), user.csrf_token.as_bytes()) {
        return Err(StaffError::forbidden().into_response());
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// The `csrf` field of a multipart form (the forms put it first), or nothing.
async fn multipart_token(request: Request) -> String {
    let Ok(mut form) = axum::extract::Multipart::from_request(request, &()).await else {
        return String::new();
    };
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("csrf") {
            return field.text().await.unwrap_or_default();
        }
    }
    String::new()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
