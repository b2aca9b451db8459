//! The words the window prints for the dataset's enumerated values, in the
//! pharmacist's language. Wording only: every value comes from the core.

use crate::dataset::{
    Direction, EffectFlag, EffectKind, Evidence, Frequency, Market, NameKind, SourceKind,
};

/// The short badge for a flag, as shown beside a medicine.
pub fn flag_badge(flag: EffectFlag) -> &'static str {
    match flag {
        EffectFlag::LowersPotassium => "K⁺ ↓",
        EffectFlag::RaisesPotassium => "K⁺ ↑",
        EffectFlag::Tremor => "tremor",
        EffectFlag::MuscleWeakness => "weakness",
    }
}

/// The flag in words, for hover text, filters and column explanations.
pub fn flag_words(flag: EffectFlag) -> &'static str {
    match flag {
        EffectFlag::LowersPotassium => "lowers serum potassium",
        EffectFlag::RaisesPotassium => "raises serum potassium",
        EffectFlag::Tremor => "can cause tremor",
        EffectFlag::MuscleWeakness => "can cause muscle weakness",
    }
}

/// The heading of an effect card: what the effect does.
pub fn effect_title(kind: EffectKind, direction: Direction) -> &'static str {
    match (kind, direction) {
        (EffectKind::Potassium, Direction::Lowers) => "K⁺ ↓  Lowers serum potassium",
        (EffectKind::Potassium, Direction::Raises) => "K⁺ ↑  Raises serum potassium",
        (EffectKind::Potassium, _) => "No expected effect on serum potassium",
        (EffectKind::Tremor, Direction::NoEffect) => "Not expected to cause tremor",
        (EffectKind::Tremor, _) => "Can cause tremor",
        (EffectKind::MuscleWeakness, Direction::NoEffect) => {
            "Not expected to cause muscle weakness"
        }
        (EffectKind::MuscleWeakness, _) => "Can cause muscle weakness",
    }
}

pub fn frequency(f: Frequency) -> &'static str {
    match f {
        Frequency::VeryCommon => "very common (1 in 10 or more)",
        Frequency::Common => "common (1 in 100 to 1 in 10)",
        Frequency::Uncommon => "uncommon (1 in 1,000 to 1 in 100)",
        Frequency::Rare => "rare (1 in 10,000 to 1 in 1,000)",
        Frequency::VeryRare => "very rare (fewer than 1 in 10,000)",
        Frequency::NotKnown => "not known (cannot be estimated)",
        Frequency::NotExpected => "not expected",
    }
}

pub fn evidence(e: Evidence) -> &'static str {
    match e {
        Evidence::Strong => "strong (label warning or controlled trials)",
        Evidence::Moderate => "moderate (label adverse reaction or observational data)",
        Evidence::Limited => "limited (case reports, class extrapolation or mechanism)",
    }
}

pub fn source_kind(k: SourceKind) -> &'static str {
    match k {
        SourceKind::FdaLabel => "FDA label",
        SourceKind::Smpc => "SmPC",
        SourceKind::Bnf => "BNF",
        SourceKind::Guideline => "guideline",
        SourceKind::SafetyList => "safety list",
        SourceKind::PublicHealth => "public health",
        SourceKind::Review => "review",
    }
}

/// How the matched name relates to the medicine ("brand", "British name").
pub fn name_kind(k: NameKind) -> &'static str {
    match k {
        NameKind::Generic => "generic",
        NameKind::International => "international name",
        NameKind::Brand => "brand",
        NameKind::ClassName => "class",
        NameKind::Product => "combination product",
    }
}

pub fn market(m: Market) -> &'static str {
    match m {
        Market::US => "US",
        Market::UK => "UK",
        Market::IE => "Ireland",
        Market::EU => "EU",
        Market::CA => "Canada",
        Market::AU => "Australia",
        Market::NZ => "New Zealand",
    }
}

/// Every market, in the order the names-by-market table lists them.
pub const MARKETS: [Market; 7] = [
    Market::US,
    Market::UK,
    Market::IE,
    Market::EU,
    Market::CA,
    Market::AU,
    Market::NZ,
];
