//! The commands of the `heard` binary, one module each.

mod accounts;
mod import;
mod route_check;
mod serve;
mod translations;
mod worker;

use std::process::ExitCode;

use crate::cli::{ApiKeyCommand, Cli, Command, UserCommand};

/// Runs the command the user asked for.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => serve::serve(args).await,
        Command::Worker(args) => worker::worker(args).await,
        Command::Migrate(args) => {
            let store = args.store.open().await?;
            store.migrate().await?;
            println!("the {} database is up to date", store.backend_name());
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Import(args) => import::import(args).await,
        Command::Translations(args) => translations::check(&args),
        Command::RouteCheck(args) => route_check::run(&args),
        Command::Backup { store, file } => {
            let opened = store.open().await?;
            opened.backup_to(&file).await?;
            println!(
                "backed up the {} database to {}",
                opened.backend_name(),
                file.display()
            );
            opened.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::User {
            command:
                UserCommand::Create {
                    store,
                    username,
                    role,
                    division,
                    name,
                },
        } => accounts::create_user(&store, username, &role, division, name).await,
        Command::ApiKey {
            command: ApiKeyCommand::Create { store, name },
        } => accounts::create_api_key(&store, &name).await,
        Command::ApiKey {
            command: ApiKeyCommand::Revoke { store, name },
        } => accounts::revoke_api_key(&store, &name).await,
    }
}
