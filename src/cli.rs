//! The command line: `validate`, `search`, `show`. Text for people, JSON
//! (a documented, stable interface; see README) for scripts. No egui here;
//! `main.rs` opens the window when no command is given.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use serde_json::{Value, json};

use crate::dataset::{
    Dataset, DrugId, EffectKind, EffectOrigin, FlagFinding, LevelDirection, LoadError, NameKind,
    NameTarget, ReferenceRange, Strength, Verdict, events_in, levels_in,
};
use crate::search::{Hit, Index};

mod check;

/// Exit status: success.
pub const EXIT_OK: u8 = 0;
/// Exit status: the name or query matched nothing.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: the dataset did not load, or the command line was wrong.
pub const EXIT_INVALID: u8 = 2;

/// `medrisk --version`: the app version and the built-in dataset's version.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (dataset ",
    env!("MEDRISK_DATASET_VERSION"),
    ")"
);

/// How many hits `search` prints by default.
const DEFAULT_LIMIT: usize = 10;

#[derive(Debug, Parser)]
#[command(
    name = "medrisk",
    version = VERSION,
    about = "Offline pharmacy-counter reference: which medicines cause tremor, weakness, cramps, parkinsonism, hypoglycaemia, neuropathy or QT prolongation, or push potassium, sodium, magnesium or calcium down or up.",
    long_about = "Offline pharmacy-counter reference: which medicines cause tremor, weakness, cramps, parkinsonism, hypoglycaemia, neuropathy or QT prolongation, or push potassium, sodium, magnesium or calcium down or up.\n\nWith no command, opens the desktop app. medrisk supports, and does not replace, professional judgement."
)]
pub struct Cli {
    /// Load the dataset from this .ron file or directory instead of the built-in one.
    #[arg(long, global = true, value_name = "PATH")]
    pub data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a dataset: exit 0 with a summary, or 2 with every problem.
    Validate {
        /// A .ron file or a directory of them; the built-in dataset if omitted.
        path: Option<PathBuf>,
    },
    /// Find medicines and classes by generic, brand or other name.
    Search {
        /// What was typed: a name, brand, British name, possibly misspelt.
        query: String,
        /// Print JSON (an array of hits, best first).
        #[arg(long)]
        json: bool,
        /// At most this many hits.
        #[arg(long, default_value_t = DEFAULT_LIMIT)]
        limit: usize,
    },
    /// Show one medicine: class, names, and every effect with its sources.
    Show {
        /// Generic, brand or other name of one medicine.
        name: String,
        /// Print JSON (one object).
        #[arg(long)]
        json: bool,
    },
    /// Check a patient's medicine list: the balance of every electrolyte,
    /// every muscle, nerve and heart-rhythm effect, additive risks, what
    /// explains a symptom, red flags.
    Check {
        /// The medicines, by any name; an argument may hold a comma-separated list.
        #[arg(required = true)]
        names: Vec<String>,
        /// The patient's complaint: tremor, weakness, cramps, or legs (weak and shaky legs).
        #[arg(long, value_parser = ["tremor", "weakness", "cramps", "legs"])]
        symptom: Option<String>,
        /// Print JSON (one object).
        #[arg(long)]
        json: bool,
        /// Print the plain-language summary for the patient (Markdown).
        #[arg(long, conflicts_with = "json")]
        summary: bool,
    },
}

/// Runs a command, writing to `out` and `err`; returns the exit status.
pub fn run(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(command) = &cli.command else {
        return EXIT_OK;
    };
    let result = match command {
        Command::Validate { path } => {
            let path = path.as_ref().or(cli.data.as_ref());
            return validate(path, out, err);
        }
        Command::Search { query, json, limit } => {
            load(cli.data.as_ref()).map(|ds| search(&ds, query, *json, *limit, out))
        }
        Command::Show { name, json } => {
            load(cli.data.as_ref()).map(|ds| show(&ds, name, *json, out, err))
        }
        Command::Check {
            names,
            symptom,
            json,
            summary,
        } => load(cli.data.as_ref()).map(|ds| {
            let view = if *json {
                check::View::Json
            } else if *summary {
                check::View::Summary
            } else {
                check::View::Text
            };
            check::run(&ds, names, symptom.as_deref(), view, out)
        }),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "medrisk: {e}");
            EXIT_INVALID
        }
    }
}

/// The built-in dataset, or the one at `path`.
pub fn load(path: Option<&PathBuf>) -> Result<Dataset, LoadError> {
    match path {
        Some(p) => Dataset::load_path(p),
        None => Dataset::embedded(),
    }
}

fn validate(path: Option<&PathBuf>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match load(path) {
        Ok(ds) => {
            for w in ds.warnings() {
                let _ = writeln!(err, "{w}");
            }
            let _ = writeln!(
                out,
                "ok: dataset {} (reviewed {}): {} classes, {} drugs, {} products, {} names, {} sources, {} warnings",
                ds.metadata().version,
                ds.metadata().reviewed,
                ds.classes().len(),
                ds.drugs().len(),
                ds.products().len(),
                ds.names().len(),
                ds.sources().len(),
                ds.warnings().len()
            );
            EXIT_OK
        }
        Err(e) => {
            for d in &e.diagnostics {
                let _ = writeln!(err, "{d}");
            }
            let n = e.errors().count();
            let _ = writeln!(
                err,
                "medrisk: the dataset has {n} error{}",
                if n == 1 { "" } else { "s" }
            );
            EXIT_INVALID
        }
    }
}

fn name_kind_word(k: NameKind) -> &'static str {
    match k {
        NameKind::Generic => "generic",
        NameKind::International => "international",
        NameKind::Brand => "brand",
        NameKind::ClassName => "class",
        // The word predates single-ingredient products and stays (JSON).
        NameKind::Product => "combination",
    }
}

/// The `type` word of a search hit: a product with one ingredient (an eye
/// drop, a gel) is a "product"; with several, a "combination".
fn target_type(ds: &Dataset, target: NameTarget) -> &'static str {
    match target {
        NameTarget::Drug(_) => "drug",
        NameTarget::Class(_) => "class",
        NameTarget::Product(p) if ds.product(p).ingredients.len() == 1 => "product",
        NameTarget::Product(_) => "combination",
    }
}

/// The levels and events a name's findings add up to, in the JSON shape
/// shared by `search`, `show` and `check`: `levels` maps every level word to
/// its net direction on established evidence, `events` lists the
/// established event words, and `possibly` holds what rests on limited
/// evidence only.
fn findings_json(findings: &[FlagFinding]) -> (Value, Value, Value) {
    let levels: serde_json::Map<String, Value> = levels_in(findings)
        .into_iter()
        .map(|(k, d)| (k.as_str().to_owned(), Value::from(d.as_str())))
        .collect();
    let events: Vec<&str> = events_in(findings)
        .into_iter()
        .map(EffectKind::as_str)
        .collect();
    let possible: Vec<Value> = findings
        .iter()
        .filter(|f| f.strength == Strength::Possible)
        .map(|f| json!({"kind": f.flag.kind.as_str(), "direction": f.flag.direction.as_str()}))
        .collect();
    (Value::Object(levels), json!(events), Value::Array(possible))
}

/// The net potassium word of a set of levels.
fn potassium_word(levels: &Value) -> Value {
    levels
        .get(EffectKind::Potassium.as_str())
        .cloned()
        .unwrap_or_else(|| Value::from(LevelDirection::None.as_str()))
}

fn hit_json(ds: &Dataset, hit: &Hit) -> Value {
    let generic = match hit.target {
        NameTarget::Drug(d) => Value::from(ds.drug(d).generic.clone()),
        _ => Value::Null,
    };
    // A class is browsed, not judged: its levels and events are empty.
    let findings = match hit.target {
        NameTarget::Class(_) => Vec::new(),
        t => ds.flags_of(t),
    };
    let (levels, events, possibly) = findings_json(&findings);
    let route = match hit.target {
        NameTarget::Product(p) => Value::from(ds.product(p).route.as_str()),
        _ => Value::Null,
    };
    let ingredients: Vec<String> = match hit.target {
        NameTarget::Product(c) => ds.product(c).ingredients.clone(),
        _ => Vec::new(),
    };
    json!({
        "type": target_type(ds, hit.target),
        "name": ds.target_name(hit.target),
        "generic": generic,
        "ingredients": ingredients,
        "matched": hit.matched,
        "name_kind": name_kind_word(hit.name_kind),
        "match": hit.kind.as_str(),
        "score": hit.score,
        "potassium": potassium_word(&levels),
        "lasa": hit.lasa,
        "corrected_from": hit.corrected_from,
        "tie": hit.tie,
        "levels": levels,
        "events": events,
        "possibly": possibly,
        "route": route,
    })
}

fn search(ds: &Dataset, query: &str, json: bool, limit: usize, out: &mut dyn Write) -> u8 {
    let index = Index::new(ds);
    let result = index.lookup(query, limit);
    let hits = &result.hits;
    if json {
        // Nothing matched: `[]` (README, "JSON output"); the nearest names
        // are offered in the text output only.
        let arr: Vec<Value> = hits.iter().map(|h| hit_json(ds, h)).collect();
        let _ = writeln!(out, "{}", Value::Array(arr));
    } else if hits.is_empty() {
        let _ = writeln!(out, "no medicine or class matches \"{query}\"");
        if !result.nearest.is_empty() {
            let names: Vec<&str> = result
                .nearest
                .iter()
                .take(limit)
                .map(|s| s.name.as_str())
                .collect();
            let _ = writeln!(out, "nearest names: {}", names.join(", "));
        }
    } else {
        if result.truncated {
            let _ = writeln!(
                out,
                "(query cut to its first {} characters)",
                crate::search::MAX_QUERY_CHARS
            );
        }
        for h in hits {
            let name = ds.target_name(h.target);
            let mut line = format!("{name:<24} {}", target_type(ds, h.target));
            if h.matched != name {
                line.push_str(&format!(
                    "  via {} \"{}\"",
                    name_kind_word(h.name_kind),
                    h.matched
                ));
            }
            line.push_str(&format!("  [{}]", h.kind.as_str()));
            if let Some(typed) = &h.corrected_from {
                line.push_str(&format!("  corrected from \"{typed}\""));
            }
            if h.tie {
                line.push_str("  (equal match)");
            }
            if !h.lasa.is_empty() {
                line.push_str(&format!("  look-alike: {}", h.lasa.join(", ")));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if hits.is_empty() {
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    }
}

fn enum_word<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A reference range as JSON: its fields as in the data file.
pub fn range_json(r: &ReferenceRange) -> Value {
    serde_json::to_value(r).unwrap_or(Value::Null)
}

/// The rules and interactions that name a drug: `{id, kind, title, urgency}`.
fn interactions_json(ds: &Dataset, id: DrugId) -> Vec<Value> {
    let (rules, interactions) = ds.rules_naming(id);
    rules
        .iter()
        .map(|r| {
            json!({"id": r.id, "kind": r.kind.as_str(), "title": r.title, "urgency": r.urgency.as_str()})
        })
        .chain(interactions.iter().map(|x| {
            json!({"id": x.id, "kind": "exposure", "title": x.title, "urgency": x.urgency.as_str()})
        }))
        .collect()
}

/// The JSON object `show --json` prints for one drug.
pub fn drug_json(ds: &Dataset, id: DrugId) -> Value {
    let drug = ds.drug(id);
    let chain = ds.class_chain(ds.class_of(id));
    let top = *chain.last().expect("non-empty chain");
    let own = chain[0];
    let subclass = (own != top).then(|| ds.class(own));
    let effects: Vec<Value> = ds
        .effects_of(id)
        .iter()
        .map(|a| {
            let e = a.effect;
            let sources: Vec<Value> = e
                .sources
                .iter()
                .filter_map(|s| ds.source(s))
                .map(|s| {
                    json!({
                        "id": s.id,
                        "kind": enum_word(s.kind),
                        "title": s.title,
                        "publisher": s.publisher,
                        "section": s.section,
                        "date": s.date,
                    })
                })
                .collect();
            json!({
                "kind": e.kind.as_str(),
                "direction": e.direction.as_str(),
                "frequency": enum_word(e.frequency),
                "evidence": enum_word(e.evidence),
                "mechanism": e.mechanism,
                "onset": e.onset,
                "risk_factors": e.risk_factors,
                "monitoring": e.monitoring,
                "counselling": e.counselling,
                "refer_if": e.refer_if,
                "refer_urgency": e.refer_urgency.map(|u| u.as_str()),
                "context": e.context,
                "inherited_from": match a.origin {
                    EffectOrigin::Drug | EffectOrigin::Product(_) => Value::Null,
                    EffectOrigin::Class(c) => Value::from(ds.class(c).id.clone()),
                },
                "routes": e.routes.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
                "sources": sources,
            })
        })
        .collect();
    let brands: Vec<Value> = drug
        .brands
        .iter()
        .map(|b| json!({"name": b.name, "markets": b.markets}))
        .collect();
    let (levels, events, possibly) = findings_json(&ds.flags_of(NameTarget::Drug(id)));
    let verdicts: serde_json::Map<String, Value> = ds
        .verdicts(id)
        .iter()
        .map(|(kind, v)| {
            let reviewed: Vec<&str> = match v {
                Verdict::NothingDocumented(sources) => {
                    sources.iter().map(|s| s.id.as_str()).collect()
                }
                _ => Vec::new(),
            };
            (
                kind.as_str().to_owned(),
                json!({"verdict": v.as_str(), "reviewed_against": reviewed}),
            )
        })
        .collect();
    let combinations: Vec<String> = ds
        .products_with(id)
        .into_iter()
        .map(|c| ds.product(c).name.clone())
        .collect();
    json!({
        "generic": drug.generic,
        "class": ds.class(top).name,
        "class_id": ds.class(top).id,
        "subclass": subclass.map(|c| c.name.clone()),
        "subclass_id": subclass.map(|c| c.id.clone()),
        "potassium": potassium_word(&levels),
        "tremor": events.as_array().is_some_and(|e| e.contains(&json!(EffectKind::Tremor.as_str()))),
        "weakness": events.as_array().is_some_and(|e| e.contains(&json!(EffectKind::MuscleWeakness.as_str()))),
        "levels": levels,
        "events": events,
        "possibly": possibly,
        "verdicts": verdicts,
        "reviewed_against": ds.review_sources(id).iter().map(|s| s.id.clone()).collect::<Vec<_>>(),
        "reference_ranges": ds.ranges_for_drug(id).iter().map(|r| range_json(r)).collect::<Vec<_>>(),
        "interactions": interactions_json(ds, id),
        "effects": effects,
        "names": ds.names_of(id),
        "international": drug.international,
        "brands": brands,
        "combinations": combinations,
        "lasa": drug.lasa.iter().map(|l| l.name.clone()).collect::<Vec<_>>(),
        "note": drug.note,
        "dataset_version": ds.metadata().version,
    })
}

fn show(ds: &Dataset, name: &str, json: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let index = Index::new(ds);
    let hits = index.search(name, DEFAULT_LIMIT);
    let drug = hits.first().and_then(|h| match h.target {
        NameTarget::Drug(d) => Some((d, h)),
        _ => None,
    });
    // Refuse to guess between different medicines that match equally well.
    let ambiguous = match hits.as_slice() {
        [a, b, ..] => a.kind == b.kind && a.score == b.score && a.target != b.target,
        _ => false,
    };
    let Some((id, hit)) = drug.filter(|_| !ambiguous) else {
        let _ = writeln!(err, "medrisk: no single medicine matches \"{name}\"");
        if !hits.is_empty() {
            let names: Vec<&str> = hits.iter().map(|h| ds.target_name(h.target)).collect();
            let _ = writeln!(err, "did you mean: {}", names.join(", "));
        }
        return EXIT_NOT_FOUND;
    };
    if json {
        let mut v = drug_json(ds, id);
        v["matched"] = Value::from(hit.matched.clone());
        v["match"] = Value::from(hit.kind.as_str());
        let _ = writeln!(out, "{v:#}");
        return EXIT_OK;
    }
    let v = drug_json(ds, id);
    let d = ds.drug(id);
    let _ = writeln!(out, "{}", d.generic);
    let subclass = v["subclass"]
        .as_str()
        .map(|s| format!(" > {s}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  class: {}{subclass}",
        v["class"].as_str().unwrap_or("")
    );
    let names = ds.names_of(id);
    if names.len() > 1 {
        let _ = writeln!(out, "  names: {}", names[1..].join(", "));
    }
    if !d.lasa.is_empty() {
        let lasa: Vec<&str> = d.lasa.iter().map(|l| l.name.as_str()).collect();
        let _ = writeln!(out, "  look-alike / sound-alike: {}", lasa.join(", "));
    }
    for a in ds.effects_of(id) {
        let e = a.effect;
        let _ = writeln!(
            out,
            "  - {} {}: {} frequency, {} evidence",
            e.kind.as_str(),
            e.direction.as_str(),
            enum_word(e.frequency),
            enum_word(e.evidence)
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
    EXIT_OK
}
