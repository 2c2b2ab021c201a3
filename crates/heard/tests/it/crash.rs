//! A case answered 201 survives the server being killed with SIGKILL right after the answer.

use heard_testing::TestDb;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{free_port, spawn_server};

heard_testing::on_both_backends!(a_case_answered_201_survives_kill_9);

async fn a_case_answered_201_survives_kill_9(db: TestDb) {
    db.store().await;
    let client = reqwest::Client::new();
    let mut answered = Vec::new();

    for round in 0..3 {
        let port = free_port();
        let mut server = spawn_server(&db, port).await;
        let response = client
            .post(format!("http://127.0.0.1:{port}/api/v1/cases"))
            .json(&json!({
                "kind": "complaint",
                "description": format!("Round {round}: the crew never came."),
                "anonymous": true
            }))
            .send()
            .await
            .expect("sent");
        // SIGKILL the moment the answer is in: no shutdown, no flushing.
        server.kill().expect("killed");
        let _ = server.wait();

        assert_eq!(response.status(), StatusCode::CREATED);
        let body: Value = response.json().await.expect("json");
        answered.push(body["tracking_number"].as_str().expect("number").to_owned());
    }

    let port = free_port();
    let mut server = spawn_server(&db, port).await;
    for tracking in &answered {
        let response = client
            .get(format!("http://127.0.0.1:{port}/api/v1/cases/{tracking}"))
            .send()
            .await
            .expect("sent");
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "case {tracking} was lost"
        );
    }
    server.kill().expect("killed");
    let _ = server.wait();
}
