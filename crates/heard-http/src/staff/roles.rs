//! `/staff/roles`: what each role may do, generated from the permission table itself.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use heard_domain::Role;
use heard_domain::permissions::{Action, allows};

use super::error::{StaffError, staff_page};
use super::session::StaffUser;

#[derive(Template)]
#[template(path = "staff/roles.html")]
struct RolesPage {
    me: StaffUser,
    roles: Vec<&'static str>,
    rows: Vec<(&'static str, Vec<bool>)>,
}

/// `GET /staff/roles`: one row per action, one column per role.
pub async fn show_roles(me: StaffUser) -> Result<Response, StaffError> {
    let rows = Action::ALL
        .iter()
        .map(|&action| {
            let cells = Role::ALL.iter().map(|&role| allows(role, action)).collect();
            (action.words(), cells)
        })
        .collect();
    let page = RolesPage {
        me,
        roles: Role::ALL.iter().map(|r| r.words()).collect(),
        rows,
    };
    staff_page(StatusCode::OK, &page)
}
