//! `medrisk show`: one medicine or product, resolved by the one resolution
//! rule ([`crate::search::resolve`]): class, names, look-alikes and every
//! effect with its sources, or why the name is not one medicine.

use std::io::Write;

use super::json::{
    self,
    show::{ClassJson, DrugJson, OpenJson, ProductJson},
};
use super::{EXIT_NOT_FOUND, EXIT_OK};
use crate::dataset::{
    AppliedEffect, ClassId, Dataset, DrugId, NameStyle, NameTarget, ProductId, Verdict,
};
use crate::search::{Index, Resolution, Unresolved, class_named, resolve};

pub fn run(
    ds: &Dataset,
    name: &str,
    json: bool,
    style: NameStyle,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let index = super::for_the_process(Index::new(ds));
    let resolution = resolve(ds, index, name);
    let one = match &resolution {
        Resolution::One(r) => r,
        Resolution::Open { reason, .. } if *reason == Unresolved::Class => {
            let Some(class) = class_named(index, name) else {
                unreachable!("a class reason comes from a class name")
            };
            if json {
                json::print(out, &ClassJson::of(ds, class));
            } else {
                class_text(ds, class, style, out);
            }
            return EXIT_OK;
        }
        Resolution::Open { reason, candidates } => {
            if json {
                json::print(out, &OpenJson::new(ds, name, *reason, candidates, style));
            }
            let _ = writeln!(err, "medrisk: \"{name}\": {}", reason.sentence());
            if !candidates.is_empty() {
                let names: Vec<String> = candidates
                    .iter()
                    .map(|c| ds.display_label(c.target, style))
                    .collect();
                let _ = writeln!(err, "pick one of: {}", names.join(", "));
            }
            return EXIT_NOT_FOUND;
        }
    };
    let corrected = one.corrected_from.as_deref();
    match one.target {
        NameTarget::Drug(id) => {
            if json {
                let v =
                    DrugJson::of(ds, id, style).matched(&one.matched, one.kind.as_str(), corrected);
                json::print(out, &v);
            } else {
                drug_text(ds, id, style, corrected, out);
            }
        }
        NameTarget::Product(id) => {
            if json {
                let v = ProductJson::of(ds, id, style, &one.matched, one.kind.as_str(), corrected);
                json::print(out, &v);
            } else {
                product_text(ds, id, style, corrected, out);
            }
        }
        NameTarget::Class(_) => unreachable!("a resolution is never a class"),
    }
    EXIT_OK
}

fn corrected_line(corrected: Option<&str>, out: &mut dyn Write) {
    if let Some(typed) = corrected {
        let _ = writeln!(
            out,
            "  (corrected from \"{typed}\": check this is the medicine meant)"
        );
    }
}

fn look_alike_lines(ds: &Dataset, target: NameTarget, own: &str, out: &mut dyn Write) {
    for p in ds.look_alikes(target) {
        let c = ds.contrast(p.paired_with.as_deref().unwrap_or(own), &p.name);
        let letters = match c.letters {
            crate::dataset::TallManOrigin::Official(_) => "tall-man letters from the list",
            crate::dataset::TallManOrigin::Computed => "capitals computed",
        };
        let _ = writeln!(
            out,
            "  look-alike: {} / {} ({}; {letters})",
            c.a, c.b, p.source
        );
    }
}

fn effect_lines(a: &AppliedEffect<'_>, out: &mut dyn Write) {
    let e = a.effect;
    let _ = writeln!(
        out,
        "  - {} {}: {} frequency, {} evidence",
        e.kind.as_str(),
        e.direction.as_str(),
        e.frequency.as_str(),
        e.evidence.as_str()
    );
    let _ = writeln!(out, "    how: {}", e.mechanism);
    let _ = writeln!(out, "    monitor: {}", e.monitoring);
    let _ = writeln!(out, "    tell the patient: {}", e.counselling);
    if let Some(r) = &e.refer_if {
        let urgency = e.refer_urgency.map(|u| u.label()).unwrap_or("urgent");
        let _ = writeln!(out, "    refer ({urgency}) if: {r}");
    }
    let _ = writeln!(out, "    sources: {}", e.sources.join(", "));
}

fn drug_text(
    ds: &Dataset,
    id: DrugId,
    style: NameStyle,
    corrected: Option<&str>,
    out: &mut dyn Write,
) {
    let d = ds.drug(id);
    let _ = writeln!(out, "{}", ds.drug_label(id, style));
    corrected_line(corrected, out);
    let chain = ds.class_chain(ds.class_of(id));
    let names: Vec<&str> = chain
        .iter()
        .rev()
        .map(|&c| ds.class(c).name.as_str())
        .collect();
    let _ = writeln!(out, "  class: {}", names.join(" > "));
    let all = ds.names_of(id);
    if all.len() > 1 {
        let _ = writeln!(out, "  names: {}", all[1..].join(", "));
    }
    if let Some(t) = ds.tall_man_spelling(&d.generic) {
        let _ = writeln!(out, "  tall-man: {} ({})", t.name, t.source);
    }
    look_alike_lines(ds, NameTarget::Drug(id), ds.drug_name(id, style), out);
    for a in ds.effects_of(id) {
        effect_lines(&a, out);
    }
    // Kinds with no statement: reviewed and nothing found, or unknown.
    for (kind, verdict) in ds.verdicts(id) {
        let label = kind.info().label;
        match verdict {
            Verdict::Stated(_) => {}
            Verdict::NothingDocumented(sources) => {
                let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
                let _ = writeln!(
                    out,
                    "  - {label}: no documented effect (reviewed against: {})",
                    ids.join(", ")
                );
            }
            Verdict::NotReviewed => {
                let _ = writeln!(out, "  - {label}: not reviewed in this dataset");
            }
        }
    }
    let _ = writeln!(out, "  {}", ds.metadata().disclaimer);
}

fn class_text(ds: &Dataset, id: ClassId, style: NameStyle, out: &mut dyn Write) {
    let c = ds.class(id);
    let _ = writeln!(out, "{} (class)", c.name);
    let chain: Vec<&str> = ds
        .class_chain(id)
        .iter()
        .rev()
        .map(|&k| ds.class(k).name.as_str())
        .collect();
    if chain.len() > 1 {
        let _ = writeln!(out, "  class: {}", chain.join(" > "));
    }
    if !c.summary.is_empty() {
        let _ = writeln!(out, "  {}", c.summary);
    }
    let members: Vec<String> = ds
        .members_deep(id)
        .into_iter()
        .map(|d| ds.drug_label(d, style))
        .collect();
    let _ = writeln!(out, "  members: {}", members.join(", "));
    if let Some(d) = ds.stands_for_class(id) {
        let _ = writeln!(
            out,
            "  every member makes the same statements: the counter check takes \"{}\" as {} and asks which one",
            c.other_names.first().unwrap_or(&c.name),
            ds.drug_label(d, style)
        );
    }
    for a in ds.class_effects(id) {
        effect_lines(&a, out);
    }
    for r in ds.ranges_for_class(id) {
        let _ = writeln!(
            out,
            "  {} ({:?}): {}-{} {}",
            r.name, r.market, r.low, r.high, r.unit
        );
    }
    let _ = writeln!(out, "  {}", ds.metadata().disclaimer);
}

fn product_text(
    ds: &Dataset,
    id: ProductId,
    style: NameStyle,
    corrected: Option<&str>,
    out: &mut dyn Write,
) {
    let p = ds.product(id);
    let target = NameTarget::Product(id);
    let _ = writeln!(out, "{} ({})", p.name, p.route.label());
    corrected_line(corrected, out);
    let parts: Vec<String> = ds
        .ingredients(id)
        .into_iter()
        .map(|d| ds.drug_label(d, style))
        .collect();
    let _ = writeln!(out, "  ingredients: {}", parts.join(" + "));
    if !p.other_names.is_empty() {
        let _ = writeln!(out, "  other names: {}", p.other_names.join(", "));
    }
    look_alike_lines(ds, target, &p.name, out);
    for t in ds.taken_of(target) {
        let _ = writeln!(out, "  {}:", ds.drug_label(t.drug, style));
        let effects = ds.effects_taken(t);
        if effects.is_empty() {
            let _ = writeln!(out, "  - nothing stated for this route");
        }
        for a in effects {
            effect_lines(&a, out);
        }
    }
    match ds.unflagged_verdict(target) {
        Some(Verdict::NothingDocumented(_)) => {
            let _ = writeln!(out, "  no documented effect (reviewed)");
        }
        Some(Verdict::NotReviewed) => {
            let _ = writeln!(out, "  not reviewed for every effect: unknown, not none");
        }
        _ => {}
    }
    let _ = writeln!(out, "  {}", ds.metadata().disclaimer);
}
