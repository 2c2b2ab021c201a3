//! Field-level validation errors: each names the field and says how to fix it, so the API can
//! answer with a problem document and a form can show the message beside the field.

use serde::Serialize;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field, as a dotted path (`contact.email`).
    pub field: String,
    /// What is wrong and how to fix it, in plain language.
    pub message: String,
}

/// All the problems found in one submission.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{} field(s) need attention", fields.len())]
pub struct ValidationErrors {
    /// The problems, in the order of the form.
    pub fields: Vec<FieldError>,
}

impl ValidationErrors {
    /// Records a problem with a field.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.fields.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// A single problem.
    pub fn one(field: impl Into<String>, message: impl Into<String>) -> Self {
        let mut errors = Self::default();
        errors.add(field, message);
        errors
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// `Ok(value)` when nothing was found, the errors otherwise.
    pub fn into_result<T>(self, value: T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// Trims a text and checks its length; empty text becomes `None`.
pub(crate) fn optional_text(
    errors: &mut ValidationErrors,
    field: &str,
    value: Option<&str>,
    max_chars: usize,
) -> Option<String> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    let count = value.chars().count();
    if count > max_chars {
        errors.add(
            field,
            format!("Please shorten this to at most {max_chars} characters (it has {count})."),
        );
    }
    Some(value.to_owned())
}
