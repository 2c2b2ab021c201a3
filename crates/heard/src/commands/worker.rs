//! `heard worker`: the notification worker alone; and the transports and shutdown that
//! `heard serve` shares with it.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use heard_workers::{
    EmailConfig, EmailTransport, SmsConfig, SmsTransport, Transports, WorkerOptions,
};
use tokio::sync::watch;

use crate::cli::{DeliveryArgs, WorkerArgs};
use crate::server;

/// How long one SMTP exchange or SMS request may take.
const SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// Sends the outbox until SIGINT or SIGTERM, then finishes the messages in hand.
pub async fn worker(args: WorkerArgs) -> anyhow::Result<ExitCode> {
    let transports = transports(&args.delivery)?;
    let store = args.store.open().await?;

    let stop = stopped(stop_on_signal());
    let options = options(&args.delivery);
    heard_workers::run(store.clone(), transports, options, stop).await?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// A shutdown signal several tasks can wait for, each with [`stopped`]: it comes on SIGINT or
/// SIGTERM.
pub fn stop_on_signal() -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(false);
    tokio::spawn(async move {
        server::shutdown_signal().await;
        let _ = tx.send(true);
    });
    rx
}

/// Completes once the signal behind `rx` has come.
pub async fn stopped(mut rx: watch::Receiver<bool>) {
    let _ = rx.wait_for(|stop| *stop).await;
}

/// How this node's worker takes messages: the defaults, with the configured lease.
pub fn options(args: &DeliveryArgs) -> WorkerOptions {
    WorkerOptions {
        lease: Duration::from_secs(args.notify_lease_seconds),
        ..WorkerOptions::default()
    }
}

/// The transports the settings configure. Logs once for each channel that is off.
pub fn transports(args: &DeliveryArgs) -> anyhow::Result<Transports> {
    let email = match &args.smtp_url {
        Some(url) => {
            let from = args
                .mail_from
                .clone()
                .context("HEARD_MAIL_FROM must be set when HEARD_SMTP_URL is")?;
            let config = EmailConfig {
                smtp_url: url.clone(),
                from,
                timeout: SEND_TIMEOUT,
            };
            Some(EmailTransport::new(&config)?)
        }
        None => {
            tracing::warn!("e-mail is off (HEARD_SMTP_URL is not set): e-mails wait in the outbox");
            None
        }
    };

    let sms = match (
        &args.sms_base_url,
        &args.sms_account,
        &args.sms_token,
        &args.sms_from,
    ) {
        (Some(base_url), Some(account), Some(token), Some(from)) => {
            let config = SmsConfig {
                base_url: base_url.clone(),
                account: account.clone(),
                token: token.clone(),
                from: from.clone(),
                timeout: SEND_TIMEOUT,
            };
            Some(SmsTransport::new(&config)?)
        }
        (None, None, None, None) => {
            tracing::warn!("SMS is off (HEARD_SMS_BASE_URL is not set): text messages wait");
            None
        }
        _ => anyhow::bail!(
            "set all of HEARD_SMS_BASE_URL, HEARD_SMS_ACCOUNT, HEARD_SMS_TOKEN and HEARD_SMS_FROM, or none"
        ),
    };
    Ok(Transports { email, sms })
}
