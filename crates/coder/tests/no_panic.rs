//! The coder never panics, whatever the text: arbitrary mixes of Arabic letters, marks,
//! digits, punctuation and other scripts, with or without a date.

use khayt_coder::{candidates, Article};
use khayt_lexicon::Lexicon;
use proptest::prelude::*;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::load(&[]).expect("shipped lexicons load"))
}

fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "داعش",
        "النصرة",
        "انسحب",
        "من",
        "إلى",
        "لصالح",
        "قال",
        "إن",
        "أمس",
        "في",
        "ريف",
        "حماة",
        "الشرقي",
        "بين",
        "و",
        "لم",
        "سوف",
        "قتل",
        "12",
        "١٢",
        "ألف",
        "ومائتي",
        "مقاتل",
        "،",
        ".",
        "؟",
        "«",
        "»",
        "(",
        ")",
        "الثاني",
        "والعشرين",
        "منه",
        "التي",
        "هذه",
        "المناطق",
        "ـ",
        "\u{064E}",
        "\n",
        " ",
        "x",
        "🙂",
        "انسحابه",
        "مبايعته",
        "بحسب",
        "مصادر",
        "الشهر",
        "الماضي",
        "قبل",
        "أشهر",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn coding_never_panics_and_offsets_stay_in_the_text(text in arabicish(), dated in any::<bool>()) {
        let art = Article { id: "p".into(), date: dated.then(|| "2017-04-01".to_string()), text: text.clone(), ..Default::default() };
        if let Ok(cands) = candidates(lex(), &art) {
            for c in cands {
                let e = c.event;
                prop_assert!(text.is_char_boundary(e.evidence.trigger_start) && text.is_char_boundary(e.evidence.trigger_end));
                prop_assert_eq!(&text[e.evidence.trigger_start..e.evidence.trigger_end], e.evidence.trigger.as_str());
                for ent in [e.actor, e.recipient].into_iter().flatten() {
                    prop_assert_eq!(&text[ent.start..ent.end], ent.text.as_str());
                }
                for l in e.locations {
                    prop_assert_eq!(&text[l.start..l.end], l.text.as_str());
                }
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        let art = Article { id: "p".into(), date: Some("2020-01-01".into()), text, ..Default::default() };
        let _ = candidates(lex(), &art);
    }
}
