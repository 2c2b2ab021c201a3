//! The knowledge base: the shipped articles load and cover every division, intake finds the
//! right article for a category, and search finds articles by their words.

use super::*;

fn toronto() -> Directory {
    Directory::default_toronto()
}

fn shipped() -> KnowledgeBase {
    KnowledgeBase::shipped(&toronto()).expect("the shipped articles load")
}

const ARTICLE: &str = "+++\ntitle = \"Potholes\"\ndivision = \"transportation-road-operations\"\n\
    categories = [\"T311-R0012\"]\n+++\nHoles in roads.\n\n## Questions to ask\n\n1. Where?\n\n\
    ## The standard to quote\n\nTen business days.\n";

#[test]
fn every_division_has_a_general_article_that_quotes_its_standard() {
    let directory = toronto();
    let base = shipped();

    for division in directory.divisions() {
        let general = base
            .articles()
            .iter()
            .find(|a| a.division == division.code && a.categories.is_empty());
        let general = general.unwrap_or_else(|| panic!("{} has no article", division.code));
        let standard = general.section(STANDARD).expect("standard section");
        let days = division.standards.first_stage_days.to_string();
        assert!(standard.markdown.contains(&days), "{}", general.id);
    }
}

#[test]
fn every_article_quotes_its_divisions_answer_time() {
    let directory = toronto();

    for article in shipped().articles() {
        let division = directory.division(&article.division).expect("division");
        let standard = &article.section(STANDARD).expect("standard").markdown;
        let days = format!("{} business days", division.standards.first_stage_days);
        assert!(standard.contains(&days), "{}: {standard}", article.id);
    }
}

#[test]
fn intake_guidance_prefers_the_categorys_own_article() {
    let directory = toronto();
    let base = shipped();

    let pothole = base.guidance_for(&directory, Some("T311-R0012"));
    let unguided = base.guidance_for(&directory, Some("T311-R0023"));
    let not_sure = base.guidance_for(&directory, None);

    assert_eq!(pothole.map(|a| a.id.as_str()), Some("roads-potholes"));
    assert_eq!(unguided.map(|a| a.id.as_str()), Some("311-toronto"));
    assert_eq!(not_sure.map(|a| a.id.as_str()), Some("311-triage"));
    let questions = pothole
        .and_then(|a| a.section(QUESTIONS))
        .expect("questions");
    assert!(questions.markdown.contains("1. "));
}

#[test]
fn an_unknown_category_gets_the_triage_divisions_general_article() {
    let base = shipped();

    let found = base.guidance_for(&toronto(), Some("NO-SUCH-CODE"));

    assert_eq!(found.map(|a| a.id.as_str()), Some("311-toronto"));
}

#[test]
fn search_finds_articles_by_every_word_best_first() {
    let base = shipped();

    let hits = base.search("pothole");
    let both = base.search("Pothole VEHICLE");
    let none = base.search("pothole zebra");

    assert_eq!(
        hits.first().map(|h| h.article.id.as_str()),
        Some("roads-potholes")
    );
    assert!(
        hits.first()
            .is_some_and(|h| h.excerpt.to_lowercase().contains("pothole"))
    );
    assert!(
        both.iter()
            .all(|h| h.article.division == "transportation-road-operations")
    );
    assert!(!both.is_empty());
    assert!(none.is_empty());
    assert!(base.search("  ").is_empty());
}

#[test]
fn search_matches_the_start_of_words_in_any_script_and_case() {
    let base = shipped();

    let hits = base.search("BASEMENT");

    assert!(hits.iter().any(|h| h.article.id == "water-sewer-backup"));
}

#[test]
fn an_article_is_split_into_its_sections() {
    let base = KnowledgeBase::load([("potholes.md", ARTICLE)], &toronto()).expect("loads");

    let article = base.article("potholes").expect("article");

    assert_eq!(article.title, "Potholes");
    assert_eq!(article.intro, "Holes in roads.");
    let headings: Vec<&str> = article
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(headings, [QUESTIONS, STANDARD]);
    assert_eq!(
        article
            .section("questions TO ask")
            .map(|s| s.markdown.as_str()),
        Some("1. Where?")
    );
}

#[test]
fn mistakes_in_an_article_name_the_file_and_the_problem() {
    let directory = toronto();
    let cases = [
        (
            "a.md",
            ARTICLE.replace("T311-R0012", "NOPE"),
            "no category 'NOPE'",
        ),
        (
            "a.md",
            ARTICLE.replace("T311-R0012", "T311-R0001"),
            "belongs to 'animal-services'",
        ),
        (
            "a.md",
            ARTICLE.replace("transportation-road-operations", "moon"),
            "no division",
        ),
        (
            "a.md",
            ARTICLE.replace("## The standard to quote", "## Other"),
            "The standard to quote",
        ),
        (
            "a.md",
            ARTICLE.replace("+++\ntitle", "title"),
            "start with a +++",
        ),
        ("a.txt", ARTICLE.to_owned(), "end in .md"),
    ];

    for (file, text, expected) in cases {
        let error = KnowledgeBase::load([(file, text.as_str())], &directory).expect_err(expected);
        assert_eq!(error.file, file);
        assert!(
            error.problem.contains(expected),
            "{}: {}",
            expected,
            error.problem
        );
    }
}

#[test]
fn a_category_is_guided_by_one_article_only() {
    let error =
        KnowledgeBase::load([("a.md", ARTICLE), ("b.md", ARTICLE)], &toronto()).expect_err("twice");

    assert!(
        error.problem.contains("already guided"),
        "{}",
        error.problem
    );
}
