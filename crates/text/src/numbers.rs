//! Number expressions: digits in any script and Arabic number words.
//!
//! Casualty and displacement figures are written every way at once: digits with
//! thousands separators ("1,200"), digits with a scale word ("3.5 مليون", "3 آلاف"),
//! number words of either gender and case joined with و ("ألف ومائتي", "خمسة وعشرين"),
//! vague plurals ("عشرات الآلاف") and hedges ("نحو", "أكثر من"). [`parse_number`] reads one
//! such expression starting at a token and says how many tokens it used, so the coder
//! can attach the figure to a role without re-tokenizing.
//!
//! Tokens are the output of [`crate::tokenize`]; all matching is on their normalized
//! form (hamza seats folded, ى→ي, ة→ه, ئ→ي, digits in ASCII), so the word lists below are
//! written in that form: مائة is "مايه", مئة is "ميه".

use crate::{Token, TokenKind};

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberExpr {
    /// The value. For vague plurals it is the lower conventional figure: عشرات → 10,
    /// مئات → 100, آلاف → 1000, عشرات الآلاف → 10000.
    pub value: u64,
    /// True when the text does not give an exact figure: a hedge (نحو، أكثر من), a vague
    /// plural (عشرات), or a decimal with a scale that does not come out whole.
    pub approx: bool,
    /// Number of tokens consumed from the starting index, hedge words included.
    pub tokens: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Singular,
    Dual,
    Plural,
}

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// 1..9, alone or as the first part of a compound (خمسة وعشرين، ثلاثة عشر).
    Unit(u64),
    /// أحد، إحدى، اثنا، اثنتا: a number only in front of عشر (أحد عشر، اثنتا عشرة).
    TeenUnit(u64),
    /// عشر، عشرة: ten alone, or the second word of 11..19.
    Ten,
    /// 20, 30 .. 90.
    Tens(u64),
    /// 100 .. 900, including the dual مائتان and one-word ثلاثمائة.
    Hundred(u64),
    /// ألف، مليون، مليار with their grammatical number.
    Scale(u64, Form),
    /// عشرات، مئات: "tens of", "hundreds of".
    Vague(u64),
    /// نصف in "مليون ونصف".
    Half,
}

fn word_value(w: &str) -> Option<Word> {
    use Form::*;
    use Word::*;
    Some(match w {
        "واحد" | "واحده" => Unit(1),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" => Unit(2),
        "ثلاث" | "ثلاثه" => Unit(3),
        "اربع" | "اربعه" => Unit(4),
        "خمس" | "خمسه" => Unit(5),
        "ست" | "سته" => Unit(6),
        "سبع" | "سبعه" => Unit(7),
        "ثمان" | "ثماني" | "ثمانيه" => Unit(8),
        "تسع" | "تسعه" => Unit(9),
        "احد" | "احدي" => TeenUnit(1),
        "اثنا" | "اثني" | "اثنتا" | "اثنتي" => TeenUnit(2),
        "عشر" | "عشره" => Ten,
        "عشرون" | "عشرين" => Tens(20),
        "ثلاثون" | "ثلاثين" => Tens(30),
        "اربعون" | "اربعين" => Tens(40),
        "خمسون" | "خمسين" => Tens(50),
        "ستون" | "ستين" => Tens(60),
        "سبعون" | "سبعين" => Tens(70),
        "ثمانون" | "ثمانين" => Tens(80),
        "تسعون" | "تسعين" => Tens(90),
        "مايه" | "ميه" => Hundred(100),
        "مايتان" | "مايتين" | "مايتي" | "مايتا" | "ميتان" | "ميتين" | "ميتي" | "ميتا" => {
            Hundred(200)
        }
        "الف" | "الفا" => Scale(1_000, Singular),
        "الفان" | "الفين" | "الفي" => Scale(1_000, Dual),
        "الاف" | "الوف" => Scale(1_000, Plural),
        "مليون" | "مليونا" => Scale(1_000_000, Singular),
        "مليونان" | "مليونين" | "مليوني" => Scale(1_000_000, Dual),
        "ملايين" => Scale(1_000_000, Plural),
        "مليار" | "مليارا" | "بليون" | "بليونا" => {
            Scale(1_000_000_000, Singular)
        }
        "ملياران" | "مليارين" | "ملياري" => Scale(1_000_000_000, Dual),
        "مليارات" => Scale(1_000_000_000, Plural),
        "عشرات" => Vague(10),
        "ميات" | "مايات" => Vague(100),
        "نصف" => Half,
        _ => return compound_hundred(w).map(Hundred),
    })
}

/// ثلاثمائة .. تسعمائة written as one word (either spelling of the hundred).
fn compound_hundred(w: &str) -> Option<u64> {
    let unit = w.strip_suffix("مايه").or_else(|| w.strip_suffix("ميه"))?;
    let n = match unit {
        "ثلاث" => 3,
        "اربع" => 4,
        "خمس" => 5,
        "ست" => 6,
        "سبع" => 7,
        "ثمان" | "ثماني" => 8,
        "تسع" => 9,
        _ => return None,
    };
    Some(n * 100)
}

/// A proclitic is only stripped from the first word of a phrase when at least three
/// letters remain: short number words are also common words once a letter is glued on
/// (لست "I am not" is not ل + ست "six").
fn long_enough(rest: &str) -> bool {
    rest.chars().count() >= 3
}

/// Reads a number word. A leading و is always accepted and reported, because it is what
/// joins the parts of a compound; the first word of a phrase may also carry ب or ل
/// (بثلاثة آلاف، لخمسة).
///
/// Inside a compound the و reading wins: وأحد (normalized واحد) after مائة is و + أحد
/// of "مائة وأحد عشر", not the word واحد.
fn read_word(w: &str, first: bool) -> Option<(Word, bool)> {
    if first {
        if let Some(v) = word_value(w) {
            return Some((v, false));
        }
    }
    if let Some(rest) = w.strip_prefix('و') {
        if !first || long_enough(rest) {
            if let Some(v) = word_value(rest) {
                return Some((v, true));
            }
        }
    }
    if !first {
        return word_value(w).map(|v| (v, false));
    }
    if first {
        for p in ['ب', 'ل'] {
            if let Some(rest) = w.strip_prefix(p) {
                if long_enough(rest) {
                    if let Some(v) = word_value(rest) {
                        return Some((v, false));
                    }
                }
            }
        }
    }
    None
}

/// A vague quantity word: عشرات/مئات (`(10|100, false)`) or a plural scale used without
/// a count, آلاف/ملايين/مليارات (`(scale, true)`). News writes them with the article and
/// prepositions too (قتل العشرات، بالآلاف), so those are stripped when `clitics` is set;
/// otherwise only the article is (the second word of عشرات الآلاف).
fn vague_word(w: &str, clitics: bool) -> Option<(u64, bool)> {
    // the word and its readings without و, ب/ل/لل and ال: at most eight, kept on the
    // stack (this runs for most words of a text)
    let mut stems: [&str; 8] = [w; 8];
    let mut n = 1;
    if clitics {
        if let Some(r) = w.strip_prefix('و') {
            stems[n] = r;
            n += 1;
        }
        let before = n;
        for k in 0..before {
            let s = stems[k];
            if let Some(r) = s.strip_prefix("لل") {
                // ل + assimilated article: للآلاف
                stems[n] = r;
                n += 1;
            } else if let Some(r) = s.strip_prefix('ب').or_else(|| s.strip_prefix('ل')) {
                stems[n] = r;
                n += 1;
            }
        }
    }
    let before = n;
    for k in 0..before {
        if let Some(r) = stems[k].strip_prefix("ال") {
            stems[n] = r;
            n += 1;
        }
    }
    stems[..n].iter().find_map(|s| match word_value(s)? {
        Word::Vague(v) => Some((v, false)),
        Word::Scale(v, Form::Plural) => Some((v, true)),
        _ => None,
    })
}

/// Reads a digit token: "1200", "1,200", "3.5", "1.200.000". Returns the digits as an
/// integer and the power of ten to divide by (1 for whole numbers).
///
/// Commas followed by groups of exactly three digits are thousands separators; a single
/// separator followed by another group length is a decimal mark. Several dots followed by
/// three-digit groups are thousands separators too (a French-influenced style). A single
/// dot is always decimal, so "1.200" is 1.2.
fn parse_digits(s: &str) -> Option<(u128, u128)> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let (thousands, decimal) = match (dots, commas) {
        (0, 0) => (None, None),
        (0, _) if groups_of_three(s, ',') => (Some(','), None),
        (0, 1) => (None, Some(',')),
        (1, 0) => (None, Some('.')),
        (_, 0) if groups_of_three(s, '.') => (Some('.'), None),
        (1, _) if s.rfind('.') > s.rfind(',') => (Some(','), Some('.')),
        (_, 1) if s.rfind(',') > s.rfind('.') => (Some('.'), Some(',')),
        _ => return None,
    };
    let (int_part, frac_part) = match decimal {
        Some(d) => s.split_once(d)?,
        None => (s, ""),
    };
    if let Some(t) = thousands {
        if !groups_of_three(int_part, t) {
            return None;
        }
    } else if int_part.contains([',', '.']) {
        return None;
    }
    let mut mant: u128 = 0;
    for b in int_part.bytes().chain(frac_part.bytes()) {
        if b.is_ascii_digit() {
            mant = mant.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
        } else if b != thousands.map_or(0, |t| t as u8) {
            return None;
        }
    }
    let den = 10u128.checked_pow(u32::try_from(frac_part.len()).ok()?)?;
    Some((mant, den))
}

/// True when every group after the first separator has three digits and the first has
/// one to three: 1,200 and 12,000,000 but not 1,20 or 1234,567.
fn groups_of_three(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let head = parts.next().unwrap_or("");
    (1..=3).contains(&head.len()) && parts.all(|p| p.len() == 3)
}

/// Length of a hedge at `i` (نحو، حوالي، قرابة، زهاء، يناهز، أكثر من، أقل من، أزيد من،
/// ما يزيد عن، ما يقارب، ما لا يقل عن), or 0. The first word may carry و/ف and ب/ل
/// (بنحو، وأكثر من، بما يزيد على).
fn hedge_len(tokens: &[Token], i: usize) -> usize {
    let word = |k: usize| {
        tokens
            .get(i.checked_add(k)?)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let Some(w0) = word(0) else { return 0 };
    let is = |k: usize, set: &[&str]| word(k).is_some_and(|w| set.contains(&w));
    for s in crate::clitics::clitic_stems(w0) {
        let n = match s {
            "نحو" | "حوالي" | "قرابه" | "زهاء" | "يناهز" | "يقارب" => 1,
            "اكثر" | "اقل" | "ازيد" if is(1, &["من"]) => 2,
            "ما" if is(1, &["يقارب", "يناهز"]) => 2,
            "ما" if is(1, &["يزيد", "يربو"]) && is(2, &["عن", "علي"]) => 3,
            "ما" if is(1, &["لا"]) && is(2, &["يقل"]) && is(3, &["عن", "علي"]) => 4,
            _ => 0,
        };
        if n > 0 {
            return n;
        }
    }
    0
}

/// Reads the number expression starting at token `i`: an optional hedge, then digits or
/// number words. Returns `None` when no number starts there, and also for a bare decimal
/// ("2.5" alone is a distance or a rate, not a count).
pub fn parse_number(tokens: &[Token], i: usize) -> Option<NumberExpr> {
    let hedge = hedge_len(tokens, i);
    let mut e = parse_plain(tokens, i.checked_add(hedge)?)?;
    if hedge > 0 {
        e.approx = true;
        e.tokens += hedge;
    }
    Some(e)
}

fn parse_plain(tokens: &[Token], i: usize) -> Option<NumberExpr> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Word {
        // a detached preposition or conjunction before digits: "بـ 300", "و1,200"
        if matches!(t.norm.as_str(), "ب" | "ل" | "و")
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Number)
        {
            let mut e = parse_compound(tokens, i + 1)?;
            e.tokens += 1;
            return Some(e);
        }
        if let Some(e) = parse_vague(tokens, i) {
            return Some(e);
        }
    }
    parse_compound(tokens, i)
}

/// عشرات، مئات، آلاف (with or without the article), optionally followed by a plural scale:
/// عشرات الآلاف is "tens of thousands".
fn parse_vague(tokens: &[Token], i: usize) -> Option<NumberExpr> {
    let (v, plural_scale) = vague_word(&tokens.get(i)?.norm, true)?;
    if !plural_scale {
        let next = tokens
            .get(i + 1)
            .filter(|n| n.kind == TokenKind::Word)
            .and_then(|n| vague_word(&n.norm, false));
        if let Some((s, true)) = next {
            return Some(NumberExpr {
                value: v.checked_mul(s)?,
                approx: true,
                tokens: 2,
            });
        }
    }
    Some(NumberExpr {
        value: v,
        approx: true,
        tokens: 1,
    })
}

/// The kind of the last part read, which decides what may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Unit,
    /// أحد/اثنا waiting for عشر or و + tens. Alone it is "one of", so a phrase starting
    /// with it is not a number until one of those follows; after مائة or ألف it is a unit
    /// (مائة وأحد).
    TeenUnit,
    Ten,
    Teen,
    Tens,
    Hundred,
    Digits,
    Scale,
    Half,
}

/// Accumulator for a compound: `total` holds finished scale groups (the thousands in
/// "ألف ومائتي"), `group` the part below the next scale word.
struct Acc {
    total: u128,
    group: u128,
    /// The last unit added to `group`, for "ثلاث مئة" and "خمسة وعشرين".
    unit: u128,
    /// The smallest scale used so far; a later scale must be smaller (مليون و200 ألف).
    last_scale: u128,
    last: Last,
    approx: bool,
}

enum Item {
    Word(Word),
    Digits(u128),
}

impl Acc {
    fn start(w: Word) -> Option<Acc> {
        let mut a = Acc {
            total: 0,
            group: 0,
            unit: 0,
            last_scale: u128::MAX,
            last: Last::Unit,
            approx: false,
        };
        match w {
            Word::Unit(u) => {
                a.group = u.into();
                a.unit = u.into();
            }
            Word::TeenUnit(u) => {
                a.group = u.into();
                a.unit = u.into();
                a.last = Last::TeenUnit;
            }
            Word::Ten => {
                a.group = 10;
                a.last = Last::Ten;
            }
            Word::Tens(t) => {
                a.group = t.into();
                a.last = Last::Tens;
            }
            Word::Hundred(h) => {
                a.group = h.into();
                a.last = Last::Hundred;
            }
            Word::Scale(s, f @ (Form::Singular | Form::Dual)) => {
                a.total = u128::from(s) * if f == Form::Dual { 2 } else { 1 };
                a.last_scale = s.into();
                a.last = Last::Scale;
            }
            Word::Scale(_, Form::Plural) | Word::Vague(_) | Word::Half => return None,
        }
        Some(a)
    }

    /// Applies the next part; false (and no change) when it cannot continue this number.
    fn step(&mut self, item: Item, waw: bool) -> bool {
        use Last as L;
        // أحد and إحدى also count as the unit of 21, 31 ..: إحدى وعشرين
        let unit_only_below_100 =
            matches!(self.last, L::Unit | L::TeenUnit) && self.group % 100 == self.unit;
        let (group, total, last, unit) = match (item, waw) {
            // ثلاثة عشر، أحد عشر
            (Item::Word(Word::Ten), false) if matches!(self.last, L::Unit | L::TeenUnit) => {
                (self.group.saturating_add(10), self.total, L::Teen, 0)
            }
            // ثلاث مئة
            (Item::Word(Word::Hundred(100)), false)
                if self.last == L::Unit && self.group == self.unit && self.unit >= 3 =>
            {
                (self.unit * 100, self.total, L::Hundred, 0)
            }
            // ثلاثة آلاف، مائة ألف، 3.5 مليون is handled before the loop
            (Item::Word(Word::Scale(s, Form::Singular | Form::Plural)), false)
                if matches!(
                    self.last,
                    L::Unit | L::Ten | L::Teen | L::Tens | L::Hundred | L::Digits
                ) && self.group > 0
                    && u128::from(s) < self.last_scale =>
            {
                let Some(total) = self
                    .group
                    .checked_mul(s.into())
                    .and_then(|g| g.checked_add(self.total))
                else {
                    return false;
                };
                self.last_scale = s.into();
                (0, total, L::Scale, 0)
            }
            // مليون وألف
            (Item::Word(Word::Scale(s, f @ (Form::Singular | Form::Dual))), true)
                if self.last == L::Scale && u128::from(s) < self.last_scale =>
            {
                let add = u128::from(s) * if f == Form::Dual { 2 } else { 1 };
                self.last_scale = s.into();
                (0, self.total.saturating_add(add), L::Scale, 0)
            }
            // مليون ونصف
            (Item::Word(Word::Half), true) if self.last == L::Scale => (
                0,
                self.total.saturating_add(self.last_scale / 2),
                L::Half,
                0,
            ),
            (Item::Word(Word::Unit(u)), true) if matches!(self.last, L::Scale | L::Hundred) => (
                self.group.saturating_add(u128::from(u)),
                self.total,
                L::Unit,
                u.into(),
            ),
            (Item::Word(Word::TeenUnit(u)), true) if matches!(self.last, L::Scale | L::Hundred) => {
                (
                    self.group.saturating_add(u128::from(u)),
                    self.total,
                    L::TeenUnit,
                    u.into(),
                )
            }
            (Item::Word(Word::Ten), true) if matches!(self.last, L::Scale | L::Hundred) => {
                (self.group.saturating_add(10), self.total, L::Ten, 0)
            }
            // خمسة وعشرين: Arabic puts the unit before the tens
            (Item::Word(Word::Tens(t)), true)
                if matches!(self.last, L::Scale | L::Hundred) || unit_only_below_100 =>
            {
                (
                    self.group.saturating_add(u128::from(t)),
                    self.total,
                    L::Tens,
                    0,
                )
            }
            (Item::Word(Word::Hundred(h)), true) if self.last == L::Scale => (
                self.group.saturating_add(u128::from(h)),
                self.total,
                L::Hundred,
                0,
            ),
            // ألف و200
            (Item::Digits(v), true) if self.last == L::Scale && v < self.last_scale => {
                (self.group.saturating_add(v), self.total, L::Digits, 0)
            }
            _ => return false,
        };
        self.group = group;
        self.total = total;
        self.last = last;
        self.unit = unit;
        true
    }

    fn value(&self) -> Option<u64> {
        u64::try_from(self.total.checked_add(self.group)?).ok()
    }
}

/// Reads the part at `j` for continuing a compound: a number word (with its و), or a
/// detached "و" followed by digits or a number word. Returns the part, the tokens it
/// used and whether it was joined with و.
fn read_item(tokens: &[Token], j: usize) -> Option<(Item, usize, bool)> {
    let t = tokens.get(j)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    if t.norm == "و" {
        let n = tokens.get(j + 1)?;
        return match n.kind {
            TokenKind::Number => match parse_digits(&n.norm)? {
                (v, 1) => Some((Item::Digits(v), 2, true)),
                _ => None,
            },
            TokenKind::Word => Some((Item::Word(word_value(&n.norm)?), 2, true)),
            TokenKind::Punct => None,
        };
    }
    let (w, waw) = read_word(&t.norm, false)?;
    Some((Item::Word(w), 1, waw))
}

/// A scale word right after a number: the ألف in "3 آلاف".
fn scale_at(tokens: &[Token], j: usize) -> Option<u64> {
    let t = tokens.get(j).filter(|t| t.kind == TokenKind::Word)?;
    match word_value(&t.norm)? {
        Word::Scale(s, Form::Singular | Form::Plural) => Some(s),
        _ => None,
    }
}

fn parse_compound(tokens: &[Token], i: usize) -> Option<NumberExpr> {
    let t = tokens.get(i)?;
    let mut j = i + 1;
    let mut acc = match t.kind {
        TokenKind::Number => {
            let (mant, den) = parse_digits(&t.norm)?;
            let mut a = Acc::start(Word::Unit(0))?;
            a.last = Last::Digits;
            if den > 1 {
                // 3.5 مليون: the decimal is only a count once scaled
                if let Some(s) = scale_at(tokens, j) {
                    let scaled = mant.checked_mul(s.into())?;
                    a.total = scaled.checked_add(den / 2)? / den;
                    a.approx = scaled % den != 0;
                    a.last_scale = s.into();
                    a.last = Last::Scale;
                    j += 1;
                } else if mant % den == 0 {
                    a.group = mant / den;
                } else {
                    return None;
                }
            } else {
                a.group = mant;
            }
            a
        }
        TokenKind::Word => Acc::start(read_word(&t.norm, true)?.0)?,
        TokenKind::Punct => return None,
    };
    let mut committed = (acc.last != Last::TeenUnit)
        .then(|| acc.value().map(|v| (v, j, acc.approx)))
        .flatten();
    while let Some((item, n, waw)) = read_item(tokens, j) {
        if !acc.step(item, waw) {
            break;
        }
        j += n;
        match acc.value() {
            Some(v) => committed = Some((v, j, acc.approx)),
            None => break,
        }
        if acc.last == Last::Half {
            // مليون ونصف المليون
            let scale_again = tokens.get(j).is_some_and(|t| {
                t.norm
                    .strip_prefix("ال")
                    .and_then(word_value)
                    .is_some_and(|w| matches!(w, Word::Scale(_, Form::Singular)))
            });
            if scale_again {
                committed = committed.map(|(v, k, a)| (v, k + 1, a));
            }
            break;
        }
    }
    let (value, end, approx) = committed?;
    Some(NumberExpr {
        value,
        approx,
        tokens: end - i,
    })
}

/// Reads a day of the month written as an ordinal at token `i`: الأول، الثاني … العاشر،
/// الحادي عشر … التاسع عشر، العشرين، الحادي والعشرين … التاسع والعشرين، الثلاثين،
/// الحادي والثلاثين, in either gender (الأولى، الثانية عشرة) and with or without the
/// article. Returns the day (1..=31) and the tokens used.
///
/// The words are ordinary ordinals too (العالم الثالث), so call this only where a day
/// is expected, e.g. before "من" + month name.
pub fn ordinal_day(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let word = |k: usize| {
        tokens
            .get(i.checked_add(k)?)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let w = word(0)?;
    let stem = w
        .strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w);
    // (value, may stand alone, may take عشر)
    let (u, alone, teen) = match stem {
        "اول" | "اولي" => (1, true, false),
        "حادي" | "حاديه" => (1, false, true),
        "واحد" | "واحده" => (1, false, false),
        "ثاني" | "ثانيه" => (2, true, true),
        "ثالث" | "ثالثه" => (3, true, true),
        "رابع" | "رابعه" => (4, true, true),
        "خامس" | "خامسه" => (5, true, true),
        "سادس" | "سادسه" => (6, true, true),
        "سابع" | "سابعه" => (7, true, true),
        "ثامن" | "ثامنه" => (8, true, true),
        "تاسع" | "تاسعه" => (9, true, true),
        "عاشر" | "عاشره" => return Some((10, 1)),
        "عشرين" | "عشرون" => return Some((20, 1)),
        "ثلاثين" | "ثلاثون" => return Some((30, 1)),
        _ => return None,
    };
    let tens = |w: &str| match w.strip_prefix("ال").unwrap_or(w) {
        "عشرين" | "عشرون" => Some(20),
        "ثلاثين" | "ثلاثون" => Some(30),
        _ => None,
    };
    if let Some(next) = word(1) {
        if teen && matches!(next, "عشر" | "عشره") {
            return Some((10 + u, 2));
        }
        let (tens_word, used) = match next {
            "و" => (word(2), 3),
            _ => (next.strip_prefix('و'), 2),
        };
        if u != 1 || !alone {
            if let Some(t) = tens_word.and_then(tens) {
                let day = t + u;
                return (day <= 31).then_some((day, used));
            }
        }
    }
    alone.then_some((u, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn num(s: &str) -> Option<(u64, bool, usize)> {
        parse_number(&tokenize(s), 0).map(|e| (e.value, e.approx, e.tokens))
    }

    fn day(s: &str) -> Option<(u32, usize)> {
        ordinal_day(&tokenize(s), 0)
    }

    #[test]
    fn plain_digits_are_exact() {
        assert_eq!(num("1200 نازح"), Some((1200, false, 1)));
    }

    #[test]
    fn arabic_indic_digits_read_as_digits() {
        assert_eq!(num("١٢٠٠ شخص"), Some((1200, false, 1)));
    }

    #[test]
    fn comma_thousands_separators_are_removed() {
        assert_eq!(num("1,200"), Some((1200, false, 1)));
        assert_eq!(num("12,500,000"), Some((12_500_000, false, 1)));
    }

    #[test]
    fn decimal_with_scale_word_becomes_whole() {
        assert_eq!(num("3.5 مليون لاجئ"), Some((3_500_000, false, 2)));
    }

    #[test]
    fn arabic_decimal_separator_works_with_scale() {
        assert_eq!(num("٢٫٥ مليار دولار"), Some((2_500_000_000, false, 2)));
    }

    #[test]
    fn bare_decimal_is_not_a_count() {
        assert_eq!(num("2.5 كيلومتر"), None);
    }

    #[test]
    fn digits_with_plural_thousands() {
        assert_eq!(num("3 آلاف مقاتل"), Some((3000, false, 2)));
    }

    #[test]
    fn digits_with_singular_thousand() {
        assert_eq!(num("300 ألف نسمة"), Some((300_000, false, 2)));
    }

    #[test]
    fn thousand_and_two_hundred_in_construct_case() {
        assert_eq!(num("ألف ومائتي عنصر"), Some((1200, false, 2)));
    }

    #[test]
    fn units_of_both_genders() {
        assert_eq!(num("ثلاث نساء"), Some((3, false, 1)));
        assert_eq!(num("ثلاثة رجال"), Some((3, false, 1)));
        assert_eq!(num("واحدة"), Some((1, false, 1)));
        assert_eq!(num("اثنتين"), Some((2, false, 1)));
    }

    #[test]
    fn ten_alone_in_both_genders() {
        assert_eq!(num("عشر قذائف"), Some((10, false, 1)));
        assert_eq!(num("عشرة جنود"), Some((10, false, 1)));
    }

    #[test]
    fn teens_are_two_words() {
        assert_eq!(num("أحد عشر جنديا"), Some((11, false, 2)));
        assert_eq!(num("إحدى عشرة سيارة"), Some((11, false, 2)));
        assert_eq!(num("اثنا عشر"), Some((12, false, 2)));
        assert_eq!(num("اثنتي عشرة"), Some((12, false, 2)));
        assert_eq!(num("تسعة عشر"), Some((19, false, 2)));
    }

    #[test]
    fn teen_unit_alone_is_not_a_number() {
        // أحد and إحدى alone mean "one of"
        assert_eq!(num("أحد القادة"), None);
        assert_eq!(num("إحدى القرى"), None);
    }

    #[test]
    fn tens_in_both_cases() {
        assert_eq!(num("عشرون"), Some((20, false, 1)));
        assert_eq!(num("تسعين"), Some((90, false, 1)));
    }

    #[test]
    fn unit_before_tens_joined_with_waw() {
        assert_eq!(num("خمسة وعشرين مدنيا"), Some((25, false, 2)));
    }

    #[test]
    fn tens_then_unit_is_not_joined() {
        // Arabic says خمسة وعشرون, so عشرين وخمسة is two numbers
        assert_eq!(num("عشرين وخمسة"), Some((20, false, 1)));
    }

    #[test]
    fn hundred_spellings_and_dual() {
        assert_eq!(num("مائة"), Some((100, false, 1)));
        assert_eq!(num("مئة"), Some((100, false, 1)));
        assert_eq!(num("مائتان"), Some((200, false, 1)));
        assert_eq!(num("مئتين"), Some((200, false, 1)));
    }

    #[test]
    fn one_word_hundreds() {
        assert_eq!(num("ثلاثمائة"), Some((300, false, 1)));
        assert_eq!(num("تسعمئة"), Some((900, false, 1)));
        assert_eq!(num("ثمانمائة"), Some((800, false, 1)));
    }

    #[test]
    fn two_word_hundreds() {
        assert_eq!(num("ثلاث مئة"), Some((300, false, 2)));
        assert_eq!(num("خمس مائة"), Some((500, false, 2)));
    }

    #[test]
    fn hundreds_and_tens() {
        assert_eq!(num("ثلاثمائة وخمسون"), Some((350, false, 2)));
    }

    #[test]
    fn hundred_unit_and_tens() {
        assert_eq!(num("مائة وخمسة وعشرون"), Some((125, false, 3)));
    }

    #[test]
    fn hundred_and_one_with_teen_unit_spelling() {
        assert_eq!(num("مائة وأحد"), Some((101, false, 2)));
    }

    #[test]
    fn feminine_one_and_twenty() {
        assert_eq!(num("إحدى وعشرين سنة"), Some((21, false, 2)));
        assert_eq!(num("مائة وإحدى وعشرين"), Some((121, false, 3)));
    }

    #[test]
    fn hundred_and_teen() {
        assert_eq!(num("مائة وخمسة عشر"), Some((115, false, 3)));
        assert_eq!(num("مائة وأحد عشر"), Some((111, false, 3)));
    }

    #[test]
    fn plural_thousands_after_unit() {
        assert_eq!(num("ثلاثة آلاف"), Some((3000, false, 2)));
    }

    #[test]
    fn thousand_alone_dual_and_accusative() {
        assert_eq!(num("ألف"), Some((1000, false, 1)));
        assert_eq!(num("ألفين"), Some((2000, false, 1)));
        assert_eq!(num("أحد عشر ألفا"), Some((11_000, false, 3)));
    }

    #[test]
    fn compound_count_of_thousands() {
        assert_eq!(num("خمسة وعشرين ألفا"), Some((25_000, false, 3)));
        assert_eq!(num("مائة ألف"), Some((100_000, false, 2)));
    }

    #[test]
    fn millions_with_thousands() {
        assert_eq!(num("مليون و200 ألف"), Some((1_200_000, false, 4)));
        assert_eq!(num("مليونين وثلاثمائة ألف"), Some((2_300_000, false, 3)));
    }

    #[test]
    fn thousand_then_detached_waw_and_digits() {
        assert_eq!(num("ألف و 250"), Some((1250, false, 3)));
    }

    #[test]
    fn million_and_a_half() {
        assert_eq!(num("مليون ونصف"), Some((1_500_000, false, 2)));
        assert_eq!(num("مليون ونصف المليون"), Some((1_500_000, false, 3)));
    }

    #[test]
    fn billion() {
        assert_eq!(num("مليار"), Some((1_000_000_000, false, 1)));
    }

    #[test]
    fn digits_joined_by_waw_are_separate_numbers() {
        // "5 قتلى و3 جرحى" is two figures, so "5 و3" must not add up
        assert_eq!(num("5 و3"), Some((5, false, 1)));
    }

    #[test]
    fn units_joined_by_waw_are_separate_numbers() {
        assert_eq!(num("ثلاثة وأربعة"), Some((3, false, 1)));
    }

    #[test]
    fn tens_vague_plural() {
        assert_eq!(num("عشرات القتلى"), Some((10, true, 1)));
        assert_eq!(num("العشرات"), Some((10, true, 1)));
    }

    #[test]
    fn hundreds_vague_plural() {
        assert_eq!(num("مئات العائلات"), Some((100, true, 1)));
        assert_eq!(num("مئات"), Some((100, true, 1)));
    }

    #[test]
    fn thousands_alone_are_vague() {
        assert_eq!(num("آلاف النازحين"), Some((1000, true, 1)));
        assert_eq!(num("بالآلاف"), Some((1000, true, 1)));
    }

    #[test]
    fn tens_of_thousands() {
        assert_eq!(num("عشرات الآلاف"), Some((10_000, true, 2)));
        assert_eq!(num("مئات الآلاف"), Some((100_000, true, 2)));
        assert_eq!(num("عشرات الملايين"), Some((10_000_000, true, 2)));
    }

    #[test]
    fn hedge_words_make_a_number_approximate() {
        assert_eq!(num("نحو 300"), Some((300, true, 2)));
        assert_eq!(num("حوالي ألف"), Some((1000, true, 2)));
        assert_eq!(num("قرابة خمسين"), Some((50, true, 2)));
        assert_eq!(num("زهاء مئة"), Some((100, true, 2)));
    }

    #[test]
    fn two_word_hedges() {
        assert_eq!(num("أكثر من 40"), Some((40, true, 3)));
        assert_eq!(num("أقل من عشرة"), Some((10, true, 3)));
    }

    #[test]
    fn three_word_hedge() {
        assert_eq!(num("ما يزيد عن 3 آلاف"), Some((3000, true, 5)));
        assert_eq!(num("ما يزيد على مئتي"), Some((200, true, 4)));
    }

    #[test]
    fn hedge_with_preposition() {
        assert_eq!(num("بنحو 70"), Some((70, true, 2)));
    }

    #[test]
    fn hedge_without_number_is_nothing() {
        assert_eq!(num("نحو المدينة"), None);
        assert_eq!(num("أكثر من مرة"), None);
    }

    #[test]
    fn first_word_may_carry_a_preposition() {
        assert_eq!(num("بثلاثة آلاف"), Some((3000, false, 2)));
    }

    #[test]
    fn short_word_with_preposition_is_not_a_number() {
        // لست is "I am not", not ل + ست
        assert_eq!(num("لست"), None);
    }

    #[test]
    fn detached_preposition_before_digits_is_consumed() {
        assert_eq!(num("بـ 300 مليون"), Some((300_000_000, false, 3)));
    }

    #[test]
    fn weekday_tuesday_is_not_three() {
        assert_eq!(num("الثلاثاء"), None);
        assert_eq!(num("ثلاثاء"), None);
    }

    #[test]
    fn ordinals_are_not_cardinals() {
        assert_eq!(num("الثالث"), None);
        assert_eq!(num("ثالث"), None);
    }

    #[test]
    fn ordinary_words_are_not_numbers() {
        assert_eq!(num("الجيش"), None);
        assert_eq!(num("،"), None);
    }

    #[test]
    fn index_past_the_end_is_none() {
        assert_eq!(parse_number(&tokenize("ألف"), 5), None);
        assert_eq!(parse_number(&tokenize("ألف"), usize::MAX), None);
    }

    #[test]
    fn overflowing_digits_are_none() {
        assert_eq!(num("99999999999999999999999999999"), None);
        assert_eq!(num("99999999999999999999 مليار"), None);
    }

    #[test]
    fn parsing_starts_at_the_given_index() {
        let t = tokenize("قتل ثلاثة آلاف شخص");
        assert_eq!(
            parse_number(&t, 1).map(|e| (e.value, e.tokens)),
            Some((3000, 2))
        );
    }

    #[test]
    fn ordinal_first_in_both_genders() {
        assert_eq!(day("الأول من"), Some((1, 1)));
        assert_eq!(day("الاول"), Some((1, 1)));
        assert_eq!(day("الأولى"), Some((1, 1)));
    }

    #[test]
    fn ordinal_units_without_article() {
        assert_eq!(day("ثاني"), Some((2, 1)));
        assert_eq!(day("العاشر"), Some((10, 1)));
        assert_eq!(day("عاشرة"), Some((10, 1)));
    }

    #[test]
    fn ordinal_teens() {
        assert_eq!(day("الحادي عشر"), Some((11, 2)));
        assert_eq!(day("الثاني عشر"), Some((12, 2)));
        assert_eq!(day("التاسع عشر"), Some((19, 2)));
        assert_eq!(day("الحادية عشرة"), Some((11, 2)));
    }

    #[test]
    fn ordinal_tens_alone() {
        assert_eq!(day("العشرين"), Some((20, 1)));
        assert_eq!(day("الثلاثين"), Some((30, 1)));
    }

    #[test]
    fn ordinal_twenties_leave_the_next_word() {
        assert_eq!(day("الثاني والعشرين منه"), Some((22, 2)));
        assert_eq!(day("الحادي والعشرين"), Some((21, 2)));
        assert_eq!(day("التاسع والعشرين"), Some((29, 2)));
        assert_eq!(day("الواحد والعشرين"), Some((21, 2)));
    }

    #[test]
    fn ordinal_thirty_first() {
        assert_eq!(day("الحادي والثلاثين"), Some((31, 2)));
    }

    #[test]
    fn ordinal_beyond_thirty_one_is_none() {
        assert_eq!(day("الثاني والثلاثين"), None);
    }

    #[test]
    fn compound_only_ordinals_alone_are_none() {
        assert_eq!(day("الحادي"), None);
        assert_eq!(day("الواحد"), None);
    }

    #[test]
    fn ordinal_with_detached_waw() {
        assert_eq!(day("الخامس و العشرين"), Some((25, 3)));
    }

    #[test]
    fn non_ordinals_are_not_days() {
        assert_eq!(day("الثلاثاء"), None);
        assert_eq!(day("الجيش"), None);
        assert_eq!(day("5"), None);
    }
}
