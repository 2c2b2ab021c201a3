//! Cues: the words of the routing configuration, and how they are found in a resident's text.

/// A resident's text made ready for matching: lower case, HTML entities that published data
/// carries decoded, and split into words.
#[derive(Debug, Clone)]
pub struct Words {
    /// The whole text, lower case, words separated by single spaces.
    joined: String,
    /// The words, in order.
    words: Vec<String>,
}

impl Words {
    /// Reads `text`.
    pub fn new(text: &str) -> Self {
        // Published 311 data escapes apostrophes twice ("&amp;#39;").
        let decoded = text
            .replace("&amp;", "&")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .to_lowercase();
        let words: Vec<String> = decoded
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .map(|w| w.trim_matches(|c| c == '-' || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        Words {
            joined: words.join(" "),
            words,
        }
    }

    /// Whether there is no word at all.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// One cue from the configuration, parsed once.
#[derive(Debug, Clone, PartialEq)]
pub enum Cue {
    /// Words next to each other, in order.
    Phrase(Vec<Pattern>),
    /// Words anywhere, in any order.
    All(Vec<Pattern>),
    /// Text in a script without spaces, found anywhere.
    Anywhere(String),
}

/// One word of a cue: exact, or a prefix when written with a final `*`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    text: String,
    prefix: bool,
}

impl Pattern {
    fn parse(word: &str) -> Self {
        match word.strip_suffix('*') {
            Some(stem) => Pattern {
                text: stem.to_owned(),
                prefix: true,
            },
            None => Pattern {
                text: word.to_owned(),
                prefix: false,
            },
        }
    }

    fn matches(&self, word: &str) -> bool {
        if self.prefix {
            word.starts_with(&self.text)
        } else {
            word == self.text
        }
    }
}

impl Cue {
    /// Parses a cue as written in the configuration; `None` for an empty one.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return None;
        }

        if !text.chars().any(|c| c.is_ascii_alphanumeric()) && !text.contains('+') {
            let words = Words::new(&text);
            // Latin words with accents still split on spaces; other scripts are found anywhere.
            if !words.words.iter().any(|w| w.chars().any(is_latin)) {
                return Some(Cue::Anywhere(text));
            }
        }
        let patterns = |sep: char| -> Vec<Pattern> {
            text.split(sep)
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(Pattern::parse)
                .collect()
        };
        if text.contains('+') {
            Some(Cue::All(patterns('+')))
        } else {
            Some(Cue::Phrase(patterns(' ')))
        }
    }

    /// How many words the cue names: the more, the more specific.
    pub fn word_count(&self) -> u32 {
        let count = match self {
            Cue::Phrase(patterns) | Cue::All(patterns) => patterns.len(),
            Cue::Anywhere(_) => 1,
        };
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    /// Whether the cue is in the text.
    pub fn found_in(&self, words: &Words) -> bool {
        match self {
            Cue::Anywhere(text) => words.joined.contains(text.as_str()),
            Cue::All(patterns) => patterns
                .iter()
                .all(|p| words.words.iter().any(|w| p.matches(w))),
            Cue::Phrase(patterns) if patterns.is_empty() => false,
            Cue::Phrase(patterns) => words.words.windows(patterns.len()).any(|window| {
                window
                    .iter()
                    .zip(patterns)
                    .all(|(word, pattern)| pattern.matches(word))
            }),
        }
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(cue: &str, text: &str) -> bool {
        Cue::parse(cue).expect("a cue").found_in(&Words::new(text))
    }

    #[test]
    fn a_phrase_needs_its_words_together_and_in_order() {
        assert!(found("pot hole", "A big POT-hole? no: a pot hole."));
        assert!(!found("pot hole", "the hole near the pot"));
    }

    #[test]
    fn joined_words_may_be_anywhere() {
        assert!(found("bin+lid", "The lid of my green bin is cracked"));
        assert!(!found("bin+lid", "The lid is cracked"));
    }

    #[test]
    fn a_star_matches_the_start_of_a_word() {
        assert!(found("graffiti*", "Two upright City bins graffitied."));
        assert!(!found("graffiti", "Two upright City bins graffitied."));
    }

    #[test]
    fn text_in_scripts_without_spaces_is_found_anywhere() {
        assert!(found("谢谢", "非常谢谢你们的帮助"));
        assert!(found("спасибо", "Большое спасибо!"));
    }

    #[test]
    fn escaped_apostrophes_from_published_data_are_read() {
        let words = Words::new("Tam O&amp;#39;Shanter");
        assert_eq!(words.words, ["tam", "o'shanter"]);
    }
}
