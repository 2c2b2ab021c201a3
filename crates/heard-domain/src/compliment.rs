//! Handling a compliment: it is passed to the supervisor of the staff it praises, in the case's
//! division, and closed; a resident who asked for a reply is thanked in the same step.

use crate::case::{Kind, Person};
use crate::event::CaseEvent;
use crate::process::ProcessError;
use crate::staff::Role;
use crate::state::{CaseState, Status};

/// The most characters a thank-you may have.
pub const MAX_THANKS: usize = 5_000;

/// The staff account a compliment is forwarded to, as the caller found it.
#[derive(Debug, Clone, Copy)]
pub struct Supervisor<'a> {
    /// The account's user name.
    pub username: &'a str,
    /// Its role.
    pub role: Role,
    /// Its division, for divisional roles.
    pub division: Option<&'a str>,
}

impl Person {
    /// Whether the resident asked for a reply: they gave a way to reach them and did not ask to
    /// stay anonymous.
    pub fn wants_reply(&self) -> bool {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        !self.anonymous && (given(&self.email) || given(&self.phone))
    }
}

/// The event that forwards the compliment `case` to `supervisor` and closes it, with `thanks`
/// for the resident; or why it cannot be done. A resident who asked for a reply must be
/// thanked; one who did not may still be, on the tracking page.
pub fn forward(
    case: &CaseState,
    supervisor: Supervisor<'_>,
    thanks: &str,
) -> Result<CaseEvent, ProcessError> {
    if case.kind != Kind::Compliment {
        return Err(ProcessError::NotNow(
            "only a compliment is forwarded to a supervisor",
        ));
    }
    if case.status == Status::Closed {
        return Err(ProcessError::NotNow("the compliment is already closed"));
    }

    let theirs = supervisor.division == Some(case.division.as_str());
    if supervisor.role != Role::DivisionSupervisor || !theirs {
        return Err(ProcessError::Invalid(
            "Choose a supervisor of the division the compliment is for.",
        ));
    }

    let thanks = thanks.trim();
    if thanks.is_empty() && case.person.wants_reply() {
        return Err(ProcessError::Invalid(
            "Write the thank-you: the person asked for a reply.",
        ));
    }
    if thanks.chars().count() > MAX_THANKS {
        return Err(ProcessError::Invalid(
            "The thank-you is too long: keep it under 5,000 characters.",
        ));
    }
    Ok(CaseEvent::ComplimentForwarded {
        to: supervisor.username.to_owned(),
        thanks: (!thanks.is_empty()).then(|| thanks.to_owned()),
    })
}

#[cfg(test)]
mod tests;
