//! The chatbot at `/chat`: a conversation that works without JavaScript. Each turn is a form
//! POST; the conversation is stored, found by the SHA-256 of a random id kept in the
//! resident's cookie. It files the case through intake like the form, on the chatbot channel.

mod file;
mod flow;
mod said;
mod view;

use axum::Form;
use axum::extract::State;
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use heard_domain::TrackingNumber;
use heard_domain::tracking::TrackingNumberError;
use jiff::{SignedDuration, Timestamp};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::lang::Lang;
use crate::render::{PageError, page};
use flow::{Conversation, Effect, Turn};
use said::Said;

/// The cookie that holds the conversation's id.
const COOKIE_NAME: &str = "heard_chat";

/// A conversation idle this long is forgotten (and deleted with the next new one).
const IDLE: SignedDuration = SignedDuration::from_hours(2);

/// The conversation of a request: its id (from the cookie, or new) and its state.
struct Loaded {
    id: String,
    is_new: bool,
    conversation: Conversation,
}

/// `GET /chat`: the conversation so far, or a greeting.
pub async fn show_chat(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let loaded = load(&state, &lang, &headers).await?;
    page(
        StatusCode::OK,
        &view::ChatPage::new(&state, lang, &loaded.conversation),
    )
}

/// `POST /chat`: one turn; then back to the conversation, at its newest message.
pub async fn take_turn(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Form(turn): Form<Turn>,
) -> Result<Response, PageError> {
    if !same_site(&headers) {
        return Err(PageError::bad_request("page-bad-form"));
    }
    let mut loaded = load(&state, &lang, &headers).await?;

    let effect = loaded
        .conversation
        .take(&turn, &state.routing, &state.directory);
    match effect {
        Effect::None => {}
        Effect::Lookup(raw) => {
            let said = status_of(&state, &raw).await?;
            loaded.conversation.bot(said);
        }
        Effect::File => file::file(&state, &mut loaded.conversation, &id_hash(&loaded.id)).await?,
        Effect::Restart => {
            state.store.delete_chat(&id_hash(&loaded.id)).await?;
            loaded = Loaded {
                id: new_id(),
                is_new: true,
                conversation: Conversation::new(lang.t),
            };
        }
    }

    save(&state, &loaded).await?;
    let mut response = Redirect::to("/chat#latest").into_response();
    if loaded.is_new {
        response
            .headers_mut()
            .insert(SET_COOKIE, cookie(&state, &loaded.id)?);
    }
    Ok(response)
}

/// Where the case with the typed number stands, or why there is no answer. As on the tracking
/// page, the number alone shows the status and never any personal data.
async fn status_of(state: &AppState, raw: &str) -> Result<Said, PageError> {
    let no_case = |reason: &str| Said::NoCase {
        reason: reason.to_owned(),
    };
    let tracking = match raw.parse::<TrackingNumber>() {
        Ok(tracking) => tracking,
        Err(TrackingNumberError::CheckDigit) => return Ok(no_case("track-wrong-digit")),
        Err(_) => return Ok(no_case("track-not-a-number")),
    };
    let case = match state.store.find_case(&tracking).await {
        Ok(case) => case,
        Err(heard_storage::StoreError::NotFound) => return Ok(no_case("track-not-found")),
        Err(e) => return Err(e.into()),
    };
    Ok(Said::Status {
        number: case.tracking_number.to_string(),
        status: case.status.code().to_owned(),
        division: case.division.clone(),
        received: case.received_at,
        answer_by: case
            .clock
            .filter(|_| !case.is_paused() && case.closed_at.is_none())
            .map(|c| c.answer_by),
    })
}

async fn load(state: &AppState, lang: &Lang, headers: &HeaderMap) -> Result<Loaded, PageError> {
    let now = Timestamp::now();
    if let Some(id) = cookie_id(headers) {
        let stored = state.store.find_chat(&id_hash(&id), now - IDLE).await?;
        // A stored state this version cannot read starts again rather than failing.
        if let Some(conversation) = stored.and_then(|s| serde_json::from_str(&s).ok()) {
            return Ok(Loaded {
                id,
                is_new: false,
                conversation,
            });
        }
    }
    Ok(Loaded {
        id: new_id(),
        is_new: true,
        conversation: Conversation::new(lang.t),
    })
}

async fn save(state: &AppState, loaded: &Loaded) -> Result<(), PageError> {
    let now = Timestamp::now();
    if loaded.is_new {
        state.store.delete_idle_chats(now - IDLE).await?;
    }
    let json = serde_json::to_string(&loaded.conversation).map_err(PageError::internal)?;
    state
        .store
        .save_chat(&id_hash(&loaded.id), &json, now)
        .await?;
    Ok(())
}

/// A new random id: 256 bits, as hex.
fn new_id() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

fn id_hash(id: &str) -> String {
    hex(&Sha256::digest(id.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn cookie_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value.to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn cookie(state: &AppState, id: &str) -> Result<HeaderValue, PageError> {
    let secure = if state.public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    // No Max-Age: the conversation ends with the browser session, or when idle.
    let value = format!("{COOKIE_NAME}={id}; HttpOnly; SameSite=Lax; Path=/chat{secure}");
    HeaderValue::from_str(&value).map_err(PageError::internal)
}

/// Whether the browser says the turn comes from this site. A `SameSite=Lax` cookie is not sent
/// with a cross-site POST anyway; this also refuses one that would start a conversation.
fn same_site(headers: &HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .is_none_or(|site| site.as_bytes() == b"same-origin" || site.as_bytes() == b"none")
}
