//! `medrisk check`: the counter check on the command line, as text, JSON
//! (documented in the README) or the patient summary.

use std::io::Write;

use serde_json::{Value, json};

use super::{EXIT_NOT_FOUND, EXIT_OK, enum_word};
use crate::check::{self, Complaint, LevelBalance, Report, Resolved};
use crate::dataset::{Dataset, DrugId, EffectKind, LevelDirection, Verdict};
use crate::search::Index;

/// How to print the report.
pub enum View {
    Text,
    Json,
    Summary,
}

pub fn run(
    ds: &Dataset,
    names: &[String],
    symptom: Option<&str>,
    view: View,
    out: &mut dyn Write,
) -> u8 {
    let index = Index::new(ds);
    let inputs: Vec<String> = names.iter().flat_map(|n| check::split_list(n)).collect();
    let complaint = symptom.and_then(Complaint::parse);
    let report = check::check(ds, &index, &inputs, complaint);
    match view {
        View::Json => {
            let _ = writeln!(out, "{:#}", report_json(ds, &report));
        }
        View::Summary => {
            let _ = write!(out, "{}", check::patient_summary_markdown(ds, &report));
        }
        View::Text => print_text(ds, &report, out),
    }
    if report.drugs.is_empty() {
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    }
}

fn generics(ds: &Dataset, ids: &[DrugId]) -> Vec<String> {
    ids.iter().map(|&d| ds.drug(d).generic.clone()).collect()
}

fn sources_json(ds: &Dataset, ids: &[String]) -> Vec<Value> {
    ids.iter()
        .filter_map(|id| ds.source(id))
        .map(|s| {
            json!({
                "id": s.id,
                "title": s.title,
                "publisher": s.publisher,
                "section": s.section,
                "date": s.date,
            })
        })
        .collect()
}

fn level_json(ds: &Dataset, b: &LevelBalance) -> Value {
    json!({
        "net": b.net.as_str(),
        "lowering": generics(ds, &b.lowering),
        "raising": generics(ds, &b.raising),
        "possibly_lowering": generics(ds, &b.possibly_lowering),
        "possibly_raising": generics(ds, &b.possibly_raising),
    })
}

/// The JSON object `check --json` prints.
pub fn report_json(ds: &Dataset, r: &Report) -> Value {
    let levels: serde_json::Map<String, Value> = r
        .levels
        .iter()
        .map(|b| (b.kind.as_str().to_owned(), level_json(ds, b)))
        .collect();
    let events: serde_json::Map<String, Value> = r
        .events
        .iter()
        .map(|e| (e.kind.as_str().to_owned(), json!(generics(ds, &e.causing))))
        .collect();
    let events_possibly: serde_json::Map<String, Value> = r
        .events
        .iter()
        .map(|e| {
            (
                e.kind.as_str().to_owned(),
                json!(generics(ds, &e.possibly_causing)),
            )
        })
        .collect();
    let medicines: Vec<Value> = r
        .entries
        .iter()
        .map(|e| {
            let (kind, name, generic, ingredients, reason, suggestions) = match &e.resolved {
                Resolved::Drug(d) => (
                    "drug",
                    Value::from(ds.drug(*d).generic.clone()),
                    Value::from(ds.drug(*d).generic.clone()),
                    Vec::new(),
                    Value::Null,
                    Vec::new(),
                ),
                Resolved::Product(c, parts) => (
                    if parts.len() == 1 {
                        "product"
                    } else {
                        "combination"
                    },
                    Value::from(ds.product(*c).name.clone()),
                    Value::Null,
                    generics(ds, parts),
                    Value::Null,
                    Vec::new(),
                ),
                Resolved::Unresolved {
                    reason,
                    suggestions,
                } => (
                    "unresolved",
                    Value::Null,
                    Value::Null,
                    Vec::new(),
                    Value::from(reason.clone()),
                    suggestions.clone(),
                ),
            };
            let review = e.target().and_then(|t| ds.unflagged_verdict(t));
            json!({
                "input": e.input,
                "no_flags": review.as_ref().map(|v| v.as_str()),
                "type": kind,
                "name": name,
                "generic": generic,
                "ingredients": ingredients,
                "matched": e.matched,
                "match": e.match_kind.map(|k| k.as_str()),
                "corrected_from": e.corrected_from,
                "reason": reason,
                "suggestions": suggestions,
            })
        })
        .collect();
    let notes: Vec<Value> = r
        .notes
        .iter()
        .map(|n| {
            let mut v = json!({
                "id": n.id(),
                "kind": n.kind().as_str(),
                "urgency": n.urgency().as_str(),
                "title": n.title(),
                "note": n.note(),
                "monitoring": n.monitoring(),
                "drugs": generics(ds, &n.drugs),
                "sources": sources_json(ds, n.sources()),
            });
            if let Some(x) = n.interaction() {
                v["raised"] = json!(generics(ds, &n.raised));
                v["by"] = json!(generics(ds, &n.by));
                v["mechanism"] = json!(x.mechanism.as_str());
                v["how"] = json!(x.how);
                v["effects"] = json!(x.effects.iter().map(|k| k.as_str()).collect::<Vec<_>>());
                v["action"] = json!(x.action.as_str());
                v["dose_caps"] = json!(
                    x.dose_caps
                        .iter()
                        .map(|c| json!({"market": c.market, "text": c.text}))
                        .collect::<Vec<_>>()
                );
            }
            v
        })
        .collect();
    let symptom = r.complaint.map(|c| {
        let medicines: Vec<Value> = r
            .explanations
            .iter()
            .map(|x| {
                json!({
                    "generic": ds.drug(x.drug).generic,
                    "effect": x.effect.kind.as_str(),
                    "strength": x.strength.as_str(),
                    "direction": x.effect.direction.as_str(),
                    "frequency": enum_word(x.effect.frequency),
                    "evidence": enum_word(x.effect.evidence),
                    "mechanism": x.effect.mechanism,
                    "monitoring": x.effect.monitoring,
                    "counselling": x.effect.counselling,
                    "refer_if": x.effect.refer_if,
                    "refer_urgency": x.effect.refer_urgency.map(|u| u.as_str()),
                    "sources": sources_json(ds, &x.effect.sources),
                })
            })
            .collect();
        let causes: Vec<Value> = r
            .other_causes
            .iter()
            .map(|c| json!({"id": c.id, "name": c.name, "ask": c.ask}))
            .collect();
        json!({
            "complaint": c.as_str(),
            "medicines": medicines,
            "other_causes": causes,
        })
    });
    let red_flags: Vec<Value> = ds
        .red_flags_by_urgency()
        .into_iter()
        .map(|f| {
            json!({
                "id": f.id,
                "sign": f.sign,
                "possible_cause": f.possible_cause,
                "action": f.action,
                "urgency": f.urgency.as_str(),
            })
        })
        .collect();
    let duplicates: Vec<Value> = r
        .duplicates
        .iter()
        .map(|d| json!({"generic": ds.drug(d.drug).generic, "inputs": d.inputs}))
        .collect();
    json!({
        "medicines": medicines,
        "drugs": generics(ds, &r.drugs),
        "potassium": level_json(ds, r.potassium()),
        "tremor": generics(ds, &r.event(EffectKind::Tremor).causing),
        "weakness": generics(ds, &r.event(EffectKind::MuscleWeakness).causing),
        "levels": levels,
        "events": events,
        "events_possibly": events_possibly,
        "notes": notes,
        "symptom": symptom,
        "red_flags": red_flags,
        "unresolved": r.unresolved().iter().map(|e| e.input.clone()).collect::<Vec<_>>(),
        "duplicates": duplicates,
        "reference_ranges": check::reference_ranges(ds, r).iter().map(|x| super::range_json(x)).collect::<Vec<_>>(),
        "dataset_version": ds.metadata().version,
    })
}

fn print_text(ds: &Dataset, r: &Report, out: &mut dyn Write) {
    let list = |ids: &[DrugId]| {
        if ids.is_empty() {
            "none".to_owned()
        } else {
            generics(ds, ids).join(", ")
        }
    };
    let _ = writeln!(out, "Medicines:");
    for e in &r.entries {
        let line = match &e.resolved {
            Resolved::Drug(d) => ds.drug(*d).generic.clone(),
            Resolved::Product(c, parts) => format!(
                "{} = {}",
                ds.product(*c).name,
                generics(ds, parts).join(" + ")
            ),
            Resolved::Unresolved {
                reason,
                suggestions,
            } => {
                let mut s = format!("NOT RECOGNISED: {reason}");
                if !suggestions.is_empty() {
                    s.push_str(&format!(" (try: {})", suggestions.join(", ")));
                }
                s
            }
        };
        let corrected = e
            .corrected_from
            .as_ref()
            .map(|c| format!(", corrected from \"{c}\""))
            .unwrap_or_default();
        let silence = match e.target().and_then(|t| ds.unflagged_verdict(t)) {
            Some(Verdict::NothingDocumented(_)) => " (no documented effect; reviewed)",
            Some(Verdict::NotReviewed) => " (not reviewed for every effect: unknown, not none)",
            _ => "",
        };
        let _ = writeln!(out, "  {} -> {line}{corrected}{silence}", e.input);
    }
    for d in &r.duplicates {
        let _ = writeln!(
            out,
            "  duplicate: {} is on the list more than once ({})",
            ds.drug(d.drug).generic,
            d.inputs.join("; ")
        );
    }
    for b in &r.levels {
        let label = b.kind.info().label;
        let _ = writeln!(out, "{label}: {}", b.net.as_str());
        if b.net != LevelDirection::None || b.kind == EffectKind::Potassium {
            let _ = writeln!(out, "  lowering: {}", list(&b.lowering));
            let _ = writeln!(out, "  raising: {}", list(&b.raising));
        }
        if !b.possibly_lowering.is_empty() || !b.possibly_raising.is_empty() {
            let _ = writeln!(
                out,
                "  on limited evidence only: lowering {}; raising {}",
                list(&b.possibly_lowering),
                list(&b.possibly_raising)
            );
        }
    }
    for e in &r.events {
        let _ = writeln!(out, "{}: {}", e.kind.info().label, list(&e.causing));
        if !e.possibly_causing.is_empty() {
            let _ = writeln!(
                out,
                "  on limited evidence only: {}",
                list(&e.possibly_causing)
            );
        }
    }
    for n in &r.notes {
        let _ = writeln!(
            out,
            "Note [{}, {}]: {} ({})",
            n.urgency().label(),
            n.kind().as_str(),
            n.title(),
            list(&n.drugs)
        );
        if let Some(x) = n.interaction() {
            let _ = writeln!(
                out,
                "  raised: {}; by: {} ({})",
                list(&n.raised),
                list(&n.by),
                x.how
            );
            let _ = writeln!(out, "  action: {}", x.action.as_str());
            for cap in &x.dose_caps {
                let _ = writeln!(out, "  dose cap ({:?}): {}", cap.market, cap.text);
            }
        }
        let _ = writeln!(out, "  {}", n.note());
        let _ = writeln!(out, "  monitor: {}", n.monitoring());
        let _ = writeln!(out, "  sources: {}", n.sources().join(", "));
    }
    if let Some(c) = r.complaint {
        let _ = writeln!(out, "{}: medicines that can cause it", c.label());
        if r.explanations.is_empty() {
            let _ = writeln!(out, "  none on this list");
        }
        for x in &r.explanations {
            let _ = writeln!(
                out,
                "  {} ({} {}; {} frequency, {} evidence): {}",
                ds.drug(x.drug).generic,
                x.effect.kind.as_str(),
                x.effect.direction.as_str(),
                enum_word(x.effect.frequency),
                enum_word(x.effect.evidence),
                x.effect.mechanism
            );
        }
        if !r.other_causes.is_empty() {
            let _ = writeln!(out, "Other causes to ask about:");
            for o in &r.other_causes {
                let _ = writeln!(out, "  {}: {}", o.name, o.ask);
            }
        }
    }
    if !ds.red_flags().is_empty() {
        let _ = writeln!(out, "Refer urgently if:");
        for f in ds.red_flags_by_urgency() {
            let _ = writeln!(
                out,
                "  [{}] {} ({}): {}",
                f.urgency.label(),
                f.sign,
                f.possible_cause,
                f.action
            );
        }
    }
    let _ = writeln!(out, "{}", ds.metadata().disclaimer);
}
