//! Feeds arbitrary bytes through the whole text layer and checks the offset invariants
//! that every later stage relies on to show evidence in the original article.

#![no_main]

use khayt_text::clitics::{enclitic_splits, proclitic_splits, strip_article};
use khayt_text::dates::{hijri_to_gregorian, month_at, weekday, Date};
use khayt_text::numbers::{ordinal_day, parse_number};
use khayt_text::{fold_char, normalize, normalize_with_map, sentences, tokenize, TokenKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // lossy decoding keeps every input useful: invalid bytes become U+FFFD
    let text = String::from_utf8_lossy(data);
    check(&text);
    dates_from_bytes(data);
});

fn check(s: &str) {
    let n = normalize_with_map(s);
    assert_eq!(n.map.len(), n.text.len() + 1);
    assert!(n.map.windows(2).all(|w| w[0] <= w[1]), "map not monotone");
    assert!(n.map.iter().all(|&o| o <= s.len() && s.is_char_boundary(o)));
    for (p, c) in n.text.char_indices() {
        let src = s[n.map[p]..]
            .chars()
            .next()
            .expect("map points past the end");
        if c == ' ' {
            assert!(src.is_whitespace());
        } else {
            assert_eq!(fold_char(src), Some(c));
        }
    }

    let toks = tokenize(s);
    let mut prev_end = 0;
    for t in &toks {
        assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        assert!(prev_end <= t.start && t.start < t.end && t.end <= s.len());
        assert!(!t.norm.is_empty());
        if t.kind != TokenKind::Punct {
            assert_eq!(normalize(&s[t.start..t.end]), t.norm);
        }
        let mut last = t.start;
        for k in 0..=t.norm.len() {
            let o = t.original_offset(s, k);
            assert!(s.is_char_boundary(o) && t.start <= o && o <= t.end && last <= o);
            last = o;
        }
        prev_end = t.end;

        let w = t.norm.as_str();
        let pro = proclitic_splits(w);
        assert_eq!(pro.first(), Some(&0));
        assert!(pro.iter().all(|&p| w.is_char_boundary(p)));
        for c in enclitic_splits(w) {
            assert!(w.is_char_boundary(w.len() - c));
        }
        assert!(w.ends_with(strip_article(w)));
        let _ = weekday(w);
    }

    let sents = sentences(s, &toks);
    let mut next = 0;
    for st in &sents {
        assert_eq!(st.tokens.start, next);
        assert!(st.tokens.start < st.tokens.end && st.tokens.end <= toks.len());
        assert_eq!(
            (st.start, st.end),
            (toks[st.tokens.start].start, toks[st.tokens.end - 1].end)
        );
        next = st.tokens.end;
    }
    assert_eq!(next, toks.len());

    for i in 0..=toks.len() {
        if let Some(e) = parse_number(&toks, i) {
            assert!(e.tokens >= 1 && i + e.tokens <= toks.len());
        }
        if let Some((d, used)) = ordinal_day(&toks, i) {
            assert!((1..=31).contains(&d) && used >= 1 && i + used <= toks.len());
        }
        if let Some((m, _, used)) = month_at(&toks, i) {
            assert!((1..=12).contains(&m) && (1..=2).contains(&used) && i + used <= toks.len());
        }
    }

    if let Some(d) = Date::parse_iso(s) {
        assert_eq!(d.to_string(), s);
        assert_eq!(Date::from_days(d.to_days()), d);
    }
}

/// Drives the date arithmetic with numbers taken from the raw bytes.
fn dates_from_bytes(data: &[u8]) {
    let [a, b, c, d, rest @ ..] = data else {
        return;
    };
    let y = i32::from(i16::from_le_bytes([*a, *b]));
    let (m, day) = (u32::from(*c % 16), u32::from(*d % 32));
    let mut n = [0u8; 8];
    for (dst, src) in n.iter_mut().zip(rest) {
        *dst = *src;
    }
    let n = i64::from_le_bytes(n);
    let _ = Date::days_in_month(y, m);
    if let Some(date) = Date::new(y, m, day) {
        assert_eq!(Date::from_days(date.to_days()), date);
        let later = date.add_days(n);
        assert!(later.weekday() < 7);
        assert!(Date::new(later.year, later.month, later.day).is_some());
    }
    if let Some(g) = hijri_to_gregorian(y, m, day) {
        assert_eq!(hijri_to_gregorian(y, m, day), Some(g));
        assert!(g.weekday() < 7);
    }
}
