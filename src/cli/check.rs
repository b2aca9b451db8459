//! `medrisk check`: the counter check on the command line, as text or JSON
//! (documented in the README), or the patient's summary as Markdown or a
//! printable HTML page. The list comes from the arguments, standard input
//! (`-`) or a file (`--file`).

use std::io::Write;

use super::Format;
use super::json::{self, check::ReportJson};
use super::{EXIT_NOT_FOUND, EXIT_OK};
use crate::check::{self, Answer, Complaint, PatientContext, Pharmacy, Report, Resolved};
use crate::dataset::{Dataset, DrugId, EffectKind, LevelDirection, NameStyle, Verdict};
use crate::search::Index;

/// How to run and print the check.
pub struct Options<'a> {
    pub complaint: Option<Complaint>,
    /// Names the patient is buying now (`--buying`); added to the list
    /// when not on it.
    pub buying: &'a [String],
    /// Text: print every detail after the answer.
    pub details: bool,
    /// What was entered about the patient (empty: the list alone).
    pub context: &'a PatientContext,
    pub format: Format,
    pub style: NameStyle,
    /// Printed at the top of the HTML handout.
    pub pharmacy: &'a Pharmacy,
    /// Where the data came from, for the summary's footer.
    pub data_source: Option<&'a str>,
}

/// The patient's context from the command line's values; an impossible
/// one is a usage error naming its flag.
pub fn context(
    age: Option<&str>,
    egfr: Option<&str>,
    pregnant: bool,
    breastfeeding: bool,
    potassium: Option<&str>,
    sodium: Option<&str>,
) -> Result<PatientContext, check::ContextError> {
    use check::Input;
    Ok(PatientContext {
        age: age.map(check::parse_age).transpose()?,
        kidney: egfr.map(check::parse_kidney).transpose()?,
        pregnant,
        breastfeeding,
        potassium: potassium
            .map(|t| check::parse_result(Input::Potassium, t))
            .transpose()?,
        sodium: sodium
            .map(|t| check::parse_result(Input::Sodium, t))
            .transpose()?,
    })
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
    let index = super::for_the_process(Index::new(ds));
    let style = options.style;
    let (inputs, buying) = check::with_buying(inputs.to_vec(), options.buying);
    let report = check::check_buying(ds, index, &inputs, &buying, options.complaint);
    let answer = check::answer_for(ds, &report, style, options.context);
    match options.format {
        Format::Json => json::print(
            out,
            &ReportJson::of(ds, &report, &answer, style).with_context(options.context),
        ),
        Format::Markdown => {
            let summary = check::patient_summary(ds, &report, style);
            let _ = write!(
                out,
                "{}",
                summary.with_source(options.data_source).markdown()
            );
        }
        Format::Html => {
            let summary =
                check::patient_summary(ds, &report, style).with_source(options.data_source);
            let _ = write!(out, "{}", summary.html(Some(options.pharmacy)));
        }
        Format::Text => {
            print_answer(ds, &report, &answer, style, options, out);
            if options.details {
                print_details(ds, &report, &answer, style, out);
            }
            print_footer(ds, out);
        }
    }
    if report.drugs.is_empty() {
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    }
}

/// The answer: what to do first, what the list does, the red flags tied
/// to this patient. One or two lines each; `details` adds the sources and
/// the whole of each flag.
fn print_answer(
    ds: &Dataset,
    r: &Report,
    a: &Answer,
    style: NameStyle,
    options: &Options<'_>,
    out: &mut dyn Write,
) {
    use check::words::*;
    let details = options.details;
    // The supply verdict is the first line; the actions it states are not
    // listed again below.
    let stops = a.stops();
    if let Some(line) = &a.supply {
        match stops.first() {
            Some(x) => {
                let grade = x
                    .grade
                    .map(|g| format!(", {}", g.as_str()))
                    .unwrap_or_default();
                let _ = writeln!(out, "{line} [{}{grade}]", x.urgency.label());
            }
            None => {
                let _ = writeln!(out, "{line}");
            }
        }
        if details {
            for x in &stops {
                let _ = writeln!(out, "     {}", x.detail);
                let _ = writeln!(out, "     sources: {}", x.source_ids.join(", "));
            }
        }
    }
    print_checked(ds, r, style, out);
    if !options.context.is_empty() {
        let _ = writeln!(out, "Patient: {}.", options.context.describe().join("; "));
    }
    let _ = writeln!(out, "{DO_FIRST}:");
    if a.actions.is_empty() {
        match r.unresolved().len() {
            0 => {
                let _ = writeln!(out, "  {NOTHING_TO_DO}");
            }
            n => {
                let _ = writeln!(out, "  {}", nothing_to_do_but(n, r.drugs.len()));
            }
        }
    }
    let shown = if details {
        &a.actions[..]
    } else {
        a.first_actions()
    };
    let listed: Vec<&check::Action> = shown
        .iter()
        .filter(|x| x.kind != check::ActionKind::AvoidSupply)
        .collect();
    if a.actions.len() == stops.len() && !stops.is_empty() {
        let _ = writeln!(out, "  Nothing else to act on.");
    }
    for (i, x) in listed.iter().enumerate() {
        let grade = x
            .grade
            .map(|g| format!(", {}", g.as_str()))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:>3}. [{}{grade}] {}",
            i + 1,
            x.urgency.label(),
            x.text
        );
        if let Some(alt) = &x.alternative {
            let _ = writeln!(out, "     {INSTEAD}: {alt}");
        } else if details {
            let _ = writeln!(out, "     {}", x.detail);
        }
        if !x.because.is_empty() {
            let _ = writeln!(out, "     because {}", x.because.join("; "));
        }
        if details && !x.source_ids.is_empty() {
            let _ = writeln!(out, "     sources: {}", x.source_ids.join(", "));
        }
    }
    if !details && !a.more_actions().is_empty() {
        let kinds: Vec<String> = a.more_actions().iter().map(|x| x.title.clone()).collect();
        let _ = writeln!(
            out,
            "     {} (--details): {}",
            more(kinds.len()),
            kinds.join("; ")
        );
    }
    let _ = writeln!(out, "{FOUND}:");
    if let Some(line) = &a.explains {
        let _ = writeln!(out, "  {line}");
    }
    // With a complaint, the findings it does not bear on share one line
    // at a glance; --details gives each its own.
    let fold = !details && a.explains.is_some();
    let mut folded: Vec<String> = Vec::new();
    for f in &a.findings {
        let possible = f
            .possible
            .as_ref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        let sep = if f.line.is_empty() { "" } else { ": " };
        let line = format!("{}{sep}{}{possible}", f.heading, f.line);
        if fold && !f.on_complaint {
            folded.push(line);
        } else {
            let _ = writeln!(out, "  {line}");
        }
    }
    if !folded.is_empty() {
        let _ = writeln!(out, "  {OFF_COMPLAINT}: {}", folded.join("; "));
    }
    for line in a.burden.iter().chain(&a.falls_risk) {
        let _ = writeln!(out, "  {line}");
    }
    if !a.nothing_found.is_empty() {
        let kinds: Vec<&str> = a.nothing_found.iter().map(|k| k.info().noun).collect();
        let _ = writeln!(out, "  {NOTHING_FOUND}: {}.", kinds.join(", "));
    }
    if a.flags_folded() {
        let _ = writeln!(
            out,
            "{ALL_RED_FLAGS} ({}): {}",
            a.flags.all().len(),
            a.flags.general_line()
        );
    } else {
        let _ = writeln!(out, "{RED_FLAGS}:");
        for f in &a.flags.related {
            if details {
                let _ = writeln!(out, "  [{}] {}: {}", f.urgency.label(), f.sign, f.action);
            } else {
                let _ = writeln!(out, "  [{}] {}: {}", f.urgency.label(), f.short, f.sign);
            }
        }
        if !a.flags.general.is_empty() {
            let _ = writeln!(out, "  {GENERAL_FLAGS}: {}.", a.flags.general_line());
        }
    }
}

/// The list as understood, in as few lines as it takes: the recognised
/// medicines on one line, then a line for each entry that needs a look
/// (not recognised, corrected, a look-alike that matters, a class).
fn print_checked(ds: &Dataset, r: &Report, style: NameStyle, out: &mut dyn Write) {
    let mut fine: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for e in &r.entries {
        let shown = match &e.resolved {
            Resolved::Drug(d) => {
                let own = r.name(ds, *d, style);
                match e.matched.as_deref() {
                    Some(m)
                        if crate::dataset::name_key(m) != crate::dataset::name_key(&own)
                            && e.corrected_from.is_none() =>
                    {
                        format!("{m} ({own})")
                    }
                    _ => own,
                }
            }
            Resolved::Product(p, parts) => format!(
                "{} ({})",
                ds.product(*p).name,
                parts
                    .iter()
                    .map(|&d| ds.drug_name(d, style))
                    .collect::<Vec<_>>()
                    .join(" + ")
            ),
            Resolved::Class { stands_for, .. } => r.name(ds, *stands_for, style),
            Resolved::Unresolved { reason, candidates } => {
                let word = if matches!(reason, crate::search::Unresolved::NoMatch) {
                    "not recognised"
                } else {
                    "not resolved"
                };
                let mut s = format!(
                    "\"{}\": {word}, {}; nothing was checked for it",
                    e.input,
                    reason.sentence()
                );
                if !candidates.is_empty() {
                    let names: Vec<String> = candidates
                        .iter()
                        .map(|c| ds.display_label(c.target, style))
                        .collect();
                    s.push_str(&format!(" (did you mean {}?)", names.join(", ")));
                }
                notes.push(s);
                continue;
            }
        };
        let buying = if e.buying { " [buying]" } else { "" };
        if let Some(c) = &e.corrected_from {
            notes.push(format!("\"{c}\" read as {shown} (corrected)"));
        }
        let partners: Vec<&str> = e
            .look_alikes(ds)
            .into_iter()
            .filter(|(_, relevant)| *relevant)
            .map(|(p, _)| p.name.as_str())
            .collect();
        if !partners.is_empty() {
            notes.push(format!(
                "{shown}: looks like {} (check the right medicine was supplied)",
                partners.join(", ")
            ));
        }
        fine.push(format!("{shown}{buying}"));
    }
    if !fine.is_empty() {
        let _ = writeln!(out, "Checked: {}.", fine.join(", "));
    }
    for n in notes {
        let _ = writeln!(out, "  {n}");
    }
}

fn print_footer(ds: &Dataset, out: &mut dyn Write) {
    let meta = ds.metadata();
    let _ = writeln!(
        out,
        "Dataset {}, reviewed {}. {}",
        meta.version, meta.reviewed, meta.disclaimer
    );
}

/// Every detail, as the check has always printed it: each entry, every
/// level and event, every note with its sources, the complaint, every red
/// flag in full.
fn print_details(ds: &Dataset, r: &Report, answer: &Answer, style: NameStyle, out: &mut dyn Write) {
    let _ = writeln!(out, "Details:");
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
            Resolved::Class { class, stands_for } => format!(
                "{} (checked as {}; ask which)",
                ds.class(*class).name,
                ds.drug_label(*stands_for, style)
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
            .look_alikes(ds)
            .into_iter()
            .map(|(p, _)| p.name.as_str())
            .collect();
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
    for n in answer.notes(r) {
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
                x.effect.frequency.as_str(),
                x.effect.evidence.as_str(),
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
}
