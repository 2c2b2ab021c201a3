//! The checks of where a case happened and of who raised it: location, contact details and
//! language, each problem named by its field.

use super::{SubmittedContact, SubmittedLocation};
use crate::case::{ContactMethod, Location, Person};
use crate::spoken;
use crate::validation::{ValidationErrors, optional_text};

pub(super) fn validate_location(errors: &mut ValidationErrors, loc: SubmittedLocation) -> Location {
    let address = optional_text(errors, "location.address", loc.address.as_deref(), 300);

    let postal_prefix = loc
        .postal_code
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let postal_prefix = postal_prefix.and_then(|p| {
        let compact: String = p.chars().filter(|c| !c.is_whitespace()).collect();
        let compact = compact.to_ascii_uppercase();
        let prefix: String = compact.chars().take(3).collect();
        let b = prefix.as_bytes();
        let shape_ok = b.len() == 3
            && b[0].is_ascii_alphabetic()
            && b[1].is_ascii_digit()
            && b[2].is_ascii_alphabetic()
            && (compact.len() == 3 || compact.len() == 6);
        if shape_ok {
            Some(prefix)
        } else {
            errors.say("location.postal_code", "error-postal-code", &[]);
            None
        }
    });

    match (loc.lat, loc.lon) {
        (None, None) => {}
        (Some(lat), Some(lon)) => {
            if !(-90.0..=90.0).contains(&lat) {
                errors.say("location.lat", "error-latitude-range", &[]);
            }
            if !(-180.0..=180.0).contains(&lon) {
                errors.say("location.lon", "error-longitude-range", &[]);
            }
        }
        (Some(_), None) => errors.say("location.lon", "error-longitude-missing", &[]),
        (None, Some(_)) => errors.say("location.lat", "error-latitude-missing", &[]),
    }

    Location {
        address,
        postal_prefix,
        lat: loc.lat,
        lon: loc.lon,
        ward: None,
    }
}

pub(super) fn validate_person(
    errors: &mut ValidationErrors,
    anonymous: bool,
    contact: Option<SubmittedContact>,
) -> Person {
    let c = contact.unwrap_or_default();
    let language = c
        .preferred_language
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .unwrap_or("en");
    if !is_language_tag(language) {
        errors.say(
            "contact.preferred_language",
            "error-language-code",
            &[("code", language)],
        );
    }
    // Stored as the ISO 639 three-letter code, whichever code of the list was given.
    let interpreter_language = match c.interpreter_language.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => match spoken::find(code) {
            Some(language) => Some(language.alpha3.to_owned()),
            None => {
                errors.add(
                    "contact.interpreter_language",
                    format!("'{code}' is not in the ISO 639 list of languages; give its three-letter code, such as tam, yue or ase."),
                );
                None
            }
        },
    };

    if anonymous {
        if c.name.is_some() || c.email.is_some() || c.phone.is_some() {
            errors.say("anonymous", "error-anonymous-with-contact", &[]);
        }
        return Person {
            anonymous: true,
            preferred_language: language.to_owned(),
            ..Person::default()
        };
    }

    let name = optional_text(errors, "contact.name", c.name.as_deref(), 200);
    let email = optional_text(errors, "contact.email", c.email.as_deref(), 254);
    if let Some(email) = &email
        && !is_email(email)
    {
        errors.say("contact.email", "error-email", &[]);
    }
    let phone = optional_text(errors, "contact.phone", c.phone.as_deref(), 40);
    if let Some(phone) = &phone
        && !is_phone(phone)
    {
        errors.say("contact.phone", "error-phone", &[]);
    }
    if email.is_none() && phone.is_none() {
        errors.say("contact", "error-contact-missing", &[]);
    }

    let preferred_contact = match c.preferred_contact_method.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => match ContactMethod::from_code(code) {
            Some(m) => Some(m),
            None => {
                errors.add(
                    "contact.preferred_contact_method",
                    format!("Choose one of {}.", ContactMethod::codes()),
                );
                None
            }
        },
    };
    let needs = match preferred_contact {
        Some(ContactMethod::Email) => email.is_none().then_some("email"),
        Some(ContactMethod::Sms | ContactMethod::Phone) => phone.is_none().then_some("phone"),
        _ => None,
    };
    if let Some(missing) = needs {
        errors.say(
            "contact.preferred_contact_method",
            "error-contact-method-needs",
            &[("needs", missing)],
        );
    }

    Person {
        anonymous: false,
        name,
        email,
        phone,
        preferred_contact,
        preferred_language: language.to_owned(),
        interpreter_language,
        accommodation: optional_text(
            errors,
            "contact.accommodation",
            c.accommodation.as_deref(),
            1_000,
        ),
        acting_for: optional_text(errors, "contact.acting_for", c.acting_for.as_deref(), 300),
    }
}

/// A BCP 47 tag in the simple shape Heard uses: a 2–3 letter language and optional subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The browser's own rule for `<input type=email>`: something, one @, a dotted domain.
fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

fn is_phone(phone: &str) -> bool {
    let allowed = phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    allowed && (10..=15).contains(&digits)
}
