//! Surface forms generated from a verb's two principal parts.
//!
//! Triggers list a verb once (3rd person masculine singular perfect and imperfect, e.g.
//! انسحب / ينسحب); news text uses it in every person and number. Forms are generated
//! here by the regular suffix and prefix patterns; the matcher's clitic handling adds
//! و، ف and the future prefix س. Over-generation is harmless (a wrong form never occurs in
//! text), under-generation loses matches, so the rules err on the side of more forms.

use crate::model::Form;

/// Normalized forms of a verb with their tense, past forms first.
pub fn verb_forms(past: &str, present: &str) -> Vec<(String, Form)> {
    let mut out: Vec<(String, Form)> = Vec::new();
    let past = khayt_text::normalize(past);
    let present = khayt_text::normalize(present);
    let mut push = |s: String, f: Form| {
        if s.chars().count() >= 2 && !out.iter().any(|(x, _)| *x == s) {
            out.push((s, f));
        }
    };
    // perfect: he, she, they (m), they two (m/f), they (f), we, you
    push(past.clone(), Form::Past);
    let weak_end = past.ends_with('ي') || past.ends_with('ا');
    let base = if weak_end {
        past[..past.len() - 'ي'.len_utf8()].to_string()
    } else {
        past.clone()
    };
    for suf in ["ت", "وا", "تا", "ن", "نا", "تم"] {
        push(format!("{base}{suf}"), Form::Past);
    }
    if !weak_end {
        push(format!("{past}ا"), Form::Past);
    } else {
        // defective verbs: ألقى → ألقوا, ألقيا, ألقين
        push(format!("{base}يا"), Form::Past);
        push(format!("{base}ين"), Form::Past);
    }
    // imperfect: strip the person prefix, then add every person's prefix and suffix
    let stem = present
        .strip_prefix('ي')
        .or_else(|| present.strip_prefix('ت'))
        .unwrap_or(&present)
        .to_string();
    let weak_present = stem.ends_with('ي') || stem.ends_with('و') || stem.ends_with('ا');
    let short = if weak_present {
        stem[..stem.len() - 'ي'.len_utf8()].to_string()
    } else {
        stem.clone()
    };
    for pre in ["ي", "ت", "ن", "ا"] {
        push(format!("{pre}{stem}"), Form::Present);
    }
    for pre in ["ي", "ت"] {
        for suf in ["ون", "وا", "ان", "ا", "ن"] {
            push(format!("{pre}{short}{suf}"), Form::Present);
        }
        if !weak_present {
            push(format!("{pre}{stem}ين"), Form::Present);
        }
        // jussive of defective verbs drops the last letter: لم يلق
        if weak_present {
            push(format!("{pre}{short}"), Form::Present);
        }
    }
    // active participles of derived verbs (Forms II–X): م + imperfect stem, when the stem
    // is long enough or starts with ت (يتهم → متهم، يستعد → مستعد، ينسحب → منسحب). Form I
    // participles (فاعل) cannot be derived from the imperfect, and م + a three-letter stem
    // would make unrelated words (يسلم → مسلم "Muslim").
    let n = stem.chars().count();
    if n >= 4 || (n == 3 && stem.starts_with('ت')) {
        let p = format!("م{stem}");
        for suf in ["", "ا", "ه", "ين", "ون"] {
            push(format!("{p}{suf}"), Form::Participle);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(forms: &[(String, Form)], s: &str) -> bool {
        forms.iter().any(|(f, _)| f == s)
    }

    #[test]
    fn sound_verb_yields_common_persons() {
        let f = verb_forms("انسحب", "ينسحب");
        for s in [
            "انسحب",
            "انسحبت",
            "انسحبوا",
            "انسحبا",
            "ينسحب",
            "تنسحب",
            "ينسحبون",
            "ينسحبوا",
        ] {
            assert!(has(&f, s), "missing {s}");
        }
    }

    #[test]
    fn forms_are_normalized() {
        let f = verb_forms("أسقط", "يُسقط");
        assert!(has(&f, "اسقطت"));
        assert!(has(&f, "يسقطون"));
    }

    #[test]
    fn defective_verb_drops_its_weak_letter() {
        let f = verb_forms("ألقى", "يلقي");
        assert!(has(&f, "القوا"));
        assert!(has(&f, "القت"));
        assert!(has(&f, "يلقون"));
    }

    #[test]
    fn derived_verbs_yield_participles() {
        let f = verb_forms("اتهم", "يتهم");
        assert!(f
            .iter()
            .any(|(s, t)| s == "متهما" && *t == Form::Participle));
        assert!(has(&verb_forms("استعد", "يستعد"), "مستعدين"));
    }

    #[test]
    fn form_one_verbs_yield_no_participle_from_the_imperfect() {
        assert!(!has(&verb_forms("سلم", "يسلم"), "مسلم"));
    }

    #[test]
    fn tense_is_recorded() {
        let f = verb_forms("قصف", "يقصف");
        assert!(f.iter().any(|(s, t)| s == "قصفت" && *t == Form::Past));
        assert!(f.iter().any(|(s, t)| s == "يقصفون" && *t == Form::Present));
    }
}
