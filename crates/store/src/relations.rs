//! What the events say about actors over time: dated relation facts between actor pairs
//! and territory passing from one actor to another.
//!
//! Facts are derived on demand from stored events (never stored themselves), so they are
//! always consistent with the events and incidents behind them. One fact stands for one
//! incident: three outlets reporting one clash make one hostility fact listing the three
//! events and articles, not three facts.

use crate::merge;
use crate::StoredEvent;
use khayt_coder::{Entity, Location};
use serde::Serialize;
use std::collections::BTreeMap;

/// An actor as it appears in facts: its lexicon id when resolved, else its text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ActorRef {
    /// The merge key: lexicon id, or `t:` and the normalized text.
    pub key: String,
    pub id: Option<String>,
    /// English name when known, else the Arabic text.
    pub label: String,
    pub code: Option<String>,
}

impl ActorRef {
    pub fn of(e: &Entity) -> Option<ActorRef> {
        // a thing struck ("مقصفا", "مكاتب الحزب") has neither id nor code: not a party
        if e.id.is_none() && e.code.is_none() {
            return None;
        }
        let key = merge::entity_key(e.id.as_deref(), &e.text)?;
        Some(ActorRef {
            key,
            id: e.id.clone(),
            label: e.name.clone().unwrap_or_else(|| e.text.clone()),
            code: e.code.clone(),
        })
    }

    /// Whether a user's term (id, surface text, English or Arabic name) names this actor.
    pub fn matches(&self, term: &str) -> bool {
        self.id.as_deref() == Some(term)
            || self.label.eq_ignore_ascii_case(term)
            || merge::entity_key(None, term).as_deref() == Some(self.key.as_str())
    }
}

/// A dated relation between two actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationFact {
    /// cooperation | hostility | affiliation
    pub kind: String,
    /// Whether the relation is friendly or hostile: cooperation | hostility (a JOIN is an
    /// affiliation of cooperative stance, a SPLIT of hostile stance).
    pub stance: String,
    /// PLOVER or khayt category (several joined by `/` when the reports differ, e.g.
    /// AGREE/SUPPORT), or the lexicon relation (member_of, leads, merged_into…).
    pub category: String,
    pub mode: Option<String>,
    /// The first participant (the doer, for directed categories).
    pub actor: ActorRef,
    pub other: ActorRef,
    /// Whether actor → other is meaningful (an attack) or not (an agreement between).
    pub directed: bool,
    /// Start of the relation: the event date (finest among the reports).
    pub date: Option<String>,
    /// day | week | month | year | article, or `range` for lexicon affiliations.
    pub precision: String,
    /// End of a lexicon affiliation, when known.
    pub until: Option<String>,
    pub factuality: String,
    /// Who claims it, for each report that attributes it.
    pub claimed_by: Vec<String>,
    pub incident: Option<i64>,
    pub event_ids: Vec<String>,
    pub article_ids: Vec<String>,
    /// `events`, or the lexicon file and line of a dated affiliation.
    pub source: String,
}

/// A dated affiliation from the lexicon (`member_of>al-qaeda@2006-10-15..2014-02-03`).
#[derive(Debug, Clone, PartialEq)]
pub struct KnownAffiliation {
    pub actor: ActorRef,
    pub relation: String,
    pub target: ActorRef,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Where it is defined (file:line).
    pub origin: String,
}

/// The relation kind and stance of an event category, `None` for categories that say
/// nothing about a pair (PROTEST, MOBILIZE, REQUEST…).
pub fn relation_kind(category: &str) -> Option<(&'static str, &'static str)> {
    Some(match category {
        "AGREE" | "CONSULT" | "SUPPORT" | "COOPERATE" | "AID" => ("cooperation", "cooperation"),
        "ACCUSE" | "THREATEN" | "COERCE" | "SANCTION" | "ASSAULT" | "REJECT" => {
            ("hostility", "hostility")
        }
        "JOIN" => ("affiliation", "cooperation"),
        "SPLIT" => ("affiliation", "hostility"),
        _ => return None,
    })
}

/// Stance of a lexicon affiliation relation.
pub fn affiliation_stance(relation: &str) -> &'static str {
    match relation {
        "split_from" | "rival_of" | "fights" => "hostility",
        _ => "cooperation",
    }
}

fn finest_date(members: &[&StoredEvent]) -> (Option<String>, String) {
    members
        .iter()
        .min_by(|a, b| {
            merge::precision_rank(&a.event.date.precision)
                .cmp(&merge::precision_rank(&b.event.date.precision))
                .then(a.event.date.value.cmp(&b.event.date.value))
        })
        .map(|m| {
            (
                Some(m.event.date.value.clone()),
                m.event.date.precision.clone(),
            )
        })
        .unwrap_or((None, String::new()))
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// Relation facts of a set of events, one per incident, actor pair and kind, sorted by
/// date. Events without two distinct participants say nothing about a pair and are left
/// out.
pub fn relation_facts(events: &[StoredEvent]) -> Vec<RelationFact> {
    type GroupKey = (String, String, String, String);
    let mut groups: BTreeMap<GroupKey, Vec<&StoredEvent>> = BTreeMap::new();
    for se in events {
        let e = &se.event;
        let Some((kind, _)) = relation_kind(&e.category) else {
            continue;
        };
        let (Some(a), Some(b)) = (
            e.actor.as_ref().and_then(ActorRef::of),
            e.recipient.as_ref().and_then(ActorRef::of),
        ) else {
            continue;
        };
        if a.key == b.key {
            continue;
        }
        let fam = merge::family(&e.category);
        // Symmetric families put the pair in a canonical order so both readings group.
        let (x, y) = if merge::symmetric_family(fam) && b.key < a.key {
            (b.key, a.key)
        } else {
            (a.key, b.key)
        };
        let group = se
            .incident
            .map(|i| format!("i{i}"))
            .unwrap_or_else(|| format!("e{}", e.id));
        groups
            .entry((group, x, y, kind.to_string()))
            .or_default()
            .push(se);
    }
    let mut facts: Vec<RelationFact> = groups
        .into_iter()
        .filter_map(|((_, x, _, kind), members)| {
            let first = members.first()?;
            let e = &first.event;
            let (ra, rb) = (
                e.actor.as_ref().and_then(ActorRef::of)?,
                e.recipient.as_ref().and_then(ActorRef::of)?,
            );
            let (actor, other) = if ra.key == x { (ra, rb) } else { (rb, ra) };
            let mut categories = Vec::new();
            let mut modes = Vec::new();
            let mut claimed_by = Vec::new();
            let mut event_ids = Vec::new();
            let mut article_ids = Vec::new();
            for m in &members {
                push_unique(&mut categories, &m.event.category);
                if let Some(md) = &m.event.mode {
                    push_unique(&mut modes, md);
                }
                if let Some(a) = &m.event.attribution {
                    push_unique(&mut claimed_by, &a.text);
                }
                push_unique(&mut event_ids, &m.event.id);
                push_unique(&mut article_ids, &m.article.id);
            }
            let (date, precision) = finest_date(&members);
            let stance = relation_kind(&e.category).map_or("", |k| k.1).to_string();
            Some(RelationFact {
                kind,
                stance,
                category: categories.join("/"),
                mode: (!modes.is_empty()).then(|| modes.join("/")),
                directed: !merge::symmetric_family(merge::family(&e.category)),
                actor,
                other,
                date,
                precision,
                until: None,
                factuality: e.factuality.clone(),
                claimed_by,
                incident: first.incident,
                event_ids,
                article_ids,
                source: "events".into(),
            })
        })
        .collect();
    facts.sort_by(|a, b| a.date.cmp(&b.date).then(a.incident.cmp(&b.incident)));
    facts
}

/// Lexicon affiliations as facts.
pub fn affiliation_facts(known: &[KnownAffiliation]) -> Vec<RelationFact> {
    known
        .iter()
        .map(|k| RelationFact {
            kind: "affiliation".into(),
            stance: affiliation_stance(&k.relation).into(),
            category: k.relation.clone(),
            mode: None,
            actor: k.actor.clone(),
            other: k.target.clone(),
            directed: true,
            date: k.from.clone(),
            precision: "range".into(),
            until: k.to.clone(),
            factuality: "occurred".into(),
            claimed_by: Vec::new(),
            incident: None,
            event_ids: Vec::new(),
            article_ids: Vec::new(),
            source: format!("lexicon {}", k.origin),
        })
        .collect()
}

/// Whether a fact falls in a date range (`YYYY[-MM[-DD]]` bounds, inclusive): an event
/// fact by its date, a lexicon affiliation when its span overlaps the range.
pub fn fact_in_range(f: &RelationFact, from: Option<&str>, to: Option<&str>) -> bool {
    use crate::dates::parse_span;
    let lo = from.and_then(parse_span).map(|s| s.0);
    let hi = to.and_then(parse_span).map(|s| s.1);
    let start = f.date.as_deref().and_then(parse_span).map(|s| s.0);
    let end = if f.precision == "range" {
        f.until.as_deref().and_then(parse_span).map(|s| s.1)
    } else {
        f.date.as_deref().and_then(parse_span).map(|s| s.1)
    };
    let after_lo = match (lo, end) {
        (Some(lo), Some(end)) => end >= lo,
        // An open-ended affiliation runs to today.
        _ => true,
    };
    let before_hi = match (hi, start) {
        (Some(hi), Some(start)) => start <= hi,
        _ => true,
    };
    after_lo && before_hi
}

/// A place in a territory transfer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceRef {
    pub key: String,
    pub id: Option<String>,
    pub name: String,
    pub text: String,
    pub admin1: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: String,
}

impl PlaceRef {
    pub fn of(l: &Location) -> Option<PlaceRef> {
        Some(PlaceRef {
            key: merge::entity_key(l.id.as_deref(), &l.text)?,
            id: l.id.clone(),
            name: l.name.clone().unwrap_or_else(|| l.text.clone()),
            text: l.text.clone(),
            admin1: l.admin1.clone(),
            country: l.country.clone(),
            lat: l.lat,
            lon: l.lon,
            precision: l.precision.clone(),
        })
    }
}

/// Whether a user's term names a location: its gazetteer id, name, surface text or
/// first-level administrative area.
pub fn location_matches(l: &Location, term: &str) -> bool {
    let key = merge::entity_key(None, term);
    l.id.as_deref() == Some(term)
        || l.name
            .as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(term))
        || l.admin1
            .as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(term))
        || l.text == term
        || (key.is_some() && merge::entity_key(None, &l.text) == key)
}

/// A place passing from one actor to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TerritoryTransfer {
    pub place: PlaceRef,
    /// Who gives the place up (unknown when a seizure names no former holder).
    pub from: Option<ActorRef>,
    pub to: ActorRef,
    /// withdrawal (RETREAT) | concession (CONCEDE) | seizure (COERCE seize)
    pub how: String,
    pub category: String,
    pub date: Option<String>,
    pub precision: String,
    pub factuality: String,
    pub claimed_by: Vec<String>,
    pub incident: Option<i64>,
    pub event_ids: Vec<String>,
    pub article_ids: Vec<String>,
}

/// The (from, to, how) of an event that moves territory, if it does: a withdrawal or a
/// concession in favour of a named recipient, or a seizure by a named actor.
fn transfer_parties(se: &StoredEvent) -> Option<(Option<ActorRef>, ActorRef, &'static str)> {
    let e = &se.event;
    let actor = e.actor.as_ref().and_then(ActorRef::of);
    let recipient = e.recipient.as_ref().and_then(ActorRef::of);
    match e.category.as_str() {
        "RETREAT" | "CONCEDE" => {
            let how = if e.category == "RETREAT" {
                "withdrawal"
            } else {
                "concession"
            };
            let to = recipient?;
            Some((actor, to, how))
        }
        "COERCE" if e.mode.as_deref() == Some("seize") => Some((recipient, actor?, "seizure")),
        _ => None,
    }
}

/// Territory transfers among `events`, one per incident, place and pair, sorted by date;
/// with `place_terms`, only the locations those terms name.
pub fn territory_transfers(
    events: &[StoredEvent],
    place_terms: &[String],
) -> Vec<TerritoryTransfer> {
    type GroupKey = (String, String, String, String);
    let mut groups: BTreeMap<GroupKey, Vec<(&StoredEvent, PlaceRef)>> = BTreeMap::new();
    for se in events {
        let Some((from, to, _)) = transfer_parties(se) else {
            continue;
        };
        if from.as_ref().is_some_and(|f| f.key == to.key) {
            continue;
        }
        for l in &se.event.locations {
            if !place_terms.is_empty() && !place_terms.iter().any(|t| location_matches(l, t)) {
                continue;
            }
            let Some(place) = PlaceRef::of(l) else {
                continue;
            };
            let group = se
                .incident
                .map(|i| format!("i{i}"))
                .unwrap_or_else(|| format!("e{}", se.event.id));
            let from_key = from.as_ref().map(|f| f.key.clone()).unwrap_or_default();
            groups
                .entry((group, place.key.clone(), from_key, to.key.clone()))
                .or_default()
                .push((se, place));
        }
    }
    let mut out: Vec<TerritoryTransfer> = groups
        .into_values()
        .filter_map(|members| {
            let (first, place) = members.first()?;
            let (from, to, how) = transfer_parties(first)?;
            let evs: Vec<&StoredEvent> = members.iter().map(|m| m.0).collect();
            let mut claimed_by = Vec::new();
            let mut event_ids = Vec::new();
            let mut article_ids = Vec::new();
            let mut categories = Vec::new();
            for m in &evs {
                if let Some(a) = &m.event.attribution {
                    push_unique(&mut claimed_by, &a.text);
                }
                push_unique(&mut event_ids, &m.event.id);
                push_unique(&mut article_ids, &m.article.id);
                push_unique(&mut categories, &m.event.category);
            }
            let (date, precision) = finest_date(&evs);
            Some(TerritoryTransfer {
                place: place.clone(),
                from,
                to,
                how: how.into(),
                category: categories.join("/"),
                date,
                precision,
                factuality: first.event.factuality.clone(),
                claimed_by,
                incident: first.incident,
                event_ids,
                article_ids,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.place.name.cmp(&b.place.name))
            .then(a.incident.cmp(&b.incident))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleMeta;
    use khayt_coder::{Attribution, Event, EventDate, Evidence};

    fn ent(id: &str, text: &str) -> Entity {
        Entity {
            text: text.into(),
            id: Some(id.into()),
            name: Some(id.to_uppercase()),
            name_ar: None,
            country: None,
            sector: None,
            code: None,
            start: 0,
            end: 0,
        }
    }

    fn loc(id: &str, admin1: &str) -> Location {
        Location {
            text: id.into(),
            id: Some(id.into()),
            name: Some(id.into()),
            admin1: Some(admin1.into()),
            country: Some("SYR".into()),
            lat: Some(33.9),
            lon: Some(36.9),
            precision: "region".into(),
            start: 0,
            end: 0,
        }
    }

    fn ev(
        id: &str,
        art: &str,
        cat: &str,
        a: Option<Entity>,
        r: Option<Entity>,
        inc: i64,
    ) -> StoredEvent {
        StoredEvent {
            event: Event {
                id: id.into(),
                article_id: art.into(),
                category: cat.into(),
                mode: None,
                context: vec![],
                actor: a,
                recipient: r,
                locations: vec![loc("sy-eastern-qalamoun", "Rif Dimashq")],
                date: EventDate {
                    value: "2017-04-01".into(),
                    precision: "article".into(),
                    text: None,
                },
                factuality: "occurred".into(),
                attribution: None,
                quantity: None,
                evidence: Evidence {
                    sentence: 0,
                    start: 0,
                    end: 0,
                    trigger: String::new(),
                    trigger_start: 0,
                    trigger_end: 0,
                },
                rule: String::new(),
                confidence: 0.5,
            },
            incident: Some(inc),
            article: ArticleMeta {
                id: art.into(),
                ..ArticleMeta::default()
            },
            sentence: None,
        }
    }

    #[test]
    fn a_thing_struck_is_not_a_party_to_a_relation() {
        // the coder names a building or vehicle hit as the recipient, with no id or code
        let thing = Entity {
            id: None,
            name: None,
            ..ent("x", "مكاتب الحزب")
        };
        let events = vec![ev(
            "e1",
            "a1",
            "ASSAULT",
            Some(ent("isis", "داعش")),
            Some(thing),
            1,
        )];
        assert!(relation_facts(&events).is_empty());
    }

    #[test]
    fn one_incident_reported_twice_is_one_fact_listing_both_reports() {
        let isis = ent("isis", "داعش");
        let hts = ent("hts", "هيئة تحرير الشام");
        let events = vec![
            ev(
                "e1",
                "a1",
                "AGREE",
                Some(isis.clone()),
                Some(hts.clone()),
                1,
            ),
            ev(
                "e2",
                "a2",
                "SUPPORT",
                Some(hts.clone()),
                Some(isis.clone()),
                1,
            ),
            ev(
                "e3",
                "a2",
                "ASSAULT",
                Some(isis.clone()),
                Some(hts.clone()),
                2,
            ),
            ev("e4", "a2", "PROTEST", Some(isis), Some(hts), 3),
        ];
        let facts = relation_facts(&events);
        assert_eq!(facts.len(), 2);
        let coop = facts.iter().find(|f| f.kind == "cooperation").unwrap();
        assert_eq!(coop.event_ids, vec!["e1", "e2"]);
        assert_eq!(coop.article_ids, vec!["a1", "a2"]);
        assert_eq!(coop.category, "AGREE/SUPPORT");
        assert!(!coop.directed);
        let host = facts.iter().find(|f| f.kind == "hostility").unwrap();
        assert!(host.directed);
        assert_eq!(host.actor.key, "isis");
    }

    #[test]
    fn a_withdrawal_in_favour_of_a_recipient_is_a_transfer_with_its_claimant() {
        let mut e = ev(
            "e1",
            "a1",
            "RETREAT",
            Some(ent("isis", "داعش")),
            Some(ent("hts", "الهيئة")),
            1,
        );
        e.event.attribution = Some(Attribution {
            text: "مصادر".into(),
            actor: None,
            start: 0,
            end: 0,
        });
        let no_recipient = ev("e2", "a1", "RETREAT", Some(ent("isis", "داعش")), None, 2);
        let t = territory_transfers(&[e, no_recipient], &[]);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].from.as_ref().unwrap().key, "isis");
        assert_eq!(t[0].to.key, "hts");
        assert_eq!(t[0].how, "withdrawal");
        assert_eq!(t[0].claimed_by, vec!["مصادر"]);
        assert!(territory_transfers(&t_events(), &["Hama".into()]).is_empty());
        assert_eq!(
            territory_transfers(&t_events(), &["Rif Dimashq".into()]).len(),
            1
        );
    }

    fn t_events() -> Vec<StoredEvent> {
        vec![ev(
            "e1",
            "a1",
            "CONCEDE",
            Some(ent("isis", "داعش")),
            Some(ent("hts", "الهيئة")),
            1,
        )]
    }

    #[test]
    fn open_affiliations_run_to_today_and_closed_ones_end() {
        let known = vec![KnownAffiliation {
            actor: ActorRef {
                key: "isis".into(),
                id: Some("isis".into()),
                label: "Islamic State".into(),
                code: None,
            },
            relation: "member_of".into(),
            target: ActorRef {
                key: "al-qaeda".into(),
                id: Some("al-qaeda".into()),
                label: "al-Qaeda".into(),
                code: None,
            },
            from: Some("2006-10-15".into()),
            to: Some("2014-02-03".into()),
            origin: "actors.tsv:3".into(),
        }];
        let f = &affiliation_facts(&known)[0];
        assert!(fact_in_range(f, Some("2010"), Some("2011")));
        assert!(!fact_in_range(f, Some("2015"), None));
        assert!(f.source.contains("actors.tsv:3"));
    }
}
