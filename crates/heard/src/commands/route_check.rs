//! `heard route-check`: routes the free text of published requests with the chatbot's rules
//! and prints how many reach the division and category the City gave them.

use std::process::ExitCode;

use anyhow::Context;
use heard_domain::routing::{Intent, SourceRecord};

use crate::cli::RouteCheckArgs;

/// Prints the shares; never prints a resident's words (published data still holds addresses).
pub fn run(args: &RouteCheckArgs) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.requests)
        .with_context(|| format!("cannot read {}", args.requests.display()))?;
    let records = SourceRecord::from_open311_json(&text)
        .with_context(|| format!("{} is not Open311 JSON", args.requests.display()))?;
    let directory = args.store.directory()?;
    let routing = args.store.routing(&directory)?;

    let check = routing.check(&directory, &records);
    let total = check.total();
    let share = |n: usize| heard_domain::routing::percent(n, total);
    println!("{total} requests with a description");
    println!(
        "division and category as the City's: {} of {total} ({:.1}%)",
        check.exact(),
        check.exact_percent()
    );
    println!(
        "  of which by hints alone (no keyword): {}",
        check.exact_by_hints()
    );
    println!(
        "division as the City's:               {} of {total} ({:.1}%)",
        check.same_division(),
        share(check.same_division())
    );
    println!(
        "no category proposed:                 {} of {total} ({:.1}%)",
        check.unrouted(),
        share(check.unrouted())
    );
    println!(
        "always answering the commonest service would give {:.1}%",
        check.majority_percent()
    );
    let intents = [
        Intent::ServiceRequest,
        Intent::Complaint,
        Intent::Compliment,
        Intent::Comment,
    ]
    .map(|i| format!("{} {}", i.code(), check.with_intent(i)));
    println!("read as: {}", intents.join(", "));
    println!("by the City's service:");
    for ((code, name), (count, exact)) in check.by_service() {
        println!("  {code:<11} {name:<32} {exact:>4} of {count:<4}");
    }

    if args.misses {
        println!("routed elsewhere (City's service -> category proposed):");
        for r in check.records.iter().filter(|r| !r.category_matches()) {
            let proposed = r.proposed.as_deref().unwrap_or("none");
            let name = r
                .proposed
                .as_deref()
                .and_then(|c| directory.place(c))
                .map_or("", |p| p.category.name.as_str());
            println!("  {:<11} -> {proposed} {name}", r.service.0);
        }
    }
    Ok(ExitCode::SUCCESS)
}
