//! The plain-language summary a pharmacist can hand over: built once from
//! the dataset's counselling lines, foods table and red flags
//! ([`PatientSummary`]), then written as Markdown, plain text (the
//! clipboard) or a printable HTML page (`handout`). It never tells the
//! patient to start or stop a medicine.

use std::fmt::Write;

use crate::dataset::{
    Dataset, Direction, DrugId, LevelDirection, NameStyle, PotassiumFood, Urgency,
};

use super::Report;

/// The summary's content, before it is written in any format. Every text
/// in it comes from the dataset or is fixed here; nothing is escaped yet.
#[derive(Debug, Clone)]
pub struct PatientSummary {
    /// Each medicine by its name in the chosen style, the other name in
    /// brackets.
    pub medicines: Vec<String>,
    /// What the pharmacist entered about the patient, only when they chose
    /// to print it ("84 years", "eGFR 25 mL/min/1.73m²"); empty otherwise.
    pub patient: Vec<String>,
    /// One line per level moved and per event caused on established
    /// evidence, in the patient's words.
    pub watch: Vec<String>,
    /// (medicine, counselling line), each pair once.
    pub know: Vec<(String, String)>,
    /// The potassium foods table: only when potassium is lowered and
    /// nothing on the list raises it, even on limited evidence.
    pub foods: Vec<PotassiumFood>,
    /// What to say about potassium supplements, when anything moves it.
    pub potassium_advice: Option<&'static str>,
    /// The dataset's plain-words advice that applies (avoiding falls when
    /// something lowers blood pressure on standing): (heading, lines).
    pub advice: Vec<(String, Vec<String>)>,
    /// Most urgent first.
    pub red_flags: Vec<FlagLine>,
    /// "medrisk dataset 2026.12.0, reviewed 2026-12-01."
    pub dataset_line: String,
    pub disclaimer: String,
}

/// A red flag as the patient reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagLine {
    pub urgency: Urgency,
    pub sign: String,
    pub action: String,
}

/// Closes every summary, whatever the list.
pub const DO_NOT_STOP: &str =
    "Do not stop or change any medicine on your own; talk to your pharmacist or doctor first.";

const RAISES_POTASSIUM: &str = "One or more of your medicines can raise your potassium. Ask your pharmacist or doctor before taking potassium supplements or salt substitutes.";

const NO_SUPPLEMENTS: &str =
    "Do not take potassium supplements or salt substitutes unless a prescriber advises it.";

/// The summary's content for a checked list.
pub fn patient_summary(dataset: &Dataset, report: &Report, style: NameStyle) -> PatientSummary {
    let names = |ids: &[DrugId]| {
        ids.iter()
            .map(|&d| dataset.drug_name(d, style))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut watch = Vec::new();
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
            watch.push(format!("{}: {}", capitalise(patient), parts.join("; ")));
        }
    }
    for e in &report.events {
        if !e.causing.is_empty() {
            let patient = e.kind.info().patient;
            watch.push(format!("{}: {}", capitalise(patient), names(&e.causing)));
        }
    }
    let mut know: Vec<(String, String)> = Vec::new();
    for &t in &report.taken {
        for applied in dataset.effects_taken(t) {
            let e = applied.effect;
            if e.direction == Direction::NoEffect {
                continue;
            }
            let relevant = report.complaint.is_none_or(|c| c.explained_by(e));
            let line = (
                dataset.drug_name(t.drug, style).to_owned(),
                e.counselling.clone(),
            );
            if relevant && !know.contains(&line) {
                know.push(line);
            }
        }
    }
    let k = report.potassium();
    // Never advise potassium-rich food to someone whose potassium may be
    // pushed up.
    let any_raising = !k.raising.is_empty() || !k.possibly_raising.is_empty();
    let foods = if k.net == LevelDirection::Lowers && !any_raising {
        dataset.potassium_foods().to_vec()
    } else {
        Vec::new()
    };
    let lowered = matches!(k.net, LevelDirection::Lowers | LevelDirection::Mixed);
    let potassium_advice = if any_raising {
        Some(RAISES_POTASSIUM)
    } else if lowered {
        Some(NO_SUPPLEMENTS)
    } else {
        None
    };
    // Advice applies when the list causes one of its kinds on established
    // evidence, or the complaint is one of its symptoms.
    let symptoms = report.complaint.map(|c| c.symptoms()).unwrap_or_default();
    let advice = dataset
        .patient_advice()
        .iter()
        .filter(|a| {
            a.kinds.iter().any(|&k| report.moves(k))
                || a.symptoms.iter().any(|s| symptoms.contains(s))
        })
        .map(|a| (a.heading.clone(), a.lines.clone()))
        .collect();
    let meta = dataset.metadata();
    PatientSummary {
        advice,
        patient: Vec::new(),
        medicines: report
            .drugs
            .iter()
            .map(|&d| dataset.drug_label(d, style))
            .collect(),
        watch,
        know,
        foods,
        potassium_advice,
        red_flags: super::answer::flag_groups(dataset, report)
            .for_patient()
            .into_iter()
            .map(|f| FlagLine {
                urgency: f.urgency,
                sign: f.sign.clone(),
                action: f.action.clone(),
            })
            .collect(),
        dataset_line: format!(
            "medrisk dataset {}, reviewed {}.",
            meta.version, meta.reviewed
        ),
        disclaimer: meta.disclaimer.clone(),
    }
}

/// The headings every format uses.
pub mod headings {
    pub const TITLE: &str = "Your medicines: what to look out for";
    pub const AFFECT: &str = "What your medicines can affect";
    pub const KNOW: &str = "What to know";
    pub const FOODS: &str = "Foods that contain potassium";
    pub const POTASSIUM: &str = "Potassium";
    pub const HELP: &str = "Get help urgently if";
    pub const NONE_RECOGNISED: &str = "No medicines were recognised.";
    pub const PATIENT: &str = "Checked for";
}

impl PatientSummary {
    /// Adds where the data came from to the footer ("In use: the dataset
    /// built into this medrisk."), as every printed or saved summary says.
    pub fn with_source(mut self, sentence: Option<&str>) -> Self {
        if let Some(s) = sentence {
            self.dataset_line = format!("{} {s}", self.dataset_line);
        }
        self
    }

    /// As Markdown; dataset text is escaped.
    pub fn markdown(&self) -> String {
        use headings::*;
        let mut md = String::new();
        let _ = writeln!(md, "# {TITLE}\n");
        if self.medicines.is_empty() {
            let _ = writeln!(md, "{NONE_RECOGNISED}\n");
        } else {
            let _ = writeln!(
                md,
                "Medicines checked: {}.\n",
                escape(&self.medicines.join(", "))
            );
        }
        if !self.patient.is_empty() {
            let _ = writeln!(md, "{PATIENT}: {}.\n", escape(&self.patient.join("; ")));
        }
        if !self.watch.is_empty() {
            let _ = writeln!(md, "## {AFFECT}\n");
            for line in &self.watch {
                let _ = writeln!(md, "- {}", escape(line));
            }
            md.push('\n');
        }
        if !self.know.is_empty() {
            let _ = writeln!(md, "## {KNOW}\n");
            for (drug, line) in &self.know {
                let _ = writeln!(md, "- **{}**: {}", escape(drug), escape(line));
            }
            md.push('\n');
        }
        if !self.foods.is_empty() {
            let _ = writeln!(md, "## {FOODS}\n");
            let _ = writeln!(md, "| Food | Serving | Potassium |\n|---|---|---|");
            for f in &self.foods {
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
        if let Some(advice) = self.potassium_advice {
            let _ = writeln!(md, "## {POTASSIUM}\n\n{advice}\n");
        }
        for (heading, lines) in &self.advice {
            let _ = writeln!(md, "## {}\n", escape(heading));
            for line in lines {
                let _ = writeln!(md, "- {}", escape(line));
            }
            md.push('\n');
        }
        if !self.red_flags.is_empty() {
            let _ = writeln!(md, "## {HELP}\n");
            for f in &self.red_flags {
                let _ = writeln!(md, "- {}: {}", escape(&f.sign), escape(&f.action));
            }
            md.push('\n');
        }
        let _ = writeln!(md, "{DO_NOT_STOP}\n");
        let _ = writeln!(
            md,
            "_{} {}_",
            escape(&self.dataset_line),
            escape(&self.disclaimer)
        );
        md
    }

    /// As plain text (the clipboard): no markup, headings underlined.
    pub fn plain_text(&self) -> String {
        use headings::*;
        let mut t = String::new();
        let heading = |t: &mut String, text: &str| {
            let _ = writeln!(t, "{text}\n{}\n", "-".repeat(text.chars().count()));
        };
        let _ = writeln!(t, "{TITLE}\n{}\n", "=".repeat(TITLE.chars().count()));
        if self.medicines.is_empty() {
            let _ = writeln!(t, "{NONE_RECOGNISED}\n");
        } else {
            let _ = writeln!(t, "Medicines checked: {}.\n", self.medicines.join(", "));
        }
        if !self.patient.is_empty() {
            let _ = writeln!(t, "{PATIENT}: {}.\n", self.patient.join("; "));
        }
        if !self.watch.is_empty() {
            heading(&mut t, AFFECT);
            for line in &self.watch {
                let _ = writeln!(t, "- {line}");
            }
            t.push('\n');
        }
        if !self.know.is_empty() {
            heading(&mut t, KNOW);
            for (drug, line) in &self.know {
                let _ = writeln!(t, "- {drug}: {line}");
            }
            t.push('\n');
        }
        if !self.foods.is_empty() {
            heading(&mut t, FOODS);
            for f in &self.foods {
                let _ = writeln!(t, "- {} ({}): {} mg", f.food, f.serving, f.potassium_mg);
            }
            t.push('\n');
        }
        if let Some(advice) = self.potassium_advice {
            heading(&mut t, POTASSIUM);
            let _ = writeln!(t, "{advice}\n");
        }
        for (title, lines) in &self.advice {
            heading(&mut t, title);
            for line in lines {
                let _ = writeln!(t, "- {line}");
            }
            t.push('\n');
        }
        if !self.red_flags.is_empty() {
            heading(&mut t, HELP);
            for f in &self.red_flags {
                let _ = writeln!(t, "- {}: {}", f.sign, f.action);
            }
            t.push('\n');
        }
        let _ = writeln!(t, "{DO_NOT_STOP}\n");
        let _ = writeln!(t, "{} {}", self.dataset_line, self.disclaimer);
        t
    }
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
    patient_summary(dataset, report, style).markdown()
}
