//! Feeds arbitrary bytes to `POST /api/v1/cases` as its JSON body: the API's own extractor
//! (`ApiJson<Submission>`, serde_path_to_error) reads them, intake validates the submission
//! against the shipped directory, and a refusal is rendered as the API renders it.
//! Must hold: nothing panics, and an accepted case goes to a division the directory has.
#![no_main]

use axum::extract::FromRequest;
use axum::response::IntoResponse;
use heard_domain::Channel;
use heard_domain::intake::{IntakeContext, Submission};
use heard_fuzz::{block_on, directory, post};
use heard_http::AppError;
use heard_http::api::ApiJson;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let request = post("application/json", body);
    let Ok(ApiJson { value, .. }) = block_on(ApiJson::<Submission>::from_request(request, &()))
    else {
        return;
    };

    let context = IntakeContext {
        channel: Channel::MobileApp,
        taken_by: None,
    };
    match value.validate(directory(), &context) {
        Ok(valid) => assert!(directory().division(valid.division()).is_some()),
        Err(errors) => drop(AppError::from(errors).into_response()),
    }
});
