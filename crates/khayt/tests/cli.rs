//! The khayt binary, end to end: extraction, bad input, the demo, lexicon checks.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn khayt() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khayt"))
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("khayt-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = khayt()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

const GOOD: &str =
    r#"{"id": "t-1", "date": "2017-04-01", "text": "انسحب مسلحو داعش من مدينة الرقة أمس."}"#;

#[test]
fn extract_reads_jsonl_on_stdin_and_writes_events() {
    let out = run_with_stdin(&["extract"], format!("{GOOD}\n").as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let ev: serde_json::Value =
        serde_json::from_str(stdout.lines().next().expect("one event")).unwrap();
    assert_eq!(ev["article_id"], "t-1");
    assert_eq!(ev["category"], "RETREAT");
}

#[test]
fn bundle_writes_each_article_once_with_its_events() {
    let quiet = r#"{"id": "t-2", "date": "2017-04-01", "text": "الطقس معتدل في دمشق."}"#;
    let out = run_with_stdin(
        &["extract", "--bundle"],
        format!("{GOOD}\n{quiet}\n").as_bytes(),
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "one line per article, with or without events"
    );
    assert_eq!(lines[0]["id"], "t-1");
    assert_eq!(lines[0]["text"], "انسحب مسلحو داعش من مدينة الرقة أمس.");
    assert_eq!(lines[0]["events"][0]["category"], "RETREAT");
    assert_eq!(lines[1]["events"], serde_json::json!([]));
}

#[test]
fn bad_records_are_reported_with_their_line_and_the_batch_completes() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
    input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    input.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"\xff\xfe\"}\n");
    input.extend_from_slice(b"{\"id\": \"empty\", \"text\": \"   \"}\n");
    input.extend_from_slice(GOOD.as_bytes());
    input.push(b'\n');
    let out = run_with_stdin(&["extract"], &input);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>:1: malformed JSON"), "{err}");
    assert!(
        err.contains("<stdin>:2: article no-text: missing `text`"),
        "{err}"
    );
    assert!(err.contains("<stdin>:3: invalid UTF-8"), "{err}");
    assert!(
        err.contains("<stdin>:4: article empty: empty text"),
        "{err}"
    );
    assert!(err.contains("4 failed"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.lines().any(|l| l.contains("\"article_id\":\"t-1\"")));
}

#[test]
fn errors_can_be_reported_as_json() {
    let out = run_with_stdin(&["extract", "--errors-json"], b"{oops\n");
    let err = String::from_utf8_lossy(&out.stderr);
    let first: serde_json::Value = serde_json::from_str(err.lines().next().unwrap()).unwrap();
    assert_eq!(first["line"], 1);
}

#[test]
fn an_oversized_article_is_refused_by_id() {
    let big = "قصف ".repeat(khayt_coder::MAX_ARTICLE_BYTES / 6);
    let line = serde_json::json!({"id": "huge", "text": big}).to_string();
    let out = run_with_stdin(&["extract"], format!("{line}\n{GOOD}\n").as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:1: article huge: text is"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("t-1"));
}

#[test]
fn a_text_file_is_one_article_dated_by_the_flag() {
    let dir = scratch("txt");
    let p = dir.join("report-7.txt");
    std::fs::write(&p, "قصفت الطائرات الروسية بلدة خان شيخون أمس.").unwrap();
    let out = khayt()
        .args(["extract", "--date", "2017-04-05"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let ev: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(ev["article_id"], "report-7");
    assert_eq!(ev["date"]["value"], "2017-04-04");
}

#[test]
fn output_flag_writes_to_a_file() {
    let dir = scratch("out");
    let inp = dir.join("in.jsonl");
    std::fs::write(&inp, format!("{GOOD}\n")).unwrap();
    let outp = dir.join("events.jsonl");
    let st = khayt()
        .arg("extract")
        .arg(&inp)
        .arg("--output")
        .arg(&outp)
        .status()
        .unwrap();
    assert!(st.success());
    assert!(std::fs::read_to_string(&outp).unwrap().contains("RETREAT"));
}

#[test]
fn a_missing_input_file_is_reported_and_others_still_run() {
    let dir = scratch("missing");
    let inp = dir.join("in.jsonl");
    std::fs::write(&inp, format!("{GOOD}\n")).unwrap();
    let out = khayt()
        .arg("extract")
        .arg(dir.join("nope.jsonl"))
        .arg(&inp)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.jsonl:0: cannot open"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("t-1"));
}

#[test]
fn demo_prints_a_table_of_events() {
    let out = khayt().arg("demo").output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("category"));
    assert!(s.contains("RETREAT"));
    assert!(s.contains("PROTEST"));
}

#[test]
fn shipped_lexicons_pass_the_check() {
    let out = khayt().args(["lexicon", "check"]).output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{s}");
}

#[test]
fn a_broken_lexicon_fails_the_check_with_file_and_line() {
    let dir = scratch("lex");
    std::fs::create_dir_all(dir.join("agents")).unwrap();
    std::fs::write(
        dir.join("agents/bad.tsv"),
        "id\tsector\tcountry\tname_en\tforms_ar\torigin\nok\tMIL\t\tsoldier\tجندي\tcurated\nbad\tXYZ\t\tx\tجنود\tcurated\n",
    )
    .unwrap();
    let out = khayt()
        .args(["lexicon", "check"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("bad.tsv:3: unknown sector `XYZ`"), "{s}");
}

#[test]
fn an_overlay_with_errors_stops_extraction_with_the_errors_listed() {
    let dir = scratch("overlay");
    std::fs::create_dir_all(dir.join("actors")).unwrap();
    std::fs::write(dir.join("actors/x.tsv"), "id\ttype\n").unwrap();
    let out = khayt()
        .arg("--lexicon")
        .arg(&dir)
        .arg("extract")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("x.tsv:1: header must be"));
}

#[test]
fn an_overlay_adds_an_actor_the_coder_then_finds() {
    let dir = scratch("overlay-ok");
    std::fs::create_dir_all(dir.join("actors")).unwrap();
    std::fs::write(
        dir.join("actors/mine.tsv"),
        "id\ttype\tcountry\tsector\tname_en\tname_ar\taliases_ar\tadjectives_ar\taffiliations\torigin\n\
         liwa-test\tarmed_group\tSYR\tREB\tTest Brigade\tلواء الاختبار\t\t\t\tcurated\n",
    )
    .unwrap();
    let art =
        r#"{"id": "o-1", "date": "2020-01-01", "text": "هاجم لواء الاختبار بلدة تل رفعت أمس."}"#;
    let out = run_with_stdin(
        &["--lexicon", dir.to_str().unwrap(), "extract"],
        format!("{art}\n").as_bytes(),
    );
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("\"id\":\"liwa-test\""), "{s}");
}
