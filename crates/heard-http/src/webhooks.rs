//! Callbacks from outside services: the SMS provider's inbound-message webhook, through which
//! residents text STOP to opt out of text messages and START to opt back in.

use axum::Router;
use axum::extract::{Form, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::post;
use heard_domain::notify::{SmsKeyword, e164, sms_keyword};
use serde::Deserialize;

use crate::{AppError, AppState};

/// The provider's answer: an empty TwiML document, so that it sends no reply of its own.
const EMPTY_REPLY: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

/// `POST /webhooks/sms`.
pub fn router() -> Router<AppState> {
    Router::new().route("/webhooks/sms", post(receive_sms))
}

/// The fields of an inbound text that matter here (the provider sends more).
#[derive(Debug, Deserialize)]
struct InboundSms {
    #[serde(rename = "From")]
    from: String,
    #[serde(rename = "Body", default)]
    body: String,
}

/// An inbound text: STOP (and its synonyms) opts the sender's number out of text messages,
/// START opts it back in; anything else is ignored. Logs the keyword, never the number.
async fn receive_sms(
    State(state): State<AppState>,
    Form(sms): Form<InboundSms>,
) -> Result<impl IntoResponse, AppError> {
    let keyword = sms_keyword(&sms.body);
    if let (Some(keyword), Some(phone)) = (keyword, e164(&sms.from)) {
        let opted_out = keyword == SmsKeyword::Stop;
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
