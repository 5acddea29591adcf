//! When two events are the same happening: the rules of the cross-article merge.
//!
//! These are plain functions over [`MergeKey`]s so that every backend merges alike; a
//! backend only has to find candidate incidents (events sharing an *anchor*: an actor or
//! a place) and apply [`compatible`] to each of their members.
//!
//! The merge is complete-linkage: an event joins an incident only when it is compatible
//! with every member, so removing a member (an article replaced) never leaves an
//! incident whose remaining members disagree, and a long chain of near-matches cannot
//! drift into one incident.

use crate::dates;
use khayt_coder::Event;
use serde::{Deserialize, Serialize};

/// Thresholds of the merge. They apply to events as they arrive: changing them affects
/// later merges, not incidents already formed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeConfig {
    /// An `article`-precision date (the text gave none) may denote any day from this many
    /// days before the report to the report's day.
    pub article_window_days: i64,
    /// Extra days of tolerance between two date intervals (0: they must overlap).
    pub date_slack_days: i64,
    /// The coarsest date precision that still merges across articles (day, week, month,
    /// year). Coarser events stay incidents of their own: "in 2016" says too little.
    pub coarsest_precision: String,
    /// Two located events may match on the same first-level administrative area when they
    /// share no place id ("in Raqqa" and "in the Raqqa countryside").
    pub match_admin1: bool,
    /// A located event may merge with an unlocated one (off by default: an unlocated
    /// report would otherwise attach to any located one with the same actors).
    pub allow_unlocated: bool,
    /// A role one report leaves empty (no recipient named) matches any filler in the other.
    pub missing_role_matches: bool,
}

impl Default for MergeConfig {
    fn default() -> Self {
        MergeConfig {
            article_window_days: 3,
            date_slack_days: 0,
            coarsest_precision: "month".into(),
            match_admin1: true,
            allow_unlocated: false,
            missing_role_matches: true,
        }
    }
}

/// Rank of a date precision, finest first; `article` sits with `week` (a few days).
pub fn precision_rank(p: &str) -> u8 {
    match p {
        "day" => 0,
        "week" | "article" => 1,
        "month" => 2,
        "year" => 3,
        _ => 4,
    }
}

impl MergeConfig {
    /// Checks the values, so that a typo on the command line is an error, not a silent
    /// "never merge".
    pub fn validate(&self) -> Result<(), String> {
        if !matches!(
            self.coarsest_precision.as_str(),
            "day" | "week" | "month" | "year"
        ) {
            return Err(format!(
                "coarsest merge precision must be day, week, month or year, not {:?}",
                self.coarsest_precision
            ));
        }
        if self.article_window_days < 0 || self.date_slack_days < 0 {
            return Err("merge day windows cannot be negative".into());
        }
        Ok(())
    }

    /// The widest merge window an event can have under this configuration, which bounds
    /// the candidate search.
    pub fn max_window_days(&self) -> i64 {
        let nominal = match precision_rank(&self.coarsest_precision) {
            0 => 0,
            1 => 6,
            2 => 30,
            _ => 365,
        };
        nominal.max(self.article_window_days) + self.date_slack_days + 1
    }
}

/// The category family: categories within one family can describe the same happening
/// (an announced withdrawal and the withdrawal; a deal and its signature).
pub fn family(category: &str) -> &str {
    match category {
        "RETREAT" | "CONCEDE" => "YIELD",
        "AGREE" | "SUPPORT" => "AGREEMENT",
        other => other,
    }
}

/// Families whose two participants are interchangeable ("an agreement between X and Y").
pub fn symmetric_family(family: &str) -> bool {
    matches!(family, "AGREEMENT" | "CONSULT" | "COOPERATE")
}

/// The merge-relevant summary of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeKey {
    pub article_id: String,
    pub category: String,
    pub family: String,
    pub factuality: String,
    /// Actor key: the lexicon id, or `t:` and the normalized surface text.
    pub actor: Option<String>,
    pub recipient: Option<String>,
    /// Place keys (the gazetteer id, or `t:` and the normalized text), sorted.
    pub places: Vec<String>,
    /// First-level administrative areas of the locations, sorted.
    pub admin1: Vec<String>,
    pub date_value: String,
    pub date_precision: String,
    /// The days the date may denote for merging; `None` when the date is unreadable or
    /// coarser than the configuration merges.
    pub window: Option<(i64, i64)>,
}

/// The key of an entity: lexicon id when resolved, else its normalized text, so that the
/// same unresolved name written with other alef or ta marbuta forms still matches.
pub fn entity_key(id: Option<&str>, text: &str) -> Option<String> {
    match id {
        Some(id) if !id.is_empty() => Some(id.to_string()),
        _ => {
            let n = khayt_text::normalize(text);
            (!n.is_empty()).then(|| format!("t:{n}"))
        }
    }
}

/// The merge window of a date at its precision under `cfg`.
pub fn merge_window(value: &str, precision: &str, cfg: &MergeConfig) -> Option<(i64, i64)> {
    if precision != "article" && precision_rank(precision) > precision_rank(&cfg.coarsest_precision)
    {
        return None;
    }
    let (lo, hi) = dates::nominal_span(value, precision)?;
    if precision == "article" {
        Some((lo - cfg.article_window_days, hi))
    } else {
        Some((lo, hi))
    }
}

impl MergeKey {
    pub fn of(ev: &Event, cfg: &MergeConfig) -> MergeKey {
        let mut places: Vec<String> = ev
            .locations
            .iter()
            .filter_map(|l| entity_key(l.id.as_deref(), &l.text))
            .collect();
        places.sort();
        places.dedup();
        let mut admin1: Vec<String> = ev
            .locations
            .iter()
            .filter_map(|l| l.admin1.clone())
            .filter(|a| !a.is_empty())
            .collect();
        admin1.sort();
        admin1.dedup();
        MergeKey {
            article_id: ev.article_id.clone(),
            category: ev.category.clone(),
            family: family(&ev.category).to_string(),
            factuality: ev.factuality.clone(),
            actor: ev
                .actor
                .as_ref()
                .and_then(|a| entity_key(a.id.as_deref(), &a.text)),
            recipient: ev
                .recipient
                .as_ref()
                .and_then(|a| entity_key(a.id.as_deref(), &a.text)),
            places,
            admin1,
            date_value: ev.date.value.clone(),
            date_precision: ev.date.precision.clone(),
            window: merge_window(&ev.date.value, &ev.date.precision, cfg),
        }
    }

    /// Keys under which candidates are looked up: every named participant and every
    /// place. Two compatible events always share one (see [`compatible`]).
    pub fn anchors(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .actor
            .iter()
            .chain(self.recipient.iter())
            .map(|a| format!("a:{a}"))
            .chain(self.places.iter().map(|p| format!("p:{p}")))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn participants(&self) -> impl Iterator<Item = &String> {
        self.actor.iter().chain(self.recipient.iter())
    }
}

fn role_matches(a: &Option<String>, b: &Option<String>, cfg: &MergeConfig) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        _ => cfg.missing_role_matches,
    }
}

fn roles_compatible(a: &MergeKey, b: &MergeKey, cfg: &MergeConfig) -> bool {
    let straight =
        role_matches(&a.actor, &b.actor, cfg) && role_matches(&a.recipient, &b.recipient, cfg);
    if straight {
        return true;
    }
    symmetric_family(&a.family)
        && role_matches(&a.actor, &b.recipient, cfg)
        && role_matches(&a.recipient, &b.actor, cfg)
}

fn shares(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.contains(x))
}

/// Whether two events from different articles can be the same happening.
pub fn compatible(a: &MergeKey, b: &MergeKey, cfg: &MergeConfig) -> bool {
    if a.family != b.family || a.factuality != b.factuality {
        return false;
    }
    let (Some((alo, ahi)), Some((blo, bhi))) = (a.window, b.window) else {
        return false;
    };
    let slack = cfg.date_slack_days;
    if alo > bhi + slack || blo > ahi + slack {
        return false;
    }
    if !roles_compatible(a, b, cfg) {
        return false;
    }
    let shared_actor = a.participants().any(|x| b.participants().any(|y| x == y));
    let place_ok = match (a.places.is_empty(), b.places.is_empty()) {
        (false, false) => {
            shares(&a.places, &b.places) || (cfg.match_admin1 && shares(&a.admin1, &b.admin1))
        }
        // Neither says where: only the participants can tie them together.
        (true, true) => shared_actor,
        _ => cfg.allow_unlocated,
    };
    // An anchor (a shared participant or a shared place) is required so that two
    // anonymous events in one governorate on one day are not taken for one.
    place_ok && (shared_actor || shares(&a.places, &b.places))
}

/// How well two compatible events agree, to choose between candidate incidents.
pub fn affinity(a: &MergeKey, b: &MergeKey) -> u32 {
    let mut s = 0;
    if a.category == b.category {
        s += 2;
    }
    if a.actor.is_some() && a.actor == b.actor {
        s += 2;
    }
    if a.recipient.is_some() && a.recipient == b.recipient {
        s += 2;
    }
    s += 2 * a.places.iter().filter(|p| b.places.contains(p)).count() as u32;
    if shares(&a.admin1, &b.admin1) {
        s += 1;
    }
    if a.date_value == b.date_value && a.date_precision == b.date_precision {
        s += 1;
    }
    s
}

/// Whether two events of the *same* article are one event coded twice (the article
/// repeats itself): everything that identifies the happening is equal.
pub fn same_event(a: &MergeKey, b: &MergeKey) -> bool {
    let actors_equal = (a.actor == b.actor && a.recipient == b.recipient)
        || (symmetric_family(&a.family) && a.actor == b.recipient && a.recipient == b.actor);
    a.article_id == b.article_id
        && a.category == b.category
        && a.factuality == b.factuality
        && actors_equal
        && a.places == b.places
        && a.date_value == b.date_value
        && a.date_precision == b.date_precision
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(article: &str, cat: &str, actor: Option<&str>, recipient: Option<&str>) -> MergeKey {
        MergeKey {
            article_id: article.into(),
            category: cat.into(),
            family: family(cat).into(),
            factuality: "occurred".into(),
            actor: actor.map(String::from),
            recipient: recipient.map(String::from),
            places: vec!["sy-eastern-qalamoun".into()],
            admin1: vec!["Rif Dimashq".into()],
            date_value: "2017-04-01".into(),
            date_precision: "article".into(),
            window: merge_window("2017-04-01", "article", &MergeConfig::default()),
        }
    }

    #[test]
    fn a_withdrawal_and_a_concession_of_the_same_place_merge() {
        let cfg = MergeConfig::default();
        let a = key("a", "RETREAT", Some("isis"), Some("hts"));
        let b = key("b", "CONCEDE", Some("isis"), Some("hts"));
        assert!(compatible(&a, &b, &cfg));
    }

    #[test]
    fn conflicting_factuality_never_merges() {
        let cfg = MergeConfig::default();
        let a = key("a", "RETREAT", Some("isis"), Some("hts"));
        let mut b = key("b", "RETREAT", Some("isis"), Some("hts"));
        b.factuality = "negated".into();
        assert!(!compatible(&a, &b, &cfg));
    }

    #[test]
    fn symmetric_agreements_match_in_either_order_but_attacks_do_not() {
        let cfg = MergeConfig::default();
        let a = key("a", "AGREE", Some("isis"), Some("nusra"));
        let b = key("b", "SUPPORT", Some("nusra"), Some("isis"));
        assert!(compatible(&a, &b, &cfg));
        let a = key("a", "ASSAULT", Some("isis"), Some("nusra"));
        let b = key("b", "ASSAULT", Some("nusra"), Some("isis"));
        assert!(!compatible(&a, &b, &cfg));
    }

    #[test]
    fn a_month_contains_a_day_of_it_but_not_of_the_next() {
        let cfg = MergeConfig::default();
        let mut a = key("a", "AGREE", Some("isis"), Some("nusra"));
        a.window = merge_window("2017-03", "month", &cfg);
        let mut b = key("b", "AGREE", Some("isis"), Some("nusra"));
        b.window = merge_window("2017-03-22", "day", &cfg);
        assert!(compatible(&a, &b, &cfg));
        b.window = merge_window("2017-04-02", "day", &cfg);
        assert!(!compatible(&a, &b, &cfg));
    }

    #[test]
    fn article_dates_merge_within_the_window_only() {
        let cfg = MergeConfig::default();
        let a = key("a", "RETREAT", Some("isis"), None);
        let mut b = key("b", "RETREAT", Some("isis"), None);
        b.window = merge_window("2017-04-04", "article", &cfg);
        assert!(compatible(&a, &b, &cfg));
        b.window = merge_window("2017-04-09", "article", &cfg);
        assert!(!compatible(&a, &b, &cfg));
    }

    #[test]
    fn year_precision_does_not_merge_by_default() {
        let cfg = MergeConfig::default();
        assert!(merge_window("2016", "year", &cfg).is_none());
        let cfg = MergeConfig {
            coarsest_precision: "year".into(),
            ..MergeConfig::default()
        };
        assert!(merge_window("2016", "year", &cfg).is_some());
    }

    #[test]
    fn different_places_in_different_governorates_do_not_merge() {
        let cfg = MergeConfig::default();
        let a = key("a", "ASSAULT", Some("isis"), None);
        let mut b = key("b", "ASSAULT", Some("isis"), None);
        b.places = vec!["iq-mosul".into()];
        b.admin1 = vec!["Nineveh".into()];
        assert!(!compatible(&a, &b, &cfg));
        b.admin1 = vec!["Rif Dimashq".into()];
        assert!(compatible(&a, &b, &cfg));
        let strict = MergeConfig {
            match_admin1: false,
            ..cfg
        };
        assert!(!compatible(&a, &b, &strict));
    }

    #[test]
    fn anonymous_events_need_a_shared_place_not_just_a_governorate() {
        let cfg = MergeConfig::default();
        let a = key("a", "ASSAULT", None, None);
        let mut b = key("b", "ASSAULT", None, None);
        assert!(compatible(&a, &b, &cfg));
        b.places = vec!["sy-douma".into()];
        assert!(!compatible(&a, &b, &cfg));
    }

    #[test]
    fn unlocated_events_merge_only_with_unlocated_ones_by_default() {
        let cfg = MergeConfig::default();
        let mut a = key("a", "JOIN", Some("liwa-al-aqsa"), Some("isis"));
        a.places.clear();
        a.admin1.clear();
        let mut b = a.clone();
        b.article_id = "b".into();
        assert!(compatible(&a, &b, &cfg));
        let c = key("c", "JOIN", Some("liwa-al-aqsa"), Some("isis"));
        assert!(!compatible(&a, &c, &cfg));
    }

    #[test]
    fn a_repeated_mention_in_one_article_is_the_same_event() {
        let a = key("a", "AGREE", Some("isis"), Some("nusra"));
        let b = key("a", "AGREE", Some("nusra"), Some("isis"));
        assert!(same_event(&a, &b));
        let c = key("a", "SUPPORT", Some("nusra"), Some("isis"));
        assert!(!same_event(&a, &c));
    }

    #[test]
    fn unresolved_names_are_compared_normalized() {
        assert_eq!(entity_key(None, "الإدارة"), entity_key(None, "الادارة"));
        assert_eq!(entity_key(Some("isis"), "داعش").as_deref(), Some("isis"));
        assert_eq!(entity_key(None, "  "), None);
    }
}
