#!/usr/bin/env python3
"""UniversalPETRARCH Arabic dictionaries → khayt actor and agent lexicons.

    python3 scripts/convert_upetrarch.py          # regenerate data/{actors,agents}/upetrarch.tsv

Reads ../shared/data/universalpetrarch-ar/ (MIT, (c) 2016 Open Event Data Alliance; see
data/NOTICE.md) relative to the repository root. Run `scripts/build_places.py` first: place
names found in data/places/*.tsv are not actors. Re-run it after the curated lexicons change:
every name, alias and adjective that a curated file (any other data/actors/*.tsv or
data/agents/*.tsv) already has is dropped here, so the curated entry wins.

What it does
------------
* Parses `actor_dict_ar_v4.txt` (NAME [CODE] or NAME followed by indented [CODE dates] lines)
  and `agents.all.ar_v3.txt` (PHRASE [~ROLE]).
* Turns lemma phrases into surface forms (scripts/arabic_surface.py): article, agreement,
  plural nouns in names, attached particles, `عبد X` → `عبد الX`…
* Codes → khayt columns. The first three letters are the country when they are an ISO-3
  country (CAMEO's KSV/ROM/ZAR fixed to KOS/ROU/COD) or a non-state code (IGO, IMG, NGO,
  MNC; CAMEO's INT → NGO; IGO entries naming the UN or the EU → UNO / EUR). The remaining
  three-letter role codes give the PLOVER sector (see SECTOR_MAP below):
      GOV MIL REB COP SPY JUD LEG PTY OPP ELI CVL BUS EDU AGR LAB REF UAF CRM → same code
      INS SEP RAD IMG → REB (insurgents, separatists, radicals, transnational militants)
      MED (CAMEO media) → JRN;  HLH (health) → MED;  HRI NGO DEV ENV → SOC
      REL MUS CHR JEW BUD HIN CTH SHI SUN ORT → REL
  With several role codes the most specific wins: ELI anywhere → ELI (former officials);
  GOV/PTY + LEG → LEG; CVL + X → X; MUS/REL + RAD/REB/UAF → REB/UAF.
  A code without a country takes the country of a nationality adjective in the name
  (وزير عراقي [GOV] → IRQ); a code whose country contradicts such an adjective or a country
  name in the name is dropped.
* Dated codes (`[IRQGOV 20101221-20140908]`, `>DATE`, `<DATE`): khayt affiliations need a
  target actor id, which these codes do not have, so no affiliations are written. The entry
  keeps the newest code: open-ended ranges (end 18000101, the dictionary's "no end") first,
  then the latest end, then the latest start. Ranges that end before they start,
  placeholder ranges (19700101-19700101, >22000101) and the September-2017 test block
  (lines ~8780-8820, CHN/EDU codes on random phrases) count as undated / noise.
* Types: entries with a person title (رئيس، وزير، أمير، شيخ…) followed by a name, or names
  without organisation words, are `person`; organisation heads give the type (وزارة →
  ministry, حزب → party, صحيفة → media…), else the sector does (GOV → government, MIL →
  military, REB → armed_group…); country names are merged into one `state` entry per
  country (with the relational adjectives from scripts/lexcommon.py).
* Generic role phrases without a country (جيش [MIL], حكومة مؤقتة [GOV]) go to the agents
  file (origin actor_dict_ar_v4.txt:LINE).
* Dropped (counted in the report): Latin letters/digits, under 3 letters, single common
  words, place names (places lexicon, place words such as مدينة/منطقة, bare-country-code
  names that are not country names), abstract phrases without a sector, code contradicting
  the name, no usable code, duplicates (same normalized surface), collisions with curated
  files.
* name_en: states get their English name; people a romanization (name units from
  scripts/upetrarch_romanization.tsv, derived from Wikidata CC0 labels, else a letter
  transliteration); other actors the transliteration followed by the code, e.g.
  "wazara al-dafa' al-amirkia (USA GOV)".
* ids: `up-LINE` (actors) and `up-agent-LINE` / `up-agent-a-LINE` (agents from the agents
  file / from the actor file), LINE being the origin line: stable across runs.
"""

from __future__ import annotations

import argparse
import collections
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from arabic_surface import (HEAD_ADJ, ORG_HEADS, PLACE_HEADS, TITLES, fix_name_tokens,  # noqa: E402
                            is_head_adj, name_surface, split_title, strip_article, surface)
from lexcommon import (ACTOR_HEADER, ACTOR_TYPES, AGENT_HEADER, CAMEO_COUNTRY_FIX,  # noqa: E402
                       COUNTRIES, DATA, NON_STATE, SECTORS, SHARED, clean_ar, fold, match_key,
                       read_tsv, validate_file, write_tsv)

SRC = SHARED / "universalpetrarch-ar"
ACTOR_SRC = SRC / "actor_dict_ar_v4.txt"
AGENT_SRC = SRC / "agents.all.ar_v3.txt"
ACTOR_OUT = DATA / "actors" / "upetrarch.tsv"
AGENT_OUT = DATA / "agents" / "upetrarch.tsv"
ROMAN = Path(__file__).resolve().parent / "upetrarch_romanization.tsv"

# ------------------------------------------------------------------ codes

SECTOR_MAP = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "COP": "COP", "SPY": "SPY", "JUD": "JUD",
    "LEG": "LEG", "PTY": "PTY", "OPP": "OPP", "ELI": "ELI", "CVL": "CVL", "BUS": "BUS",
    "EDU": "EDU", "AGR": "AGR", "LAB": "LAB", "REF": "REF", "UAF": "UAF", "CRM": "CRM",
    "INS": "REB", "SEP": "REB", "RAD": "REB", "IMG": "REB",
    "MED": "JRN", "HLH": "MED", "HRI": "SOC", "NGO": "SOC", "DEV": "SOC", "ENV": "SOC",
    "REL": "REL", "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL",
    "CTH": "REL", "SHI": "REL", "SUN": "REL", "ORT": "REL", "PRM": "PRM", "UNK": "UNK",
}
COUNTRY_CHUNKS = set(COUNTRIES) | set(CAMEO_COUNTRY_FIX) | NON_STATE | {"INT"}


def roles_to_sector(roles: list[str]) -> str:
    secs = [SECTOR_MAP[r] for r in roles if r in SECTOR_MAP]
    if not secs:
        return ""
    if "ELI" in secs:
        return "ELI"
    if "LEG" in secs and secs[0] in ("GOV", "PTY"):
        return "LEG"
    if secs[0] == "CVL" and len(secs) > 1:
        return secs[1]
    if secs[0] == "REL" and len(secs) > 1 and secs[1] in ("REB", "UAF"):
        return secs[1]
    return secs[0]


class Code:
    __slots__ = ("line", "raw", "country", "roles", "start", "end", "dated", "noise")

    def __init__(self, line: int, raw: str):
        self.line = line
        self.raw = raw
        self.country = ""
        self.roles: list[str] = []
        self.start = ""
        self.end = ""
        self.dated = False
        self.noise = False
        m = re.match(r"^\s*([A-Za-z?]*)\s*(.*)$", raw)
        code, dates = (m.group(1), m.group(2).strip()) if m else ("", raw)
        if not code or not re.fullmatch(r"[A-Z]+", code) or len(code) % 3:
            self.noise = True
            return
        chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
        if chunks[0] in COUNTRY_CHUNKS:
            c = CAMEO_COUNTRY_FIX.get(chunks[0], chunks[0])
            self.country = "NGO" if c == "INT" else c
            chunks = chunks[1:]
        elif chunks[0] not in SECTOR_MAP:
            self.noise = True
            return
        self.roles = chunks
        d = re.findall(r"\d{8}", dates)
        if re.match(r"^\d{8}\s*-\s*\d{8}$", dates):
            s, e = d
            if e == "18000101" or e >= "22000101":
                e = ""
            if s == e or (e and e < s) or s >= "22000101":
                return                       # placeholder or copied range: undated
            if s.startswith("2017") and e.startswith("2017"):
                self.noise = True            # the September-2017 test block
                return
            self.start, self.end, self.dated = s, e, True
        elif re.match(r"^>\s*\d{8}$", dates) and d[0] < "22000101":
            self.start, self.dated = d[0], True
        elif re.match(r"^<\s*\d{8}$", dates):
            self.end, self.dated = d[0], True

    @property
    def sector(self) -> str:
        return roles_to_sector(self.roles)

    def rank(self):
        # newest first: open end, then latest end, then latest start; undated last
        if not self.dated:
            return (0, "", "")
        return (1, self.end or "99999999", self.start)


def newest(codes: list[Code]) -> Code | None:
    good = [c for c in codes if not c.noise]
    if not good:
        return None
    dated = [c for c in good if c.dated]
    if dated:
        return max(dated, key=lambda c: c.rank())
    return good[0]


# ------------------------------------------------------------------ source parsing

def parse_actor_dict() -> list[dict]:
    entries: list[dict] = []
    cur = None
    with open(ACTOR_SRC, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if s.startswith("["):
                if cur is not None:
                    cur["codes"] += [Code(n, c) for c in re.findall(r"\[([^\]]*)\]", s)]
                continue
            name = s.split("[")[0].strip()
            cur = {"line": n, "raw": name,
                   "codes": [Code(n, c) for c in re.findall(r"\[([^\]]*)\]", s)]}
            entries.append(cur)
    return entries


def parse_agents() -> list[dict]:
    out = []
    with open(AGENT_SRC, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            s = raw.strip()
            if not s or s.startswith("#"):
                continue
            m = re.match(r"^(.*?)\s*\[~([A-Z]+)\]\s*$", s)
            if not m:
                continue
            out.append({"line": n, "raw": m.group(1), "roles": [m.group(2)[i:i + 3] for i in
                                                             range(0, len(m.group(2)), 3)]})
    return out


def load_vocab() -> set[str]:
    """Common words: every Arabic token of the agent and verb dictionaries."""
    vocab: set[str] = set()
    for f in (AGENT_SRC, SRC / "CAMEO.ar.0.5.txt"):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                for w in re.findall(r"[\u0621-\u064a]+", line):
                    vocab.add(w)
                    vocab.add(fold(w))
    return vocab


# Single words that are not names although the vocabulary lacks them (read in review).
STOP = {fold(w) for w in """تهديد طاقة شمس سيادة جسم ناسف دفعة وصف نيسان تشغيل معطى اوضاع ضحية وحدة
منظمة حراس بشر أقصى أفضل صناعة دستوري الهندي إعلامي صورة منى بحر نهار قدس قمة حراك تحالفي
جنديان مسلحون متمردون أصوليين اصوليين استخباراتيون فضايئات تشريعية عسكر ترك نيل أسد عالم بابا
مبارك عون فرح صدام سلمان موسى عباس سليمان بري محافظو الاميركيون الأمريكيون الاجرنتينيين
البريطانيين الباكستانيين الكينيون برازيليين هولنديين الاثيوبيين السعوديين الدارفوريين الاحباش
الاوزبيك ألافغان ألصرب الحضانة الجندية مسلحة الكونغرس عمل أعمال العمل أمام صباح الله قرية بلدة مدينة منطقة مساء ليلة يوم""".split()}
# Single-token names that are organisations, not people.
SINGLE_ORGS = {fold(k): v for k, v in {
    "حماس": "armed_group", "فتح": "party", "طالبان": "armed_group", "الناتو": "igo",
    "اليونسكو": "igo", "اليونسيف": "igo", "اليونيسيف": "igo", "اليونيفيل": "igo",
    "ايساف": "igo", "أوبك": "igo", "الكنيست": "government", "البنتاغون": "military",
    "الكرملين": "government", "الشاباك": "intelligence", "المارينز": "military",
    "هآرتس": "media", "رويترز": "media", "الغارديان": "media", "أوبزيرفر": "media",
    "ألفيغارو": "media", "نهار": "media", "غرينبيس": "ngo", "ناسا": "government",
    "مايكروسوفت": "other", "شيفرون": "other", "ارامكو": "other", "ريبسول": "other",
    "الحوثيين": "armed_group", "الحوثيون": "armed_group", "حوثيين": "armed_group",
    "الجنجويد": "armed_group", "سي.أي.أيه": "intelligence", "إف.بي.آي": "intelligence",
    "سي.بي.إس": "media", "سي.أن.سي": "media", "يابلوكو": "party", "سكوتلنديارد": "security",
    "بلوواتر": "other", "فيرجن": "other",
}.items()}
# Names keeping the forms of the source although they look like a single common word.
KEEP_SINGLE = {fold(w) for w in ("الكونغرس",)}

UN_WORDS = [fold(w) for w in ("الأمم المتحدة", "مجلس الأمن", "اليونسكو", "اليونيسيف", "اليونسيف",
                              "اليونيفيل", "مفوضية اللاجئين", "الأونروا", "منظمة الصحة العالمية",
                              "الوكالة الدولية للطاقة الذرية", "مجلس حقوق الإنسان",
                              "برنامج الأغذية العالمي", "محكمة العدل الدولية")]
EU_WORDS = [fold(w) for w in ("الاتحاد الأوروبي", "المفوضية الأوروبية", "البرلمان الأوروبي",
                              "مفوضية أوروبية", "برلمان أوروبي", "مفوضية الاتحاد الأوروبي")]

SECTOR_TYPE = {"GOV": "government", "LEG": "government", "JUD": "government", "MIL": "military",
               "COP": "security", "SPY": "intelligence", "PTY": "party", "OPP": "party",
               "REB": "armed_group", "UAF": "armed_group", "PRM": "armed_group",
               "JRN": "media", "REL": "religious", "SOC": "ngo"}
TYPE_SECTOR = {"ministry": "GOV", "government": "GOV", "military": "MIL", "security": "COP",
               "intelligence": "SPY", "party": "PTY", "armed_group": "REB", "media": "JRN",
               "religious": "REL", "monitor": "SOC", "ngo": "SOC"}
HEAD_SECTOR = {fold(k): v for k, v in {
    "جيش": "MIL", "قوة": "MIL", "قوات": "MIL", "سلاح": "MIL", "بحرية": "MIL", "جندي": "MIL",
    "ضابط": "MIL", "جنرال": "MIL", "قائد": "MIL", "ثكنة": "MIL", "شرطة": "COP", "أمن": "COP",
    "درك": "COP", "مخابرات": "SPY", "استخبارات": "SPY", "حكومة": "GOV", "وزارة": "GOV",
    "وزير": "GOV", "وزيرة": "GOV", "رئيس": "GOV", "رئاسة": "GOV", "سفارة": "GOV", "سفير": "GOV",
    "مسؤول": "GOV", "برلمان": "LEG", "مجلس": "GOV", "حاكم": "GOV", "عاهل": "GOV", "ملك": "GOV",
    "أمير": "GOV", "محكمة": "JUD", "قضاء": "JUD", "حزب": "PTY", "شعب": "CVL", "صحيفة": "JRN",
    "وكالة": "JRN", "مواطن": "CVL", "لاجئ": "REF", "معارضة": "OPP", "ميليشيا": "UAF",
    "احتلال": "MIL", "نظام": "GOV", "سلطة": "GOV", "جامعة": "EDU", "مصرف": "BUS", "بنك": "BUS",
    "شركة": "BUS",
}.items()}

# Names of countries and demonyms, folded and without the article.
COUNTRY_BY_NAME: dict[str, str] = {}
COUNTRY_BY_ADJ: dict[str, str] = {}
for _iso, _c in COUNTRIES.items():
    for _n in _c["ar"]:
        COUNTRY_BY_NAME.setdefault(match_key(_n), _iso)
    for _a in _c["adj"]:
        _k = match_key(_a)
        COUNTRY_BY_ADJ.setdefault(_k, _iso)
        COUNTRY_BY_ADJ.setdefault(_k + "ه", _iso)          # feminine
        COUNTRY_BY_ADJ.setdefault(_k + "ون", _iso)         # plural
        COUNTRY_BY_ADJ.setdefault(_k + "ين", _iso)
# Lemma spellings of country names and demonyms seen in the source.
EXTRA_COUNTRY_NAMES = {
    "أمريكا": "USA", "اميركا": "USA", "انجلترا": "GBR", "انكلترا": "GBR", "صومال": "SOM",
    "كويت": "KWT", "يمن": "YEM", "عراق": "IRQ", "أردن": "JOR", "سعودية": "SAU", "جزائر": "DZA",
    "مغرب": "MAR", "صين": "CHN", "هند": "IND", "سودان": "SDN", "بوسنة": "BIH",
    "أرجنتين": "ARG", "مسكيك": "MEX", "يونان": "GRC", "فلبين": "PHL", "إمارة": "ARE",
    "نيوزلندا": "NZL", "أثيوبيا": "ETH", "اوكرانيا": "UKR", "مولدوفيا": "MDA",
    "اذربيجان": "AZE", "إلاوروغواي": "URY", "ولاية متحدة": "USA", "إمارة عربي متحد": "ARE",
    "جمهورية لبناني": "LBN", "دولة سعودية": "SAU", "جمهورية مصري": "EGY",
    "جمهورية تركيا": "TUR", "دولة قطر": "QAT", "دولة إمارة": "ARE", "دولة فلسطيني": "PSE",
    "دولة إسرائيلي": "ISR", "دولة عراق": "IRQ", "دولة لبناني": "LBN", "دولة إيراني": "IRN",
    "دولة عراقي": "IRQ", "جمهورية الكونغو ديمقراطي": "COD", "أرض فلسطيني": "PSE",
    "كوريا شمالي": "PRK", "كوريا جنوبي": "KOR", "جنوب سودان": "SSD", "غينيا إستوائي": "GNQ",
    "الجبل أسود": "MNE", "مملكة متحدة": "GBR", "دولة فلسطين": "PSE",
}
EXTRA_COUNTRY_ADJ = {"اثيوبي": "ETH", "أثيوبي": "ETH", "الاريتري": "ERI", "الاميركى": "USA",
                     "إلدنماركي": "DNK", "النمساوي": "AUT", "اوغندي": "UGA", "الاوغندي": "UGA"}
for _k in ("مالي", "ماليه", "ماليون", "ماليين"):     # Mali, but also "financial"
    COUNTRY_BY_ADJ.pop(_k, None)
for _k, _v in EXTRA_COUNTRY_NAMES.items():
    COUNTRY_BY_NAME.setdefault(match_key(_k), _v)
for _k, _v in EXTRA_COUNTRY_ADJ.items():
    COUNTRY_BY_ADJ.setdefault(match_key(_k), _v)
    COUNTRY_BY_ADJ.setdefault(match_key(_k) + "ه", _v)


def name_countries(tokens: list[str]) -> set[str]:
    """Countries named in a phrase by a demonym or a country name (the first token of a
    multi-word name is skipped: تركي and مصري are also given names)."""
    found = set()
    toks = tokens if len(tokens) == 1 else tokens[1:]
    for t in toks:
        k = match_key(t)
        if k in COUNTRY_BY_ADJ:
            found.add(COUNTRY_BY_ADJ[k])
        elif k in COUNTRY_BY_NAME:
            found.add(COUNTRY_BY_NAME[k])
    for n in (2, 3, 4):
        for i in range(len(tokens) - n + 1):
            k = match_key(" ".join(tokens[i:i + n]))
            if k in COUNTRY_BY_NAME:
                found.add(COUNTRY_BY_NAME[k])
    return found


# ------------------------------------------------------------------ romanization

LETTERS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
           "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
           "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
           "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y",
           "ى": "a", "ء": "'", "ؤ": "'", "ئ": "'", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g"}
VOWELISH = set("aiu")


def translit_word(w: str) -> str:
    if w == "و":
        return "wa"
    pre = ""
    if w.startswith("ال") and len(w) > 3:
        pre, w = "al-", w[2:]
    out = []
    for i, ch in enumerate(w):
        if ch == "و" and 0 < i:
            out.append("u" if out and out[-1][-1] not in VOWELISH else "w")
        elif ch == "ي" and 0 < i < len(w) - 1:
            out.append("i" if out and out[-1][-1] not in VOWELISH else "y")
        elif ch == "ي" and i == len(w) - 1 and i > 0:
            out.append("i")
        else:
            out.append(LETTERS.get(ch, ""))
    s = "".join(out)
    # a first vowel when the word starts with two consonants
    m = re.match(r"^([^aiu'\-]{1,2}?)([^aiu'\-])", s)
    if m and len(s) > 2 and not re.match(r"^(sh|kh|th|dh|gh|ch)[aiu]", s):
        k = len(m.group(1))
        s = s[:k] + "a" + s[k:]
    return pre + s


def load_romanization() -> dict[str, str]:
    roman: dict[str, str] = {}
    if ROMAN.exists():
        _, rows = read_tsv(ROMAN)
        for _, r in rows:
            roman[r["arabic"]] = r["latin"]
    return roman


def romanize(name: str, roman: dict[str, str]) -> str:
    words = name.split()
    out = []
    i = 0
    while i < len(words):
        two = fold(" ".join(words[i:i + 2])) if i + 1 < len(words) else None
        if two and two in roman:
            out.append(roman[two])
            i += 2
            continue
        w = words[i]
        f = fold(w)
        if f in roman:
            out.append(roman[f])
        elif f.startswith("ال") and f[2:] in roman:
            out.append("al-" + roman[f[2:]])
        else:
            t = translit_word(w)
            out.append(t[:1].upper() + t[1:] if not t.startswith("al-") else
                       "al-" + t[3:4].upper() + t[4:])
        i += 1
    return " ".join(x for x in out if x)


def refresh_romanization(units: set[str]) -> None:
    """Rebuilds scripts/upetrarch_romanization.tsv from the Wikidata rows (CC0) of the
    `arabic-name-romanizer` package's name table, for the name units used here."""
    try:
        import arabic_name_romanizer  # type: ignore
    except ImportError:
        sys.exit("pip install arabic-name-romanizer to refresh the romanization table")
    db = Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = []
    for u in sorted(units):
        r = con.execute(
            "SELECT latin, SUM(count) AS n FROM units WHERE arabic_key=? AND source='wikidata' "
            "AND country IN ('SY','IQ','LB','JO','PS','EG','SA','KW','AE','QA','BH','OM','YE',"
            "'SD','LY') GROUP BY latin ORDER BY n DESC LIMIT 1", (u,)).fetchone()
        if r is None:
            r = con.execute("SELECT latin, SUM(count) AS n FROM units WHERE arabic_key=? AND "
                            "source='wikidata' GROUP BY latin ORDER BY n DESC LIMIT 1",
                            (u,)).fetchone()
        if r and r[1] >= 2 and re.fullmatch(r"[A-Za-z' .-]+", r[0]):
            rows.append([u, r[0]])
    write_tsv(ROMAN, ["arabic", "latin"], rows, [
        "Latin spellings of Arabic name units (folded Arabic → most frequent Latin label).",
        "Derived from the Wikidata rows (CC0) of the PyPI package arabic-name-romanizer",
        "(MIT code); rebuilt by `convert_upetrarch.py --refresh-romanization`."])
    print(f"wrote {ROMAN} ({len(rows)} units of {len(units)})")


# ------------------------------------------------------------------ curated / places

def curated_forms() -> set[str]:
    keys: set[str] = set()
    for sub, cols in (("actors", ("name_ar", "aliases_ar", "adjectives_ar")),
                      ("agents", ("forms_ar",))):
        d = DATA / sub
        if not d.exists():
            continue
        for p in sorted(d.glob("*.tsv")):
            if p.name == "upetrarch.tsv":
                continue
            _, rows = read_tsv(p)
            for _, r in rows:
                for c in cols:
                    for v in (r.get(c) or "").split("|"):
                        if v.strip():
                            keys.add(match_key(v))
    return keys


def place_forms() -> set[str]:
    keys: set[str] = set()
    d = DATA / "places"
    if not d.exists():
        return keys
    for p in sorted(d.glob("*.tsv")):
        _, rows = read_tsv(p)
        for _, r in rows:
            if r.get("type") == "country":
                continue
            for v in [r.get("name_ar", "")] + (r.get("variants_ar") or "").split("|"):
                if v.strip():
                    keys.add(match_key(v))
    return keys


# ------------------------------------------------------------------ conversion

def clean_tokens(raw: str) -> list[str]:
    s = clean_ar(raw).replace("اللٰه", "الله").replace("ٰ", "")
    s = s.replace("،", " ")
    toks = [t for t in re.split(r"[_\s]+", s) if t]
    toks = ["ال" + t[2:] if t.startswith("آل") and len(t) > 4 and t not in ("آل",) else t
            for t in toks]
    toks = ["ال" + t[3:] if t.startswith("إلا") or t.startswith("ألا") else t for t in toks]
    toks = [("ال" + t[2:]) if (t.startswith("أل") or t.startswith("إل")) and len(t) > 5 else t
            for t in toks]
    while toks and toks[0] in ("ل", "و", "ب", "ال"):
        if toks[0] == "ال" and len(toks) > 1:
            toks = ["ال" + toks[1]] + toks[2:]
            break
        toks = toks[1:]
    out = []
    i = 0
    while i < len(toks):
        if toks[i] == "ال" and i + 1 < len(toks):
            out.append("ال" + toks[i + 1])
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return out


def letters(s: str) -> int:
    return len(re.findall(r"[\u0621-\u064a]", s))


class Result:
    def __init__(self):
        self.actors: dict[str, dict] = {}      # match_key(name_ar) → record
        self.states: dict[str, dict] = {}      # iso → record
        self.agents: dict[str, dict] = {}      # match_key(form) → record
        self.dropped = collections.Counter()
        self.examples: dict[str, list[str]] = collections.defaultdict(list)

    def drop(self, why: str, what: str) -> None:
        self.dropped[why] += 1
        if len(self.examples[why]) < 12:
            self.examples[why].append(what)


def convert(vocab: set[str], places: set[str], res: Result) -> None:
    entries = parse_actor_dict()
    # group codes of repeated names first (حماس appears several times)
    for e in entries:
        raw = e["raw"]
        if re.search(r"[A-Za-z0-9]", raw):
            res.drop("latin letters or digits", raw)
            continue
        toks = clean_tokens(raw)
        if not toks:
            res.drop("empty", raw)
            continue
        code = newest(e["codes"])
        if code is None:
            iso = COUNTRY_BY_NAME.get(match_key(" ".join(toks)))
            if iso:
                add_state(res, iso, restore_country(" ".join(toks)), e)
            else:
                res.drop("no usable code", raw)
            continue
        e["toks"] = toks
        e["code"] = code
        classify(e, vocab, places, res)


def classify(e: dict, vocab: set[str], places: set[str], res: Result) -> None:
    toks: list[str] = e["toks"]
    code: Code = e["code"]
    raw = e["raw"]
    n = len(toks)
    country, sector = code.country, code.sector
    f0 = strip_article(toks[0])
    descriptive = (n == 1 or f0 in ORG_HEADS or f0 in TITLES or f0 in PLACE_HEADS
                   or all(is_generic(t, vocab) for t in toks))
    named = name_countries(toks) if descriptive else set()
    if {"SDN", "SSD"} & named:
        named |= {"SDN", "SSD"}
    if country in COUNTRIES and named and country not in named:
        res.drop("code contradicts the name", f"{raw} [{code.raw}]")
        return
    if not country and len(named) == 1:
        country = next(iter(named))
    key_all = match_key(" ".join(toks))
    # ---- states, demonyms
    if key_all in COUNTRY_BY_NAME or (n <= 4 and surface_key(toks, vocab) in COUNTRY_BY_NAME):
        iso = COUNTRY_BY_NAME.get(key_all) or COUNTRY_BY_NAME[surface_key(toks, vocab)]
        if country and country != iso and country in COUNTRIES:
            res.drop("code contradicts the name", f"{raw} [{code.raw}]")
            return
        add_state(res, iso, surface(toks, vocab) if n > 1 else restore_country(toks[0]), e)
        return
    if n == 1 and key_all in COUNTRY_BY_ADJ:
        iso = COUNTRY_BY_ADJ[key_all]
        if country and country != iso and country in COUNTRIES:
            res.drop("code contradicts the name", f"{raw} [{code.raw}]")
            return
        res.drop("demonym (adjective of a state entry)", raw)
        return
    # ---- single words
    if n == 1:
        w = toks[0]
        fw = fold(w)
        if letters(w) < 3:
            res.drop("under 3 letters", raw)
            return
        if fw in SINGLE_ORGS or fold(strip_article(w)) in SINGLE_ORGS:
            typ = SINGLE_ORGS.get(fw) or SINGLE_ORGS[fold(strip_article(w))]
            add_actor(res, e, w, [], typ, country, sector, vocab)
            return
        if (w in vocab or fw in vocab or fold(strip_article(w)) in vocab or fw in STOP
                or f0 in ORG_HEADS or f0 in TITLES or f0 in PLACE_HEADS):
            res.drop("single common word", f"{raw} [{code.raw}]")
            return
        if match_key(w) in places:
            res.drop("place name (in places lexicon)", raw)
            return
        if not sector and country not in NON_STATE:
            res.drop("place or adjective (bare country code)", f"{raw} [{code.raw}]")
            return
        if not code.dated and sector in ("JRN", "BUS", "EDU") or country in ("IGO", "UNO", "EUR"):
            typ = {"JRN": "media"}.get(sector, "igo" if country in ("IGO", "UNO", "EUR")
                                       else "other")
            if not code.dated:
                add_actor(res, e, w, [], typ, country, sector, vocab)
                return
        add_person(res, e, toks, country, sector, vocab)
        return
    # ---- phrases
    judiciary = f0 == "قضاء" and n > 1 and is_head_adj(toks[1])
    if not judiciary and (f0 in PLACE_HEADS or fold(f0) in {fold(x) for x in PLACE_HEADS}):
        res.drop("place phrase (مدينة/منطقة/عاصمة…)", raw)
        return
    if match_key(surface(toks, vocab)) in places or key_all in places:
        res.drop("place name (in places lexicon)", raw)
        return
    if f0 in TITLES:
        title, name, _tail = split_title(toks, vocab)
        if name and (strip_article(name[0]) in ORG_HEADS or fold(name[0]) in SINGLE_ORGS
                     or (len(name) == 1 and (match_key(name[0]) in COUNTRY_BY_ADJ
                                             or match_key(name[0]) in COUNTRY_BY_NAME
                                             or match_key(name[0]) in places))):
            add_role(res, e, toks, country, sector, vocab)
        elif name and not all(is_generic(t, vocab) for t in name):
            add_person(res, e, toks, country, sector, vocab)
        else:
            add_role(res, e, toks, country, sector, vocab)
        return
    if f0 in ORG_HEADS or judiciary:
        typ = ORG_HEADS.get(f0)
        add_org(res, e, toks, typ, country, sector, vocab)
        return
    if all(is_generic(t, vocab) for t in toks):
        add_role(res, e, toks, country, sector, vocab)
        return
    if not sector and country not in NON_STATE:
        res.drop("place or adjective (bare country code)", f"{raw} [{code.raw}]")
        return
    if not code.dated and sector in ("JRN", "BUS", "EDU") and fold(f0) not in NAME_STARTS:
        add_org(res, e, toks, None, country, sector, vocab)
        return
    add_person(res, e, toks, country, sector, vocab)


NAME_STARTS = {fold(w) for w in """محمد أحمد علي حسن حسين محمود مصطفى عبد خالد عمر عثمان
إبراهيم إسماعيل يوسف سعد سعيد سليمان صالح طارق فؤاد جلال وليد سمير نبيل ناصر عادل كمال جمال
فيصل سلطان نايف جورج جون مايكل ميشال ابو أبو""".split()}


def is_generic(t: str, vocab: set[str]) -> bool:
    """A common word (not a name): in the source vocabulary, an adjective, a title…"""
    b = strip_article(t)
    return (t in vocab or b in vocab or fold(b) in vocab or fold(b) in HEAD_ADJ
            or b in ORG_HEADS or b in TITLES or t in ("ل", "و", "ب", "في", "من", "على"))


def surface_key(toks: list[str], vocab: set[str]) -> str:
    return match_key(surface(toks, vocab))


def restore_country(w: str) -> str:
    iso = COUNTRY_BY_NAME.get(match_key(w))
    if iso:
        for n in COUNTRIES[iso]["ar"]:
            if match_key(n) == match_key(w):
                return n
        return COUNTRIES[iso]["ar"][0]
    return w


def add_state(res: Result, iso: str, form: str, e: dict) -> None:
    st = res.states.get(iso)
    if st is None:
        c = COUNTRIES[iso]
        st = res.states[iso] = {"line": e["line"], "iso": iso, "forms": list(c["ar"])}
    st["forms"].append(sanitize(form))


def pick_type(typ: str | None, sector: str, country: str) -> str:
    if typ and typ != "state":
        return typ
    if country in ("IGO", "UNO", "EUR") and sector in ("", "GOV", "LEG", "JUD", "MIL", "SOC"):
        return "igo"
    if country == "NGO":
        return "ngo"
    return SECTOR_TYPE.get(sector, "other")


def sanitize(form: str) -> str:
    """Only Arabic letters and spaces: the matcher cannot match punctuation."""
    return " ".join(re.sub(r"[^\u0621-\u064a\u0671-\u06d3\s]", " ", form).split())


def add_actor(res: Result, e: dict, name: str, aliases: list[str], typ: str, country: str,
              sector: str, vocab: set[str]) -> None:
    name = sanitize(name)
    aliases = [sanitize(a) for a in aliases if sanitize(a)]
    if letters(name) < 3:
        res.drop("under 3 letters", e["raw"])
        return
    k = match_key(name)
    if country in ("IGO", "UNO", "EUR", ""):
        f = fold(name)
        if any(w in f for w in UN_WORDS):
            country = "UNO"
        elif any(w in f for w in EU_WORDS):
            country = "EUR"
        elif country == "" and typ == "igo":
            country = "IGO"
    if not country:
        res.drop("no country in code or name", f"{e['raw']} [{e['code'].raw}]")
        return
    rec = res.actors.get(k)
    if rec is not None:
        res.drop("duplicate (same surface form)", e["raw"])
        rec["codes"].append(e["code"])
        rec["aliases"].extend(aliases)
        return
    res.actors[k] = {"line": e["line"], "name": name, "aliases": list(aliases), "type": typ,
                     "country": country, "sector": sector if sector in SECTORS else "",
                     "codes": [e["code"]], "raw": e["raw"]}


def add_person(res: Result, e: dict, toks: list[str], country: str, sector: str,
               vocab: set[str]) -> None:
    name, title, titled = name_surface(toks, vocab)
    if letters(name.replace(" ", "")) < 3:
        res.drop("under 3 letters", e["raw"])
        return
    if " " not in name and (fold(name) in vocab or fold(name) in STOP):
        res.drop("single common word", e["raw"])
        return
    words = name.split()
    if any(letters(w) < 2 for w in words):
        res.drop("person: broken name (one-letter word)", e["raw"])
        return
    commonish = sum(1 for w in words if (is_generic(w, vocab) or match_key(w) in COUNTRY_BY_ADJ)
                    and fold(w) not in NAME_STARTS)
    if len(words) >= 2 and commonish * 2 > len(words):
        res.drop("person: mostly common words, not a name", e["raw"])
        return
    aliases = [titled] if title else []
    add_actor(res, e, name, aliases, "person", country, sector, vocab)


def add_org(res: Result, e: dict, toks: list[str], typ: str | None, country: str, sector: str,
            vocab: set[str]) -> None:
    if not sector:
        sector = HEAD_SECTOR.get(fold(strip_article(toks[0])), "")
    form = surface(toks, vocab)
    if not country:
        if all(is_generic(t, vocab) for t in toks):
            add_agent(res, e, surface(toks, vocab, definite=False), sector, "actor")
        else:
            res.drop("no country in code or name", f"{e['raw']} [{e['code'].raw}]")
        return
    if not sector and typ:
        sector = TYPE_SECTOR.get(typ, "")
    add_actor(res, e, form, [], pick_type(typ, sector, country), country, sector, vocab)


def add_role(res: Result, e: dict, toks: list[str], country: str, sector: str,
             vocab: set[str]) -> None:
    if not sector:
        sector = HEAD_SECTOR.get(fold(strip_article(toks[0])), "")
    if not sector:
        res.drop("not an actor (no sector: abstract or place phrase)", f"{e['raw']} [{e['code'].raw}]")
        return
    if not country:
        add_agent(res, e, surface(toks, vocab, definite=False), sector, "actor")
        return
    form = surface(toks, vocab)
    typ = ORG_HEADS.get(strip_article(toks[0])) if strip_article(toks[0]) in ORG_HEADS else None
    add_actor(res, e, form, [], pick_type(typ, sector, country), country, sector, vocab)


def add_agent(res: Result, e: dict, form: str, sector: str, src: str,
              forms: list[str] | None = None) -> None:
    if sector not in SECTORS:
        res.drop("agent: unknown sector", f"{e['raw']}")
        return
    form = sanitize(form)
    forms = [sanitize(f) for f in (forms or [form]) if sanitize(f) and fold(sanitize(f)) not in STOP]
    if fold(form) in STOP or not forms:
        res.drop("agent: not a role noun / under 3 letters", e["raw"])
        return
    if letters(form) < 3:
        res.drop("agent: under 3 letters", e["raw"])
        return
    k = match_key(form)
    rec = res.agents.get(k)
    if rec is not None:
        res.drop("agent: duplicate (same surface form)", e["raw"])
        return
    res.agents[k] = {"line": e["line"], "src": src, "form": form, "forms": forms or [form],
                     "sector": sector, "raw": e["raw"]}


# ------------------------------------------------------------------ agents file

# Broken plurals of role nouns; sound plurals are generated for participles and nisbas.
BROKEN = {fold(k): v for k, v in {
    "جندي": "جنود", "ضابط": "ضباط", "طالب": "طلاب", "عامل": "عمال", "طبيب": "أطباء",
    "قاضي": "قضاة", "رجل": "رجال", "حارس": "حراس", "تاجر": "تجار", "طفل": "أطفال",
    "شاب": "شباب", "سجين": "سجناء", "رهينة": "رهائن", "أسير": "أسرى", "ساكن": "سكان",
    "إمام": "أئمة", "شيخ": "شيوخ", "كاهن": "كهنة", "راهب": "رهبان", "قسيس": "قساوسة",
    "أستاذ": "أساتذة", "تلميذ": "تلاميذ", "لص": "لصوص", "قرصان": "قراصنة", "عصابة": "عصابات",
    "ميليشيا": "ميليشيات", "فصيل": "فصائل", "كتيبة": "كتائب", "ثائر": "ثوار", "قناص": "قناصة",
    "مرتزق": "مرتزقة", "وزير": "وزراء", "نائب": "نواب", "سفير": "سفراء", "زعيم": "زعماء",
    "قائد": "قادة", "عضو": "أعضاء", "حاكم": "حكام", "خبير": "خبراء", "عالم": "علماء",
    "فلاح": "فلاحون", "صياد": "صيادون", "لاجئ": "لاجئون", "نازح": "نازحون", "ناشط": "ناشطون",
    "مدير": "مدراء", "رئيس": "رؤساء", "جاسوس": "جواسيس", "شرطي": "شرطيون", "صحفي": "صحفيون",
    "صحافي": "صحافيون", "مراسل": "مراسلون", "باحث": "باحثون", "حزب": "أحزاب", "جيش": "جيوش",
    "مسلح": "مسلحون", "طيار": "طيارون", "بحار": "بحارة", "عميل": "عملاء", "وكيل": "وكلاء",
    "زعيم": "زعماء", "قاتل": "قتلة", "خاطف": "خاطفون", "فدائي": "فدائيون", "إرهابي": "إرهابيون",
}.items()}
NON_HUMAN = {fold(w) for w in """مجلس مكتب مصنع مركز مطار معسكر مستشفى مصرف مؤتمر مسجد منزل معمل
مختبر مستودع مستوصف معهد متحف ملعب مسرح موقع منتدى مرفأ ميناء مشروع مخيم مدفع مصفاة مزرعة منجم
معبر منفذ مرصد مربع محصول موسم مجتمع متجر مخزن مطعم مقهى منبر مبنى مقر مسلك مجمع موكب مرفق""".split()}


def plural_forms(form: str) -> list[str]:
    """Plural (nominative, oblique) and construct forms of a one- or two-word role phrase
    when they can be made reliably: broken plurals from a table, sound masculine plurals
    for human participles (م…) and nisbas (…ي)."""
    words = form.split()
    if not words or len(words) > 2:
        return []
    head = strip_article(words[0])
    fh = fold(head)

    def sound(w: str) -> tuple[str, str, str] | None:
        b = strip_article(w)
        if b.endswith("ة") or fold(b) in NON_HUMAN:
            return None
        if (b.startswith("م") and len(b) >= 5) or (b.endswith("ي") and len(b) >= 4):
            return b + "ون", b + "ين", b
        return None

    if fh in BROKEN:
        p = BROKEN[fh]
        heads = [(p, p, p)] if not p.endswith("ون") else [(p, p[:-2] + "ين", p[:-2])]
    else:
        s = sound(head)
        if s is None:
            return []
        heads = [s]
    if len(words) == 1:
        h = heads[0]
        out = [h[0], h[1]]
        if h[2] != head:
            out.append(h[2] + ("ي" if not h[2].endswith("ي") else "ي"))
        elif head.endswith("ي"):
            out.append(head + "ي")
        return [x for x in dict.fromkeys(out) if x != head]
    adj = words[1]
    if fold(strip_article(adj)) in {fold(w) for w in ("ثاني", "أول", "ثالث", "رابع", "عام")}:
        return []
    s = sound(adj)
    if s is None:
        return []
    h = heads[0]
    return list(dict.fromkeys([f"{h[0]} {s[0]}", f"{h[1]} {s[1]}"]))


AGENT_NOISE = {fold(w) for w in """مزرعة حصاد فلاحة صناعة زراعة صيد طيران هوائي مربع تمرد مقايض مساوم
صيانة إنتاج تجارة سياحة صناعة_سياحة عربة
تبني تجمهر""".split()}
AGENT_GLOSS = {fold(k): v for k, v in {
    "مسلح": "gunman", "متمرد": "rebel", "انفصالي": "separatist", "لاجئ": "refugee",
    "النازحين": "displaced people", "مهجر": "displaced person", "جيش": "army",
    "شرطة": "police", "جندي": "soldier", "ضابط": "officer", "قاضي": "judge",
    "محكمة": "court", "حكومة": "government", "وزارة": "ministry", "وزير": "minister",
    "سفير": "ambassador", "دبلوماسي": "diplomat", "برلمان": "parliament", "نائب": "deputy",
    "صحفي": "journalist", "صحافي": "journalist", "مراسل": "correspondent",
    "طبيب": "doctor", "ممرضة": "nurse", "طالب": "student", "معلم": "teacher",
    "فلاح": "farmer", "مزارع": "farmer", "صياد": "fisherman", "تاجر": "merchant",
    "رجل أعمال": "businessman", "عامل": "worker", "ناشط": "activist", "متظاهر": "protester",
    "معارضة": "opposition", "معارض": "opponent", "إرهابي": "terrorist", "ميليشيا": "militia",
    "مقاتل": "fighter", "مدني": "civilian", "مواطن": "citizen", "كاهن": "priest",
    "إمام": "imam", "رجل دين": "cleric", "حزب": "party", "نقابة": "union",
}.items()}


def convert_agents(vocab: set[str], res: Result) -> None:
    for a in parse_agents():
        raw = a["raw"]
        if re.search(r"[A-Za-z0-9]", raw):
            res.drop("agent: latin letters or digits", raw)
            continue
        toks = clean_tokens(raw)
        if not toks:
            res.drop("agent: empty", raw)
            continue
        if len(toks) == 1 and (fold(toks[0]) in AGENT_NOISE or letters(toks[0]) < 3):
            res.drop("agent: not a role noun / under 3 letters", raw)
            continue
        sector = roles_to_sector(a["roles"])
        if not sector:
            res.drop("agent: unknown role code", raw)
            continue
        form = surface(toks, vocab, definite=False)
        forms = [form] + plural_forms(form)
        add_agent(res, {"line": a["line"], "raw": raw}, form, sector, "agents", forms)


# ------------------------------------------------------------------ output

def build_rows(res: Result, curated: set[str], roman: dict[str, str]):
    used: set[str] = set()
    actor_rows = []
    recs = []
    for iso, st in res.states.items():
        c = COUNTRIES[iso]
        recs.append({"line": st["line"], "type": "state", "country": iso, "sector": "",
                     "name_en": c["en"], "forms": st["forms"], "adj": c["adj"],
                     "origin_line": st["line"]})
    for k, a in res.actors.items():
        best = newest(a["codes"]) or a["codes"][0]
        country = a["country"]
        sector = a["sector"]
        if best is not a["codes"][0]:
            c2 = best.country or country
            country = c2 if c2 else country
            sector = best.sector or sector
        if a["type"] == "person":
            en = romanize(a["name"], roman)
        else:
            en = f"{romanize(a['name'], roman)} ({country}{' ' + sector if sector else ''})"
        recs.append({"line": best.line if best.line else a["line"], "type": a["type"],
                     "country": country, "sector": sector, "name_en": en,
                     "forms": [a["name"]] + a["aliases"], "adj": [], "origin_line": a["line"],
                     "code_line": best.line})
    recs.sort(key=lambda r: r["origin_line"])
    for r in recs:
        if match_key(r["forms"][0]) in curated:
            # the same entity as a curated entry: the curated one wins whole
            res.drop("entry dropped: its name is in a curated file", r["forms"][0])
            continue
        forms = []
        for f in r["forms"]:
            k = match_key(f)
            if not k or k in used or any(match_key(x) == k for x in forms):
                continue
            if k in curated:
                res.drop("name/alias collides with a curated file", f)
                continue
            forms.append(f)
        adjs = [a for a in r["adj"] if match_key(a) not in curated]
        if len(adjs) < len(r["adj"]):
            res.dropped["adjective collides with a curated file"] += len(r["adj"]) - len(adjs)
        if not forms:
            if not any(match_key(f) in curated for f in r["forms"]):
                res.drop("duplicate of an earlier entry", r["forms"][0])
            else:
                res.drop("entry dropped: all names in curated files", r["forms"][0])
            continue
        for f in forms:
            used.add(match_key(f))
        if r["type"] not in ACTOR_TYPES:
            r["type"] = "other"
        actor_rows.append([f"up-{r['origin_line']}", r["type"], r["country"], r["sector"],
                           r["name_en"], forms[0], "|".join(forms[1:]), "|".join(adjs), "",
                           f"universalpetrarch:actor_dict_ar_v4.txt:{r['origin_line']}"])
    agent_rows = []
    for k, g in sorted(res.agents.items(), key=lambda kv: (kv[1]["src"], kv[1]["line"])):
        forms = []
        for f in g["forms"]:
            fk = match_key(f)
            if fk in used or fk in curated or any(match_key(x) == fk for x in forms):
                if fk in curated:
                    res.dropped["agent: form collides with a curated file"] += 1
                continue
            forms.append(f)
        if not forms:
            res.drop("agent: all forms taken (actor or curated)", g["form"])
            continue
        for f in forms:
            used.add(match_key(f))
        en = AGENT_GLOSS.get(fold(g["form"])) or romanize(g["form"], roman)
        if g["src"] == "agents":
            aid, origin = f"up-agent-{g['line']}", f"universalpetrarch:agents.all.ar_v3.txt:{g['line']}"
        else:
            aid, origin = (f"up-agent-a-{g['line']}",
                           f"universalpetrarch:actor_dict_ar_v4.txt:{g['line']}")
        agent_rows.append([aid, g["sector"], "", en, "|".join(forms), origin])
    return actor_rows, agent_rows


def check_actor(n: int, row: dict) -> list[str]:
    e = []
    if row["type"] not in ACTOR_TYPES:
        e.append(f"type {row['type']}")
    if row["sector"] and row["sector"] not in SECTORS:
        e.append(f"sector {row['sector']}")
    if not row["name_en"]:
        e.append("empty name_en")
    if not row["name_ar"]:
        e.append("empty name_ar")
    c = row["country"]
    if c not in COUNTRIES and c not in NON_STATE:
        e.append(f"country {c!r}")
    return e


def check_agent(n: int, row: dict) -> list[str]:
    e = []
    if row["sector"] not in SECTORS:
        e.append(f"sector {row['sector']}")
    if not row["forms_ar"]:
        e.append("empty forms_ar")
    return e


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--refresh-romanization", action="store_true",
                    help="rebuild scripts/upetrarch_romanization.tsv (needs arabic-name-romanizer)")
    ap.add_argument("--show-dropped", action="store_true", help="print examples of drops")
    args = ap.parse_args()
    if not ACTOR_SRC.exists():
        sys.exit(f"missing {ACTOR_SRC}")
    vocab = load_vocab()
    places = place_forms()
    curated = curated_forms()
    res = Result()
    convert(vocab, places, res)
    convert_agents(vocab, res)
    if args.refresh_romanization:
        units = set()
        for a in res.actors.values():
            for w in a["name"].split():
                units.add(fold(w))
                if fold(w).startswith("ال"):
                    units.add(fold(w)[2:])
            ws = a["name"].split()
            for i in range(len(ws) - 1):
                units.add(fold(ws[i] + " " + ws[i + 1]))
        refresh_romanization(units)
    roman = load_romanization()
    actor_rows, agent_rows = build_rows(res, curated, roman)
    head = [
        "Converted from UniversalPETRARCH's Arabic actor dictionary (actor_dict_ar_v4.txt),",
        "MIT licence, (c) 2016 Open Event Data Alliance - see data/NOTICE.md.",
        "Generated by scripts/convert_upetrarch.py: edit the script, not this file.",
        "Surface forms were restored from lemmas by rule; the newest code is kept, without",
        "affiliations (the source's dated codes name no target actor).",
    ]
    write_tsv(ACTOR_OUT, ACTOR_HEADER, actor_rows, head)
    write_tsv(AGENT_OUT, AGENT_HEADER, agent_rows, [
        "Converted from UniversalPETRARCH's Arabic agent dictionary (agents.all.ar_v3.txt) and",
        "the generic role phrases of actor_dict_ar_v4.txt; MIT licence, (c) 2016 Open Event",
        "Data Alliance - see data/NOTICE.md. Generated by scripts/convert_upetrarch.py.",
    ])
    na = validate_file(ACTOR_OUT, ACTOR_HEADER, check_actor)
    ng = validate_file(AGENT_OUT, AGENT_HEADER, check_agent)
    types = collections.Counter(r[1] for r in actor_rows)
    print(f"{ACTOR_OUT.relative_to(ROOT_REL)}: {na} actors  " +
          " ".join(f"{k}={v}" for k, v in types.most_common()))
    print(f"{AGENT_OUT.relative_to(ROOT_REL)}: {ng} agents "
          f"({sum(1 for r in agent_rows if '-a-' in r[0])} from the actor dictionary)")
    print("dropped:")
    for k, v in res.dropped.most_common():
        print(f"  {v:5d}  {k}")
        if args.show_dropped:
            for x in res.examples.get(k, []):
                print(f"           {x}")


ROOT_REL = DATA.parent

if __name__ == "__main__":
    main()
