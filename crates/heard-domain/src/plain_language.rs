//! The check run on what staff write to residents before it is sent: how hard the text is to
//! read (the Flesch-Kincaid grade level, from words per sentence and syllables per word) and
//! which internal words a resident would not know. The level and the word list are
//! configuration (`config/plain_language.toml`).

use serde::Deserialize;

/// The rules shipped with Heard.
pub const SHIPPED: &str = include_str!("../../../config/plain_language.toml");

/// What a text to residents should meet.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WritingRules {
    /// The highest grade level accepted without a warning.
    pub max_grade: f64,
    /// Words staff use among themselves, each with what to say instead.
    #[serde(default)]
    pub jargon: Vec<Jargon>,
}

/// An internal word or phrase and a plain one to use instead.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jargon {
    /// The word or phrase. Written all in capitals (an acronym such as `SR`), it matches only
    /// in capitals; otherwise in any case.
    pub term: String,
    /// What to write instead.
    pub instead: String,
}

/// How a text reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Readability {
    /// Sentences counted.
    pub sentences: usize,
    /// Words counted.
    pub words: usize,
    /// Syllables counted.
    pub syllables: usize,
    /// The Flesch-Kincaid grade level (0 or more): the years of school a reader needs.
    pub grade: f64,
}

/// What the check found in a draft.
#[derive(Debug, Clone, PartialEq)]
pub struct WritingCheck {
    /// How the draft reads.
    pub readability: Readability,
    /// The highest grade accepted.
    pub max_grade: f64,
    /// The internal words found, in the order of the list.
    pub jargon: Vec<Jargon>,
}

impl WritingCheck {
    /// Whether the text is above the grade level accepted.
    pub fn too_hard(&self) -> bool {
        self.readability.grade > self.max_grade
    }

    /// Whether the draft may go without a warning.
    pub fn passes(&self) -> bool {
        !self.too_hard() && self.jargon.is_empty()
    }
}

/// Why the rules could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("plain-language rules: {0}")]
pub struct RulesError(String);

impl WritingRules {
    /// Parses and checks rules from TOML text.
    pub fn from_toml(text: &str) -> Result<Self, RulesError> {
        let rules: WritingRules =
            toml::from_str(text).map_err(|e| RulesError(e.message().to_owned()))?;
        if !(0.0..=30.0).contains(&rules.max_grade) {
            return Err(RulesError("max_grade must be between 0 and 30".into()));
        }
        if let Some(empty) = rules.jargon.iter().find(|j| j.term.trim().is_empty()) {
            return Err(RulesError(format!(
                "a jargon entry has no term (instead: '{}')",
                empty.instead
            )));
        }
        Ok(rules)
    }

    /// The shipped rules.
    pub fn shipped() -> Self {
        // A unit test parses the shipped file, so this cannot fail in a release.
        Self::from_toml(SHIPPED).unwrap_or_else(|e| panic!("shipped rules: {e}"))
    }

    /// Checks a draft against the rules.
    pub fn check(&self, text: &str) -> WritingCheck {
        WritingCheck {
            readability: readability(text),
            max_grade: self.max_grade,
            jargon: self
                .jargon
                .iter()
                .filter(|j| contains_term(text, &j.term))
                .cloned()
                .collect(),
        }
    }
}

/// Counts sentences, words and syllables and gives the Flesch-Kincaid grade:
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
pub fn readability(text: &str) -> Readability {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '—' || c == '–')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let sentences = sentences(text).max(usize::from(!words.is_empty()));
    let grade = if words.is_empty() {
        0.0
    } else {
        let per_sentence = words.len() as f64 / sentences as f64;
        let per_word = syllables as f64 / words.len() as f64;
        (0.39 * per_sentence + 11.8 * per_word - 15.59).max(0.0)
    };
    Readability {
        sentences,
        words: words.len(),
        syllables,
        grade,
    }
}

/// Sentence ends: runs of `.`, `!`, `?` (or `;` and `:` before a line break) followed by
/// white space or the end; a point inside a number or an address does not end one. A line
/// of its own (a greeting, a list item) counts as a sentence too.
fn sentences(text: &str) -> usize {
    text.lines()
        .filter(|line| line.chars().any(char::is_alphanumeric))
        .map(|line| {
            let chars: Vec<char> = line.trim_end().chars().collect();
            let mut count = 0;
            for (i, c) in chars.iter().enumerate() {
                let ends = matches!(c, '.' | '!' | '?');
                let next = chars.get(i + 1);
                let last_of_run = !next.is_some_and(|n| matches!(n, '.' | '!' | '?'));
                if ends && last_of_run && next.is_none_or(|n| n.is_whitespace()) {
                    count += 1;
                }
            }
            // A line that does not end with a stop is still a sentence of its own.
            let stopped = chars.last().is_some_and(|c| matches!(c, '.' | '!' | '?'));
            count + usize::from(!stopped)
        })
        .sum()
}

/// Syllables in an English word, by its vowel groups: a final silent `e` and an `-ed` that
/// is not said apart do not count; every word has at least one. Numbers count one per digit
/// group, as a number is usually short to say.
fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    if !word.chars().any(|c| c.is_alphabetic()) {
        return 1;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous = false;
    for &c in &letters {
        let v = vowel(c);
        if v && !previous {
            groups += 1;
        }
        previous = v;
    }
    let n = letters.len();
    let ends = |suffix: &str| word.ends_with(suffix);
    if n > 2 && ends("e") && !ends("le") && !ends("ee") && !vowel(letters[n - 2]) {
        groups -= 1;
    }
    if n > 3 && ends("ed") && !matches!(letters[n - 3], 't' | 'd') && !vowel(letters[n - 3]) {
        groups -= 1;
    }
    groups.max(1)
}

/// Whether `term` appears in `text` as whole words.
fn contains_term(text: &str, term: &str) -> bool {
    let term = term.trim();
    let acronym = term.chars().any(char::is_alphabetic)
        && term
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let (haystack, needle) = if acronym {
        (text.to_owned(), term.to_owned())
    } else {
        (text.to_lowercase(), term.to_lowercase())
    };
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    haystack.match_indices(&needle).any(|(at, found)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + found.len()..].chars().next();
        boundary(before) && boundary(after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> WritingRules {
        WritingRules::shipped()
    }

    #[test]
    fn the_shipped_rules_parse() {
        let rules = rules();
        assert!(rules.max_grade >= 6.0);
        assert!(!rules.jargon.is_empty());
    }

    #[test]
    fn a_long_jargon_heavy_draft_is_flagged() {
        let draft = "Further to your SR, the work order has been escalated to the district \
            operations supervisor for remediation in accordance with the applicable \
            operational requirements, and the deficiency will be actioned subsequent to \
            the completion of the requisite investigation by divisional personnel.";

        let check = rules().check(draft);

        assert!(check.too_hard(), "grade {}", check.readability.grade);
        assert!(check.readability.grade > 15.0);
        let terms: Vec<&str> = check.jargon.iter().map(|j| j.term.as_str()).collect();
        assert!(terms.contains(&"SR"), "{terms:?}");
        assert!(terms.contains(&"work order"), "{terms:?}");
        assert!(terms.contains(&"actioned"), "{terms:?}");
        assert!(!check.passes());
    }

    #[test]
    fn a_plain_draft_passes() {
        let draft = "Thank you for telling us about the pothole on your street. A crew will \
            fix it this week. We will write to you when it is done.";

        let check = rules().check(draft);

        assert!(check.passes(), "{check:?}");
        assert!(check.readability.grade < 6.0);
    }

    #[test]
    fn counts_sentences_words_and_syllables() {
        let r = readability("The cat sat. It was happy! Was it?");

        assert_eq!(r.sentences, 3);
        assert_eq!(r.words, 8);
        assert_eq!(r.syllables, 9);
    }

    #[test]
    fn syllables_follow_the_usual_rules() {
        for (word, expected) in [
            ("cat", 1),
            ("make", 1),
            ("table", 2),
            ("water", 2),
            ("jumped", 1),
            ("wanted", 2),
            ("investigation", 5),
            ("the", 1),
            ("2026", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn a_point_inside_a_number_does_not_end_a_sentence() {
        let r = readability("The fee is 3.50 dollars. It is due today.");

        assert_eq!(r.sentences, 2);
    }

    #[test]
    fn jargon_matches_whole_words_and_acronyms_only_in_capitals() {
        assert!(contains_term("Your SR is open.", "SR"));
        assert!(!contains_term("Your sr is open.", "SR"));
        assert!(!contains_term("We surveyed it.", "SR"));
        assert!(contains_term("The Work Order is done.", "work order"));
        assert!(!contains_term("We reworked it.", "work"));
    }

    #[test]
    fn empty_text_reads_at_grade_zero() {
        let r = readability("   ");

        assert_eq!((r.words, r.sentences, r.grade), (0, 0, 0.0));
    }

    #[test]
    fn rules_out_of_range_are_refused() {
        assert!(WritingRules::from_toml("max_grade = 99").is_err());
        assert!(
            WritingRules::from_toml("max_grade = 8\n[[jargon]]\nterm = \" \"\ninstead = \"x\"")
                .is_err()
        );
    }
}
