//! `khayt export`: the store in the formats analysts' tools read.
//!
//! - `jsonl`: one event a line (the `khayt extract` record plus incident and article);
//! - `acled-csv`: one row per incident and place in ACLED's columns (documented in
//!   `crates/store/README.md`), the same happening reported by many articles being one
//!   row, as ACLED codes it;
//! - `geojson`: a FeatureCollection with a Point per located event and place (QGIS);
//! - `graphml`: actors as nodes, relation facts as edges (Gephi, networkx).
//!
//! jsonl, acled-csv and geojson stream, so memory stays bounded whatever the database
//! size; graphml collects the relation facts first (a graph is written nodes first).

use crate::query::{event_json, finish, open_db, stop, FilterArgs};
use crate::relations::known_affiliations;
use khayt_coder::Entity;
use khayt_lexicon::Lexicon;
use khayt_store::relations::{affiliation_facts, relation_facts, ActorRef, RelationFact};
use khayt_store::{EventFilter, Incident, Store, StoreError, StoredEvent};
use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    AcledCsv,
    Geojson,
    Graphml,
}

#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: Format,
    /// The database: an SQLite file, or a postgres:// URL.
    #[arg(long, default_value = "khayt.db")]
    db: String,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    #[command(flatten)]
    filter: FilterArgs,
    /// acled-csv: also export planned, hypothetical and negated events (ACLED codes only
    /// what occurred; by default so does this export unless --factuality is given).
    #[arg(long)]
    all_factualities: bool,
    /// graphml: leave out the lexicon's dated affiliations between the actors.
    #[arg(long)]
    no_lexicon: bool,
}

/// ACLED's columns in ACLED's order, then khayt's own. Keep in sync with the README of
/// `crates/store`, which documents each one.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "khayt_incident",
    "plover_category",
    "plover_mode",
    "factuality",
    "attribution",
    "event_ids",
    "article_ids",
    "evidence",
];

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    let store = open_db(&args.db)?;
    let lex = crate::load_lexicon(overlays)?;
    let mut filter = args.filter.to_filter(&lex)?;
    if args.format == Format::AcledCsv && !args.all_factualities && filter.factuality.is_none() {
        filter.factuality = Some("occurred".into());
    }
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).map_err(|e| format!("{}: {e}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let filtered = !args.filter.is_empty() || filter.factuality.is_some();
    let r = match args.format {
        Format::Jsonl => write_jsonl(&*store, &filter, out),
        Format::Geojson => write_geojson(&*store, &filter, out),
        Format::AcledCsv => write_acled(&*store, &lex, &filter, filtered, out),
        Format::Graphml => write_graphml(&*store, &lex, &filter, !args.no_lexicon, out),
    };
    finish(r)
}

fn write_jsonl(
    store: &dyn Store,
    filter: &EventFilter,
    mut out: Box<dyn Write + '_>,
) -> Result<(), StoreError> {
    store.for_each_event(filter, &mut |se| {
        writeln!(out, "{}", event_json(&se)).map_err(stop)
    })?;
    out.flush().map_err(stop)
}

fn write_geojson(
    store: &dyn Store,
    filter: &EventFilter,
    mut out: Box<dyn Write + '_>,
) -> Result<(), StoreError> {
    out.write_all(b"{\"type\": \"FeatureCollection\", \"features\": [\n")
        .map_err(stop)?;
    let mut first = true;
    store.for_each_event(filter, &mut |se| {
        let e = &se.event;
        for (i, l) in e.locations.iter().enumerate() {
            let (Some(lat), Some(lon)) = (l.lat, l.lon) else {
                continue;
            };
            if !lat.is_finite() || !lon.is_finite() {
                continue;
            }
            let f = serde_json::json!({
                "type": "Feature",
                // GeoJSON order is longitude, latitude (RFC 7946).
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "event_id": e.id,
                    "article_id": e.article_id,
                    "incident": se.incident,
                    "category": e.category,
                    "mode": e.mode,
                    "actor": e.actor.as_ref().map(|a| a.name.clone().unwrap_or_else(|| a.text.clone())),
                    "actor_id": e.actor.as_ref().and_then(|a| a.id.clone()),
                    "recipient": e.recipient.as_ref().map(|a| a.name.clone().unwrap_or_else(|| a.text.clone())),
                    "recipient_id": e.recipient.as_ref().and_then(|a| a.id.clone()),
                    "date": e.date.value,
                    "precision": e.date.precision,
                    "factuality": e.factuality,
                    "attribution": e.attribution.as_ref().map(|a| a.text.clone()),
                    "place": l.name.clone().unwrap_or_else(|| l.text.clone()),
                    "place_text": l.text,
                    "place_id": l.id,
                    "admin1": l.admin1,
                    "country": l.country,
                    "geo_precision": l.precision,
                    "location_index": i,
                    "source": se.article.source,
                },
            });
            if !first {
                out.write_all(b",\n").map_err(stop)?;
            }
            first = false;
            write!(out, "{f}").map_err(stop)?;
        }
        Ok(())
    })?;
    out.write_all(b"\n]}\n").map_err(stop)?;
    out.flush().map_err(stop)
}

/// ACLED's event type for a PLOVER event: (disorder_type, event_type, sub_event_type).
pub fn acled_type(
    category: &str,
    mode: Option<&str>,
    recipient: Option<&Entity>,
    located: bool,
) -> (&'static str, &'static str, &'static str) {
    const PV: &str = "Political violence";
    const SD: &str = "Strategic developments";
    let civilian = recipient
        .and_then(|r| r.sector.as_deref())
        .is_some_and(|s| matches!(s, "CVL" | "REF" | "JRN" | "EDU" | "MED" | "REL"));
    match (category, mode.unwrap_or("")) {
        ("ASSAULT", "aerial" | "drone") => (PV, "Explosions/Remote violence", "Air/drone strike"),
        ("ASSAULT", "explosives") => (
            PV,
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("ASSAULT", "suicide-attack") => (PV, "Explosions/Remote violence", "Suicide bomb"),
        ("ASSAULT", "heavy-weapons") => (
            PV,
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        ("ASSAULT", "unconventional") => (PV, "Explosions/Remote violence", "Chemical weapon"),
        ("ASSAULT", "sexual") => (PV, "Violence against civilians", "Sexual violence"),
        ("ASSAULT", "abduct") => (
            PV,
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        ("ASSAULT", "destroy") => (SD, "Strategic developments", "Looting/property destruction"),
        ("ASSAULT", "crowd-control") => (PV, "Protests", "Excessive force against protesters"),
        ("ASSAULT", _) if civilian => (PV, "Violence against civilians", "Attack"),
        ("ASSAULT", _) => (PV, "Battles", "Armed clash"),
        ("RETREAT" | "CONCEDE", "ceasefire") => (SD, "Strategic developments", "Agreement"),
        ("RETREAT" | "CONCEDE", _) if recipient.is_some() && located => (
            SD,
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        ("COERCE", "seize") if located => (
            SD,
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        ("COERCE", "arrest") => (SD, "Strategic developments", "Arrests"),
        ("COERCE", "curfew" | "martial-law" | "ban" | "restrict") => {
            (SD, "Strategic developments", "Change to group/activity")
        }
        ("AGREE" | "SUPPORT", _) => (SD, "Strategic developments", "Agreement"),
        ("JOIN" | "SPLIT" | "MOBILIZE", _) => {
            (SD, "Strategic developments", "Change to group/activity")
        }
        ("PROTEST", "riot" | "vandalize") => ("Demonstrations", "Riots", "Violent demonstration"),
        ("PROTEST", _) => ("Demonstrations", "Protests", "Peaceful protest"),
        _ => (SD, "Strategic developments", "Other"),
    }
}

/// ACLED's actor type code (inter1/inter2) from the PLOVER country and sector.
pub fn inter_code(e: Option<&Entity>) -> Option<u8> {
    let e = e?;
    let country = e.country.as_deref().unwrap_or("");
    if country == "IGO" || country == "NGO" {
        return Some(8);
    }
    Some(match e.sector.as_deref()? {
        "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG" | "PRE" if country != "IMG" => 1,
        "REB" | "INS" => 2,
        "UAF" | "PRM" => 3,
        "CVL" | "REF" | "JRN" | "EDU" | "MED" | "BUS" | "REL" | "SOC" | "AGR" => 7,
        _ => return None,
    })
}

fn verb(category: &str, mode: Option<&str>) -> &'static str {
    match (category, mode.unwrap_or("")) {
        ("JOIN", "pledge") => "pledged allegiance to",
        ("JOIN", "merge") => "merged with",
        ("JOIN", _) => "joined",
        ("SPLIT", "defect") => "defected from",
        ("SPLIT", _) => "split from",
        ("RETREAT", _) => "withdrew in favour of",
        ("CONCEDE", _) => "conceded to",
        ("AGREE", _) => "agreed with",
        ("SUPPORT", _) => "supported",
        ("CONSULT", _) => "consulted with",
        ("COOPERATE", _) => "cooperated with",
        ("AID", _) => "gave aid to",
        ("REQUEST", _) => "asked",
        ("ACCUSE", _) => "accused",
        ("REJECT", _) => "rejected",
        ("THREATEN", _) => "threatened",
        ("PROTEST", _) => "protested against",
        ("SANCTION", _) => "sanctioned",
        ("MOBILIZE", _) => "mobilized against",
        ("COERCE", "seize") => "took control from",
        ("COERCE", _) => "coerced",
        ("ASSAULT", _) => "attacked",
        _ => "acted on",
    }
}

fn label(e: Option<&Entity>) -> String {
    e.map(|a| a.name.clone().unwrap_or_else(|| a.text.clone()))
        .unwrap_or_default()
}

/// ACLED's event_date and time_precision for a khayt date: exact day 1; a week (or an
/// article date, which puts the event within the days before the report) 2; a month or
/// a year 3, dated mid-period as ACLED does.
fn acled_date(value: &str, precision: &str) -> (String, &'static str) {
    match precision {
        "day" | "article" if value.len() == 10 => (
            value.to_string(),
            if precision == "day" { "1" } else { "2" },
        ),
        "week" => match khayt_store::dates::parse_span(value) {
            Some((lo, _)) => (khayt_store::dates::format_day(lo + 3), "2"),
            None => (value.to_string(), "2"),
        },
        "month" if value.len() == 7 => (format!("{value}-15"), "3"),
        "year" if value.len() == 4 => (format!("{value}-07-01"), "3"),
        _ => (value.to_string(), "3"),
    }
}

fn country_known(lex: &Lexicon, iso3: &str) -> bool {
    let id = format!("country-{}", iso3.to_lowercase());
    lex.entries.places.iter().any(|p| p.id == id)
}

fn country_name(lex: &Lexicon, iso3: &str) -> String {
    let id = format!("country-{}", iso3.to_lowercase());
    lex.entries
        .places
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name_en.clone())
        .unwrap_or_else(|| iso3.to_string())
}

fn acled_rows(inc: &Incident, lex: &Lexicon, now: u64) -> Vec<Vec<String>> {
    let Some(rep) = inc.representative() else {
        return Vec::new();
    };
    let e = &rep.event;
    // Every distinct place any report names, the representative's first: ACLED codes
    // one location per row.
    let mut places: Vec<&khayt_coder::Location> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for m in std::iter::once(rep).chain(inc.members.iter()) {
        for l in &m.event.locations {
            if seen.insert(l.id.clone().unwrap_or_else(|| l.text.clone())) {
                places.push(l);
            }
        }
    }
    let (disorder, etype, sub) = acled_type(
        &e.category,
        e.mode.as_deref(),
        e.recipient.as_ref(),
        !places.is_empty(),
    );
    let (date, tp) = acled_date(&e.date.value, &e.date.precision);
    let year = date.get(..4).unwrap_or("").to_string();
    let inter1 = inter_code(e.actor.as_ref());
    let inter2 = inter_code(e.recipient.as_ref());
    let interaction = match (inter1, inter2) {
        (Some(a), Some(b)) => format!("{}{}", a.min(b), a.max(b)),
        (Some(a), None) | (None, Some(a)) => format!("{a}0"),
        _ => String::new(),
    };
    let civilian = sub == "Attack" && etype == "Violence against civilians";
    let sources: Vec<String> = {
        let s = inc.sources();
        if s.is_empty() {
            inc.articles().iter().map(|a| a.to_string()).collect()
        } else {
            s.iter().map(|a| a.to_string()).collect()
        }
    };
    let fatalities = inc
        .members
        .iter()
        .filter_map(|m| m.event.quantity.as_ref())
        .filter(|q| q.unit == "killed")
        .map(|q| q.value)
        // Conservative, as ACLED: the lowest count any report gives.
        .min()
        .unwrap_or(0);
    let mut tags: Vec<String> = inc
        .members
        .iter()
        .filter_map(|m| m.event.quantity.as_ref())
        .filter(|q| q.unit != "killed")
        .map(|q| format!("{} {}", q.value, q.unit))
        .collect();
    tags.dedup();
    let claims: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for m in &inc.members {
            if let Some(a) = &m.event.attribution {
                if !v.contains(&a.text) {
                    v.push(a.text.clone());
                }
            }
        }
        v
    };
    let mut categories: Vec<&str> = Vec::new();
    for m in &inc.members {
        if !categories.contains(&m.event.category.as_str()) {
            categories.push(&m.event.category);
        }
    }
    let place_names: Vec<String> = places
        .iter()
        .map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()))
        .collect();
    let mut notes = format!("On {} ({} precision), ", e.date.value, e.date.precision);
    notes.push_str(&if e.actor.is_some() {
        label(e.actor.as_ref())
    } else {
        "unidentified actors".into()
    });
    notes.push(' ');
    let v = verb(&e.category, e.mode.as_deref());
    match &e.recipient {
        Some(r) => notes.push_str(&format!("{v} {}", label(Some(r)))),
        None => notes.push_str(v.split(' ').next().unwrap_or(v)),
    }
    if !place_names.is_empty() {
        notes.push_str(&format!(" ({})", place_names.join(", ")));
    }
    notes.push('.');
    if e.factuality != "occurred" {
        notes.push_str(&format!(" Reported as {}.", e.factuality));
    }
    if !claims.is_empty() {
        notes.push_str(&format!(" According to: {}.", claims.join("; ")));
    }
    notes.push_str(&format!(
        " {} report(s) in {} article(s).",
        inc.members.len(),
        inc.articles().len()
    ));
    let event_ids: Vec<&str> = inc.members.iter().map(|m| m.event.id.as_str()).collect();
    let row = |k: usize, l: Option<&khayt_coder::Location>| -> Vec<String> {
        // The place's country, else a state actor's; a non-state code (IMG, IGO) is no
        // country, and ACLED's id prefix is then XXX.
        let iso3 = l
            .and_then(|l| l.country.clone())
            .or_else(|| {
                [&e.actor, &e.recipient]
                    .into_iter()
                    .flatten()
                    .filter_map(|a| a.country.clone())
                    .find(|c| country_known(lex, c))
            })
            .filter(|c| country_known(lex, c))
            .unwrap_or_else(|| "XXX".into());
        let id = if k == 0 {
            format!("{iso3}{}", inc.id)
        } else {
            format!("{iso3}{}-{}", inc.id, k + 1)
        };
        let geo = match l.map(|l| l.precision.as_str()) {
            Some("point") => "1",
            Some("near") => "2",
            Some(_) => "3",
            None => "",
        };
        vec![
            id,
            date.clone(),
            year.clone(),
            tp.into(),
            disorder.into(),
            etype.into(),
            sub.into(),
            label(e.actor.as_ref()),
            String::new(),
            inter1.map(|x| x.to_string()).unwrap_or_default(),
            label(e.recipient.as_ref()),
            String::new(),
            inter2.map(|x| x.to_string()).unwrap_or_default(),
            interaction.clone(),
            if civilian {
                "Civilian targeting".into()
            } else {
                String::new()
            },
            String::new(),
            String::new(),
            if iso3 == "XXX" {
                String::new()
            } else {
                country_name(lex, &iso3)
            },
            l.and_then(|l| l.admin1.clone()).unwrap_or_default(),
            String::new(),
            String::new(),
            l.map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()))
                .unwrap_or_default(),
            l.and_then(|l| l.lat)
                .map(|x| format!("{x:.4}"))
                .unwrap_or_default(),
            l.and_then(|l| l.lon)
                .map(|x| format!("{x:.4}"))
                .unwrap_or_default(),
            geo.into(),
            sources.join("; "),
            String::new(),
            notes.clone(),
            fatalities.to_string(),
            tags.join("; "),
            now.to_string(),
            inc.id.to_string(),
            categories.join("/"),
            e.mode.clone().unwrap_or_default(),
            e.factuality.clone(),
            claims.join("; "),
            event_ids.join(" "),
            inc.articles().join(" "),
            rep.sentence.clone().unwrap_or_default(),
        ]
    };
    if places.is_empty() {
        vec![row(0, None)]
    } else {
        places
            .iter()
            .enumerate()
            .map(|(k, l)| row(k, Some(l)))
            .collect()
    }
}

fn write_acled(
    store: &dyn Store,
    lex: &Lexicon,
    filter: &EventFilter,
    filtered: bool,
    out: Box<dyn Write + '_>,
) -> Result<(), StoreError> {
    let csv_err = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => stop(e),
        other => StoreError::Stopped(format!("writing CSV: {other:?}")),
    };
    // With a filter, an incident is exported when any of its reports matches.
    let wanted: Option<HashSet<i64>> = if filtered {
        let mut ids = HashSet::new();
        store.for_each_event(filter, &mut |se| {
            if let Some(i) = se.incident {
                ids.insert(i);
            }
            Ok(())
        })?;
        Some(ids)
    } else {
        None
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut w = csv::Writer::from_writer(out);
    w.write_record(ACLED_COLUMNS).map_err(csv_err)?;
    store.for_each_incident(1, &mut |inc| {
        if wanted.as_ref().is_some_and(|w| !w.contains(&inc.id)) {
            return Ok(());
        }
        for r in acled_rows(&inc, lex, now) {
            w.write_record(&r).map_err(csv_err)?;
        }
        Ok(())
    })?;
    w.flush().map_err(stop)
}

/// Escapes text for XML 1.0, dropping the control characters it cannot carry.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

const GRAPHML_KEYS: &[(&str, &str, &str)] = &[
    ("label", "node", "string"),
    ("actor_id", "node", "string"),
    ("code", "node", "string"),
    ("kind", "edge", "string"),
    ("stance", "edge", "string"),
    ("category", "edge", "string"),
    ("mode", "edge", "string"),
    ("date", "edge", "string"),
    ("until", "edge", "string"),
    ("precision", "edge", "string"),
    ("factuality", "edge", "string"),
    ("directed", "edge", "boolean"),
    ("claimed_by", "edge", "string"),
    ("incident", "edge", "long"),
    ("event_ids", "edge", "string"),
    ("article_ids", "edge", "string"),
    ("source", "edge", "string"),
    ("weight", "edge", "double"),
];

fn write_graphml(
    store: &dyn Store,
    lex: &Lexicon,
    filter: &EventFilter,
    with_lexicon: bool,
    mut out: Box<dyn Write + '_>,
) -> Result<(), StoreError> {
    let events: Vec<StoredEvent> = store.events(filter)?;
    let mut facts: Vec<RelationFact> = relation_facts(&events);
    drop(events);
    let mut nodes: BTreeMap<String, ActorRef> = BTreeMap::new();
    for f in &facts {
        nodes.entry(f.actor.key.clone()).or_insert(f.actor.clone());
        nodes.entry(f.other.key.clone()).or_insert(f.other.clone());
    }
    if with_lexicon {
        // Only affiliations between actors the events mention: the lexicon's full web
        // would swamp the picture the reports draw.
        let ids: Vec<String> = nodes.keys().cloned().collect();
        for f in affiliation_facts(&known_affiliations(lex, Some(&ids))) {
            if nodes.contains_key(&f.actor.key) && nodes.contains_key(&f.other.key) {
                facts.push(f);
            }
        }
    }
    let index: BTreeMap<&str, usize> = nodes
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, for_, ty) in GRAPHML_KEYS {
        s.push_str(&format!(
            "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>\n"
        ));
    }
    s.push_str("  <graph id=\"khayt\" edgedefault=\"directed\">\n");
    out.write_all(s.as_bytes()).map_err(stop)?;
    for (i, (key, a)) in nodes.iter().enumerate() {
        let mut n = format!("    <node id=\"n{i}\">\n");
        n.push_str(&format!(
            "      <data key=\"label\">{}</data>\n",
            xml(&a.label)
        ));
        n.push_str(&format!(
            "      <data key=\"actor_id\">{}</data>\n",
            xml(a.id.as_deref().unwrap_or(key))
        ));
        if let Some(c) = &a.code {
            n.push_str(&format!("      <data key=\"code\">{}</data>\n", xml(c)));
        }
        n.push_str("    </node>\n");
        out.write_all(n.as_bytes()).map_err(stop)?;
    }
    for (i, f) in facts.iter().enumerate() {
        let (Some(src), Some(dst)) = (
            index.get(f.actor.key.as_str()),
            index.get(f.other.key.as_str()),
        ) else {
            continue;
        };
        let mut e = format!("    <edge id=\"e{i}\" source=\"n{src}\" target=\"n{dst}\">\n");
        let mut data = |k: &str, v: &str| {
            e.push_str(&format!("      <data key=\"{k}\">{}</data>\n", xml(v)));
        };
        data("kind", &f.kind);
        data("stance", &f.stance);
        data("category", &f.category);
        if let Some(m) = &f.mode {
            data("mode", m);
        }
        if let Some(d) = &f.date {
            data("date", d);
        }
        if let Some(u) = &f.until {
            data("until", u);
        }
        data("precision", &f.precision);
        data("factuality", &f.factuality);
        data("directed", if f.directed { "true" } else { "false" });
        if !f.claimed_by.is_empty() {
            data("claimed_by", &f.claimed_by.join("; "));
        }
        if let Some(inc) = f.incident {
            data("incident", &inc.to_string());
        }
        data("event_ids", &f.event_ids.join(" "));
        data("article_ids", &f.article_ids.join(" "));
        data("source", &f.source);
        data("weight", &f.event_ids.len().max(1).to_string());
        e.push_str("    </edge>\n");
        out.write_all(e.as_bytes()).map_err(stop)?;
    }
    out.write_all(b"  </graph>\n</graphml>\n").map_err(stop)?;
    out.flush().map_err(stop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_and_drops_control_characters() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn join_and_split_are_changes_to_group_activity() {
        for c in ["JOIN", "SPLIT"] {
            assert_eq!(
                acled_type(c, None, None, false),
                (
                    "Strategic developments",
                    "Strategic developments",
                    "Change to group/activity"
                )
            );
        }
    }

    #[test]
    fn a_withdrawal_to_a_named_recipient_is_a_non_violent_transfer() {
        let hts = Entity {
            text: "هيئة تحرير الشام".into(),
            id: Some("hts".into()),
            name: None,
            name_ar: None,
            country: Some("IMG".into()),
            sector: Some("REB".into()),
            code: None,
            start: 0,
            end: 0,
        };
        assert_eq!(
            acled_type("RETREAT", Some("withdraw"), Some(&hts), true).2,
            "Non-violent transfer of territory"
        );
        assert_eq!(
            acled_type("RETREAT", Some("withdraw"), None, true).2,
            "Other"
        );
        assert_eq!(inter_code(Some(&hts)), Some(2));
    }

    #[test]
    fn acled_dates_put_coarse_precision_mid_period() {
        assert_eq!(acled_date("2017-03", "month"), ("2017-03-15".into(), "3"));
        assert_eq!(acled_date("2017-03-22", "day"), ("2017-03-22".into(), "1"));
        assert_eq!(
            acled_date("2017-04-01", "article"),
            ("2017-04-01".into(), "2")
        );
        assert_eq!(acled_date("2017-03-20", "week"), ("2017-03-23".into(), "2"));
    }
}
