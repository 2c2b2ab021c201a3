//! Text messages through a provider's HTTP API, Twilio-style: a form POST of `To`, `From` and
//! `Body` to `{base}/Accounts/{account}/Messages.json` with basic authentication. Rate limits
//! and server errors are retried; a number the provider calls invalid is given up at once.

use std::time::Duration;

use heard_storage::OutboxMessage;
use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;
use serde::Deserialize;

use crate::{SendError, WorkerError};

/// The provider's error codes that mean the recipient can never get the message: invalid,
/// unreachable or landline numbers, and numbers that told the carrier to stop.
const UNREACHABLE_CODES: &[i64] = &[21211, 21214, 21217, 21401, 21421, 21610, 21612, 21614];

/// How to reach the SMS provider.
#[derive(Debug, Clone)]
pub struct SmsConfig {
    /// `HEARD_SMS_BASE_URL`, for example `https://api.twilio.com/2010-04-01`.
    pub base_url: String,
    /// `HEARD_SMS_ACCOUNT`: the account id, also the user name for basic authentication.
    pub account: String,
    /// `HEARD_SMS_TOKEN`: the secret for basic authentication.
    pub token: String,
    /// `HEARD_SMS_FROM`: the sending number, in E.164 form.
    pub from: String,
    /// How long one request may take; keep it well under the worker's lease.
    pub timeout: Duration,
}

/// Sends text messages through the provider. Cheap to clone.
#[derive(Clone)]
pub struct SmsTransport {
    client: reqwest::Client,
    url: String,
    account: String,
    token: String,
    from: String,
}

/// The provider's error document.
#[derive(Debug, Deserialize)]
struct ProviderError {
    code: Option<i64>,
    message: Option<String>,
}

/// Makes ring the process's TLS provider (reqwest and lettre share it); the first call wins.
pub(crate) fn install_crypto() {
    // An error only says a provider is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl SmsTransport {
    /// Checks the settings; connects only when the first message is sent.
    pub fn new(config: &SmsConfig) -> Result<Self, WorkerError> {
        install_crypto();
        let base = config.base_url.trim_end_matches('/');
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(WorkerError::Config(
                "HEARD_SMS_BASE_URL must start with https:// (or http:// for a local test)".into(),
            ));
        }
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .build()
            .map_err(|e| WorkerError::Config(format!("the SMS client cannot start: {e}")))?;
        Ok(SmsTransport {
            client,
            url: format!("{base}/Accounts/{}/Messages.json", config.account),
            account: config.account.clone(),
            token: config.token.clone(),
            from: config.from.clone(),
        })
    }

    /// Hands one message to the provider.
    pub async fn send(&self, message: &OutboxMessage) -> Result<(), SendError> {
        let form = [
            ("To", message.recipient.as_str()),
            ("From", self.from.as_str()),
            ("Body", message.body_text.as_str()),
        ];
        let response = self
            .client
            .post(&self.url)
            .basic_auth(&self.account, Some(&self.token))
            .form(&form)
            .send()
            .await
            .map_err(|e| SendError::transient(format!("SMS provider unreachable: {e}")))?;

        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let error: Option<ProviderError> = response.json().await.ok();
        Err(judge(status, error, retry_after))
    }
}

/// Whether a refusal is worth retrying.
fn judge(
    status: StatusCode,
    error: Option<ProviderError>,
    retry_after: Option<Duration>,
) -> SendError {
    let code = error.as_ref().and_then(|e| e.code);
    let said = error.and_then(|e| e.message).unwrap_or_default();
    let reason = match code {
        Some(code) => format!("SMS provider answered {status}, error {code}: {said}"),
        None => format!("SMS provider answered {status}: {said}"),
    };

    let unreachable = code.is_some_and(|c| UNREACHABLE_CODES.contains(&c));
    if status == StatusCode::BAD_REQUEST && unreachable {
        SendError::permanent(reason)
    } else {
        // Rate limits, server errors, and refusals that settings can fix (credentials, the
        // sending number) are retried until the last attempt.
        SendError::Transient {
            reason,
            retry_after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(code: i64) -> Option<ProviderError> {
        Some(ProviderError {
            code: Some(code),
            message: Some("no".into()),
        })
    }

    #[test]
    fn an_invalid_number_is_permanent_and_the_rest_transient() {
        let invalid = judge(StatusCode::BAD_REQUEST, error(21211), None);
        assert!(matches!(invalid, SendError::Permanent { .. }));

        let bad_sender = judge(StatusCode::BAD_REQUEST, error(21606), None);
        assert!(matches!(bad_sender, SendError::Transient { .. }));

        let wait = Some(Duration::from_secs(3));
        let limited = judge(StatusCode::TOO_MANY_REQUESTS, error(20429), wait);
        assert_eq!(
            limited,
            SendError::Transient {
                reason: "SMS provider answered 429 Too Many Requests, error 20429: no".into(),
                retry_after: wait,
            }
        );
    }
}
