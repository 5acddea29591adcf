//! The store end to end through the binary: idempotent ingest, cross-article incidents,
//! a killed ingest, concurrent ingests, and the exports. Each test runs on SQLite, and on
//! PostgreSQL when `KHAYT_TEST_POSTGRES` holds a server URL (each in its own schema).

use khayt_store::testing::{incident_partition, PgScratch};
use khayt_store::{OpenMode, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn khayt() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khayt"))
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("khayt-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/article.jsonl"
);
const SECOND: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/seed_second_report.jsonl"
);

/// Which backend a test runs on.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Sqlite,
    Postgres,
}

/// A fresh database: an SQLite file in a test's scratch directory, or a PostgreSQL schema
/// (dropped with this).
enum Db {
    Sqlite(PathBuf),
    Postgres(PgScratch),
}

impl Db {
    /// `None` when the backend is not available (PostgreSQL without the variable).
    fn new(kind: Kind, dir: &Path, name: &str) -> Option<Db> {
        match kind {
            Kind::Sqlite => Some(Db::Sqlite(dir.join(format!("{name}.db")))),
            Kind::Postgres => PgScratch::new(name).map(Db::Postgres),
        }
    }

    /// The `--db` argument.
    fn arg(&self) -> &str {
        match self {
            Db::Sqlite(p) => p.to_str().unwrap(),
            Db::Postgres(p) => &p.url,
        }
    }

    fn try_open(&self) -> Result<Box<dyn Store + Send>, khayt_store::StoreError> {
        khayt_store::open(self.arg(), OpenMode::Existing)
    }

    fn open(&self) -> Box<dyn Store + Send> {
        self.try_open().unwrap()
    }
}

/// Instantiates each test per backend.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                super::$name(super::Kind::Sqlite);
            })*
        }
        mod postgres {
            $(#[test]
            fn $name() {
                super::$name(super::Kind::Postgres);
            })*
        }
    };
}

on_both_backends!(
    ingesting_the_reference_article_twice_leaves_the_same_counts,
    a_second_report_of_the_story_merges_into_incidents_listing_both_articles,
    changed_content_replaces_an_article_and_a_failure_sets_the_exit_code,
    an_ingest_killed_mid_run_resumes_to_the_same_store_as_a_clean_run,
    two_ingest_processes_over_overlapping_files_equal_one_sequential_ingest,
    exports_parse_and_match_their_documented_shape,
    query_filters_and_a_missing_database_are_reported,
    events_coded_elsewhere_load_into_the_same_store_as_the_articles,
);

fn seed() -> Option<&'static str> {
    if Path::new(SEED).exists() {
        Some(SEED)
    } else {
        eprintln!("skipped: {SEED} is absent");
        None
    }
}

fn run(args: &[&str]) -> Output {
    let out = khayt().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "khayt {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `khayt ingest --json` and its summary.
fn ingest(db: &Db, files: &[&str]) -> serde_json::Value {
    let mut args = vec!["ingest", "--json", "--db", db.arg()];
    args.extend_from_slice(files);
    let out = run(&args);
    serde_json::from_slice(&out.stdout).expect("a JSON summary")
}

fn totals(db: &Db) -> khayt_store::Counts {
    db.open().counts().unwrap()
}

fn ingesting_the_reference_article_twice_leaves_the_same_counts(kind: Kind) {
    let Some(seed) = seed() else { return };
    let dir = scratch(&format!("twice-{kind:?}"));
    let Some(db) = Db::new(
        kind,
        &dir,
        "ingesting_the_reference_article_twice_leaves_the_same_counts",
    ) else {
        return;
    };
    let first = ingest(&db, &[seed]);
    assert_eq!(first["stored"], 1);
    let before = totals(&db);
    assert!(before.events > 0);
    let second = ingest(&db, &[seed]);
    assert_eq!(second["stored"], 0);
    assert_eq!(second["skipped"], 1);
    assert_eq!(second["events"], 0);
    assert_eq!(totals(&db), before);
    let _ = std::fs::remove_dir_all(&dir);
}

fn a_second_report_of_the_story_merges_into_incidents_listing_both_articles(kind: Kind) {
    let Some(seed) = seed() else { return };
    let dir = scratch(&format!("second-{kind:?}"));
    let Some(db) = Db::new(
        kind,
        &dir,
        "a_second_report_of_the_story_merges_into_incidents_listing_both_articles",
    ) else {
        return;
    };
    let s = ingest(&db, &[seed, SECOND]);
    assert_eq!(s["stored"], 2);
    let out = run(&[
        "incidents",
        "--json",
        "--min-articles",
        "2",
        "--db",
        db.arg(),
    ]);
    let incidents: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!incidents.is_empty(), "no incident lists both reports");
    for inc in &incidents {
        let arts = inc["articles"].as_array().unwrap();
        assert!(arts.contains(&"seed-0001".into()), "{inc}");
        assert!(arts.contains(&"fixture-second-report".into()), "{inc}");
        assert_eq!(inc["sources"].as_array().unwrap().len(), 2, "{inc}");
        for m in inc["members"].as_array().unwrap() {
            assert!(m["evidence"]["end"].as_u64() > m["evidence"]["start"].as_u64());
            assert!(m["source"].is_string());
        }
    }
    // The withdrawal from Eastern Qalamoun in favour of HTS is one of them.
    let withdrawal = incidents.iter().find(|i| {
        i["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "RETREAT" || c == "CONCEDE")
    });
    let w = withdrawal.expect("the withdrawal incident");
    assert_eq!(w["actor"]["id"], "isis");
    assert_eq!(w["recipient"]["id"], "hts");
    assert!(w["places"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "sy-eastern-qalamoun"));

    // The territory view of the same: one transfer, claimed by both sources.
    let out = run(&["territory", "القلمون الشرقي", "--json", "--db", db.arg()]);
    let transfers: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let t = transfers
        .iter()
        .find(|t| t["from"]["id"] == "isis" && t["to"]["id"] == "hts")
        .expect("isis → hts transfer of Eastern Qalamoun");
    assert_eq!(t["article_ids"].as_array().unwrap().len(), 2, "{t}");

    // The relation timeline links every fact to events and articles or a lexicon line.
    let out = run(&["relations", "isis", "--json", "--db", db.arg()]);
    let facts: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(facts.iter().any(|f| f["kind"] == "cooperation"));
    for f in &facts {
        let linked = !f["event_ids"].as_array().unwrap().is_empty()
            && !f["article_ids"].as_array().unwrap().is_empty();
        let lexicon = f["source"].as_str().unwrap().starts_with("lexicon ");
        assert!(linked || lexicon, "{f}");
    }
    // Per month: Liwa al-Aqsa's pledge of December 2016, reported by both articles.
    let out = run(&[
        "relations",
        "isis",
        "--by",
        "month",
        "--with",
        "لواء الأقصى",
        "--json",
        "--db",
        db.arg(),
    ]);
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pledge = rows
        .iter()
        .find(|r| r["period"] == "2016-12" && r["kind"] == "affiliation")
        .expect("the December 2016 pledge");
    assert_eq!(pledge["other"]["id"], "liwa-al-aqsa");
    assert_eq!(
        pledge["article_ids"].as_array().unwrap().len(),
        2,
        "{pledge}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn changed_content_replaces_an_article_and_a_failure_sets_the_exit_code(kind: Kind) {
    let dir = scratch(&format!("replace-{kind:?}"));
    let Some(db) = Db::new(kind, &dir, "replace") else {
        return;
    };
    let v1 = dir.join("v1.jsonl");
    std::fs::write(
        &v1,
        "{\"id\": \"r-1\", \"date\": \"2017-04-01\", \"text\": \"انسحب مسلحو داعش من مدينة الرقة أمس.\"}\n",
    )
    .unwrap();
    let v2 = dir.join("v2.jsonl");
    std::fs::write(
        &v2,
        "{\"id\": \"r-1\", \"date\": \"2017-04-01\", \"text\": \"اقتحم مسلحو داعش مدينة تدمر أمس وقتلوا عشرة أشخاص.\"}\n{\"id\": \"bad\", \"text\": \"  \"}\n",
    )
    .unwrap();
    let s = ingest(&db, &[v1.to_str().unwrap()]);
    assert_eq!(s["stored"], 1);
    let out = khayt()
        .args(["ingest", "--json", "--db", db.arg()])
        .arg(&v2)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["replaced"], 1);
    assert_eq!(s["failed_ids"], serde_json::json!(["bad"]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("article bad"));
    let store = db.open();
    let events = store.events(&Default::default()).unwrap();
    assert!(events
        .iter()
        .all(|e| e.sentence.as_deref().unwrap_or("").contains("تدمر")));
    assert_eq!(store.counts().unwrap().articles, 1);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Many small articles about a few actors and places over a year, so that merges happen
/// across batches.
fn generate(path: &Path, n: usize) {
    let actors = [
        "تنظيم داعش",
        "هيئة تحرير الشام",
        "الجيش السوري",
        "قوات سوريا الديمقراطية",
        "لواء الأقصى",
        "جيش الإسلام",
    ];
    let places = [
        "القلمون الشرقي",
        "ريف حماة الشرقي",
        "الرقة",
        "الموصل",
        "دير الزور",
        "تدمر",
        "الباب",
        "دوما",
        "منبج",
        "حلب",
    ];
    let mut out = String::new();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |m: usize| {
        // xorshift: deterministic and dependency-free.
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % m as u64) as usize
    };
    for i in 0..n {
        let a = actors[next(actors.len())];
        let b = actors[next(actors.len())];
        let p = places[next(places.len())];
        let month = 1 + next(12);
        let day = 1 + next(28);
        let text = match next(3) {
            0 => format!("انسحب {a} من {p} لصالح {b}."),
            1 => format!("هاجم {a} مواقع {b} في {p} أمس."),
            _ => format!("وقع {a} و{b} اتفاقا في {p}."),
        };
        let rec = serde_json::json!({
            "id": format!("gen-{i}"),
            "date": format!("2017-{month:02}-{day:02}"),
            "source": format!("outlet-{}", i % 7),
            "text": text,
        });
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// Reports of happenings whose incidents do not depend on arrival order: each happening is
/// reported by `reports` articles with the same text and date, and happenings are at least
/// ten days apart. Line `h * reports + r` is report `r` of happening `h`.
fn happenings(n: usize, reports: usize) -> Vec<String> {
    let actors = [
        "تنظيم داعش",
        "هيئة تحرير الشام",
        "الجيش السوري",
        "جيش الإسلام",
    ];
    let places = ["القلمون الشرقي", "الرقة", "تدمر", "منبج", "دوما"];
    let mut out = Vec::new();
    for h in 0..n {
        let (a, b) = (actors[h % 4], actors[(h + 1) % 4]);
        let p = places[h % 5];
        let date = format!(
            "{}-{:02}-{:02}",
            2010 + h / 36,
            1 + (h % 36) / 3,
            1 + (h % 3) * 10
        );
        for r in 0..reports {
            let rec = serde_json::json!({
                "id": format!("h{h}-r{r}"),
                "date": date,
                "source": format!("outlet-{r}"),
                "text": format!("انسحب {a} من {p} لصالح {b}."),
            });
            out.push(rec.to_string());
        }
    }
    out
}

fn two_ingest_processes_over_overlapping_files_equal_one_sequential_ingest(kind: Kind) {
    let dir = scratch(&format!("concurrent-{kind:?}"));
    let (Some(shared), Some(sequential)) = (
        Db::new(kind, &dir, "concurrent_shared"),
        Db::new(kind, &dir, "concurrent_seq"),
    ) else {
        return;
    };
    let lines = happenings(100, 3);
    let all = dir.join("all.jsonl");
    std::fs::write(&all, lines.join("\n") + "\n").unwrap();
    // One file has reports 0 and 1 of every happening, the other reports 1 and 2 in
    // reverse: a third of the articles are offered by both processes.
    let first: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 3 != 2)
        .map(|(_, l)| l.as_str())
        .collect();
    let second: Vec<&str> = lines
        .iter()
        .enumerate()
        .rev()
        .filter(|(i, _)| i % 3 != 0)
        .map(|(_, l)| l.as_str())
        .collect();
    let (f1, f2) = (dir.join("first.jsonl"), dir.join("second.jsonl"));
    std::fs::write(&f1, first.join("\n") + "\n").unwrap();
    std::fs::write(&f2, second.join("\n") + "\n").unwrap();

    // Both start before either has created the schema.
    let spawn = |file: &Path| {
        khayt()
            .args([
                "ingest",
                "--json",
                "--batch",
                "16",
                "--threads",
                "1",
                "--db",
                shared.arg(),
            ])
            .arg(file)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (p1, p2) = (spawn(&f1), spawn(&f2));
    let mut stored = 0;
    for p in [p1, p2] {
        let out = p.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(s["failed"], 0);
        stored += s["stored"].as_u64().unwrap();
    }
    // Every article stored once, by one of the two.
    assert_eq!(stored, lines.len() as u64);
    ingest(&sequential, &[all.to_str().unwrap()]);
    let t = totals(&shared);
    assert_eq!(t.articles, lines.len() as u64);
    assert!(t.multi_article_incidents >= 100, "{t:?}");
    assert_eq!(t, totals(&sequential));
    assert_eq!(picture(&shared), picture(&sequential));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unreachable_postgres_url_is_named_without_its_password() {
    let out = khayt()
        .args(["query", "--db", "postgres://khayt:s3cret@127.0.0.1:1/none"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("postgres://khayt:***@127.0.0.1:1/none"),
        "{err}"
    );
    assert!(err.contains("cannot connect"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");
    let out = khayt()
        .args(["ingest", "--db", "postgresql://[bad"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("postgresql://[bad"));
}

/// Event ids per article and incident partition of a database, for comparing two runs.
fn picture(db: &Db) -> (Vec<(String, String)>, Vec<Vec<String>>) {
    let store = db.open();
    let mut events: Vec<(String, String)> = store
        .events(&Default::default())
        .unwrap()
        .into_iter()
        .map(|e| (e.article.id, e.event.id))
        .collect();
    events.sort();
    (events, incident_partition(&*store))
}

/// The Spark hand-over: `extract --bundle` on one machine, `ingest --coded` into the store.
fn events_coded_elsewhere_load_into_the_same_store_as_the_articles(kind: Kind) {
    let Some(seed) = seed() else { return };
    let dir = scratch(&format!("coded-{kind:?}"));
    let (Some(direct), Some(coded)) = (
        Db::new(kind, &dir, "coded_direct"),
        Db::new(kind, &dir, "coded_bundles"),
    ) else {
        return;
    };
    let bundles = dir.join("bundles.jsonl");
    let b = bundles.to_str().unwrap();
    run(&["extract", "--bundle", "-o", b, seed, SECOND]);
    ingest(&direct, &[seed, SECOND]);
    let mut args = vec!["ingest", "--json", "--coded", "--db", coded.arg(), b];
    let first: serde_json::Value = serde_json::from_slice(&run(&args).stdout).unwrap();
    assert_eq!(first["stored"], 2);
    assert_eq!(picture(&coded), picture(&direct));
    assert_eq!(totals(&coded), totals(&direct));
    // loading the same bundles again changes nothing
    let again: serde_json::Value = serde_json::from_slice(&run(&args).stdout).unwrap();
    assert_eq!(again["skipped"], 2);
    assert_eq!(totals(&coded), totals(&direct));
    // a plain article (no `events`) is refused by name, the rest still loads
    let mixed = dir.join("mixed.jsonl");
    std::fs::write(
        &mixed,
        "{\"id\": \"plain\", \"text\": \"نص بلا أحداث مرمزة\"}\n",
    )
    .unwrap();
    args.pop();
    args.push(mixed.to_str().unwrap());
    let out = khayt().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("article plain: missing `events`"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn an_ingest_killed_mid_run_resumes_to_the_same_store_as_a_clean_run(kind: Kind) {
    let dir = scratch(&format!("kill-{kind:?}"));
    let (Some(clean), Some(killed)) = (
        Db::new(kind, &dir, "kill_clean"),
        Db::new(kind, &dir, "kill_killed"),
    ) else {
        return;
    };
    let input = dir.join("many.jsonl");
    // Large enough that the kill lands mid-run even on a fast machine, small enough for a
    // debug build; the clean run goes on beside the killed one (the machine has 2 cores).
    let n = 12_000;
    generate(&input, n);
    let batch = 256;
    let batch_arg = batch.to_string();

    let clean_run = khayt()
        .args(["ingest", "--json", "--batch", &batch_arg, "--db"])
        .arg(clean.arg())
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();

    let mut child = khayt()
        .args(["ingest", "--batch", &batch_arg, "--db"])
        .arg(killed.arg())
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are committed, well before the end.
    let started = Instant::now();
    let stored_before_kill = loop {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("ingest ended ({status}) before it could be killed; use a larger input");
        }
        if let Ok(store) = killed.try_open() {
            if let Ok(c) = store.counts() {
                if c.articles >= 2 * batch as u64 {
                    break c.articles;
                }
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "ingest too slow"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    // Whatever was committed is whole batches, and nothing committed was lost.
    let after_kill = totals(&killed).articles;
    assert!(after_kill >= stored_before_kill);
    assert!(
        after_kill < n as u64,
        "the kill came too late to test anything"
    );
    assert_eq!(after_kill % batch as u64, 0, "a batch was half committed");

    let s = ingest(&killed, &["--batch", &batch_arg, input.to_str().unwrap()]);
    assert_eq!(s["skipped"].as_u64().unwrap(), after_kill);
    let out = clean_run.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s_clean: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s_clean["stored"], n);
    assert_eq!(s["stored"].as_u64().unwrap(), n as u64 - after_kill);
    assert_eq!(totals(&killed), totals(&clean));
    assert_eq!(picture(&killed), picture(&clean));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The header `crates/store/README.md` documents for `--format acled-csv`.
fn documented_acled_header() -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../store/README.md"))
            .unwrap();
    let start = readme.find("event_id_cnty,").expect("header in README");
    readme[start..].lines().next().unwrap().trim().to_string()
}

fn exports_parse_and_match_their_documented_shape(kind: Kind) {
    let Some(seed) = seed() else { return };
    let dir = scratch(&format!("export-{kind:?}"));
    let Some(db) = Db::new(kind, &dir, "exports_parse_and_match_their_documented_shape") else {
        return;
    };
    ingest(&db, &[seed, SECOND]);
    let dbs = db.arg();

    // JSON Lines: every event, with its incident.
    let out = run(&["export", "--format", "jsonl", "--db", dbs]);
    let events: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len() as u64, totals(&db).events);
    assert!(events.iter().all(|e| e["incident"].is_i64()));

    // GeoJSON: a Point feature for every located event (and each of its places).
    let geo = dir.join("events.geojson");
    run(&[
        "export",
        "--format",
        "geojson",
        "--db",
        dbs,
        "--output",
        geo.to_str().unwrap(),
    ]);
    let fc: serde_json::Value = serde_json::from_slice(&std::fs::read(&geo).unwrap()).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    let located: std::collections::BTreeSet<&str> = events
        .iter()
        .filter(|e| {
            e["locations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l["lat"].is_f64() && l["lon"].is_f64())
        })
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    let featured: std::collections::BTreeSet<&str> = features
        .iter()
        .map(|f| f["properties"]["event_id"].as_str().unwrap())
        .collect();
    assert!(!located.is_empty());
    assert_eq!(featured, located);
    for f in features {
        assert_eq!(f["geometry"]["type"], "Point");
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        for k in ["category", "date", "precision", "article_id", "actor"] {
            assert!(f["properties"].get(k).is_some(), "{k}");
        }
    }

    // ACLED-like CSV: the documented header, and rows that a CSV reader splits cleanly.
    let out = run(&["export", "--format", "acled-csv", "--db", dbs]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header.join(","), documented_acled_header());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(!rows.is_empty());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for r in &rows {
        assert_eq!(r.len(), header.len());
        assert!(["1", "2", "3"].contains(&&r[col("time_precision")]));
        assert_eq!(&r[col("factuality")], "occurred");
    }
    assert!(rows
        .iter()
        .any(|r| &r[col("sub_event_type")] == "Change to group/activity"));
    assert!(rows
        .iter()
        .any(|r| r[col("source")].contains("second outlet") && r[col("source")].contains(';')));

    // GraphML: networkx reads it, or at least it is well-formed XML with actor nodes.
    let graph = dir.join("relations.graphml");
    run(&[
        "export",
        "--format",
        "graphml",
        "--db",
        dbs,
        "--output",
        graph.to_str().unwrap(),
    ]);
    let xml = std::fs::read_to_string(&graph).unwrap();
    assert!(xml.contains("<graphml") && xml.contains("<node ") && xml.contains("<edge "));
    if python_networkx() {
        let script = "import sys, networkx as nx\n\
                      g = nx.read_graphml(sys.argv[1])\n\
                      assert g.number_of_nodes() > 0 and g.number_of_edges() > 0\n\
                      labels = nx.get_node_attributes(g, 'label')\n\
                      assert 'Islamic State' in labels.values(), labels\n\
                      kinds = {d['kind'] for _, _, d in g.edges(data=True)}\n\
                      assert kinds <= {'cooperation', 'hostility', 'affiliation'}, kinds\n\
                      print(g.number_of_nodes(), g.number_of_edges())\n";
        let out = Command::new("python3")
            .args(["-c", script])
            .arg(&graph)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "networkx could not read the GraphML: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    } else {
        eprintln!("skipped: python3 with networkx is unavailable; checked the XML only");
        let opens = xml.matches("<edge ").count();
        assert_eq!(opens, xml.matches("</edge>").count());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whether `python3 -c "import networkx"` works, trying one `pip install` if not.
fn python_networkx() -> bool {
    let import = || {
        Command::new("python3")
            .args(["-c", "import networkx"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if import() {
        return true;
    }
    let _ = Command::new("python3")
        .args(["-m", "pip", "install", "--quiet", "networkx"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    import()
}

fn query_filters_and_a_missing_database_are_reported(kind: Kind) {
    let Some(seed) = seed() else { return };
    let dir = scratch(&format!("query-{kind:?}"));
    let Some(db) = Db::new(
        kind,
        &dir,
        "query_filters_and_a_missing_database_are_reported",
    ) else {
        return;
    };
    ingest(&db, &[seed, SECOND]);
    let dbs = db.arg();
    let lines = |args: &[&str]| -> Vec<serde_json::Value> {
        let out = run(args);
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    // An alias the events do not use finds them through the lexicon.
    let by_alias = lines(&["query", "--json", "--db", dbs, "--actor", "تنظيم الدولة"]);
    let by_id = lines(&["query", "--json", "--db", dbs, "--actor", "isis"]);
    assert!(!by_id.is_empty());
    assert_eq!(by_alias.len(), by_id.len());
    let retreats = lines(&[
        "query",
        "--json",
        "--db",
        dbs,
        "--category",
        "RETREAT",
        "--place",
        "Hama",
    ]);
    assert!(!retreats.is_empty());
    for e in &retreats {
        assert_eq!(e["category"], "RETREAT");
        assert!(e["locations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["admin1"] == "Hama"));
    }
    let claimed = lines(&[
        "query",
        "--json",
        "--db",
        dbs,
        "--attributed-to",
        "مصدر ميداني",
    ]);
    assert!(!claimed.is_empty());
    assert!(claimed
        .iter()
        .all(|e| e["article"]["id"] == "fixture-second-report"));
    let table = run(&["query", "--db", dbs, "--from", "2016-12", "--to", "2016-12"]);
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.starts_with("date"));
    assert!(text.contains("JOIN"));

    // A database that does not exist is an error, and is not created.
    let Some(absent) = Db::new(kind, &dir, "absent") else {
        return;
    };
    let out = khayt()
        .args(["query", "--db", absent.arg()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no such database") || err.contains("no khayt database"),
        "{err}"
    );
    assert!(absent.try_open().is_err());
    let bad = khayt()
        .args(["query", "--db", dbs, "--from", "last week"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
