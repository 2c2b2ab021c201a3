//! In a training sandbox (`heard serve --training`) every HTML page says so: this layer puts
//! the training banner at the top of the main content of each page that does not already
//! show one, in the page's own language.

use askama::Template;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use heard_domain::i18n::Locale;

use crate::AppState;

/// The largest page the banner is added to; every page Heard renders is far smaller.
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// The class that marks a banner, so that a page showing one already gets no second.
const MARK: &str = "training-banner";

#[derive(Template)]
#[template(path = "training_banner.html")]
struct Banner {
    t: Locale,
}

/// Adds the banner to HTML pages when the server is a training sandbox.
pub async fn mark_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if !state.store.is_training() || !html {
        return response;
    }

    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_PAGE_BYTES).await else {
        // Too large to hold: no page is; answer with nothing rather than a half page.
        return Response::from_parts(parts, Body::empty());
    };
    let page = String::from_utf8_lossy(&bytes);
    let marked = with_banner(&page).unwrap_or_else(|| page.into_owned());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(marked))
}

/// The page with the banner at the start of `<main>` (or of `<body>`), or none when it has
/// one already or no place for it.
fn with_banner(page: &str) -> Option<String> {
    if page.contains(MARK) {
        return None;
    }
    let tag = page.find("<main").or_else(|| page.find("<body"))?;
    let at = tag + page[tag..].find('>')? + 1;
    let banner = Banner {
        t: language(page).unwrap_or(Locale::ENGLISH),
    }
    .render()
    .ok()?;
    Some(format!("{}{banner}{}", &page[..at], &page[at..]))
}

/// The language of the page, from `<html lang="…">`.
fn language(page: &str) -> Option<Locale> {
    let start = page.find("<html lang=\"")? + "<html lang=\"".len();
    let end = start + page[start..].find('"')?;
    Locale::from_tag(&page[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banner_goes_first_in_main_in_the_pages_language() {
        let page = "<html lang=\"fr\"><body><main id=\"main\">Bonjour</main></body></html>";

        let marked = with_banner(page).expect("marked");

        let main = marked.find("<main id=\"main\">").expect("main");
        let banner = marked.find(MARK).expect("banner");
        assert!(banner > main && banner < marked.find("Bonjour").expect("text"));
        // The title has no character that HTML escapes, unlike the French sentence after it.
        let title = Locale::from_tag("fr")
            .expect("fr")
            .text("training-banner-title");
        assert!(marked.contains(&title), "{marked}");
    }

    #[test]
    fn a_page_with_a_banner_gets_no_second() {
        assert!(with_banner("<main><p class=\"training-banner\">x</p></main>").is_none());
    }
}
