//! The closed vocabularies lexicon entries are checked against: PLOVER v0.8 categories,
//! modes, contexts and sectors, khayt's JOIN/SPLIT extension, country codes.

/// PLOVER v0.8 categories with their modes, plus khayt's JOIN and SPLIT.
pub const CATEGORIES: &[(&str, &[&str])] = &[
    ("AGREE", &[]),
    (
        "CONSULT",
        &["visit", "third-party", "multilateral", "phone"],
    ),
    ("SUPPORT", &[]),
    ("CONCEDE", &[]),
    ("COOPERATE", &[]),
    ("AID", &[]),
    (
        "RETREAT",
        &[
            "withdraw",
            "release",
            "disarm",
            "ceasefire",
            "access",
            "resign",
            "return",
        ],
    ),
    ("REQUEST", &["assist", "change", "yield", "meet"]),
    ("ACCUSE", &["disapprove", "investigate", "allege"]),
    ("REJECT", &["assist", "change", "yield", "meet"]),
    (
        "THREATEN",
        &[
            "restrict",
            "arrest",
            "relations",
            "expel",
            "territory",
            "violence",
            "ban",
            "rights",
        ],
    ),
    (
        "PROTEST",
        &[
            "demo",
            "riot",
            "strike",
            "hunger",
            "boycott",
            "obstruct",
            "vandalize",
        ],
    ),
    ("SANCTION", &["convict", "expel", "withdraw", "discontinue"]),
    ("MOBILIZE", &["troops", "weapons", "police", "militia"]),
    (
        "COERCE",
        &[
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
            "ban",
        ],
    ),
    (
        "ASSAULT",
        &[
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
            "execute",
            "assassinate",
            "cleansing",
            "massacre",
        ],
    ),
    ("JOIN", &["pledge", "merge", "join"]),
    ("SPLIT", &["split", "defect"]),
];

pub const CONTEXTS: &[&str] = &[
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
    "humanitarian",
];

pub const SECTORS: &[&str] = &[
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
];

pub const NON_STATE: &[&str] = &["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"];

/// ISO 3166-1 alpha-3 codes (plus KOS, which PLOVER uses for Kosovo).
pub const ISO3: &str = "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KOS KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE";

pub const ACTOR_TYPES: &[&str] = &[
    "state",
    "government",
    "military",
    "security",
    "intelligence",
    "ministry",
    "armed_group",
    "party",
    "person",
    "igo",
    "ngo",
    "monitor",
    "media",
    "coalition",
    "tribe",
    "religious",
    "other",
];

pub const PLACE_TYPES: &[&str] = &[
    "country",
    "governorate",
    "district",
    "subdistrict",
    "region",
    "city",
    "town",
    "village",
    "camp",
    "neighbourhood",
    "river",
    "crossing",
    "airport",
    "base",
    "dam",
    "mountain",
    "other",
];

pub const RELATIONS: &[&str] = &[
    "member_of",
    "part_of",
    "leads",
    "commands",
    "spokesperson_of",
    "merged_into",
    "renamed_to",
    "split_from",
    "allied_with",
    "backed_by",
];

pub fn is_country(code: &str) -> bool {
    // ISO3 is sorted and of fixed width (a test checks): a binary search, since every
    // actor, agent and place row of the lexicons is checked while loading
    if NON_STATE.contains(&code) {
        return true;
    }
    if code.len() != 3 {
        return false;
    }
    let (mut lo, mut hi) = (0, ISO3.len().div_ceil(4));
    while lo < hi {
        let mid = (lo + hi) / 2;
        match ISO3.get(4 * mid..4 * mid + 3).map(|c| c.cmp(code)) {
            Some(std::cmp::Ordering::Less) => lo = mid + 1,
            Some(std::cmp::Ordering::Greater) => hi = mid,
            Some(std::cmp::Ordering::Equal) => return true,
            None => return false,
        }
    }
    false
}

pub fn category_modes(cat: &str) -> Option<&'static [&'static str]> {
    CATEGORIES.iter().find(|(c, _)| *c == cat).map(|(_, m)| *m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso3_is_sorted_and_of_fixed_width_for_the_binary_search() {
        let codes: Vec<&str> = ISO3.split(' ').collect();
        assert!(codes.iter().all(|c| c.len() == 3));
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn every_listed_code_and_no_other_is_a_country() {
        for c in ISO3.split(' ').chain(NON_STATE.iter().copied()) {
            assert!(is_country(c), "{c}");
        }
        for c in ["", "AAA", "ZZZ", "IR", "IRQQ", "irq", "ABX"] {
            assert!(!is_country(c), "{c}");
        }
    }
}
