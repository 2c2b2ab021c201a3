//! `heard import`: loads published 311 service requests. Each bad record is listed with its
//! reason and skipped; records already stored are skipped too, so a second run adds nothing.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use heard_domain::service_request::ServiceRequest;
use heard_domain::ward::WardMap;
use heard_storage::Store;
use indicatif::{ProgressBar, ProgressStyle};
use jiff::Timestamp;

use crate::cli::ImportArgs;

/// Records per transaction.
const BATCH: usize = 10_000;

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// New records stored.
    pub imported: u64,
    /// Records already stored, left as they were.
    pub skipped: u64,
    /// Records refused, each with a reason.
    pub rejected: u64,
}

/// Imports every file; a file that cannot be read at all is reported and the others go on.
pub async fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let wards = args.store.wards()?;
    let store = args.store.open().await?;
    store.migrate().await?;

    let mut total = Tally::default();
    let mut failed_files = 0;
    for path in &args.files {
        match import_file(&store, &wards, path, args.source.as_deref()).await {
            Ok(tally) => {
                total.imported += tally.imported;
                total.skipped += tally.skipped;
                total.rejected += tally.rejected;
            }
            Err(e) => {
                eprintln!("error: {}: {e:#}", path.display());
                failed_files += 1;
            }
        }
    }
    store.close().await;

    println!(
        "{} imported, {} skipped, {} rejected",
        total.imported, total.skipped, total.rejected
    );
    if failed_files > 0 {
        eprintln!(
            "{failed_files} file(s) could not be imported; fix them and run again (records already stored are skipped)"
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Imports one file and counts what happened to its records.
pub async fn import_file(
    store: &Store,
    wards: &WardMap,
    path: &Path,
    source: Option<&str>,
) -> anyhow::Result<Tally> {
    let bytes = std::fs::read(path).context("cannot read the file")?;
    let format = heard_import::detect(&bytes)?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("import");
    let source = source.map_or_else(|| heard_import::default_source(format, stem), str::to_owned);
    let records = heard_import::read(&bytes, format, &source)?;

    let (low, high) = records.size_hint();
    let progress = ProgressBar::new(high.unwrap_or(low) as u64).with_style(
        ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} ({per_sec})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    progress.set_message(stem.to_owned());

    let mut tally = Tally::default();
    let mut batch: Vec<ServiceRequest> = Vec::with_capacity(BATCH);
    for record in records {
        progress.inc(1);
        match record {
            Ok(mut request) => {
                locate(wards, &mut request);
                batch.push(request);
                if batch.len() == BATCH {
                    store_batch(store, &mut batch, &mut tally).await?;
                }
            }
            Err(rejection) => {
                tally.rejected += 1;
                progress.suspend(|| eprintln!("rejected: {stem}: {rejection}"));
            }
        }
    }
    store_batch(store, &mut batch, &mut tally).await?;
    progress.finish_and_clear();
    Ok(tally)
}

/// Adds the ward to a request that has a point but no ward of its own.
fn locate(wards: &WardMap, request: &mut ServiceRequest) {
    if request.ward.is_none()
        && let (Some(lat), Some(lon)) = (request.lat, request.lon)
    {
        request.ward = wards.locate(lat, lon).map(|w| w.code.clone());
    }
}

async fn store_batch(
    store: &Store,
    batch: &mut Vec<ServiceRequest>,
    tally: &mut Tally,
) -> anyhow::Result<()> {
    let inserted = store
        .insert_service_requests(batch, Timestamp::now())
        .await
        .context("cannot store the records")?;
    tally.imported += inserted;
    tally.skipped += batch.len() as u64 - inserted;
    batch.clear();
    Ok(())
}
