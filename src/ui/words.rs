//! The words the window prints for the dataset's enumerated values, in the
//! pharmacist's language. Wording only: every value comes from the core.

use crate::dataset::{
    Direction, EffectFlag, EffectKind, Evidence, Frequency, InteractionAction, Market, NameKind,
    Shape, SourceKind, Verdict,
};

/// The heading of an effect card: what the effect does.
pub fn effect_title(kind: EffectKind, direction: Direction) -> String {
    let info = kind.info();
    match direction {
        Direction::NoEffect => match info.shape {
            Shape::Level => format!("No expected effect on serum {}", info.noun),
            Shape::Event => format!("Not expected to cause {}", info.noun),
        },
        d => {
            let flag = EffectFlag::new(kind, d);
            let words = flag.words();
            let mut chars = words.chars();
            let first = chars
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default();
            format!("{}  {first}{}", flag.badge(), chars.as_str())
        }
    }
}

/// What the dataset says when a reviewed medicine states nothing for a kind,
/// or when it was never reviewed: never "nothing" for unknown.
pub fn verdict_line(kind: EffectKind, verdict: &Verdict<'_>) -> Option<String> {
    let label = kind.info().label;
    match verdict {
        Verdict::Stated(_) => None,
        Verdict::NothingDocumented(sources) => {
            let ids: Vec<&str> = sources.iter().map(|s| s.title.as_str()).collect();
            Some(format!(
                "{label}: no documented effect (reviewed against: {})",
                ids.join("; ")
            ))
        }
        Verdict::NotReviewed => Some(format!("{label}: not reviewed in this dataset")),
    }
}

/// What an interaction asks the pharmacist to do.
pub fn action(a: InteractionAction) -> &'static str {
    match a {
        InteractionAction::Avoid => "avoid the combination",
        InteractionAction::DoseCap => "keep within the dose cap",
        InteractionAction::CheckLevel => "check a blood level",
        InteractionAction::Monitor => "watch for the effects",
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
        NameKind::Product => "product",
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
