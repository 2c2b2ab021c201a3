//! Tests of which events notify whom, and of the messages' words in every public language.

use jiff::Timestamp;

use super::*;
use crate::case::{Channel, Location};
use crate::event::{Actor, Outcome, Received};
use crate::i18n::Locale;

fn person(language: &str) -> Person {
    Person {
        name: Some("Ana Silva".into()),
        email: Some("ana@example.ca".into()),
        phone: Some("416-555-0123".into()),
        preferred_language: language.into(),
        ..Person::default()
    }
}

fn record(seq: u32, event: CaseEvent) -> EventRecord {
    EventRecord {
        seq,
        at: Timestamp::from_second(1_780_000_000).expect("valid"),
        actor: Actor::System,
        channel: Channel::Web,
        event,
    }
}

fn case(kind: Kind, person: Person) -> (CaseState, EventRecord) {
    let first = record(
        1,
        CaseEvent::Received(Box::new(Received {
            tracking_number: "1234-5678-94".parse().expect("valid number"),
            kind,
            taken_by: None,
            division: "toronto-water".into(),
            section: None,
            category: None,
            complaint_categories: vec![],
            description: "Water main leak not fixed".into(),
            happened: None,
            remedy_sought: None,
            location: Location::default(),
            person,
            service_requests: vec![],
            attachments: vec![],
            clock: None,
            terms: Default::default(),
            training: false,
            guidance: None,
        })),
    );
    (CaseState::start(&first).expect("starts"), first)
}

fn context() -> NotifyContext {
    NotifyContext::new("https://heard.example.ca/")
}

fn send(state: &CaseState, event: CaseEvent) -> Option<Notification> {
    plan(&context(), state, &record(2, event))
}

#[test]
fn a_receipt_gives_the_tracking_number_and_link_by_email() {
    let (state, first) = case(Kind::Complaint, person("en"));

    let n = plan(&context(), &state, &first).expect("a message");

    assert_eq!(n.notice, NoticeKind::Received);
    assert_eq!(n.channel, DeliveryChannel::Email);
    assert_eq!(n.recipient, "ana@example.ca");
    assert_eq!((n.language.as_str(), n.language_fallback), ("en", false));
    let subject = n.subject.expect("subject");
    assert!(subject.contains("We received your complaint (1234-5678-94)"));
    assert!(n.text.starts_with("Hello Ana Silva,"));
    let link = "https://heard.example.ca/track/1234-5678-94";
    assert!(n.text.contains(link));
    let html = n.html.expect("html");
    assert!(html.contains(&format!("<a href=\"{link}\">{link}</a>")));
    assert!(!n.text.contains('\u{2068}'), "no isolation marks");
}

#[test]
fn a_french_speaker_is_written_to_in_french() {
    let (state, first) = case(Kind::Complaint, person("fr-CA"));

    let n = plan(&context(), &state, &first).expect("a message");

    assert_eq!((n.language.as_str(), n.language_fallback), ("fr", false));
    assert_eq!(
        n.subject.as_deref(),
        Some("Nous avons reçu votre plainte (1234-5678-94)")
    );
    assert!(n.text.starts_with("Bonjour Ana Silva,"));
    assert!(n.text.contains("La Ville de Toronto"));
}

#[test]
fn a_language_without_texts_falls_back_to_english_and_says_so() {
    let (state, first) = case(Kind::Complaint, person("de"));

    let n = plan(&context(), &state, &first).expect("a message");

    assert_eq!(n.requested_language, "de");
    assert_eq!((n.language.as_str(), n.language_fallback), ("en", true));
    assert!(n.text.starts_with("Hello"));
}

#[test]
fn nobody_is_written_to_when_anonymous_or_unreachable() {
    let anonymous = Person {
        anonymous: true,
        preferred_language: "en".into(),
        ..Person::default()
    };
    let (state, first) = case(Kind::Complaint, anonymous);
    assert_eq!(plan(&context(), &state, &first), None);

    let unreachable = Person {
        phone: Some("12".into()),
        preferred_language: "en".into(),
        ..Person::default()
    };
    let (state, first) = case(Kind::Complaint, unreachable);
    assert_eq!(plan(&context(), &state, &first), None);
}

#[test]
fn the_preferred_channel_is_used_else_email_else_sms() {
    let mut p = person("en");
    p.preferred_contact = Some(ContactMethod::Sms);
    assert_eq!(
        recipient(&p),
        Some((DeliveryChannel::Sms, "+14165550123".into()))
    );

    p.preferred_contact = Some(ContactMethod::Phone);
    assert_eq!(recipient(&p).map(|r| r.0), Some(DeliveryChannel::Email));

    p.email = None;
    assert_eq!(recipient(&p).map(|r| r.0), Some(DeliveryChannel::Sms));
}

#[test]
fn an_sms_is_short_and_carries_the_link() {
    let mut p = person("fr");
    p.preferred_contact = Some(ContactMethod::Sms);
    let (state, first) = case(Kind::Complaint, p);

    let n = plan(&context(), &state, &first).expect("a message");

    assert_eq!(n.channel, DeliveryChannel::Sms);
    assert_eq!((n.subject, n.html), (None, None));
    assert!(
        n.text
            .contains("https://heard.example.ca/track/1234-5678-94")
    );
    assert!(
        n.text
            .starts_with("Ville de Toronto : nous avons reçu votre plainte.")
    );
    assert!(n.text.chars().count() <= SMS_MAX_CHARS);
}

#[test]
fn a_compliment_is_thanked_and_hears_nothing_of_later_steps_by_default() {
    let (state, first) = case(Kind::Compliment, person("en"));

    let n = plan(&context(), &state, &first).expect("a message");
    assert_eq!(n.notice, NoticeKind::Thanks);
    assert!(n.subject.expect("subject").starts_with("Thank you"));

    assert_eq!(send(&state, CaseEvent::Acknowledged), None);
    assert_eq!(send(&state, CaseEvent::Assigned { to: "ana".into() }), None);
}

#[test]
fn each_notice_can_be_turned_off_per_kind() {
    let (state, _) = case(Kind::Complaint, person("en"));
    let mut context = context();
    context
        .config
        .complaint
        .retain(|n| *n != NoticeKind::Closed);

    assert_eq!(plan(&context, &state, &record(2, CaseEvent::Closed)), None);
    assert!(plan(&context, &state, &record(2, CaseEvent::Acknowledged)).is_some());
}

#[test]
fn staff_words_are_quoted_and_escaped_in_html() {
    let (state, _) = case(Kind::Complaint, person("en"));
    let text = "Crews come <b>Monday</b> & \"Tuesday\"\nThanks".to_owned();

    let n = send(&state, CaseEvent::UpdateSent { text }).expect("a message");

    assert!(
        n.text
            .contains("Our message:\n    Crews come <b>Monday</b> & \"Tuesday\"\n")
    );
    let html = n.html.expect("html");
    assert!(html.contains("Crews come &#60;b&#62;Monday&#60;/b&#62; &#38; &#34;Tuesday&#34;<br>"));
    assert!(!html.contains("<b>Monday"));
}

#[test]
fn a_new_date_is_written_out_in_the_citys_time_zone() {
    // 03:30 UTC on 14 March 2026 is still Friday 13 March in Toronto.
    let answer_by: Timestamp = "2026-03-14T03:30:00Z".parse().expect("instant");
    let extension = CaseEvent::ExtensionGranted {
        reason: "A crew is needed".into(),
        authorised_by: "sam".into(),
        extra_days: 5,
        answer_by,
    };

    let (state, _) = case(Kind::Complaint, person("en"));
    let n = send(&state, extension.clone()).expect("a message");
    assert!(n.text.contains("by Friday, March 13, 2026."), "{}", n.text);

    let (state, _) = case(Kind::Complaint, person("fr"));
    let n = send(&state, extension).expect("a message");
    assert!(
        n.text.contains("d'ici le vendredi 13 mars 2026."),
        "{}",
        n.text
    );
}

#[test]
fn a_first_answer_offers_a_review_and_the_last_names_the_ombudsman() {
    let resolved = CaseEvent::Resolved {
        outcome: Outcome::NotUpheld,
        reasons: "The repair met the standard.".into(),
    };
    let (mut state, _) = case(Kind::Complaint, person("en"));

    let first = send(&state, resolved.clone()).expect("a message");
    assert_eq!(first.notice, NoticeKind::Resolved);
    assert!(first.text.contains("The outcome: not upheld"));
    assert!(
        first
            .text
            .contains("ask for a review on your case's page within 60 days")
    );

    state.stage = 2;
    let last = send(&state, resolved).expect("a message");
    assert_eq!(last.notice, NoticeKind::ReviewAnswered);
    assert!(last.text.contains("Ombudsman Toronto"));
    assert!(last.text.contains("416-392-7062"));
}

#[test]
fn every_notice_is_written_in_full_in_every_public_language_on_both_channels() {
    let long_url = "https://complaints-and-compliments.city-services.example.ca/heard";
    let context = NotifyContext::new(long_url);
    let events = [
        CaseEvent::Acknowledged,
        CaseEvent::InformationRequested {
            question: "Which door?".into(),
        },
        CaseEvent::UpdateSent {
            text: "Fixed.".into(),
        },
        CaseEvent::ExtensionGranted {
            reason: "Parts".into(),
            authorised_by: "sam".into(),
            extra_days: 3,
            answer_by: Timestamp::from_second(1_790_000_000).expect("valid"),
        },
        CaseEvent::Resolved {
            outcome: Outcome::PartlyUpheld,
            reasons: "Because.".into(),
        },
        CaseEvent::EscalationRequested {
            reason: "No".into(),
            within_window: true,
            clock: None,
        },
        CaseEvent::Closed,
    ];

    for language in Locale::all().map(Locale::tag) {
        for contact in [ContactMethod::Email, ContactMethod::Sms] {
            let mut p = person(language);
            p.preferred_contact = Some(contact);
            for kind in [Kind::Complaint, Kind::Compliment] {
                let (state, first) = case(kind, p.clone());
                let n = plan(&context, &state, &first).expect("receipt");
                assert_complete(&n);
                assert_eq!(
                    (n.language.as_str(), n.language_fallback),
                    (language, false)
                );
            }
            let (mut state, _) = case(Kind::Complaint, p);
            for stage in [1, 2] {
                state.stage = stage;
                for event in &events {
                    let n = plan(&context, &state, &record(2, event.clone())).expect("sent");
                    assert_complete(&n);
                }
            }
        }
    }
}

fn assert_complete(n: &Notification) {
    let parts = [
        n.subject.as_deref(),
        Some(n.text.as_str()),
        n.html.as_deref(),
    ];
    for part in parts.into_iter().flatten() {
        for piece in ["-subject", "-body", "-sms", "-next", "outcome-", "{", "}"] {
            assert!(
                !part.contains(piece),
                "{:?} left '{piece}' in: {part}",
                n.notice
            );
        }
    }
    if n.channel == DeliveryChannel::Sms {
        assert!(
            n.text.chars().count() <= SMS_MAX_CHARS,
            "{:?}: {}",
            n.notice,
            n.text
        );
        assert!(!n.text.contains("sms-short") && n.text.contains("/track/"));
    }
}

#[test]
fn a_training_case_tells_nobody_anything() {
    let (mut state, first) = case(Kind::Complaint, person("en"));
    state.training = true;

    let receipt = plan(&context(), &state, &first);
    let update = send(
        &state,
        CaseEvent::UpdateSent {
            text: "Fixed".into(),
        },
    );

    assert!(receipt.is_none());
    assert!(update.is_none());
}
