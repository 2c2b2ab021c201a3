//! How complete each language's translation is: every message English has, compared with
//! what each language's files have, read from their source text.
//!
//! A translation may leave out no message, and may use no value that the English message
//! does not receive (it would fail at run time and fall back to English).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::language::PUBLIC_LANGUAGES;

/// Values the code gives a message that English does not need to use, so a translation may:
/// a 24-hour clock uses `$hour24` where English writes `$hour12` and `$half`.
const OFFERED: &[(&str, &[&str])] = &[("time-of-day", &["hour12", "hour24", "minute", "half"])];

/// The message files of one language: file name and source text.
pub type Sources = Vec<(String, String)>;

/// What one language lacks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanguageCoverage {
    /// The BCP 47 tag.
    pub tag: String,
    /// How many of English's messages this language has.
    pub present: usize,
    /// The ids of English's messages it lacks.
    pub missing: Vec<String>,
    /// Messages that use a value English does not give them: `id: $name`.
    pub unknown_values: Vec<String>,
    /// Lines the Fluent parser could not read: `file: text`.
    pub unreadable: Vec<String>,
}

impl LanguageCoverage {
    /// Whether nothing is missing or wrong.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.unknown_values.is_empty() && self.unreadable.is_empty()
    }
}

/// The coverage of every public language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// How many messages English has.
    pub total: usize,
    /// One entry per public language other than English, in the order of the public list.
    pub languages: Vec<LanguageCoverage>,
}

impl Coverage {
    /// Whether every language has every message, rightly.
    pub fn is_complete(&self) -> bool {
        self.languages.iter().all(LanguageCoverage::is_complete)
    }
}

/// Compares every public language's messages with English's. `sources` gives the message
/// files of a language by its tag; a language without files lacks everything.
pub fn coverage(sources: impl Fn(&str) -> Sources) -> Coverage {
    let english = read(&sources("en"));
    let languages = PUBLIC_LANGUAGES
        .iter()
        .filter(|(tag, _)| *tag != "en")
        .map(|(tag, _)| {
            let found = read(&sources(tag));
            let mut lang = LanguageCoverage {
                tag: (*tag).to_owned(),
                unreadable: found.unreadable,
                ..LanguageCoverage::default()
            };
            for (id, values) in &english.messages {
                let offered = OFFERED
                    .iter()
                    .find(|(offered_id, _)| offered_id == id)
                    .map_or(&[][..], |(_, names)| *names);
                match found.messages.get(id) {
                    None => lang.missing.push(id.clone()),
                    Some(used) => {
                        lang.present += 1;
                        lang.unknown_values.extend(
                            used.iter()
                                .filter(|name| {
                                    !values.contains(*name) && !offered.contains(&name.as_str())
                                })
                                .map(|name| format!("{id}: ${name}")),
                        );
                    }
                }
            }
            lang
        })
        .collect();
    Coverage {
        total: english.messages.len(),
        languages,
    }
}

/// The messages of one language, each with the names of the values it uses.
#[derive(Default)]
struct Messages {
    messages: BTreeMap<String, BTreeSet<String>>,
    unreadable: Vec<String>,
}

fn read(files: &Sources) -> Messages {
    let mut out = Messages::default();
    for (file, text) in files {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                out.unreadable
                    .extend(errors.iter().map(|e| format!("{file}: {:?}", e.kind)));
                resource
            }
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut values = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_values(pattern, &mut values);
                }
                for attribute in &message.attributes {
                    pattern_values(&attribute.value, &mut values);
                }
                out.messages.insert(message.id.name.to_owned(), values);
            }
        }
    }
    out
}

fn pattern_values(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_values(expression, out);
        }
    }
}

fn expression_values(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_values(selector, out);
            for variant in variants {
                pattern_values(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_values(inline, out),
    }
}

fn inline_values(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_values(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_values(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(text: &str) -> Sources {
        vec![("site.ftl".to_owned(), text.to_owned())]
    }

    #[test]
    fn missing_messages_and_unknown_values_are_listed_per_language() {
        let report = coverage(|tag| match tag {
            "en" => files("hello = Hello { $name }\nbye = Bye\n"),
            "fr" => files("hello = Bonjour { $nom }\n"),
            "ar" => files("hello = مرحبا { $name }\nbye = وداعا\n"),
            _ => Vec::new(),
        });

        assert_eq!(report.total, 2);
        let fr = &report.languages[0];
        assert_eq!(fr.tag, "fr");
        assert_eq!(fr.missing, ["bye"]);
        assert_eq!(fr.unknown_values, ["hello: $nom"]);
        let ar = report.languages.iter().find(|l| l.tag == "ar").expect("ar");
        assert!(ar.is_complete());
        assert!(!report.is_complete());
    }

    #[test]
    fn variables_inside_selects_count() {
        let report = coverage(|tag| match tag {
            "en" => files("n = { $count ->\n    [one] one\n   *[other] { $count } things\n}\n"),
            _ => files("n = { $count ->\n   *[other] { $count } { $extra }\n}\n"),
        });

        assert!(
            report
                .languages
                .iter()
                .all(|l| l.unknown_values == ["n: $extra"])
        );
    }

    /// The shipped translations: every public language has every message English has.
    #[test]
    fn every_shipped_language_has_every_message() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let report = coverage(|tag| read_dir(&root.join(tag)));

        let gaps: Vec<String> = report
            .languages
            .iter()
            .filter(|l| !l.is_complete())
            .map(|l| {
                format!(
                    "{}: {} missing, {:?}, {:?}",
                    l.tag,
                    l.missing.len(),
                    l.unknown_values,
                    l.unreadable
                )
            })
            .collect();
        assert!(report.total > 100, "English has {} messages", report.total);
        assert!(gaps.is_empty(), "{gaps:#?}");
    }

    fn read_dir(dir: &std::path::Path) -> Sources {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(e.path()).unwrap_or_default())
            })
            .collect()
    }
}
