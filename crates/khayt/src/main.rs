//! The khayt command line: extraction, the demo, lexicon tools and evaluation.

mod bench;
mod demo;
mod eval;
mod extract;
mod input;
mod lexicon_cmd;
mod seed;
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(&cli.lexicons, args),
        Command::Demo { json } => demo::run(&cli.lexicons, json),
        Command::Lexicon { command } => lexicon_cmd::run(&cli.lexicons, command),
        Command::Eval(args) => eval::run(&cli.lexicons, args),
        Command::Train(args) => train::run(&cli.lexicons, args),
        Command::Bench(args) => bench::run(&cli.lexicons, args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("khayt: {e}");
            ExitCode::from(2)
        }
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
