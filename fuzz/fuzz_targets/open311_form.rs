//! Feeds arbitrary bytes to Open311 twice: as the form body of `POST requests.{format}` (read
//! by axum's `Form`, then by the module's own `read_submission` against the shipped directory)
//! and as the query string of `GET requests.{format}` (the module's `read_filter`). Refusals
//! are rendered as XML and JSON error documents, as the handlers answer them.
//! Must hold: nothing panics; a refusal lists at least one error; a filter is never inverted.
#![no_main]

use axum::Form;
use axum::extract::FromRequest;
use heard_fuzz::{block_on, directory, post};
use heard_http::fuzzing::{read_filter, read_submission};
use heard_http::open311::{Format, error};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let request = post("application/x-www-form-urlencoded", data);
    if let Ok(Form(fields)) = block_on(Form::<Vec<(String, String)>>::from_request(request, &())) {
        match read_submission(&fields, directory()) {
            Ok(valid) => assert!(directory().division(valid.division()).is_some()),
            Err(refused) => {
                assert!(!refused.errors.is_empty(), "a refusal says why");
                drop(refused.answer(Format::Xml));
                drop(refused.answer(Format::Json));
            }
        }
    }

    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    match read_filter(Some(query)) {
        Ok(filter) => {
            if let (Some(from), Some(to)) = (filter.received_from, filter.received_to) {
                assert!(from <= to, "start_date after end_date was accepted");
            }
        }
        Err(message) => drop(error(Format::Xml, 400, &message)),
    }
});
