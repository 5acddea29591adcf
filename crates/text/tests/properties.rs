//! Properties of the text layer on arbitrary input.
//!
//! Every later stage shows its evidence as byte spans of the original article, so the
//! offsets must stay valid whatever the input: mixed scripts, stray diacritics,
//! zero-width characters, emoji. These tests generate such text and check the offset
//! invariants and that the readers of numbers, dates and clitics never panic.

use khayt_text::clitics::{enclitic_splits, proclitic_splits, strip_article};
use khayt_text::dates::{hijri_to_gregorian, month_at, weekday, Date};
use khayt_text::numbers::{ordinal_day, parse_number};
use khayt_text::{normalize, normalize_with_map, sentences, tokenize, Doc, TokenKind};
use proptest::prelude::*;

/// Words that steer the generator into the number, date and clitic code paths.
const VOCAB: &[&str] = &[
    "ألف",
    "ومائتي",
    "ثلاثة",
    "آلاف",
    "عشرات",
    "الآلاف",
    "نحو",
    "أكثر",
    "من",
    "ما",
    "يزيد",
    "عن",
    "خمسة",
    "وعشرين",
    "مليون",
    "ونصف",
    "أحد",
    "عشر",
    "الحادي",
    "والعشرين",
    "الثاني",
    "مارس",
    "كانون",
    "الثاني",
    "صفر",
    "رمضان",
    "ذو",
    "الحجة",
    "بنيسان",
    "الثلاثاء",
    "و",
    "بـ",
    "وللنصرة",
    "3.5",
    "1,200",
    "٣٬٥٠٠",
    "2017",
    "١٤٣٨",
];

fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        // Arabic letters, diacritics, superscript alef, tatweel
        proptest::char::range('\u{0621}', '\u{065F}'),
        Just('\u{0670}'),
        Just('\u{0640}'),
        // digits in three scripts and their separators
        proptest::char::range('0', '9'),
        proptest::char::range('٠', '٩'),
        proptest::char::range('۰', '۹'),
        prop::sample::select(vec![
            '.', ',', '٫', '٬', '،', '؛', '؟', '!', '?', '«', '»', '"'
        ]),
        // whitespace of several kinds, line breaks included
        prop::sample::select(vec![' ', ' ', '\n', '\t', '\u{00A0}', '\u{2003}', '\r']),
        // zero-width and bidi controls, BOM
        proptest::char::range('\u{200B}', '\u{200F}'),
        Just('\u{FEFF}'),
        proptest::char::range('\u{202A}', '\u{202E}'),
        // Persian/Urdu letters, presentation forms, Latin, emoji, anything
        proptest::char::range('\u{066E}', '\u{06FF}'),
        proptest::char::range('\u{FB50}', '\u{FDFF}'),
        proptest::char::range('\u{FE70}', '\u{FEFF}'),
        proptest::char::range('A', 'z'),
        proptest::char::range('\u{1F600}', '\u{1F64F}'),
        any::<char>(),
    ]
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any_char().prop_map(String::from),
        1 => prop::sample::select(VOCAB).prop_map(|w| format!(" {w} ")),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn token_offsets_are_char_boundaries_in_order_and_disjoint(s in text()) {
        let toks = tokenize(&s);
        let mut prev_end = 0;
        for t in &toks {
            prop_assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            prop_assert!(prev_end <= t.start && t.start < t.end && t.end <= s.len());
            prop_assert!(!t.norm.is_empty());
            prev_end = t.end;
        }
    }

    #[test]
    fn word_and_number_tokens_normalize_to_their_norm(s in text()) {
        for t in tokenize(&s) {
            if t.kind != TokenKind::Punct {
                prop_assert_eq!(normalize(&s[t.start..t.end]), t.norm);
            }
        }
    }

    #[test]
    fn normalize_map_is_monotone_complete_and_on_boundaries(s in text()) {
        let n = normalize_with_map(&s);
        prop_assert_eq!(n.map.len(), n.text.len() + 1);
        prop_assert!(n.map.windows(2).all(|w| w[0] <= w[1]));
        prop_assert!(n.map.iter().all(|&o| o <= s.len() && s.is_char_boundary(o)));
        prop_assert_eq!(&n.text, &normalize(&s));
    }

    #[test]
    fn normalize_map_points_at_the_source_character(s in text()) {
        let n = normalize_with_map(&s);
        for (p, c) in n.text.char_indices() {
            let src = s[n.map[p]..].chars().next();
            prop_assert!(src.is_some());
            let src = src.unwrap_or(' ');
            if c == ' ' {
                prop_assert!(src.is_whitespace());
            } else {
                prop_assert_eq!(khayt_text::fold_char(src), Some(c));
            }
        }
    }

    #[test]
    fn sentences_cover_tokens_in_order_without_gaps(s in text()) {
        let toks = tokenize(&s);
        let sents = sentences(&s, &toks);
        let mut next = 0;
        for st in &sents {
            prop_assert_eq!(st.tokens.start, next);
            prop_assert!(st.tokens.start < st.tokens.end && st.tokens.end <= toks.len());
            prop_assert_eq!(st.start, toks[st.tokens.start].start);
            prop_assert_eq!(st.end, toks[st.tokens.end - 1].end);
            next = st.tokens.end;
        }
        prop_assert_eq!(next, toks.len());
    }

    #[test]
    fn original_offset_is_a_monotone_char_boundary_inside_the_token(s in text()) {
        for t in tokenize(&s) {
            let mut last = t.start;
            for k in 0..=t.norm.len() + 1 {
                let o = t.original_offset(&s, k);
                prop_assert!(s.is_char_boundary(o));
                prop_assert!(t.start <= o && o <= t.end);
                prop_assert!(last <= o);
                last = o;
            }
            // each normalized character maps back to the character that produced it
            for (k, c) in t.norm.char_indices() {
                let o = t.original_offset(&s, k);
                let src = s[o..].chars().next().and_then(khayt_text::fold_char);
                prop_assert_eq!(src, Some(c));
            }
        }
    }

    #[test]
    fn readers_never_panic_and_stay_in_bounds(s in text()) {
        let toks = tokenize(&s);
        for i in 0..toks.len() + 2 {
            if let Some(e) = parse_number(&toks, i) {
                prop_assert!(e.tokens >= 1 && i + e.tokens <= toks.len());
            }
            if let Some((d, used)) = ordinal_day(&toks, i) {
                prop_assert!((1..=31).contains(&d));
                prop_assert!(used >= 1 && i + used <= toks.len());
            }
            if let Some((m, _, used)) = month_at(&toks, i) {
                prop_assert!((1..=12).contains(&m));
                prop_assert!((1..=2).contains(&used) && i + used <= toks.len());
            }
        }
        prop_assert!(parse_number(&toks, usize::MAX).is_none());
        prop_assert!(ordinal_day(&toks, usize::MAX).is_none());
        prop_assert!(month_at(&toks, usize::MAX).is_none());
    }

    #[test]
    fn clitic_splits_are_char_boundaries(s in text()) {
        for t in tokenize(&s) {
            let w = t.norm.as_str();
            let pro = proclitic_splits(w);
            prop_assert_eq!(pro.first().copied(), Some(0));
            prop_assert!(pro.windows(2).all(|p| p[0] < p[1]));
            prop_assert!(pro.iter().all(|&p| w.is_char_boundary(p)));
            for c in enclitic_splits(w) {
                prop_assert!(c <= w.len() && w.is_char_boundary(w.len() - c));
            }
            prop_assert!(w.ends_with(strip_article(w)));
            let _ = weekday(w);
        }
    }

    #[test]
    fn doc_token_text_matches_offsets(s in text()) {
        let doc = Doc::new(&s);
        for (i, t) in doc.tokens.iter().enumerate() {
            prop_assert_eq!(doc.token_text(i), &s[t.start..t.end]);
        }
    }

    #[test]
    fn date_days_round_trip(days in -1_000_000i64..1_000_000) {
        let d = Date::from_days(days);
        prop_assert_eq!(d.to_days(), days);
        prop_assert_eq!(Date::new(d.year, d.month, d.day), Some(d));
        prop_assert_eq!(d.add_days(1).to_days(), days + 1);
        prop_assert_eq!((d.weekday() + 1) % 7, d.add_days(1).weekday());
    }

    #[test]
    fn iso_display_round_trips(days in -700_000i64..2_900_000) {
        // years 0000..9999 have four digits
        let d = Date::from_days(days);
        prop_assert_eq!(Date::parse_iso(&d.to_string()), Some(d));
    }

    #[test]
    fn date_arithmetic_never_panics(y in any::<i32>(), m in any::<u32>(), d in any::<u32>(), n in any::<i64>()) {
        let _ = Date::days_in_month(y, m);
        if let Some(date) = Date::new(y, m, d) {
            let _ = date.add_days(n).weekday();
            let _ = date.to_string();
        }
        let _ = Date::from_days(n);
    }

    #[test]
    fn parse_iso_never_panics(s in text()) {
        let _ = Date::parse_iso(&s);
    }

    #[test]
    fn hijri_days_are_consecutive(y in 1i32..3000, m in 1u32..=12, d in 1u32..=30) {
        if let Some(g) = hijri_to_gregorian(y, m, d) {
            let next = hijri_to_gregorian(y, m, d + 1)
                .or_else(|| hijri_to_gregorian(y, m + 1, 1))
                .or_else(|| hijri_to_gregorian(y + 1, 1, 1));
            prop_assert_eq!(next, Some(g.add_days(1)));
        }
    }

    #[test]
    fn hijri_conversion_never_panics(y in any::<i32>(), m in any::<u32>(), d in any::<u32>()) {
        let _ = hijri_to_gregorian(y, m, d);
    }
}
