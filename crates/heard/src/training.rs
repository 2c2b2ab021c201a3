//! The training sandbox's practice cases (`heard serve --training`): complaints made from
//! published 311 service requests, so that staff practise on the City's real kinds of cases,
//! places and wording. Every one is stored as a training case.

use std::path::Path;

use anyhow::Context;
use heard_domain::calendar::BusinessCalendar;
use heard_domain::event::Actor;
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, SubmittedLocation};
use heard_domain::process::Clocks;
use heard_domain::service_request::ServiceRequest;
use heard_domain::{Channel, Directory};
use heard_storage::Store;
use jiff::{Timestamp, ToSpan};

/// How many practice cases a sandbox starts with.
pub const PRACTICE_CASES: usize = 25;

/// Adds practice cases from the records in `file` when the store holds no training case yet;
/// returns how many were added. `store` must be a training store.
pub async fn seed(
    store: &Store,
    directory: &Directory,
    calendar: &BusinessCalendar,
    file: &Path,
) -> anyhow::Result<usize> {
    anyhow::ensure!(store.is_training(), "practice cases need a training store");
    if store.count_training_cases().await? > 0 {
        return Ok(0);
    }
    let bytes = std::fs::read(file)
        .with_context(|| format!("cannot read HEARD_TRAINING_RECORDS {}", file.display()))?;
    let format = heard_import::detect(&bytes)?;
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("records");
    let source = heard_import::default_source(format, stem);
    let requests = heard_import::read(&bytes, format, &source)?
        .filter_map(Result::ok)
        .take(PRACTICE_CASES);

    let clocks = Clocks::new(calendar);
    let mut added = 0;
    for (i, request) in requests.enumerate() {
        let submission = practice(directory, &request, i);
        let context = IntakeContext {
            channel: Channel::Phone,
            taken_by: Some("training.agent".into()),
        };
        let Ok(mut valid) = submission.validate(directory, &context) else {
            continue;
        };
        // Spread over the last weeks, so that some are near their due dates.
        let at = Timestamp::now() - ((i as i64 % 12) * 24 + 2).hours();
        let standards = directory
            .division(valid.division())
            .map(|d| d.standards)
            .unwrap_or_default();
        valid.schedule(
            clocks.first_stage(&standards, at),
            Clocks::terms(&standards),
        );
        let actor = Actor::Staff {
            username: "training.agent".into(),
        };
        store
            .create_case(&valid, at, &actor, Channel::Phone)
            .await?;
        added += 1;
    }
    Ok(added)
}

/// A complaint about a published request: its type, place and published status, with an
/// invented resident.
fn practice(directory: &Directory, request: &ServiceRequest, i: usize) -> Submission {
    let category = directory
        .divisions()
        .iter()
        .flat_map(|d| d.sections.iter())
        .flat_map(|s| s.categories.iter())
        .find(|c| c.name.eq_ignore_ascii_case(request.type_name.trim()))
        .map(|c| c.code.clone());
    let day = request
        .requested_at
        .to_zoned_datetime(heard_domain::i18n::city_zone())
        .date();
    let status = request
        .status_notes
        .as_deref()
        .unwrap_or(request.status.as_str());
    let description = format!(
        "I asked the City about \"{}\" on {day} (request {}). The status says: {status}. It is \
         still not fixed and nobody has told me when it will be.",
        request.type_name.trim(),
        request.number,
    );
    Submission {
        kind: Some("complaint".into()),
        category,
        description: Some(description),
        location: Some(SubmittedLocation {
            address: request
                .address
                .clone()
                .map(|a| a.chars().take(200).collect()),
            lat: request.lat,
            lon: request.lon,
            ..SubmittedLocation::default()
        }),
        contact: Some(SubmittedContact {
            name: Some(format!("Practice Resident {}", i + 1)),
            email: Some(format!("practice{}@example.invalid", i + 1)),
            ..SubmittedContact::default()
        }),
        ..Submission::default()
    }
}
