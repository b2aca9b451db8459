//! The JSON interface (README, "JSON output"), as types: one `Serialize`
//! struct per core result, shared by every command, so `search`, `show` and
//! `check` cannot drift apart. Keys are only ever added. Generic-name keys
//! (`generic`, `drugs`, `lowering`, ...) keep their US values; `display_name`
//! follows `--names`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::check::{
    Action, ActionOrigin, Answer, Entry, LevelBalance, PatientContext, Report, Resolved, RiskNote,
};
use crate::dataset::{
    AppliedEffect, ClassId, Dataset, DrugId, EffectKind, EffectOrigin, FlagFinding, LevelDirection,
    NameKind, NameStyle, NameTarget, Partner, ProductId, ReferenceRange, Source, Strength, Verdict,
    events_in, levels_in,
};
use crate::search::{Candidate, Hit, Unresolved};

/// A serde enum's own data word ("very_common", "fda_label").
pub fn enum_word<T: Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

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

fn generics(ds: &Dataset, ids: &[DrugId]) -> Vec<String> {
    ids.iter().map(|&d| ds.drug(d).generic.clone()).collect()
}

#[derive(Serialize)]
pub struct SourceJson<'a> {
    id: &'a str,
    kind: String,
    title: &'a str,
    publisher: &'a str,
    section: &'a str,
    date: &'a str,
}

impl<'a> SourceJson<'a> {
    pub fn of(s: &'a Source) -> Self {
        SourceJson {
            id: &s.id,
            kind: enum_word(s.kind),
            title: &s.title,
            publisher: &s.publisher,
            section: &s.section,
            date: &s.date,
        }
    }

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

fn lasa_names(ds: &Dataset, target: NameTarget) -> Vec<&str> {
    ds.look_alikes(target)
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

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
    pub fn of(ds: &'a Dataset, s: &'a crate::search::Suggestion, style: NameStyle) -> Self {
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

#[derive(Serialize)]
pub struct EffectJson<'a> {
    kind: &'static str,
    direction: &'static str,
    frequency: String,
    evidence: String,
    mechanism: &'a str,
    onset: &'a str,
    risk_factors: &'a [String],
    monitoring: &'a str,
    counselling: &'a str,
    refer_if: &'a Option<String>,
    refer_urgency: Option<&'static str>,
    context: &'a Option<String>,
    inherited_from: Option<&'a str>,
    routes: Vec<&'static str>,
    sources: Vec<SourceJson<'a>>,
}

impl<'a> EffectJson<'a> {
    pub fn of(ds: &'a Dataset, a: &AppliedEffect<'a>) -> Self {
        let e = a.effect;
        EffectJson {
            kind: e.kind.as_str(),
            direction: e.direction.as_str(),
            frequency: enum_word(e.frequency),
            evidence: enum_word(e.evidence),
            mechanism: &e.mechanism,
            onset: &e.onset,
            risk_factors: &e.risk_factors,
            monitoring: &e.monitoring,
            counselling: &e.counselling,
            refer_if: &e.refer_if,
            refer_urgency: e.refer_urgency.map(|u| u.as_str()),
            context: &e.context,
            inherited_from: match a.origin {
                EffectOrigin::Drug | EffectOrigin::Product(_) => None,
                EffectOrigin::Class(c) => Some(&ds.class(c).id),
            },
            routes: e.routes.iter().map(|r| r.as_str()).collect(),
            sources: SourceJson::all(ds, &e.sources),
        }
    }
}

#[derive(Serialize)]
pub struct VerdictJson<'a> {
    verdict: &'static str,
    reviewed_against: Vec<&'a str>,
}

/// A rule or interaction that names a drug.
#[derive(Serialize)]
pub struct RuleRefJson<'a> {
    id: &'a str,
    kind: &'static str,
    title: &'a str,
    urgency: &'static str,
}

/// `show --json` for one drug.
#[derive(Serialize)]
pub struct DrugJson<'a> {
    generic: &'a str,
    display_name: String,
    uk_name: Option<&'a str>,
    inn: Option<&'a str>,
    class: &'a str,
    class_id: &'a str,
    subclass: Option<&'a str>,
    subclass_id: Option<&'a str>,
    potassium: &'static str,
    tremor: bool,
    weakness: bool,
    #[serde(flatten)]
    findings: FindingsJson,
    verdicts: BTreeMap<&'static str, VerdictJson<'a>>,
    reviewed_against: Vec<&'a str>,
    reference_ranges: Vec<&'a ReferenceRange>,
    interactions: Vec<RuleRefJson<'a>>,
    effects: Vec<EffectJson<'a>>,
    names: Vec<&'a str>,
    international: &'a [String],
    brands: &'a [crate::dataset::Brand],
    combinations: Vec<&'a str>,
    lasa: Vec<&'a str>,
    look_alikes: Vec<LookAlikeJson<'a>>,
    tall_man: Option<TallManJson<'a>>,
    note: &'a Option<String>,
    dataset_version: &'a str,
    /// Set by `show`: the name the query matched and how.
    matched: Option<&'a str>,
    #[serde(rename = "match")]
    match_kind: Option<&'static str>,
    corrected_from: Option<&'a str>,
}

impl<'a> DrugJson<'a> {
    pub fn of(ds: &'a Dataset, id: DrugId, style: NameStyle) -> Self {
        let drug = ds.drug(id);
        let chain = ds.class_chain(ds.class_of(id));
        let (own, top_id) = (chain[0], *chain.last().expect("non-empty chain"));
        let top = ds.class(top_id);
        let subclass = (own != top_id).then(|| ds.class(own));
        let target = NameTarget::Drug(id);
        let findings = FindingsJson::of(&ds.flags_of(target));
        let (rules, interactions) = ds.rules_naming(id);
        DrugJson {
            generic: &drug.generic,
            display_name: ds.drug_label(id, style),
            uk_name: drug.uk_name.as_deref(),
            inn: drug.inn.as_deref(),
            class: &top.name,
            class_id: &top.id,
            subclass: subclass.map(|c| c.name.as_str()),
            subclass_id: subclass.map(|c| c.id.as_str()),
            potassium: findings.potassium(),
            tremor: findings.has_event(EffectKind::Tremor),
            weakness: findings.has_event(EffectKind::MuscleWeakness),
            findings,
            verdicts: ds
                .verdicts(id)
                .into_iter()
                .map(|(kind, v)| {
                    let reviewed_against = match &v {
                        Verdict::NothingDocumented(sources) => {
                            sources.iter().map(|s| s.id.as_str()).collect()
                        }
                        _ => Vec::new(),
                    };
                    (
                        kind.as_str(),
                        VerdictJson {
                            verdict: v.as_str(),
                            reviewed_against,
                        },
                    )
                })
                .collect(),
            reviewed_against: ds
                .review_sources(id)
                .into_iter()
                .map(|s| s.id.as_str())
                .collect(),
            reference_ranges: ds.ranges_for_drug(id),
            interactions: rules
                .iter()
                .map(|r| RuleRefJson {
                    id: &r.id,
                    kind: r.kind.as_str(),
                    title: &r.title,
                    urgency: r.urgency.as_str(),
                })
                .chain(interactions.iter().map(|x| RuleRefJson {
                    id: &x.id,
                    kind: "exposure",
                    title: &x.title,
                    urgency: x.urgency.as_str(),
                }))
                .collect(),
            effects: ds
                .effects_of(id)
                .iter()
                .map(|a| EffectJson::of(ds, a))
                .collect(),
            names: ds.names_of(id),
            international: &drug.international,
            brands: &drug.brands,
            combinations: ds
                .products_with(id)
                .into_iter()
                .map(|p| ds.product(p).name.as_str())
                .collect(),
            lasa: lasa_names(ds, target),
            look_alikes: LookAlikeJson::all(ds, target, style),
            tall_man: TallManJson::of(ds, &drug.generic),
            note: &drug.note,
            dataset_version: &ds.metadata().version,
            matched: None,
            match_kind: None,
            corrected_from: None,
        }
    }

    /// With the name the query matched.
    pub fn matched(
        mut self,
        matched: &'a str,
        kind: &'static str,
        corrected: Option<&'a str>,
    ) -> Self {
        self.matched = Some(matched);
        self.match_kind = Some(kind);
        self.corrected_from = corrected;
        self
    }
}

#[derive(Serialize)]
pub struct IngredientJson<'a> {
    generic: &'a str,
    display_name: String,
}

/// `show --json` for a product (a combination, or one ingredient by its
/// own route).
#[derive(Serialize)]
pub struct ProductJson<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
    display_name: &'a str,
    route: &'static str,
    markets: &'a [crate::dataset::Market],
    other_names: &'a [String],
    ingredients: Vec<IngredientJson<'a>>,
    potassium: &'static str,
    #[serde(flatten)]
    findings: FindingsJson,
    /// Every effect the product carries by its route, ingredient by
    /// ingredient (each ingredient's mechanism once).
    effects: Vec<ProductEffectJson<'a>>,
    reviewed_against: &'a [String],
    no_flags: Option<&'static str>,
    lasa: Vec<&'a str>,
    look_alikes: Vec<LookAlikeJson<'a>>,
    dataset_version: &'a str,
    matched: &'a str,
    #[serde(rename = "match")]
    match_kind: &'static str,
    corrected_from: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ProductEffectJson<'a> {
    ingredient: &'a str,
    #[serde(flatten)]
    effect: EffectJson<'a>,
}

impl<'a> ProductJson<'a> {
    pub fn of(
        ds: &'a Dataset,
        id: ProductId,
        style: NameStyle,
        matched: &'a str,
        match_kind: &'static str,
        corrected_from: Option<&'a str>,
    ) -> Self {
        let p = ds.product(id);
        let target = NameTarget::Product(id);
        let findings = FindingsJson::of(&ds.flags_of(target));
        let effects = ds
            .taken_of(target)
            .into_iter()
            .flat_map(|t| {
                let generic = ds.drug(t.drug).generic.as_str();
                ds.effects_taken(t)
                    .into_iter()
                    .map(move |a| (generic, a))
                    .collect::<Vec<_>>()
            })
            .map(|(ingredient, a)| ProductEffectJson {
                ingredient,
                effect: EffectJson::of(ds, &a),
            })
            .collect();
        ProductJson {
            kind: target_type(ds, target),
            name: &p.name,
            display_name: &p.name,
            route: p.route.as_str(),
            markets: &p.markets,
            other_names: &p.other_names,
            ingredients: ds
                .ingredients(id)
                .into_iter()
                .map(|d| IngredientJson {
                    generic: &ds.drug(d).generic,
                    display_name: ds.drug_label(d, style),
                })
                .collect(),
            potassium: findings.potassium(),
            findings,
            effects,
            reviewed_against: &p.reviewed_against,
            no_flags: ds.unflagged_verdict(target).map(|v| v.as_str()),
            lasa: lasa_names(ds, target),
            look_alikes: LookAlikeJson::all(ds, target, style),
            dataset_version: &ds.metadata().version,
            matched,
            match_kind,
            corrected_from,
        }
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

/// `show --json` when the name does not resolve to one medicine.
#[derive(Serialize)]
pub struct OpenJson<'a> {
    input: &'a str,
    reason: &'static str,
    reason_text: &'static str,
    candidates: Vec<CandidateJson<'a>>,
    dataset_version: &'a str,
}

impl<'a> OpenJson<'a> {
    pub fn new(
        ds: &'a Dataset,
        input: &'a str,
        reason: Unresolved,
        candidates: &'a [Candidate],
        style: NameStyle,
    ) -> Self {
        OpenJson {
            input,
            reason: reason.as_str(),
            reason_text: reason.sentence(),
            candidates: CandidateJson::all(ds, candidates, style),
            dataset_version: &ds.metadata().version,
        }
    }
}

/// One line of the medicine list in `check --json`.
#[derive(Serialize)]
pub struct EntryJson<'a> {
    input: &'a str,
    no_flags: Option<&'static str>,
    #[serde(rename = "type")]
    kind: &'static str,
    name: Option<&'a str>,
    display_name: Option<String>,
    generic: Option<&'a str>,
    ingredients: Vec<String>,
    matched: Option<&'a str>,
    #[serde(rename = "match")]
    match_kind: Option<&'static str>,
    corrected_from: Option<&'a str>,
    reason: Option<&'static str>,
    reason_text: Option<&'static str>,
    suggestions: Vec<&'a str>,
    candidates: Vec<CandidateJson<'a>>,
    look_alikes: Vec<LookAlikeJson<'a>>,
    /// The patient is buying it now (`--buying`).
    buying: bool,
    /// For a class that acts as one medicine ("lithium"): the member it
    /// is checked as.
    stands_for: Option<&'a str>,
}

impl<'a> EntryJson<'a> {
    pub fn of(ds: &'a Dataset, e: &'a Entry, style: NameStyle) -> Self {
        let target = e.target();
        let mut json = EntryJson {
            input: &e.input,
            no_flags: target
                .and_then(|t| ds.unflagged_verdict(t))
                .map(|v| v.as_str()),
            kind: target.map_or("unresolved", |t| target_type(ds, t)),
            name: target.map(|t| ds.target_name(t)),
            display_name: target.map(|t| ds.display_label(t, style)),
            generic: None,
            ingredients: Vec::new(),
            matched: e.matched.as_deref(),
            match_kind: e.match_kind.map(|k| k.as_str()),
            corrected_from: e.corrected_from.as_deref(),
            reason: None,
            reason_text: None,
            suggestions: Vec::new(),
            candidates: Vec::new(),
            look_alikes: LookAlikeJson::of_entry(ds, e, style),
            buying: e.buying,
            stands_for: None,
        };
        match &e.resolved {
            Resolved::Drug(d) => json.generic = Some(&ds.drug(*d).generic),
            Resolved::Class { stands_for, .. } => {
                json.generic = Some(&ds.drug(*stands_for).generic);
                json.stands_for = Some(&ds.drug(*stands_for).generic);
            }
            Resolved::Product(_, parts) => json.ingredients = generics(ds, parts),
            Resolved::Unresolved { reason, candidates } => {
                json.reason = Some(reason.as_str());
                json.reason_text = Some(reason.sentence());
                json.suggestions = candidates.iter().map(|c| c.name.as_str()).collect();
                json.candidates = CandidateJson::all(ds, candidates, style);
            }
        }
        json
    }
}

#[derive(Serialize)]
pub struct LevelJson {
    net: &'static str,
    lowering: Vec<String>,
    raising: Vec<String>,
    possibly_lowering: Vec<String>,
    possibly_raising: Vec<String>,
}

impl LevelJson {
    pub fn of(ds: &Dataset, b: &LevelBalance) -> Self {
        LevelJson {
            net: b.net.as_str(),
            lowering: generics(ds, &b.lowering),
            raising: generics(ds, &b.raising),
            possibly_lowering: generics(ds, &b.possibly_lowering),
            possibly_raising: generics(ds, &b.possibly_raising),
        }
    }
}

#[derive(Serialize)]
pub struct DoseCapJson<'a> {
    market: crate::dataset::Market,
    text: &'a str,
}

#[derive(Serialize)]
pub struct NoteJson<'a> {
    id: &'a str,
    kind: &'static str,
    urgency: &'static str,
    title: &'a str,
    note: &'a str,
    monitoring: &'a str,
    drugs: Vec<String>,
    sources: Vec<SourceJson<'a>>,
    #[serde(flatten)]
    exposure: Option<ExposureJson<'a>>,
}

/// The keys an exposure interaction's note adds.
#[derive(Serialize)]
pub struct ExposureJson<'a> {
    raised: Vec<String>,
    by: Vec<String>,
    mechanism: &'static str,
    how: &'a str,
    effects: Vec<&'static str>,
    action: &'static str,
    dose_caps: Vec<DoseCapJson<'a>>,
}

impl<'a> NoteJson<'a> {
    pub fn of(ds: &'a Dataset, n: &'a RiskNote) -> Self {
        NoteJson {
            id: n.id(),
            kind: n.kind().as_str(),
            urgency: n.urgency().as_str(),
            title: n.title(),
            note: n.note(),
            monitoring: n.monitoring(),
            drugs: generics(ds, &n.drugs),
            sources: SourceJson::all(ds, n.sources()),
            exposure: n.interaction().map(|x| ExposureJson {
                raised: generics(ds, &n.raised),
                by: generics(ds, &n.by),
                mechanism: x.mechanism.as_str(),
                how: &x.how,
                effects: x.effects.iter().map(|k| k.as_str()).collect(),
                action: x.action.as_str(),
                dose_caps: x
                    .dose_caps
                    .iter()
                    .map(|c| DoseCapJson {
                        market: c.market,
                        text: &c.text,
                    })
                    .collect(),
            }),
        }
    }
}

#[derive(Serialize)]
pub struct ExplanationJson<'a> {
    generic: &'a str,
    display_name: String,
    effect: &'static str,
    strength: &'static str,
    direction: &'static str,
    frequency: String,
    evidence: String,
    mechanism: &'a str,
    monitoring: &'a str,
    counselling: &'a str,
    refer_if: &'a Option<String>,
    refer_urgency: Option<&'static str>,
    sources: Vec<SourceJson<'a>>,
}

#[derive(Serialize)]
pub struct CauseJson<'a> {
    id: &'a str,
    name: &'a str,
    ask: &'a str,
}

#[derive(Serialize)]
pub struct SymptomJson<'a> {
    complaint: &'static str,
    medicines: Vec<ExplanationJson<'a>>,
    other_causes: Vec<CauseJson<'a>>,
}

#[derive(Serialize)]
pub struct RedFlagJson<'a> {
    id: &'a str,
    sign: &'a str,
    possible_cause: &'a str,
    action: &'a str,
    urgency: &'static str,
    /// Tied to this patient's complaint, list or medicines; the rest are
    /// general emergencies.
    related: bool,
}

/// `show` of a class: its members, its statements and reference ranges.
#[derive(Serialize)]
pub struct ClassJson<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    name: &'a str,
    other_names: &'a [String],
    parent: Option<&'a str>,
    summary: &'a str,
    members: Vec<String>,
    /// The member that stands for the class in the counter check, when
    /// every member makes the same statements.
    stands_for: Option<&'a str>,
    effects: Vec<EffectJson<'a>>,
    reference_ranges: Vec<&'a ReferenceRange>,
    dataset_version: &'a str,
}

impl<'a> ClassJson<'a> {
    pub fn of(ds: &'a Dataset, id: ClassId) -> Self {
        let c = ds.class(id);
        ClassJson {
            kind: "class",
            id: &c.id,
            name: &c.name,
            other_names: &c.other_names,
            parent: c.parent.as_deref(),
            summary: &c.summary,
            members: generics(ds, &ds.members_deep(id)),
            stands_for: ds.stands_for_class(id).map(|d| ds.drug(d).generic.as_str()),
            effects: ds
                .class_effects(id)
                .iter()
                .map(|a| EffectJson::of(ds, a))
                .collect(),
            reference_ranges: ds.ranges_for_class(id),
            dataset_version: &ds.metadata().version,
        }
    }
}

/// What was entered about the patient in `check --json`.
#[derive(Serialize)]
pub struct ContextJson {
    /// Whole years as a number's text, or "under-65", "65-74", "75-plus".
    age: Option<String>,
    egfr: Option<f64>,
    ckd_stage: Option<&'static str>,
    pregnant: bool,
    breastfeeding: bool,
    potassium: Option<ResultJson>,
    sodium: Option<ResultJson>,
}

#[derive(Serialize)]
pub struct ResultJson {
    /// mmol/L.
    value: f64,
    /// ISO date, when given.
    date: Option<String>,
}

impl ContextJson {
    fn of(c: &PatientContext) -> Self {
        let result = |r: Option<crate::check::LastResult>| {
            r.map(|r| ResultJson {
                value: r.value,
                date: r.date.map(|d| d.to_string()),
            })
        };
        ContextJson {
            age: c.age.map(|a| a.as_json_word()),
            egfr: match c.kidney {
                Some(crate::check::Kidney::Egfr(v)) => Some(v),
                _ => None,
            },
            ckd_stage: match c.kidney {
                Some(crate::check::Kidney::Stage(s)) => Some(s.as_str()),
                _ => None,
            },
            pregnant: c.pregnant,
            breastfeeding: c.breastfeeding,
            potassium: result(c.potassium),
            sodium: result(c.sodium),
        }
    }
}

/// One action of the answer, most important first.
#[derive(Serialize)]
pub struct ActionJson<'a> {
    kind: &'static str,
    urgency: &'static str,
    text: &'a str,
    detail: &'a str,
    drugs: Vec<String>,
    alternative: Option<&'a str>,
    grade: Option<&'static str>,
    source_ids: &'a [String],
    because: &'a [String],
    /// The rule or interaction it comes from, if any.
    id: Option<&'a str>,
}

impl<'a> ActionJson<'a> {
    fn of(ds: &'a Dataset, a: &'a Action) -> Self {
        ActionJson {
            kind: a.kind.as_str(),
            urgency: a.urgency.as_str(),
            text: &a.text,
            detail: &a.detail,
            drugs: generics(ds, &a.drugs),
            alternative: a.alternative.as_deref(),
            grade: a.grade.map(|g| g.as_str()),
            source_ids: &a.source_ids,
            because: &a.because,
            id: match &a.origin {
                ActionOrigin::Note(id) => Some(id),
                _ => None,
            },
        }
    }
}

#[derive(Serialize)]
pub struct DuplicateJson<'a> {
    generic: &'a str,
    inputs: &'a [String],
}

/// The list's anticholinergic total on one scale.
#[derive(Serialize)]
pub struct BurdenJson {
    total: u32,
    /// The total is 3 or more.
    high: bool,
    scale: &'static str,
    drugs: Vec<BurdenDrugJson>,
}

#[derive(Serialize)]
pub struct BurdenDrugJson {
    /// The generic name.
    name: String,
    score: u8,
}

/// `check --json`.
#[derive(Serialize)]
pub struct ReportJson<'a> {
    medicines: Vec<EntryJson<'a>>,
    drugs: Vec<String>,
    potassium: LevelJson,
    tremor: Vec<String>,
    weakness: Vec<String>,
    levels: BTreeMap<&'static str, LevelJson>,
    events: BTreeMap<&'static str, Vec<String>>,
    events_possibly: BTreeMap<&'static str, Vec<String>>,
    notes: Vec<NoteJson<'a>>,
    /// The anticholinergic scores on the list and their total.
    anticholinergic_burden: BurdenJson,
    /// The generic names on the list whose class is on the falls-risk list.
    falls_risk: Vec<String>,
    symptom: Option<SymptomJson<'a>>,
    red_flags: Vec<RedFlagJson<'a>>,
    /// What to do, most important first.
    actions: Vec<ActionJson<'a>>,
    /// When something is being bought: supply or not, and what instead.
    supply: Option<&'a str>,
    /// What was entered about the patient; absent when nothing was, so
    /// the output is then the list's alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<ContextJson>,
    /// The names marked as being bought, as typed.
    buying: &'a [String],
    unresolved: Vec<&'a str>,
    duplicates: Vec<DuplicateJson<'a>>,
    reference_ranges: Vec<&'a ReferenceRange>,
    names: &'static str,
    dataset_version: &'a str,
}

impl<'a> ReportJson<'a> {
    /// Adds what was entered about the patient, when anything was.
    pub fn with_context(mut self, c: &PatientContext) -> Self {
        if !c.is_empty() {
            self.context = Some(ContextJson::of(c));
        }
        self
    }

    pub fn of(ds: &'a Dataset, r: &'a Report, answer: &'a Answer, style: NameStyle) -> Self {
        ReportJson {
            context: None,
            actions: answer
                .actions
                .iter()
                .map(|a| ActionJson::of(ds, a))
                .collect(),
            supply: answer.supply.as_deref(),
            buying: &answer.buying,
            medicines: r
                .entries
                .iter()
                .map(|e| EntryJson::of(ds, e, style))
                .collect(),
            drugs: generics(ds, &r.drugs),
            potassium: LevelJson::of(ds, r.potassium()),
            tremor: generics(ds, &r.event(EffectKind::Tremor).causing),
            weakness: generics(ds, &r.event(EffectKind::MuscleWeakness).causing),
            levels: r
                .levels
                .iter()
                .map(|b| (b.kind.as_str(), LevelJson::of(ds, b)))
                .collect(),
            events: r
                .events
                .iter()
                .map(|e| (e.kind.as_str(), generics(ds, &e.causing)))
                .collect(),
            events_possibly: r
                .events
                .iter()
                .map(|e| (e.kind.as_str(), generics(ds, &e.possibly_causing)))
                .collect(),
            notes: r
                .notes
                .iter()
                .chain(&answer.age_notes)
                .map(|n| NoteJson::of(ds, n))
                .collect(),
            anticholinergic_burden: BurdenJson {
                total: r.anticholinergic.total,
                high: r.anticholinergic.high(),
                scale: crate::check::words::BURDEN_SCALE,
                drugs: r
                    .anticholinergic
                    .drugs
                    .iter()
                    .map(|&(d, score)| BurdenDrugJson {
                        name: ds.drug(d).generic.clone(),
                        score,
                    })
                    .collect(),
            },
            falls_risk: generics(ds, &r.falls_risk),
            symptom: r.complaint.map(|c| SymptomJson {
                complaint: c.as_str(),
                medicines: r
                    .explanations
                    .iter()
                    .map(|x| ExplanationJson {
                        generic: &ds.drug(x.drug).generic,
                        display_name: ds.drug_label(x.drug, style),
                        effect: x.effect.kind.as_str(),
                        strength: x.strength.as_str(),
                        direction: x.effect.direction.as_str(),
                        frequency: enum_word(x.effect.frequency),
                        evidence: enum_word(x.effect.evidence),
                        mechanism: &x.effect.mechanism,
                        monitoring: &x.effect.monitoring,
                        counselling: &x.effect.counselling,
                        refer_if: &x.effect.refer_if,
                        refer_urgency: x.effect.refer_urgency.map(|u| u.as_str()),
                        sources: SourceJson::all(ds, &x.effect.sources),
                    })
                    .collect(),
                other_causes: r
                    .other_causes
                    .iter()
                    .map(|c| CauseJson {
                        id: &c.id,
                        name: &c.name,
                        ask: &c.ask,
                    })
                    .collect(),
            }),
            red_flags: ds
                .red_flags_by_urgency()
                .into_iter()
                .map(|f| RedFlagJson {
                    id: &f.id,
                    sign: &f.sign,
                    possible_cause: &f.possible_cause,
                    action: &f.action,
                    urgency: f.urgency.as_str(),
                    related: answer.flags.related.iter().any(|x| x.id == f.id),
                })
                .collect(),
            unresolved: r.unresolved().iter().map(|e| e.input.as_str()).collect(),
            duplicates: r
                .duplicates
                .iter()
                .map(|d| DuplicateJson {
                    generic: &ds.drug(d.drug).generic,
                    inputs: &d.inputs,
                })
                .collect(),
            reference_ranges: crate::check::reference_ranges(ds, r),
            names: style.as_str(),
            dataset_version: &ds.metadata().version,
        }
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
    let _ = match text {
        Ok(text) => writeln!(out, "{text}"),
        Err(e) => writeln!(out, "{{\"error\": \"{e}\"}}"),
    };
}
