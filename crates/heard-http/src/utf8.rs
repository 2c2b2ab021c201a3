//! Text that is not UTF-8 is refused before any handler reads it. axum's query and form
//! extractors decode percent-escapes leniently, putting U+FFFD where a byte sequence is not
//! UTF-8, so a resident's words would be stored changed without anyone being told. This
//! layer answers such a query string or URL-encoded form with a 400 that names the field; the
//! error layer around it writes that answer in the surface's own format.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use percent_encoding::percent_decode;

/// Refuses a request whose query string or URL-encoded body holds text that is not UTF-8.
pub async fn refuse_invalid_text(request: Request, next: Next) -> Response {
    if let Some(field) = request
        .uri()
        .query()
        .and_then(|q| invalid_field(q.as_bytes()))
    {
        return refusal("query string", &field);
    }
    if !is_form(&request) {
        return next.run(request).await;
    }

    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, crate::MAX_BODY_BYTES).await else {
        let message = format!("The body is larger than {} bytes.", crate::MAX_BODY_BYTES);
        return (StatusCode::PAYLOAD_TOO_LARGE, message).into_response();
    };
    if let Some(field) = invalid_field(&bytes) {
        return refusal("form", &field);
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn is_form(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        })
}

/// A plain-text 400, which the error layer rewrites for the surface that answers.
fn refusal(place: &str, field: &str) -> Response {
    let message = format!(
        "The {place} field '{field}' is not valid UTF-8 text: send every field encoded as UTF-8."
    );
    (StatusCode::BAD_REQUEST, message).into_response()
}

/// The name of the first field of a URL-encoded list whose name or value does not decode to
/// UTF-8 (an undecodable name is shown with its bad bytes replaced).
fn invalid_field(encoded: &[u8]) -> Option<String> {
    encoded
        .split(|&b| b == b'&')
        .filter(|pair| !pair.is_empty())
        .find_map(|pair| {
            let mut halves = pair.splitn(2, |&b| b == b'=');
            let name = halves.next().unwrap_or_default();
            let value = halves.next().unwrap_or_default();
            let decodes = |part: &[u8]| percent_decode(part).decode_utf8().is_ok();
            (!decodes(name) || !decodes(value))
                .then(|| percent_decode(name).decode_utf8_lossy().into_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::invalid_field;

    #[test]
    fn text_in_any_script_passes_and_a_broken_sequence_is_named() {
        let good =
            "name=Zo%C3%AB&text=%E0%AE%A4%E0%AE%AE%E0%AE%BF%E0%AE%B4%E0%AF%8D+%F0%9F%98%80&x";
        assert_eq!(invalid_field(good.as_bytes()), None);
        assert_eq!(
            invalid_field(b"a=1&description=hole%FF%FEhere"),
            Some("description".into())
        );
        assert_eq!(invalid_field(b"a=1&%C3=x"), Some("\u{FFFD}".into()));
        // A lone continuation byte sent raw, not escaped, is caught as well.
        assert_eq!(invalid_field(b"q=caf\xC3"), Some("q".into()));
    }
}
