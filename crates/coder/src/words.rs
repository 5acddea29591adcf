//! Closed-class words the coder reads: prepositions, particles, report verbs, planning
//! and negation markers. These are grammar rather than lexicon, so they live in code;
//! every form is normalized (ا for hamza seats, ي for ى, ه for ة).
//!
//! The lists are statics, not consts: `is` finds a list's hash set by its address, and a
//! const is copied to each place it is used, so the lookup missed for some of them and
//! fell back to scanning (a seventh of the reader's time).

/// Prepositions written as separate words.
pub static PREPOSITIONS: &[&str] = &[
    "من",
    "في",
    "الي",
    "علي",
    "عن",
    "مع",
    "ضد",
    "لصالح",
    "بين",
    "عبر",
    "قرب",
    "نحو",
    "تجاه",
    "باتجاه",
    "داخل",
    "حول",
    "بحق",
    "لدي",
    "عند",
    "فوق",
    "تحت",
    "خلال",
    "منذ",
    "بعد",
    "قبل",
    "امام",
    "وراء",
    "حتي",
    "بقياده",
    "باسم",
    "لحساب",
    "بمشاركه",
    "بدعم",
    "مقابل",
    "بالقرب",
    "محيط",
    "اطراف",
    "ضمن",
    "لدي",
];

/// Prepositions attached as proclitics (the matcher reports them as the token prefix).
pub fn clitic_preposition(prefix: &str) -> Option<&'static str> {
    let p = prefix.trim_start_matches(['و', 'ف']);
    if p.starts_with("لل") || p.starts_with('ل') {
        Some("ل")
    } else if p.starts_with('ب') {
        Some("ب")
    } else if p.starts_with('ك') {
        Some("ك")
    } else {
        None
    }
}

/// Function words that begin with و or ف themselves (في is not ف + ي).
const OWN_WAW_FA: &[&str] = &[
    "في",
    "فيه",
    "فيها",
    "فيهم",
    "فيهما",
    "فيما",
    "فوق",
    "وسط",
    "وراء",
    "وفق",
    "وفقا",
    "فجر",
    "فقط",
    "وقت",
];

/// Strips a leading conjunction و or ف from a normalized word when enough remains.
pub fn strip_conj(w: &str) -> &str {
    if OWN_WAW_FA.contains(&w) {
        return w;
    }
    for c in ['و', 'ف'] {
        if let Some(rest) = w.strip_prefix(c) {
            if rest.chars().count() >= 2 {
                return rest;
            }
        }
    }
    w
}

/// Quantifiers that stand between a preposition and its noun ("لجميع الفصائل").
pub static QUANTIFIERS: &[&str] = &[
    "جميع",
    "كل",
    "بعض",
    "كافه",
    "مختلف",
    "عدد",
    "عشرات",
    "ميات",
    "الاف",
    "معظم",
    "اغلب",
    "غالبيه",
    // "مجموعة من الشبان": a group of them
    "مجموعه",
    "مجموعات",
];

/// "without": a role noun after it names no one ("طائرة بدون طيار").
pub static WITHOUT: &[&str] = &["بدون", "دون", "بلا"];

/// "belonging to": a role noun followed by one of these and "لـ X" is X's ("قوات تابعة
/// للنظام"). Pro-X words (موالية) are left out: backed by X is not X.
pub static AFFILIATED: &[&str] = &[
    "تابع",
    "تابعه",
    "تابعين",
    "تابعون",
    "تابعا",
    "التابع",
    "التابعه",
    "التابعين",
    "التابعون",
];

/// Nouns naming what is hit, whose genitive owns the target ("قصف مواقع هيئة تحرير الشام").
pub static TARGET_NOUNS: &[&str] = &[
    "مواقع",
    "موقع",
    "مقر",
    "مقرات",
    "منزل",
    "منازل",
    "حاجز",
    "حواجز",
    "نقاط",
    "نقطه",
    "تجمعات",
    "تجمع",
    "مخازن",
    "مستودعات",
    "دوريه",
    "دوريات",
    "موكب",
    "ارتال",
    "رتل",
    "ثكنه",
    "معسكر",
    "معسكرات",
    "قاعده",
    "مراكز",
    "مركز",
    "اليات",
    "عربات",
    "سياره",
    "طايره",
];

/// Verbs that report an event noun as happening ("اندلعت اشتباكات", "وقع انفجار").
pub static OCCURRENCE_VERBS: &[&str] = &[
    "اندلعت",
    "اندلع",
    "وقعت",
    "وقع",
    "دارت",
    "دار",
    "جرت",
    "جري",
    "شهدت",
    "شهد",
    "تجددت",
    "تجدد",
    "تعرضت",
    "تعرض",
    "استهدف",
    "استهدفت",
    "هز",
    "هزت",
    "ضرب",
    "ضربت",
    "تم",
    "يتم",
];

/// Support verbs whose subject does the event their object names ("شن غارة", "نفذ هجوما").
pub static LIGHT_VERBS: &[&str] = &[
    "شن",
    "شنت",
    "شنوا",
    "يشن",
    "تشن",
    "نفذ",
    "نفذت",
    "نفذوا",
    "نفذن",
    "ينفذ",
    "تنفذ",
    "ارتكب",
    "ارتكبت",
    "ارتكبوا",
    "يرتكب",
    "ترتكب",
    "قام",
    "قامت",
    "قاموا",
    "يقوم",
    "تقوم",
    // the verbal noun: "استنكرت قيام مجموعة من المتظاهرين بالتجمع أمام السفارة"
    "قيام",
    "اجري",
    "اجرت",
    "اجروا",
    "يجري",
    "تجري",
    "تبني",
    "تبنت",
    "تبنوا",
    "يتبني",
    "اعلن",
    "اعلنت",
    "وجه",
    "وجهت",
    "وجهوا",
    "اطلق",
    "اطلقت",
    "اطلقوا",
    "خاض",
    "خاضت",
    "خاضوا",
    "نظم",
    "نظمت",
    "نظموا",
    "ينظم",
    "تنظم",
    "عقد",
    "عقدت",
    // the doer of a weapon noun: "فجّر المسلحون سيارة مفخخة", "ألقوا قنابل", "زرعوا عبوة"
    "فجر",
    "فجرت",
    "فجروا",
    "القي",
    "القت",
    "القوا",
    "زرع",
    "زرعت",
    "زرعوا",
    "استخدم",
    "استخدمت",
    "استخدموا",
    // "وقّعت الحكومة والمعارضة اتفاقا" (tested as written: و begins the word),
    // "أرسل العراق طائرات محملة بالمساعدات"
    "وقع",
    "وقعت",
    "وقعوا",
    "وقعا",
    "ارسل",
    "ارسلت",
    "ارسلوا",
    // "عمد المسلحون إلى إحراق المنازل": set about doing
    "عمد",
    "عمدت",
    "عمدوا",
    "يعمد",
    "يعمدون",
];

/// Particles negating the following verb or noun.
pub static NEGATION: &[&str] = &[
    "لم", "لن", "ما", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "بلا", "لسنا", "ولم", "ولن", "ولا",
    "غير",
];

/// Words that mark the following event as planned, intended or prepared. Conjugated
/// forms are listed since these are few and frequent.
pub static PLANNED: &[&str] = &[
    "سوف",
    "يعتزم",
    "تعتزم",
    "يعتزمون",
    "اعتزام",
    "يخطط",
    "تخطط",
    "يخططون",
    "خطه",
    "خطط",
    "يستعد",
    "تستعد",
    "يستعدون",
    "استعداد",
    "يعد",
    "تعد",
    "يعدون",
    "يسعي",
    "تسعي",
    "يسعون",
    "مسعي",
    "سعي",
    "بهدف",
    "ينوي",
    "تنوي",
    "ينوون",
    "نيه",
    "المقرر",
    "المتوقع",
    "المزمع",
    "يتوقع",
    "تمهيدا",
    "لتسهيل",
    "يعمل",
    "تعمل",
    "العمل",
    "يريد",
    "تريد",
    "يرغب",
    "ترغب",
    "يحاول",
    "تحاول",
    "محاوله",
    "سيتم",
    "يجري",
    "تهدف",
    "يهدف",
    "مقابل",
    "ستقوم",
    "سيقوم",
];

/// "provides for": what a proposal provides for is planned ("مقترح يقضي بانسحاب
/// القوات"); what an agreement provides for is reported as done, and a ruling's sentence
/// is the ruling ("اتفاق يقضي بانسحاب داعش", "حكم يقضي بسجنه").
pub static PROVIDES_FOR: &[&str] = &["يقضي", "تقضي", "ينص", "تنص"];

/// Words of a charge: the deed after them with ب is alleged ("متهمون بالقتل").
pub static CHARGE_WORDS: &[&str] = &[
    "متهم",
    "متهمون",
    "متهمين",
    "متهمه",
    "اتهم",
    "اتهمت",
    "اتهموا",
    "يتهم",
    "تتهم",
    "اتهام",
    "اتهامات",
    "ادين",
    "ادينوا",
    "ادينت",
    "تهمه",
    "تهم",
];

/// Verbs and nouns of defusing or finding a bomb ("فككت قوات الأمن سيارة مفخخة").
pub static DEFUSE_WORDS: &[&str] = &[
    "فكك",
    "فككت",
    "فككوا",
    "تفكيك",
    "ابطال",
    "ابطلت",
    "ابطل",
    "العثور",
    "عثرت",
    "عثر",
    "ضبط",
    "ضبطت",
    "ضبطوا",
];

/// Proposals, whose content has not happened: "مقترحا يقضي بـ", "مشروع قرار ينص على".
pub static PROPOSALS: &[&str] = &[
    "مقترح",
    "مقترحا",
    "اقتراح",
    "اقتراحا",
    "مشروع",
    "مشروعا",
    "مبادره",
    "مسوده",
    "عرض",
    "عرضا",
];

/// Particles opening a condition.
pub static HYPOTHETICAL: &[&str] = &["اذا", "لو", "حال", "لولا", "حاله", "لين"];

/// Report and speech verbs (attribution frames), with their common conjugations.
pub static SPEECH: &[&str] = &[
    "قال",
    "قالت",
    "قالوا",
    "يقول",
    "تقول",
    "يقولون",
    "افاد",
    "افادت",
    "افادوا",
    "يفيد",
    "تفيد",
    "اكد",
    "اكدت",
    "اكدوا",
    "يوكد",
    "يوكد",
    "توكد",
    "توكد",
    "كشف",
    "كشفت",
    "يكشف",
    "تكشف",
    "اعلن",
    "اعلنت",
    "اعلنوا",
    "يعلن",
    "تعلن",
    "ذكر",
    "ذكرت",
    "يذكر",
    "تذكر",
    "اوضح",
    "اوضحت",
    "يوضح",
    "توضح",
    "اشار",
    "اشارت",
    "يشير",
    "تشير",
    "اضاف",
    "اضافت",
    "يضيف",
    "تضيف",
    "صرح",
    "صرحت",
    "يصرح",
    "نقل",
    "نقلت",
    "زعم",
    "زعمت",
    "يزعم",
    "تزعم",
    "ادعي",
    "ادعت",
    "نفي",
    "نفت",
    "ينفي",
    "تنفي",
    "روي",
    "روت",
    "اعتبر",
    "اعتبرت",
    "تابع",
    "تابعت",
    "اوردت",
    "اورد",
    "رجح",
    "رجحت",
    "ابلغ",
    "ابلغت",
    "افادت",
];

/// Nominal attribution: "according to".
pub static ACCORDING_TO: &[&str] = &["بحسب", "حسب", "وفقا", "طبقا", "نقلا", "وفق"];

/// Speech verbs that deny what they report.
pub static DENIAL: &[&str] = &["نفي", "نفت", "ينفي", "تنفي", "نفوا"];

/// Speech verbs that continue the previous speaker's report when they open a sentence.
pub static CONTINUATION: &[&str] = &[
    "اضاف",
    "اضافت",
    "تابع",
    "تابعت",
    "اوضح",
    "اوضحت",
    "اشار",
    "اشارت",
    "مضي",
    "مضت",
];

/// Complementizers that open the reported clause after a speech verb.
pub static COMPLEMENTIZERS: &[&str] =
    &["ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم"];

/// Relative pronouns: the clause after them describes the noun before them.
pub static RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
];

/// Words that turn a following place into an area around it.
pub static NEAR: &[&str] = &[
    "قرب",
    "بالقرب",
    "محيط",
    "اطراف",
    "ضواحي",
    "مشارف",
    "مقربه",
    "جوار",
];

/// Nouns that introduce a place name ("بلدة X", "مخيمي X و Y"), normalized, article stripped.
pub static PLACE_NOUNS: &[&str] = &[
    "بلده",
    "بلدات",
    "بلدتي",
    "مدينه",
    "مدن",
    "مدينتي",
    "قريه",
    "قري",
    "قريتي",
    "مخيم",
    "مخيمات",
    "مخيمي",
    "حي",
    "احياء",
    "حيي",
    "منطقه",
    "مناطق",
    "منطقتي",
    "محافظه",
    "محافظتي",
    "ناحيه",
    "قضاء",
    "ريف",
    "بلدتا",
    "مدينتا",
    "قريتا",
    "مخيما",
    "معبر",
    "مطار",
    "قاعده",
    "سد",
    "جبل",
    "وادي",
    "سهل",
    "نهر",
    "باديه",
    "عاصمه",
    "ضاحيه",
    "بلد",
    "اقليم",
];

/// Gazetteer names that are also everyday words: a place only after a place noun
/// ("بلدة صور") or inside a longer name. "في إشارة إلى" is "in reference to", not
/// al-Asharah; "صور" are pictures, "السلمية" is peaceful, "الدورة" a session.
pub static WORDLIKE_PLACES: &[&str] = &[
    "اشاره",
    "زياره",
    "سجن",
    "سلميه",
    "سلمي",
    "صور",
    "دوره",
    "تبني",
    "بقعه",
    "مير",
    "هنديه",
    "حديثه",
    "جديده",
    "عنه",
    "بيره",
    "سوف",
    "حاره",
    "ثوره",
];

/// Place nouns that head a settlement's or a site's name: a word the gazetteer lacks
/// after one of them in construct is a place name ("بلدة الشحيل", "قاعدة حامات").
pub static TOPONYM_HEADS: &[&str] = &[
    "بلده",
    "مدينه",
    "قريه",
    "مخيم",
    "حي",
    "ناحيه",
    "معبر",
    "مطار",
    "قاعده",
    "سد",
    "جبل",
    "وادي",
    "ضاحيه",
    "بلدتي",
    "ميناء",
    "جزيره",
    // and in apposition, definite: "العاصمة الكازاخية أستانا"
    "عاصمه",
];

/// First words of two-word place names: "تل أبيض", "عين عيسى", "دير حافر".
pub static TOPONYM_STARTS: &[&str] = &[
    "تل", "عين", "دير", "كفر", "بيت", "جسر", "راس", "خان", "ابو", "ام", "بني", "سيدي", "البو",
    "بير", "قصر", "مرج", "حي",
];

/// Common words that follow a place noun in construct without naming a place: "مطار
/// العاصمة", "مدينة الملاهي", "مخيم النازحين".
pub static NOT_TOPONYMS: &[&str] = &[
    "عاصمه",
    "محافظه",
    "بلاد",
    "حدود",
    "دوله",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "مركز",
    "ملاهي",
    "اطفال",
    "نازحين",
    "لاجيين",
    "مهجرين",
    "صيادين",
    "نفط",
    "ماء",
    "مياه",
    "انطلاق",
    "عمليات",
    "تدريب",
    "عسكريه",
    "عسكري",
    "جويه",
    "بحريه",
    "كبيره",
    "صغيره",
    "كبري",
    "صغري",
    "قديمه",
    "جديده",
    "مجاوره",
    "قريبه",
    "نايه",
    "اخري",
    "اخر",
    "واحده",
    "ثانيه",
    "ذاتها",
    "نفسها",
    "هذه",
    "تلك",
    "كامله",
    "باكملها",
    "كلها",
    "بكاملها",
    "سكني",
    "مايي",
    "شعبي",
    "عشوايي",
    "موجوده",
    "اشباح",
    "مهجوره",
    "منكوبه",
    "محاصره",
];

/// Compass words before a place ("شمالي سوريا", "ريف حماة الشرقي").
pub static DIRECTIONS: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "وسط",
    "شمال شرق",
];

/// Compass adjectives after a place or a part of one ("ريف حماة الشرقي", "ضواحيها
/// الجنوبية"): a region of it.
pub static COMPASS_ADJECTIVES: &[&str] = &[
    "الشرقي",
    "الغربي",
    "الشمالي",
    "الجنوبي",
    "الشماليه",
    "الجنوبيه",
    "الشرقيه",
    "الغربيه",
];

/// Parts of a place that take a pronoun for the place last named ("في ضواحيها الجنوبية",
/// "ريفها الشرقي", "محيطها"): that part of it.
pub static PLACE_PARTS: &[&str] = &[
    "ضواحي",
    "ريف",
    "اطراف",
    "محيط",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "احياء",
    "مداخل",
    "شوارع",
    "مشارف",
];

/// Dual nouns that refer back to two actors named before ("التنظيمان", "الطرفان").
pub static DUAL_ANAPHORS: &[&str] = &[
    "التنظيمان",
    "التنظيمين",
    "الطرفان",
    "الطرفين",
    "الجانبان",
    "الجانبين",
    "الفصيلان",
    "الفصيلين",
    "الفريقان",
    "الفريقين",
    "الحركتان",
    "الحركتين",
    "البلدان",
    "البلدين",
    "الجماعتان",
    "الجماعتين",
];

/// "Survived": its subject was the target of what it survived ("نجا من محاولة اغتيال").
pub static SURVIVE_VERBS: &[&str] = &["نجا", "نجت", "نجوا", "ينجو", "تنجو", "ينجون", "نجاه"];

/// Verbs of result: "هجوم أسفر عن مقتل", "مما أدى إلى مقتل"; their subject is an event.
pub static RESULT_VERBS: &[&str] = &[
    "اسفر",
    "اسفرت",
    "ادي",
    "ادت",
    "اوقع",
    "اوقعت",
    "خلفت",
    "يسفر",
    "تسفر",
];

/// Verbs of demanding: their object is whom a protest makes demands of.
pub static DEMAND_VERBS: &[&str] = &[
    "طالب",
    "يطالب",
    "تطالب",
    "طالبوا",
    "يطالبون",
    "مطالبين",
    "مطالبا",
    "مطالبون",
    "طالبت",
    "داعين",
    "منددين",
    "مندده",
    "تندد",
    "يندد",
    "نددوا",
    "منددا",
    // accusing: "احتج مئات المتظاهرين متهمين الجنود بإطلاق النار"
    "متهمين",
    "متهما",
    "متهمون",
    "اتهموا",
    "يتهمون",
    // addressing a demand: "لمطالبة الحكومة بوقف …"
    "مطالبه",
    "لمطالبه",
    // attacking in words while marching: "راحوا يهاجمون رئيس الوزراء"
    "هاجموا",
    "يهاجمون",
    "مهاجمين",
];

/// Verbs and nouns of a clash: protesters clashing with someone ("اشتبك المتظاهرون مع
/// الشرطة") protest against them.
pub static CLASH_WORDS: &[&str] = &[
    "اشتبك",
    "اشتبكت",
    "اشتبكوا",
    "يشتبكون",
    "اشتباك",
    "اشتباكات",
    "مواجهات",
    "صدامات",
    "مصادمات",
    "اصطدم",
    "اصطدموا",
    "تصادموا",
];

/// Buildings whose owner a protest in front of them addresses: "أمام مقر السفارة",
/// "توجهوا إلى مقر رئيس الوزراء".
pub static PROTEST_SITES: &[&str] = &[
    "مقر",
    "مقار",
    "مقرات",
    "سفاره",
    "قنصليه",
    "مبني",
    "منزل",
    "قصر",
    "مكتب",
    "مكاتب",
    "وزاره",
    "برلمان",
    "محكمه",
];

/// What protesters demand of someone, whose genitive is the protest's target ("مطالبين
/// برحيل الرئيس"); written with their ب where it is fused.
pub static DEMANDED: &[&str] = &[
    "رحيل",
    "برحيل",
    "استقاله",
    "باستقاله",
    "اسقاط",
    "باسقاط",
    "اقاله",
    "باقاله",
    "تنحي",
    "بتنحي",
    "محاكمه",
    "بمحاكمه",
];

/// Words after which "على" names what a protest is against ("احتجاجا على").
pub static PROTEST_PURPOSES: &[&str] = &[
    "احتجاجا",
    "احتجاج",
    "للاحتجاج",
    "احتجاجات",
    "تنديدا",
    "اعتراضا",
    "احتجوا",
    "احتج",
    "يحتجون",
    "محتجين",
    "ثوره",
];

/// Time adverbs that stand between a verb and its subject ("تظاهر أمس آلاف").
pub static TIME_WORDS: &[&str] = &[
    "امس",
    "اليوم",
    "الليله",
    "مساء",
    "صباح",
    "فجر",
    "ظهر",
    "عصر",
    "ليل",
    "اول",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "ليلا",
    "نهارا",
    // (whole: "فجرا" is not ف + جرا)
    "فجرا",
    "صباحا",
    "ظهرا",
    "عصرا",
];

/// "others", closing a counted chunk ("ثلاثة جنود آخرين").
pub static OTHERS: &[&str] = &["اخر", "اخرين", "اخرون", "اخري", "اخريات"];

/// Words that round a count ("نحو مائتي شخص", "اكثر من الف").
pub static APPROXIMATORS: &[&str] = &[
    "نحو",
    "حوالي",
    "قرابه",
    "زهاء",
    "اكثر",
    "اقل",
    "ما",
    "يقارب",
    "لا",
    "يقل",
    "عن",
    "عدد",
    "ميات",
    "الاف",
    "عشرات",
    "الوف",
    "الالاف",
    "الميات",
    "العشرات",
];

/// Words that open an adverbial after a verb, besides the time words: after a harmful
/// verb with its subject before it, they show that no object follows ("جندي قتل في هجوم",
/// "عشرة قتلوا امس").
pub static ADVERBIAL_OPENERS: &[&str] = &[
    "يوم",
    "ليله",
    "جراء",
    "اثر",
    "بسبب",
    "نتيجه",
    "حين",
    "عندما",
    "بينما",
    "لدي",
    "عند",
    "اثناء",
    "خلال",
    "بعد",
    "قبل",
    "منذ",
    "حتي",
    "داخل",
    "قرب",
    "وسط",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "في",
    "علي",
    "من",
    "الي",
    "مع",
    "بنيران",
    "برصاص",
    "ايضا",
    "كذلك",
    "بدوره",
    "فيما",
    "بجروح",
    "بعدما",
    "حيث",
    "اذ",
    "لاحقا",
];

/// Sectors whose members are usually victims rather than perpetrators.
pub static VICTIM_SECTORS: &[&str] = &[
    "CVL", "REF", "JRN", "MED", "EDU", "AGR", "LAB", "REL", "SOC",
];

/// Sectors whose seat a protest addresses by standing before it: a government, a court,
/// a parliament, a party in power, the forces; not a union or a company, whose halls
/// are often only where protesters meet.
pub static AUTHORITY_SECTORS: &[&str] = &["GOV", "JUD", "LEG", "MIL", "COP", "SPY", "PTY"];

/// Sectors that bear arms.
pub static ARMED_SECTORS: &[&str] = &["MIL", "REB", "PRM", "UAF", "COP", "SPY", "CRM"];

/// Whether a sector, when there is one, bears arms.
pub fn is_armed(sector: Option<&str>) -> bool {
    sector.is_some_and(|s| ARMED_SECTORS.contains(&s))
}

/// Nouns that head a group's name ("جماعة «بوكو حرام»", "حركة حماس").
pub static GROUP_HEADS: &[&str] = &[
    "جماعه",
    "الجماعه",
    "حركه",
    "الحركه",
    "تنظيم",
    "التنظيم",
    "جبهه",
    "الجبهه",
    "كتايب",
    "لواء",
    "فصيل",
    "الفصيل",
    "ميليشيا",
    "مليشيا",
    "حزب",
    "الحزب",
    "تيار",
    "التيار",
    "ايتلاف",
    "تحالف",
    "منظمه",
    "المنظمه",
    "هييه",
    "شبكه",
    "سرايا",
    "عصايب",
    "فيلق",
];

/// The group heads that name a group even when the text gives no antecedent ("فجرت
/// الجبهة", "تبنت الحركة"): not those that are also events or titles (التحالف، اللواء),
/// bodies of any kind (الهيئة، المنظمة) or loose alignments (التيار، الشبكة).
pub static UNNAMED_GROUP_HEADS: &[&str] = &[
    "جماعه",
    "حركه",
    "تنظيم",
    "جبهه",
    "كتايب",
    "فصيل",
    "ميليشيا",
    "مليشيا",
    "حزب",
    "سرايا",
    "عصايب",
    "فيلق",
];

/// A crowd told by its size alone: "تظاهر الآلاف", "اعتصم العشرات".
pub static CROWD_COUNTS: &[&str] = &[
    "الاف",
    "الالاف",
    "الوف",
    "الالوف",
    "ميات",
    "الميات",
    "عشرات",
    "العشرات",
];

/// Words that give the cause of a toll: "قُتل … جراء غارات", "إثر انفجار", "بسبب القصف".
pub static CAUSES: &[&str] = &["جراء", "اثر", "بسبب", "نتيجه", "بفعل", "خلال", "في"];

/// Verbs that declare an act of the speaker's own ("أعلن حالة الطوارئ", "قررت الحكومة").
pub static DECLARE: &[&str] = &[
    "اعلن",
    "اعلنت",
    "اعلنوا",
    "يعلن",
    "تعلن",
    "قرر",
    "قررت",
    "قرروا",
    "يقرر",
    "تقرر",
];

/// Nouns that head an institution's name, whose purpose follows with لـ ("بعثة الأمم
/// المتحدة لدعم …", "اللجنة الدولية لتقصي الحقائق").
pub static INSTITUTION_HEADS: &[&str] = &[
    "بعثه",
    "لجنه",
    "مكتب",
    "مفوضيه",
    "صندوق",
    "برنامج",
    "مركز",
    "وكاله",
    "جمعيه",
    "منظمه",
    "هييه",
    "معهد",
    "مرصد",
    "شبكه",
    "رابطه",
    "مبادره",
    "حمله",
];

/// Nouns of those who speak for a group: a chunk they head is coded as the group
/// ("وفد المعارضة").
pub static DELEGATES: &[&str] = &[
    "وفد",
    "الوفد",
    "وفدا",
    "وفود",
    "ممثل",
    "ممثلو",
    "ممثلي",
    "ممثلا",
    "مندوب",
    "مندوبو",
    "مندوبي",
    "مبعوث",
    "مبعوثو",
    "وفدي",
];

/// Words after which a spelling shared by a perfect verb and its verbal noun (قتل، خطف،
/// قصف) is the noun: prepositions that never govern a finite verb and nouns that take a
/// verbal noun as their genitive ("محاولة قتل", "قضية خطف", "بعد قتل").
pub static MASDAR_GOVERNORS: &[&str] = &[
    "في",
    "الي",
    "علي",
    "عن",
    "ضد",
    "بعد",
    "قبل",
    "خلال",
    "اثناء",
    "عقب",
    "اثر",
    "جراء",
    "بسبب",
    "بشان",
    "محاوله",
    "محاولات",
    "عمليه",
    "عمليات",
    "قضيه",
    "قضايا",
    "قصه",
    "تهمه",
    "تهم",
    "جريمه",
    "جرايم",
    "حادث",
    "حادثه",
    "حوادث",
    "مسووليه",
    "اعمال",
    "حمله",
    "حملات",
    "سلسله",
    "موجه",
    "مخطط",
    "مخططات",
    "موامره",
    "خطه",
    "ملف",
    "ظاهره",
    // "أي دعم", "كل قصف": a quantifier takes a noun, never a verb
    "اي",
    "كل",
    "ايه",
    // the passive of a verbal noun: "تمّ نشر وحدات", "يجري إخلاء"
    "تم",
    "يتم",
    "سيتم",
    "جري",
    "يجري",
];

/// Words that make an "attack" verbal when they follow it: "هاجم X قائلا …", "… بشدة".
pub static VERBAL_MANNER: &[&str] = &[
    "قايلا",
    "قايله",
    "قايلين",
    "معتبرا",
    "معتبره",
    "معتبرين",
    "واصفا",
    "واصفه",
    "واصفين",
    "متهما",
    "متهمه",
    "متهمين",
    "بشده",
];

/// What is said or written: an attack "في خطاب" or made by slogans is in words.
pub static UTTERANCES: &[&str] = &[
    "خطاب",
    "كلمه",
    "تصريح",
    "تصريحات",
    "بيان",
    "مقابله",
    "مقال",
    "مقاله",
    "موتمر",
    "شعار",
    "شعارات",
    "هتافات",
    "صحيفه",
    "افتتاحيه",
    "رساله",
    "تغريده",
    "كتاب",
];

/// Words of five letters or more that begin like a future verb (ست، سن) and are not.
pub static FUTURE_LOOKALIKES: &[&str] = &[
    "سنوات",
    "سنتين",
    "سنتان",
    "سنويا",
    "سنويه",
    "سنوي",
    "سنيه",
    "سنيون",
    "سنيين",
    "سنجار",
    "سنجاري",
    "سندات",
    "سناتور",
    "سنغافوره",
    "سنتيمتر",
    "سنتيمترات",
    "ستيفن",
    "ستاره",
    "ستاير",
    "سترات",
    "ستريت",
    "ستوكهولم",
    "ستراسبورغ",
    "ستالين",
    "ستراتيجيه",
    "ستديو",
    "ستوديو",
];

/// Buildings, vehicles and works an attack strikes, besides the military targets of
/// `TARGET_NOUNS`: "انفجرت عبوة أمام مبنى البلدية".
pub static FACILITIES: &[&str] = &[
    "مكتب",
    "مكاتب",
    "مطعم",
    "مقهي",
    "مقصف",
    "مديريه",
    "مبني",
    "مباني",
    "مستشفي",
    "مدرسه",
    "مدارس",
    "مسجد",
    "مساجد",
    "جامع",
    "كنيسه",
    "حسينيه",
    "سوق",
    "فندق",
    "حافله",
    "حافلات",
    "قطار",
    "قطارات",
    "طايرات",
    "مروحيه",
    "سفينه",
    "زورق",
    "دبابه",
    "دبابات",
    "مدرعه",
    "جسر",
    "محطه",
    "سفاره",
    "قنصليه",
    "وزاره",
    "مجمع",
    "مجمعات",
    "عياده",
    "منشاه",
    "منشات",
    "مصنع",
    "شاحنه",
    "مخفر",
    "اجتماع",
    "حفل",
    "موكب",
];

/// Words before the thing an attack struck: "على", "أمام مكاتب", "استهدف مقصفا".
pub static STRUCK_MARKERS: &[&str] = &[
    "علي",
    "ضد",
    "امام",
    "خارج",
    "داخل",
    "قرب",
    "عند",
    "مرور",
    "استهدف",
    "استهدفت",
    "استهدفوا",
    "مستهدفا",
    "مستهدفه",
    "يستهدف",
    "تستهدف",
];

/// Verbs that drive someone to an act: "دفع X إلى الانسحاب", "أجبر X على …" (with إلى).
pub static DRIVE_VERBS: &[&str] = &[
    "دفع",
    "دفعت",
    "يدفع",
    "تدفع",
    "اجبر",
    "اجبرت",
    "يجبر",
    "تجبر",
    "اضطر",
    "اضطرت",
    "ارغم",
    "ارغمت",
    "قاد",
    "قادت",
];

/// Titles of office that head a chunk ("رئيس الوزراء", "المتحدث باسم …"): an official is
/// not filled in as an attack's doer from elsewhere in the sentence.
pub static TITLES: &[&str] = &[
    "رييس",
    "وزير",
    "نايب",
    "امين",
    "متحدث",
    "ناطق",
    "سفير",
    "مبعوث",
    "محافظ",
];

/// Verbs of committing to an act: "ستلتزم بوقف إطلاق النار".
pub static COMMIT_VERBS: &[&str] = &[
    "التزم",
    "التزمت",
    "التزموا",
    "يلتزم",
    "تلتزم",
    "يلتزمون",
    "نلتزم",
    "تعهد",
    "تعهدت",
    "تعهدوا",
    "يتعهد",
    "تتعهد",
    "عمل",
    "يعمل",
    "تعمل",
    "نعمل",
];

/// Words that frame an act by one made before ("ضمن اتفاق التسوية", "استجابة لدعوة",
/// "في انتهاك لحظر الأسلحة", "بموجب الاتفاق"): the noun after them is no new event.
pub static FRAMES: &[&str] = &[
    "ضمن",
    "بموجب",
    "وفق",
    "وفقا",
    "طبقا",
    "استجابه",
    "تلبيه",
    "انتهاك",
    "انتهاكا",
    "خرق",
    "خرقا",
    "تطبيقا",
    "تنفيذا",
];

/// Verbs of taking part in an event: "شارك في المفاوضات".
pub static TAKE_PART: &[&str] = &[
    "شارك",
    "شاركت",
    "شاركوا",
    "يشارك",
    "تشارك",
    "يشاركون",
    "نشارك",
    "اشارك",
    "حضر",
    "حضرت",
    "يحضر",
    "تحضر",
];

/// Ground held or given up, besides settlements (`PLACE_NOUNS`): "انسحب من الموانئ".
pub static GROUND_NOUNS: &[&str] = &[
    "ميناء",
    "مواني",
    "مرفا",
    "ساحل",
    "جزيره",
    "جزر",
    "حقل",
    "حقول",
    "تله",
    "تلال",
    "معسكر",
    "ثكنه",
    "مستوطنه",
    "مستوطنات",
    "اراضي",
    "ارض",
    "حدود",
    "شريط",
    "طريق",
    "اوتوستراد",
];

/// Capitals that stand for their state when they are a verb's subject ("إن بغداد لم تطلب",
/// "دمشق ترفض"), and the state's actor id. Elsewhere they are places, so they are not
/// aliases of their states in `data/actors/states.tsv`.
pub const CAPITAL_METONYMS: &[(&str, &str)] = &[
    ("بغداد", "irq"),
    ("دمشق", "syr"),
    ("بيروت", "lbn"),
    ("صنعاء", "yem"),
    ("القاهره", "egy"),
    ("الرياض", "sau"),
    ("انقره", "tur"),
    ("الدوحه", "qat"),
    ("الخرطوم", "sdn"),
    ("الرباط", "mar"),
    ("الكويت", "kwt"),
    ("مسقط", "omn"),
    ("المنامه", "bhr"),
    ("باريس", "fra"),
    ("لندن", "gbr"),
    ("برلين", "deu"),
    ("بكين", "chn"),
    ("كابول", "afg"),
    ("تل ابيب", "isr"),
];

/// Particles that may stand between a subject and its verb: "بغداد لم تطلب".
pub static VERB_PARTICLES: &[&str] = &["لم", "لن", "لا", "قد", "ما"];

/// Categories whose verb speaks about an act of others: its subject condemns, asks about,
/// discusses or protests the event it governs ("أدانت الحكومة الهجوم"), and does not do it.
pub static ABOUT_OTHERS: &[&str] = &["ACCUSE", "REQUEST", "CONSULT", "PROTEST"];

/// Units that count casualties or captives: a toll, not the size of a crowd.
pub static TOLL_UNITS: &[&str] = &["killed", "wounded", "detained", "missing", "abducted"];

/// Quantity unit nouns (normalized, article stripped) and the unit they report.
pub const UNITS: &[(&str, &str)] = &[
    ("مقاتل", "fighters"),
    ("مقاتلا", "fighters"),
    ("مقاتلين", "fighters"),
    ("مقاتلون", "fighters"),
    ("عنصر", "fighters"),
    ("عنصرا", "fighters"),
    ("عناصر", "fighters"),
    ("مسلح", "fighters"),
    ("مسلحا", "fighters"),
    ("مسلحين", "fighters"),
    ("جندي", "soldiers"),
    ("جنديا", "soldiers"),
    ("جنود", "soldiers"),
    ("قتيل", "killed"),
    ("قتيلا", "killed"),
    ("قتلي", "killed"),
    ("جريح", "wounded"),
    ("جريحا", "wounded"),
    ("جرحي", "wounded"),
    ("مصاب", "wounded"),
    ("مصابا", "wounded"),
    ("مصابين", "wounded"),
    ("نازح", "displaced"),
    ("نازحا", "displaced"),
    ("نازحين", "displaced"),
    ("لاجي", "refugees"),
    ("لاجيا", "refugees"),
    ("لاجيين", "refugees"),
    ("شخص", "people"),
    ("شخصا", "people"),
    ("اشخاص", "people"),
    ("مدني", "civilians"),
    ("مدنيا", "civilians"),
    ("مدنيين", "civilians"),
    ("مدنيون", "civilians"),
    ("طفل", "children"),
    ("طفلا", "children"),
    ("اطفال", "children"),
    ("معتقل", "detained"),
    ("معتقلا", "detained"),
    ("معتقلين", "detained"),
    ("موقوف", "detained"),
    ("موقوفا", "detained"),
    ("موقوفين", "detained"),
    ("نايبا", "members"),
    ("نواب", "members"),
    ("عضوا", "members"),
    ("اعضاء", "members"),
    ("متظاهر", "protesters"),
    ("متظاهرا", "protesters"),
    ("متظاهرين", "protesters"),
    ("متظاهرون", "protesters"),
    ("مواطن", "people"),
    ("مواطنا", "people"),
    ("مواطنين", "people"),
    ("شهيد", "killed"),
    ("شهيدا", "killed"),
    ("شهداء", "killed"),
    ("شهدا", "killed"),
    ("ضحيه", "killed"),
    ("ضحايا", "killed"),
    ("عائله", "families"),
    ("عائلات", "families"),
    ("اسره", "families"),
    ("مفقود", "missing"),
    ("مختطف", "abducted"),
    ("اسير", "prisoners"),
    ("اسيرا", "prisoners"),
    ("اسري", "prisoners"),
    ("سجين", "prisoners"),
    ("سجينا", "prisoners"),
    ("سجناء", "prisoners"),
    ("سجنا", "prisoners"),
    ("رهينه", "hostages"),
    ("رهاين", "hostages"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list, by name.
    fn all_lists() -> [(&'static str, &'static [&'static str]); 61] {
        [
            ("TITLES", TITLES),
            ("FRAMES", FRAMES),
            ("WORDLIKE_PLACES", WORDLIKE_PLACES),
            ("COMMIT_VERBS", COMMIT_VERBS),
            ("TOPONYM_HEADS", TOPONYM_HEADS),
            ("TOPONYM_STARTS", TOPONYM_STARTS),
            ("NOT_TOPONYMS", NOT_TOPONYMS),
            ("CLASH_WORDS", CLASH_WORDS),
            ("PROTEST_SITES", PROTEST_SITES),
            ("VERB_PARTICLES", VERB_PARTICLES),
            ("GROUND_NOUNS", GROUND_NOUNS),
            ("TAKE_PART", TAKE_PART),
            ("DRIVE_VERBS", DRIVE_VERBS),
            ("FACILITIES", FACILITIES),
            ("STRUCK_MARKERS", STRUCK_MARKERS),
            ("FUTURE_LOOKALIKES", FUTURE_LOOKALIKES),
            ("VERBAL_MANNER", VERBAL_MANNER),
            ("UTTERANCES", UTTERANCES),
            ("MASDAR_GOVERNORS", MASDAR_GOVERNORS),
            ("DELEGATES", DELEGATES),
            ("INSTITUTION_HEADS", INSTITUTION_HEADS),
            ("DECLARE", DECLARE),
            ("CAUSES", CAUSES),
            ("GROUP_HEADS", GROUP_HEADS),
            ("PREPOSITIONS", PREPOSITIONS),
            ("QUANTIFIERS", QUANTIFIERS),
            ("TARGET_NOUNS", TARGET_NOUNS),
            ("AFFILIATED", AFFILIATED),
            ("WITHOUT", WITHOUT),
            ("RESULT_VERBS", RESULT_VERBS),
            ("DEMANDED", DEMANDED),
            ("OCCURRENCE_VERBS", OCCURRENCE_VERBS),
            ("LIGHT_VERBS", LIGHT_VERBS),
            ("NEGATION", NEGATION),
            ("PLANNED", PLANNED),
            ("HYPOTHETICAL", HYPOTHETICAL),
            ("SPEECH", SPEECH),
            ("ACCORDING_TO", ACCORDING_TO),
            ("DENIAL", DENIAL),
            ("CONTINUATION", CONTINUATION),
            ("COMPLEMENTIZERS", COMPLEMENTIZERS),
            ("RELATIVES", RELATIVES),
            ("NEAR", NEAR),
            ("PLACE_NOUNS", PLACE_NOUNS),
            ("DIRECTIONS", DIRECTIONS),
            ("PLACE_PARTS", PLACE_PARTS),
            ("COMPASS_ADJECTIVES", COMPASS_ADJECTIVES),
            ("DUAL_ANAPHORS", DUAL_ANAPHORS),
            ("UNNAMED_GROUP_HEADS", UNNAMED_GROUP_HEADS),
            ("CROWD_COUNTS", CROWD_COUNTS),
            ("SURVIVE_VERBS", SURVIVE_VERBS),
            ("DEMAND_VERBS", DEMAND_VERBS),
            ("PROTEST_PURPOSES", PROTEST_PURPOSES),
            ("TIME_WORDS", TIME_WORDS),
            ("APPROXIMATORS", APPROXIMATORS),
            ("OTHERS", OTHERS),
            ("PROVIDES_FOR", PROVIDES_FOR),
            ("PROPOSALS", PROPOSALS),
            ("CHARGE_WORDS", CHARGE_WORDS),
            ("DEFUSE_WORDS", DEFUSE_WORDS),
            ("ADVERBIAL_OPENERS", ADVERBIAL_OPENERS),
        ]
    }

    #[test]
    fn every_long_list_is_looked_up_in_its_hash_set() {
        // the address a caller passes is the one the sets are keyed by
        for (name, list) in all_lists() {
            if list.len() >= 10 {
                assert!(sets().contains_key(&(list.as_ptr() as usize)), "{name}");
            }
        }
    }

    #[test]
    fn every_word_list_is_written_in_normal_form() {
        // the reader compares normalized tokens: a list entry with ة, ى or a hamza seat
        // would never match
        for (name, list) in all_lists() {
            for w in list {
                assert_eq!(&khayt_text::normalize(w), w, "{name}: {w}");
            }
        }
    }

    #[test]
    fn conjunctions_are_stripped_but_not_from_words_that_begin_with_them() {
        assert_eq!(strip_conj("وقال"), "قال");
        assert_eq!(strip_conj("وفي"), "في");
        assert_eq!(strip_conj("فيه"), "فيه");
        assert_eq!(strip_conj("وفقا"), "وفقا");
        assert_eq!(strip_conj("وسط"), "وسط");
    }
}

/// The longer word lists as hash sets, built once: the reader tests every token against
/// several of them, and a linear scan of seventy strings per token dominated its time.
fn sets() -> &'static rustc_hash::FxHashMap<usize, rustc_hash::FxHashSet<&'static str>> {
    static SETS: std::sync::OnceLock<
        rustc_hash::FxHashMap<usize, rustc_hash::FxHashSet<&'static str>>,
    > = std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        let lists: [&'static [&'static str]; 44] = [
            PLACE_PARTS,
            FRAMES,
            WORDLIKE_PLACES,
            COMMIT_VERBS,
            TOPONYM_HEADS,
            TOPONYM_STARTS,
            NOT_TOPONYMS,
            CLASH_WORDS,
            PROTEST_SITES,
            SPEECH,
            PLANNED,
            PREPOSITIONS,
            NEGATION,
            LIGHT_VERBS,
            OCCURRENCE_VERBS,
            TARGET_NOUNS,
            PLACE_NOUNS,
            DUAL_ANAPHORS,
            QUANTIFIERS,
            CONTINUATION,
            DIRECTIONS,
            DEMAND_VERBS,
            DEMANDED,
            PROTEST_PURPOSES,
            TIME_WORDS,
            APPROXIMATORS,
            ADVERBIAL_OPENERS,
            PROPOSALS,
            CHARGE_WORDS,
            DEFUSE_WORDS,
            GROUP_HEADS,
            UNNAMED_GROUP_HEADS,
            DECLARE,
            INSTITUTION_HEADS,
            DELEGATES,
            MASDAR_GOVERNORS,
            VERBAL_MANNER,
            UTTERANCES,
            FUTURE_LOOKALIKES,
            FACILITIES,
            STRUCK_MARKERS,
            DRIVE_VERBS,
            TAKE_PART,
            GROUND_NOUNS,
        ];
        lists
            .iter()
            .map(|l| (l.as_ptr() as usize, l.iter().copied().collect()))
            .collect()
    })
}

/// Whether `w` is in `list`: a hash lookup for the long lists (found by the list's
/// address, which a static keeps), a scan for the short ones.
pub fn is(list: &'static [&'static str], w: &str) -> bool {
    match sets().get(&(list.as_ptr() as usize)) {
        Some(set) => set.contains(w),
        None => list.contains(&w),
    }
}

#[cfg(test)]
mod set_tests {
    use super::*;

    #[test]
    fn list_membership_agrees_with_the_lists() {
        for l in [
            SPEECH,
            PLANNED,
            PREPOSITIONS,
            NEGATION,
            RELATIVES,
            COMPLEMENTIZERS,
        ] {
            for w in l {
                assert!(is(l, w));
            }
            assert!(!is(l, "كلمة_ليست_هنا"));
        }
    }
}
