//! No personal data in the logs: a real `heard serve` with the shipped log settings takes
//! cases through every intake channel, lookups, resident actions, refused input and staff
//! work, with distinctive personal details; none of them is found in what it logged.

use std::io::Write;
use std::process::Stdio;
use std::time::Duration;

use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{free_port, heard, run};

heard_testing::on_both_backends!(no_personal_detail_reaches_the_logs);

/// Details no log line may carry.
const NAME: &str = "Quenneville-Oyelaran";
const EMAIL: &str = "q.oyelaran.7731@example.ca";
const PHONE: &str = "416-555-0187";
const PHONE_DIGITS: &str = "4165550187";
const ADDRESS: &str = "77 Zanzibar Crescent";
const WORDS: &str = "marmalade-coloured hydrant";
const PASSWORD: &str = "a long and private passphrase 42";

async fn no_personal_detail_reaches_the_logs(db: TestDb) {
    let migrated = run({
        let mut c = heard(&db);
        c.arg("migrate");
        c
    });
    assert!(migrated.status.success());
    let mut create_user = heard(&db);
    create_user
        .args(["user", "create", "agent.logs", "--role", "agent"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = create_user.spawn().expect("user create");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .expect("password");
    assert!(child.wait().expect("ran").success());
    let key_output = run({
        let mut c = heard(&db);
        c.args(["api-key", "create", "logs-test"]);
        c
    });
    let key = String::from_utf8_lossy(&key_output.stdout)
        .lines()
        .last()
        .expect("the key")
        .trim()
        .to_owned();

    let port = free_port();
    let log_path =
        std::env::temp_dir().join(format!("heard-logs-{}-{port}.log", std::process::id()));
    let log = std::fs::File::create(&log_path).expect("log file");
    let mut server = heard(&db);
    server
        .arg("serve")
        .env_remove("RUST_LOG") // the shipped log filter
        .env("HEARD_LOG_FORMAT", "json")
        .env("HEARD_ADDR", format!("127.0.0.1:{port}"))
        .env("HEARD_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(log);
    let mut server = server.spawn().expect("serve");
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    for _ in 0..200 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    exercise(&client, &base, &key).await;

    let _ = server.kill();
    let _ = server.wait();
    let logged = std::fs::read_to_string(&log_path).expect("log read");
    let _ = std::fs::remove_file(&log_path);
    assert!(
        logged.contains("case received"),
        "the server logged its work: {logged}"
    );
    for detail in [
        NAME,
        EMAIL,
        PHONE,
        PHONE_DIGITS,
        ADDRESS,
        WORDS,
        PASSWORD,
        &key,
    ] {
        assert!(
            !logged.contains(detail),
            "'{detail}' is in the logs:\n{}",
            logged
                .lines()
                .filter(|l| l.contains(detail))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// Every way in, with the distinctive details.
async fn exercise(client: &reqwest::Client, base: &str, key: &str) {
    let contact = json!({ "name": NAME, "email": EMAIL, "phone": PHONE });
    let body = json!({
        "kind": "complaint",
        "category": "T311-R0012",
        "description": format!("The {WORDS} outside {ADDRESS} leaks"),
        "location": { "address": ADDRESS },
        "contact": contact,
    });
    let created: serde_json::Value = client
        .post(format!("{base}/api/v1/cases"))
        .json(&body)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let tracking = created["tracking_number"]
        .as_str()
        .expect("number")
        .to_owned();

    // Refused input that carries the details.
    let bad = json!({ "kind": "complaint", "description": WORDS, "contact": { "email": format!("{NAME} at {ADDRESS}") } });
    let refused = client
        .post(format!("{base}/api/v1/cases"))
        .json(&bad)
        .send()
        .await
        .expect("sent");
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The web form, and the Open311 submission with its key.
    let form = reqwest::multipart::Form::new()
        .text("kind", "compliment")
        .text("description", format!("Thanks for the {WORDS}"))
        .text("name", NAME)
        .text("email", EMAIL)
        .text("phone", PHONE)
        .text("address", ADDRESS)
        .text("consent", "yes");
    let sent = client
        .post(format!("{base}/submit"))
        .multipart(form)
        .send()
        .await
        .expect("sent");
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let open311 = client
        .post(format!("{base}/open311/v2/requests.json"))
        .form(&[
            ("api_key", key),
            ("service_code", "T311-R0012"),
            ("description", &format!("{WORDS} again")),
            ("address_string", ADDRESS),
            ("first_name", NAME),
            ("email", EMAIL),
            ("phone", PHONE),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(
        open311.status(),
        StatusCode::CREATED,
        "{:?}",
        open311.text().await
    );

    // Lookups and the resident's actions, which carry the e-mail as proof.
    for path in [
        format!("/track/{tracking}"),
        format!("/api/v1/cases/{tracking}"),
    ] {
        client
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("sent");
    }
    let withdraw = client
        .post(format!("{base}/api/v1/cases/{tracking}/withdrawal"))
        .json(&json!({ "reason": format!("{WORDS} fixed"), "confirm": EMAIL }))
        .send()
        .await
        .expect("sent");
    assert!(withdraw.status().is_success(), "{}", withdraw.status());
    let wrong = client
        .post(format!("{base}/track/{tracking}/information"))
        .form(&[("text", WORDS), ("confirm", PHONE)])
        .send()
        .await
        .expect("sent");
    assert!(wrong.status().is_client_error() || wrong.status().is_redirection());

    // Staff: a failed and a good sign-in, then the case with its personal data.
    for password in ["not the password", PASSWORD] {
        client
            .post(format!("{base}/staff/sign-in"))
            .form(&[("username", "agent.logs"), ("password", password)])
            .send()
            .await
            .expect("sent");
    }
    let case = client
        .get(format!("{base}/staff/cases/{tracking}"))
        .send()
        .await
        .expect("sent");
    assert_eq!(case.status(), StatusCode::OK);
    let search = client
        .get(format!("{base}/staff/search?q={NAME}"))
        .send()
        .await
        .expect("sent");
    let _ = search.status();
}
