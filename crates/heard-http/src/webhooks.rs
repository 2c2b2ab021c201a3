//! Callbacks from outside services: the SMS provider's inbound-message webhook, through which
//! residents text STOP to opt out of text messages and START to opt back in.
//!
//! Each call must carry the provider's signature (`X-Twilio-Signature`: the Base64 HMAC-SHA1,
//! keyed with the account token, of the webhook's public address followed by every form
//! field's name and value in name order); an unsigned or wrongly signed call changes nothing.

use axum::Router;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, header};
use axum::response::IntoResponse;
use axum::routing::post;
use base64::Engine;
use heard_domain::notify::{SmsKeyword, e164, sms_keyword};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

use crate::{AppError, AppState};

/// The provider's answer: an empty TwiML document, so that it sends no reply of its own.
const EMPTY_REPLY: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

/// `POST /webhooks/sms`.
pub fn router() -> Router<AppState> {
    Router::new().route("/webhooks/sms", post(receive_sms))
}

/// An inbound text: STOP (and its synonyms) opts the sender's number out of text messages,
/// START opts it back in; anything else is ignored. Logs the keyword, never the number.
async fn receive_sms(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<impl IntoResponse, AppError> {
    let Some(token) = state.sms_webhook_token.as_deref() else {
        return Err(AppError::NotFound(
            "SMS is not configured on this server.".into(),
        ));
    };
    if !is_signed(token, &state.public_url, &headers, &fields) {
        tracing::warn!("SMS webhook call with a missing or wrong signature refused");
        return Err(AppError::Forbidden(
            "The request is not signed by the SMS provider.".into(),
        ));
    }

    if let Some((phone, opted_out)) = opt_out_change(&fields) {
        state
            .store
            .set_sms_opt_out(&phone, opted_out)
            .await
            .map_err(|e| AppError::Unavailable(format!("cannot record the SMS opt-out: {e}")))?;
        tracing::info!(sms.opted_out = opted_out, "SMS keyword received");
    }

    Ok((
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        EMPTY_REPLY,
    ))
}

/// Whether a call to this server's webhook (at `public_url`) carries the provider's signature
/// of its form fields in `X-Twilio-Signature`.
pub fn is_signed(
    token: &str,
    public_url: &str,
    headers: &HeaderMap,
    fields: &[(String, String)],
) -> bool {
    let url = format!("{public_url}/webhooks/sms");
    let signature = headers
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    signed_by(token, &url, fields, signature)
}

/// What a signed inbound text asks for: the sender's number (E.164) and whether it opts out
/// (STOP) or back in (START); `None` for any other text or a sender that is no phone number.
pub fn opt_out_change(fields: &[(String, String)]) -> Option<(String, bool)> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let keyword = sms_keyword(field("Body").unwrap_or_default())?;
    let phone = field("From").and_then(e164)?;
    Some((phone, keyword == SmsKeyword::Stop))
}

/// The MAC of a call: the address, then each field's name and value in name order.
fn mac_of(token: &str, url: &str, fields: &[(String, String)]) -> Option<Hmac<Sha1>> {
    let mut mac = Hmac::<Sha1>::new_from_slice(token.as_bytes()).ok()?;
    let mut sorted: Vec<&(String, String)> = fields.iter().collect();
    sorted.sort();
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    Some(mac)
}

/// The signature the provider sends with a call, as `X-Twilio-Signature` carries it.
pub fn sign(token: &str, url: &str, fields: &[(String, String)]) -> String {
    mac_of(token, url, fields).map_or_else(String::new, |mac| {
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    })
}

/// Whether `signature` is the provider's signature of this call (checked in constant time).
pub fn signed_by(token: &str, url: &str, fields: &[(String, String)], signature: &str) -> bool {
    let Ok(given) = base64::engine::general_purpose::STANDARD.decode(signature.trim()) else {
        return false;
    };
    mac_of(token, url, fields).is_some_and(|mac| mac.verify_slice(&given).is_ok())
}
