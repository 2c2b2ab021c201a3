//! The tracking page: anyone with the number sees the status, the division, the dates and the
//! updates meant for the resident; never personal data or internal notes.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::i18n::Locale;
use heard_domain::state::CaseState;
use heard_domain::tracking::TrackingNumberError;
use heard_domain::{Channel, Kind, Status, TrackingNumber};
use jiff::Timestamp;
use serde::Deserialize;

use crate::AppState;
use crate::lang::Lang;
use crate::render::{PageError, page};
use crate::resident::{ActionError, MAX_TEXT, ResidentAction, act};

#[derive(Template)]
#[template(path = "track.html")]
struct Find {
    t: Locale,
    here: String,
    number: String,
    error: Option<String>,
}

/// An instant, for machines (`datetime`) and for people in the reader's language.
pub struct When {
    iso: String,
    text: String,
}

impl When {
    fn new(t: Locale, at: Timestamp) -> Self {
        When {
            iso: at.to_string(),
            text: t.date_time(at),
        }
    }
}

/// What the case page shows.
pub struct CaseView {
    tracking_number: TrackingNumber,
    kind: &'static str,
    status_id: String,
    division: String,
    category: Option<String>,
    received: When,
    acknowledged: Option<When>,
    closed: Option<When>,
    acknowledge_days: u32,
    answer_days: u32,
    timeline: Vec<(When, String)>,
    acknowledge_by: Option<When>,
    answer_by: Option<When>,
    question: Option<String>,
    paused_since: Option<When>,
    can_escalate: bool,
    last_stage_answered: bool,
    /// The case has an e-mail or phone to write to.
    has_contact: bool,
    messages_stopped: bool,
    review_days: u32,
    window_days: u32,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage {
    t: Locale,
    here: String,
    c: CaseView,
    error: Option<String>,
    /// Which form the error belongs beside: `review`, `information` or `messages`.
    error_at: &'static str,
    reason: String,
}

/// The query of `GET /track`.
#[derive(Deserialize)]
pub struct FindQuery {
    number: Option<String>,
}

/// `GET /track`: the form, or a redirect to the case when a valid number is given.
pub async fn find(
    Lang { t, here }: Lang,
    Query(query): Query<FindQuery>,
) -> Result<Response, PageError> {
    let Some(number) = query.number.filter(|n| !n.trim().is_empty()) else {
        return page(
            StatusCode::OK,
            &Find {
                t,
                here,
                number: String::new(),
                error: None,
            },
        );
    };
    match number.parse::<TrackingNumber>() {
        Ok(tracking) => Ok(Redirect::to(&format!("/track/{tracking}")).into_response()),
        Err(e) => page(
            StatusCode::BAD_REQUEST,
            &Find {
                error: Some(t.text(number_problem(&e))),
                t,
                here,
                number,
            },
        ),
    }
}

/// The message for a tracking number that does not read.
fn number_problem(e: &TrackingNumberError) -> &'static str {
    match e {
        TrackingNumberError::CheckDigit => "track-wrong-digit",
        _ => "track-not-a-number",
    }
}

/// `GET /track/{tracking_number}`.
pub async fn show_case(
    State(state): State<AppState>,
    Lang { t, here }: Lang,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let not_found = |number: String, message: String| {
        page(
            StatusCode::NOT_FOUND,
            &Find {
                t,
                here: here.clone(),
                number,
                error: Some(message),
            },
        )
    };
    let tracking = match raw.parse::<TrackingNumber>() {
        Ok(tracking) => tracking,
        Err(e) => return not_found(raw, t.text(number_problem(&e))),
    };
    let case = match state.store.find_case(&tracking).await {
        Ok(case) => case,
        Err(heard_storage::StoreError::NotFound) => {
            return not_found(tracking.to_string(), t.text("track-not-found"));
        }
        Err(e) => return Err(e.into()),
    };
    page(
        StatusCode::OK,
        &CasePage {
            c: view(&state, t, &case),
            t,
            here,
            error: None,
            error_at: "",
            reason: String::new(),
        },
    )
}

/// The resident's words from the forms on the case page.
#[derive(Deserialize)]
pub struct ResidentWords {
    text: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /track/{tracking_number}/review`: the resident asks for an escalated review.
pub async fn request_review(
    State(state): State<AppState>,
    lang: Lang,
    Path(raw): Path<String>,
    Form(words): Form<ResidentWords>,
) -> Result<Response, PageError> {
    answer(&state, lang, &raw, ResidentAction::RequestReview, &words).await
}

/// `POST /track/{tracking_number}/information`: the resident gives the information asked for.
pub async fn provide_information(
    State(state): State<AppState>,
    lang: Lang,
    Path(raw): Path<String>,
    Form(words): Form<ResidentWords>,
) -> Result<Response, PageError> {
    answer(
        &state,
        lang,
        &raw,
        ResidentAction::ProvideInformation,
        &words,
    )
    .await
}

/// The form that stops or starts again the messages about a case.
#[derive(Deserialize)]
pub struct MessagesChoice {
    stop: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /track/{tracking_number}/messages`: the resident stops, or starts again, the e-mails
/// and text messages about their case.
pub async fn choose_messages(
    State(state): State<AppState>,
    lang: Lang,
    Path(raw): Path<String>,
    Form(choice): Form<MessagesChoice>,
) -> Result<Response, PageError> {
    let words = ResidentWords {
        text: String::new(),
        confirm: choice.confirm,
    };
    let action = ResidentAction::Messages(choice.stop == "yes");
    answer(&state, lang, &raw, action, &words).await
}

/// Takes the action and shows the case again, or the problem beside the form.
async fn answer(
    state: &AppState,
    Lang { t, here }: Lang,
    raw: &str,
    action: ResidentAction,
    words: &ResidentWords,
) -> Result<Response, PageError> {
    let tracking: TrackingNumber = raw
        .parse()
        .map_err(|_| PageError::not_found("track-not-a-number"))?;
    let result = act(
        state,
        &tracking,
        action,
        &words.text,
        &words.confirm,
        Channel::Web,
    )
    .await;
    let problem = match result {
        Ok(_) => return Ok(Redirect::to(&format!("/track/{tracking}")).into_response()),
        Err(ActionError::NotFound) => return Err(PageError::not_found("track-not-found")),
        Err(ActionError::Changed) => return Err(PageError::conflict("case-changed")),
        Err(ActionError::Store(e)) => return Err(e.into()),
        Err(e) => e,
    };
    let case = state.store.find_case(&tracking).await?;
    let again = CasePage {
        c: view(state, t, &case),
        error: Some(problem_text(t, &problem, action, &words.text, &case)),
        error_at: match action {
            ResidentAction::ProvideInformation => "information",
            ResidentAction::Messages(_) => "messages",
            ResidentAction::RequestReview | ResidentAction::Withdraw => "review",
        },
        t,
        here,
        reason: words.text.clone(),
    };
    page(StatusCode::UNPROCESSABLE_ENTITY, &again)
}

/// Tells the resident, in their language, why their action was refused.
fn problem_text(
    t: Locale,
    e: &ActionError,
    action: ResidentAction,
    text: &str,
    case: &CaseState,
) -> String {
    let count = text.chars().count();
    let information = matches!(action, ResidentAction::ProvideInformation);
    let no_contact =
        case.person.anonymous || (case.person.email.is_none() && case.person.phone.is_none());
    let id = match e {
        ActionError::Invalid(_) if count > MAX_TEXT => {
            return t.with2("action-too-long", "max", MAX_TEXT, "count", count);
        }
        ActionError::NotYours(_) => "action-not-yours",
        ActionError::NotNow(_) if no_contact => "action-anonymous",
        ActionError::Invalid(_) if text.trim().is_empty() && information => {
            "action-information-missing"
        }
        ActionError::Invalid(_) if text.trim().is_empty() => "action-reason-missing",
        _ if information => "action-information-not-now",
        _ => "action-review-not-now",
    };
    t.text(id)
}

fn view(state: &AppState, t: Locale, case: &CaseState) -> CaseView {
    let division = state.directory.division(&case.division);
    let standards = division.map(|d| d.standards).unwrap_or_default();
    let mut timeline = vec![(case.received_at, t.text("timeline-received"))];
    if let Some(at) = case.acknowledged_at {
        timeline.push((at, t.text("timeline-acknowledged")));
    }
    let mut dated: Vec<(Timestamp, String)> = case
        .public_updates
        .iter()
        .map(|u| (u.at, t.with("timeline-message", "text", &u.text)))
        .chain(case.answers.iter().map(|a| {
            let id = if a.stage == 1 {
                "timeline-answered"
            } else {
                "timeline-review-answered"
            };
            let outcome = t.text(&format!("outcome-{}", a.outcome.code()));
            (a.at, t.with(id, "outcome", outcome))
        }))
        .collect();
    for e in &case.extensions {
        let text = t.with2(
            "timeline-extension",
            "reason",
            &e.reason,
            "date",
            t.date_time(e.answer_by),
        );
        dated.push((e.at, text));
    }
    for p in &case.pauses {
        dated.push((p.from, t.with("timeline-question", "text", &p.reason)));
        if let Some(to) = p.to {
            dated.push((to, t.text("timeline-information")));
        }
    }
    dated.sort_by_key(|(at, _)| *at);
    timeline.extend(dated);
    if let Some(at) = case.closed_at {
        timeline.push((at, t.text("timeline-closed")));
    }
    let when = |at: Timestamp| When::new(t, at);
    let open_pause = case.pauses.last().filter(|p| p.to.is_none());

    CaseView {
        tracking_number: case.tracking_number,
        kind: case.kind.code(),
        status_id: format!("status-{}", case.status.code()),
        division: division.map_or_else(
            || case.division.clone(),
            |d| {
                state
                    .directory
                    .name_in(t.tag(), &d.code, &d.name)
                    .to_owned()
            },
        ),
        category: case
            .category
            .as_deref()
            .and_then(|c| state.directory.place(c))
            .map(|p| {
                let c = p.category;
                state
                    .directory
                    .name_in(t.tag(), &c.code, &c.name)
                    .to_owned()
            }),
        received: when(case.received_at),
        acknowledged: case.acknowledged_at.map(when),
        closed: case.closed_at.map(when),
        acknowledge_days: standards.acknowledge_days,
        answer_days: standards.first_stage_days,
        timeline: timeline
            .into_iter()
            .map(|(at, text)| (when(at), text))
            .collect(),
        acknowledge_by: case
            .clock
            .and_then(|c| c.acknowledge_by)
            .filter(|_| case.acknowledged_at.is_none())
            .map(when),
        answer_by: case
            .clock
            .filter(|_| !case.is_paused())
            .map(|c| when(c.answer_by)),
        question: open_pause.map(|p| p.reason.clone()),
        paused_since: open_pause.map(|p| when(p.from)),
        has_contact: !case.person.anonymous
            && (case.person.email.is_some() || case.person.phone.is_some()),
        messages_stopped: case.messages_stopped,
        can_escalate: case.kind == Kind::Complaint
            && case.status == Status::Resolved
            && !case.at_last_stage(),
        last_stage_answered: case.kind == Kind::Complaint
            && case.at_last_stage()
            && case.answers.iter().any(|a| a.stage == case.stage),
        review_days: standards.escalated_review_days,
        window_days: case.terms.escalation_window_days,
    }
}
