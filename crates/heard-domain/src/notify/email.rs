//! An e-mail's parts: its subject, a plain-text part and an HTML part with the same words,
//! every value escaped by the template (`templates/notification.html`).

use askama::Template;

use super::NoticeKind;
use super::texts::Texts;

/// The HTML part; askama escapes every value, residents' and staff's words included.
#[derive(Template)]
#[template(path = "notification.html")]
struct EmailHtml<'a> {
    lang: &'a str,
    subject: &'a str,
    greeting: &'a str,
    body: &'a str,
    quote_intro: Option<&'a str>,
    quote_lines: Vec<&'a str>,
    next: Option<&'a str>,
    link_intro: &'a str,
    link: &'a str,
    sign_off: &'a str,
    footer: &'a str,
}

/// The words of one e-mail, in the order they are read.
pub(super) struct Email {
    pub(super) subject: String,
    language: String,
    greeting: String,
    body: String,
    /// A label and the staff's own words under it.
    quote: Option<(Option<String>, String)>,
    next: Option<String>,
    link_intro: String,
    link: String,
    sign_off: String,
    footer: String,
}

impl Email {
    /// Writes the e-mail for `notice`.
    pub(super) fn write(texts: &Texts, notice: NoticeKind) -> Self {
        let prefix = Texts::prefix(notice);
        // Without a name, `greeting-named` lacks its value and the plain greeting is used.
        let greeting = texts
            .optional("greeting-named")
            .unwrap_or_else(|| texts.get("greeting"));
        let quote = texts.quote.clone().map(|words| {
            let label = texts.optional(&format!("{prefix}-quote"));
            (label, words)
        });

        Email {
            subject: texts.get(&format!("{prefix}-subject")),
            language: texts.language(),
            greeting,
            body: texts.get(&format!("{prefix}-body")),
            quote,
            next: texts.optional(&texts.next_id(notice)),
            link_intro: texts.get("link-intro"),
            link: texts.link.clone(),
            sign_off: texts.get("sign-off"),
            footer: format!("{} {}", texts.get("footer"), texts.get("footer-stop")),
        }
    }

    /// The plain-text part.
    pub(super) fn text(&self) -> String {
        let mut parts = vec![self.greeting.clone(), self.body.clone()];
        if let Some((label, words)) = &self.quote {
            let quoted: Vec<String> = words.lines().map(|l| format!("    {l}")).collect();
            match label {
                Some(label) => parts.push(format!("{label}\n{}", quoted.join("\n"))),
                None => parts.push(quoted.join("\n")),
            }
        }
        parts.extend(self.next.clone());
        parts.push(format!("{}\n{}", self.link_intro, self.link));
        parts.push(self.sign_off.clone());
        parts.push(format!("-- \n{}", self.footer));
        let mut text = parts.join("\n\n");
        text.push('\n');
        text
    }

    /// The HTML part, or none if the template fails (the text part is enough to send).
    pub(super) fn html(&self) -> Option<String> {
        let (quote_intro, quote_lines) = match &self.quote {
            Some((label, words)) => (label.as_deref(), words.lines().collect()),
            None => (None, Vec::new()),
        };
        EmailHtml {
            lang: &self.language,
            subject: &self.subject,
            greeting: &self.greeting,
            body: &self.body,
            quote_intro,
            quote_lines,
            next: self.next.as_deref(),
            link_intro: &self.link_intro,
            link: &self.link,
            sign_off: &self.sign_off,
            footer: &self.footer,
        }
        .render()
        .ok()
    }
}
