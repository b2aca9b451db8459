//! Checks on the rules over a medicine list: additive-risk and
//! pharmacodynamic rules, exposure interactions, and reference ranges. Every
//! class, drug and source they name must exist; every rule must have a
//! condition; ranges must be ordered.

use std::collections::{HashMap, HashSet};

use super::checks::require_text;
use super::sections::check_item;
use super::{Checker, Origin};
use crate::dataset::model::*;
use crate::dataset::spans::Step;
use crate::dataset::{ClassId, DrugId};

/// What the rule checks need to look names up.
pub(super) struct Known<'a> {
    pub classes: &'a HashMap<String, ClassId>,
    pub drugs: &'a HashMap<String, DrugId>,
    pub source_ok: &'a dyn Fn(&str) -> bool,
}

pub(super) fn check_risk_rules(
    c: &mut Checker<'_>,
    rules: &[(Origin, &RiskRule)],
    known: &Known<'_>,
) {
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (o, r) in rules {
        let base = [Step::Field("risk_rules"), Step::Index(o.index)];
        let entity = format!("risk rule \"{}\"", r.id);
        let fields = [
            ("title", r.title.as_str()),
            ("note", &r.note),
            ("monitoring", &r.monitoring),
        ];
        let item = ("risk_rules", "risk rule", r.id.as_str());
        check_item(
            c,
            &mut seen_ids,
            o,
            item,
            &fields,
            &r.sources,
            known.source_ok,
        );
        check_grade(
            c,
            o.file,
            &base,
            &entity,
            &r.grade_source,
            &r.sources,
            r.alternative.as_deref(),
        );
        if r.requires.is_empty()
            && r.counts.iter().all(|k| k.at_least == 0)
            && r.members.iter().all(|m| m.at_least == 0)
            && r.anticholinergic_at_least == 0
        {
            c.error(
                o.file,
                &base,
                format!("{entity}: has no condition and would fire for every list"),
            );
        }
        for (g, group) in r.requires.iter().enumerate() {
            let at = [base[0], base[1], Step::Field("requires"), Step::Index(g)];
            check_group(c, o.file, &at, &entity, group, known);
        }
        for (m, count) in r.members.iter().enumerate() {
            let at = [base[0], base[1], Step::Field("members"), Step::Index(m)];
            check_group(c, o.file, &at, &entity, &count.group(), known);
            if count.at_least < 2 {
                c.error(
                    o.file,
                    &[at[0], at[1], at[2], at[3], Step::Field("at_least")],
                    format!("{entity}: a member count needs at least 2 (one medicine is a `requires` group)"),
                );
            }
        }
        if r.buying && r.requires.is_empty() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("buying")],
                format!("{entity}: `buying` needs a first `requires` group naming what is bought"),
            );
        }
        for (k, count) in r.counts.iter().enumerate() {
            if !count
                .kind
                .shape()
                .flag_directions()
                .contains(&count.direction)
            {
                let words: Vec<&str> = count
                    .kind
                    .shape()
                    .flag_directions()
                    .iter()
                    .map(|d| d.as_str())
                    .collect();
                c.error(
                    o.file,
                    &[
                        base[0],
                        base[1],
                        Step::Field("counts"),
                        Step::Index(k),
                        Step::Field("direction"),
                    ],
                    format!(
                        "{entity}: a count of {} cannot have direction `{}`; use {}",
                        count.kind.info().noun,
                        count.direction.as_str(),
                        words.join(" or ")
                    ),
                );
            }
        }
    }
}

pub(super) fn check_interactions(
    c: &mut Checker<'_>,
    interactions: &[(Origin, &Interaction)],
    known: &Known<'_>,
) {
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (o, x) in interactions {
        let base = [Step::Field("interactions"), Step::Index(o.index)];
        let entity = format!("interaction \"{}\"", x.id);
        let fields = [
            ("title", x.title.as_str()),
            ("how", &x.how),
            ("note", &x.note),
            ("monitoring", &x.monitoring),
        ];
        let item = ("interactions", "interaction", x.id.as_str());
        check_item(
            c,
            &mut seen_ids,
            o,
            item,
            &fields,
            &x.sources,
            known.source_ok,
        );
        check_grade(
            c,
            o.file,
            &base,
            &entity,
            &x.grade_source,
            &x.sources,
            x.alternative.as_deref(),
        );
        for (field, group) in [("raised", &x.raised), ("by", &x.by)] {
            let at = [base[0], base[1], Step::Field(field)];
            check_group(c, o.file, &at, &entity, group, known);
        }
        if x.effects.is_empty() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("effects")],
                format!("{entity}: names no effect that becomes likelier"),
            );
        }
        if x.action == InteractionAction::DoseCap && x.dose_caps.is_empty() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("dose_caps")],
                format!("{entity}: action `dose_cap` needs at least one dose cap"),
            );
        }
        for (k, cap) in x.dose_caps.iter().enumerate() {
            let at = [base[0], base[1], Step::Field("dose_caps"), Step::Index(k)];
            require_text(c, o.file, &at, &entity, &[("text", cap.text.as_str())]);
        }
    }
}

pub(super) fn check_ranges(
    c: &mut Checker<'_>,
    ranges: &[(Origin, &ReferenceRange)],
    known: &Known<'_>,
) {
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (o, r) in ranges {
        let base = [Step::Field("reference_ranges"), Step::Index(o.index)];
        let entity = format!("reference range \"{}\"", r.id);
        let fields = [("name", r.name.as_str()), ("unit", &r.unit)];
        let item = ("reference_ranges", "reference range", r.id.as_str());
        check_item(
            c,
            &mut seen_ids,
            o,
            item,
            &fields,
            &r.sources,
            known.source_ok,
        );
        match (r.level, r.drugs.is_empty()) {
            (Some(kind), true) if kind.shape() != crate::dataset::Shape::Level => c.error(
                o.file,
                &[base[0], base[1], Step::Field("level")],
                format!("{entity}: `{}` is not a level", kind.as_str()),
            ),
            (Some(_), true) | (None, false) => {}
            _ => c.error(
                o.file,
                &base,
                format!("{entity}: give either `level` or `drugs`, not both or neither"),
            ),
        }
        for (k, g) in r.drugs.iter().enumerate() {
            if !known.drugs.contains_key(g) {
                c.error(
                    o.file,
                    &[base[0], base[1], Step::Field("drugs"), Step::Index(k)],
                    format!("{entity}: drug \"{g}\" is not in the dataset"),
                );
            }
        }
        if r.low.partial_cmp(&r.high) != Some(std::cmp::Ordering::Less) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("low")],
                format!("{entity}: `low` must be below `high`"),
            );
        }
        for (k, band) in r.bands.iter().enumerate() {
            let at = [base[0], base[1], Step::Field("bands"), Step::Index(k)];
            require_text(c, o.file, &at, &entity, &[("label", band.label.as_str())]);
            let ordered = match (band.from, band.below) {
                (None, None) => false,
                (Some(a), Some(b)) => a < b,
                _ => true,
            };
            if !ordered {
                c.error(
                    o.file,
                    &at,
                    format!(
                        "{entity}: band \"{}\" needs `from` below `below`, or one of them",
                        band.label
                    ),
                );
            }
        }
    }
}

/// A group of classes and drugs: not empty, every name known.
/// The grade is cited by one of the item's own sources, and an
/// alternative, when given, says something.
fn check_grade(
    c: &mut Checker<'_>,
    file: usize,
    base: &[Step<'_>],
    entity: &str,
    grade_source: &str,
    sources: &[String],
    alternative: Option<&str>,
) {
    if !sources.iter().any(|s| s == grade_source) {
        let mut at = base.to_vec();
        at.push(Step::Field("grade_source"));
        c.error(
            file,
            &at,
            format!("{entity}: grade source \"{grade_source}\" is not one of its sources"),
        );
    }
    if alternative.is_some_and(|a| a.trim().is_empty()) {
        let mut at = base.to_vec();
        at.push(Step::Field("alternative"));
        c.error(file, &at, format!("{entity}: `alternative` is empty"));
    }
}

/// A red flag's scope names only classes and drugs that exist.
pub(super) fn check_flag_scopes(
    c: &mut Checker<'_>,
    flags: &[(Origin, &RedFlag)],
    known: &Known<'_>,
) {
    for (o, f) in flags {
        let g = &f.applies.medicines;
        if g.classes.is_empty() && g.drugs.is_empty() {
            continue;
        }
        let at = [
            Step::Field("red_flags"),
            Step::Index(o.index),
            Step::Field("applies"),
            Step::Field("medicines"),
        ];
        check_group(c, o.file, &at, &format!("red flag \"{}\"", f.id), g, known);
    }
}

/// A kidney threshold names what it concerns (medicines or an effect that
/// fits its kind), a positive threshold, and its sources.
pub(super) fn check_kidney_thresholds(
    c: &mut Checker<'_>,
    thresholds: &[(Origin, &KidneyThreshold)],
    known: &Known<'_>,
) {
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (o, t) in thresholds {
        let base = [Step::Field("kidney_thresholds"), Step::Index(o.index)];
        let entity = format!("kidney threshold \"{}\"", t.id);
        let item = ("kidney_thresholds", "kidney threshold", t.id.as_str());
        check_item(
            c,
            &mut seen_ids,
            o,
            item,
            &[("text", t.text.as_str())],
            &t.sources,
            known.source_ok,
        );
        let g = &t.medicines;
        match (g.classes.is_empty() && g.drugs.is_empty(), t.effect) {
            (true, None) => c.error(
                o.file,
                &base,
                format!("{entity}: names no medicine and no effect"),
            ),
            (false, _) => {
                let at = [base[0], base[1], Step::Field("medicines")];
                check_group(c, o.file, &at, &entity, g, known);
            }
            (true, Some(_)) => {}
        }
        if let Some(e) = t.effect
            && !e.kind.shape().flag_directions().contains(&e.direction)
        {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("effect")],
                format!(
                    "{entity}: {} cannot have direction `{}`",
                    e.kind.info().noun,
                    e.direction.as_str()
                ),
            );
        }
        if !(t.below > 0.0 && t.below < 200.0) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("below")],
                format!(
                    "{entity}: a threshold of {} is not a kidney function",
                    t.below
                ),
            );
        }
    }
}

fn check_group(
    c: &mut Checker<'_>,
    file: usize,
    at: &[Step<'_>],
    entity: &str,
    group: &RuleGroup,
    known: &Known<'_>,
) {
    if group.classes.is_empty() && group.drugs.is_empty() {
        c.error(
            file,
            at,
            format!("{entity}: a group names no class or drug"),
        );
    }
    for (k, id) in group.classes.iter().enumerate() {
        if !known.classes.contains_key(id) {
            let mut p = at.to_vec();
            p.extend([Step::Field("classes"), Step::Index(k)]);
            c.error(file, &p, format!("{entity}: class \"{id}\" does not exist"));
        }
    }
    for (k, g) in group.drugs.iter().enumerate() {
        if !known.drugs.contains_key(g) {
            let mut p = at.to_vec();
            p.extend([Step::Field("drugs"), Step::Index(k)]);
            c.error(
                file,
                &p,
                format!("{entity}: drug \"{g}\" is not in the dataset"),
            );
        }
    }
}

/// Falls-risk classes: each names a class once and cites a known source.
pub(super) fn check_falls_risk_classes(
    c: &mut Checker<'_>,
    rows: &[(Origin, &FallsRiskClass)],
    known: &Known<'_>,
) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (o, r) in rows {
        let base = [Step::Field("falls_risk_classes"), Step::Index(o.index)];
        let entity = format!("falls-risk class \"{}\"", r.class);
        if !known.classes.contains_key(&r.class) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("class")],
                format!("{entity}: unknown class \"{}\"", r.class),
            );
        }
        if !seen.insert(r.class.as_str()) {
            c.error(o.file, &base, format!("{entity}: listed twice"));
        }
        require_text(c, o.file, &base, &entity, &[("listed_as", &r.listed_as)]);
        if !(known.source_ok)(&r.source) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("source")],
                format!("{entity}: unknown source \"{}\"", r.source),
            );
        }
    }
}

/// Anticholinergic scores: each names a drug once, scores 0 to 3 and cites
/// a known source.
pub(super) fn check_anticholinergic_scores(
    c: &mut Checker<'_>,
    rows: &[(Origin, &AnticholinergicScore)],
    known: &Known<'_>,
) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (o, r) in rows {
        let base = [Step::Field("anticholinergic_scores"), Step::Index(o.index)];
        let entity = format!("anticholinergic score of \"{}\"", r.drug);
        if !known.drugs.contains_key(&r.drug) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("drug")],
                format!("{entity}: unknown drug \"{}\"", r.drug),
            );
        }
        if !seen.insert(r.drug.as_str()) {
            c.error(o.file, &base, format!("{entity}: scored twice"));
        }
        if r.score > 3 {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("score")],
                format!("{entity}: a score is 0 to 3, not {}", r.score),
            );
        }
        if !(known.source_ok)(&r.source) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("source")],
                format!("{entity}: unknown source \"{}\"", r.source),
            );
        }
    }
}
