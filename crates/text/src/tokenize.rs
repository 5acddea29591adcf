//! Tokens and sentences, as byte spans over the original text.

use crate::normalize::fold_char;
use compact_str::CompactString;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Arabic or Latin letters (with their diacritics).
    Word,
    /// Digits in any script, with inner decimal or thousands separators.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: a byte span `start..end` of the original text and its normalized form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Normalized form (see [`crate::normalize`]); for punctuation the folded character.
    /// Stored inline up to 24 bytes (12 Arabic letters), which covers nearly every word.
    pub norm: CompactString,
}

impl Token {
    /// Original byte offset of normalized byte `k` of this token (`k == norm.len()` gives
    /// `end`). Diacritics dropped by normalization are attached to the letter before them.
    pub fn original_offset(&self, text: &str, k: usize) -> usize {
        if k >= self.norm.len() {
            return self.end;
        }
        let mut produced = 0;
        for (i, c) in text[self.start..self.end].char_indices() {
            if let Some(f) = fold_char(c) {
                if produced >= k {
                    return self.start + i;
                }
                produced += f.len_utf8();
            }
        }
        self.end
    }
}

/// The normalized form of a word that needs folding: unchanged runs are copied whole.
fn fold_word(word: &str) -> CompactString {
    let mut out = CompactString::with_capacity(word.len());
    let mut run = 0;
    for (k, c) in word.char_indices() {
        let f = fold_char(c);
        if f != Some(c) {
            out.push_str(&word[run..k]);
            if let Some(f) = f {
                out.push_str(f.encode_utf8(&mut [0; 4]));
            }
            run = k + c.len_utf8();
        }
    }
    out.push_str(&word[run..]);
    out
}

fn is_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        || c.is_alphabetic()
}

fn is_mark(c: char) -> bool {
    fold_char(c).is_none() && !c.is_whitespace()
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)
}

/// Splits `text` into word, number and punctuation tokens. Whitespace separates tokens;
/// marks (tashkeel, tatweel, zero-width characters) stay inside the word they follow.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c == ' ' || c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if matches!(c, 'ء'..='ي')
            || (!c.is_ascii_punctuation() && is_letter(c))
            || (is_mark(c) && c != '\u{FEFF}')
        {
            let (end, same) = word_end(text, i + c.len_utf8(), fold_char(c) == Some(c));
            let word = &text[i..end];
            // most words are already in normal form: their norm is a copy of the original
            let norm = if same {
                CompactString::new(word)
            } else {
                fold_word(word)
            };
            if !norm.is_empty() {
                out.push(Token {
                    start: i,
                    end,
                    kind: TokenKind::Word,
                    norm,
                });
            } // else only marks: nothing to match
            i = end;
        } else if is_digit(c) {
            let mut end = i + c.len_utf8();
            while let Some(d) = char_at(text, end) {
                if is_digit(d) {
                    end += d.len_utf8();
                    continue;
                }
                // a separator belongs to the number only between two digits: 3.5, 1,200
                if matches!(d, '.' | ',' | '٫' | '٬')
                    && char_at(text, end + d.len_utf8()).is_some_and(is_digit)
                {
                    end += d.len_utf8();
                    continue;
                }
                break;
            }
            let norm: CompactString = text[i..end].chars().filter_map(fold_char).collect();
            out.push(Token {
                start: i,
                end,
                kind: TokenKind::Number,
                norm,
            });
            i = end;
        } else {
            if let Some(f) = fold_char(c) {
                out.push(Token {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: TokenKind::Punct,
                    norm: CompactString::from(&*f.encode_utf8(&mut [0; 4])),
                });
            }
            i += c.len_utf8();
        }
    }
    out
}

/// The character starting at byte `i` (a character boundary), if any.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|rest| rest.chars().next())
}

/// Where the word whose letters continue at byte `j` ends, and whether all of it is in
/// normal form (`same` says whether the part before `j` is).
#[inline]
fn word_end(text: &str, mut j: usize, mut same: bool) -> (usize, bool) {
    let bytes = text.as_bytes();
    loop {
        // plain Arabic letters, the bulk of the text, are two bytes that need no folding:
        // ء ا ب ت..غ (D8 A1, D8 A7, D8 A8, D8 AA..BA) and ف..و ي (D9 81..88, D9 8A)
        // (a bit mask over the continuation byte's low six bits per lead byte)
        const D8: u64 = (1 << 0x21) | (1 << 0x27) | (1 << 0x28) | (((1 << 17) - 1) << 0x2A);
        const D9: u64 = (((1 << 8) - 1) << 0x01) | (1 << 0x0A);
        while let (Some(&b0), Some(&b1)) = (bytes.get(j), bytes.get(j + 1)) {
            let mask = match b0 {
                0xD8 => D8,
                0xD9 => D9,
                _ => 0,
            };
            if b1 & 0xC0 != 0x80 || (mask >> (b1 & 0x3F)) & 1 == 0 {
                break;
            }
            j += 2;
        }
        match char_at(text, j) {
            Some(d) if is_letter(d) || is_mark(d) => {
                same &= fold_char(d) == Some(d);
                j += d.len_utf8();
            }
            _ => return (j, same),
        }
    }
}

/// A sentence: its byte span in the original text and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

fn closes_sentence(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    match t.norm.as_str() {
        "!" | "?" => true,
        "." => {
            // abbreviations such as أ.ف.ب or د.ب.أ: a one-letter word before the dot
            let prev_short = i > 0 && {
                let p = &tokens[i - 1];
                p.kind == TokenKind::Word && p.norm.chars().count() == 1 && p.end == t.start
            };
            let next_short = tokens.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && n.start == t.end && n.norm.chars().count() <= 2
            });
            !(prev_short || next_short)
        }
        _ => false,
    }
}

/// Groups tokens into sentences: a sentence ends at . ! ? ؟ (with any closing quotes
/// or brackets right after) or at a line break.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut end_here = closes_sentence(tokens, i);
        if end_here {
            while tokens.get(i + 1).is_some_and(|n| {
                matches!(n.norm.as_str(), "\"" | ")" | "'" | "]" | "!" | "?" | ".")
            }) {
                i += 1;
            }
        } else if let Some(n) = tokens.get(i + 1) {
            end_here = text[tokens[i].end..n.start].contains('\n');
        }
        if end_here || i + 1 == tokens.len() {
            out.push(Sentence {
                start: tokens[first].start,
                end: tokens[i].end,
                tokens: first..i + 1,
            });
            first = i + 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s)
            .into_iter()
            .map(|t| s[t.start..t.end].to_string())
            .collect()
    }

    #[test]
    fn punctuation_is_split_from_words() {
        assert_eq!(words("داعش، والنصرة."), ["داعش", "،", "والنصرة", "."]);
    }

    #[test]
    fn diacritics_stay_inside_their_word() {
        let t = tokenize("لصالحِ هيئة");
        assert_eq!(t[0].norm, "لصالح");
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn decimals_and_thousands_are_one_number() {
        assert_eq!(
            words("قتل 3.5 و1,200 و٣٬٥٠٠."),
            ["قتل", "3.5", "و", "1,200", "و", "٣٬٥٠٠", "."]
        );
    }

    #[test]
    fn original_offset_skips_dropped_marks() {
        let s = "الـدولة";
        let t = &tokenize(s)[0];
        assert_eq!(&s[t.original_offset(s, "ال".len())..t.end], "دولة");
    }

    #[test]
    fn sentences_end_at_full_stops_and_question_marks() {
        let s = "انسحب التنظيم من البلدة. هل يعود؟ لا أحد يعرف";
        let t = tokenize(s);
        let ss = sentences(s, &t);
        assert_eq!(ss.len(), 3);
        assert_eq!(&s[ss[1].start..ss[1].end], "هل يعود؟");
    }

    #[test]
    fn sentences_do_not_end_inside_abbreviations_or_decimals() {
        let s = "ذكرت وكالة أ.ف.ب أن 2.5 مليون نزحوا.";
        let t = tokenize(s);
        assert_eq!(sentences(s, &t).len(), 1);
    }

    #[test]
    fn line_breaks_end_sentences() {
        let s = "عنوان بلا نقطة\nنص الخبر هنا.";
        let t = tokenize(s);
        assert_eq!(sentences(s, &t).len(), 2);
    }
}
