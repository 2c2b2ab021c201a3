//! Field-level validation errors: each names the field and says how to fix it, so the API can
//! answer with a problem document and a form can show the message beside the field.

use serde::Serialize;

use crate::i18n::{Arg, Locale};

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field, as a dotted path (`contact.email`).
    pub field: String,
    /// What is wrong and how to fix it, in plain language, in English.
    pub message: String,
    /// The same message as a translatable text, when people may read it in another language.
    #[serde(skip)]
    pub text: Option<Text>,
}

impl FieldError {
    /// The message in `locale`, or in English when it has no translatable text.
    pub fn message_in(&self, locale: Locale) -> String {
        match &self.text {
            Some(text) => text.render(locale),
            None => self.message.clone(),
        }
    }
}

/// A message by its id in the message files, with the values it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The message id.
    pub id: &'static str,
    /// Named values; whole numbers among them choose plural forms.
    pub args: Vec<(&'static str, String)>,
}

impl Text {
    /// The text written in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        let args: crate::i18n::Args = self
            .args
            .iter()
            .map(|(name, value)| {
                let arg = match value.parse::<u32>() {
                    Ok(n) => Arg::from(n),
                    Err(_) => Arg::from(value),
                };
                (std::borrow::Cow::Borrowed(*name), arg.into_value())
            })
            .collect();
        locale.plain(self.id, &args)
    }
}

/// All the problems found in one submission.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{} field(s) need attention", fields.len())]
pub struct ValidationErrors {
    /// The problems, in the order of the form.
    pub fields: Vec<FieldError>,
}

impl ValidationErrors {
    /// Records a problem with a field, in English only: for fields of the API that people
    /// never fill in by hand.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.fields.push(FieldError {
            field: field.into(),
            message: message.into(),
            text: None,
        });
    }

    /// Records a problem with a field as the message `id`, which pages show in the reader's
    /// language.
    pub fn say(
        &mut self,
        field: impl Into<String>,
        id: &'static str,
        args: &[(&'static str, &str)],
    ) {
        let text = Text {
            id,
            args: args.iter().map(|(n, v)| (*n, (*v).to_owned())).collect(),
        };
        self.fields.push(FieldError {
            field: field.into(),
            message: text.render(Locale::ENGLISH),
            text: Some(text),
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

/// Trims a text, drops NUL characters and checks its length; empty text becomes `None`.
/// NUL is no part of anyone's words, and PostgreSQL text cannot hold it.
pub(crate) fn optional_text(
    errors: &mut ValidationErrors,
    field: &str,
    value: Option<&str>,
    max_chars: usize,
) -> Option<String> {
    let value = value?.replace('\0', "");
    let value = Some(value.trim()).filter(|v| !v.is_empty())?;
    let count = value.chars().count();
    if count > max_chars {
        errors.say(
            field,
            "error-too-long",
            &[
                ("max", &max_chars.to_string()),
                ("count", &count.to_string()),
            ],
        );
    }
    Some(value.to_owned())
}
