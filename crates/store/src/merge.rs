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
    /// Place keys (the gazetteer id, or `t:` and the normalized text) of the locations
    /// finer than a country, sorted. A country-level location ("in Syria") says about as
    /// little as none, so it only counts through `countries`.
    pub places: Vec<String>,
    /// First-level administrative areas of those locations, sorted.
    pub admin1: Vec<String>,
    /// Countries of all the locations, country-level ones included, sorted.
    pub countries: Vec<String>,
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
        let fine = || ev.locations.iter().filter(|l| l.precision != "country");
        let mut places: Vec<String> = fine()
            .filter_map(|l| entity_key(l.id.as_deref(), &l.text))
            .collect();
        places.sort();
        places.dedup();
        let mut admin1: Vec<String> = fine()
            .filter_map(|l| l.admin1.clone())
            .filter(|a| !a.is_empty())
            .collect();
        admin1.sort();
        admin1.dedup();
        let mut countries: Vec<String> = ev
            .locations
            .iter()
            .filter_map(|l| l.country.clone())
            .filter(|c| !c.is_empty())
            .collect();
        countries.sort();
        countries.dedup();
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
            countries,
            date_value: ev.date.value.clone(),
            date_precision: ev.date.precision.clone(),
            window: merge_window(&ev.date.value, &ev.date.precision, cfg),
        }
    }

    /// Whether the event names a place finer than a country.
    pub fn located(&self) -> bool {
        !self.places.is_empty()
    }

    /// Keys the event is filed under for later candidates to find it. Each combines what
    /// [`compatible`] requires two events to share, so that a lookup returns few rows even
    /// for a busy actor: an area (admin1 or place) with the participants in their roles,
    /// a place with the roles filled, or, for an event without a place, the participants.
    pub fn stored_anchors(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.located() {
            for area in self.admin1.iter().chain(self.places.iter()) {
                self.stored_role_keys(&format!("A:{area}"), &mut out);
            }
            let sig = self.role_signature();
            out.extend(self.places.iter().map(|f| format!("P:{f}|{sig}")));
            self.stored_role_keys("L", &mut out);
        } else {
            self.stored_role_keys("V", &mut out);
        }
        out.sort();
        out.dedup();
        out
    }

    /// Keys under which candidates for this event are looked up: every event it can be
    /// [`compatible`] with under `cfg` is filed under at least one of them (a test checks
    /// it over every combination of roles and places).
    pub fn lookup_anchors(&self, cfg: &MergeConfig) -> Vec<String> {
        let mut out = Vec::new();
        if self.located() {
            for area in self.admin1.iter().chain(self.places.iter()) {
                self.lookup_role_keys(&format!("A:{area}"), &mut out);
            }
            // A place alone ties two events only when they share no participant, which
            // roles allow only where one side leaves each role empty: look up just the
            // role signatures that can do so.
            for sig in self.place_partner_signatures() {
                out.extend(self.places.iter().map(|f| format!("P:{f}|{sig}")));
            }
            if cfg.allow_unlocated {
                self.lookup_role_keys("V", &mut out);
            }
        } else {
            self.lookup_role_keys("V", &mut out);
            if cfg.allow_unlocated {
                self.lookup_role_keys("L", &mut out);
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The participants in their roles: the pair (`-` for an empty role), and each filled
    /// role alone.
    fn stored_role_keys(&self, prefix: &str, out: &mut Vec<String>) {
        let a = self.actor.as_deref().unwrap_or("-");
        let r = self.recipient.as_deref().unwrap_or("-");
        out.push(format!("{prefix}|{a}|{r}"));
        if let Some(a) = &self.actor {
            out.push(format!("{prefix}|a={a}"));
        }
        if let Some(r) = &self.recipient {
            out.push(format!("{prefix}|r={r}"));
        }
    }

    /// The stored role keys of every event whose roles are compatible with this one's and
    /// that shares a participant with it. For a filled role the other event holds the
    /// same participant or nothing; an empty role here leaves the other's free, which
    /// the single-role keys cover.
    fn lookup_role_keys(&self, prefix: &str, out: &mut Vec<String>) {
        let symmetric = symmetric_family(&self.family);
        let pair = |a: &str, r: &str| format!("{prefix}|{a}|{r}");
        match (self.actor.as_deref(), self.recipient.as_deref()) {
            (Some(a), Some(r)) => {
                out.extend([pair(a, r), pair(a, "-"), pair("-", r)]);
                if symmetric {
                    out.extend([pair(r, a), pair(r, "-"), pair("-", a)]);
                }
            }
            (Some(a), None) => {
                out.extend([format!("{prefix}|a={a}"), pair("-", a)]);
                if symmetric {
                    out.push(format!("{prefix}|r={a}"));
                }
            }
            (None, Some(r)) => {
                out.extend([format!("{prefix}|r={r}"), pair(r, "-")]);
                if symmetric {
                    out.push(format!("{prefix}|a={r}"));
                }
            }
            (None, None) => {}
        }
    }

    /// Which roles are filled: actor then recipient, `1` for filled.
    fn role_signature(&self) -> &'static str {
        match (self.actor.is_some(), self.recipient.is_some()) {
            (false, false) => "00",
            (true, false) => "10",
            (false, true) => "01",
            (true, true) => "11",
        }
    }

    /// Role signatures of the events this one can match through a place alone (no shared
    /// participant): each role filled here must be empty there, in the straight or, for
    /// symmetric families, the swapped order.
    fn place_partner_signatures(&self) -> Vec<&'static str> {
        let all = ["00", "10", "01", "11"];
        let (a, r) = (self.actor.is_some(), self.recipient.is_some());
        let symmetric = symmetric_family(&self.family);
        all.into_iter()
            .filter(|sig| {
                let xa = sig.starts_with('1');
                let xr = sig.ends_with('1');
                let straight = !((a && xa) || (r && xr));
                let swapped = !((a && xr) || (r && xa));
                straight || (symmetric && swapped)
            })
            .collect()
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
    // Only a lexicon actor identifies a participant: two reports of "demonstrators" or
    // "gunmen" (role nouns, unresolved names: `t:` keys) name a kind, not the same group,
    // so they tie two events only together with a shared place.
    let shared_actor = a
        .participants()
        .filter(|x| !x.starts_with("t:"))
        .any(|x| b.participants().any(|y| x == y));
    // Places are compared at their precision, like dates: two countries must agree when
    // both are known, and a vague report (no place, or only a country) matches a located
    // one only when the configuration allows it.
    let countries_ok =
        a.countries.is_empty() || b.countries.is_empty() || shares(&a.countries, &b.countries);
    let place_ok = countries_ok
        && match (a.places.is_empty(), b.places.is_empty()) {
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
        && a.countries == b.countries
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
            countries: vec!["SYR".into()],
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
    fn a_country_level_place_is_vague_and_countries_must_agree() {
        let cfg = MergeConfig::default();
        let mut a = key("a", "AGREE", Some("isis"), Some("hts"));
        a.places.clear();
        a.admin1.clear();
        let mut b = a.clone();
        b.article_id = "b".into();
        b.countries.clear();
        // "in Syria" and no place at all: both vague, tied by their participants.
        assert!(compatible(&a, &b, &cfg));
        b.countries = vec!["IRQ".into()];
        assert!(!compatible(&a, &b, &cfg));
        // A vague report does not attach to a located one by default.
        let c = key("c", "AGREE", Some("isis"), Some("hts"));
        assert!(!compatible(&a, &c, &cfg));
        let loose = MergeConfig {
            allow_unlocated: true,
            ..cfg
        };
        assert!(compatible(&a, &c, &loose));
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
    fn compatible_events_always_share_an_anchor() {
        let cfgs = [
            MergeConfig::default(),
            MergeConfig {
                allow_unlocated: true,
                ..MergeConfig::default()
            },
            MergeConfig {
                missing_role_matches: false,
                match_admin1: false,
                ..MergeConfig::default()
            },
        ];
        let actors = [None, Some("isis"), Some("hts")];
        let placesets: [&[(&str, &str)]; 4] = [
            &[],
            &[("sy-qalamoun", "Rif Dimashq")],
            &[("sy-douma", "Rif Dimashq")],
            &[("sy-hama", "Hama"), ("sy-douma", "Rif Dimashq")],
        ];
        let mut keys = Vec::new();
        for a in actors {
            for r in actors {
                for ps in placesets {
                    let mut k = key("x", "RETREAT", a, r);
                    let mut sym = key("x", "AGREE", a, r);
                    sym.places = ps.iter().map(|p| p.0.to_string()).collect();
                    sym.admin1 = ps.iter().map(|p| p.1.to_string()).collect();
                    sym.places.sort();
                    sym.admin1.sort();
                    sym.admin1.dedup();
                    keys.push(sym);
                    k.places = ps.iter().map(|p| p.0.to_string()).collect();
                    k.admin1 = ps.iter().map(|p| p.1.to_string()).collect();
                    k.places.sort();
                    k.admin1.sort();
                    k.admin1.dedup();
                    keys.push(k);
                }
            }
        }
        for cfg in &cfgs {
            for a in &keys {
                for b in &keys {
                    let mut b = b.clone();
                    b.article_id = "y".into();
                    let mut back = a.clone();
                    back.article_id = "z".into();
                    assert_eq!(
                        compatible(a, &b, cfg),
                        compatible(&b, &back, cfg),
                        "compatibility must not depend on arrival order: {a:?} / {b:?}"
                    );
                    if compatible(a, &b, cfg) {
                        let stored = b.stored_anchors();
                        assert!(
                            a.lookup_anchors(cfg).iter().any(|x| stored.contains(x)),
                            "{a:?} / {b:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn role_nouns_alone_do_not_tie_two_unlocated_reports() {
        let cfg = MergeConfig::default();
        let mut a = key("a", "PROTEST", Some("t:المتظاهرين"), None);
        a.places.clear();
        a.admin1.clear();
        let mut b = a.clone();
        b.article_id = "b".into();
        assert!(!compatible(&a, &b, &cfg));
        // At one place, the same day, they are one protest (as ACLED aggregates).
        let c = key("c", "PROTEST", Some("t:المتظاهرين"), None);
        let d = key("d", "PROTEST", Some("t:المتظاهرين"), None);
        assert!(compatible(&c, &d, &cfg));
    }

    #[test]
    fn unresolved_names_are_compared_normalized() {
        assert_eq!(entity_key(None, "الإدارة"), entity_key(None, "الادارة"));
        assert_eq!(entity_key(Some("isis"), "داعش").as_deref(), Some("isis"));
        assert_eq!(entity_key(None, "  "), None);
    }
}
