//! The staff console: sign-in, the queues, the case page and its actions, the undelivered
//! messages, and the roles page.
//! Every page checks the signed-in role against the one permission table
//! ([`heard_domain::permissions`]); divisional roles see only their division's cases, and any
//! other case answers 404.

mod actions;
mod bulk;
mod case;
mod dashboard;
mod dead_letters;
mod error;
mod intake;
mod knowledge;
mod messages;
mod queue;
mod roles;
mod search;
mod session;
mod sign_in;
mod timing;
mod training;
mod writing;

use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use heard_domain::permissions::Action;

use crate::AppState;

pub use session::{COOKIE, StaffUser};

/// A staff page or form and the permission it needs (none: any signed-in staff member).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaffRoute {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The path, with `{tracking_number}` for a case and `{id}` for a message.
    pub path: &'static str,
    /// What the role must be allowed to do.
    pub action: Option<Action>,
}

const fn route(method: &'static str, path: &'static str, action: Option<Action>) -> StaffRoute {
    StaffRoute {
        method,
        path,
        action,
    }
}

/// Every page and form behind sign-in. The case actions are served from this table, so a form
/// cannot exist without its permission; tests walk it against every role.
pub const ROUTES: &[StaffRoute] = &[
    route("GET", "/staff/queue", Some(Action::ViewQueue)),
    route("POST", "/staff/queue/assign", Some(Action::Assign)),
    route("GET", "/staff/roles", None),
    route("GET", "/staff/search", Some(Action::SearchCases)),
    route("GET", "/staff/intake", Some(Action::RecordContact)),
    route("POST", "/staff/intake", Some(Action::RecordContact)),
    route("GET", "/staff/search.csv", Some(Action::SearchCases)),
    route("GET", "/staff/knowledge", None),
    route("GET", "/staff/knowledge/{article}", None),
    route("POST", "/staff/training", None),
    // A staff member's own page needs no permission; another's needs `ManageUsers`.
    route("GET", "/staff/users/{username}", Some(Action::ManageUsers)),
    route(
        "POST",
        "/staff/users/{username}/training",
        Some(Action::ManageUsers),
    ),
    route("GET", "/staff/reports/training", Some(Action::ViewReports)),
    route("GET", "/staff/dashboard", Some(Action::ViewReports)),
    route("GET", "/staff/dashboard.csv", Some(Action::ViewReports)),
    route("GET", "/staff/dashboard/cases", Some(Action::ViewReports)),
    route(
        "GET",
        "/staff/cases/{tracking_number}",
        Some(Action::ViewCase),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/acknowledge",
        Some(Action::Acknowledge),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/assign",
        Some(Action::Assign),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/note",
        Some(Action::AddNote),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/update",
        Some(Action::SendUpdate),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/request-information",
        Some(Action::RequestInformation),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/reroute",
        Some(Action::Reroute),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/extend",
        Some(Action::GrantExtension),
    ),
    // A case in review (stage 2 or later) needs `AnswerReview` instead.
    route(
        "POST",
        "/staff/cases/{tracking_number}/resolve",
        Some(Action::Resolve),
    ),
    // Forwarding a compliment to a supervisor closes it.
    route(
        "POST",
        "/staff/cases/{tracking_number}/forward",
        Some(Action::Close),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/close",
        Some(Action::Close),
    ),
    route(
        "POST",
        "/staff/cases/{tracking_number}/reopen",
        Some(Action::Reopen),
    ),
    route(
        "GET",
        "/staff/notifications/dead",
        Some(Action::RetryDeadLetters),
    ),
    route(
        "POST",
        "/staff/notifications/{id}/retry",
        Some(Action::RetryDeadLetters),
    ),
    route("POST", "/staff/sign-out", None),
];

/// The staff console's routes.
pub fn router(state: &AppState) -> Router<AppState> {
    let signed_in = Router::new()
        .route("/staff", get(queue::to_queue))
        .route("/staff/queue", get(queue::show_queue))
        .route("/staff/queue/assign", post(bulk::assign_ticked))
        .route("/staff/roles", get(roles::show_roles))
        .route("/staff/search", get(search::show_search))
        .route(
            "/staff/intake",
            get(intake::show_intake).post(intake::record_intake).layer(
                axum::extract::DefaultBodyLimit::max(crate::public::MAX_FORM_BYTES),
            ),
        )
        .route("/staff/intake/{tracking_number}", get(intake::intake_done))
        .route("/staff/search.csv", get(search::download_search))
        .route("/staff/knowledge", get(knowledge::show_knowledge))
        .route("/staff/knowledge/{article}", get(knowledge::show_article))
        .route("/staff/training", post(training::switch_training))
        .route("/staff/users/{username}", get(training::show_user))
        .route(
            "/staff/users/{username}/training",
            post(training::record_training),
        )
        .route(
            "/staff/reports/training",
            get(training::show_training_report),
        )
        .route("/staff/dashboard", get(dashboard::show_dashboard))
        .route("/staff/dashboard.csv", get(dashboard::download_table))
        .route("/staff/dashboard/cases", get(dashboard::list_behind))
        .route("/staff/cases/{tracking_number}", get(case::show_case))
        .route(
            "/staff/cases/{tracking_number}/{action}",
            post(actions::act),
        )
        .route(
            "/staff/notifications/dead",
            get(dead_letters::list_dead_letters),
        )
        .route(
            "/staff/notifications/{id}/retry",
            post(dead_letters::retry_dead_letter),
        )
        .route("/staff/sign-out", post(sign_in::sign_out))
        .route_layer(from_fn_with_state(state.clone(), session::gate));
    // Guessing passwords from one address is slowed here; guessing one account's is stopped
    // by its lock-out (see `sign_in`).
    let sign_ins = from_fn_with_state(
        (state.limits.clone(), crate::limits::Limited::SignIns),
        crate::limits::enforce,
    );
    Router::new()
        .route(
            "/staff/sign-in",
            get(sign_in::show_sign_in).merge(post(sign_in::sign_in).route_layer(sign_ins)),
        )
        .merge(signed_in)
}
