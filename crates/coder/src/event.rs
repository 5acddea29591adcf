//! The article and event records (one JSON object a line; see DESIGN.md).

use serde::{Deserialize, Serialize};

/// An input article. Only `id` and `text` are required; `date` (YYYY-MM-DD) anchors
/// relative dates.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An actor or agent filling a role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Surface string as it appears in the article.
    pub text: String,
    pub id: Option<String>,
    pub name: Option<String>,
    pub name_ar: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// "COUNTRY SECTOR", e.g. "IRQ MIL".
    pub code: Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub text: String,
    pub id: Option<String>,
    pub name: Option<String>,
    pub admin1: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// point | near | region | country
    pub precision: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// YYYY-MM-DD, YYYY-MM or YYYY, matching the precision.
    pub value: String,
    /// day | week | month | year | article
    pub precision: String,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub text: String,
    pub actor: Option<Entity>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: u64,
    pub unit: String,
    pub approximate: bool,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Sentence index in the article (0-based).
    pub sentence: usize,
    /// Byte span of the sentence in the article text.
    pub start: usize,
    pub end: usize,
    /// The trigger as written, and its byte span.
    pub trigger: String,
    pub trigger_start: usize,
    pub trigger_end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub article_id: String,
    pub category: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub actor: Option<Entity>,
    pub recipient: Option<Entity>,
    pub locations: Vec<Location>,
    pub date: EventDate,
    /// occurred | planned | hypothetical | negated
    pub factuality: String,
    pub attribution: Option<Attribution>,
    pub quantity: Option<Quantity>,
    pub evidence: Evidence,
    /// The lexicon entry (file:line and id) and frame that produced the event.
    pub rule: String,
    pub confidence: f32,
}
