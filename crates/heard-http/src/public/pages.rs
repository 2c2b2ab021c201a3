//! Plain-language pages: home and the published service standards, in the reader's language.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use heard_domain::Directory;
use heard_domain::directory::{Division, Standards};
use heard_domain::i18n::Locale;

use crate::AppState;
use crate::lang::Lang;
use crate::render::{PageError, page};

/// A division as the reader sees it: names in their language where translated.
pub struct DivisionView {
    code: String,
    name: String,
    handles: String,
    standards: Standards,
    sections: Vec<SectionView>,
}

/// A section and its categories, named in the reader's language.
pub struct SectionView {
    name: String,
    categories: Vec<CategoryView>,
}

/// A category: its code and its name in the reader's language.
pub struct CategoryView {
    code: String,
    name: String,
}

impl DivisionView {
    /// The division with its names in the language of `t`.
    pub fn new(directory: &Directory, t: Locale, division: &Division) -> Self {
        let name = |code: &str, english: &str| directory.name_in(t.tag(), code, english).to_owned();
        DivisionView {
            code: division.code.clone(),
            name: name(&division.code, &division.name),
            handles: directory.handles_in(t.tag(), division).to_owned(),
            standards: division.standards,
            sections: division
                .sections
                .iter()
                .map(|s| SectionView {
                    name: name(&s.code, &s.name),
                    categories: s
                        .categories
                        .iter()
                        .map(|c| CategoryView {
                            code: c.code.clone(),
                            name: name(&c.code, &c.name),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    t: Locale,
    here: String,
}

#[derive(Template)]
#[template(path = "standards.html")]
struct StandardsPage {
    t: Locale,
    here: String,
    divisions: Vec<DivisionView>,
}

#[derive(Template)]
#[template(path = "division.html")]
struct DivisionPage {
    t: Locale,
    here: String,
    division: DivisionView,
}

/// `GET /`: what complaints, compliments and comments are, and what happens next.
pub async fn home(Lang { t, here }: Lang) -> Result<Response, PageError> {
    page(StatusCode::OK, &Home { t, here })
}

/// `GET /standards`: every division's promises, from the configuration.
pub async fn standards(
    State(state): State<AppState>,
    Lang { t, here }: Lang,
) -> Result<Response, PageError> {
    let divisions = state
        .directory
        .divisions()
        .iter()
        .map(|d| DivisionView::new(&state.directory, t, d))
        .collect();
    page(StatusCode::OK, &StandardsPage { t, here, divisions })
}

/// `GET /standards/{division}`: one division's promises and what it handles.
pub async fn division(
    State(state): State<AppState>,
    Lang { t, here }: Lang,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let division = state
        .directory
        .division(&code)
        .ok_or_else(|| PageError::not_found("division-not-found"))?;
    let division = DivisionView::new(&state.directory, t, division);
    page(StatusCode::OK, &DivisionPage { t, here, division })
}
