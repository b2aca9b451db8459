//! `search --json`: one object per hit, and with `--nearest` the names
//! offered when nothing matched.

use serde::Serialize;

use super::{FindingsJson, LookAlikeJson, name_kind_word, target_type};
use crate::dataset::{Dataset, NameStyle, NameTarget};
use crate::search::{Hit, Suggestion};

/// One search hit.
#[derive(Serialize)]
pub struct HitJson<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
    display_name: String,
    generic: Option<&'a str>,
    ingredients: Vec<&'a str>,
    matched: &'a str,
    name_kind: &'static str,
    #[serde(rename = "match")]
    match_kind: &'static str,
    score: u32,
    potassium: &'static str,
    lasa: &'a [String],
    look_alikes: Vec<LookAlikeJson<'a>>,
    corrected_from: Option<&'a str>,
    tie: bool,
    #[serde(flatten)]
    findings: FindingsJson,
    route: Option<&'static str>,
}

impl<'a> HitJson<'a> {
    pub fn of(ds: &'a Dataset, hit: &'a Hit, style: NameStyle) -> Self {
        // A class is browsed, not judged: its levels and events are empty.
        let findings = match hit.target {
            NameTarget::Class(_) => FindingsJson::of(&[]),
            t => FindingsJson::of(&ds.flags_of(t)),
        };
        HitJson {
            kind: target_type(ds, hit.target),
            name: ds.target_name(hit.target),
            display_name: ds.display_label(hit.target, style),
            generic: match hit.target {
                NameTarget::Drug(d) => Some(&ds.drug(d).generic),
                _ => None,
            },
            ingredients: match hit.target {
                NameTarget::Product(p) => ds
                    .product(p)
                    .ingredients
                    .iter()
                    .map(String::as_str)
                    .collect(),
                _ => Vec::new(),
            },
            matched: &hit.matched,
            name_kind: name_kind_word(hit.name_kind),
            match_kind: hit.kind.as_str(),
            score: hit.score,
            potassium: findings.potassium(),
            lasa: &hit.lasa,
            look_alikes: LookAlikeJson::all(ds, hit.target, style),
            corrected_from: hit.corrected_from.as_deref(),
            tie: hit.tie,
            findings,
            route: match hit.target {
                NameTarget::Product(p) => Some(ds.product(p).route.as_str()),
                _ => None,
            },
        }
    }
}

/// A name offered when nothing matched (`search --json --nearest`).
#[derive(Serialize)]
pub struct NearestJson<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    names: String,
    distance: usize,
}

impl<'a> NearestJson<'a> {
    pub fn of(ds: &'a Dataset, s: &'a Suggestion, style: NameStyle) -> Self {
        NearestJson {
            name: &s.name,
            kind: target_type(ds, s.target),
            names: ds.display_label(s.target, style),
            distance: s.distance,
        }
    }
}

/// `search --json --nearest`: the hits, and when there are none the
/// nearest names within the stated distance.
#[derive(Serialize)]
pub struct SearchJson<'a> {
    query: &'a str,
    searched: &'a str,
    hits: Vec<HitJson<'a>>,
    nearest: Vec<NearestJson<'a>>,
}

impl<'a> SearchJson<'a> {
    pub fn new(
        query: &'a str,
        searched: &'a str,
        hits: Vec<HitJson<'a>>,
        nearest: Vec<NearestJson<'a>>,
    ) -> Self {
        SearchJson {
            query,
            searched,
            hits,
            nearest,
        }
    }
}
