//! The directory of divisions: who handles what, and the service standards each promises.
//!
//! Read from configuration (TOML) so that a city adds a division by editing a file. The
//! directory is checked when it is loaded: codes must be unique and standards positive, so a
//! mistake in the file stops start-up with a message instead of misrouting cases later.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// The default directory shipped with Heard: Toronto's five partner divisions.
pub const DEFAULT_DIRECTORY: &str = include_str!("../../../config/divisions.toml");

/// The names of the shipped directory in the other public languages, by language tag.
pub const DEFAULT_TRANSLATIONS: &[(&str, &str)] = &[
    ("fr", include_str!("../../../config/translations/fr.toml")),
    (
        "zh-Hans",
        include_str!("../../../config/translations/zh-Hans.toml"),
    ),
    (
        "zh-Hant",
        include_str!("../../../config/translations/zh-Hant.toml"),
    ),
    ("tl", include_str!("../../../config/translations/tl.toml")),
    ("es", include_str!("../../../config/translations/es.toml")),
    ("pt", include_str!("../../../config/translations/pt.toml")),
    ("it", include_str!("../../../config/translations/it.toml")),
    ("ta", include_str!("../../../config/translations/ta.toml")),
    ("pa", include_str!("../../../config/translations/pa.toml")),
    ("ur", include_str!("../../../config/translations/ur.toml")),
    ("fa", include_str!("../../../config/translations/fa.toml")),
    ("ar", include_str!("../../../config/translations/ar.toml")),
    ("ko", include_str!("../../../config/translations/ko.toml")),
    ("ru", include_str!("../../../config/translations/ru.toml")),
    ("vi", include_str!("../../../config/translations/vi.toml")),
];

/// The division that receives cases whose division is not known.
pub const TRIAGE_DIVISION: &str = "311-toronto";

/// Service standards in business days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Standards {
    /// The case is acknowledged within this many business days of receipt.
    pub acknowledge_days: u32,
    /// The first-stage answer is sent within this many business days of receipt.
    pub first_stage_days: u32,
    /// An escalated review is answered within this many business days of the request.
    pub escalated_review_days: u32,
    /// How many stages the process has: the division's answer, then escalated reviews.
    #[serde(default = "default_stages")]
    pub stages: u32,
    /// Calendar days after an answer during which a review may be asked for as of right;
    /// later requests go to a supervisor to decide.
    #[serde(default = "default_window")]
    pub escalation_window_days: u32,
}

fn default_stages() -> u32 {
    2
}

fn default_window() -> u32 {
    60
}

impl Default for Standards {
    fn default() -> Self {
        Standards {
            acknowledge_days: 2,
            first_stage_days: 10,
            escalated_review_days: 20,
            stages: default_stages(),
            escalation_window_days: default_window(),
        }
    }
}

/// A category of service a division provides, which a case can be about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable code, unique across the whole directory.
    pub code: String,
    /// Public name.
    pub name: String,
}

/// A section of a division.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable code, unique across the whole directory.
    pub code: String,
    /// Public name.
    pub name: String,
    /// The categories this section handles.
    #[serde(default, rename = "category")]
    pub categories: Vec<Category>,
}

/// A division of the City that handles cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Division {
    /// Stable code, used in addresses and data (for example `toronto-water`).
    pub code: String,
    /// Public name.
    pub name: String,
    /// What the division handles, in plain language.
    #[serde(default)]
    pub handles: String,
    /// The code this division has in the source it was configured from, if any.
    #[serde(default)]
    pub source_code: Option<String>,
    /// The division's service standards.
    #[serde(default)]
    pub standards: Standards,
    /// The division's sections.
    #[serde(default, rename = "section")]
    pub sections: Vec<Section>,
}

/// Where a category sits: its division and section.
#[derive(Debug, Clone, Copy)]
pub struct Placement<'a> {
    /// The division.
    pub division: &'a Division,
    /// The section within it.
    pub section: &'a Section,
    /// The category itself.
    pub category: &'a Category,
}

/// All divisions, with an index from category code to its place.
#[derive(Debug, Clone)]
pub struct Directory {
    divisions: Vec<Division>,
    by_category: HashMap<String, (usize, usize, usize)>,
    /// Names in other languages, by language tag.
    translations: HashMap<String, Translation>,
}

/// The names of divisions, sections and categories in one language, by their codes.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Names by division, section or category code.
    #[serde(default)]
    pub names: HashMap<String, String>,
    /// What each division handles, by division code.
    #[serde(default)]
    pub handles: HashMap<String, String>,
}

/// Why a directory file was refused.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// The TOML does not parse or has unknown fields.
    #[error("the divisions file is not valid: {0}")]
    Syntax(#[from] toml::de::Error),
    /// A rule about the content was broken.
    #[error("the divisions file is not valid: {0}")]
    Rule(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectoryFile {
    #[serde(rename = "division")]
    divisions: Vec<Division>,
}

impl Directory {
    /// Parses and checks a directory from TOML text.
    pub fn from_toml(text: &str) -> Result<Self, DirectoryError> {
        let file: DirectoryFile = toml::from_str(text)?;
        Self::new(file.divisions)
    }

    /// The directory shipped with Heard.
    pub fn default_toronto() -> Self {
        // The shipped files are checked by a unit test, so this cannot fail in a release.
        let mut directory =
            Self::from_toml(DEFAULT_DIRECTORY).unwrap_or_else(|e| panic!("shipped directory: {e}"));
        for (tag, text) in DEFAULT_TRANSLATIONS {
            directory
                .add_translation(tag, text)
                .unwrap_or_else(|e| panic!("shipped {tag} names: {e}"));
        }
        directory
    }

    /// Checks a list of divisions and indexes its categories.
    pub fn new(divisions: Vec<Division>) -> Result<Self, DirectoryError> {
        let rule = |m: String| Err(DirectoryError::Rule(m));
        if divisions.is_empty() {
            return rule("it defines no division".into());
        }

        let mut division_codes = HashSet::new();
        let mut section_codes = HashSet::new();
        let mut by_category = HashMap::new();
        for (d, division) in divisions.iter().enumerate() {
            if !is_code(&division.code) {
                return rule(format!(
                    "division code '{}' must be lower-case letters, digits and dashes",
                    division.code
                ));
            }
            if !division_codes.insert(division.code.as_str()) {
                return rule(format!("division code '{}' is used twice", division.code));
            }
            let s = &division.standards;
            if s.acknowledge_days == 0 || s.first_stage_days == 0 || s.escalated_review_days == 0 {
                return rule(format!(
                    "division '{}': every standard must be at least one business day",
                    division.code
                ));
            }
            for (si, section) in division.sections.iter().enumerate() {
                if !section_codes.insert(section.code.as_str()) {
                    return rule(format!("section code '{}' is used twice", section.code));
                }
                for (ci, category) in section.categories.iter().enumerate() {
                    if by_category
                        .insert(category.code.clone(), (d, si, ci))
                        .is_some()
                    {
                        return rule(format!("category code '{}' is used twice", category.code));
                    }
                }
            }
        }

        if !division_codes.contains(TRIAGE_DIVISION) {
            return rule(format!(
                "the triage division '{TRIAGE_DIVISION}' must be defined: it receives every case whose division is not known"
            ));
        }
        Ok(Directory {
            divisions,
            by_category,
            translations: HashMap::new(),
        })
    }

    /// Adds the names in the language `tag` from TOML text with a `[names]` table (codes to
    /// names) and a `[handles]` table (division codes to what they handle). Codes that the
    /// directory does not have are refused, so that a typo does not go unnoticed.
    pub fn add_translation(&mut self, tag: &str, text: &str) -> Result<(), DirectoryError> {
        let translation: Translation = toml::from_str(text)?;
        let known = |code: &str| {
            self.division(code).is_some()
                || self.by_category.contains_key(code)
                || self
                    .divisions
                    .iter()
                    .any(|d| d.sections.iter().any(|s| s.code == code))
        };
        let unknown = translation
            .names
            .keys()
            .chain(translation.handles.keys())
            .find(|code| !known(code));
        if let Some(code) = unknown {
            return Err(DirectoryError::Rule(format!(
                "the {tag} names give a name to '{code}', which no division, section or category has"
            )));
        }
        self.translations.insert(tag.to_owned(), translation);
        Ok(())
    }

    /// The name of the division, section or category `code` in the language `tag`, or
    /// `english` when it has none there.
    pub fn name_in<'a>(&'a self, tag: &str, code: &str, english: &'a str) -> &'a str {
        self.translations
            .get(tag)
            .and_then(|t| t.names.get(code))
            .map_or(english, String::as_str)
    }

    /// What the division handles, in the language `tag` when translated.
    pub fn handles_in<'a>(&'a self, tag: &str, division: &'a Division) -> &'a str {
        self.translations
            .get(tag)
            .and_then(|t| t.handles.get(&division.code))
            .map_or(&division.handles, String::as_str)
    }

    /// The codes that have no name in the language `tag`: divisions and categories, and
    /// divisions without a translated description.
    pub fn untranslated(&self, tag: &str) -> Vec<String> {
        let empty = Translation::default();
        let t = self.translations.get(tag).unwrap_or(&empty);
        let mut missing = Vec::new();
        for d in &self.divisions {
            if !t.names.contains_key(&d.code) {
                missing.push(d.code.clone());
            }
            if !t.handles.contains_key(&d.code) {
                missing.push(format!("{} (what it handles)", d.code));
            }
            for s in &d.sections {
                missing.extend(
                    std::iter::once(&s.code)
                        .chain(s.categories.iter().map(|c| &c.code))
                        .filter(|code| !t.names.contains_key(*code))
                        .cloned(),
                );
            }
        }
        missing
    }

    /// All divisions, in configuration order.
    pub fn divisions(&self) -> &[Division] {
        &self.divisions
    }

    /// The division with this code.
    pub fn division(&self, code: &str) -> Option<&Division> {
        self.divisions.iter().find(|d| d.code == code)
    }

    /// Where the category with this code sits.
    pub fn place(&self, category_code: &str) -> Option<Placement<'_>> {
        let &(d, s, c) = self.by_category.get(category_code)?;
        let division = &self.divisions[d];
        let section = &division.sections[s];
        Some(Placement {
            division,
            section,
            category: &section.categories[c],
        })
    }

    /// How many categories the directory holds.
    pub fn category_count(&self) -> usize {
        self.by_category.len()
    }
}

fn is_code(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_directory_has_the_five_partner_divisions() {
        let dir = Directory::from_toml(DEFAULT_DIRECTORY).expect("shipped file parses");
        let codes: Vec<_> = dir.divisions().iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "311-toronto",
                "toronto-water",
                "transportation-road-operations",
                "solid-waste",
                "animal-services"
            ]
        );
        let pothole = dir.place("T311-R0012");
        assert_eq!(
            pothole.map(|p| p.category.name.as_str()),
            Some("Road - Pot hole")
        );
        assert_eq!(
            pothole.map(|p| p.division.code.as_str()),
            Some("transportation-road-operations")
        );
    }

    #[test]
    fn a_duplicate_category_code_is_refused_with_its_name() {
        let text = r#"
            [[division]]
            code = "311-toronto"
            name = "311"
            [[division.section]]
            code = "S1"
            name = "Ops"
            [[division.section.category]]
            code = "C1"
            name = "One"
            [[division.section.category]]
            code = "C1"
            name = "Again"
        "#;
        let err = Directory::from_toml(text).expect_err("duplicate must fail");
        assert!(err.to_string().contains("'C1' is used twice"), "{err}");
    }

    #[test]
    fn a_directory_without_the_triage_division_is_refused() {
        let text = "[[division]]\ncode = \"parks\"\nname = \"Parks\"\n";
        let err = Directory::from_toml(text).expect_err("no triage division");
        assert!(err.to_string().contains("311-toronto"), "{err}");
    }
}
