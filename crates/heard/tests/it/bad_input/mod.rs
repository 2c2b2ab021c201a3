//! Bad input on every surface: oversized and deeply nested bodies, invalid UTF-8 in bodies,
//! query strings and paths, wrong content types, huge uploads and tricky file names, sent to
//! every state-changing route of the API, Open311, the public forms and the staff console.
//! Each gets a 4xx that says what is wrong, never a 5xx, and the server stays healthy.

mod probes;

use heard_domain::Role;
use heard_testing::TestDb;
use reqwest::StatusCode;
use reqwest::header::CONTENT_TYPE;
use serde_json::json;

use crate::staff::{PASSWORD, browser, create_user, hidden_value, pothole, send_sign_in, server};
use crate::support::TestServer;
use probes::{Expect, Probe, Who};

heard_testing::on_both_backends!(
    bad_input_anywhere_gets_a_clear_4xx_and_the_server_stays_healthy,
    upload_file_names_are_cleaned_of_paths_and_invisible_characters,
);

/// A signed-in agent's client and form token. Its client opens a new connection for each
/// request: a refusal sent before the body was read closes its connection, which a pooled
/// client might try to use again.
async fn staff_session(server: &TestServer) -> (reqwest::Client, String) {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .pool_max_idle_per_host(0)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client");
    let signed_in = send_sign_in(&client, server, "agent1", PASSWORD).await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let roles = client
        .get(format!("{}/staff/roles", server.base))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    let csrf = hidden_value(&roles, "csrf").expect("a form token");
    (client, csrf)
}

/// Sends one probe; what is wrong with the answer, if anything.
async fn try_probe(server: &TestServer, staff: &reqwest::Client, probe: &Probe) -> Option<String> {
    let client = match probe.who {
        Who::Anyone => probes::anonymous(),
        Who::Staff => staff.clone(),
    };
    let mut request = client.request(
        probe.method.clone(),
        format!("{}{}", server.base, probe.path),
    );
    if let Some(content_type) = &probe.content_type {
        request = request.header(CONTENT_TYPE, content_type.as_str());
    }
    let response = match request.body(probe.body.clone()).send().await {
        Ok(response) => response,
        Err(e) => return Some(format!("{}: no answer: {e}", probe.what)),
    };
    let status = response.status();
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response.text().await.unwrap_or_default();

    let fault = match probe.expect {
        Expect::ClientError if !status.is_client_error() => Some("not a 4xx"),
        Expect::NotServerError if status.is_server_error() => Some("a 5xx"),
        _ if status.is_client_error() && body.trim().is_empty() => Some("a 4xx without a message"),
        _ if status.is_client_error()
            && probe.path.starts_with("/api/")
            && !content_type.starts_with("application/problem+json") =>
        {
            Some("an API error that is not problem+json")
        }
        _ if status.is_client_error()
            && probe.path.starts_with("/open311/")
            && !(content_type.starts_with("application/json")
                || content_type.starts_with("application/xml")
                || content_type.starts_with("text/xml")) =>
        {
            Some("an Open311 error that is neither JSON nor XML")
        }
        _ if status.is_client_error()
            && !probe.path.starts_with("/api/")
            && !probe.path.starts_with("/open311/")
            && !probe.path.starts_with("/webhooks/")
            && !content_type.starts_with("text/html") =>
        {
            Some("a page's error that is not a page")
        }
        _ => None,
    };
    fault.map(|fault| {
        let start: String = body.chars().take(300).collect();
        format!("{}: {fault}: {status} {content_type}: {start}", probe.what)
    })
}

async fn bad_input_anywhere_gets_a_clear_4xx_and_the_server_stays_healthy(db: TestDb) {
    let server = server(&db).await;
    create_user(&server, "agent1", Role::Agent, None).await;
    let (staff, csrf) = staff_session(&server).await;
    let case = pothole(&server).await;
    let probes = probes::all(&case.to_string(), &csrf);

    let mut faults = Vec::new();
    for probe in &probes {
        faults.extend(try_probe(&server, &staff, probe).await);
    }
    let huge = probes::huge_upload(&server, "/submit", None).await;
    let signed_in = send_sign_in(&browser(), &server, "agent1", PASSWORD).await;
    let cookie = signed_in.headers()["set-cookie"].to_str().expect("ascii");
    let cookie = cookie.split(';').next().expect("a cookie");
    let huge_letter = probes::huge_upload(&server, "/staff/intake", Some(cookie)).await;
    let health = reqwest::get(format!("{}/healthz", server.base))
        .await
        .expect("sent");
    let good = probes::anonymous()
        .post(format!("{}/api/v1/cases", server.base))
        .json(&json!({
            "kind": "complaint",
            "description": "Still working after all that.",
            "anonymous": true
        }))
        .send()
        .await
        .expect("sent");

    assert!(probes.len() > 100, "{} probes", probes.len());
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
    assert!(huge.starts_with("HTTP/1.1 413"), "{huge}");
    assert!(huge.contains("text/html"), "a page: {huge}");
    assert!(huge_letter.starts_with("HTTP/1.1 413"), "{huge_letter}");
    assert!(huge_letter.contains("text/html"), "a page: {huge_letter}");
    assert_eq!(health.status(), StatusCode::OK);
    assert_eq!(good.status(), StatusCode::CREATED);
}

async fn upload_file_names_are_cleaned_of_paths_and_invisible_characters(db: TestDb) {
    let server = server(&db).await;
    let long = format!("{}.png", "n".repeat(5000));
    let names = [
        ("../../../etc/passwd.png", "passwd.png"),
        ("..\\..\\windows\\system.ini.png", "system.ini.png"),
        ("photo\0.png", "photo.png"),
        ("photo\r\n.png", "photo.png"),
        ("invoice\u{202E}gnp.exe", "invoicegnp.exe"),
        ("\u{2066}\u{200F}bidi\u{2069}.png", "bidi.png"),
        ("..", "file"),
        (long.as_str(), &long[..100]),
    ];

    let mut kept = Vec::new();
    let mut expected = Vec::new();
    for (name, clean) in &names {
        let form = probes::complaint_form().part("attachments", probes::png_part(name));
        let response = probes::post_submit(&server, form).await;
        let status = response.status();
        // A control character in a part's header makes the whole form unreadable: refused
        // with a page that says so, which is as good as a cleaned name.
        if status == StatusCode::BAD_REQUEST && name.contains(['\0', '\r', '\n']) {
            let page = response.text().await.expect("text");
            assert!(page.contains("could not be read"), "{page}");
            continue;
        }
        if status != StatusCode::SEE_OTHER {
            let page = response.text().await.unwrap_or_default();
            panic!("{name:?} refused with {status}: {page}");
        }
        expected.push(*clean);
        let tracking = probes::tracking_from(&response);
        let case = server.store.find_case(&tracking).await.expect("stored");
        kept.extend(case.attachments.into_iter().map(|a| a.file_name));
    }

    assert_eq!(kept, expected);
    assert!(expected.len() >= 6, "{expected:?}");
    assert!(
        kept.iter()
            .all(|name| !name.chars().any(probes::is_invisible_format))
    );
}
