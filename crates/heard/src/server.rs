//! Starting and stopping the HTTP server. Tests start it the same way, on port 0.

use std::future::Future;
use std::net::SocketAddr;

use anyhow::Context;
use heard_http::AppState;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// A running server.
pub struct Running {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// Finishes when the server has stopped.
    pub task: JoinHandle<std::io::Result<()>>,
}

/// Binds `addr` and serves the application until `shutdown` completes, then finishes the
/// requests in hand and stops.
pub async fn start(
    addr: SocketAddr,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<Running> {
    let listener = TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr} (check HEARD_ADDR)"))?;
    let addr = listener.local_addr()?;
    let app = heard_http::app(state);

    let task = tokio::spawn(async move {
        // The peer address feeds the per-address rate limits.
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await
    });
    Ok(Running { addr, task })
}

/// Completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();

    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in hand");
}
