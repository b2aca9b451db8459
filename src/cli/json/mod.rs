//! The JSON interface (README, "JSON output"), as types: one `Serialize`
//! struct per core result, shared by every command, so `search`, `show` and
//! `check` cannot drift apart. Keys are only ever added. Generic-name keys
//! (`generic`, `drugs`, `lowering`, ...) keep their US values; `display_name`
//! follows `--names`.
//!
//! Every type printed is defined here, filled from the dataset's schema
//! types rather than serialising them, so renaming a schema field cannot
//! change a key. Enum values are the core enums' `as_str` words.
//!
//! This file holds what the commands share: sources, findings (flags),
//! reference ranges of a level, names and look-alikes, and printing. Each
//! command's own output is in its file: [`search`], [`show`] (drug,
//! product and class), [`check`] (the counter check's report).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::check::Entry;
use crate::dataset::{
    Dataset, DrugId, EffectKind, FlagFinding, LevelDirection, NameKind, NameStyle, NameTarget,
    Partner, RangeBand, ReferenceRange, Source, Strength, events_in, levels_in,
};
use crate::search::Candidate;

pub mod check;
pub mod search;
pub mod show;

/// The word of a name kind in `name_kind`.
pub fn name_kind_word(k: NameKind) -> &'static str {
    match k {
        NameKind::Generic => "generic",
        NameKind::International => "international",
        NameKind::Brand => "brand",
        NameKind::ClassName => "class",
        // The word predates single-ingredient products and stays.
        NameKind::Product => "combination",
    }
}

/// The `type` word: a product with one ingredient (an eye drop, a gel) is
/// a "product"; with several, a "combination".
pub fn target_type(ds: &Dataset, target: NameTarget) -> &'static str {
    match target {
        NameTarget::Drug(_) => "drug",
        NameTarget::Class(_) => "class",
        NameTarget::Product(p) if ds.product(p).ingredients.len() == 1 => "product",
        NameTarget::Product(_) => "combination",
    }
}

/// The generic names of the drugs, in order.
fn generics(ds: &Dataset, ids: &[DrugId]) -> Vec<String> {
    ids.iter().map(|&d| ds.drug(d).generic.clone()).collect()
}

/// A cited source.
#[derive(Serialize)]
pub struct SourceJson<'a> {
    id: &'a str,
    kind: &'static str,
    title: &'a str,
    publisher: &'a str,
    section: &'a str,
    date: &'a str,
}

impl<'a> SourceJson<'a> {
    pub fn of(s: &'a Source) -> Self {
        SourceJson {
            id: &s.id,
            kind: s.kind.as_str(),
            title: &s.title,
            publisher: &s.publisher,
            section: &s.section,
            date: &s.date,
        }
    }

    /// The sources with these ids, skipping any the dataset lacks.
    pub fn all(ds: &'a Dataset, ids: &[String]) -> Vec<Self> {
        ids.iter()
            .filter_map(|id| ds.source(id))
            .map(SourceJson::of)
            .collect()
    }
}

#[derive(Serialize)]
pub struct PossibleJson {
    kind: &'static str,
    direction: &'static str,
}

/// What a medicine's findings add up to: `levels` maps every level word to
/// its net direction on established evidence, `events` lists the
/// established event words, `possibly` what rests on limited evidence.
#[derive(Serialize)]
pub struct FindingsJson {
    levels: BTreeMap<&'static str, &'static str>,
    events: Vec<&'static str>,
    possibly: Vec<PossibleJson>,
}

impl FindingsJson {
    pub fn of(findings: &[FlagFinding]) -> Self {
        FindingsJson {
            levels: levels_in(findings)
                .into_iter()
                .map(|(k, d)| (k.as_str(), d.as_str()))
                .collect(),
            events: events_in(findings)
                .into_iter()
                .map(EffectKind::as_str)
                .collect(),
            possibly: findings
                .iter()
                .filter(|f| f.strength == Strength::Possible)
                .map(|f| PossibleJson {
                    kind: f.flag.kind.as_str(),
                    direction: f.flag.direction.as_str(),
                })
                .collect(),
        }
    }

    fn potassium(&self) -> &'static str {
        self.levels
            .get(EffectKind::Potassium.as_str())
            .copied()
            .unwrap_or(LevelDirection::None.as_str())
    }

    fn has_event(&self, kind: EffectKind) -> bool {
        self.events.contains(&kind.as_str())
    }
}

/// The usual range of a blood level in one market, with its severity
/// bands.
#[derive(Serialize)]
pub struct ReferenceRangeJson<'a> {
    id: &'a str,
    name: &'a str,
    level: Option<&'static str>,
    drugs: &'a [String],
    market: &'static str,
    unit: &'a str,
    low: f64,
    high: f64,
    bands: Vec<RangeBandJson<'a>>,
    note: Option<&'a str>,
    sources: &'a [String],
}

/// One severity band of a reference range.
#[derive(Serialize)]
pub struct RangeBandJson<'a> {
    label: &'a str,
    from: Option<f64>,
    below: Option<f64>,
    urgency: &'static str,
}

impl<'a> ReferenceRangeJson<'a> {
    pub fn of(r: &'a ReferenceRange) -> Self {
        ReferenceRangeJson {
            id: &r.id,
            name: &r.name,
            level: r.level.map(EffectKind::as_str),
            drugs: &r.drugs,
            market: r.market.as_str(),
            unit: &r.unit,
            low: r.low,
            high: r.high,
            bands: r.bands.iter().map(RangeBandJson::of).collect(),
            note: r.note.as_deref(),
            sources: &r.sources,
        }
    }

    pub fn all(ranges: Vec<&'a ReferenceRange>) -> Vec<Self> {
        ranges.into_iter().map(ReferenceRangeJson::of).collect()
    }
}

impl<'a> RangeBandJson<'a> {
    fn of(b: &'a RangeBand) -> Self {
        RangeBandJson {
            label: &b.label,
            from: b.from,
            below: b.below,
            urgency: b.urgency.as_str(),
        }
    }
}

/// A tall-man spelling and who gives it.
#[derive(Serialize)]
pub struct TallManJson<'a> {
    name: &'a str,
    source: &'a str,
}

impl<'a> TallManJson<'a> {
    fn of(ds: &'a Dataset, name: &str) -> Option<Self> {
        ds.tall_man_spelling(name).map(|t| TallManJson {
            name: &t.name,
            source: &t.source,
        })
    }
}

/// One look-alike partner.
#[derive(Serialize)]
pub struct LookAlikeJson<'a> {
    name: &'a str,
    /// What the partner is in the dataset, if it is ("citalopram").
    names: Option<String>,
    #[serde(rename = "type")]
    kind: Option<&'static str>,
    source: &'a str,
    tall_man: Option<TallManJson<'a>>,
    /// Which of this medicine's own names the list pairs it with.
    paired_with: Option<&'a str>,
    /// In `check`: whether the pair matters for what was typed (a pair
    /// recorded on a brand only when that brand was typed).
    #[serde(skip_serializing_if = "Option::is_none")]
    relevant: Option<bool>,
}

impl<'a> LookAlikeJson<'a> {
    fn one(ds: &'a Dataset, p: &'a Partner, style: NameStyle, relevant: Option<bool>) -> Self {
        LookAlikeJson {
            name: &p.name,
            names: p.target.map(|t| ds.display_name(t, style).to_owned()),
            kind: p.target.map(|t| target_type(ds, t)),
            source: &p.source,
            tall_man: TallManJson::of(ds, &p.name),
            paired_with: p.paired_with.as_deref(),
            relevant,
        }
    }

    pub fn all(ds: &'a Dataset, target: NameTarget, style: NameStyle) -> Vec<Self> {
        ds.look_alikes(target)
            .iter()
            .map(|p| Self::one(ds, p, style, None))
            .collect()
    }

    /// A counter-check entry's partners, each with whether it matters.
    pub fn of_entry(ds: &'a Dataset, e: &Entry, style: NameStyle) -> Vec<Self> {
        e.look_alikes(ds)
            .into_iter()
            .map(|(p, relevant)| Self::one(ds, p, style, Some(relevant)))
            .collect()
    }
}

/// A candidate to pick for an unresolved name.
#[derive(Serialize)]
pub struct CandidateJson<'a> {
    name: &'a str,
    display_name: String,
    #[serde(rename = "type")]
    kind: &'static str,
    matched: Option<&'a str>,
}

impl<'a> CandidateJson<'a> {
    pub fn all(ds: &'a Dataset, candidates: &'a [Candidate], style: NameStyle) -> Vec<Self> {
        candidates
            .iter()
            .map(|c| CandidateJson {
                name: &c.name,
                display_name: ds.display_label(c.target, style),
                kind: target_type(ds, c.target),
                matched: c.matched.as_deref(),
            })
            .collect()
    }
}

/// Prints a value as pretty JSON with a final newline.
pub fn print<T: Serialize>(out: &mut dyn std::io::Write, value: &T) {
    write_json(out, serde_json::to_string_pretty(value));
}

/// Prints a value as JSON on one line.
pub fn print_line<T: Serialize>(out: &mut dyn std::io::Write, value: &T) {
    write_json(out, serde_json::to_string(value));
}

fn write_json(out: &mut dyn std::io::Write, text: serde_json::Result<String>) {
    // Should a value not serialise, the message is printed as JSON too,
    // escaped like any other string.
    let text = text.unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string());
    let _ = writeln!(out, "{text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value whose serialisation fails with the given message.
    struct Failing(&'static str);

    impl Serialize for Failing {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom(self.0))
        }
    }

    #[test]
    fn an_error_with_quotes_and_backslashes_prints_valid_json() {
        let message = r#"the "name" field at C:\data\x is bad"#;
        for pretty in [true, false] {
            let mut out = Vec::new();
            if pretty {
                print(&mut out, &Failing(message));
            } else {
                print_line(&mut out, &Failing(message));
            }
            let text = String::from_utf8(out).expect("utf-8");
            assert!(text.ends_with('\n'), "{text}");
            let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(value["error"].as_str(), Some(message), "{text}");
        }
    }
}
