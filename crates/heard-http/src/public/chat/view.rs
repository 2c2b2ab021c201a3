//! The chat page: the conversation written out in the reader's language, and the form of the
//! step it is at.

use askama::Template;
use heard_domain::Kind;
use heard_domain::i18n::Locale;

use super::flow::{Conversation, Step};
use crate::AppState;
use crate::lang::Lang;

/// One line, written out.
pub struct LineView {
    mine: bool,
    paragraphs: Vec<String>,
    link: Option<(String, String)>,
    /// The first of the assistant's newest lines: the page opens there.
    latest: bool,
}

/// A division's categories, as (code, name), for the category list.
pub struct DivisionView {
    name: String,
    categories: Vec<(String, String)>,
}

/// The chat page.
#[derive(Template)]
#[template(path = "chat.html")]
pub struct ChatPage {
    t: Locale,
    here: String,
    lines: Vec<LineView>,
    step: &'static str,
    kind: String,
    kinds: Vec<(&'static str, String)>,
    category: String,
    divisions: Vec<DivisionView>,
    name: String,
    email: String,
    phone: String,
    anonymous: bool,
    language: String,
    summary: Vec<(String, String)>,
}

impl ChatPage {
    /// The page for `conversation`, in the reader's language.
    pub fn new(state: &AppState, Lang { t, here }: Lang, conversation: &Conversation) -> Self {
        let directory = &state.directory;
        // The assistant's first answer of the latest turn, else the last line.
        let newest = conversation
            .lines
            .iter()
            .enumerate()
            .skip(conversation.newest)
            .find(|(_, l)| !l.mine)
            .map_or(conversation.lines.len().saturating_sub(1), |(i, _)| i);
        let lines = conversation
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let written = line.said.write(t, directory);
                LineView {
                    mine: line.mine,
                    paragraphs: written.paragraphs,
                    link: written.link,
                    latest: i == newest,
                }
            })
            .collect();
        let name = |code: &str, english: &str| directory.name_in(t.tag(), code, english).to_owned();
        let divisions = directory
            .divisions()
            .iter()
            .map(|d| DivisionView {
                name: name(&d.code, &d.name),
                categories: d
                    .sections
                    .iter()
                    .flat_map(|s| s.categories.iter())
                    .map(|c| (c.code.clone(), name(&c.code, &c.name)))
                    .collect(),
            })
            .collect();
        let draft = &conversation.draft;

        ChatPage {
            lines,
            step: step_name(conversation.step),
            kind: draft.kind.clone(),
            kinds: Kind::ALL
                .iter()
                .map(|k| (k.code(), t.text(&format!("form-kind-{}", k.code()))))
                .collect(),
            category: draft.category.clone(),
            divisions,
            name: draft.name.clone(),
            email: draft.email.clone(),
            phone: draft.phone.clone(),
            anonymous: draft.anonymous,
            language: draft.language.clone(),
            summary: summary(state, t, conversation),
            t,
            here,
        }
    }
}

fn step_name(step: Step) -> &'static str {
    match step {
        Step::Describe => "describe",
        Step::Route => "route",
        Step::ServiceRequest => "service_request",
        Step::Location => "location",
        Step::Remedy => "remedy",
        Step::Contact => "contact",
        Step::Language => "language",
        Step::Confirm => "confirm",
        Step::Filed => "filed",
    }
}

/// What will be sent, as (label, value), for the resident to check.
fn summary(state: &AppState, t: Locale, conversation: &Conversation) -> Vec<(String, String)> {
    if conversation.step != Step::Confirm {
        return Vec::new();
    }
    let draft = &conversation.draft;
    let directory = &state.directory;
    let or_skipped = |v: &str| {
        if v.trim().is_empty() {
            t.text("chat-skipped")
        } else {
            v.to_owned()
        }
    };
    let category = directory.place(&draft.category).map_or_else(
        || t.text("form-not-sure"),
        |p| {
            directory
                .name_in(t.tag(), &p.category.code, &p.category.name)
                .to_owned()
        },
    );
    let language = Locale::from_tag(&draft.language).map_or("", |l| l.autonym());

    let mut items = vec![
        (
            t.text("case-kind"),
            t.text(&format!("kind-{}-title", draft.kind)),
        ),
        (t.text("case-category"), category),
        (t.text("form-description"), draft.description.clone()),
        (t.text("form-address"), or_skipped(&draft.address)),
    ];
    if draft.kind == Kind::Complaint.code() {
        items.push((t.text("form-remedy"), or_skipped(&draft.remedy)));
    }
    if draft.anonymous {
        items.push((t.text("form-contact"), t.text("form-anonymous")));
    } else {
        items.push((t.text("form-name"), or_skipped(&draft.name)));
        items.push((t.text("form-email"), or_skipped(&draft.email)));
        items.push((t.text("form-phone"), or_skipped(&draft.phone)));
    }
    items.push((t.text("form-language"), language.to_owned()));
    items
}
