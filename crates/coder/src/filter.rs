//! The learned event filter: decides whether a candidate event reports a concrete
//! happening rather than a background mention, a topic or a hypothetical.
//!
//! Triggers alone over-fire: "اغتيال" in a sentence about a trial, "الهجوم" recalled as
//! background. A logistic regression over the mention layer's features (trigger, form,
//! roles filled, factuality, dates, numbers, nearby words) scores each candidate; events
//! of a category the model knows are kept when their score passes the category's
//! threshold. The model is a small TSV file (`data/models/event_filter.tsv`) trained on
//! the development split only by `khayt train`; categories it has no weights for pass
//! unfiltered.

use std::collections::HashMap;
use std::fmt::Write;

pub const BIAS: &str = "__bias__";
pub const THRESHOLD: &str = "__threshold__";
pub const IGNORE: &str = "__ignore__";
/// Prefix of the reader's features that mark a candidate as probably not a new event.
pub const CUE: &str = "cue=";
/// Feature of a candidate that reports a concrete happening on its face: a finite verb,
/// not negated or planned, dated to the day or counting casualties, with a place or a
/// participant. Such a candidate is kept whatever the model says, so that the model,
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
    pub weights: HashMap<String, f32>,
    /// Feature groups (by prefix) this category's model leaves out: chosen by
    /// cross-validation, since a small category cannot learn from every group.
    pub ignore: Vec<String>,
}

impl Model {
    pub fn score(&self, features: &[String]) -> f32 {
        if features.iter().any(|f| f == CONCRETE) {
            return 1.0;
        }
        let z = self.bias
            + features
                .iter()
                .filter(|f| !self.ignore.iter().any(|p| f.starts_with(p.as_str())))
                .filter_map(|f| self.weights.get(f))
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
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
    pub fn score(&self, category: &str, features: &[String]) -> Option<f32> {
        self.models.get(category).map(|m| m.score(features))
    }

    /// Whether a candidate is kept: by the category's model, or, for a category without
    /// one, when the reader found no cue that it is not a new event (`cue=…` features).
    pub fn keeps(&self, category: &str, features: &[String]) -> bool {
        if self.keep_all {
            return true;
        }
        match self.models.get(category) {
            Some(m) => m.score(features) >= m.threshold,
            None => !features.iter().any(|f| f.starts_with(CUE)),
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
pub fn pooled<'a>(candidates: impl IntoIterator<Item = &'a [String]>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut n = 0;
    for fs in candidates {
        n += 1;
        out.extend(fs.iter().cloned());
    }
    out.sort_unstable();
    out.dedup();
    out.push(format!("candidates={}", n.min(3)));
    out
}

/// A training example: features and label.
pub struct Example {
    pub features: Vec<String>,
    pub label: bool,
}

/// Trains an L2-regularised logistic regression by full-batch gradient descent (the data
/// are a few thousand sparse examples, so this takes well under a second). Features seen
/// fewer than `min_count` times are dropped to keep the model small and general.
pub fn train(examples: &[Example], l2: f32, epochs: usize, min_count: usize) -> Model {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for e in examples {
        for f in &e.features {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut names: Vec<&str> = counts
        .iter()
        .filter(|(_, c)| **c >= min_count)
        .map(|(f, _)| *f)
        .collect();
    names.sort_unstable();
    for (i, n) in names.iter().enumerate() {
        index.insert(n, i);
    }
    let rows: Vec<(Vec<usize>, f32)> = examples
        .iter()
        .map(|e| {
            let mut idx: Vec<usize> = e
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            idx.sort_unstable();
            idx.dedup();
            (idx, if e.label { 1.0 } else { 0.0 })
        })
        .collect();
    let n = rows.len().max(1) as f32;
    let mut w = vec![0f32; names.len()];
    let mut b = 0f32;
    let lr = 0.5;
    for _ in 0..epochs {
        let mut gw = vec![0f32; names.len()];
        let mut gb = 0f32;
        for (idx, y) in &rows {
            let z = b + idx.iter().map(|&i| w[i]).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = p - y;
            gb += g;
            for &i in idx {
                gw[i] += g;
            }
        }
        b -= lr * gb / n;
        for i in 0..w.len() {
            w[i] -= lr * (gw[i] / n + l2 * w[i]);
        }
    }
    Model {
        bias: b,
        threshold: 0.5,
        weights: names
            .iter()
            .zip(w)
            .map(|(n, w)| (n.to_string(), w))
            .collect(),
        ignore: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(fs: &[&str], label: bool) -> Example {
        Example {
            features: fs.iter().map(|s| s.to_string()).collect(),
            label,
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
        assert!(m.score(&["good".into()]) > 0.7);
        assert!(m.score(&["bad".into()]) < 0.3);
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
        assert!(Filter::default().keeps("AGREE", &["trig=x".into()]));
        assert!(!Filter::default().keeps("AGREE", &["cue=back-reference".into()]));
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
