//! Reading sentences: chunks, frames, factuality, attribution, and event assembly.

use crate::dates::{self, DateExpr};
use crate::event::*;
use crate::filter::Filter;
use crate::words::*;
use khayt_lexicon::{EntryRef, Form, Lexicon, Mention, Seg, Trigger};
use khayt_text::dates::Date;
use khayt_text::numbers::parse_number;
use khayt_text::{Doc, Token, TokenKind};
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

/// Articles larger than this are refused: news articles are a few kilobytes, and a
/// multi-megabyte "article" is a concatenation or a broken record.
pub const MAX_ARTICLE_BYTES: usize = 4 << 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    EmptyText,
    TooLarge(usize),
    BadDate(String),
    /// The reader failed on this article (a bug, reported rather than ending the batch).
    Internal(String),
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtractError::EmptyText => write!(f, "empty text"),
            ExtractError::TooLarge(n) => {
                write!(
                    f,
                    "text is {n} bytes, over the {MAX_ARTICLE_BYTES}-byte limit for one article"
                )
            }
            ExtractError::BadDate(d) => write!(f, "bad date `{d}` (expected YYYY-MM-DD)"),
            ExtractError::Internal(m) => write!(f, "internal error while reading: {m}"),
        }
    }
}

impl std::error::Error for ExtractError {}

/// Categories of acts done "in protest" at something (احتجاجا على): a refusal, a sanction,
/// a call, a condemnation, a withdrawal, a threat; the protest is their motive.
const MOTIVATED: &[&str] = &[
    "REJECT", "SANCTION", "REQUEST", "ACCUSE", "RETREAT", "CONCEDE", "THREATEN",
];

/// An entity chunk: a lexicon mention with the words folded around it.
#[derive(Debug, Clone)]
struct Ent {
    toks: Range<usize>,
    start: usize,
    end: usize,
    actor: Option<u32>,
    agent: Option<u32>,
    /// Actor whose relational adjective qualifies this chunk ("الجيش العراقي").
    adj: Option<u32>,
    place: Option<u32>,
    /// The preposition governing the chunk, normalized ("من", "ل", "لصالح"...).
    prep: Option<&'static str>,
    /// A second actor when the chunk is a dual anaphor ("التنظيمان").
    pair: Option<u32>,
    /// point | near | region | country, for places.
    precision: Option<&'static str>,
    /// Preceded by a number ("58 شخصا", "اثنين من عناصر الشرطة"): casualties or a count.
    counted: bool,
    /// A place name the gazetteer lacks, read from the place noun before it ("بلدة
    /// الشحيل"): a location with its text and no coordinates.
    toponym: bool,
    /// For a toponym: the known place it is said to lie in ("بلدة الشحيل بريف دير
    /// الزور"), which gives its country and governorate.
    within: Option<u32>,
    /// A group's head noun with the article and no name ("فجرت الجبهة"), whose
    /// antecedent the text does not give: an actor known by its words alone.
    reference: bool,
    /// For a role noun with a possessive pronoun ("جنوده"), the byte span of the named
    /// actor it belongs to: the event names that actor, as a pronoun names its antecedent.
    owner: Option<(usize, usize)>,
}

#[derive(Debug, Clone)]
struct Trig {
    toks: Range<usize>,
    start: usize,
    end: usize,
    idx: u32,
    form: Form,
    /// Normalized proclitics on the first token (و, س, ب...).
    prefix: String,
    /// Whether the trigger carries an enclitic pronoun (انسحابه).
    pronoun: bool,
    /// For the first word of a phrase whose subject stands between it and the rest
    /// ("أطلق المسلحون صواريخ"), the tokens of the rest: the chunk after the word is its
    /// subject, and the rest fills no role.
    rest: Option<Range<usize>>,
}

/// The roles of one reading of a trigger.
#[derive(Debug, Clone, Default)]
struct Frame {
    actor: Option<Ent>,
    recipient: Option<Ent>,
    places: Vec<Ent>,
    how: &'static str,
    /// Token after the trigger, to tell whether a later trigger shares its clause.
    end: usize,
    /// The trigger is an assault's or coercion's noun ("هجوم انتحاري"): a verb right after
    /// it may have it as subject.
    harmful_noun: bool,
}

struct Ctx<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    tokens: &'a [Token],
    segs: &'a [Seg],
    /// Each token's normalized form without a leading conjunction, computed once.
    words: Vec<&'a str>,
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.words[i]
    }
    /// A quotation mark (the normalizer writes «», “” and " alike as ").
    fn is_quote(&self, i: usize) -> bool {
        self.tokens[i].norm == "\""
    }
    /// Punctuation that ends a coordination: a comma, a semicolon, a colon, a full stop.
    fn ends_coordination(&self, i: usize) -> bool {
        self.is_punct(i) && matches!(self.tokens[i].norm.as_str(), "," | ";" | ":" | ".")
    }
    fn is_punct(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Punct
    }
    fn is_actor_ent(&self, e: &Ent) -> bool {
        e.actor.is_some() || e.agent.is_some() || e.adj.is_some() || e.reference
    }
    fn sector(&self, e: &Ent) -> Option<&str> {
        if let Some(a) = e.actor {
            let s = &self.lex.actor(a).sector;
            if !s.is_empty() {
                return Some(s);
            }
        }
        e.agent.map(|g| self.lex.agent(g).sector.as_str())
    }
    fn is_person(&self, e: &Ent) -> bool {
        e.actor.is_some_and(|a| self.lex.actor(a).kind == "person")
    }
    /// An office the lexicon lists as an actor, headed by a title ("نائب الرئيس العراقي",
    /// "وزير الخارجية السوري"): the person named right after it holds it.
    fn is_office(&self, e: &Ent) -> bool {
        e.actor.is_some() && !self.is_person(e) && is_head(self, TITLES, e.toks.start)
    }
}

/// A candidate event with the features the learned filter reads.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub event: Event,
    pub features: Vec<String>,
}

fn shipped_filter() -> &'static Filter {
    static F: OnceLock<Filter> = OnceLock::new();
    F.get_or_init(Filter::shipped)
}

/// Codes one article with the shipped event filter. Errors are for input that cannot be
/// read at all; an article with no events returns an empty list.
pub fn extract(lex: &Lexicon, article: &Article) -> Result<Vec<Event>, ExtractError> {
    extract_with(lex, shipped_filter(), article)
}

/// Codes one article, keeping the candidates `filter` accepts. A learned model decides
/// per sentence and category (does this sentence report an ASSAULT?); once it does, every
/// reading of that category in the sentence is kept.
pub fn extract_with(
    lex: &Lexicon,
    filter: &Filter,
    article: &Article,
) -> Result<Vec<Event>, ExtractError> {
    let cands = candidates_for(lex, article, &|cat| filter.model(cat).is_some())?;
    let scores = sentence_scores(filter, &cands);
    Ok(cands
        .into_iter()
        .zip(scores)
        .filter(
            |(c, score)| match (score, filter.model(&c.event.category)) {
                (Some(s), Some(m)) => *s >= m.threshold,
                _ => filter.keeps(&c.event.category, &c.features),
            },
        )
        .map(|(c, _)| c.event)
        .collect())
}

/// Each candidate's score from the model of its category (None for a category without
/// one), given to the candidate's sentence: the model reads the pooled features of the
/// sentence's candidates of that category and judges whether the sentence reports such an
/// event, which is what the gold set labels.
pub fn sentence_scores(filter: &Filter, cands: &[Candidate]) -> Vec<Option<f32>> {
    // (sentence, category) and the features of its candidates
    type Group<'c> = ((usize, &'c str), Vec<&'c [String]>);
    let mut groups: Vec<Group> = Vec::new();
    for c in cands {
        let key = (c.event.evidence.sentence, c.event.category.as_str());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(&c.features),
            None => groups.push((key, vec![&c.features])),
        }
    }
    let scored: Vec<((usize, &str), Option<f32>)> = groups
        .into_iter()
        .map(|((s, cat), fs)| {
            let score = filter.model(cat).map(|m| m.score_pooled(&fs));
            ((s, cat), score)
        })
        .collect();
    cands
        .iter()
        .map(|c| {
            let key = (c.event.evidence.sentence, c.event.category.as_str());
            scored.iter().find(|(k, _)| *k == key).and_then(|(_, s)| *s)
        })
        .collect()
}

/// Every candidate event of an article, before filtering, with all features.
pub fn candidates(lex: &Lexicon, article: &Article) -> Result<Vec<Candidate>, ExtractError> {
    candidates_for(lex, article, &|_| true)
}

/// Candidates with the learned filter's features computed only for the categories
/// `featured` accepts (the others carry their cue features only), which saves most of
/// the feature work when the filter scores few categories.
pub fn candidates_for(
    lex: &Lexicon,
    article: &Article,
    featured: &dyn Fn(&str) -> bool,
) -> Result<Vec<Candidate>, ExtractError> {
    if article.text.trim().is_empty() {
        return Err(ExtractError::EmptyText);
    }
    if article.text.len() > MAX_ARTICLE_BYTES {
        return Err(ExtractError::TooLarge(article.text.len()));
    }
    let art_date = match article
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => {
            // accept a timestamp, use its day
            let day = d.get(..10).unwrap_or(d);
            Some(Date::parse_iso(day).ok_or_else(|| ExtractError::BadDate(d.to_string()))?)
        }
        None => None,
    };
    let text = article.text.as_str();
    let doc = Doc::new(text);
    let (mentions, segs) = lex.matcher.find(text, &doc.tokens);
    let words = doc.tokens.iter().map(|t| strip_conj(&t.norm)).collect();
    let cx = Ctx {
        lex,
        text,
        tokens: &doc.tokens,
        segs: &segs,
        words,
    };
    let mut reader = Reader {
        cx,
        article,
        art_date,
        history: Vec::new(),
        last_month: None,
        last_topic: None,
        last_speaker: None,
        last_town: None,
        date_spans: Vec::new(),
        unlisted_places: Vec::new(),
        events: Vec::new(),
        featured,
    };
    guarded(move || {
        let mut m = 0;
        for (si, s) in doc.sentences.iter().enumerate() {
            let first = m;
            while m < mentions.len() && mentions[m].tokens.start < s.tokens.end {
                m += 1;
            }
            reader.sentence(si, s.tokens.clone(), s.start, s.end, &mentions[first..m]);
        }
        reader.events
    })
}

/// Runs the reading of one article so that a bug in it fails that article with an error
/// the caller reports (naming the article), instead of ending the whole batch.
fn guarded<T>(read: impl FnOnce() -> T) -> Result<T, ExtractError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        ExtractError::Internal(msg)
    })
}

struct Reader<'a> {
    cx: Ctx<'a>,
    article: &'a Article,
    art_date: Option<Date>,
    /// Named actors in reading order, for pronouns and dual anaphors.
    history: Vec<Ent>,
    last_month: Option<(i32, u32)>,
    last_topic: Option<Ent>,
    last_speaker: Option<Attribution>,
    /// The last town or city named, for "المدينة" in a later sentence.
    last_town: Option<Ent>,
    /// Token spans of the current sentence's date expressions.
    date_spans: Vec<Range<usize>>,
    /// The current sentence's place names the gazetteer lacks (see `toponyms`).
    unlisted_places: Vec<Ent>,
    events: Vec<Candidate>,
    featured: &'a dyn Fn(&str) -> bool,
}

impl Reader<'_> {
    fn sentence(
        &mut self,
        si: usize,
        range: Range<usize>,
        s_start: usize,
        s_end: usize,
        mentions: &[Mention],
    ) {
        let (mut ents, mut trigs) = self.chunks(range.clone(), mentions);
        self.fold(&mut ents, range.clone());
        self.dual_anaphors(&mut ents, range.clone());
        self.definite_groups(&mut ents, range.clone());
        self.definite_towns(&mut ents, range.clone());
        self.place_parts(&mut ents, range.clone());
        // places the gazetteer lacks are kept apart: they fill no role, only locations
        self.unlisted_places = self.toponyms(&ents, range.clone());
        // (a nationality read as part of such a place is no chunk of its own)
        ents.retain(|e| {
            !self
                .unlisted_places
                .iter()
                .any(|u| u.toks.contains(&e.toks.start) && e.place.is_none())
        });
        self.capital_subjects(&mut ents, &trigs, range.clone());
        self.split_phrases(&ents, &mut trigs, range.clone());
        let dates = match self.art_date {
            Some(d) => dates::find(self.cx.tokens, range.clone(), d, &mut self.last_month),
            None => Vec::new(),
        };
        self.date_spans = dates.iter().map(|d| d.tokens.clone()).collect();
        let speech = self.attribution(&ents, &trigs, range.clone());
        let speaker_span = speech.as_ref().map(|s| s.1.clone());
        let topic = self.topic(&ents, range.clone(), speaker_span.clone());

        let mut out: Vec<(Candidate, Range<usize>)> = Vec::new();
        let mut prev: Option<Frame> = None;
        // the last trigger read as part of an institution's name
        let mut name_trigger: Option<usize> = None;
        // the last trigger read as what is asked for or refused, and its cue
        let mut content: Option<(usize, &'static str)> = None;
        for (ti, t) in trigs.iter().enumerate() {
            let trig = self.cx.lex.trigger(t.idx);
            if speech
                .as_ref()
                .is_some_and(|(_, span, _)| span.start <= t.toks.start && t.toks.end <= span.end)
            {
                continue; // a trigger word inside the speaker's description
            }
            // Cues that a candidate is not a new event. Categories the learned filter
            // scores read them as features; for the others they drop the candidate.
            let mut cues: Vec<&str> = Vec::new();
            let before = if t.toks.start > range.start {
                self.cx.word(t.toks.start - 1)
            } else {
                ""
            };
            // "هذا الانسحاب", "هذا الاتفاق": a reference back to an event already coded
            if matches!(before, "هذا" | "هذه" | "ذلك" | "تلك") && t.form == Form::Noun {
                cues.push("cue=back-reference");
            }
            // "ضمن اتفاق التسوية", "استجابة لدعوة الأمين العام", "في انتهاك لحظر الأسلحة",
            // "بطلب من", "بتهمة": an agreement, a call or a charge named as the frame of
            // another act is one already made, not a new event
            let first_word = self.cx.tokens[t.toks.start].norm.as_str();
            let framed = is(FRAMES, before)
                || (before == "في"
                    && t.toks.start >= range.start + 2
                    && self.cx.word(t.toks.start - 2) == "اطار")
                || matches!(first_word, "بطلب" | "بتهمه" | "بتهم");
            if framed && matches!(t.form, Form::Noun | Form::Phrase) {
                cues.push("cue=framed");
            }
            // "يستعد الفصيل للانشقاق": preparing for a non-military act is that act's
            // intent (read as planned there), not a mobilisation
            if trig.id == "mobilize-prepare" && t.form != Form::Noun {
                let aim = trigs[ti + 1..]
                    .iter()
                    .take_while(|n| n.toks.start <= t.toks.end + 6)
                    .find(|n| self.is_purpose(n, range.start));
                if aim.is_some_and(|n| {
                    !matches!(
                        self.cx.lex.trigger(n.idx).category.as_str(),
                        "ASSAULT" | "MOBILIZE" | "COERCE"
                    )
                }) {
                    continue;
                }
            }
            // "بعثة الأمم المتحدة لدعم اتفاق الحديدة", "مكتب تنسيق الشؤون الإنسانية": the
            // purpose in an institution's name, and the nouns it governs, are no event
            let named_after = ents.iter().any(|e| {
                e.toks.end == t.toks.start && is_head(&self.cx, INSTITUTION_HEADS, e.toks.start)
            });
            let in_name =
                (t.form == Form::Noun && clitic_preposition(&t.prefix) == Some("ل") && named_after)
                    || (ti > 0
                        && trigs[ti - 1].toks.end == t.toks.start
                        && t.form == Form::Noun
                        && t.prefix.is_empty()
                        && name_trigger == Some(ti - 1));
            if in_name {
                name_trigger = Some(ti);
                cues.push("cue=name");
            }
            // "طالب مجلس الأمن الأطراف بوقف فوري لإطلاق النار", "دعوة الأمم المتحدة إلى
            // هدنة": what is asked for is the request's content, not an event
            let governed = matches!(clitic_preposition(&t.prefix), Some("ب" | "ل"))
                || matches!(before, "الي" | "ب");
            // (through whom it is asked of and a dated aside: "دعت الهيئة، الاثنين
            // الماضي، روسيا إلى الضغط على الحكومة لوقف القصف")
            if governed
                && trigs[..ti].iter().rev().take(2).any(|r| {
                    self.cx.lex.trigger(r.idx).category == "REQUEST"
                        && r.toks.end <= t.toks.start
                        && t.toks.start - r.toks.end <= 16
                        && (r.toks.end..t.toks.start)
                            .all(|k| !self.cx.ends_coordination(k) || self.in_date(k))
                })
            {
                cues.push("cue=requested");
            }
            // "لم تطلب بغداد أي دعم بري", "طلبت الحكومة مساعدة": the noun a verb of asking
            // takes as its object is what it asks for
            if ti > 0
                && self.cx.lex.trigger(trigs[ti - 1].idx).category == "REQUEST"
                && self.asked_for(&trigs[ti - 1], t)
                && !cues.contains(&"cue=requested")
            {
                cues.push("cue=requested");
            }
            // "رفض الجيش دعوة الأمم المتحدة إلى هدنة", "رفض الوفد المشاركة في مؤتمر سوتشي":
            // what is refused is the refusal's content, not an event of its own
            if t.form != Form::Past
                && t.form != Form::Present
                && ti > 0
                && self.cx.lex.trigger(trigs[ti - 1].idx).category == "REJECT"
                && trigs[ti - 1].toks.end <= t.toks.start
                && t.toks.start - trigs[ti - 1].toks.end <= 12
                && !(trigs[ti - 1].toks.end..t.toks.start)
                    .any(|k| self.cx.is_punct(k) && self.cx.tokens[k].norm == ".")
            {
                cues.push("cue=refused");
            }
            // "متهمون بالاغتصاب وقتل مدنيين", "اتهمته بقتل": a deed named as a charge is
            // alleged, not reported as a new event (the charge itself is ACCUSE)
            // (a conviction or an accusation is itself the event)
            let charged = matches!(t.form, Form::Noun | Form::Phrase)
                && !matches!(trig.category.as_str(), "SANCTION" | "ACCUSE")
                && (clitic_preposition(&t.prefix) == Some("ب") || before == "ب")
                && (t.toks.start.saturating_sub(3).max(range.start)..t.toks.start)
                    .any(|k| is(CHARGE_WORDS, self.cx.word(k)));
            if charged {
                cues.push("cue=charged");
            }
            // "فككت قوات الأمن سيارة مفخخة", "العثور على عبوة ناسفة": a bomb defused or
            // found is no attack
            let defused = trig.category == "ASSAULT"
                && t.form != Form::Past
                && t.form != Form::Present
                && (t.toks.start.saturating_sub(4).max(range.start)..t.toks.start)
                    // (the whole token too: "فككت" is not ف + ككت)
                    .any(|k| is_head(&self.cx, DEFUSE_WORDS, k));
            if defused {
                cues.push("cue=defused");
            }
            // "انزلقت البلاد إلى حالة من الفوضى والانقسام السياسي", "أجواء من التوتر": a
            // state the nouns describe, not a happening
            let state = t.form == Form::Noun
                && (t.toks.start.saturating_sub(5).max(range.start)..t.toks.start).any(|k| {
                    self.cx.word(k) == "من"
                        && k > range.start
                        && matches!(
                            khayt_text::clitics::strip_article(self.cx.word(k - 1)),
                            "حاله" | "اجواء" | "مناخ"
                        )
                        && (k..t.toks.start).all(|j| !self.cx.is_punct(j))
                });
            if state {
                cues.push("cue=state");
            }
            // what is asked for or refused runs on through the nouns it governs and those
            // joined to it: "دعت روسيا إلى الضغط على الحكومة لوقف القصف", "رفضت مقترحا
            // يقضي بحل نفسها ودمج عناصرها"
            let chained = content.and_then(|(c, cue)| {
                let prev = &trigs[c];
                let joined = t.prefix.starts_with('و');
                (matches!(t.form, Form::Noun | Form::Phrase)
                    && (governed || joined)
                    && prev.toks.end <= t.toks.start
                    && t.toks.start - prev.toks.end <= 6
                    && (prev.toks.end..t.toks.start).all(|k| !self.cx.ends_coordination(k)))
                .then_some(cue)
            });
            if let Some(cue) = chained.filter(|cue| !cues.contains(cue)) {
                cues.push(cue);
            }
            content = cues
                .iter()
                .find(|c| matches!(**c, "cue=requested" | "cue=refused" | "cue=charged"))
                .map(|c| (ti, *c))
                .or(content);
            let next_trig = trigs.get(ti + 1).map_or(range.end, |n| n.toks.start);
            // a verb of another kind before a noun in its clause governs it: "أدانت
            // الحكومة الهجوم" — the verb's subject condemned, it did not attack
            // (verbs of condemning, asking, discussing or protesting: a verb of intent or
            // of declaring has its subject do the act, "يستعد الفصيل للانشقاق")
            let governed_by_verb = t.form == Form::Noun && {
                let clause = self.clause_start(t.toks.start, range.start);
                trigs[..ti].iter().any(|v| {
                    let category = self.cx.lex.trigger(v.idx).category.as_str();
                    v.toks.start >= clause
                        && matches!(v.form, Form::Past | Form::Present)
                        && category != trig.category
                        && is(ABOUT_OTHERS, category)
                })
            };
            let mut frame = self.frame(
                t,
                trig,
                &ents,
                range.clone(),
                next_trig,
                topic.as_ref(),
                prev.as_ref(),
                governed_by_verb,
            );
            // Whom an act is aimed at may be named after its complement, past the next
            // trigger that ends its scope: "طلبت الحكومة دعما من التحالف" (what is asked
            // for), "أصدرت المحكمة حكما بالإعدام بحق الوزير" (a complement with ب/ل).
            if frame.recipient.is_none() && trig.roles.recipient.iter().any(|p| p != "obj") {
                if let Some(c) = trigs
                    .get(ti + 1)
                    .filter(|c| self.asked_for(t, c) || self.complement(t, c))
                {
                    let cx = &self.cx;
                    let end = trigs.get(ti + 2).map_or(range.end, |n| n.toks.start);
                    frame.recipient = ents
                        .iter()
                        .find(|e| {
                            e.prep
                                .is_some_and(|p| trig.roles.recipient.iter().any(|q| q == p))
                                && e.toks.start >= c.toks.end
                                && e.toks.start < end.min(c.toks.end + 5)
                                && cx.is_actor_ent(e)
                                && (c.toks.end..e.toks.start).all(|k| !cx.is_punct(k))
                        })
                        .cloned();
                }
            }
            // "أعلن الجيش مقتل ثلاثة من جنوده": who announces a death is not
            // its doer; a victim noun takes no subject from the speaker
            if trig.roles.patient
                && t.form == Form::Noun
                && matches!(frame.how, "svo" | "light-verb")
                && frame
                    .actor
                    .as_ref()
                    .zip(speech.as_ref())
                    .is_some_and(|(a, (att, s, _))| {
                        starts_in(Some(s), a)
                            || att.start == a.start
                            || att.actor.as_ref().is_some_and(|x| x.start == a.start)
                    })
            {
                frame.actor = None;
                frame.how = "";
            }
            // "أعلن المجلس الرئاسي حالة الطوارئ", "أعلن التحالف وقفا لإطلاق النار": what a
            // declarer declares is their own act (not so for violence: "أعلن الجيش مقتل …"
            // reports a death)
            // ("طرد السفراء السوريين": a nationality qualifying the phrase's object is
            // whose they are, not who acts)
            let qualifier = frame.how == "genitive"
                && frame
                    .actor
                    .as_ref()
                    .is_some_and(|a| a.actor.is_none() && a.agent.is_none() && a.adj.is_some());
            if (frame.actor.is_none() || qualifier) && trig.category != "ASSAULT" {
                if let Some((_, span, _)) = speech.as_ref().filter(|(_, span, _)| {
                    span.start > range.start
                        && span.end == t.toks.start
                        && is(DECLARE, self.cx.word(span.start - 1))
                }) {
                    if let Some(e) = ents
                        .iter()
                        .find(|e| starts_in(Some(span), e) && self.cx.is_actor_ent(e))
                    {
                        let displaced = frame.actor.replace(e.clone());
                        if frame.recipient.is_none() {
                            frame.recipient = displaced;
                        }
                        frame.how = "declarer";
                    }
                }
            }
            // words that are events only when armed forces act
            // and only when the armed actor is the word's own subject or genitive, not
            // one inherited from elsewhere in the sentence
            let own = matches!(
                frame.how,
                "vso" | "svo" | "genitive" | "pronoun" | "split-phrase"
            );
            // words that are an event only when the right doer, read in the clause, does
            // them: armed forces ("وصول مقاتلين"), protesters ("خرج المتظاهرون")
            let doer = |ok: &dyn Fn(&Ent) -> bool| own && frame.actor.as_ref().is_some_and(ok);
            let armed = |a: &Ent| is_armed(self.cx.sector(a));
            let protesters = |a: &Ent| {
                a.agent.is_some_and(|g| {
                    matches!(
                        self.cx.lex.agent(g).id.as_str(),
                        "protesters" | "protestors"
                    )
                })
            };
            if (trig.roles.armed && !doer(&armed)) || (trig.roles.crowd && !doer(&protesters)) {
                continue;
            }
            // (a legal act only with its charge: "ادّعى المدعي العام على X بجرم …")
            if trig.roles.charged && !self.charge_after(t, 20, range.clone()) {
                continue;
            }
            let mut factuality = self.factuality(
                t,
                range.clone(),
                speech.as_ref().map(|s| s.2).unwrap_or(false),
            );
            // "يستعد للانشقاق عن X والانضمام إلى Y": a verbal noun joined by و to an
            // intended or conditional one shares its mood
            if factuality == "occurred" && t.form == Form::Noun && t.prefix.starts_with('و') {
                if let Some((last, toks)) = out.last() {
                    let mood = last.event.factuality.as_str();
                    if matches!(mood, "planned" | "hypothetical")
                        && toks.end <= t.toks.start
                        && t.toks.start - toks.end <= 8
                        && (toks.end..t.toks.start).all(|k| !self.cx.ends_coordination(k))
                    {
                        factuality = if mood == "planned" {
                            "planned"
                        } else {
                            "hypothetical"
                        };
                    }
                }
            }
            // "انسحاب بلا قتال": a manner, not a report that something did not happen
            if factuality == "negated" && matches!(before, "بلا" | "دون" | "بدون") {
                cues.push("cue=manner");
            }
            // "مناطق سيطرتها", "تحت سيطرة": a state of affairs, not an event
            if t.form == Form::Noun && matches!(before, "مناطق" | "منطقه" | "تحت" | "خطوط" | "نقاط")
            {
                cues.push("cue=state");
            }
            // PLOVER codes no event without a participant
            if frame.actor.is_none() && frame.recipient.is_none() {
                cues.push("cue=no-participant");
            }
            // a handover of territory names the territory or who gains it ("تسلم القيادي
            // عملية التفاوض" is a receiving, not a handover)
            // "انسحب الحوثيون من الموانئ": a place noun after من or في names territory too
            let named_ground = || {
                let cx = &self.cx;
                let end = (t.toks.end + 9).min(range.end);
                (t.toks.end..end)
                    .take_while(|&k| {
                        !cx.is_punct(k) || matches!(cx.tokens[k].norm.as_str(), "," | "،")
                    })
                    .any(|k| {
                        let w = khayt_text::clitics::strip_article(cx.word(k));
                        k > range.start
                            && matches!(cx.word(k - 1), "من" | "في")
                            && (is(PLACE_NOUNS, w) || is(GROUND_NOUNS, w) || is_target_noun(w))
                    })
            };
            if trig.context.iter().any(|c| c == "territory")
                && frame.places.is_empty()
                && frame.recipient.is_none()
                && t.form != Form::Noun
                && !named_ground()
            {
                cues.push("cue=no-territory");
            }
            // a verb in a relative clause describes its noun ("الفصائل التي انضوت…")
            if matches!(t.form, Form::Past | Form::Present) && is(RELATIVES, before) {
                cues.push("cue=relative-clause");
            }
            // "انسحاب داعش من X، وتسليم هذه المناطق إلى Y": the handover names who gains
            // what the withdrawal gives up
            if frame.how == "shared" {
                if let (Some((last, _)), Some(p)) = (out.last_mut(), prev.as_ref()) {
                    let fam = |c: &str| matches!(c, "RETREAT" | "CONCEDE");
                    if frame.recipient.is_some()
                        && last.event.recipient.is_none()
                        && fam(&last.event.category)
                        && fam(&trig.category)
                        && p.recipient.is_none()
                    {
                        last.event.recipient = frame.recipient.as_ref().map(|e| self.entity(e));
                    }
                }
                if frame.places.is_empty() {
                    if let Some(p) = &prev {
                        frame.places = p.places.clone();
                    }
                }
            }
            // a purpose ("تستعد للانقضاض على الرقة", "بهدف قتال X") belongs to the event it
            // is the aim of: its places and target complete that event
            if let (Some((last, last_toks)), true) =
                (out.last_mut(), self.is_purpose(t, range.start))
            {
                let actor = frame.actor.as_ref().map(|e| self.entity(e));
                let same = actor.is_none() || ent_key(&actor) == ent_key(&last.event.actor);
                // an explicit "بهدف" reaches further and names the aim whatever its doer
                let marked = t.form == Form::Noun && clitic_preposition(&t.prefix) != Some("ل");
                let gap = t.toks.start.saturating_sub(last_toks.end);
                if (marked && gap <= 15) || (gap <= 6 && same) {
                    for l in frame.places.iter().filter_map(|p| self.location(p)) {
                        if !last.event.locations.iter().any(|x| x.start == l.start) {
                            last.event.locations.push(l);
                        }
                    }
                    if last.event.recipient.is_none() {
                        last.event.recipient = frame.recipient.as_ref().map(|e| self.entity(e));
                    }
                    cues.push("cue=purpose");
                }
            }
            // "رفض الوفد المشاركة في المؤتمر احتجاجا على القصف", "طردت السفراء احتجاجا على
            // المجزرة": a protest named as the motive of a statement or a diplomatic act
            // is that act's reason, not a demonstration of its own
            if trig.category == "PROTEST" && t.form == Form::Noun {
                let w = khayt_text::clitics::strip_article(self.cx.word(t.toks.start));
                // (the act may stand before what it refuses or asks for: "رفض المشاركة في
                // مؤتمر سوتشي، احتجاجا"; a demonstration nearer claims the motive)
                let motive = || {
                    out.iter()
                        .rev()
                        .take_while(|(_, toks)| t.toks.start.saturating_sub(toks.end) <= 15)
                        .map(|(c, _)| c.event.category.as_str())
                        .find(|c| *c == "PROTEST" || MOTIVATED.contains(c))
                        .is_some_and(|c| c != "PROTEST")
                };
                if w.ends_with('ا') && is(PROTEST_PURPOSES, w) && motive() {
                    continue;
                }
            }
            // (where the next trigger of another category starts)
            let other_next = trigs.get(ti + 1).and_then(|n| {
                (self.cx.lex.trigger(n.idx).category != trig.category).then_some(n.toks.start)
            });
            let date = self.date_for(t, &dates, range.clone(), next_trig, other_next);
            let quantity = self.quantity(t, &trig.category, &ents, range.clone(), next_trig);
            let attribution = speech.as_ref().map(|s| s.0.clone());
            let mut ev = self.event(
                si,
                s_start,
                s_end,
                t,
                trig,
                &frame,
                factuality,
                date,
                attribution,
                quantity,
            );
            let mut features = if (self.featured)(&trig.category) {
                self.features(t, trig, &frame, &ev, &trigs, &ents, range.clone())
            } else {
                Vec::new()
            };
            features.extend(cues.iter().map(|c| c.to_string()));
            // how long before the article the event is dated: reports are about the last
            // days; older dates are background ("اغتيل الحريري في 14 فبراير 2005")
            let age = self
                .art_date
                .zip(Date::parse_iso(ev.date.value.get(..10).unwrap_or("")))
                .map(|(a, d)| a.to_days() - d.to_days());
            let recent = match (ev.date.precision.as_str(), age) {
                ("day" | "week", Some(days)) => (-2..=8).contains(&days),
                ("article", _) => true,
                _ => false,
            };
            if ev.date.precision != "article" {
                features.push(format!(
                    "date_age={}",
                    match age {
                        Some(d) if d <= 8 => "recent",
                        Some(d) if d <= 40 => "weeks",
                        Some(_) => "old",
                        None => "month-or-year",
                    }
                ));
            }
            // a verb, or an event noun carried by one: "اندلعت اشتباكات", "شنت غارات"
            let carried = (t.toks.start.saturating_sub(3).max(range.start)..t.toks.start)
                .any(|k| is(LIGHT_VERBS, self.cx.word(k)) || is(OCCURRENCE_VERBS, self.cx.word(k)));
            let finite = matches!(t.form, Form::Past | Form::Present) || carried;
            let dated = recent && (ev.date.precision == "day" || ev.quantity.is_some());
            // …and it names what was struck: a target, a toll, or a doer and a place
            // ("قصفت الطائرات الروسية بلدة خان شيخون"); a doer or a place alone is not
            // enough ("قتلت السياسات كل بصيص ضوء")
            let struck = ev.recipient.is_some()
                || ev.quantity.is_some()
                || (!ev.locations.is_empty() && ev.actor.is_some());
            if finite && ev.factuality == "occurred" && dated && struck && cues.is_empty() {
                features.push(crate::filter::CONCRETE.to_string());
            }
            // "قصفت كتائب القسام معبر كرم أبو سالم": an armed side's act told as done,
            // undated; reports of who did what often give no date of their own
            let armed = is_armed(ev.actor.as_ref().and_then(|a| a.sector.as_deref()));
            if finite && ev.factuality == "occurred" && cues.is_empty() {
                if armed {
                    features.push("armed_act".into());
                }
                if struck && !dated {
                    features.push("undated_act".into());
                }
            }
            // "هاجم الوزير المعارضة قائلا …", "شعارات تهاجم السياسات": an attack made
            // in words is criticism (PLOVER ACCUSE/disapprove), not violence
            // "أدانت المحكمة المتهمين بالقتل", "بعد إدانته بتهم تتعلق بالإرهاب": condemned
            // of a charge is convicted (PLOVER SANCTION), and the pronoun on the noun is
            // who was convicted, not who condemned
            let convicted = self.cx.lex.trigger(t.idx).id == "accuse-condemn"
                && self.charge_after(t, 5, range.clone());
            if convicted && t.pronoun && frame.how == "pronoun" {
                ev.recipient = ev.actor.take();
            }
            let recoded = if convicted {
                Some(("SANCTION", Some("convict")))
            } else if self.cx.lex.trigger(t.idx).id == "assault-attack"
                && t.form != Form::Noun
                && self.in_words(&t.toks, ev.actor.as_ref(), range.clone())
            {
                Some(("ACCUSE", Some("disapprove")))
            } else {
                self.plover_recode(t, &ev, range.clone())
            };
            if let Some((category, mode)) = recoded {
                if category == "REJECT" {
                    // the refusal itself was made
                    ev.factuality = "occurred".into();
                }
                ev.category = category.into();
                ev.mode = mode.map(str::to_string);
                features.retain(|f| f.starts_with(crate::filter::CUE));
            }
            out.push((
                Candidate {
                    event: ev,
                    features,
                },
                t.toks.clone(),
            ));
            prev = Some(frame);
        }
        // "قال المتحدث باسم الجيش إن قواته ستقصف أي سفن تركية": violence a speaker
        // says their own side will do is a threat (PLOVER THREATEN), not an attack
        for (cand, _) in out
            .iter_mut()
            .filter(|(c, _)| c.event.category == "ASSAULT" && c.event.factuality == "planned")
        {
            let ev = &cand.event;
            let own = match (&ev.attribution, &ev.actor) {
                (Some(att), Some(actor)) => {
                    att.start <= actor.start && actor.end <= att.end
                        // "المتحدث باسم الجيش الوطني الليبي … قواته": the speaker speaks
                        // for the doer
                        || actor
                            .name_ar
                            .as_ref()
                            .is_some_and(|n| actor.id.is_some() && att.text.contains(n.as_str()))
                        || att.actor.as_ref().is_some_and(|s| {
                            s.id.is_some() && s.id == actor.id
                                || s.code.is_some() && s.code == actor.code
                        })
                }
                _ => false,
            };
            if own {
                // the threat itself was made: it occurred
                cand.event.category = "THREATEN".into();
                cand.event.mode = Some("violence".into());
                cand.event.factuality = "occurred".into();
                cand.features.retain(|f| f.starts_with(crate::filter::CUE));
            }
        }
        let in_speaker = |e: &Ent| starts_in(speaker_span.as_ref(), e);
        let is_protester = |e: &Ent| {
            e.actor.is_none()
                && e.place.is_none()
                && e.agent.is_some_and(|g| {
                    matches!(
                        self.cx.lex.agent(g).id.as_str(),
                        "protesters" | "protestors" | "rioters"
                    )
                })
        };
        // A protest's target is what it is against or whom it makes demands of:
        // "احتجاجا على زيارة بوش", "ضد الحكومة", "مطالبين الحكومة بالاستقالة" — never
        // the protesters themselves ("الهتاف ضد ما اعتبره المحتجون …").
        for (cand, toks) in out
            .iter_mut()
            .filter(|(c, _)| c.event.category == "PROTEST" && c.event.recipient.is_none())
        {
            let cx = &self.cx;
            let actor_start = cand.event.actor.as_ref().map(|a| a.start);
            let marker = |k: usize| {
                let w = cx.word(k);
                w == "ضد"
                    || is(DEMAND_VERBS, w)
                    // whom the protesters clash with: "اشتبك المتظاهرون مع الجنود"
                    || (w == "مع"
                        && (k.saturating_sub(3).max(range.start)..k)
                            .any(|j| is(CLASH_WORDS, cx.word(j))))
                    || (w == "علي"
                        && k > range.start
                        && is(
                            PROTEST_PURPOSES,
                            khayt_text::clitics::strip_article(cx.word(k - 1)),
                        ))
            };
            // whose building they stand before or march to: "أمام السفارة الأردنية",
            // "إلى مقر رئيس الوزراء"; a stated purpose comes first, since a union's
            // or a party's seat is often only where a protest gathers
            let site = |k: usize| {
                matches!(cx.word(k), "امام" | "خارج" | "الي" | "قرب")
                    && k + 1 < range.end
                    && is(
                        PROTEST_SITES,
                        khayt_text::clitics::strip_article(cx.word(k + 1)),
                    )
            };
            let after = |k: usize, at_site: bool| {
                ents.iter().find_map(|e| {
                    // "متهمين قوات سوريا الديمقراطية" was chunked as "the accused of
                    // the SDF": the marker opens the chunk, the actor after it is the target
                    let e = if e.toks.start == k && e.actor.is_some() && e.toks.len() > 1 {
                        let mut rest = e.clone();
                        rest.toks.start = k + 1;
                        rest.start = cx.tokens[k + 1].start;
                        rest.agent = None;
                        rest
                    } else {
                        e.clone()
                    };
                    // "تطالب بـ«استقالة» رئيس الوزراء", "مطالبين برحيل النظام": whose
                    // departure is demanded, across the demanded noun and its quotes
                    let demanded = (k + 1..e.toks.start.min(k + 4))
                        .any(|j| is(DEMANDED, khayt_text::clitics::strip_article(cx.word(j))));
                    let reach = if demanded { 6 } else { 3 };
                    (e.toks.start > k
                        && e.toks.start <= k + reach
                        && (k..e.toks.start)
                            .all(|j| !cx.is_punct(j) || (demanded && cx.is_quote(j)))
                        && e.place.is_none()
                        && cx.is_actor_ent(&e)
                        && !is_protester(&e)
                        && (!at_site || cx.sector(&e).is_some_and(|s| is(AUTHORITY_SECTORS, s)))
                        && Some(cx.tokens[e.toks.start].start) != actor_start)
                        .then_some(e)
                })
            };
            let target = (toks.end..range.end)
                .filter(|&k| marker(k))
                .find_map(|k| after(k, false))
                .or_else(|| {
                    (toks.end..range.end)
                        .filter(|&k| site(k))
                        .find_map(|k| after(k, true))
                });
            if let Some(e) = target {
                // no filter feature: whom a protest targets says nothing about whether
                // the sentence reports one
                cand.event.recipient = Some(self.entity(&e));
            }
        }
        // Protesters named anywhere in the sentence are who protests, wherever the
        // protest noun stands: "اندلعت مظاهرات … ورفع المتظاهرون شعارات"; nearer than a
        // doer the frame only guessed, they replace it ("خرج آلاف من المتظاهرين تساندهم
        // النقابات احتجاجا على …").
        for (cand, toks) in out
            .iter_mut()
            .filter(|(c, _)| c.event.category == "PROTEST")
        {
            let how = how_of(cand);
            let at = cand.event.evidence.trigger_start;
            let actor_distance = match &cand.event.actor {
                None => usize::MAX,
                Some(_) if !(guessed(how) || how == "svo") => continue,
                Some(a) => a.start.abs_diff(at),
            };
            let protesters = ents
                .iter()
                .filter(|e| {
                    is_protester(e)
                        && !in_speaker(e)
                        && cand
                            .event
                            .recipient
                            .as_ref()
                            .is_none_or(|r| r.start != e.start)
                })
                .min_by_key(|e| e.toks.start.abs_diff(toks.start))
                .filter(|e| e.start.abs_diff(at) < actor_distance);
            if let Some(e) = protesters {
                cand.event.actor = Some(self.entity(e));
                cand.features.push("fill=actor".into());
            }
        }
        // "انشق مئات العناصر عن حركة أحرار الشام وانضموا إلى هيئة تحرير الشام": unnamed
        // members who left a group and joined another are the first group's members:
        // the text stays theirs (the group is named elsewhere, as their origin, not as
        // an owner the way "جنوده" names the army), the identity is the group's
        for i in 0..out.len() {
            let join = &out[i].0.event;
            if join.category != "JOIN" {
                continue;
            }
            let Some(members) = join.actor.clone().filter(|a| a.id.is_none()) else {
                continue;
            };
            let left = out[..i].iter().rev().find_map(|(c, _)| {
                let same = c
                    .event
                    .actor
                    .as_ref()
                    .is_some_and(|a| a.start == members.start);
                (c.event.category == "SPLIT" && same)
                    .then(|| c.event.recipient.clone())
                    .flatten()
            });
            if let Some(group) = left.filter(|g| g.id.is_some()) {
                out[i].0.event.actor = Some(Entity {
                    text: members.text,
                    start: members.start,
                    end: members.end,
                    ..group
                });
            }
        }
        // the refused content names whom the refusal answers and where: "رفض الجيش دعوة
        // الأمم المتحدة" (the UN), "رفض المشاركة في مؤتمر سوتشي" (Sochi)
        for i in 0..out.len() {
            if !out[i].0.features.iter().any(|f| f == "cue=refused") {
                continue;
            }
            let Some(r) = (0..i).rev().find(|&j| out[j].0.event.category == "REJECT") else {
                continue;
            };
            let (actor, locations) = (
                out[i].0.event.actor.clone(),
                out[i].0.event.locations.clone(),
            );
            let refusal = &mut out[r].0.event;
            if refusal.recipient.is_none() && ent_key(&actor) != ent_key(&refusal.actor) {
                refusal.recipient = actor;
            }
            if refusal.locations.is_empty() {
                refusal.locations = locations;
            }
        }
        // "أفرجت الجماعة عن 290 أسيرا من القوات الحكومية": those the captives belong to
        // are whom a release concedes to
        for (cand, toks) in out.iter_mut().filter(|(c, _)| {
            c.event.category == "RETREAT"
                && c.event.mode.as_deref() == Some("release")
                && c.event.recipient.is_none()
        }) {
            let cx = &self.cx;
            let end = (toks.end + 10).min(range.end);
            let captive = (toks.end..end).find(|&k| {
                let w = khayt_text::clitics::strip_article(cx.word(k));
                UNITS
                    .iter()
                    .any(|(f, u)| *f == w && matches!(*u, "prisoners" | "detained" | "hostages"))
            });
            let owner = captive.and_then(|k| {
                ents.iter().find(|e| {
                    // (or the captives folded with their side: "أسيرا من القوات الحكومية")
                    (e.toks.start == k + 1
                        || (e.toks.start == k + 2 && cx.word(k + 1) == "من")
                        || (e.toks.start == k && e.toks.end > k + 1))
                        && e.place.is_none()
                        && cx.is_actor_ent(e)
                        && e.start != cand.event.actor.as_ref().map_or(usize::MAX, |a| a.start)
                })
            });
            if let Some(e) = owner {
                cand.event.recipient = Some(self.entity(e));
            }
        }
        // "يهدد بشن عملية عسكرية ضد وحدات حماية الشعب": whom the threatened act is
        // against is whom the threat is aimed at
        for (cand, toks) in out
            .iter_mut()
            .filter(|(c, _)| c.event.category == "THREATEN" && c.event.recipient.is_none())
        {
            let cx = &self.cx;
            let end = (toks.end + 10).min(range.end);
            if let Some(e) = ents.iter().find(|e| {
                e.toks.start >= toks.end
                    && e.toks.start < end
                    && e.prep == Some("ضد")
                    && e.place.is_none()
                    && cx.is_actor_ent(e)
                    && !(toks.end..e.toks.start)
                        .any(|k| cx.is_punct(k) && matches!(cx.tokens[k].norm.as_str(), "." | ";"))
            }) {
                cand.event.recipient = Some(self.entity(e));
            }
        }
        // "استهدفت غارة اجتماعا لتنظيم داعش": the owner of what an attack struck is
        // whom it hit, before the gaps are filled from the rest of the sentence; a thing
        // struck waits for them (below)
        let mut things: Vec<Option<Ent>> = vec![None; out.len()];
        for ((cand, toks), thing) in out.iter_mut().zip(things.iter_mut()) {
            if cand.event.category != "ASSAULT" || cand.event.recipient.is_some() {
                continue;
            }
            match self.struck_thing(toks, &ents, range.clone()) {
                Some((e, true)) => cand.event.recipient = Some(self.entity(&e)),
                found => *thing = found.map(|(e, _)| e),
            }
        }
        // An assault report names its casualties and its perpetrator somewhere in the
        // sentence, often away from the trigger ("قتل 58 شخصا … في هجوم انتحاري شنه
        // مسلحون"): fill what the frame left empty from the nearest fitting chunk — but
        // not the doer from what another reading found was hit.
        let hit: Vec<usize> = out
            .iter()
            .filter(|(c, _)| c.event.category == "ASSAULT")
            .filter_map(|(c, _)| c.event.recipient.as_ref().map(|r| r.start))
            .collect();
        // …nor from who condemned, asked about or discussed it ("أدانت الحكومة الهجوم")
        let speakers_about: Vec<usize> = out
            .iter()
            .filter(|(c, _)| is(ABOUT_OTHERS, &c.event.category) && c.event.category != "PROTEST")
            .filter_map(|(c, _)| c.event.actor.as_ref().map(|a| a.start))
            .collect();
        for (cand, toks) in out
            .iter_mut()
            .filter(|(c, _)| c.event.category == "ASSAULT")
        {
            let dist = |e: &Ent| {
                if e.toks.start >= toks.end {
                    e.toks.start - toks.end
                } else {
                    toks.start - e.toks.end.min(toks.start)
                }
            };
            let victim = |e: &Ent| {
                e.counted
                    || (e.actor.is_none()
                        && self
                            .cx
                            .sector(e)
                            .is_some_and(|s| VICTIM_SECTORS.contains(&s)))
            };
            let taken =
                |x: &Option<Entity>, e: &Ent| x.as_ref().is_some_and(|x| x.start == e.start);
            // the casualties listed after "بينهم" are some of the hit: "مقتل 30 شخصا
            // بينهم قضاة ورجال شرطة"
            let listed = |e: &Ent| self.listed_after(e, range.start).is_some();
            if cand.event.recipient.is_none() {
                let best = ents
                    .iter()
                    .filter(|e| {
                        victim(e)
                            && e.place.is_none()
                            && !taken(&cand.event.actor, e)
                            && !in_speaker(e)
                    })
                    .min_by_key(|e| dist(e));
                if let Some(e) = best {
                    cand.event.recipient = Some(self.entity(e));
                    cand.features.push("fill=recipient".into());
                }
            }
            if cand.event.actor.is_none() && how_of(cand) != "event-subject" {
                // a named actor, unless a company or a civilian body ("دفع شركة أرامكو
                // إلى …" names who felt the attack, not who made it)
                // (nor an official named elsewhere in the sentence: "أمر رئيس الوزراء
                // باعتقال …" is not who set off the bomb)
                let armed = |e: &Ent| {
                    let sector = self.cx.sector(e);
                    let title = is_head(&self.cx, TITLES, e.toks.start);
                    let official = (self.cx.is_person(e) || title) && !is_armed(sector);
                    (e.actor.is_some()
                        && !official
                        && !sector.is_some_and(|s| s == "BUS" || VICTIM_SECTORS.contains(&s)))
                        || is_armed(sector)
                };
                let best = ents
                    .iter()
                    .filter(|e| {
                        self.cx.is_actor_ent(e)
                            && e.place.is_none()
                            && !speakers_about.contains(&e.start)
                            // not what the attack was on or in ("في طائرة", "على مواقع")
                            && !matches!(e.prep, Some("في" | "علي" | "الي" | "داخل" | "فوق"))
                            // nor one in a relative clause on another noun after the event,
                            // which tells of something else ("انفجرت قذائف قرب مقر رئيس
                            // الوزراء الذي سيجتمع مع …"; "غارة أمس التي شنتها طائرات" is
                            // the event's own)
                            && !(toks.end..e.toks.start).any(|r| {
                                is(RELATIVES, self.cx.word(r))
                                    && ents.iter().any(|x| {
                                        x.toks.start >= toks.end && x.toks.end <= r
                                    })
                            })
                            && !hit.contains(&e.start)
                            && !victim(e)
                            && !listed(e)
                            && armed(e)
                            && !taken(&cand.event.recipient, e)
                            && !in_speaker(e)
                    })
                    .min_by_key(|e| dist(e));
                if let Some(e) = best {
                    cand.event.actor = Some(self.entity(e));
                    cand.features.push("fill=actor".into());
                }
            }
        }
        // "فجّر انتحاري نفسه أمام مبنى المحافظة", "هجوم … استهدف مطعما": with no one named as
        // hit, what was struck (a building, a vehicle, a position) is the target
        // (the owner was placed before the gaps were filled; the thing comes after the
        // casualties, who are the better target)
        for ((cand, _), thing) in out.iter_mut().zip(things) {
            if let (None, Some(e)) = (&cand.event.recipient, thing) {
                cand.event.recipient = Some(self.entity(&e));
            }
        }
        // "نفذت قوات سوريا الديمقراطية، بمشاركة مروحيات التحالف الدولي، عملية إنزال": an
        // armed side's operation with another armed side taking part is also their
        // cooperation (PLOVER COOPERATE, military)
        let joint = self.joint_operations(&out, &ents, si, range.clone());
        out.extend(joint);
        // one event per happening: the same category with the same participants in one
        // sentence is one event; keep the better-filled reading
        let mut keep = vec![true; out.len()];
        // readings told again from an earlier sentence ("التفجير"), and their mode,
        // handed on to the reading that absorbs them
        let mut told_again: Vec<Option<Option<String>>> = out
            .iter()
            .map(|(c, toks)| self.definite_reference(toks).then(|| c.event.mode.clone()))
            .collect();
        for a in 0..out.len() {
            for b in a + 1..out.len() {
                if !keep[a] || !keep[b] {
                    continue;
                }
                let (ea, ra) = (&out[a].0.event, &out[a].1);
                let (eb, rb) = (&out[b].0.event, &out[b].1);
                let near = rb.start.saturating_sub(ra.end) <= 3;
                let same_actor = ent_key(&ea.actor) == ent_key(&eb.actor)
                    || (ea.actor.is_some() && ent_key(&ea.actor) == ent_key(&eb.recipient))
                    || (eb.actor.is_some() && ent_key(&eb.actor) == ent_key(&ea.recipient));
                let same_recipient = ent_key(&ea.recipient) == ent_key(&eb.recipient);
                // with no doer named, the same victims make the same happening
                let same_pair = (same_actor
                    && ((ea.actor.is_some()
                        && (same_recipient || ea.recipient.is_none() || eb.recipient.is_none()))
                        || (ea.recipient.is_some() && same_recipient)))
                    // (also when only one reading names the doer: "حكم على الهاشمي …
                    // بعد إدانته")
                    || ((ea.actor.is_none() || eb.actor.is_none())
                        && ea.recipient.is_some()
                        && same_recipient);
                let loose = near && (same_actor || eb.actor.is_none() || ea.actor.is_none());
                // "قُتل أربعة مدنيين … جراء غارات جوية": a toll and the attack it is blamed
                // on are one happening, whoever each reading found hit
                let caused = eb.category == "ASSAULT"
                    && rb.start > range.start
                    && rb.start.saturating_sub(ra.end) <= 12
                    && is(CAUSES, self.cx.word(rb.start - 1))
                    && (same_actor || ea.actor.is_none() || eb.actor.is_none());
                // "اعتصم العمال تدعمهم نقابة المعلمين احتجاجا على القرار": the motive
                // told after a protest is that protest, done by its subject
                let motive = ea.category == "PROTEST" && rb.start.saturating_sub(ra.end) <= 12 && {
                    let w = khayt_text::clitics::strip_article(self.cx.word(rb.start));
                    w.ends_with('ا') && is(PROTEST_PURPOSES, w)
                };
                if ea.category == eb.category && (same_pair || loose || caused || motive) {
                    let score = |e: &Event| {
                        e.confidence
                            + if e.date.precision != "article" {
                                0.2
                            } else {
                                0.0
                            }
                            + 0.05 * e.locations.len() as f32
                    };
                    let (win, lose) = if motive {
                        (a, b)
                    } else if score(eb) > score(ea) {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    keep[lose] = false;
                    if told_again[win].is_none() {
                        told_again[win] = told_again[lose].take();
                    }
                    // the kept reading takes a participant only the other one found
                    // ("هجوم … أدى إلى مقتل القائد": the doer from one, the victim from
                    // the other), unless it is the one it already has in the other role
                    // (a doer the other reading only guessed — the sentence topic, an
                    // earlier event's doer — is no better than none)
                    let guessed = guessed(how_of(&out[lose].0));
                    let (lost_actor, lost_recipient) = (
                        out[lose].0.event.actor.clone().filter(|_| !guessed),
                        out[lose].0.event.recipient.clone(),
                    );
                    // whom a reading found hit in its own clause beats whom the other
                    // only filled in from elsewhere in the sentence ("بينهم طفلان")
                    let filled = |c: &Candidate| c.features.iter().any(|f| f == "fill=recipient");
                    // and a toll's victims are the attack's ("قتل 4 جنود … في هجوم")
                    let replace_recipient = lost_recipient.is_some()
                        && ((filled(&out[win].0) && !filled(&out[lose].0))
                            || (caused && lose == a));
                    // …and the toll and places only the other one had
                    let lost_quantity = out[lose].0.event.quantity.clone();
                    let lost_locations = out[lose].0.event.locations.clone();
                    let kept = &mut out[win].0.event;
                    if kept.quantity.is_none() {
                        kept.quantity = lost_quantity;
                    }
                    if kept.locations.is_empty() {
                        kept.locations = lost_locations;
                    }
                    if (kept.recipient.is_none() || replace_recipient)
                        && lost_recipient.is_some()
                        && ent_key(&lost_recipient) != ent_key(&kept.actor)
                    {
                        kept.recipient = lost_recipient;
                    }
                    if kept.actor.is_none()
                        && lost_actor.is_some()
                        && ent_key(&lost_actor) != ent_key(&kept.recipient)
                    {
                        kept.actor = lost_actor;
                    }
                }
            }
        }
        // The sentence's words as filter features. The filter pools a sentence's
        // candidates of one category, so the first kept one of each category carries
        // them for all (built once per sentence, only when a scored category is there).
        let mut sentence_words: Option<Vec<String>> = None;
        let mut worded: Vec<String> = Vec::new();
        for (((mut ev, _), k), again) in out.into_iter().zip(keep).zip(told_again) {
            if !k || again.is_some_and(|mode| self.refers_back(&ev.event, mode, si)) {
                continue;
            }
            let cat = &ev.event.category;
            if (self.featured)(cat) && !worded.contains(cat) {
                worded.push(cat.clone());
                let words =
                    sentence_words.get_or_insert_with(|| self.sentence_words(range.clone()));
                ev.features.extend(words.iter().cloned());
            }
            self.events.push(ev);
        }
        for e in &ents {
            if e.actor.is_some() && e.place.is_none() {
                self.history.push(e.clone());
            }
        }
        if let Some(town) = ents.iter().rev().find(|e| self.is_town(e)) {
            self.last_town = Some(town.clone());
        }
        if topic.is_some() {
            self.last_topic = topic;
        }
        self.last_speaker = speech.map(|s| s.0);
    }

    /// Whether the trigger states the aim of what precedes it: "للانقضاض", "بهدف قتال".
    fn is_purpose(&self, t: &Trig, floor: usize) -> bool {
        let cx = &self.cx;
        let lam = t.form == Form::Noun && clitic_preposition(&t.prefix) == Some("ل");
        let marked = t.toks.start > floor
            && matches!(
                cx.word(t.toks.start - 1),
                "بهدف" | "لاجل" | "اجل" | "بغيه" | "سعيا"
            );
        lam || marked
    }

    /// Classifies the sentence's mentions into entity chunks and triggers.
    fn chunks(&self, range: Range<usize>, mentions: &[Mention]) -> (Vec<Ent>, Vec<Trig>) {
        let cx = &self.cx;
        let mut ents = Vec::new();
        let mut trigs = Vec::new();
        let mut last_place_end: Option<usize> = None;
        let mut last_trigger_end: Option<usize> = None;
        for (mi, m) in mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.tokens.end <= range.end)
        {
            let entries = cx.lex.matcher.entries(m.key);
            let pick = |f: fn(&EntryRef) -> Option<u32>| entries.iter().find_map(f);
            let actor = pick(|e| {
                if let EntryRef::Actor(i) = e {
                    Some(*i)
                } else {
                    None
                }
            });
            let adj = pick(|e| {
                if let EntryRef::ActorAdj(i) = e {
                    Some(*i)
                } else {
                    None
                }
            });
            // "طائرة بدون طيار": a role noun after "without" names no one
            let without = m.tokens.start > range.start && is(WITHOUT, cx.word(m.tokens.start - 1));
            let agent = pick(|e| {
                if let EntryRef::Agent(i) = e {
                    Some(*i)
                } else {
                    None
                }
            })
            .filter(|_| !without);
            let places: Vec<u32> = entries
                .iter()
                .filter_map(|e| {
                    if let EntryRef::Place(i) = e {
                        Some(*i)
                    } else {
                        None
                    }
                })
                .collect();
            // a nationality right after a name several places share says which ("رفح
            // الفلسطينية")
            let nationality = mentions
                .get(mi + 1)
                .filter(|n| {
                    places.len() > 1
                        && n.tokens.start == m.tokens.end
                        && is_nisba(cx, n.tokens.start)
                })
                .and_then(|n| actor_countries(cx, n.key).next());
            let place = self.best_place(&places, m.tokens.start, range.start, nationality, &|| {
                // the countries of the actors named so far, in this sentence and before
                // (the article's mentions: earlier sentences' actors are among them)
                mentions
                    .iter()
                    .take_while(|m| m.tokens.end <= range.end)
                    .flat_map(|m| actor_countries(cx, m.key))
                    .collect()
            });
            let first = m.tokens.start;
            // one spelling can be a verb and its verbal noun (تظاهر): after a preposition
            // or with the article it is the noun
            // (asked only of trigger words: this runs for every mention)
            let has_trigger = entries.iter().any(|e| matches!(e, EntryRef::Trigger(..)));
            let nominal = has_trigger
                && (clitic_preposition(cx.segs[first].prefix(&cx.tokens[first])).is_some()
                || cx.segs[first].stem(&cx.tokens[first]).starts_with("ال")
                // "محاولة قتل", "بعد خطف": the genitive of a governor is the noun
                || (first > range.start && is_head(cx, MASDAR_GOVERNORS, first - 1))
                // "لخطف وذبح": a verb joined by و to a verbal noun is one too
                || (cx.segs[first].prefix(&cx.tokens[first]).starts_with('و')
                    && trigs.last().is_some_and(|t: &Trig| {
                        t.toks.end == first && matches!(t.form, Form::Noun)
                    }))
                // "طلبت الحكومة دعما": in the accusative right after a verb and its
                // subject, دعما is the object noun, not "the two supported"
                || (cx.tokens[first].norm.ends_with('ا')
                    && trigs.last().is_some_and(|t: &Trig| {
                        matches!(t.form, Form::Past | Form::Present)
                            && t.toks.end <= first
                            && first - t.toks.end <= 3
                            && (t.toks.end..first).all(|k| !cx.is_punct(k))
                    })));
            let trigs_here = || {
                entries.iter().filter_map(|e| {
                    if let EntryRef::Trigger(i, f) = e {
                        Some((*i, *f))
                    } else {
                        None
                    }
                })
            };
            let trig = trigs_here()
                .find(|(_, f)| !nominal || matches!(f, Form::Noun | Form::Phrase))
                .or_else(|| trigs_here().next());
            let prep = self.preposition(m.tokens.start, range.start);
            let prefix = cx.segs[first].prefix(&cx.tokens[first]).to_string();
            // a place name governed by a locative preposition is a place, not an actor
            let locative = prep.is_some_and(|p| {
                matches!(
                    p,
                    "في" | "من"
                        | "الي"
                        | "داخل"
                        | "نحو"
                        | "عبر"
                        | "قرب"
                        | "باتجاه"
                        | "ب"
                        | "حول"
                        | "محيط"
                        | "اطراف"
                )
            }) || (first > range.start && is(DIRECTIONS, cx.word(first - 1)));
            // a participle that is also a role noun (متظاهرين) is the noun
            // unless it stands indefinite after a comma with its object next: "…، متهما قائد"
            let circumstantial = first > range.start
                && cx.is_punct(first - 1)
                && !cx.segs[first].stem(&cx.tokens[first]).starts_with("ال");
            let trig = trig
                .filter(|(_, f)| !(agent.is_some() && *f == Form::Participle && !circumstantial));
            // "طالب مجلس الأمن الأطراف بـ…" is "demanded", "طالب جامعي" and "طالب في
            // الجامعة" a student: a word both a role noun and a verb is the verb unless an
            // adjective or a preposition follows it and no named subject or object does
            let as_verb = |f: &Form| matches!(f, Form::Past | Form::Present);
            let noun_context = || {
                let next = m.tokens.end;
                // mentions come in text order: only the ones starting where this ends
                let subject_next = mentions[mi + 1..]
                    .iter()
                    .take_while(|n| n.tokens.start <= next)
                    .any(|n| {
                        n.tokens.start == next
                            && cx.lex.matcher.entries(n.key).iter().any(|e| {
                                matches!(
                                    e,
                                    EntryRef::Actor(_) | EntryRef::Agent(_) | EntryRef::ActorAdj(_)
                                )
                            })
                    });
                !subject_next
                    && !nominal
                    && next < range.end
                    && ((is(PREPOSITIONS, cx.word(next)) && !is(APPROXIMATORS, cx.word(next))) || {
                        let w = cx.word(next);
                        w.chars().count() >= 4 && (w.ends_with('ي') || w.ends_with("يه"))
                    })
            };
            let trig = trig.filter(|(_, f)| !(agent.is_some() && as_verb(f) && noun_context()));
            let agent = agent.filter(|_| !trig.is_some_and(|(_, f)| as_verb(&f)));
            if let Some((idx, form)) = trig.filter(|_| actor.is_none() && place.is_none()) {
                let last = m.tokens.end - 1;
                last_trigger_end = Some(m.tokens.end);
                trigs.push(Trig {
                    toks: m.tokens.clone(),
                    start: m.start,
                    end: m.end,
                    idx,
                    form,
                    prefix: prefix.clone(),
                    pronoun: cx.segs[last].post > 0,
                    rest: None,
                });
                // a noun that names both the doer and the deed (انتحاري "suicide bomber",
                // طائرة مسيرة "drone") stays a chunk too, for this event and for others
                // an armed doer named by a phrase ("طائرة مسيرة"), unless it is the
                // instrument of another act ("زودتهم بطائرات مسيرة")
                let armed_phrase = form == Form::Phrase
                    && prep.is_none()
                    && agent.is_some_and(|g| is_armed(Some(cx.lex.agent(g).sector.as_str())));
                if !(agent.is_some() && (form == Form::Noun || armed_phrase)) {
                    continue;
                }
            }
            let (actor, place) = match (actor, place) {
                (Some(a), Some(p)) => {
                    if locative {
                        (None, Some(p))
                    } else {
                        (Some(a), None)
                    }
                }
                other => other,
            };
            // one-word village names are often ordinary words (جديدة، دور، شعار): such a
            // name is a place only where the text frames it as one
            // a place name never carries a pronoun (بدورها is "in turn", not Dour)
            let last = m.tokens.end - 1;
            let place = place.filter(|_| cx.segs[last].post == 0);
            // (a name that is also an everyday word, "في إشارة إلى", "صور نشرت", is a
            // place only after a place noun)
            let stem = khayt_text::clitics::strip_article(cx.segs[first].stem(&cx.tokens[first]));
            let after_place_noun = first > range.start
                && is(
                    PLACE_NOUNS,
                    khayt_text::clitics::strip_article(cx.word(first - 1)),
                );
            let place = place
                .filter(|_| m.tokens.len() > 1 || !is(WORDLIKE_PLACES, stem) || after_place_noun);
            let place = place.filter(|_| {
                m.tokens.len() > 1
                    || places.iter().any(|&p| matches!(cx.lex.place(p).kind.as_str(), "country" | "governorate" | "region" | "city"))
                    || (locative && prep != Some("ب"))
                    || prep == Some("علي")
                    || after_place_noun
                    || (prefix.starts_with('و') && last_place_end == Some(first))
                    // the object of a trigger: "تسليم الزبداني" (a bare word after a bare
                    // noun is its adjective: "قاعدة عسكرية جديدة")
                    || (last_trigger_end == Some(first)
                        && cx.segs[first].stem(&cx.tokens[first]).starts_with("ال"))
            });
            if place.is_some() {
                last_place_end = Some(
                    m.tokens.end
                        + usize::from(m.tokens.end < range.end && cx.is_punct(m.tokens.end)),
                );
            }
            if actor.is_none() && place.is_none() && agent.is_none() && adj.is_none() {
                continue;
            }
            // a lexicon entry spelled like a function word (أمام "imam" / "in front of")
            // is read as the function word
            let w1 = cx.word(first);
            // "مدينة الرقة": a place noun is not itself a place
            // (with its clitics too: "بالمدينة")
            let place = place.filter(|_| {
                m.tokens.len() > 1
                    || !(is(PLACE_NOUNS, khayt_text::clitics::strip_article(w1))
                        || is(PLACE_NOUNS, stem))
            });
            if actor.is_none() && place.is_none() && agent.is_none() && adj.is_none() {
                continue;
            }
            if m.tokens.len() == 1
                && (is(PREPOSITIONS, w1)
                    || is(NEGATION, w1)
                    || is(RELATIVES, w1)
                    || matches!(w1, "امام" | "الله" | "صباح" | "مساء" | "اليوم")
                    // the participle "pointing out", not the rank المشير
                    || matches!(cx.tokens[first].norm.as_str(), "مشيرا" | "مشيره" | "مشيرين"))
            {
                continue;
            }
            let precision = place.map(|p| cx.lex.place(p).precision().as_str());
            let counted = self.counted(first, range.start);
            ents.push(Ent {
                counted,
                toks: m.tokens.clone(),
                start: m.start,
                end: m.end,
                actor,
                agent: if actor.is_some() || place.is_some() {
                    None
                } else {
                    agent
                },
                adj: if actor.is_some() || place.is_some() || agent.is_some() {
                    None
                } else {
                    adj
                },
                place,
                prep,
                pair: None,
                precision,
                toponym: false,
                within: None,
                reference: false,
                owner: None,
            });
        }
        (ents, trigs)
    }

    /// Whether a number ends right before token `i`, possibly followed by the partitive
    /// "من": "58 شخصا", "اثنين من عناصر الشرطة".
    fn counted(&self, i: usize, floor: usize) -> bool {
        let end = if i > floor && self.cx.word(i - 1) == "من" {
            i - 1
        } else {
            i
        };
        self.count_ends_at(end, floor)
    }

    /// Whether a count ends right before token `end`: a number, or "أحد" ("أحد عناصر
    /// الشرطة": one of them, counted like a number).
    fn count_ends_at(&self, end: usize, floor: usize) -> bool {
        let cx = &self.cx;
        if end > floor && matches!(cx.word(end - 1), "احد" | "احدي") {
            return true;
        }
        (end.saturating_sub(4).max(floor)..end)
            .any(|j| parse_number(cx.tokens, j).is_some_and(|n| j + n.tokens == end))
    }

    /// Whether token `k` is a partitive "من" after a count or a quantifier, not a
    /// preposition: "اثنين من عناصر الشرطة", "مئات من المتظاهرين".
    fn partitive(&self, k: usize, floor: usize) -> bool {
        let cx = &self.cx;
        cx.word(k) == "من"
            && k > floor
            && (self.count_ends_at(k, floor) || self.after_quantifier(k))
    }

    /// Whether a quantifier or a rounding word ("مئات", "عشرات", "نحو") stands before `k`.
    fn after_quantifier(&self, k: usize) -> bool {
        let w = self.cx.word(k - 1);
        is(QUANTIFIERS, w) || is(APPROXIMATORS, w)
    }

    /// The verb of intent, commitment or support right before a noun trigger, which
    /// carries its subject to it: "أنها ستلتزم بوقف إطلاق النار", "أنه يعتزم الانسحاب",
    /// "أنها ستعمل على …". Verbs of saying or seeing do not ("إنه شاهد القصف").
    fn carrying_verb(&self, t: &Trig, range: Range<usize>) -> Option<usize> {
        let cx = &self.cx;
        let first = t.toks.start;
        let v = if clitic_preposition(&t.prefix).is_some() || first <= range.start + 1 {
            first.checked_sub(1)?
        } else if matches!(cx.word(first - 1), "علي" | "الي" | "في") {
            first - 2
        } else {
            first - 1
        };
        let w = without_future(cx.word(v));
        (v >= range.start && (is(PLANNED, w) || is(LIGHT_VERBS, w) || is(COMMIT_VERBS, w)))
            .then_some(v)
    }

    /// Whether the noun trigger `c` is a complement of `t` taken with a preposition
    /// right after it: "حكما بالإعدام", "دعوة إلى وقف إطلاق النار".
    fn complement(&self, t: &Trig, c: &Trig) -> bool {
        let cx = &self.cx;
        c.form == Form::Noun
            && t.toks.end <= c.toks.start
            && c.toks.start - t.toks.end <= 1
            && (clitic_preposition(&c.prefix).is_some()
                || (c.toks.start > t.toks.end && is(PREPOSITIONS, cx.word(c.toks.start - 1))))
    }

    /// Whether a charge ("بتهمة", "بجرم", "بجرائم") follows the trigger within `reach`
    /// words, in its sentence.
    fn charge_after(&self, t: &Trig, reach: usize, range: Range<usize>) -> bool {
        (t.toks.end..(t.toks.end + reach).min(range.end)).any(|k| {
            let w = self.cx.word(k);
            ["بتهم", "بجرم", "بجريم", "بجرايم"]
                .iter()
                .any(|p| w.starts_with(p))
        })
    }

    /// An event's id: stable for the article, its sentence, where its trigger starts and
    /// its category.
    fn event_id(&self, si: usize, trigger_start: usize, category: &str) -> String {
        format!(
            "{:016x}",
            fnv1a(&[
                self.article.id.as_bytes(),
                &si.to_le_bytes(),
                &trigger_start.to_le_bytes(),
                category.as_bytes()
            ])
        )
    }

    /// The cooperation of two armed sides told by "بمشاركة" in one's operation: the
    /// operation's doer and the armed side named right after the word.
    fn joint_operations(
        &self,
        out: &[(Candidate, Range<usize>)],
        ents: &[Ent],
        si: usize,
        range: Range<usize>,
    ) -> Vec<(Candidate, Range<usize>)> {
        let cx = &self.cx;
        let mut joint: Vec<(Candidate, Range<usize>)> = Vec::new();
        for (cand, toks) in out {
            let ev = &cand.event;
            if !matches!(ev.category.as_str(), "ASSAULT" | "COERCE" | "MOBILIZE")
                || ev.factuality != "occurred"
            {
                continue;
            }
            let Some(actor) = ev.actor.as_ref().filter(|a| is_armed(a.sector.as_deref())) else {
                continue;
            };
            // the word in the operation's clause or after its doer, before the trigger or
            // just after it ("نفذت قوات سوريا الديمقراطية، بمشاركة …، عملية …، اعتقلت")
            let clause = self.clause_start(toks.start, range.start);
            let from = (range.start..clause)
                .find(|&k| cx.tokens[k].start >= actor.start)
                .unwrap_or(clause);
            let hi = (toks.end + 3).min(range.end);
            let Some(k) = (from..hi).find(|&k| {
                // (normalized: ة is written ه)
                matches!(strip_conj(&cx.tokens[k].norm), "بمشاركه" | "بالاشتراك")
            }) else {
                continue;
            };
            let partner = ents.iter().find(|e| {
                (k + 1..=k + 2).contains(&e.toks.start)
                    && e.place.is_none()
                    && is_armed(cx.sector(e))
                    && e.start != actor.start
            });
            let Some(partner) = partner else {
                continue;
            };
            let recipient = Some(self.entity(partner));
            let key = ent_key(&recipient);
            if key == ent_key(&ev.actor)
                || joint
                    .iter()
                    .any(|(c, _)| ent_key(&c.event.recipient) == key)
            {
                continue;
            }
            let tok = &cx.tokens[k];
            let mut e = ev.clone();
            e.id = self.event_id(si, tok.start, "COOPERATE");
            e.category = "COOPERATE".into();
            e.mode = None;
            e.context = vec!["military".into()];
            e.recipient = recipient;
            e.quantity = None;
            e.evidence.trigger = cx.text[tok.start..tok.end].to_string();
            e.evidence.trigger_start = tok.start;
            e.evidence.trigger_end = tok.end;
            e.rule = format!("{} joint-operation", ev.rule);
            joint.push((
                Candidate {
                    event: e,
                    features: Vec::new(),
                },
                k..k + 1,
            ));
        }
        joint
    }

    /// For a chunk listed among a count ("بينهم قضاة ورجال شرطة"), the token of the
    /// "among" word that introduces it (بينهم، منهم), within four words before it.
    fn listed_after(&self, e: &Ent, floor: usize) -> Option<usize> {
        let cx = &self.cx;
        (e.toks.start.saturating_sub(4).max(floor)..e.toks.start).find(|&k| {
            matches!(cx.word(k), "بينهم" | "بينهن" | "بينها" | "منهم" | "منهن")
                && (k..e.toks.start).all(|j| !cx.is_punct(j))
        })
    }

    /// Whether "joint" qualifies the trigger: "مناورات مشتركة", "دوريات مشتركة".
    fn joint(&self, t: &Trig, range: Range<usize>) -> bool {
        t.toks.end < range.end
            && matches!(
                khayt_text::clitics::strip_article(self.cx.word(t.toks.end)),
                "مشترك" | "مشتركه"
            )
    }

    /// Whether the noun trigger `t` is the object of the verb of asking `r` right before
    /// it, across its subject and "any" ("لم تطلب بغداد رسميا أي دعم").
    fn asked_for(&self, r: &Trig, t: &Trig) -> bool {
        let cx = &self.cx;
        t.form == Form::Noun
            && matches!(r.form, Form::Past | Form::Present)
            && r.toks.end <= t.toks.start
            && t.toks.start - r.toks.end <= 4
            && clitic_preposition(&t.prefix).is_none()
            && (r.toks.end..t.toks.start).all(|k| !cx.is_punct(k) && !is(PREPOSITIONS, cx.word(k)))
    }

    /// Whether a chunk is a person noun in the indefinite accusative, not counted
    /// ("قياديا في التنظيم", "مسلحا"): a verb's object, never its subject. The head must
    /// be a person noun, since names end in alef too (روسيا).
    fn accusative_agent(&self, e: &Ent) -> bool {
        let cx = &self.cx;
        let head = e.toks.start;
        let w = cx.tokens[head].norm.as_str();
        e.agent.is_some()
            && !e.counted
            && w.ends_with('ا')
            // broken plurals end in alef as written: ضحايا، رعايا، خلايا
            && !w.ends_with("ايا")
            && w.chars().count() >= 4
            && !cx.segs[head].stem(&cx.tokens[head]).starts_with("ال")
            && cx.segs[head].post == 0
    }

    /// The referent of the pronoun on أنّ at token `k` ("قال الجيش إنه", "أكدت الحركة
    /// أنها"): the nearest agreeing doer of this sentence before it, else an earlier
    /// sentence's.
    fn pronoun_subject(&self, ents: &[Ent], k: usize) -> Option<Ent> {
        let cx = &self.cx;
        let w = cx.word(k);
        let w = w.strip_prefix('ب').unwrap_or(w);
        let g = match w {
            "انه" => Some('m'),
            "انها" => Some('f'),
            "انهم" => None,
            _ => return None,
        };
        ents.iter()
            .rev()
            .find(|e| {
                e.toks.end <= k
                    && e.place.is_none()
                    && cx.is_actor_ent(e)
                    && (e.actor.is_none() || g.is_none() || self.gender(e) == g)
            })
            .cloned()
            .or_else(|| self.antecedent_of(ents, k, None, g))
    }

    /// The subject of an undergoer verb at token `v` (تعرض، نجا) that precedes a trigger
    /// starting at `t_start`: the chunk between them, else the last one before the verb in
    /// its clause; places only when `places`.
    fn undergoer(
        &self,
        ents: &[Ent],
        v: usize,
        t_start: usize,
        floor: usize,
        places: bool,
    ) -> Option<Ent> {
        let cx = &self.cx;
        let fits =
            |e: &&Ent| e.prep.is_none() && (places || e.place.is_none()) && cx.is_actor_ent(e);
        let between = ents
            .iter()
            .filter(fits)
            .find(|e| e.toks.start > v && e.toks.end <= t_start);
        let clause = self.clause_start(v, floor);
        let before = || {
            ents.iter()
                .rev()
                .filter(fits)
                .find(|e| e.toks.end <= v && e.toks.start >= clause)
        };
        between.or_else(before).cloned()
    }

    /// Among places sharing a name (a town, its district, its governorate), the one the
    /// text means: the governorate after "محافظة", the district after "منطقة" or "قضاء",
    /// otherwise the most specific settlement.
    ///
    /// A name several places share (طرابلس in Libya and Lebanon) is the one of the
    /// nationality said right after it, else the one in a country the article's actors
    /// belong to most (`countries`, asked only then).
    fn best_place<'c>(
        &self,
        places: &[u32],
        first: usize,
        floor: usize,
        nationality: Option<&str>,
        countries: &dyn Fn() -> Vec<&'c str>,
    ) -> Option<u32> {
        let cx = &self.cx;
        let before = if first > floor {
            khayt_text::clitics::strip_article(cx.word(first - 1))
        } else {
            ""
        };
        let rank = |p: &u32| -> u8 {
            let kind = cx.lex.place(*p).kind.as_str();
            match (before, kind) {
                ("محافظه", "governorate")
                | ("منطقه" | "قضاء", "district")
                | ("ناحيه", "subdistrict") => 0,
                (_, "city" | "town" | "camp" | "neighbourhood") => 1,
                (_, "village" | "crossing" | "airport" | "base" | "dam") => 2,
                (_, "region" | "country" | "mountain" | "river") => 3,
                (_, "subdistrict") => 4,
                (_, "district") => 5,
                _ => 6,
            }
        };
        let best = places.iter().copied().min_by_key(|p| rank(p))?;
        let country = |p: u32| cx.lex.place(p).country.as_str();
        let rivals: Vec<u32> = places
            .iter()
            .copied()
            .filter(|&p| rank(&p) == rank(&best) && country(p) != country(best))
            .collect();
        if rivals.is_empty() {
            return Some(best);
        }
        if let Some(p) = std::iter::once(best)
            .chain(rivals.iter().copied())
            .find(|&p| Some(country(p)) == nationality)
        {
            return Some(p);
        }
        let named = countries();
        let mentioned = |p: u32| named.iter().filter(|c| **c == country(p)).count();
        // (on a tie, the first ranked as before)
        Some(
            std::iter::once(best)
                .chain(rivals)
                .enumerate()
                .max_by_key(|&(i, p)| (mentioned(p), std::cmp::Reverse(i)))
                .map_or(best, |(_, p)| p),
        )
    }

    /// The preposition governing the token at `i`: an attached ب/ل/ك or a preposition word
    /// before it ("من قبل" and "على يد" mark the doer of a passive).
    fn preposition(&self, i: usize, floor: usize) -> Option<&'static str> {
        let cx = &self.cx;
        // a quantifier between the preposition and the noun: "لجميع فصائل", "من بعض القوات"
        if i > floor {
            let q = cx.tokens[i - 1].norm.trim_start_matches(['و', 'ف']);
            let bare = q.trim_start_matches(['ل', 'ب']);
            if is(QUANTIFIERS, khayt_text::clitics::strip_article(bare)) && bare != q
                || is(QUANTIFIERS, q)
            {
                if let Some(p) = clitic_preposition(&q[..q.len() - bare.len()]) {
                    return Some(p);
                }
                return self.preposition(i - 1, floor);
            }
        }
        let prefix = cx.segs[i].prefix(&cx.tokens[i]);
        if let Some(p) = clitic_preposition(prefix) {
            return Some(p);
        }
        if i > floor {
            let w = cx.word(i - 1);
            if i > floor + 1 {
                let w2 = cx.word(i - 2);
                if (w2 == "من" && matches!(w, "قبل" | "جانب"))
                    || (w2 == "علي" && matches!(w, "يد" | "ايدي"))
                {
                    return Some("by");
                }
            }
            if self.partitive(i - 1, floor) {
                return None; // "اثنين من عناصر الشرطة", "مئات من المتظاهرين"
            }
            if let Some(p) = PREPOSITIONS.iter().find(|p| **p == w) {
                return Some(p);
            }
            // "بين X و Y": the second member shares the first's preposition
        }
        None
    }

    /// Folds compounds: role noun + actor ("مسلحي داعش"), role noun + adjective ("الجيش
    /// العراقي"), role noun + في/من + actor ("القيادي في النصرة"), apposition of a person
    /// ("قائد النصرة الجولاني"), and extends places with "ريف", compass words and "قرب".
    fn fold(&self, ents: &mut Vec<Ent>, range: Range<usize>) {
        let cx = &self.cx;
        let mut i = 0;
        while i < ents.len() {
            // trailing unknown relational adjectives: "الفصائل الكردية"
            while ents[i].place.is_none()
                && ents[i].toks.end < range.end
                && is_nisba(cx, ents[i].toks.end)
                && ents
                    .get(i + 1)
                    .is_none_or(|n| n.toks.start > ents[i].toks.end)
            {
                let j = ents[i].toks.end;
                ents[i].toks.end = j + 1;
                ents[i].end = cx.tokens[j].end;
            }
            // "قوات سوريا الديمقراطية (قسد)": a name glossed in brackets is one chunk
            if i + 1 < ents.len() {
                let (a, b) = (&ents[i], &ents[i + 1]);
                let opens = b.toks.start == a.toks.end + 1
                    && matches!(cx.tokens[a.toks.end].norm.as_str(), "(" | "\"" | "[");
                if opens && a.actor.is_some() && a.actor == b.actor {
                    let b = ents.remove(i + 1);
                    let close = b.toks.end;
                    let a = &mut ents[i];
                    if close < range.end
                        && matches!(cx.tokens[close].norm.as_str(), ")" | "\"" | "]")
                    {
                        a.toks.end = close + 1;
                    } else {
                        a.toks.end = b.toks.end;
                    }
                    continue;
                }
            }
            // Quoted group names. "جماعة «بوكو حرام»": a group noun with the group's name in
            // quotes is that group, the quotes included. "«لواء الشمال»": a role noun
            // opening a quoted name the lexicon lacks names that group, up to the quote.
            {
                let b = &ents[i];
                let s0 = b.toks.start;
                let headed = s0 >= range.start + 2
                    && cx.is_quote(s0 - 1)
                    && b.toks.end < range.end
                    && cx.is_quote(b.toks.end)
                    && is_head(cx, GROUP_HEADS, s0 - 2)
                    && b.actor.is_some()
                    && b.place.is_none();
                // the group noun may be a chunk of its own (فصيل): the name takes it in
                let head_chunk = i > 0
                    && ents[i - 1].toks == (s0.saturating_sub(2)..s0 - 1)
                    && ents[i - 1].actor.is_none()
                    && ents[i - 1].place.is_none();
                let headed = headed && (i == 0 || head_chunk || ents[i - 1].toks.end <= s0 - 2);
                let opened = s0 > range.start
                    && cx.is_quote(s0 - 1)
                    && self.in_quoted_name(s0 - 1, range.start)
                    && b.actor.is_none()
                    && b.place.is_none()
                    && b.agent.is_some();
                if headed {
                    let close = b.toks.end;
                    if head_chunk {
                        ents.remove(i - 1);
                        i -= 1;
                    }
                    let b = &mut ents[i];
                    b.toks = s0 - 2..close + 1;
                    b.start = cx.tokens[s0 - 2].start;
                    b.end = cx.tokens[close].end;
                    b.prep = self.preposition(s0 - 2, range.start);
                } else if opened {
                    let close = (b.toks.end..(b.toks.end + 4).min(range.end))
                        .find(|&k| cx.is_quote(k))
                        .filter(|&k| (b.toks.end..k).all(|j| !cx.is_punct(j)))
                        .filter(|&k| ents.get(i + 1).is_none_or(|n| n.toks.start > k));
                    if let Some(close) = close {
                        let b = &mut ents[i];
                        b.toks.end = close;
                        b.end = cx.tokens[close - 1].end;
                    }
                }
            }
            // "الأمين العام لحزب الله حسن نصر الله", "المبعوث الأممي إلى ليبيا غسان سلامة":
            // a title, whom or where it serves, and the person holding it are one chunk,
            // the person
            if i + 2 < ents.len() {
                let (a, b, c) = (&ents[i], &ents[i + 1], &ents[i + 2]);
                let served = match b.toks.start.checked_sub(a.toks.end) {
                    Some(0) => b.prep == Some("ل"),
                    Some(1) => cx.word(a.toks.end) == "الي",
                    _ => false,
                };
                if served
                    && a.actor.is_none()
                    && a.place.is_none()
                    && a.agent.is_some()
                    && (b.actor.is_some() || b.place.is_some())
                    && !cx.is_person(b)
                    && c.toks.start == b.toks.end
                    && cx.is_person(c)
                {
                    let c = ents.remove(i + 2);
                    ents.remove(i + 1);
                    let a = &mut ents[i];
                    a.toks.end = c.toks.end;
                    a.end = c.end;
                    a.actor = c.actor;
                    a.adj = None;
                    continue;
                }
            }
            if i + 1 < ents.len() {
                let (a, b) = (&ents[i], &ents[i + 1]);
                let gap = b.toks.start - a.toks.end;
                let a_generic = a.actor.is_none() && a.place.is_none();
                // a named actor joined by و is coordinated, not the genitive of the chunk
                // before ("القوات الأردنية والجيش الأمريكي"); coordinated adjectives still
                // qualify it ("المخابرات الأميركية والإيطالية")
                let coordinated = cx.text[cx.tokens[b.toks.start].start..b.start].starts_with('و');
                // "في مدينة حلب السورية": the place's own nationality
                let nationality = a.place.is_some_and(|p| {
                    b.adj
                        .or(b.actor)
                        .is_some_and(|n| cx.lex.actor(n).country == cx.lex.place(p).country)
                }) && b.toks.len() == 1
                    && is_nisba(cx, b.toks.start)
                    && b.agent.is_none()
                    && b.place.is_none();
                let fold_kind = if gap == 0 && b.prep.is_none() {
                    if nationality {
                        Some("agent-adj")
                    } else if a_generic && b.adj.is_some() {
                        Some("adj")
                    } else if a_generic && b.actor.is_some() && !coordinated {
                        Some("genitive")
                    } else if a.actor.is_some() && a.place.is_none() && b.adj.is_some() {
                        Some("adj")
                    } else if a_generic
                        && b.actor.is_none()
                        && b.place.is_none()
                        && b.agent.is_some()
                        && is_head(cx, DELEGATES, a.toks.start)
                    {
                        // "وفد المعارضة", "ممثلو النقابات": a delegation is coded as whom
                        // it represents
                        Some("represents")
                    } else if (a.agent.is_some() || cx.is_office(a))
                        && a.place.is_none()
                        && cx.is_person(b)
                    {
                        // "قائد النصرة الجولاني": a role description, then the person;
                        // "نائب الرئيس العراقي طارق الهاشمي": an office the lexicon
                        // lists, then who holds it
                        Some("apposition")
                    } else if a_generic
                        && a.agent.is_some()
                        && b.agent.is_some()
                        && b.actor.is_none()
                        && b.toks.len() == 1
                        && is_adjective_form(cx, b.toks.start)
                    {
                        // "مهاجما انتحاريا": a role noun qualified by another used as an
                        // adjective is one chunk, headed by the first
                        Some("agent-adj")
                    } else {
                        None
                    }
                } else if a_generic
                    && a.agent.is_some()
                    && b.actor.is_none()
                    && b.place.is_none()
                    && b.agent.is_some()
                    && b.prep == Some("من")
                    && gap == 1
                {
                    // "المقاتلين من فصائل المعارضة", "مسلحين من القبائل": members of a
                    // group named by its role noun, one chunk coded by the members' role
                    Some("agent-adj")
                } else if a_generic
                    && a.agent.is_some()
                    && b.actor.is_some()
                    // "وفدا من قيادة حركة حماس": the preposition may govern a noun
                    // before the name
                    && (matches!(b.prep, Some("في" | "من" | "ب"))
                        || (gap >= 2 && is(&["من", "في"], cx.word(a.toks.end))))
                    && gap <= 4
                    && (a.toks.end..b.toks.start)
                        .all(|k| !cx.is_punct(k) && !is(TIME_WORDS, cx.word(k)))
                {
                    // "عناصر من داعش": members of a group — a role noun, not a
                    // nationality ("الأتراك ليل السبت في أنقرة" are a crowd there)
                    Some("member")
                } else if a_generic
                    && a.agent.is_some()
                    && b.actor.is_some()
                    && b.prep == Some("ل")
                    && gap == 1
                    && is(AFFILIATED, strip_conj(cx.word(a.toks.end)))
                {
                    // "طائرة مسيرة تابعة للجيش الأميركي", "قوات تابعة للنظام"
                    Some("member")
                } else {
                    None
                };
                if let Some(kind) = fold_kind {
                    let b = ents.remove(i + 1);
                    let a = &mut ents[i];
                    a.toks.end = b.toks.end;
                    a.end = b.end;
                    match kind {
                        "adj" => a.adj = b.adj,
                        "agent-adj" => {}
                        "represents" => a.agent = b.agent,
                        _ => {
                            a.actor = b.actor;
                            a.adj = a.adj.or(b.adj);
                        }
                    }
                    continue;
                }
            }
            // "محافظ نينوى السابق أثيل النجيفي": a title, the place it is of, "السابق", then
            // a two-word name are one chunk, the person (the place of a title is not where
            // the event happened)
            if ents[i].place.is_none()
                && (ents[i].agent.is_some() || ents[i].actor.is_some())
                && !cx.is_person(&ents[i])
                && is_head(cx, TITLES, ents[i].toks.start)
            {
                let mut end = ents[i].toks.end;
                let of_place = ents
                    .get(i + 1)
                    .is_some_and(|b| b.toks.start == end && b.place.is_some() && b.prep.is_none());
                if of_place {
                    end = ents[i + 1].toks.end;
                }
                // (only after "السابق": without it a name cannot be told from the words
                // that go on the sentence, "المتحدث باسم الخارجية ما وصفه")
                let former = end < range.end
                    && matches!(cx.word(end), "السابق" | "الاسبق" | "السابقه" | "الاسبقه");
                end += usize::from(former);
                let name_word = |k: usize| {
                    let w = cx.word(k);
                    // (a given name may be a word the lexicon knows: "نزار", "خالد")
                    cx.tokens[k].kind == TokenKind::Word
                        && cx.segs[k].pre == 0
                        // (a preposition on the article is no name: "السابق للسافاك")
                        && !["لل", "بال", "وال", "فال", "كال"]
                            .iter()
                            .any(|p| cx.tokens[k].norm.starts_with(p))
                        && parse_number(cx.tokens, k).is_none()
                        && !ends_name(w)
                        && !is(ADVERBIAL_OPENERS, w)
                        && !is(COMPLEMENTIZERS, w)
                        && !is(SPEECH, w)
                        && !ents.iter().any(|x| x.toks.contains(&k))
                };
                // (a given name and a family name)
                let name_end = (end..range.end.min(end + 2))
                    .take_while(|&k| name_word(k))
                    .last()
                    .map(|k| k + 1);
                if let Some(ne) = name_end.filter(|&ne| former && ne == end + 2) {
                    if of_place {
                        ents.remove(i + 1);
                    }
                    ents[i].toks.end = ne;
                    ents[i].end = cx.tokens[ne - 1].end;
                }
            }
            // "مقاتل فيه", "عناصر منه": a role noun belonging to an actor named before
            if ents[i].actor.is_none() && ents[i].agent.is_some() {
                let e = ents[i].toks.end;
                if e < range.end
                    && matches!(
                        cx.word(e),
                        "فيه"
                            | "فيها"
                            | "منه"
                            | "منها"
                            | "لديه"
                            | "لديها"
                            | "له"
                            | "لها"
                            | "معه"
                            | "معها"
                    )
                {
                    let ante = self.antecedent(&ents[..i], ents[i].toks.start, None);
                    if let Some(a) = ante.filter(|a| !cx.is_person(a)) {
                        ents[i].actor = a.actor;
                        ents[i].toks.end = e + 1;
                        ents[i].end = cx.tokens[e].end;
                    }
                }
            }
            // "جنوده", "مقاتليها": a role noun with a possessive pronoun belongs to the
            // actor it refers to, when one before it in the sentence agrees ("أعلن الجيش
            // العراقي مقتل ثلاثة من جنوده": Iraqi soldiers)
            if ents[i].actor.is_none() && ents[i].agent.is_some() && ents[i].place.is_none() {
                let last = ents[i].toks.end - 1;
                let tok = &cx.tokens[last];
                let post = cx.segs[last].post;
                let gender = match tok.norm.get(tok.norm.len() - post..) {
                    Some("ه") => Some('m'),
                    Some("ها") => Some('f'),
                    _ => None,
                };
                if let Some(g) = gender.filter(|_| ents[i].toks.len() == 1) {
                    // (the nearest that agrees, named or not: "تتوقع السلطات إطلاق سراح
                    // 240 من قواتها" are the authorities' forces, whoever they are)
                    let owner = ents[..i]
                        .iter()
                        .rev()
                        .filter(|a| a.place.is_none() && !cx.is_person(a))
                        .filter(|a| a.actor.is_some() || a.agent.is_some())
                        .find(|a| self.gender(a).unwrap_or_else(|| head_gender(cx, a)) == g)
                        .filter(|a| a.actor.is_some());
                    // the owner's words name the actor, unless they are an office
                    // ("حكومته" after "وزير الخارجية السعودي" is not the minister)
                    // ("موظفيها" after "السفارة" are its staff, not the embassy: only
                    // an armed role noun is its owner's force, "جنوده", "مقاتليها")
                    let armed = is_armed(cx.sector(&ents[i]));
                    let owner = owner.map(|a| {
                        (
                            a.actor,
                            (armed && !cx.is_office(a)).then_some((a.start, a.end)),
                        )
                    });
                    if let Some((actor, span)) = owner {
                        ents[i].actor = actor;
                        ents[i].owner = span;
                    }
                }
            }
            // places: "ريف X", "شمالي X", "قرب X"
            if ents[i].place.is_some() {
                let s = ents[i].toks.start;
                if s > range.start {
                    let w = cx.word(s - 1).to_string();
                    let (ext, precision) = if w == "ريف" || is(DIRECTIONS, w.as_str()) {
                        (true, Some("region"))
                    } else if is(NEAR, w.as_str()) {
                        (true, Some("near"))
                    } else {
                        (false, None)
                    };
                    if ext {
                        ents[i].toks.start = s - 1;
                        ents[i].start =
                            cx.tokens[s - 1].original_offset(cx.text, cx.segs[s - 1].pre);
                        if ents[i].precision != Some("country") || w == "ريف" {
                            ents[i].precision = precision;
                        } else {
                            ents[i].precision = Some("region");
                        }
                        ents[i].prep = self.preposition(s - 1, range.start);
                    }
                }
                // "ريف حماة الشرقي": a compass adjective after the place
                let e = ents[i].toks.end;
                if e < range.end && is(COMPASS_ADJECTIVES, cx.word(e)) {
                    ents[i].toks.end = e + 1;
                    ents[i].end = cx.tokens[e].end;
                    ents[i].precision = Some("region");
                }
            }
            i += 1;
        }
    }

    /// Dual anaphors ("التنظيمان", "الطرفان") refer to the last two actors of a fitting kind.
    fn dual_anaphors(&self, ents: &mut Vec<Ent>, range: Range<usize>) {
        let cx = &self.cx;
        for i in range.clone() {
            let w = cx.word(i);
            if !is(DUAL_ANAPHORS, w) || ents.iter().any(|e| e.toks.contains(&i)) {
                continue;
            }
            let want: &[&str] = if w.contains("بلد") {
                &["state"]
            } else if w.contains("طرف") || w.contains("جانب") {
                &[
                    "state",
                    "armed_group",
                    "government",
                    "military",
                    "party",
                    "coalition",
                ]
            } else {
                &["armed_group", "party", "coalition"]
            };
            let mut found: Vec<u32> = Vec::new();
            let earlier = ents.iter().filter(|e| e.toks.end <= i).cloned();
            for e in self
                .history
                .iter()
                .cloned()
                .chain(earlier)
                .collect::<Vec<_>>()
                .iter()
                .rev()
            {
                if let Some(a) = e.actor {
                    if want.contains(&cx.lex.actor(a).kind.as_str()) && !found.contains(&a) {
                        found.push(a);
                        if found.len() == 2 {
                            break;
                        }
                    }
                }
            }
            if found.len() == 2 {
                let e = Ent {
                    actor: Some(found[1]),
                    pair: Some(found[0]),
                    ..self.word_ent(i, range.start)
                };
                insert_in_order(ents, e, |e| e.toks.start);
            }
        }
    }

    /// "أفرجت الحكومة عن أسرى الجماعة", "وتبنت الحركة الهجوم": a group's head noun with
    /// the article and nothing naming it after is the group last named with that head
    /// (جماعة الحوثي، حركة الشباب).
    fn definite_groups(&self, ents: &mut Vec<Ent>, range: Range<usize>) {
        let cx = &self.cx;
        for i in range.clone() {
            let w = cx.word(i);
            // (a cheap test first: this runs for every word)
            let Some(head) = w
                .strip_prefix("ال")
                .filter(|h| h.len() >= 6 && is(GROUP_HEADS, h))
            else {
                continue;
            };
            // "الحركة الشعبية", "الجبهة الشامية": a name, not a reference
            let named = i + 1 < range.end
                && !cx.is_punct(i + 1)
                && (cx.word(i + 1).starts_with("ال")
                    || ents.iter().any(|e| e.toks.contains(&(i + 1))));
            let here = ents.iter().position(|e| e.toks.contains(&i));
            if named || here.is_some_and(|p| ents[p].actor.is_some() || ents[p].toks.len() > 1) {
                continue;
            }
            let last_with_head = self
                .history
                .iter()
                .chain(ents.iter())
                .filter(|e| {
                    e.actor.is_some()
                        && e.toks.end <= i
                        && khayt_text::clitics::strip_article(cx.word(e.toks.start)) == head
                })
                .max_by_key(|e| e.toks.end);
            let Some(a) = last_with_head.and_then(|e| e.actor) else {
                // no antecedent: still a group, known by its words ("وفجرت الجبهة …"),
                // unless governed by a preposition ("على الجبهة": on the front line)
                if here.is_none() && is(UNNAMED_GROUP_HEADS, head) {
                    let e = self.word_ent(i, range.start);
                    if e.prep.is_none() {
                        let e = Ent {
                            reference: true,
                            owner: None,
                            ..e
                        };
                        insert_in_order(ents, e, |e| e.toks.start);
                    }
                }
                continue;
            };
            match here {
                Some(p) => ents[p].actor = Some(a),
                None => {
                    let e = Ent {
                        actor: Some(a),
                        ..self.word_ent(i, range.start)
                    };
                    insert_in_order(ents, e, |e| e.toks.start);
                }
            }
        }
    }

    /// Whether a chunk is a town or city (a point place the gazetteer knows).
    fn is_town(&self, e: &Ent) -> bool {
        e.place
            .is_some_and(|p| self.cx.lex.place(p).precision() == khayt_lexicon::Precision::Point)
            && e.precision.is_none_or(|p| p == "point")
    }

    /// Phrase triggers read across their subject: VSO puts the subject between the verb
    /// and the rest of its phrase ("أطلق المسلحون صواريخ", "قطعت السلطات العراقية خدمة
    /// الإنترنت", "أضرم محتجون النار"). The trigger is the verb alone, so the subject is
    /// read after it as for any verb-first phrase; the rest of the phrase must not be a
    /// trigger of its own.
    fn split_phrases(&self, ents: &[Ent], trigs: &mut Vec<Trig>, range: Range<usize>) {
        let cx = &self.cx;
        let mut found: Vec<Trig> = Vec::new();
        for (n, e) in ents.iter().enumerate() {
            if e.toks.start <= range.start
                || e.prep.is_some()
                || e.place.is_some()
                || !cx.is_actor_ent(e)
            {
                continue;
            }
            // a count may stand between the verb and its subject ("نزل نحو ثلاثمئة عامل
            // إلى الشوارع", "أطلق عشرات المسلحين النار")
            let mut v = e.toks.start - 1;
            while v > range.start && self.only_count_words(v, e.toks.start) {
                v -= 1;
            }
            if !cx.segs[v].known
                || trigs.iter().chain(&found).any(|t| t.toks.contains(&v))
                || ents.iter().any(|x| x.toks.contains(&v))
            {
                continue;
            }
            // the subject may run over several chunks ("السلطات" "العراقية"), unless the
            // next chunk begins the rest ("أسقط الجيش طائرة"): each end is tried, the
            // nearest first
            let mut ends = vec![e.toks.end];
            for x in &ents[n + 1..] {
                let last = ends[ends.len() - 1];
                if x.toks.start == last && x.prep.is_none() && x.place.is_none() {
                    ends.push(x.toks.end);
                } else {
                    break;
                }
            }
            let rest_from = |mut end: usize| {
                // an adjective the lexicon does not know ("محتجون غاضبون"), a time word
                // ("أمس") and a count ("ثلاثة صواريخ") may stand before the rest
                if end < range.end
                    && !cx.segs[end].known
                    && cx.tokens[end].kind == TokenKind::Word
                    && parse_number(cx.tokens, end).is_none()
                {
                    end += 1;
                }
                while end < range.end && is(TIME_WORDS, cx.word(end)) {
                    end += 1;
                }
                if let Some(n) = parse_number(cx.tokens, end) {
                    end += n.tokens;
                }
                let rest = (end..range.end)
                    .take_while(|&k| cx.segs[k].known)
                    .map(|k| cx.segs[k].word);
                cx.lex
                    .matcher
                    .continued(cx.segs[v].word, rest)
                    .map(|(key, len)| (key, len, end))
            };
            // (the farthest end first, as before, so that a subject of several chunks is
            // not cut short; the nearer ends when it fails)
            let Some((key, len, end)) = ends.iter().rev().find_map(|&end| rest_from(end)) else {
                continue;
            };
            let object = end..end + len;
            if trigs
                .iter()
                .any(|t| t.toks.start < object.end && object.start < t.toks.end)
            {
                continue;
            }
            let idx = cx.lex.matcher.entries(key).iter().find_map(|r| match r {
                EntryRef::Trigger(i, Form::Phrase) => Some(*i),
                _ => None,
            });
            let Some(idx) = idx else {
                continue;
            };
            let tok = &cx.tokens[v];
            let seg = cx.segs[v];
            found.push(Trig {
                toks: v..v + 1,
                start: tok.original_offset(cx.text, seg.pre),
                end: tok.original_offset(cx.text, tok.norm.len() - seg.post),
                idx,
                form: Form::Phrase,
                prefix: seg.prefix(tok).to_string(),
                pronoun: false,
                rest: Some(object),
            });
        }
        for t in found {
            insert_in_order(trigs, t, |t| t.toks.start);
        }
    }

    /// Place names the gazetteer lacks, read from the place noun that heads them: "بلدة
    /// الشحيل", "قرية دمادولا", "قاعدة حامات الجوية". The noun must be in construct (no
    /// article: "المدينة القديمة" is an adjective) and the name a word the lexicon does
    /// not know, nor a common word (العاصمة، الحدود) or an adjective (حدودية).
    fn toponyms(&self, ents: &[Ent], range: Range<usize>) -> Vec<Ent> {
        let cx = &self.cx;
        let mut out = Vec::new();
        let mut k = range.start;
        while k + 1 < range.end {
            let head = k;
            k += 1;
            let bare = khayt_text::clitics::strip_article(cx.word(head));
            let definite = cx.segs[head].stem(&cx.tokens[head]).starts_with("ال");
            // "العاصمة الكازاخية أستانا": a definite place noun and a nationality before
            // the name in apposition
            let apposed = definite
                && matches!(bare, "عاصمه" | "مدينه")
                && head + 2 < range.end
                && is_nisba(cx, head + 1);
            if cx.tokens[head].kind != TokenKind::Word
                || !is(TOPONYM_HEADS, bare)
                || (definite && !apposed)
            {
                continue;
            }
            let n = if apposed { head + 2 } else { head + 1 };
            let name_word = |j: usize| {
                let w = cx.word(j);
                let plain = khayt_text::clitics::strip_article(w);
                cx.tokens[j].kind == TokenKind::Word
                    && !cx.segs[j].known
                    // "وتخريب": a word joined by و continues the clause, it names nothing
                    && w.len() == cx.tokens[j].norm.len()
                    && !ents.iter().any(|e| e.toks.contains(&j))
                    && !ends_name(w)
                    && !is(DIRECTIONS, plain)
                    && !is(PLACE_NOUNS, plain)
                    && !is(NOT_TOPONYMS, plain)
                    // an adjective agrees with the bare place noun and is bare too
                    // ("قرية حدودية"); a word with the article after it is its genitive
                    // ("بلدة الحميدية")
                    && !(plain == w && (w.ends_with("يه") || w.ends_with("يين")))
                    && parse_number(cx.tokens, j).is_none()
            };
            if !name_word(n) {
                continue;
            }
            // names of two words: "تل أبيض", "عين عيسى", "دير حافر"
            let last = if is(TOPONYM_STARTS, cx.word(n)) && n + 1 < range.end && name_word(n + 1) {
                n + 1
            } else {
                n
            };
            // the known place it lies in, named right after: "بريف دير الزور", "في
            // محافظة حمص", "شمالي حلب"
            let within = ents
                .iter()
                .find(|e| e.place.is_some() && e.toks.start > last && e.toks.start <= last + 4)
                .and_then(|e| e.place);
            // a nationality right after the name is the place's ("مدينة الصخيرات
            // المغربية"), not an actor of the clause
            let last = match ents.iter().find(|e| e.toks.start == last + 1) {
                Some(e)
                    if e.toks.len() == 1
                        && is_nisba(cx, e.toks.start)
                        && (e.adj.is_some() || e.actor.is_some())
                        && e.agent.is_none()
                        && e.place.is_none() =>
                {
                    e.toks.end - 1
                }
                _ => last,
            };
            let e = Ent {
                toks: n..last + 1,
                end: cx.tokens[last].end,
                precision: Some("point"),
                toponym: true,
                within,
                reference: false,
                owner: None,
                // the place noun's preposition governs the name ("في بلدة الشحيل")
                prep: self.preposition(head, range.start),
                ..self.word_ent(n, range.start)
            };
            out.push(e);
            k = last + 1;
        }
        out
    }

    /// "تزامنا مع دخول القوات إلى المدينة": "the city", "the town", "the village" with
    /// nothing naming it after is the town last named (this sentence or an earlier one).
    fn definite_towns(&self, ents: &mut Vec<Ent>, range: Range<usize>) {
        let cx = &self.cx;
        for i in range.clone() {
            if !matches!(cx.word(i), "المدينه" | "البلده" | "القريه") {
                continue;
            }
            if ents
                .iter()
                .any(|e| e.toks.contains(&i) || e.toks.start == i + 1)
            {
                continue;
            }
            let town = ents
                .iter()
                .rev()
                .find(|e| e.toks.end <= i && self.is_town(e))
                .or(self.last_town.as_ref())
                .and_then(|e| e.place);
            let Some(p) = town else {
                continue;
            };
            let e = Ent {
                place: Some(p),
                precision: Some("point"),
                ..self.word_ent(i, range.start)
            };
            insert_in_order(ents, e, |e| e.toks.start);
        }
    }

    /// "في ضواحيها الجنوبية", "ريفها الشرقي", "في محيطها": a part of a place with a
    /// pronoun is that part of the place last named (in this sentence, else the last town).
    fn place_parts(&self, ents: &mut Vec<Ent>, range: Range<usize>) {
        let cx = &self.cx;
        for i in range.clone() {
            // (the word's own tests first: this runs for every word)
            if cx.tokens[i].kind != TokenKind::Word {
                continue;
            }
            let norm = cx.tokens[i].norm.as_str();
            let Some(stem) = norm.strip_suffix("ها").or_else(|| norm.strip_suffix('ه')) else {
                continue;
            };
            let stem = strip_conj(stem);
            let stem = stem
                .strip_prefix('ب')
                .filter(|s| is(PLACE_PARTS, s))
                .unwrap_or(stem);
            if !is(PLACE_PARTS, stem) || ents.iter().any(|e| e.toks.contains(&i)) {
                continue;
            }
            let place = ents
                .iter()
                .rev()
                .find(|e| e.toks.end <= i && e.place.is_some() && e.actor.is_none())
                .or(self.last_town.as_ref())
                .and_then(|e| e.place);
            let Some(place) = place else {
                continue;
            };
            let mut e = Ent {
                place: Some(place),
                precision: Some(match stem {
                    "محيط" | "مشارف" => "near",
                    "وسط" | "احياء" | "شوارع" | "مداخل" => "point",
                    _ => "region",
                }),
                ..self.word_ent(i, range.start)
            };
            // "ضواحيها الجنوبية"
            if i + 1 < range.end && is(COMPASS_ADJECTIVES, cx.word(i + 1)) {
                e.toks.end = i + 2;
                e.end = cx.tokens[i + 1].end;
            }
            insert_in_order(ents, e, |e| e.toks.start);
        }
    }

    /// "إن بغداد لم تطلب أي دعم", "دمشق ترفض": a capital right before a verb it is the
    /// subject of (across a negation or aspect particle) stands for its state.
    fn capital_subjects(&self, ents: &mut [Ent], trigs: &[Trig], range: Range<usize>) {
        let cx = &self.cx;
        for e in ents
            .iter_mut()
            .filter(|e| e.place.is_some() && e.actor.is_none() && e.prep.is_none())
        {
            let name = e
                .toks
                .clone()
                .map(|k| cx.word(k))
                .collect::<Vec<_>>()
                .join(" ");
            let Some((_, state)) = CAPITAL_METONYMS.iter().find(|(c, _)| *c == name) else {
                continue;
            };
            let mut j = e.toks.end;
            while j < range.end && is(VERB_PARTICLES, cx.word(j)) {
                j += 1;
            }
            let verb_next = trigs
                .iter()
                .any(|t| t.toks.start == j && matches!(t.form, Form::Past | Form::Present));
            if let (true, Some(a)) = (verb_next, cx.lex.actor_idx(state)) {
                e.actor = Some(a);
                e.place = None;
                e.precision = None;
            }
        }
    }

    /// A chunk of the one word `i` (its clitics left out), with its preposition and no
    /// reading yet: anaphors are read in by their callers.
    fn word_ent(&self, i: usize, floor: usize) -> Ent {
        let cx = &self.cx;
        let t = &cx.tokens[i];
        Ent {
            toks: i..i + 1,
            start: t.original_offset(cx.text, cx.segs[i].pre),
            end: t.end,
            actor: None,
            agent: None,
            adj: None,
            place: None,
            prep: self.preposition(i, floor),
            pair: None,
            precision: None,
            counted: false,
            toponym: false,
            within: None,
            reference: false,
            owner: None,
        }
    }

    /// The sentence topic: its first actor chunk not governed by a preposition, before
    /// any report verb's complement.
    fn topic(
        &self,
        ents: &[Ent],
        range: Range<usize>,
        speaker: Option<Range<usize>>,
    ) -> Option<Ent> {
        let cx = &self.cx;
        let in_speaker = |e: &Ent| starts_in(speaker.as_ref(), e);
        ents.iter()
            .find(|e| {
                cx.is_actor_ent(e)
                    && e.prep.is_none()
                    && e.toks.start < range.start + 8
                    && !in_speaker(e)
            })
            .cloned()
    }

    /// Finds a report frame in the sentence: the attribution, the token span of the
    /// speaker description (triggers there are not events), and whether it is a denial.
    fn attribution(
        &self,
        ents: &[Ent],
        trigs: &[Trig],
        range: Range<usize>,
    ) -> Option<(Attribution, Range<usize>, bool)> {
        let cx = &self.cx;
        for i in range.clone() {
            if trigs.iter().any(|t| t.toks.contains(&i)) {
                continue;
            }
            let w = cx.word(i);
            let speech = is(SPEECH, w);
            let according = is(ACCORDING_TO, w);
            if !speech && !according {
                continue;
            }
            let denial = is(DENIAL, w);
            // the speaker: the description after the verb, up to a comma or complementizer
            let mut j = i + 1;
            if according && j < range.end && matches!(cx.word(j), "ل" | "عن") {
                j += 1;
            }
            let from = j;
            while j < range.end
                && j < from + 12
                // the quotes of a quoted name are part of it ("جماعة «بوكو حرام»")
                && (!cx.is_punct(j) || ents.iter().any(|e| e.toks.start < j && j < e.toks.end))
                && !is(COMPLEMENTIZERS, cx.word(j))
                // "أفاد المرصد أمس بأن": the time of the report is not the speaker
                && !matches!(cx.word(j), "امس" | "اليوم" | "الليله" | "مساء" | "صباح" | "فجر" | "يوم")
            {
                // once the speaker is named, a trigger starts what they say or do:
                // "أعلن الجيش السيطرة على…"
                let named = ents
                    .iter()
                    .any(|e| e.toks.start >= from && e.toks.end <= j && cx.is_actor_ent(e));
                let governed = j > 0 && is(PREPOSITIONS, cx.word(j - 1));
                // a trigger ends the speaker's description unless a preposition governs
                // it ("قيادي في غرفة العمليات"); after a bare noun it is what they announce
                if (named || j > from) && !governed && trigs.iter().any(|t| t.toks.start == j) {
                    break;
                }
                j += 1;
            }
            let speaker_ent = ents.iter().find(|e| {
                e.toks.start >= from && e.toks.start < j.max(from + 1) && cx.is_actor_ent(e)
            });
            if according && speaker_ent.is_none() {
                continue; // "وفقا لاتفاق": not a source
            }
            let starts_sentence =
                i == range.start || (i == range.start + 1 && cx.word(range.start) == "قد");
            if j == from || speaker_ent.is_none() {
                // "وقال إن …": the speaker is the previous sentence's
                if starts_sentence || is(CONTINUATION, w) {
                    if let Some(prev) = &self.last_speaker {
                        return Some((prev.clone(), i..i + 1, denial));
                    }
                    if let Some(t) = &self.last_topic {
                        return Some((self.speaker(t), i..i + 1, denial));
                    }
                }
                // SVO: "المرصد قال إن"
                if let Some(e) = ents
                    .iter()
                    .rev()
                    .find(|e| {
                        e.toks.end <= i
                            && e.toks.end + 2 >= i
                            && (e.toks.end..i).all(|k| !cx.is_punct(k))
                            && cx.is_actor_ent(e)
                    })
                    .filter(|_| i == 0 || cx.word(i - 1) != "كما")
                {
                    return Some((self.speaker(e), i..i + 1, denial));
                }
                if j == from {
                    continue;
                }
            }
            let (s, e) = (cx.tokens[from].start, cx.tokens[j - 1].end);
            let text = cx.text[s..e].to_string();
            return Some((
                Attribution {
                    text,
                    actor: speaker_ent.map(|e| self.entity(e)),
                    start: s,
                    end: e,
                },
                from..j,
                denial,
            ));
        }
        None
    }

    /// An attribution to a named chunk.
    fn speaker(&self, e: &Ent) -> Attribution {
        let ent = self.entity(e);
        Attribution {
            text: ent.text.clone(),
            start: ent.start,
            end: ent.end,
            actor: Some(ent),
        }
    }

    /// Fills the roles of a trigger.
    #[allow(clippy::too_many_arguments)]
    fn frame(
        &self,
        t: &Trig,
        trig: &Trigger,
        ents: &[Ent],
        range: Range<usize>,
        next_trig: usize,
        topic: Option<&Ent>,
        prev: Option<&Frame>,
        governed_by_verb: bool,
    ) -> Frame {
        let cx = &self.cx;
        let verb = matches!(t.form, Form::Past | Form::Present | Form::Participle);
        let harmful = matches!(trig.category.as_str(), "ASSAULT" | "COERCE");
        let mut f = Frame {
            how: "",
            end: t.toks.end,
            harmful_noun: harmful && !verb,
            ..Default::default()
        };
        let clause_start = self.clause_start(t.toks.start, range.start);
        let scope_end = next_trig.max(t.toks.end);
        let after: Vec<&Ent> = ents
            .iter()
            .filter(|e| e.toks.start >= t.toks.end && e.toks.start < scope_end)
            // (a chunk the rest of a split phrase heads, running past it, names the
            // object's owner: "أسقطت القوات طائرة أميركية")
            .filter(|e| {
                !t.rest
                    .as_ref()
                    .is_some_and(|r| r.contains(&e.toks.start) && e.toks.end <= r.end)
            })
            .collect();
        // the quotes of a quoted name do not separate a verb from it ("انسحب «لواء …»")
        // nor do the commas around a date ("دعت الهيئة، الاثنين الماضي، روسيا إلى …")
        let no_punct_between = |a: usize, b: usize| {
            (a..b)
                .all(|k| !cx.is_punct(k) || self.in_quoted_name(k, range.start) || self.in_date(k))
        };
        // casualties: civilians and the like, or anyone counted ("58 شخصا")
        let victim = |e: &Ent| {
            (cx.sector(e).is_some_and(|s| VICTIM_SECTORS.contains(&s)) && e.actor.is_none())
                || e.counted
        };

        // "أكدت الحركة أنها ستقصف …": a verb right after أنّ with a pronoun has that
        // pronoun's referent as subject, and the chunk after it is the object; so has the
        // event it takes part in ("أعلنت الهيئة أنها لن تشارك في جولة المفاوضات")
        let head = if verb {
            Some(t.toks.start)
        } else {
            self.takes_part_in(t, range.clone())
                .or_else(|| self.carrying_verb(t, range.clone()))
        };
        if let Some(v) = head.filter(|&v| v > range.start) {
            let mut k = v - 1;
            if is(VERB_PARTICLES, cx.word(k)) && k > range.start {
                k -= 1;
            }
            if let Some(a) = self.pronoun_subject(ents, k) {
                f.actor = Some(a);
                f.how = "pronoun";
            }
        }
        // the chunk between a split phrase's first word and its rest is its subject,
        // unless the verb carries its own plural subject: "رشقوا قوى الأمن بالحجارة"
        // (a verb before its subject is singular)
        if t.rest.is_some() && f.actor.is_none() {
            if let Some(e) = ents.iter().find(|e| {
                e.toks.start == t.toks.end
                    || (e.toks.start > t.toks.end
                        && self.only_count_words(t.toks.end, e.toks.start))
            }) {
                // (a verbal noun after a preposition takes its object next: "قامت
                // مجموعة برشق قوات الشرطة بالحجارة")
                let noun =
                    clitic_preposition(cx.segs[t.toks.start].prefix(&cx.tokens[t.toks.start]))
                        .is_some();
                if noun || cx.tokens[t.toks.start].norm.ends_with("وا") {
                    f.recipient = Some(e.clone());
                } else {
                    f.actor = Some(e.clone());
                    f.how = "split-phrase";
                }
            }
        }
        // "تعرضت القوات الأميركية لهجوم": the subject of تعرض suffered the event
        if harmful && f.recipient.is_none() {
            // its complement takes ل ("للخطف", "لمحاولة اغتيال"); the one who suffered
            // it may stand far before, across an apposition and a date between commas
            // ("تعرض قيادي في الحركة، وهو نائب الوزير، أمس للخطف")
            let first = t.toks.start;
            let complement = cx.tokens[first].norm.starts_with('ل')
                || (first > range.start && cx.word(first - 1).starts_with('ل'));
            let lo = if complement {
                first.saturating_sub(25).max(range.start)
            } else {
                first.saturating_sub(5).max(clause_start)
            };
            if let Some(v) = (lo..t.toks.start).rev().find(|&k| {
                matches!(
                    cx.word(k),
                    "تعرض" | "تعرضت" | "تعرضوا" | "يتعرض" | "تتعرض" | "يتعرضون"
                )
            }) {
                // "تعرضت حلب لقصف": a place can be what suffered it
                f.recipient = self.undergoer(ents, v, t.toks.start, range.start, true);
            }
        }
        // "نجا قائد الشرطة من محاولة اغتيال": who survived it is the one it was aimed at
        if harmful
            && f.recipient.is_none()
            && t.toks.start > range.start
            && matches!(cx.word(t.toks.start - 1), "من" | "محاوله")
        {
            let lo = t.toks.start.saturating_sub(12).max(range.start);
            if let Some(v) = (lo..t.toks.start)
                .rev()
                .find(|&k| is(SURVIVE_VERBS, cx.word(k)))
            {
                f.recipient = self.undergoer(ents, v, t.toks.start, range.start, false);
            }
        }
        // a verb phrase holding its doer ("أغلق المتظاهرون"): the word after the verb is the
        // actor (a noun phrase's own head, غرفة in "غرفة عمليات", is not)
        // — unless a subject stands right before it: "القوات الروسية أسقطت طائرتين"
        let subject_right_before = ents.iter().any(|e| {
            e.toks.end == t.toks.start
                && e.prep.is_none()
                && e.place.is_none()
                && cx.is_actor_ent(e)
        });
        if f.actor.is_none() && t.form == Form::Phrase && !subject_right_before {
            for k in t.toks.start + 1..t.toks.end {
                if is(WITHOUT, cx.word(k - 1)) {
                    continue; // "طائرة بدون طيار": without a pilot
                }
                // "عمليات انتحارية", "عملية استشهادية": a feminine adjective agreeing with
                // the noun before it names the kind of attack, not its doer
                let (prev, word) = (&cx.tokens[k - 1].norm, &cx.tokens[k].norm);
                if (prev.ends_with('ه') || prev.ends_with('ة') || prev.ends_with("ات"))
                    && (word.ends_with("يه") || word.ends_with("ية"))
                {
                    continue;
                }
                let seg = cx.segs[k];
                let stem = khayt_lexicon::matcher::bare_stem(
                    &cx.tokens[k].norm,
                    Some(&cx.text[cx.tokens[k].start..cx.tokens[k].end]),
                    seg.pre,
                    seg.post,
                );
                let agent = cx.lex.matcher.single(stem).iter().find_map(|e| match e {
                    EntryRef::Agent(g) => Some(*g),
                    _ => None,
                });
                if let Some(g) = agent {
                    let tok = &cx.tokens[k];
                    f.actor = Some(Ent {
                        toks: k..k + 1,
                        start: tok.original_offset(cx.text, seg.pre),
                        end: tok.original_offset(cx.text, tok.norm.len() - seg.post),
                        actor: None,
                        agent: Some(g),
                        adj: None,
                        place: None,
                        prep: None,
                        pair: None,
                        precision: None,
                        counted: false,
                        toponym: false,
                        within: None,
                        reference: false,
                        owner: None,
                    });
                    f.how = "in-phrase";
                    break;
                }
            }
        }
        // a word naming its own doer (انتحاري) is the actor of its event
        if let Some(e) = ents
            .iter()
            .find(|e| e.toks.start == t.toks.start && cx.is_actor_ent(e))
        {
            f.actor = Some(e.clone());
            f.how = "self";
        }
        // symmetric: "بين X و Y"
        if trig.roles.symmetric {
            // (also through a delegation: "بين وفدي الحكومة والمعارضة")
            let between = |e: &Ent| {
                e.prep == Some("بين")
                    || (e.toks.start >= t.toks.end + 2
                        && is_head(cx, DELEGATES, e.toks.start - 1)
                        && cx.word(e.toks.start - 2) == "بين")
            };
            // (a name between counts its words, not the dash of "معبر جابر–نصيب")
            let near = |e: &Ent| {
                (t.toks.end..e.toks.start)
                    .filter(|&k| {
                        !(cx.is_punct(k) && matches!(cx.tokens[k].norm.as_str(), "-" | "–"))
                    })
                    .count()
                    <= 4
            };
            if let Some(x) = after.iter().find(|e| between(e) && near(e)) {
                f.actor = Some((*x).clone());
                f.recipient = after
                    .iter()
                    .find(|e| {
                        e.toks.start >= x.toks.end
                            && e.toks.start <= x.toks.end + 2
                            && e.toks.start != x.toks.start
                            && cx.is_actor_ent(e)
                    })
                    .map(|e| (*e).clone());
                // "اشتباكات بين المجموعات المسلحة": a plural group alone is on both sides
                // (and nothing after it that could be the other side: a comma, a
                // preposition or the end, not "و…" or a relative clause)
                let alone = x.toks.end >= range.end
                    || cx.is_punct(x.toks.end)
                    || is(PREPOSITIONS, cx.word(x.toks.end));
                if f.recipient.is_none() && x.actor.is_none() && x.agent.is_some() && alone {
                    let head = khayt_text::clitics::strip_article(cx.word(x.toks.start));
                    let plural = head.ends_with("ات")
                        || head.ends_with("ين")
                        || head.ends_with("ون")
                        || matches!(head, "فصايل" | "عشاير" | "قبايل" | "كتايب");
                    if plural {
                        f.recipient = Some((*x).clone());
                    }
                }
                f.how = "between";
            }
        }
        // "هجوم بعبوة ناسفة استهدف دورية للجيش": a harmful verb right after an
        // attack noun describes it; the attack is its subject, its doer the attack's, and
        // the chunk after the verb its object
        let event_subject = harmful
            && verb
            && f.actor.is_none()
            && prev.is_some_and(|p| {
                p.harmful_noun
                    && p.end <= t.toks.start
                    && t.toks.start - p.end <= 4
                    && no_punct_between(p.end, t.toks.start)
                    && !ents.iter().any(|e| {
                        e.toks.start >= p.end && e.toks.end <= t.toks.start && cx.is_actor_ent(e)
                    })
            });
        if event_subject {
            // the attack's doer, when its own reading found one rather than guessed it
            f.actor = prev
                .filter(|p| !guessed(p.how))
                .and_then(|p| p.actor.clone());
            f.how = "event-subject";
        }
        // a verb opening a relative clause has the antecedent as subject ("هيئة تحرير
        // الشام التي هاجمت قوات النظام"), unless it carries the antecedent as its object
        // ("التي تقودها جبهة النصرة")
        if verb
            && !t.pronoun
            && t.toks.start > range.start
            && is(RELATIVES, cx.word(t.toks.start - 1))
        {
            if let Some(e) = ents.iter().rev().find(|e| {
                e.toks.end < t.toks.start && e.toks.end + 2 >= t.toks.start && cx.is_actor_ent(e)
            }) {
                f.actor = Some(e.clone());
                f.how = "relative";
            }
        }
        // SVO with the subject right before the verb: "إن لواء الأقصى بايع داعش", also
        // across an aspect or negation particle: "وكان لواء الأقصى قد بايع داعش", "إن
        // الحكومة لم تطلب"
        let verb_start = if t.toks.start > range.start
            && matches!(
                cx.word(t.toks.start - 1),
                "قد" | "لقد" | "سبق" | "كان" | "كانت" | "لم" | "لن" | "لا"
            ) {
            t.toks.start - 1
        } else {
            t.toks.start
        };
        // "… أسفر عن مقتل", "مما أدى إلى مقتل": what resulted in the deaths is the event
        // before, not the chunk before; its doer comes from that event (shared, below)
        let result = (t.toks.start.saturating_sub(2).max(range.start)..=t.toks.start)
            .any(|k| is(RESULT_VERBS, cx.word(k)));
        // a verb carrying its object as a pronoun, with a chunk right after it, has that
        // chunk as subject and the one before as the pronoun's referent: "اعتصم العمال
        // تدعمهم نقابة المعلمين" (the union backs the workers)
        if f.actor.is_none() && verb && t.pronoun && t.toks.len() == 1 {
            let subject = ents.iter().find(|e| {
                e.toks.start == t.toks.end
                    && e.prep.is_none()
                    && e.place.is_none()
                    && cx.is_actor_ent(e)
            });
            let object = ents.iter().rev().find(|e| {
                e.toks.end == verb_start
                    && e.prep.is_none()
                    && e.place.is_none()
                    && cx.is_actor_ent(e)
            });
            if let (Some(s), Some(o)) = (subject, object) {
                f.actor = Some(s.clone());
                f.recipient = Some(o.clone());
                f.how = "vso";
            }
        }
        // (an attack phrase too: "ترجل منها ثلاثة مسلحين أطلقوا النار")
        if f.actor.is_none() && (verb || (harmful && t.form == Form::Phrase && !result)) {
            if let Some(e) = ents.iter().rev().find(|e| {
                // "إن مهاجما من طالبان، فجر حافلة": the noun of إن/أن stays the subject
                // across the comma that closes it
                let after_comma = e.toks.end + 1 == verb_start
                    && matches!(cx.tokens[e.toks.end].norm.as_str(), "," | "،")
                    && e.toks.start > range.start
                    && is(COMPLEMENTIZERS, cx.word(e.toks.start - 1));
                (e.toks.end == verb_start || after_comma)
                    && e.prep.is_none()
                    && e.place.is_none()
                    && cx.is_actor_ent(e)
            }) {
                f.actor = Some(e.clone());
                f.how = "svo";
            }
        }
        // the pluperfect "وكانت X قد اقتحمت": the subject stands between كان and قد, however
        // long ("وكانت مجموعة من عشرين شابا من خارج البلدة قد اقتحمت فجرا مصرفا")
        if f.actor.is_none() && verb && verb_start < t.toks.start && cx.word(verb_start) == "قد" {
            let kana = (verb_start.saturating_sub(15).max(range.start)..verb_start)
                .rev()
                .take_while(|&k| !cx.is_punct(k))
                .find(|&k| matches!(cx.word(k), "كان" | "كانت" | "كانوا"));
            if let Some(k) = kana {
                if let Some(e) = ents.iter().find(|e| {
                    e.toks.start > k
                        && e.toks.end <= verb_start
                        && e.prep.is_none()
                        && e.place.is_none()
                        && cx.is_actor_ent(e)
                }) {
                    f.actor = Some(e.clone());
                    f.how = "svo";
                }
            }
        }
        // an indefinite accusative noun ("وقّعوا اتفاقا", "شنّ هجوما") is an object and
        // has no genitive: its doer is the verb's subject
        let indefinite = !verb && t.form == Form::Noun && {
            let last = t.toks.end - 1;
            let w = cx.tokens[last].norm.as_str();
            w.ends_with('ا')
                && w.chars().count() >= 4
                && !cx.segs[last].stem(&cx.tokens[last]).starts_with("ال")
                && cx.segs[last].post == 0
        };
        // the entity right after the trigger: VSO subject (or object after an SVO subject),
        // or a noun's genitive
        let subject_before = f.actor.is_some() || event_subject;
        if f.recipient.is_none() && (f.actor.is_none() || subject_before) {
            let actor_start = f.actor.as_ref().map(|a| a.toks.start);
            if let Some(e) = after.first().filter(|e| {
                // a chunk joined by و is coordinated with what came before, not the
                // verb's subject or the noun's genitive ("المساعدات الإغاثية وفرق إنقاذ")
                let coordinated = cx.text[cx.tokens[e.toks.start].start..e.start].starts_with('و');
                let owner_of_target = e.toks.start > 0
                    && is(
                        TARGET_NOUNS,
                        khayt_text::clitics::strip_article(cx.word(e.toks.start - 1)),
                    )
                    && harmful;
                // (not the split phrase's subject, read already)
                Some(e.toks.start) != actor_start
                    && !coordinated
                    && !owner_of_target
                    && e.prep.is_none()
                    && e.place.is_none()
                    // a harmful verb's casualties follow it closely; others may have a
                    // time word and a count before their subject
                    && if harmful {
                        e.toks.start <= t.toks.end + 2
                            || (e.counted && self.only_count_words(t.toks.end, e.toks.start))
                    } else {
                        self.subject_reach(t.toks.end, e.toks.start)
                    }
                    // "احتجاجا على قرار الحكومة": a preposition between opens a phrase
                    // the chunk belongs to
                    && !(t.toks.end..e.toks.start).any(|k| {
                        // "من" after digits or a quantifier is partitive here; number
                        // words are not tested (see `partitive`, which does)
                        let partitive = cx.word(k) == "من"
                            && k > t.toks.end
                            && (self.after_quantifier(k)
                                || cx.tokens[k - 1].kind == TokenKind::Number);
                        // (nor is the من of a date: "تظاهر مساء أول من أمس مئات الطلاب")
                        let dated = self.in_date(k);
                        (is(PREPOSITIONS, cx.word(k))
                            && !is(APPROXIMATORS, cx.word(k))
                            && !partitive
                            && !dated)
                            || opens_phrase(cx, k)
                    })
                    && no_punct_between(t.toks.end, e.toks.start)
            }) {
                // (counted armed men with an object after them did it, unless the verb
                // carries a plural subject of its own: "اختطفوا ثلاثة جنود آخرين")
                let plural_verb = {
                    let w = cx.tokens[t.toks.start].norm.as_str();
                    w.ends_with("وا") || w.ends_with("ون")
                };
                let armed_doers =
                    verb && !plural_verb && self.counted_doers(e, e.toks.end, false, range.end);
                if (harmful && victim(e) && !armed_doers)
                    || (!verb && trig.roles.patient)
                    || (harmful && !verb && cx.is_person(e))
                {
                    f.recipient = Some((*e).clone());
                } else if subject_before || t.form == Form::Participle {
                    // after an SVO subject, or after a participle whose subject is the
                    // clause's ("…، متهما قائد النصرة"), the entity is the object
                    if trig.roles.takes_object() || t.form == Form::Participle {
                        f.recipient = Some((*e).clone());
                    }
                } else if verb && trig.roles.takes_object() && self.accusative_agent(e) {
                    // "اعتقلت قياديا في التنظيم": an uncounted person noun in the
                    // accusative is the object; the subject is left to the topic
                    f.recipient = Some((*e).clone());
                } else if verb || !indefinite {
                    f.actor = Some((*e).clone());
                    f.how = if verb { "vso" } else { "genitive" };
                }
            }
        }
        // an enclitic pronoun on a noun is its doer: "انسحابه"
        if f.actor.is_none() && t.pronoun && !verb {
            let last = &cx.tokens[t.toks.end - 1];
            let post = cx.segs[t.toks.end - 1].post;
            let gender = match &last.norm[last.norm.len() - post..] {
                "ه" => Some('m'),
                "ها" => Some('f'),
                _ => None,
            };
            if let Some(a) = self.antecedent_of(ents, t.toks.start, None, gender) {
                f.actor = Some(a);
                f.how = "pronoun";
            }
        }
        // "على يد X", "من قبل X": the doer of a passive, named after; what was taken
        // for the subject is then the one it befell
        if let Some(e) = after.iter().find(|e| e.prep == Some("by")) {
            if let Some(a) = f.actor.take() {
                f.recipient.get_or_insert(a);
            }
            f.actor = Some((*e).clone());
            f.how = "by";
        }
        // "دفع الحصار الحكومة إلى إرسال تعزيزات": whom something drives to a verbal noun
        // does it, rather than the noun's genitive ("إلى إجلاء موظفيها")
        if (f.actor.is_none() || f.how == "genitive") && !verb && t.toks.start >= range.start + 3 {
            let to = t.toks.start - 1;
            if cx.word(to) == "الي" {
                if let Some(e) = ents.iter().find(|e| {
                    e.toks.end == to
                        && e.prep.is_none()
                        && e.place.is_none()
                        && cx.is_actor_ent(e)
                        && e.toks.start > range.start
                        && is(DRIVE_VERBS, cx.word(e.toks.start - 1))
                }) {
                    f.actor = Some(e.clone());
                    f.how = "driven";
                }
            }
        }
        // a support verb's subject does the noun: "شنت طائرة أميركية غارة", "نفذ الجيش هجوما"
        if f.actor.is_none() && !verb {
            // (a long subject and a time and place may stand between: "وقّع ممثلو X
            // وY اليوم في الرياض اتفاقا")
            let lo = t.toks.start.saturating_sub(12).max(clause_start);
            // (tested as written too, since و begins وقّع; verbs take no article)
            if let Some(v) = (lo..t.toks.start).rev().find(|&k| {
                is(LIGHT_VERBS, cx.word(k))
                    || (cx.tokens[k].norm.starts_with('و') && is(LIGHT_VERBS, &cx.tokens[k].norm))
                    // the future of a present: "ستجري", "سينفذ"
                    || is(LIGHT_VERBS, without_future(cx.word(k)))
            }) {
                let free = |e: &&Ent| e.prep.is_none() && e.place.is_none() && cx.is_actor_ent(e);
                // after the verb ("نفذ الجيش هجوما"), else right before it, in the same
                // clause ("12 امرأة نفذن عمليات انتحارية")
                let subject = ents
                    .iter()
                    .filter(free)
                    .find(|e| e.toks.start > v && e.toks.end <= t.toks.start)
                    .or_else(|| {
                        ents.iter()
                            .filter(free)
                            .find(|e| e.toks.end == v && e.toks.start >= clause_start)
                    });
                if let Some(e) = subject {
                    f.actor = Some(e.clone());
                    f.how = "light-verb";
                }
            }
        }
        // a noun's beneficiary as its doer: "تشكيل غرفة عمليات لجميع فصائل المعارضة"
        if f.actor.is_none() && !verb {
            if let Some(e) = after.iter().find(|e| {
                e.prep == Some("ل")
                    && !trig.roles.recipient.iter().any(|r| r == "ل")
                    && e.toks.start <= t.toks.end + 3
                    && cx.is_actor_ent(e)
            }) {
                f.actor = Some((*e).clone());
                f.how = "for";
            }
        }
        // an event noun in a prepositional phrase ("قتل جندي في هجوم") is not the clause's
        // predicate: the chunk before it is not its subject
        let governed = !verb
            && self
                .preposition(t.toks.start, clause_start)
                .is_some_and(|p| p != "by");
        // SVO: the nearest actor chunk before the trigger in its clause
        if f.actor.is_none() && !governed && !governed_by_verb && !result && !event_subject {
            let before = ents.iter().rev().find(|e| {
                e.toks.end <= t.toks.start
                    && e.toks.start >= clause_start
                    && e.prep.is_none()
                    && e.place.is_none()
                    && cx.is_actor_ent(e)
            });
            if let Some(e) = before {
                f.actor = Some(e.clone());
                f.how = "svo";
            }
        }
        // a relative clause's subject is the noun before the relative: "…التي تقودها"
        let relative_clause =
            clause_start > range.start && is(RELATIVES, cx.word(clause_start.saturating_sub(1)));
        if f.actor.is_none() && relative_clause {
            // the antecedent stands right before the relative (an adjective or two may
            // follow it); a chunk further back is not it: "أمر رئيس الوزراء بالتحقيق في
            // الهجوم الذي استهدف المطار"
            if let Some(e) = ents.iter().rev().find(|e| {
                e.toks.end < clause_start && e.toks.end + 3 >= clause_start && cx.is_actor_ent(e)
            }) {
                f.actor = Some(e.clone());
                f.how = "relative";
            }
        }
        // a conjoined or resulting noun shares the previous event's participants (not
        // the object of a verb of another kind: "أدانت الحكومة الهجوم")
        if f.actor.is_none() && !governed_by_verb {
            // not across "أن": "…، مقابل أن تسهل" has a subject of its own
            let same_clause = prev
                .is_some_and(|p| (p.end..t.toks.start).all(|k| !is(COMPLEMENTIZERS, cx.word(k))));
            if let (Some(p), true) = (prev, same_clause) {
                if p.actor.is_some() && (!verb || t.prefix.starts_with('و')) {
                    f.actor = p.actor.clone();
                    // the same two parties: "مفاوضات … أفضت إلى توقيع اتفاق"
                    if f.recipient.is_none()
                        && (trig.roles.symmetric
                            || p.actor.as_ref().is_some_and(|a| a.pair.is_some()))
                    {
                        f.recipient = p.recipient.clone();
                    }
                    f.how = "shared";
                }
            }
        }
        // …and it names the circumstances of the verb before it: the same participants
        // (not when it is what a support verb's subject did: "أدانت الوزارة قيام عناصر
        // من الميليشيا بإحراق منازل")
        if governed && harmful && f.how != "light-verb" {
            if let Some(p) = prev.filter(|p| t.toks.start <= p.end + 8) {
                if f.actor.is_none() {
                    f.actor = p.actor.clone();
                }
                if f.recipient.is_none() {
                    f.recipient = p.recipient.clone();
                }
            }
        }
        // the sentence topic as the implicit subject — not for a relative clause whose
        // antecedent is no actor ("الهجوم الذي استهدف المطار") nor for a result verb, whose
        // subject is an event
        if f.actor.is_none() && (result || relative_clause) && f.how.is_empty() {
            // its subject is an event or a thing: no chunk of the sentence is the doer
            f.how = "event-subject";
        }
        if f.actor.is_none() && !result && !relative_clause && !event_subject && !governed_by_verb {
            // who suffered it ("تعرضت الوزيرة لمحاولة اغتيال") is not also its doer
            let undergone = |tp: &&Ent| {
                f.recipient
                    .as_ref()
                    .is_some_and(|r| r.toks.start == tp.toks.start)
            };
            if let Some(tp) = topic.filter(|tp| tp.toks.end <= t.toks.start && !undergone(tp)) {
                f.actor = Some(tp.clone());
                f.how = "topic";
            }
        }
        // a verb with no subject at the start of a sentence continues the previous topic
        if f.actor.is_none() && verb && t.toks.start <= range.start + 1 {
            if let Some(tp) = &self.last_topic {
                f.actor = Some(tp.clone());
                f.how = "previous-topic";
            }
        }

        // a harmful event's "subject" that is a casualty, or the subject of a passive, is
        // the one it befell: "13 شخصا أصيبوا", "قتل 58 شخصا", "اغتيل النائب"
        let undergoer = trig.roles.passive
            && matches!(f.how, "svo" | "vso" | "genitive" | "relative" | "pronoun");
        // (a counted subject right before an attack phrase fired it: "ثلاثة مسلحين أطلقوا
        // النار"; such a phrase has no passive reading)
        let counted_shooters = |a: &Ent| {
            t.form == Form::Phrase
                && f.how == "svo"
                && !cx.sector(a).is_some_and(|s| VICTIM_SECTORS.contains(&s))
        };
        // (so do counted armed men with an object of their own: "عشرون مسلحا اقتحموا
        // المركز")
        let counted_armed_doers = |a: &Ent| {
            // (a verb with و after its "subject" opens a clause of its own: "قتل عشرون
            // مسلحا وجرح ثلاثة جنود")
            let object_from = match f.how {
                "vso" => a.toks.end,
                "svo" if !t.prefix.starts_with(['و', 'ف']) => t.toks.end,
                _ => return false,
            };
            // (in "وكان X قد VERB" X is the subject of an active verb when an object follows,
            // whoever X is)
            let pluperfect = verb_start < t.toks.start && cx.word(verb_start) == "قد";
            verb && self.counted_doers(a, object_from, pluperfect, range.end)
        };
        // (the subject of a support verb did it, whoever they are: "ألقى المحتجون قنابل")
        if harmful
            && (undergoer
                || f.actor.as_ref().is_some_and(|a| {
                    victim(a)
                        && !counted_shooters(a)
                        && !counted_armed_doers(a)
                        && !matches!(f.how, "light-verb" | "split-phrase")
                }))
        {
            let a = f.actor.take();
            if f.recipient.is_none() {
                f.recipient = a;
            }
            f.how = "";
        }
        // unvocalized قتل is also قُتل: a harmful transitive verb whose subject stands right
        // before it and which has no object after it is read as a passive, its subject the
        // one it befell ("جنديا أميركيا قتل في هجوم", "عشرة قتلوا امس")
        if harmful
            && t.form == Form::Past
            && !t.pronoun
            && f.recipient.is_none()
            && trig.roles.takes_object()
            && f.actor.as_ref().is_some_and(|a| match f.how {
                // "جنديا أميركيا قتل في هجوم", "النائب الذي قتل مع مرافقيه"
                "svo" | "relative" => {
                    a.toks.end <= verb_start
                        && (a.toks.end..verb_start)
                            .all(|k| is_adjective_form(cx, k) || is(RELATIVES, cx.word(k)))
                        && self.no_object_after(t.toks.end, range.end)
                }
                // "جرح وزير الدفاع في تفجير": no object after the noun either
                "vso" => self.no_object_after(a.toks.end, range.end),
                _ => false,
            })
        {
            f.recipient = f.actor.take();
            f.how = "";
        }
        // one chunk never fills both roles
        // (but a plural group between which a clash ran is on both sides)
        if let (Some(a), Some(r)) = (&f.actor, &f.recipient) {
            if a.toks.start == r.toks.start && a.pair.is_none() && f.how != "between" {
                f.actor = None;
            }
        }
        // a dual subject fills both roles of a symmetric trigger
        if let Some(a) = &f.actor {
            if let (Some(p), true) = (a.pair, trig.roles.symmetric || f.recipient.is_none()) {
                f.recipient.get_or_insert_with(|| Ent {
                    actor: Some(p),
                    pair: None,
                    ..a.clone()
                });
            }
        }

        // recipient
        let actor_span = f.actor.as_ref().map(|a| a.toks.clone());
        let not_actor = |e: &&&Ent| actor_span.as_ref().is_none_or(|s| s.start != e.toks.start);
        if f.recipient.is_none() {
            let preps = &trig.roles.recipient;
            let by_prep = after.iter().filter(not_actor).find(|e| {
                cx.is_actor_ent(e)
                    && e.prep
                        .as_ref()
                        .is_some_and(|p| preps.iter().any(|q| q == p))
            });
            let obj = if trig.roles.takes_object() {
                let from = actor_span
                    .as_ref()
                    .filter(|s| s.start >= t.toks.end)
                    .map_or(t.toks.end, |s| s.end);
                after.iter().filter(not_actor).find(|e| {
                    // (a date between, with its commas, does not count)
                    e.toks.start >= from
                        && (from..e.toks.start).filter(|&k| !self.in_date(k)).count() <= 3
                        && e.prep.is_none()
                        && cx.is_actor_ent(e)
                })
            } else {
                None
            };
            f.recipient = obj.or(by_prep).map(|e| (*e).clone());
            // "إليه", "له", "عليهم": a pronoun after the recipient preposition
            if f.recipient.is_none() && !preps.is_empty() {
                if let Some(k) =
                    (t.toks.end..scope_end).find(|&k| is_prep_pronoun(cx.word(k), preps))
                {
                    let exclude = f.actor.as_ref().and_then(|a| a.actor);
                    f.recipient = self.antecedent(ents, k, exclude);
                }
            }
        }
        // "اندماجها في تشكيل موحد يحمل اسم «الجبهة الشامية»": a body named after the
        // trigger is what it is about (the group joined, formed or left)
        if f.recipient.is_none() && matches!(trig.category.as_str(), "JOIN" | "SPLIT") {
            let actor_start = f.actor.as_ref().map(|a| a.toks.start);
            f.recipient = after
                .iter()
                .find(|e| {
                    e.actor.is_some()
                        && Some(e.toks.start) != actor_start
                        && (e.toks.start.saturating_sub(2)..e.toks.start).any(|k| {
                            k >= t.toks.end
                                && matches!(cx.word(k), "اسم" | "باسم" | "مسمي" | "بمسمي")
                        })
                })
                .map(|e| (*e).clone());
        }
        // "قصف مواقع X": the owner of the target is what was hit
        if harmful && f.recipient.is_none() {
            let actor_start = f.actor.as_ref().map(|a| a.toks.start);
            f.recipient = after
                .iter()
                .find(|e| {
                    e.toks.start > 0
                        && Some(e.toks.start) != actor_start
                        && cx.is_actor_ent(e)
                        && is_target_noun(khayt_text::clitics::strip_article(
                            cx.word(e.toks.start - 1),
                        ))
                })
                .map(|e| (*e).clone());
        }
        // a symmetric trigger whose subject, read before it, is the second of two
        // conjoined parties: "تستعد الحكومة وجماعة الحوثي لتنفيذ صفقة تبادل" (the parties
        // are the two, whatever the object: "… تشمل مئات الأسرى")
        if trig.roles.symmetric && f.how == "svo" {
            if let Some(a) = f.actor.clone() {
                let conjoined = cx.tokens[a.toks.start].norm.starts_with('و')
                    && cx.word(a.toks.start).len() < cx.tokens[a.toks.start].norm.len();
                let first = ents.iter().find(|e| {
                    e.toks.end == a.toks.start
                        && e.prep.is_none()
                        && e.place.is_none()
                        && cx.is_actor_ent(e)
                });
                if let (true, Some(x)) = (conjoined, first) {
                    f.actor = Some(x.clone());
                    f.recipient = Some(a);
                }
            }
        }
        // a symmetric trigger with conjoined participants: "اتفق X و Y", and so is a
        // joint act ("ستجري X وY مناورات مشتركة")
        if f.recipient.is_none() && (trig.roles.symmetric || self.joint(t, range.clone())) {
            if let Some(a) = &f.actor {
                f.recipient = ents
                    .iter()
                    .find(|e| {
                        e.toks.start >= a.toks.end
                            && e.toks.start <= a.toks.end + 1
                            && e.toks.start != a.toks.start
                            && cx.is_actor_ent(e)
                            && cx.word(e.toks.start).len() < cx.tokens[e.toks.start].norm.len()
                    })
                    .cloned();
            }
        }

        // "تسليم هذه المناطق": the places of the previous event, named just before
        let demo = (t.toks.end..scope_end.min(t.toks.end + 2))
            .any(|k| matches!(cx.word(k), "هذه" | "تلك"));
        if let (true, Some(p)) = (demo, prev) {
            f.places = p.places.clone();
        } else {
            // places in the trigger's scope, plus a locative before it in its clause
            let places = ents
                .iter()
                .filter(|e| e.place.is_some())
                .chain(&self.unlisted_places);
            // a date between commas does not end the clause for its places: "وقّعوا في
            // مدينة جنيف، في الخامس من آذار، اتفاقا"
            let mut clause_start = clause_start;
            while clause_start > range.start && self.in_date(clause_start - 1) {
                let mut k = clause_start - 1;
                while k > range.start && self.in_date(k - 1) {
                    k -= 1;
                }
                if k == range.start {
                    break;
                }
                clause_start = self.clause_start(k, range.start);
            }
            for e in places {
                let in_scope = e.toks.start >= t.toks.end && e.toks.start < scope_end;
                // (or the genitive of a noun after في, or a name in apposition to one and
                // its adjective: "نفّذ المعلمون في مدارس محافظة السليمانية إضرابا", "في
                // العاصمة الكازاخية أستانا")
                let plain = |k: usize| {
                    cx.tokens[k].kind == TokenKind::Word
                        && !ents.iter().any(|x| {
                            x.toks.contains(&k)
                                && (x.actor.is_some() || x.agent.is_some() || x.place.is_some())
                        })
                };
                let located = |e: &Ent| {
                    e.prep.is_some()
                        || (e.toks.start.saturating_sub(2).max(clause_start)..e.toks.start).any(
                            |j| {
                                self.preposition(j, clause_start) == Some("في")
                                    && (j..e.toks.start).all(plain)
                            },
                        )
                };
                let before =
                    e.toks.end <= t.toks.start && e.toks.start >= clause_start && located(e);
                // (an unlisted place may also stand among the chunks)
                if (in_scope || before) && !f.places.iter().any(|p| p.toks == e.toks) {
                    f.places.push(e.clone());
                }
            }
            // "انسحاب قوات البيشمركة منها", "دخلوا إليها": a pronoun after one of the
            // trigger's place prepositions is the place named before it
            if f.places.is_empty() {
                let pronoun = (t.toks.end..scope_end.min(t.toks.end + 5)).find(|&k| {
                    // (not فيه/فيها, mostly the resumptive pronoun of a relative clause:
                    // "المظاهرات التي شارك فيها")
                    matches!(cx.word(k), "منها" | "منه" | "اليها" | "اليه")
                        && trig
                            .roles
                            .place
                            .iter()
                            .any(|p| cx.word(k).starts_with(p.as_str()))
                });
                if let Some(k) = pronoun {
                    let place = ents
                        .iter()
                        .rev()
                        .find(|e| {
                            e.toks.end <= t.toks.start && e.place.is_some() && e.actor.is_none()
                        })
                        .or(self.last_town.as_ref())
                        .and_then(|e| e.place);
                    if let Some(place) = place {
                        f.places.push(Ent {
                            place: Some(place),
                            precision: None,
                            ..self.word_ent(k, range.start)
                        });
                    }
                }
            }
            // a place named at the end of the trigger phrase: "محادثات أستانا", "مؤتمر
            // سوتشي" (not a word that is also a place: "أفرج عنه", "عقوبة السجن")
            if t.form == Form::Phrase && t.toks.len() > 1 {
                let k = t.toks.end - 1;
                let word = khayt_text::clitics::strip_article(cx.word(k));
                if !is(WORDLIKE_PLACES, word) && !is(TOPONYM_HEADS, word) {
                    let place = cx.lex.matcher.single(word).iter().find_map(|r| match r {
                        EntryRef::Place(i) => Some(*i),
                        _ => None,
                    });
                    if let Some(place) = place {
                        f.places.push(Ent {
                            place: Some(place),
                            prep: None,
                            ..self.word_ent(k, range.start)
                        });
                    }
                }
            }
            // (in text order, the unlisted places among the others)
            f.places.sort_by_key(|e| e.toks.start);
        }
        // "تظاهر الآلاف", "اعتصم العشرات أمام المبنى": a crowd told by its size alone
        // protests; its words are the actor (no one else is named to be)
        if f.actor.is_none() && verb && trig.category == "PROTEST" {
            let end = scope_end.min(range.end);
            let crowd = (t.toks.end..end)
                .take_while(|&k| self.subject_reach(t.toks.end, k))
                .find(|&k| is(CROWD_COUNTS, cx.word(k)))
                .filter(|&k| !ents.iter().any(|e| e.toks.contains(&k)))
                // ("آلاف المتظاهرين", "مئات من المحتجين": the noun after is the doer)
                .filter(|&k| {
                    k + 1 >= end
                        || cx.is_punct(k + 1)
                        || !(cx.word(k + 1) == "من" || ents.iter().any(|e| e.toks.start == k + 1))
                });
            if let Some(k) = crowd {
                f.actor = Some(Ent {
                    reference: true,
                    owner: None,
                    counted: true,
                    ..self.word_ent(k, range.start)
                });
                f.how = "crowd";
            }
        }
        // "أكد مصدر عسكري حصيلة القتلى": a source reports events, it does not do them
        let source = |e: &Ent| {
            e.agent.is_some_and(|g| cx.lex.agent(g).id == "sources")
                || matches!(
                    khayt_text::clitics::strip_article(cx.word(e.toks.start)),
                    "مصدر" | "مصادر"
                )
        };
        if trig.category != "ACCUSE" && f.actor.as_ref().is_some_and(source) {
            f.actor = None;
            f.how = "";
        }
        f
    }

    /// Whether a chunk starting at token `to` is close enough after a trigger ending at
    /// `from` to be its subject or object: two words at most, not counting time words
    /// and the words of a count ("تظاهر أمس قرابة ثلاثمئة شخص", "خرج مساء آلاف من المعلمين").
    fn subject_reach(&self, from: usize, to: usize) -> bool {
        let cx = &self.cx;
        let mut other = 0;
        let mut k = from;
        while k < to {
            // a date between the verb and its subject, with its commas, is not a word
            // of the clause ("دعت الهيئة، الاثنين الماضي، روسيا")
            if self.in_date(k) {
                k += 1;
                continue;
            }
            if let Some(n) = parse_number(cx.tokens, k) {
                k += n.tokens.max(1);
                continue;
            }
            let w = cx.word(k);
            // (a date, "أول من أمس" included, was passed over above)
            if !(is(TIME_WORDS, w) || is(QUANTIFIERS, w) || is(APPROXIMATORS, w)) {
                other += 1;
            }
            k += 1;
        }
        other <= 2
    }

    /// Whether a counted chunk did the act rather than suffered it: armed men (or anyone,
    /// with `anyone`) counted, with an object starting at `object_from` ("اقتحمت مجموعة من
    /// عشرين مسلحا مركزا للشرطة"; "قتل عشرون مسلحا في الغارة" has none).
    fn counted_doers(&self, e: &Ent, object_from: usize, anyone: bool, end: usize) -> bool {
        e.counted
            && (anyone || is_armed(self.cx.sector(e)))
            && self.object_follows(object_from, end)
    }

    /// Whether an object starts at token `k`, past the words that may close a counted
    /// chunk ("آخرين", a relational adjective), time words and dates: not a preposition,
    /// a conjunction or an adverbial.
    fn object_follows(&self, mut k: usize, end: usize) -> bool {
        let cx = &self.cx;
        while k < end && (is(OTHERS, cx.word(k)) || is_adjective_form(cx, k)) {
            k += 1;
        }
        !self.no_object_after(k, end) && !is(PREPOSITIONS, cx.word(k))
    }

    /// Whether the tokens `from..to` are only a count: numbers, quantifiers, rounding
    /// words and a partitive من ("مجموعة من عشرين", "نحو مئة من").
    fn only_count_words(&self, from: usize, to: usize) -> bool {
        let cx = &self.cx;
        let mut k = from;
        while k < to {
            if let Some(n) = parse_number(cx.tokens, k) {
                k += n.tokens.max(1);
                continue;
            }
            let w = cx.word(k);
            if !(w == "من" || is(QUANTIFIERS, w) || is(APPROXIMATORS, w)) {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Whether token `k` belongs to a date expression of the sentence, or is a comma
    /// right before or after one.
    fn in_date(&self, k: usize) -> bool {
        let comma = self.cx.is_punct(k) && matches!(self.cx.tokens[k].norm.as_str(), "," | "،");
        // ("، في 17 كانون الأول الماضي،": the preposition before a date is its own)
        let opens = |d: &Range<usize>| {
            k + 1 == d.start || (k + 2 == d.start && self.cx.word(k + 1) == "في")
        };
        self.date_spans.iter().any(|d| {
            d.contains(&k)
                || (comma && (opens(d) || k == d.end))
                || (k + 1 == d.start && self.cx.word(k) == "في")
        })
    }

    /// Whether nothing that could be an object starts at token `k`: the sentence ends, a
    /// punctuation mark, a conjoined word ("قتل وأصيب آخر"), a preposition attached to
    /// the word ("قتل بالرصاص") or an adverbial opener.
    fn no_object_after(&self, k: usize, end: usize) -> bool {
        let cx = &self.cx;
        if k >= end || cx.is_punct(k) {
            return true;
        }
        let tok = &cx.tokens[k];
        let seg = cx.segs[k];
        let prefix = seg.prefix(tok);
        // (a word the lexicon knows whole is not و + a word: "اعتقلت الشرطة وزير الدفاع")
        let conj = cx.word(k).len() < tok.norm.len() && !(seg.known && seg.pre == 0);
        // a time word may stand between a verb's subject and its object: "اقتحم
        // المسلحون فجرا مركزا للشرطة"; "جرح وزير الدفاع امس" has none after it
        if is(TIME_WORDS, tok.norm.as_str())
            || (!conj && is(TIME_WORDS, cx.word(k)))
            || self.in_date(k)
        {
            return self.no_object_after(k + 1, end);
        }
        conj || prefix.starts_with('ب')
            || tok.norm.starts_with("بال")
            || is(ADVERBIAL_OPENERS, cx.word(k))
    }

    /// Start of the clause holding token `i`: after the last comma, semicolon, colon,
    /// complementizer or relative pronoun before it.
    /// Whether the quote mark at `q` opens or closes a short quoted name ("يستعد «لواء
    /// الشمال» للانشقاق"): such quotes do not end a clause, the quotes of a statement do.
    fn in_quoted_name(&self, q: usize, floor: usize) -> bool {
        let cx = &self.cx;
        if !cx.is_quote(q) {
            return false;
        }
        // a name, not a slogan: a group noun heads it or stands right before it
        // ("«لواء الشمال»", "جماعة «بوكو حرام»"; not "«تركيا علمانية وستبقى»")
        let short = |a: usize, b: usize| {
            b > a + 1
                && b - a <= 5
                && (a + 1..b).all(|k| !cx.is_punct(k))
                && (is_head(cx, GROUP_HEADS, a + 1)
                    || (a > floor && is_head(cx, GROUP_HEADS, a - 1)))
        };
        let end = cx.tokens.len();
        (q + 1..(q + 6).min(end))
            .find(|&k| cx.is_quote(k) || cx.is_punct(k))
            .is_some_and(|k| cx.is_quote(k) && short(q, k))
            || (q.saturating_sub(5).max(floor)..q)
                .rev()
                .find(|&k| cx.is_quote(k) || cx.is_punct(k))
                .is_some_and(|k| cx.is_quote(k) && short(k, q))
    }

    /// The thing an attack at `toks` struck, named after it: its object ("استهدف
    /// مطعما") or the noun after "on", "against", "in front of", "outside"... ("انفجرت
    /// عبوة أمام مبنى البلدية"), with a definite genitive after it — or the owner named
    /// after the thing, an actor (the flag). Not a place the gazetteer knows, which is
    /// the event's location.
    fn struck_thing(
        &self,
        toks: &Range<usize>,
        ents: &[Ent],
        range: Range<usize>,
    ) -> Option<(Ent, bool)> {
        let cx = &self.cx;
        let end = (toks.end + 8).min(range.end);
        let k = (toks.end..end)
            .take_while(|&k| !cx.is_punct(k))
            .find(|&k| {
                let w = khayt_text::clitics::strip_article(cx.word(k));
                // (a chunk there is a participant or a place, read as such: "قصفت
                // الطائرات المدينة" has the aircraft as its subject)
                is_thing(w)
                    && (k == toks.end || is(STRUCK_MARKERS, cx.word(k - 1)))
                    && !ents.iter().any(|e| e.toks.contains(&k))
            })?;
        // "اجتماعا لتنظيم القاعدة", "موكب الوزير": the owner named next is whom it hit
        if let Some(owner) = ents.iter().find(|e| {
            e.toks.start == k + 1
                && e.place.is_none()
                && cx.is_actor_ent(e)
                && e.prep.is_none_or(|p| p == "ل")
        }) {
            return Some((owner.clone(), true));
        }
        let mut last = k;
        if k + 1 < end
            && !cx.is_punct(k + 1)
            && cx.segs[k + 1].stem(&cx.tokens[k + 1]).starts_with("ال")
            && !ents
                .iter()
                .any(|e| e.place.is_some() && e.toks.contains(&(k + 1)))
        {
            last = k + 1;
        }
        let thing = Ent {
            toks: k..last + 1,
            start: cx.tokens[k].start,
            end: cx.tokens[last].end,
            prep: None,
            ..self.word_ent(k, range.start)
        };
        Some((thing, false))
    }

    /// Whether the trigger at `toks` names an event already told: a definite noun
    /// ("التفجير", "هذا الهجوم") that is not another one ("الهجوم الثاني").
    fn definite_reference(&self, toks: &Range<usize>) -> bool {
        let cx = &self.cx;
        let first = toks.start;
        let definite = cx.segs[first].stem(&cx.tokens[first]).starts_with("ال")
            || (first > 0 && matches!(cx.word(first - 1), "هذا" | "هذه" | "ذلك" | "تلك"));
        let another = toks.end < cx.tokens.len()
            && matches!(
                cx.word(toks.end),
                "الاخر" | "الثاني" | "الثالث" | "الجديد" | "الاول" | "السابق" | "الاخير"
            );
        definite && !another
    }

    /// "انفجرت سيارة مفخخة في السوق … وأعلن التنظيم تبنيه التفجير الذي أوقع 35
    /// قتيلا": an event told again (`definite_reference`, of `mode`) of the same kind
    /// as an event of the last two sentences is that event; what it adds (the doer, the
    /// victims, the toll, the place) goes to that event and no second one is coded.
    /// True when `ev` was merged so.
    fn refers_back(&mut self, ev: &Event, mode: Option<String>, si: usize) -> bool {
        if si == 0 {
            return false;
        }
        let mode = mode.or_else(|| ev.mode.clone());
        let earlier = self.events.iter_mut().rev().find(|c| {
            let e = &c.event;
            e.evidence.sentence < si
                && e.evidence.sentence + 2 >= si
                && e.category == ev.category
                && e.mode.is_some()
                && e.mode == mode
                && e.factuality == ev.factuality
        });
        let Some(earlier) = earlier else {
            return false;
        };
        let e = &mut earlier.event;
        // two different doers are two events (or two claims): leave both
        if e.actor.is_some() && ev.actor.is_some() && ent_key(&e.actor) != ent_key(&ev.actor) {
            return false;
        }
        if e.actor.is_none() && ent_key(&ev.actor) != ent_key(&e.recipient) {
            e.actor = ev.actor.clone();
        }
        if e.recipient.is_none() && ent_key(&ev.recipient) != ent_key(&e.actor) {
            e.recipient = ev.recipient.clone();
        }
        if e.quantity.is_none() {
            e.quantity = ev.quantity.clone();
        }
        if e.locations.is_empty() {
            e.locations = ev.locations.clone();
        }
        true
    }

    /// PLOVER's rules for acts not (yet) done: a promised, conditional or declared
    /// retreat is a CONCEDE ("ستنسحب القوات إذا …", "أعلن التحالف وقفا لإطلاق النار");
    /// future consultation, support, cooperation or aid is an AGREE; exercises held
    /// jointly are a COOPERATE, not a MOBILIZE. The new category and mode, if any.
    fn plover_recode(
        &self,
        t: &Trig,
        ev: &Event,
        range: Range<usize>,
    ) -> Option<(&'static str, Option<&'static str>)> {
        let cx = &self.cx;
        let intended = matches!(ev.factuality.as_str(), "planned" | "hypothetical");
        // PLOVER REJECT is "all rejections and refusals": what a party says it will not
        // do, when it is cooperation or a concession
        if ev.factuality == "negated" && self.refused(t, range.clone()) {
            let mode = match ev.category.as_str() {
                "CONSULT" => Some("meet"),
                "AID" | "COOPERATE" | "SUPPORT" => Some("assist"),
                "RETREAT" | "CONCEDE" => Some("yield"),
                "AGREE" => None,
                _ => return None,
            };
            return Some(("REJECT", mode));
        }
        match ev.category.as_str() {
            "RETREAT" => {
                let clause = self.clause_start(t.toks.start, range.start);
                let before = t.toks.start.saturating_sub(6).max(clause)..t.toks.start;
                let declared = before.clone().any(|k| {
                    let w = cx.word(k);
                    w.starts_with("قرر")
                        || w.starts_with("تقرر")
                        || w.starts_with("يقرر")
                        || (is(DECLARE, w) && ev.mode.as_deref() == Some("ceasefire"))
                });
                (intended || declared).then_some(("CONCEDE", None))
            }
            // "استقبلت تركيا خمسة آلاف لاجئ": hosting refugees is asylum (PLOVER AID)
            "CONSULT"
                if self.cx.lex.trigger(t.idx).id == "consult-host"
                    && ev.recipient.as_ref().and_then(|r| r.sector.as_deref()) == Some("REF") =>
            {
                Some(("AID", None))
            }
            "CONSULT" | "SUPPORT" | "COOPERATE" | "AID" if self.future(t, range.clone()) => {
                Some(("AGREE", None))
            }
            "MOBILIZE" => match (self.joint(t, range.clone()), self.future(t, range)) {
                (true, true) => Some(("AGREE", None)),
                (true, false) => Some(("COOPERATE", None)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The verb of taking part whose event the trigger is: "تشارك في جولة", "يشارك وفد
    /// المعارضة في جولة".
    fn takes_part_in(&self, t: &Trig, range: Range<usize>) -> Option<usize> {
        let cx = &self.cx;
        if t.toks.start < range.start + 2 || cx.word(t.toks.start - 1) != "في" {
            return None;
        }
        let clause = self.clause_start(t.toks.start, range.start);
        (t.toks.start.saturating_sub(7).max(clause)..t.toks.start - 1)
            .rev()
            .find(|&k| is(TAKE_PART, cx.word(k)))
    }

    /// Whether a negated act is refused rather than reported as not done: the future
    /// negation لن ("لن تشارك في المفاوضات", "لن ننسحب").
    fn refused(&self, t: &Trig, range: Range<usize>) -> bool {
        let cx = &self.cx;
        let clause = self.clause_start(t.toks.start, range.start);
        let head = self.takes_part_in(t, range).unwrap_or(t.toks.start);
        (head.saturating_sub(2).max(clause)..t.toks.start).any(|k| cx.word(k) == "لن")
    }

    /// Whether the trigger is in the future tense (سـ، سوف، من المقرر): a promise, not
    /// the intent or preparation other planned markers give ("يتم العمل على تشكيل").
    fn future(&self, t: &Trig, range: Range<usize>) -> bool {
        let cx = &self.cx;
        if self.future_form(t) {
            return true;
        }
        let clause = self.clause_start(t.toks.start, range.start);
        (t.toks.start.saturating_sub(6).max(clause)..t.toks.start).any(|k| {
            matches!(
                cx.word(k),
                "سوف" | "المقرر" | "المزمع" | "سيتم" | "سيجري" | "سيعقد" | "سيقوم"
            ) || self.future_word(k)
        })
    }

    /// Whether the trigger is itself a future form: a present with سـ, split off by the
    /// segmenter or listed with it ("ستستهدف"; present forms begin with ي، ت، ن or ا).
    fn future_form(&self, t: &Trig) -> bool {
        t.form == Form::Present
            && (t.prefix.trim_start_matches(['و', 'ف']).starts_with('س')
                || self.cx.word(t.toks.start).starts_with('س'))
    }

    /// Whether token `k` is a future verb: سيـ split off by the segmenter, or the shape of
    /// ستـ/سنـ before a present.
    fn future_word(&self, k: usize) -> bool {
        let cx = &self.cx;
        cx.segs[k].prefix(&cx.tokens[k]).ends_with('س') && cx.tokens[k].norm.starts_with("سي")
            || is_future_verb(cx.word(k))
            // "سيلتزم", "سيعمل": سيـ begins many nouns (سيارة), so only before a present
            // of a verb the reader knows
            || {
                let (w, r) = (cx.word(k), without_future(cx.word(k)));
                r.len() < w.len()
                    && (is(COMMIT_VERBS, r) || is(LIGHT_VERBS, r) || is(TAKE_PART, r))
            }
    }

    /// Whether an attack verb at `toks` is one of words: a manner of speaking follows it
    /// ("قائلا", "في خطاب"), or its doer is an utterance ("شعارات تهاجم …").
    fn in_words(&self, toks: &Range<usize>, actor: Option<&Entity>, range: Range<usize>) -> bool {
        let cx = &self.cx;
        let window = toks.end..(toks.end + 12).min(range.end);
        let said = window.clone().any(|k| is(VERBAL_MANNER, cx.word(k)))
            || window
                .clone()
                .any(|k| cx.word(k) == "في" && k + 1 < range.end && is_head(cx, UTTERANCES, k + 1));
        // the doer as the word before the verb (or before its relative pronoun)
        let before = toks.start.checked_sub(1).filter(|&k| k >= range.start);
        let doer_word = before.map(|k| {
            if is(RELATIVES, cx.word(k)) && k > range.start {
                k - 1
            } else {
                k
            }
        });
        let by_words = doer_word.is_some_and(|k| is_head(cx, UTTERANCES, k))
            || actor.is_some_and(|a| {
                (range.start..toks.end)
                    .find(|&k| cx.tokens[k].start == a.start)
                    .is_some_and(|k| is_head(cx, UTTERANCES, k))
            });
        said || by_words
    }

    fn clause_start(&self, i: usize, floor: usize) -> usize {
        let cx = &self.cx;
        let mut k = i;
        while k > floor {
            let w = cx.word(k - 1);
            if (cx.is_punct(k - 1)
                && matches!(
                    cx.tokens[k - 1].norm.as_str(),
                    "," | ";" | ":" | "(" | ")" | "\"" | "-"
                )
                && !self.in_quoted_name(k - 1, floor))
                || is(COMPLEMENTIZERS, w)
                || is(RELATIVES, w)
            {
                return k;
            }
            k -= 1;
        }
        floor
    }

    /// The nearest named actor before token `i` (this sentence or earlier ones).
    fn antecedent(&self, ents: &[Ent], i: usize, exclude: Option<u32>) -> Option<Ent> {
        self.antecedent_of(ents, i, exclude, None)
    }

    /// The antecedent of a pronoun of the given gender ('m' for ه, 'f' for ها): one that
    /// agrees first, a subject sooner than a prepositional object ("أعلن لواء الأقصى
    /// مبايعته لتنظيم الدولة، بعد انشقاقه": the ه is لواء الأقصى).
    fn antecedent_of(
        &self,
        ents: &[Ent],
        i: usize,
        exclude: Option<u32>,
        gender: Option<char>,
    ) -> Option<Ent> {
        let fits = |e: &&Ent| e.actor.is_some() && e.actor != exclude && e.place.is_none();
        let agrees = |e: &&Ent| gender.is_none() || self.gender(e) == gender;
        let here = || ents.iter().rev().filter(|e| e.toks.end <= i);
        here()
            .filter(fits)
            .find(|e| agrees(e) && e.prep.is_none())
            .or_else(|| here().filter(fits).find(agrees))
            .or_else(|| self.history.iter().rev().filter(fits).find(agrees))
            .or_else(|| here().filter(fits).find(|e| e.prep.is_none()))
            .or_else(|| here().find(fits))
            .or_else(|| self.history.iter().rev().find(fits))
            .cloned()
    }

    /// Grammatical gender of a named actor: states and names headed by a feminine noun
    /// (جبهة، هيئة، حركة) are feminine; people and the rest masculine.
    fn gender(&self, e: &Ent) -> Option<char> {
        let a = self.cx.lex.actor(e.actor?);
        if a.kind == "person" {
            return Some('m');
        }
        // a role noun heads its chunk ("الجيش الأميركي" is masculine, whatever the state)
        let state = a.kind == "state" && e.agent.is_none();
        Some(if state { 'f' } else { head_gender(&self.cx, e) })
    }

    fn factuality(&self, t: &Trig, range: Range<usize>, denial: bool) -> &'static str {
        let cx = &self.cx;
        if denial {
            return "negated";
        }
        let clause = self.clause_start(t.toks.start, range.start);
        // "لم تُدخل أي قافلة مساعدات": the negated verb reaches its object across "any"
        let reach = if t.toks.start > range.start && self.cx.word(t.toks.start - 1) == "اي" {
            3
        } else {
            2
        };
        // … and through a verb of taking part to its event: "لن تشارك في جولة المفاوضات"
        let head = self.takes_part_in(t, range.clone()).unwrap_or(t.toks.start);
        let near = head.saturating_sub(reach).max(clause)..t.toks.start;
        if near
            .clone()
            .any(|k| is(NEGATION, cx.tokens[k].norm.as_str()) || is(NEGATION, cx.word(k)))
        {
            return "negated";
        }
        // intent governs the أن-clause it opens: "من المقرر أن تسلم", "يعتزم أن ينسحب"
        let clause = if clause > range.start && is(COMPLEMENTIZERS, cx.word(clause - 1)) {
            clause.saturating_sub(4).max(range.start)
        } else {
            clause
        };
        let window = t.toks.start.saturating_sub(6).max(clause)..t.toks.start;
        // the hypothetical particle may open the sentence before the clause
        let cond = t.toks.start.saturating_sub(10).max(range.start)..t.toks.start;
        if cond.clone().any(|k| {
            // حال/حالة is "in case" only after في: "حالة الطوارئ" is a state of emergency
            is(HYPOTHETICAL, cx.word(k))
                && !(matches!(cx.word(k), "حال" | "حاله")
                    && (k == range.start || cx.word(k - 1) != "في"))
        }) {
            return "hypothetical";
        }
        // "إنْ قتلوا": إن straight before a perfect verb is "if" (the particle إنّ takes a
        // noun); only the written hamza tells it from أنْ ("بعد أن قتلوا")
        if t.form == Form::Past && t.toks.start > range.start {
            let k = t.toks.start - 1;
            let written: String = cx.text[cx.tokens[k].start..cx.tokens[k].end]
                .chars()
                .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
                .collect();
            if matches!(written.as_str(), "إن" | "وإن" | "فإن") {
                return "hypothetical";
            }
        }
        let proposed = |k: usize| {
            is(PROVIDES_FOR, cx.word(k))
                && k > range.start
                && is(
                    PROPOSALS,
                    khayt_text::clitics::strip_article(cx.word(k - 1)),
                )
        };
        let planned = self.future_form(t)
            || window
                .clone()
                .any(|k| is(PLANNED, cx.word(k)) || self.future_word(k) || proposed(k));
        if !planned {
            return "occurred";
        }
        // "ستنسحب القوات من البلدة، إذا استكمل الجانب الآخر …": what is to happen on
        // a condition stated after it is conditional
        let after = t.toks.end..(t.toks.end + 15).min(range.end);
        let condition = after.clone().find(|&k| {
            matches!(cx.word(k), "اذا" | "لو")
                || (matches!(cx.word(k), "حال" | "حاله") && cx.word(k - 1) == "في")
        });
        let own = condition.is_some_and(|c| {
            (t.toks.end..c).all(|k| !(cx.is_punct(k) && cx.tokens[k].norm == "."))
        });
        if own {
            "hypothetical"
        } else {
            "planned"
        }
    }

    fn date_for(
        &self,
        t: &Trig,
        dates: &[DateExpr],
        range: Range<usize>,
        next_trig: usize,
        other_next: Option<usize>,
    ) -> EventDate {
        let clause = self.clause_start(t.toks.start, range.start);
        // the nearest expression in the trigger's scope, after it first
        // (a verb's date is not across a relative clause or حيث that has a verb of its
        // own: "تجمع متظاهرون أمام المحكمة، حيث مثل القاضي الذي أقيل في التاسع من
        // مارس"; a noun's relative clause tells of the event itself: "التفجير الذي وقع
        // أول من أمس")
        let verb = matches!(t.form, Form::Past | Form::Present);
        let own_clause = |d: &DateExpr| {
            !verb
                || (t.toks.end..d.tokens.start).all(|k| {
                    let w = self.cx.word(k);
                    !(is(RELATIVES, w) || w == "حيث")
                })
        };
        let after = dates
            .iter()
            .filter(|d| {
                d.tokens.start >= t.toks.end
                    && d.tokens.start < next_trig.max(t.toks.end + 1)
                    && own_clause(d)
            })
            .min_by_key(|d| d.tokens.start - t.toks.end);
        // (a date between commas just before the clause is its own: "بدأ الحوثيون، أمس
        // السبت، انسحابا")
        let comma =
            |k: usize| self.cx.is_punct(k) && matches!(self.cx.tokens[k].norm.as_str(), "," | "،");
        let parenthetical = |d: &&DateExpr| {
            d.tokens.end + 1 == clause
                && comma(d.tokens.end)
                && (d.tokens.start.saturating_sub(2).max(range.start)..d.tokens.start).any(comma)
        };
        let before = dates
            .iter()
            .filter(|d| {
                d.tokens.end <= t.toks.start && (d.tokens.start >= clause || parenthetical(d))
            })
            .max_by_key(|d| d.tokens.end);
        let chosen = match (after, before) {
            (Some(a), Some(b)) => {
                if a.tokens.start - t.toks.end <= t.toks.start - b.tokens.end {
                    Some(a)
                } else {
                    Some(b)
                }
            }
            (a, b) => a.or(b).or_else(|| {
                // (the sentence's only date, unless it lies in the scope of a next trigger
                // of another kind: "أعلن مبايعته، بعد انشقاقه في الثاني عشر من الشهر
                // الماضي" dates the split; "مقتل ثلاثة في هجوم … أمس" dates both)
                match dates {
                    [d] => Some(d).filter(|d| {
                        own_clause(d)
                            && !other_next.is_some_and(|n| n > t.toks.end && d.tokens.start >= n)
                    }),
                    _ => None,
                }
            }),
        };
        match chosen {
            Some(d) => {
                let cx = &self.cx;
                let s = cx.tokens[d.tokens.start].start;
                let e = cx.tokens[d.tokens.end - 1].end;
                EventDate {
                    value: d.value.clone(),
                    precision: d.precision.to_string(),
                    text: Some(cx.text[s..e].to_string()),
                }
            }
            None => EventDate {
                value: self.art_date.map(|d| d.to_string()).unwrap_or_default(),
                precision: "article".into(),
                text: None,
            },
        }
    }

    /// The count the event reports: a toll or a force for most events ("58 شخصا",
    /// "ألف ومائتي مقاتل", "العشرات من المدنيين"); for a protest, the size of the crowd
    /// — any group of people counted ("نحو مئتي راهب", "مئات من عناصر الجماعة", "تظاهر
    /// الآلاف"), never a toll, which would read as the number who protested.
    fn quantity(
        &self,
        t: &Trig,
        category: &str,
        ents: &[Ent],
        range: Range<usize>,
        next_trig: usize,
    ) -> Option<Quantity> {
        let cx = &self.cx;
        let crowd = category == "PROTEST";
        let lo = t.toks.start.saturating_sub(6).max(range.start);
        let hi = next_trig
            .max(t.toks.end)
            .min(range.end)
            .min(t.toks.end + 10);
        // the counted noun: right after the number, or after "من" ("مئات من المتظاهرين")
        let unit_at = |u: usize| -> Option<(usize, &'static str)> {
            let w = khayt_text::clitics::strip_article(cx.word(u));
            if let Some((_, unit)) = UNITS.iter().find(|(f, _)| *f == w) {
                return (!crowd || !TOLL_UNITS.contains(unit)).then_some((u, *unit));
            }
            // a crowd is whoever is counted: monks, refugees, members of a party
            ents.iter()
                .find(|e| crowd && e.toks.start == u && e.place.is_none() && cx.is_actor_ent(e))
                // the counted noun alone: the chunk may run on ("الاف الاسرائيليين مساء امس")
                .map(|_| (u, "people"))
        };
        let mut k = lo;
        let mut best: Option<(usize, Quantity)> = None;
        while k < hi {
            let Some(n) = parse_number(cx.tokens, k) else {
                k += 1;
                continue;
            };
            let u = k + n.tokens;
            let counted = (u < range.end)
                .then(|| unit_at(u))
                .flatten()
                .or_else(|| {
                    (u + 1 < range.end && cx.word(u) == "من")
                        .then(|| unit_at(u + 1))
                        .flatten()
                })
                // "تظاهر الآلاف": a vague plural right after the protest verb is the crowd
                .or_else(|| (crowd && n.approx && k == t.toks.end).then_some((u - 1, "people")));
            if let Some((last, unit)) = counted {
                // (a count inside the trigger phrase, "أطلقت 5 صواريخ", is nearest)
                let dist = if k >= t.toks.end {
                    k - t.toks.end
                } else {
                    t.toks.start.saturating_sub(k)
                };
                let text = cx.text[cx.tokens[k].start..cx.tokens[last].end].to_string();
                let q = Quantity {
                    value: n.value,
                    unit: unit.to_string(),
                    approximate: n.approx,
                    text,
                };
                if best.as_ref().is_none_or(|(d, _)| dist < *d) {
                    best = Some((dist, q));
                }
            }
            k += n.tokens.max(1);
        }
        best.map(|(_, q)| q)
    }

    /// Features of a candidate for the learned filter: the trigger and its shape, the
    /// roles filled, factuality, date, quantity, attribution, and the words around it.
    #[allow(clippy::too_many_arguments)]
    fn features(
        &self,
        t: &Trig,
        trig: &Trigger,
        f: &Frame,
        ev: &Event,
        trigs: &[Trig],
        ents: &[Ent],
        range: Range<usize>,
    ) -> Vec<String> {
        let cx = &self.cx;
        let mut out = vec![
            format!("trig={}", trig.id),
            format!("form={:?}", t.form),
            format!("fact={}", ev.factuality),
        ];
        let first = t.toks.start;
        if cx.segs[first].stem(&cx.tokens[first]).starts_with("ال") {
            out.push("definite".into());
        }
        if !trig.mode.is_empty() {
            out.push(format!("mode={}", trig.mode));
        }
        out.push(format!(
            "how={}",
            if f.how.is_empty() { "none" } else { f.how }
        ));
        for (role, e) in [("actor", &f.actor), ("recip", &f.recipient)] {
            if let Some(e) = e {
                out.push(role.to_string());
                if let Some(sec) = cx.sector(e) {
                    out.push(format!("{role}_sector={sec}"));
                }
                if e.actor.is_some() {
                    out.push(format!("{role}_named"));
                }
            }
        }
        if !ev.locations.is_empty() {
            out.push("place".into());
        }
        if let Some(q) = &ev.quantity {
            out.push(format!("qty={}", q.unit));
        }
        if ev.date.precision != "article" {
            out.push(format!("date={}", ev.date.precision));
        }
        if ev.attribution.is_some() {
            out.push("attributed".into());
        }
        // the shape of the report as one feature: "a verb with its doer and target" weighs
        // apart from the sum of its parts (a noun with a doer is often a mention)
        let has = |b: bool, c: char| if b { c } else { '-' };
        out.push(format!(
            "shape={:?}:{}{}",
            t.form,
            has(ev.actor.is_some(), 'a'),
            has(ev.recipient.is_some(), 'r'),
        ));
        // who else the sentence names, and whether as a subject: protesters or police
        // acting, not just mentioned behind a preposition
        for e in ents {
            let role = if e.prep.is_none() { "free" } else { "governed" };
            if let Some(g) = e.agent {
                out.push(format!("sent_agent={}:{role}", cx.lex.agent(g).id));
            } else if let Some(a) = e.actor {
                let a = cx.lex.actor(a);
                out.push(format!("sent_actor={}:{}:{role}", a.kind, a.sector));
            }
        }
        let same = trigs
            .iter()
            .filter(|x| cx.lex.trigger(x.idx).category == trig.category)
            .count();
        if same > 1 {
            out.push("several_triggers".into());
        }
        let lo = t.toks.start.saturating_sub(4).max(range.start);
        let hi = (t.toks.end + 4).min(range.end);
        for k in lo..hi {
            if t.toks.contains(&k) || cx.tokens[k].kind != TokenKind::Word {
                continue;
            }
            out.push(feature("w=", self.bare_word(k)));
        }
        out
    }

    /// A word without its clitics and article, as the filter's word features spell it.
    fn bare_word(&self, k: usize) -> &str {
        let cx = &self.cx;
        if cx.segs[k].known {
            khayt_text::clitics::strip_article(cx.segs[k].stem(&cx.tokens[k]))
        } else {
            khayt_text::clitics::strip_article(strip_conj(&cx.tokens[k].norm))
        }
    }

    /// Every distinct word of the sentence as a filter feature: whether a sentence reports
    /// an event shows in words far from the trigger too (a trial, a film, an anniversary,
    /// a toll of wounded), which the trigger's window does not reach.
    fn sentence_words(&self, range: Range<usize>) -> Vec<String> {
        let mut words: Vec<&str> = range
            .filter(|&k| self.cx.tokens[k].kind == TokenKind::Word)
            .map(|k| self.bare_word(k))
            .collect();
        words.sort_unstable();
        words.dedup();
        words.into_iter().map(|w| feature("sw=", w)).collect()
    }

    fn entity(&self, e: &Ent) -> Entity {
        let lex = self.cx.lex;
        // the text as written runs to the end of its last word: "مقاتليها" (its
        // fighters), not the stem the lexicon matched
        let end = match e.toks.end.checked_sub(1) {
            Some(last)
                if self.cx.segs[last].post > 0
                    && self.cx.tokens[last].start < e.end
                    && e.end < self.cx.tokens[last].end =>
            {
                self.cx.tokens[last].end
            }
            _ => e.end,
        };
        let (start, end) = e.owner.unwrap_or((e.start, end));
        let text = self.cx.text[start..end].to_string();
        if let Some(a) = e.actor.map(|a| lex.actor(a)) {
            let sector = if a.sector.is_empty() {
                e.agent
                    .map(|g| lex.agent(g).sector.clone())
                    .filter(|s| !s.is_empty())
            } else {
                Some(a.sector.clone())
            };
            let code = match &sector {
                Some(s) => format!("{} {s}", a.country),
                None => a.country.clone(),
            };
            return Entity {
                text,
                id: Some(a.id.clone()),
                name: Some(a.name_en.clone()),
                name_ar: Some(a.name_ar.clone()),
                country: Some(a.country.clone()),
                sector,
                code: Some(code),
                start,
                end,
            };
        }
        let country = e.adj.map(|a| lex.actor(a).country.clone());
        match e.agent.map(|g| lex.agent(g)) {
            Some(g) => {
                let country =
                    country.or_else(|| (!g.country.is_empty()).then(|| g.country.clone()));
                let code = Some(format!(
                    "{} {}",
                    country.as_deref().unwrap_or("---"),
                    g.sector
                ));
                Entity {
                    text,
                    id: None,
                    name: Some(g.name_en.clone()),
                    name_ar: None,
                    country,
                    sector: Some(g.sector.clone()),
                    code,
                    start,
                    end,
                }
            }
            None => {
                // a bare relational adjective standing for its actor: "بمسعى أميركي"
                let a = e.adj.map(|a| lex.actor(a));
                Entity {
                    text,
                    id: a.map(|a| a.id.clone()),
                    name: a.map(|a| a.name_en.clone()),
                    name_ar: a.map(|a| a.name_ar.clone()),
                    country,
                    sector: a.and_then(|a| (!a.sector.is_empty()).then(|| a.sector.clone())),
                    code: a.map(|a| a.code()),
                    start,
                    end,
                }
            }
        }
    }

    fn location(&self, e: &Ent) -> Option<Location> {
        if e.toponym {
            // no coordinates; the country and governorate of the place it lies in
            let within = e.within.map(|w| self.cx.lex.place(w));
            return Some(Location {
                text: self.cx.text[e.start..e.end].to_string(),
                id: None,
                name: None,
                admin1: within.and_then(|w| match w.kind.as_str() {
                    "governorate" => Some(w.name_en.clone()),
                    _ => (!w.admin1.is_empty()).then(|| w.admin1.clone()),
                }),
                country: within.map(|w| w.country.clone()),
                lat: None,
                lon: None,
                precision: "point".into(),
                start: e.start,
                end: e.end,
            });
        }
        let p = self.cx.lex.place(e.place?);
        Some(Location {
            text: self.cx.text[e.start..e.end].to_string(),
            id: Some(p.id.clone()),
            name: Some(p.name_en.clone()),
            admin1: (!p.admin1.is_empty()).then(|| p.admin1.clone()),
            country: Some(p.country.clone()),
            lat: p.lat,
            lon: p.lon,
            precision: e.precision.unwrap_or(p.precision().as_str()).to_string(),
            start: e.start,
            end: e.end,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        si: usize,
        s_start: usize,
        s_end: usize,
        t: &Trig,
        trig: &Trigger,
        f: &Frame,
        factuality: &str,
        date: EventDate,
        attribution: Option<Attribution>,
        quantity: Option<Quantity>,
    ) -> Event {
        let actor = f.actor.as_ref().map(|e| self.entity(e));
        let recipient = f.recipient.as_ref().map(|e| self.entity(e));
        let mut locations: Vec<Location> = Vec::new();
        for l in f.places.iter().filter_map(|p| self.location(p)) {
            if !locations.iter().any(|x| x.start == l.start) {
                locations.push(l);
            }
        }
        let mut confidence = 0.4;
        if actor.is_some() {
            confidence += if matches!(
                f.how,
                "vso" | "genitive" | "between" | "svo" | "split-phrase"
            ) {
                0.25
            } else {
                0.1
            };
        }
        if recipient.is_some() {
            confidence += 0.15;
        }
        if !locations.is_empty() {
            confidence += 0.1;
        }
        let category = trig.category.clone();
        Event {
            id: self.event_id(si, t.start, &category),
            article_id: self.article.id.clone(),
            category,
            mode: (!trig.mode.is_empty()).then(|| trig.mode.clone()),
            context: trig.context.clone(),
            actor,
            recipient,
            locations,
            date,
            factuality: factuality.to_string(),
            attribution,
            quantity,
            evidence: Evidence {
                sentence: si,
                start: s_start,
                end: s_end,
                trigger: self.cx.text[t.start..t.end].to_string(),
                trigger_start: t.start,
                trigger_end: t.end,
            },
            rule: format!(
                "{} {} {}",
                trig.loc,
                trig.id,
                if f.how.is_empty() { "no-actor" } else { f.how }
            ),
            confidence: (confidence * 100.0_f32).round() / 100.0,
        }
    }
}

/// The countries of the actors a lexicon key names, as actor or as its adjective.
fn actor_countries<'c>(cx: &'c Ctx, key: u32) -> impl Iterator<Item = &'c str> {
    cx.lex.matcher.entries(key).iter().filter_map(|e| match e {
        EntryRef::Actor(a) | EntryRef::ActorAdj(a) => Some(cx.lex.actor(*a).country.as_str()),
        _ => None,
    })
}

fn ent_key(e: &Option<Entity>) -> Option<String> {
    e.as_ref()
        .map(|e| e.id.clone().unwrap_or_else(|| e.text.clone()))
}

/// A relational adjective not in the lexicon: "الكردية", "الميدانيين".
/// Whether token `i` is a verbal noun or a definite noun carrying the preposition ب or ل
/// ("تطالب بإسقاط النظام", "بالافراج عن"): the chunk after it is inside that phrase.
fn opens_phrase(cx: &Ctx, i: usize) -> bool {
    let w = cx.tokens[i].norm.as_str();
    cx.tokens[i].kind == TokenKind::Word
        && (w.starts_with("با") || w.starts_with("لا"))
        && w.chars().count() >= 5
}

/// Whether token `i` looks like a relational adjective in any case or number ("عراقيا",
/// "الأميركيون"): what may stand between a noun and its verb without being its object.
fn is_adjective_form(cx: &Ctx, i: usize) -> bool {
    let t = &cx.tokens[i];
    let w = cx.word(i);
    t.kind == TokenKind::Word
        && w.chars().count() >= 4
        && ["ي", "يه", "يا", "يين", "يون", "يان"]
            .iter()
            .any(|s| w.ends_with(s))
        && !is(RELATIVES, w)
}

/// Words that end a name read from unknown words: prepositions, relative pronouns,
/// negation and time words ("قرية حدودية في", "السابق الذي").
fn ends_name(w: &str) -> bool {
    is(PREPOSITIONS, w) || is(RELATIVES, w) || is(NEGATION, w) || is(TIME_WORDS, w)
}

/// Grammatical gender of a chunk by its head word: feminine in ة or a plural in ات
/// ("السلطات", "الشرطة"), masculine otherwise.
fn head_gender(cx: &Ctx, e: &Ent) -> char {
    let head = cx.text[e.start..e.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    if head.ends_with('ة') || head.ends_with("ات") {
        'f'
    } else {
        'm'
    }
}

/// How a frame found its doer, when it guessed it from the sentence (its topic, an
/// earlier event's doer) rather than read it from the trigger's own syntax.
fn guessed(how: &str) -> bool {
    matches!(how, "topic" | "shared" | "previous-topic")
}

/// The `how` a candidate's frame recorded (its `how=` feature; empty for categories the
/// filter does not score).
fn how_of(c: &Candidate) -> &str {
    c.features
        .iter()
        .find_map(|f| f.strip_prefix("how="))
        .unwrap_or("")
}

/// A noun naming what is hit, also indefinite accusative ("استهدف حاجزا لقوات الأسايش").
fn is_target_noun(w: &str) -> bool {
    is(TARGET_NOUNS, w) || w.strip_suffix('ا').is_some_and(|w| is(TARGET_NOUNS, w))
}

/// A thing an attack can strike: a target noun or a building or vehicle ("مقصفا").
fn is_thing(w: &str) -> bool {
    is_target_noun(w) || is(FACILITIES, w) || w.strip_suffix('ا').is_some_and(|w| is(FACILITIES, w))
}

/// Whether token `k` is in a list of head nouns, with or without a conjunction before it —
/// tried as written first, since و and ف also begin words (وفد، فصيل).
fn is_head(cx: &Ctx, list: &'static [&'static str], k: usize) -> bool {
    let strip = khayt_text::clitics::strip_article;
    [cx.tokens[k].norm.as_str(), cx.word(k)]
        .iter()
        .any(|w| is(list, w) || is(list, strip(w)))
}

/// A present without the future سـ before it ("ستلتزم" → "تلتزم"); other words as they are.
fn without_future(w: &str) -> &str {
    w.strip_prefix('س')
        .filter(|r| r.starts_with(['ي', 'ت', 'ن']))
        .unwrap_or(w)
}

/// A future verb by its shape: سـ before a present of the second person or the first
/// plural ("ستجري", "سنواصل"), which the lexicon's segmentation does not split off;
/// nouns of the same shape (سنوات، ستيفن) are listed.
fn is_future_verb(w: &str) -> bool {
    (w.starts_with("ست") || w.starts_with("سن"))
        && w.chars().count() >= 5
        && !is(FUTURE_LOOKALIKES, w)
}

/// Inserts a chunk or a trigger among the sentence's, which stay in text order (`start`
/// gives an item's first token).
fn insert_in_order<T>(items: &mut Vec<T>, item: T, start: impl Fn(&T) -> usize) {
    let pos = items
        .iter()
        .position(|x| start(x) > start(&item))
        .unwrap_or(items.len());
    items.insert(pos, item);
}

/// Whether a chunk starts within a token span (a speaker's description).
fn starts_in(span: Option<&Range<usize>>, e: &Ent) -> bool {
    span.is_some_and(|s| s.contains(&e.toks.start))
}

fn is_nisba(cx: &Ctx, i: usize) -> bool {
    let t = &cx.tokens[i];
    let w = t.norm.as_str();
    t.kind == TokenKind::Word
        && w.starts_with("ال")
        && w.chars().count() >= 5
        && (w.ends_with('ي') || w.ends_with("يه") || w.ends_with("يين") || w.ends_with("يون"))
        && !is(RELATIVES, w)
}

/// "إليه", "لها", "عليهم": a preposition carrying a pronoun, when the preposition marks
/// the recipient.
fn is_prep_pronoun(w: &str, preps: &[String]) -> bool {
    const PRONOUNS: [&str; 5] = ["ه", "ها", "هم", "هما", "هن"];
    let bases: [(&str, &str); 4] = [("الي", "اليه"), ("ل", "له"), ("علي", "عليه"), ("مع", "معه")];
    bases.iter().any(|(p, _)| {
        preps.iter().any(|q| q == p)
            && PRONOUNS.iter().any(|pr| {
                let stem = if *p == "الي" {
                    "الي"
                } else if *p == "علي" {
                    "علي"
                } else {
                    p
                };
                w == format!("{stem}{pr}")
            })
    })
}

fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for b in *p {
            h ^= *b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// A filter feature `prefix` + `value`, built without the formatting machinery: the word
/// features are made for every sentence with a candidate, in the hot path.
fn feature(prefix: &str, value: &str) -> String {
    let mut f = String::with_capacity(prefix.len() + value.len());
    f.push_str(prefix);
    f.push_str(value);
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_inside_the_reader_is_an_error_not_a_crash() {
        let r: Result<(), _> = guarded(|| panic!("index out of bounds"));
        match r {
            Err(ExtractError::Internal(m)) => assert!(m.contains("index out of bounds")),
            other => panic!("{other:?}"),
        }
        assert_eq!(guarded(|| 7).ok(), Some(7));
    }
}
