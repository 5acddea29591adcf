//! What the SQL backends share: the schema and its migrations, the batch ingest with the
//! incremental merge, the filters, and the mapping of rows back to events and incidents.
//!
//! A backend supplies a connection that runs SQL with `?N` parameters ([`Sql`]) and the
//! few statements that differ between engines ([`Dialect`]); everything that decides what
//! is stored or read is written once here, so SQLite and PostgreSQL cannot drift apart.

use crate::dates;
use crate::merge::{self, MergeConfig, MergeKey};
use crate::{
    content_hash, ArticleInput, ArticleMeta, BatchReport, Counts, EventFilter, Incident,
    IngestOptions, Outcome, Store, StoreError, StoredEvent,
};
use khayt_coder::{Attribution, Entity, Event, EventDate, Evidence, Location, Quantity};
use std::collections::{BTreeSet, HashMap};

/// Merge windows at most this many days wide are "narrow" (see `find_incident`).
const NARROW_DAYS: i64 = 7;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Versioned migrations, applied in order, in one transaction. Never edit a released one:
/// add the next. Written in SQLite's dialect; [`Dialect::schema`] maps the types for
/// PostgreSQL.
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

const SCHEMA_VERSION_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL
)";

/// A parameter or column value.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::Int(v)
    }
}

impl From<usize> for Val {
    fn from(v: usize) -> Self {
        Val::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Val {
    fn from(v: f64) -> Self {
        Val::Real(v)
    }
}

impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::Text(v.to_string())
    }
}

impl From<&String> for Val {
    fn from(v: &String) -> Self {
        Val::Text(v.clone())
    }
}

impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::Text(v)
    }
}

impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(v: Option<T>) -> Self {
        v.map_or(Val::Null, Into::into)
    }
}

/// An engine error, sorted by what it fails.
#[derive(Debug)]
pub enum DbError {
    /// A constraint on one article's rows (a duplicate event id): fails that article.
    Constraint(String),
    /// Anything else (I/O, a lost connection, a bad value): fails the batch.
    Other(String),
    /// A caller's callback stopped a stream.
    Caller(StoreError),
}

impl From<DbError> for StoreError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Constraint(m) | DbError::Other(m) => StoreError::Backend(m),
            DbError::Caller(e) => e,
        }
    }
}

/// One result row; columns by position.
pub trait SqlRow {
    fn int(&self, i: usize) -> Result<Option<i64>, DbError>;
    fn real(&self, i: usize) -> Result<Option<f64>, DbError>;
    fn text(&self, i: usize) -> Result<Option<String>, DbError>;

    fn req_text(&self, i: usize) -> Result<String, DbError> {
        self.text(i)?
            .ok_or_else(|| DbError::Other(format!("column {i} is NULL")))
    }

    fn req_int(&self, i: usize) -> Result<i64, DbError> {
        self.int(i)?
            .ok_or_else(|| DbError::Other(format!("column {i} is NULL")))
    }

    fn usize(&self, i: usize) -> Result<usize, DbError> {
        Ok(usize::try_from(self.req_int(i)?).unwrap_or(0))
    }
}

pub type RowFn<'a> = dyn FnMut(&dyn SqlRow) -> Result<(), DbError> + 'a;

/// A connection running SQL written with `?N` parameters.
pub trait Sql {
    fn dialect(&self) -> Dialect;
    /// One statement; the number of rows it changed.
    fn execute(&self, sql: &str, params: &[Val]) -> Result<u64, DbError>;
    /// One statement, each row handed to `f` as it arrives.
    fn query(&self, sql: &str, params: &[Val], f: &mut RowFn<'_>) -> Result<(), DbError>;
    /// Statements without parameters (transaction control, DDL).
    fn batch(&self, sql: &str) -> Result<(), DbError>;
}

/// A backend: a connection, and through it the whole [`Store`].
pub trait Backend {
    fn sql(&self) -> &dyn Sql;
}

impl<T: Backend + ?Sized> Store for T {
    fn stored_hashes(&self, ids: &[&str]) -> Result<HashMap<String, String>, StoreError> {
        stored_hashes(self.sql(), ids)
    }

    fn ingest_batch(
        &mut self,
        batch: &[ArticleInput<'_>],
        opts: &IngestOptions,
    ) -> Result<BatchReport, StoreError> {
        ingest_batch(self.sql(), batch, opts)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        counts(self.sql())
    }

    fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        for_each_event(self.sql(), filter, f)
    }

    fn for_each_incident(
        &self,
        min_articles: usize,
        f: &mut dyn FnMut(Incident) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        for_each_incident(self.sql(), min_articles, f)
    }
}

/// The statements that differ between engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// A migration's DDL in this dialect: 64-bit integers, double-precision reals, and
    /// `end` (reserved in PostgreSQL) quoted.
    fn schema(self, sql: &str) -> String {
        match self {
            Dialect::Sqlite => sql.to_string(),
            Dialect::Postgres => sql
                .replace(" INTEGER", " BIGINT")
                .replace(" REAL", " DOUBLE PRECISION")
                .replace("\n    end ", "\n    \"end\" "),
        }
    }

    /// Whether the schema_version table exists, as 0 or 1.
    fn has_version_table(self) -> &'static str {
        match self {
            Dialect::Sqlite => {
                "SELECT EXISTS (SELECT 1 FROM sqlite_master
                 WHERE type = 'table' AND name = 'schema_version')"
            }
            Dialect::Postgres => {
                "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE 1 END"
            }
        }
    }

    /// Opens a write transaction holding the database's writer lock, so that concurrent
    /// writers (two ingests, two migrations) run one after the other and each sees what
    /// the previous one committed. PostgreSQL: an advisory lock per schema, released at
    /// commit or rollback (or when a killed client's connection drops).
    fn begin_write(self) -> &'static str {
        match self {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::Postgres => {
                "BEGIN; SELECT pg_advisory_xact_lock(
                    hashtext('khayt:' || COALESCE(current_schema(), ''))::bigint)"
            }
        }
    }

    /// `needle` occurs in `hay`.
    fn contains(self, hay: &str, needle: &str) -> String {
        match self {
            Dialect::Sqlite => format!("instr({hay}, {needle}) > 0"),
            Dialect::Postgres => format!("strpos({hay}, {needle}) > 0"),
        }
    }

    /// A text column ordered bytewise, as SQLite does, whatever the database's locale.
    fn bytewise(self, col: &str) -> String {
        match self {
            Dialect::Sqlite => col.to_string(),
            Dialect::Postgres => format!("{col} COLLATE \"C\""),
        }
    }
}

pub fn first_int(c: &dyn Sql, sql: &str, params: &[Val]) -> Result<Option<i64>, DbError> {
    let mut out = None;
    c.query(sql, params, &mut |r| {
        if out.is_none() {
            out = Some(r.int(0)?.unwrap_or(0));
        }
        Ok(())
    })?;
    Ok(out)
}

fn first_text(c: &dyn Sql, sql: &str, params: &[Val]) -> Result<Option<String>, DbError> {
    let mut out = None;
    c.query(sql, params, &mut |r| {
        if out.is_none() {
            out = r.text(0)?;
        }
        Ok(())
    })?;
    Ok(out)
}

/// The schema version of the open database (0 when it has none).
pub fn schema_version(c: &dyn Sql) -> Result<i64, StoreError> {
    if first_int(c, c.dialect().has_version_table(), &[])? != Some(1) {
        return Ok(0);
    }
    Ok(first_int(
        c,
        "SELECT COALESCE(MAX(version), 0) FROM schema_version",
        &[],
    )?
    .unwrap_or(0))
}

/// Brings the schema up to date. Up to date (the common case, and every read-only
/// command) takes no write lock; otherwise the writer lock is taken before the version is
/// read, so two processes opening a new database at once apply the migrations once.
pub fn migrate(c: &dyn Sql) -> Result<(), StoreError> {
    if schema_version(c)? == SCHEMA_VERSION {
        return Ok(());
    }
    let d = c.dialect();
    c.batch(d.begin_write())?;
    let r = migrate_locked(c);
    finish_tx(c, r)
}

fn migrate_locked(c: &dyn Sql) -> Result<(), StoreError> {
    let d = c.dialect();
    c.batch(&d.schema(SCHEMA_VERSION_TABLE))?;
    let current = first_int(
        c,
        "SELECT COALESCE(MAX(version), 0) FROM schema_version",
        &[],
    )?
    .unwrap_or(0);
    if current > SCHEMA_VERSION {
        return Err(StoreError::Schema(format!(
            "the database has schema version {current}, newer than this khayt knows \
             ({SCHEMA_VERSION}); use a newer khayt"
        )));
    }
    for (version, description, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
        c.batch(&d.schema(sql)).map_err(|e| {
            StoreError::Schema(format!(
                "migration {version} ({description}): {}",
                StoreError::from(e)
            ))
        })?;
        c.execute(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?1, ?2, ?3)",
            &[
                (*version).into(),
                (*description).into(),
                dates::now_utc().into(),
            ],
        )?;
    }
    Ok(())
}

/// Commits on success, rolls back on failure (keeping the first error).
fn finish_tx<T>(c: &dyn Sql, r: Result<T, StoreError>) -> Result<T, StoreError> {
    match r {
        Ok(v) => {
            c.batch("COMMIT")?;
            Ok(v)
        }
        Err(e) => {
            let _ = c.batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Why one article could not be stored.
enum ArticleError {
    Data(String),
    Db(DbError),
}

impl From<DbError> for ArticleError {
    fn from(e: DbError) -> Self {
        ArticleError::Db(e)
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, ArticleError> {
    serde_json::to_string(v).map_err(|e| ArticleError::Data(format!("cannot encode: {e}")))
}

fn opt_json<T: serde::Serialize>(v: &Option<T>) -> Result<Val, ArticleError> {
    Ok(v.as_ref().map(json).transpose()?.into())
}

pub fn stored_hashes(c: &dyn Sql, ids: &[&str]) -> Result<HashMap<String, String>, StoreError> {
    let mut out = HashMap::new();
    // A few hundred ids per statement: one round trip each, under any engine's limit.
    for chunk in ids.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("?{i}")).collect();
        let params: Vec<Val> = chunk.iter().map(|id| (*id).into()).collect();
        c.query(
            &format!(
                "SELECT id, content_hash FROM articles WHERE id IN ({})",
                marks.join(", ")
            ),
            &params,
            &mut |r| {
                out.insert(r.req_text(0)?, r.req_text(1)?);
                Ok(())
            },
        )?;
    }
    Ok(out)
}

/// Stores a batch in one transaction under the writer lock, each article in a savepoint
/// so that one bad article is rolled back alone.
pub fn ingest_batch(
    c: &dyn Sql,
    batch: &[ArticleInput<'_>],
    opts: &IngestOptions,
) -> Result<BatchReport, StoreError> {
    opts.merge.validate().map_err(StoreError::Stopped)?;
    c.batch(c.dialect().begin_write())?;
    let r = ingest_locked(c, batch, opts);
    finish_tx(c, r)
}

fn ingest_locked(
    c: &dyn Sql,
    batch: &[ArticleInput<'_>],
    opts: &IngestOptions,
) -> Result<BatchReport, StoreError> {
    let mut report = BatchReport::default();
    for input in batch {
        let id = input.article.id.clone();
        let hash = content_hash(input.article);
        // Read under the lock: what a concurrent ingest committed is seen here.
        let existing = first_text(
            c,
            "SELECT content_hash FROM articles WHERE id = ?1",
            &[(&id).into()],
        )?;
        if existing.as_deref() == Some(hash.as_str()) && !opts.force {
            report.outcomes.push((id, Outcome::Skipped));
            continue;
        }
        let replacing = existing.is_some();
        c.batch("SAVEPOINT article")?;
        let failed = match store_article(c, input, &hash, replacing, &opts.merge) {
            Ok(n) => {
                c.batch("RELEASE SAVEPOINT article")?;
                let outcome = if replacing {
                    Outcome::Replaced { events: n }
                } else {
                    Outcome::Stored { events: n }
                };
                report.outcomes.push((id, outcome));
                continue;
            }
            Err(ArticleError::Data(msg)) | Err(ArticleError::Db(DbError::Constraint(msg))) => msg,
            Err(ArticleError::Db(e)) => return Err(e.into()),
        };
        c.batch("ROLLBACK TO SAVEPOINT article; RELEASE SAVEPOINT article")?;
        report.outcomes.push((id, Outcome::Failed(failed)));
    }
    Ok(report)
}

/// Writes one article and its events; the caller holds a savepoint.
fn store_article(
    c: &dyn Sql,
    input: &ArticleInput<'_>,
    hash: &str,
    replacing: bool,
    cfg: &MergeConfig,
) -> Result<usize, ArticleError> {
    let art = input.article;
    let now = dates::now_utc();
    let meta: Vec<Val> = vec![
        (&art.id).into(),
        art.date.as_ref().into(),
        art.source.as_ref().into(),
        art.url.as_ref().into(),
        art.title.as_ref().into(),
        hash.into(),
        (&now).into(),
        input.events.len().into(),
    ];
    if replacing {
        let mut touched: Vec<i64> = Vec::new();
        c.query(
            "SELECT DISTINCT incident_id FROM incident_members WHERE article_id = ?1",
            &[(&art.id).into()],
            &mut |r| {
                touched.push(r.req_int(0)?);
                Ok(())
            },
        )?;
        // Cascades to locations, anchors and memberships.
        c.execute(
            "DELETE FROM events WHERE article_id = ?1",
            &[(&art.id).into()],
        )?;
        for inc in touched {
            c.execute(
                "DELETE FROM incidents WHERE id = ?1
                 AND NOT EXISTS (SELECT 1 FROM incident_members WHERE incident_id = ?1)",
                &[inc.into()],
            )?;
        }
        c.execute(
            "UPDATE articles SET date = ?2, source = ?3, url = ?4, title = ?5,
                content_hash = ?6, ingested_at = ?7, events = ?8 WHERE id = ?1",
            &meta,
        )?;
    } else {
        c.execute(
            "INSERT INTO articles (id, date, source, url, title, content_hash, ingested_at, events)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            &meta,
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
            c,
            ev,
            &key,
            seq,
            art.text.get(ev.evidence.start..ev.evidence.end),
        )?;
        let incident = match local.iter().find(|(k, _)| merge::same_event(k, &key)) {
            Some((_, inc)) => *inc,
            None => match find_incident(c, &key, cfg)? {
                Some(inc) => inc,
                // The next id is chosen explicitly (as SQLite's rowid would be) so that
                // both backends number incidents alike; the writer lock makes it safe.
                None => first_int(
                    c,
                    "INSERT INTO incidents (id, family, factuality, created_at)
                     VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM incidents), ?1, ?2, ?3)
                     RETURNING id",
                    &[
                        (&key.family).into(),
                        (&key.factuality).into(),
                        (&now).into(),
                    ],
                )?
                .ok_or_else(|| DbError::Other("INSERT … RETURNING gave no row".into()))?,
            },
        };
        c.execute(
            "INSERT INTO incident_members (event_id, incident_id, article_id) VALUES (?1, ?2, ?3)",
            &[(&ev.id).into(), incident.into(), (&art.id).into()],
        )?;
        if let Some((lo, hi)) = key.window {
            for anchor in key.stored_anchors() {
                c.execute(
                    "INSERT INTO event_anchors
                        (anchor, family, factuality, wide, merge_lo, merge_hi, event_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    &[
                        anchor.into(),
                        (&key.family).into(),
                        (&key.factuality).into(),
                        i64::from(hi - lo > NARROW_DAYS).into(),
                        lo.into(),
                        hi.into(),
                        (&ev.id).into(),
                    ],
                )?;
            }
        }
        local.push((key, incident));
    }
    Ok(input.events.len())
}

fn insert_event(
    c: &dyn Sql,
    ev: &Event,
    key: &MergeKey,
    seq: usize,
    sentence: Option<&str>,
) -> Result<(), ArticleError> {
    let span = dates::nominal_span(&ev.date.value, &ev.date.precision);
    let ent = |e: &Option<Entity>| -> [Val; 6] {
        let e = e.as_ref();
        [
            e.and_then(|x| x.id.clone()).into(),
            e.map(|x| x.text.clone()).into(),
            e.and_then(|x| x.name.clone()).into(),
            e.and_then(|x| x.name_ar.clone()).into(),
            e.and_then(|x| x.code.clone()).into(),
            e.and_then(|x| merge::entity_key(x.id.as_deref(), &x.text))
                .into(),
        ]
    };
    let mut values: Vec<Val> = vec![
        (&ev.id).into(),
        (&ev.article_id).into(),
        seq.into(),
        (&ev.category).into(),
        merge::family(&ev.category).into(),
        ev.mode.as_ref().into(),
        json(&ev.context)?.into(),
    ];
    values.extend(ent(&ev.actor));
    values.push(opt_json(&ev.actor)?);
    values.extend(ent(&ev.recipient));
    values.push(opt_json(&ev.recipient)?);
    values.extend([
        (&ev.date.value).into(),
        (&ev.date.precision).into(),
        ev.date.text.as_ref().into(),
        span.map(|s| s.0).into(),
        span.map(|s| s.1).into(),
        (&ev.factuality).into(),
        ev.attribution.as_ref().map(|a| a.text.clone()).into(),
        ev.attribution
            .as_ref()
            .and_then(|a| a.actor.as_ref())
            .and_then(|a| a.id.clone())
            .into(),
        opt_json(&ev.attribution)?,
        ev.quantity
            .as_ref()
            .map(|q| i64::try_from(q.value).unwrap_or(i64::MAX))
            .into(),
        ev.quantity.as_ref().map(|q| q.unit.clone()).into(),
        opt_json(&ev.quantity)?,
        ev.evidence.sentence.into(),
        ev.evidence.start.into(),
        ev.evidence.end.into(),
        sentence.into(),
        (&ev.evidence.trigger).into(),
        ev.evidence.trigger_start.into(),
        ev.evidence.trigger_end.into(),
        (&ev.rule).into(),
        f64::from(ev.confidence).into(),
        join_keys(&key.places).into(),
        join_keys(&key.admin1).into(),
        join_keys(&key.countries).into(),
    ]);
    c.execute(
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
        &values,
    )?;
    for (i, l) in ev.locations.iter().enumerate() {
        c.execute(
            "INSERT INTO event_locations (event_id, ord, text, place_id, name, admin1, country,
                lat, lon, precision, start, \"end\", place_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            &[
                (&ev.id).into(),
                i.into(),
                (&l.text).into(),
                l.id.as_ref().into(),
                l.name.as_ref().into(),
                l.admin1.as_ref().into(),
                l.country.as_ref().into(),
                l.lat.into(),
                l.lon.into(),
                (&l.precision).into(),
                l.start.into(),
                l.end.into(),
                merge::entity_key(l.id.as_deref(), &l.text).into(),
            ],
        )?;
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
fn key_row(r: &dyn SqlRow, cfg: &MergeConfig) -> Result<(i64, MergeKey), DbError> {
    let category = r.req_text(2)?;
    let value = r.req_text(6)?;
    let precision = r.req_text(7)?;
    Ok((
        r.req_int(0)?,
        MergeKey {
            article_id: r.req_text(1)?,
            family: merge::family(&category).to_string(),
            category,
            factuality: r.req_text(3)?,
            actor: r.text(4)?,
            recipient: r.text(5)?,
            places: split_keys(r.req_text(8)?),
            admin1: split_keys(r.req_text(9)?),
            countries: split_keys(r.req_text(10)?),
            window: merge::merge_window(&value, &precision, cfg),
            date_value: value,
            date_precision: precision,
        },
    ))
}

fn member_keys(c: &dyn Sql, incident: i64, cfg: &MergeConfig) -> Result<Vec<MergeKey>, DbError> {
    let mut out = Vec::new();
    c.query(
        &format!(
            "SELECT {KEY_COLUMNS} FROM incident_members m JOIN events e ON e.id = m.event_id
             WHERE m.incident_id = ?1"
        ),
        &[incident.into()],
        &mut |r| {
            out.push(key_row(r, cfg)?.1);
            Ok(())
        },
    )?;
    Ok(out)
}

/// The incident a new event joins: among incidents with a member filed under one of the
/// event's lookup anchors in the date range and compatible with it, those whose every
/// member is compatible, best affinity first, oldest on a tie. `None` when there is none
/// (or the event does not merge across articles).
fn find_incident(c: &dyn Sql, key: &MergeKey, cfg: &MergeConfig) -> Result<Option<i64>, DbError> {
    let Some((lo, hi)) = key.window else {
        return Ok(None);
    };
    let slack = cfg.date_slack_days;
    // Incidents with a compatible member (worth the full check), and incidents that
    // already hold an event of this article (never joined: see `merge::same_event`).
    let mut hits = BTreeSet::new();
    let mut excluded = BTreeSet::new();
    // Narrow windows (a day, a week, an article date) and wide ones (a month) are scanned
    // separately, so that the many narrow rows are read over a few days rather than over
    // the widest window any row may have.
    let sql = format!(
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
    );
    for anchor in key.lookup_anchors(cfg) {
        c.query(
            &sql,
            &[
                anchor.into(),
                (&key.family).into(),
                (&key.factuality).into(),
                (lo - slack - NARROW_DAYS).into(),
                (lo - slack - cfg.max_window_days()).into(),
                (hi + slack).into(),
                (lo - slack).into(),
            ],
            &mut |r| {
                let (inc, member) = key_row(r, cfg)?;
                if member.article_id == key.article_id {
                    excluded.insert(inc);
                } else if merge::compatible(&member, key, cfg) {
                    hits.insert(inc);
                }
                Ok(())
            },
        )?;
    }
    let mut best: Option<(u64, i64)> = None;
    for inc in hits.difference(&excluded) {
        let members = member_keys(c, *inc, cfg)?;
        if members.is_empty()
            || members.iter().any(|m| m.article_id == key.article_id)
            || !members.iter().all(|m| merge::compatible(m, key, cfg))
        {
            continue;
        }
        // Mean affinity, scaled to stay an integer.
        let total: u64 = members.iter().map(|m| merge::affinity(m, key) as u64).sum();
        let score = total * 1000 / members.len() as u64;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, *inc));
        }
    }
    Ok(best.map(|(_, inc)| inc))
}

/// An event, its article and incident, and one of its locations (a LEFT JOIN: an event
/// spans as many rows as it has locations, at least one).
const EVENT_COLUMNS: &str = "e.id, e.article_id, e.category, e.mode, e.context, e.actor,
    e.recipient, e.date_value, e.date_precision, e.date_text, e.factuality, e.attribution,
    e.quantity, e.sentence, e.sentence_start, e.sentence_end, e.trigger, e.trigger_start,
    e.trigger_end, e.rule, e.confidence, e.sentence_text, m.incident_id,
    a.date, a.source, a.url, a.title,
    l.ord, l.text, l.place_id, l.name, l.admin1, l.country, l.lat, l.lon, l.precision,
    l.start, l.\"end\"";
const EVENT_JOINS: &str = "JOIN articles a ON a.id = e.article_id
    LEFT JOIN incident_members m ON m.event_id = e.id
    LEFT JOIN event_locations l ON l.event_id = e.id";
/// The first column after `EVENT_COLUMNS`.
const AFTER_EVENT: usize = 38;

fn from_json<T: serde::de::DeserializeOwned>(
    r: &dyn SqlRow,
    idx: usize,
) -> Result<Option<T>, DbError> {
    match r.text(idx)? {
        None => Ok(None),
        Some(s) => serde_json::from_str(&s)
            .map(Some)
            .map_err(|e| DbError::Other(format!("column {idx}: {e}"))),
    }
}

fn row_to_event(r: &dyn SqlRow) -> Result<StoredEvent, DbError> {
    let article_id = r.req_text(1)?;
    let event = Event {
        id: r.req_text(0)?,
        article_id: article_id.clone(),
        category: r.req_text(2)?,
        mode: r.text(3)?,
        context: from_json(r, 4)?.unwrap_or_default(),
        actor: from_json::<Entity>(r, 5)?,
        recipient: from_json::<Entity>(r, 6)?,
        locations: Vec::new(),
        date: EventDate {
            value: r.req_text(7)?,
            precision: r.req_text(8)?,
            text: r.text(9)?,
        },
        factuality: r.req_text(10)?,
        attribution: from_json::<Attribution>(r, 11)?,
        quantity: from_json::<Quantity>(r, 12)?,
        evidence: Evidence {
            sentence: r.usize(13)?,
            start: r.usize(14)?,
            end: r.usize(15)?,
            trigger: r.req_text(16)?,
            trigger_start: r.usize(17)?,
            trigger_end: r.usize(18)?,
        },
        rule: r.req_text(19)?,
        confidence: r.real(20)?.unwrap_or(0.0) as f32,
    };
    Ok(StoredEvent {
        event,
        sentence: r.text(21)?,
        incident: r.int(22)?,
        article: ArticleMeta {
            id: article_id,
            date: r.text(23)?,
            source: r.text(24)?,
            url: r.text(25)?,
            title: r.text(26)?,
        },
    })
}

/// The location on a row of `EVENT_COLUMNS`, if the event has one there.
fn row_location(r: &dyn SqlRow) -> Result<Option<Location>, DbError> {
    if r.int(27)?.is_none() {
        return Ok(None);
    }
    Ok(Some(Location {
        text: r.req_text(28)?,
        id: r.text(29)?,
        name: r.text(30)?,
        admin1: r.text(31)?,
        country: r.text(32)?,
        lat: r.real(33)?,
        lon: r.real(34)?,
        precision: r.req_text(35)?,
        start: r.usize(36)?,
        end: r.usize(37)?,
    }))
}

/// The WHERE clause and parameters of a filter.
fn filter_sql(d: Dialect, f: &EventFilter) -> (String, Vec<Val>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut params: Vec<Val> = Vec::new();
    let push = |params: &mut Vec<Val>, v: Val| {
        params.push(v);
        format!("?{}", params.len())
    };
    if let Some(c) = &f.category {
        let p = push(&mut params, c.to_uppercase().into());
        clauses.push(format!("e.category = {p}"));
    }
    // Each term of a list, as given and as its matching key ({p}, {k}); the terms OR-ed.
    let any_term =
        |params: &mut Vec<Val>, terms: &[String], clause: &dyn Fn(&str, &str) -> String| {
            let any: Vec<String> = terms
                .iter()
                .map(|term| {
                    let p = push(params, term.into());
                    let k = push(
                        params,
                        merge::entity_key(None, term).unwrap_or_default().into(),
                    );
                    clause(&p, &k)
                })
                .collect();
            any.join(" OR ")
        };
    if !f.actor.is_empty() {
        // lower() is ASCII-only in SQLite, like its NOCASE; names are English.
        let any = any_term(&mut params, &f.actor, &|p, k| {
            format!(
                "e.actor_id = {p} OR e.recipient_id = {p} OR e.actor_text = {p}
                 OR e.recipient_text = {p} OR lower(e.actor_name) = lower({p})
                 OR lower(e.recipient_name) = lower({p}) OR e.actor_name_ar = {p}
                 OR e.recipient_name_ar = {p} OR e.actor_key = {k} OR e.recipient_key = {k}"
            )
        });
        clauses.push(format!("({any})"));
    }
    if !f.place.is_empty() {
        let any = any_term(&mut params, &f.place, &|p, k| {
            format!(
                "pl.place_id = {p} OR lower(pl.name) = lower({p})
                 OR lower(pl.admin1) = lower({p}) OR pl.text = {p} OR pl.place_key = {k}"
            )
        });
        clauses.push(format!(
            "EXISTS (SELECT 1 FROM event_locations pl WHERE pl.event_id = e.id AND ({any}))"
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
        let p = push(&mut params, x.into());
        clauses.push(format!(
            "({} OR e.attribution_actor_id = {p})",
            d.contains("e.attribution_text", &p)
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

pub fn counts(c: &dyn Sql) -> Result<Counts, StoreError> {
    let count = |sql: &str| -> Result<u64, StoreError> {
        Ok(first_int(c, sql, &[])?.unwrap_or(0).max(0) as u64)
    };
    Ok(Counts {
        articles: count("SELECT COUNT(*) FROM articles")?,
        events: count("SELECT COUNT(*) FROM events")?,
        located_events: count("SELECT COUNT(DISTINCT event_id) FROM event_locations")?,
        incidents: count("SELECT COUNT(*) FROM incidents")?,
        multi_article_incidents: count(
            "SELECT COUNT(*) FROM (SELECT incident_id FROM incident_members
             GROUP BY incident_id HAVING COUNT(DISTINCT article_id) >= 2) AS multi",
        )?,
    })
}

/// Streams the events on rows of `EVENT_COLUMNS` (ordered so that an event's rows are
/// adjacent), each with `extra` read from its first row (columns after the event's own).
fn stream_rows<X>(
    c: &dyn Sql,
    sql: &str,
    params: &[Val],
    extra: &dyn Fn(&dyn SqlRow) -> Result<X, DbError>,
    f: &mut dyn FnMut(StoredEvent, X) -> Result<(), DbError>,
) -> Result<(), DbError> {
    let mut pending: Option<(StoredEvent, X)> = None;
    c.query(sql, params, &mut |r| {
        let id = r.req_text(0)?;
        if pending.as_ref().is_some_and(|(e, _)| e.event.id != id) {
            if let Some((ev, x)) = pending.take() {
                f(ev, x)?;
            }
        }
        if pending.is_none() {
            pending = Some((row_to_event(r)?, extra(r)?));
        }
        if let (Some((cur, _)), Some(loc)) = (pending.as_mut(), row_location(r)?) {
            cur.event.locations.push(loc);
        }
        Ok(())
    })?;
    match pending {
        Some((ev, x)) => f(ev, x),
        None => Ok(()),
    }
}

pub fn for_each_event(
    c: &dyn Sql,
    filter: &EventFilter,
    f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let d = c.dialect();
    let (wh, params) = filter_sql(d, filter);
    let sql = format!(
        "SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} {wh}
         ORDER BY e.date_lo NULLS FIRST, {}, e.seq, l.ord",
        d.bytewise("e.article_id")
    );
    stream_rows(c, &sql, &params, &|_| Ok(()), &mut |ev, ()| {
        f(ev).map_err(DbError::Caller)
    })
    .map_err(StoreError::from)
}

pub fn for_each_incident(
    c: &dyn Sql,
    min_articles: usize,
    f: &mut dyn FnMut(Incident) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let d = c.dialect();
    // One ordered pass over every member of the selected incidents: no query per
    // incident, and no second statement while this one streams.
    let sql = format!(
        "SELECT {EVENT_COLUMNS}, i.family, i.factuality FROM events e {EVENT_JOINS}
           JOIN incidents i ON i.id = m.incident_id
         WHERE m.incident_id IN (SELECT incident_id FROM incident_members GROUP BY incident_id
                        HAVING COUNT(DISTINCT article_id) >= ?1)
         ORDER BY i.id, {} NULLS FIRST, {}, e.seq, l.ord",
        d.bytewise("a.date"),
        d.bytewise("e.article_id")
    );
    let extra = |r: &dyn SqlRow| -> Result<(String, String), DbError> {
        Ok((r.req_text(AFTER_EVENT)?, r.req_text(AFTER_EVENT + 1)?))
    };
    let mut current: Option<Incident> = None;
    stream_rows(c, &sql, &[min_articles.into()], &extra, &mut |ev,
                                                               (
        family,
        factuality,
    )| {
        let id = ev.incident.unwrap_or(0);
        if current.as_ref().is_some_and(|i| i.id != id) {
            if let Some(done) = current.take() {
                f(done).map_err(DbError::Caller)?;
            }
        }
        current
            .get_or_insert_with(|| Incident {
                id,
                family,
                factuality,
                members: Vec::new(),
            })
            .members
            .push(ev);
        Ok(())
    })?;
    match current {
        Some(done) => f(done),
        None => Ok(()),
    }
}
