//! `khayt serve`: a JSON API over the store and the coder, and the web UI (map, timeline,
//! relation graph, evidence view, paste-an-article box) embedded in the binary.
//!
//! Safety choices: the server binds to loopback unless told otherwise; request bodies are
//! capped at 1 MiB; the UI's assets are compiled in and served from a fixed table, so no
//! request path ever reaches the filesystem; the store is never written unless
//! `--allow-ingest` is given (`POST /api/ingest` answers 403 otherwise).

use crate::query::{event_json, incident_json, resolve_actor, resolve_place, FilterArgs};
use crate::relations::known_affiliations;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use khayt_coder::Article;
use khayt_lexicon::Lexicon;
use khayt_store::relations::{
    affiliation_facts, fact_in_range, relation_facts, territory_transfers, ActorRef, RelationFact,
};
use khayt_store::{
    ArticleInput, IngestOptions, OpenMode, Outcome, SqliteStore, Store, StoredEvent,
};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

/// Largest request body accepted: an article is far smaller, and the limit keeps a
/// client from making the server buffer arbitrary amounts.
const BODY_LIMIT: usize = 1024 * 1024;
/// Most events one `/api/events` answer carries unless the client asks for fewer.
const DEFAULT_LIMIT: usize = 5000;
/// Articles one `POST /api/ingest` accepts.
const MAX_INGEST_ARTICLES: usize = 1000;

#[derive(clap::Args)]
pub struct Args {
    /// The database: an SQLite file or a postgres:// URL (must exist unless
    /// --allow-ingest).
    #[arg(long, default_value = "khayt.db")]
    db: String,
    /// Address to listen on. Loopback by default: the API has no authentication.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: String,
    /// Serve an in-memory database holding the built-in demo article instead of --db.
    #[arg(long)]
    demo: bool,
    /// Enable POST /api/ingest (writes to the database).
    #[arg(long)]
    allow_ingest: bool,
}

struct AppState {
    store: Mutex<Box<dyn Store + Send>>,
    lex: Lexicon,
    allow_ingest: bool,
    /// Article texts known to this process (the demo's and those ingested through the
    /// API): the store keeps metadata and evidence sentences, not whole texts.
    texts: Mutex<HashMap<String, String>>,
}

type Shared = Arc<AppState>;

/// An error answer: a status and a JSON `{"error": …}` body.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

fn bad_request(msg: impl Into<String>) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, msg.into())
}

fn internal(msg: impl std::fmt::Display) -> ApiError {
    ApiError(StatusCode::INTERNAL_SERVER_ERROR, msg.to_string())
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        ApiError(r.status(), r.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError(StatusCode::BAD_REQUEST, r.body_text())
    }
}

type ApiResult = Result<Json<Value>, ApiError>;

impl AppState {
    /// Runs `f` on the store, even if a previous request panicked while holding it (the
    /// database's own transactions keep the data consistent, so the lock's poison carries
    /// no meaning). The store is synchronous: the worker thread is handed over to blocking
    /// work meanwhile, which the PostgreSQL client (a runtime of its own) requires.
    fn with_store<R>(&self, f: impl FnOnce(&mut dyn Store) -> R) -> R {
        tokio::task::block_in_place(|| {
            let mut guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut **guard)
        })
    }

    fn texts(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.texts.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn all_events(&self) -> Result<Vec<StoredEvent>, ApiError> {
        self.with_store(|s| s.events(&khayt_store::EventFilter::default()))
            .map_err(internal)
    }
}

pub fn run(overlays: &[PathBuf], args: Args) -> Result<ExitCode, String> {
    let lex = crate::load_lexicon(overlays)?;
    let addr: SocketAddr = args
        .addr
        .parse()
        .map_err(|e| format!("--addr {:?}: {e}", args.addr))?;
    let mut texts = HashMap::new();
    let store = if args.demo {
        let mut store = SqliteStore::open_in_memory().map_err(|e| e.to_string())?;
        let arts = crate::demo::demo_articles();
        ingest_articles(&lex, &mut store, &arts)?;
        for a in arts {
            texts.insert(a.id, a.text);
        }
        Box::new(store)
    } else {
        // Without --allow-ingest the database is opened read-only, so that no request can
        // write to it whatever the code does.
        let mode = if args.allow_ingest {
            OpenMode::Create
        } else {
            OpenMode::ReadOnly
        };
        khayt_store::open(&args.db, mode).map_err(|e| match e {
            khayt_store::StoreError::Open(m) if m.contains("no such database") => {
                format!("{m}, or use --demo")
            }
            other => other.to_string(),
        })?
    };
    if !addr.ip().is_loopback() {
        eprintln!(
            "khayt: warning: listening on {addr}, reachable from other machines; the API has no authentication"
        );
    }
    let state = Arc::new(AppState {
        store: Mutex::new(store),
        lex,
        allow_ingest: args.allow_ingest,
        texts: Mutex::new(texts),
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("starting the runtime: {e}"))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| format!("binding {addr}: {e}"))?;
        let local = listener
            .local_addr()
            .map_err(|e| format!("binding {addr}: {e}"))?;
        // Tests and scripts read this line to learn the port when they pass port 0.
        println!("khayt: serving on http://{local}/");
        axum::serve(listener, router(state))
            .await
            .map_err(|e| format!("serving: {e}"))
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Codes and stores articles; returns each article's outcome.
fn ingest_articles(
    lex: &Lexicon,
    store: &mut dyn Store,
    arts: &[Article],
) -> Result<Vec<Value>, String> {
    let mut inputs = Vec::new();
    let mut failed = Vec::new();
    for a in arts {
        match khayt_coder::extract(lex, a) {
            Ok(events) => inputs.push(ArticleInput { article: a, events }),
            Err(e) => {
                failed.push(json!({"id": a.id, "outcome": "failed", "reason": e.to_string()}))
            }
        }
    }
    let report = store
        .ingest_batch(&inputs, &IngestOptions::default())
        .map_err(|e| e.to_string())?;
    let mut out: Vec<Value> = report
        .outcomes
        .into_iter()
        .map(|(id, o)| match o {
            Outcome::Stored { events } => json!({"id": id, "outcome": "stored", "events": events}),
            Outcome::Replaced { events } => {
                json!({"id": id, "outcome": "replaced", "events": events})
            }
            Outcome::Skipped => json!({"id": id, "outcome": "skipped"}),
            Outcome::Failed(r) => json!({"id": id, "outcome": "failed", "reason": r}),
        })
        .collect();
    out.extend(failed);
    Ok(out)
}

fn router(state: Shared) -> Router {
    Router::new()
        .route("/", get(|| async { asset("index.html") }))
        .route(
            "/assets/:name",
            get(|UrlPath(name): UrlPath<String>| async move { asset(&name) }),
        )
        .route("/api/openapi.json", get(|| async { Json(openapi()) }))
        .route("/api/stats", get(stats))
        .route("/api/events", get(events))
        .route("/api/incidents", get(incidents))
        .route("/api/actors", get(actors))
        .route("/api/places", get(places))
        .route("/api/relations", get(relations))
        .route("/api/territory", get(territory))
        .route("/api/articles/:id", get(article))
        .route("/api/extract", post(extract))
        .route("/api/ingest", post(ingest))
        .fallback(|| async { ApiError(StatusCode::NOT_FOUND, "no such resource".into()) })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

/// The UI's files, compiled in. A name outside this table is a 404: nothing a request
/// says is ever used as a path.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "index.html",
        "text/html; charset=utf-8",
        include_bytes!("../assets/web/index.html"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/web/app.js"),
    ),
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/web/style.css"),
    ),
    (
        "basemap.json",
        "application/json",
        include_bytes!("../assets/web/basemap.json"),
    ),
];

fn asset(name: &str) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, body)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            *body,
        )
            .into_response(),
        None => ApiError(StatusCode::NOT_FOUND, format!("no asset {name:?}")).into_response(),
    }
}

/// Totals, and the categories present with their event counts (the UI's category menu),
/// counted here so the page need not download every event to learn them.
async fn stats(State(st): State<Shared>) -> ApiResult {
    let mut categories: BTreeMap<String, usize> = BTreeMap::new();
    let counts = st
        .with_store(|store| {
            let counts = store.counts()?;
            store.for_each_event(&khayt_store::EventFilter::default(), &mut |e| {
                *categories.entry(e.event.category).or_default() += 1;
                Ok(())
            })?;
            Ok::<_, khayt_store::StoreError>(counts)
        })
        .map_err(internal)?;
    Ok(Json(json!({
        "counts": counts,
        "categories": categories,
        "allow_ingest": st.allow_ingest,
    })))
}

#[derive(Deserialize, Default)]
struct EventsQuery {
    category: Option<String>,
    actor: Option<String>,
    place: Option<String>,
    from: Option<String>,
    to: Option<String>,
    factuality: Option<String>,
    attributed_to: Option<String>,
    incident: Option<i64>,
    limit: Option<usize>,
}

/// Query strings send empty fields for untouched form inputs; they mean "no filter".
fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_ref()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

async fn events(
    State(st): State<Shared>,
    q: Result<Query<EventsQuery>, QueryRejection>,
) -> ApiResult {
    let Query(q) = q?;
    let args = FilterArgs {
        category: nonempty(&q.category).map(|c| c.to_uppercase()),
        actor: nonempty(&q.actor),
        place: nonempty(&q.place),
        from: nonempty(&q.from),
        to: nonempty(&q.to),
        factuality: nonempty(&q.factuality).map(|f| f.to_lowercase()),
        attributed_to: nonempty(&q.attributed_to),
    };
    let mut filter = args
        .to_filter(&st.lex)
        .map_err(|e| bad_request(e.replace("--", "")))?;
    filter.incident = q.incident;
    let limit = q.limit.unwrap_or(DEFAULT_LIMIT);
    let mut out = Vec::new();
    let mut total = 0usize;
    st.with_store(|s| {
        s.for_each_event(&filter, &mut |e| {
            total += 1;
            if out.len() < limit {
                out.push(event_json(&e));
            }
            Ok(())
        })
    })
    .map_err(internal)?;
    Ok(Json(json!({"total": total, "events": out})))
}

#[derive(Deserialize)]
struct IncidentsQuery {
    min_articles: Option<usize>,
}

async fn incidents(
    State(st): State<Shared>,
    q: Result<Query<IncidentsQuery>, QueryRejection>,
) -> ApiResult {
    let Query(q) = q?;
    let mut out = Vec::new();
    st.with_store(|s| {
        s.for_each_incident(q.min_articles.unwrap_or(1), &mut |inc| {
            out.push(incident_json(&inc));
            Ok(())
        })
    })
    .map_err(internal)?;
    Ok(Json(json!({ "incidents": out })))
}

/// Every actor that fills a role in a stored event, with how many events name it.
async fn actors(State(st): State<Shared>) -> ApiResult {
    let events = st.all_events()?;
    let mut by_key: BTreeMap<String, (ActorRef, usize, Vec<String>)> = BTreeMap::new();
    for se in &events {
        for ent in [&se.event.actor, &se.event.recipient].into_iter().flatten() {
            if let Some(r) = ActorRef::of(ent) {
                let slot = by_key
                    .entry(r.key.clone())
                    .or_insert_with(|| (r, 0, Vec::new()));
                slot.1 += 1;
                if !slot.2.contains(&ent.text) {
                    slot.2.push(ent.text.clone());
                }
            }
        }
    }
    let mut list: Vec<Value> = by_key
        .into_values()
        .map(|(r, n, texts)| {
            json!({"key": r.key, "id": r.id, "label": r.label, "code": r.code,
                   "events": n, "texts": texts})
        })
        .collect();
    list.sort_by_key(|v| std::cmp::Reverse(v["events"].as_u64().unwrap_or(0)));
    Ok(Json(json!({ "actors": list })))
}

/// Every located place of the stored events, with coordinates and an event count.
async fn places(State(st): State<Shared>) -> ApiResult {
    let events = st.all_events()?;
    let mut by_key: BTreeMap<String, (Value, usize)> = BTreeMap::new();
    for se in &events {
        for l in &se.event.locations {
            let key = l.id.clone().unwrap_or_else(|| l.text.clone());
            by_key
                .entry(key.clone())
                .or_insert_with(|| {
                    (
                        json!({"key": key, "id": l.id, "name": l.name, "text": l.text,
                               "admin1": l.admin1, "country": l.country,
                               "lat": l.lat, "lon": l.lon}),
                        0,
                    )
                })
                .1 += 1;
        }
    }
    let list: Vec<Value> = by_key
        .into_values()
        .map(|(mut v, n)| {
            v["events"] = json!(n);
            v
        })
        .collect();
    Ok(Json(json!({ "places": list })))
}

#[derive(Deserialize)]
struct RelationsQuery {
    actor: Option<String>,
    from: Option<String>,
    to: Option<String>,
    kind: Option<String>,
}

fn check_dates(from: &Option<String>, to: &Option<String>) -> Result<(), ApiError> {
    for (name, d) in [("from", from), ("to", to)] {
        if let Some(d) = d {
            if khayt_store::dates::parse_span(d).is_none() {
                return Err(bad_request(format!(
                    "{name} {d:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"
                )));
            }
        }
    }
    Ok(())
}

/// Relation facts between actors: from the events (one per incident and pair) and the
/// lexicon's dated affiliations of the actors the events name. With `actor`, only the
/// facts involving it.
async fn relations(
    State(st): State<Shared>,
    q: Result<Query<RelationsQuery>, QueryRejection>,
) -> ApiResult {
    let Query(q) = q?;
    let (from, to) = (nonempty(&q.from), nonempty(&q.to));
    check_dates(&from, &to)?;
    let kind = nonempty(&q.kind);
    if let Some(k) = &kind {
        if !matches!(k.as_str(), "cooperation" | "hostility" | "affiliation") {
            return Err(bad_request(format!(
                "kind {k:?}: expected cooperation, hostility or affiliation"
            )));
        }
    }
    let events = st.all_events()?;
    let mut facts: Vec<RelationFact> = relation_facts(&events);
    let mut ids: Vec<String> = Vec::new();
    for se in &events {
        for ent in [&se.event.actor, &se.event.recipient].into_iter().flatten() {
            if let Some(id) = &ent.id {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
    }
    // Affiliations only between actors the events name, so the graph shows the stored
    // picture rather than the whole lexicon.
    facts.extend(
        affiliation_facts(&known_affiliations(&st.lex, Some(&ids)))
            .into_iter()
            .filter(|f| {
                f.actor.id.as_ref().is_some_and(|i| ids.contains(i))
                    && f.other.id.as_ref().is_some_and(|i| ids.contains(i))
            }),
    );
    let terms = nonempty(&q.actor).map(|a| resolve_actor(&st.lex, &a));
    let kept: Vec<RelationFact> = facts
        .into_iter()
        .filter(|f| {
            terms.as_ref().is_none_or(|t| {
                t.iter()
                    .any(|term| f.actor.matches(term) || f.other.matches(term))
            })
        })
        .filter(|f| kind.as_ref().is_none_or(|k| *k == f.kind))
        .filter(|f| fact_in_range(f, from.as_deref(), to.as_deref()))
        .collect();
    Ok(Json(json!({ "relations": kept })))
}

#[derive(Deserialize)]
struct TerritoryQuery {
    place: Option<String>,
}

async fn territory(
    State(st): State<Shared>,
    q: Result<Query<TerritoryQuery>, QueryRejection>,
) -> ApiResult {
    let Query(q) = q?;
    let terms = nonempty(&q.place)
        .map(|p| resolve_place(&st.lex, &p))
        .unwrap_or_default();
    let events = st.all_events()?;
    Ok(Json(
        json!({ "transfers": territory_transfers(&events, &terms) }),
    ))
}

/// One stored article: its metadata, its events, and its text when this process knows it.
async fn article(State(st): State<Shared>, UrlPath(id): UrlPath<String>) -> ApiResult {
    let events = st.all_events()?;
    let mine: Vec<&StoredEvent> = events.iter().filter(|e| e.article.id == id).collect();
    let text = st.texts().get(&id).cloned();
    let Some(first) = mine.first() else {
        if text.is_none() {
            return Err(ApiError(
                StatusCode::NOT_FOUND,
                format!("no stored article {id:?} with events"),
            ));
        }
        return Ok(Json(
            json!({"article": {"id": id}, "text": text, "events": []}),
        ));
    };
    Ok(Json(json!({
        "article": first.article,
        "text": text,
        "events": mine.iter().map(|e| event_json(e)).collect::<Vec<_>>(),
    })))
}

#[derive(Deserialize)]
struct ExtractBody {
    text: String,
    date: Option<String>,
    id: Option<String>,
}

fn check_article_date(date: &Option<String>) -> Result<Option<String>, ApiError> {
    let date = nonempty(date);
    if let Some(d) = &date {
        let ok = d.len() == 10
            && khayt_store::dates::parse_span(d).is_some()
            && d.as_bytes()[4] == b'-'
            && d.as_bytes()[7] == b'-';
        if !ok {
            return Err(bad_request(format!("date {d:?}: expected YYYY-MM-DD")));
        }
    }
    Ok(date)
}

/// Codes a pasted article and returns its events; nothing is stored.
async fn extract(
    State(st): State<Shared>,
    body: Result<Json<ExtractBody>, JsonRejection>,
) -> ApiResult {
    let Json(b) = body?;
    if b.text.trim().is_empty() {
        return Err(bad_request("text is empty"));
    }
    let art = Article {
        id: nonempty(&b.id).unwrap_or_else(|| "pasted".into()),
        date: check_article_date(&b.date)?,
        text: b.text,
        ..Default::default()
    };
    let events = khayt_coder::extract(&st.lex, &art)
        .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
    Ok(Json(json!({"article": art, "events": events})))
}

#[derive(Deserialize)]
struct IngestBody {
    articles: Vec<Article>,
}

async fn ingest(
    State(st): State<Shared>,
    body: Result<Json<IngestBody>, JsonRejection>,
) -> ApiResult {
    if !st.allow_ingest {
        return Err(ApiError(
            StatusCode::FORBIDDEN,
            "ingest is disabled; start the server with --allow-ingest".into(),
        ));
    }
    let Json(b) = body?;
    if b.articles.len() > MAX_INGEST_ARTICLES {
        return Err(bad_request(format!(
            "at most {MAX_INGEST_ARTICLES} articles per request"
        )));
    }
    for a in &b.articles {
        if a.id.trim().is_empty() || a.text.trim().is_empty() {
            return Err(bad_request("every article needs an id and a text"));
        }
        check_article_date(&a.date)?;
    }
    let outcomes = st
        .with_store(|store| ingest_articles(&st.lex, store, &b.articles))
        .map_err(internal)?;
    let mut texts = st.texts();
    for a in b.articles {
        texts.insert(a.id, a.text);
    }
    Ok(Json(json!({ "outcomes": outcomes })))
}

/// The OpenAPI 3 description of the API, written by hand (the API is small, and a
/// generator would be a dependency larger than the server).
fn openapi() -> Value {
    let q = |name: &str, desc: &str| {
        json!({"name": name, "in": "query", "required": false,
               "description": desc, "schema": {"type": "string"}})
    };
    let ok = |desc: &str| {
        json!({"200": {"description": desc,
                       "content": {"application/json": {"schema": {"type": "object"}}}},
               "400": {"$ref": "#/components/responses/Error"}})
    };
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "khayt API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Structured, sourced conflict events coded from Arabic news. Event records are as `khayt extract` writes them; byte offsets are into the UTF-8 article text."
        },
        "paths": {
            "/api/stats": {"get": {"summary": "Database totals and event counts per category", "responses": ok("{counts, categories, allow_ingest}")}},
            "/api/events": {"get": {
                "summary": "Stored events matching filters, ordered by date",
                "parameters": [
                    q("category", "PLOVER or khayt category (ASSAULT, RETREAT, JOIN…)"),
                    q("actor", "actor or recipient: lexicon id, Arabic text or name, English name"),
                    q("place", "gazetteer id, name, Arabic text or governorate"),
                    q("from", "YYYY, YYYY-MM or YYYY-MM-DD"),
                    q("to", "YYYY, YYYY-MM or YYYY-MM-DD"),
                    q("factuality", "occurred, planned, hypothetical or negated"),
                    q("attributed_to", "part of the attribution text, or an actor id"),
                    {"name": "incident", "in": "query", "required": false, "schema": {"type": "integer"}},
                    {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "default": DEFAULT_LIMIT}}
                ],
                "responses": ok("{total, events: [event]}")}},
            "/api/incidents": {"get": {
                "summary": "Incidents with every report, source and evidence span",
                "parameters": [{"name": "min_articles", "in": "query", "required": false, "schema": {"type": "integer", "default": 1}}],
                "responses": ok("{incidents: [incident]}")}},
            "/api/actors": {"get": {"summary": "Actors named by stored events, with event counts", "responses": ok("{actors}")}},
            "/api/places": {"get": {"summary": "Places of stored events, with coordinates and counts", "responses": ok("{places}")}},
            "/api/relations": {"get": {
                "summary": "Relation facts (cooperation, hostility, affiliation) between actors",
                "parameters": [q("actor", "only facts involving this actor"), q("from", "date"), q("to", "date"),
                               q("kind", "cooperation, hostility or affiliation")],
                "responses": ok("{relations: [fact]}")}},
            "/api/territory": {"get": {
                "summary": "Territory transfers, optionally at one place",
                "parameters": [q("place", "gazetteer id, name, Arabic text or governorate")],
                "responses": ok("{transfers}")}},
            "/api/articles/{id}": {"get": {
                "summary": "A stored article's metadata, events and (when the server knows it) text",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "{article, text, events}"},
                              "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/extract": {"post": {
                "summary": "Code one article and return its events (nothing is stored)",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["text"],
                    "properties": {"text": {"type": "string"}, "date": {"type": "string", "format": "date"},
                                   "id": {"type": "string"}}}}}},
                "responses": ok("{article, events: [event]}")}},
            "/api/ingest": {"post": {
                "summary": "Code and store articles (only when the server runs with --allow-ingest)",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["articles"],
                    "properties": {"articles": {"type": "array", "maxItems": MAX_INGEST_ARTICLES, "items": {
                        "type": "object", "required": ["id", "text"],
                        "properties": {"id": {"type": "string"}, "text": {"type": "string"},
                                       "date": {"type": "string"}, "title": {"type": "string"},
                                       "source": {"type": "string"}, "url": {"type": "string"}}}}}}}}},
                "responses": {"200": {"description": "{outcomes}"},
                              "400": {"$ref": "#/components/responses/Error"},
                              "403": {"$ref": "#/components/responses/Error"}}}},
            "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3"}}}}
        },
        "components": {"responses": {"Error": {
            "description": "An error",
            "content": {"application/json": {"schema": {
                "type": "object", "properties": {"error": {"type": "string"}}}}}}}}
    })
}
