//! Loading what the commands need from their settings: the settings file, the store, the
//! divisions directory and the ward boundaries. Each error names the setting to fix.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use heard_domain::Directory;
use heard_domain::calendar::{BusinessCalendar, CalendarConfig};
use heard_domain::routing::Routing;
use heard_domain::ward::WardMap;
use heard_storage::{SqliteSync, Store, StoreOptions};

use crate::cli::{SqliteSynchronous, StoreArgs};

/// Toronto's 25 ward boundaries, shipped with Heard.
const TORONTO_WARDS: &str = include_str!("../../../config/toronto_wards.geojson");

/// Reads the settings file named by `--config FILE` or `HEARD_CONFIG`, if any, into the
/// environment. Variables that are already set keep their values. Must run before any thread
/// starts.
pub fn load_settings_file() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut path = std::env::var_os("HEARD_CONFIG").map(PathBuf::from);
    while let Some(arg) = args.next() {
        if arg == "--config" {
            path = args.next().map(PathBuf::from);
        } else if let Some(value) = arg.strip_prefix("--config=") {
            path = Some(PathBuf::from(value));
        }
    }

    if let Some(path) = path {
        dotenvy::from_path(&path)
            .with_context(|| format!("cannot read the settings file {}", path.display()))?;
    }
    Ok(())
}

impl StoreArgs {
    /// The database URL: the one given, or a SQLite file in the data directory.
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("heard.db").display()))
    }

    /// Opens the store.
    pub async fn open(&self) -> anyhow::Result<Store> {
        let options = StoreOptions {
            max_connections: self.db_max_connections,
            sqlite_sync: match self.sqlite_synchronous {
                SqliteSynchronous::Full => SqliteSync::Full,
                SqliteSynchronous::Normal => SqliteSync::Normal,
            },
            ..StoreOptions::default()
        };
        Store::connect(&self.database_url(), &options)
            .await
            .context("cannot open the database (check HEARD_DATABASE_URL)")
    }

    /// The divisions directory: the file given, or the shipped one.
    pub fn directory(&self) -> anyhow::Result<Arc<Directory>> {
        let directory = match &self.divisions_file {
            None => Directory::default_toronto(),
            Some(path) => {
                let text = std::fs::read_to_string(path).with_context(|| {
                    format!("cannot read HEARD_DIVISIONS_FILE {}", path.display())
                })?;
                let mut directory = Directory::from_toml(&text)
                    .with_context(|| format!("in HEARD_DIVISIONS_FILE {}", path.display()))?;
                add_translations(&mut directory, path)?;
                directory
            }
        };
        Ok(Arc::new(directory))
    }

    /// The business calendar: Ontario's holidays, with the closures, working days and hours of
    /// the file given.
    pub fn calendar(&self) -> anyhow::Result<Arc<BusinessCalendar>> {
        let config = match &self.calendar_file {
            None => CalendarConfig::default(),
            Some(path) => {
                let text = std::fs::read_to_string(path).with_context(|| {
                    format!("cannot read HEARD_CALENDAR_FILE {}", path.display())
                })?;
                toml::from_str(&text)
                    .with_context(|| format!("in HEARD_CALENDAR_FILE {}", path.display()))?
            }
        };
        let calendar = BusinessCalendar::from_config(&config)
            .with_context(|| "the business calendar is not valid (HEARD_CALENDAR_FILE)")?;
        Ok(Arc::new(calendar))
    }

    /// The chatbot's routing cues: the file given, or the shipped ones, checked against
    /// `directory`.
    pub fn routing(&self, directory: &Directory) -> anyhow::Result<Arc<Routing>> {
        let routing = match &self.routing_file {
            None => Routing::default_toronto(directory)
                .context("the shipped routing file does not fit HEARD_DIVISIONS_FILE")?,
            Some(path) => {
                let text = std::fs::read_to_string(path).with_context(|| {
                    format!("cannot read HEARD_ROUTING_FILE {}", path.display())
                })?;
                Routing::from_toml(&text, directory)
                    .with_context(|| format!("in HEARD_ROUTING_FILE {}", path.display()))?
            }
        };
        Ok(Arc::new(routing))
    }

    /// The ward boundaries: the file given, or Toronto's.
    pub fn wards(&self) -> anyhow::Result<Arc<WardMap>> {
        let text = match &self.wards_file {
            None => TORONTO_WARDS.to_owned(),
            Some(path) => std::fs::read_to_string(path)
                .with_context(|| format!("cannot read HEARD_WARDS_FILE {}", path.display()))?,
        };
        let map = WardMap::from_geojson(&text, &self.ward_code_property, &self.ward_name_property)
            .context("in the ward boundaries (HEARD_WARDS_FILE)")?;
        Ok(Arc::new(map))
    }
}

/// Adds the names in other languages from `translations/<tag>.toml` beside the divisions file,
/// for each public language that has such a file.
pub fn add_translations(
    directory: &mut Directory,
    divisions_file: &std::path::Path,
) -> anyhow::Result<()> {
    let folder = divisions_file
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join("translations");
    for locale in heard_domain::i18n::Locale::all() {
        let path = folder.join(format!("{}.toml", locale.tag()));
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        directory
            .add_translation(locale.tag(), &text)
            .with_context(|| format!("in {}", path.display()))?;
    }
    Ok(())
}
