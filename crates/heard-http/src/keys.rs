//! API keys for Open311 and API clients: `heard_<id>_<secret>`, found by id, the secret
//! checked against its stored SHA-256 in constant time, refused once revoked.

use sha2::{Digest, Sha256};

use crate::AppState;

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
