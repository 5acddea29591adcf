//! `khayt demo`: codes a short report written for the project and prints a table.

use khayt_coder::{Article, Event};
use std::path::PathBuf;
use std::process::ExitCode;

/// The built-in example: an invented report in the style of Syrian and Iraqi news.
pub const DEMO: &str = include_str!("../assets/demo.jsonl");

pub fn demo_articles() -> Vec<Article> {
    DEMO.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn cell(s: &str, width: usize) -> String {
    let mut out: String = s.chars().take(width).collect();
    let n = out.chars().count();
    if s.chars().count() > width {
        out.pop();
        out.push('…');
    }
    out.push_str(&" ".repeat(width.saturating_sub(n)));
    out
}

pub fn table(events: &[Event], text: &str) -> String {
    let mut out = String::new();
    let header = format!(
        "{} {} {} {} {} {}\n",
        cell("category", 18),
        cell("actor → recipient", 44),
        cell("place", 22),
        cell("date", 18),
        cell("factuality", 12),
        "evidence"
    );
    out.push_str(&header);
    out.push_str(&"-".repeat(140));
    out.push('\n');
    for e in events {
        let cat = match &e.mode {
            Some(m) => format!("{}/{m}", e.category),
            None => e.category.clone(),
        };
        let who = |x: &Option<khayt_coder::Entity>| {
            x.as_ref().map_or("—".to_string(), |a| a.text.clone())
        };
        let roles = format!("{} → {}", who(&e.actor), who(&e.recipient));
        let place = e
            .locations
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("، ");
        let date = format!("{} ({})", e.date.value, e.date.precision);
        let fact = if e.attribution.is_some() {
            format!("{} *", e.factuality)
        } else {
            e.factuality.clone()
        };
        let (s, t0, t1) = (
            e.evidence.start,
            e.evidence.trigger_start,
            e.evidence.trigger_end,
        );
        let lo = text[..t0]
            .char_indices()
            .rev()
            .nth(30)
            .map_or(s, |(i, _)| i.max(s));
        let hi = text[t1..]
            .char_indices()
            .nth(40)
            .map_or(e.evidence.end, |(i, _)| (t1 + i).min(e.evidence.end));
        let snippet =
            format!("…{}[{}]{}…", &text[lo..t0], &text[t0..t1], &text[t1..hi]).replace('\n', " ");
        out.push_str(&format!(
            "{} {} {} {} {} {}\n",
            cell(&cat, 18),
            cell(&roles, 44),
            cell(if place.is_empty() { "—" } else { &place }, 22),
            cell(&date, 18),
            cell(&fact, 12),
            snippet
        ));
    }
    out.push_str("(* = attributed to a source in the text)\n");
    out
}

pub fn run(overlays: &[PathBuf], json: bool) -> Result<ExitCode, String> {
    let lex = crate::load_lexicon(overlays)?;
    for art in demo_articles() {
        let events = khayt_coder::extract(&lex, &art)
            .map_err(|e| format!("demo article {}: {e}", art.id))?;
        if json {
            for e in &events {
                println!("{}", serde_json::to_string(e).map_err(|e| e.to_string())?);
            }
        } else {
            println!(
                "{} — {} ({})\n",
                art.id,
                art.title.as_deref().unwrap_or(""),
                art.date.as_deref().unwrap_or("")
            );
            println!("{}", art.text);
            println!();
            print!("{}", table(&events, &art.text));
        }
    }
    Ok(ExitCode::SUCCESS)
}
