//! Matcher throughput over the dev split's sentences (needs ../shared; skipped without it):
//! tokenizing, segmenting, matching on given tokens (warm and cold segmentation memo), and
//! tokenizing and matching together.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khayt_lexicon::Lexicon;

fn bench(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/bench/gsr/dev.jsonl"
    );
    let Ok(raw) = std::fs::read_to_string(path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let text: String = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(String::from))
        .collect::<Vec<_>>()
        .join("\n");
    let lex = Lexicon::load(&[]).expect("shipped lexicon loads");
    let mut g = c.benchmark_group("matcher");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokenize dev split", |b| {
        b.iter(|| khayt_text::tokenize(&text).len())
    });
    let toks = khayt_text::tokenize(&text);
    g.bench_function("segment dev split", |b| {
        b.iter(|| {
            toks.iter()
                .filter(|t| lex.matcher.segment(t, &text).known)
                .count()
        })
    });
    // the matcher proper, on tokens already made: with this thread's segmentation memo
    // as a long stream leaves it (warm), and emptied before every pass (cold)
    g.bench_function("match dev split (tokens given, warm memo)", |b| {
        b.iter(|| lex.matcher.find(&text, &toks).0.len())
    });
    g.bench_function("match dev split (tokens given, cold memo)", |b| {
        b.iter(|| {
            khayt_lexicon::Matcher::forget_segmentations();
            lex.matcher.find(&text, &toks).0.len()
        })
    });
    g.bench_function("tokenize+match dev split", |b| {
        b.iter(|| {
            let toks = khayt_text::tokenize(&text);
            lex.matcher.find(&text, &toks).0.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
