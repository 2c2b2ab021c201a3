//! `/staff/knowledge`: the knowledge base, searchable by any signed-in staff member, and each
//! article on its own page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::error::{StaffError, staff_page};
use super::session::StaffUser;
use crate::AppState;
use crate::markdown::to_html;

/// An article in a list.
struct Listed {
    id: String,
    title: String,
    division: String,
    excerpt: String,
}

#[derive(Template)]
#[template(path = "staff/knowledge.html")]
struct KnowledgePage {
    me: StaffUser,
    q: String,
    searched: bool,
    articles: Vec<Listed>,
}

#[derive(Template)]
#[template(path = "staff/article.html")]
struct ArticlePage {
    me: StaffUser,
    title: String,
    division: String,
    categories: Vec<String>,
    html: String,
}

/// The search box.
#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// `GET /staff/knowledge?q=…`: every article, or those holding every word asked for.
pub async fn show_knowledge(
    State(state): State<AppState>,
    me: StaffUser,
    Query(query): Query<SearchQuery>,
) -> Result<Response, StaffError> {
    let q: String = query.q.trim().chars().take(200).collect();
    let division = |code: &str| super::queue::division_name(&state, code);
    let knowledge = &state.guidance.knowledge;
    let articles = if q.is_empty() {
        knowledge
            .articles()
            .iter()
            .map(|a| Listed {
                id: a.id.clone(),
                title: a.title.clone(),
                division: division(&a.division),
                excerpt: String::new(),
            })
            .collect()
    } else {
        knowledge
            .search(&q)
            .into_iter()
            .map(|hit| Listed {
                id: hit.article.id.clone(),
                title: hit.article.title.clone(),
                division: division(&hit.article.division),
                excerpt: hit.excerpt,
            })
            .collect()
    };
    let page = KnowledgePage {
        me,
        searched: !q.is_empty(),
        q,
        articles,
    };
    staff_page(StatusCode::OK, &page)
}

/// `GET /staff/knowledge/{article}`.
pub async fn show_article(
    State(state): State<AppState>,
    me: StaffUser,
    Path(id): Path<String>,
) -> Result<Response, StaffError> {
    let article = state
        .guidance
        .knowledge
        .article(&id)
        .ok_or_else(StaffError::not_found)?;
    let categories = article
        .categories
        .iter()
        .filter_map(|code| state.directory.place(code))
        .map(|p| p.category.name.clone())
        .collect();
    let page = ArticlePage {
        me,
        title: article.title.clone(),
        division: super::queue::division_name(&state, &article.division),
        categories,
        html: to_html(&article.markdown()),
    };
    staff_page(StatusCode::OK, &page)
}
