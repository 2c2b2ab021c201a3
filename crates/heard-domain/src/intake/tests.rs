//! Tests of intake validation.

use super::*;

fn context() -> IntakeContext {
    IntakeContext {
        channel: Channel::Web,
        taken_by: None,
    }
}

fn complaint() -> Submission {
    Submission {
        kind: Some("complaint".into()),
        category: Some("T311-R0012".into()),
        description: Some("The pothole I reported twice was closed without repair.".into()),
        contact: Some(SubmittedContact {
            email: Some("resident@example.ca".into()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn fields(errors: &ValidationErrors) -> Vec<&str> {
    errors.fields.iter().map(|f| f.field.as_str()).collect()
}

#[test]
fn a_complete_complaint_goes_to_the_category_division() {
    let dir = Directory::default_toronto();

    let valid = complaint().validate(&dir, &context()).expect("valid");
    let received = valid.received(TrackingNumber::UNALLOCATED);

    assert_eq!(received.division, "transportation-road-operations");
    assert_eq!(received.section.as_deref(), Some("T311-S024"));
    assert_eq!(received.person.preferred_language, "en");
}

#[test]
fn not_sure_goes_to_311_for_triage() {
    let dir = Directory::default_toronto();
    let mut s = complaint();
    s.category = Some("not_sure".into());

    let valid = s.validate(&dir, &context()).expect("valid");

    assert_eq!(valid.division(), "311-toronto");
}

#[test]
fn every_problem_is_reported_at_once_with_its_field() {
    let dir = Directory::default_toronto();
    let s = Submission {
        kind: Some("praise".into()),
        category: Some("NOPE".into()),
        description: Some("   ".into()),
        location: Some(SubmittedLocation {
            lat: Some(123.0),
            lon: Some(-79.4),
            ..Default::default()
        }),
        contact: Some(SubmittedContact {
            email: Some("not-an-address".into()),
            ..Default::default()
        }),
        ..Default::default()
    };

    let errors = s.validate(&dir, &context()).expect_err("invalid");

    assert_eq!(
        fields(&errors),
        [
            "kind",
            "category",
            "description",
            "location.lat",
            "contact.email"
        ]
    );
    assert!(errors.fields[1].message.contains("“NOPE”"));
}

#[test]
fn anonymous_submissions_keep_no_contact_and_refuse_one() {
    let dir = Directory::default_toronto();
    let mut s = complaint();
    s.contact = None;
    s.anonymous = true;
    let valid = s.clone().validate(&dir, &context()).expect("valid");
    assert!(valid.received(TrackingNumber::UNALLOCATED).person.anonymous);

    s.contact = Some(SubmittedContact {
        phone: Some("416-555-0123".into()),
        ..Default::default()
    });
    let errors = s.validate(&dir, &context()).expect_err("contradiction");
    assert_eq!(fields(&errors), ["anonymous"]);
}

#[test]
fn a_named_submission_needs_a_way_to_answer() {
    let dir = Directory::default_toronto();
    let mut s = complaint();
    s.contact = Some(SubmittedContact {
        name: Some("Ana".into()),
        preferred_contact_method: Some("sms".into()),
        ..Default::default()
    });

    let errors = s.validate(&dir, &context()).expect_err("no contact");

    assert_eq!(
        fields(&errors),
        ["contact", "contact.preferred_contact_method"]
    );
}

#[test]
fn postal_codes_are_reduced_to_their_prefix() {
    let dir = Directory::default_toronto();
    let mut s = complaint();
    s.location = Some(SubmittedLocation {
        postal_code: Some("m5h 2n2".into()),
        ..Default::default()
    });

    let received = s
        .validate(&dir, &context())
        .expect("valid")
        .received(TrackingNumber::UNALLOCATED);

    assert_eq!(received.location.postal_prefix.as_deref(), Some("M5H"));
}

#[test]
fn text_in_any_script_survives_intake_unchanged() {
    let dir = Directory::default_toronto();
    let text = "குழி இன்னும் உள்ளது — 路面有坑 — الحفرة ما زالت 🕳️ <script>alert(1)</script>";
    let mut s = complaint();
    s.description = Some(text.into());

    let received = s
        .validate(&dir, &context())
        .expect("valid")
        .received(TrackingNumber::UNALLOCATED);

    assert_eq!(received.description, text);
}

#[test]
fn nul_characters_are_dropped_from_free_text() {
    let dir = Directory::default_toronto();
    let mut s = complaint();
    s.description = Some("hole\0here \0".into());

    let received = s
        .validate(&dir, &context())
        .expect("valid")
        .received(TrackingNumber::UNALLOCATED);

    assert_eq!(received.description, "holehere");
}

#[test]
fn an_interpreted_language_is_any_of_the_iso_639_list_and_kept_as_its_three_letter_code() {
    let dir = Directory::default_toronto();
    let with = |code: &str| {
        let mut s = complaint();
        if let Some(contact) = s.contact.as_mut() {
            contact.interpreter_language = Some(code.into());
        }
        s.validate(&dir, &context())
    };

    let tigrinya = with("ti").expect("valid");
    assert_eq!(
        tigrinya
            .received(TrackingNumber::UNALLOCATED)
            .person
            .interpreter_language
            .as_deref(),
        Some("tir")
    );
    assert!(
        with("yue").is_ok(),
        "Cantonese, booked by its spoken variety"
    );
    let errors = with("xx-klingon").expect_err("not a language");
    assert_eq!(fields(&errors), ["contact.interpreter_language"]);
}
