//! The compiled matcher: every actor, agent, place and trigger mention in one pass.
//!
//! Keys are compared in a canonical form: normalized, split into words, each word
//! without its article (see [`khayt_text::clitics::strip_article`]). For the text, each
//! token is segmented by trying its possible proclitic and enclitic splits and keeping the
//! first whose stem is a word some key uses (the vocabulary); so وللنصرة yields نصره and
//! لبنان stays لبنان. Each stem is then a word id, and the keys form one trie over word
//! ids: from each token the longest key starting there is taken and matching resumes after
//! it (leftmost-longest), so matches start and end on word boundaries by construction.
//! Segmenting a word tries up to a dozen splits; since words recur, each thread remembers
//! the segmentation of the spellings it has seen (bounded, see `SegMemo`).

use crate::model::EntryRef;
use compact_str::CompactString;
use khayt_text::clitics::{enclitic_splits, proclitic_splits, strip_article};
use khayt_text::{Token, TokenKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

/// Canonical key of a surface form, or `None` if it could never match text (empty, or
/// containing punctuation that the tokenizer splits off).
pub fn key_of(surface: &str) -> Option<String> {
    let words = key_words(surface)?;
    Some(
        words
            .iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The canonical words of a surface form, each with whether it was written with a final
/// ة (normalization folds ة into ه, but a ة is never the pronoun ه).
fn key_words(surface: &str) -> Option<Vec<(String, bool)>> {
    let toks = khayt_text::tokenize(surface);
    if toks.is_empty() || toks.iter().any(|t| t.kind == TokenKind::Punct) {
        return None;
    }
    Some(
        toks.iter()
            .map(|t| {
                let orig = &surface[t.start..t.end];
                (
                    bare_stem(&t.norm, Some(orig), 0, 0).to_string(),
                    ta_marbuta(orig),
                )
            })
            .collect(),
    )
}

/// The original character behind normalized byte `k` of a word.
fn orig_char_at(orig: &str, k: usize) -> Option<char> {
    let mut produced = 0;
    for c in orig.chars() {
        if let Some(f) = khayt_text::fold_char(c) {
            if produced == k {
                return Some(c);
            }
            produced += f.len_utf8();
        }
    }
    None
}

/// The stem of normalized word `w` between `pre` and `post`, without its article. The
/// article is written with a bare alef, so when the original is known a word starting
/// with أ or إ (إلقاء، ألغى) keeps its letters.
pub fn bare_stem<'w>(w: &'w str, orig: Option<&str>, pre: usize, post: usize) -> &'w str {
    let stem = &w[pre..w.len() - post];
    if !stem.starts_with("ال") {
        return stem;
    }
    match orig.and_then(|o| orig_char_at(o, pre)) {
        Some('ا') | None => strip_article(stem),
        Some(_) => stem,
    }
}

/// Whether a word as written ends in ة (diacritics after it ignored).
pub fn ta_marbuta(word: &str) -> bool {
    word.chars()
        .rev()
        .find(|&c| khayt_text::fold_char(c).is_some())
        == Some('ة')
}

/// Every (proclitic, enclitic) byte split of a normalized word, unsplit first. A word
/// written with a final ة has no pronoun ه to split.
fn splits(w: &str, ta: bool) -> impl Iterator<Item = (usize, usize)> + '_ {
    proclitic_splits(w).into_iter().flat_map(move |pre| {
        enclitic_splits(&w[pre..])
            .into_iter()
            .filter(move |&post| !(ta && post == 'ه'.len_utf8()))
            .map(move |post| (pre, post))
    })
}

/// The bare stem of `w` under its first split whose stem is in `set`.
fn split_to<'w>(w: &'w str, ta: bool, set: &FxHashSet<String>) -> Option<&'w str> {
    if set.contains(w) {
        return Some(w);
    }
    splits(w, ta)
        .map(|(pre, post)| bare_stem(w, None, pre, post))
        .find(|s| set.contains(*s))
}

/// How one token was segmented: byte lengths (in its normalized form) of the proclitics
/// and enclitic around the stem, and whether the stem is a lexicon word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seg {
    pub pre: usize,
    pub post: usize,
    pub known: bool,
    /// The vocabulary id of the stem when `known`.
    pub word: u32,
    /// The stem ends in a ت that is a ة before the pronoun (مبايعته = مبايعة + ه).
    pub ta_restored: bool,
}

impl Seg {
    /// The stem of `tok` under this segmentation (article included if present).
    pub fn stem<'t>(&self, tok: &'t Token) -> &'t str {
        &tok.norm[self.pre..tok.norm.len() - self.post]
    }
    pub fn prefix<'t>(&self, tok: &'t Token) -> &'t str {
        &tok.norm[..self.pre]
    }
}

/// A lexicon match: tokens `tokens`, original bytes `start..end` (clitics excluded), and
/// the key it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub start: usize,
    pub end: usize,
    pub key: u32,
}

pub struct Matcher {
    keys: Vec<String>,
    entries: Vec<Vec<EntryRef>>,

    /// Every word of every key: its id and whether it is a key on its own (one lookup per
    /// split decides both).
    word_kind: FxHashMap<String, (u32, bool)>,
    id: u64,
    /// The keys as a trie over word ids. Node `1 + w` is the one-word path `w`; longer
    /// paths are in `next`. `terminal[node]` is the key ending there, or `NO_KEY`.
    next: FxHashMap<(u32, u32), u32>,
    terminal: Vec<u32>,
    /// Whether a node has longer keys below it: only then can a count inside a phrase
    /// be skipped (most words end every key they start).
    branches: Vec<bool>,
}

const NO_KEY: u32 = u32::MAX;

/// Each matcher gets an id so that a thread's segmentation memo knows whose it is.
static NEXT_MATCHER_ID: AtomicU64 = AtomicU64::new(1);

/// Words recur (Zipf), and segmenting a word tries up to a dozen splits, so each thread
/// remembers the segmentation of the word forms it has seen, keyed by the original
/// spelling (which decides the result: ة, hamza seats). Bounded: emptied when full.
struct SegMemo {
    matcher: u64,
    map: FxHashMap<CompactString, Seg>,
}

const SEG_MEMO_CAPACITY: usize = 1 << 16;

thread_local! {
    static SEG_MEMO: RefCell<SegMemo> = RefCell::new(SegMemo {
        matcher: 0,
        map: FxHashMap::default(),
    });
}

impl Matcher {
    /// Builds the matcher from (surface form, entry) pairs; forms that can never match are
    /// skipped (the lexicon checker reports them).
    pub fn build<'a>(forms: impl IntoIterator<Item = (&'a str, EntryRef)>) -> Matcher {
        let mut raw: Vec<(Vec<(String, bool)>, EntryRef)> = Vec::new();
        for (surface, entry) in forms {
            if let Some(words) = key_words(surface) {
                raw.push((words, entry));
            }
        }
        // Words that are keys on their own win a token's segmentation; the words of longer
        // keys are segmented the same way, so a phrase written with a clitic ("رفض
        // انسحابه") and a text token meet on one stem.
        let singles: FxHashSet<String> = raw
            .iter()
            .filter(|(k, _)| k.len() == 1)
            .map(|(k, _)| k[0].0.clone())
            .collect();
        // Words of longer keys written with a clitic ("مؤيدين لتنظيم القاعدة") are reduced
        // to a stem other keys use, so that text tokens, segmented the same way, meet them.
        let words: HashSet<String> = raw
            .iter()
            .flat_map(|(k, _)| k.iter().map(|(w, _)| w.clone()))
            .collect();
        let canon = |(w, ta): &(String, bool)| -> String {
            let mut w = w.to_string();
            for _ in 0..3 {
                let next = split_to(&w, *ta, &singles)
                    .or_else(|| {
                        splits(&w, *ta)
                            .skip(1)
                            .map(|(pre, post)| bare_stem(&w, None, pre, post))
                            .find(|s| words.contains(*s))
                    })
                    .map(String::from)
                    .unwrap_or_else(|| w.clone());
                if next == w {
                    break;
                }
                w = next;
            }
            w
        };
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys = Vec::new();
        let mut entries: Vec<Vec<EntryRef>> = Vec::new();
        let mut word_kind: FxHashMap<String, (u32, bool)> = FxHashMap::default();
        for (key, entry) in raw {
            let key = if key.len() > 1 {
                key.iter().map(&canon).collect::<Vec<_>>().join(" ")
            } else {
                key[0].0.clone()
            };
            let i = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key.clone());
                entries.push(Vec::new());
                keys.len() - 1
            });
            if !entries[i].contains(&entry) {
                entries[i].push(entry);
            }
            for w in key.split(' ') {
                let id = word_kind.len() as u32;
                word_kind
                    .entry(w.to_string())
                    .or_insert_with(|| (id, singles.contains(w)));
            }
        }
        let mut terminal = vec![NO_KEY; 1 + word_kind.len()];
        let mut next = FxHashMap::default();
        for (k, key) in keys.iter().enumerate() {
            let mut node = 0;
            for (depth, w) in key.split(' ').enumerate() {
                let id = word_kind[w].0;
                node = if depth == 0 {
                    1 + id
                } else {
                    let fresh = terminal.len() as u32;
                    let n = *next.entry((node, id)).or_insert(fresh);
                    if n == fresh {
                        terminal.push(NO_KEY);
                    }
                    n
                };
            }
            terminal[node as usize] = k as u32;
        }
        let mut branches = vec![false; terminal.len()];
        for &(node, _) in next.keys() {
            branches[node as usize] = true;
        }
        Matcher {
            keys,
            entries,
            word_kind,
            id: NEXT_MATCHER_ID.fetch_add(1, Ordering::Relaxed),
            next,
            terminal,
            branches,
        }
    }

    pub fn key(&self, k: u32) -> &str {
        &self.keys[k as usize]
    }

    pub fn entries(&self, k: u32) -> &[EntryRef] {
        &self.entries[k as usize]
    }

    /// The longest key that starts with the word `first` and goes on with `rest` (word
    /// ids of known words), and how many of `rest` it takes: a phrase read with words
    /// between its first word and the rest ("أطلق المسلحون صواريخ" is "أطلق صواريخ").
    /// Keys of one word are not returned.
    pub fn continued(
        &self,
        first: u32,
        rest: impl IntoIterator<Item = u32>,
    ) -> Option<(u32, usize)> {
        let mut node = 1 + first;
        let mut best = None;
        for (n, w) in rest.into_iter().enumerate() {
            let Some(&next) = self.next.get(&(node, w)) else {
                break;
            };
            node = next;
            if self.terminal[node as usize] != NO_KEY {
                best = Some((self.terminal[node as usize], n + 1));
            }
        }
        best
    }

    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// The entries of the one-word key `word` (normalized, article stripped), if any: for
    /// a word inside a longer match ("أغلق المتظاهرون") that is also an entry of its own.
    pub fn single(&self, word: &str) -> &[EntryRef] {
        match self.word_kind.get(word) {
            Some(&(id, true)) => match self.terminal[1 + id as usize] {
                NO_KEY => &[],
                k => &self.entries[k as usize],
            },
            _ => &[],
        }
    }

    /// Whether `word` (normalized, article stripped) occurs in some key.
    pub fn knows(&self, word: &str) -> bool {
        self.word_kind.contains_key(word)
    }

    /// Segments a token: the first proclitic/enclitic split whose bare stem is known.
    pub fn segment(&self, tok: &Token, text: &str) -> Seg {
        if tok.kind != TokenKind::Word {
            return self.segment_uncached(tok, text);
        }
        let orig = &text[tok.start..tok.end];
        SEG_MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            if memo.matcher != self.id || memo.map.len() >= SEG_MEMO_CAPACITY {
                memo.matcher = self.id;
                memo.map.clear();
            }
            if let Some(&seg) = memo.map.get(orig) {
                return seg;
            }
            let seg = self.segment_uncached(tok, text);
            memo.map.insert(CompactString::new(orig), seg);
            seg
        })
    }

    /// Empties this thread's segmentation memo, so that a benchmark can measure a cold
    /// start; results never depend on it.
    pub fn forget_segmentations() {
        SEG_MEMO.with(|memo| memo.borrow_mut().map.clear());
    }

    fn segment_uncached(&self, tok: &Token, text: &str) -> Seg {
        if tok.kind != TokenKind::Word {
            return match self.word_kind.get(tok.norm.as_str()) {
                Some(&(word, _)) if tok.kind == TokenKind::Number => Seg {
                    known: true,
                    word,
                    ..Seg::default()
                },
                _ => Seg::default(),
            };
        }
        let w = tok.norm.as_str();
        let orig = &text[tok.start..tok.end];
        let ta = ta_marbuta(orig);
        // a split giving a one-word key first, then one giving any key word; before a
        // pronoun a ة is written ت, so a stem in ت is also tried as the noun in ة first
        // (سيطرتها is سيطرة + ها, not the verb سيطرت)
        let mut first_word: Option<Seg> = None;
        let mut restored = String::new();
        for (pre, post) in splits(w, ta) {
            let stem = bare_stem(w, Some(orig), pre, post);
            let ta_noun = post > 0 && stem.ends_with('ت');
            if ta_noun {
                restored.clear();
                restored.push_str(&stem[..stem.len() - 'ت'.len_utf8()]);
                restored.push('ه');
            }
            // the ة reading (when there is one) before the stem as written
            let readings = [(true, restored.as_str()), (false, stem)];
            for (ta_restored, form) in readings.into_iter().skip(usize::from(!ta_noun)) {
                let Some(&(word, single)) = self.word_kind.get(form) else {
                    continue;
                };
                let seg = Seg {
                    pre,
                    post,
                    known: true,
                    word,
                    ta_restored,
                };
                if single {
                    return seg;
                }
                first_word.get_or_insert(seg);
            }
        }
        first_word.unwrap_or_default()
    }

    /// All mentions in `tokens` (of `text`), leftmost-longest, plus each token's segmentation.
    pub fn find(&self, text: &str, tokens: &[Token]) -> (Vec<Mention>, Vec<Seg>) {
        let segs: Vec<Seg> = tokens.iter().map(|t| self.segment(t, text)).collect();
        // from each token, the longest key in the trie that starts there; a match taken
        // resumes after its last token (leftmost-longest)
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !segs[i].known {
                i += 1;
                continue;
            }
            let mut node = 1 + segs[i].word;
            let mut best = (i + 1, self.terminal[node as usize]);
            let mut j = i + 1;
            let mut counted = false;
            while j < tokens.len() {
                // a count inside a phrase does not break it, once: "أطلقوا ثلاثة صواريخ",
                // "إطلاق 5 صواريخ" are the phrase "أطلقوا صواريخ" with its number
                let mut at = j;
                // (a number is read only when a word just after it would go on with the
                // key: parsing one is dear, and this runs at most words)
                let goes_on = |k: usize| {
                    k < tokens.len()
                        && segs[k].known
                        && self.next.contains_key(&(node, segs[k].word))
                };
                if !counted
                    && self.branches[node as usize]
                    && !self.next.contains_key(&(node, segs[j].word))
                    && (j + 1..j + 4).any(goes_on)
                {
                    if let Some(n) = khayt_text::numbers::parse_number(tokens, j) {
                        at = j + n.tokens;
                        counted = true;
                    }
                }
                if at >= tokens.len() || !segs[at].known {
                    break;
                }
                let Some(&n) = self.next.get(&(node, segs[at].word)) else {
                    break;
                };
                node = n;
                j = at + 1;
                if self.terminal[n as usize] != NO_KEY {
                    best = (j, self.terminal[n as usize]);
                }
            }
            let (after, key) = best;
            if key == NO_KEY {
                i += 1;
                continue;
            }
            let (ft, lt) = (&tokens[i], &tokens[after - 1]);
            let (fs, ls) = (segs[i], segs[after - 1]);
            out.push(Mention {
                tokens: i..after,
                start: ft.original_offset(text, fs.pre),
                end: lt.original_offset(text, lt.norm.len() - ls.post),
                key,
            });
            i = after;
        }
        (out, segs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> Matcher {
        Matcher::build([
            ("النصرة", EntryRef::Actor(0)),
            ("جبهة النصرة", EntryRef::Actor(0)),
            ("الرقة", EntryRef::Place(0)),
            ("لبنان", EntryRef::Place(1)),
            ("مسلحي", EntryRef::Agent(0)),
            ("تسليم", EntryRef::Trigger(0, crate::model::Form::Noun)),
            ("ريف حماة الشرقي", EntryRef::Place(2)),
            ("حماة", EntryRef::Place(3)),
        ])
    }

    fn found(text: &str) -> Vec<&str> {
        let m = matcher();
        let toks = khayt_text::tokenize(text);
        let (ms, _) = m.find(text, &toks);
        ms.into_iter()
            .map(|x| &text[x.start..x.end])
            .collect::<Vec<_>>()
    }

    #[test]
    fn proclitics_are_split_and_offsets_exclude_them() {
        // in للنصرة the article lost its alef: the span starts at the stem
        assert_eq!(found("وللنصرة وبالرقة"), ["نصرة", "الرقة"]);
    }

    #[test]
    fn a_word_that_is_itself_known_is_not_split() {
        assert_eq!(found("لبنان"), ["لبنان"]);
    }

    #[test]
    fn enclitic_pronouns_are_split() {
        assert_eq!(found("مسلحيه وتسليمها"), ["مسلحي", "تسليم"]);
    }

    #[test]
    fn a_one_word_key_wins_over_a_phrase_word_with_a_clitic() {
        let m = Matcher::build([
            ("انسحاب", EntryRef::Trigger(0, crate::model::Form::Noun)),
            (
                "رفض انسحابه",
                EntryRef::Trigger(1, crate::model::Form::Phrase),
            ),
        ]);
        let text = "تبين انسحابه ثم رفض انسحابه";
        let toks = khayt_text::tokenize(text);
        let (ms, _) = m.find(text, &toks);
        let got: Vec<_> = ms
            .iter()
            .map(|x| (&text[x.start..x.end], m.entries(x.key)[0]))
            .collect();
        assert_eq!(
            got[0],
            ("انسحاب", EntryRef::Trigger(0, crate::model::Form::Noun))
        );
        assert_eq!(got[1].1, EntryRef::Trigger(1, crate::model::Form::Phrase));
    }

    #[test]
    fn a_phrase_word_written_with_a_preposition_meets_the_bare_token() {
        let m = Matcher::build([
            ("تنظيم القاعدة", EntryRef::Actor(0)),
            ("مؤيدين لتنظيم القاعدة", EntryRef::Agent(0)),
        ]);
        let text = "هاجم عناصر لتنظيم القاعدة";
        let toks = khayt_text::tokenize(text);
        let (ms, _) = m.find(text, &toks);
        assert_eq!(ms.len(), 1);
        assert_eq!(m.entries(ms[0].key), [EntryRef::Actor(0)]);
    }

    #[test]
    fn a_hamza_alef_is_not_the_article() {
        let m = Matcher::build([
            ("قاء", EntryRef::Agent(0)),
            ("إلقاء", EntryRef::Trigger(0, crate::model::Form::Noun)),
        ]);
        let text = "إلقاء";
        let toks = khayt_text::tokenize(text);
        let (ms, _) = m.find(text, &toks);
        assert_eq!(
            m.entries(ms[0].key),
            [EntryRef::Trigger(0, crate::model::Form::Noun)]
        );
    }

    #[test]
    fn a_final_ta_marbuta_is_not_a_pronoun() {
        let m = Matcher::build([
            ("طلب", EntryRef::Trigger(0, crate::model::Form::Noun)),
            ("الطلبة", EntryRef::Agent(0)),
        ]);
        let text = "الطلبة";
        let toks = khayt_text::tokenize(text);
        let (ms, _) = m.find(text, &toks);
        assert_eq!(m.entries(ms[0].key), [EntryRef::Agent(0)]);
        assert_eq!(&text[ms[0].start..ms[0].end], "الطلبة");
    }

    #[test]
    fn a_ta_before_a_pronoun_is_the_nouns_ta_marbuta() {
        let m = Matcher::build([
            ("مبايعة", EntryRef::Trigger(0, crate::model::Form::Noun)),
            ("سيطرة", EntryRef::Trigger(1, crate::model::Form::Noun)),
            ("سيطرت", EntryRef::Trigger(1, crate::model::Form::Past)),
        ]);
        let text = "أعلن مبايعته وسيطرتها";
        let toks = khayt_text::tokenize(text);
        let (ms, _) = m.find(text, &toks);
        let got: Vec<_> = ms.iter().map(|x| m.entries(x.key)[0]).collect();
        assert_eq!(
            got,
            [
                EntryRef::Trigger(0, crate::model::Form::Noun),
                EntryRef::Trigger(1, crate::model::Form::Noun)
            ]
        );
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            found("جبهة النصرة في ريف حماة الشرقي"),
            ["جبهة النصرة", "ريف حماة الشرقي"]
        );
    }

    #[test]
    fn matches_do_not_start_or_end_inside_words() {
        assert!(found("النصراوي").is_empty());
    }

    #[test]
    fn spelling_variants_match() {
        assert_eq!(found("الرقّة ريف حماه الشرقى"), ["الرقّة", "ريف حماه الشرقى"]);
    }

    #[test]
    fn punctuation_breaks_multiword_matches() {
        assert_eq!(found("ريف حماة، الشرقي"), ["حماة"]);
    }

    #[test]
    fn a_count_inside_a_phrase_does_not_break_it() {
        let m = Matcher::build([
            (
                "أطلقوا صواريخ",
                EntryRef::Trigger(0, crate::model::Form::Phrase),
            ),
            ("صواريخ", EntryRef::Agent(0)),
        ]);
        for text in [
            "أطلقوا 5 صواريخ",
            "أطلقوا ثلاثة صواريخ",
            "أطلقوا نحو عشرين صواريخ",
        ] {
            let toks = khayt_text::tokenize(text);
            let (ms, _) = m.find(text, &toks);
            assert_eq!(ms.len(), 1, "{text}");
            assert_eq!(&text[ms[0].start..ms[0].end], text);
        }
    }

    #[test]
    fn a_count_before_a_word_that_does_not_continue_the_phrase_breaks_it() {
        let m = Matcher::build([
            (
                "أطلقوا صواريخ",
                EntryRef::Trigger(0, crate::model::Form::Phrase),
            ),
            ("أطلقوا", EntryRef::Trigger(1, crate::model::Form::Past)),
        ]);
        let text = "أطلقوا 5 قذائف";
        let toks = khayt_text::tokenize(text);
        let (ms, _) = m.find(text, &toks);
        assert_eq!(ms.len(), 1);
        assert_eq!(&text[ms[0].start..ms[0].end], "أطلقوا");
    }

    #[test]
    fn a_phrase_continues_after_words_between_its_first_word_and_the_rest() {
        let m = Matcher::build([
            (
                "أطلق صواريخ",
                EntryRef::Trigger(0, crate::model::Form::Phrase),
            ),
            (
                "أطلق صواريخ كاتيوشا",
                EntryRef::Trigger(1, crate::model::Form::Phrase),
            ),
        ]);
        let text = "أطلق المسلحون صواريخ كاتيوشا";
        let toks = khayt_text::tokenize(text);
        let (_, segs) = m.find(text, &toks);
        let (key, n) = m
            .continued(segs[0].word, segs[2..].iter().map(|s| s.word))
            .expect("continued");
        assert_eq!((m.key(key), n), ("اطلق صواريخ كاتيوشا", 2));
        // a word that does not go on with it ends it
        assert_eq!(m.continued(segs[0].word, [segs[1].word]), None);
    }

    #[test]
    fn forms_with_punctuation_can_never_match() {
        assert_eq!(key_of("أ.ف.ب"), None);
        assert_eq!(key_of("  "), None);
    }
}
