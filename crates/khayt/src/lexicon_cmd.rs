//! `khayt lexicon check|stats`.

use khayt_lexicon::{check, read_sources, Lexicon, Source};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Validate lexicon files: the shipped ones, or DIR alone when given (plus --lexicon overlays).
    Check {
        dir: Option<PathBuf>,
        /// Also list warnings (forms shared with converted entries, places sharing names).
        #[arg(long)]
        warnings: bool,
    },
    /// Print counts per kind.
    Stats {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(overlays: &[PathBuf], cmd: Command) -> Result<ExitCode, String> {
    match cmd {
        Command::Check { dir, warnings } => {
            let mut sources: Vec<Source> = match dir {
                Some(d) => vec![Source::Dir(d)],
                None => vec![Source::Builtin],
            };
            sources.extend(overlays.iter().cloned().map(Source::Dir));
            let (entries, mut errors) = read_sources(&sources);
            let (more, warns) = check(&entries);
            errors.extend(more);
            for e in &errors {
                println!("error: {e}");
            }
            if warnings {
                for w in &warns {
                    println!("warning: {w}");
                }
            }
            println!(
                "{} error(s), {} warning(s); {} actors, {} agents, {} places, {} triggers",
                errors.len(),
                warns.len(),
                entries.actors.len(),
                entries.agents.len(),
                entries.places.len(),
                entries.triggers.len()
            );
            Ok(if errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Stats { json } => {
            let lex: Lexicon = crate::load_lexicon(overlays)?;
            let s = lex.stats();
            if json {
                let v = serde_json::json!({
                    "actors_curated": s.actors_curated,
                    "actors_converted": s.actors_converted,
                    "agents": s.agents,
                    "places": s.places,
                    "triggers": s.triggers,
                    "trigger_forms": s.trigger_forms,
                    "matcher_keys": s.keys,
                });
                println!("{v}");
            } else {
                println!("actors (curated)    {}", s.actors_curated);
                println!("actors (converted)  {}", s.actors_converted);
                println!("agents              {}", s.agents);
                println!("places              {}", s.places);
                println!("triggers            {}", s.triggers);
                println!("trigger forms       {}", s.trigger_forms);
                println!("matcher keys        {}", s.keys);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
