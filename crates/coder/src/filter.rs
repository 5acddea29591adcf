//! The learned event filter: decides whether a candidate event reports a concrete
//! happening rather than a background mention, a topic or a hypothetical.
//!
//! Triggers alone over-fire: "اغتيال" in a sentence about a trial, "الهجوم" recalled as
//! background. A logistic regression over the reader's features (trigger, form, roles
//! filled, factuality, dates, numbers, the words around the trigger and the sentence's
//! words) scores the pooled candidates of one category in a sentence; they are kept when
//! the score passes the category's threshold. The model is a small TSV file (`data/models/event_filter.tsv`) trained on
//! the development split only by `khayt train`; categories it has no weights for pass
//! unfiltered.

use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::fmt::Write;

pub const BIAS: &str = "__bias__";
pub const THRESHOLD: &str = "__threshold__";
pub const IGNORE: &str = "__ignore__";
/// Prefix of the reader's features that mark a candidate as probably not a new event.
pub const CUE: &str = "cue=";
/// Feature of a candidate that reports a concrete happening on its face: a finite verb,
/// not negated or planned, dated to the day or counting casualties, naming what was struck
/// (a target, a toll, or a doer and a place). Such a candidate is kept whatever the model says, so that the model,
/// trained on one newspaper corpus, cannot veto plain reports.
pub const CONCRETE: &str = "concrete";

/// Weights per category.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    models: HashMap<String, Model>,
    keep_all: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Model {
    pub bias: f32,
    pub threshold: f32,
    pub weights: FxHashMap<String, f32>,
    /// Feature groups (by prefix) this category's model leaves out: chosen by
    /// cross-validation, since a small category cannot learn from every group.
    pub ignore: Vec<String>,
}

impl Model {
    pub fn score<S: AsRef<str>>(&self, features: &[S]) -> f32 {
        self.probability(features.iter().map(AsRef::as_ref))
    }

    /// The score of several candidates' features pooled (each distinct feature counted
    /// once, plus their number), as `score(&pooled(..))` gives, without sorting strings:
    /// this runs for every sentence with a candidate, in the hot path.
    pub fn score_pooled(&self, candidates: &[&[String]]) -> f32 {
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        let distinct = candidates
            .iter()
            .flat_map(|fs| fs.iter().map(String::as_str))
            .filter(|f| seen.insert(f));
        self.probability(distinct.chain(std::iter::once(candidates_feature(candidates.len()))))
    }

    /// The logistic of the bias and the weights of `features` (those of ignored groups
    /// left out); 1 for a candidate concrete on its face.
    fn probability<'f>(&self, features: impl Iterator<Item = &'f str>) -> f32 {
        let mut z = self.bias;
        for f in features {
            if f == CONCRETE {
                return 1.0;
            }
            if !self.ignore.iter().any(|p| f.starts_with(p.as_str())) {
                z += self.weights.get(f).copied().unwrap_or(0.0);
            }
        }
        1.0 / (1.0 + (-z).exp())
    }
}

/// The pooled feature that counts a sentence's candidates of a category (1, 2, 3 or more).
fn candidates_feature(n: usize) -> &'static str {
    ["candidates=1", "candidates=2", "candidates=3"][n.clamp(1, 3) - 1]
}

/// The shipped model.
pub const SHIPPED: &str = include_str!("../../../data/models/event_filter.tsv");

impl Filter {
    pub fn shipped() -> Filter {
        // the shipped file is validated by a test; a broken one filters nothing
        Filter::parse(SHIPPED).unwrap_or_default()
    }

    /// Parses the TSV model (columns category, feature, weight), with line numbers in errors.
    pub fn parse(text: &str) -> Result<Filter, String> {
        let mut f = Filter::default();
        let mut header = false;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if !header {
                header = true;
                if line.trim() != "category\tfeature\tweight" {
                    return Err(format!(
                        "line {}: header must be `category\\tfeature\\tweight`",
                        n + 1
                    ));
                }
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            let [cat, feat, w] = cells.as_slice() else {
                return Err(format!("line {}: expected 3 columns", n + 1));
            };
            let w: f32 = w
                .trim()
                .parse()
                .map_err(|_| format!("line {}: bad weight `{w}`", n + 1))?;
            let m = f.models.entry(cat.to_string()).or_default();
            match *feat {
                BIAS => m.bias = w,
                THRESHOLD => m.threshold = w,
                f if f.starts_with(IGNORE) => m.ignore.push(f[IGNORE.len()..].to_string()),
                _ => {
                    m.weights.insert(feat.to_string(), w);
                }
            }
        }
        Ok(f)
    }

    /// A filter that keeps every candidate.
    pub fn everything() -> Filter {
        Filter {
            models: HashMap::new(),
            keep_all: true,
        }
    }

    pub fn model(&self, category: &str) -> Option<&Model> {
        self.models.get(category)
    }

    pub fn insert(&mut self, category: &str, m: Model) {
        self.models.insert(category.to_string(), m);
    }

    /// Whether a candidate passes; `None` when the category has no model.
    pub fn score<S: AsRef<str>>(&self, category: &str, features: &[S]) -> Option<f32> {
        self.models.get(category).map(|m| m.score(features))
    }

    /// Whether a candidate is kept: by the category's model, or, for a category without
    /// one, when the reader found no cue that it is not a new event (`cue=…` features).
    pub fn keeps<S: AsRef<str>>(&self, category: &str, features: &[S]) -> bool {
        if self.keep_all {
            return true;
        }
        match self.models.get(category) {
            Some(m) => m.score(features) >= m.threshold,
            None => !features.iter().any(|f| f.as_ref().starts_with(CUE)),
        }
    }

    /// The model as TSV, features sorted for stable diffs.
    pub fn to_tsv(&self, header_comment: &str) -> String {
        let mut out = String::new();
        for l in header_comment.lines() {
            let _ = writeln!(out, "# {l}");
        }
        out.push_str("category\tfeature\tweight\n");
        let mut cats: Vec<_> = self.models.keys().collect();
        cats.sort();
        for c in cats {
            let m = &self.models[c];
            let _ = writeln!(out, "{c}\t{BIAS}\t{:.5}", m.bias);
            let _ = writeln!(out, "{c}\t{THRESHOLD}\t{:.4}", m.threshold);
            for g in &m.ignore {
                let _ = writeln!(out, "{c}\t{IGNORE}{g}\t0");
            }
            let mut ws: Vec<_> = m.weights.iter().filter(|(_, w)| w.abs() >= 1e-3).collect();
            ws.sort_by(|a, b| a.0.cmp(b.0));
            for (k, w) in ws {
                let _ = writeln!(out, "{c}\t{k}\t{w:.4}");
            }
        }
        out
    }
}

/// The features of one sentence's candidates of one category, pooled: the model judges
/// whether the sentence reports such an event, which is what the gold set labels.
pub fn pooled<'a>(candidates: impl IntoIterator<Item = &'a [String]>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    let mut n = 0;
    for fs in candidates {
        n += 1;
        out.extend(fs.iter().map(String::as_str));
    }
    out.sort_unstable();
    out.dedup();
    out.push(candidates_feature(n));
    out
}

/// A training example: features and label.
pub struct Example {
    pub features: Vec<String>,
    pub label: bool,
    /// How much the example counts in the loss (1 for a plain example).
    pub weight: f32,
}

/// Trains an L2-regularised logistic regression (mean log-loss + l2/2·|w|², the bias
/// not penalised) to convergence with L-BFGS: plain gradient descent stops short on a
/// few thousand sparse, strongly correlated features (every sentence word is one), and
/// the stopping point then acts as a second, hidden regulariser. Features seen fewer than
/// `min_count` times are dropped to keep the model small and general. Deterministic.
pub fn train(examples: &[Example], l2: f32, max_iter: usize, min_count: usize) -> Model {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for e in examples {
        for f in &e.features {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<&str> = counts
        .iter()
        .filter(|(_, c)| **c >= min_count)
        .map(|(f, _)| *f)
        .collect();
    names.sort_unstable();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let rows: Vec<(Vec<usize>, f64, f64)> = examples
        .iter()
        .map(|e| {
            let mut idx: Vec<usize> = e
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            idx.sort_unstable();
            idx.dedup();
            (idx, if e.label { 1.0 } else { 0.0 }, e.weight as f64)
        })
        .collect();
    // parameters: the weights, then the bias
    let w = lbfgs(&Objective::new(&rows, names.len(), l2 as f64), max_iter);
    Model {
        bias: w[names.len()] as f32,
        threshold: 0.5,
        weights: names
            .iter()
            .zip(&w)
            .map(|(n, w)| (n.to_string(), *w as f32))
            .collect(),
        ignore: Vec::new(),
    }
}

/// The regularised log-loss over binary sparse rows.
struct Objective<'a> {
    rows: &'a [(Vec<usize>, f64, f64)],
    dim: usize,
    l2: f64,
}

impl<'a> Objective<'a> {
    fn new(rows: &'a [(Vec<usize>, f64, f64)], features: usize, l2: f64) -> Self {
        Objective {
            rows,
            dim: features + 1,
            l2,
        }
    }

    /// Loss and gradient at `w`.
    fn eval(&self, w: &[f64], grad: &mut [f64]) -> f64 {
        let n = self.rows.iter().map(|r| r.2).sum::<f64>().max(1e-9);
        let bias = self.dim - 1;
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut loss = 0.0;
        for (idx, y, weight) in self.rows {
            let z = w[bias] + idx.iter().map(|&i| w[i]).sum::<f64>();
            // log(1 + e^z) - y·z, computed without overflow
            loss += weight * (z.max(0.0) + (-z.abs()).exp().ln_1p() - y * z);
            let g = weight * (1.0 / (1.0 + (-z).exp()) - y);
            grad[bias] += g;
            for &i in idx {
                grad[i] += g;
            }
        }
        loss /= n;
        grad.iter_mut().for_each(|g| *g /= n);
        for i in 0..bias {
            loss += 0.5 * self.l2 * w[i] * w[i];
            grad[i] += self.l2 * w[i];
        }
        loss
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Limited-memory BFGS with a backtracking (Armijo) line search, from zero; stops when
/// the gradient or the loss no longer moves, or after `max_iter` iterations.
fn lbfgs(f: &Objective, max_iter: usize) -> Vec<f64> {
    const MEMORY: usize = 10;
    let d = f.dim;
    let mut w = vec![0.0; d];
    let mut g = vec![0.0; d];
    let mut loss = f.eval(&w, &mut g);
    let mut hist: Vec<(Vec<f64>, Vec<f64>, f64)> = Vec::new(); // (s, y, 1/y·s)
    let mut w2 = vec![0.0; d];
    let mut g2 = vec![0.0; d];
    for _ in 0..max_iter {
        if dot(&g, &g).sqrt() < 1e-6 {
            break;
        }
        // two-loop recursion: direction = -H·g
        let mut q = g.clone();
        let mut alpha = vec![0.0; hist.len()];
        for (k, (s, y, rho)) in hist.iter().enumerate().rev() {
            alpha[k] = rho * dot(s, &q);
            q.iter_mut().zip(y).for_each(|(q, y)| *q -= alpha[k] * y);
        }
        if let Some((s, y, _)) = hist.last() {
            let gamma = dot(s, y) / dot(y, y);
            q.iter_mut().for_each(|q| *q *= gamma);
        }
        for (k, (s, y, rho)) in hist.iter().enumerate() {
            let beta = rho * dot(y, &q);
            q.iter_mut()
                .zip(s)
                .for_each(|(q, s)| *q += (alpha[k] - beta) * s);
        }
        let mut dir: Vec<f64> = q.iter().map(|x| -x).collect();
        let mut slope = dot(&g, &dir);
        if slope >= 0.0 {
            // not a descent direction: restart from the gradient
            hist.clear();
            dir = g.iter().map(|x| -x).collect();
            slope = -dot(&g, &g);
        }
        let mut step = if hist.is_empty() {
            1.0 / dot(&g, &g).sqrt().max(1.0)
        } else {
            1.0
        };
        let mut new_loss;
        loop {
            w2.iter_mut()
                .zip(w.iter().zip(&dir))
                .for_each(|(n, (w, d))| *n = w + step * d);
            new_loss = f.eval(&w2, &mut g2);
            if new_loss <= loss + 1e-4 * step * slope || step < 1e-12 {
                break;
            }
            step *= 0.5;
        }
        let s: Vec<f64> = w2.iter().zip(&w).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = g2.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        let done = (loss - new_loss).abs() < 1e-10 * loss.abs().max(1.0);
        std::mem::swap(&mut w, &mut w2);
        std::mem::swap(&mut g, &mut g2);
        loss = new_loss;
        if done {
            break;
        }
        if sy > 1e-12 {
            if hist.len() == MEMORY {
                hist.remove(0);
            }
            hist.push((s, y, 1.0 / sy));
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(fs: &[&str], label: bool) -> Example {
        Example {
            features: fs.iter().map(|s| s.to_string()).collect(),
            label,
            weight: 1.0,
        }
    }

    #[test]
    fn training_learns_a_separating_feature() {
        let mut data = Vec::new();
        for _ in 0..20 {
            data.push(ex(&["good", "x"], true));
            data.push(ex(&["bad", "x"], false));
        }
        let m = train(&data, 0.001, 300, 1);
        assert!(m.score(&["good"]) > 0.7);
        assert!(m.score(&["bad"]) < 0.3);
    }

    #[test]
    fn pooled_scoring_counts_each_feature_once_as_the_pooled_list_does() {
        let mut m = Model {
            bias: -1.0,
            ..Default::default()
        };
        m.weights.insert("trig=x".into(), 0.5);
        m.weights.insert("sw=y".into(), 0.25);
        m.weights.insert("candidates=2".into(), 0.125);
        let a: Vec<String> = vec!["trig=x".into(), "sw=y".into()];
        let b: Vec<String> = vec!["trig=x".into(), "w=z".into()];
        let groups = [a.as_slice(), b.as_slice()];
        let expected = 1.0 / (1.0 + (-(-1.0f32 + 0.5 + 0.25 + 0.125)).exp());
        assert!((m.score_pooled(&groups) - expected).abs() < 1e-6);
        assert!((m.score(&pooled(groups)) - expected).abs() < 1e-6);
    }

    #[test]
    fn the_solver_fits_the_regularised_optimum() {
        // one feature seen in 3 of 4 positives and 1 of 4 negatives: without
        // regularisation the optimum is the log-odds, bias log(1/3), weight log(9)
        let mut data = Vec::new();
        for i in 0..4 {
            data.push(ex(if i < 3 { &["f"] } else { &[] }, true));
            data.push(ex(if i < 1 { &["f"] } else { &[] }, false));
        }
        let m = train(&data, 0.0, 500, 1);
        assert!((m.bias - (1.0f32 / 3.0).ln()).abs() < 1e-3, "{}", m.bias);
        assert!(
            (m.weights["f"] - 9.0f32.ln()).abs() < 1e-3,
            "{}",
            m.weights["f"]
        );
    }

    #[test]
    fn an_example_counts_by_its_weight() {
        // the same optimum as above when the 3 positives with "f" are one example of
        // weight 3, and a contradicting example of weight 0 changes nothing
        let mut data = vec![Example {
            weight: 3.0,
            ..ex(&["f"], true)
        }];
        data.push(ex(&[], true));
        data.push(ex(&["f"], false));
        for _ in 0..3 {
            data.push(ex(&[], false));
        }
        data.push(Example {
            weight: 0.0,
            ..ex(&["f"], false)
        });
        let m = train(&data, 0.0, 500, 1);
        assert!((m.bias - (1.0f32 / 3.0).ln()).abs() < 1e-3, "{}", m.bias);
        assert!((m.weights["f"] - 9.0f32.ln()).abs() < 1e-3);
    }

    #[test]
    fn a_model_round_trips_through_tsv() {
        let mut f = Filter::default();
        let mut m = Model {
            bias: -0.5,
            threshold: 0.4,
            ..Default::default()
        };
        m.weights.insert("trig=x".into(), 1.25);
        f.insert("ASSAULT", m);
        let g = Filter::parse(&f.to_tsv("test")).unwrap();
        let m2 = g.model("ASSAULT").unwrap();
        assert_eq!(m2.threshold, 0.4);
        assert_eq!(m2.weights["trig=x"], 1.25);
    }

    #[test]
    fn categories_without_a_model_pass_unless_cued() {
        assert!(Filter::default().keeps("AGREE", &["trig=x"]));
        assert!(!Filter::default().keeps("AGREE", &["cue=back-reference"]));
    }

    #[test]
    fn the_shipped_model_parses() {
        Filter::parse(SHIPPED).unwrap();
    }

    #[test]
    fn a_broken_model_names_the_line() {
        let e = Filter::parse("category\tfeature\tweight\nASSAULT\tx\tnope\n").unwrap_err();
        assert_eq!(e, "line 2: bad weight `nope`");
    }
}
