//! Knowledge-base Markdown to HTML for staff pages. Raw HTML in an article is shown as text,
//! never passed through, and links keep only web, mail and in-site addresses, so that an
//! edited article cannot put script or markup into the console.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

/// The HTML of `markdown`, safe to put in a page as it is.
pub fn to_html(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        // Markup written in the article is shown as the characters typed.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// The address if it is a web, mail or in-site one; otherwise an empty one.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    // A colon after the first slash is part of the path, not a scheme.
    let scheme_free = match (lower.find(':'), lower.find('/')) {
        (None, _) => true,
        (Some(colon), Some(slash)) => slash < colon,
        (Some(_), None) => false,
    };
    let allowed = ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p));
    if allowed || (scheme_free && !lower.starts_with("//")) {
        url
    } else {
        CowStr::Borrowed("")
    }
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn markdown_becomes_html() {
        let html = to_html("## Ask\n\n1. Where?\n2. *When?*\n");

        assert!(html.contains("<h2>Ask</h2>"));
        assert!(html.contains("<ol>\n<li>Where?</li>"));
        assert!(html.contains("<em>When?</em>"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html("Hi <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n");

        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn only_safe_links_keep_their_address() {
        let html = to_html(
            "[a](javascript:alert(1)) [b](https://toronto.ca) [c](/staff/knowledge) \
             [d](JaVaScRiPt:x) [e](data:text/html,x) [f](mailto:a@b.ca)",
        );

        assert!(!html.to_lowercase().contains("javascript"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains("href=\"https://toronto.ca\""));
        assert!(html.contains("href=\"/staff/knowledge\""));
        assert!(html.contains("href=\"mailto:a@b.ca\""));
    }
}
