//! How the coder reads Arabic sentence shapes, factuality, attribution, dates, places and
//! quantities. The fixtures are short reports written for the project (real names,
//! invented events); each test states one behaviour. Candidates are read before the
//! learned filter, which has tests of its own.

use khayt_coder::{candidates, Article, Event};
use khayt_lexicon::Lexicon;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::load(&[]).expect("shipped lexicons load"))
}

fn read_candidates(text: &str, date: &str) -> Vec<khayt_coder::Candidate> {
    let art = Article {
        id: "t".into(),
        date: Some(date.into()),
        text: text.into(),
        ..Default::default()
    };
    candidates(lex(), &art).expect("readable")
}

fn read(text: &str, date: &str) -> Vec<Event> {
    read_candidates(text, date)
        .into_iter()
        .map(|c| c.event)
        .collect()
}

fn one(events: &[Event], category: &str) -> Event {
    events
        .iter()
        .find(|e| e.category == category)
        .unwrap_or_else(|| {
            panic!(
                "no {category} in {:#?}",
                events
                    .iter()
                    .map(|e| (&e.category, &e.evidence.trigger))
                    .collect::<Vec<_>>()
            )
        })
        .clone()
}

fn actor_id(e: &Event) -> Option<&str> {
    e.actor.as_ref().and_then(|a| a.id.as_deref())
}

fn recipient_id(e: &Event) -> Option<&str> {
    e.recipient.as_ref().and_then(|a| a.id.as_deref())
}

/// Whether the role is filled by a chunk whose text holds `text`.
fn names(role: &Option<khayt_coder::Entity>, text: &str) -> bool {
    role.as_ref().is_some_and(|a| a.text.contains(text))
}

// ---- sentence shapes

#[test]
fn vso_the_entity_after_the_verb_is_the_actor() {
    let e = one(
        &read(
            "انسحبت قوات سوريا الديمقراطية من بلدة الباغوز.",
            "2019-03-20",
        ),
        "RETREAT",
    );
    assert_eq!(actor_id(&e), Some("sdf"));
    assert!(e.locations.iter().any(|l| l.text.contains("الباغوز")));
}

#[test]
fn svo_the_entity_before_the_verb_is_the_actor_and_the_one_after_its_object() {
    let e = one(
        &read("قال المصدر إن لواء الأقصى بايع تنظيم داعش.", "2017-04-01"),
        "JOIN",
    );
    assert_eq!(actor_id(&e), Some("liwa-al-aqsa"));
    assert_eq!(recipient_id(&e), Some("isis"));
}

#[test]
fn svo_holds_across_an_aspect_particle() {
    let e = one(
        &read("وكان لواء الأقصى قد بايع تنظيم داعش.", "2017-04-01"),
        "JOIN",
    );
    assert_eq!(actor_id(&e), Some("liwa-al-aqsa"));
    assert_eq!(recipient_id(&e), Some("isis"));
}

#[test]
fn passive_casualties_are_the_recipient_not_the_actor() {
    let e = one(
        &read("قتل 12 مدنيا في قصف على مدينة إدلب.", "2019-05-06"),
        "ASSAULT",
    );
    assert!(!names(&e.actor, "مدني"));
    assert!(e
        .recipient
        .as_ref()
        .is_some_and(|r| r.text.contains("مدنيا")));
}

#[test]
fn a_killing_verb_with_its_subject_before_and_no_object_is_passive() {
    // قتل is also قُتل: "a Syrian soldier was killed near Palmyra"
    let e = one(
        &read("أفاد مصدر أن جنديا سوريا قتل قرب تدمر.", "2017-03-02"),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
    assert!(e
        .recipient
        .as_ref()
        .is_some_and(|r| r.text.contains("جنديا")));
}

#[test]
fn a_killing_verb_with_an_object_after_its_subject_stays_active() {
    let e = one(
        &read(
            "وكان الجيش السوري قد قتل عشرة مسلحين قرب تدمر.",
            "2017-03-02",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "الجيش"));
    assert!(e
        .recipient
        .as_ref()
        .is_some_and(|r| r.text.contains("مسلحين")));
}

#[test]
fn the_subject_of_a_passive_verb_is_the_one_it_befell() {
    let e = one(
        &read(
            "اغتيل القيادي في جبهة النصرة أبو عمر في ريف إدلب.",
            "2017-03-02",
        ),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
    assert!(e.recipient.is_some());
}

#[test]
fn an_attack_named_in_a_phrase_after_a_killing_shares_its_victim() {
    // "a soldier was killed in an armed attack": the soldier is no attacker
    let events = read(
        "قال مصدر إن جنديا عراقيا قتل في هجوم مسلح قرب الموصل.",
        "2017-03-02",
    );
    for e in events.iter().filter(|e| e.category == "ASSAULT") {
        assert!(!names(&e.actor, "جندي"), "{:?}", e.actor);
    }
    assert!(one(&events, "ASSAULT")
        .recipient
        .is_some_and(|r| r.text.contains("جنديا")));
}

#[test]
fn vso_subject_may_follow_a_time_word_and_a_count() {
    let e = one(
        &read(
            "تظاهر أمس نحو ثلاثمئة شخص أمام مبنى المحافظة في السويداء.",
            "2018-07-30",
        ),
        "PROTEST",
    );
    assert!(names(&e.actor, "شخص"), "{:?}", e.actor);
}

#[test]
fn a_chunk_inside_a_prepositional_phrase_is_not_the_subject() {
    // "in protest at the government's decision": the government does not protest
    let e = one(
        &read(
            "خرج مئات المتظاهرين احتجاجا على قرار الحكومة في درعا.",
            "2018-07-30",
        ),
        "PROTEST",
    );
    assert!(!names(&e.actor, "الحكومة"), "{:?}", e.actor);
}

#[test]
fn a_female_suicide_bomber_is_the_actor_of_her_attack() {
    let e = one(
        &read(
            "قال مصدر إن انتحارية فجرت نفسها في سوق شعبي ببغداد.",
            "2017-02-11",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "انتحارية"), "{:?}", e.actor);
}

#[test]
fn a_killing_verb_in_a_relative_clause_with_no_object_is_passive() {
    // "the MP who was killed with two of his companions"
    let e = one(
        &read(
            "شيع أهالي بيروت النائب الذي قتل مع اثنين من مرافقيه أمس.",
            "2007-09-20",
        ),
        "ASSAULT",
    );
    assert!(names(&e.recipient, "النائب"), "{:?}", e.recipient);
    assert!(!names(&e.actor, "النائب"), "{:?}", e.actor);
}

#[test]
fn a_protest_is_aimed_at_what_it_is_against() {
    let e = one(
        &read(
            "تظاهر مئات الطلاب أمس في الرقة احتجاجا على قرارات تنظيم داعش.",
            "2014-03-02",
        ),
        "PROTEST",
    );
    assert_eq!(recipient_id(&e), Some("isis"), "{:?}", e.recipient);
}

#[test]
fn a_protest_is_aimed_at_whom_it_makes_demands_of() {
    let e = one(
        &read(
            "اعتصم العشرات أمام مبنى المحافظة في السويداء مطالبين الحكومة السورية بالإفراج عن المعتقلين.",
            "2018-07-30",
        ),
        "PROTEST",
    );
    assert!(names(&e.recipient, "الحكومة"), "{:?}", e.recipient);
}

#[test]
fn a_protest_is_aimed_at_whom_the_protesters_clash_with() {
    let e = one(
        &read(
            "خرجت مظاهرات في درعا أمس، واشتبك المتظاهرون مع قوات الأمن السورية قرب الجامع العمري.",
            "2011-03-19",
        ),
        "PROTEST",
    );
    assert!(names(&e.recipient, "قوات الأمن"), "{:?}", e.recipient);
}

#[test]
fn a_protest_before_an_embassy_is_aimed_at_its_state() {
    let e = one(
        &read(
            "تجمع مئات الشبان أمس أمام السفارة الروسية في بيروت ورددوا الهتافات.",
            "2016-12-14",
        ),
        "PROTEST",
    );
    assert!(names(&e.recipient, "الروسية"), "{:?}", e.recipient);
}

#[test]
fn a_stated_purpose_comes_before_the_seat_a_protest_gathers_at() {
    // the union's hall is where they met; the decree is what they protest
    let e = one(
        &read(
            "تظاهر عشرات المحامين أمام مقر نقابة المحامين في عمان احتجاجا على قرار الحكومة الأردنية.",
            "2019-02-11",
        ),
        "PROTEST",
    );
    assert!(names(&e.recipient, "الحكومة"), "{:?}", e.recipient);
}

#[test]
fn a_union_hall_is_not_what_a_protest_is_against() {
    let e = one(
        &read(
            "تجمع عشرات الصحافيين أمس أمام مقر نقابة الصحافيين في تونس.",
            "2019-02-11",
        ),
        "PROTEST",
    );
    assert!(!names(&e.recipient, "نقابة"), "{:?}", e.recipient);
}

#[test]
fn a_protest_is_aimed_at_whom_it_addresses_a_demand_to() {
    let e = one(
        &read(
            "احتشد آلاف السكان في الحسكة لمطالبة الإدارة الذاتية بإعادة فتح المدارس.",
            "2020-09-05",
        ),
        "PROTEST",
    );
    assert!(names(&e.recipient, "الإدارة الذاتية"), "{:?}", e.recipient);
}

#[test]
fn a_trigger_phrase_that_names_its_doer_gives_the_actor() {
    let e = one(
        &read(
            "وأغلق المتظاهرون الطريق الدولي قرب معرة النعمان.",
            "2019-05-06",
        ),
        "PROTEST",
    );
    assert!(names(&e.actor, "المتظاهرون"), "{:?}", e.actor);
}

#[test]
fn hundreds_of_protesters_after_the_verb_are_its_subject() {
    let e = one(
        &read("تظاهر أمس مئات من الطلاب أمام جامعة حلب.", "2012-05-04"),
        "PROTEST",
    );
    assert!(names(&e.actor, "الطلاب"), "{:?}", e.actor);
}

#[test]
fn a_protest_is_aimed_at_whom_it_accuses() {
    let e = one(
        &read(
            "احتج مئات السكان في منبج متهمين قوات سوريا الديمقراطية بتجنيد الأطفال.",
            "2020-05-01",
        ),
        "PROTEST",
    );
    assert_eq!(recipient_id(&e), Some("sdf"), "{:?}", e.recipient);
}

#[test]
fn a_protest_is_aimed_at_whose_departure_it_demands() {
    let e = one(
        &read(
            "اعتصم مئات الطلاب أمام مبنى المحافظة في البصرة وهتفوا مطالبين بـ«إسقاط» الحكومة العراقية.",
            "2020-05-01",
        ),
        "PROTEST",
    );
    assert!(names(&e.recipient, "الحكومة العراقية"), "{:?}", e.recipient);
}

#[test]
fn protesters_are_never_the_target_of_their_own_protest() {
    let e = one(
        &read(
            "تحولت التظاهرات إلى هتافات ضد ما اعتبره المحتجون فسادا في البلدية.",
            "2020-05-01",
        ),
        "PROTEST",
    );
    assert!(!names(&e.recipient, "المحتجون"), "{:?}", e.recipient);
}

#[test]
fn protesters_named_apart_from_the_protest_noun_are_its_actor() {
    let e = one(
        &read(
            "اندلعت مظاهرات في مدينة السويداء، ورفع المتظاهرون لافتات تندد بالفساد.",
            "2020-05-01",
        ),
        "PROTEST",
    );
    assert!(names(&e.actor, "المتظاهرون"), "{:?}", e.actor);
}

#[test]
fn a_verb_listed_by_its_forms_reads_its_subject_after_it() {
    let e = one(
        &read(
            "استهدفت طائرة تركية مقرا لحزب العمال الكردستاني في سنجار أمس.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    let actor = e.actor.as_ref().expect("an actor");
    assert!(actor.text.contains("طائرة تركية"), "{actor:?}");
    assert_eq!(actor.country.as_deref(), Some("TUR"));
}

#[test]
fn a_drone_is_the_doer_when_no_one_else_is_named() {
    let e = one(
        &read(
            "أطلقت طائرة مسيرة صاروخا على سيارة في ريف إدلب أمس.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "طائرة مسيرة"), "{:?}", e.actor);
}

#[test]
fn without_a_pilot_names_no_pilot() {
    let events = read(
        "قصفت طائرة بدون طيار موقعا للمسلحين قرب الحدود.",
        "2020-05-01",
    );
    assert!(
        events
            .iter()
            .all(|e| e.actor.as_ref().is_none_or(|a| a.text != "طيار")),
        "{events:?}"
    );
}

#[test]
fn a_unit_belonging_to_an_actor_is_that_actors() {
    let e = one(
        &read(
            "قصفت طائرة بدون طيار تابعة للتحالف الدولي موقعا لتنظيم داعش قرب هجين.",
            "2019-01-10",
        ),
        "ASSAULT",
    );
    assert_eq!(actor_id(&e), Some("intl-coalition"), "{:?}", e.actor);
}

#[test]
fn a_role_noun_from_a_group_after_inna_keeps_its_subject_across_the_comma() {
    let e = one(
        &read(
            "ذكر ضابط في الشرطة أن مهاجما انتحاريا من حركة الشباب، قتل خمسة جنود قرب مقديشو أمس.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert_eq!(actor_id(&e), Some("al-shabaab"), "{:?}", e.actor);
    assert!(
        e.actor
            .as_ref()
            .is_some_and(|a| a.text.starts_with("مهاجما انتحاريا")),
        "{:?}",
        e.actor
    );
}

#[test]
fn the_subject_of_a_result_verb_is_an_event_not_the_chunk_before_it() {
    let events = read(
        "سقطت قذيفة على مركز الشرطة في البلدة أسفرت عن مقتل ثلاثة من رجال الشرطة.",
        "2020-05-01",
    );
    let e = events
        .iter()
        .find(|e| e.evidence.trigger.contains("أسفرت"))
        .expect("the result phrase");
    assert!(names(&e.recipient, "رجال الشرطة"), "{:?}", e.recipient);
    assert!(!names(&e.actor, "الشرطة"), "{:?}", e.actor);
}

#[test]
fn a_verb_describing_an_attack_noun_has_the_attack_as_subject() {
    let events = read(
        "قتل ثلاثة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف حاجزا لقوات الأسايش في القامشلي.",
        "2020-05-01",
    );
    let e = events
        .iter()
        .find(|e| e.evidence.trigger == "استهدف")
        .expect("the verb's reading");
    assert!(!names(&e.actor, "أشخاص"), "{:?}", e.actor);
    assert!(names(&e.recipient, "الأسايش"), "{:?}", e.recipient);
}

#[test]
fn one_attack_read_twice_keeps_its_target_and_its_toll() {
    let events = read(
        "قتل ثلاثة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف حاجزا لقوات الأسايش في القامشلي.",
        "2020-05-01",
    );
    let assaults: Vec<_> = events.iter().filter(|e| e.category == "ASSAULT").collect();
    assert_eq!(assaults.len(), 1, "{assaults:#?}");
    let e = assaults[0];
    assert!(names(&e.recipient, "الأسايش"), "{:?}", e.recipient);
    assert_eq!(
        e.quantity.as_ref().map(|q| q.value),
        Some(3),
        "{:?}",
        e.quantity
    );
}

#[test]
fn a_role_noun_with_a_possessive_belongs_to_the_actor_it_refers_to() {
    let e = one(
        &read(
            "أكدت هيئة تحرير الشام مقتل خمسة من مقاتليها في قصف روسي على ريف إدلب.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert_eq!(recipient_id(&e), Some("hts"), "{:?}", e.recipient);
}

#[test]
fn a_role_noun_with_a_possessive_is_named_by_the_words_of_its_owner() {
    let text = "قال الجيش الأردني إن جنوده قتلوا ثلاثة مهربين على الحدود.";
    let e = one(&read(text, "2020-05-01"), "ASSAULT");
    let a = e.actor.as_ref().expect("a doer");
    assert_eq!(a.text, "الجيش الأردني");
    assert_eq!(&text[a.start..a.end], a.text, "the offsets are the owner's");
    assert!(names(&e.recipient, "مهربين"), "{:?}", e.recipient);
}

#[test]
fn a_possessive_after_an_office_keeps_the_role_nouns_own_words() {
    let e = one(
        &read(
            "قال وزير الخارجية السوري إن قواته قصفت مواقع المسلحين في ريف حماة.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "قواته"), "{:?}", e.actor);
}

#[test]
fn counted_armed_men_with_an_object_after_them_are_the_doers() {
    let e = one(
        &read(
            "اقتحمت مجموعة من عشرين مسلحا مركزا للشرطة في بلدة الرطبة.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "مسلحا"), "{:?}", e.actor);
    assert!(names(&e.recipient, "شرطة"), "{:?}", e.recipient);
}

#[test]
fn counted_armed_men_without_an_object_are_casualties() {
    let e = one(&read("قتل عشرون مسلحا في الغارة.", "2020-05-01"), "ASSAULT");
    assert!(e.actor.is_none(), "{:?}", e.actor);
    assert!(names(&e.recipient, "مسلحا"), "{:?}", e.recipient);
}

#[test]
fn counted_men_after_a_plural_verb_are_its_object() {
    let e = one(
        &read(
            "قال مسؤولون إن المسلحين اختطفوا ثلاثة جنود آخرين قرب الحدود.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "المسلحين"), "{:?}", e.actor);
    assert!(names(&e.recipient, "جنود"), "{:?}", e.recipient);
}

#[test]
fn a_time_word_between_subject_and_object_leaves_the_verb_active() {
    for text in [
        "اقتحم المسلحون فجرا مركزا للشرطة.",
        "وكانت مجموعة من المسلحين قد اقتحمت ليلا مركزا للشرطة.",
    ] {
        let e = one(&read(text, "2020-05-01"), "ASSAULT");
        assert!(
            names(&e.actor, "المسلحين") || names(&e.actor, "المسلحون"),
            "{text}: {:?}",
            e.actor
        );
        assert!(names(&e.recipient, "شرطة"), "{text}: {:?}", e.recipient);
    }
}

#[test]
fn a_verb_carrying_its_object_as_a_pronoun_has_the_chunk_after_it_as_subject() {
    let e = one(
        &read(
            "أعلنت الشرطة تحرير مهندسين خطفهم مسلحون مجهولون الأسبوع الماضي.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "مسلحون"), "{:?}", e.actor);
    assert!(names(&e.recipient, "مهندسين"), "{:?}", e.recipient);
    let e = one(
        &read(
            "اعتصم عشرات العمال تدعمهم نقابة المعلمين أمام مبنى الوزارة.",
            "2020-05-01",
        ),
        "SUPPORT",
    );
    assert!(names(&e.actor, "نقابة"), "{:?}", e.actor);
    assert!(names(&e.recipient, "العمال"), "{:?}", e.recipient);
}

#[test]
fn a_protest_motive_after_a_protest_is_that_protest() {
    let events = read(
        "اعتصم عشرات العمال تدعمهم نقابة المعلمين أمام مبنى الوزارة احتجاجا على قرار الحكومة.",
        "2020-05-01",
    );
    let protests: Vec<_> = events.iter().filter(|e| e.category == "PROTEST").collect();
    assert_eq!(protests.len(), 1, "{protests:#?}");
    assert!(
        names(&protests[0].actor, "العمال"),
        "{:?}",
        protests[0].actor
    );
    assert!(
        names(&protests[0].recipient, "الحكومة"),
        "{:?}",
        protests[0].recipient
    );
}

#[test]
fn a_count_may_stand_between_a_split_phrase_verb_and_its_subject() {
    let e = one(
        &read("نزل نحو ثلاثمئة عامل إلى الشوارع في العاصمة.", "2020-05-01"),
        "PROTEST",
    );
    assert!(names(&e.actor, "عامل"), "{:?}", e.actor);
    assert_eq!(
        e.quantity.as_ref().map(|q| q.value),
        Some(300),
        "{:?}",
        e.quantity
    );
}

#[test]
fn a_date_between_a_verb_and_its_subject_is_no_preposition() {
    let e = one(
        &read(
            "تظاهر مساء أول من أمس مئات الطلاب أمام الجامعة.",
            "2020-05-01",
        ),
        "PROTEST",
    );
    assert!(names(&e.actor, "الطلاب"), "{:?}", e.actor);
    assert_eq!(e.date.value, "2020-04-29");
}

#[test]
fn the_pluperfect_subject_stands_between_kana_and_qad() {
    let e = one(
        &read(
            "وكانت مجموعة من عشرين شابا من خارج البلدة قد اقتحمت فجرا مصرفا في السوق.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "شابا"), "{:?}", e.actor);
    let e = one(
        &read("وكان عشرون مدنيا قد قتلوا في الغارة.", "2020-05-01"),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
    assert!(names(&e.recipient, "مدنيا"), "{:?}", e.recipient);
}

#[test]
fn a_split_phrase_whose_rest_is_a_chunk_is_not_read_into_its_subject() {
    let e = one(&read("أسقط الجيش طائرة أميركية.", "2020-05-01"), "ASSAULT");
    assert!(names(&e.actor, "الجيش"), "{:?}", e.actor);
    let r = e.recipient.as_ref().expect("a target");
    assert_eq!(r.code.as_deref(), Some("USA MIL"), "{r:?}");
}

#[test]
fn a_place_before_a_date_between_commas_is_the_events() {
    let e = one(
        &read(
            "وقع الطرفان في مدينة جنيف، في الخامس من آذار الماضي، اتفاقا لتبادل الأسرى.",
            "2020-05-01",
        ),
        "AGREE",
    );
    assert!(
        e.locations.iter().any(|l| l.text.contains("جنيف")),
        "{:?}",
        e.locations
    );
    assert_eq!(e.date.value, "2020-03-05");
}

#[test]
fn what_a_proposal_provides_for_is_planned() {
    let e = one(
        &read(
            "رفضت الفصائل مقترحا يقضي بانسحاب قواتها من المدينة.",
            "2020-05-01",
        ),
        "CONCEDE",
    );
    assert_eq!(e.factuality, "planned");
    // (an agreement's terms are reported as carried out)
    let e = one(
        &read(
            "أفادت مصادر بأن اتفاقا تم بين الطرفين يقضي بانسحاب المسلحين من البلدة.",
            "2020-05-01",
        ),
        "RETREAT",
    );
    assert_eq!(e.factuality, "occurred");
}

#[test]
fn a_ruling_that_sentences_is_a_conviction_of_whom_it_names() {
    let e = one(
        &read(
            "أصدرت المحكمة حكما يقضي بسجن المتهمين خمس سنوات.",
            "2020-05-01",
        ),
        "SANCTION",
    );
    assert_eq!(e.factuality, "occurred");
    assert!(names(&e.actor, "المحكمة"), "{:?}", e.actor);
    assert!(names(&e.recipient, "المتهمين"), "{:?}", e.recipient);
    let e = one(
        &read("قضت المحكمة بسجن المتهمين عشر سنوات.", "2020-05-01"),
        "SANCTION",
    );
    assert!(names(&e.actor, "المحكمة"), "{:?}", e.actor);
}

fn features(text: &str, category: &str) -> Vec<String> {
    read_candidates(text, "2020-05-01")
        .into_iter()
        .find(|c| c.event.category == category)
        .map(|c| c.features)
        .unwrap_or_else(|| panic!("no {category} in {text}"))
}

#[test]
fn a_deed_named_as_a_charge_is_marked_alleged() {
    let fs = features("اتهمت الحكومة المعارضة بقتل المتظاهرين.", "ASSAULT");
    assert!(fs.iter().any(|f| f == "cue=charged"), "{fs:?}");
    assert!(!fs.iter().any(|f| f == "concrete"), "{fs:?}");
    // (the conviction itself is not)
    let fs = features(
        "أدين ثلاثة بتهمة القتل وحكم عليهم بالسجن عشر سنوات.",
        "SANCTION",
    );
    assert!(!fs.iter().any(|f| f == "cue=charged"), "{fs:?}");
}

#[test]
fn a_bomb_defused_or_found_is_marked_no_attack() {
    let fs = features("فككت قوات الأمن أمس سيارة مفخخة قرب السفارة.", "ASSAULT");
    assert!(fs.iter().any(|f| f == "cue=defused"), "{fs:?}");
    let fs = features("انفجرت أمس سيارة مفخخة قرب السفارة.", "ASSAULT");
    assert!(!fs.iter().any(|f| f == "cue=defused"), "{fs:?}");
}

#[test]
fn a_doer_is_not_guessed_from_a_relative_clause_on_another_noun() {
    let e = one(
        &read(
            "وانفجرت خمس قذائف هاون قرب مقر رئيس الوزراء الذي سيلتقي لاحقا قائد الجيش.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
    // (the event's own relative clause still names its doer)
    let e = one(
        &read(
            "قتل أربعة عناصر في غارة صباح أمس التي شنتها طائرات حربية على موقعهم.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "طائرات"), "{:?}", e.actor);
}

#[test]
fn a_source_reports_events_it_does_not_do_them() {
    let e = one(
        &read(
            "أكد مصدر عسكري حصيلة القتلى والجرحى في المدينة.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
}

#[test]
fn a_toll_noun_takes_no_doer_from_its_speaker() {
    let e = one(
        &read("أكد المحافظ حصيلة القتلى في المدينة.", "2020-05-01"),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
}

#[test]
fn the_participle_pointing_out_is_not_a_rank() {
    let events = read(
        "أكد المسؤول حصيلة الجرحى، مشيرا إلى أن الهجوم استهدف مدنيين.",
        "2020-05-01",
    );
    assert!(events.iter().any(|e| e.category == "ASSAULT"));
    for e in &events {
        assert!(!names(&e.actor, "مشير"), "{:?}", e.actor);
    }
}

#[test]
fn a_former_office_holder_is_named_with_the_name_after_it() {
    let e = one(
        &read(
            "أصدرت المحكمة مذكرة توقيف بحق محافظ البصرة السابق نزار الحلفي.",
            "2020-05-01",
        ),
        "THREATEN",
    );
    let r = e.recipient.as_ref().expect("whom the warrant names");
    assert!(r.text.ends_with("نزار الحلفي"), "{r:?}");
    // (the place of the office is not where the warrant was issued)
    assert!(e.locations.is_empty(), "{:?}", e.locations);
}

#[test]
fn who_announces_a_death_is_not_its_doer() {
    let events = read(
        "أعلنت هيئة تحرير الشام مقتل خمسة من مقاتليها أمس.",
        "2020-05-01",
    );
    let e = one(&events, "ASSAULT");
    assert_ne!(actor_id(&e), Some("hts"), "{:?}", e.actor);
    assert!(e.attribution.is_some(), "{e:?}");
}

#[test]
fn the_chunk_right_before_an_attack_phrase_is_its_subject() {
    let e = one(
        &read(
            "ترجل من السيارة ثلاثة مسلحين أطلقوا النار على عناصر الحاجز.",
            "2020-05-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "مسلحين"), "{:?}", e.actor);
}

#[test]
fn a_relative_clause_takes_its_antecedent_from_right_before_it() {
    let events = read(
        "أمر رئيس الوزراء العراقي بالتحقيق في الهجوم الذي استهدف مطار أربيل أمس.",
        "2021-02-16",
    );
    let e = one(&events, "ASSAULT");
    assert!(!names(&e.actor, "رئيس الوزراء"), "{:?}", e.actor);
}

#[test]
fn who_survived_an_attempt_was_its_target() {
    let e = one(
        &read(
            "نجا قائد شرطة حلب، أمس، من محاولة اغتيال بعبوة ناسفة.",
            "2016-09-14",
        ),
        "ASSAULT",
    );
    assert!(names(&e.recipient, "قائد"), "{:?}", e.recipient);
    assert!(!names(&e.actor, "قائد"), "{:?}", e.actor);
}

#[test]
fn one_of_a_group_after_a_killing_verb_is_a_casualty() {
    let e = one(
        &read(
            "قتل أحد عناصر الشرطة في انفجار عبوة ناسفة بدرعا.",
            "2016-09-14",
        ),
        "ASSAULT",
    );
    assert!(names(&e.recipient, "عناصر"), "{:?}", e.recipient);
    assert!(e.actor.is_none(), "{:?}", e.actor);
}

#[test]
fn a_verb_first_killing_with_no_object_after_its_noun_is_passive() {
    // جُرح وزير الدفاع: "the defence minister was wounded in a bombing"
    let e = one(
        &read("جرح وزير الدفاع في تفجير سيارة مفخخة ببيروت.", "2005-07-13"),
        "ASSAULT",
    );
    assert!(names(&e.recipient, "وزير"), "{:?}", e.recipient);
    assert!(!names(&e.actor, "وزير"), "{:?}", e.actor);
}

#[test]
fn verbal_noun_takes_its_genitive_as_actor_and_lisalih_as_recipient() {
    let e = one(
        &read(
            "أعلن المرصد انسحاب تنظيم داعش من مدينة تدمر لصالح قوات النظام.",
            "2017-03-02",
        ),
        "RETREAT",
    );
    assert_eq!(actor_id(&e), Some("isis"));
    assert_eq!(recipient_id(&e), Some("syr-army"));
}

#[test]
fn between_x_and_y_gives_both_parties() {
    let e = one(
        &read(
            "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش في الباغوز.",
            "2019-03-10",
        ),
        "ASSAULT",
    );
    let ids = [actor_id(&e), recipient_id(&e)];
    assert!(
        ids.contains(&Some("sdf")) && ids.contains(&Some("isis")),
        "{ids:?}"
    );
}

#[test]
fn conjoined_actors_stay_two_parties() {
    let e = one(
        &read(
            "اتفق تنظيم داعش وجبهة النصرة على تبادل الأسرى.",
            "2017-04-01",
        ),
        "AGREE",
    );
    let ids = [actor_id(&e), recipient_id(&e)];
    assert!(
        ids.contains(&Some("isis")) && ids.contains(&Some("nusra")),
        "{ids:?}"
    );
}

#[test]
fn apposition_a_role_noun_then_a_person_is_the_person() {
    let e = one(
        &read(
            "واتهم قائد هيئة تحرير الشام أبو محمد الجولاني الحكومة السورية بخرق الهدنة.",
            "2018-01-01",
        ),
        "ACCUSE",
    );
    assert_eq!(actor_id(&e), Some("al-julani"));
}

#[test]
fn apposition_an_office_the_lexicon_lists_then_its_holder_is_the_holder() {
    // "وزير الخارجية السوري" is an actor of its own in the lexicon; the name after it
    // says who holds the office
    let e = one(
        &read(
            "ندد وزير الخارجية السوري وليد المعلم بالغارات التركية على عفرين.",
            "2015-03-02",
        ),
        "ACCUSE",
    );
    assert_eq!(actor_id(&e), Some("walid-al-muallem"));
    assert!(
        names(&e.actor, "وزير الخارجية السوري وليد المعلم"),
        "{:?}",
        e.actor
    );
}

#[test]
fn support_verb_noun_qiyam_gives_the_doer_of_the_act_after_bi() {
    // "قيام X بـ…": X did it, though a date stands between and the whole is what a
    // ministry condemns; the condemned act does not take the condemnation's object
    let ev = read(
        "وأدانت الوزارة قيام عناصر من الميليشيا مساء الجمعة بإحراق منازل في القرية.",
        "2015-03-02",
    );
    let e = one(&ev, "ASSAULT");
    assert!(names(&e.actor, "عناصر من الميليشيا"), "{:?}", e.actor);
    assert!(!names(&e.recipient, "الميليشيا"), "{:?}", e.recipient);
}

#[test]
fn a_support_verbs_subject_may_stand_before_it() {
    // SVO: "X نفذ هجوما" as well as "نفذ X هجوما"
    let e = one(
        &read(
            "وقال البيان إن عشرة مسلحين نفذوا هجوما على حاجز للجيش قرب البلدة.",
            "2016-05-02",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "مسلحين"), "{:?}", e.actor);
    assert_eq!(e.evidence.trigger, "هجوما");
}

#[test]
fn who_sets_about_an_act_does_it() {
    let e = one(
        &read(
            "وأفاد شهود بأن رجالا ملثمين عمدوا إلى إحراق منازل في القرية ليلا.",
            "2016-05-02",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "ملثمين"), "{:?}", e.actor);
}

#[test]
fn a_feminine_adjective_in_an_attack_phrase_is_its_kind_not_its_doer() {
    // "عمليات انتحارية": suicide attacks, done by the women named before the support verb
    let e = one(
        &read(
            "وذكر التقرير أن ثلاث نساء نفذن عمليات انتحارية في المحافظة العام الماضي.",
            "2016-05-02",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "نساء"), "{:?}", e.actor);
    // the doer named by a feminine agent word is still read: "فجرت انتحارية نفسها"
    let e = one(
        &read("وفجرت انتحارية نفسها في سوق المدينة.", "2016-05-02"),
        "ASSAULT",
    );
    assert!(names(&e.actor, "انتحارية"), "{:?}", e.actor);
}

#[test]
fn closing_a_road_is_a_protest_whose_doers_the_support_noun_names() {
    // "قيام X بإقفال طريق": the Lebanese word for blocking a road
    let e = one(
        &read(
            "وبدأ النهار صباحا مع قيام عشرات من شبان البلدة بإقفال طريق المطار.",
            "2008-01-01",
        ),
        "PROTEST",
    );
    assert_eq!(e.mode.as_deref(), Some("obstruct"));
    assert!(names(&e.actor, "شبان"), "{:?}", e.actor);
}

#[test]
fn protesters_heading_somewhere_march_against_whose_seat_it_is() {
    let e = one(
        &read(
            "وفي باريس توجه المتظاهرون إلى مقر رئيس الوزراء الفرنسي مساء أمس.",
            "2019-01-12",
        ),
        "PROTEST",
    );
    assert!(names(&e.actor, "المتظاهرون"), "{:?}", e.actor);
    assert!(names(&e.recipient, "رئيس الوزراء"), "{:?}", e.recipient);
}

#[test]
fn going_out_is_a_protest_when_protesters_go_out() {
    let e = one(
        &read("خرج آلاف المتظاهرين مساء أمس في وسط المدينة.", "2007-08-29"),
        "PROTEST",
    );
    assert!(names(&e.actor, "المتظاهرين"), "{:?}", e.actor);
    let ev = read("خرج الوزير من القاعة مساء أمس.", "2007-08-29");
    assert!(ev.iter().all(|e| e.category != "PROTEST"), "{ev:?}");
}

#[test]
fn a_group_of_members_is_partitive_like_a_number_of() {
    // "مجموعة من الشبان": the young men are the doers, not a phrase governed by من
    let e = one(
        &read(
            "وقامت مجموعة من الشبان برشق قوات الشرطة بالحجارة في وسط المدينة.",
            "2015-03-02",
        ),
        "PROTEST",
    );
    assert!(names(&e.actor, "الشبان"), "{:?}", e.actor);
}

#[test]
fn split_phrase_after_a_preposition_is_a_verbal_noun_whose_next_chunk_is_the_object() {
    // "برشق قوات الشرطة بالحجارة": pelting the police, who are not the throwers
    let e = one(
        &read(
            "وقامت مجموعة من الشبان برشق قوات الشرطة بالحجارة في وسط المدينة.",
            "2015-03-02",
        ),
        "PROTEST",
    );
    assert!(names(&e.recipient, "قوات الشرطة"), "{:?}", e.recipient);
    assert!(!names(&e.actor, "قوات الشرطة"), "{:?}", e.actor);
}

#[test]
fn an_agreement_signed_by_two_conjoined_parties_has_both() {
    // Libya's House of Representatives and General National Congress (Skhirat, 2015)
    let e = one(
        &read(
            "ووقع مجلس النواب والمؤتمر الوطني العام اتفاقا سياسيا.",
            "2016-02-10",
        ),
        "AGREE",
    );
    assert!(names(&e.actor, "مجلس النواب"), "{:?}", e.actor);
    assert_eq!(recipient_id(&e), Some("lby-gnc"));
}

#[test]
fn a_merger_into_a_body_named_after_it_has_that_body_as_recipient() {
    let e = one(
        &read(
            "أعلنت الجبهة الإسلامية وحركة نور الدين الزنكي اندماجهما في تشكيل عسكري موحد يحمل اسم «الجبهة الشامية».",
            "2014-12-26",
        ),
        "JOIN",
    );
    assert_eq!(
        recipient_id(&e),
        Some("jabhat-shamiya"),
        "{:?}",
        e.recipient
    );
}

#[test]
fn relative_clause_subject_is_the_noun_before_the_relative() {
    let ev = read(
        "قصفت الطائرات مواقع هيئة تحرير الشام التي هاجمت قوات النظام في ريف حماة.",
        "2018-01-01",
    );
    let e = ev
        .iter()
        .find(|x| x.evidence.trigger.contains("هاجم"))
        .expect("the relative clause's event");
    assert_eq!(actor_id(e), Some("hts"));
    assert_eq!(recipient_id(e), Some("syr-army"));
}

#[test]
fn the_subject_of_taarrada_suffered_the_attack() {
    let e = one(
        &read(
            "تعرضت القوات التركية لهجوم صاروخي قرب مدينة عفرين.",
            "2018-03-01",
        ),
        "ASSAULT",
    );
    assert_eq!(recipient_id(&e), Some("tur-military"));
    assert!(actor_id(&e) != Some("tur-military"));
}

#[test]
fn the_subject_of_taarrada_suffered_it_across_an_apposition_and_a_date() {
    let e = one(
        &read(
            "تعرض قيادي في حركة أحرار الشام، وهو قائد قطاع إدلب، مساء الأحد لمحاولة اغتيال على أيدي مسلحين مجهولين.",
            "2017-06-05",
        ),
        "ASSAULT",
    );
    assert!(names(&e.recipient, "قيادي"), "{:?}", e.recipient);
    assert!(!names(&e.actor, "قيادي"), "{:?}", e.actor);
}

#[test]
fn a_count_between_the_verb_and_its_weapon_keeps_the_attack() {
    let e = one(
        &read(
            "قالت الشرطة إن مسلحين أطلقوا ثلاثة صواريخ على مطار أربيل.",
            "2021-02-16",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "مسلحين"), "{:?}", e.actor);
}

#[test]
fn a_person_noun_in_the_accusative_after_a_verb_is_its_object() {
    let events = read(
        "أعلنت قوات الأمن العراقية أنها داهمت قرية في كركوك، واعتقلت خلالها مسلحا من تنظيم داعش.",
        "2019-02-03",
    );
    let e = one(&events, "COERCE");
    assert!(names(&e.recipient, "مسلحا"), "{:?}", e.recipient);
    assert!(names(&e.actor, "قوات الأمن"), "{:?}", e.actor);
}

#[test]
fn casualties_listed_after_among_them_are_not_the_doer() {
    let events = read(
        "أسفر التفجير عن مقتل عشرين شخصا بينهم قضاة ورجال شرطة في مدينة بعقوبة.",
        "2008-12-07",
    );
    for e in events.iter().filter(|e| e.category == "ASSAULT") {
        assert!(!names(&e.actor, "شرطة"), "{:?}", e.actor);
    }
}

#[test]
fn an_official_named_elsewhere_in_the_sentence_is_not_filled_in_as_the_doer() {
    let events = read(
        "قتل عشرة أشخاص في تفجير سيارة مفخخة وسط بغداد، فيما أمر رئيس الوزراء العراقي نوري المالكي بفتح تحقيق.",
        "2008-12-07",
    );
    for e in events.iter().filter(|e| e.category == "ASSAULT") {
        assert!(!names(&e.actor, "المالكي"), "{:?}", e.actor);
        assert!(!names(&e.actor, "رئيس الوزراء"), "{:?}", e.actor);
    }
}

#[test]
fn a_phrase_is_read_across_the_subject_between_its_verb_and_the_rest() {
    // VSO: "أطلق صواريخ" with its subject and a count inside
    let e = one(
        &read(
            "أطلق مسلحو حركة الشباب أمس ثلاثة صواريخ على القصر الرئاسي في مقديشو.",
            "2019-01-01",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "حركة الشباب"), "{:?}", e.actor);
    let e = one(
        &read(
            "قطعت السلطات الإيرانية خدمة الإنترنت عن معظم المحافظات.",
            "2019-11-17",
        ),
        "COERCE",
    );
    assert_eq!(e.mode.as_deref(), Some("censor"));
    assert!(names(&e.actor, "السلطات"), "{:?}", e.actor);
}

#[test]
fn a_plural_verb_carries_its_subject_and_the_chunk_after_it_is_its_object() {
    let events = read(
        "وخرج المحتجون إلى الشوارع ثم رشقوا قوات الأمن بالحجارة.",
        "2019-11-17",
    );
    let e = events
        .iter()
        .find(|e| e.evidence.trigger == "رشقوا")
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(e.mode.as_deref(), Some("riot"));
    assert!(names(&e.recipient, "قوات الأمن"), "{e:#?}");
    assert!(!names(&e.actor, "قوات الأمن"), "{e:#?}");
}

#[test]
fn a_suicide_bomber_is_the_actor_of_his_attack() {
    let e = one(
        &read("فجر انتحاري نفسه في سوق شعبي وسط بغداد.", "2016-07-03"),
        "ASSAULT",
    );
    assert!(names(&e.actor, "انتحاري"), "{:?}", e.actor);
}

#[test]
fn the_owner_of_a_target_noun_is_the_one_hit() {
    let e = one(
        &read(
            "قصفت الطائرات مواقع هيئة تحرير الشام في ريف حماة.",
            "2018-01-01",
        ),
        "ASSAULT",
    );
    assert_eq!(recipient_id(&e), Some("hts"));
}

#[test]
fn a_pronoun_on_a_verbal_noun_refers_to_the_last_named_actor() {
    let e = one(
        &read(
            "وصلت تعزيزات لتنظيم داعش إلى الرقة بعد انسحابه من مدينة منبج.",
            "2016-08-10",
        ),
        "RETREAT",
    );
    assert_eq!(actor_id(&e), Some("isis"));
}

#[test]
fn a_role_noun_with_an_actor_genitive_is_that_actor() {
    let e = one(
        &read("هاجم مسلحو داعش حاجزا للجيش العراقي.", "2016-01-01"),
        "ASSAULT",
    );
    assert_eq!(actor_id(&e), Some("isis"));
}

#[test]
fn a_role_noun_with_a_country_adjective_gets_its_code() {
    let e = one(
        &read("قصف الجيش التركي قرى في ريف عفرين.", "2018-01-25"),
        "ASSAULT",
    );
    let a = e.actor.expect("actor");
    assert!(
        a.code.as_deref().is_some_and(|c| c.starts_with("TUR")),
        "{a:?}"
    );
}

#[test]
fn a_group_noun_with_its_name_in_quotes_is_the_group() {
    let e = one(
        &read(
            "هاجمت جماعة «أنصار الله» سفينة تجارية في البحر الأحمر.",
            "2022-01-10",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "جماعة «أنصار الله»"), "{:?}", e.actor);
}

#[test]
fn a_group_noun_that_is_a_role_noun_takes_the_quoted_name_in() {
    let e = one(
        &read(
            "هاجم فصيل «جند الشام» حاجزا للجيش قرب طرابلس.",
            "2014-10-25",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "فصيل «جند الشام»"), "{:?}", e.actor);
}

#[test]
fn a_delegation_is_coded_as_whom_it_represents() {
    let e = one(
        &read(
            "رفض وفد المعارضة السورية المشاركة في الجولة الجديدة من المفاوضات.",
            "2018-01-30",
        ),
        "REJECT",
    );
    assert!(names(&e.actor, "وفد المعارضة"), "{:?}", e.actor);
    assert_eq!(
        e.actor.as_ref().and_then(|a| a.sector.as_deref()),
        Some("OPP"),
        "{:?}",
        e.actor
    );
}

#[test]
fn a_speaker_named_with_quotes_is_whole() {
    let e = one(
        &read(
            "أعلنت حركة «حماس» في بيان مبايعتها لقيادة جديدة.",
            "2022-01-10",
        ),
        "JOIN",
    );
    let speaker = e.attribution.expect("attributed");
    assert!(speaker.text.contains("حركة «حماس»"), "{speaker:?}");
}

#[test]
fn claiming_an_attack_is_not_a_doer_named_by_the_claim_word() {
    // "تبنّي" (claiming) was a UniversalPETRARCH role noun ("adopted child"): the one who
    // claims the bombing did it
    let e = one(
        &read(
            "أعلن تنظيم داعش في بيان تبنيه التفجير الذي ضرب السوق.",
            "2022-01-10",
        ),
        "ASSAULT",
    );
    assert_eq!(actor_id(&e), Some("isis"), "{:?}", e.actor);
}

#[test]
fn a_role_noun_opening_a_quoted_name_names_the_whole_group() {
    // a group the lexicon does not know: its quoted name is the actor's text
    let e = one(
        &read(
            "انسحب «لواء الصقور الجديد» من مواقعه في ريف حلب.",
            "2018-01-01",
        ),
        "RETREAT",
    );
    assert!(names(&e.actor, "لواء الصقور الجديد"), "{:?}", e.actor);
}

#[test]
fn what_a_declarer_declares_is_their_own_act() {
    let e = one(
        &read(
            "أعلنت حكومة إقليم كردستان حالة الطوارئ في محافظة دهوك.",
            "2019-10-10",
        ),
        "COERCE",
    );
    assert!(names(&e.actor, "حكومة إقليم كردستان"), "{:?}", e.actor);
}

#[test]
fn a_nationality_qualifying_a_declared_acts_object_is_its_target() {
    let e = one(
        &read("أعلنت كندا طرد السفراء الإيرانيين لديها.", "2012-09-07"),
        "SANCTION",
    );
    assert!(names(&e.actor, "كندا"), "{:?}", e.actor);
    assert_eq!(
        e.recipient.as_ref().and_then(|r| r.code.as_deref()),
        Some("IRN"),
        "{:?}",
        e.recipient
    );
}

#[test]
fn who_announces_a_death_is_still_not_its_doer() {
    let e = one(
        &read("أعلن الجيش مقتل خمسة مسلحين.", "2019-10-10"),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
}

#[test]
fn a_curfew_is_read_with_its_qualifier() {
    let e = one(
        &read(
            "فرضت السلطات المحلية حظرا شاملا للتجوال في مدينة الناصرية.",
            "2019-10-10",
        ),
        "COERCE",
    );
    assert_eq!(e.mode.as_deref(), Some("curfew"));
}

#[test]
fn talib_before_a_named_subject_is_demanded() {
    let e = one(
        &read(
            "طالب الاتحاد الأوروبي الحكومة العراقية بالإفراج عن المعتقلين.",
            "2019-10-10",
        ),
        "REQUEST",
    );
    assert!(names(&e.actor, "الاتحاد الأوروبي"), "{:?}", e.actor);
}

#[test]
fn talib_before_an_adjective_is_a_student() {
    let events = read("قُتل طالب جامعي في انفجار عبوة ناسفة.", "2019-10-10");
    assert!(
        events.iter().all(|e| e.category != "REQUEST"),
        "{events:#?}"
    );
    assert!(names(&one(&events, "ASSAULT").recipient, "طالب"));
}

/// The events `khayt_coder::extract` keeps (after the filter and the cues) for a text.
fn kept(text: &str, date: &str) -> Vec<Event> {
    khayt_coder::extract(
        lex(),
        &Article {
            id: "t".into(),
            date: Some(date.into()),
            text: text.into(),
            ..Default::default()
        },
    )
    .expect("readable")
}

#[test]
fn what_is_asked_for_through_whom_it_is_asked_of_and_a_dated_aside_is_no_event() {
    let events = kept(
        "دعت هيئة التفاوض السورية، الاثنين الماضي، روسيا إلى الضغط على الحكومة السورية لوقف القصف على الغوطة الشرقية.",
        "2018-02-22",
    );
    assert!(
        events.iter().any(|e| e.category == "REQUEST"),
        "{events:#?}"
    );
    assert!(
        events.iter().all(|e| e.category != "RETREAT"),
        "{events:#?}"
    );
}

#[test]
fn what_is_joined_to_refused_content_is_refused_too() {
    let events = kept(
        "رفضت الفصائل الدعوة إلى الحوار ووقف إطلاق النار في المدينة.",
        "2019-01-01",
    );
    assert!(events.iter().any(|e| e.category == "REJECT"), "{events:#?}");
    assert!(
        events.iter().all(|e| e.category != "RETREAT"),
        "{events:#?}"
    );
}

#[test]
fn an_agreement_or_a_call_framing_another_act_is_no_new_event() {
    for (text, category) in [
        (
            "سلّم عشرات المقاتلين أسلحتهم إلى الشرطة العسكرية الروسية في درعا، ضمن اتفاق التسوية.",
            "AGREE",
        ),
        (
            "استقال وزراء التيار من الحكومة اليوم بطلب من زعيم التيار.",
            "REQUEST",
        ),
        (
            "أعلن التحالف وقفا لإطلاق النار في اليمن، استجابة لدعوة الأمين العام للأمم المتحدة.",
            "REQUEST",
        ),
        (
            "زودت إيران الحوثيين بطائرات مسيرة، في انتهاك لحظر الأسلحة المفروض على اليمن.",
            "SANCTION",
        ),
    ] {
        let events = kept(text, "2020-04-08");
        assert!(
            events.iter().all(|e| e.category != category),
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn what_is_asked_for_is_not_an_event() {
    // the ceasefire is the content of the demand, coded as the REQUEST
    let events = khayt_coder::extract(
        lex(),
        &Article {
            id: "t".into(),
            date: Some("2019-10-10".into()),
            text: "طالبت الأمم المتحدة الأطراف المتحاربة بوقف فوري لإطلاق النار في الحديدة.".into(),
            ..Default::default()
        },
    )
    .expect("readable");
    assert!(
        events.iter().any(|e| e.category == "REQUEST"),
        "{events:#?}"
    );
    assert!(
        events.iter().all(|e| e.category != "RETREAT"),
        "{events:#?}"
    );
}

#[test]
fn the_purpose_in_an_institutions_name_is_no_event() {
    let events = khayt_coder::extract(
        lex(),
        &Article {
            id: "t".into(),
            date: Some("2019-05-12".into()),
            text: "قالت بعثة الأمم المتحدة لدعم اتفاق السلام إن الهدوء ساد المدينة.".into(),
            ..Default::default()
        },
    )
    .expect("readable");
    assert!(
        events
            .iter()
            .all(|e| e.category != "SUPPORT" && e.category != "AGREE"),
        "{events:#?}"
    );
}

#[test]
fn an_agency_named_for_relief_is_no_relief_event() {
    // وكالة begins with و: its head noun is read as written, not as "and" + كالة
    let events = khayt_coder::extract(
        lex(),
        &Article {
            id: "t".into(),
            date: Some("2020-01-05".into()),
            text: "قالت وكالة الأمم المتحدة لإغاثة اللاجئين إن الوضع في المخيم خطير.".into(),
            ..Default::default()
        },
    )
    .expect("readable");
    assert!(events.iter().all(|e| e.category != "AID"), "{events:#?}");
}

#[test]
fn fighters_from_a_group_named_by_its_role_noun_are_one_chunk() {
    let e = one(
        &read(
            "سلّم عشرات المقاتلين من فصائل المعارضة أسلحتهم الثقيلة إلى الجيش.",
            "2018-07-09",
        ),
        "RETREAT",
    );
    assert!(
        names(&e.actor, "المقاتلين من فصائل المعارضة"),
        "{:?}",
        e.actor
    );
}

#[test]
fn medium_is_not_mediation() {
    // the participle of توسط is also "medium" and "the Mediterranean"
    let events = read(
        "سلّم المسلحون أسلحتهم الخفيفة والمتوسطة قرب ساحل البحر المتوسط.",
        "2018-07-09",
    );
    assert!(
        events.iter().all(|e| e.category != "CONSULT"),
        "{events:#?}"
    );
}

#[test]
fn a_title_whom_it_serves_and_its_holder_are_one_chunk() {
    let e = one(
        &read(
            "استقبل الأمين العام لحزب الله حسن نصر الله وفدا من قيادة حركة الجهاد الإسلامي.",
            "2017-10-31",
        ),
        "CONSULT",
    );
    assert_eq!(actor_id(&e), Some("hassan-nasrallah"), "{:?}", e.actor);
    assert!(names(&e.actor, "لحزب الله"), "{:?}", e.actor);
    assert!(names(&e.recipient, "الجهاد الإسلامي"), "{:?}", e.recipient);
}

/// The features the reader gives the candidate of a category (all of them: the filter's
/// input), to see how it read the trigger.
fn features_of(text: &str, category: &str) -> Vec<String> {
    let art = Article {
        id: "t".into(),
        date: Some("2024-03-02".into()),
        text: text.into(),
        ..Default::default()
    };
    candidates(lex(), &art)
        .expect("readable")
        .into_iter()
        .find(|c| c.event.category == category)
        .unwrap_or_else(|| panic!("no {category} in {text}"))
        .features
}

#[test]
fn a_verb_spelling_governed_by_a_noun_or_preposition_is_its_verbal_noun() {
    // قتل and خطف are spelled alike as "killed" and "killing": after "محاولة" or "بعد"
    // they are the noun
    for text in [
        "وأدانت المحكمة رجلين بتهمة محاولة قتل قاض في المدينة.",
        "وغادر القاضي البلاد بعد خطف ابنه الأكبر.",
    ] {
        let fs = features_of(text, "ASSAULT");
        assert!(fs.iter().any(|f| f == "form=Noun"), "{text}: {fs:?}");
    }
}

#[test]
fn an_armed_sides_act_told_as_done_is_marked_for_the_filter() {
    let fs = features_of("قصفت قوات النظام السوري بلدة كفرنبل.", "ASSAULT");
    assert!(fs.iter().any(|f| f == "armed_act"), "{fs:?}");
    assert!(fs.iter().any(|f| f == "undated_act"), "{fs:?}");
    // planned, it is not an act done
    let fs = features_of("وستقصف قوات النظام السوري بلدة كفرنبل.", "ASSAULT");
    assert!(!fs.iter().any(|f| f == "armed_act"), "{fs:?}");
}

#[test]
fn the_form_and_the_roles_filled_are_one_feature_for_the_filter() {
    let fs = features_of("هاجم مسلحون دورية للشرطة قرب المدينة.", "ASSAULT");
    assert!(fs.iter().any(|f| f == "shape=Past:ar"), "{fs:?}");
    let fs = features_of("وتحدث التقرير عن القصف في المدينة.", "ASSAULT");
    assert!(fs.iter().any(|f| f.starts_with("shape=Noun:")), "{fs:?}");
}

#[test]
fn a_verb_spelling_after_any_is_its_verbal_noun() {
    let fs = features_of(
        "وقال المرصد إنه لم يسجل أي قصف على المدينة منذ يومين.",
        "ASSAULT",
    );
    assert!(fs.iter().any(|f| f == "form=Noun"), "{fs:?}");
}

#[test]
fn a_verb_spelling_joined_to_a_verbal_noun_is_one_too() {
    let text = "واعتقلت الشرطة خلية كانت تعدّ لخطف وقتل رجال أعمال.";
    let art = Article {
        id: "t".into(),
        date: Some("2024-03-02".into()),
        text: text.into(),
        ..Default::default()
    };
    let cands = candidates(lex(), &art).expect("readable");
    let kill = cands
        .iter()
        .find(|c| c.event.evidence.trigger.contains("قتل"))
        .expect("the killing is read");
    assert!(
        kill.features.iter().any(|f| f == "form=Noun"),
        "{:?}",
        kill.features
    );
}

#[test]
fn a_verb_spelling_after_its_subject_stays_a_verb() {
    let fs = features_of(
        "وقال شهود إن مسلحين خطفوا سائقا على الطريق الدولي أمس.",
        "ASSAULT",
    );
    assert!(fs.iter().any(|f| f == "form=Past"), "{fs:?}");
}

#[test]
fn an_attack_made_in_words_is_criticism_not_violence() {
    for text in [
        "وهاجم وزير الخارجية المعارضة قائلا إنها تعرقل الحوار الوطني.",
        "هاجم رئيس الحكومة في خطاب متلفز الأحزاب المعارضة.",
        "ورفع المحتجون لافتات وشعارات تهاجم سياسات الحكومة.",
    ] {
        let events = read(text, "2024-03-02");
        assert!(
            !events.iter().any(|e| e.category == "ASSAULT"),
            "{text}: {events:#?}"
        );
        assert_eq!(
            one(&events, "ACCUSE").mode.as_deref(),
            Some("disapprove"),
            "{text}"
        );
    }
}

#[test]
fn an_armed_attack_stays_an_assault() {
    let events = read(
        "هاجم مسلحون مجهولون حاجزا للشرطة في المدينة أمس.",
        "2024-03-02",
    );
    assert!(
        !events.iter().any(|e| e.category == "ACCUSE"),
        "{events:#?}"
    );
    assert!(names(&one(&events, "ASSAULT").actor, "مسلحون"));
}

#[test]
fn the_thing_an_attack_struck_is_its_target_when_no_one_is_named() {
    let e = one(
        &read(
            "انفجرت قنبلة أمام مطعم شعبي وسط المدينة صباح اليوم.",
            "2024-03-02",
        ),
        "ASSAULT",
    );
    let r = e.recipient.expect("what was struck");
    assert!(r.text.contains("مطعم"), "{r:?}");
    // a thing is not an actor: no id, no code
    assert!(r.id.is_none() && r.code.is_none(), "{r:?}");
}

#[test]
fn the_owner_named_after_the_thing_struck_is_the_target() {
    let e = one(
        &read(
            "استهدفت غارة جوية اجتماعا لتنظيم داعش في البلدة.",
            "2024-03-02",
        ),
        "ASSAULT",
    );
    assert_eq!(recipient_id(&e), Some("isis"), "{:?}", e.recipient);
}

#[test]
fn casualties_are_the_target_before_the_thing_struck() {
    let e = one(
        &read(
            "انفجرت قنبلة أمام مطعم في وسط المدينة ما أدى إلى مقتل خمسة أشخاص.",
            "2024-03-02",
        ),
        "ASSAULT",
    );
    assert!(names(&e.recipient, "أشخاص"), "{:?}", e.recipient);
}

#[test]
fn who_throws_a_weapon_does_the_attack_even_when_civilians() {
    // protesters are a victim sector, but the subject of "ألقى … قنابل" threw them
    let e = one(
        &read(
            "وألقى المحتجون قنابل حارقة على مبنى البلدية ليلة أمس.",
            "2024-03-02",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "المحتجون"), "{:?}", e.actor);
    assert!(!names(&e.recipient, "المحتجون"), "{:?}", e.recipient);
}

#[test]
fn whom_something_drives_to_an_act_does_it() {
    let events = read(
        "وشنّ المتمردون هجمات على الحدود مما دفع وزارة الداخلية إلى إرسال تعزيزات.",
        "2024-03-02",
    );
    let e = one(&events, "MOBILIZE");
    assert!(names(&e.actor, "وزارة الداخلية"), "{:?}", e.actor);
}

#[test]
fn a_company_named_after_a_bombing_is_not_its_doer() {
    let events = read(
        "وانفجرت ثلاث سيارات مفخخة في المدينة مما دفع شركة أرامكو إلى إجلاء موظفيها.",
        "2024-03-02",
    );
    let e = one(&events, "ASSAULT");
    assert!(!names(&e.actor, "أرامكو"), "{:?}", e.actor);
}

#[test]
fn the_people_gathered_are_who_protests() {
    let e = one(
        &read(
            "تجمهر الناس أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء.",
            "2024-03-02",
        ),
        "PROTEST",
    );
    assert!(names(&e.actor, "الناس"), "{:?}", e.actor);
}

#[test]
fn svo_holds_across_a_negation_particle() {
    let e = one(
        &read(
            "وقال المتحدث إن الحكومة العراقية لم تطلب أي دعم عسكري.",
            "2024-03-02",
        ),
        "REQUEST",
    );
    assert!(names(&e.actor, "الحكومة العراقية"), "{:?}", e.actor);
    assert_eq!(e.factuality, "negated");
}

#[test]
fn an_indefinite_object_noun_is_done_by_the_verbs_subject() {
    // "اتفاقا" has no genitive: the adjective after it is not its doer, and the subject
    // of the support verb is, across a time and a place
    let e = one(
        &read(
            "وقّع ممثلو الحكومة الليبية اليوم الأحد في تونس اتفاقا سياسيا.",
            "2024-03-02",
        ),
        "AGREE",
    );
    assert!(names(&e.actor, "الحكومة الليبية"), "{:?}", e.actor);
}

#[test]
fn a_chunk_joined_by_wa_is_not_the_genitive_of_the_noun_before() {
    let e = one(
        &read(
            "أرسل الأردن شاحنات محمّلة بالمساعدات الغذائية وفرق إسعاف إلى غزة.",
            "2024-03-02",
        ),
        "AID",
    );
    assert!(names(&e.actor, "الأردن"), "{:?}", e.actor);
}

#[test]
fn the_passive_of_a_verbal_noun_takes_what_it_governs() {
    // "تمّ نشر وحدات من الشرطة": the units deployed are who mobilises
    let e = one(
        &read(
            "تمّ نشر وحدات من الشرطة الاتحادية داخل مدينة كركوك.",
            "2024-03-02",
        ),
        "MOBILIZE",
    );
    assert_eq!(actor_id(&e), Some("irq-federal-police"), "{:?}", e.actor);
    // "وتمّ قتل ثلاثة من عناصر الشرطة": the killed are the victims
    let e = one(
        &read("وتمّ قتل ثلاثة من عناصر الشرطة في المدينة أمس.", "2024-03-02"),
        "ASSAULT",
    );
    assert!(names(&e.recipient, "شرطة"), "{:?}", e.recipient);
    assert!(e.actor.is_none(), "{:?}", e.actor);
}

#[test]
fn armed_forces_entering_a_place_mobilise_and_nothing_else_entering_does() {
    let e = one(
        &read(
            "دخلت قوات الجيش السوري مدينة منبج صباح اليوم.",
            "2024-03-02",
        ),
        "MOBILIZE",
    );
    assert!(
        e.locations.iter().any(|l| l.text.contains("منبج")),
        "{:?}",
        e.locations
    );
    let events = read("دخل الاتفاق حيز التنفيذ صباح اليوم.", "2024-03-02");
    assert!(
        !events.iter().any(|e| e.category == "MOBILIZE"),
        "{events:#?}"
    );
}

#[test]
fn a_capital_as_a_verbs_subject_stands_for_its_state() {
    let e = one(
        &read(
            "وقال المتحدث إن دمشق لم تطلب أي مساعدة من موسكو.",
            "2024-03-02",
        ),
        "REQUEST",
    );
    assert_eq!(actor_id(&e), Some("syr"), "{:?}", e.actor);
    // elsewhere it is a place
    let e = one(
        &read("انفجرت سيارة مفخخة في دمشق أمس.", "2024-03-02"),
        "ASSAULT",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
    assert!(e.locations.iter().any(|l| l.text.contains("دمشق")));
}

#[test]
fn who_condemns_an_attack_did_not_make_it() {
    let events = read("أدانت الحكومة الأردنية الهجوم على السفارة.", "2024-03-02");
    let e = one(&events, "ASSAULT");
    assert!(!names(&e.actor, "الحكومة"), "{:?}", e.actor);
    assert!(names(&one(&events, "ACCUSE").actor, "الحكومة"));
}

#[test]
fn who_prepares_an_act_does_it() {
    let e = one(
        &read("يستعد الفصيل للانشقاق عن جيش الإسلام.", "2024-03-02"),
        "SPLIT",
    );
    assert!(names(&e.actor, "الفصيل"), "{:?}", e.actor);
}

// ---- factuality

/// The factuality of the sentence's first event of `category`.
fn factuality(text: &str, date: &str, category: &str) -> String {
    one(&read(text, date), category).factuality
}

#[test]
fn lam_negates_the_verb() {
    assert_eq!(
        factuality(
            "لم تنسحب القوات التركية من مدينة الباب.",
            "2017-03-01",
            "RETREAT"
        ),
        "negated"
    );
}

#[test]
fn future_sin_makes_it_planned() {
    assert_eq!(
        factuality(
            "ستنسحب القوات الأمريكية من قاعدة التنف.",
            "2019-01-01",
            // a promised retreat is a CONCEDE
            "CONCEDE"
        ),
        "planned"
    );
}

#[test]
fn intention_verbs_make_it_planned() {
    assert_eq!(
        factuality(
            "تعتزم تركيا سحب قواتها من نقطة مورك.",
            "2019-10-01",
            // a promised retreat is a CONCEDE
            "CONCEDE"
        ),
        "planned"
    );
}

#[test]
fn a_condition_makes_it_hypothetical() {
    assert_eq!(
        factuality(
            "إذا هاجمت القوات التركية مدينة منبج فإن قوات سوريا الديمقراطية سترد.",
            "2018-06-01",
            "ASSAULT"
        ),
        "hypothetical"
    );
}

#[test]
fn in_case_of_makes_it_hypothetical_but_a_state_of_emergency_does_not() {
    assert_eq!(
        factuality(
            "وهدد الجيش بالرد في حالة قصف المسلحين مواقعه قرب درنة.",
            "2018-06-01",
            "ASSAULT"
        ),
        "hypothetical"
    );
    assert_eq!(
        factuality(
            "أعلنت الحكومة حالة الطوارئ في الزاوية إثر اشتباكات بين المجموعات المسلحة.",
            "2018-06-01",
            "ASSAULT"
        ),
        "occurred"
    );
}

#[test]
fn a_denial_negates_what_it_reports() {
    assert_eq!(
        factuality(
            "نفى الجيش العراقي أن يكون قد قصف مدينة الفلوجة.",
            "2016-05-01",
            "ASSAULT"
        ),
        "negated"
    );
}

#[test]
fn in_before_a_perfect_verb_is_if() {
    assert_eq!(
        factuality(
            "وحذر المتحدث من أنهم إنْ قتلوا المدنيين في البلدة فسيحاسبون.",
            "2020-05-01",
            "ASSAULT"
        ),
        "hypothetical"
    );
}

#[test]
fn an_before_a_perfect_verb_is_a_fact() {
    assert_eq!(
        factuality(
            "انسحب المسلحون من البلدة بعد أن قتلوا خمسة مدنيين.",
            "2020-05-01",
            "ASSAULT"
        ),
        "occurred"
    );
}

#[test]
fn a_negated_verb_reaches_its_object_across_any() {
    assert_eq!(
        factuality(
            "قال مسؤول محلي إن المنظمات الدولية لم تُدخل أي قافلة مساعدات إلى البلدة.",
            "2019-06-10",
            "AID"
        ),
        "negated"
    );
}

#[test]
fn an_intent_reaches_past_a_quoted_name() {
    assert_eq!(
        factuality(
            "تعتزم «كتائب الفاروق» الانسحاب من حي بابا عمرو.",
            "2012-03-01",
            // a promised retreat is a CONCEDE
            "CONCEDE"
        ),
        "planned"
    );
}

#[test]
fn a_verbal_noun_joined_to_an_intended_one_is_intended_too() {
    let events = read(
        "يستعد الفصيل للانشقاق عن جيش الإسلام والانضمام إلى فيلق الرحمن.",
        "2018-01-01",
    );
    assert_eq!(one(&events, "SPLIT").factuality, "planned");
    assert_eq!(one(&events, "JOIN").factuality, "planned");
}

#[test]
fn unnamed_defectors_who_join_another_group_are_members_of_the_one_they_left() {
    let events = read(
        "انشق عشرات المقاتلين عن جيش الإسلام وانضموا إلى فيلق الرحمن في الغوطة الشرقية.",
        "2018-01-01",
    );
    let split = one(&events, "SPLIT");
    let join = one(&events, "JOIN");
    assert!(names(&join.actor, "المقاتلين"), "{:?}", join.actor);
    assert_eq!(actor_id(&join), recipient_id(&split), "{join:#?}");
    assert!(actor_id(&join).is_some());
    assert_ne!(actor_id(&join), recipient_id(&join));
}

#[test]
fn preparing_for_a_political_act_is_its_intent_not_a_mobilisation() {
    let events = read("يستعد الفصيل للانشقاق عن جيش الإسلام.", "2018-01-01");
    assert!(
        events.iter().all(|e| e.category != "MOBILIZE"),
        "{events:#?}"
    );
    assert_eq!(one(&events, "SPLIT").factuality, "planned");
}

#[test]
fn preparing_for_an_offensive_is_a_mobilisation() {
    let events = read("يستعد الجيش السوري لشن هجوم على مدينة إدلب.", "2018-01-01");
    one(&events, "MOBILIZE");
}

#[test]
fn violence_a_speaker_says_their_side_will_do_is_a_threat() {
    let e = one(
        &read(
            "قال المتحدث باسم الجيش الوطني الليبي إن قواته ستقصف أي سفن تركية تقترب من الساحل.",
            "2020-01-21",
        ),
        "THREATEN",
    );
    assert_eq!(actor_id(&e), Some("lna"), "{:?}", e.actor);
    assert_eq!(e.factuality, "occurred");
    assert_eq!(e.mode.as_deref(), Some("violence"));
}

#[test]
fn a_verb_after_anna_with_a_pronoun_has_its_referent_as_subject() {
    let e = one(
        &read(
            "أكدت حركة حماس أنها قصفت مستوطنة سديروت بالصواريخ.",
            "2014-07-10",
        ),
        "ASSAULT",
    );
    assert_eq!(actor_id(&e), Some("hamas"), "{:?}", e.actor);
}

#[test]
fn a_promised_withdrawal_is_a_concession() {
    // PLOVER: promised retreats are CONCEDE
    let events = read(
        "وقال مصدر عسكري إن القوات ستنسحب من البلدة الأسبوع المقبل.",
        "2024-03-02",
    );
    assert!(
        !events.iter().any(|e| e.category == "RETREAT"),
        "{events:#?}"
    );
    assert_eq!(one(&events, "CONCEDE").factuality, "planned");
}

#[test]
fn what_is_to_happen_on_a_condition_stated_after_it_is_hypothetical() {
    let events = read(
        "ستنسحب القوات من البلدة، إذا توقف القصف على أطرافها.",
        "2024-03-02",
    );
    assert_eq!(one(&events, "CONCEDE").factuality, "hypothetical");
}

#[test]
fn a_declared_ceasefire_is_a_concession() {
    let events = read(
        "أعلنت الحكومة وقفا شاملا لإطلاق النار في البلاد لمدة شهر.",
        "2024-03-02",
    );
    let e = one(&events, "CONCEDE");
    assert!(names(&e.actor, "الحكومة"), "{:?}", e.actor);
    assert!(
        !events.iter().any(|e| e.category == "RETREAT"),
        "{events:#?}"
    );
}

#[test]
fn a_withdrawal_done_stays_a_retreat() {
    let events = read("انسحبت القوات من البلدة صباح أمس.", "2024-03-02");
    assert_eq!(one(&events, "RETREAT").factuality, "occurred");
    assert!(
        !events.iter().any(|e| e.category == "CONCEDE"),
        "{events:#?}"
    );
}

#[test]
fn future_cooperation_is_an_agreement() {
    // PLOVER: future-tense CONSULT/SUPPORT/COOPERATE/AID are AGREE; the future prefix
    // before a second-person or first-plural present (ستجري، ستعقد) counts
    for text in [
        "ستجري القوات الأردنية والقوات البريطانية مناورات عسكرية مشتركة الشهر المقبل.",
        "ستعقد الحكومة والمعارضة جولة محادثات جديدة في جنيف.",
    ] {
        let events = read(text, "2024-03-02");
        assert_eq!(one(&events, "AGREE").factuality, "planned", "{text}");
    }
}

#[test]
fn joint_exercises_held_are_cooperation_not_mobilisation() {
    let events = read(
        "أجرت القوات الأردنية والقوات البريطانية مناورات عسكرية مشتركة.",
        "2024-03-02",
    );
    one(&events, "COOPERATE");
    assert!(
        !events.iter().any(|e| e.category == "MOBILIZE"),
        "{events:#?}"
    );
}

#[test]
fn the_partners_of_a_joint_act_are_its_actor_and_recipient() {
    let events = read(
        "ستجري القوات الأردنية والقوات البريطانية مناورات عسكرية مشتركة الشهر المقبل.",
        "2024-03-02",
    );
    let e = one(&events, "AGREE");
    assert!(names(&e.actor, "الأردنية"), "{:?}", e.actor);
    assert!(names(&e.recipient, "البريطانية"), "{:?}", e.recipient);
}

#[test]
fn work_under_way_on_cooperation_stays_cooperation() {
    // preparation, not a promise: "يتم العمل على تشكيل غرفة عمليات مشتركة"
    let events = read(
        "ويتم العمل على تشكيل غرفة عمليات مشتركة بين الفصائل.",
        "2024-03-02",
    );
    assert_eq!(one(&events, "COOPERATE").factuality, "planned");
}

#[test]
fn what_a_party_says_it_will_not_take_part_in_is_a_refusal() {
    // PLOVER: all rejections and refusals are REJECT; لن reaches the talks across "تشارك في"
    let events = read(
        "أعلن وفد المعارضة أنه لن يشارك في جولة المفاوضات المقبلة.",
        "2024-03-02",
    );
    let e = one(&events, "REJECT");
    assert_eq!(e.mode.as_deref(), Some("meet"));
    assert_eq!(e.factuality, "occurred");
    assert!(
        !events.iter().any(|e| e.category == "CONSULT"),
        "{events:#?}"
    );
}

#[test]
fn who_refuses_to_take_part_is_the_referent_of_the_pronoun_on_anna() {
    let e = one(
        &read(
            "أعلنت هيئة التفاوض السورية أنها لن تشارك في جولة المفاوضات المقبلة.",
            "2024-03-02",
        ),
        "REJECT",
    );
    assert!(names(&e.actor, "هيئة التفاوض"), "{:?}", e.actor);
}

#[test]
fn a_state_of_division_is_no_split() {
    // "حالة من الفوضى والانقسام": what the country slid into, not a group splitting
    let fs = features_of(
        "وكانت البلاد قد انزلقت إلى حالة من الفوضى الأمنية والانقسام السياسي.",
        "SPLIT",
    );
    assert!(fs.iter().any(|f| f == "cue=state"), "{fs:?}");
}

#[test]
fn a_crossing_between_two_states_has_both_across_a_dashed_name() {
    let e = one(
        &read(
            "أعيد اليوم فتح معبر جابر–نصيب الحدودي بين الأردن وسوريا أمام حركة الأفراد.",
            "2018-10-15",
        ),
        "COOPERATE",
    );
    assert_eq!(actor_id(&e), Some("jor"));
    assert_eq!(recipient_id(&e), Some("syr"));
}

#[test]
fn what_is_asked_for_is_no_event_and_whom_it_is_asked_of_is_the_target() {
    let events = read(
        "وقال المتحدث إن الحكومة العراقية طلبت دعما جويا من التحالف الدولي لاستعادة المدينة.",
        "2016-03-02",
    );
    let e = one(&events, "REQUEST");
    assert!(names(&e.recipient, "التحالف الدولي"), "{:?}", e.recipient);
    // the support asked for is the request's content: cued, so the filter drops it
    let fs = features_of(
        "وقال المتحدث إن الحكومة العراقية طلبت دعما جويا من التحالف الدولي لاستعادة المدينة.",
        "SUPPORT",
    );
    assert!(fs.iter().any(|f| f == "cue=requested"), "{fs:?}");
}

#[test]
fn who_commits_to_an_act_is_the_referent_of_the_pronoun_on_anna() {
    let e = one(
        &read(
            "أكد جيش الإسلام أنه سيلتزم بوقف إطلاق النار في الغوطة الشرقية.",
            "2018-02-25",
        ),
        "CONCEDE",
    );
    assert!(names(&e.actor, "جيش الإسلام"), "{:?}", e.actor);
}

#[test]
fn who_says_they_saw_an_attack_did_not_make_it() {
    let e = one(
        &read("وقال قائد الفصيل إنه شاهد القصف على المدينة.", "2018-02-25"),
        "ASSAULT",
    );
    assert!(!names(&e.actor, "قائد"), "{:?}", e.actor);
}

#[test]
fn whom_a_sentence_is_passed_on_is_named_after_its_penalty() {
    // "بالإعدام" is a trigger of its own and ends the sentence's scope; بحق after it
    // still names whom it is passed on
    let e = one(
        &read(
            "أصدرت المحكمة العسكرية اللبنانية حكما غيابيا بالإعدام بحق قائد الجماعة المسلحة.",
            "2019-01-01",
        ),
        "SANCTION",
    );
    assert!(names(&e.recipient, "قائد"), "{:?}", e.recipient);
}

#[test]
fn talks_that_did_not_take_place_stay_negated_talks() {
    let e = one(
        &read(
            "ولم يشارك وفد المعارضة في جولة المفاوضات الأخيرة.",
            "2024-03-02",
        ),
        "CONSULT",
    );
    assert_eq!(e.factuality, "negated");
}

#[test]
fn what_is_refused_is_not_an_event_and_its_author_is_whom_the_refusal_answers() {
    let events = read(
        "رفضت الحكومة مبادرة الجامعة العربية لعقد مؤتمر للحوار في القاهرة.",
        "2024-03-02",
    );
    let e = one(&events, "REJECT");
    assert!(names(&e.recipient, "الجامعة العربية"), "{:?}", e.recipient);
    assert!(
        !events.iter().any(|e| e.category == "CONSULT"),
        "{events:#?}"
    );
}

#[test]
fn a_threat_is_aimed_at_whom_the_threatened_act_is_against() {
    let e = one(
        &read(
            "يهدد الجيش بشن هجوم واسع ضد حركة الشباب في الجنوب.",
            "2024-03-02",
        ),
        "THREATEN",
    );
    assert!(names(&e.recipient, "حركة الشباب"), "{:?}", e.recipient);
}

#[test]
fn a_release_concedes_to_the_side_the_captives_belong_to() {
    let e = one(
        &read(
            "أفرجت حركة الشباب عن عشرين أسيرا من الجيش الصومالي.",
            "2024-03-02",
        ),
        "RETREAT",
    );
    assert!(names(&e.recipient, "الجيش الصومالي"), "{:?}", e.recipient);
}

#[test]
fn a_withdrawal_from_ground_named_by_a_common_noun_is_kept() {
    // no gazetteer place, but "الموانئ" is ground: not a withdrawal from an agreement
    let fs = features_of("انسحب المقاتلون من الموانئ الثلاثة صباح أمس.", "RETREAT");
    assert!(!fs.iter().any(|f| f == "cue=no-territory"), "{fs:?}");
}

#[test]
fn will_strike_is_a_planned_attack_and_a_threat_from_its_own_side() {
    let events = read(
        "قال المتحدث باسم الجيش الوطني الليبي إن قواته ستستهدف أي سفن تركية في المياه الإقليمية.",
        "2024-03-02",
    );
    let e = one(&events, "THREATEN");
    assert_eq!(e.mode.as_deref(), Some("violence"));
    assert!(names(&e.recipient, "تركية"), "{:?}", e.recipient);
}

#[test]
fn talks_between_two_delegations_are_between_the_sides_they_represent() {
    let e = one(
        &read(
            "بدأت في جنيف جولة جديدة من المحادثات بين وفدي الحكومة اليمنية وجماعة الحوثي.",
            "2024-03-02",
        ),
        "CONSULT",
    );
    assert!(names(&e.actor, "الحكومة اليمنية"), "{:?}", e.actor);
    assert!(names(&e.recipient, "جماعة الحوثي"), "{:?}", e.recipient);
}

#[test]
fn hosting_refugees_is_asylum_aid() {
    let events = read(
        "استقبل الأردن نحو ثلاثة آلاف لاجئ سوري خلال الأسبوع الماضي.",
        "2024-03-02",
    );
    let e = one(&events, "AID");
    assert!(names(&e.actor, "الأردن"), "{:?}", e.actor);
    assert!(
        !events.iter().any(|e| e.category == "CONSULT"),
        "{events:#?}"
    );
}

// ---- attribution

#[test]
fn qala_inna_binds_the_speaker() {
    let e = one(
        &read(
            "قال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت بلدة سراقب.",
            "2020-02-01",
        ),
        "ASSAULT",
    );
    let a = e.attribution.expect("attributed");
    assert_eq!(a.actor.and_then(|x| x.id).as_deref(), Some("sohr"));
}

#[test]
fn bihasab_binds_its_source() {
    let e = one(
        &read(
            "انسحب مسلحو داعش من بلدة السخنة، بحسب المرصد السوري لحقوق الإنسان.",
            "2017-08-01",
        ),
        "RETREAT",
    );
    assert!(e.attribution.is_some());
}

#[test]
fn a_following_sentence_of_the_same_speaker_stays_attributed() {
    let ev = read(
        "قال مصدر عسكري إن الجيش قصف مواقع المسلحين. وأضاف أن التنظيم انسحب من البلدة.",
        "2017-08-01",
    );
    let e = one(&ev, "RETREAT");
    assert!(e.attribution.is_some());
}

#[test]
fn an_unattributed_report_has_no_attribution() {
    let e = one(
        &read("انسحب مسلحو داعش من بلدة السخنة.", "2017-08-01"),
        "RETREAT",
    );
    assert!(e.attribution.is_none());
}

// ---- dates

#[test]
fn no_date_in_the_text_takes_the_article_date() {
    let e = one(
        &read("انسحب مسلحو داعش من بلدة السخنة.", "2017-08-01"),
        "RETREAT",
    );
    assert_eq!(
        (e.date.value.as_str(), e.date.precision.as_str()),
        ("2017-08-01", "article")
    );
}

#[test]
fn yesterday_resolves_to_the_day_before() {
    let e = one(
        &read("قصفت الطائرات الروسية بلدة خان شيخون أمس.", "2017-04-05"),
        "ASSAULT",
    );
    assert_eq!(
        (e.date.value.as_str(), e.date.precision.as_str()),
        ("2017-04-04", "day")
    );
}

#[test]
fn last_weekday_resolves_within_the_past_week() {
    let e = one(
        &read("انسحب التنظيم من البلدة يوم الاثنين الماضي.", "2017-04-01"),
        "RETREAT",
    );
    assert_eq!(e.date.value, "2017-03-27");
}

#[test]
fn a_levantine_month_name_with_a_day_resolves() {
    let ev = read(
        "وقعت الحكومة والفصائل اتفاقا في العاشر من آذار.",
        "2017-04-01",
    );
    let e = ev
        .iter()
        .find(|e| matches!(e.category.as_str(), "AGREE" | "SUPPORT"))
        .expect("agreement")
        .clone();
    assert_eq!(
        (e.date.value.as_str(), e.date.precision.as_str()),
        ("2017-03-10", "day")
    );
}

#[test]
fn months_ago_gives_month_precision() {
    let e = one(
        &read(
            "قال المصدر إن الفصيل بايع تنظيم داعش قبل أربعة أشهر.",
            "2017-04-01",
        ),
        "JOIN",
    );
    assert_eq!(
        (e.date.value.as_str(), e.date.precision.as_str()),
        ("2016-12", "month")
    );
}

#[test]
fn a_date_between_commas_does_not_separate_a_verb_from_its_object() {
    let e = one(
        &read(
            "طالبت الحكومة العراقية، يوم الخميس الماضي، تركيا بسحب قواتها من بعشيقة.",
            "2016-10-09",
        ),
        "REQUEST",
    );
    assert!(names(&e.actor, "الحكومة العراقية"), "{:?}", e.actor);
    assert!(names(&e.recipient, "تركيا"), "{:?}", e.recipient);
}

#[test]
fn a_date_with_its_preposition_between_commas_does_not_separate_a_verb_from_its_object() {
    let e = one(
        &read(
            "طالبت الحكومة العراقية، في 12 تشرين الأول الماضي، تركيا بسحب قواتها من بعشيقة.",
            "2016-11-09",
        ),
        "REQUEST",
    );
    assert!(names(&e.recipient, "تركيا"), "{:?}", e.recipient);
}

#[test]
fn a_date_between_commas_before_the_clause_dates_it() {
    let e = one(
        &read(
            "بدأ المقاتلون، أمس السبت، انسحابا من المدينة.",
            "2019-05-12",
        ),
        "RETREAT",
    );
    assert_eq!(
        (e.date.value.as_str(), e.date.precision.as_str()),
        ("2019-05-11", "day")
    );
}

// ---- places

#[test]
fn a_town_is_a_point() {
    let e = one(
        &read("انسحب مسلحو داعش من بلدة السخنة.", "2017-08-01"),
        "RETREAT",
    );
    assert_eq!(e.locations[0].precision, "point");
}

#[test]
fn near_a_town_is_near() {
    let e = one(
        &read("قصفت الطائرات مواقع للتنظيم قرب تدمر.", "2017-08-01"),
        "ASSAULT",
    );
    assert!(
        e.locations.iter().any(|l| l.precision == "near"),
        "{:?}",
        e.locations
    );
}

#[test]
fn a_countryside_is_a_region() {
    let e = one(
        &read("انسحب التنظيم من ريف حماة الشرقي.", "2017-08-01"),
        "RETREAT",
    );
    assert!(e
        .locations
        .iter()
        .any(|l| l.precision == "region" && l.text.contains("حماة")));
}

#[test]
fn several_places_give_several_locations() {
    let e = one(
        &read("انسحب التنظيم من القلمون الشرقي وريف درعا.", "2017-08-01"),
        "RETREAT",
    );
    assert!(e.locations.len() >= 2, "{:?}", e.locations);
}

#[test]
fn a_place_in_the_genitive_of_a_noun_after_fi_before_the_trigger_is_located() {
    // "في مدارس محافظة السليمانية": in the schools of the governorate, standing between
    // the support verb's subject and the act
    let e = one(
        &read(
            "نفّذ المعلمون في مدارس محافظة السليمانية إضرابا عن العمل أمس.",
            "2016-02-22",
        ),
        "PROTEST",
    );
    assert!(
        e.locations.iter().any(|l| l.text.contains("السليمانية")),
        "{:?}",
        e.locations
    );
}

#[test]
fn a_name_in_apposition_to_a_place_noun_after_fi_is_located() {
    let e = one(
        &read(
            "انطلقت في العاصمة الكازاخية أستانا اليوم جولة جديدة من المحادثات بين الحكومة السورية والمعارضة.",
            "2017-01-23",
        ),
        "CONSULT",
    );
    assert!(
        e.locations
            .iter()
            .any(|l| l.id.as_deref() == Some("kz-astana")),
        "{:?}",
        e.locations
    );
}

#[test]
fn a_place_that_ends_a_trigger_phrase_is_its_location() {
    // "محادثات أستانا" is one trigger; the venue in it is where the talks are held
    let e = one(
        &read(
            "بدأت محادثات أستانا اليوم بين الحكومة السورية والمعارضة.",
            "2017-01-23",
        ),
        "CONSULT",
    );
    assert!(
        e.locations
            .iter()
            .any(|l| l.id.as_deref() == Some("kz-astana")),
        "{:?}",
        e.locations
    );
}

#[test]
fn an_everyday_word_that_ends_a_trigger_phrase_is_no_location() {
    // "أفرج عنه": عنه is also the Iraqi town of Anah
    let ev = read("وقد أفرج عنه أمس بعد ثلاثة أيام.", "2017-01-23");
    assert!(ev.iter().all(|e| e.locations.is_empty()), "{ev:?}");
}

#[test]
fn a_protest_named_as_the_motive_of_a_refusal_is_no_demonstration() {
    // "رفض … احتجاجا على …": the refusal is the act; its motive is no protest event
    let ev = read(
        "رفض وفد المعارضة المشاركة في أعمال مؤتمر سوتشي، احتجاجا على استمرار القصف على إدلب.",
        "2018-01-31",
    );
    one(&ev, "REJECT");
    assert!(ev.iter().all(|e| e.category != "PROTEST"), "{ev:?}");
}

#[test]
fn a_nationality_after_a_place_is_the_place_s_not_an_actor() {
    // "في مدينة حلب السورية": السورية qualifies Aleppo; the clause has no Syrian doer
    let e = one(
        &read("ووقع الطرفان في مدينة حلب السورية اتفاقا.", "2016-02-10"),
        "AGREE",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
    assert!(
        e.locations.iter().any(|l| l.text.contains("حلب")),
        "{:?}",
        e.locations
    );
}

#[test]
fn a_nationality_after_a_place_the_gazetteer_lacks_belongs_to_the_place() {
    let e = one(
        &read(
            "ووقع الطرفان في مدينة الصخيرات المغربية اتفاقا سياسيا.",
            "2016-02-10",
        ),
        "AGREE",
    );
    assert!(e.actor.is_none(), "{:?}", e.actor);
    assert!(
        e.locations.iter().any(|l| l.text == "الصخيرات المغربية"),
        "{:?}",
        e.locations
    );
}

#[test]
fn a_name_places_share_is_the_one_in_the_country_of_the_actors_named() {
    // طرابلس is in Libya and in Lebanon; the Government of National Accord is Libyan
    let e = one(
        &read(
            "أعلنت حكومة الوفاق الوطني حالة الطوارئ في العاصمة طرابلس.",
            "2018-09-02",
        ),
        "COERCE",
    );
    let ids: Vec<_> = e.locations.iter().map(|l| l.id.as_deref()).collect();
    assert_eq!(ids, [Some("ly-tripoli")]);
}

#[test]
fn a_nationality_after_a_name_places_share_says_which() {
    let ev = read(
        "تظاهر مئات الفلسطينيين أمس عند الحدود بين رفح الفلسطينية ورفح المصرية.",
        "2008-01-24",
    );
    let ids: Vec<_> = ev
        .iter()
        .flat_map(|e| e.locations.iter().map(|l| l.id.as_deref()))
        .collect();
    assert!(
        ids.contains(&Some("ps-rafah")) && ids.contains(&Some("eg-rafah")),
        "{ids:?}"
    );
}

#[test]
fn a_part_of_a_place_with_a_pronoun_is_that_part_of_the_place_named_before() {
    // "في ضواحيها الجنوبية": the southern suburbs of Tripoli, named before in the sentence
    let ev = read(
        "أعلنت حكومة الوفاق الوطني حالة الطوارئ في طرابلس إثر تجدد الاشتباكات بين المجموعات المسلحة في ضواحيها الجنوبية.",
        "2018-09-02",
    );
    let e = ev
        .iter()
        .find(|e| e.evidence.trigger.contains("الاشتباكات"))
        .expect("the clashes are read");
    let l = e
        .locations
        .iter()
        .find(|l| l.text.contains("ضواحيها"))
        .unwrap_or_else(|| panic!("{:?}", e.locations));
    assert_eq!(l.id.as_deref(), Some("ly-tripoli"));
    assert_eq!(l.precision, "region");
}

#[test]
fn a_pronoun_after_a_withdrawal_s_from_is_the_place_named_before() {
    // "انسحاب قوات البيشمركة منها": from Kirkuk
    let e = one(
        &read(
            "انتشرت الشرطة الاتحادية داخل مدينة كركوك بعد ساعات من انسحاب قوات البيشمركة منها.",
            "2017-10-17",
        ),
        "RETREAT",
    );
    assert!(
        e.locations
            .iter()
            .any(|l| l.name.as_deref() == Some("Kirkuk")),
        "{:?}",
        e.locations
    );
}

#[test]
fn places_outside_syria_and_iraq_are_located() {
    let e = one(
        &read(
            "قتل خمسة مدنيين في تفجير سيارة مفخخة في العاصمة الصومالية مقديشو أمس.",
            "2019-03-01",
        ),
        "ASSAULT",
    );
    let l = e
        .locations
        .iter()
        .find(|l| l.text.contains("مقديشو"))
        .unwrap_or_else(|| panic!("{:?}", e.locations));
    assert_eq!(l.country.as_deref(), Some("SOM"));
}

#[test]
fn a_village_the_gazetteer_lacks_is_a_location_without_coordinates() {
    // the village is named by the place noun before it; the governorate after it
    // places it
    let e = one(
        &read(
            "قصفت الطائرات الروسية قرية الزعيترية بريف إدلب الجنوبي أمس.",
            "2019-05-12",
        ),
        "ASSAULT",
    );
    let l = e
        .locations
        .iter()
        .find(|l| l.text == "الزعيترية")
        .unwrap_or_else(|| panic!("{:?}", e.locations));
    assert_eq!((l.id.as_deref(), l.lat), (None, None));
    assert_eq!(l.precision, "point");
    assert_eq!(l.country.as_deref(), Some("SYR"));
}

#[test]
fn a_town_named_after_its_nationality_is_a_location() {
    let e = one(
        &read(
            "قتل ثلاثة جنود في هجوم على ثكنة في المدينة الجزائرية زموري أمس.",
            "2017-01-24",
        ),
        "ASSAULT",
    );
    assert!(
        e.locations.iter().any(|l| l.text == "زموري"),
        "{:?}",
        e.locations
    );
}

#[test]
fn a_bare_word_after_a_trigger_is_its_adjective_not_a_place() {
    // جديدة is also a village's name; after the bare noun عسكرية it means "new"
    let e = one(
        &read(
            "تخطط تركيا لإنشاء قاعدة عسكرية جديدة قرب مدينة الباب.",
            "2017-03-07",
        ),
        "MOBILIZE",
    );
    assert_eq!(e.factuality, "planned");
    assert!(names(&e.actor, "تركيا"), "{:?}", e.actor);
    let places: Vec<&str> = e.locations.iter().map(|l| l.text.as_str()).collect();
    assert!(places.contains(&"الباب"), "{places:?}");
    assert!(!places.contains(&"جديدة"), "{places:?}");
}

#[test]
fn a_peaceful_protest_is_not_in_salamiyah() {
    let e = one(
        &read("نظم الطلاب مظاهرة سلمية أمام الجامعة.", "2017-03-07"),
        "PROTEST",
    );
    assert!(
        e.locations.iter().all(|l| l.text != "سلمية"),
        "{:?}",
        e.locations
    );
}

#[test]
fn a_place_name_that_is_an_everyday_word_needs_a_place_noun() {
    // "في إشارة إلى" is "in reference to", not the Syrian town al-Asharah
    let e = one(
        &read(
            "قصفت الطائرات مواقع التنظيم في الرقة، في إشارة إلى تصعيد جديد.",
            "2017-03-07",
        ),
        "ASSAULT",
    );
    let places: Vec<&str> = e.locations.iter().map(|l| l.text.as_str()).collect();
    assert!(places.contains(&"الرقة"), "{places:?}");
    assert!(!places.iter().any(|p| p.contains("إشارة")), "{places:?}");
}

#[test]
fn the_city_with_a_preposition_is_the_town_last_named() {
    let e = one(
        &read(
            "دخلت القوات العراقية الموصل أمس، واندلعت اشتباكات عنيفة بالمدينة.",
            "2017-03-07",
        ),
        "ASSAULT",
    );
    let ids: Vec<_> = e.locations.iter().map(|l| l.id.as_deref()).collect();
    assert!(ids.contains(&Some("iq-mosul")), "{ids:?}");
    assert!(!ids.contains(&Some("iq-al-madinah")), "{ids:?}");
}

#[test]
fn a_place_the_gazetteer_lacks_fills_no_role() {
    let e = one(
        &read("وزار الوزير بلدة كترمايا أمس.", "2019-05-12"),
        "CONSULT",
    );
    assert!(!names(&e.recipient, "كترمايا"), "{:?}", e.recipient);
    assert!(!names(&e.actor, "كترمايا"), "{:?}", e.actor);
}

#[test]
fn an_adjective_after_a_place_noun_is_not_a_place_name() {
    for text in [
        "قصفت الطائرات قرية حدودية في ريف إدلب.",
        "قصفت الطائرات مطار العاصمة.",
        "قصفت الطائرات المدينة القديمة.",
    ] {
        let events = read(text, "2019-05-12");
        let e = one(&events, "ASSAULT");
        assert!(
            e.locations.iter().all(|l| l.id.is_some()),
            "{text}: {:?}",
            e.locations
        );
    }
}

#[test]
fn a_place_name_spelled_like_a_function_word_is_not_read_as_one() {
    // Bāneh (بانه) in Iran is spelled like بأنه "that it": prose, not a place
    let e = one(
        &read(
            "اتهمت الحكومة الفصائل بأنها قصفت المدينة، وقالت بأنه هجوم متعمد.",
            "2019-03-01",
        ),
        "ACCUSE",
    );
    assert!(
        e.locations.iter().all(|l| !l.text.contains("بأن")),
        "{:?}",
        e.locations
    );
}

#[test]
fn the_city_is_the_town_last_named() {
    let events = read(
        "سيطرت القوات على بلدة تل رفعت. وقصفت الطائرات المدينة بعد ساعات.",
        "2024-03-02",
    );
    let e = events
        .iter()
        .find(|e| e.category == "ASSAULT")
        .expect("the shelling");
    let l = e.locations.first().expect("a place");
    assert_eq!(l.text, "المدينة");
    assert!(
        l.name.as_deref().is_some_and(|n| n.contains("Rif")),
        "{l:?}"
    );
    // the aircraft are who shelled it, not something struck
    assert!(e.recipient.is_none(), "{:?}", e.recipient);
}

// ---- quantities and modes

#[test]
fn number_words_count_fighters() {
    let e = one(
        &read(
            "وصل ألف ومائتا مقاتل من لواء الأقصى إلى الرقة.",
            "2017-04-01",
        ),
        "MOBILIZE",
    );
    let q = e.quantity.expect("quantity");
    assert_eq!((q.value, q.unit.as_str()), (1200, "fighters"));
}

/// The quantity of the only PROTEST candidate read from `text`, as (value, unit, text).
fn crowd(text: &str) -> Option<(u64, String, String)> {
    one(&read(text, "2021-03-06"), "PROTEST")
        .quantity
        .map(|q| (q.value, q.unit, q.text))
}

#[test]
fn a_protest_counts_its_crowd_through_the_partitive() {
    assert_eq!(
        crowd("خرج مئات من المعلمين أمس في مسيرة احتجاجا على تأخر الرواتب في البصرة."),
        Some((100, "people".into(), "مئات من المعلمين".into()))
    );
}

#[test]
fn a_protest_counts_any_group_of_people_named_after_a_number() {
    assert_eq!(
        crowd("اعتصم نحو ثلاثمائة طالب أمام وزارة التعليم العالي في بغداد."),
        Some((300, "people".into(), "نحو ثلاثمائة طالب".into()))
    );
}

#[test]
fn a_vague_plural_right_after_a_protest_verb_is_the_crowd() {
    assert_eq!(
        crowd("تظاهر الآلاف في ساحة التحرير ضد الفساد."),
        Some((1000, "people".into(), "الآلاف".into()))
    );
}

#[test]
fn a_protest_does_not_take_a_toll_for_its_crowd() {
    // the wounded are what the clashes cost, not how many protested
    assert_eq!(
        crowd("تظاهر سكان الحي أمس وأصيب خمسة جرحى في المواجهات مع الشرطة."),
        None
    );
}

#[test]
fn a_nationality_before_a_place_is_not_a_member_of_it() {
    // "الإسرائيليون … في تل أبيب" are a crowd in a city, not members of the government
    // the city's name stands for
    let e = one(
        &read("احتشد آلاف الإسرائيليين ليل السبت وسط تل أبيب.", "2021-03-06"),
        "PROTEST",
    );
    assert!(
        e.actor.as_ref().is_none_or(|a| !a.text.contains("تل أبيب")),
        "{:?}",
        e.actor
    );
}

#[test]
fn released_prisoners_are_counted() {
    let e = one(
        &read(
            "أفرجت الحكومة اليمنية عن 120 أسيرا من مقاتلي الجماعة.",
            "2020-10-16",
        ),
        "RETREAT",
    );
    let q = e.quantity.expect("quantity");
    assert_eq!((q.value, q.unit.as_str()), (120, "prisoners"));
}

#[test]
fn an_air_strike_is_aerial() {
    let e = one(
        &read(
            "شنت طائرات التحالف الدولي غارات جوية على مدينة الرقة.",
            "2017-06-01",
        ),
        "ASSAULT",
    );
    assert_eq!(e.mode.as_deref(), Some("aerial"));
}

#[test]
fn a_withdrawal_is_withdraw() {
    let e = one(&read("انسحب التنظيم من البلدة.", "2017-08-01"), "RETREAT");
    assert_eq!(e.mode.as_deref(), Some("withdraw"));
}

#[test]
fn detainees_and_members_are_counted() {
    let e = one(
        &read(
            "وجهت النيابة اتهامات إلى 12 موقوفا بالانتماء إلى تنظيم مسلح.",
            "2024-03-02",
        ),
        "ACCUSE",
    );
    let q = e.quantity.expect("a count");
    assert_eq!((q.value, q.unit.as_str()), (12, "detained"));
}

#[test]
fn a_group_named_again_by_its_head_noun_is_that_group() {
    let events = read(
        "أفرجت حركة الشباب عن عشرين أسيرا. وفي المقابل أفرجت الحكومة عن ثلاثين من أسرى الحركة.",
        "2024-03-02",
    );
    let second = events
        .iter()
        .filter(|e| e.category == "RETREAT")
        .find(|e| names(&e.actor, "الحكومة"))
        .expect("the second release");
    assert_eq!(
        recipient_id(second),
        Some("al-shabaab"),
        "{:?}",
        second.recipient
    );
}

#[test]
fn a_crowd_told_by_its_size_alone_is_who_protests() {
    let e = one(
        &read(
            "واعتصم العشرات في ساحة البلدة احتجاجا على قطع المياه.",
            "2024-03-02",
        ),
        "PROTEST",
    );
    assert_eq!(e.actor.map(|a| a.text).as_deref(), Some("العشرات"));
    // the noun after the count is the doer when there is one
    let e = one(
        &read("واعتصم عشرات المعلمين في ساحة البلدة.", "2024-03-02"),
        "PROTEST",
    );
    assert!(names(&e.actor, "المعلمين"), "{:?}", e.actor);
}

#[test]
fn a_group_head_noun_without_antecedent_is_still_the_doer_by_its_words() {
    // the article names no front before: the actor is the words, with no identity
    let e = one(
        &read("وفجرت الجبهة سيارة مفخخة قرب حاجز للجيش.", "2024-03-02"),
        "ASSAULT",
    );
    let a = e.actor.expect("the group as doer");
    assert_eq!(a.text, "الجبهة");
    assert_eq!((a.id, a.code), (None, None));
}

#[test]
fn a_front_line_after_a_preposition_is_no_group() {
    let ev = read("وقصفت قوات النظام مواقع على الجبهة الجنوبية.", "2024-03-02");
    let e = one(&ev, "ASSAULT");
    assert!(!names(&e.recipient, "الجبهة"), "{:?}", e.recipient);
    let ev = read("وقتل ثلاثة جنود على الجبهة أمس.", "2024-03-02");
    let e = one(&ev, "ASSAULT");
    assert!(!names(&e.actor, "الجبهة"), "{:?}", e.actor);
}

#[test]
fn a_verbs_date_is_not_taken_from_a_relative_clause_after_it() {
    // the date is the dismissal's, told in the clause about the judge
    let e = one(
        &read(
            "وتجمع مئات المحامين أمام المحكمة، حيث مثل القاضي الذي أقيل في الثالث من مارس.",
            "2009-05-20",
        ),
        "PROTEST",
    );
    assert_eq!(e.date.precision, "article");
    // a noun's relative clause tells of the event itself
    let e = one(
        &read(
            "وأدانت الحكومة التفجير الذي وقع في الثالث من مارس في السوق.",
            "2009-05-20",
        ),
        "ASSAULT",
    );
    assert_eq!(e.date.value, "2009-03-03");
}

#[test]
fn a_plural_group_alone_after_between_is_on_both_sides() {
    let e = one(
        &read(
            "وتجددت الاشتباكات بين الفصائل المسلحة في ريف المدينة.",
            "2019-01-05",
        ),
        "ASSAULT",
    );
    assert!(names(&e.actor, "الفصائل المسلحة"), "{:?}", e.actor);
    assert!(names(&e.recipient, "الفصائل المسلحة"), "{:?}", e.recipient);
    // the other side named after "و" is not replaced by the first
    let e = one(
        &read(
            "واندلعت اشتباكات بين المسلحين وقوات الأمن في المدينة.",
            "2019-01-05",
        ),
        "ASSAULT",
    );
    assert!(!names(&e.recipient, "المسلحين"), "{:?}", e.recipient);
}

#[test]
fn condemned_of_a_charge_is_a_conviction_not_a_condemnation() {
    let e = one(
        &read(
            "وأدانت المحكمة العسكرية ثلاثة ضباط بتهمة التعذيب.",
            "2012-09-09",
        ),
        "SANCTION",
    );
    assert_eq!(e.mode.as_deref(), Some("convict"));
    assert!(names(&e.recipient, "ضباط"), "{:?}", e.recipient);
    // "إدانته": the pronoun is who was convicted, not who condemned
    let ev = read(
        "وقضت محكمة الجنايات بسجن المدير السابق للمصرف عشر سنوات بعد إدانته بتهم فساد.",
        "2012-09-09",
    );
    assert!(
        !ev.iter()
            .any(|e| e.category == "ACCUSE" && names(&e.actor, "المدير")),
        "{ev:#?}"
    );
    // the sentence and the conviction it follows are one happening: the reading that
    // names no doer merges into the one that does
    let ev = read(
        "وأصدرت محكمة الجنايات حكما بالسجن بحق نائب الرئيس العراقي السابق، بعد إدانته بتهم فساد.",
        "2019-01-05",
    );
    let sanctions: Vec<_> = ev.iter().filter(|e| e.category == "SANCTION").collect();
    assert_eq!(sanctions.len(), 1, "{sanctions:#?}");
    assert!(
        names(&sanctions[0].actor, "محكمة"),
        "{:?}",
        sanctions[0].actor
    );
}

#[test]
fn an_armed_sides_operation_with_anothers_participation_is_their_cooperation() {
    let ev = read(
        "وشنت القوات العراقية بمشاركة طيران التحالف الدولي هجوما على مواقع التنظيم غرب الموصل.",
        "2017-03-01",
    );
    let e = one(&ev, "COOPERATE");
    assert!(names(&e.actor, "القوات العراقية"), "{:?}", e.actor);
    assert!(names(&e.recipient, "طيران التحالف"), "{:?}", e.recipient);
    assert_eq!(e.context, vec!["military".to_string()]);
    // the attack itself stays
    one(&ev, "ASSAULT");
    // a meeting with ministers taking part is no joint operation
    let ev = read(
        "وافتتح وزير الخارجية المؤتمر بمشاركة وزراء من عشرين دولة.",
        "2017-03-01",
    );
    assert!(!ev.iter().any(|e| e.category == "COOPERATE"), "{ev:#?}");
}

#[test]
fn an_object_spelt_with_a_leading_waw_is_not_a_conjunction() {
    // وزير is a word, not و + زير: the minister is the object, the police the doer
    let e = one(
        &read("واعتقلت الشرطة وزير الدفاع السابق في منزله.", "2016-10-28"),
        "COERCE",
    );
    assert!(names(&e.actor, "الشرطة"), "{:?}", e.actor);
    assert!(names(&e.recipient, "وزير الدفاع"), "{:?}", e.recipient);
}

#[test]
fn a_prisoner_exchange_has_both_conjoined_parties() {
    let e = one(
        &read(
            "وتستعد الحكومة اليمنية وجماعة الحوثي لتنفيذ صفقة تبادل خلال الأيام المقبلة.",
            "2023-04-11",
        ),
        "CONCEDE",
    );
    assert!(names(&e.actor, "الحكومة اليمنية"), "{:?}", e.actor);
    assert!(names(&e.recipient, "جماعة الحوثي"), "{:?}", e.recipient);
}

#[test]
fn a_charge_brought_against_someone_is_an_allegation_but_a_claim_is_not() {
    let e = one(
        &read(
            "وادعت النيابة العامة على الموقوفين بتهمة الانتماء إلى تنظيم مسلح.",
            "2020-12-10",
        ),
        "ACCUSE",
    );
    assert_eq!(e.mode.as_deref(), Some("allege"));
    assert!(names(&e.actor, "النيابة العامة"), "{:?}", e.actor);
    assert!(names(&e.recipient, "الموقوفين"), "{:?}", e.recipient);
    let ev = read("وادعى الوزير أن الحكومة نفذت كل وعودها.", "2020-12-10");
    assert!(!ev.iter().any(|e| e.category == "ACCUSE"), "{ev:#?}");
}

#[test]
fn the_only_date_in_the_next_events_scope_dates_that_event_alone() {
    // the split is dated; the pledge announced with it is not
    let ev = read(
        "وأعلن لواء الشمال مبايعته لتنظيم الدولة، بعد انشقاقه عن الجبهة في الخامس من الشهر الماضي.",
        "2017-06-10",
    );
    assert_eq!(one(&ev, "SPLIT").date.value, "2017-05-05");
    assert_eq!(one(&ev, "JOIN").date.precision, "article");
}

// ---- one event per happening

#[test]
fn two_words_for_one_happening_give_one_event() {
    let ev = read("اتفق تنظيم داعش وجبهة النصرة على صفقة سرية.", "2017-04-01");
    assert_eq!(
        ev.iter().filter(|e| e.category == "AGREE").count(),
        1,
        "{ev:#?}"
    );
}

#[test]
fn a_toll_and_the_attack_it_is_blamed_on_are_one_event() {
    let events = read(
        "قُتل ثلاثة مدنيين، بينهم فتى، جراء غارات جوية شنتها طائرات روسية على بلدة معرة النعمان أمس.",
        "2020-01-05",
    );
    let assaults: Vec<&Event> = events.iter().filter(|e| e.category == "ASSAULT").collect();
    assert_eq!(assaults.len(), 1, "{assaults:#?}");
    let e = assaults[0];
    // the victims counted at the verb, not the one singled out among them
    assert!(names(&e.recipient, "مدنيين"), "{:?}", e.recipient);
    assert_eq!(e.quantity.as_ref().map(|q| q.value), Some(3));
    assert!(e.locations.iter().any(|l| l.text.contains("معرة النعمان")));
    assert_eq!(e.date.precision, "day");
}

#[test]
fn an_event_told_again_in_a_later_sentence_is_one_event() {
    let events = read(
        "انفجرت سيارة مفخخة قرب سوق الخضار في مدينة الرمادي صباح اليوم. وتبنى تنظيم داعش التفجير الذي أسفر عن مقتل 12 شخصا.",
        "2016-05-12",
    );
    let assaults: Vec<&Event> = events.iter().filter(|e| e.category == "ASSAULT").collect();
    assert_eq!(assaults.len(), 1, "{assaults:#?}");
    let e = assaults[0];
    // the doer and the toll of the second telling, the place and day of the first
    assert!(names(&e.actor, "داعش"), "{:?}", e.actor);
    assert_eq!(e.quantity.as_ref().map(|q| q.value), Some(12));
    assert!(e.locations.iter().any(|l| l.text.contains("الرمادي")));
    assert_eq!(e.date.precision, "day");
}

#[test]
fn another_event_of_the_same_kind_in_a_later_sentence_stays_apart() {
    let events = read(
        "انفجرت سيارة مفخخة قرب سوق الخضار في مدينة الرمادي صباح اليوم. واستهدف التفجير الثاني حاجزا للجيش في مدينة الفلوجة.",
        "2016-05-12",
    );
    let assaults = events.iter().filter(|e| e.category == "ASSAULT").count();
    assert_eq!(assaults, 2, "{events:#?}");
}

// ---- evidence

#[test]
fn evidence_offsets_point_at_the_trigger_in_the_original_text() {
    let text = "وقالت مصادر محلية إن مسلحي داعش انسحبوا من بلدة السخنة.";
    let e = one(&read(text, "2017-08-01"), "RETREAT");
    assert_eq!(
        &text[e.evidence.trigger_start..e.evidence.trigger_end],
        e.evidence.trigger
    );
    let a = e.actor.expect("actor");
    assert_eq!(&text[a.start..a.end], a.text);
}
