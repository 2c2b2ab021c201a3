//! Helpers shared by the end-to-end tests: an in-process server on a free port, and the
//! `heard` binary run as a user would run it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::time::Duration;

use heard_domain::Directory;
use heard_domain::calendar::{BusinessCalendar, CalendarConfig};
use heard_domain::notify::NotifyContext;
use heard_domain::ward::WardMap;
use heard_http::{AppState, RateLimits};
use heard_storage::{FileStore, Store};
use heard_testing::TestDb;
use tokio::sync::oneshot;

/// The one web origin the test servers let call the API from a browser.
pub const CORS_ORIGIN: &str = "https://app.example.ca";

/// The SMS provider token the test servers expect webhook calls to be signed with.
pub const SMS_TOKEN: &str = "test-sms-token";

/// A server running inside the test process.
pub struct TestServer {
    /// Its base address, `http://127.0.0.1:PORT`.
    pub base: String,
    /// Its store, for checking what was written.
    pub store: Store,
    stop: Option<oneshot::Sender<()>>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The shipped divisions.
pub fn toronto() -> Arc<Directory> {
    Arc::new(Directory::default_toronto())
}

/// Starts the application over `db` with the given directory and Toronto's wards.
pub async fn start(db: &TestDb, directory: Arc<Directory>) -> TestServer {
    start_with_limits(db, directory, RateLimits::standard()).await
}

/// Starts the application with the given rate limits.
pub async fn start_with_limits(
    db: &TestDb,
    directory: Arc<Directory>,
    limits: RateLimits,
) -> TestServer {
    start_with(db, directory, limits, "https://heard.example").await
}

/// Starts the application with the given rate limits and public address (an `http://` one
/// makes the staff cookie usable over the test's plain HTTP).
pub async fn start_with(
    db: &TestDb,
    directory: Arc<Directory>,
    limits: RateLimits,
    public_url: &str,
) -> TestServer {
    // As `heard serve` does: events that tell the resident something write their message.
    let store = db
        .store()
        .await
        .with_notifications(NotifyContext::new(public_url));
    let wards = WardMap::toronto(
        &std::fs::read_to_string(repo_path("config/toronto_wards.geojson")).expect("wards file"),
    )
    .expect("wards parse");
    let guidance = Arc::new(heard_http::Guidance::shipped(&directory).expect("knowledge base"));
    // Tests that use another directory get no routing cues rather than a failure.
    let routing = Arc::new(
        heard_domain::routing::Routing::default_toronto(&directory)
            .or_else(|_| heard_domain::routing::Routing::from_toml("", &directory))
            .expect("routing cues"),
    );
    let state = AppState {
        store: store.clone(),
        directory,
        wards: Some(Arc::new(wards)),
        public_url: public_url.into(),
        files: FileStore::new(
            std::env::temp_dir().join(format!("heard-files-{}", std::process::id())),
        ),
        limits,
        calendar: Arc::new(
            BusinessCalendar::from_config(&CalendarConfig::default()).expect("calendar"),
        ),
        sms_webhook_token: Some(SMS_TOKEN.into()),
        cors_origins: vec![axum::http::HeaderValue::from_static(CORS_ORIGIN)],
        guidance,
        routing,
    };
    let (stop, stopped) = oneshot::channel::<()>();
    let addr: SocketAddr = "127.0.0.1:0".parse().expect("address");
    let running = heard::server::start(addr, state, async {
        let _ = stopped.await;
    })
    .await
    .expect("server starts");
    TestServer {
        base: format!("http://{}", running.addr),
        store,
        stop: Some(stop),
    }
}

/// A path inside the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

/// A path inside the shared data folder beside the repository; the test fails, rather than
/// passes, when the data is missing.
pub fn shared_data(relative: &str) -> PathBuf {
    let path = repo_path("../shared/data").join(relative);
    assert!(
        path.exists(),
        "the shared data file {} is missing",
        path.display()
    );
    path
}

/// The `heard` binary with a clean environment pointing at `db`.
pub fn heard(db: &TestDb) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_heard"));
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HEARD_DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn");
    command
}

/// Runs the binary to completion.
pub fn run(mut command: Command) -> Output {
    command.stdin(Stdio::null()).output().expect("heard runs")
}

/// A free port on the loopback interface.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Starts `heard serve` on `port` and waits until it answers its health check.
pub async fn spawn_server(db: &TestDb, port: u16) -> Child {
    let mut command = heard(db);
    command
        .args(["serve"])
        .env("HEARD_ADDR", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = command.spawn().expect("heard serve starts");

    let client = reqwest::Client::new();
    for _ in 0..200 {
        let health = client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await;
        if health.is_ok_and(|r| r.status().is_success()) {
            return child;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("heard serve exited early: {status}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    panic!("heard serve did not become healthy within 10 s");
}

/// GETs `url` and reads the answer as JSON, whatever its status.
pub async fn get_json(url: impl reqwest::IntoUrl) -> serde_json::Value {
    reqwest::get(url)
        .await
        .expect("sent")
        .json()
        .await
        .expect("json")
}

/// GETs `url` and reads the answer as text, whatever its status.
pub async fn get_text_at(url: impl reqwest::IntoUrl) -> String {
    let text = reqwest::get(url)
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    unisolated(&text)
}

/// A page's text without the Unicode isolation marks that pages put around values (they keep
/// a number's direction inside right-to-left text, and are invisible to readers).
pub fn unisolated(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}
