//! The command line. Every setting is also an environment variable (shown in `--help`), and
//! any of them may be put in a settings file named by `--config` or `HEARD_CONFIG`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Heard: complaints and compliments about a city's services.
#[derive(Debug, Parser)]
#[command(name = "heard", version, about)]
pub struct Cli {
    /// A settings file of `NAME=value` lines; variables already set win over it.
    #[arg(long, env = "HEARD_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Logging.
    #[command(flatten)]
    pub log: LogArgs,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// How logs are written.
#[derive(Debug, Clone, Args)]
pub struct LogArgs {
    /// `pretty` for people, `json` for log collectors.
    #[arg(
        long,
        env = "HEARD_LOG_FORMAT",
        global = true,
        default_value = "pretty"
    )]
    pub log_format: LogFormat,
}

/// Log formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Where the data lives and what the City looks like.
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// The database: `sqlite://path/heard.db` or `postgres://user@host/db`.
    /// Default: a SQLite file `heard.db` in the data directory.
    #[arg(long, env = "HEARD_DATABASE_URL", global = true)]
    pub database_url: Option<String>,

    /// The folder for the SQLite database and stored files.
    #[arg(long, env = "HEARD_DATA_DIR", global = true, default_value = "data")]
    pub data_dir: PathBuf,

    /// The most database connections this node opens.
    #[arg(
        long,
        env = "HEARD_DB_MAX_CONNECTIONS",
        global = true,
        default_value_t = 8
    )]
    pub db_max_connections: u32,

    /// When a SQLite commit counts as done: `full` (flushed to disk; survives power loss) or
    /// `normal` (survives a crash of the process, about twice as fast).
    #[arg(
        long,
        env = "HEARD_SQLITE_SYNCHRONOUS",
        global = true,
        default_value = "full"
    )]
    pub sqlite_synchronous: SqliteSynchronous,

    /// A divisions file (TOML) to use instead of the shipped one.
    #[arg(long, env = "HEARD_DIVISIONS_FILE", global = true)]
    pub divisions_file: Option<PathBuf>,

    /// A routing file (TOML): the words that lead the chatbot to a kind and a category. It
    /// must name categories of the divisions file. Default: the shipped `config/routing.toml`.
    #[arg(long, env = "HEARD_ROUTING_FILE", global = true)]
    pub routing_file: Option<PathBuf>,

    /// A business calendar file (TOML): `extra_closures` and `working_days_override` (lists
    /// of dates), `opens` and `closes` (times). Ontario's holidays apply by their rules.
    #[arg(long, env = "HEARD_CALENDAR_FILE", global = true)]
    pub calendar_file: Option<PathBuf>,

    /// A ward boundaries file (GeoJSON) to use instead of Toronto's 25 wards.
    #[arg(long, env = "HEARD_WARDS_FILE", global = true)]
    pub wards_file: Option<PathBuf>,

    /// The feature property that holds a ward's code in the boundaries file.
    #[arg(
        long,
        env = "HEARD_WARD_CODE_PROPERTY",
        global = true,
        default_value = "AREA_SHORT_CODE"
    )]
    pub ward_code_property: String,

    /// The feature property that holds a ward's name in the boundaries file.
    #[arg(
        long,
        env = "HEARD_WARD_NAME_PROPERTY",
        global = true,
        default_value = "AREA_NAME"
    )]
    pub ward_name_property: String,
}

/// SQLite's `synchronous` setting.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SqliteSynchronous {
    /// Flush every commit to disk.
    Full,
    /// Flush at checkpoints.
    Normal,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the HTTP server, and the notification worker beside it.
    Serve(ServeArgs),
    /// Runs only the notification worker: sends the e-mails and text messages of the outbox.
    Worker(WorkerArgs),
    /// Brings the database schema up to date.
    Migrate(StoreOnly),
    /// Loads published 311 service requests (Open311 GeoReport v2 JSON, the LA MyLA311 CSV).
    Import(ImportArgs),
    /// Manages staff accounts.
    User {
        /// What to do with staff accounts.
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manages API keys for Open311 and API clients.
    ApiKey {
        /// What to do with API keys.
        #[command(subcommand)]
        command: ApiKeyCommand,
    },
    /// Writes a consistent copy of the SQLite database to FILE while Heard runs.
    Backup {
        /// Where the data lives.
        #[command(flatten)]
        store: StoreArgs,
        /// The backup file to write; it must not exist.
        file: PathBuf,
    },
    /// Lists every message and name missing in each public language; fails if one is.
    Translations(TranslationsArgs),
    /// Routes the free text of published requests and prints the share that goes to the
    /// division and category the City gave them.
    RouteCheck(RouteCheckArgs),
}

/// `heard route-check`.
#[derive(Debug, Args)]
pub struct RouteCheckArgs {
    /// An Open311 GeoReport v2 `requests.json` file; requests without a description are skipped.
    #[arg(
        long,
        default_value = "../shared/data/toronto/toronto_open311_requests_2018.json"
    )]
    pub requests: PathBuf,

    /// The divisions file; the routing cues come from HEARD_ROUTING_FILE or the shipped ones.
    #[command(flatten)]
    pub store: StoreArgs,

    /// Also list each request routed elsewhere: its service and the category proposed.
    #[arg(long)]
    pub misses: bool,
}

/// `heard translations`.
#[derive(Debug, Args)]
pub struct TranslationsArgs {
    /// The folder of message files, one folder per language tag.
    #[arg(long, default_value = "locales")]
    pub locales: PathBuf,

    /// The divisions file; the names in other languages are in `translations/` beside it.
    #[arg(long, default_value = "config/divisions.toml")]
    pub divisions: PathBuf,
}

/// Arguments of commands that need only the store.
#[derive(Debug, Args)]
pub struct StoreOnly {
    /// Where the data lives.
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `heard serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Where the data lives.
    #[command(flatten)]
    pub store: StoreArgs,

    /// The address to listen on.
    #[arg(long, env = "HEARD_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// The address residents use to reach Heard, for links in messages.
    /// Default: `http://` followed by the listening address.
    #[arg(long, env = "HEARD_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Apply database migrations before serving.
    #[arg(long, env = "HEARD_MIGRATE_ON_START", default_value_t = true, action = clap::ArgAction::Set)]
    pub migrate: bool,

    /// New cases one client address may send per minute (half of them at once).
    #[arg(long, env = "HEARD_RATE_SUBMISSIONS_PER_MINUTE", default_value_t = 20)]
    pub rate_submissions_per_minute: u32,

    /// Tracking-number lookups one client address may make per minute (half of them at once).
    #[arg(long, env = "HEARD_RATE_LOOKUPS_PER_MINUTE", default_value_t = 120)]
    pub rate_lookups_per_minute: u32,

    /// Staff sign-in attempts one client address may make per minute (half of them at once),
    /// besides the lock-out of an account after five failures in a row.
    #[arg(long, env = "HEARD_RATE_SIGN_INS_PER_MINUTE", default_value_t = 20)]
    pub rate_sign_ins_per_minute: u32,

    /// New cases one API key may send per minute (half of them at once).
    #[arg(
        long,
        env = "HEARD_RATE_KEY_SUBMISSIONS_PER_MINUTE",
        default_value_t = 600
    )]
    pub rate_key_submissions_per_minute: u32,

    /// Lookups one API key may make per minute (half of them at once).
    #[arg(
        long,
        env = "HEARD_RATE_KEY_LOOKUPS_PER_MINUTE",
        default_value_t = 3600
    )]
    pub rate_key_lookups_per_minute: u32,

    /// Web origins whose pages may call the API and Open311 from a browser (CORS), comma
    /// separated, such as `https://app.toronto.ca`. None by default.
    #[arg(long, env = "HEARD_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,

    /// Addresses of reverse proxies whose `X-Forwarded-For` header names the client,
    /// comma separated.
    #[arg(long, env = "HEARD_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Add demonstration cases when the database has none.
    #[arg(long)]
    pub demo: bool,

    /// Run as a training sandbox: every case is a practice case that notifies nobody and that
    /// no report or open data counts, every page says so, and practice cases are made from
    /// the published 311 records of `--training-records` (or the demonstration cases). Point
    /// it at its own database.
    #[arg(long)]
    pub training: bool,

    /// Published 311 service requests (Open311 GeoReport v2 JSON or the LA MyLA311 CSV) to
    /// make the sandbox's practice cases from.
    #[arg(long, env = "HEARD_TRAINING_RECORDS", value_name = "FILE")]
    pub training_records: Option<PathBuf>,

    /// How notifications leave Heard.
    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

/// `heard worker`.
#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// Where the data lives.
    #[command(flatten)]
    pub store: StoreArgs,

    /// How notifications leave Heard.
    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

/// The mail server and the SMS provider. A channel left unset is off: its messages wait.
#[derive(Debug, Clone, Args)]
pub struct DeliveryArgs {
    /// The mail server: `smtp://host:port` (no TLS), `smtp://host?tls=required` (STARTTLS) or
    /// `smtps://user:password@host` (TLS). Unset: e-mail is off and e-mails wait.
    #[arg(long, env = "HEARD_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// The sender of e-mails, for example `City of Toronto <noreply@toronto.ca>`.
    #[arg(long, env = "HEARD_MAIL_FROM")]
    pub mail_from: Option<String>,

    /// The SMS provider's API, for example `https://api.twilio.com/2010-04-01`. Unset: SMS is
    /// off and text messages wait.
    #[arg(long, env = "HEARD_SMS_BASE_URL")]
    pub sms_base_url: Option<String>,

    /// The SMS provider account.
    #[arg(long, env = "HEARD_SMS_ACCOUNT")]
    pub sms_account: Option<String>,

    /// The SMS provider token.
    #[arg(long, env = "HEARD_SMS_TOKEN", hide_env_values = true)]
    pub sms_token: Option<String>,

    /// The number text messages come from, in E.164 form (`+14165550000`).
    #[arg(long, env = "HEARD_SMS_FROM")]
    pub sms_from: Option<String>,

    /// How long a node holds the messages it took to send. Should a node die mid-send, another
    /// (or the node, restarted) sends them once this has passed; it must exceed the time a
    /// batch of 16 messages can take (4 at a time, each up to 30 s).
    #[arg(long, env = "HEARD_NOTIFY_LEASE_SECONDS", default_value_t = 600, value_parser = clap::value_parser!(u64).range(1..))]
    pub notify_lease_seconds: u64,
}

/// `heard import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Where the data lives.
    #[command(flatten)]
    pub store: StoreArgs,

    /// The files to import.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    /// The name of the source the records come from (default: from the file name).
    #[arg(long)]
    pub source: Option<String>,
}

/// `heard user …`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Creates a staff account; the password is read from standard input.
    Create {
        /// Where the data lives.
        #[command(flatten)]
        store: StoreArgs,
        /// The sign-in name.
        username: String,
        /// The role: agent, division_staff, division_supervisor, escalation_reviewer,
        /// analyst or administrator.
        #[arg(long)]
        role: String,
        /// The division, for division staff and supervisors.
        #[arg(long)]
        division: Option<String>,
        /// The name colleagues see (default: the user name).
        #[arg(long)]
        name: Option<String>,
    },
}

/// `heard api-key …`.
#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Creates a key and prints it as the last line; it is shown only once.
    Create {
        /// Where the data lives.
        #[command(flatten)]
        store: StoreArgs,
        /// The client's name.
        name: String,
    },
    /// Revokes the key with this name.
    Revoke {
        /// Where the data lives.
        #[command(flatten)]
        store: StoreArgs,
        /// The client's name.
        name: String,
    },
}
