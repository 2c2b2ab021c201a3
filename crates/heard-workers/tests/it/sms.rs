//! Text messages through a local server that speaks the provider's API, its refusals included:
//! rate limits with Retry-After, invalid numbers; and residents who text STOP.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use heard_domain::notify::SMS_MAX_CHARS;
use heard_storage::DeliveryStatus;
use heard_testing::TestDb;
use heard_workers::{SmsConfig, SmsTransport, Transports};
use serde_json::json;

use crate::support::{
    PUBLIC_URL, Resident, RunningWorker, complaint, eventually, notifying_store, quick_options,
    update,
};

heard_testing::on_both_backends!(
    a_rate_limited_sms_is_sent_once_after_the_wait_asked_for,
    an_invalid_number_is_a_dead_letter_at_once,
    after_stop_no_sms_is_sent_until_start,
);

const INVALID_NUMBER: &str = "+15005550001";

/// What the provider was asked and what it accepted.
#[derive(Default)]
struct ProviderLog {
    tries: Vec<Instant>,
    accepted: Vec<HashMap<String, String>>,
    rate_limit_next: u32,
}

/// A local SMS provider speaking the Twilio-style API.
struct Provider {
    addr: SocketAddr,
    log: Arc<Mutex<ProviderLog>>,
}

impl Provider {
    async fn start(rate_limit_next: u32) -> Provider {
        let log = Arc::new(Mutex::new(ProviderLog {
            rate_limit_next,
            ..ProviderLog::default()
        }));
        let app = Router::new()
            .route(
                "/2010-04-01/Accounts/{account}/Messages.json",
                post(messages),
            )
            .with_state(log.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bound");
        let addr = listener.local_addr().expect("an address");
        tokio::spawn(async move { axum::serve(listener, app).await });
        Provider { addr, log }
    }

    fn transports(&self) -> Transports {
        let config = SmsConfig {
            base_url: format!("http://{}/2010-04-01", self.addr),
            account: "AC123".into(),
            token: "secret".into(),
            from: "+14165550000".into(),
            timeout: Duration::from_secs(10),
        };
        Transports {
            email: None,
            sms: Some(SmsTransport::new(&config).expect("a transport")),
        }
    }

    fn accepted(&self) -> Vec<HashMap<String, String>> {
        self.log.lock().expect("log").accepted.clone()
    }

    fn tries(&self) -> Vec<Instant> {
        self.log.lock().expect("log").tries.clone()
    }
}

async fn messages(
    State(log): State<Arc<Mutex<ProviderLog>>>,
    Path(account): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let authorised = headers
        .get(header::AUTHORIZATION)
        .is_some_and(|v| v == "Basic QUMxMjM6c2VjcmV0");
    if account != "AC123" || !authorised {
        let body = json!({"code": 20003, "message": "Authenticate", "status": 401});
        return (StatusCode::UNAUTHORIZED, Json(body)).into_response();
    }

    let mut log = log.lock().expect("log");
    log.tries.push(Instant::now());
    if log.rate_limit_next > 0 {
        log.rate_limit_next -= 1;
        let body = json!({"code": 20429, "message": "Too Many Requests", "status": 429});
        let wait = [(header::RETRY_AFTER, "1")];
        return (StatusCode::TOO_MANY_REQUESTS, wait, Json(body)).into_response();
    }
    if form.get("To").map(String::as_str) == Some(INVALID_NUMBER) {
        let message = format!("The 'To' number {INVALID_NUMBER} is not a valid phone number.");
        let body = json!({"code": 21211, "message": message, "status": 400});
        return (StatusCode::BAD_REQUEST, Json(body)).into_response();
    }
    log.accepted.push(form);
    let body = json!({"sid": format!("SM{:032}", log.accepted.len()), "status": "queued"});
    (StatusCode::CREATED, Json(body)).into_response()
}

async fn a_rate_limited_sms_is_sent_once_after_the_wait_asked_for(db: TestDb) {
    let store = notifying_store(&db).await;
    let provider = Provider::start(1).await;
    let case = complaint(&store, &Resident::by_sms("416-555-0123", "fr")).await;

    let worker = RunningWorker::start(store.clone(), provider.transports(), quick_options());
    eventually(Duration::from_secs(30), "an accepted SMS", || async {
        provider.accepted().len() == 1
    })
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    worker.stop().await;

    let accepted = provider.accepted();
    assert_eq!(accepted.len(), 1, "sent once");
    let sms = &accepted[0];
    assert_eq!(sms["To"], "+14165550123");
    assert_eq!(sms["From"], "+14165550000");
    let link = format!("{PUBLIC_URL}/track/{}", case.tracking_number);
    assert!(sms["Body"].starts_with("Ville de Toronto : nous avons reçu votre plainte."));
    assert!(sms["Body"].contains(&link));
    assert!(sms["Body"].chars().count() <= SMS_MAX_CHARS);

    let tries = provider.tries();
    assert_eq!(tries.len(), 2, "refused once, then accepted");
    assert!(
        tries[1] - tries[0] >= Duration::from_millis(900),
        "Retry-After was heeded"
    );
    let stored = store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("listed");
    assert_eq!(
        (stored[0].status, stored[0].attempts),
        (DeliveryStatus::Sent, 2)
    );
    assert_eq!(stored[0].body_text, sms["Body"]);
}

async fn an_invalid_number_is_a_dead_letter_at_once(db: TestDb) {
    let store = notifying_store(&db).await;
    let provider = Provider::start(0).await;
    let case = complaint(&store, &Resident::by_sms("1 500 555 0001", "en")).await;

    let worker = RunningWorker::start(store.clone(), provider.transports(), quick_options());
    eventually(Duration::from_secs(30), "a dead letter", || async {
        store
            .count_notifications(DeliveryStatus::Dead)
            .await
            .expect("counted")
            == 1
    })
    .await;
    worker.stop().await;

    let dead = store.dead_letters().await.expect("listed");
    assert_eq!(dead[0].tracking_number, case.tracking_number);
    assert_eq!(dead[0].attempts, 1);
    let error = dead[0].last_error.as_deref().expect("a reason");
    assert!(
        error.contains("21211") && error.contains("not a valid phone number"),
        "{error}"
    );
    assert_eq!(provider.tries().len(), 1);
    assert!(provider.accepted().is_empty());
}

async fn after_stop_no_sms_is_sent_until_start(db: TestDb) {
    let store = notifying_store(&db).await;
    let provider = Provider::start(0).await;
    let case = complaint(&store, &Resident::by_sms("416-555-0199", "en")).await;
    store
        .set_sms_opt_out("+14165550199", true)
        .await
        .expect("opted out");
    update(&store, &case, "A crew is booked.").await;

    let worker = RunningWorker::start(store.clone(), provider.transports(), quick_options());
    eventually(Duration::from_secs(30), "both suppressed", || async {
        let n = store.count_notifications(DeliveryStatus::Suppressed).await;
        n.expect("counted") == 2
    })
    .await;
    assert!(provider.tries().is_empty(), "nothing reached the provider");

    store
        .set_sms_opt_out("+14165550199", false)
        .await
        .expect("opted in");
    update(&store, &case, "The repair is done.").await;
    eventually(Duration::from_secs(30), "an SMS after START", || async {
        provider.accepted().len() == 1
    })
    .await;
    worker.stop().await;

    let stored = store
        .notifications_for_case(&case.tracking_number)
        .await
        .expect("listed");
    let statuses: Vec<_> = stored.iter().map(|m| m.status).collect();
    use DeliveryStatus::{Sent, Suppressed};
    assert_eq!(statuses, [Suppressed, Suppressed, Sent]);
    assert!(
        stored[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("STOP"))
    );
}
