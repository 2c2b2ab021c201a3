//! The rules of the request bodies that the derived schemas cannot say, written into the
//! OpenAPI document as JSON Schema: required fields, codes, lengths, and that a resident gives
//! an e-mail address or a phone number unless anonymous. A body the document allows is one
//! intake accepts, and the reverse (`interop/run` checks both with schemathesis), except where
//! intake is the more lenient: it trims codes, and takes a domain name in any script.
//! The lengths are intake's (`heard_domain::intake`); change them in both places.

use heard_domain::case::ContactMethod;
use heard_domain::intake::MAX_DESCRIPTION;
use heard_domain::{ComplaintCategory, Directory, Kind};
use serde_json::{Value, json};

use crate::resident::MAX_TEXT;

/// The characters Rust's `trim` removes (Unicode `White_Space`), as the inside of a regex
/// class. Intake trims every text, so a text of only these is as good as none.
const SPACE: &str = r"\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

/// Adds the rules to the document's schemas; `directory` gives the category codes.
pub fn add_rules(document: &mut Value, directory: &Directory) {
    let schemas = &mut document["components"]["schemas"];
    merge(&mut schemas["Submission"], submission(directory));
    merge(&mut schemas["SubmittedLocation"], location());
    merge(&mut schemas["SubmittedContact"], any_contact());
    merge(
        &mut schemas["ReviewRequest"],
        json!({ "properties": { "reason": filled(MAX_TEXT) } }),
    );
    merge(
        &mut schemas["Information"],
        json!({ "properties": { "text": filled(MAX_TEXT) } }),
    );
    merge(
        &mut schemas["Withdrawal"],
        json!({ "properties": { "reason": { "maxLength": MAX_TEXT } } }),
    );
}

/// `heard_domain::intake::Submission::validate`, as a schema.
fn submission(directory: &Directory) -> Value {
    let mut categories: Vec<&str> = directory
        .divisions()
        .iter()
        .flat_map(|d| &d.sections)
        .flat_map(|s| &s.categories)
        .map(|c| c.code.as_str())
        .collect();
    categories.push("not_sure");

    json!({
        "required": ["kind", "description"],
        "properties": {
            "kind": { "enum": Kind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>() },
            "category": code_or_blank(categories),
            "complaint_categories": {
                "items": {
                    "enum": ComplaintCategory::ALL.iter().map(|c| c.code()).collect::<Vec<_>>()
                }
            },
            "description": filled(MAX_DESCRIPTION),
            "happened": { "maxLength": 200 },
            "remedy_sought": { "maxLength": 5_000 },
            "service_requests": { "items": filled(40) },
        },
        // Anonymous, with no name, e-mail or phone; or a contact that can be answered.
        "anyOf": [
            {
                "required": ["anonymous"],
                "properties": {
                    "anonymous": { "const": true },
                    "contact": { "anyOf": [{ "type": "null" }, {
                        "type": "object",
                        "properties": {
                            "name": { "type": "null" },
                            "email": { "type": "null" },
                            "phone": { "type": "null" },
                        },
                    }] },
                },
            },
            {
                "required": ["contact"],
                "properties": { "anonymous": { "const": false }, "contact": identified_contact() },
            },
        ],
    })
}

/// The contact of a resident who is not anonymous: an e-mail address or a phone number, and
/// the one that the preferred contact method needs.
fn identified_contact() -> Value {
    let methods = |list: &[ContactMethod]| code_or_blank(list.iter().map(|m| m.code()).collect());
    json!({
        "type": "object",
        "properties": {
            "name": { "maxLength": 200 },
            "email": { "anyOf": [{ "type": "null" }, blank(), email()] },
            "phone": { "anyOf": [{ "type": "null" }, blank(), phone()] },
            "preferred_contact_method": methods(ContactMethod::ALL),
            "accommodation": { "maxLength": 1_000 },
            "acting_for": { "maxLength": 300 },
        },
        "anyOf": [
            {
                "required": ["email"],
                "properties": {
                    "email": email(),
                    "preferred_contact_method":
                        methods(&[ContactMethod::Email, ContactMethod::Mail]),
                },
            },
            {
                "required": ["phone"],
                "properties": {
                    "phone": phone(),
                    "preferred_contact_method":
                        methods(&[ContactMethod::Sms, ContactMethod::Phone, ContactMethod::Mail]),
                },
            },
        ],
    })
}

/// What every contact is checked for, anonymous or not: its languages.
fn any_contact() -> Value {
    let mut languages: Vec<&str> = heard_domain::spoken::all()
        .iter()
        .flat_map(|l| [l.tag, l.alpha3])
        .collect();
    languages.sort_unstable();
    languages.dedup();

    json!({
        "properties": {
            "preferred_language": { "anyOf": [{ "type": "null" }, {
                "type": "string",
                "pattern": format!(
                    "^[{SPACE}]*(?:[A-Za-z]{{2,3}}(?:-[A-Za-z0-9]{{1,8}})*)?[{SPACE}]*$"
                ),
            }] },
            "interpreter_language": code_or_blank(languages),
        }
    })
}

/// A point needs both coordinates; a postal code is Canadian, whole or its first three.
fn location() -> Value {
    // Spaces may come anywhere; the characters after the first three are ASCII.
    let s = format!("[{SPACE}]*");
    let ascii = r"[\x00-\x08\x0e-\x1f!-\x7f]";
    let postal =
        format!("^{s}(?:[A-Za-z]{s}[0-9]{s}[A-Za-z](?:{s}{ascii}{s}{ascii}{s}{ascii})?{s})?$");
    json!({
        "properties": {
            "address": { "maxLength": 300 },
            "postal_code": { "anyOf": [{ "type": "null" }, { "type": "string", "pattern": postal }] },
            "lat": { "minimum": -90, "maximum": 90 },
            "lon": { "minimum": -180, "maximum": 180 },
        },
        "anyOf": [
            {
                "required": ["lat", "lon"],
                "properties": { "lat": { "type": "number" }, "lon": { "type": "number" } },
            },
            { "properties": { "lat": { "type": "null" }, "lon": { "type": "null" } } },
        ],
    })
}

/// An e-mail address as intake accepts it: no spaces, one `@`, a dotted domain.
fn email() -> Value {
    json!({
        "type": "string",
        "maxLength": 254,
        "pattern": format!(
            "^[{SPACE}]*[^@{SPACE}]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+[{SPACE}]*$"
        ),
    })
}

/// A phone number as intake accepts it: 10 to 15 digits, with spaces, `+`, `-`, `(`, `)`, `.`.
fn phone() -> Value {
    json!({
        "type": "string",
        "maxLength": 40,
        "pattern": format!("^[{SPACE}]*(?:[ +().-]*[0-9]){{10,15}}[ +().-]*[{SPACE}]*$"),
    })
}

/// A text that must hold something besides spaces.
fn filled(max_chars: usize) -> Value {
    json!({ "type": "string", "maxLength": max_chars, "pattern": format!("[^{SPACE}]") })
}

/// A text of spaces only, or empty, which intake takes as absent.
fn blank() -> Value {
    json!({ "type": "string", "pattern": format!("^[{SPACE}]*$") })
}

/// One of `codes`, or nothing.
fn code_or_blank(codes: Vec<&str>) -> Value {
    json!({ "anyOf": [{ "type": "null" }, blank(), { "enum": codes }] })
}

/// Merges `rules` into `schema`: objects key by key, anything else replaced.
fn merge(schema: &mut Value, rules: Value) {
    match (schema, rules) {
        (Value::Object(schema), Value::Object(rules)) => {
            for (key, rule) in rules {
                merge(schema.entry(key).or_insert(Value::Null), rule);
            }
        }
        (schema, rule) => *schema = rule,
    }
}
