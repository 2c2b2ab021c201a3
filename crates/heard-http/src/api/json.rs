//! JSON request bodies, parsed with rejections that are problem documents saying what to fix,
//! instead of axum's plain-text messages.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::error::Category;

use heard_domain::ValidationErrors;

use crate::AppError;
use crate::error::problem;

/// A JSON request body, parsed into `T`, with the raw bytes kept (to fingerprint a request).
pub struct ApiJson<T> {
    /// The parsed body.
    pub value: T,
    /// The body as received.
    pub bytes: Bytes,
}

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let headers = req.headers().clone();
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                let limit = crate::MAX_BODY_BYTES;
                problem(
                    rejection.status(),
                    "The body is too large",
                    &format!("Send at most {limit} bytes."),
                )
            } else {
                problem(
                    rejection.status(),
                    "The body could not be read",
                    &rejection.body_text(),
                )
            }
        })?;
        let value = parse(&headers, &bytes).map_err(|refusal| match refusal {
            Refusal::Field(field, message) => {
                AppError::Invalid(ValidationErrors::one(field, message)).into_response()
            }
            Refusal::Whole(status, title, detail) => problem(status, title, &detail),
        })?;
        Ok(ApiJson { value, bytes })
    }
}

/// Why a body was refused.
enum Refusal {
    /// One field has the wrong type or is not known: its path and what is wrong.
    Field(String, String),
    /// The body as a whole: the status, a title and what to fix.
    Whole(StatusCode, &'static str, String),
}

/// Parses a JSON body after checking that it was sent as JSON.
fn parse<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Result<T, Refusal> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| {
            let mime = mime.trim().to_ascii_lowercase();
            mime == "application/json" || mime.ends_with("+json")
        });
    if !is_json {
        return Err(Refusal::Whole(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Unsupported Media Type",
            "Send the body as JSON with the header Content-Type: application/json.".into(),
        ));
    }

    let syntax = |e: serde_json::Error| {
        Refusal::Whole(
            StatusCode::BAD_REQUEST,
            "The body is not valid JSON",
            format!("Fix the JSON and send it again: {e}"),
        )
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            Category::Data => {
                // serde's message ends with the position; the field name says more.
                let text = inner.to_string();
                let message = text.split(" at line ").next().unwrap_or(&text).to_owned();
                let field = if path == "." { "body".to_owned() } else { path };
                Refusal::Field(field, message)
            }
            Category::Syntax | Category::Eof | Category::Io => syntax(inner),
        }
    })?;
    deserializer.end().map_err(syntax)?;
    Ok(value)
}
