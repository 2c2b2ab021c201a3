//! The plain-language check on an update before it goes to the resident: a draft above the
//! configured grade level, or holding internal jargon, comes back to the writer with what was
//! found, and goes only when they confirm they want it sent as it is.

use heard_domain::plain_language::WritingCheck;

use crate::AppState;

/// A draft sent back to its writer with what the check found.
pub struct Draft {
    /// The words as written.
    pub text: String,
    /// The grade level, to one decimal.
    pub grade: String,
    /// The highest grade accepted, to one decimal.
    pub max_grade: String,
    /// Whether the grade is above the one accepted.
    pub too_hard: bool,
    /// Each internal word found and what to say instead.
    pub jargon: Vec<(String, String)>,
}

/// The draft to send back when `text` fails the check and the writer has not confirmed it,
/// or none when it may go.
pub fn hold_back(state: &AppState, text: &str, confirmed: bool) -> Option<Draft> {
    let text = text.trim();
    if confirmed || text.is_empty() {
        return None;
    }
    let check = state.guidance.writing.check(text);
    (!check.passes()).then(|| draft(text, &check))
}

fn draft(text: &str, check: &WritingCheck) -> Draft {
    Draft {
        text: text.to_owned(),
        grade: format!("{:.1}", check.readability.grade),
        max_grade: format!("{:.1}", check.max_grade),
        too_hard: check.too_hard(),
        jargon: check
            .jargon
            .iter()
            .map(|j| (j.term.clone(), j.instead.clone()))
            .collect(),
    }
}
