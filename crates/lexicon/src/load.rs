//! Reading the tab-separated lexicon files, with file:line errors.

use crate::codes;
use crate::model::*;
use std::collections::HashMap;
use std::fmt;

/// A problem in a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexError {
    pub loc: Loc,
    pub message: String,
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.loc, self.message)
    }
}

impl std::error::Error for LexError {}

pub const ACTOR_COLUMNS: &[&str] = &[
    "id",
    "type",
    "country",
    "sector",
    "name_en",
    "name_ar",
    "aliases_ar",
    "adjectives_ar",
    "affiliations",
    "origin",
];
pub const AGENT_COLUMNS: &[&str] = &["id", "sector", "country", "name_en", "forms_ar", "origin"];
pub const PLACE_COLUMNS: &[&str] = &[
    "id",
    "type",
    "name_en",
    "name_ar",
    "variants_ar",
    "admin1",
    "country",
    "lat",
    "lon",
    "origin",
];
pub const TRIGGER_COLUMNS: &[&str] = &[
    "id", "category", "mode", "context", "kind", "past", "present", "nouns", "roles", "origin",
];

/// The kinds of lexicon file, named by the directory holding them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    Actors,
    Agents,
    Places,
    Triggers,
}

impl FileKind {
    pub fn from_dir(dir: &str) -> Option<FileKind> {
        Some(match dir {
            "actors" => FileKind::Actors,
            "agents" => FileKind::Agents,
            "places" => FileKind::Places,
            "triggers" => FileKind::Triggers,
            _ => return None,
        })
    }

    pub fn columns(self) -> &'static [&'static str] {
        match self {
            FileKind::Actors => ACTOR_COLUMNS,
            FileKind::Agents => AGENT_COLUMNS,
            FileKind::Places => PLACE_COLUMNS,
            FileKind::Triggers => TRIGGER_COLUMNS,
        }
    }
}

/// All entries read so far; later sources replace entries with the same id.
#[derive(Debug, Default, Clone)]
pub struct Entries {
    pub actors: Vec<Actor>,
    pub agents: Vec<Agent>,
    pub places: Vec<Place>,
    pub triggers: Vec<Trigger>,
    /// Where each id stands in its list, so a later source's entry replaces it without
    /// scanning the list (thousands of rows per file).
    index: HashMap<(FileKind, String), usize>,
}

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

pub(crate) fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, dd] => {
            num(y, 4)
                && num(m, 2)
                && num(dd, 2)
                && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
                && (1..=31).contains(&dd.parse::<u32>().unwrap_or(0))
        }
        _ => false,
    }
}

fn parse_affiliations(cell: &str) -> Result<Vec<Affiliation>, String> {
    let mut out = Vec::new();
    for part in cell.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let (rel, rest) = part
            .split_once('>')
            .ok_or_else(|| format!("affiliation `{part}`: expected relation>target@from..to"))?;
        let (target, dates) = rest.split_once('@').unwrap_or((rest, ""));
        let (from, to) = if dates.is_empty() {
            ("", "")
        } else {
            dates
                .split_once("..")
                .ok_or_else(|| format!("affiliation `{part}`: dates must be FROM..TO"))?
        };
        if !codes::RELATIONS.contains(&rel) {
            return Err(format!("affiliation `{part}`: unknown relation `{rel}`"));
        }
        if !valid_id(target) {
            return Err(format!("affiliation `{part}`: bad target id `{target}`"));
        }
        for d in [from, to] {
            if !d.is_empty() && !valid_date(d) {
                return Err(format!(
                    "affiliation `{part}`: bad date `{d}` (YYYY, YYYY-MM or YYYY-MM-DD)"
                ));
            }
        }
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        out.push(Affiliation {
            relation: rel.to_string(),
            target: target.to_string(),
            from: opt(from),
            to: opt(to),
        });
    }
    Ok(out)
}

fn parse_roles(cell: &str) -> Result<Roles, String> {
    let mut roles = Roles::default();
    for part in cell.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        if part == "symmetric" {
            roles.symmetric = true;
            continue;
        }
        if part == "patient" {
            roles.patient = true;
            continue;
        }
        if part == "armed" {
            roles.armed = true;
            continue;
        }
        if part == "crowd" {
            roles.crowd = true;
            continue;
        }
        if part == "charged" {
            roles.charged = true;
            continue;
        }
        if part == "passive" {
            roles.passive = true;
            continue;
        }
        let (name, preps) = part.split_once('=').ok_or_else(|| {
            format!("roles `{part}`: expected role=prep|prep, `symmetric`, `patient`, `passive`, `armed`, `crowd` or `charged`")
        })?;
        let preps: Vec<String> = list(preps)
            .iter()
            .map(|p| {
                if p == "obj" {
                    p.clone()
                } else {
                    khayt_text::normalize(p)
                }
            })
            .collect();
        match name.trim() {
            "exclude" => roles.exclude = preps,
            "recipient" => roles.recipient = preps,
            "place" => roles.place = preps,
            other => {
                return Err(format!(
                    "roles `{part}`: unknown role `{other}` (recipient, place, exclude)"
                ))
            }
        }
    }
    Ok(roles)
}

/// Parses one lexicon file's text into `into`, collecting errors. `seen` tracks ids
/// defined by this source, so duplicates inside one source are errors while a later
/// source may replace an earlier one.
pub fn parse_file(
    kind: FileKind,
    file: &str,
    text: &str,
    into: &mut Entries,
    seen: &mut HashMap<(FileKind, String), Loc>,
    errors: &mut Vec<LexError>,
) {
    let want = kind.columns();
    let mut header_seen = false;
    for (n, raw) in text.lines().enumerate() {
        let loc = Loc {
            file: file.to_string(),
            line: n + 1,
        };
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let err = |m: String| LexError {
            loc: loc.clone(),
            message: m,
        };
        if !header_seen {
            header_seen = true;
            if cells != want {
                errors.push(err(format!("header must be `{}`", want.join("\\t"))));
                return;
            }
            continue;
        }
        if cells.len() != want.len() {
            errors.push(err(format!(
                "expected {} tab-separated columns, found {}",
                want.len(),
                cells.len()
            )));
            continue;
        }
        let id = cells[0];
        if !valid_id(id) {
            errors.push(err(format!(
                "bad id `{id}` (lowercase ASCII letters, digits, - and _)"
            )));
            continue;
        }
        if let Some(prev) = seen.get(&(kind, id.to_string())) {
            errors.push(err(format!(
                "duplicate id `{id}` (first defined at {prev})"
            )));
            continue;
        }
        seen.insert((kind, id.to_string()), loc.clone());
        let slot = (kind, id.to_string());
        let index = &mut into.index;
        let result =
            match kind {
                FileKind::Actors => parse_actor(&cells, loc.clone())
                    .map(|a| upsert(&mut into.actors, index, slot, a)),
                FileKind::Agents => parse_agent(&cells, loc.clone())
                    .map(|a| upsert(&mut into.agents, index, slot, a)),
                FileKind::Places => parse_place(&cells, loc.clone())
                    .map(|a| upsert(&mut into.places, index, slot, a)),
                FileKind::Triggers => parse_trigger(&cells, loc.clone())
                    .map(|a| upsert(&mut into.triggers, index, slot, a)),
            };
        if let Err(m) = result {
            errors.push(err(m));
        }
    }
    if !header_seen {
        errors.push(LexError {
            loc: Loc {
                file: file.to_string(),
                line: 1,
            },
            message: format!("empty file: expected the header `{}`", want.join("\\t")),
        });
    }
}

fn upsert<T>(
    v: &mut Vec<T>,
    index: &mut HashMap<(FileKind, String), usize>,
    slot: (FileKind, String),
    item: T,
) {
    match index.get(&slot) {
        Some(&i) => v[i] = item,
        None => {
            index.insert(slot, v.len());
            v.push(item);
        }
    }
}

fn require<'a>(cells: &[&'a str], i: usize, name: &str) -> Result<&'a str, String> {
    match cells[i] {
        "" => Err(format!("`{name}` is required")),
        s => Ok(s),
    }
}

fn check_sector(s: &str) -> Result<(), String> {
    if s.is_empty() || codes::SECTORS.contains(&s) {
        Ok(())
    } else {
        Err(format!("unknown sector `{s}`"))
    }
}

fn check_country(c: &str, required: bool) -> Result<(), String> {
    if c.is_empty() && !required || codes::is_country(c) {
        Ok(())
    } else {
        Err(format!(
            "unknown country code `{c}` (ISO-3 or one of {})",
            codes::NON_STATE.join(" ")
        ))
    }
}

fn parse_actor(c: &[&str], loc: Loc) -> Result<Actor, String> {
    let kind = require(c, 1, "type")?;
    if !codes::ACTOR_TYPES.contains(&kind) {
        return Err(format!("unknown actor type `{kind}`"));
    }
    check_country(c[2], true)?;
    check_sector(c[3])?;
    Ok(Actor {
        id: c[0].into(),
        kind: kind.into(),
        country: c[2].into(),
        sector: c[3].into(),
        name_en: require(c, 4, "name_en")?.into(),
        name_ar: require(c, 5, "name_ar")?.into(),
        aliases: list(c[6]),
        adjectives: list(c[7]),
        affiliations: parse_affiliations(c[8])?,
        origin: require(c, 9, "origin")?.into(),
        loc,
    })
}

fn parse_agent(c: &[&str], loc: Loc) -> Result<Agent, String> {
    let sector = require(c, 1, "sector")?;
    check_sector(sector)?;
    check_country(c[2], false)?;
    let forms = list(c[4]);
    if forms.is_empty() {
        return Err("`forms_ar` is required".into());
    }
    Ok(Agent {
        id: c[0].into(),
        sector: sector.into(),
        country: c[2].into(),
        name_en: require(c, 3, "name_en")?.into(),
        forms,
        origin: require(c, 5, "origin")?.into(),
        loc,
    })
}

fn parse_coord(s: &str, lo: f64, hi: f64, name: &str) -> Result<Option<f64>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<f64>() {
        Ok(v) if (lo..=hi).contains(&v) => Ok(Some(v)),
        _ => Err(format!("bad {name} `{s}`")),
    }
}

fn parse_place(c: &[&str], loc: Loc) -> Result<Place, String> {
    let kind = require(c, 1, "type")?;
    if !codes::PLACE_TYPES.contains(&kind) {
        return Err(format!("unknown place type `{kind}`"));
    }
    check_country(c[6], true)?;
    Ok(Place {
        id: c[0].into(),
        kind: kind.into(),
        name_en: require(c, 2, "name_en")?.into(),
        name_ar: require(c, 3, "name_ar")?.into(),
        variants: list(c[4]),
        admin1: c[5].into(),
        country: c[6].into(),
        lat: parse_coord(c[7], -90.0, 90.0, "lat")?,
        lon: parse_coord(c[8], -180.0, 180.0, "lon")?,
        origin: require(c, 9, "origin")?.into(),
        loc,
    })
}

fn parse_trigger(c: &[&str], loc: Loc) -> Result<Trigger, String> {
    let category = require(c, 1, "category")?;
    let modes =
        codes::category_modes(category).ok_or_else(|| format!("unknown category `{category}`"))?;
    let mode = c[2];
    if !mode.is_empty() && !modes.contains(&mode) {
        return Err(format!(
            "unknown mode `{mode}` for {category} (one of: {})",
            modes.join(", ")
        ));
    }
    let context: Vec<String> = list(c[3]);
    if let Some(bad) = context
        .iter()
        .find(|x| !codes::CONTEXTS.contains(&x.as_str()))
    {
        return Err(format!("unknown context `{bad}`"));
    }
    let kind = match c[4] {
        "verb" => TriggerKind::Verb,
        "noun" => TriggerKind::Noun,
        "phrase" => TriggerKind::Phrase,
        "forms" => TriggerKind::Forms,
        k => return Err(format!("unknown kind `{k}` (verb, forms, noun, phrase)")),
    };
    let (past, present, nouns) = (c[5], c[6], list(c[7]));
    if kind == TriggerKind::Verb && (past.is_empty() || present.is_empty()) {
        return Err("a verb needs both `past` and `present`".into());
    }
    if kind == TriggerKind::Forms && past.is_empty() && present.is_empty() {
        return Err("`forms` needs its verb forms in `past` or `present`".into());
    }
    if matches!(kind, TriggerKind::Noun | TriggerKind::Phrase) && nouns.is_empty() {
        return Err("a noun or phrase needs `nouns`".into());
    }
    Ok(Trigger {
        id: c[0].into(),
        category: category.into(),
        mode: mode.into(),
        context,
        kind,
        past: past.into(),
        present: present.into(),
        nouns,
        roles: parse_roles(c[8])?,
        origin: require(c, 9, "origin")?.into(),
        loc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(kind: FileKind, text: &str) -> (Entries, Vec<LexError>) {
        let mut e = Entries::default();
        let mut errs = Vec::new();
        parse_file(kind, "t.tsv", text, &mut e, &mut HashMap::new(), &mut errs);
        (e, errs)
    }

    #[test]
    fn actor_line_parses_with_affiliations() {
        let text = "id\ttype\tcountry\tsector\tname_en\tname_ar\taliases_ar\tadjectives_ar\taffiliations\torigin\n\
                    jfs\tarmed_group\tIMG\tREB\tJabhat Fateh al-Sham\tجبهة فتح الشام\tفتح الشام\t\tmerged_into>hts@2017-01-28..\tcurated\n";
        let (e, errs) = parse(FileKind::Actors, text);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(e.actors[0].affiliations[0].target, "hts");
        assert_eq!(
            e.actors[0].affiliations[0].from.as_deref(),
            Some("2017-01-28")
        );
    }

    #[test]
    fn wrong_column_count_names_file_and_line() {
        let text = "id\tsector\tcountry\tname_en\tforms_ar\torigin\nx\tMIL\n";
        let (_, errs) = parse(FileKind::Agents, text);
        assert_eq!(
            errs[0].to_string(),
            "t.tsv:2: expected 6 tab-separated columns, found 2"
        );
    }

    #[test]
    fn unknown_sector_is_an_error() {
        let text = "id\tsector\tcountry\tname_en\tforms_ar\torigin\nx\tXXX\t\tx\tجند\tcurated\n";
        let (_, errs) = parse(FileKind::Agents, text);
        assert!(errs[0].message.contains("unknown sector"));
    }

    #[test]
    fn unknown_mode_for_category_is_an_error() {
        let text = "id\tcategory\tmode\tcontext\tkind\tpast\tpresent\tnouns\troles\torigin\n\
                    t\tASSAULT\twithdraw\t\tnoun\t\t\tغارة\t\tcurated\n";
        let (_, errs) = parse(FileKind::Triggers, text);
        assert!(errs[0].message.contains("unknown mode"));
    }

    #[test]
    fn duplicate_ids_in_one_source_are_errors() {
        let text = "id\tsector\tcountry\tname_en\tforms_ar\torigin\nx\tMIL\t\tx\tجند\tcurated\nx\tMIL\t\tx\tجنود\tcurated\n";
        let (_, errs) = parse(FileKind::Agents, text);
        assert!(errs[0]
            .message
            .contains("duplicate id `x` (first defined at t.tsv:2)"));
    }

    #[test]
    fn a_forms_entry_lists_its_verb_forms_as_verbs_and_generates_none() {
        let text = "id\tcategory\tmode\tcontext\tkind\tpast\tpresent\tnouns\troles\torigin\n\
                    t\tASSAULT\t\t\tforms\tاستهدف|استهدفت\t\t\trecipient=obj\tcurated\n";
        let (e, errs) = parse(FileKind::Triggers, text);
        assert!(errs.is_empty(), "{errs:?}");
        let forms = crate::trigger_forms(&e.triggers[0]);
        assert_eq!(
            forms,
            [
                ("استهدف".to_string(), crate::Form::Past),
                ("استهدفت".to_string(), crate::Form::Past)
            ]
        );
    }

    #[test]
    fn a_forms_entry_without_forms_is_an_error() {
        let text = "id\tcategory\tmode\tcontext\tkind\tpast\tpresent\tnouns\troles\torigin\n\
                    t\tASSAULT\t\t\tforms\t\t\tغارة\t\tcurated\n";
        let (_, errs) = parse(FileKind::Triggers, text);
        assert!(
            errs[0].message.contains("`forms` needs its verb forms"),
            "{errs:?}"
        );
    }

    #[test]
    fn roles_normalize_prepositions() {
        let r = parse_roles("recipient=إلى|obj;place=من;symmetric;patient").unwrap();
        assert!(r.patient);
        assert_eq!(r.recipient, ["الي", "obj"]);
        assert!(r.symmetric);
    }

    #[test]
    fn roles_read_the_crowd_armed_and_charged_flags() {
        let r = parse_roles("crowd;place=في").unwrap();
        assert!(r.crowd && !r.armed);
        let r = parse_roles("armed").unwrap();
        assert!(r.armed && !r.crowd);
        assert!(parse_roles("crowds").unwrap_err().contains("`crowd`"));
        assert!(parse_roles("charged;recipient=على").unwrap().charged);
    }
}
