//! khayt's event coder: reads one article and returns its events.
//!
//! The coder owns the shallow reading of Arabic described in DESIGN.md: lexicon
//! mentions become entity chunks (compounds such as "مسلحي داعش" or "الجيش العراقي" folded
//! together) and triggers; each trigger's frame fills actor, recipient and places from
//! word order and prepositions; factuality comes from particles in its clause,
//! attribution from report verbs, dates and quantities from the text around it. The
//! coder does no I/O: it is a pure function of an article and a lexicon.

mod dates;
pub mod event;
pub mod filter;
mod reader;
mod words;

pub use event::*;
pub use reader::{
    candidates, extract, extract_with, sentence_scores, Candidate, ExtractError, MAX_ARTICLE_BYTES,
};
