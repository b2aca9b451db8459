//! `medrisk check`: the counter check on the command line, as text or JSON
//! (documented in the README), or the patient's summary as Markdown or a
//! printable HTML page. The list comes from the arguments, standard input
//! (`-`) or a file (`--file`).

use std::io::Write;

use super::Format;
use super::json::{self, ReportJson, enum_word};
use super::{EXIT_NOT_FOUND, EXIT_OK};
use crate::check::{self, Complaint, Pharmacy, Report, Resolved};
use crate::dataset::{Dataset, DrugId, EffectKind, LevelDirection, NameStyle, Verdict};
use crate::search::Index;

/// How to run and print the check.
pub struct Options<'a> {
    pub complaint: Option<Complaint>,
    pub format: Format,
    pub style: NameStyle,
    /// Printed at the top of the HTML handout.
    pub pharmacy: &'a Pharmacy,
}

/// The medicine list from the arguments (each may hold a comma-separated
/// list; `-` reads standard input), then from `--file`, one per line.
pub fn read_inputs(
    names: &[String],
    file: Option<&std::path::Path>,
    stdin: &mut dyn std::io::BufRead,
) -> Result<Vec<String>, String> {
    let mut inputs = Vec::new();
    let mut read_stdin = false;
    for n in names {
        if n == "-" {
            if !read_stdin {
                let mut text = String::new();
                stdin
                    .read_to_string(&mut text)
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                inputs.extend(check::split_list(&text));
                read_stdin = true;
            }
        } else {
            inputs.extend(check::split_list(n));
        }
    }
    if let Some(path) = file {
        let text = check::read_list_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
        inputs.extend(check::split_list(&text));
    }
    inputs.truncate(check::MAX_ENTRIES);
    Ok(inputs)
}

pub fn run(ds: &Dataset, inputs: &[String], options: &Options<'_>, out: &mut dyn Write) -> u8 {
    let index = Index::new(ds);
    let style = options.style;
    let report = check::check(ds, &index, inputs, options.complaint);
    match options.format {
        Format::Json => json::print(out, &ReportJson::of(ds, &report, style)),
        Format::Markdown => {
            let _ = write!(
                out,
                "{}",
                check::patient_summary(ds, &report, style).markdown()
            );
        }
        Format::Html => {
            let summary = check::patient_summary(ds, &report, style);
            let _ = write!(out, "{}", summary.html(Some(options.pharmacy)));
        }
        Format::Text => print_text(ds, &report, style, out),
    }
    if report.drugs.is_empty() {
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    }
}

fn print_text(ds: &Dataset, r: &Report, style: NameStyle, out: &mut dyn Write) {
    let names =
        |ids: &[DrugId]| -> Vec<&str> { ids.iter().map(|&d| ds.drug_name(d, style)).collect() };
    let list = |ids: &[DrugId]| {
        if ids.is_empty() {
            "none".to_owned()
        } else {
            names(ids).join(", ")
        }
    };
    let _ = writeln!(out, "Medicines:");
    for e in &r.entries {
        let line = match &e.resolved {
            Resolved::Drug(d) => ds.drug_label(*d, style),
            Resolved::Product(c, parts) => format!(
                "{} = {}",
                ds.product(*c).name,
                parts
                    .iter()
                    .map(|&d| ds.drug_label(d, style))
                    .collect::<Vec<_>>()
                    .join(" + ")
            ),
            Resolved::Unresolved { reason, candidates } => {
                let word = if matches!(reason, crate::search::Unresolved::NoMatch) {
                    "NOT RECOGNISED"
                } else {
                    "NOT RESOLVED"
                };
                let mut s = format!("{word}: {}", reason.sentence());
                if !candidates.is_empty() {
                    let names: Vec<String> = candidates
                        .iter()
                        .map(|c| ds.display_label(c.target, style))
                        .collect();
                    s.push_str(&format!(" ({})", names.join(", ")));
                }
                s
            }
        };
        let partners: Vec<&str> = e
            .target()
            .map(|t| ds.look_alikes(t).iter().map(|p| p.name.as_str()).collect())
            .unwrap_or_default();
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
        if !partners.is_empty() {
            let _ = writeln!(
                out,
                "     look-alike: {} (check the right medicine was supplied)",
                partners.join(", ")
            );
        }
    }
    for d in &r.duplicates {
        let _ = writeln!(
            out,
            "  duplicate: {} is on the list more than once ({})",
            ds.drug_name(d.drug, style),
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
                ds.drug_name(x.drug, style),
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
