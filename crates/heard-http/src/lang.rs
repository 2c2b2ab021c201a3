//! The reader's language on the public site: their own choice, kept in a cookie so that no
//! account is needed, else their browser's preference, else English.

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Query};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, LOCATION, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use heard_domain::i18n::Locale;
use serde::Deserialize;

/// The cookie that keeps the chosen language.
const COOKIE_NAME: &str = "heard_lang";

/// How long a choice is kept: a year.
const COOKIE_SECONDS: u32 = 365 * 24 * 60 * 60;

/// The language of the page being answered, and the page's own address so that the language
/// menu can come back to it.
#[derive(Debug, Clone)]
pub struct Lang {
    /// The language to write in.
    pub t: Locale,
    /// The path and query of the page.
    pub here: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let here = parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        Ok(Lang {
            t: locale_of(&parts.headers),
            here,
        })
    }
}

/// The language a request is to be answered in.
pub fn locale_of(headers: &HeaderMap) -> Locale {
    chosen(headers)
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or(Locale::ENGLISH)
}

/// The language kept in the cookie, if it is still one of ours.
fn chosen(headers: &HeaderMap) -> Option<Locale> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .and_then(|(_, value)| Locale::from_tag(value))
}

/// The query of `GET /language`.
#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    back: String,
}

/// `GET /language?lang=fr&back=/submit`: keeps the choice and goes back to the page.
pub async fn choose(Query(choice): Query<Choice>) -> Response {
    let back = safe_back(&choice.back);
    let Some(locale) = Locale::from_tag(&choice.lang) else {
        return (StatusCode::SEE_OTHER, [(LOCATION, back)]).into_response();
    };
    let cookie = format!(
        "{COOKIE_NAME}={}; Path=/; Max-Age={COOKIE_SECONDS}; SameSite=Lax",
        locale.tag()
    );
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, back)]).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(SET_COOKIE, value);
    }
    response
}

/// A path on this site to go back to; anything else (another site, `//host`) goes home.
fn safe_back(back: &str) -> String {
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.starts_with("/\\")
        && !back.chars().any(char::is_control);
    if local { back.to_owned() } else { "/".into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).expect("header"));
        }
        map
    }

    #[test]
    fn the_choice_wins_over_the_browser_and_english_is_the_last_resort() {
        let tag = |pairs: &[(&'static str, &str)]| locale_of(&headers(pairs)).tag();

        assert_eq!(tag(&[]), "en");
        assert_eq!(tag(&[("accept-language", "ar-EG,ar;q=0.9")]), "ar");
        assert_eq!(
            tag(&[
                ("accept-language", "ar"),
                ("cookie", "other=1; heard_lang=zh-Hant")
            ]),
            "zh-Hant"
        );
        assert_eq!(tag(&[("cookie", "heard_lang=xx")]), "en");
    }

    #[test]
    fn only_local_paths_are_gone_back_to() {
        assert_eq!(
            safe_back("/submit?kind=compliment"),
            "/submit?kind=compliment"
        );
        assert_eq!(safe_back("//evil.example"), "/");
        assert_eq!(safe_back("/\\evil.example"), "/");
        assert_eq!(safe_back("https://evil.example"), "/");
        assert_eq!(safe_back(""), "/");
    }
}
