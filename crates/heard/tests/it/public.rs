//! The public site through HTTP, as a browser without JavaScript uses it.

use heard_domain::TrackingNumber;
use heard_testing::TestDb;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use heard_http::{Rate, RateLimits};

use crate::support::{TestServer, start, start_with_limits, toronto, unisolated};

heard_testing::on_both_backends!(
    every_public_page_answers_in_plain_html,
    a_complaint_sent_through_the_form_is_followed_on_its_tracking_page,
    a_form_with_problems_keeps_what_was_typed_and_shows_html_as_text,
    the_same_form_sent_twice_creates_one_case,
    photo_metadata_is_removed_before_the_file_is_kept,
    a_file_that_is_not_a_photo_or_pdf_is_refused_beside_its_field,
    a_mistyped_tracking_number_gets_a_helpful_page,
    an_address_over_its_limit_is_asked_to_wait,
);

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

fn complaint_form(submission_id: &str) -> Form {
    Form::new()
        .text("submission_id", submission_id.to_owned())
        .text("kind", "complaint")
        .text("category", "T311-R0012")
        .text(
            "description",
            "Pothole reported twice; still there after a month.",
        )
        .text("name", "Zoë Formfiller")
        .text("email", "zoe.formfiller@example.ca")
        .text("address", "100 Queen St W")
        .text("preferred_language", "en")
        .text("consent", "yes")
}

async fn post_form(server: &TestServer, form: Form) -> reqwest::Response {
    client()
        .post(format!("{}/submit", server.base))
        .multipart(form)
        .send()
        .await
        .expect("sent")
}

fn tracking_from(response: &reqwest::Response) -> TrackingNumber {
    let location = response.headers()["location"].to_str().expect("ascii");
    location
        .strip_prefix("/submitted/")
        .expect("redirected to the confirmation")
        .parse()
        .expect("a tracking number")
}

async fn get_text(server: &TestServer, path: &str) -> (StatusCode, String) {
    let response = client()
        .get(format!("{}{path}", server.base))
        .send()
        .await
        .expect("sent");
    let status = response.status();
    (status, unisolated(&response.text().await.expect("text")))
}

async fn every_public_page_answers_in_plain_html(db: TestDb) {
    let server = start(&db, toronto()).await;

    for path in [
        "/",
        "/standards",
        "/standards/toronto-water",
        "/help",
        "/help?need=request",
        "/help?need=complaint&q=green+bin",
        "/submit",
        "/track",
    ] {
        let (status, html) = get_text(&server, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(html.starts_with("<!doctype html>"), "{path}");
        assert!(html.contains(r#"<html lang="en""#), "{path}");
        assert!(!html.contains("<script"), "{path} needs no script");
    }
    let home = client()
        .get(format!("{}/", server.base))
        .send()
        .await
        .expect("sent");
    let csp = home.headers()["content-security-policy"]
        .to_str()
        .expect("ascii");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(home.headers()["x-content-type-options"], "nosniff");
    assert_eq!(home.headers()["referrer-policy"], "same-origin");
    // The test server's public address is https, so browsers are told to keep to it.
    assert!(home.headers().contains_key("strict-transport-security"));
    let (_, standards) = get_text(&server, "/standards/toronto-water").await;
    assert!(standards.contains("We answer it within 10 business days"));
    let (_, search) = get_text(&server, "/help?need=complaint&q=green+bin").await;
    assert!(
        search.contains("category=T311-R0"),
        "the search links to the form"
    );
    let (_, request) = get_text(&server, "/help?need=request").await;
    assert!(request.contains("service request"));
}

async fn a_complaint_sent_through_the_form_is_followed_on_its_tracking_page(db: TestDb) {
    let server = start(&db, toronto()).await;

    let response = post_form(&server, complaint_form("0123456789abcdef0123456789abcdef")).await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let tracking = tracking_from(&response);
    let (status, confirmation) = get_text(&server, &format!("/submitted/{tracking}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirmation.contains(&tracking.to_string()));
    assert!(confirmation.contains("acknowledge your complaint within 2 business days"));
    let (status, page) = get_text(&server, &format!("/track/{tracking}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Transportation Services: Road Operations"));
    assert!(page.contains("Received, waiting to be acknowledged"));
    for personal in ["Zoë", "formfiller", "Queen St", "Pothole reported"] {
        assert!(
            !page.contains(personal),
            "the tracking page shows {personal}"
        );
    }
    let case = server.store.find_case(&tracking).await.expect("stored");
    assert_eq!(case.channel, heard_domain::Channel::Web);
    assert_eq!(
        case.person.email.as_deref(),
        Some("zoe.formfiller@example.ca")
    );
}

async fn a_form_with_problems_keeps_what_was_typed_and_shows_html_as_text(db: TestDb) {
    let server = start(&db, toronto()).await;
    let form = Form::new()
        .text("kind", "complaint")
        .text("description", "<script>alert(1)</script> the bin lid")
        .text("email", "not-an-address")
        .text("lat", "north");

    let response = post_form(&server, form).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.expect("text");
    assert!(html.contains("&#60;script&#62;alert(1)&#60;/script&#62; the bin lid"));
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains(r#"id="email-error""#));
    assert!(html.contains(r#"id="lat-error""#));
    assert!(html.contains(r#"id="consent-error""#));
    assert!(html.contains(r#"value="not-an-address""#));
    assert_eq!(server.store.count_cases().await.expect("count"), 0);
}

async fn the_same_form_sent_twice_creates_one_case(db: TestDb) {
    let server = start(&db, toronto()).await;
    let id = "feedfacefeedfacefeedfacefeedface";

    let first = tracking_from(&post_form(&server, complaint_form(id)).await);
    let second = tracking_from(&post_form(&server, complaint_form(id)).await);

    assert_eq!(first, second);
    assert_eq!(server.store.count_cases().await.expect("count"), 1);
}

/// A tiny JPEG whose EXIF segment carries a GPS tag.
fn jpeg_with_gps() -> Vec<u8> {
    let exif = b"Exif\0\0GPSLatitude 43.6535 N";
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend(((exif.len() + 2) as u16).to_be_bytes());
    out.extend(exif);
    out.extend([0xFF, 0xDA, 0x00, 0x02, 0x00, 0xFF, 0xD9]);
    out
}

async fn photo_metadata_is_removed_before_the_file_is_kept(db: TestDb) {
    let server = start(&db, toronto()).await;
    let photo = Part::bytes(jpeg_with_gps()).file_name("../../pothole.jpg");
    let form = complaint_form("00000000000000000000000000000001").part("attachments", photo);

    let response = post_form(&server, form).await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let case = server
        .store
        .find_case(&tracking_from(&response))
        .await
        .expect("stored");
    assert_eq!(case.attachments.len(), 1);
    let attachment = &case.attachments[0];
    assert_eq!(attachment.file_name, "pothole.jpg");
    assert_eq!(attachment.media_type, "image/jpeg");
    let dir = std::env::temp_dir().join(format!("heard-files-{}", std::process::id()));
    let kept = heard_storage::FileStore::new(dir)
        .get(&attachment.sha256)
        .await
        .expect("kept");
    assert!(!String::from_utf8_lossy(&kept).contains("GPSLatitude"));
    assert_eq!(kept.len() as u64, attachment.size_bytes);
}

async fn a_file_that_is_not_a_photo_or_pdf_is_refused_beside_its_field(db: TestDb) {
    let server = start(&db, toronto()).await;
    let program = Part::bytes(b"MZ\x90\x00this is a program".to_vec()).file_name("photo.jpg");
    let form = complaint_form("00000000000000000000000000000002").part("attachments", program);

    let response = post_form(&server, form).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.expect("text");
    assert!(html.contains(r#"id="attachments-error""#));
    assert!(html.contains("JPEG, PNG or PDF"));
    assert_eq!(server.store.count_cases().await.expect("count"), 0);
}

async fn a_mistyped_tracking_number_gets_a_helpful_page(db: TestDb) {
    let server = start(&db, toronto()).await;

    let (status, html) = get_text(&server, "/track/1234-5678-99").await;
    let (redirect_status, _) = get_text(&server, "/track?number=12").await;
    let browser = client()
        .get(format!("{}/no-such-page", server.base))
        .header("accept", "text/html,application/xhtml+xml")
        .send()
        .await
        .expect("sent");
    assert_eq!(browser.status(), StatusCode::NOT_FOUND);
    assert!(
        browser
            .text()
            .await
            .expect("text")
            .starts_with("<!doctype html>")
    );

    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("mistyped digit"), "{html}");
    assert_eq!(redirect_status, StatusCode::BAD_REQUEST);
}

async fn an_address_over_its_limit_is_asked_to_wait(db: TestDb) {
    let limits = RateLimits::new(
        Rate {
            per_minute: 1,
            burst: 2,
        },
        Rate {
            per_minute: 1,
            burst: 3,
        },
        Vec::new(),
    );
    let server = start_with_limits(&db, toronto(), limits).await;

    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(get_text(&server, "/track/0000-0000-00").await.0);
    }
    let first = post_form(&server, complaint_form("00000000000000000000000000000003")).await;
    let second = post_form(&server, complaint_form("00000000000000000000000000000004")).await;
    let third = post_form(&server, complaint_form("00000000000000000000000000000005")).await;
    let (home, _) = get_text(&server, "/").await;

    assert_eq!(statuses[..3], [StatusCode::NOT_FOUND; 3]);
    assert_eq!(statuses[3], StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    assert_eq!(second.status(), StatusCode::SEE_OTHER);
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(third.headers().contains_key("retry-after"));
    assert_eq!(
        home,
        StatusCode::OK,
        "pages that are not limited still answer"
    );
    assert_eq!(server.store.count_cases().await.expect("count"), 2);
}
