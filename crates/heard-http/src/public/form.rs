//! The public form's fields: what was typed (kept to show again), the problems found beside
//! each field, and the conversion into a [`Submission`] that intake checks like any other.

use std::collections::HashMap;

use heard_domain::i18n::Locale;
use heard_domain::intake::{Submission, SubmittedContact, SubmittedLocation};
use heard_domain::{FieldError, ValidationErrors};

/// One field: its value as typed, and what to fix, if anything.
#[derive(Debug, Default, Clone)]
pub struct Field {
    /// The value as typed.
    pub value: String,
    /// What to fix.
    pub error: Option<String>,
}

/// Declares the form's fields once, with the order in which their errors are listed.
macro_rules! form_fields {
    ($($name:ident),+ $(,)?) => {
        /// Every field of the form.
        #[derive(Debug, Default, Clone)]
        pub struct FormView {
            $(
                #[doc = concat!("The `", stringify!($name), "` field.")]
                pub $name: Field,
            )+
        }

        impl FormView {
            /// Takes the typed values from the submitted fields.
            pub fn from_fields(fields: &HashMap<String, String>) -> Self {
                FormView {
                    $($name: Field {
                        value: fields.get(stringify!($name)).cloned().unwrap_or_default(),
                        error: None,
                    },)+
                }
            }

            fn field_mut(&mut self, id: &str) -> Option<&mut Field> {
                match id {
                    $(stringify!($name) => Some(&mut self.$name),)+
                    _ => None,
                }
            }

            /// The errors in form order, as (field id, message).
            pub fn errors(&self) -> Vec<(String, String)> {
                let mut errors = Vec::new();
                $(if let Some(e) = &self.$name.error {
                    errors.push((stringify!($name).to_owned(), e.clone()));
                })+
                errors
            }
        }
    };
}

form_fields!(
    kind,
    category,
    description,
    happened,
    remedy_sought,
    address,
    postal_code,
    lat,
    lon,
    service_request,
    attachments,
    contact,
    name,
    email,
    phone,
    preferred_contact_method,
    preferred_language,
    anonymous,
    accommodation,
    consent,
);

impl FormView {
    /// Records a problem beside a field (the first one found for it wins).
    pub fn set_error(&mut self, id: &str, message: impl Into<String>) {
        if let Some(field) = self.field_mut(id)
            && field.error.is_none()
        {
            field.error = Some(message.into());
        }
    }

    /// Places intake's errors, named by API field, beside the form's fields, in the reader's
    /// language `t`.
    pub fn place_errors(&mut self, errors: &ValidationErrors, t: Locale) {
        for error in &errors.fields {
            let FieldError { field, .. } = error;
            let id = match field.as_str() {
                "location.address" => "address",
                "location.postal_code" => "postal_code",
                "location.lat" => "lat",
                "location.lon" => "lon",
                "contact.name" => "name",
                "contact.email" => "email",
                "contact.phone" => "phone",
                "contact.preferred_contact_method" => "preferred_contact_method",
                "contact.preferred_language" => "preferred_language",
                "contact.accommodation" => "accommodation",
                other if other.starts_with("service_requests") => "service_request",
                other => other,
            };
            self.set_error(id, error.message_in(t));
        }
    }

    /// The submission the form describes, or the problems that the form alone can tell
    /// (numbers that are not numbers, consent not given), written in the language `t`.
    pub fn read_submission(&mut self, t: Locale) -> Submission {
        let text = |f: &Field| Some(f.value.trim().to_owned()).filter(|v| !v.is_empty());
        let lat = self.number("lat", t);
        let lon = self.number("lon", t);
        if self.consent.value != "yes" {
            self.set_error("consent", t.text("error-consent"));
        }
        let anonymous = self.anonymous.value == "yes";

        Submission {
            kind: text(&self.kind),
            category: text(&self.category),
            complaint_categories: Vec::new(),
            description: text(&self.description),
            happened: text(&self.happened),
            remedy_sought: text(&self.remedy_sought),
            location: Some(SubmittedLocation {
                address: text(&self.address),
                postal_code: text(&self.postal_code),
                lat,
                lon,
            }),
            contact: Some(SubmittedContact {
                name: text(&self.name),
                email: text(&self.email),
                phone: text(&self.phone),
                preferred_contact_method: text(&self.preferred_contact_method),
                preferred_language: text(&self.preferred_language),
                interpreter_language: None,
                accommodation: text(&self.accommodation),
                acting_for: None,
            })
            .filter(|_| !anonymous)
            .or_else(|| {
                // An anonymous person keeps their language and accommodation, never contact.
                Some(SubmittedContact {
                    preferred_language: text(&self.preferred_language),
                    accommodation: text(&self.accommodation),
                    ..SubmittedContact::default()
                })
            }),
            anonymous,
            service_requests: text(&self.service_request).into_iter().collect(),
        }
    }

    fn number(&mut self, id: &str, t: Locale) -> Option<f64> {
        let field = self.field_mut(id)?;
        let value = field.value.trim().replace(',', ".");
        if value.is_empty() {
            return None;
        }
        match value.parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                field.error = Some(t.text("error-number"));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn typed_values_are_kept_and_errors_land_beside_their_fields() {
        let mut form = FormView::from_fields(&fields(&[
            ("description", "Bin <lid> broken"),
            ("lat", "north"),
        ]));

        form.read_submission(Locale::ENGLISH);
        let mut errors = ValidationErrors::default();
        errors.add("contact.email", "Check the e-mail.");
        form.place_errors(&errors, Locale::ENGLISH);

        assert_eq!(form.description.value, "Bin <lid> broken");
        let ids: Vec<String> = form.errors().into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["lat", "email", "consent"]);
    }

    #[test]
    fn an_anonymous_form_sends_no_contact_details() {
        let mut form = FormView::from_fields(&fields(&[
            ("anonymous", "yes"),
            ("preferred_language", "fr"),
            ("consent", "yes"),
        ]));

        let submission = form.read_submission(Locale::ENGLISH);

        assert!(submission.anonymous);
        let contact = submission.contact.expect("language kept");
        assert_eq!(contact.preferred_language.as_deref(), Some("fr"));
        assert!(contact.email.is_none() && contact.name.is_none());
    }
}
