//! `/staff/intake`: a 311 agent (or division staff at a counter) records a complaint,
//! compliment or comment taken by phone, in person, by mail or by e-mail: the channel, the
//! language spoken and whether an interpreter helped, any accommodation, and scanned letters
//! or e-mails. Then the tracking number is read back to the caller.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::case::ComplaintCategory;
use heard_domain::event::Actor;
use heard_domain::i18n::Locale;
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, SubmittedLocation};
use heard_domain::knowledge;
use heard_domain::permissions::Action;
use heard_domain::spoken;
use heard_domain::{Channel, TrackingNumber};
use jiff::Timestamp;

use super::error::{StaffError, staff_page};
use super::session::StaffUser;
use crate::AppState;
use crate::public::uploads::{self, MAX_FILES};

/// The channels an agent records; the others (web, app, Open311, chat) record themselves.
const CHANNELS: &[(Channel, &str)] = &[
    (Channel::Phone, "Phone call"),
    (Channel::InPerson, "In person, at a counter"),
    (Channel::Mail, "Letter"),
    (Channel::Email, "E-mail"),
];

/// The form's text fields, as typed.
type Fields = HashMap<String, String>;

#[derive(Template)]
#[template(path = "staff/intake.html")]
struct IntakePage {
    me: StaffUser,
    f: Fields,
    errors: Vec<(String, String)>,
    channels: &'static [(Channel, &'static str)],
    complaint_categories: Vec<(&'static str, &'static str)>,
    divisions: Vec<(String, Vec<(String, String)>)>,
    languages: Vec<(&'static str, &'static str)>,
    spoken: Vec<String>,
    guidance: Option<Shown>,
}

/// The knowledge-base guidance shown beside the form for the chosen category.
struct Shown {
    id: String,
    title: String,
    questions: String,
    standard: String,
}

impl IntakePage {
    /// The value typed in `name`, or nothing.
    fn v(&self, name: &str) -> &str {
        self.f.get(name).map_or("", String::as_str)
    }

    /// The problem with `name`, if any.
    fn e(&self, name: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, message)| message.as_str())
    }
}

#[derive(Template)]
#[template(path = "staff/intake_done.html")]
struct DonePage {
    me: StaffUser,
    tracking: String,
    /// The digits in groups, as read aloud.
    spoken_groups: Vec<String>,
}

fn page(state: &AppState, me: StaffUser, f: Fields, errors: Vec<(String, String)>) -> IntakePage {
    let directory = &state.directory;
    let guidance = guidance(state, &f).map(|article| Shown {
        id: article.id.clone(),
        title: article.title.clone(),
        questions: section_html(article, knowledge::QUESTIONS),
        standard: section_html(article, knowledge::STANDARD),
    });
    IntakePage {
        guidance,
        me,
        f,
        errors,
        channels: CHANNELS,
        complaint_categories: ComplaintCategory::ALL
            .iter()
            .map(|c| (c.code(), category_words(*c)))
            .collect(),
        divisions: directory
            .divisions()
            .iter()
            .map(|d| {
                let categories = d
                    .sections
                    .iter()
                    .flat_map(|s| {
                        s.categories
                            .iter()
                            .map(|c| (c.code.clone(), c.name.clone()))
                    })
                    .collect();
                (d.name.clone(), categories)
            })
            .collect(),
        languages: Locale::all().map(|l| (l.tag(), l.autonym())).collect(),
        spoken: spoken::all().iter().map(spoken_option).collect(),
    }
}

/// The article that guides the category chosen in the form (the triage one when not sure).
fn guidance<'a>(state: &'a AppState, f: &Fields) -> Option<&'a knowledge::Article> {
    let category = f
        .get("category")
        .map(|c| c.trim())
        .filter(|c| !c.is_empty() && *c != "not_sure");
    state
        .guidance
        .knowledge
        .guidance_for(&state.directory, category)
}

fn section_html(article: &knowledge::Article, heading: &str) -> String {
    article
        .section(heading)
        .map(|s| crate::markdown::to_html(&s.markdown))
        .unwrap_or_default()
}

/// A language as offered in the list: searchable by its English name and by its own name,
/// with its code last, which is what the form sends back.
fn spoken_option(language: &spoken::SpokenLanguage) -> String {
    format!("{} [{}]", language.label(), language.alpha3)
}

fn category_words(c: ComplaintCategory) -> &'static str {
    match c {
        ComplaintCategory::PolicyProcess => "A policy or process",
        ComplaintCategory::Staff => "Staff conduct",
        ComplaintCategory::AccessToService => "Access to a service",
        ComplaintCategory::Timeliness => "How long it took",
        ComplaintCategory::Outcome => "The outcome",
        ComplaintCategory::Quality => "The quality of a service",
        ComplaintCategory::StandardOfService => "The standard of service received",
        ComplaintCategory::Charges => "Fees or charges",
    }
}

/// `GET /staff/intake`.
pub async fn show_intake(
    State(state): State<AppState>,
    me: StaffUser,
) -> Result<Response, StaffError> {
    me.require(Action::RecordContact)?;
    let mut f = Fields::new();
    f.insert("channel".into(), Channel::Phone.code().into());
    f.insert("preferred_language".into(), "en".into());
    staff_page(StatusCode::OK, &page(&state, me, f, Vec::new()))
}

/// `POST /staff/intake`: records the case and shows its tracking number to read back.
pub async fn record_intake(
    State(state): State<AppState>,
    me: StaffUser,
    multipart: Multipart,
) -> Result<Response, StaffError> {
    me.require(Action::RecordContact)?;
    let (f, files) = read(multipart).await?;
    // "Show guidance" sends the form back as typed, with the chosen category's guidance.
    if f.get("show_guidance").is_some_and(|v| v == "yes") {
        return staff_page(StatusCode::OK, &page(&state, me, f, Vec::new()));
    }
    let mut errors = Vec::new();

    let channel = f
        .get("channel")
        .and_then(|c| Channel::from_code(c))
        .filter(|c| CHANNELS.iter().any(|(known, _)| known == c));
    if channel.is_none() {
        errors.push(("channel".into(), "Choose how the case came to you.".into()));
    }
    let spoken = spoken_code(&f, &mut errors);
    if f.get("notice_read").is_none_or(|v| v != "yes") {
        errors.push((
            "notice_read".into(),
            "Confirm that you told the person how the City uses their information.".into(),
        ));
    }
    let mut checked = Vec::new();
    if files.len() > MAX_FILES {
        errors.push((
            "attachments".into(),
            format!("Attach at most {MAX_FILES} files."),
        ));
    }
    for (name, bytes) in files.into_iter().take(MAX_FILES) {
        match uploads::check(&name, bytes, Locale::ENGLISH) {
            Ok(file) => checked.push(file),
            Err(message) => errors.push(("attachments".into(), message)),
        }
    }

    let context = IntakeContext {
        channel: channel.unwrap_or(Channel::Phone),
        taken_by: Some(me.username.clone()),
    };
    let valid = match submission(&f, spoken).validate(&state.directory, &context) {
        Ok(valid) if errors.is_empty() => Some(valid),
        Ok(_) => None,
        Err(found) => {
            errors.extend(
                found
                    .fields
                    .into_iter()
                    .map(|e| (form_field(&e.field), e.message)),
            );
            None
        }
    };
    let Some(mut valid) = valid else {
        return staff_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page(&state, me, f, errors),
        );
    };

    for file in checked {
        let sha256 = state.files.put(&file.bytes).await?;
        valid.attach(heard_domain::case::Attachment {
            id: sha256.clone(),
            file_name: file.file_name,
            media_type: file.media_type.to_owned(),
            size_bytes: file.bytes.len() as u64,
            sha256,
        });
    }
    // What was on the screen beside the form, which may be another category's guidance if
    // the category changed after it was shown.
    let shown = f.get("guidance").map(String::as_str);
    if let Some(article) = shown.and_then(|id| state.guidance.knowledge.article(id)) {
        valid.guided_by(&article.id);
    }
    if me.training {
        valid.for_training();
    }
    let now = Timestamp::now();
    state.schedule(&mut valid, now);
    let actor = Actor::Staff {
        username: me.username.clone(),
    };
    let created = state
        .store
        .create_case_once(None, &valid, now, &actor, context.channel)
        .await?;
    tracing::info!(case.division = %created.state.division, channel = %context.channel, case.training = created.state.training, "case recorded by staff");
    Ok(Redirect::to(&format!("/staff/intake/{}", created.state.tracking_number)).into_response())
}

/// `GET /staff/intake/{tracking_number}`: the number to read back.
pub async fn intake_done(me: StaffUser, Path(raw): Path<String>) -> Result<Response, StaffError> {
    me.require(Action::RecordContact)?;
    let tracking: TrackingNumber = raw.parse().map_err(|_| StaffError::not_found())?;
    let compact = tracking.compact();
    let spoken_groups = [&compact[0..4], &compact[4..8], &compact[8..]]
        .iter()
        .map(|group| {
            group
                .chars()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    staff_page(
        StatusCode::OK,
        &DonePage {
            me,
            tracking: tracking.to_string(),
            spoken_groups,
        },
    )
}

/// The three-letter code of the language spoken, from the list's label (`Tamil — தமிழ் [tam]`)
/// or a code typed alone.
fn spoken_code(f: &Fields, errors: &mut Vec<(String, String)>) -> Option<String> {
    let typed = f.get("spoken_language").map(|s| s.trim()).unwrap_or("");
    if typed.is_empty() {
        return None;
    }
    let code = typed
        .rsplit_once('[')
        .and_then(|(_, rest)| rest.strip_suffix(']'))
        .unwrap_or(typed);
    match spoken::find(code.trim()) {
        Some(language) => Some(language.alpha3.to_owned()),
        None => {
            errors.push((
                "spoken_language".into(),
                "Pick the language from the list: type part of its English name or its own name."
                    .into(),
            ));
            None
        }
    }
}

fn submission(f: &Fields, spoken: Option<String>) -> Submission {
    let text = |name: &str| {
        f.get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let anonymous = f.get("anonymous").is_some_and(|v| v == "yes");
    let interpreted = f.get("interpreter").is_some_and(|v| v == "yes");
    let contact = SubmittedContact {
        name: text("name"),
        email: text("email"),
        phone: text("phone"),
        preferred_contact_method: text("preferred_contact_method"),
        preferred_language: text("preferred_language"),
        // The language spoken is recorded as interpreted only when an interpreter helped.
        interpreter_language: spoken.filter(|_| interpreted),
        accommodation: text("accommodation"),
        acting_for: text("acting_for"),
    };
    Submission {
        kind: text("kind"),
        category: text("category"),
        complaint_categories: f
            .iter()
            .filter(|(k, v)| k.starts_with("complaint_category_") && *v == "yes")
            .map(|(k, _)| k.trim_start_matches("complaint_category_").to_owned())
            .collect(),
        description: text("description"),
        happened: text("happened"),
        remedy_sought: text("remedy_sought"),
        location: Some(SubmittedLocation {
            address: text("address"),
            postal_code: text("postal_code"),
            lat: None,
            lon: None,
        }),
        contact: Some(if anonymous {
            SubmittedContact {
                preferred_language: contact.preferred_language,
                interpreter_language: contact.interpreter_language,
                accommodation: contact.accommodation,
                ..SubmittedContact::default()
            }
        } else {
            contact
        }),
        anonymous,
        service_requests: text("service_request").into_iter().collect(),
    }
}

/// The form field that shows a problem intake found with an API field.
fn form_field(field: &str) -> String {
    let field = field
        .strip_prefix("location.")
        .or_else(|| field.strip_prefix("contact."))
        .unwrap_or(field);
    match field {
        f if f.starts_with("service_requests") => "service_request".into(),
        f if f.starts_with("complaint_categories") => "complaint_categories".into(),
        "interpreter_language" => "spoken_language".into(),
        f => f.into(),
    }
}

type Files = Vec<(String, axum::body::Bytes)>;

async fn read(mut multipart: Multipart) -> Result<(Fields, Files), StaffError> {
    let unreadable = |_| StaffError::bad_request("The form could not be read; send it again.");
    let mut fields = Fields::new();
    let mut files = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "attachments" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(unreadable)?;
            if !bytes.is_empty() || !file_name.is_empty() {
                files.push((file_name, bytes));
            }
        } else {
            // Strictly UTF-8, where multer's text() would replace bad bytes unannounced.
            let bytes = field.bytes().await.map_err(unreadable)?;
            let value = String::from_utf8(bytes.to_vec()).map_err(|_| {
                StaffError::bad_request("A field of the form is not UTF-8 text; send it again.")
            })?;
            fields.insert(name, value);
        }
    }
    Ok((fields, files))
}
