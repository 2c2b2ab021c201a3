//! What a resident can do to their own case, from the tracking page or the API: ask for a
//! review, give information they were asked for, or withdraw. Both surfaces go through here,
//! so the rules and the clocks are the same on each.
//!
//! A tracking number is enough to read a case's public view, but not to act on it: the
//! resident also confirms the e-mail address or phone number they gave, so that a stranger
//! who learns the number cannot withdraw or answer for them.

use heard_domain::event::{Actor, CaseEvent};
use heard_domain::process::{Clocks, ProcessError};
use heard_domain::state::CaseState;
use heard_domain::{Channel, TrackingNumber};
use heard_storage::{NewEvent, StoreError};
use jiff::Timestamp;

use crate::AppState;

/// An action a resident takes on their case.
#[derive(Debug, Clone, Copy)]
pub enum ResidentAction {
    /// Ask for an escalated review of the answer.
    RequestReview,
    /// Give the information staff asked for.
    ProvideInformation,
    /// Withdraw the case.
    Withdraw,
    /// Stop (true) or start again (false) the e-mails and text messages about the case.
    Messages(bool),
}

/// Why an action did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// No such case.
    #[error("no case has this tracking number")]
    NotFound,
    /// The text given is not acceptable.
    #[error("{0}")]
    Invalid(String),
    /// The e-mail or phone given does not match the case's.
    #[error("{0}")]
    NotYours(String),
    /// The case is not in a state for this.
    #[error("{0}")]
    NotNow(String),
    /// The case changed meanwhile.
    #[error("the case changed while you were writing; look at it again")]
    Changed,
    /// A fault on our side.
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for ActionError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ActionError::NotFound,
            StoreError::Conflict(_) => ActionError::Changed,
            StoreError::Transition(t) => ActionError::NotNow(t.to_string()),
            other => ActionError::Store(other),
        }
    }
}

impl From<ProcessError> for ActionError {
    fn from(e: ProcessError) -> Self {
        match e {
            ProcessError::Invalid(m) => ActionError::Invalid(m.to_owned()),
            ProcessError::NotNow(m) => ActionError::NotNow(m.to_owned()),
        }
    }
}

/// The most characters a resident's message may have.
pub const MAX_TEXT: usize = 5_000;

/// Takes the action on the case, through `channel`, and returns the case as it now is.
pub async fn act(
    state: &AppState,
    tracking: &TrackingNumber,
    action: ResidentAction,
    text: &str,
    confirm: &str,
    channel: Channel,
) -> Result<CaseState, ActionError> {
    let count = text.chars().count();
    if count > MAX_TEXT {
        return Err(ActionError::Invalid(format!(
            "Please shorten this to at most {MAX_TEXT} characters (it has {count})."
        )));
    }
    let case = state.store.find_case(tracking).await?;
    confirm_owner(&case, confirm)?;
    let now = Timestamp::now();
    let standards = state.standards(&case);
    let clocks = Clocks::new(&state.calendar);

    let event = match action {
        ResidentAction::RequestReview => clocks.escalation(&standards, &case, text, now)?,
        ResidentAction::ProvideInformation => {
            clocks.information_provided(&standards, &case, text, now)?
        }
        ResidentAction::Withdraw => CaseEvent::Withdrawn {
            reason: text.trim().to_owned(),
        },
        ResidentAction::Messages(stopped) => CaseEvent::MessagesPreference { stopped },
    };
    let new = NewEvent {
        at: now,
        actor: Actor::Resident,
        channel,
        event,
    };
    let updated = state
        .store
        .append_event(tracking, new, Some(case.version))
        .await?;
    tracing::info!(case.division = %updated.division, action = ?action, "resident action");
    Ok(updated)
}

/// Checks that `given` is the e-mail address or phone number recorded on the case.
fn confirm_owner(case: &CaseState, given: &str) -> Result<(), ActionError> {
    let person = &case.person;
    if person.anonymous || (person.email.is_none() && person.phone.is_none()) {
        return Err(ActionError::NotNow(
            "This case was sent without contact details, so we cannot confirm online that it is yours. Call 311 with its tracking number.".into(),
        ));
    }
    let given = given.trim();
    let email_matches = person
        .email
        .as_deref()
        .is_some_and(|e| !given.is_empty() && e.trim().eq_ignore_ascii_case(given));
    let digits = |s: &str| -> String { s.chars().filter(char::is_ascii_digit).collect() };
    let phone_matches = person.phone.as_deref().is_some_and(|p| {
        let (ours, theirs) = (digits(p), digits(given));
        theirs.len() >= 10 && ours.ends_with(&theirs[theirs.len() - 10..])
    });
    if email_matches || phone_matches {
        Ok(())
    } else {
        Err(ActionError::NotYours(
            "Give the e-mail address or phone number you gave when you sent this case.".into(),
        ))
    }
}
