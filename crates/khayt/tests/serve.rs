//! `khayt serve`: the HTTP API and the embedded UI, tested against the real binary over
//! TCP with a minimal blocking HTTP/1.1 client (no HTTP client dependency needed).

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running server, killed when dropped so a failing test leaves no process behind.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `khayt serve` on a port the OS picks (port 0) and reads the address the server
/// prints once it listens, so there is no race for a port and no polling delay.
fn serve(args: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_khayt"))
        .arg("serve")
        .args(["--addr", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn khayt serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the serving line");
    let addr = line
        .split("http://")
        .nth(1)
        .map(|s| s.trim().trim_end_matches('/').to_string())
        .unwrap_or_else(|| {
            let _ = child.kill();
            panic!("server did not start: {line:?}")
        });
    Server { child, addr }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {}: not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn request(server: &Server, method: &str, path: &str, body: Option<&[u8]>) -> Reply {
    let mut s = TcpStream::connect(&server.addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60))).ok();
    let body = body.unwrap_or(b"");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        server.addr,
        body.len()
    );
    s.write_all(head.as_bytes()).expect("write head");
    // A server may answer (413) before reading a large body and close; that is fine.
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete HTTP response");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(std::str::from_utf8(&b[..eol]).unwrap_or("0").trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[eol + 2 + size + 2..];
    }
    out
}

fn get(server: &Server, path: &str) -> Reply {
    request(server, "GET", path, None)
}

fn post(server: &Server, path: &str, body: &Value) -> Reply {
    request(server, "POST", path, Some(body.to_string().as_bytes()))
}

fn events(server: &Server, query: &str) -> Vec<Value> {
    let r = get(server, &format!("/api/events{query}"));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    r.json()["events"].as_array().cloned().unwrap_or_default()
}

/// Percent-encodes a query value (Arabic names are sent as UTF-8 bytes).
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn the_page_and_its_assets_are_served_from_the_binary_and_nothing_else_is() {
    let s = serve(&["--demo"]);
    let page = get(&s, "/");
    assert_eq!(page.status, 200);
    assert!(page
        .header("content-type")
        .unwrap_or("")
        .starts_with("text/html"));
    let html = String::from_utf8_lossy(&page.body);
    assert!(html.contains("/assets/app.js") && html.contains("خيط"));
    for (path, mime) in [
        ("/assets/app.js", "text/javascript"),
        ("/assets/style.css", "text/css"),
        ("/assets/basemap.json", "application/json"),
    ] {
        let r = get(&s, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.header("content-type").unwrap_or("").starts_with(mime));
    }
    let basemap = get(&s, "/assets/basemap.json").json();
    let names: Vec<&str> = basemap["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter_map(|f| f["properties"]["name"].as_str())
        .collect();
    assert!(
        names.contains(&"Syria") && names.contains(&"Iraq"),
        "{names:?}"
    );
    // Whatever the path says, only the embedded table answers.
    for path in [
        "/assets/../Cargo.toml",
        "/assets/..%2F..%2FCargo.toml",
        "/assets/%2e%2e%2fsrc%2fmain.rs",
        "/etc/passwd",
        "/api/nothing",
    ] {
        let r = get(&s, path);
        assert_eq!(r.status, 404, "{path}");
        assert!(r.json()["error"].is_string(), "{path}");
    }
}

#[test]
fn events_are_filtered_by_category_actor_place_date_and_factuality() {
    let s = serve(&["--demo"]);
    let all = events(&s, "");
    // The demo article codes several events (six as the coder reads it today).
    assert!(all.len() >= 4, "{} demo events", all.len());
    assert_eq!(
        get(&s, "/api/stats").json()["counts"]["events"].as_u64(),
        Some(all.len() as u64)
    );
    for e in &all {
        assert_eq!(e["article"]["id"], "demo-0001");
        assert!(e["sentence_text"].is_string(), "evidence sentence for {e}");
    }
    let retreats = events(&s, "?category=RETREAT");
    assert!(!retreats.is_empty() && retreats.len() < all.len());
    assert!(retreats.iter().all(|e| e["category"] == "RETREAT"));
    // Lower case works too, as a user types it.
    assert_eq!(events(&s, "?category=retreat").len(), retreats.len());
    // An Arabic alias finds the events whose text names the actor differently.
    let isis = events(&s, &format!("?actor={}", enc("داعش")));
    assert!(!isis.is_empty());
    assert!(isis
        .iter()
        .all(|e| e["actor"]["id"] == "isis" || e["recipient"]["id"] == "isis"));
    let planned = events(&s, "?factuality=planned");
    assert!(!planned.is_empty() && planned.len() < all.len());
    assert!(planned.iter().all(|e| e["factuality"] == "planned"));
    let homs = events(&s, "?place=Homs");
    assert!(!homs.is_empty());
    assert!(events(&s, "?from=2018-01").is_empty());
    let june = all
        .iter()
        .filter(|e| {
            e["date"]["value"]
                .as_str()
                .is_some_and(|d| d.starts_with("2017-06"))
        })
        .count();
    assert!(june > 0 && june < all.len());
    assert_eq!(events(&s, "?from=2017-06&to=2017-06").len(), june);
    // Empty form fields mean no filter.
    assert_eq!(events(&s, "?category=&actor=&from=").len(), all.len());
    let limited = get(&s, "/api/events?limit=2").json();
    assert_eq!(limited["events"].as_array().map(Vec::len), Some(2));
    assert_eq!(limited["total"].as_u64(), Some(all.len() as u64));
}

#[test]
fn bad_filters_are_answered_with_a_json_400() {
    let s = serve(&["--demo"]);
    for q in [
        "/api/events?from=yesterday",
        "/api/events?factuality=maybe",
        "/api/events?limit=many",
        "/api/relations?kind=love",
        "/api/relations?to=2017-13-45",
    ] {
        let r = get(&s, q);
        assert_eq!(r.status, 400, "{q}");
        assert!(
            r.json()["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{q}"
        );
    }
}

#[test]
fn incidents_actors_places_relations_and_territory_come_from_the_store() {
    let s = serve(&["--demo"]);
    let stats = get(&s, "/api/stats").json();
    assert_eq!(stats["allow_ingest"], false);
    let per_category: u64 = stats["categories"]
        .as_object()
        .expect("categories")
        .values()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(Some(per_category), stats["counts"]["events"].as_u64());
    assert!(stats["categories"]["RETREAT"].as_u64() >= Some(1));
    let inc = get(&s, "/api/incidents").json();
    assert_eq!(
        inc["incidents"].as_array().map(|a| a.len() as u64),
        stats["counts"]["incidents"].as_u64()
    );
    let actors = get(&s, "/api/actors").json();
    let ids: Vec<&str> = actors["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    for id in ["isis", "liwa-al-aqsa", "hts"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let places = get(&s, "/api/places").json();
    assert!(places["places"]
        .as_array()
        .expect("places")
        .iter()
        .any(|p| p["id"] == "sy-as-sukhnah" && p["lat"].is_number()));
    // Liwa al-Aqsa's pledge to IS and split from HTS are relation facts.
    let rel = get(&s, "/api/relations?actor=liwa-al-aqsa").json();
    let facts = rel["relations"].as_array().expect("relations");
    assert!(facts
        .iter()
        .any(|f| f["kind"] == "affiliation" && f["other"]["id"] == "isis"));
    assert!(facts
        .iter()
        .all(|f| f["actor"]["id"] == "liwa-al-aqsa" || f["other"]["id"] == "liwa-al-aqsa"));
    // A time window before the pledge drops the event-based facts.
    let before = get(&s, "/api/relations?actor=liwa-al-aqsa&to=2016").json();
    assert!(before["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .all(|f| f["source"] != "events"));
    let terr = get(&s, &format!("/api/territory?place={}", enc("السخنة"))).json();
    let transfers = terr["transfers"].as_array().expect("transfers");
    assert_eq!(transfers.len(), 1, "{terr}");
    assert_eq!(transfers[0]["to"]["id"], "syr-army");
    assert!(get(&s, "/api/territory?place=Atlantis").json()["transfers"]
        .as_array()
        .is_some_and(|t| t.is_empty()));
}

#[test]
fn an_article_view_has_the_demo_text_and_its_events() {
    let s = serve(&["--demo"]);
    let r = get(&s, "/api/articles/demo-0001").json();
    let text = r["text"].as_str().expect("the demo text is known");
    let evs = r["events"].as_array().expect("events");
    assert_eq!(
        evs.len() as u64,
        get(&s, "/api/stats").json()["counts"]["events"]
            .as_u64()
            .unwrap_or(0)
    );
    for e in evs {
        let (a, b) = (
            e["evidence"]["trigger_start"].as_u64().unwrap_or(0) as usize,
            e["evidence"]["trigger_end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(text.get(a..b), e["evidence"]["trigger"].as_str());
    }
    assert_eq!(get(&s, "/api/articles/nope").status, 404);
}

#[test]
fn extract_codes_a_pasted_article_with_byte_offsets_and_stores_nothing() {
    let s = serve(&["--demo"]);
    let text = "قال المرصد السوري لحقوق الإنسان إن الطيران الروسي شن غارات على مدينة تدمر أمس.";
    let r = post(
        &s,
        "/api/extract",
        &serde_json::json!({"text": text, "date": "2017-06-10"}),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    let evs = v["events"].as_array().expect("events");
    assert!(!evs.is_empty(), "{v}");
    assert_eq!(v["article"]["text"], text);
    for e in evs {
        let (a, b) = (
            e["evidence"]["trigger_start"].as_u64().unwrap_or(0) as usize,
            e["evidence"]["trigger_end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(text.get(a..b), e["evidence"]["trigger"].as_str());
        assert_eq!(e["date"]["value"], "2017-06-09");
    }
    let stored = get(&s, "/api/stats").json()["counts"]["events"].clone();
    assert_eq!(events(&s, "").len() as u64, stored.as_u64().unwrap_or(0));
    assert!(events(&s, "")
        .iter()
        .all(|e| e["article"]["id"] == "demo-0001"));
}

#[test]
fn extract_rejects_malformed_empty_misdated_and_oversized_bodies() {
    let s = serve(&["--demo"]);
    let r = request(&s, "POST", "/api/extract", Some(b"{not json"));
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].is_string());
    let r = post(
        &s,
        "/api/extract",
        &serde_json::json!({"date": "2017-01-01"}),
    );
    assert_eq!(r.status / 100, 4);
    assert!(r.json()["error"].is_string());
    let r = post(&s, "/api/extract", &serde_json::json!({"text": "  "}));
    assert_eq!(r.status, 400);
    let r = post(
        &s,
        "/api/extract",
        &serde_json::json!({"text": "نص", "date": "10/06/2017"}),
    );
    assert_eq!(r.status, 400);
    let big = "ا".repeat(600 * 1024);
    let r = post(&s, "/api/extract", &serde_json::json!({ "text": big }));
    assert_eq!(r.status, 413);
    // The server is still up after refusing.
    assert_eq!(get(&s, "/api/stats").status, 200);
}

#[test]
fn ingest_is_forbidden_unless_the_server_allows_it() {
    let s = serve(&["--demo"]);
    let r = post(
        &s,
        "/api/ingest",
        &serde_json::json!({"articles": [{"id": "x", "text": "نص"}]}),
    );
    assert_eq!(r.status, 403);
    assert!(r.json()["error"].is_string());
    assert_eq!(get(&s, "/api/stats").json()["counts"]["articles"], 1);
}

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("khayt-serve-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join("khayt.db")
}

#[test]
fn ingest_with_allow_ingest_stores_articles_that_the_api_then_serves() {
    let db = temp_db("ingest");
    let s = serve(&["--allow-ingest", "--db", db.to_str().expect("utf-8 path")]);
    let text = "قال المرصد السوري لحقوق الإنسان إن الطيران الروسي شن غارات على مدينة تدمر أمس.";
    let r = post(
        &s,
        "/api/ingest",
        &serde_json::json!({"articles": [{"id": "a1", "date": "2017-06-10", "text": text}]}),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["outcomes"][0]["outcome"], "stored");
    let evs = events(&s, "");
    assert!(!evs.is_empty());
    assert!(evs.iter().all(|e| e["article"]["id"] == "a1"));
    assert_eq!(
        get(&s, "/api/articles/a1").json()["text"].as_str(),
        Some(text)
    );
    // Same content again: skipped, nothing duplicated.
    let again = post(
        &s,
        "/api/ingest",
        &serde_json::json!({"articles": [{"id": "a1", "date": "2017-06-10", "text": text}]}),
    );
    assert_eq!(again.json()["outcomes"][0]["outcome"], "skipped");
    assert_eq!(events(&s, "").len(), evs.len());
    let bad = post(
        &s,
        "/api/ingest",
        &serde_json::json!({"articles": [{"id": "", "text": "نص"}]}),
    );
    assert_eq!(bad.status, 400);
    drop(s);
    let _ = std::fs::remove_dir_all(db.parent().expect("dir"));
}

#[test]
fn a_database_written_by_ingest_is_served_read_only_and_left_unchanged() {
    let db = temp_db("readonly");
    let demo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/demo.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_khayt"))
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(&demo)
        .output()
        .expect("run ingest");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let before = std::fs::read(&db).expect("db");
    let s = serve(&["--db", db.to_str().expect("utf-8 path")]);
    let evs = events(&s, "");
    assert!(!evs.is_empty());
    // Without the text in the store, an article view still lists the events, and their
    // evidence sentences carry the spans.
    let art = get(&s, "/api/articles/demo-0001").json();
    assert!(art["text"].is_null());
    assert!(art["events"][0]["sentence_text"].is_string());
    assert_eq!(get(&s, "/api/incidents").status, 200);
    assert_eq!(get(&s, "/api/relations").status, 200);
    let r = post(
        &s,
        "/api/ingest",
        &serde_json::json!({"articles": [{"id": "x", "text": "نص"}]}),
    );
    assert_eq!(r.status, 403);
    drop(s);
    assert!(
        std::fs::read(&db).expect("db") == before,
        "the database file changed"
    );
    let _ = std::fs::remove_dir_all(db.parent().expect("dir"));
}

#[test]
fn without_allow_ingest_a_missing_database_is_refused_not_created() {
    let db = temp_db("missing");
    let out = Command::new(env!("CARGO_BIN_EXE_khayt"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(&db)
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such database"));
    assert!(!db.exists());
    let _ = std::fs::remove_dir_all(db.parent().expect("dir"));
}

#[test]
fn the_openapi_document_describes_every_api_route() {
    let s = serve(&["--demo"]);
    let doc = get(&s, "/api/openapi.json").json();
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    let paths = doc["paths"].as_object().expect("paths");
    for p in [
        "/api/events",
        "/api/incidents",
        "/api/actors",
        "/api/places",
        "/api/relations",
        "/api/territory",
        "/api/articles/{id}",
        "/api/extract",
        "/api/ingest",
        "/api/stats",
    ] {
        assert!(paths.contains_key(p), "{p} documented");
    }
}

#[test]
fn the_reference_article_pasted_into_extract_yields_events() {
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article.jsonl");
    let Ok(raw) = std::fs::read_to_string(&seed) else {
        eprintln!("skipped: {} is absent", seed.display());
        return;
    };
    let art: Value = serde_json::from_str(raw.lines().next().unwrap_or("{}")).expect("article");
    let s = serve(&["--demo"]);
    let r = post(
        &s,
        "/api/extract",
        &serde_json::json!({"text": art["text"], "date": art["date"]}),
    );
    assert_eq!(r.status, 200);
    let evs = r.json()["events"].as_array().cloned().unwrap_or_default();
    assert!(evs.len() >= 5, "{} events", evs.len());
}
