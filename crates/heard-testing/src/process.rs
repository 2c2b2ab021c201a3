//! `heard serve` as a real process over a test database: started with a clean environment,
//! waited for until it answers its health check, and killed without warning (SIGKILL).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::TestDb;

/// How long a starting server may take to answer its health check.
const START_LIMIT: Duration = Duration::from_secs(30);

/// A `heard serve` process. Killed when dropped.
#[derive(Debug)]
pub struct HeardProcess {
    child: Child,
    /// Its base address, `http://127.0.0.1:PORT`.
    pub base: String,
}

/// How to start `heard serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The `heard` binary (`env!("CARGO_BIN_EXE_heard")` in the caller's tests).
    pub binary: PathBuf,
    /// The data folder (stored files).
    pub data_dir: PathBuf,
    /// More variables, such as rate limits or the mail server.
    pub env: Vec<(String, String)>,
}

impl ServeOptions {
    /// `binary` over a fresh data folder, with rate limits too high for a load test to meet.
    pub fn new(binary: impl AsRef<Path>) -> Self {
        let data_dir = std::env::temp_dir().join(format!("heard-serve-{}", crate::random_suffix()));
        ServeOptions {
            binary: binary.as_ref().to_path_buf(),
            data_dir,
            env: vec![
                ("HEARD_RATE_SUBMISSIONS_PER_MINUTE".into(), "1000000".into()),
                ("HEARD_RATE_LOOKUPS_PER_MINUTE".into(), "1000000".into()),
            ],
        }
    }

    /// The same, with one more variable.
    pub fn with_env(mut self, name: &str, value: impl Into<String>) -> Self {
        self.env.push((name.into(), value.into()));
        self
    }
}

impl HeardProcess {
    /// Starts `heard serve` over `db` on a free loopback port and waits until it is healthy.
    pub async fn start(db: &TestDb, options: &ServeOptions) -> HeardProcess {
        let port = free_port();
        let mut command = Command::new(&options.binary);
        command
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HEARD_DATABASE_URL", &db.url)
            .env("HEARD_DATA_DIR", &options.data_dir)
            .env("HEARD_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .envs(options.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let child = command.spawn().expect("heard serve starts");
        let mut process = HeardProcess {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        process.wait_healthy().await;
        process
    }

    async fn wait_healthy(&mut self) {
        let client = reqwest::Client::new();
        let deadline = tokio::time::Instant::now() + START_LIMIT;
        while tokio::time::Instant::now() < deadline {
            let health = client.get(format!("{}/healthz", self.base)).send().await;
            if health.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("heard serve exited early: {status}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("heard serve did not become healthy within {START_LIMIT:?}");
    }

    /// Stops it as an operator would (SIGTERM): it finishes the requests and the messages in
    /// hand, then exits.
    pub fn stop(mut self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "SIGTERM was sent");
        let exited = self.child.wait().expect("heard serve ends");
        assert!(exited.success(), "heard serve stopped cleanly: {exited}");
    }

    /// Kills it with SIGKILL: no shutdown, no flushing, connections cut.
    pub fn kill(mut self) {
        self.kill_now();
    }

    fn kill_now(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for HeardProcess {
    fn drop(&mut self) {
        self.kill_now();
    }
}

/// A free port on the loopback interface.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}
