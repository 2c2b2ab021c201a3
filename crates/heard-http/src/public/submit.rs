//! The form: showing it, receiving it, and the confirmation with the tracking number.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::case::Attachment;
use heard_domain::event::Actor;
use heard_domain::i18n::Locale;
use heard_domain::intake::IntakeContext;
use heard_domain::{Channel, TrackingNumber};
use heard_storage::IdempotencyKey;
use jiff::Timestamp;
use rand::Rng;
use serde::Deserialize;

use super::form::FormView;
use super::uploads::{self, CheckedFile, MAX_FILE_BYTES, MAX_FILES};
use crate::AppState;
use crate::lang::Lang;
use crate::render::{PageError, page};

/// A division and its categories, as (code, name), for the category list.
pub struct DivisionOptions {
    name: String,
    categories: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "submit.html")]
struct SubmitPage {
    t: Locale,
    here: String,
    f: FormView,
    errors: Vec<(String, String)>,
    files_dropped: bool,
    divisions: Vec<DivisionOptions>,
    submission_id: String,
    max_files: usize,
    max_file_mb: usize,
}

#[derive(Template)]
#[template(path = "submitted.html")]
struct Submitted {
    t: Locale,
    here: String,
    tracking_number: TrackingNumber,
    kind: &'static str,
    division: String,
    acknowledge_days: u32,
    answer_days: u32,
}

/// What the helper and the standards pages can preselect.
#[derive(Deserialize, Default)]
pub struct Preselect {
    kind: Option<String>,
    category: Option<String>,
}

fn form_page(
    state: &AppState,
    Lang { t, here }: Lang,
    f: FormView,
    submission_id: String,
    files_dropped: bool,
) -> SubmitPage {
    let directory = &state.directory;
    let name = |code: &str, english: &str| directory.name_in(t.tag(), code, english).to_owned();
    let divisions = directory
        .divisions()
        .iter()
        .map(|d| DivisionOptions {
            name: name(&d.code, &d.name),
            categories: d
                .sections
                .iter()
                .flat_map(|s| {
                    s.categories
                        .iter()
                        .map(|c| (c.code.clone(), name(&c.code, &c.name)))
                })
                .collect(),
        })
        .collect();
    SubmitPage {
        t,
        here,
        errors: f.errors(),
        f,
        files_dropped,
        divisions,
        submission_id,
        max_files: MAX_FILES,
        max_file_mb: MAX_FILE_BYTES / (1024 * 1024),
    }
}

/// A random id for one filling of the form: sending it twice creates one case.
fn new_submission_id() -> String {
    let mut rng = rand::rng();
    (0..32)
        .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
        .collect()
}

/// `GET /submit`: the empty form, with a kind and category preselected when given.
pub async fn show_form(
    State(state): State<AppState>,
    lang: Lang,
    Query(pre): Query<Preselect>,
) -> Result<Response, PageError> {
    let mut f = FormView::default();
    f.kind.value = pre.kind.unwrap_or_default();
    f.category.value = pre.category.unwrap_or_default();
    // Messages come in the language the form is read in, unless the person picks another.
    f.preferred_language.value = lang.t.tag().into();
    page(
        StatusCode::OK,
        &form_page(&state, lang, f, new_submission_id(), false),
    )
}

/// `POST /submit`: checks the form; on success stores the case and redirects to the
/// confirmation, otherwise shows the form again with every problem beside its field.
pub async fn submit_form(
    State(state): State<AppState>,
    lang: Lang,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let (fields, files) = read_multipart(multipart).await?;
    let submission_id = fields
        .get("submission_id")
        .filter(|id| id.len() == 32 && id.chars().all(|c| c.is_ascii_hexdigit()))
        .cloned();
    let mut f = FormView::from_fields(&fields);

    let t = lang.t;
    let submission = f.read_submission(t);
    let context = IntakeContext {
        channel: Channel::Web,
        taken_by: None,
    };
    let mut checked = Vec::new();
    if files.len() > MAX_FILES {
        f.set_error(
            "attachments",
            t.with("error-too-many-files", "files", MAX_FILES),
        );
    }
    for (name, bytes) in files.into_iter().take(MAX_FILES) {
        match uploads::check(&name, bytes, t) {
            Ok(file) => checked.push(file),
            Err(message) => f.set_error("attachments", message),
        }
    }
    let valid = match submission.validate(&state.directory, &context) {
        Ok(valid) if f.errors().is_empty() => Some(valid),
        Ok(_) => None,
        Err(errors) => {
            f.place_errors(&errors, t);
            None
        }
    };
    let Some(mut valid) = valid else {
        let had_files = !checked.is_empty();
        let id = submission_id.unwrap_or_else(new_submission_id);
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&state, lang, f, id, had_files),
        );
    };

    for file in checked {
        valid.attach(store_file(&state, file).await?);
    }
    if let (Some(wards), Some(lat), Some(lon)) = (
        &state.wards,
        f.lat.value.parse().ok(),
        f.lon.value.parse().ok(),
    ) {
        valid.location_mut().ward = wards.locate(lat, lon).map(|w| w.code.clone());
    }

    // The same form sent twice (a double click, a refresh) gives the first case back.
    let key = submission_id.map(|id| IdempotencyKey {
        key: format!("web:{id}"),
        fingerprint: "web-form".into(),
    });
    let now = Timestamp::now();
    state.schedule(&mut valid, now);
    let created = state
        .store
        .create_case_once(key.as_ref(), &valid, now, &Actor::Resident, Channel::Web)
        .await?;
    if !created.replayed {
        tracing::info!(case.division = %created.state.division, case.kind = %created.state.kind, "case received");
    }
    Ok(Redirect::to(&format!("/submitted/{}", created.state.tracking_number)).into_response())
}

async fn store_file(state: &AppState, file: CheckedFile) -> Result<Attachment, PageError> {
    let sha256 = state.files.put(&file.bytes).await?;
    Ok(Attachment {
        id: sha256.clone(),
        file_name: file.file_name,
        media_type: file.media_type.to_owned(),
        size_bytes: file.bytes.len() as u64,
        sha256,
    })
}

type Files = Vec<(String, axum::body::Bytes)>;

async fn read_multipart(
    mut multipart: Multipart,
) -> Result<(HashMap<String, String>, Files), PageError> {
    let unreadable = |_| PageError::bad_request("page-bad-form");
    let mut fields = HashMap::new();
    let mut files = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "attachments" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(unreadable)?;
            // A file input left empty still sends an empty part.
            if !bytes.is_empty() || !file_name.is_empty() {
                files.push((file_name, bytes));
            }
        } else {
            // Strictly UTF-8: multer's text() would put U+FFFD in place of bad bytes and keep
            // a resident's words changed without telling them.
            let bytes = field.bytes().await.map_err(unreadable)?;
            let value = String::from_utf8(bytes.to_vec())
                .map_err(|_| PageError::bad_request("page-bad-form"))?;
            fields.insert(name, value);
        }
    }
    Ok((fields, files))
}

/// `GET /submitted/{tracking_number}`: the confirmation, with what happens next and by when.
pub async fn submitted(
    State(state): State<AppState>,
    Lang { t, here }: Lang,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let tracking: TrackingNumber = raw
        .parse()
        .map_err(|_| PageError::not_found("track-not-a-number"))?;
    let case = state.store.find_case(&tracking).await?;
    let division = state.directory.division(&case.division);
    let standards = division.map(|d| d.standards).unwrap_or_default();
    page(
        StatusCode::OK,
        &Submitted {
            t,
            here,
            tracking_number: case.tracking_number,
            kind: case.kind.code(),
            division: division.map_or_else(
                || case.division.clone(),
                |d| {
                    state
                        .directory
                        .name_in(t.tag(), &d.code, &d.name)
                        .to_owned()
                },
            ),
            acknowledge_days: standards.acknowledge_days,
            answer_days: standards.first_stage_days,
        },
    )
}
