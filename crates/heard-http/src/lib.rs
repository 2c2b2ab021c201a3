//! Heard's HTTP surfaces. Each surface has its own router: the public site (server-rendered
//! pages), the JSON API under `/api/v1`, and the operational endpoints (`/healthz`).

pub mod api;
mod assets;
mod error;
#[doc(hidden)]
pub mod fuzzing;
mod headers;
mod health;
mod keys;
mod lang;
mod limits;
mod markdown;
pub mod open311;
mod open_data;
mod public;
mod render;
mod resident;
pub mod staff;
mod telemetry;
mod training_banner;
mod utf8;
pub mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use heard_domain::Directory;
use heard_domain::calendar::BusinessCalendar;
use heard_domain::directory::Standards;
use heard_domain::intake::ValidSubmission;
use heard_domain::process::Clocks;
use heard_domain::ward::WardMap;
use heard_storage::{FileStore, Store};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;

pub use error::AppError;
pub use limits::{Rate, RateLimits};

/// The largest request body accepted outside file uploads.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The divisions and their categories.
    pub directory: Arc<Directory>,
    /// Ward boundaries, when configured.
    pub wards: Option<Arc<WardMap>>,
    /// The address residents use, for links (no trailing slash).
    pub public_url: String,
    /// Files sent with cases.
    pub files: FileStore,
    /// Rate limits per client address.
    pub limits: RateLimits,
    /// The City's business days, for service-standard clocks.
    pub calendar: Arc<BusinessCalendar>,
    /// The SMS provider's token, which signs its webhook calls; without it the webhook is off.
    pub sms_webhook_token: Option<String>,
    /// Web origins whose pages may call the API and Open311 from a browser.
    pub cors_origins: Vec<axum::http::HeaderValue>,
    /// The staff knowledge base and the plain-language rules.
    pub guidance: Arc<Guidance>,
    /// The chatbot's cues for proposing a kind and a category.
    pub routing: Arc<heard_domain::routing::Routing>,
}

/// What staff are guided by, loaded with the configuration: the knowledge base and the rules
/// that what they write to residents is checked against.
#[derive(Debug, Clone)]
pub struct Guidance {
    /// The articles.
    pub knowledge: heard_domain::knowledge::KnowledgeBase,
    /// The plain-language rules.
    pub writing: heard_domain::plain_language::WritingRules,
}

impl Guidance {
    /// The shipped articles and rules, checked against `directory`.
    pub fn shipped(directory: &Directory) -> Result<Self, heard_domain::knowledge::KnowledgeError> {
        Ok(Guidance {
            knowledge: heard_domain::knowledge::KnowledgeBase::shipped(directory)?,
            writing: heard_domain::plain_language::WritingRules::shipped(),
        })
    }
}

impl AppState {
    /// Sets a new case's first-stage due dates and process terms from its division's
    /// standards, for a case received at `now`.
    pub fn schedule(&self, valid: &mut ValidSubmission, now: jiff::Timestamp) {
        let standards = self
            .directory
            .division(valid.division())
            .map(|d| d.standards)
            .unwrap_or_default();
        let clock = Clocks::new(&self.calendar).first_stage(&standards, now);
        valid.schedule(clock, Clocks::terms(&standards));
    }

    /// The standards of the division handling a case.
    pub fn standards(&self, case: &heard_domain::CaseState) -> Standards {
        self.directory
            .division(&case.division)
            .map(|d| d.standards)
            .unwrap_or_default()
    }
}

/// Cross-origin access for the machine surfaces: the listed origins may read answers, send
/// JSON and keys, and see `Retry-After` and `Location`; no credentials (the API uses none).
fn cors(origins: &[axum::http::HeaderValue]) -> CorsLayer {
    use axum::http::{Method, header};
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins.iter().cloned()))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([
            header::CONTENT_TYPE,
            header::ACCEPT,
            header::ACCEPT_LANGUAGE,
            header::HeaderName::from_static("idempotency-key"),
            header::HeaderName::from_static("x-api-key"),
        ])
        .expose_headers([header::RETRY_AFTER, header::LOCATION])
        .max_age(Duration::from_secs(3600))
}

/// The whole application, with its middleware.
pub fn app(state: AppState) -> Router {
    let https = state.public_url.starts_with("https://");
    let router = Router::new()
        .merge(health::router())
        .merge(assets::router())
        .merge(webhooks::router())
        .merge(public::router(&state.limits))
        .merge(open_data::router())
        .merge(staff::router(&state))
        .nest(
            "/api/v1",
            api::router(&state.limits).layer(cors(&state.cors_origins)),
        )
        .nest(
            "/open311/v2",
            open311::router(&state.limits).layer(cors(&state.cors_origins)),
        )
        .fallback(error::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            training_banner::mark_pages,
        ))
        .layer(axum::middleware::from_fn(utf8::refuse_invalid_text))
        .layer(axum::middleware::from_fn(render::localize_errors))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            keys::identify,
        ));
    let app = telemetry::instrument(router)
        .with_state(state)
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(CatchPanicLayer::custom(error::panic_response));
    headers::secure(app, https)
}
