//! Feeds the SMS webhook arbitrary calls: the input's first line is the `X-Twilio-Signature`
//! header, the rest the form body, read by axum's `Form` and then by the webhook's own
//! signature check and keyword reading.
//! Must hold: nothing panics; a signature is accepted only when it is the provider's signature
//! of exactly these fields (so a random one never is), and the provider's always is.
#![no_main]

use axum::Form;
use axum::extract::FromRequest;
use axum::http::{HeaderMap, HeaderValue};
use heard_fuzz::{block_on, post};
use heard_http::webhooks::{is_signed, opt_out_change, sign};
use libfuzzer_sys::fuzz_target;

const TOKEN: &str = "fuzzing-account-token";
const PUBLIC_URL: &str = "https://heard.example";

fuzz_target!(|data: &[u8]| {
    let (signature, body) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&[][..], data),
    };
    let request = post("application/x-www-form-urlencoded", body);
    let Ok(Form(fields)) = block_on(Form::<Vec<(String, String)>>::from_request(request, &()))
    else {
        return;
    };
    let genuine = sign(TOKEN, &format!("{PUBLIC_URL}/webhooks/sms"), &fields);

    let mut headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_bytes(signature) {
        headers.insert("x-twilio-signature", value);
    }
    if is_signed(TOKEN, PUBLIC_URL, &headers, &fields) {
        let given = headers.get("x-twilio-signature").map(HeaderValue::to_str);
        assert_eq!(
            given.and_then(Result::ok).map(str::trim),
            Some(genuine.as_str())
        );
    }

    let mut signed = HeaderMap::new();
    signed.insert(
        "x-twilio-signature",
        HeaderValue::from_str(&genuine).expect("Base64"),
    );
    assert!(is_signed(TOKEN, PUBLIC_URL, &signed, &fields));
    assert!(!is_signed("another token", PUBLIC_URL, &signed, &fields));

    if let Some((phone, _)) = opt_out_change(&fields) {
        assert!(phone.starts_with('+') && phone[1..].bytes().all(|b| b.is_ascii_digit()));
    }
});
