//! `khayt train`: fits the event filter on a gold file (the development split only) and
//! reports cross-validated detection scores and argument accuracy, so the figures are for
//! sentences the model did not see. Per category, the setting and the threshold are the
//! ones whose kept events are best as a whole: detection F1 plus what the category's
//! events add to the source and target accuracy (see `best_point`).

use khayt_coder::filter::{pooled, train, Example, Filter, Model};
use khayt_coder::{Article, Candidate};
use rayon::prelude::*;
use serde_json::Value;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Gold file (the development split).
    #[arg(long)]
    gold: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "data/models/event_filter.tsv")]
    out: PathBuf,
    /// Cross-validation folds.
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Cross-validation repeats, each with its own split of the sentences into folds: one
    /// split of a few hundred sentences moves F1 by ±0.02, so settings and thresholds are
    /// chosen, and figures reported, over several (ten: with 72 settings tried, five
    /// repeats let a small change to the reader flip the choice).
    #[arg(long, default_value_t = 10)]
    repeats: usize,
    /// L2 regularisation strength; several values are tried by cross-validation, per
    /// category, when none is given.
    #[arg(long)]
    l2: Option<f32>,
    /// Weight in training of the sentences labelled "difficult no"; several values are
    /// tried by cross-validation, per category, when none is given.
    #[arg(long)]
    difficult_weight: Option<f32>,
    /// Weight in training of the sentences labelled "ambiguous", as positives; several
    /// values are tried by cross-validation, per category, when none is given.
    #[arg(long)]
    ambiguous_weight: Option<f32>,
    /// Drop features seen fewer times than this.
    #[arg(long, default_value_t = 3)]
    min_count: usize,
    /// Write each labelled sentence's cross-validated score (id, category, score, label)
    /// to this file, to study the errors.
    #[arg(long)]
    cv_out: Option<PathBuf>,
}

/// Iterations of the solver at most (it converges in far fewer).
const MAX_ITER: usize = 500;

struct Sentence {
    id: String,
    /// The sentence's fold in each cross-validation repeat.
    folds: Vec<usize>,
    /// Gold label per category, when the sentence is labelled yes / no for it.
    labels: Vec<(String, Label)>,
    candidates: Vec<Candidate>,
}

fn fold_of(id: &str, folds: usize, repeat: usize) -> usize {
    // the first repeat hashes the id alone, so its split is the one earlier models used
    let bytes = repeat.to_le_bytes();
    let salt: &[u8] = if repeat > 0 { &bytes } else { &[] };
    let h = id
        .bytes()
        .chain(salt.iter().copied())
        .fold(0xcbf29ce484222325u64, |h, b| {
            (h ^ b as u64).wrapping_mul(0x100000001b3)
        });
    (h % folds as u64) as usize
}

/// A sentence's gold label for one category.
#[derive(Clone, Copy, PartialEq)]
enum Label {
    Yes,
    EasyNo,
    DifficultNo,
    Ambiguous,
}

/// How much the labels other than "yes" and "easy no" count in training (scores are
/// always measured on yes / easy no / difficult no at full weight, ambiguous left out).
#[derive(Clone, Copy, PartialEq)]
struct Weights {
    /// A "difficult no": annotators found the sentence hard, and such labels disagree
    /// most with live-looking events; fitting them in full teaches the model the
    /// disagreement.
    difficult: f32,
    /// An "ambiguous" sentence, as a positive: annotators could not agree it is not
    /// one, and for a small category (37 PROTEST positives on dev against 161
    /// ambiguous) these are most of what shows what a report looks like.
    ambiguous: f32,
}

fn examples<'a>(
    sents: impl Iterator<Item = &'a Sentence>,
    cat: &str,
    ignore: &[String],
    weights: Weights,
) -> Vec<Example> {
    sents
        .filter_map(|s| {
            let (label, weight) = match s.gold(cat)? {
                Label::Yes => (true, 1.0),
                Label::EasyNo => (false, 1.0),
                Label::DifficultNo => (false, weights.difficult),
                Label::Ambiguous => (true, weights.ambiguous),
            };
            if weight == 0.0 {
                return None;
            }
            let mut features = s.pooled(cat)?;
            features.retain(|f| !ignore.iter().any(|p| f.starts_with(p.as_str())));
            Some(Example {
                features,
                label,
                weight,
            })
        })
        .collect()
}

impl Sentence {
    /// The gold label for `cat`, when the sentence is labelled yes or no for it.
    fn label(&self, cat: &str) -> Option<bool> {
        match self.gold(cat)? {
            Label::Yes => Some(true),
            Label::EasyNo | Label::DifficultNo => Some(false),
            Label::Ambiguous => None,
        }
    }

    /// The gold label for `cat`, when the sentence has one.
    fn gold(&self, cat: &str) -> Option<Label> {
        self.labels.iter().find(|(c, _)| c == cat).map(|(_, l)| *l)
    }

    /// The pooled features of its candidates of `cat`, when it has any.
    fn pooled(&self, cat: &str) -> Option<Vec<String>> {
        let fs: Vec<&[String]> = self
            .candidates
            .iter()
            .filter(|c| c.event.category == cat)
            .map(|c| c.features.as_slice())
            .collect();
        (!fs.is_empty()).then(|| pooled(fs).into_iter().map(String::from).collect())
    }
}

/// Each labelled sentence's score for `cat` (None without a candidate), label and id.
fn sentence_scores(m: &Model, sents: &[&Sentence], cat: &str) -> Vec<(Option<f32>, bool, String)> {
    sents
        .iter()
        .filter_map(|s| {
            Some((
                s.pooled(cat).map(|f| m.score(&f)),
                s.label(cat)?,
                s.id.clone(),
            ))
        })
        .collect()
}

fn prf(scores: &[(Option<f32>, bool)], tau: f32) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (s, y) in scores {
        let hit = s.is_some_and(|s| s >= tau);
        match (hit, y) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    prf3(tp, fp, fn_)
}

/// Precision, recall and F1 from counts.
fn prf3(tp: f64, fp: f64, fn_: f64) -> Prf3 {
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Precision, recall, F1.
type Prf3 = (f64, f64, f64);

/// One setting's cross-validated outcome.
struct Choice {
    /// Feature groups left out.
    ignore: Vec<String>,
    l2: f32,
    /// Weights of the difficult and ambiguous examples in training.
    weights: Weights,
    /// The smoothed detection curve: (threshold, P/R/F1 at it, F1 averaged around it).
    curve: Vec<(f32, Prf3, f64)>,
    /// Where on the curve detection F1 plus argument accuracy is best (see `best_point`).
    top: usize,
    /// That sum: what the settings are compared on.
    value: f64,
    /// Each labelled sentence's (score, label, id).
    pooled: Vec<(Option<f32>, bool, String)>,
}

/// Source and target accuracy, averaged over repeats, of the reader's events that
/// `keeps(repeat, sentence, candidate)` lets through, scored like `khayt eval`: the
/// arguments as on new text when `keeps` follows each repeat's held-out filter.
fn cv_arguments(
    gold: &[Value],
    sents: &[Sentence],
    repeats: usize,
    keeps: impl Fn(usize, &Sentence, &Candidate) -> bool,
) -> (f64, f64) {
    let (mut src, mut tgt) = (0.0, 0.0);
    for r in 0..repeats {
        let events: Vec<khayt_coder::Event> = sents
            .iter()
            .flat_map(|s| {
                s.candidates
                    .iter()
                    .filter(|c| keeps(r, s, c))
                    .map(|c| c.event.clone())
            })
            .collect();
        let a = &crate::eval::score(gold, &events)["arguments"];
        src += a["source_acc"].as_f64().unwrap_or(0.0);
        tgt += a["target_acc"].as_f64().unwrap_or(0.0);
    }
    let n = repeats.max(1) as f64;
    (src / n, tgt / n)
}

/// The thresholds tried, 0.02 … 0.97.
const THRESHOLDS: std::ops::Range<u32> = 2..98;
/// Neighbours on each side a threshold's F1 is averaged over.
const SMOOTH: usize = 3;

/// Per labelled sentence: its label and, per threshold, in how many repeats its held-out
/// score passes it. `pooled` holds each repeat's (score, label, id) one after the other.
fn hits_per_sentence(pooled: &[(Option<f32>, bool, String)]) -> Vec<(bool, Vec<u8>)> {
    let mut index: std::collections::HashMap<&str, usize> = Default::default();
    let mut out: Vec<(bool, Vec<u8>)> = Vec::new();
    for (score, y, id) in pooled {
        let i = *index.entry(id.as_str()).or_insert_with(|| {
            out.push((*y, vec![0; THRESHOLDS.len()]));
            out.len() - 1
        });
        for (j, t) in THRESHOLDS.enumerate() {
            if score.is_some_and(|s| s >= t as f32 / 100.0) {
                out[i].1[j] += 1;
            }
        }
    }
    out
}

/// For each threshold with `SMOOTH` neighbours each side: (threshold, P/R/F1 at it, F1
/// averaged over it and its neighbours), from sentences weighted by `weight` (how many
/// times each is drawn; 1 for the sample itself). `repeats` is how many scores each has.
fn curve_of(hits: &[(bool, Vec<u8>)], weight: &[f64], repeats: usize) -> Vec<(f32, Prf3, f64)> {
    let n = THRESHOLDS.len();
    let mut counts = vec![(0.0, 0.0, 0.0); n];
    for ((y, h), w) in hits.iter().zip(weight) {
        if *w == 0.0 {
            continue;
        }
        for (c, &k) in counts.iter_mut().zip(h) {
            let k = k as f64 * w;
            if *y {
                c.0 += k;
                c.2 += repeats as f64 * w - k;
            } else {
                c.1 += k;
            }
        }
    }
    let f1s: Vec<Prf3> = counts
        .iter()
        .map(|&(tp, fp, fn_)| prf3(tp, fp, fn_))
        .collect();
    let f1: Vec<f64> = f1s.iter().map(|p| p.2).collect();
    (SMOOTH..n - SMOOTH)
        .map(|i| {
            (
                (THRESHOLDS.start + i as u32) as f32 / 100.0,
                f1s[i],
                smoothed(&f1, i),
            )
        })
        .collect()
}

/// The mean of `values[i]` and its `SMOOTH` neighbours each side.
fn smoothed(values: &[f64], i: usize) -> f64 {
    let w = &values[i - SMOOTH..=i + SMOOTH];
    w.iter().sum::<f64>() / w.len() as f64
}

/// The smoothed detection curve of a setting's held-out scores.
fn plateau_curve(pooled: &[(Option<f32>, bool, String)]) -> Vec<(f32, Prf3, f64)> {
    let hits = hits_per_sentence(pooled);
    let repeats = pooled.len() / hits.len().max(1);
    curve_of(&hits, &vec![1.0; hits.len()], repeats)
}

/// Per threshold (all of `THRESHOLDS`), what a category's gold span events (`spans`:
/// sentence id, source right, target right, as the reader's unfiltered events have them)
/// add to the mean of source and target accuracy over all span events (`n_src` sources
/// and `n_tgt` targets in all), when only the sentences whose held-out score passes the
/// threshold keep their events; averaged over repeats.
fn arguments_curve(
    pooled: &[(Option<f32>, bool, String)],
    spans: &[(&str, Option<bool>, Option<bool>)],
    (n_src, n_tgt): (usize, usize),
    repeats: usize,
) -> Vec<f64> {
    let per_repeat = pooled.len() / repeats.max(1);
    let (n_src, n_tgt) = (n_src.max(1) as f64, n_tgt.max(1) as f64);
    let mut out = vec![0.0; THRESHOLDS.len()];
    for r in 0..repeats.max(1) {
        let scores: std::collections::HashMap<&str, f32> = pooled
            [r * per_repeat..(r + 1) * per_repeat]
            .iter()
            .filter_map(|(s, _, id)| Some((id.as_str(), (*s)?)))
            .collect();
        for (j, t) in THRESHOLDS.enumerate() {
            let tau = t as f32 / 100.0;
            let (mut src, mut tgt) = (0.0, 0.0);
            for (id, s, g) in spans {
                if scores.get(id).is_some_and(|x| *x >= tau) {
                    src += f64::from(u8::from(*s == Some(true)));
                    tgt += f64::from(u8::from(*g == Some(true)));
                }
            }
            out[j] += (src / n_src + tgt / n_tgt) / 2.0;
        }
    }
    out.iter().map(|v| v / repeats.max(1) as f64).collect()
}

/// Where a setting's curve is best, and the value there: detection F1 plus argument
/// accuracy (`arguments`, per threshold of `THRESHOLDS`), each averaged over the point and
/// its `SMOOTH` neighbours each side.
fn best_point(curve: &[(f32, Prf3, f64)], arguments: &[f64]) -> (usize, f64) {
    (0..curve.len())
        .map(|k| (k, curve[k].2 + smoothed(arguments, k + SMOOTH)))
        .fold((0, f64::MIN), |a, b| if b.1 > a.1 { b } else { a })
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    let lex = crate::load_lexicon(overlays)?;
    let gold = crate::eval::read_gold(&args.gold)?;
    let repeats = args.repeats.max(1);
    let folds = args.folds.max(2);
    let sents: Vec<Sentence> = gold
        .par_iter()
        .filter_map(|g: &Value| {
            let id = g["id"].as_str()?.to_string();
            let art = Article {
                id: id.clone(),
                date: g["date"].as_str().map(String::from),
                text: g["text"].as_str()?.to_string(),
                ..Default::default()
            };
            let candidates = khayt_coder::candidates(&lex, &art).ok()?;
            let labels = g["labels"]
                .as_object()?
                .iter()
                .filter_map(|(c, l)| match l.as_str()? {
                    "yes" => Some((c.clone(), Label::Yes)),
                    "easy no" => Some((c.clone(), Label::EasyNo)),
                    "difficult no" => Some((c.clone(), Label::DifficultNo)),
                    "ambiguous" => Some((c.clone(), Label::Ambiguous)),
                    _ => None,
                })
                .collect();
            Some(Sentence {
                folds: (0..repeats).map(|r| fold_of(&id, folds, r)).collect(),
                id,
                labels,
                candidates,
            })
        })
        .collect();
    // (the categories some sentence is labelled yes or no for: one labelled only
    // "ambiguous" has nothing to be scored on)
    let mut cats: Vec<String> = sents
        .iter()
        .flat_map(|s| {
            s.labels
                .iter()
                .filter(|(_, l)| *l != Label::Ambiguous)
                .map(|(c, _)| c.clone())
        })
        .collect();
    cats.sort();
    cats.dedup();
    let mut filter = Filter::default();
    let mut report = String::new();
    let mut cv_lines: Vec<String> = Vec::new();
    // (repeat, sentence id, category) the cross-validated filter keeps
    let mut kept: std::collections::HashSet<(usize, String, String)> = Default::default();
    // the gold span events with whether the reader, unfiltered, got their arguments
    let unfiltered: Vec<khayt_coder::Event> = sents
        .iter()
        .flat_map(|s| s.candidates.iter().map(|c| c.event.clone()))
        .collect();
    let hits = crate::eval::argument_hits(&gold, &unfiltered);
    let totals = (
        hits.iter().filter(|h| h.source.is_some()).count(),
        hits.iter().filter(|h| h.target.is_some()).count(),
    );
    for cat in &cats {
        // Feature groups a category may do without, and the regularisation: chosen by
        // cross-validation, because a category with few positives (PROTEST) overfits
        // who-is-in-the-sentence features that help a larger one (ASSAULT).
        let groups: [&[&str]; 3] = [&[], &["sent_actor="], &["sent_actor=", "sent_agent="]];
        let l2s = match args.l2 {
            Some(l2) => vec![l2],
            None => vec![0.003, 0.01, 0.03],
        };
        let difficult = match args.difficult_weight {
            Some(w) => vec![w],
            None => vec![1.0, 0.5, 0.25, 0.0],
        };
        let ambiguous = match args.ambiguous_weight {
            Some(w) => vec![w],
            None => vec![0.0, 0.25],
        };
        let mut choices = Vec::new();
        for g in groups {
            for &l2 in &l2s {
                for &d in &difficult {
                    choices.extend(ambiguous.iter().map(|&a| {
                        let w = Weights {
                            difficult: d,
                            ambiguous: a,
                        };
                        (g, l2, w)
                    }));
                }
            }
        }
        let spans: Vec<(&str, Option<bool>, Option<bool>)> = hits
            .iter()
            .filter(|h| h.category == *cat)
            .map(|h| (h.id.as_str(), h.source, h.target))
            .collect();
        let mut tried: Vec<Choice> = Vec::new();
        for (ignore, l2, weights) in choices {
            let ignore: Vec<String> = ignore.iter().map(|s| s.to_string()).collect();
            // cross-validation: scores of each sentence from a model that did not see it
            // (every repeat's scores pooled: each sentence counts once per repeat)
            let mut pooled = Vec::new();
            for r in 0..repeats {
                let runs: Vec<_> = (0..folds)
                    .into_par_iter()
                    .map(|k| {
                        let mut m = train(
                            &examples(
                                sents.iter().filter(|s| s.folds[r] != k),
                                cat,
                                &ignore,
                                weights,
                            ),
                            l2,
                            MAX_ITER,
                            args.min_count,
                        );
                        m.ignore = ignore.clone();
                        let test: Vec<&Sentence> =
                            sents.iter().filter(|s| s.folds[r] == k).collect();
                        sentence_scores(&m, &test, cat)
                    })
                    .collect();
                pooled.extend(runs.into_iter().flatten());
            }
            let curve = plateau_curve(&pooled);
            let arguments = arguments_curve(&pooled, &spans, totals, repeats);
            let (top, value) = best_point(&curve, &arguments);
            tried.push(Choice {
                ignore,
                l2,
                weights,
                curve,
                top,
                value,
                pooled,
            });
        }
        // The setting and threshold whose kept events are best: the category's detection
        // F1 plus what its events add to the mean accuracy of sources and targets over
        // all span events, each averaged over the threshold and its neighbours (±0.03; a
        // single point of a curve measured on a few hundred sentences is mostly noise).
        // Summed over categories this is the sum of the F1s plus the argument accuracy,
        // which is what the filter should make best: an event it keeps is worth its actor
        // and target, and one it drops loses them too.
        let best_choice = tried
            .into_iter()
            .reduce(|a, b| if b.value > a.value { b } else { a });
        let Some(Choice {
            ignore,
            l2,
            weights,
            curve,
            top,
            pooled,
            ..
        }) = best_choice
        else {
            continue;
        };
        let (tau, best) = (curve[top].0, curve[top].1);
        // the triggers alone: every sentence with a candidate predicted (the same whatever
        // the setting, since settings only change the features)
        let unfiltered = prf(
            &pooled
                .iter()
                .map(|(s, y, _)| (s.map(|_| 1.0), *y))
                .collect::<Vec<_>>(),
            0.5,
        );
        // sentences kept in each repeat, for the arguments' figure below
        let per_repeat = pooled.len() / repeats;
        for (i, (score, _, id)) in pooled.iter().enumerate() {
            if score.is_some_and(|s| s >= tau) {
                kept.insert((i / per_repeat.max(1), id.clone(), cat.clone()));
            }
        }
        // the first repeat's scores: one line per sentence
        for (s, y, id) in &pooled[..per_repeat] {
            cv_lines.push(format!("{id}\t{cat}\t{:.3}\t{y}", s.unwrap_or(-1.0)));
        }
        let mut m = train(
            &examples(sents.iter(), cat, &ignore, weights),
            l2,
            MAX_ITER,
            args.min_count,
        );
        m.threshold = tau;
        m.ignore = ignore.clone();
        report.push_str(&format!(
            "{cat}: {folds}-fold CV ×{} threshold {tau:.2}, l2 {l2}, weights difficult no {} ambiguous {}: P {:.3} R {:.3} F1 {:.3} (triggers alone: P {:.3} R {:.3} F1 {:.3}); {} features{}\n",
            repeats,
            weights.difficult,
            weights.ambiguous,
            best.0,
            best.1,
            best.2,
            unfiltered.0,
            unfiltered.1,
            unfiltered.2,
            m.weights.len(),
            if ignore.is_empty() { String::new() } else { format!(", without {}", ignore.join(" ")) }
        ));
        filter.insert(cat, m);
    }
    // Argument accuracy as on new text: the reader's events of the sentences each
    // repeat's held-out filter keeps, scored like `khayt eval`, averaged over repeats.
    let (src, tgt) = cv_arguments(&gold, &sents, repeats, |r, s, c| {
        kept.contains(&(r, s.id.clone(), c.event.category.clone()))
    });
    report.push_str(&format!(
        "arguments, CV ×{repeats} (events of the sentences the held-out filter keeps): source accuracy {src:.3}, target accuracy {tgt:.3}\n"
    ));
    if let Some(p) = &args.cv_out {
        std::fs::write(p, cv_lines.join("\n") + "\n")
            .map_err(|e| format!("{}: {e}", p.display()))?;
    }
    let header = format!(
        "khayt event filter: logistic regression over candidate-event features, one model per category.\n\
         Trained by `khayt train --gold {}` (min count {}, L-BFGS, at most {} iterations); l2, feature groups and thresholds\n\
         chosen per category by {}-fold cross-validation repeated {} times on sentences. Regenerate after changing\n\
         lexicons or the coder.\n{}",
        args.gold.display(),
        args.min_count,
        MAX_ITER,
        folds,
        repeats,
        report.trim_end()
    );
    std::fs::write(&args.out, filter.to_tsv(&header))
        .map_err(|e| format!("{}: {e}", args.out.display()))?;
    print!("{report}");
    println!("wrote {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two repeats' held-out scores of four sentences, one repeat after the other.
    fn pooled() -> Vec<(Option<f32>, bool, String)> {
        let one = [
            (Some(0.9), true, "a"),
            (Some(0.3), true, "b"),
            (Some(0.4), false, "c"),
            (None, true, "d"),
        ];
        let two = [
            (Some(0.2), true, "b"),
            (Some(0.8), true, "a"),
            (None, true, "d"),
            (Some(0.1), false, "c"),
        ];
        one.iter()
            .chain(&two)
            .map(|(s, y, id)| (*s, *y, id.to_string()))
            .collect()
    }

    #[test]
    fn the_curve_counts_each_sentence_once_per_repeat() {
        let p = pooled();
        let plain: Vec<(Option<f32>, bool)> = p.iter().map(|(s, y, _)| (*s, *y)).collect();
        for (t, at, _) in plateau_curve(&p) {
            assert_eq!(at, prf(&plain, t), "threshold {t}");
        }
    }

    #[test]
    fn an_argument_counts_in_the_repeats_whose_filter_keeps_its_sentence() {
        let p = pooled();
        // "a" scores 0.9 and 0.8 in the two repeats, "d" has no candidate
        let spans = [("a", Some(true), Some(false)), ("d", Some(true), None)];
        let curve = arguments_curve(&p, &spans, (2, 1), 2);
        let at = |t: u32| curve[(t - THRESHOLDS.start) as usize];
        // kept in both repeats: one source of two right, the target wrong
        assert!((at(50) - 0.25).abs() < 1e-9, "{}", at(50));
        // kept in the first repeat only
        assert!((at(85) - 0.125).abs() < 1e-9, "{}", at(85));
        assert_eq!(at(95), 0.0);
    }

    #[test]
    fn the_best_point_weighs_arguments_with_detection() {
        let n = THRESHOLDS.len();
        // F1 best at the highest thresholds, arguments only at the lowest
        let curve: Vec<(f32, Prf3, f64)> = (SMOOTH..n - SMOOTH)
            .map(|i| (i as f32 / 100.0, (0.0, 0.0, 0.0), 0.5 + i as f64 / 1000.0))
            .collect();
        let flat = vec![0.0; n];
        assert_eq!(best_point(&curve, &flat).0, curve.len() - 1);
        let low: Vec<f64> = (0..n).map(|i| if i < 20 { 1.0 } else { 0.0 }).collect();
        assert!(best_point(&curve, &low).0 < 20);
    }
}
