//! khayt's lexicons: the data model of actors, agents, places and triggers, loading and
//! validating the tab-separated files in `data/` (shipped, embedded in the binary) and a
//! user's overlay directories, and the compiled one-pass [`Matcher`] that finds every
//! mention in a text with offsets into the original.
//!
//! The file formats are documented in `data/README.md`.

pub mod codes;
pub mod forms;
pub mod load;
pub mod matcher;
pub mod model;

pub use load::{Entries, FileKind, LexError};
pub use matcher::{key_of, Matcher, Mention, Seg};
pub use model::*;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// One source of lexicon files: the shipped data or a user's directory.
#[derive(Debug, Clone)]
pub enum Source {
    Builtin,
    Dir(PathBuf),
}

/// Loaded lexicon entries and their compiled matcher.
pub struct Lexicon {
    pub entries: Entries,
    pub matcher: Matcher,
    actor_index: HashMap<String, u32>,
}

/// Counts per kind, for `khayt lexicon stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub actors_curated: usize,
    pub actors_converted: usize,
    pub agents: usize,
    pub places: usize,
    pub triggers: usize,
    pub trigger_forms: usize,
    pub keys: usize,
}

fn is_curated(origin: &str) -> bool {
    origin == "curated"
}

/// Relational adjective forms: masculine, feminine, sound plurals, and the indefinite
/// accusative that counted nouns take (تركي → تركية، تركيون، تركيين، "قتل 13 عراقيا").
fn adjective_forms(adj: &str) -> Vec<String> {
    let a = adj.trim();
    vec![
        a.to_string(),
        format!("{a}ة"),
        format!("{a}ون"),
        format!("{a}ين"),
        format!("{a}ا"),
    ]
}

/// The indefinite accusative of a one-word noun ("شخص" → "شخصا", "جندي" → "جنديا"), the
/// form counted nouns take after numbers ("قتل 28 شخصا").
fn accusative(form: &str) -> Option<String> {
    let f = form.trim();
    let plain_end = !(f.ends_with('ا')
        || f.ends_with('ة')
        || f.ends_with('ه')
        || f.ends_with('ى')
        || f.ends_with("ون")
        || f.ends_with("ين")
        || f.ends_with("ات"));
    (!f.contains(' ') && plain_end && f.chars().count() >= 3).then(|| format!("{f}ا"))
}

/// Reads every `*.tsv` in the kind directories of `dir` (actors/, agents/, places/, triggers/).
fn read_dir_files(dir: &Path) -> Result<Vec<(FileKind, String, String)>, LexError> {
    let io_err = |p: &Path, e: std::io::Error| LexError {
        loc: Loc {
            file: p.display().to_string(),
            line: 0,
        },
        message: format!("cannot read: {e}"),
    };
    let mut out = Vec::new();
    let rd = std::fs::read_dir(dir).map_err(|e| io_err(dir, e))?;
    let mut kinds: Vec<_> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    kinds.sort();
    for kdir in kinds {
        let Some(kind) = kdir
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(FileKind::from_dir)
        else {
            continue;
        };
        let mut files: Vec<_> = std::fs::read_dir(&kdir)
            .map_err(|e| io_err(&kdir, e))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        for f in files {
            let bytes = std::fs::read(&f).map_err(|e| io_err(&f, e))?;
            let text = String::from_utf8(bytes).map_err(|e| LexError {
                loc: Loc {
                    file: f.display().to_string(),
                    line: 0,
                },
                message: format!("not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()),
            })?;
            out.push((kind, f.display().to_string(), text));
        }
    }
    Ok(out)
}

/// Parses all sources in order, later ones overriding earlier entries with the same id.
pub fn read_sources(sources: &[Source]) -> (Entries, Vec<LexError>) {
    let mut entries = Entries::default();
    let mut errors = Vec::new();
    for src in sources {
        let mut seen = HashMap::new();
        let files: Vec<(FileKind, String, String)> = match src {
            Source::Builtin => builtin::BUILTIN
                .iter()
                .filter_map(|(rel, text)| {
                    let kind = FileKind::from_dir(rel.split('/').next()?)?;
                    Some((kind, format!("data/{rel}"), text.to_string()))
                })
                .collect(),
            Source::Dir(d) => match read_dir_files(d) {
                Ok(f) => f,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            },
        };
        for (kind, name, text) in files {
            load::parse_file(kind, &name, &text, &mut entries, &mut seen, &mut errors);
        }
    }
    (entries, errors)
}

impl Lexicon {
    /// The shipped lexicons, overlaid with the given directories. Errors in any file make
    /// loading fail with every error listed.
    pub fn load(overlays: &[PathBuf]) -> Result<Lexicon, Vec<LexError>> {
        let mut sources = vec![Source::Builtin];
        sources.extend(overlays.iter().cloned().map(Source::Dir));
        let (entries, errors) = read_sources(&sources);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Lexicon::compile(entries))
    }

    /// Compiles loaded entries into the matcher.
    pub fn compile(entries: Entries) -> Lexicon {
        let mut forms: Vec<(String, EntryRef)> = Vec::new();
        for (i, a) in entries.actors.iter().enumerate() {
            let i = i as u32;
            forms.push((a.name_ar.clone(), EntryRef::Actor(i)));
            forms.extend(a.aliases.iter().map(|s| (s.clone(), EntryRef::Actor(i))));
            for adj in &a.adjectives {
                forms.extend(
                    adjective_forms(adj)
                        .into_iter()
                        .map(|s| (s, EntryRef::ActorAdj(i))),
                );
            }
        }
        for (i, a) in entries.agents.iter().enumerate() {
            for f in &a.forms {
                forms.push((f.clone(), EntryRef::Agent(i as u32)));
                if let Some(acc) = accusative(f) {
                    forms.push((acc, EntryRef::Agent(i as u32)));
                }
            }
        }
        for (i, p) in entries.places.iter().enumerate() {
            forms.push((p.name_ar.clone(), EntryRef::Place(i as u32)));
            forms.extend(
                p.variants
                    .iter()
                    .map(|s| (s.clone(), EntryRef::Place(i as u32))),
            );
        }
        for (i, t) in entries.triggers.iter().enumerate() {
            forms.extend(
                trigger_forms(t)
                    .into_iter()
                    .map(|(s, f)| (s, EntryRef::Trigger(i as u32, f))),
            );
        }
        let matcher = Matcher::build(forms.iter().map(|(s, e)| (s.as_str(), *e)));
        let actor_index = entries
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i as u32))
            .collect();
        Lexicon {
            entries,
            matcher,
            actor_index,
        }
    }

    pub fn actor(&self, i: u32) -> &Actor {
        &self.entries.actors[i as usize]
    }
    pub fn agent(&self, i: u32) -> &Agent {
        &self.entries.agents[i as usize]
    }
    pub fn place(&self, i: u32) -> &Place {
        &self.entries.places[i as usize]
    }
    pub fn trigger(&self, i: u32) -> &Trigger {
        &self.entries.triggers[i as usize]
    }
    pub fn actor_by_id(&self, id: &str) -> Option<&Actor> {
        self.actor_index.get(id).map(|&i| self.actor(i))
    }
    /// The index of the actor with this id (for a chunk that names it by another word).
    pub fn actor_idx(&self, id: &str) -> Option<u32> {
        self.actor_index.get(id).copied()
    }

    pub fn stats(&self) -> Stats {
        let e = &self.entries;
        let curated = e.actors.iter().filter(|a| is_curated(&a.origin)).count();
        Stats {
            actors_curated: curated,
            actors_converted: e.actors.len() - curated,
            agents: e.agents.len(),
            places: e.places.len(),
            triggers: e.triggers.len(),
            trigger_forms: e.triggers.iter().map(|t| trigger_forms(t).len()).sum(),
            keys: self.matcher.key_count(),
        }
    }
}

/// Every surface form a trigger generates, with its grammatical shape.
pub fn trigger_forms(t: &Trigger) -> Vec<(String, Form)> {
    let mut out = Vec::new();
    if t.kind == TriggerKind::Verb {
        out = forms::verb_forms(&t.past, &t.present);
    }
    if t.kind == TriggerKind::Forms {
        let listed = |cell: &str, form: Form| {
            cell.split('|')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(move |w| (w.to_string(), form))
                .collect::<Vec<_>>()
        };
        out.extend(listed(&t.past, Form::Past));
        out.extend(listed(&t.present, Form::Present));
    }
    let f = if t.kind == TriggerKind::Phrase {
        Form::Phrase
    } else {
        Form::Noun
    };
    // nouns keep their written form: the matcher needs to see a final ة (never a pronoun)
    out.extend(t.nouns.iter().map(|n| (n.trim().to_string(), f)));
    out.retain(|(form, _)| !t.roles.exclude.contains(&khayt_text::normalize(form)));
    out
}

/// Checks beyond syntax: affiliation targets that no actor defines, forms that can never
/// match, and forms shared by two entries of the same kind. Returns (errors, warnings).
pub fn check(entries: &Entries) -> (Vec<LexError>, Vec<LexError>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let ids: std::collections::HashSet<&str> =
        entries.actors.iter().map(|a| a.id.as_str()).collect();
    for a in &entries.actors {
        for af in &a.affiliations {
            if !ids.contains(af.target.as_str()) {
                errors.push(LexError {
                    loc: a.loc.clone(),
                    message: format!(
                        "`{}`: affiliation target `{}` is not a known actor id",
                        a.id, af.target
                    ),
                });
            }
        }
    }
    // (kind, key) -> first owner
    let mut owners: HashMap<(u8, String), (String, Loc, bool)> = HashMap::new();
    let mut visit = |kind: u8, id: &str, loc: &Loc, curated: bool, form: &str| {
        let Some(key) = key_of(form) else {
            errors.push(LexError {
                loc: loc.clone(),
                message: format!(
                    "`{id}`: form `{form}` can never match (empty or contains punctuation)"
                ),
            });
            return;
        };
        match owners.get(&(kind, key.clone())) {
            Some((other, oloc, ocurated)) if other != id => {
                let e = LexError {
                    loc: loc.clone(),
                    message: format!("`{id}`: form `{form}` is also a form of `{other}` ({oloc})"),
                };
                // two curated entries must not share a form; a converted entry that repeats
                // a curated one is only noise to review
                if curated && *ocurated {
                    errors.push(e);
                } else {
                    warnings.push(e);
                }
            }
            Some(_) => {}
            None => {
                owners.insert((kind, key), (id.to_string(), loc.clone(), curated));
            }
        }
    };
    for a in &entries.actors {
        let c = is_curated(&a.origin);
        for f in std::iter::once(&a.name_ar).chain(&a.aliases) {
            visit(0, &a.id, &a.loc, c, f);
        }
        for adj in &a.adjectives {
            visit(1, &a.id, &a.loc, c, adj);
        }
    }
    for a in &entries.agents {
        for f in &a.forms {
            visit(2, &a.id, &a.loc, is_curated(&a.origin), f);
        }
    }
    for p in &entries.places {
        for f in std::iter::once(&p.name_ar).chain(&p.variants) {
            // places legitimately share names (two villages called الشيخ مسكين); warn only
            visit(3, &p.id, &p.loc, false, f);
        }
    }
    for t in &entries.triggers {
        for (f, _) in trigger_forms(t) {
            if key_of(&f).is_none() {
                errors.push(LexError {
                    loc: t.loc.clone(),
                    message: format!("`{}`: form `{f}` can never match", t.id),
                });
            }
        }
    }
    (errors, warnings)
}
