//! Finding articles by words: every word asked for must appear in the article (as the start
//! of one of its words, so "pothole" finds "potholes"); titles weigh more than headings, and
//! headings more than the text.

use super::{Article, KnowledgeBase};

/// An article found, with a line that shows why.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    /// The article.
    pub article: &'a Article,
    /// How well it matches; higher first.
    pub score: u32,
    /// The first line of its text holding a word asked for, as plain text.
    pub excerpt: String,
}

/// The most characters of an excerpt.
const EXCERPT_CHARS: usize = 200;

impl KnowledgeBase {
    /// The articles holding every word of `query`, best first (then by title). An empty query
    /// finds nothing.
    pub fn search(&self, query: &str) -> Vec<Hit<'_>> {
        let wanted = words(query);
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit<'_>> = self
            .articles
            .iter()
            .filter_map(|article| score(article, &wanted))
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| a.article.title.cmp(&b.article.title))
        });
        hits
    }
}

/// The article's score and excerpt, if it holds every wanted word.
fn score<'a>(article: &'a Article, wanted: &[String]) -> Option<Hit<'a>> {
    let title = words(&article.title);
    let headings: Vec<String> = article
        .sections
        .iter()
        .flat_map(|s| words(&s.heading))
        .collect();
    let text: Vec<String> = std::iter::once(article.intro.as_str())
        .chain(article.sections.iter().map(|s| s.markdown.as_str()))
        .flat_map(words)
        .collect();

    let mut total = 0;
    for word in wanted {
        let count = |list: &[String]| list.iter().filter(|w| w.starts_with(word.as_str())).count();
        let found = 5 * count(&title) + 2 * count(&headings) + count(&text);
        if found == 0 {
            return None;
        }
        total += found;
    }
    Some(Hit {
        article,
        score: u32::try_from(total).unwrap_or(u32::MAX),
        excerpt: excerpt(article, wanted),
    })
}

/// The first line of the article's text with a wanted word, without Markdown marks.
fn excerpt(article: &Article, wanted: &[String]) -> String {
    let lines = std::iter::once(article.intro.as_str())
        .chain(article.sections.iter().map(|s| s.markdown.as_str()))
        .flat_map(str::lines);
    let line = lines
        .map(plain)
        .find(|line| {
            words(line)
                .iter()
                .any(|w| wanted.iter().any(|q| w.starts_with(q.as_str())))
        })
        .unwrap_or_default();
    if line.chars().count() <= EXCERPT_CHARS {
        return line;
    }
    let cut: String = line.chars().take(EXCERPT_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// A Markdown line as plain text: list marks, emphasis and link brackets taken out.
fn plain(line: &str) -> String {
    let line = line.trim_start_matches(['-', '*', '>', '#', ' ']);
    let line = line
        .strip_prefix(|c: char| c.is_ascii_digit())
        .and_then(|l| l.strip_prefix(". "))
        .unwrap_or(line);
    line.chars()
        .filter(|c| !matches!(c, '*' | '_' | '`' | '[' | ']'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The lower-case words of `text`: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
