//! Training: each staff member's training switch, their page with the courses they completed
//! (which an administrator records), and the report of completed training.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::Role;
use heard_domain::permissions::Action;
use heard_storage::{CourseCount, NewTrainingRecord, StoreError, TrainingRecord};
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Deserialize;

use super::error::{StaffError, staff_page};
use super::session::StaffUser;
use crate::AppState;

/// The longest course name kept.
const MAX_COURSE_CHARS: usize = 200;

#[derive(Template)]
#[template(path = "staff/user.html")]
struct UserPage {
    me: StaffUser,
    username: String,
    display_name: String,
    role: &'static str,
    own: bool,
    sandbox: bool,
    may_record: bool,
    records: Vec<TrainingRecord>,
    course: String,
    completed_on: String,
    errors: Vec<(&'static str, String)>,
}

impl UserPage {
    fn e(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

#[derive(Template)]
#[template(path = "staff/training_report.html")]
struct ReportPage {
    me: StaffUser,
    staff: usize,
    courses: Vec<CourseCount>,
}

/// The training switch's form.
#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    on: String,
}

/// The form that records a completed course.
#[derive(Deserialize)]
pub struct RecordForm {
    #[serde(default)]
    course: String,
    #[serde(default)]
    completed_on: String,
}

/// `POST /staff/training`: turns the signed-in staff member's training mode on (`on=yes`) or
/// off.
pub async fn switch_training(
    State(state): State<AppState>,
    me: StaffUser,
    Form(form): Form<SwitchForm>,
) -> Result<Response, StaffError> {
    let on = form.on == "yes";
    state.store.set_staff_training(&me.username, on).await?;
    tracing::info!(training = on, "staff training switch changed");
    Ok(Redirect::to(&format!("/staff/users/{}", me.username)).into_response())
}

/// `GET /staff/users/{username}`: a staff member's page and the training they completed. Any
/// staff member sees their own; another's needs [`Action::ManageUsers`].
pub async fn show_user(
    State(state): State<AppState>,
    me: StaffUser,
    Path(username): Path<String>,
) -> Result<Response, StaffError> {
    if username != me.username {
        me.require(Action::ManageUsers)?;
    }
    let page = user_page(&state, me, &username, RecordForm::empty(), Vec::new()).await?;
    staff_page(StatusCode::OK, &page)
}

/// `POST /staff/users/{username}/training`: an administrator records a completed course.
pub async fn record_training(
    State(state): State<AppState>,
    me: StaffUser,
    Path(username): Path<String>,
    Form(form): Form<RecordForm>,
) -> Result<Response, StaffError> {
    me.require(Action::ManageUsers)?;
    let mut errors = Vec::new();
    let course = form.course.trim().to_owned();
    if course.is_empty() || course.chars().count() > MAX_COURSE_CHARS {
        errors.push((
            "course",
            format!("Write the course's name, up to {MAX_COURSE_CHARS} characters."),
        ));
    }
    let today = Timestamp::now()
        .to_zoned_datetime(heard_domain::i18n::city_zone())
        .date();
    let completed_on = match form.completed_on.trim().parse::<Date>() {
        Ok(day) if day <= today => Some(day),
        Ok(_) => {
            errors.push(("completed_on", "The day cannot be in the future.".into()));
            None
        }
        Err(_) => {
            errors.push((
                "completed_on",
                "Write the day it was completed as YYYY-MM-DD, such as 2026-03-31.".into(),
            ));
            None
        }
    };
    let Some(completed_on) = completed_on.filter(|_| errors.is_empty()) else {
        let page = user_page(&state, me, &username, form, errors).await?;
        return staff_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };

    let record = NewTrainingRecord {
        username: username.clone(),
        course,
        completed_on,
        recorded_by: me.username.clone(),
    };
    match state.store.record_training(&record, Timestamp::now()).await {
        Ok(()) => Ok(Redirect::to(&format!("/staff/users/{username}")).into_response()),
        Err(StoreError::NotFound) => Err(StaffError::not_found()),
        Err(e) => Err(e.into()),
    }
}

/// `GET /staff/reports/training`: how many staff members completed each course.
pub async fn show_training_report(
    State(state): State<AppState>,
    me: StaffUser,
) -> Result<Response, StaffError> {
    me.require(Action::ViewReports)?;
    let courses = state.store.training_counts().await?;
    let staff = state.store.list_staff_users().await?.len();
    staff_page(StatusCode::OK, &ReportPage { me, staff, courses })
}

impl RecordForm {
    fn empty() -> Self {
        RecordForm {
            course: String::new(),
            completed_on: String::new(),
        }
    }
}

async fn user_page(
    state: &AppState,
    me: StaffUser,
    username: &str,
    form: RecordForm,
    errors: Vec<(&'static str, String)>,
) -> Result<UserPage, StaffError> {
    let user = state.store.find_staff_user(username).await?;
    let records = state.store.training_records(username).await?;
    Ok(UserPage {
        own: user.username == me.username,
        sandbox: state.store.is_training(),
        may_record: me.may(Action::ManageUsers),
        role: role_words(user.role),
        username: user.username,
        display_name: user.display_name,
        records,
        course: form.course,
        completed_on: form.completed_on,
        errors,
        me,
    })
}

fn role_words(role: Role) -> &'static str {
    role.words()
}
