//! `khayt ingest`: articles in, events and incidents into the store.
//!
//! Articles are read like `khayt extract` reads them (JSON Lines, .txt, stdin) in batches;
//! a batch's articles already stored with the same content are skipped before they are
//! coded, the rest are coded in parallel and stored in input order in one transaction.
//! Input order matters: the merge is incremental, so storing in order makes a run that was
//! killed and rerun end exactly like a clean run.

use crate::input::{read_coded_inputs, read_inputs, BadRecord};
use khayt_coder::Article;
use khayt_lexicon::Lexicon;
use khayt_store::{ArticleInput, IngestOptions, MergeConfig, OpenMode, Outcome, Store};
use rayon::prelude::*;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Merge thresholds on the command line; unset values keep `MergeConfig::default()`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct MergeArgs {
    /// Days before its report that an event without a date in the text may have happened
    /// [default: 3].
    #[arg(long, value_name = "DAYS")]
    pub merge_window: Option<i64>,
    /// Days of tolerance between two event dates [default: 0].
    #[arg(long, value_name = "DAYS")]
    pub merge_slack: Option<i64>,
    /// Coarsest date precision merged across articles: day, week, month or year
    /// [default: month].
    #[arg(long, value_name = "PRECISION")]
    pub merge_coarsest: Option<String>,
    /// Require a shared place id; the same governorate (admin1) is not enough.
    #[arg(long)]
    pub merge_same_place: bool,
    /// Let an unlocated report merge with a located one.
    #[arg(long)]
    pub merge_unlocated: bool,
    /// A role left empty in one report does not match a named one in the other.
    #[arg(long)]
    pub merge_strict_roles: bool,
}

impl MergeArgs {
    pub fn config(&self) -> Result<MergeConfig, String> {
        let d = MergeConfig::default();
        let cfg = MergeConfig {
            article_window_days: self.merge_window.unwrap_or(d.article_window_days),
            date_slack_days: self.merge_slack.unwrap_or(d.date_slack_days),
            coarsest_precision: self.merge_coarsest.clone().unwrap_or(d.coarsest_precision),
            match_admin1: !self.merge_same_place,
            allow_unlocated: self.merge_unlocated,
            missing_role_matches: !self.merge_strict_roles,
        };
        cfg.validate()?;
        Ok(cfg)
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Input files: JSON Lines (one article a line) or .txt (one article each). Reads
    /// JSON Lines from stdin when none is given or for `-`.
    files: Vec<PathBuf>,
    /// The database: an SQLite file (created if absent), or a postgres:// URL (its
    /// tables created if absent).
    #[arg(long, default_value = "khayt.db")]
    db: String,
    /// Article date for .txt inputs (YYYY-MM-DD).
    #[arg(long)]
    date: Option<String>,
    /// Re-code and replace articles even when their content is unchanged (after a lexicon
    /// or coder update).
    #[arg(long)]
    force: bool,
    /// Worker threads for coding (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Articles per batch (one transaction each).
    #[arg(long, default_value_t = 512)]
    batch: usize,
    /// Print the summary as a JSON object on stdout.
    #[arg(long)]
    json: bool,
    /// The inputs are `khayt extract --bundle` lines (articles with their events, e.g. a
    /// Spark job's output): store those events as they are instead of coding the articles.
    #[arg(long, conflicts_with = "date")]
    coded: bool,
    #[command(flatten)]
    merge: MergeArgs,
}

/// An article and the events coded from it.
type Coded = (Article, Vec<khayt_coder::Event>);

/// An input article, with its events when they were coded elsewhere (`--coded`).
type Input = Result<(Article, Option<Vec<khayt_coder::Event>>), BadRecord>;

#[derive(Default)]
struct Tally {
    read: usize,
    stored: usize,
    replaced: usize,
    skipped: usize,
    events: usize,
    failed: Vec<String>,
}

struct Run<'a> {
    lex: &'a Lexicon,
    store: Box<dyn Store + Send>,
    opts: IngestOptions,
    batch: Vec<(String, usize, Input)>,
    batch_size: usize,
    tally: Tally,
    started: Instant,
    progress: bool,
}

impl Run<'_> {
    fn push(&mut self, origin: &str, line: usize, rec: Input) -> Result<(), String> {
        self.batch.push((origin.to_string(), line, rec));
        if self.batch.len() >= self.batch_size {
            self.flush()?;
        }
        Ok(())
    }

    fn fail(&mut self, e: &BadRecord) {
        if self.progress {
            // Clear the progress line so the report starts on a clean one.
            eprint!("\r\x1b[K");
        }
        eprintln!("khayt: {e}");
        let who =
            e.id.clone()
                .unwrap_or_else(|| format!("{}:{}", e.origin, e.line));
        self.tally.failed.push(who);
    }

    fn flush(&mut self) -> Result<(), String> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        self.tally.read += batch.len();
        let ids: Vec<&str> = batch
            .iter()
            .filter_map(|(_, _, r)| r.as_ref().ok().map(|(a, _)| a.id.as_str()))
            .collect();
        let stored = self.store.stored_hashes(&ids).map_err(|e| e.to_string())?;
        let force = self.opts.force;
        let lex = self.lex;
        // Code only what is new or changed: a rerun after a crash or a daily re-feed of
        // overlapping articles costs a hash per article, not an extraction.
        let coded: Vec<Result<Option<Coded>, BadRecord>> = batch
            .into_par_iter()
            .map(|(origin, line, rec)| {
                let (art, given) = rec?;
                if !force
                    && stored
                        .get(&art.id)
                        .is_some_and(|h| *h == khayt_store::content_hash(&art))
                {
                    return Ok(None);
                }
                if let Some(evs) = given {
                    return Ok(Some((art, evs)));
                }
                match khayt_coder::extract(lex, &art) {
                    Ok(evs) => Ok(Some((art, evs))),
                    Err(e) => Err(BadRecord::refused(origin, line, &art, e)),
                }
            })
            .collect();
        let mut articles = Vec::new();
        for r in coded {
            match r {
                Ok(Some(x)) => articles.push(x),
                Ok(None) => self.tally.skipped += 1,
                Err(e) => self.fail(&e),
            }
        }
        let (arts, events): (Vec<Article>, Vec<_>) = articles.into_iter().unzip();
        let inputs: Vec<ArticleInput<'_>> = arts
            .iter()
            .zip(events)
            .map(|(article, events)| ArticleInput { article, events })
            .collect();
        let report = self
            .store
            .ingest_batch(&inputs, &self.opts)
            .map_err(|e| e.to_string())?;
        for (id, outcome) in report.outcomes {
            match outcome {
                Outcome::Stored { events } => {
                    self.tally.stored += 1;
                    self.tally.events += events;
                }
                Outcome::Replaced { events } => {
                    self.tally.replaced += 1;
                    self.tally.events += events;
                }
                Outcome::Skipped => self.tally.skipped += 1,
                Outcome::Failed(reason) => self.fail(&BadRecord {
                    origin: "store".into(),
                    line: 0,
                    id: Some(id),
                    reason,
                }),
            }
        }
        if self.progress {
            let secs = self.started.elapsed().as_secs_f64().max(1e-6);
            eprint!(
                "\r\x1b[Kkhayt: {} articles ({:.0}/s), {} events, {} failed",
                self.tally.read,
                self.tally.read as f64 / secs,
                self.tally.events,
                self.tally.failed.len()
            );
            let _ = io::stderr().flush();
        }
        Ok(())
    }
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    crate::set_threads(args.threads)?;
    let merge = args.merge.config()?;
    let lex = crate::load_lexicon(overlays)?;
    let store = khayt_store::open(&args.db, OpenMode::Create).map_err(|e| e.to_string())?;
    let shown = khayt_store::redact_url(&args.db);
    let mut run = Run {
        lex: &lex,
        store,
        opts: IngestOptions {
            merge,
            force: args.force,
        },
        batch: Vec::new(),
        batch_size: args.batch.max(1),
        tally: Tally::default(),
        started: Instant::now(),
        progress: io::stderr().is_terminal(),
    };
    // A store error stops the run (the batch in flight is rolled back).
    let mut bad = Vec::new();
    let pushed = if args.coded {
        read_coded_inputs(
            &args.files,
            |origin, line, rec| run.push(origin, line, rec.map(|(a, evs)| (a, Some(evs)))),
            |b| bad.push(b),
        )?
    } else {
        read_inputs(
            &args.files,
            args.date.as_deref(),
            |origin, line, rec| run.push(origin, line, rec.map(|a| (a, None))),
            |b| bad.push(b),
        )?
    };
    for b in &bad {
        run.fail(b);
    }
    pushed?;
    run.flush()?;
    if run.progress {
        eprintln!();
    }
    let secs = run.started.elapsed().as_secs_f64();
    let totals = run.store.counts().map_err(|e| e.to_string())?;
    let t = &run.tally;
    let rate = t.read as f64 / secs.max(1e-6);
    if args.json {
        let v = serde_json::json!({
            "db": shown,
            "read": t.read,
            "stored": t.stored,
            "replaced": t.replaced,
            "skipped": t.skipped,
            "failed": t.failed.len(),
            "failed_ids": t.failed,
            "events": t.events,
            "seconds": secs,
            "articles_per_second": rate,
            "totals": totals,
        });
        println!("{v}");
    } else {
        eprintln!(
            "khayt: {} article(s) read in {:.1}s ({:.0}/s): {} stored, {} replaced, {} skipped, {} failed; {} event(s) coded",
            t.read,
            secs,
            rate,
            t.stored,
            t.replaced,
            t.skipped,
            t.failed.len(),
            t.events
        );
        eprintln!(
            "khayt: {}: {} articles, {} events ({} located), {} incidents ({} reported by 2+ articles)",
            shown,
            totals.articles,
            totals.events,
            totals.located_events,
            totals.incidents,
            totals.multi_article_incidents
        );
        if !t.failed.is_empty() {
            let shown: Vec<&str> = t.failed.iter().take(20).map(String::as_str).collect();
            let more = t.failed.len().saturating_sub(shown.len());
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            eprintln!("khayt: failed: {}{tail}", shown.join(", "));
        }
    }
    Ok(if t.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
