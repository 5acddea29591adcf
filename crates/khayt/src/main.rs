//! The khayt command line: extraction, the demo, lexicon tools and evaluation.

mod bench;
mod demo;
mod eval;
mod export;
mod extract;
mod ingest;
mod input;
mod lexicon_cmd;
mod query;
mod relations;
mod seed;
mod serve;
mod train;

use clap::{Parser, Subcommand};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "khayt",
    version,
    about = "Arabic conflict reporting to structured, sourced events"
)]
struct Cli {
    /// Overlay lexicon directory (same layout as data/); may be repeated.
    #[arg(long = "lexicon", global = true, value_name = "DIR")]
    lexicons: Vec<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events from articles (JSON Lines or .txt files, or JSON Lines on stdin).
    Extract(extract::Args),
    /// Extract events from a built-in example report and print them as a table.
    Demo {
        /// Print the events as JSON Lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Validate or count the lexicons.
    Lexicon {
        #[command(subcommand)]
        command: lexicon_cmd::Command,
    },
    /// Score extraction against a gold file in the format of the Arabic PLOVER gold set.
    Eval(eval::Args),
    /// Train the event filter on a gold file (the development split) with cross-validation.
    Train(train::Args),
    /// Measure end-to-end extraction throughput on one thread and peak memory.
    Bench(bench::Args),
    /// Extract events from articles and store them, merging reports of one happening
    /// into incidents (database: khayt.db unless --db).
    Ingest(ingest::Args),
    /// Stored events matching filters, as a table or JSON Lines.
    Query(query::Args),
    /// Incidents: each happening with every article, source and evidence span reporting it.
    Incidents(query::IncidentsArgs),
    /// An actor's relations over time: cooperation, hostility, affiliation.
    Relations(relations::Args),
    /// Territory transfers at a place: who handed it to whom, when, according to whom.
    Territory(relations::TerritoryArgs),
    /// Export the store as JSON Lines, ACLED-like CSV, GeoJSON or GraphML.
    Export(export::Args),
    /// Serve the JSON API and the web UI (map, timeline, relations, evidence).
    Serve(serve::Args),
}

fn main() -> ExitCode {
    // Like other Unix filters, end quietly when the reader of the output goes away
    // (`khayt demo | head`) rather than panic in println!.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(&cli.lexicons, args),
        Command::Demo { json } => demo::run(&cli.lexicons, json),
        Command::Lexicon { command } => lexicon_cmd::run(&cli.lexicons, command),
        Command::Eval(args) => eval::run(&cli.lexicons, args),
        Command::Train(args) => train::run(&cli.lexicons, args),
        Command::Bench(args) => bench::run(&cli.lexicons, args),
        Command::Ingest(args) => ingest::run(&cli.lexicons, args),
        Command::Query(args) => query::run(&cli.lexicons, args),
        Command::Incidents(args) => query::run_incidents(args),
        Command::Relations(args) => relations::run(&cli.lexicons, args),
        Command::Territory(args) => relations::run_territory(&cli.lexicons, args),
        Command::Export(args) => export::run(&cli.lexicons, args),
        Command::Serve(args) => serve::run(&cli.lexicons, args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("khayt: {e}");
            ExitCode::from(2)
        }
    }
}

/// Sizes the worker pool that codes articles (all cores when `None`).
pub fn set_threads(n: Option<usize>) -> Result<(), String> {
    match n {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| e.to_string()),
        None => Ok(()),
    }
}

/// Loads the shipped lexicons with the user's overlays, listing every error.
pub fn load_lexicon(overlays: &[PathBuf]) -> Result<khayt_lexicon::Lexicon, String> {
    khayt_lexicon::Lexicon::load(overlays).map_err(|errs| {
        let mut msg = format!("{} lexicon error(s):", errs.len());
        for e in errs.iter().take(50) {
            msg.push_str(&format!("\n  {e}"));
        }
        msg
    })
}
