//! `heard translations`: how complete each public language is, message by message and name by
//! name. CI runs it, so a text added in English without its translations fails the build.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use heard_domain::Directory;
use heard_domain::i18n::{Sources, coverage};

use crate::cli::TranslationsArgs;
use crate::config::add_translations;

/// Prints one line per language, then what each lacks; fails when anything is missing.
pub fn check(args: &TranslationsArgs) -> anyhow::Result<ExitCode> {
    let report = coverage(|tag| read_messages(&args.locales.join(tag)));
    anyhow::ensure!(
        report.total > 0,
        "no English messages in {}: give --locales the folder that holds en/",
        args.locales.display()
    );
    let directory = load_directory(&args.divisions)?;
    let names_total = directory.untranslated("").len();

    let mut complete = true;
    println!("English: {} messages, {names_total} names", report.total);
    for lang in &report.languages {
        let missing_names = directory.untranslated(&lang.tag);
        let present_names = names_total - missing_names.len();
        println!(
            "{:<8} messages {:>4}/{} ({:.1}%)   names {:>4}/{} ({:.1}%)",
            lang.tag,
            lang.present,
            report.total,
            percent(lang.present, report.total),
            present_names,
            names_total,
            percent(present_names, names_total),
        );
        let problems = lang
            .missing
            .iter()
            .map(|id| format!("missing message {id}"))
            .chain(
                lang.unknown_values
                    .iter()
                    .map(|v| format!("unknown value in {v}")),
            )
            .chain(lang.unreadable.iter().map(|u| format!("unreadable: {u}")))
            .chain(
                missing_names
                    .iter()
                    .map(|code| format!("missing name {code}")),
            );
        for problem in problems {
            complete = false;
            println!("         {problem}");
        }
    }

    if complete {
        println!("every language is complete");
        Ok(ExitCode::SUCCESS)
    } else {
        println!("some texts are missing: add them to the files named above");
        Ok(ExitCode::FAILURE)
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        // Counts of messages are small enough to be exact in an f64.
        part as f64 * 100.0 / whole as f64
    }
}

/// The `.ftl` files of one language's folder; none if the folder does not exist.
fn read_messages(folder: &Path) -> Sources {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Sources = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            Some((path.display().to_string(), text))
        })
        .collect();
    files.sort();
    files
}

/// The divisions file with the names of every language that has a file beside it.
fn load_directory(path: &Path) -> anyhow::Result<Directory> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the divisions file {}", path.display()))?;
    let mut directory =
        Directory::from_toml(&text).with_context(|| format!("in {}", path.display()))?;
    add_translations(&mut directory, path)?;
    Ok(directory)
}
