//! `khayt eval`: detection and argument scores on a gold file in the format of the Arabic
//! PLOVER gold set (`../shared/bench/gsr/`), with the same definitions as its scorer:
//! per-category sentence detection precision/recall/F1 ("yes" positive, "easy no" and
//! "difficult no" negative, "ambiguous" ignored) and source/target accuracy on span events.

use khayt_coder::filter::Filter;
use khayt_coder::{Article, Event};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Gold file (JSON Lines: id, text, date, labels, events).
    #[arg(long)]
    gold: PathBuf,
    /// Print the metrics as one JSON object.
    #[arg(long)]
    json: bool,
    /// Also write the predicted events to this file.
    #[arg(long)]
    events: Option<PathBuf>,
    /// Also score the reference article (`../shared/seed/` or the given directory).
    #[arg(long, num_args = 0..=1, default_missing_value = "../shared/seed")]
    seed: Option<PathBuf>,
    /// Score every candidate, without the learned event filter (to study the reader).
    #[arg(long)]
    unfiltered: bool,
}

pub const CATEGORIES: [&str; 2] = ["ASSAULT", "PROTEST"];

fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' | '\u{0640}')
}

/// Normalized token set of an argument text, as the gold set's scorer defines it.
pub fn norm_tokens(s: &str) -> HashSet<String> {
    let folded: String = s
        .chars()
        .filter(|c| !is_diacritic(*c))
        .map(|c| match c {
            'إ' | 'أ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect();
    let mut out = HashSet::new();
    for t in folded
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
    {
        let chars: Vec<char> = t.chars().collect();
        let t2: String = if chars.len() > 4 {
            strip_proclitics(&chars)
        } else {
            t.to_string()
        };
        out.insert(if t2.chars().count() >= 2 {
            t2
        } else {
            t.to_string()
        });
    }
    out
}

/// `^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?` removed, greedily as the regex does.
fn strip_proclitics(c: &[char]) -> String {
    let mut i = 0;
    if i < c.len() && (c[i] == 'و' || c[i] == 'ف') {
        i += 1;
    }
    if i < c.len() && matches!(c[i], 'ب' | 'ل' | 'ك') {
        i += 1;
    }
    if i + 1 < c.len() && c[i] == 'ا' && c[i + 1] == 'ل' {
        i += 2;
    }
    c[i..].iter().collect()
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Rounds to three decimals the way the gold set's Python scorer does (on the exact
/// binary value: 146/160 = 0.9125 is stored just below, so it gives 0.912).
fn r3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

/// Scores predicted events against gold records; returns the scorer's JSON object.
/// One gold span event's arguments as the events found them: whether some event of its
/// category in its sentence names a word of the annotators' majority source (target);
/// `None` when the annotators marked none.
pub struct ArgumentHit {
    pub id: String,
    pub category: String,
    pub source: Option<bool>,
    pub target: Option<bool>,
}

/// The gold set's span events (detection label yes) with whether `events` got their
/// source and target, as `score` counts them.
pub fn argument_hits(gold: &[Value], events: &[Event]) -> Vec<ArgumentHit> {
    let mut pred: HashMap<&str, Vec<&Event>> = HashMap::new();
    for e in events {
        pred.entry(e.article_id.as_str()).or_default().push(e);
    }
    argument_hits_in(gold, &pred)
}

fn argument_hits_in(gold: &[Value], pred: &HashMap<&str, Vec<&Event>>) -> Vec<ArgumentHit> {
    let mut out = Vec::new();
    for g in gold {
        let id = g["id"].as_str().unwrap_or("");
        for ge in g["events"].as_array().into_iter().flatten() {
            if ge["gold"] != "span" || ge["detection_label"] != "yes" {
                continue;
            }
            let category = ge["category"].as_str().unwrap_or("");
            let cands: Vec<&&Event> = pred
                .get(id)
                .into_iter()
                .flatten()
                .filter(|e| e.category == category)
                .collect();
            let gs = norm_tokens(ge["source_text_majority"].as_str().unwrap_or(""));
            let gt = norm_tokens(ge["target_text_majority"].as_str().unwrap_or(""));
            let shares = |ent: &Option<khayt_coder::Entity>, gold: &HashSet<String>| {
                ent.as_ref()
                    .is_some_and(|a| !norm_tokens(&a.text).is_disjoint(gold))
            };
            out.push(ArgumentHit {
                id: id.to_string(),
                category: category.to_string(),
                source: (!gs.is_empty()).then(|| cands.iter().any(|e| shares(&e.actor, &gs))),
                target: (!gt.is_empty()).then(|| cands.iter().any(|e| shares(&e.recipient, &gt))),
            });
        }
    }
    out
}

pub fn score(gold: &[Value], events: &[Event]) -> Value {
    let mut pred: HashMap<&str, Vec<&Event>> = HashMap::new();
    for e in events {
        pred.entry(e.article_id.as_str()).or_default().push(e);
    }
    let mut res = serde_json::Map::new();
    for cat in CATEGORIES {
        let mut m = Prf::default();
        for g in gold {
            let lab = g["labels"][cat].as_str().unwrap_or("");
            if !matches!(lab, "yes" | "easy no" | "difficult no") {
                continue;
            }
            let id = g["id"].as_str().unwrap_or("");
            let hit = pred
                .get(id)
                .is_some_and(|v| v.iter().any(|e| e.category == cat));
            match (lab, hit) {
                ("yes", true) => m.tp += 1,
                ("yes", false) => m.fn_ += 1,
                (_, true) => m.fp += 1,
                _ => {}
            }
        }
        res.insert(
            cat.to_string(),
            json!({"tp": m.tp, "fp": m.fp, "fn": m.fn_, "precision": r3(m.precision()), "recall": r3(m.recall()), "f1": r3(m.f1())}),
        );
    }
    let (mut src_n, mut src_ok, mut tgt_n, mut tgt_ok) = (0usize, 0usize, 0usize, 0usize);
    for h in argument_hits_in(gold, &pred) {
        if let Some(ok) = h.source {
            src_n += 1;
            src_ok += ok as usize;
        }
        if let Some(ok) = h.target {
            tgt_n += 1;
            tgt_ok += ok as usize;
        }
    }
    let acc = |ok: usize, n: usize| {
        if n == 0 {
            Value::Null
        } else {
            json!(r3(ok as f64 / n as f64))
        }
    };
    res.insert(
        "arguments".into(),
        json!({"source_acc": acc(src_ok, src_n), "source_n": src_n, "target_acc": acc(tgt_ok, tgt_n), "target_n": tgt_n}),
    );
    Value::Object(res)
}

/// Reads a gold file: one JSON object a line.
pub fn read_gold(path: &PathBuf) -> Result<Vec<Value>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// Codes every gold sentence as one article.
pub fn predict(lex: &khayt_lexicon::Lexicon, gold: &[Value], filter: &Filter) -> Vec<Event> {
    gold.par_iter()
        .filter_map(|g| {
            let art = Article {
                id: g["id"].as_str()?.to_string(),
                date: g["date"].as_str().map(String::from),
                text: g["text"].as_str()?.to_string(),
                ..Default::default()
            };
            khayt_coder::extract_with(lex, filter, &art).ok()
        })
        .flatten()
        .collect()
}

/// Codes the reference article in `dir` (article.jsonl, expected.json) and scores it.
pub fn seed_score(
    lex: &khayt_lexicon::Lexicon,
    dir: &std::path::Path,
) -> Result<crate::seed::SeedScore, String> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    let expected: Value =
        serde_json::from_str(&read("expected.json")?).map_err(|e| format!("expected.json: {e}"))?;
    let mut events = Vec::new();
    for (i, line) in read("article.jsonl")?
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let art: Article =
            serde_json::from_str(line).map_err(|e| format!("article.jsonl:{}: {e}", i + 1))?;
        events.extend(
            khayt_coder::extract(lex, &art).map_err(|e| format!("article {}: {e}", art.id))?,
        );
    }
    Ok(crate::seed::score(&expected, &events))
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    let lex = crate::load_lexicon(overlays)?;
    let gold = read_gold(&args.gold)?;
    let filter = if args.unfiltered {
        Filter::default()
    } else {
        Filter::shipped()
    };
    let events = predict(&lex, &gold, &filter);
    if let Some(p) = &args.events {
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?,
        );
        for e in &events {
            writeln!(
                f,
                "{}",
                serde_json::to_string(e).map_err(|e| e.to_string())?
            )
            .map_err(|e| e.to_string())?;
        }
    }
    let mut res = score(&gold, &events);
    if let Some(dir) = &args.seed {
        let s = seed_score(&lex, dir)?;
        res["seed"] =
            json!({"matched": s.matched, "expected": s.counted, "predicted": s.predicted});
        if !args.json {
            for (hit, id, why) in &s.lines {
                println!("{} {id} — {why}", if *hit { "HIT " } else { "MISS" });
            }
        }
    }
    if args.json {
        println!("{res}");
    } else {
        println!(
            "{:<10} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
            "category", "tp", "fp", "fn", "precision", "recall", "f1"
        );
        for cat in CATEGORIES {
            let m = &res[cat];
            println!(
                "{:<10} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
                cat,
                m["tp"],
                m["fp"],
                m["fn"],
                m["precision"].as_f64().unwrap_or(0.0),
                m["recall"].as_f64().unwrap_or(0.0),
                m["f1"].as_f64().unwrap_or(0.0)
            );
        }
        let a = &res["arguments"];
        println!("source accuracy {} (n={})", a["source_acc"], a["source_n"]);
        println!("target accuracy {} (n={})", a["target_acc"], a["target_n"]);
        if let Some(s) = res.get("seed") {
            println!(
                "seed: {}/{} matched, {} predicted",
                s["matched"], s["expected"], s["predicted"]
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_follows_the_exact_binary_value() {
        assert_eq!(r3(146.0 / 160.0), 0.912);
        assert_eq!(r3(2.0 / 3.0), 0.667);
    }

    #[test]
    fn norm_tokens_strips_proclitics_from_long_words_only() {
        let t = norm_tokens("وبالمدينة قتل");
        assert!(t.contains("مدينه"));
        assert!(t.contains("قتل"));
    }

    #[test]
    fn norm_tokens_keeps_a_word_whose_stem_would_be_too_short() {
        assert!(norm_tokens("والبي").contains("والبي") || norm_tokens("والبي").contains("بي"));
    }
}
