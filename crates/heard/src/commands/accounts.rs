//! `heard user create`, `heard api-key create` and `heard api-key revoke`.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, bail};
use argon2::password_hash::PasswordHasher;
use heard_domain::Role;
use heard_storage::NewStaffUser;
use jiff::Timestamp;
use rand::Rng;
use rand::distr::Alphanumeric;
use sha2::{Digest, Sha256};

use crate::cli::StoreArgs;

/// The shortest password accepted for a staff account.
const MIN_PASSWORD_CHARS: usize = 12;

/// The longest user name accepted.
const MAX_USERNAME_CHARS: usize = 64;

/// Creates a staff account, reading the password from the first line of standard input.
pub async fn create_user(
    args: &StoreArgs,
    username: String,
    role: &str,
    division: Option<String>,
    name: Option<String>,
) -> anyhow::Result<ExitCode> {
    let role = Role::from_code(role)
        .with_context(|| format!("'{role}' is not a role; choose one of {}", Role::codes()))?;
    let directory = args.directory()?;
    match (&division, role.is_divisional()) {
        (None, true) => bail!("the role {role} belongs to a division: add --division CODE"),
        (Some(_), false) => bail!("the role {role} works across divisions: remove --division"),
        (Some(code), true) if directory.division(code).is_none() => {
            let codes: Vec<_> = directory
                .divisions()
                .iter()
                .map(|d| d.code.as_str())
                .collect();
            bail!(
                "'{code}' is not a division; choose one of {}",
                codes.join(", ")
            )
        }
        _ => {}
    }
    if username.is_empty()
        || username.chars().count() > MAX_USERNAME_CHARS
        || !username
            .chars()
            .all(|c| c.is_alphanumeric() || "._-".contains(c))
    {
        bail!(
            "a user name is 1 to {MAX_USERNAME_CHARS} letters, digits, dots, dashes and underscores"
        );
    }

    let mut password = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut password)
        .context("cannot read the password from standard input")?;
    let password = password.trim_end_matches(['\r', '\n']);
    if password.chars().count() < MIN_PASSWORD_CHARS {
        bail!("the password must have at least {MIN_PASSWORD_CHARS} characters");
    }
    if password.trim().chars().count() < MIN_PASSWORD_CHARS {
        bail!("the password must have at least {MIN_PASSWORD_CHARS} characters besides spaces");
    }
    let password = password.to_owned();
    let password_hash = tokio::task::spawn_blocking(move || {
        argon2::Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
    })
    .await?
    .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?;

    let store = args.open().await?;
    let user = NewStaffUser {
        display_name: name.unwrap_or_else(|| username.clone()),
        username,
        role,
        division,
        password_hash,
    };
    store.create_staff_user(&user, Timestamp::now()).await?;
    println!("created {} ({})", user.username, user.role);
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// Creates an API key and prints it as the last line of output.
pub async fn create_api_key(args: &StoreArgs, name: &str) -> anyhow::Result<ExitCode> {
    if name.trim().is_empty() {
        bail!("give the client a name");
    }
    let mut rng = rand::rng();
    let id: String = (&mut rng)
        .sample_iter(Alphanumeric)
        .take(10)
        .map(|c| char::from(c).to_ascii_lowercase())
        .collect();
    let secret: String = (&mut rng)
        .sample_iter(Alphanumeric)
        .take(40)
        .map(char::from)
        .collect();
    let digest = hex(&Sha256::digest(secret.as_bytes()));

    let store = args.open().await?;
    store
        .create_api_key(&id, name, &digest, Timestamp::now())
        .await?;
    store.close().await;
    println!("API key for '{name}' (shown only once; keep it secret):");
    println!("heard_{id}_{secret}");
    Ok(ExitCode::SUCCESS)
}

/// Revokes the API key with this name.
pub async fn revoke_api_key(args: &StoreArgs, name: &str) -> anyhow::Result<ExitCode> {
    let store = args.open().await?;
    store
        .revoke_api_key(name, Timestamp::now())
        .await
        .with_context(|| format!("no active API key is named '{name}'"))?;
    store.close().await;
    println!("revoked the API key '{name}'");
    Ok(ExitCode::SUCCESS)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
