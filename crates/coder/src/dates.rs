//! Date expressions in a sentence, resolved against the article date with a precision.
//!
//! Reporting dates events relative to the day of writing far more often than absolutely
//! ("أمس", "الاثنين الماضي", "الثاني والعشرين منه", "قبل أربعة أشهر"), so each expression is
//! resolved here against the article date and keeps the precision it actually gives.

use khayt_text::dates::{hijri_to_gregorian, month_at, weekday, Calendar, Date};
use khayt_text::numbers::{ordinal_day, parse_number};
use khayt_text::{Token, TokenKind};
use std::ops::Range;

/// A resolved date expression.
#[derive(Debug, Clone, PartialEq)]
pub struct DateExpr {
    pub tokens: Range<usize>,
    pub value: String,
    /// day | week | month | year
    pub precision: &'static str,
}

fn bare(t: &Token) -> &str {
    let w = t.norm.as_str();
    let w = crate::words::strip_conj(w);
    w.strip_prefix('ب')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(w)
}

fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let total = y * 12 + m as i32 - 1 + delta;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

fn year_at(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let mut j = i;
    if tokens
        .get(j)
        .is_some_and(|t| matches!(bare(t), "عام" | "العام" | "سنه" | "السنه" | "من"))
    {
        j += 1;
        if tokens
            .get(j)
            .is_some_and(|t| matches!(bare(t), "عام" | "العام"))
        {
            j += 1;
        }
    }
    let t = tokens.get(j)?;
    if t.kind == TokenKind::Number && t.norm.len() == 4 {
        let y: i32 = t.norm.parse().ok()?;
        if (1300..=2100).contains(&y) {
            let mut end = j + 1;
            // Hijri and Gregorian era marks: هـ، م
            if tokens
                .get(end)
                .is_some_and(|t| matches!(t.norm.as_str(), "ه" | "م" | "هجري" | "ميلادي" | "للهجره"))
            {
                end += 1;
            }
            return Some((y, end - i));
        }
    }
    None
}

/// The month named at `i`, also in the double form "مارس/آذار"; consumed tokens.
fn month_here(tokens: &[Token], i: usize) -> Option<(u32, Calendar, usize)> {
    let (m, cal, mut k) = month_at(tokens, i)?;
    if tokens
        .get(i + k)
        .is_some_and(|t| t.norm == "/" || t.norm == "(")
    {
        if let Some((m2, _, k2)) = month_at(tokens, i + k + 1) {
            if m2 == m {
                k += k2 + 1;
                if tokens.get(i + k).is_some_and(|t| t.norm == ")") {
                    k += 1;
                }
            }
        }
    }
    Some((m, cal, k))
}

/// Resolves a (month, optional year) against the article date: without a year, the most
/// recent such month not after the article's.
fn month_year(art: Date, m: u32, year: Option<i32>) -> (i32, u32) {
    match year {
        Some(y) => (y, m),
        None if m > art.month => (art.year - 1, m),
        None => (art.year, m),
    }
}

fn hijri_near(art: Date, d: u32, m: u32, year: Option<i32>) -> Option<Date> {
    if let Some(y) = year {
        return hijri_to_gregorian(y, m, d);
    }
    // the latest Hijri date with this day and month not after the article date
    let est = ((art.year - 622) as f64 * 33.0 / 32.0) as i32;
    (est - 1..=est + 2)
        .filter_map(|hy| hijri_to_gregorian(hy, m, d))
        .filter(|g| *g <= art.add_days(1))
        .max()
}

/// Finds and resolves the date expressions in `tokens[range]`. `last_month` carries the
/// most recent month mentioned (for "منه", "of it").
pub fn find(
    tokens: &[Token],
    range: Range<usize>,
    art: Date,
    last_month: &mut Option<(i32, u32)>,
) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        match resolve_at(tokens, i, range.end, art, last_month) {
            Some(e) => {
                i = e.tokens.end.max(i + 1);
                out.push(e);
            }
            None => i += 1,
        }
    }
    out
}

fn resolve_at(
    tokens: &[Token],
    i: usize,
    end: usize,
    art: Date,
    last_month: &mut Option<(i32, u32)>,
) -> Option<DateExpr> {
    let w = |j: usize| tokens.get(j).filter(|_| j < end).map(bare).unwrap_or("");
    let mk = |k: usize, value: String, precision: &'static str| DateExpr {
        tokens: i..i + k,
        value,
        precision,
    };
    let day = |d: Date| d.to_string();

    // numeric dates: 22/3/2017 or 2017-03-22
    if tokens[i].kind == TokenKind::Number && i + 4 < end {
        let n = |j: usize| tokens[j].norm.parse::<i64>().ok();
        let sep = tokens[i + 1].norm.as_str();
        if (sep == "/" || sep == "-") && tokens[i + 3].norm == sep {
            if let (Some(a), Some(b), Some(c)) = (n(i), n(i + 2), n(i + 4)) {
                let d = if a > 999 {
                    Date::new(a as i32, b as u32, c as u32)
                } else {
                    Date::new(c as i32, b as u32, a as u32)
                };
                if let Some(d) = d {
                    *last_month = Some((d.year, d.month));
                    return Some(mk(5, day(d), "day"));
                }
            }
        }
    }

    // a day: "الثاني والعشرين" or "22", then its month
    let day_word = ordinal_day(tokens, i).or_else(|| {
        let t = &tokens[i];
        let d: u32 =
            (t.kind == TokenKind::Number && t.norm.len() <= 2).then(|| t.norm.parse().ok())??;
        (1..=31).contains(&d).then_some((d, 1))
    });
    if let Some((d, k)) = day_word {
        let j = i + k;
        if w(j) == "منه" || w(j) == "منها" {
            let (y, m) = last_month.unwrap_or((art.year, art.month));
            if let Some(dt) = Date::new(y, m, d) {
                return Some(mk(k + 1, day(dt), "day"));
            }
        }
        if w(j) == "من" && matches!(w(j + 1), "الشهر" | "شهر") {
            let delta = match w(j + 2) {
                "الجاري" | "الحالي" => Some(0),
                "الماضي" | "المنصرم" | "السابق" => Some(-1),
                "المقبل" | "القادم" => Some(1),
                _ => None,
            };
            if let Some(delta) = delta {
                let (y, m) = add_months(art.year, art.month, delta);
                if let Some(dt) = Date::new(y, m, d) {
                    *last_month = Some((y, m));
                    return Some(mk(k + 3, day(dt), "day"));
                }
            }
        }
        let mj = if w(j) == "من" { j + 1 } else { j };
        if mj < end {
            if let Some((m, cal, mk_len)) = month_here(tokens, mj) {
                let after = mj + mk_len;
                let year = year_at(tokens, after).filter(|(_, yk)| after + yk <= end);
                // ("17 كانون الأول الماضي": the word placing the month is the date's too)
                let placed = year.is_none()
                    && matches!(
                        w(after),
                        "الماضي" | "المنصرم" | "الفائت" | "الجاري" | "الحالي"
                    );
                let consumed = after + year.map_or(0, |(_, yk)| yk) + usize::from(placed) - i;
                let dt = match cal {
                    Calendar::Gregorian => {
                        let (y, m) = month_year(art, m, year.map(|y| y.0));
                        Date::new(y, m, d)
                    }
                    Calendar::Hijri => hijri_near(art, d, m, year.map(|y| y.0)),
                };
                if let Some(dt) = dt {
                    *last_month = Some((dt.year, dt.month));
                    return Some(mk(consumed, day(dt), "day"));
                }
            }
        }
    }

    // a month without a day: "نيسان 2017", "أبريل الماضي"
    if let Some((m, cal, k)) = month_here(tokens, i) {
        if cal == Calendar::Gregorian {
            let after = i + k;
            let year = year_at(tokens, after).filter(|(_, yk)| after + yk <= end);
            let mut consumed = k + year.map_or(0, |(_, yk)| yk);
            let mut y = year.map(|y| y.0);
            if year.is_none() && matches!(w(after), "الماضي" | "المنصرم") {
                consumed += 1;
                y = Some(if m >= art.month {
                    art.year - 1
                } else {
                    art.year
                });
            }
            // a bare month name is too ambiguous (مايو, آب) unless a preposition or year frames it
            let framed = year.is_some()
                || y.is_some()
                || (i > 0
                    && matches!(
                        bare(&tokens[i - 1]),
                        "في" | "منذ"
                            | "شهر"
                            | "مطلع"
                            | "اواخر"
                            | "اوائل"
                            | "منتصف"
                            | "نهايه"
                            | "بدايه"
                    ));
            if framed {
                let (yy, mm) = month_year(art, m, y);
                *last_month = Some((yy, mm));
                return Some(mk(consumed, ym(yy, mm), "month"));
            }
        }
    }

    // years: "عام 2016"
    if matches!(w(i), "عام" | "العام" | "سنه") {
        if let Some((y, k)) = year_at(tokens, i + 1) {
            return Some(mk(k + 1, format!("{y:04}"), "year"));
        }
    }

    // relative expressions
    let cur = w(i);
    let next = w(i + 1);
    match cur {
        "امس" => {
            return Some(mk(1, day(art.add_days(-1)), "day"));
        }
        "اول" if next == "امس" || (next == "من" && w(i + 2) == "امس") => {
            let k = if next == "امس" { 2 } else { 3 };
            return Some(mk(k, day(art.add_days(-2)), "day"));
        }
        "اليوم" if !matches!(next, "التالي" | "الثاني" | "نفسه") => {
            return Some(mk(1, day(art), "day"));
        }
        "غدا" => return Some(mk(1, day(art.add_days(1)), "day")),
        "الشهر" | "العام" | "السنه" | "الاسبوع" => {
            let delta = match next {
                "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "السابق" => {
                    Some(-1)
                }
                "الجاري" | "الحالي" | "الحاليه" | "الجاريه" => Some(0),
                "المقبل" | "القادم" | "المقبله" | "القادمه" => Some(1),
                _ => None,
            };
            if let Some(delta) = delta {
                return Some(match cur {
                    "الشهر" => {
                        let (y, m) = add_months(art.year, art.month, delta);
                        *last_month = Some((y, m));
                        mk(2, ym(y, m), "month")
                    }
                    "الاسبوع" => {
                        let monday = art.add_days(-(art.weekday() as i64) + 7 * delta as i64);
                        mk(2, day(monday), "week")
                    }
                    _ => mk(2, format!("{:04}", art.year + delta), "year"),
                });
            }
        }
        "هذا" | "هذه" if matches!(next, "الشهر" | "العام" | "السنه" | "الاسبوع") =>
        {
            return Some(match next {
                "الشهر" => mk(2, ym(art.year, art.month), "month"),
                "الاسبوع" => mk(2, day(art.add_days(-(art.weekday() as i64))), "week"),
                _ => mk(2, format!("{:04}", art.year), "year"),
            });
        }
        "مطلع" | "بدايه" | "اوائل" | "مستهل" | "اواخر" | "نهايه" | "منتصف" =>
        {
            let rel = match w(i + 2) {
                "الماضي" | "الماضيه" | "المنصرم" => -1,
                "المقبل" | "القادم" => 1,
                _ => 0,
            };
            let has_rel = matches!(
                w(i + 2),
                "الماضي"
                    | "الماضيه"
                    | "المنصرم"
                    | "المقبل"
                    | "القادم"
                    | "الجاري"
                    | "الحالي"
            );
            let k = 2 + has_rel as usize;
            match next {
                "العام" | "السنه" => {
                    let y = art.year + rel;
                    let m = match cur {
                        "اواخر" | "نهايه" => 12,
                        "منتصف" => 6,
                        _ => 1,
                    };
                    return Some(mk(k, ym(y, m), "month"));
                }
                "الشهر" => {
                    let (y, m) = add_months(art.year, art.month, rel);
                    return Some(mk(k, ym(y, m), "month"));
                }
                _ => {}
            }
        }
        "قبل" | "منذ" => {
            if let Some(n) = parse_number(tokens, i + 1).filter(|n| i + 1 + n.tokens < end) {
                let u = i + 1 + n.tokens;
                if let Some(e) = ago(art, n.value as i64, w(u), i, u + 1 - i) {
                    return Some(e);
                }
            }
            // dual and singular units: "قبل يومين", "قبل شهرين", "قبل أسبوع"
            let (n, unit) = match next {
                "يومين" => (2, "يوم"),
                "اسبوعين" => (2, "اسبوع"),
                "شهرين" => (2, "شهر"),
                "عامين" | "سنتين" => (2, "عام"),
                "يوم" | "اسبوع" | "شهر" | "عام" | "سنه" => (1, next),
                _ => (0, ""),
            };
            // "منذ عام 2014" names a year, it is not "a year ago"
            let year_follows = year_at(tokens, i + 2).is_some();
            if n > 0 && !year_follows {
                if let Some(e) = ago(art, n, unit, i, 2) {
                    return Some(e);
                }
            }
        }
        _ => {}
    }
    // weekdays: "الاثنين الماضي", "يوم الجمعة"
    let (wi, lead) = if matches!(cur, "يوم" | "ليله" | "مساء" | "صباح" | "فجر") {
        (i + 1, 1)
    } else {
        (i, 0)
    };
    // bare weekday names without the article are ordinary words (احد "anyone"): only after يوم
    if wi < end && (lead == 1 || w(wi).starts_with("ال")) {
        if let Some(wd) = weekday(w(wi)) {
            if matches!(w(wi + 1), "المقبل" | "القادم") {
                // a coming weekday: the next one after the article date
                let ahead = (wd as i64 - art.weekday() as i64).rem_euclid(7);
                let ahead = if ahead == 0 { 7 } else { ahead };
                return Some(mk(lead + 2, day(art.add_days(ahead)), "day"));
            }
            let back = (art.weekday() as i64 - wd as i64).rem_euclid(7);
            let past = matches!(w(wi + 1), "الماضي" | "الفائت" | "المنصرم");
            let back = if back == 0 && past { 7 } else { back };
            let k = lead + 1 + past as usize;
            return Some(mk(k, day(art.add_days(-back)), "day"));
        }
    }
    None
}

fn ago(art: Date, n: i64, unit: &str, i: usize, k: usize) -> Option<DateExpr> {
    let mk = |value: String, precision: &'static str| DateExpr {
        tokens: i..i + k,
        value,
        precision,
    };
    Some(match unit {
        "يوم" | "ايام" | "يوما" => mk(art.add_days(-n).to_string(), "day"),
        "اسبوع" | "اسابيع" | "اسبوعا" => mk(
            art.add_days(-7 * n - art.weekday() as i64).to_string(),
            "week",
        ),
        "شهر" | "اشهر" | "شهور" | "شهرا" => {
            let (y, m) = add_months(art.year, art.month, -(n as i32));
            mk(ym(y, m), "month")
        }
        "عام" | "اعوام" | "سنه" | "سنوات" | "عاما" | "سنين" => {
            mk(format!("{:04}", art.year - n as i32), "year")
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(text: &str, art: &str) -> Vec<(String, &'static str)> {
        let toks = khayt_text::tokenize(text);
        let art = Date::parse_iso(art).unwrap();
        let mut last = None;
        find(&toks, 0..toks.len(), art, &mut last)
            .into_iter()
            .map(|e| (e.value, e.precision))
            .collect()
    }

    #[test]
    fn the_word_placing_a_day_and_month_is_part_of_the_date() {
        let toks = khayt_text::tokenize("في 17 كانون الأول الماضي، وقعوا");
        let art = Date::parse_iso("2016-02-10").unwrap();
        let d = find(&toks, 0..toks.len(), art, &mut None);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].value, "2015-12-17");
        assert_eq!(toks[d[0].tokens.end - 1].norm, "الماضي");
    }

    #[test]
    fn yesterday_is_the_day_before_the_article() {
        assert_eq!(
            resolve("قصفت الطائرات البلدة أمس", "2017-04-01"),
            [("2017-03-31".into(), "day")]
        );
    }

    #[test]
    fn last_month_is_month_precision() {
        assert_eq!(
            resolve("طيلة الشهر الماضي", "2017-04-01"),
            [("2017-03".into(), "month")]
        );
    }

    #[test]
    fn ordinal_day_of_it_takes_the_month_just_named() {
        let got = resolve(
            "مفاوضات طيلة الشهر الماضي أفضت إلى اتفاق في الثاني والعشرين منه",
            "2017-04-01",
        );
        assert_eq!(got[1], ("2017-03-22".into(), "day"));
    }

    #[test]
    fn ordinal_day_of_the_current_month() {
        assert_eq!(
            resolve("في السادس عشر من الشهر الجاري", "2017-04-01"),
            [("2017-04-16".into(), "day")]
        );
    }

    #[test]
    fn months_ago_subtracts_months() {
        assert_eq!(
            resolve("بايع التنظيم قبل أربعة أشهر", "2017-04-01"),
            [("2016-12".into(), "month")]
        );
    }

    #[test]
    fn both_month_name_systems_resolve() {
        assert_eq!(
            resolve("في 5 نيسان 2016", "2017-04-01"),
            [("2016-04-05".into(), "day")]
        );
        assert_eq!(
            resolve("في 5 أبريل/نيسان", "2017-04-10"),
            [("2017-04-05".into(), "day")]
        );
    }

    #[test]
    fn month_without_year_is_the_latest_past_one() {
        assert_eq!(
            resolve("في العاشر من ديسمبر", "2017-04-01"),
            [("2016-12-10".into(), "day")]
        );
    }

    #[test]
    fn last_weekday_is_within_the_past_week() {
        // 2017-04-01 is a Saturday; the Monday before is 2017-03-27
        assert_eq!(
            resolve("يوم الاثنين الماضي", "2017-04-01"),
            [("2017-03-27".into(), "day")]
        );
    }

    #[test]
    fn next_weekday_is_after_the_article_date() {
        // 2019-03-25 is a Monday; the coming Thursday is 2019-03-28
        assert_eq!(
            resolve("الخميس المقبل", "2019-03-25"),
            [("2019-03-28".into(), "day")]
        );
    }

    #[test]
    fn year_word_gives_year_precision() {
        assert_eq!(
            resolve("منذ عام 2014", "2017-04-01"),
            [("2014".into(), "year")]
        );
    }

    #[test]
    fn start_of_the_year_is_january() {
        assert_eq!(
            resolve("مطلع العام الجاري", "2017-04-01"),
            [("2017-01".into(), "month")]
        );
    }

    #[test]
    fn hijri_dates_convert_to_gregorian() {
        // 1 Ramadan 1438 was 27 May 2017 (tabular calendar: within a day)
        let got = resolve("في الأول من رمضان 1438 هـ", "2017-06-01");
        let d = Date::parse_iso(&got[0].0).unwrap();
        let expect = Date::parse_iso("2017-05-27").unwrap();
        assert!((d.to_days() - expect.to_days()).abs() <= 1, "{got:?}");
    }
}
