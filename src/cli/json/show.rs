//! `show --json`: one drug, product or class with every effect and its
//! sources, or why the name is not one medicine.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{
    CandidateJson, FindingsJson, LookAlikeJson, ReferenceRangeJson, SourceJson, TallManJson,
    generics, target_type,
};
use crate::dataset::{
    AppliedEffect, Brand, ClassId, Dataset, DrugId, EffectKind, EffectOrigin, Market, NameStyle,
    NameTarget, ProductId, Verdict,
};
use crate::search::{Candidate, Unresolved};

/// The names a safety list gives as look-alikes of the target.
fn lasa_names(ds: &Dataset, target: NameTarget) -> Vec<&str> {
    ds.look_alikes(target)
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

/// The words of the markets, in order.
fn market_words(markets: &[Market]) -> Vec<&'static str> {
    markets.iter().map(|m| m.as_str()).collect()
}

/// One effect of a drug, product or class, with its sources.
#[derive(Serialize)]
pub struct EffectJson<'a> {
    kind: &'static str,
    direction: &'static str,
    frequency: &'static str,
    evidence: &'static str,
    mechanism: &'a str,
    onset: &'a str,
    risk_factors: &'a [String],
    monitoring: &'a str,
    counselling: &'a str,
    refer_if: Option<&'a str>,
    refer_urgency: Option<&'static str>,
    context: Option<&'a str>,
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
            frequency: e.frequency.as_str(),
            evidence: e.evidence.as_str(),
            mechanism: &e.mechanism,
            onset: &e.onset,
            risk_factors: &e.risk_factors,
            monitoring: &e.monitoring,
            counselling: &e.counselling,
            refer_if: e.refer_if.as_deref(),
            refer_urgency: e.refer_urgency.map(|u| u.as_str()),
            context: e.context.as_deref(),
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

/// A brand name and the markets it is sold under.
#[derive(Serialize)]
pub struct BrandJson<'a> {
    name: &'a str,
    markets: Vec<&'static str>,
}

impl<'a> BrandJson<'a> {
    fn of(b: &'a Brand) -> Self {
        BrandJson {
            name: &b.name,
            markets: market_words(&b.markets),
        }
    }
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
    reference_ranges: Vec<ReferenceRangeJson<'a>>,
    interactions: Vec<RuleRefJson<'a>>,
    effects: Vec<EffectJson<'a>>,
    names: Vec<&'a str>,
    international: &'a [String],
    brands: Vec<BrandJson<'a>>,
    combinations: Vec<&'a str>,
    lasa: Vec<&'a str>,
    look_alikes: Vec<LookAlikeJson<'a>>,
    tall_man: Option<TallManJson<'a>>,
    note: Option<&'a str>,
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
            reference_ranges: ReferenceRangeJson::all(ds.ranges_for_drug(id)),
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
            brands: drug.brands.iter().map(BrandJson::of).collect(),
            combinations: ds
                .products_with(id)
                .into_iter()
                .map(|p| ds.product(p).name.as_str())
                .collect(),
            lasa: lasa_names(ds, target),
            look_alikes: LookAlikeJson::all(ds, target, style),
            tall_man: TallManJson::of(ds, &drug.generic),
            note: drug.note.as_deref(),
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
    markets: Vec<&'static str>,
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
            markets: market_words(&p.markets),
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
    reference_ranges: Vec<ReferenceRangeJson<'a>>,
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
            reference_ranges: ReferenceRangeJson::all(ds.ranges_for_class(id)),
            dataset_version: &ds.metadata().version,
        }
    }
}
