//! The plain-language summary a pharmacist can hand over: built from the
//! dataset's counselling lines, foods table and red flags. It never tells
//! the patient to start or stop a medicine.

use std::fmt::Write;

use crate::dataset::{Dataset, Direction, LevelDirection, NameStyle};

use super::Report;

/// One plain line per level moved and per event caused on established
/// evidence, in the patient's words: "your sodium (salt) level: can be
/// lowered by sertraline, hydrochlorothiazide".
fn watch_lines(dataset: &Dataset, report: &Report, style: NameStyle) -> Vec<String> {
    let names = |ids: &[crate::dataset::DrugId]| {
        ids.iter()
            .map(|&d| dataset.drug_name(d, style))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = Vec::new();
    for b in &report.levels {
        let patient = b.kind.info().patient;
        let mut parts = Vec::new();
        if !b.lowering.is_empty() {
            parts.push(format!("can be lowered by {}", names(&b.lowering)));
        }
        if !b.raising.is_empty() {
            parts.push(format!("can be raised by {}", names(&b.raising)));
        }
        if !parts.is_empty() {
            out.push(format!("{}: {}", capitalise(patient), parts.join("; ")));
        }
    }
    for e in &report.events {
        if !e.causing.is_empty() {
            let patient = e.kind.info().patient;
            out.push(format!("{}: {}", capitalise(patient), names(&e.causing)));
        }
    }
    out
}

/// Dataset text made safe for Markdown: characters that would start
/// emphasis, a table cell, a link or HTML are escaped with a backslash.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '|' | '[' | ']' | '<' | '>' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// The summary as Markdown, each medicine by its name in `style` (the other
/// name in brackets where it differs). Nothing about the patient is stored;
/// the caller decides whether to copy or save it.
pub fn patient_summary_markdown(dataset: &Dataset, report: &Report, style: NameStyle) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Your medicines: what to look out for\n");
    if report.drugs.is_empty() {
        let _ = writeln!(md, "No medicines were recognised.\n");
    } else {
        let names: Vec<String> = report
            .drugs
            .iter()
            .map(|&d| dataset.drug_label(d, style))
            .collect();
        let _ = writeln!(md, "Medicines checked: {}.\n", names.join(", "));
    }

    let mut lines: Vec<(String, String)> = Vec::new();
    for &t in &report.taken {
        let d = t.drug;
        for applied in dataset.effects_taken(t) {
            let e = applied.effect;
            if e.direction == Direction::NoEffect {
                continue;
            }
            let relevant = match report.complaint {
                Some(c) => c.explained_by(e),
                None => true,
            };
            let line = (
                dataset.drug_name(d, style).to_owned(),
                e.counselling.clone(),
            );
            if relevant && !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    let watch = watch_lines(dataset, report, style);
    if !watch.is_empty() {
        let _ = writeln!(md, "## What your medicines can affect\n");
        for line in &watch {
            let _ = writeln!(md, "- {line}");
        }
        md.push('\n');
    }
    if !lines.is_empty() {
        let _ = writeln!(md, "## What to know\n");
        for (drug, line) in &lines {
            let _ = writeln!(md, "- **{}**: {}", escape(drug), escape(line));
        }
        md.push('\n');
    }

    let k = report.potassium();
    // The foods table only when potassium is lowered and nothing on the
    // list raises it, even on limited evidence: never advise potassium-rich
    // food to someone whose potassium may be pushed up.
    let any_raising = !k.raising.is_empty() || !k.possibly_raising.is_empty();
    let foods = k.net == LevelDirection::Lowers && !any_raising;
    if foods && !dataset.potassium_foods().is_empty() {
        let _ = writeln!(md, "## Foods that contain potassium\n");
        let _ = writeln!(md, "| Food | Serving | Potassium |\n|---|---|---|");
        for f in dataset.potassium_foods() {
            let _ = writeln!(
                md,
                "| {} | {} | {} mg |",
                escape(&f.food),
                escape(&f.serving),
                f.potassium_mg
            );
        }
        md.push('\n');
    }
    let lowered = matches!(k.net, LevelDirection::Lowers | LevelDirection::Mixed);
    if lowered || any_raising {
        let _ = writeln!(md, "## Potassium\n");
        if any_raising {
            let _ = writeln!(
                md,
                "One or more of your medicines can raise your potassium. Ask your pharmacist or doctor before taking potassium supplements or salt substitutes.\n"
            );
        } else {
            let _ = writeln!(
                md,
                "Do not take potassium supplements or salt substitutes unless a prescriber advises it.\n"
            );
        }
    }
    if !dataset.red_flags().is_empty() {
        let _ = writeln!(md, "## Get help urgently if\n");
        for f in dataset.red_flags_by_urgency() {
            let _ = writeln!(md, "- {}: {}", escape(&f.sign), escape(&f.action));
        }
        md.push('\n');
    }
    let _ = writeln!(
        md,
        "Do not stop or change any medicine on your own; talk to your pharmacist or doctor first.\n"
    );
    let _ = writeln!(
        md,
        "_medrisk dataset {}, reviewed {}. {}_",
        dataset.metadata().version,
        dataset.metadata().reviewed,
        dataset.metadata().disclaimer
    );
    md
}
