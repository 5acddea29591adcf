"""Un-lemmatizing UniversalPETRARCH's Arabic dictionary phrases (stdlib only).

UniversalPETRARCH stores phrases as lemmas joined by `_` (`وزارة_دفاع_أميركي_`): the
article, gender/number agreement and attached particles are gone. `surface()` puts back
what a shallow rule set can restore reliably:

- fixed phrases whose surface is known (خادم الحرمين الشريفين, الأمم المتحدة…), and nouns
  that are plural in names (رئيس وزير → رئيس الوزراء, قوة أمن → قوات الأمن);
- the article on the last noun of a construct chain and on the adjectives that follow it
  (only on words known to be common nouns/adjectives: proper names stay bare);
- adjective gender: nationality adjectives agree with the head of the phrase
  (وزارة الدفاع الأميركية), other adjectives with the nearest common noun before them
  (قوات الدفاع الجوي, المحكمة الجنائية الدولية);
- particles written as separate tokens are attached (ل + ال → لل, و، ب).

`name_surface()` does the same for names of people: titles at the front are inflected like
phrases (رئيس الوزراء), `عبد X` → `عبد الX`, `نور دين` → `نور الدين`, ordinals get the
article (الملك الحسن الثاني).

Anything not covered keeps the lemma form, spaced: the matcher still finds the bare form.
"""

from __future__ import annotations

import re

from lexcommon import COUNTRIES, fold

# ------------------------------------------------------------------ word classes

PREPS = {"ل", "ب", "في", "من", "على", "عن", "لدى", "إلى", "الى", "مع", "ضد", "أجل", "اجل", "حول",
         "بين", "لدي"}
ATTACHING = {"ل", "ب", "و", "ك"}

# Person titles (at the front of a name).
TITLES = set("""رئيس رئيسة وزير وزيرة أمير أميرة شيخ شيخة ملك ملكة جنرال نائب نائبة سفير سفيرة
دكتور دكتورة عاهل قائد مستشار مستشارة أمين مدير مديرة ضابط عضو ممثل متحدث فريق عقيد عميد رائد
لواء مقدم نقيب ملازم سيد سيدة حاكم محافظ مفتي إمام امام بطريرك قاضي قاضية مبعوث مبعوثة الأدميرال
أدميرال جنرال سيناتور النائب البرلماني برلماني زعيم زعيمة  السناتور المستشار الرئيس
الملك الأمير الشيخ الدكتور الجنرال الوزير مرشد  المشير مشير الرئيسة ولي
خادم مساعد مساعدة وكيل مندوب مندوبة منسق منسقة مفوض مفوضة قنصل المطران مطران الأب البابا بابا
الكاردينال كاردينال  الوزيرة الأميرة الشيخة""".split())

# Heads of organisation names → khayt actor type (None: decided by the sector).
ORG_HEADS = {
    "وزارة": "ministry", "وزارت": "ministry", "حكومة": "government", "رئاسة": "government",
    "ديوان": "government", "سفارة": "government", "قنصلية": "government", "بلدية": "government",
    "مجلس": None, "برلمان": "government", "كونغرس": "government", "كنيست": "government",
    "جمعية": None, "هيئة": None, "لجنة": None, "مفوضية": None, "مكتب": None, "إدارة": None,
    "سلطة": "government", "جمهورية": "state", "مملكة": "state", "دولة": "state", "إمارة": "state",
    "جيش": "military", "قوة": None, "قوات": None, "سلاح": "military", "بحرية": "military",
    "فرقة": None, "كتيبة": None, "فيلق": None, "لواء": None, "قيادة": None, "أركان": "military",
    "ثكنة": "military", "قاعدة": None, "حرس": None, "شرطة": "security", "درك": "security",
    "أمن": "security", "جهاز": None, "مخابرات": "intelligence", "استخبارات": "intelligence",
    "استخبار": "intelligence", "مديرية": None, "فرع": None,
    "حزب": "party", "تيار": "party", "كتلة": "party", "ائتلاف": "party", "تجمع": "party",
    "حركة": None, "جبهة": None, "جماعة": None, "تنظيم": None, "كتائب": "armed_group",
    "سرايا": "armed_group", "عصائب": "armed_group", "ميليشيا": "armed_group",
    "مليشيا": "armed_group", "فصيل": "armed_group", "فصيلة": "armed_group", "تحالف": "coalition",
    "حلف": "coalition", "اتحاد": None, "رابطة": None, "منظمة": None, "مؤسسة": None, "مركز": None,
    "معهد": None, "مرصد": "monitor", "شبكة": None, "منتدى": None, "نقابة": None, "صندوق": None,
    "بنك": "other", "مصرف": "other", "شركة": "other", "مجموعة": None, "جامعة": None,
    "أكاديمية": "other", "مدرسة": "other", "محكمة": "government", "قضاء": None, "نيابة": "government",
    "صحيفة": "media", "جريدة": "media", "وكالة": None, "قناة": "media", "تلفزيون": "media",
    "إذاعة": "media", "مجلة": "media", "موقع": "media", "وسيلة": "media", "فضائية": "media",
    "قبيلة": "tribe", "عشيرة": "tribe", "عشائر": "tribe", "كنيسة": "religious", "مسجد": "religious",
    "أزهر": "religious", "بعثة": None, "قصر": "government", "بيت": None, "نظام": "government",
    "سجن": "other", "ناد": "other", "نادي": "other", "مستشفى": "other", "هلال": "ngo", "صليب": "ngo",
}

# Heads of place phrases.
PLACE_HEADS = set("""عاصمة منطقة مدينة ولاية محافظة إقليم قضاء جزيرة جزر بلدة قرية حي مطار مخيم
ميناء قطاع ضفة جنوب شمال شرق غرب أرض أراضي نهر جبل بحر خليج مضيق سهل وادي صحراء شبه ناحية مقاطعة
شارع ساحة ريف مرتفعات هضبة قلعة معبر حدود شاطئ سواحل ساحل""".split())

# Adjectives that are not -ي nisbas.
PLAIN_ADJ = set("""عام خاص أعلى متحد متحدة حر جديد كبير صغير أحمر أخضر أبيض أسود شريف أول مؤقت موحد
مشترك مستقل مسلح حاكم معارض سابق حالي مقبل دائم متعدد أعظم عظمى أوسط أدنى أقصى أكبر عليا علي
مركزي تنفيذي حرة مستقلة عامة خاصة كبرى وسطى شمالي جنوبي شرقي غربي ثاني ثالث رابع خامس ذري ذرية
خارجي داخلي أعلي حرا متطرف إرهابي انتقالي موحدة مقاوم شعبي""".split())

# Words ending in ي/ية that are nouns, never adjectives.
NOUN_YA = set("""جمهورية مفوضية قنصلية بلدية خارجية داخلية مالية أكاديمية ميليشيا مليشيا فضائية
قاضي محامي وادي نادي كرسي رأي مرمى والي ساعي جندي أهالي أراضي ضواحي نواحي ليالي معالي
أكثرية أقلية شرطي بحرية علي مهدي هادي تركي ناجي فتحي حلمي صبحي رمزي شوقي لطفي مكي زكي راضي
نبي قاضي مستشفى تنمية تربية تقوية حرية رعاية حماية ولاية بداية نهاية هداية رواية قضية جمعية
أولوية عضوية هوية ضحية سرية ميزانية اتفاقية استراتيجية إستراتيجية آلية بنية مديرية كلية ثانوية
حسينية تكية تسوية تعبئة تهدئة تصفية توعية تغطية تعزية مرجعية وصية أمنية""".split())

# Adjectives that agree with the head of the whole phrase (nationalities and the like).
HEAD_ADJ = {fold(a) for c in COUNTRIES.values() for a in c["adj"]}
HEAD_ADJ |= {fold(a) for a in """دولي عربي أوروبي أوربي خليجي أفريقي إفريقي آسيوي أمريكي أميركي
كردي كردستاني فارسي عالمي أممي لاتيني""".split()}
ORDINALS_BARE = {fold(w) for w in ("ثاني", "ثالث", "رابع", "خامس", "سادس", "أول")}

# Country names written with the article; the lemmas drop it (سودان → السودان).
COUNTRY_DEF = {fold(n[2:]): n for c in COUNTRIES.values() for n in c["ar"]
               if n.startswith("ال") and " " not in n}


def strip_article(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def is_adj(w: str, vocab: set[str]) -> bool:
    b = strip_article(w)
    if b in NOUN_YA or fold(b) in {fold(x) for x in ("جمهورية", "مفوضية")}:
        return False
    if b in PLAIN_ADJ or fold(b) in HEAD_ADJ:
        return True
    if re.search("(ي|ية)$", b) and len(b) >= 4:
        return True
    return False


def is_head_adj(w: str) -> bool:
    b = fold(strip_article(w))
    if b.endswith("يه"):
        b = b[:-1]
    return b in HEAD_ADJ


# ------------------------------------------------------------------ fixed phrases
# lemma tokens → surface tokens (matched on folded tokens, longest first).
_PHRASES = """
خادم حرمان شريف|خادم الحرمين الشريفين
حرمان شريف|الحرمين الشريفين
أمة متحدة|الأمم المتحدة
أمة متحد|الأمم المتحدة
أمة المتحدة|الأمم المتحدة
الأمم متحدة|الأمم المتحدة
ولاية متحدة|الولايات المتحدة
ولاية متحد|الولايات المتحدة
ولاية المتحدة|الولايات المتحدة
إمارة عربي متحد|الإمارات العربية المتحدة
إمارة عربية متحدة|الإمارات العربية المتحدة
إمارة العربية المتحدة|الإمارات العربية المتحدة
مملكة متحدة|المملكة المتحدة
مملكة متحد|المملكة المتحدة
إخوان مسلم|الإخوان المسلمين
أخوان مسلم|الإخوان المسلمين
رئيس وزير|رئيس الوزراء
رئيسة وزير|رئيسة الوزراء
رئاسة وزير|رئاسة الوزراء
مجلس وزير|مجلس الوزراء
مجلس نائب|مجلس النواب
مجلس شيخ|مجلس الشيوخ
مجلس شورى|مجلس الشورى
مجلس أمة|مجلس الأمة
حق إنسان|حقوق الإنسان
حقوق إنسان|حقوق الإنسان
قوة أمن|قوات الأمن
قوة مسلح|القوات المسلحة
قوة مسلحة|القوات المسلحة
قوة خاص|القوات الخاصة
قوة خاصة|القوات الخاصة
قوة جوي|القوات الجوية
قوة جوية|القوات الجوية
قوة بحري|القوات البحرية
قوة بري|القوات البرية
قوة دفاع|قوات الدفاع
قوة حفظ سلام|قوات حفظ السلام
حفظ سلام|حفظ السلام
قوة متعدد جنسية|القوات المتعددة الجنسيات
متعدد جنسية|المتعددة الجنسيات
وكالة نبأ|وكالة الأنباء
حزب عامل|حزب العمال
حزب عمال|حزب العمال
شأن خارجي|الشؤون الخارجية
شأن خارجية|الشؤون الخارجية
مصدر مائي|الموارد المائية
رجل عمل|رجل الأعمال
رجال عمل|رجال الأعمال
سيدة عمل|سيدة الأعمال
رئيس ركن|رئيس الأركان
رئاسة ركن|رئاسة الأركان
هيئة ركن|هيئة الأركان
حرس ثوري|الحرس الثوري
حرس ثورة|حرس الثورة
حرس جمهوري|الحرس الجمهوري
حرس وطني|الحرس الوطني
حرس حد|حرس الحدود
حرس حدود|حرس الحدود
هلال أحمر|الهلال الأحمر
صليب أحمر|الصليب الأحمر
جامعة دولة عربي|جامعة الدول العربية
جامعة دول عربي|جامعة الدول العربية
جامعة دولة عربية|جامعة الدول العربية
جامعة عربي|الجامعة العربية
مجلس تعاون خليجي|مجلس التعاون الخليجي
مجلس تعاون|مجلس التعاون
مجلس أمن دولي|مجلس الأمن الدولي
مجلس أمن|مجلس الأمن
اتحاد أوروبي|الاتحاد الأوروبي
اتحاد الاوروبي|الاتحاد الأوروبي
اتحاد أفريقي|الاتحاد الأفريقي
منظمة مؤتمر إسلامي|منظمة المؤتمر الإسلامي
منظمة تعاون إسلامي|منظمة التعاون الإسلامي
منظمة تحرير فلسطيني|منظمة التحرير الفلسطينية
سلطة فلسطيني|السلطة الفلسطينية
ضفة غربي|الضفة الغربية
قطاع غزة|قطاع غزة
وزير دولة|وزير الدولة
مكتب سياسي|المكتب السياسي
أمين عام|الأمين العام
أمانة عام|الأمانة العامة
نائب عام|النائب العام
مدعي عام|المدعي العام
مدع عام|المدعي العام
ولي عهد|ولي العهد
عدل و إحسان|العدل والإحسان
عالم مسلم|علماء المسلمين
عدالة و تنمية|العدالة والتنمية
حزب الله|حزب الله
أنصار الله|أنصار الله
آية الله|آية الله
حجة إسلام|حجة الإسلام
شرم شيخ|شرم الشيخ
الجبل أسود|الجبل الأسود
"""
PHRASES: list[tuple[list[str], list[str]]] = []
for _l in _PHRASES.strip().splitlines():
    _a, _b = _l.split("|")
    PHRASES.append(([fold(x) for x in _a.split()], _b.split()))
PHRASES.sort(key=lambda p: -len(p[0]))

# After a ministry/minister word, these lemmas are the ministry's name (feminine noun).
MINISTRY_WORDS = {fold(w) for w in ("وزارة", "وزير", "وزيرة", "وزارت")}
MINISTRY_FIX = {fold("داخلي"): "الداخلية", fold("خارجي"): "الخارجية", fold("مالي"): "المالية",
                fold("خارجية"): "الخارجية", fold("داخلية"): "الداخلية", fold("مالية"): "المالية"}

# Plurals of nouns in names (previous word, lemma) → surface; previous word None = any.
PLURAL_IN_NAMES = {
    ("مجلس", "نائب"): "نواب", ("رئيس", "وزير"): "وزراء", ("جامعة", "دولة"): "دول",
    (None, "نبأ"): "أنباء", (None, "شأن"): "شؤون", ("مجلس", "حق"): "حقوق",
    ("منظمة", "حق"): "حقوق", ("لجنة", "حق"): "حقوق", (None, "مورد"): "موارد",
    (None, "قوة"): "قوات", ("هيئة", "عملية"): "عمليات", ("نقابة", "صحافي"): "صحفيين",
    ("نقابة", "صحفي"): "صحفيين", ("نقابة", "محامي"): "محامين", ("نقابة", "طبيب"): "أطباء",
    ("نقابة", "معلم"): "معلمين", ("اتحاد", "عامل"): "عمال", ("اتحاد", "طالب"): "طلاب",
    ("حزب", "عامل"): "عمال",
}
PLURAL_WORDS = {fold(v) for v in PLURAL_IN_NAMES.values()}
_PLURAL = {(fold(a) if a else None, fold(b)): v for (a, b), v in PLURAL_IN_NAMES.items()}

FEM_PLURAL = {fold(w) for w in """قوات الأمم الولايات الإمارات الدول الموارد الشؤون قوى المحاكم
الفصائل الكتائب السرايا العصائب الميليشيات القوات""".split()}

_ADJ_FEM_IRREG = {fold("أعلى"): "عليا", fold("أحمر"): "حمراء", fold("أخضر"): "خضراء",
                  fold("أبيض"): "بيضاء", fold("أسود"): "سوداء", fold("أكبر"): "كبرى",
                  fold("أعظم"): "عظمى", fold("أوسط"): "وسطى", fold("أدنى"): "دنيا",
                  fold("أقصى"): "قصوى", fold("أول"): "أولى"}


def feminine(adj: str) -> str:
    art = adj.startswith("ال")
    b = strip_article(adj)
    if b.endswith("ة") or b.endswith("اء"):
        out = b
    elif fold(b) in _ADJ_FEM_IRREG:
        out = _ADJ_FEM_IRREG[fold(b)]
    elif b.endswith("ى"):
        out = b
    else:
        out = b + "ة"
    return ("ال" + out) if art else out


def add_article(w: str) -> str:
    if w.startswith("ال") or w.startswith("لل"):
        return w
    return "ال" + w


class Tok:
    __slots__ = ("w", "fixed", "kind")

    def __init__(self, w: str, fixed: bool = False, kind: str = ""):
        self.w = w
        self.fixed = fixed   # already a surface form: leave alone
        self.kind = kind     # "P" particle, "N" noun, "A" adjective


def _apply_phrases(words: list[str]) -> list[Tok]:
    out: list[Tok] = []
    split: list[str] = []
    for w in words:
        if w.startswith("وال") and len(w) > 5:
            split.extend(["و", w[1:]])
        else:
            split.append(w)
    words = [COUNTRY_DEF.get(fold(w), w) for w in split]
    i = 0
    fw = [fold(w) for w in words]
    while i < len(words):
        for src, dst in PHRASES:
            n = len(src)
            if fw[i:i + n] == src:
                out.extend(Tok(d, True, "N") for d in dst)
                i += n
                break
        else:
            out.append(Tok(words[i]))
            i += 1
    return out


def surface(words: list[str], vocab: set[str], definite: bool = True) -> str:
    """Surface form of a lemmatized phrase (list of lemma tokens)."""
    toks = _apply_phrases(words)
    # classify
    for j, t in enumerate(toks):
        if t.kind:
            continue
        if t.w in PREPS or t.w == "و":
            t.kind = "P"
        else:
            t.kind = "N"
    # ministry names
    for j in range(1, len(toks)):
        if fold(toks[j - 1].w) in MINISTRY_WORDS and fold(toks[j].w) in MINISTRY_FIX:
            toks[j].w = MINISTRY_FIX[fold(toks[j].w)]
            toks[j].fixed = True
    # segments between particles
    segs: list[list[Tok]] = []
    cur: list[Tok] = []
    for t in toks:
        if t.kind == "P":
            if cur:
                segs.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        segs.append(cur)
    phrase_head = None
    for si, seg in enumerate(segs):
        # nouns then adjectives: the first token is a noun, later ones adjectives if they look so
        plural = set()
        for j, t in enumerate(seg):
            if not t.fixed:
                prev = fold(strip_article(seg[j - 1].w)) if j else None
                b = fold(strip_article(t.w))
                rep = _PLURAL.get((prev, b)) or _PLURAL.get((None, b))
                if rep:
                    t.w = ("ال" + rep) if t.w.startswith("ال") else rep
                    plural.add(j)
        for j, t in enumerate(seg):
            if j > 0 and j not in plural and not t.fixed and is_adj(t.w, vocab):
                t.kind = "A"
        nouns = [j for j, t in enumerate(seg) if t.kind == "N"]
        # the chain is the run of nouns at the start
        chain_end = 0
        while chain_end < len(seg) and seg[chain_end].kind == "N":
            chain_end += 1
        chain = list(range(chain_end))
        seg_def = definite or len(chain) >= 2 or si > 0
        if chain and seg_def:
            last = seg[chain[-1]]
            if not last.fixed and _common(last.w, vocab):
                if len(chain) >= 2 or definite or si > 0:
                    last.w = add_article(last.w)
        head = seg[0]
        if phrase_head is None:
            phrase_head = head
        # adjectives
        for j in range(chain_end, len(seg)):
            t = seg[j]
            if t.kind != "A" or t.fixed:
                continue
            if fold(strip_article(t.w)) in ORDINALS_BARE and j > 0:
                target = seg[j - 1]
            elif is_head_adj(t.w):
                target = None
                for k in range(j - 1, -1, -1):
                    b = strip_article(seg[k].w)
                    if seg[k].kind == "N" and (b in ORG_HEADS or b in TITLES
                                               or fold(b) in FEM_PLURAL
                                               or fold("ال" + b) in FEM_PLURAL):
                        target = seg[k]
                        break
                target = target or (phrase_head if si == 0 else head)
            else:
                target = None
                for k in range(j - 1, -1, -1):
                    if seg[k].kind == "N" and (_common(seg[k].w, vocab) or seg[k].fixed):
                        target = seg[k]
                        break
                target = target or head
            if _is_fem(target.w):
                t.w = feminine(t.w)
            target_def = target.w.startswith("ال") or (seg_def and any(
                seg[k].w.startswith("ال") for k in chain))
            if target_def or (seg_def and definite):
                t.w = add_article(t.w)
    # join, attaching particles
    out: list[str] = []
    pending = ""
    for t in toks:
        if t.kind == "P" and t.w in ATTACHING:
            pending += t.w
            continue
        w = t.w
        if pending:
            if pending.endswith("ل") and w.startswith("ال"):
                w = pending + w[1:]
            else:
                w = pending + w
            pending = ""
        out.append(w)
    if pending:
        out.append(pending)
    return " ".join(out)


EXTRA_VOCAB = {fold(w) for w in """جهاد تحرير إنقاذ مقاومة ثورة دعوة إصلاح تنمية عدالة تغيير خلاص
نهضة إخوان شعب أمة وطن استقلال توحيد سلام بناء أمن دفاع داخلية خارجية عدل إعلام صحة تعليم
نفط طاقة مالية اقتصاد تجارة زراعة صناعة نقل اتصالات سياحة ثقافة أوقاف شؤون عمل عمال رئاسة
استخبارات مخابرات أركان عمليات حدود مشاة مدفعية بحرية مهمات طوارئ إنسان حقوق لاجئين مجتمع
مؤتمر تعاون تضامن شورى نواب شيوخ وزراء قضاء نقض تمييز استئناف جنايات إرهاب مكافحة أنباء""".split()}


def _common(w: str, vocab: set[str]) -> bool:
    b = strip_article(w)
    return (b in vocab or fold(b) in vocab or b in ORG_HEADS or b in TITLES
            or fold(b) in PLURAL_WORDS or fold(b) in EXTRA_VOCAB)


TITLE_WORDS = {fold(w) for w in """دولة شأن شؤون خارجية داخلية دفاع عام عامة سابق سابقة أول ثاني ركن
أركان جمهورية وزراء نواب شيوخ حكومة رئاسة مجلس برلمان هيئة لجنة مكتب سياسي تنفيذي أعلى عدل
مالية اقتصاد تجارة نفط طاقة صحة تعليم تربية إعلام ثقافة أوقاف زراعة داخلي خارجي مالي أمن قومي
وطني استخبارات مخابرات جيش قوات قوة بحري جوي بري عهد حرس ثوري شرطة منطقة ولاية محافظة بلدية
متحدث ناطق باسم اسم رسمي سفير سفارة فريق طيار عميد لواء عقيد حزب حركة""".split()}


def _title_part(w: str, vocab: set[str]) -> bool:
    """A word that continues a person's title (وزير الدفاع…), not the start of the name."""
    b = strip_article(w)
    return (b in ORG_HEADS or b in TITLES or fold(b) in TITLE_WORDS or fold(b) in PLURAL_WORDS
            or fold(b) in EXTRA_VOCAB)


def _is_fem(w: str) -> bool:
    b = strip_article(w)
    if fold(w) in FEM_PLURAL or fold("ال" + b) in FEM_PLURAL:
        return True
    return b.endswith("ة") or b.endswith("ات")


# ------------------------------------------------------------------ names of people

DIN_FIRST = {fold(w) for w in """نور محيي محي صلاح علاء عز سيف شمس جمال بدر فخر تاج نصر خير نجم
حسام عماد بهاء شهاب ضياء كمال زين سعد قطب برهان معين علم نظام فريد ناصر تقي شرف عصام ركن سراج
جلال حسن محب نجم""".split()}
DIN_SECOND = {fold("دين"): "الدين", fold("حق"): "الحق", fold("إسلام"): "الإسلام",
              fold("عابدين"): "العابدين", fold("عابد"): "العابدين"}
ORDINALS = {fold(w): "ال" + w for w in ("ثاني", "ثالث", "رابع", "خامس", "سادس", "أول")}
ABD_NO_ARTICLE = {fold(w) for w in ("الله", "ربه", "اللٰه")}


def fix_name_tokens(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        fw = fold(w)
        if fw in ("عبد", "عبد") and i + 1 < len(words):
            nxt = words[i + 1]
            if not nxt.startswith("ال") and fold(nxt) not in ABD_NO_ARTICLE:
                nxt = "ال" + nxt
            out.extend([w, nxt])
            i += 2
            continue
        if out and fold(out[-1]) in DIN_FIRST and fw in DIN_SECOND:
            out.append(DIN_SECOND[fw])
            i += 1
            continue
        if i == len(words) - 1 and i > 0 and fw in ORDINALS:
            out.append(ORDINALS[fw])
            i += 1
            continue
        out.append(w)
        i += 1
    return out


def split_title(words: list[str], vocab: set[str]) -> tuple[list[str], list[str], list[str]]:
    """(title tokens, name tokens, trailing descriptor tokens) of a person entry."""
    i = 0
    title: list[str] = []
    while i < len(words):
        w = words[i]
        b = strip_article(w)
        if b in TITLES or w in TITLES:
            title.append(w)
            i += 1
            continue
        if title and (_title_part(w, vocab) or is_head_adj(w) or b in PREPS or b == "و"
                      or fold(b) in HEAD_ADJ) and not _looks_like_name(b):
            title.append(w)
            i += 1
            continue
        break
    name = words[i:]
    tail: list[str] = []
    for k in range(1, len(name)):
        if strip_article(name[k]) in TITLES and k >= 2:
            tail = name[k:]
            name = name[:k]
            break
    return title, name, tail


_GIVEN = {fold(w) for w in """محمد أحمد علي حسن حسين محمود مصطفى عبد خالد عمر عثمان إبراهيم إسماعيل
يوسف سعد سعيد سليمان صالح طارق فؤاد جلال وليد سمير نبيل ناصر عادل كمال جمال فيصل سلطان نايف
بندر تركي ماجد فهد عبدالله جورج جون مايكل ميشال ميشيل بيتر ديفيد روبرت نوري إياد أياد هادي
مسعود فاروق رفيق سعود زايد حمد خليفة تميم صباح جابر ناجي نجيب أسامة أيمن حازم حامد حمدي رشيد
مروان نبيه سليم إيلي بشير أمين إميل رياض فريد كريم مهدي موسى عيسى زياد غازي""".split()}


def _looks_like_name(b: str) -> bool:
    return fold(b) in _GIVEN


def name_surface(words: list[str], vocab: set[str]) -> tuple[str, str, str]:
    """(name, title phrase, titled name) for a person entry; title parts may be empty."""
    title, name, _tail = split_title(words, vocab)
    name = fix_name_tokens(name)
    t = surface(title, vocab, definite=True) if title else ""
    n = " ".join(name)
    return n, t, (t + " " + n).strip() if t else n
