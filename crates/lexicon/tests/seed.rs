//! Every actor and place the reference article names is recognized by the shipped
//! lexicons (reads ../shared/seed/article.jsonl; skips when ../shared is absent).

use khayt_lexicon::{EntryRef, Lexicon};

const ACTORS: &[&str] = &[
    "داعش",
    "النصرة",
    "هيئة تحرير الشام",
    "جبهة النصرة",
    "جيش الإسلام",
    "الجيش الحر",
    "تركيا",
    "واشنطن",
    "الولايات المتحدة",
    "إيران",
    "الجولاني",
    "أبي بكر البغدادي",
    "أبي محمد الجولاني",
    "أبو ماريا القحطاني",
    "لواء الأقصى",
    "جند الأقصى",
    "جبهة فتح الشام",
    "درع الفرات",
];

const PLACES: &[&str] = &[
    "العراق",
    "سوريا",
    "الرقة",
    "الموصل",
    "القلمون الشرقي",
    "ريف حماة الشرقي",
    "ريف درعا",
    "الغوطة الشرقية",
    "القلمون الغربي",
    "حلب",
    "اليرموك",
    "الحجر الأسود",
    "الزبداني",
    "مضايا",
    "دمشق",
    "كفريا",
    "الفوعة",
    "ريف إدلب",
];

fn article() -> Option<String> {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/article.jsonl"
    );
    let Ok(raw) = std::fs::read_to_string(p) else {
        eprintln!("skipping: {p} not found");
        return None;
    };
    let v: serde_json::Value = serde_json::from_str(raw.lines().next()?).ok()?;
    Some(v["text"].as_str()?.to_string())
}

/// The kinds of entry matched on spans of the article that contain `name` (compared as
/// canonical keys, word by word).
fn kinds_at(lex: &Lexicon, text: &str, name: &str) -> Vec<EntryRef> {
    let toks = khayt_text::tokenize(text);
    let (ms, _) = lex.matcher.find(text, &toks);
    let want = format!(" {} ", khayt_lexicon::key_of(name).unwrap_or_default());
    ms.iter()
        .filter(|m| {
            khayt_lexicon::key_of(&text[m.start..m.end])
                .is_some_and(|k| format!(" {k} ").contains(&want))
        })
        .flat_map(|m| lex.matcher.entries(m.key).to_vec())
        .collect()
}

#[test]
fn every_actor_in_the_reference_article_is_recognized() {
    let Some(text) = article() else { return };
    let lex = Lexicon::load(&[]).expect("shipped lexicons load");
    let missing: Vec<&str> = ACTORS
        .iter()
        .copied()
        .filter(|n| {
            !kinds_at(&lex, &text, n)
                .iter()
                .any(|e| matches!(e, EntryRef::Actor(_)))
        })
        .collect();
    assert!(missing.is_empty(), "not recognized as actors: {missing:?}");
}

#[test]
fn every_place_in_the_reference_article_is_recognized() {
    let Some(text) = article() else { return };
    let lex = Lexicon::load(&[]).expect("shipped lexicons load");
    let missing: Vec<&str> = PLACES
        .iter()
        .copied()
        .filter(|n| {
            !kinds_at(&lex, &text, n)
                .iter()
                .any(|e| matches!(e, EntryRef::Place(_)))
        })
        .collect();
    assert!(missing.is_empty(), "not recognized as places: {missing:?}");
}
