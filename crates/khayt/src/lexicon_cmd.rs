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
    /// Share of a gold file's annotated source and target texts that hold a recognized
    /// actor or agent mention.
    Coverage {
        #[arg(long)]
        gold: PathBuf,
        #[arg(long)]
        json: bool,
        /// List the texts with no mention.
        #[arg(long)]
        misses: bool,
    },
    /// Show the lexicon mentions found in a text (or stdin): span, entries, files.
    Find { text: Option<String> },
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
        Command::Coverage { gold, json, misses } => {
            let lex = crate::load_lexicon(overlays)?;
            let gold = crate::eval::read_gold(&gold)?;
            let mut res = serde_json::Map::new();
            for (role, field) in [
                ("source", "source_text_majority"),
                ("target", "target_text_majority"),
            ] {
                let (mut n, mut hit) = (0usize, 0usize);
                for g in &gold {
                    for ev in g["events"].as_array().into_iter().flatten() {
                        let Some(text) = ev[field].as_str().filter(|t| !t.trim().is_empty()) else {
                            continue;
                        };
                        if ev["gold"] != "span" || ev["detection_label"] != "yes" {
                            continue;
                        }
                        n += 1;
                        if has_actor_mention(&lex, text) {
                            hit += 1;
                        } else if misses {
                            eprintln!("{role} miss: {text}");
                        }
                    }
                }
                let share = if n == 0 { 0.0 } else { hit as f64 / n as f64 };
                res.insert(role.into(), serde_json::json!({"n": n, "covered": hit, "share": (share * 1000.0).round() / 1000.0}));
            }
            let v = serde_json::Value::Object(res);
            if json {
                println!("{v}");
            } else {
                for role in ["source", "target"] {
                    println!(
                        "{role}: {} of {} ({:.1}%)",
                        v[role]["covered"],
                        v[role]["n"],
                        v[role]["share"].as_f64().unwrap_or(0.0) * 100.0
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Find { text } => {
            let lex = crate::load_lexicon(overlays)?;
            let text = match text {
                Some(t) => t,
                None => std::io::read_to_string(std::io::stdin())
                    .map_err(|e| format!("<stdin>: {e}"))?,
            };
            let toks = khayt_text::tokenize(&text);
            let (ms, _) = lex.matcher.find(&text, &toks);
            for m in ms {
                let what: Vec<String> = lex
                    .matcher
                    .entries(m.key)
                    .iter()
                    .map(|e| match e {
                        khayt_lexicon::EntryRef::Actor(i) => {
                            format!("actor {} ({})", lex.actor(*i).id, lex.actor(*i).loc)
                        }
                        khayt_lexicon::EntryRef::ActorAdj(i) => {
                            format!("adjective of {}", lex.actor(*i).id)
                        }
                        khayt_lexicon::EntryRef::Agent(i) => {
                            format!("agent {} {}", lex.agent(*i).id, lex.agent(*i).sector)
                        }
                        khayt_lexicon::EntryRef::Place(i) => {
                            format!("place {} ({})", lex.place(*i).id, lex.place(*i).kind)
                        }
                        khayt_lexicon::EntryRef::Trigger(i, f) => format!(
                            "trigger {} {:?} ({})",
                            lex.trigger(*i).id,
                            f,
                            lex.trigger(*i).loc
                        ),
                    })
                    .collect();
                println!(
                    "{}..{}\t{}\t{}",
                    m.start,
                    m.end,
                    &text[m.start..m.end],
                    what.join("; ")
                );
            }
            Ok(ExitCode::SUCCESS)
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

/// Whether `text` holds a mention of an actor, an actor's adjective or an agent.
pub fn has_actor_mention(lex: &Lexicon, text: &str) -> bool {
    use khayt_lexicon::EntryRef;
    let toks = khayt_text::tokenize(text);
    let (ms, _) = lex.matcher.find(text, &toks);
    ms.iter().any(|m| {
        lex.matcher.entries(m.key).iter().any(|e| {
            matches!(
                e,
                EntryRef::Actor(_) | EntryRef::ActorAdj(_) | EntryRef::Agent(_)
            )
        })
    })
}
