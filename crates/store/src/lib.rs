//! khayt's conflict picture: where articles and their events are kept, how reports of one
//! happening become one incident, and what the events say about actors over time.
//!
//! This crate owns:
//! - **persistence** of articles (metadata and a content hash, never re-parsed text) and
//!   their events, behind the small [`Store`] interface; [`SqliteStore`] is the embedded
//!   default (versioned migrations, WAL, one transaction per batch) and [`PostgresStore`]
//!   the shared one for a team, both running the same SQL (`sql.rs`); [`open`] picks one
//!   from a `--db` string (a path, or a `postgres://` URL);
//! - the **cross-article merge** ([`merge`]): rules deciding when events of different
//!   articles report the same happening, applied incrementally as articles arrive;
//! - **relations over time** ([`relations`]): cooperation, hostility and affiliation
//!   between actor pairs, and territory passing from one actor to another, each fact
//!   linked to the events and articles behind it.
//!
//! It does not read articles or code events (that is `khayt-coder`), and it does not format
//! exports (the `khayt` binary does). The ACLED-like CSV columns are documented in this
//! crate's README.

#[cfg(test)]
mod behaviour_tests;
pub mod dates;
pub mod merge;
mod postgres;
pub mod relations;
mod sql;
mod sqlite;
#[doc(hidden)]
pub mod testing;

pub use merge::MergeConfig;
pub use postgres::{redact_url, PostgresStore};
pub use sql::SCHEMA_VERSION;
pub use sqlite::SqliteStore;

use khayt_coder::{Article, Event};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// What went wrong in the store.
#[derive(Debug)]
pub enum StoreError {
    /// The database engine failed (I/O, corruption, a constraint).
    Backend(String),
    /// The database's schema cannot be used by this build.
    Schema(String),
    /// A caller's callback asked to stop (for example, an output write failed).
    Stopped(String),
    /// The database could not be opened (missing, unreachable); the message names it.
    Open(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Backend(m) => write!(f, "database: {m}"),
            StoreError::Schema(m) => write!(f, "database schema: {m}"),
            StoreError::Stopped(m) | StoreError::Open(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// An article with the events coded from it, ready to be stored.
pub struct ArticleInput<'a> {
    pub article: &'a Article,
    pub events: Vec<Event>,
}

/// How a batch is stored.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    pub merge: MergeConfig,
    /// Replace articles even when their content is unchanged (after a lexicon or coder
    /// update, to re-code a corpus).
    pub force: bool,
}

/// What happened to one article of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// New article; its events were stored.
    Stored { events: usize },
    /// Same id and content as a stored article: nothing written.
    Skipped,
    /// Same id, other content (or forced): its old events and memberships were replaced.
    Replaced { events: usize },
    /// The article could not be stored (the batch goes on without it).
    Failed(String),
}

/// Outcomes of a batch, in input order.
#[derive(Debug, Clone, Default)]
pub struct BatchReport {
    pub outcomes: Vec<(String, Outcome)>,
}

/// Totals of a database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub articles: u64,
    pub events: u64,
    pub located_events: u64,
    pub incidents: u64,
    /// Incidents reported by at least two articles.
    pub multi_article_incidents: u64,
}

/// The article an event came from, as stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArticleMeta {
    pub id: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

/// An event as read back from the store, with its article and incident.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    pub event: Event,
    pub incident: Option<i64>,
    pub article: ArticleMeta,
    /// The evidence sentence as written in the article.
    pub sentence: Option<String>,
}

/// Which events a query selects; every field set narrows the selection.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub category: Option<String>,
    /// Actor or recipient, by lexicon id, surface text or English/Arabic name; an event
    /// matches when any of the terms does (a caller adds the ids a name resolves to).
    pub actor: Vec<String>,
    /// A location by gazetteer id, name, surface text or first-level administrative area;
    /// any of the terms.
    pub place: Vec<String>,
    /// Dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): events whose date may fall in the range.
    pub from: Option<String>,
    pub to: Option<String>,
    pub factuality: Option<String>,
    /// A substring of who the claim is attributed to, or the attributed actor's id.
    pub attributed_to: Option<String>,
    /// Only events that belong to this incident.
    pub incident: Option<i64>,
}

/// One happening as reported by one or more articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    pub id: i64,
    pub family: String,
    pub factuality: String,
    /// Every member event with its article, in article then text order.
    pub members: Vec<StoredEvent>,
}

impl Incident {
    /// Distinct article ids, in member order.
    pub fn articles(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.members {
            if !out.contains(&m.article.id.as_str()) {
                out.push(&m.article.id);
            }
        }
        out
    }

    /// Distinct sources (outlets) of the articles, in member order.
    pub fn sources(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.members {
            if let Some(s) = m.article.source.as_deref() {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }

    /// The member that best represents the incident: the most complete coding (named
    /// participants, located, finest date), then the most confident, then the first.
    pub fn representative(&self) -> Option<&StoredEvent> {
        let score = |m: &StoredEvent| {
            let e = &m.event;
            let completeness = (e.actor.is_some() as u8)
                + (e.recipient.is_some() as u8)
                + 2 * (!e.locations.is_empty() as u8)
                + (3 - merge::precision_rank(&e.date.precision).min(3));
            (completeness, e.confidence)
        };
        let mut best: Option<&StoredEvent> = None;
        for m in &self.members {
            let better = match best {
                None => true,
                Some(b) => {
                    let (mc, mf) = score(m);
                    let (bc, bf) = score(b);
                    mc > bc || (mc == bc && mf > bf)
                }
            };
            if better {
                best = Some(m);
            }
        }
        best
    }
}

/// The persistence interface. Everything above it (merge rules, relations, exports) is
/// backend-neutral; a backend stores rows, finds merge candidates and streams rows back.
pub trait Store {
    /// Content hashes of the stored articles among `ids` (absent ids are not in the map),
    /// so that unchanged articles can be skipped before they are coded.
    fn stored_hashes(&self, ids: &[&str]) -> Result<HashMap<String, String>, StoreError>;

    /// Stores a batch atomically: either every article's outcome is committed, or (on a
    /// backend error) none is. An article that fails alone is reported and rolled back
    /// without aborting the batch.
    fn ingest_batch(
        &mut self,
        batch: &[ArticleInput<'_>],
        opts: &IngestOptions,
    ) -> Result<BatchReport, StoreError>;

    fn counts(&self) -> Result<Counts, StoreError>;

    /// Streams the events `filter` selects, ordered by date then id.
    fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// Streams incidents reported by at least `min_articles` articles, ordered by id.
    fn for_each_incident(
        &self,
        min_articles: usize,
        f: &mut dyn FnMut(Incident) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// The events `filter` selects, collected.
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>, StoreError> {
        let mut out = Vec::new();
        self.for_each_event(filter, &mut |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }
}

/// How a command opens the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the database (file or tables) if absent; bring its schema up to date.
    Create,
    /// The database must exist, so that a typo in `--db` is not answered with "no events".
    Existing,
    /// Must exist, and nothing done through this handle can write to it.
    ReadOnly,
}

/// Whether `db` names a PostgreSQL database rather than an SQLite file.
pub fn is_postgres_url(db: &str) -> bool {
    let lower = db.get(..13).unwrap_or(db).to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

/// Opens the store a `--db` value names: a `postgres://…` or `postgresql://…` URL, or else
/// the path of an SQLite file. Errors name the database (a URL without its password).
pub fn open(db: &str, mode: OpenMode) -> Result<Box<dyn Store + Send>, StoreError> {
    if is_postgres_url(db) {
        return Ok(Box::new(PostgresStore::connect(db, mode)?));
    }
    let path = Path::new(db);
    if mode != OpenMode::Create && !path.exists() {
        return Err(StoreError::Open(format!(
            "{db}: no such database (create it with `khayt ingest --db {db}`)"
        )));
    }
    let store = match mode {
        OpenMode::ReadOnly => SqliteStore::open_read_only(path)
            .map_err(|e| StoreError::Open(format!("{db} (opened read-only): {e}")))?,
        _ => SqliteStore::open(path).map_err(|e| match e {
            StoreError::Backend(_) | StoreError::Open(_) => e,
            other => StoreError::Open(format!("{db}: {other}")),
        })?,
    };
    Ok(Box::new(store))
}

/// A stable hash of everything in an article that the events depend on (id, date, title,
/// source, url and text), as 32 hex digits. FNV-1a 128: not cryptographic, but an
/// accidental collision between two versions of one article is out of reach.
pub fn content_hash(a: &Article) -> String {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= b as u128;
            h = h.wrapping_mul(PRIME);
        }
        // A separator that cannot occur in UTF-8 keeps ("ab","c") apart from ("a","bc").
        h ^= 0xff;
        h = h.wrapping_mul(PRIME);
    };
    feed(b"khayt-article-v1");
    feed(a.id.as_bytes());
    for field in [&a.date, &a.title, &a.source, &a.url] {
        match field {
            Some(s) => feed(s.as_bytes()),
            None => feed(b"\xfe"),
        }
    }
    feed(a.text.as_bytes());
    format!("{h:032x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_changes_with_text_and_metadata_only() {
        let a = Article {
            id: "x".into(),
            date: Some("2017-04-01".into()),
            text: "نص".into(),
            ..Default::default()
        };
        let mut b = a.clone();
        assert_eq!(content_hash(&a), content_hash(&b));
        b.text.push('.');
        assert_ne!(content_hash(&a), content_hash(&b));
        let mut c = a.clone();
        c.date = None;
        assert_ne!(content_hash(&a), content_hash(&c));
        let mut d = a.clone();
        d.source = Some(String::new());
        assert_ne!(content_hash(&c), content_hash(&d));
        assert_eq!(content_hash(&a).len(), 32);
    }
}
