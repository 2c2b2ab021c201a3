//! The conversation: its steps, what it has gathered, and how one turn moves it on. No I/O:
//! a turn that needs the database (a status lookup, filing) is returned as an [`Effect`].

use heard_domain::Directory;
use heard_domain::Kind;
use heard_domain::i18n::Locale;
use heard_domain::routing::{Intent, Routing};
use serde::{Deserialize, Serialize};

use super::said::Said;

/// The most lines a conversation keeps: older ones are dropped, so a stored row stays small.
const MAX_LINES: usize = 60;

/// The most characters one message may have: a description's limit, which intake checks too.
pub const MAX_TEXT: usize = heard_domain::intake::MAX_DESCRIPTION;

/// Where the conversation is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Waiting for what happened.
    #[default]
    Describe,
    /// The kind and category proposed, to confirm or change.
    Route,
    /// A first report: told it belongs to 311, offered to complain instead.
    ServiceRequest,
    /// Where it happened.
    Location,
    /// What the resident would like done.
    Remedy,
    /// How to reach the resident.
    Contact,
    /// The language for messages.
    Language,
    /// The summary, to send.
    Confirm,
    /// Sent; only the tracking number is kept.
    Filed,
}

/// What the conversation has gathered for the case.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Draft {
    /// What happened.
    pub description: String,
    /// `complaint`, `compliment` or `comment`.
    pub kind: String,
    /// A category code, or `not_sure`.
    pub category: String,
    /// Address or intersection.
    pub address: String,
    /// What the resident would like done.
    pub remedy: String,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Phone.
    pub phone: String,
    /// No contact wanted.
    pub anonymous: bool,
    /// Language tag for messages.
    pub language: String,
}

/// One line of the conversation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Line {
    /// Written by the resident (else by the assistant).
    pub mine: bool,
    /// What was said.
    pub said: Said,
}

/// A conversation, as stored between turns.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Conversation {
    /// Where it is.
    pub step: Step,
    /// What was said, oldest first.
    pub lines: Vec<Line>,
    /// What it has gathered.
    pub draft: Draft,
    /// The first line said in the latest turn: the page opens there.
    #[serde(default)]
    pub newest: usize,
}

/// One turn: the button pressed and the fields of the step's form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Turn {
    /// The button: `send`, `continue`, `skip`, `file`, `complain`, `restart`, `status`,
    /// `standards` or `person`.
    pub action: String,
    /// Free text.
    pub text: String,
    /// Kind chosen.
    pub kind: String,
    /// Category chosen.
    pub category: String,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Phone.
    pub phone: String,
    /// `yes` to stay anonymous.
    pub anonymous: String,
    /// Language tag.
    pub language: String,
    /// `yes` when the notice was read.
    pub consent: String,
}

/// What the handler must do after a turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing more: save and show.
    None,
    /// Look up the case with this number, as typed.
    Lookup(String),
    /// File the case from the draft.
    File,
    /// Forget the conversation and start a new one.
    Restart,
}

impl Conversation {
    /// A new conversation, greeting the resident in the language `t`.
    pub fn new(t: Locale) -> Self {
        let mut conversation = Conversation::default();
        conversation.draft.language = t.tag().to_owned();
        conversation.bot(Said::Welcome);
        conversation
    }

    /// Adds what the assistant says.
    pub fn bot(&mut self, said: Said) {
        self.push(false, said);
    }

    /// Adds what the resident said.
    pub fn resident(&mut self, said: Said) {
        self.push(true, said);
    }

    fn push(&mut self, mine: bool, said: Said) {
        self.lines.push(Line { mine, said });
        if self.lines.len() > MAX_LINES {
            let extra = self.lines.len() - MAX_LINES;
            self.lines.drain(..extra);
            self.newest = self.newest.saturating_sub(extra);
        }
    }

    /// Moves the conversation on by one turn.
    pub fn take(&mut self, turn: &Turn, routing: &Routing, directory: &Directory) -> Effect {
        self.newest = self.lines.len();
        let text: String = turn.text.trim().chars().take(MAX_TEXT).collect();
        match turn.action.as_str() {
            "restart" => return Effect::Restart,
            "status" => {
                self.bot(Said::StatusAsk);
                return Effect::None;
            }
            "standards" => {
                let division = self.draft_division(directory);
                self.bot(Said::Standards { division });
                return Effect::None;
            }
            "person" => {
                self.bot(Said::Person);
                return Effect::None;
            }
            _ => {}
        }
        // A tracking number typed at any point is a question about that case.
        if let Some(number) = tracking_number_in(&text) {
            self.resident(Said::Text(text.clone()));
            return Effect::Lookup(number);
        }

        match self.step {
            Step::Describe => self.describe(&text, routing, directory),
            Step::Route => self.route(turn, directory),
            Step::ServiceRequest if turn.action == "complain" => {
                self.draft.kind = Kind::Complaint.code().into();
                self.resident(Said::WantsComplaint);
                self.bot(Said::Proposal {
                    kind: self.draft.kind.clone(),
                    category: self.category_code(),
                    confident: true,
                });
                self.step = Step::Route;
            }
            Step::Location => {
                self.draft.address = self.answer(&text, turn);
                self.ask_after_location();
            }
            Step::Remedy => {
                self.draft.remedy = self.answer(&text, turn);
                self.step = Step::Contact;
                self.bot(Said::AskContact);
            }
            Step::Contact if turn.action == "continue" => return self.contact(turn),
            Step::Language if turn.action == "continue" => self.language(turn),
            Step::Confirm if turn.action == "file" => {
                if turn.consent != "yes" {
                    self.bot(Said::Problems(vec!["error-consent".into()]));
                    return Effect::None;
                }
                return Effect::File;
            }
            _ if text.is_empty() && turn.action == "send" => self.bot(Said::Empty),
            _ => {
                if !text.is_empty() {
                    self.resident(Said::Text(text));
                }
                self.bot(Said::NotUnderstood);
            }
        }
        Effect::None
    }

    fn describe(&mut self, text: &str, routing: &Routing, directory: &Directory) {
        if text.is_empty() {
            self.bot(Said::Empty);
            return;
        }

        self.resident(Said::Text(text.to_owned()));
        self.draft.description = text.to_owned();
        let proposal = routing.propose(directory, text);
        self.draft.category = proposal
            .category
            .clone()
            .unwrap_or_else(|| "not_sure".into());
        let kind = proposal.intent.kind().unwrap_or(Kind::Complaint);
        self.draft.kind = kind.code().into();
        if proposal.intent == Intent::ServiceRequest && proposal.category.is_some() {
            self.bot(Said::ServiceRequest);
            self.step = Step::ServiceRequest;
            return;
        }

        self.bot(Said::Proposal {
            kind: self.draft.kind.clone(),
            confident: proposal.is_confident(),
            category: proposal.category,
        });
        self.step = Step::Route;
    }

    fn route(&mut self, turn: &Turn, directory: &Directory) {
        let kind_known = Kind::from_code(&turn.kind).is_some();
        let category_known =
            turn.category == "not_sure" || directory.place(&turn.category).is_some();
        if turn.action != "continue" || !kind_known || !category_known {
            self.bot(Said::NotUnderstood);
            return;
        }

        self.draft.kind = turn.kind.clone();
        self.draft.category = turn.category.clone();
        self.resident(Said::Chose {
            kind: self.draft.kind.clone(),
            category: self.category_code(),
        });
        self.step = Step::Location;
        self.bot(Said::AskLocation);
    }

    /// The text typed, or nothing when the resident skipped; says which.
    fn answer(&mut self, text: &str, turn: &Turn) -> String {
        if turn.action == "skip" || text.is_empty() {
            self.resident(Said::Skipped);
            String::new()
        } else {
            self.resident(Said::Text(text.to_owned()));
            text.to_owned()
        }
    }

    fn ask_after_location(&mut self) {
        // Only a complaint asks for a remedy; thanks and ideas need none.
        if self.draft.kind == Kind::Complaint.code() {
            self.step = Step::Remedy;
            self.bot(Said::AskRemedy);
        } else {
            self.step = Step::Contact;
            self.bot(Said::AskContact);
        }
    }

    fn contact(&mut self, turn: &Turn) -> Effect {
        let clean = |s: &str| s.trim().chars().take(320).collect::<String>();
        self.draft.name = clean(&turn.name);
        self.draft.email = clean(&turn.email);
        self.draft.phone = clean(&turn.phone);
        self.draft.anonymous = turn.anonymous == "yes";
        self.resident(Said::Contact {
            anonymous: self.draft.anonymous,
        });
        self.step = Step::Language;
        self.bot(Said::AskLanguage);
        Effect::None
    }

    fn language(&mut self, turn: &Turn) {
        let Some(locale) = Locale::from_tag(&turn.language) else {
            self.bot(Said::NotUnderstood);
            return;
        };

        self.draft.language = locale.tag().to_owned();
        self.resident(Said::Language {
            tag: self.draft.language.clone(),
        });
        self.step = Step::Confirm;
        self.bot(Said::Summary);
    }

    /// The step where a field named by intake is asked for, to go back to when it is wrong.
    pub fn step_for_field(field: &str) -> Step {
        match field {
            "kind" | "category" => Step::Route,
            "description" | "happened" => Step::Describe,
            "remedy_sought" => Step::Remedy,
            f if f.starts_with("location") => Step::Location,
            "contact.preferred_language" => Step::Language,
            _ => Step::Contact,
        }
    }

    fn category_code(&self) -> Option<String> {
        Some(self.draft.category.clone()).filter(|c| !c.is_empty() && c != "not_sure")
    }

    fn draft_division(&self, directory: &Directory) -> Option<String> {
        self.category_code()
            .and_then(|c| directory.place(&c))
            .map(|p| p.division.code.clone())
    }
}

/// A word of the text written as a tracking number is (`1234-5678-90`), or ten digits in a
/// row whose check digit holds; so that a phone number in a description is not taken for one.
fn tracking_number_in(text: &str) -> Option<String> {
    let dashed = |w: &str| {
        let b = w.as_bytes();
        b.len() == 12
            && b[4] == b'-'
            && b[9] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 9 || c.is_ascii_digit())
    };
    let valid_digits = |w: &str| {
        w.len() == 10
            && w.bytes().all(|c| c.is_ascii_digit())
            && w.parse::<heard_domain::TrackingNumber>().is_ok()
    };
    text.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .find(|w| dashed(w) || valid_digits(w))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests;
