//! The embedded SQLite backend.
//!
//! One file, WAL mode (readers never block the ingest), `synchronous=FULL` so a committed
//! batch survives a crash of the machine, not only of the process, and one transaction
//! per batch: a killed ingest leaves every earlier batch whole and nothing of the batch in
//! flight, and the rerun skips what is stored. Each article is a savepoint inside the
//! batch so that one bad article is rolled back alone.

use crate::dates;
use crate::merge::{self, MergeConfig, MergeKey};
use crate::{
    content_hash, ArticleInput, ArticleMeta, BatchReport, Counts, EventFilter, Incident,
    IngestOptions, Outcome, Store, StoreError, StoredEvent,
};
use khayt_coder::{Attribution, Entity, Event, EventDate, Evidence, Location, Quantity};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// Merge windows at most this many days wide are "narrow" (see `find_incident`).
const NARROW_DAYS: i64 = 7;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Versioned migrations, applied in order, each in its own transaction. Never edit a
/// released one: add the next.
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "articles, events, locations, incidents and their members, merge anchors",
    r#"
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    date          TEXT,
    source        TEXT,
    url           TEXT,
    title         TEXT,
    content_hash  TEXT NOT NULL,
    ingested_at   TEXT NOT NULL,
    events        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE events (
    id                   TEXT PRIMARY KEY,
    article_id           TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq                  INTEGER NOT NULL,
    category             TEXT NOT NULL,
    family               TEXT NOT NULL,
    mode                 TEXT,
    context              TEXT NOT NULL,
    actor_id             TEXT,
    actor_text           TEXT,
    actor_name           TEXT,
    actor_name_ar        TEXT,
    actor_code           TEXT,
    actor_key            TEXT,
    actor                TEXT,
    recipient_id         TEXT,
    recipient_text       TEXT,
    recipient_name       TEXT,
    recipient_name_ar    TEXT,
    recipient_code       TEXT,
    recipient_key        TEXT,
    recipient            TEXT,
    date_value           TEXT NOT NULL,
    date_precision       TEXT NOT NULL,
    date_text            TEXT,
    date_lo              INTEGER,
    date_hi              INTEGER,
    factuality           TEXT NOT NULL,
    attribution_text     TEXT,
    attribution_actor_id TEXT,
    attribution          TEXT,
    quantity_value       INTEGER,
    quantity_unit        TEXT,
    quantity             TEXT,
    sentence             INTEGER NOT NULL,
    sentence_start       INTEGER NOT NULL,
    sentence_end         INTEGER NOT NULL,
    sentence_text        TEXT,
    trigger              TEXT NOT NULL,
    trigger_start        INTEGER NOT NULL,
    trigger_end          INTEGER NOT NULL,
    rule                 TEXT NOT NULL,
    confidence           REAL NOT NULL,
    merge_places         TEXT NOT NULL,
    merge_admin1         TEXT NOT NULL,
    merge_countries      TEXT NOT NULL
);
CREATE INDEX events_article   ON events(article_id, seq);
CREATE INDEX events_date      ON events(date_lo);
CREATE INDEX events_category  ON events(category, date_lo);
CREATE INDEX events_actor     ON events(actor_id);
CREATE INDEX events_recipient ON events(recipient_id);
CREATE TABLE event_locations (
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    place_id   TEXT,
    name       TEXT,
    admin1     TEXT,
    country    TEXT,
    lat        REAL,
    lon        REAL,
    precision  TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    place_key  TEXT,
    PRIMARY KEY (event_id, ord)
);
CREATE INDEX locations_place  ON event_locations(place_id);
CREATE INDEX locations_admin1 ON event_locations(admin1);
CREATE TABLE incidents (
    id          INTEGER PRIMARY KEY,
    family      TEXT NOT NULL,
    factuality  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE incident_members (
    event_id     TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    incident_id  INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id   TEXT NOT NULL
);
CREATE INDEX members_incident ON incident_members(incident_id);
CREATE INDEX members_article  ON incident_members(article_id);
CREATE TABLE event_anchors (
    anchor      TEXT NOT NULL,
    family      TEXT NOT NULL,
    factuality  TEXT NOT NULL,
    wide        INTEGER NOT NULL,
    merge_lo    INTEGER NOT NULL,
    merge_hi    INTEGER NOT NULL,
    event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE
);
CREATE INDEX anchors_lookup ON event_anchors(anchor, family, factuality, wide, merge_lo);
CREATE INDEX anchors_event  ON event_anchors(event_id);
"#,
)];

fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// Errors that concern one article's data (a duplicate event id, a constraint), which
/// fail that article alone; anything else (I/O, a full disk) fails the batch.
fn is_article_error(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation
    )
}

enum ArticleError {
    Data(String),
    Db(rusqlite::Error),
}

impl From<rusqlite::Error> for ArticleError {
    fn from(e: rusqlite::Error) -> Self {
        ArticleError::Db(e)
    }
}

/// khayt's store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let conn = Connection::open(path)
            .map_err(|e| StoreError::Backend(format!("{}: {e}", path.display())))?;
        Self::init(conn)
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        Self::init(Connection::open_in_memory().map_err(backend)?)
    }

    fn init(conn: Connection) -> Result<SqliteStore, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(backend)?;
        // journal_mode returns a row, so it is read rather than executed.
        let _mode: String = conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(backend)?;
        conn.execute_batch(
            "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;
             PRAGMA cache_size=-65536;",
        )
        .map_err(backend)?;
        let mut store = SqliteStore { conn };
        store.migrate()?;
        Ok(store)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM schema_version",
                [],
                |r| r.get(0),
            )
            .map_err(backend)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        // Up to date (the common case, and every read-only command): no write lock.
        let has_table: bool = self
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master
                 WHERE type = 'table' AND name = 'schema_version')",
                [],
                |r| r.get(0),
            )
            .map_err(backend)?;
        if has_table && self.schema_version()? == SCHEMA_VERSION {
            return Ok(());
        }
        // One IMMEDIATE transaction takes the write lock before reading the version, so
        // two processes opening a new database at once (an ingest and a query) apply the
        // migrations once, one after the other, instead of both from version 0.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(backend)?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            )",
        )
        .map_err(backend)?;
        let current: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM schema_version",
                [],
                |r| r.get(0),
            )
            .map_err(backend)?;
        if current > SCHEMA_VERSION {
            return Err(StoreError::Schema(format!(
                "the database has schema version {current}, newer than this khayt knows \
                 ({SCHEMA_VERSION}); use a newer khayt"
            )));
        }
        for (version, description, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            tx.execute_batch(sql).map_err(|e| {
                StoreError::Schema(format!("migration {version} ({description}): {e}"))
            })?;
            tx.execute(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?1, ?2, ?3)",
                params![version, description, dates::now_utc()],
            )
            .map_err(backend)?;
        }
        tx.commit().map_err(backend)
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, ArticleError> {
    serde_json::to_string(v).map_err(|e| ArticleError::Data(format!("cannot encode: {e}")))
}

fn opt_json<T: serde::Serialize>(v: &Option<T>) -> Result<Option<String>, ArticleError> {
    v.as_ref().map(json).transpose()
}

/// Writes one article and its events; the caller holds a savepoint.
fn store_article(
    tx: &Connection,
    input: &ArticleInput<'_>,
    hash: &str,
    replacing: bool,
    cfg: &MergeConfig,
) -> Result<usize, ArticleError> {
    let art = input.article;
    let now = dates::now_utc();
    if replacing {
        let touched: Vec<i64> = {
            let mut st = tx.prepare_cached(
                "SELECT DISTINCT incident_id FROM incident_members WHERE article_id = ?1",
            )?;
            let rows = st.query_map([&art.id], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        // Cascades to locations, anchors and memberships.
        tx.execute("DELETE FROM events WHERE article_id = ?1", [&art.id])?;
        for inc in touched {
            tx.execute(
                "DELETE FROM incidents WHERE id = ?1
                 AND NOT EXISTS (SELECT 1 FROM incident_members WHERE incident_id = ?1)",
                [inc],
            )?;
        }
        tx.execute(
            "UPDATE articles SET date = ?2, source = ?3, url = ?4, title = ?5,
                content_hash = ?6, ingested_at = ?7, events = ?8 WHERE id = ?1",
            params![
                art.id,
                art.date,
                art.source,
                art.url,
                art.title,
                hash,
                now,
                input.events.len() as i64
            ],
        )?;
    } else {
        tx.execute(
            "INSERT INTO articles (id, date, source, url, title, content_hash, ingested_at, events)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                art.id,
                art.date,
                art.source,
                art.url,
                art.title,
                hash,
                now,
                input.events.len() as i64
            ],
        )?;
    }

    let mut local: Vec<(MergeKey, i64)> = Vec::new();
    for (seq, ev) in input.events.iter().enumerate() {
        if ev.article_id != art.id {
            return Err(ArticleError::Data(format!(
                "event {} names article {:?}, not {:?}",
                ev.id, ev.article_id, art.id
            )));
        }
        let key = MergeKey::of(ev, cfg);
        insert_event(
            tx,
            ev,
            &key,
            seq,
            art.text.get(ev.evidence.start..ev.evidence.end),
        )?;
        let incident = match local.iter().find(|(k, _)| merge::same_event(k, &key)) {
            Some((_, inc)) => *inc,
            None => match find_incident(tx, &key, cfg)? {
                Some(inc) => inc,
                None => {
                    tx.prepare_cached(
                        "INSERT INTO incidents (family, factuality, created_at) VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![key.family, key.factuality, now])?;
                    tx.last_insert_rowid()
                }
            },
        };
        tx.prepare_cached(
            "INSERT INTO incident_members (event_id, incident_id, article_id) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![ev.id, incident, art.id])?;
        if let Some((lo, hi)) = key.window {
            let mut st = tx.prepare_cached(
                "INSERT INTO event_anchors
                    (anchor, family, factuality, wide, merge_lo, merge_hi, event_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for anchor in key.stored_anchors() {
                st.execute(params![
                    anchor,
                    key.family,
                    key.factuality,
                    hi - lo > NARROW_DAYS,
                    lo,
                    hi,
                    ev.id
                ])?;
            }
        }
        local.push((key, incident));
    }
    Ok(input.events.len())
}

fn insert_event(
    tx: &Connection,
    ev: &Event,
    key: &MergeKey,
    seq: usize,
    sentence: Option<&str>,
) -> Result<(), ArticleError> {
    let span = dates::nominal_span(&ev.date.value, &ev.date.precision);
    let ent = |e: &Option<Entity>| {
        let e = e.as_ref();
        (
            e.and_then(|x| x.id.clone()),
            e.map(|x| x.text.clone()),
            e.and_then(|x| x.name.clone()),
            e.and_then(|x| x.name_ar.clone()),
            e.and_then(|x| x.code.clone()),
            e.and_then(|x| merge::entity_key(x.id.as_deref(), &x.text)),
        )
    };
    let (a_id, a_text, a_name, a_name_ar, a_code, a_key) = ent(&ev.actor);
    let (r_id, r_text, r_name, r_name_ar, r_code, r_key) = ent(&ev.recipient);
    let values: Vec<Value> = vec![
        ev.id.clone().into(),
        ev.article_id.clone().into(),
        (seq as i64).into(),
        ev.category.clone().into(),
        merge::family(&ev.category).to_string().into(),
        ev.mode.clone().into(),
        json(&ev.context)?.into(),
        a_id.into(),
        a_text.into(),
        a_name.into(),
        a_name_ar.into(),
        a_code.into(),
        a_key.into(),
        opt_json(&ev.actor)?.into(),
        r_id.into(),
        r_text.into(),
        r_name.into(),
        r_name_ar.into(),
        r_code.into(),
        r_key.into(),
        opt_json(&ev.recipient)?.into(),
        ev.date.value.clone().into(),
        ev.date.precision.clone().into(),
        ev.date.text.clone().into(),
        span.map(|s| s.0).into(),
        span.map(|s| s.1).into(),
        ev.factuality.clone().into(),
        ev.attribution.as_ref().map(|a| a.text.clone()).into(),
        ev.attribution
            .as_ref()
            .and_then(|a| a.actor.as_ref())
            .and_then(|a| a.id.clone())
            .into(),
        opt_json(&ev.attribution)?.into(),
        ev.quantity
            .as_ref()
            .map(|q| i64::try_from(q.value).unwrap_or(i64::MAX))
            .into(),
        ev.quantity.as_ref().map(|q| q.unit.clone()).into(),
        opt_json(&ev.quantity)?.into(),
        (ev.evidence.sentence as i64).into(),
        (ev.evidence.start as i64).into(),
        (ev.evidence.end as i64).into(),
        sentence.map(String::from).into(),
        ev.evidence.trigger.clone().into(),
        (ev.evidence.trigger_start as i64).into(),
        (ev.evidence.trigger_end as i64).into(),
        ev.rule.clone().into(),
        (ev.confidence as f64).into(),
        join_keys(&key.places).into(),
        join_keys(&key.admin1).into(),
        join_keys(&key.countries).into(),
    ];
    tx.prepare_cached(
        "INSERT INTO events (id, article_id, seq, category, family, mode, context,
            actor_id, actor_text, actor_name, actor_name_ar, actor_code, actor_key, actor,
            recipient_id, recipient_text, recipient_name, recipient_name_ar, recipient_code,
            recipient_key, recipient,
            date_value, date_precision, date_text, date_lo, date_hi, factuality,
            attribution_text, attribution_actor_id, attribution,
            quantity_value, quantity_unit, quantity,
            sentence, sentence_start, sentence_end, sentence_text,
            trigger, trigger_start, trigger_end, rule, confidence,
            merge_places, merge_admin1, merge_countries)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33,
            ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42, ?43, ?44, ?45)",
    )?
    .execute(rusqlite::params_from_iter(values))?;
    let mut st = tx.prepare_cached(
        "INSERT INTO event_locations (event_id, ord, text, place_id, name, admin1, country,
            lat, lon, precision, start, end, place_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for (i, l) in ev.locations.iter().enumerate() {
        st.execute(params![
            ev.id,
            i as i64,
            l.text,
            l.id,
            l.name,
            l.admin1,
            l.country,
            l.lat,
            l.lon,
            l.precision,
            l.start as i64,
            l.end as i64,
            merge::entity_key(l.id.as_deref(), &l.text),
        ])?;
    }
    Ok(())
}

/// Merge-key columns of a stored event (the fields `MergeKey::of` reads from an `Event`,
/// kept denormalized so that a candidate costs one row, not a join per location).
const KEY_COLUMNS: &str = "m.incident_id, e.article_id, e.category, e.factuality,
    e.actor_key, e.recipient_key, e.date_value, e.date_precision, e.merge_places,
    e.merge_admin1, e.merge_countries";

fn join_keys(v: &[String]) -> String {
    v.join("\u{1f}")
}

fn split_keys(s: String) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split('\u{1f}').map(String::from).collect()
    }
}

/// A row of `KEY_COLUMNS` as (incident, key).
fn key_row(r: &rusqlite::Row<'_>, cfg: &MergeConfig) -> rusqlite::Result<(i64, MergeKey)> {
    let category: String = r.get(2)?;
    let value: String = r.get(6)?;
    let precision: String = r.get(7)?;
    Ok((
        r.get(0)?,
        MergeKey {
            article_id: r.get(1)?,
            family: merge::family(&category).to_string(),
            category,
            factuality: r.get(3)?,
            actor: r.get(4)?,
            recipient: r.get(5)?,
            places: split_keys(r.get(8)?),
            admin1: split_keys(r.get(9)?),
            countries: split_keys(r.get(10)?),
            window: merge::merge_window(&value, &precision, cfg),
            date_value: value,
            date_precision: precision,
        },
    ))
}

fn member_keys(
    tx: &Connection,
    incident: i64,
    cfg: &MergeConfig,
) -> rusqlite::Result<Vec<MergeKey>> {
    let mut st = tx.prepare_cached(&format!(
        "SELECT {KEY_COLUMNS} FROM incident_members m JOIN events e ON e.id = m.event_id
         WHERE m.incident_id = ?1"
    ))?;
    let rows = st.query_map([incident], |r| key_row(r, cfg).map(|x| x.1))?;
    rows.collect()
}

/// The incident a new event joins: among incidents with a member filed under one of the
/// event's lookup anchors in the date range and compatible with it, those whose every
/// member is compatible, best affinity first, oldest on a tie. `None` when there is none
/// (or the event does not merge across articles).
fn find_incident(
    tx: &Connection,
    key: &MergeKey,
    cfg: &MergeConfig,
) -> rusqlite::Result<Option<i64>> {
    let Some((lo, hi)) = key.window else {
        return Ok(None);
    };
    let slack = cfg.date_slack_days;
    // Incidents with a compatible member (worth the full check), and incidents that
    // already hold an event of this article (never joined: see `merge::same_event`).
    let mut hits = BTreeSet::new();
    let mut excluded = BTreeSet::new();
    {
        // Narrow windows (a day, a week, an article date) and wide ones (a month) are
        // scanned separately, so that the many narrow rows are read over a few days
        // rather than over the widest window any row may have.
        let mut st = tx.prepare_cached(&format!(
            "SELECT {KEY_COLUMNS} FROM event_anchors a
               JOIN events e ON e.id = a.event_id
               JOIN incident_members m ON m.event_id = a.event_id
             WHERE a.anchor = ?1 AND a.family = ?2 AND a.factuality = ?3 AND a.wide = 0
               AND a.merge_lo BETWEEN ?4 AND ?6 AND a.merge_hi >= ?7
             UNION ALL
             SELECT {KEY_COLUMNS} FROM event_anchors a
               JOIN events e ON e.id = a.event_id
               JOIN incident_members m ON m.event_id = a.event_id
             WHERE a.anchor = ?1 AND a.family = ?2 AND a.factuality = ?3 AND a.wide = 1
               AND a.merge_lo BETWEEN ?5 AND ?6 AND a.merge_hi >= ?7"
        ))?;
        for anchor in key.lookup_anchors(cfg) {
            let rows = st.query_map(
                params![
                    anchor,
                    key.family,
                    key.factuality,
                    lo - slack - NARROW_DAYS,
                    lo - slack - cfg.max_window_days(),
                    hi + slack,
                    lo - slack
                ],
                |r| key_row(r, cfg),
            )?;
            for row in rows {
                let (inc, member) = row?;
                if member.article_id == key.article_id {
                    excluded.insert(inc);
                } else if merge::compatible(&member, key, cfg) {
                    hits.insert(inc);
                }
            }
        }
    }
    let mut best: Option<(u64, i64)> = None;
    for inc in hits.difference(&excluded) {
        let members = member_keys(tx, *inc, cfg)?;
        if members.is_empty()
            || members.iter().any(|m| m.article_id == key.article_id)
            || !members.iter().all(|m| merge::compatible(m, key, cfg))
        {
            continue;
        }
        // Mean affinity, scaled to stay an integer.
        let total: u64 = members.iter().map(|m| merge::affinity(m, key) as u64).sum();
        let score = total * 1000 / members.len() as u64;
        let better = match best {
            None => true,
            Some((s, _)) => score > s,
        };
        if better {
            best = Some((score, *inc));
        }
    }
    Ok(best.map(|(_, inc)| inc))
}

const EVENT_COLUMNS: &str = "e.id, e.article_id, e.category, e.mode, e.context, e.actor,
    e.recipient, e.date_value, e.date_precision, e.date_text, e.factuality, e.attribution,
    e.quantity, e.sentence, e.sentence_start, e.sentence_end, e.trigger, e.trigger_start,
    e.trigger_end, e.rule, e.confidence, e.sentence_text, m.incident_id,
    a.date, a.source, a.url, a.title";

fn from_json<T: serde::de::DeserializeOwned>(
    s: Option<String>,
    idx: usize,
) -> rusqlite::Result<Option<T>> {
    match s {
        None => Ok(None),
        Some(s) => serde_json::from_str(&s).map(Some).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
        }),
    }
}

fn usize_col(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<usize> {
    let v: i64 = r.get(i)?;
    Ok(usize::try_from(v).unwrap_or(0))
}

fn row_to_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEvent> {
    let article_id: String = r.get(1)?;
    let event = Event {
        id: r.get(0)?,
        article_id: article_id.clone(),
        category: r.get(2)?,
        mode: r.get(3)?,
        context: from_json(r.get(4)?, 4)?.unwrap_or_default(),
        actor: from_json::<Entity>(r.get(5)?, 5)?,
        recipient: from_json::<Entity>(r.get(6)?, 6)?,
        locations: Vec::new(),
        date: EventDate {
            value: r.get(7)?,
            precision: r.get(8)?,
            text: r.get(9)?,
        },
        factuality: r.get(10)?,
        attribution: from_json::<Attribution>(r.get(11)?, 11)?,
        quantity: from_json::<Quantity>(r.get(12)?, 12)?,
        evidence: Evidence {
            sentence: usize_col(r, 13)?,
            start: usize_col(r, 14)?,
            end: usize_col(r, 15)?,
            trigger: r.get(16)?,
            trigger_start: usize_col(r, 17)?,
            trigger_end: usize_col(r, 18)?,
        },
        rule: r.get(19)?,
        confidence: r.get::<_, f64>(20)? as f32,
    };
    Ok(StoredEvent {
        event,
        sentence: r.get(21)?,
        incident: r.get(22)?,
        article: ArticleMeta {
            id: article_id,
            date: r.get(23)?,
            source: r.get(24)?,
            url: r.get(25)?,
            title: r.get(26)?,
        },
    })
}

/// The WHERE clause and parameters of a filter.
fn filter_sql(f: &EventFilter) -> (String, Vec<Value>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    let push = |params: &mut Vec<Value>, v: Value| {
        params.push(v);
        format!("?{}", params.len())
    };
    if let Some(c) = &f.category {
        let p = push(&mut params, c.to_uppercase().into());
        clauses.push(format!("e.category = {p}"));
    }
    if !f.actor.is_empty() {
        let mut any = Vec::new();
        for term in &f.actor {
            let p = push(&mut params, term.clone().into());
            let k = push(
                &mut params,
                merge::entity_key(None, term).unwrap_or_default().into(),
            );
            any.push(format!(
                "e.actor_id = {p} OR e.recipient_id = {p} OR e.actor_text = {p}
                 OR e.recipient_text = {p} OR e.actor_name = {p} COLLATE NOCASE
                 OR e.recipient_name = {p} COLLATE NOCASE OR e.actor_name_ar = {p}
                 OR e.recipient_name_ar = {p} OR e.actor_key = {k} OR e.recipient_key = {k}"
            ));
        }
        clauses.push(format!("({})", any.join(" OR ")));
    }
    if !f.place.is_empty() {
        let mut any = Vec::new();
        for term in &f.place {
            let p = push(&mut params, term.clone().into());
            let k = push(
                &mut params,
                merge::entity_key(None, term).unwrap_or_default().into(),
            );
            any.push(format!(
                "l.place_id = {p} OR l.name = {p} COLLATE NOCASE OR l.admin1 = {p} COLLATE NOCASE
                 OR l.text = {p} OR l.place_key = {k}"
            ));
        }
        clauses.push(format!(
            "EXISTS (SELECT 1 FROM event_locations l WHERE l.event_id = e.id AND ({}))",
            any.join(" OR ")
        ));
    }
    if let Some(lo) = f.from.as_deref().and_then(dates::parse_span).map(|s| s.0) {
        let p = push(&mut params, lo.into());
        clauses.push(format!("e.date_hi >= {p}"));
    }
    if let Some(hi) = f.to.as_deref().and_then(dates::parse_span).map(|s| s.1) {
        let p = push(&mut params, hi.into());
        clauses.push(format!("e.date_lo <= {p}"));
    }
    if let Some(x) = &f.factuality {
        let p = push(&mut params, x.to_lowercase().into());
        clauses.push(format!("e.factuality = {p}"));
    }
    if let Some(x) = &f.attributed_to {
        let p = push(&mut params, x.clone().into());
        clauses.push(format!(
            "(instr(e.attribution_text, {p}) > 0 OR e.attribution_actor_id = {p})"
        ));
    }
    if let Some(i) = f.incident {
        let p = push(&mut params, i.into());
        clauses.push(format!("m.incident_id = {p}"));
    }
    let wh = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (wh, params)
}

impl SqliteStore {
    fn locations_of(&self, event_id: &str) -> rusqlite::Result<Vec<Location>> {
        let mut st = self.conn.prepare_cached(
            "SELECT text, place_id, name, admin1, country, lat, lon, precision, start, end
             FROM event_locations WHERE event_id = ?1 ORDER BY ord",
        )?;
        let rows = st.query_map([event_id], |r| {
            Ok(Location {
                text: r.get(0)?,
                id: r.get(1)?,
                name: r.get(2)?,
                admin1: r.get(3)?,
                country: r.get(4)?,
                lat: r.get(5)?,
                lon: r.get(6)?,
                precision: r.get(7)?,
                start: usize_col(r, 8)?,
                end: usize_col(r, 9)?,
            })
        })?;
        rows.collect()
    }

    fn stream_events(
        &self,
        filter: &EventFilter,
        order: &str,
        f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (wh, params) = filter_sql(filter);
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e
               JOIN articles a ON a.id = e.article_id
               LEFT JOIN incident_members m ON m.event_id = e.id
             {wh} ORDER BY {order}"
        );
        let mut st = self.conn.prepare(&sql).map_err(backend)?;
        let mut rows = st
            .query(rusqlite::params_from_iter(params))
            .map_err(backend)?;
        while let Some(row) = rows.next().map_err(backend)? {
            let mut ev = row_to_event(row).map_err(backend)?;
            ev.event.locations = self.locations_of(&ev.event.id).map_err(backend)?;
            f(ev)?;
        }
        Ok(())
    }

    fn count(&self, sql: &str) -> Result<u64, StoreError> {
        self.conn
            .query_row(sql, [], |r| r.get::<_, i64>(0))
            .map(|n| n.max(0) as u64)
            .map_err(backend)
    }
}

impl Store for SqliteStore {
    fn stored_hashes(&self, ids: &[&str]) -> Result<HashMap<String, String>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT content_hash FROM articles WHERE id = ?1")
            .map_err(backend)?;
        let mut out = HashMap::new();
        for id in ids {
            if let Some(h) = st
                .query_row([id], |r| r.get::<_, String>(0))
                .optional()
                .map_err(backend)?
            {
                out.insert(id.to_string(), h);
            }
        }
        Ok(out)
    }

    fn ingest_batch(
        &mut self,
        batch: &[ArticleInput<'_>],
        opts: &IngestOptions,
    ) -> Result<BatchReport, StoreError> {
        opts.merge.validate().map_err(StoreError::Stopped)?;
        let mut report = BatchReport::default();
        // IMMEDIATE: take the write lock before the first read, so a concurrent writer
        // makes this wait (busy timeout) rather than fail on a stale snapshot.
        let mut tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(backend)?;
        for input in batch {
            let id = input.article.id.clone();
            let hash = content_hash(input.article);
            let existing: Option<String> = tx
                .query_row(
                    "SELECT content_hash FROM articles WHERE id = ?1",
                    [&id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(backend)?;
            if existing.as_deref() == Some(hash.as_str()) && !opts.force {
                report.outcomes.push((id, Outcome::Skipped));
                continue;
            }
            let replacing = existing.is_some();
            let sp = tx.savepoint().map_err(backend)?;
            match store_article(&sp, input, &hash, replacing, &opts.merge) {
                Ok(n) => {
                    sp.commit().map_err(backend)?;
                    let outcome = if replacing {
                        Outcome::Replaced { events: n }
                    } else {
                        Outcome::Stored { events: n }
                    };
                    report.outcomes.push((id, outcome));
                }
                Err(ArticleError::Data(msg)) => {
                    // Dropping the savepoint rolls the article back.
                    drop(sp);
                    report.outcomes.push((id, Outcome::Failed(msg)));
                }
                Err(ArticleError::Db(e)) if is_article_error(&e) => {
                    drop(sp);
                    report.outcomes.push((id, Outcome::Failed(e.to_string())));
                }
                Err(ArticleError::Db(e)) => return Err(backend(e)),
            }
        }
        tx.commit().map_err(backend)?;
        Ok(report)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        Ok(Counts {
            articles: self.count("SELECT COUNT(*) FROM articles")?,
            events: self.count("SELECT COUNT(*) FROM events")?,
            located_events: self.count("SELECT COUNT(DISTINCT event_id) FROM event_locations")?,
            incidents: self.count("SELECT COUNT(*) FROM incidents")?,
            multi_article_incidents: self.count(
                "SELECT COUNT(*) FROM (SELECT incident_id FROM incident_members
                 GROUP BY incident_id HAVING COUNT(DISTINCT article_id) >= 2)",
            )?,
        })
    }

    fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.stream_events(filter, "e.date_lo, e.article_id, e.seq", f)
    }

    fn for_each_incident(
        &self,
        min_articles: usize,
        f: &mut dyn FnMut(Incident) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT i.id, i.family, i.factuality FROM incidents i
                 WHERE (SELECT COUNT(DISTINCT m.article_id) FROM incident_members m
                        WHERE m.incident_id = i.id) >= ?1
                 ORDER BY i.id",
            )
            .map_err(backend)?;
        let mut rows = st.query([min_articles as i64]).map_err(backend)?;
        while let Some(row) = rows.next().map_err(backend)? {
            let mut inc = Incident {
                id: row.get(0).map_err(backend)?,
                family: row.get(1).map_err(backend)?,
                factuality: row.get(2).map_err(backend)?,
                members: Vec::new(),
            };
            let filter = EventFilter {
                incident: Some(inc.id),
                ..EventFilter::default()
            };
            self.stream_events(&filter, "a.date, e.article_id, e.seq", &mut |e| {
                inc.members.push(e);
                Ok(())
            })?;
            f(inc)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use khayt_coder::Article;

    fn entity(id: &str, text: &str) -> Entity {
        Entity {
            text: text.into(),
            id: Some(id.into()),
            name: None,
            name_ar: None,
            country: Some("IMG".into()),
            sector: Some("REB".into()),
            code: Some("IMG REB".into()),
            start: 0,
            end: 4,
        }
    }

    fn place(id: &str, admin1: &str) -> Location {
        Location {
            text: id.into(),
            id: Some(id.into()),
            name: Some(id.into()),
            admin1: Some(admin1.into()),
            country: Some("SYR".into()),
            lat: Some(34.0),
            lon: Some(36.5),
            precision: "region".into(),
            start: 0,
            end: 4,
        }
    }

    fn article(id: &str, date: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            date: Some(date.into()),
            text: text.into(),
            source: Some(format!("outlet of {id}")),
            ..Article::default()
        }
    }

    fn retreat(art: &Article, n: usize, places: Vec<Location>) -> Event {
        Event {
            id: format!("{}-{n}", art.id),
            article_id: art.id.clone(),
            category: "RETREAT".into(),
            mode: Some("withdraw".into()),
            context: vec!["military".into()],
            actor: Some(entity("isis", "داعش")),
            recipient: Some(entity("hts", "هيئة تحرير الشام")),
            locations: places,
            date: EventDate {
                value: art.date.clone().unwrap_or_default(),
                precision: "article".into(),
                text: None,
            },
            factuality: "occurred".into(),
            attribution: None,
            quantity: None,
            evidence: Evidence {
                sentence: n,
                start: 0,
                end: art.text.len(),
                trigger: "انسحاب".into(),
                trigger_start: 0,
                trigger_end: 2,
            },
            rule: "test".into(),
            confidence: 0.8,
        }
    }

    fn ingest(store: &mut SqliteStore, items: &[(&Article, Vec<Event>)]) -> Vec<Outcome> {
        let batch: Vec<ArticleInput<'_>> = items
            .iter()
            .map(|(a, evs)| ArticleInput {
                article: a,
                events: evs.clone(),
            })
            .collect();
        store
            .ingest_batch(&batch, &IngestOptions::default())
            .unwrap()
            .outcomes
            .into_iter()
            .map(|(_, o)| o)
            .collect()
    }

    #[test]
    fn a_new_database_is_at_the_current_schema_version() {
        let s = SqliteStore::open_in_memory().unwrap();
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn reopening_a_file_database_keeps_its_rows_and_applies_no_migration_twice() {
        let dir = std::env::temp_dir().join(format!("khayt-store-reopen-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("k.db");
        let a = article("a", "2017-04-01", "نص");
        {
            let mut s = SqliteStore::open(&path).unwrap();
            ingest(&mut s, &[(&a, vec![retreat(&a, 0, vec![])])]);
        }
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.counts().unwrap().events, 1);
        let n: i64 = s
            .conn
            .query_row("SELECT COUNT(*) FROM schema_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, SCHEMA_VERSION);
        let mode: String = s
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn two_processes_opening_a_new_database_at_once_both_succeed() {
        let dir = std::env::temp_dir().join(format!("khayt-store-race-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("k.db");
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let p = path.clone();
                std::thread::spawn(move || SqliteStore::open(&p).map(|s| s.schema_version()))
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap().unwrap().unwrap(), SCHEMA_VERSION);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn two_ingests_into_one_file_wait_for_each_other() {
        let dir = std::env::temp_dir().join(format!("khayt-store-two-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("k.db");
        let handles: Vec<_> = ["p", "q"]
            .into_iter()
            .map(|prefix| {
                let p = path.clone();
                std::thread::spawn(move || {
                    let mut s = SqliteStore::open(&p).unwrap();
                    for b in 0..5 {
                        let arts: Vec<Article> = (0..20)
                            .map(|i| article(&format!("{prefix}-{b}-{i}"), "2017-04-01", "x"))
                            .collect();
                        let items: Vec<(&Article, Vec<Event>)> = arts
                            .iter()
                            .map(|a| (a, vec![retreat(a, 0, vec![place("sy-q", "Rif Dimashq")])]))
                            .collect();
                        let out = ingest(&mut s, &items);
                        assert!(out.iter().all(|o| matches!(o, Outcome::Stored { .. })));
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        let s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.counts().unwrap().articles, 200);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_database_from_a_newer_khayt_is_refused() {
        let dir = std::env::temp_dir().join(format!("khayt-store-newer-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("k.db");
        {
            let s = SqliteStore::open(&path).unwrap();
            s.conn
                .execute(
                    "INSERT INTO schema_version VALUES (?1, 'future', 'now')",
                    [SCHEMA_VERSION + 1],
                )
                .unwrap();
        }
        let err = SqliteStore::open(&path).err().unwrap();
        assert!(err.to_string().contains("newer"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn same_content_is_skipped_and_changed_content_replaces_its_events() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = article("a", "2017-04-01", "نص أول");
        let evs = vec![retreat(&a, 0, vec![place("sy-x", "Hama")])];
        assert_eq!(
            ingest(&mut s, &[(&a, evs.clone())]),
            vec![Outcome::Stored { events: 1 }]
        );
        let before = s.counts().unwrap();
        assert_eq!(ingest(&mut s, &[(&a, evs)]), vec![Outcome::Skipped]);
        assert_eq!(s.counts().unwrap(), before);

        let a2 = article("a", "2017-04-01", "نص ثان مختلف");
        let mut e = retreat(&a2, 5, vec![]);
        e.category = "ASSAULT".into();
        assert_eq!(
            ingest(&mut s, &[(&a2, vec![e])]),
            vec![Outcome::Replaced { events: 1 }]
        );
        let c = s.counts().unwrap();
        assert_eq!(
            (c.articles, c.events, c.incidents, c.located_events),
            (1, 1, 1, 0)
        );
        let evs = s.events(&EventFilter::default()).unwrap();
        assert_eq!(evs[0].event.id, "a-5");
        let anchors: i64 = s
            .conn
            .query_row(
                "SELECT COUNT(*) FROM event_anchors WHERE event_id = 'a-0'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(anchors, 0);
    }

    #[test]
    fn forcing_replaces_unchanged_articles_and_leaves_the_same_picture() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = article("a", "2017-04-01", "x");
        let b = article("b", "2017-04-02", "y");
        let items = [
            (&a, vec![retreat(&a, 0, vec![place("sy-q", "Rif Dimashq")])]),
            (&b, vec![retreat(&b, 0, vec![place("sy-q", "Rif Dimashq")])]),
        ];
        ingest(&mut s, &items);
        let before = s.counts().unwrap();
        let batch: Vec<ArticleInput<'_>> = items
            .iter()
            .map(|(a, evs)| ArticleInput {
                article: a,
                events: evs.clone(),
            })
            .collect();
        let opts = IngestOptions {
            force: true,
            ..IngestOptions::default()
        };
        let out = s.ingest_batch(&batch, &opts).unwrap();
        assert!(out
            .outcomes
            .iter()
            .all(|(_, o)| *o == Outcome::Replaced { events: 1 }));
        assert_eq!(s.counts().unwrap(), before);
    }

    #[test]
    fn events_read_back_equal_the_events_stored() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = article("a", "2017-04-01", "انسحب داعش");
        let mut e = retreat(&a, 0, vec![place("sy-x", "Hama"), place("sy-y", "Idlib")]);
        e.attribution = Some(Attribution {
            text: "مصادر".into(),
            actor: Some(entity("jaish-al-islam", "جيش الإسلام")),
            start: 1,
            end: 2,
        });
        e.quantity = Some(Quantity {
            value: 1200,
            unit: "fighters".into(),
            approximate: true,
            text: "1200".into(),
        });
        ingest(&mut s, &[(&a, vec![e.clone()])]);
        let back = s.events(&EventFilter::default()).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].event, e);
        assert_eq!(back[0].sentence.as_deref(), Some("انسحب داعش"));
        assert_eq!(back[0].article.source.as_deref(), Some("outlet of a"));
    }

    #[test]
    fn two_reports_of_one_withdrawal_become_one_incident_listing_both() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = article("a", "2017-04-01", "x");
        let b = article("b", "2017-04-02", "y");
        let far = article("c", "2017-06-01", "z");
        ingest(
            &mut s,
            &[
                (
                    &a,
                    vec![retreat(&a, 0, vec![place("sy-qalamoun", "Rif Dimashq")])],
                ),
                (
                    &b,
                    vec![retreat(
                        &b,
                        0,
                        vec![
                            place("sy-qalamoun", "Rif Dimashq"),
                            place("sy-hama", "Hama"),
                        ],
                    )],
                ),
            ],
        );
        // A later batch, to show the merge is incremental across batches too.
        ingest(
            &mut s,
            &[(
                &far,
                vec![retreat(&far, 0, vec![place("sy-qalamoun", "Rif Dimashq")])],
            )],
        );
        let mut incidents = Vec::new();
        s.for_each_incident(2, &mut |i| {
            incidents.push(i);
            Ok(())
        })
        .unwrap();
        assert_eq!(incidents.len(), 1);
        assert_eq!(incidents[0].articles(), vec!["a", "b"]);
        assert_eq!(incidents[0].sources(), vec!["outlet of a", "outlet of b"]);
        let c = s.counts().unwrap();
        assert_eq!((c.incidents, c.multi_article_incidents), (2, 1));
    }

    #[test]
    fn events_of_one_article_merge_only_when_they_are_the_same_event() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = article("a", "2017-04-01", "x");
        let p = vec![place("sy-qalamoun", "Rif Dimashq")];
        let mut other_place = retreat(
            &a,
            2,
            vec![
                place("sy-qalamoun", "Rif Dimashq"),
                place("sy-hama", "Hama"),
            ],
        );
        other_place.factuality = "occurred".into();
        ingest(
            &mut s,
            &[(
                &a,
                vec![retreat(&a, 0, p.clone()), retreat(&a, 1, p), other_place],
            )],
        );
        assert_eq!(s.counts().unwrap().incidents, 2);
    }

    #[test]
    fn a_bad_article_fails_alone_and_the_batch_is_committed() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = article("a", "2017-04-01", "x");
        let b = article("b", "2017-04-01", "y");
        let c = article("c", "2017-04-01", "z");
        let mut dup = retreat(&b, 0, vec![]);
        dup.id = "a-0".into();
        dup.article_id = "b".into();
        let mut foreign = retreat(&c, 0, vec![]);
        foreign.article_id = "elsewhere".into();
        let out = ingest(
            &mut s,
            &[
                (&a, vec![retreat(&a, 0, vec![])]),
                (&b, vec![dup]),
                (&c, vec![foreign]),
            ],
        );
        assert_eq!(out[0], Outcome::Stored { events: 1 });
        assert!(
            matches!(&out[1], Outcome::Failed(m) if m.contains("UNIQUE")),
            "{out:?}"
        );
        assert!(
            matches!(&out[2], Outcome::Failed(m) if m.contains("elsewhere")),
            "{out:?}"
        );
        let c = s.counts().unwrap();
        assert_eq!((c.articles, c.events), (1, 1));
    }

    #[test]
    fn filters_select_by_actor_place_date_factuality_and_claimant() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        let a = article("a", "2017-04-01", "x");
        let mut e1 = retreat(&a, 0, vec![place("sy-qalamoun", "Rif Dimashq")]);
        e1.attribution = Some(Attribution {
            text: "مصادر في المعارضة".into(),
            actor: None,
            start: 0,
            end: 1,
        });
        let mut e2 = retreat(&a, 1, vec![place("sy-hama", "Hama")]);
        e2.factuality = "planned".into();
        e2.actor = Some(Entity {
            id: None,
            ..entity("", "لواء الأقصى")
        });
        ingest(&mut s, &[(&a, vec![e1, e2])]);
        let n = |f: EventFilter| s.events(&f).unwrap().len();
        assert_eq!(n(EventFilter::default()), 2);
        assert_eq!(
            n(EventFilter {
                actor: vec!["isis".into()],
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            n(EventFilter {
                actor: vec!["لواء الاقصى".into()],
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            n(EventFilter {
                place: vec!["hama".into()],
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            n(EventFilter {
                place: vec!["sy-qalamoun".into()],
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            n(EventFilter {
                factuality: Some("planned".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            n(EventFilter {
                attributed_to: Some("المعارضة".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            n(EventFilter {
                from: Some("2017-04".into()),
                to: Some("2017-04-01".into()),
                ..Default::default()
            }),
            2
        );
        assert_eq!(
            n(EventFilter {
                from: Some("2017-04-02".into()),
                ..Default::default()
            }),
            0
        );
        assert_eq!(
            n(EventFilter {
                category: Some("retreat".into()),
                ..Default::default()
            }),
            2
        );
    }
}
