//! `khayt bench`: end-to-end extraction throughput on one thread, and peak memory.
//!
//! Reads articles (JSON Lines with `id`, `text`, `date`: an article file or a gold file),
//! codes them all `--rounds` times on the calling thread, and reports MB of text per
//! second, articles per second and the process's peak resident memory (lexicons
//! included), so figures are comparable between machines and commits.

use khayt_coder::Article;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Articles to code (JSON Lines: id, text, date).
    file: PathBuf,
    /// How many times to code the whole file.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// Peak resident set size of this process in MiB (Linux; `None` elsewhere).
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    let t0 = Instant::now();
    let lex = crate::load_lexicon(overlays)?;
    let load_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let mut articles: Vec<Article> = Vec::new();
    let file =
        std::fs::File::open(&args.file).map_err(|e| format!("{}: {e}", args.file.display()))?;
    crate::input::for_each_jsonl(
        &args.file.display().to_string(),
        std::io::BufReader::new(file),
        |rec| {
            if let Ok(a) = rec {
                articles.push(a);
            }
        },
    )
    .map_err(|e| e.to_string())?;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut events = 0usize;
    let t = Instant::now();
    for _ in 0..args.rounds.max(1) {
        for a in &articles {
            events += khayt_coder::extract(&lex, a).map(|e| e.len()).unwrap_or(0);
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let rounds = args.rounds.max(1) as f64;
    let mb_s = bytes as f64 * rounds / secs / 1e6;
    let art_s = articles.len() as f64 * rounds / secs;
    let rss = peak_rss_mib();
    if args.json {
        let v = serde_json::json!({
            "articles": articles.len(), "bytes": bytes, "rounds": args.rounds, "seconds": secs,
            "mb_per_s": mb_s, "articles_per_s": art_s, "events_per_round": events as f64 / rounds,
            "lexicon_load_ms": load_ms, "peak_rss_mib": rss,
        });
        println!("{v}");
    } else {
        println!(
            "{} articles, {:.2} MB of text, {} rounds on one thread",
            articles.len(),
            bytes as f64 / 1e6,
            args.rounds
        );
        println!(
            "throughput: {mb_s:.2} MB/s, {art_s:.0} articles/s ({:.0} events per round)",
            events as f64 / rounds
        );
        println!("lexicon load: {load_ms:.0} ms");
        if let Some(r) = rss {
            println!("peak memory: {r:.1} MiB");
        }
    }
    Ok(ExitCode::SUCCESS)
}
