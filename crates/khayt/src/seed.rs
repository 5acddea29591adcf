//! The reference article's acceptance score (`khayt eval --seed`), with the matching rules
//! of `../shared/seed/check_seed.py`: categories, actors by alias, places, dates with
//! precision, factuality, attribution and quantities, matched one-to-one.

use khayt_coder::{Entity, Event};
use serde_json::Value;

fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}')
        {
            continue;
        }
        let c = match c {
            'إ' | 'أ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            '-' | '\'' | '’' | '‘' | 'ʼ' | '`' | '_' | '.' => ' ',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ent_strings(e: &Option<Entity>) -> String {
    let Some(e) = e else { return String::new() };
    let f = |o: &Option<String>| norm(o.as_deref().unwrap_or(""));
    [
        norm(&e.text),
        f(&e.name),
        f(&e.name_ar),
        f(&e.id),
        f(&e.code),
    ]
    .join(" | ")
}

/// Outcome of scoring: per expected event id, whether it matched; counts.
pub struct SeedScore {
    pub matched: usize,
    pub counted: usize,
    pub predicted: usize,
    pub lines: Vec<(bool, String, String)>,
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(String::from))
        .collect()
}

pub fn score(expected: &Value, events: &[Event]) -> SeedScore {
    let article = expected["article"].as_str().unwrap_or("");
    let preds: Vec<&Event> = events.iter().filter(|e| e.article_id == article).collect();
    let aliases = &expected["aliases"];
    let ent_matches = |ent: &Option<Entity>, keys: &[String]| {
        let s = ent_strings(ent);
        !s.is_empty()
            && keys.iter().any(|k| {
                strs(&aliases[k]).iter().any(|a| {
                    let a = norm(a);
                    !a.is_empty() && s.contains(&a)
                })
            })
    };
    let matches = |g: &Value, p: &Event| -> bool {
        if !strs(&g["cat"]).contains(&p.category) {
            return false;
        }
        let (ga, gr) = (strs(&g["actor"]), strs(&g["recipient"]));
        let (has_a, has_r) = (g.get("actor").is_some(), g.get("recipient").is_some());
        if has_a && has_r {
            let mut ok = ent_matches(&p.actor, &ga) && ent_matches(&p.recipient, &gr);
            let same: std::collections::BTreeSet<_> = ga.iter().collect();
            if !ok && same == gr.iter().collect() {
                ok = ent_matches(&p.recipient, &ga) && ent_matches(&p.actor, &gr);
            }
            if !ok {
                return false;
            }
        } else if (has_a && !ent_matches(&p.actor, &ga))
            || (has_r && !has_a && !ent_matches(&p.recipient, &gr))
        {
            return false;
        }
        for locset in g["locations"].as_array().into_iter().flatten() {
            let names = strs(locset);
            let hit = p.locations.iter().any(|l| {
                let hay = format!(
                    "{} | {}",
                    norm(&l.text),
                    norm(l.name.as_deref().unwrap_or(""))
                );
                names.iter().any(|x| hay.contains(&norm(x)))
            });
            if !hit {
                return false;
            }
        }
        if let Some(d) = g.get("date") {
            if !p.date.value.starts_with(d["value"].as_str().unwrap_or(""))
                || p.date.precision != d["precision"].as_str().unwrap_or("")
            {
                return false;
            }
        }
        if g.get("factuality").is_some() && !strs(&g["factuality"]).contains(&p.factuality) {
            return false;
        }
        if g["attributed"].as_bool() == Some(true) && p.attribution.is_none() {
            return false;
        }
        if let Some(q) = g.get("quantity") {
            if p.quantity.as_ref().map(|x| x.value) != q.as_u64() {
                return false;
            }
        }
        true
    };
    let golds: Vec<&Value> = expected["events"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    let mut ordered: Vec<&Value> = golds
        .iter()
        .copied()
        .filter(|g| g["optional"].as_bool() != Some(true))
        .collect();
    let counted = ordered.len();
    ordered.extend(
        golds
            .iter()
            .copied()
            .filter(|g| g["optional"].as_bool() == Some(true)),
    );
    let solo: Vec<usize> = (0..ordered.len())
        .filter(|&i| ordered[i].get("group").is_none())
        .collect();
    let edges: Vec<Vec<usize>> = solo
        .iter()
        .map(|&i| {
            (0..preds.len())
                .filter(|&j| matches(ordered[i], preds[j]))
                .collect()
        })
        .collect();
    // maximum bipartite matching by augmenting paths
    let mut owner: Vec<Option<usize>> = vec![None; preds.len()];
    fn augment(
        i: usize,
        edges: &[Vec<usize>],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for &j in &edges[i] {
            if seen[j] {
                continue;
            }
            seen[j] = true;
            if owner[j].is_none_or(|o| augment(o, edges, owner, seen)) {
                owner[j] = Some(i);
                return true;
            }
        }
        false
    }
    for i in 0..solo.len() {
        let mut seen = vec![false; preds.len()];
        augment(i, &edges, &mut owner, &mut seen);
    }
    let mut paired = vec![false; ordered.len()];
    let mut used = vec![false; preds.len()];
    for (j, o) in owner.iter().enumerate() {
        if let Some(i) = o {
            paired[solo[*i]] = true;
            used[j] = true;
        }
    }
    for (i, g) in ordered.iter().enumerate() {
        if g.get("group").is_some() && (0..preds.len()).any(|j| !used[j] && matches(g, preds[j])) {
            paired[i] = true;
        }
    }
    let lines = ordered
        .iter()
        .zip(&paired)
        .map(|(g, &hit)| {
            (
                hit,
                g["id"].as_str().unwrap_or("").to_string(),
                g["why"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    SeedScore {
        matched: paired[..counted].iter().filter(|&&b| b).count(),
        counted,
        predicted: preds.len(),
        lines,
    }
}
