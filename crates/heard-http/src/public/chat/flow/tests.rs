//! The conversation's steps, turn by turn, without a server.

use super::*;

fn setup() -> (Directory, Routing) {
    let directory = Directory::default_toronto();
    let routing = Routing::default_toronto(&directory).expect("routing cues");
    (directory, routing)
}

fn turn(action: &str, text: &str) -> Turn {
    Turn {
        action: action.into(),
        text: text.into(),
        ..Turn::default()
    }
}

#[test]
fn a_complaint_walks_from_the_description_to_the_summary() {
    let (directory, routing) = setup();
    let mut c = Conversation::new(Locale::ENGLISH);

    c.take(
        &turn(
            "send",
            "My green bin was not picked up again, I complained twice",
        ),
        &routing,
        &directory,
    );
    assert_eq!(c.step, Step::Route);
    assert_eq!(c.draft.kind, "complaint");
    assert_eq!(c.draft.category, "T311-R0013");

    let chosen = Turn {
        action: "continue".into(),
        kind: "complaint".into(),
        category: "T311-R0013".into(),
        ..Turn::default()
    };
    c.take(&chosen, &routing, &directory);
    c.take(&turn("send", "12 Main St"), &routing, &directory);
    c.take(&turn("skip", ""), &routing, &directory);
    let contact = Turn {
        action: "continue".into(),
        email: "a@example.org".into(),
        ..Turn::default()
    };
    c.take(&contact, &routing, &directory);
    let language = Turn {
        action: "continue".into(),
        language: "fr".into(),
        ..Turn::default()
    };
    c.take(&language, &routing, &directory);

    assert_eq!(c.step, Step::Confirm);
    assert_eq!(c.draft.address, "12 Main St");
    assert_eq!(c.draft.remedy, "");
    assert_eq!(c.draft.language, "fr");
    let filing = c.take(&turn("file", ""), &routing, &directory);
    assert_eq!(filing, Effect::None, "no consent, no filing");
    let consented = Turn {
        action: "file".into(),
        consent: "yes".into(),
        ..Turn::default()
    };
    assert_eq!(c.take(&consented, &routing, &directory), Effect::File);
}

#[test]
fn a_first_report_is_told_it_is_a_service_request_and_may_still_complain() {
    let (directory, routing) = setup();
    let mut c = Conversation::new(Locale::ENGLISH);

    c.take(
        &turn("send", "There is a pothole on my street"),
        &routing,
        &directory,
    );
    assert_eq!(c.step, Step::ServiceRequest);

    c.take(&turn("complain", ""), &routing, &directory);

    assert_eq!(c.step, Step::Route);
    assert_eq!(c.draft.kind, "complaint");
    assert_eq!(c.draft.category, "T311-R0012");
}

#[test]
fn words_without_any_cue_are_said_not_to_be_understood() {
    let (directory, routing) = setup();
    let mut c = Conversation::new(Locale::ENGLISH);

    c.take(&turn("send", "hmm"), &routing, &directory);

    let last = &c.lines.last().expect("a reply").said;
    assert!(
        matches!(last, Said::Proposal { category: None, .. }),
        "{last:?}"
    );
    assert_eq!(c.draft.category, "not_sure");
}

#[test]
fn a_tracking_number_at_any_step_asks_for_that_case() {
    let (directory, routing) = setup();
    let mut c = Conversation::new(Locale::ENGLISH);

    let effect = c.take(
        &turn("send", "what is the status of 1234-5678-90?"),
        &routing,
        &directory,
    );

    assert_eq!(effect, Effect::Lookup("1234-5678-90".into()));
    assert_eq!(c.step, Step::Describe);
}

#[test]
fn a_choice_outside_the_lists_is_not_taken() {
    let (directory, routing) = setup();
    let mut c = Conversation::new(Locale::ENGLISH);
    c.take(
        &turn("send", "a pothole, reported twice"),
        &routing,
        &directory,
    );

    let forged = Turn {
        action: "continue".into(),
        kind: "complaint".into(),
        category: "NO-SUCH".into(),
        ..Turn::default()
    };
    c.take(&forged, &routing, &directory);

    assert_eq!(c.step, Step::Route);
    assert!(matches!(
        c.lines.last().map(|l| &l.said),
        Some(Said::NotUnderstood)
    ));
}

#[test]
fn a_phone_number_in_a_description_is_not_taken_for_a_tracking_number() {
    let (directory, routing) = setup();
    let mut c = Conversation::new(Locale::ENGLISH);

    let effect = c.take(
        &turn("send", "Pothole reported twice, call me at 416-555-1234"),
        &routing,
        &directory,
    );

    assert_eq!(effect, Effect::None);
    assert_eq!(c.step, Step::Route);
}
