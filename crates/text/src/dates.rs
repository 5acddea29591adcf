//! Date words: month names (Gregorian, Levantine, Maghrebi and Hijri), weekdays, and a
//! small civil date type with Hijri conversion.
//!
//! Arabic news names the same month several ways depending on the country: يناير (Egypt,
//! Gulf), كانون الثاني (Levant, Iraq), جانفي (Algeria, Tunisia), and the Hijri month for
//! religious dates. [`month_at`] reads any of them from tokens. Some month names are
//! also ordinary words (صفر "zero", آب "father", مارس "he practised", رجب and رمضان as
//! personal names); those are only returned when the tokens around them show a date —
//! see [`month_at`].

use crate::clitics::clitic_stems;
use crate::numbers::ordinal_day;
use crate::{Token, TokenKind};
use std::fmt;

/// The calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

/// How much context a single-word month name needs before it is taken as a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Care {
    /// Only a month: يناير، حزيران.
    Free,
    /// Also a common word; a date context or a preposition such as في is enough.
    Context,
    /// Also a personal name that follows prepositions (ثقة في رجب طيب أردوغان): needs a
    /// day, a year, شهر, a part-of-month word or a relative word (الماضي).
    NoPrepositions,
    /// صفر is "zero": needs a day before it, شهر before it or a year after it.
    Strict,
}

fn single_month(w: &str) -> Option<(u32, Calendar, Care)> {
    use Calendar::*;
    use Care::*;
    Some(match w {
        "يناير" | "جانفي" => (1, Gregorian, Free),
        "فبراير" | "فيفري" | "شباط" => (2, Gregorian, Free),
        "مارس" => (3, Gregorian, Context),
        "اذار" => (3, Gregorian, Free),
        "ابريل" | "افريل" | "نيسان" => (4, Gregorian, Free),
        "مايو" | "ايار" => (5, Gregorian, Free),
        "ماي" => (5, Gregorian, Context),
        "يونيو" | "يونيه" | "حزيران" => (6, Gregorian, Free),
        "جوان" => (6, Gregorian, Context),
        "يوليو" | "يوليه" | "جويليه" | "يوليوز" | "تموز" => {
            (7, Gregorian, Free)
        }
        "اغسطس" | "اوت" | "غشت" => (8, Gregorian, Free),
        "اب" => (8, Gregorian, Context),
        "سبتمبر" | "شتنبر" | "ايلول" => (9, Gregorian, Free),
        "اكتوبر" => (10, Gregorian, Free),
        "نوفمبر" | "نونبر" => (11, Gregorian, Free),
        "ديسمبر" | "دجنبر" => (12, Gregorian, Free),
        "محرم" => (1, Hijri, Context),
        "صفر" => (2, Hijri, Strict),
        "رجب" => (7, Hijri, NoPrepositions),
        "شعبان" => (8, Hijri, Context),
        "رمضان" => (9, Hijri, Context),
        "شوال" => (10, Hijri, Context),
        _ => return None,
    })
}

/// Two-word month names: the first word and the second without its article.
fn two_word_month(first: &str, second: &str) -> Option<(u32, Calendar)> {
    use Calendar::*;
    let bare = second.strip_prefix("ال").unwrap_or(second);
    Some(match (first, bare) {
        ("كانون", "ثاني") => (1, Gregorian),
        ("كانون", "اول") => (12, Gregorian),
        ("تشرين", "اول") => (10, Gregorian),
        ("تشرين", "ثاني") => (11, Gregorian),
        ("ربيع", "اول") => (3, Hijri),
        ("ربيع", "اخر" | "ثاني") => (4, Hijri),
        ("جمادي", "اولي" | "اول") => (5, Hijri),
        ("جمادي", "اخره" | "ثانيه" | "اخر" | "ثاني") => (6, Hijri),
        // ذو القعدة is always written with the article; ذي and ذا are its other cases
        ("ذو" | "ذي" | "ذا", "قعده") if second != bare => (11, Hijri),
        ("ذو" | "ذي" | "ذا", "حجه") if second != bare => (12, Hijri),
        _ => return None,
    })
}

fn word_at(tokens: &[Token], i: usize) -> Option<&str> {
    tokens
        .get(i)
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
}

/// A whole number written in plain digits.
fn plain_number(t: &Token) -> Option<u64> {
    if t.kind != TokenKind::Number || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.norm.parse().ok()
}

/// The month named at token `i`: its number (1..=12), calendar and the tokens used (1,
/// or 2 for كانون الثاني، ربيع الأول، ذو الحجة ...).
///
/// Single-word names may carry a proclitic و/ف and ب/ل (بنيسان، وفي is separate). Names
/// that are also common words (مارس، آب، ماي، جوان، محرم، رجب، شعبان، رمضان، شوال، صفر)
/// take no proclitic and are returned only in a date context:
/// - a day before them: a number 1..=31 or an ordinal day, directly or followed by من
///   (الثالث من رمضان);
/// - a year after them (a four-digit number 1000..=2200, which covers Hijri years);
/// - شهر before them, or a part-of-month word (منتصف، مطلع، أواخر، أوائل، بداية، نهاية،
///   غرة), or a relative word after them (الماضي، المقبل، الجاري ...);
/// - a month named just before in the other system, after "/", "(" or "-" (أغسطس/آب);
/// - except for رجب and صفر, a preposition before them (في، خلال، منذ، حتى، قبل، بعد،
///   بين، إلى). Not من: "من مارس العنف" is "whoever practised violence".
///
/// صفر accepts only a day or شهر before it and a year after it.
pub fn month_at(tokens: &[Token], i: usize) -> Option<(u32, Calendar, usize)> {
    let w = word_at(tokens, i)?;
    if let Some(next) = i.checked_add(1).and_then(|n| word_at(tokens, n)) {
        for stem in clitic_stems(w) {
            if let Some((m, cal)) = two_word_month(stem, next) {
                return Some((m, cal, 2));
            }
        }
    }
    if let Some((m, cal, care)) = single_month(w) {
        return (care == Care::Free || in_date_context(tokens, i, care)).then_some((m, cal, 1));
    }
    clitic_stems(w).skip(1).find_map(|s| match single_month(s) {
        Some((m, cal, Care::Free)) => Some((m, cal, 1)),
        _ => None,
    })
}

const MONTH_NOUN: [&str; 6] = ["شهر", "شهري", "بشهر", "لشهر", "وشهر", "فشهر"];
const PART_OF_MONTH: [&str; 13] = [
    "منتصف",
    "مطلع",
    "مستهل",
    "اواخر",
    "اوايل",
    "اواسط",
    "بدايه",
    "نهايه",
    "غره",
    "ومنتصف",
    "ومطلع",
    "وبدايه",
    "ونهايه",
];
const RELATIVE: [&str; 7] = [
    "الماضي",
    "المقبل",
    "الجاري",
    "الحالي",
    "القادم",
    "المنصرم",
    "الفايت",
];
const PREPOSITIONS: [&str; 14] = [
    "في",
    "وفي",
    "خلال",
    "وخلال",
    "منذ",
    "ومنذ",
    "حتي",
    "قبل",
    "وقبل",
    "بعد",
    "وبعد",
    "طوال",
    "بين",
    "الي",
];

fn in_date_context(tokens: &[Token], i: usize, care: Care) -> bool {
    let prev = i.checked_sub(1).and_then(|k| tokens.get(k));
    let next = i.checked_add(1).and_then(|k| tokens.get(k));
    let prev_is = |set: &[&str]| prev.is_some_and(|t| set.contains(&t.norm.as_str()));
    let year_after = next
        .and_then(plain_number)
        .is_some_and(|y| (1000..=2200).contains(&y));
    if year_after || prev_is(&MONTH_NOUN) || day_before(tokens, i) || gloss_of_month(tokens, i) {
        return true;
    }
    if care == Care::Strict {
        return false;
    }
    if prev_is(&PART_OF_MONTH) || next.is_some_and(|t| RELATIVE.contains(&t.norm.as_str())) {
        return true;
    }
    care == Care::Context && prev_is(&PREPOSITIONS)
}

/// Token `i` glosses a month just named in the other system: "أغسطس/آب", "آذار (مارس)".
fn gloss_of_month(tokens: &[Token], i: usize) -> bool {
    let Some(sep) = i.checked_sub(1) else {
        return false;
    };
    if !tokens
        .get(sep)
        .is_some_and(|t| matches!(t.norm.as_str(), "/" | "(" | "-"))
    {
        return false;
    }
    let word = |k: Option<usize>| k.and_then(|k| word_at(tokens, k));
    let one = word(sep.checked_sub(1))
        .and_then(single_month)
        .is_some_and(|(_, _, care)| care == Care::Free);
    let two = match (word(sep.checked_sub(2)), word(sep.checked_sub(1))) {
        (Some(a), Some(b)) => two_word_month(a, b).is_some(),
        _ => false,
    };
    one || two
}

/// A day of the month ends right before token `i`, or right before a من at `i - 1`.
fn day_before(tokens: &[Token], i: usize) -> bool {
    let day_ends_at = |end: usize| {
        let number = end
            .checked_sub(1)
            .and_then(|k| tokens.get(k))
            .and_then(plain_number)
            .is_some_and(|d| (1..=31).contains(&d));
        number
            || (1..=3).any(|len| {
                end.checked_sub(len)
                    .and_then(|k| ordinal_day(tokens, k))
                    .is_some_and(|(_, used)| used == len)
            })
    };
    let min_before = i
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| t.norm == "من");
    day_ends_at(i) || (min_before && day_ends_at(i - 1))
}

/// The weekday named by a normalized word, with or without the article: 0 = Monday ..
/// 6 = Sunday (الاثنين، الثلاثاء، الأربعاء، الخميس، الجمعة، السبت، الأحد).
///
/// Without the article most of these are also other words (أحد "anyone", اثنين "two",
/// جمعة and خميس as names), so callers should accept bare forms only after يوم.
pub fn weekday(norm: &str) -> Option<u32> {
    let stem = norm.strip_prefix("ال").unwrap_or(norm);
    Some(match stem {
        "اثنين" => 0,
        "ثلاثاء" | "ثلاثا" => 1,
        "اربعاء" | "اربعا" => 2,
        "خميس" => 3,
        "جمعه" => 4,
        "سبت" => 5,
        "احد" => 6,
        _ => return None,
    })
}

/// A day of the proleptic Gregorian calendar. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn is_leap(y: i64) -> bool {
    y.rem_euclid(4) == 0 && (y.rem_euclid(100) != 0 || y.rem_euclid(400) == 0)
}

impl Date {
    /// A validated date: `None` for a month outside 1..=12 or a day the month lacks.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (day >= 1 && day <= Date::days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year), validated.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Date::new(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
    }

    /// Days in `month` of `year`; 0 when the month is not 1..=12.
    pub fn days_in_month(year: i32, month: u32) -> u32 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if is_leap(year.into()) => 29,
            2 => 28,
            _ => 0,
        }
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil, in i64 so every i32 year fits
        let m = i64::from(self.month.clamp(1, 12));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01. Saturates at the first and last days with an
    /// `i32` year rather than overflowing.
    pub fn from_days(days: i64) -> Date {
        let min = Date {
            year: i32::MIN,
            month: 1,
            day: 1,
        };
        let max = Date {
            year: i32::MAX,
            month: 12,
            day: 31,
        };
        let z = days.clamp(min.to_days(), max.to_days()) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        // the clamp keeps year within i32 and month/day are small by construction
        Date {
            year: i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }),
            month: u32::try_from(month).unwrap_or(1),
            day: u32::try_from(day).unwrap_or(1),
        }
    }

    /// The date `n` days later (earlier for negative `n`), saturating like [`Date::from_days`].
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days().saturating_add(n))
    }

    /// Day of the week, 0 = Monday .. 6 = Sunday, as [`weekday`] numbers them.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3)
        u32::try_from((self.to_days() + 3).rem_euclid(7)).unwrap_or(0)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn hijri_leap(year: i64) -> bool {
    (14 + 11 * year).rem_euclid(30) < 11
}

/// Converts a Hijri date with the tabular (arithmetic) Islamic calendar: 30-year cycle
/// with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 and the civil epoch (1 Muharram
/// 1 AH = 16 July 622 Julian). Months alternate 30 and 29 days; Dhu al-Hijja has 30 in
/// leap years.
///
/// Real dates follow moon sighting or the Umm al-Qura tables, which may differ from
/// the tabular calendar by a day or two, so a converted date is only precise to ±2 days.
/// `None` for years before 1 AH, months outside 1..=12 or days the month lacks.
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
    if year < 1 || !(1..=12).contains(&month) {
        return None;
    }
    let y = i64::from(year);
    let len = if month % 2 == 1 || (month == 12 && hijri_leap(y)) {
        30
    } else {
        29
    };
    if !(1..=len).contains(&day) {
        return None;
    }
    let m = i64::from(month);
    // Julian day number: days of the elapsed months (ceil(29.5 * (m - 1))), of the
    // elapsed years with their leap days, and the epoch
    let jdn =
        i64::from(day) + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + 1_948_439;
    Some(Date::from_days(jdn - 2_440_588))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn month(s: &str, i: usize) -> Option<(u32, Calendar, usize)> {
        month_at(&tokenize(s), i)
    }

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn egyptian_gregorian_names() {
        assert_eq!(month("يناير", 0), Some((1, Calendar::Gregorian, 1)));
        assert_eq!(month("أغسطس", 0), Some((8, Calendar::Gregorian, 1)));
        assert_eq!(month("إبريل", 0), Some((4, Calendar::Gregorian, 1)));
        assert_eq!(month("يونية", 0), Some((6, Calendar::Gregorian, 1)));
    }

    #[test]
    fn levantine_single_word_names() {
        assert_eq!(month("آذار", 0), Some((3, Calendar::Gregorian, 1)));
        assert_eq!(month("حزيران", 0), Some((6, Calendar::Gregorian, 1)));
        assert_eq!(month("أيلول", 0), Some((9, Calendar::Gregorian, 1)));
    }

    #[test]
    fn levantine_two_word_names() {
        assert_eq!(month("كانون الثاني", 0), Some((1, Calendar::Gregorian, 2)));
        assert_eq!(month("كانون الأول", 0), Some((12, Calendar::Gregorian, 2)));
        assert_eq!(month("تشرين الأول", 0), Some((10, Calendar::Gregorian, 2)));
        assert_eq!(month("تشرين الثاني", 0), Some((11, Calendar::Gregorian, 2)));
    }

    #[test]
    fn kanun_alone_is_not_a_month() {
        assert_eq!(month("كانون", 0), None);
    }

    #[test]
    fn maghrebi_names() {
        assert_eq!(month("جانفي", 0), Some((1, Calendar::Gregorian, 1)));
        assert_eq!(month("فيفري", 0), Some((2, Calendar::Gregorian, 1)));
        assert_eq!(month("أفريل", 0), Some((4, Calendar::Gregorian, 1)));
        assert_eq!(month("جويلية", 0), Some((7, Calendar::Gregorian, 1)));
        assert_eq!(month("أوت", 0), Some((8, Calendar::Gregorian, 1)));
    }

    #[test]
    fn single_word_month_with_proclitic() {
        assert_eq!(month("بنيسان", 0), Some((4, Calendar::Gregorian, 1)));
        assert_eq!(month("ولأكتوبر", 0), Some((10, Calendar::Gregorian, 1)));
    }

    #[test]
    fn hijri_two_word_names() {
        assert_eq!(month("ربيع الأول", 0), Some((3, Calendar::Hijri, 2)));
        assert_eq!(month("ربيع الآخر", 0), Some((4, Calendar::Hijri, 2)));
        assert_eq!(month("جمادى الأولى", 0), Some((5, Calendar::Hijri, 2)));
        assert_eq!(month("جمادى الآخرة", 0), Some((6, Calendar::Hijri, 2)));
        assert_eq!(month("ذو القعدة", 0), Some((11, Calendar::Hijri, 2)));
        assert_eq!(month("ذي الحجة", 0), Some((12, Calendar::Hijri, 2)));
    }

    #[test]
    fn spring_alone_is_not_a_month() {
        assert_eq!(month("ربيع دمشق", 0), None);
    }

    #[test]
    fn march_as_a_verb_is_not_a_month() {
        assert_eq!(month("مارس الجيش ضغطا", 0), None);
    }

    #[test]
    fn march_after_a_day_number_is_a_month() {
        assert_eq!(month("في 3 مارس", 2), Some((3, Calendar::Gregorian, 1)));
    }

    #[test]
    fn march_after_a_preposition_is_a_month() {
        assert_eq!(month("في مارس", 1), Some((3, Calendar::Gregorian, 1)));
    }

    #[test]
    fn august_as_father_is_not_a_month() {
        assert_eq!(month("قتل أب وابنه", 1), None);
        assert_eq!(month("باب", 0), None);
    }

    #[test]
    fn august_before_a_year_is_a_month() {
        assert_eq!(month("آب 2014", 0), Some((8, Calendar::Gregorian, 1)));
    }

    #[test]
    fn safar_as_zero_is_not_a_month() {
        assert_eq!(month("صفر", 0), None);
        assert_eq!(month("في صفر", 1), None);
    }

    #[test]
    fn safar_after_a_day_or_before_a_year_is_a_month() {
        assert_eq!(month("12 صفر", 1), Some((2, Calendar::Hijri, 1)));
        assert_eq!(month("صفر 1439", 0), Some((2, Calendar::Hijri, 1)));
    }

    #[test]
    fn ramadan_after_ordinal_day_and_min_is_a_month() {
        assert_eq!(month("الثالث من رمضان", 2), Some((9, Calendar::Hijri, 1)));
        assert_eq!(
            month("الحادي عشر من رمضان", 3),
            Some((9, Calendar::Hijri, 1))
        );
    }

    #[test]
    fn ramadan_as_a_name_is_not_a_month() {
        assert_eq!(month("قال رمضان إن", 1), None);
    }

    #[test]
    fn rajab_after_a_preposition_is_still_a_name() {
        assert_eq!(month("ثقة في رجب طيب", 2), None);
        assert_eq!(month("شهر رجب", 1), Some((7, Calendar::Hijri, 1)));
    }

    #[test]
    fn ambiguous_month_with_relative_word_is_a_month() {
        assert_eq!(month("محرم الماضي", 0), Some((1, Calendar::Hijri, 1)));
    }

    #[test]
    fn ambiguous_month_glossing_another_name_is_a_month() {
        assert_eq!(month("أغسطس/آب", 2), Some((8, Calendar::Gregorian, 1)));
        assert_eq!(month("آذار (مارس)", 2), Some((3, Calendar::Gregorian, 1)));
        assert_eq!(
            month("تشرين الأول/ماي", 3),
            Some((5, Calendar::Gregorian, 1))
        );
    }

    #[test]
    fn ambiguous_month_in_a_range_is_a_month() {
        assert_eq!(
            month("بين مارس وأبريل", 1),
            Some((3, Calendar::Gregorian, 1))
        );
    }

    #[test]
    fn march_after_man_is_still_a_verb() {
        // من مارس العنف: "whoever practised violence"
        assert_eq!(month("من مارس العنف", 1), None);
    }

    #[test]
    fn ambiguous_months_take_no_proclitic() {
        assert_eq!(month("3 برمضان", 1), None);
    }

    #[test]
    fn weekdays_with_and_without_article() {
        assert_eq!(weekday("الاثنين"), Some(0));
        assert_eq!(weekday("الثلاثاء"), Some(1));
        assert_eq!(weekday("الاربعاء"), Some(2));
        assert_eq!(weekday("خميس"), Some(3));
        assert_eq!(weekday("الجمعه"), Some(4));
        assert_eq!(weekday("السبت"), Some(5));
        assert_eq!(weekday("الاحد"), Some(6));
        assert_eq!(weekday("الجيش"), None);
    }

    #[test]
    fn date_new_rejects_impossible_days() {
        assert!(Date::new(2017, 2, 29).is_none());
        assert!(Date::new(2016, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2017, 13, 1).is_none());
        assert!(Date::new(2017, 4, 31).is_none());
        assert!(Date::new(2017, 4, 0).is_none());
    }

    #[test]
    fn parse_iso_reads_exact_format() {
        assert_eq!(Date::parse_iso("2017-03-15"), Some(d(2017, 3, 15)));
        assert_eq!(Date::parse_iso("2017-3-15"), None);
        assert_eq!(Date::parse_iso("2017-02-30"), None);
        assert_eq!(Date::parse_iso("+017-03-15"), None);
        assert_eq!(Date::parse_iso("٢٠١٧-03-15"), None);
    }

    #[test]
    fn display_is_iso() {
        assert_eq!(d(2017, 3, 5).to_string(), "2017-03-05");
    }

    #[test]
    fn days_count_from_unix_epoch() {
        assert_eq!(d(1970, 1, 1).to_days(), 0);
        assert_eq!(d(1969, 12, 31).to_days(), -1);
        assert_eq!(d(2000, 3, 1).to_days(), 11_017);
        assert_eq!(Date::from_days(11_017), d(2000, 3, 1));
    }

    #[test]
    fn add_days_crosses_months_and_leap_days() {
        assert_eq!(d(2016, 2, 28).add_days(1), d(2016, 2, 29));
        assert_eq!(d(2016, 12, 31).add_days(1), d(2017, 1, 1));
        assert_eq!(d(2017, 3, 1).add_days(-1), d(2017, 2, 28));
    }

    #[test]
    fn add_days_saturates_instead_of_overflowing() {
        assert_eq!(d(2017, 1, 1).add_days(i64::MAX).year, i32::MAX);
        assert_eq!(d(2017, 1, 1).add_days(i64::MIN).year, i32::MIN);
    }

    #[test]
    fn weekday_of_known_dates() {
        assert_eq!(d(1970, 1, 1).weekday(), 3);
        assert_eq!(d(2017, 3, 13).weekday(), 0);
        assert_eq!(d(2024, 2, 25).weekday(), 6);
    }

    #[test]
    fn days_in_month_knows_leap_years() {
        assert_eq!(Date::days_in_month(2024, 2), 29);
        assert_eq!(Date::days_in_month(2023, 2), 28);
        assert_eq!(Date::days_in_month(2023, 0), 0);
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(d(2016, 12, 31) < d(2017, 1, 1));
        assert!(d(2017, 1, 31) < d(2017, 2, 1));
    }

    #[test]
    fn hijri_epoch_is_a_friday_in_july_622() {
        let e = hijri_to_gregorian(1, 1, 1).unwrap();
        assert_eq!(e, d(622, 7, 19));
        assert_eq!(e.weekday(), 4);
    }

    #[test]
    fn hijri_new_year_1400() {
        assert_eq!(hijri_to_gregorian(1400, 1, 1), Some(d(1979, 11, 21)));
    }

    #[test]
    fn hijri_modern_date_is_within_two_days_of_umm_al_qura() {
        // Umm al-Qura: 1 Ramadan 1438 = 2017-05-27
        let t = hijri_to_gregorian(1438, 9, 1).unwrap();
        assert!((t.to_days() - d(2017, 5, 27).to_days()).abs() <= 2, "{t}");
    }

    #[test]
    fn hijri_rejects_invalid_days() {
        assert_eq!(hijri_to_gregorian(1438, 2, 30), None);
        assert_eq!(hijri_to_gregorian(1438, 13, 1), None);
        assert_eq!(hijri_to_gregorian(0, 1, 1), None);
    }

    #[test]
    fn hijri_dhu_al_hijja_has_thirty_days_in_leap_years() {
        // 1437 is year 27 of its cycle (not leap); 1439 is year 29 (leap)
        assert_eq!(hijri_to_gregorian(1437, 12, 30), None);
        assert!(hijri_to_gregorian(1439, 12, 30).is_some());
    }

    #[test]
    fn hijri_months_are_contiguous() {
        let end = hijri_to_gregorian(1438, 8, 29).unwrap();
        assert_eq!(end.add_days(1), hijri_to_gregorian(1438, 9, 1).unwrap());
    }
}
