//! Calendar arithmetic for event dates: day numbers and the interval a date covers at
//! its precision.
//!
//! Dates are compared as day numbers (days since 1970-01-01) so that "a month-precision
//! date contains a day of that month" is an interval test. The algorithms are Howard
//! Hinnant's `days_from_civil` / `civil_from_days`, exact for the proleptic Gregorian
//! calendar; a date library would be a dependency for three functions.

/// Days since 1970-01-01 of a Gregorian date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day number.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `YYYY-MM-DD` of a day number.
pub fn format_day(z: i64) -> String {
    let (y, m, d) = civil_from_days(z);
    format!("{y:04}-{m:02}-{d:02}")
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the first and last day it covers.
/// `None` when it is none of these or not a real date.
pub fn parse_span(value: &str) -> Option<(i64, i64)> {
    let mut parts = value.trim().split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: Option<u32> = match parts.next() {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    let d: Option<u32> = match parts.next() {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    if parts.next().is_some() || !(1..=9999).contains(&y) {
        return None;
    }
    match (m, d) {
        (None, _) => Some((days_from_civil(y, 1, 1), days_from_civil(y, 12, 31))),
        (Some(m), None) if (1..=12).contains(&m) => Some((
            days_from_civil(y, m, 1),
            days_from_civil(y, m, days_in_month(y, m)),
        )),
        (Some(m), Some(d)) if (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) => {
            let z = days_from_civil(y, m, d);
            Some((z, z))
        }
        _ => None,
    }
}

/// The days an event date may denote: its nominal interval. A week-precision value is the
/// week's first day and covers seven days; an `article` date is the report's date, taken
/// as that day (the merge widens it backwards, see `MergeConfig::article_window_days`).
pub fn nominal_span(value: &str, precision: &str) -> Option<(i64, i64)> {
    let (lo, hi) = parse_span(value)?;
    Some(match precision {
        "week" => (lo, lo + 6),
        _ => (lo, hi),
    })
}

/// Seconds since the epoch as an ISO 8601 UTC timestamp, for `ingested_at`.
pub fn utc_timestamp(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        format_day(days),
        rem / 3600,
        (rem / 60) % 60,
        rem % 60
    )
}

/// The current time as an ISO 8601 UTC timestamp.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    utc_timestamp(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_across_leap_years() {
        for z in [-1000, 0, 59, 60, 11_016, 17_257, 20_000, 100_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(format_day(days_from_civil(2016, 2, 29) + 1), "2016-03-01");
    }

    #[test]
    fn a_month_covers_all_its_days() {
        let (lo, hi) = parse_span("2017-02").unwrap();
        assert_eq!(format_day(lo), "2017-02-01");
        assert_eq!(format_day(hi), "2017-02-28");
        let (lo, hi) = parse_span("2016").unwrap();
        assert_eq!(
            (format_day(lo), format_day(hi)),
            ("2016-01-01".into(), "2016-12-31".into())
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(parse_span("2017-02-30").is_none());
        assert!(parse_span("2017-13").is_none());
        assert!(parse_span("yesterday").is_none());
        assert!(parse_span("2017-01-01-01").is_none());
    }

    #[test]
    fn a_week_covers_seven_days_from_its_first() {
        let (lo, hi) = nominal_span("2017-03-20", "week").unwrap();
        assert_eq!(hi - lo, 6);
    }

    #[test]
    fn timestamps_are_utc_iso() {
        assert_eq!(utc_timestamp(86_400 + 3661), "1970-01-02T01:01:01Z");
    }
}
