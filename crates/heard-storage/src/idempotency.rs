//! Idempotency keys: a retried submission finds the case its first try stored, and a key
//! reused for a different submission is refused.

use heard_domain::TrackingNumber;

use crate::StoreError;

pub(crate) const FIND_KEY: &str =
    "SELECT tracking_number, fingerprint FROM idempotency_keys WHERE key = $1";

pub(crate) const INSERT_KEY: &str = "INSERT INTO idempotency_keys (key, tracking_number, fingerprint, \
     created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING";

/// A key that makes retries of one submission safe, with a fingerprint of the request.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    /// The key, scoped by its caller (for example `web:` or `api:<client>:` and the key).
    pub key: String,
    /// A digest of the request, so that a key reused for another request is refused.
    pub fingerprint: String,
}

impl IdempotencyKey {
    pub(crate) fn replay(
        &self,
        (tracking, fingerprint): (String, String),
    ) -> Result<TrackingNumber, StoreError> {
        if fingerprint != self.fingerprint {
            return Err(StoreError::Conflict(
                "this idempotency key was already used for a different submission".into(),
            ));
        }
        tracking
            .parse()
            .map_err(|e| StoreError::Corrupt(format!("tracking number '{tracking}': {e}")))
    }
}
