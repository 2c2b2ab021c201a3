//! `heard serve`: the HTTP server.

use std::process::ExitCode;

use anyhow::Context;
use heard_domain::notify::NotifyContext;
use heard_http::{AppState, Rate, RateLimits};
use heard_storage::FileStore;

use super::worker;
use crate::cli::ServeArgs;
use crate::{demo, server, training};

/// Opens the store, applies migrations if asked, and serves and delivers notifications until
/// SIGINT or SIGTERM.
pub async fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let transports = worker::transports(&args.delivery)?;
    let directory = args.store.directory()?;
    let wards = args.store.wards()?;
    let calendar = args.store.calendar()?;
    let mut store = args.store.open().await?;
    if args.migrate {
        store.migrate().await?;
    }
    if args.training {
        // Everything stored from here on, demonstration content included, is practice.
        store = store.for_training();
        if let Some(file) = &args.training_records {
            let added = training::seed(&store, &directory, &calendar, file).await?;
            tracing::info!(cases = added, "practice cases ready");
        }
    }
    if args.demo || (args.training && args.training_records.is_none()) {
        let added = demo::seed(&store, &directory, &calendar).await?;
        tracing::info!(cases = added, "demonstration content ready");
    }
    let routing = args.store.routing(&directory)?;
    let guidance = std::sync::Arc::new(
        heard_http::Guidance::shipped(&directory)
            .context("the knowledge base does not fit the divisions file")?,
    );

    let public_url = args
        .public_url
        .unwrap_or_else(|| format!("http://{}", args.addr))
        .trim_end_matches('/')
        .to_owned();
    // Demonstration content, seeded above, sends no messages; what happens from now on does.
    let store = store.with_notifications(NotifyContext::new(&public_url));
    let state = AppState {
        store: store.clone(),
        directory,
        wards: Some(wards),
        public_url,
        files: FileStore::new(args.store.data_dir.join("files")),
        limits: RateLimits::new(
            rate(args.rate_submissions_per_minute),
            rate(args.rate_lookups_per_minute),
            args.trusted_proxies.clone(),
        )
        .with_key_rates(
            rate(args.rate_key_submissions_per_minute),
            rate(args.rate_key_lookups_per_minute),
        )
        .with_sign_in_rate(rate(args.rate_sign_ins_per_minute)),
        cors_origins: cors_origins(&args.cors_origins)?,
        calendar,
        sms_webhook_token: args.delivery.sms_token.clone(),
        guidance,
        routing,
    };
    let stop = worker::stop_on_signal();
    let running = server::start(args.addr, state, worker::stopped(stop.clone())).await?;
    let delivery = tokio::spawn(heard_workers::run(
        store.clone(),
        transports,
        worker::options(&args.delivery),
        worker::stopped(stop),
    ));
    tracing::info!(
        addr = %running.addr,
        database = store.backend_name(),
        "Heard is listening on http://{}",
        running.addr
    );

    running.task.await??;
    delivery.await??;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// The CORS origins as header values; each must be a scheme and host, without a path.
fn cors_origins(list: &[String]) -> anyhow::Result<Vec<axum::http::HeaderValue>> {
    list.iter()
        .map(|s| s.trim().trim_end_matches('/'))
        .filter(|s| !s.is_empty())
        .map(|origin| {
            let shape_ok = (origin.starts_with("https://") || origin.starts_with("http://"))
                && !origin.split_once("://").is_some_and(|(_, rest)| rest.contains('/'));
            anyhow::ensure!(
                shape_ok,
                "HEARD_CORS_ORIGINS: '{origin}' is not an origin; give a scheme and host, like https://app.toronto.ca"
            );
            Ok(axum::http::HeaderValue::from_str(origin)?)
        })
        .collect()
}

/// A rate of `per_minute`, half of which may come at once.
fn rate(per_minute: u32) -> Rate {
    Rate {
        per_minute,
        burst: (per_minute / 2).max(1),
    }
}
