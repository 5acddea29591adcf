//! `khayt relations` and `khayt territory`: the conflict picture over time — who
//! cooperates with, fights or belongs to whom, and which places changed hands — each
//! fact with the events and articles (or the lexicon line) it rests on.

use crate::query::{open_db, render_table, resolve_actor, resolve_place};
use khayt_lexicon::Lexicon;
use khayt_store::relations::{
    affiliation_facts, fact_in_range, relation_facts, territory_transfers, ActorRef,
    KnownAffiliation, RelationFact,
};
use khayt_store::EventFilter;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

fn lex_actor_ref(lex: &Lexicon, id: &str) -> ActorRef {
    match lex.actor_by_id(id) {
        Some(a) => ActorRef {
            key: a.id.clone(),
            id: Some(a.id.clone()),
            label: a.name_en.clone(),
            code: Some(a.code()),
        },
        // A target the lexicon does not define (an overlay may name it) still shows.
        None => ActorRef {
            key: id.to_string(),
            id: Some(id.to_string()),
            label: id.to_string(),
            code: None,
        },
    }
}

/// The lexicon's dated affiliations that involve any of `ids` (as member or as target);
/// all of them when `ids` is `None`.
pub fn known_affiliations(lex: &Lexicon, ids: Option<&[String]>) -> Vec<KnownAffiliation> {
    let wanted = |id: &str| ids.is_none_or(|ids| ids.iter().any(|x| x == id));
    let mut out = Vec::new();
    for a in &lex.entries.actors {
        for af in &a.affiliations {
            if wanted(&a.id) || wanted(&af.target) {
                out.push(KnownAffiliation {
                    actor: lex_actor_ref(lex, &a.id),
                    relation: af.relation.clone(),
                    target: lex_actor_ref(lex, &af.target),
                    from: af.from.clone(),
                    to: af.to.clone(),
                    origin: a.loc.to_string(),
                });
            }
        }
    }
    out
}

#[derive(clap::Args)]
pub struct Args {
    /// The actor: lexicon id, Arabic name or alias, English name, or text as written.
    actor: String,
    /// Only relations with this other actor.
    #[arg(long = "with", value_name = "ACTOR")]
    with: Option<String>,
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// To this date.
    #[arg(long)]
    to: Option<String>,
    /// Only this kind: cooperation, hostility or affiliation.
    #[arg(long)]
    kind: Option<String>,
    /// Summarize per period (month or year) and counterpart instead of listing facts:
    /// "who was allied with whom that month".
    #[arg(long, value_name = "PERIOD")]
    by: Option<String>,
    /// Leave out the lexicon's dated affiliations (events only).
    #[arg(long)]
    no_lexicon: bool,
    /// The database: an SQLite file, or a postgres:// URL.
    #[arg(long, default_value = "khayt.db")]
    db: String,
    /// Print JSON Lines (one fact a line) instead of a table.
    #[arg(long)]
    json: bool,
}

fn names(a: &ActorRef, terms: &[String]) -> bool {
    terms.iter().any(|t| a.matches(t))
}

fn write_out(text: &str) -> Result<ExitCode, String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(format!("writing output: {e}")),
    }
}

fn check_kind(kind: &Option<String>) -> Result<(), String> {
    match kind.as_deref() {
        None | Some("cooperation" | "hostility" | "affiliation") => Ok(()),
        Some(k) => Err(format!(
            "--kind {k:?}: expected cooperation, hostility or affiliation"
        )),
    }
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    check_kind(&args.kind)?;
    for (flag, d) in [("--from", &args.from), ("--to", &args.to)] {
        if let Some(d) = d {
            if khayt_store::dates::parse_span(d).is_none() {
                return Err(format!(
                    "{flag} {d:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"
                ));
            }
        }
    }
    let store = open_db(&args.db)?;
    let lex = crate::load_lexicon(overlays)?;
    let terms = resolve_actor(&lex, &args.actor);
    let with_terms = args.with.as_deref().map(|w| resolve_actor(&lex, w));
    let filter = EventFilter {
        actor: terms.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        ..EventFilter::default()
    };
    let events = store.events(&filter).map_err(|e| e.to_string())?;
    let mut facts: Vec<RelationFact> = relation_facts(&events);
    if !args.no_lexicon {
        let ids: Vec<String> = terms
            .iter()
            .filter(|t| lex.actor_by_id(t).is_some())
            .cloned()
            .collect();
        if !ids.is_empty() {
            facts.extend(affiliation_facts(&known_affiliations(&lex, Some(&ids))));
        }
    }
    // Put the asked-for actor first in every fact, and keep the ones that involve it
    // (and the --with actor) in the date range and kind asked for.
    let mut kept: Vec<RelationFact> = Vec::new();
    for mut f in facts {
        if !names(&f.actor, &terms) {
            if !names(&f.other, &terms) {
                continue;
            }
            if !f.directed {
                std::mem::swap(&mut f.actor, &mut f.other);
            }
        }
        let counterpart = if names(&f.actor, &terms) {
            &f.other
        } else {
            &f.actor
        };
        if let Some(w) = &with_terms {
            if !names(counterpart, w) {
                continue;
            }
        }
        if args.kind.as_deref().is_some_and(|k| k != f.kind) {
            continue;
        }
        if !fact_in_range(&f, args.from.as_deref(), args.to.as_deref()) {
            continue;
        }
        kept.push(f);
    }
    kept.sort_by(|a, b| a.date.cmp(&b.date).then(a.incident.cmp(&b.incident)));
    if kept.is_empty() && terms.len() == 1 {
        eprintln!(
            "khayt: no stored event or lexicon entry names {:?} (try its lexicon id, or `khayt query --actor` to see how events name it)",
            args.actor
        );
    }
    if let Some(period) = &args.by {
        return write_periods(&kept, &terms, period, args.json);
    }
    if args.json {
        let mut s = String::new();
        for f in &kept {
            s.push_str(&serde_json::to_string(f).map_err(|e| e.to_string())?);
            s.push('\n');
        }
        return write_out(&s);
    }
    let rows: Vec<Vec<String>> = kept
        .iter()
        .map(|f| {
            let arrow = if f.directed { "→" } else { "↔" };
            vec![
                match (&f.date, &f.until) {
                    (Some(d), Some(u)) => format!("{d}..{u}"),
                    (Some(d), None) if f.precision == "range" => format!("{d}.."),
                    (Some(d), None) => format!("{d} {}", f.precision),
                    (None, Some(u)) => format!("..{u}"),
                    (None, None) => "-".into(),
                },
                f.kind.clone(),
                f.category.clone(),
                format!("{} {arrow} {}", f.actor.label, f.other.label),
                f.factuality.clone(),
                claims_cell(&f.claimed_by),
                f.incident.map_or("-".into(), |i| i.to_string()),
                if f.event_ids.is_empty() {
                    f.source.clone()
                } else {
                    evidence_cell(&f.event_ids, &f.article_ids)
                },
            ]
        })
        .collect();
    let mut s = render_table(
        &[
            "date",
            "kind",
            "category",
            "relation",
            "factuality",
            "claimed by",
            "incident",
            "evidence",
        ],
        &rows,
        48,
    );
    // A per-counterpart digest: what an analyst asks first ("allied or fighting?").
    let mut digest: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for f in &kept {
        let other = if names(&f.actor, &terms) {
            &f.other
        } else {
            &f.actor
        };
        let slot = match (f.kind.as_str(), f.stance.as_str()) {
            ("cooperation", _) | ("affiliation", "cooperation") => 0,
            ("hostility", _) | ("affiliation", "hostility") => 1,
            _ => 2,
        };
        digest.entry(other.label.clone()).or_default()[slot] += 1;
    }
    s.push_str(&format!("{} fact(s)\n", kept.len()));
    for (who, [coop, host, other]) in digest {
        s.push_str(&format!(
            "  with {who}: {coop} cooperative, {host} hostile, {other} other\n"
        ));
    }
    write_out(&s)
}

/// One row of `relations --by`: what the events say about one counterpart in one period.
#[derive(serde::Serialize)]
struct PeriodRow {
    period: String,
    other: ActorRef,
    kind: String,
    stance: String,
    facts: usize,
    categories: Vec<String>,
    event_ids: Vec<String>,
    article_ids: Vec<String>,
}

/// Facts grouped by period (the first 7 or 4 characters of their date), counterpart and
/// kind. Lexicon affiliations are spans, not dated happenings, and are left out.
fn write_periods(
    facts: &[RelationFact],
    terms: &[String],
    period: &str,
    json: bool,
) -> Result<ExitCode, String> {
    let width = match period {
        "month" => 7,
        "year" => 4,
        p => return Err(format!("--by {p:?}: expected month or year")),
    };
    let mut rows: BTreeMap<(String, String, String), PeriodRow> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.precision != "range") {
        let Some(date) = &f.date else { continue };
        let key = date.get(..width).unwrap_or(date).to_string();
        let other = if names(&f.actor, terms) {
            &f.other
        } else {
            &f.actor
        };
        let row = rows
            .entry((key.clone(), other.label.clone(), f.kind.clone()))
            .or_insert_with(|| PeriodRow {
                period: key,
                other: other.clone(),
                kind: f.kind.clone(),
                stance: f.stance.clone(),
                facts: 0,
                categories: Vec::new(),
                event_ids: Vec::new(),
                article_ids: Vec::new(),
            });
        row.facts += 1;
        for c in f.category.split('/') {
            if !row.categories.iter().any(|x| x == c) {
                row.categories.push(c.to_string());
            }
        }
        row.event_ids.extend(f.event_ids.iter().cloned());
        for a in &f.article_ids {
            if !row.article_ids.contains(a) {
                row.article_ids.push(a.clone());
            }
        }
    }
    if json {
        let mut s = String::new();
        for r in rows.values() {
            s.push_str(&serde_json::to_string(r).map_err(|e| e.to_string())?);
            s.push('\n');
        }
        return write_out(&s);
    }
    let table: Vec<Vec<String>> = rows
        .values()
        .map(|r| {
            vec![
                r.period.clone(),
                r.other.label.clone(),
                r.kind.clone(),
                r.stance.clone(),
                r.facts.to_string(),
                r.categories.join("/"),
                format!(
                    "{} event(s) in {} article(s)",
                    r.event_ids.len(),
                    r.article_ids.len()
                ),
            ]
        })
        .collect();
    let mut s = render_table(
        &[
            "period",
            "with",
            "kind",
            "stance",
            "facts",
            "categories",
            "evidence",
        ],
        &table,
        48,
    );
    s.push_str(&format!("{} row(s)\n", table.len()));
    write_out(&s)
}

#[derive(clap::Args)]
pub struct TerritoryArgs {
    /// The place: gazetteer id, English name, Arabic name, or governorate (admin1).
    place: String,
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// To this date.
    #[arg(long)]
    to: Option<String>,
    /// The database: an SQLite file, or a postgres:// URL.
    #[arg(long, default_value = "khayt.db")]
    db: String,
    /// Print JSON Lines (one transfer a line) instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run_territory(overlays: &[PathBuf], args: TerritoryArgs) -> Result<ExitCode, String> {
    let store = open_db(&args.db)?;
    let lex = crate::load_lexicon(overlays)?;
    let terms = resolve_place(&lex, &args.place);
    let filter = EventFilter {
        place: terms.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        ..EventFilter::default()
    };
    let events = store.events(&filter).map_err(|e| e.to_string())?;
    let transfers = territory_transfers(&events, &terms);
    if args.json {
        let mut s = String::new();
        for t in &transfers {
            s.push_str(&serde_json::to_string(t).map_err(|e| e.to_string())?);
            s.push('\n');
        }
        return write_out(&s);
    }
    let rows: Vec<Vec<String>> = transfers
        .iter()
        .map(|t| {
            vec![
                t.date
                    .as_ref()
                    .map_or("-".into(), |d| format!("{d} {}", t.precision)),
                match &t.place.admin1 {
                    Some(a) if *a != t.place.name => format!("{} ({a})", t.place.name),
                    _ => t.place.name.clone(),
                },
                t.from.as_ref().map_or("?".into(), |f| f.label.clone()),
                t.to.label.clone(),
                t.how.clone(),
                t.factuality.clone(),
                claims_cell(&t.claimed_by),
                t.incident.map_or("-".into(), |i| i.to_string()),
                evidence_cell(&t.event_ids, &t.article_ids),
            ]
        })
        .collect();
    let mut s = render_table(
        &[
            "date",
            "place",
            "from",
            "to",
            "how",
            "factuality",
            "claimed by",
            "incident",
            "evidence",
        ],
        &rows,
        48,
    );
    s.push_str(&format!("{} transfer(s)\n", transfers.len()));
    write_out(&s)
}

/// "who claims it" cell of a table.
fn claims_cell(claimed_by: &[String]) -> String {
    if claimed_by.is_empty() {
        "-".into()
    } else {
        claimed_by.join("; ")
    }
}

/// "the events behind it" cell of a table.
fn evidence_cell(event_ids: &[String], article_ids: &[String]) -> String {
    format!("{} event(s) in {}", event_ids.len(), article_ids.join(", "))
}
