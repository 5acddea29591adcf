//! Clitic segmentation.
//!
//! Arabic attaches conjunctions, prepositions and the article to the front of a word
//! (و ف ب ل ك س ال, with ل + ال written لل) and object or possessive pronouns to its end
//! (ه ها هم هما هن كم نا). Without a morphological model the split is ambiguous — ولبنان is
//! و + لبنان but لبنان is not ل + بنان — so this module lists the possible splits of a
//! normalized word and leaves the choice to the caller, which knows its vocabulary.

/// Byte lengths of every valid proclitic prefix of the normalized word `w`, shortest
/// first, always starting with 0 (no prefix). A prefix is kept only when at least two
/// letters remain.
pub fn proclitic_splits(w: &str) -> Splits {
    let mut out = Splits::default();
    out.push(0);
    let mut starts = Splits::default();
    starts.push(0);
    // conjunction: و or ف
    if let Some(c) = w.chars().next() {
        if c == 'و' || c == 'ف' {
            starts.push(c.len_utf8());
        }
    }
    for &s in starts.iter() {
        // (offset after the preposition, whether an assimilated article follows)
        let mut after_prep = [(s, false), (0, false)];
        let mut n = 1;
        let rest = &w[s..];
        if rest.starts_with("لل") {
            // ل + assimilated article: للنصرة = ل + النصرة
            after_prep[1] = (s + 'ل'.len_utf8(), true);
            n = 2;
        } else if let Some(c) = rest.chars().next() {
            if matches!(c, 'ب' | 'ل' | 'ك' | 'س') {
                after_prep[1] = (s + c.len_utf8(), false);
                n = 2;
            }
        }
        for &(p, assimilated) in &after_prep[..n] {
            if p > 0 {
                out.push(p);
            }
            if assimilated {
                out.push(p + 'ل'.len_utf8());
            } else if w[p..].starts_with("ال") {
                out.push(p + "ال".len());
            }
        }
    }
    out.sort_dedup();
    // the unsplit word stays even when it is short: callers rely on a first candidate
    out.retain(|p| p == 0 || w[p..].chars().count() >= 2);
    out
}

/// A short list of split offsets, kept on the stack: segmentation runs for every token,
/// so it must not allocate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Splits {
    buf: [usize; 8],
    len: usize,
}

impl Splits {
    fn push(&mut self, v: usize) {
        if self.len < self.buf.len() {
            self.buf[self.len] = v;
            self.len += 1;
        }
    }
    fn sort_dedup(&mut self) {
        let s = &mut self.buf[..self.len];
        s.sort_unstable();
        let mut w = 0;
        for r in 0..self.len {
            if r == 0 || self.buf[r] != self.buf[w - 1] {
                self.buf[w] = self.buf[r];
                w += 1;
            }
        }
        self.len = w;
    }
    fn retain(&mut self, keep: impl Fn(usize) -> bool) {
        let mut w = 0;
        for r in 0..self.len {
            if keep(self.buf[r]) {
                self.buf[w] = self.buf[r];
                w += 1;
            }
        }
        self.len = w;
    }
}

impl std::ops::Deref for Splits {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        &self.buf[..self.len]
    }
}

impl IntoIterator for Splits {
    type Item = usize;
    type IntoIter = std::iter::Take<std::array::IntoIter<usize, 8>>;
    fn into_iter(self) -> Self::IntoIter {
        self.buf.into_iter().take(self.len)
    }
}

/// The enclitic pronouns recognised at the end of a word, longest first.
pub const ENCLITICS: [&str; 7] = ["هما", "كم", "هم", "هن", "ها", "نا", "ه"];

/// Byte lengths of possible enclitic suffixes of the normalized stem `w`, 0 first; a
/// suffix is kept only when at least three letters remain.
pub fn enclitic_splits(w: &str) -> Splits {
    let mut out = Splits::default();
    out.push(0);
    let n = w.chars().count();
    for e in ENCLITICS {
        if w.ends_with(e) && n >= e.chars().count() + 3 {
            out.push(e.len());
        }
    }
    out
}

/// The word without a leading article ال, when at least two letters remain. Lexicon keys
/// and text stems are compared in this bare form, so الرقة, بالرقة and رقة meet.
pub fn strip_article(w: &str) -> &str {
    match w.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => w,
    }
}

/// The word itself, then without a leading و/ف, then without ب/ل after that: the
/// proclitics a month name or a hedge before a number takes (وفي is a separate word and
/// is not stripped here).
pub(crate) fn clitic_stems(w: &str) -> impl Iterator<Item = &str> {
    // at most four, kept on the stack: this runs for every word of a text
    let mut out = [w; 4];
    let mut n = 1;
    if let Some(r) = w.strip_prefix(['و', 'ف']) {
        out[n] = r;
        n += 1;
    }
    // (the readings so far; those added here are not stripped again)
    let before = n;
    for k in 0..before {
        if let Some(r) = out[k].strip_prefix(['ب', 'ل']) {
            out[n] = r;
            n += 1;
        }
    }
    out.into_iter().take(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(w: &str) -> Vec<&str> {
        proclitic_splits(w).into_iter().map(|p| &w[p..]).collect()
    }

    #[test]
    fn conjunction_preposition_and_assimilated_article_split() {
        assert!(stems("وللنصره").contains(&"نصره"));
    }

    #[test]
    fn preposition_and_article_split() {
        assert!(stems("بالرقه").contains(&"رقه"));
        assert!(stems("بالرقه").contains(&"الرقه"));
    }

    #[test]
    fn unsplit_word_is_always_a_candidate_first() {
        assert_eq!(stems("لبنان")[0], "لبنان");
    }

    #[test]
    fn short_remainders_are_not_offered() {
        assert_eq!(stems("بل"), ["بل"]);
    }

    #[test]
    fn one_letter_word_is_its_own_only_candidate() {
        assert_eq!(stems("و"), ["و"]);
    }

    #[test]
    fn enclitic_pronouns_split_from_long_stems() {
        let w = "تسليمها";
        let cuts = enclitic_splits(w);
        assert!(cuts.iter().any(|&c| &w[..w.len() - c] == "تسليم"));
        assert!(enclitic_splits("مسلحيه").iter().any(|&c| c == "ه".len()));
    }

    #[test]
    fn strip_article_keeps_short_words() {
        assert_eq!(strip_article("الرقه"), "رقه");
        assert_eq!(strip_article("الي"), "الي");
    }
}
