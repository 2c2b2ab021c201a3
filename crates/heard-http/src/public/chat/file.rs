//! Filing the case a conversation gathered: the same [`Submission`] and the same checks as
//! the form, on the chatbot channel. Afterwards only the tracking number is kept.

use heard_domain::Channel;
use heard_domain::event::Actor;
use heard_domain::i18n::Locale;
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, SubmittedLocation};
use heard_storage::IdempotencyKey;
use jiff::Timestamp;

use super::flow::{Conversation, Draft, Step};
use super::said::Said;
use crate::AppState;
use crate::render::PageError;

/// Files the case, or puts the conversation back at the first step whose answer intake refused,
/// with what to fix. `id_hash` names the conversation, so sending twice files one case.
pub async fn file(
    state: &AppState,
    conversation: &mut Conversation,
    id_hash: &str,
) -> Result<(), PageError> {
    let language = Locale::from_tag(&conversation.draft.language).unwrap_or_default();
    let context = IntakeContext {
        channel: Channel::Chatbot,
        taken_by: None,
    };
    let mut valid = match submission(&conversation.draft).validate(&state.directory, &context) {
        Ok(valid) => valid,
        Err(errors) => {
            let first = errors.fields.first().map(|e| e.field.clone());
            let problems = errors.fields.iter().map(|e| e.message_in(language));
            conversation.bot(Said::Problems(problems.collect()));
            conversation.step = Conversation::step_for_field(first.as_deref().unwrap_or(""));
            return Ok(());
        }
    };

    let now = Timestamp::now();
    state.schedule(&mut valid, now);
    let key = IdempotencyKey {
        key: format!("chat:{id_hash}"),
        fingerprint: "chatbot".into(),
    };
    let created = state
        .store
        .create_case_once(Some(&key), &valid, now, &Actor::Resident, Channel::Chatbot)
        .await?;
    if !created.replayed {
        tracing::info!(case.division = %created.state.division, case.kind = %created.state.kind, "case received by the chatbot");
    }

    // The words and contact details now live on the case; the conversation forgets them.
    *conversation = Conversation {
        step: Step::Filed,
        lines: Vec::new(),
        newest: 0,
        draft: Draft {
            language: conversation.draft.language.clone(),
            ..Draft::default()
        },
    };
    conversation.bot(Said::Filed {
        number: created.state.tracking_number.to_string(),
        kind: created.state.kind.code().to_owned(),
        division: created.state.division.clone(),
    });
    Ok(())
}

/// The submission a draft describes, as the form would build it.
fn submission(draft: &Draft) -> Submission {
    let text = |s: &str| Some(s.trim().to_owned()).filter(|v| !v.is_empty());
    let contact = if draft.anonymous {
        // An anonymous resident keeps their language, never contact details.
        SubmittedContact {
            preferred_language: text(&draft.language),
            ..SubmittedContact::default()
        }
    } else {
        SubmittedContact {
            name: text(&draft.name),
            email: text(&draft.email),
            phone: text(&draft.phone),
            preferred_language: text(&draft.language),
            ..SubmittedContact::default()
        }
    };
    Submission {
        kind: text(&draft.kind),
        category: text(&draft.category),
        description: text(&draft.description),
        remedy_sought: text(&draft.remedy),
        location: Some(SubmittedLocation {
            address: text(&draft.address),
            ..SubmittedLocation::default()
        }),
        contact: Some(contact),
        anonymous: draft.anonymous,
        ..Submission::default()
    }
}
