//! Spelling folds used for matching.
//!
//! Arabic news spells one word many ways: hamza seats on alef vary, final ى and ي are
//! swapped, ة and ه are confused, and vowel marks or tatweel appear at random. Matching
//! folds them all to one form; offsets are kept so that every match can be shown in
//! the original text.

/// Folds one character for matching. `None` means the character is dropped
/// (tashkeel, tatweel, zero-width marks).
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    // the common case first: plain Arabic letters and lowercase ASCII fold to themselves
    match c {
        'ء' | 'ا' | 'ب' | 'ت'..='غ' | 'ف'..='و' | 'ي' | 'a'..='z' | '0'..='9' => Some(c),
        _ => fold_other(c),
    }
}

fn fold_other(c: char) -> Option<char> {
    Some(match c {
        // tashkeel, Quranic annotation marks, superscript alef, tatweel, format controls
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' => 'ي',
        'ة' | 'ۃ' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ک' => 'ك',
        'ٹ' => 'ت',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '٫' => '.',
        '٬' => ',',
        '«' | '»' | '“' | '”' | '„' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c if c.is_whitespace() => ' ',
        c => c,
    })
}

/// Normalized form of a string for matching: folded characters, whitespace runs
/// collapsed to one space, trimmed.
pub fn normalize(s: &str) -> String {
    normalize_with_map(s).text
}

/// A normalized text with a map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` is the byte offset in the original text of the character that produced
    /// normalized byte `i`; `map[text.len()]` is the end of the original text.
    pub map: Vec<usize>,
}

impl Normalized {
    /// Original byte range of a normalized byte range.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.map[start], self.map[end])
    }
}

/// Normalizes `s` and records, for every output byte, where it came from.
pub fn normalize_with_map(s: &str) -> Normalized {
    let mut text = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    let mut pending_space: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let Some(f) = fold_char(c) else { continue };
        if f == ' ' {
            if !text.is_empty() && pending_space.is_none() {
                pending_space = Some(i);
            }
            continue;
        }
        if let Some(sp) = pending_space.take() {
            text.push(' ');
            map.push(sp);
        }
        let before = text.len();
        text.push(f);
        for _ in before..text.len() {
            map.push(i);
        }
    }
    // the end maps to the end of the last kept character, so trailing drops are excluded
    let end = match text.chars().last() {
        Some(_) => {
            let last = *map.last().unwrap_or(&0);
            last + s[last..].chars().next().map_or(0, char::len_utf8)
        }
        None => 0,
    };
    map.push(end);
    Normalized { text, map }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alef_variants_fold_to_bare_alef() {
        assert_eq!(normalize("أإآٱ"), "اااا");
    }

    #[test]
    fn alef_maqsura_and_ta_marbuta_fold() {
        assert_eq!(normalize("مصطفى حماة"), "مصطفي حماه");
    }

    #[test]
    fn tashkeel_and_tatweel_are_dropped() {
        assert_eq!(normalize("لصالحِ الـدولـة"), "لصالح الدوله");
    }

    #[test]
    fn arabic_indic_and_persian_digits_become_ascii() {
        assert_eq!(normalize("٢٠١٧ ۱۲"), "2017 12");
    }

    #[test]
    fn arabic_punctuation_and_quotes_fold_to_ascii() {
        assert_eq!(normalize("«قال»، لماذا؟"), "\"قال\", لماذا?");
    }

    #[test]
    fn whitespace_runs_collapse() {
        assert_eq!(normalize("  داعش \n\t والنصرة "), "داعش والنصره");
    }

    #[test]
    fn map_points_back_into_the_original() {
        let s = "الـدولـةُ في حماة";
        let n = normalize_with_map(s);
        let p = n.text.find("حماه").unwrap();
        let (a, b) = n.original_range(p, p + "حماه".len());
        assert_eq!(&s[a..b], "حماة");
    }
}
