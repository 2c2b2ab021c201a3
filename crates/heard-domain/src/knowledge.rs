//! The staff knowledge base: short Markdown articles, kept with the configuration, one per
//! division and per key category, that say what a category covers, what to ask, what is and
//! is not a complaint, where to send what does not belong, and the service standard to quote.
//!
//! Each file starts with a TOML block between `+++` lines (`title`, `division`, and the
//! `categories` it guides), then Markdown whose `##` headings name its sections. Articles are
//! checked against the divisions directory when loaded, so a typo in a code stops start-up.

mod search;

use std::collections::HashSet;

use serde::Deserialize;

use crate::Directory;

pub use search::Hit;

/// A shipped article: its file name and its text, built into the binary.
macro_rules! shipped {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../../config/knowledge/", $name)),
        )
    };
}
/// The articles shipped with Heard, by file name.
pub const SHIPPED: &[(&str, &str)] = &[
    shipped!("311-toronto.md"),
    shipped!("311-triage.md"),
    shipped!("toronto-water.md"),
    shipped!("water-breaks-and-leaks.md"),
    shipped!("water-no-water.md"),
    shipped!("water-sewer-backup.md"),
    shipped!("roads.md"),
    shipped!("roads-potholes.md"),
    shipped!("roads-winter.md"),
    shipped!("roads-sidewalks.md"),
    shipped!("roads-contractors.md"),
    shipped!("solid-waste.md"),
    shipped!("waste-missed-collection.md"),
    shipped!("waste-bins.md"),
    shipped!("waste-crew-conduct.md"),
    shipped!("waste-litter-dumping.md"),
    shipped!("animal-services.md"),
    shipped!("animals-injured.md"),
    shipped!("animals-stray.md"),
    shipped!("animals-noise.md"),
];

/// The heading of the section read out at intake: the questions to ask.
pub const QUESTIONS: &str = "Questions to ask";

/// The heading of the section read out at intake: the standard to tell the resident.
pub const STANDARD: &str = "The standard to quote";

/// One article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Its name: the file name without `.md`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The division it belongs to.
    pub division: String,
    /// The categories it guides; none for a division's general article.
    pub categories: Vec<String>,
    /// The Markdown before the first heading.
    pub intro: String,
    /// Its sections, in order.
    pub sections: Vec<Section>,
}

/// A `##` section of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading's words.
    pub heading: String,
    /// The Markdown under it.
    pub markdown: String,
}

impl Article {
    /// The section under `heading` (compared without regard to case), if the article has it.
    pub fn section(&self, heading: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.heading.eq_ignore_ascii_case(heading))
    }

    /// The whole article as Markdown, with its title as the first heading.
    pub fn markdown(&self) -> String {
        let mut text = format!("# {}\n\n{}\n", self.title, self.intro);
        for section in &self.sections {
            text.push_str(&format!(
                "\n## {}\n\n{}\n",
                section.heading, section.markdown
            ));
        }
        text
    }
}

/// What is wrong with an article, naming its file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("knowledge article {file}: {problem}")]
pub struct KnowledgeError {
    /// The file.
    pub file: String,
    /// The problem, in words.
    pub problem: String,
}

/// The front matter of an article.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    division: String,
    #[serde(default)]
    categories: Vec<String>,
}

/// Every article, checked against the directory.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    articles: Vec<Article>,
}

impl KnowledgeBase {
    /// The shipped articles, checked against `directory`.
    pub fn shipped(directory: &Directory) -> Result<Self, KnowledgeError> {
        Self::load(SHIPPED.iter().copied(), directory)
    }

    /// Parses and checks articles given as (file name, text). A category may be guided by one
    /// article only, and each article needs the two sections read out at intake.
    pub fn load<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
        directory: &Directory,
    ) -> Result<Self, KnowledgeError> {
        let mut articles: Vec<Article> = Vec::new();
        let mut guided = HashSet::new();
        for (file, text) in files {
            let fail = |problem: String| KnowledgeError {
                file: file.to_owned(),
                problem,
            };
            let article = parse(file, text).map_err(fail)?;
            check(&article, directory).map_err(fail)?;
            for code in &article.categories {
                if !guided.insert(code.clone()) {
                    return Err(fail(format!(
                        "category '{code}' is already guided by another article"
                    )));
                }
            }
            if articles.iter().any(|a| a.id == article.id) {
                return Err(fail(format!("the name '{}' is used twice", article.id)));
            }
            articles.push(article);
        }
        articles.sort_by(|a, b| (&a.division, &a.title).cmp(&(&b.division, &b.title)));
        Ok(KnowledgeBase { articles })
    }

    /// Every article, by division then title.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The article named `id`.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The article that guides intake for `category` (a category code, or none when the
    /// caller is not sure): the category's own article, else its division's general one,
    /// else the triage division's.
    pub fn guidance_for(&self, directory: &Directory, category: Option<&str>) -> Option<&Article> {
        let Some(code) = category else {
            return self.triage(directory);
        };
        let own = self
            .articles
            .iter()
            .find(|a| a.categories.iter().any(|c| c == code));
        let division = directory
            .place(code)
            .map_or(crate::directory::TRIAGE_DIVISION, |p| {
                p.division.code.as_str()
            });
        own.or_else(|| {
            self.articles
                .iter()
                .find(|a| a.division == division && a.categories.is_empty())
        })
    }

    /// The article for cases whose division is not known.
    fn triage(&self, directory: &Directory) -> Option<&Article> {
        let triage = directory.division(crate::directory::TRIAGE_DIVISION)?;
        let codes: Vec<&str> = triage
            .sections
            .iter()
            .flat_map(|s| s.categories.iter().map(|c| c.code.as_str()))
            .collect();
        self.articles
            .iter()
            .filter(|a| a.division == triage.code)
            .find(|a| a.categories.iter().any(|c| codes.contains(&c.as_str())))
            .or_else(|| {
                self.articles
                    .iter()
                    .find(|a| a.division == triage.code && a.categories.is_empty())
            })
    }
}

/// Splits the front matter from the Markdown and the Markdown into sections.
fn parse(file: &str, text: &str) -> Result<Article, String> {
    let id = file
        .strip_suffix(".md")
        .ok_or("the file name must end in .md")?;
    let text = text.replace("\r\n", "\n");
    let rest = text
        .strip_prefix("+++\n")
        .ok_or("the file must start with a +++ line")?;
    let (front, body) = rest
        .split_once("\n+++\n")
        .ok_or("the front matter must end with a +++ line")?;
    let front: FrontMatter = toml::from_str(front).map_err(|e| e.message().to_owned())?;
    if front.title.trim().is_empty() {
        return Err("the title is empty".into());
    }

    let mut intro = String::new();
    let mut sections: Vec<Section> = Vec::new();
    for line in body.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            sections.push(Section {
                heading: heading.trim().to_owned(),
                markdown: String::new(),
            });
            continue;
        }
        let target = match sections.last_mut() {
            Some(section) => &mut section.markdown,
            None => &mut intro,
        };
        target.push_str(line);
        target.push('\n');
    }
    for section in &mut sections {
        section.markdown = section.markdown.trim().to_owned();
    }
    Ok(Article {
        id: id.to_owned(),
        title: front.title.trim().to_owned(),
        division: front.division,
        categories: front.categories,
        intro: intro.trim().to_owned(),
        sections,
    })
}

/// Checks an article's codes against the directory and that it has the intake sections.
fn check(article: &Article, directory: &Directory) -> Result<(), String> {
    if directory.division(&article.division).is_none() {
        return Err(format!("there is no division '{}'", article.division));
    }
    for code in &article.categories {
        match directory.place(code) {
            None => return Err(format!("there is no category '{code}'")),
            Some(p) if p.division.code != article.division => {
                return Err(format!(
                    "category '{code}' belongs to '{}', not '{}'",
                    p.division.code, article.division
                ));
            }
            Some(_) => {}
        }
    }
    for heading in [QUESTIONS, STANDARD] {
        if article
            .section(heading)
            .is_none_or(|s| s.markdown.is_empty())
        {
            return Err(format!("it needs a '## {heading}' section"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
