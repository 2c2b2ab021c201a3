//! API keys for Open311 and API clients: `heard_<id>_<secret>`, found by id, the secret
//! checked against its stored SHA-256 in constant time, refused once revoked.
//!
//! A client shows its key in the `X-Api-Key` header, the `api_key` query parameter, or (as
//! Open311 submissions do) the `api_key` field of a form body. [`identify`] checks it once per
//! request, so that rate limits apply per key rather than per address.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::Response;
use sha2::{Digest, Sha256};

use crate::AppState;

/// A request made with a valid API key: the key's name.
#[derive(Debug, Clone)]
pub struct KeyHolder(pub String);

/// Middleware: marks a request that carries a valid API key with [`KeyHolder`]. A missing or
/// invalid key changes nothing here; the routes that require a key refuse it themselves.
pub async fn identify(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut request, key) = match presented_key(request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Some(key) = key
        && let Ok(name) = check_api_key(&state, Some(&key)).await
    {
        request.extensions_mut().insert(KeyHolder(name));
    }
    next.run(request).await
}

/// The key a request presents, if any; a form body is read and put back for the handler.
async fn presented_key(request: Request) -> Result<(Request, Option<String>), Response> {
    let header_key = request
        .headers()
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let query_key = request
        .uri()
        .query()
        .and_then(|q| form_field(q.as_bytes(), "api_key"));
    if let Some(key) = header_key.or(query_key) {
        return Ok((request, Some(key)));
    }

    // Only Open311 puts the key in a form body; other forms are left unread.
    let is_form = request.method() == Method::POST
        && request.uri().path().starts_with("/open311/")
        && request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok((request, None));
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, crate::MAX_BODY_BYTES).await else {
        let message = format!("The body is larger than {} bytes.", crate::MAX_BODY_BYTES);
        return Err(crate::error::in_surface_format(
            parts.uri.path(),
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            &message,
        ));
    };
    let key = form_field(&bytes, "api_key");
    Ok((Request::from_parts(parts, Body::from(bytes)), key))
}

/// The value of `name` in a URL-encoded form or query.
fn form_field(encoded: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(encoded)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The client's name when the key is valid, or what is wrong with it.
pub async fn check_api_key(state: &AppState, key: Option<&str>) -> Result<String, String> {
    let refused = || "A valid api_key is required to submit requests.".to_owned();
    let key = key.ok_or_else(refused)?;
    let (id, secret) = key
        .strip_prefix("heard_")
        .and_then(|rest| rest.split_once('_'))
        .ok_or_else(refused)?;
    let record = state.store.find_api_key(id).await.map_err(|_| refused())?;
    if record.revoked_at.is_some() {
        return Err("This api_key was revoked.".into());
    }

    let digest: String = Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if !same(digest.as_bytes(), record.secret_sha256.as_bytes()) {
        return Err(refused());
    }
    Ok(record.name)
}

/// Compares without stopping at the first difference, so timing tells nothing.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
