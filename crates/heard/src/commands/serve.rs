//! `heard serve`: the HTTP server.

use std::process::ExitCode;

use heard_http::{AppState, Rate, RateLimits};
use heard_storage::FileStore;

use crate::cli::ServeArgs;
use crate::{demo, server};

/// Opens the store, applies migrations if asked, and serves until SIGINT or SIGTERM.
pub async fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let directory = args.store.directory()?;
    let wards = args.store.wards()?;
    let calendar = args.store.calendar()?;
    let store = args.store.open().await?;
    if args.migrate {
        store.migrate().await?;
    }
    if args.demo {
        let added = demo::seed(&store, &directory, &calendar).await?;
        tracing::info!(cases = added, "demonstration content ready");
    }

    let public_url = args
        .public_url
        .unwrap_or_else(|| format!("http://{}", args.addr))
        .trim_end_matches('/')
        .to_owned();
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
        ),
        calendar,
    };
    let running = server::start(args.addr, state, server::shutdown_signal()).await?;
    tracing::info!(
        addr = %running.addr,
        database = store.backend_name(),
        "Heard is listening on http://{}",
        running.addr
    );

    running.task.await??;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// A rate of `per_minute`, half of which may come at once.
fn rate(per_minute: u32) -> Rate {
    Rate {
        per_minute,
        burst: (per_minute / 2).max(1),
    }
}
