//! Lexicon entries as loaded from the data files.

use std::fmt;

/// Where an entry was defined, for error messages and provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A dated relation from one actor to another (`leads>isis@2010-05..2019-10`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliation {
    pub relation: String,
    pub target: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when open.
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub kind: String,
    pub country: String,
    pub sector: String,
    pub name_en: String,
    pub name_ar: String,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub affiliations: Vec<Affiliation>,
    pub origin: String,
    pub loc: Loc,
}

impl Actor {
    /// PLOVER-style "COUNTRY SECTOR" code, e.g. "IRQ MIL" or "IMG REB".
    pub fn code(&self) -> String {
        if self.sector.is_empty() {
            self.country.clone()
        } else {
            format!("{} {}", self.country, self.sector)
        }
    }
}

#[derive(Debug, Clone)]
pub struct Agent {
    pub id: String,
    pub sector: String,
    pub country: String,
    pub name_en: String,
    pub forms: Vec<String>,
    pub origin: String,
    pub loc: Loc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Point,
    Region,
    Country,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Point => "point",
            Precision::Region => "region",
            Precision::Country => "country",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Place {
    pub id: String,
    pub kind: String,
    pub name_en: String,
    pub name_ar: String,
    pub variants: Vec<String>,
    pub admin1: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub origin: String,
    pub loc: Loc,
}

impl Place {
    pub fn precision(&self) -> Precision {
        match self.kind.as_str() {
            "country" => Precision::Country,
            "governorate" | "district" | "subdistrict" | "region" => Precision::Region,
            _ => Precision::Point,
        }
    }
}

/// How a trigger's participants are marked after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    /// Normalized prepositions introducing the recipient; "obj" for the direct object.
    pub recipient: Vec<String>,
    /// Normalized prepositions introducing a place.
    pub place: Vec<String>,
    /// Participants listed together: "اتفاق بين X و Y".
    pub symmetric: bool,
    /// The genitive of the noun (مقتل X, اغتيال X) is the one the event befalls, not its doer.
    pub patient: bool,
    /// The word names an event only when armed forces do it ("وصول مقاتلين", not
    /// "وصول الوفد").
    pub armed: bool,
    /// The word names a protest only when protesters do it ("خرج المتظاهرون", "سار
    /// المحتجون"; not "خرج الوزير").
    pub crowd: bool,
    /// The word names a legal act only when a charge follows it ("ادّعى … على X بجرم",
    /// not "ادّعى أن").
    pub charged: bool,
    /// The word is a passive or undergoer verb (أُصيب، اُغتيل، استشهد): its subject, before or
    /// after it, is the one the event befalls.
    pub passive: bool,
    /// Generated forms to leave out because they are another word (تسلم "received"
    /// beside سلّم "handed over").
    pub exclude: Vec<String>,
}

impl Roles {
    pub fn takes_object(&self) -> bool {
        self.recipient.iter().any(|r| r == "obj")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    Verb,
    Noun,
    Phrase,
    /// A verb whose forms are listed by hand (`past` and `present` hold `|`-separated
    /// inflected forms, none generated): for verbs whose full conjugation would take in
    /// unrelated words, yet whose listed forms must read as verbs, with subject and object.
    Forms,
}

#[derive(Debug, Clone)]
pub struct Trigger {
    pub id: String,
    pub category: String,
    pub mode: String,
    pub context: Vec<String>,
    pub kind: TriggerKind,
    pub past: String,
    pub present: String,
    pub nouns: Vec<String>,
    pub roles: Roles,
    pub origin: String,
    pub loc: Loc,
}

/// Grammatical shape of a matched trigger form, which the coder reads for tense and frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    Past,
    Present,
    /// Active participle of a derived verb (متهما، منسحبا), read like a verb.
    Participle,
    Noun,
    Phrase,
}

/// What a lexicon key refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryRef {
    Actor(u32),
    /// A relational adjective of an actor (تركي، الأميركية).
    ActorAdj(u32),
    Agent(u32),
    Place(u32),
    Trigger(u32, Form),
}
