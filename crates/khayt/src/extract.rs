//! `khayt extract`: articles in, events out, one JSON object a line.
//!
//! Input is streamed in batches so memory stays bounded whatever the input size; each
//! batch is coded in parallel and written in input order. A bad record is reported on
//! stderr with where it was and the run goes on; the exit code says whether any failed.

use crate::input::{read_inputs, BadRecord, Record};
use khayt_lexicon::Lexicon;
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Input files: JSON Lines (one article a line) or .txt (one article each). Reads
    /// JSON Lines from stdin when none is given or for `-`.
    files: Vec<PathBuf>,
    /// Article date for .txt inputs (YYYY-MM-DD).
    #[arg(long)]
    date: Option<String>,
    /// Write events to this file instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Report bad records on stderr as JSON objects instead of text.
    #[arg(long)]
    errors_json: bool,
    /// Write every candidate the reader found, without the event filter (to study or
    /// re-filter them).
    #[arg(long)]
    all_candidates: bool,
    /// Like --all-candidates, with each candidate's filter features and score.
    #[arg(long)]
    explain: bool,
    /// Write one line per article instead of one per event: the article with its events
    /// in an `events` field. `khayt ingest --coded` stores these without coding again
    /// (the hand-over from a Spark job to the store).
    #[arg(long, conflicts_with = "explain")]
    bundle: bool,
}

const BATCH: usize = 512;

struct Run<'a> {
    lex: &'a Lexicon,
    out: Box<dyn Write + 'a>,
    /// Records with their file and line, so that an article refused while being coded is
    /// named by line as well as by id.
    batch: Vec<(String, usize, Record)>,
    failures: usize,
    articles: usize,
    events: usize,
    errors_json: bool,
    filter: khayt_coder::filter::Filter,
    explain: bool,
    bundle: bool,
}

impl Run<'_> {
    fn push(&mut self, origin: &str, line: usize, rec: Record) -> io::Result<()> {
        self.batch.push((origin.to_string(), line, rec));
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn report(&mut self, e: &BadRecord) {
        self.failures += 1;
        if self.errors_json {
            let v = serde_json::json!({"error": e.reason, "file": e.origin, "line": e.line, "id": e.id});
            eprintln!("{v}");
        } else {
            eprintln!("khayt: {e}");
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        let lex = self.lex;
        let filter = &self.filter;
        let explain = self.explain;
        let bundle = self.bundle;
        let shipped = khayt_coder::filter::Filter::shipped();
        let shipped = &shipped;
        let batch = std::mem::take(&mut self.batch);
        let results: Vec<_> = batch
            .into_par_iter()
            .map(|(origin, line, rec)| {
                let art = rec?;
                let coded = if explain {
                    // every candidate, with the features the filter reads and its verdict
                    khayt_coder::candidates(lex, &art)
                        .map(|cs| {
                            let scores = khayt_coder::sentence_scores(shipped, &cs);
                            cs.iter()
                                .zip(scores)
                                .filter_map(|(c, score)| {
                                    let mut v = serde_json::to_value(&c.event).ok()?;
                                    v["features"] = serde_json::json!(c.features);
                                    // the score of the sentence's pooled candidates of this
                                    // category: what the filter decides on
                                    v["filter_score"] = serde_json::json!(score);
                                    serde_json::to_string(&v).ok()
                                })
                                .collect::<Vec<String>>()
                        })
                        .map(|lines| (lines.len(), lines))
                } else {
                    khayt_coder::extract_with(lex, filter, &art).map(|evs| {
                        let lines: Vec<String> = if bundle {
                            // the article itself, its events in an `events` field
                            let mut v = serde_json::to_value(&art).unwrap_or_default();
                            v["events"] = serde_json::to_value(&evs).unwrap_or_default();
                            serde_json::to_string(&v).into_iter().collect()
                        } else {
                            evs.iter()
                                .filter_map(|e| serde_json::to_string(e).ok())
                                .collect()
                        };
                        (evs.len(), lines)
                    })
                };
                coded.map_err(|e| BadRecord::refused(origin, line, &art, e))
            })
            .collect();
        for r in results {
            match r {
                Ok((events, lines)) => {
                    self.articles += 1;
                    self.events += events;
                    for l in lines {
                        self.out.write_all(l.as_bytes())?;
                        self.out.write_all(b"\n")?;
                    }
                }
                Err(e) => self.report(&e),
            }
        }
        Ok(())
    }
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    crate::set_threads(args.threads)?;
    let lex = crate::load_lexicon(overlays)?;
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).map_err(|e| format!("{}: {e}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let filter = if args.all_candidates {
        khayt_coder::filter::Filter::everything()
    } else {
        khayt_coder::filter::Filter::shipped()
    };
    let mut run = Run {
        lex: &lex,
        out,
        batch: Vec::new(),
        failures: 0,
        articles: 0,
        events: 0,
        errors_json: args.errors_json,
        filter,
        explain: args.explain,
        bundle: args.bundle,
    };
    let io_err = |e: io::Error| format!("writing events: {e}");
    let mut bad = Vec::new();
    let pushed = read_inputs(
        &args.files,
        args.date.as_deref(),
        |origin, line, rec| run.push(origin, line, rec),
        |b| bad.push(b),
    )?;
    for b in &bad {
        run.report(b);
    }
    pushed.map_err(io_err)?;
    run.flush().map_err(io_err)?;
    run.out.flush().map_err(io_err)?;
    if run.failures > 0 {
        eprintln!(
            "khayt: {} article(s) coded, {} event(s), {} failed",
            run.articles, run.events, run.failures
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
