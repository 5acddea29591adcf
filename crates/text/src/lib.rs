//! Arabic text analysis for khayt.
//!
//! This crate owns everything that looks at raw characters: folding Arabic spelling
//! variants for matching ([`normalize`]), splitting an article into sentences and tokens
//! whose byte offsets always point into the original text ([`tokenize`], [`sentences`]),
//! clitic segmentation ([`clitics`]) and reading number and date words ([`numbers`],
//! [`dates`]). Nothing here knows about actors or events; the lexicon and coder crates
//! build on these spans.

pub mod clitics;
pub mod dates;
pub mod normalize;
pub mod numbers;
mod tokenize;

pub use dates::{hijri_to_gregorian, month_at, Calendar, Date};
pub use normalize::{fold_char, normalize, normalize_with_map, Normalized};
pub use numbers::{ordinal_day, parse_number, NumberExpr};
pub use tokenize::{sentences, tokenize, Sentence, Token, TokenKind};

/// Analysis of one text: its tokens and the sentences grouping them.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        Doc {
            text,
            tokens,
            sentences,
        }
    }

    /// Original text of a token.
    pub fn token_text(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }
}
