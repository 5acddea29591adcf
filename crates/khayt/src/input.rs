//! Reading articles: JSON Lines (one article per line) or plain text files.

use khayt_coder::{Article, Event};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// A record that could not be read, with where it was.
#[derive(Debug, Clone)]
pub struct BadRecord {
    pub origin: String,
    pub line: usize,
    pub id: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for BadRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.origin, self.line)?;
        if let Some(id) = &self.id {
            write!(f, ": article {id}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl BadRecord {
    /// An article that was read but that the coder refused (empty, oversized).
    pub fn refused(origin: String, line: usize, art: &Article, why: impl ToString) -> BadRecord {
        BadRecord {
            origin,
            line,
            id: Some(art.id.clone()),
            reason: why.to_string(),
        }
    }
}

pub type Record = Result<Article, BadRecord>;

/// Parses one JSON Lines record. `None` for a blank line.
pub fn parse_line(origin: &str, line_no: usize, bytes: &[u8]) -> Option<Record> {
    parse_value(origin, line_no, bytes).map(|r| r.map(|(a, _)| a))
}

/// An article with the events already coded from it (a `khayt extract --bundle` line).
pub type CodedRecord = Result<(Article, Vec<Event>), BadRecord>;

/// Parses one `khayt extract --bundle` line: the article and its `events`. The events
/// must belong to the article, so that a hand-edited or mixed-up file cannot attach them
/// to another.
pub fn parse_coded_line(origin: &str, line_no: usize, bytes: &[u8]) -> Option<CodedRecord> {
    let (article, mut value) = match parse_value(origin, line_no, bytes)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let bad = |reason: String| BadRecord {
        origin: origin.to_string(),
        line: line_no,
        id: Some(article.id.clone()),
        reason,
    };
    let Some(events) = value.get_mut("events").map(serde_json::Value::take) else {
        return Some(Err(bad(
            "missing `events` (expected a `khayt extract --bundle` line)".into(),
        )));
    };
    let events: Vec<Event> = match serde_json::from_value(events) {
        Ok(e) => e,
        Err(e) => return Some(Err(bad(format!("`events`: {e}")))),
    };
    if let Some(e) = events.iter().find(|e| e.article_id != article.id) {
        return Some(Err(bad(format!(
            "event {} belongs to article {}",
            e.id, e.article_id
        ))));
    }
    Some(Ok((article, events)))
}

/// Parses one JSON Lines record into its article and the whole JSON object.
fn parse_value(
    origin: &str,
    line_no: usize,
    bytes: &[u8],
) -> Option<Result<(Article, serde_json::Value), BadRecord>> {
    let bad = |id: Option<String>, reason: String| BadRecord {
        origin: origin.to_string(),
        line: line_no,
        id,
        reason,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return Some(Err(bad(
                None,
                format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            )))
        }
    };
    let text = text.trim_start_matches('\u{FEFF}').trim();
    if text.is_empty() {
        return None;
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Some(Err(bad(None, format!("malformed JSON: {e}")))),
    };
    let id = match value.get("id") {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let Some(id) = id else {
        return Some(Err(bad(None, "missing `id`".into())));
    };
    let Some(body) = value.get("text").and_then(|t| t.as_str()) else {
        return Some(Err(bad(Some(id), "missing `text` (a string)".into())));
    };
    let field = |k: &str| value.get(k).and_then(|v| v.as_str()).map(String::from);
    let article = Article {
        id,
        date: field("date"),
        text: body.to_string(),
        title: field("title"),
        source: field("source"),
        url: field("url"),
    };
    Some(Ok((article, value)))
}

/// Streams the JSON Lines records of a reader, calling `f` for each.
pub fn for_each_jsonl(
    origin: &str,
    reader: impl BufRead,
    mut f: impl FnMut(Record),
) -> std::io::Result<()> {
    for_each_line(origin, reader, parse_line, |_, rec| f(rec))
}

/// Streams the lines of a reader through `parse`, calling `f` for each record.
fn for_each_line<T>(
    origin: &str,
    mut reader: impl BufRead,
    parse: impl Fn(&str, usize, &[u8]) -> Option<Result<T, BadRecord>>,
    mut f: impl FnMut(usize, Result<T, BadRecord>),
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        line_no += 1;
        if let Some(rec) = parse(origin, line_no, &buf) {
            f(line_no, rec);
        }
    }
}

/// A plain text file as one article; its id is the file name without extension.
pub fn read_txt(path: &Path, date: Option<&str>) -> Record {
    let origin = path.display().to_string();
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| origin.clone());
    let bad = |reason: String| BadRecord {
        origin: origin.clone(),
        line: 1,
        id: Some(id.clone()),
        reason,
    };
    let bytes = std::fs::read(path).map_err(|e| bad(format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        bad(format!(
            "invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok(Article {
        id,
        date: date.map(String::from),
        text,
        ..Default::default()
    })
}

/// Feeds every record of the inputs to `push`, in order: JSON Lines files, `.txt` files (one
/// article each, dated `date`), and `-` or no file at all for JSON Lines on stdin. A file
/// that cannot be opened goes to `bad` and the others still run; the first error `push`
/// returns stops reading (the caller cannot go on, e.g. its output is closed); an I/O
/// error while reading is returned with the file's name.
pub fn read_inputs<E>(
    files: &[PathBuf],
    date: Option<&str>,
    push: impl FnMut(&str, usize, Record) -> Result<(), E>,
    bad: impl FnMut(BadRecord),
) -> Result<Result<(), E>, String> {
    read_records(files, parse_line, |f| read_txt(f, date), push, bad)
}

/// Like [`read_inputs`] for `khayt extract --bundle` lines (articles with their events);
/// a .txt file holds no events and is reported as such.
pub fn read_coded_inputs<E>(
    files: &[PathBuf],
    push: impl FnMut(&str, usize, CodedRecord) -> Result<(), E>,
    bad: impl FnMut(BadRecord),
) -> Result<Result<(), E>, String> {
    let txt = |f: &Path| -> CodedRecord {
        Err(BadRecord {
            origin: f.display().to_string(),
            line: 0,
            id: None,
            reason: "a .txt file holds no coded events".into(),
        })
    };
    read_records(files, parse_coded_line, txt, push, bad)
}

fn read_records<T, E>(
    files: &[PathBuf],
    parse: impl Fn(&str, usize, &[u8]) -> Option<Result<T, BadRecord>> + Copy,
    txt: impl Fn(&Path) -> Result<T, BadRecord>,
    mut push: impl FnMut(&str, usize, Result<T, BadRecord>) -> Result<(), E>,
    mut bad: impl FnMut(BadRecord),
) -> Result<Result<(), E>, String> {
    let stdin_only = [PathBuf::from("-")];
    let files = if files.is_empty() {
        &stdin_only[..]
    } else {
        files
    };
    for f in files {
        let origin = f.display().to_string();
        let mut pending: Result<(), E> = Ok(());
        if origin == "-" {
            for_each_line("<stdin>", std::io::stdin().lock(), parse, |line, rec| {
                if pending.is_ok() {
                    pending = push("<stdin>", line, rec);
                }
            })
            .map_err(|e| format!("<stdin>: {e}"))?;
        } else if f.extension().is_some_and(|x| x == "txt") {
            pending = push(&origin, 1, txt(f));
        } else {
            match std::fs::File::open(f) {
                Ok(file) => for_each_line(&origin, BufReader::new(file), parse, |line, rec| {
                    if pending.is_ok() {
                        pending = push(&origin, line, rec);
                    }
                })
                .map_err(|e| format!("{origin}: {e}"))?,
                Err(e) => bad(BadRecord {
                    origin: origin.clone(),
                    line: 0,
                    id: None,
                    reason: format!("cannot open: {e}"),
                }),
            }
        }
        if pending.is_err() {
            return Ok(pending);
        }
    }
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_json_names_the_line() {
        let e = parse_line("in.jsonl", 7, b"{\"id\": ")
            .unwrap()
            .unwrap_err();
        assert!(e.to_string().starts_with("in.jsonl:7: malformed JSON"));
    }

    #[test]
    fn missing_text_names_the_article() {
        let e = parse_line("in.jsonl", 2, br#"{"id": "a1", "date": "2017-01-01"}"#)
            .unwrap()
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "in.jsonl:2: article a1: missing `text` (a string)"
        );
    }

    #[test]
    fn invalid_utf8_is_reported_not_replaced() {
        let e = parse_line("in.jsonl", 3, b"{\"id\": \"a\", \"text\": \"\xff\"}")
            .unwrap()
            .unwrap_err();
        assert!(e.reason.contains("invalid UTF-8"));
    }

    #[test]
    fn blank_lines_are_skipped() {
        assert!(parse_line("in.jsonl", 1, b"  \n").is_none());
    }

    #[test]
    fn numeric_ids_are_accepted() {
        let a = parse_line("x", 1, br#"{"id": 12, "text": "t"}"#)
            .unwrap()
            .unwrap();
        assert_eq!(a.id, "12");
    }
}
