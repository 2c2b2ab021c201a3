//! The `heard` binary.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Settings files are read before any thread starts, so that setting variables is safe.
    if let Err(e) = heard::config::load_settings_file() {
        eprintln!("error: {e:#}");
        return ExitCode::from(2);
    }
    let cli = heard::cli::Cli::parse();
    heard::telemetry::init(&cli.log);

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(heard::commands::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
