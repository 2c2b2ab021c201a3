//! Test support: a real SMTP server (aiosmtpd, in a child process), cases to notify about,
//! and a worker that runs until told to stop.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use heard_domain::event::{Actor, CaseEvent};
use heard_domain::intake::{IntakeContext, Submission, SubmittedContact};
use heard_domain::notify::NotifyContext;
use heard_domain::{CaseState, Channel, Directory};
use heard_storage::{NewEvent, Store};
use heard_workers::{EmailConfig, EmailTransport, RetryPolicy, Transports, WorkerOptions};
use jiff::Timestamp;
use serde::Deserialize;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The address residents use in these tests.
pub const PUBLIC_URL: &str = "https://heard.example.ca";

/// The store of a test database, writing notifications.
pub async fn notifying_store(db: &heard_testing::TestDb) -> Store {
    db.store()
        .await
        .with_notifications(NotifyContext::new(PUBLIC_URL))
}

/// How a test resident wants to hear back.
pub struct Resident<'a> {
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub prefers: Option<&'a str>,
    pub language: &'a str,
}

impl Resident<'_> {
    /// A resident reached by e-mail, in `language`.
    pub fn by_email<'a>(email: &'a str, language: &'a str) -> Resident<'a> {
        Resident {
            email: Some(email),
            phone: None,
            prefers: None,
            language,
        }
    }

    /// A resident reached by SMS, in `language`.
    pub fn by_sms<'a>(phone: &'a str, language: &'a str) -> Resident<'a> {
        Resident {
            email: None,
            phone: Some(phone),
            prefers: Some("sms"),
            language,
        }
    }
}

/// Stores a pothole complaint from `resident`.
pub async fn complaint(store: &Store, resident: &Resident<'_>) -> CaseState {
    let submission = Submission {
        kind: Some("complaint".into()),
        category: Some("T311-R0012".into()),
        description: Some("Pothole reported twice, closed unfixed".into()),
        contact: Some(SubmittedContact {
            name: Some("Zoë Testperson".into()),
            email: resident.email.map(Into::into),
            phone: resident.phone.map(Into::into),
            preferred_contact_method: resident.prefers.map(Into::into),
            preferred_language: Some(resident.language.into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let context = IntakeContext {
        channel: Channel::Web,
        taken_by: None,
    };
    let valid = submission
        .validate(&Directory::default_toronto(), &context)
        .expect("a valid complaint");
    store
        .create_case(&valid, Timestamp::now(), &Actor::Resident, Channel::Web)
        .await
        .expect("stored")
}

/// Sends the resident a message from staff.
pub async fn update(store: &Store, case: &CaseState, text: &str) {
    let event = NewEvent {
        at: Timestamp::now(),
        actor: Actor::Staff {
            username: "ana".into(),
        },
        channel: Channel::Phone,
        event: CaseEvent::UpdateSent { text: text.into() },
    };
    store
        .append_event(&case.tracking_number, event, None)
        .await
        .expect("appended");
}

/// Worker options for tests: small batches, short waits.
pub fn quick_options() -> WorkerOptions {
    WorkerOptions {
        batch: 16,
        concurrency: 8,
        lease: Duration::from_secs(30),
        poll_interval: Duration::from_millis(20),
        retry: RetryPolicy {
            max_attempts: 1000,
            base_delay: Duration::from_millis(20),
            max_delay: Duration::from_millis(200),
        },
    }
}

/// A worker running in the background.
pub struct RunningWorker {
    stop: oneshot::Sender<()>,
    task: JoinHandle<Result<(), heard_workers::WorkerError>>,
}

impl RunningWorker {
    /// Starts a worker.
    pub fn start(store: Store, transports: Transports, options: WorkerOptions) -> Self {
        let (stop, stopped) = oneshot::channel::<()>();
        let shutdown = async move {
            let _ = stopped.await;
        };
        let task = tokio::spawn(heard_workers::run(store, transports, options, shutdown));
        RunningWorker { stop, task }
    }

    /// Asks it to stop and waits until it has.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("the worker stops")
            .expect("the worker task ends")
            .expect("the worker ends cleanly");
    }
}

/// Waits until `check` holds, or fails the test after `limit`.
pub async fn eventually<F, Fut>(limit: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + limit;
    while !check().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting: {what}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// One message as the SMTP server received it.
#[derive(Debug, Clone, Deserialize)]
pub struct Mail {
    pub rcpt_tos: Vec<String>,
    pub message_id: String,
    pub subject: String,
    pub text: Option<String>,
    pub html: Option<String>,
}

impl Mail {
    /// The notification id in the Message-ID `<heard-notification-ID@domain>`.
    pub fn notification_id(&self) -> i64 {
        self.message_id
            .trim_start_matches("<heard-notification-")
            .split('@')
            .next()
            .and_then(|id| id.parse().ok())
            .unwrap_or_else(|| panic!("unexpected Message-ID {}", self.message_id))
    }
}

/// A real SMTP server, aiosmtpd in a child process, writing what it accepts to a folder.
pub struct SmtpSink {
    child: Option<Child>,
    pub port: u16,
    dir: PathBuf,
}

impl SmtpSink {
    /// Starts it on a free port of the loopback address.
    pub async fn start() -> SmtpSink {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let dir = std::env::temp_dir().join(format!("heard-smtp-{port}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a mail folder");
        let mut sink = SmtpSink {
            child: None,
            port,
            dir,
        };
        sink.launch().await;
        sink
    }

    async fn launch(&mut self) {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(self.port.to_string())
            .arg(&self.dir)
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("python3 runs (the tests need `pip install aiosmtpd`)");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let ready = tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await;
        assert!(
            matches!(ready, Ok(Ok(Some(ref l))) if l == "ready"),
            "the SMTP server did not start (is aiosmtpd installed? `pip install aiosmtpd`)"
        );
        self.child = Some(child);
    }

    /// Shuts it down as an operator would (SIGTERM): transactions in hand finish, new ones are
    /// refused, then it exits.
    pub async fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let pid = child.id().expect("running");
        let status = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        tokio::time::timeout(Duration::from_secs(20), child.wait())
            .await
            .expect("the SMTP server stops")
            .expect("waited");
    }

    /// Starts it again on the same port, keeping what it received.
    pub async fn restart(&mut self) {
        self.launch().await;
    }

    /// The URL the worker uses.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// An e-mail transport to this server.
    pub fn transports(&self) -> Transports {
        let config = EmailConfig {
            smtp_url: self.url(),
            from: "City of Toronto <noreply@toronto.example>".into(),
            timeout: Duration::from_secs(10),
        };
        Transports {
            email: Some(EmailTransport::new(&config).expect("a transport")),
            sms: None,
        }
    }

    /// Every message received so far, in order of arrival.
    pub fn mails(&self) -> Vec<Mail> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("the mail folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).expect("a mail file");
                let mut mail: Mail = serde_json::from_str(&text).expect("a mail record");
                // Lines end in CRLF on the wire; the tests compare plain lines.
                mail.text = mail.text.map(|t| t.replace("\r\n", "\n"));
                mail.html = mail.html.map(|t| t.replace("\r\n", "\n"));
                mail
            })
            .collect()
    }

    /// Waits until at least `n` messages arrived.
    pub async fn wait_for(&self, n: usize, limit: Duration) -> Vec<Mail> {
        eventually(limit, &format!("{n} e-mails"), || async {
            self.mails().len() >= n
        })
        .await;
        self.mails()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.start_kill();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
