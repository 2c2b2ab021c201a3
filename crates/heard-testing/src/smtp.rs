//! A real SMTP server for tests that run `heard serve` as a process: aiosmtpd in a child
//! process (`crates/heard-workers/tests/smtp_sink.py`), writing each message it accepts to a
//! folder, and able to hold senders in the middle of a message.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Mail {
    /// The recipients of the envelope.
    pub rcpt_tos: Vec<String>,
    /// The `Message-ID` header.
    pub message_id: String,
    /// The text part.
    pub text: String,
}

impl Mail {
    /// The outbox id in a Message-ID `<heard-notification-ID@domain>`.
    pub fn notification_id(&self) -> Option<i64> {
        self.message_id
            .strip_prefix("<heard-notification-")?
            .split('@')
            .next()?
            .parse()
            .ok()
    }
}

/// The server, stopped when dropped.
pub struct SmtpSink {
    child: Child,
    dir: PathBuf,
    /// Its address, for `HEARD_SMTP_URL`.
    pub url: String,
}

impl SmtpSink {
    /// Starts it on a free loopback port.
    pub async fn start() -> SmtpSink {
        let port = crate::process::free_port();
        let dir = std::env::temp_dir().join(format!("heard-sink-{}", crate::random_suffix()));
        std::fs::create_dir_all(&dir).expect("a mail folder");
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../heard-workers/tests/smtp_sink.py"
        );
        let mut child = Command::new("python3")
            .arg(script)
            .arg(port.to_string())
            .arg(&dir)
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
        SmtpSink {
            child,
            dir,
            url: format!("smtp://127.0.0.1:{port}"),
        }
    }

    /// From now on, each sender waits after naming a recipient, until [`SmtpSink::release`].
    pub fn hold(&self) {
        std::fs::write(self.dir.join("HOLD"), b"").expect("the hold file");
    }

    /// Lets held senders go on.
    pub fn release(&self) {
        let _ = std::fs::remove_file(self.dir.join("HOLD"));
    }

    /// How many recipients were held so far.
    pub fn held(&self) -> usize {
        std::fs::read_to_string(self.dir.join("held"))
            .ok()
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
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
                let record: serde_json::Value = serde_json::from_str(&text).expect("a record");
                Mail {
                    rcpt_tos: record["rcpt_tos"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|r| r.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default(),
                    message_id: record["message_id"].as_str().unwrap_or_default().to_owned(),
                    text: record["text"].as_str().unwrap_or_default().to_owned(),
                }
            })
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
