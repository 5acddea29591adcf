//! `khayt query` and `khayt incidents`: reading the store back as a table or JSON Lines,
//! and the helpers the other store commands share (opening the database, resolving a
//! user's actor or place name through the lexicon, tables).

use khayt_lexicon::Lexicon;
use khayt_store::{EventFilter, Incident, OpenMode, Store, StoreError, StoredEvent};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Opens an existing database (an SQLite file, or a `postgres://` URL); a missing one is
/// an error rather than a new empty database, so that a typo in `--db` is not answered
/// with "no events".
pub fn open_db(db: &str) -> Result<Box<dyn Store + Send>, String> {
    khayt_store::open(db, OpenMode::Existing).map_err(|e| e.to_string())
}

/// The user's term and the ids of the lexicon actors it names (by id, English name,
/// Arabic name or alias, compared normalized), so that "تنظيم الدولة" finds events
/// whose text says "داعش".
pub fn resolve_actor(lex: &Lexicon, term: &str) -> Vec<String> {
    let norm = khayt_text::normalize(term);
    let mut out = vec![term.to_string()];
    for a in &lex.entries.actors {
        let hit = a.id == term
            || a.name_en.eq_ignore_ascii_case(term)
            || khayt_text::normalize(&a.name_ar) == norm
            || a.aliases.iter().any(|x| khayt_text::normalize(x) == norm);
        if hit && !out.contains(&a.id) {
            out.push(a.id.clone());
        }
    }
    out
}

/// The user's term and the ids of the gazetteer places it names.
pub fn resolve_place(lex: &Lexicon, term: &str) -> Vec<String> {
    let norm = khayt_text::normalize(term);
    let mut out = vec![term.to_string()];
    for p in &lex.entries.places {
        let hit = p.id == term
            || p.name_en.eq_ignore_ascii_case(term)
            || khayt_text::normalize(&p.name_ar) == norm
            || p.variants.iter().any(|x| khayt_text::normalize(x) == norm);
        if hit && !out.contains(&p.id) {
            out.push(p.id.clone());
        }
    }
    out
}

fn check_date(flag: &str, v: &Option<String>) -> Result<(), String> {
    match v {
        Some(d) if khayt_store::dates::parse_span(d).is_none() => Err(format!(
            "{flag} {d:?}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
        )),
        _ => Ok(()),
    }
}

/// Event filters shared by `query` and `export`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// PLOVER or khayt category (ASSAULT, RETREAT, JOIN…).
    #[arg(long)]
    pub category: Option<String>,
    /// Actor or recipient: lexicon id, Arabic text or name, English name.
    #[arg(long)]
    pub actor: Option<String>,
    /// Place: gazetteer id, name, Arabic text, or governorate (admin1).
    #[arg(long)]
    pub place: Option<String>,
    /// Events whose date may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Events whose date may fall on or before this date.
    #[arg(long)]
    pub to: Option<String>,
    /// occurred, planned, hypothetical or negated.
    #[arg(long)]
    pub factuality: Option<String>,
    /// Who the claim is attributed to (a part of the attribution text, or an actor id).
    #[arg(long)]
    pub attributed_to: Option<String>,
}

impl FilterArgs {
    pub fn is_empty(&self) -> bool {
        self.category.is_none()
            && self.actor.is_none()
            && self.place.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.factuality.is_none()
            && self.attributed_to.is_none()
    }

    pub fn to_filter(&self, lex: &Lexicon) -> Result<EventFilter, String> {
        check_date("--from", &self.from)?;
        check_date("--to", &self.to)?;
        if let Some(f) = &self.factuality {
            if !matches!(
                f.to_lowercase().as_str(),
                "occurred" | "planned" | "hypothetical" | "negated"
            ) {
                return Err(format!(
                    "--factuality {f:?}: expected occurred, planned, hypothetical or negated"
                ));
            }
        }
        Ok(EventFilter {
            category: self.category.clone(),
            actor: self
                .actor
                .as_deref()
                .map(|a| resolve_actor(lex, a))
                .unwrap_or_default(),
            place: self
                .place
                .as_deref()
                .map(|p| resolve_place(lex, p))
                .unwrap_or_default(),
            from: self.from.clone(),
            to: self.to.clone(),
            factuality: self.factuality.clone(),
            attributed_to: self.attributed_to.clone(),
            incident: None,
        })
    }
}

/// An event as one JSON object: the event record as `khayt extract` writes it, plus the
/// incident it belongs to, its article's metadata and the evidence sentence.
pub fn event_json(se: &StoredEvent) -> serde_json::Value {
    let mut v = serde_json::to_value(&se.event).unwrap_or(serde_json::Value::Null);
    if let Some(obj) = v.as_object_mut() {
        obj.insert("incident".into(), serde_json::json!(se.incident));
        obj.insert(
            "article".into(),
            serde_json::to_value(&se.article).unwrap_or_default(),
        );
        obj.insert("sentence_text".into(), serde_json::json!(se.sentence));
    }
    v
}

/// How an entity is shown: its English name when the lexicon knows it, else its text.
pub fn entity_label(e: &Option<khayt_coder::Entity>) -> String {
    match e {
        Some(e) => e.name.clone().unwrap_or_else(|| e.text.clone()),
        None => "-".into(),
    }
}

pub fn places_label(se: &StoredEvent) -> String {
    let names: Vec<String> = se
        .event
        .locations
        .iter()
        .map(|l| {
            let name = l.name.clone().unwrap_or_else(|| l.text.clone());
            match &l.admin1 {
                Some(a) if !a.is_empty() && *a != name => format!("{name} ({a})"),
                _ => name,
            }
        })
        .collect();
    if names.is_empty() {
        "-".into()
    } else {
        names.join("; ")
    }
}

pub fn date_label(se: &StoredEvent) -> String {
    format!("{} {}", se.event.date.value, se.event.date.precision)
}

/// Left-aligned columns, each as wide as its widest cell (counted in characters), cells
/// cut at `max` characters so one long Arabic name does not push the rest off screen.
pub fn render_table(headers: &[&str], rows: &[Vec<String>], max: usize) -> String {
    let cut = |s: &str| -> String {
        let s = s.replace(['\n', '\t'], " ");
        if s.chars().count() > max {
            let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
            t.push('…');
            t
        } else {
            s
        }
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cut(c)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let line = |r: &[String]| -> String {
        let mut out = String::new();
        for (i, c) in r.iter().enumerate() {
            let w = widths.get(i).copied().unwrap_or(0);
            out.push_str(c);
            if i + 1 < r.len() {
                out.push_str(&" ".repeat(w.saturating_sub(c.chars().count()) + 2));
            }
        }
        out.trim_end().to_string()
    };
    let mut out = line(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    out.push('\n');
    for r in &cells {
        out.push_str(&line(r));
        out.push('\n');
    }
    out
}

/// The stop a streaming command asks for once it has printed `--limit` rows.
pub const LIMIT_REACHED: &str = "limit reached";

/// A write error as a store stop, so a closed pipe ends the stream.
pub fn stop(e: io::Error) -> StoreError {
    StoreError::Stopped(format!("writing output: {e}"))
}

/// Runs a streaming writer, treating a closed pipe (`khayt query | head`) as success.
pub fn finish(r: Result<(), StoreError>) -> Result<ExitCode, String> {
    match r {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(StoreError::Stopped(m)) if m.contains("Broken pipe") || m == LIMIT_REACHED => {
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Err(e.to_string()),
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// The database: an SQLite file, or a postgres:// URL.
    #[arg(long, default_value = "khayt.db")]
    db: String,
    #[command(flatten)]
    filter: FilterArgs,
    /// Print JSON Lines (one event a line) instead of a table.
    #[arg(long)]
    json: bool,
    /// Print at most this many events.
    #[arg(long)]
    limit: Option<usize>,
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    let store = open_db(&args.db)?;
    let lex = crate::load_lexicon(overlays)?;
    let filter = args.filter.to_filter(&lex)?;
    let limit = args.limit.unwrap_or(usize::MAX);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.json {
        let mut n = 0;
        let r = store.for_each_event(&filter, &mut |se| {
            if n >= limit {
                return Err(StoreError::Stopped(LIMIT_REACHED.into()));
            }
            n += 1;
            writeln!(out, "{}", event_json(&se)).map_err(stop)
        });
        let r = r.and_then(|()| out.flush().map_err(stop));
        return finish(r);
    }
    let mut rows = Vec::new();
    let r = store.for_each_event(&filter, &mut |se| {
        if rows.len() >= limit {
            return Err(StoreError::Stopped(LIMIT_REACHED.into()));
        }
        let e = &se.event;
        rows.push(vec![
            date_label(&se),
            match &e.mode {
                Some(m) => format!("{} {m}", e.category),
                None => e.category.clone(),
            },
            entity_label(&e.actor),
            entity_label(&e.recipient),
            places_label(&se),
            e.factuality.clone(),
            e.attribution
                .as_ref()
                .map_or("-".into(), |a| a.text.clone()),
            se.incident.map_or("-".into(), |i| i.to_string()),
            se.article.id.clone(),
            e.id.clone(),
        ]);
        Ok(())
    });
    match r {
        Err(StoreError::Stopped(m)) if m == LIMIT_REACHED => {}
        other => other.map_err(|e| e.to_string())?,
    }
    let n = rows.len();
    let table = render_table(
        &[
            "date",
            "category",
            "actor",
            "recipient",
            "places",
            "factuality",
            "claimed by",
            "incident",
            "article",
            "event",
        ],
        &rows,
        40,
    );
    let r = write!(out, "{table}")
        .and_then(|()| writeln!(out, "{n} event(s)"))
        .and_then(|()| out.flush());
    finish(r.map_err(stop))
}

#[derive(clap::Args)]
pub struct IncidentsArgs {
    /// The database: an SQLite file, or a postgres:// URL.
    #[arg(long, default_value = "khayt.db")]
    db: String,
    /// Only incidents reported by at least this many articles.
    #[arg(long, default_value_t = 1)]
    min_articles: usize,
    /// Print JSON Lines (one incident a line) instead of text.
    #[arg(long)]
    json: bool,
}

/// An incident as one JSON object: what happened, every report of it with its source
/// and evidence span.
pub fn incident_json(inc: &Incident) -> serde_json::Value {
    let mut categories: Vec<&str> = Vec::new();
    let mut places: Vec<serde_json::Value> = Vec::new();
    let mut seen_places: Vec<String> = Vec::new();
    for m in &inc.members {
        if !categories.contains(&m.event.category.as_str()) {
            categories.push(&m.event.category);
        }
        for l in &m.event.locations {
            let key = l.id.clone().unwrap_or_else(|| l.text.clone());
            if !seen_places.contains(&key) {
                seen_places.push(key);
                places.push(
                    serde_json::json!({"id": l.id, "name": l.name, "text": l.text,
                    "admin1": l.admin1, "lat": l.lat, "lon": l.lon, "precision": l.precision}),
                );
            }
        }
    }
    let rep = inc.representative();
    let members: Vec<serde_json::Value> = inc
        .members
        .iter()
        .map(|m| {
            serde_json::json!({
                "event_id": m.event.id,
                "article_id": m.article.id,
                "source": m.article.source,
                "url": m.article.url,
                "article_date": m.article.date,
                "category": m.event.category,
                "mode": m.event.mode,
                "actor": m.event.actor.as_ref().map(|a| &a.text),
                "recipient": m.event.recipient.as_ref().map(|a| &a.text),
                "date": m.event.date,
                "attribution": m.event.attribution.as_ref().map(|a| &a.text),
                "evidence": m.event.evidence,
                "sentence_text": m.sentence,
            })
        })
        .collect();
    serde_json::json!({
        "id": inc.id,
        "family": inc.family,
        "factuality": inc.factuality,
        "categories": categories,
        "actor": rep.and_then(|r| r.event.actor.clone()),
        "recipient": rep.and_then(|r| r.event.recipient.clone()),
        "date": rep.map(|r| r.event.date.clone()),
        "places": places,
        "articles": inc.articles(),
        "sources": inc.sources(),
        "members": members,
    })
}

fn incident_text(inc: &Incident) -> String {
    let Some(rep) = inc.representative() else {
        return String::new();
    };
    let e = &rep.event;
    // Every place any report names, the representative's first.
    let mut places: Vec<String> = Vec::new();
    for m in std::iter::once(rep).chain(inc.members.iter()) {
        for p in places_label(m).split("; ").filter(|p| *p != "-") {
            if !places.iter().any(|x| x == p) {
                places.push(p.to_string());
            }
        }
    }
    let mut categories: Vec<&str> = Vec::new();
    for m in &inc.members {
        if !categories.contains(&m.event.category.as_str()) {
            categories.push(&m.event.category);
        }
    }
    let mut s = format!(
        "incident {}  {}  {}  {}  {} → {}  at {}\n",
        inc.id,
        categories.join("/"),
        inc.factuality,
        date_label(rep),
        entity_label(&e.actor),
        entity_label(&e.recipient),
        if places.is_empty() {
            "-".to_string()
        } else {
            places.join("; ")
        }
    );
    let arts = inc.articles();
    s.push_str(&format!(
        "  {} report(s) in {} article(s)\n",
        inc.members.len(),
        arts.len()
    ));
    for m in &inc.members {
        let ev = &m.event;
        s.push_str(&format!(
            "  - {} [{}] event {} {}: sentence {} bytes {}..{} «{}»",
            m.article.id,
            m.article.source.as_deref().unwrap_or("source unknown"),
            ev.id,
            ev.category,
            ev.evidence.sentence,
            ev.evidence.start,
            ev.evidence.end,
            ev.evidence.trigger
        ));
        if let Some(a) = &ev.attribution {
            s.push_str(&format!(" claimed by {}", a.text));
        }
        s.push('\n');
    }
    s
}

pub fn run_incidents(args: IncidentsArgs) -> Result<ExitCode, String> {
    let store = open_db(&args.db)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut n = 0usize;
    let r = store.for_each_incident(args.min_articles.max(1), &mut |inc| {
        n += 1;
        if args.json {
            writeln!(out, "{}", incident_json(&inc)).map_err(stop)
        } else {
            writeln!(out, "{}", incident_text(&inc)).map_err(stop)
        }
    });
    let r = r.and_then(|()| {
        if !args.json {
            writeln!(out, "{n} incident(s)").map_err(stop)?;
        }
        out.flush().map_err(stop)
    });
    finish(r)
}
