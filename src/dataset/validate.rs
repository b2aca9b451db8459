//! Semantic checks on the merged data files, and assembly of the immutable
//! [`Dataset`]. Every problem is collected (not just the first), located at
//! the line and column of the offending value, and names the entity.

mod checks;
mod inherit;
mod names;
mod rules;
mod sections;

use super::date::Date;
use super::diagnostic::{Diagnostic, LoadError, Severity};
use super::model::*;
use super::parse::ParsedFile;
use super::spans::Step;
use super::{Dataset, NameEntry, NameTarget};

struct Checker<'a> {
    files: &'a [ParsedFile],
    diagnostics: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn at(&mut self, severity: Severity, file: usize, path: &[Step<'_>], message: String) {
        let f = &self.files[file];
        let pos = f.locate(path);
        self.diagnostics.push(Diagnostic {
            severity,
            file: f.name.clone(),
            pos,
            message,
        });
    }

    fn error(&mut self, file: usize, path: &[Step<'_>], message: String) {
        self.at(Severity::Error, file, path, message);
    }
}

/// Where an item came from: file index and position in its section.
#[derive(Clone, Copy)]
pub(super) struct Origin {
    pub(super) file: usize,
    pub(super) index: usize,
}

pub use inherit::REPEAT_MIN_CHARS;

pub(super) fn build(mut files: Vec<ParsedFile>, today: Date) -> Result<Dataset, LoadError> {
    // The statements as written come out of the files first; the checks
    // below see them complete.
    let written: Vec<inherit::Written> = files
        .iter_mut()
        .map(|f| inherit::Written {
            classes: std::mem::take(&mut f.data.classes),
            drugs: std::mem::take(&mut f.data.drugs),
            products: std::mem::take(&mut f.data.products),
            shared: std::mem::take(&mut f.data.shared_wording),
        })
        .collect();
    let mut c = Checker {
        files: &files,
        diagnostics: Vec::new(),
    };
    let (complete, verbatim_repeats) = inherit::complete(&mut c, written);

    let mut metadata: Vec<(Origin, &Metadata)> = Vec::new();
    let mut sources: Vec<(Origin, &Source)> = Vec::new();
    let mut classes: Vec<(Origin, &DrugClass)> = Vec::new();
    let mut drugs: Vec<(Origin, &Drug)> = Vec::new();
    let mut products: Vec<(Origin, &Product)> = Vec::new();
    let mut causes: Vec<(Origin, &OtherCause)> = Vec::new();
    let mut flags: Vec<(Origin, &RedFlag)> = Vec::new();
    let mut foods: Vec<(Origin, &PotassiumFood)> = Vec::new();
    let mut rules: Vec<(Origin, &RiskRule)> = Vec::new();
    let mut interactions: Vec<(Origin, &Interaction)> = Vec::new();
    let mut ranges: Vec<(Origin, &ReferenceRange)> = Vec::new();
    let mut pairs: Vec<(Origin, &LookAlikePair)> = Vec::new();
    let mut spellings: Vec<(Origin, &TallMan)> = Vec::new();
    let mut thresholds: Vec<(Origin, &KidneyThreshold)> = Vec::new();
    let mut advice: Vec<(Origin, &PatientAdvice)> = Vec::new();
    let mut falls_classes: Vec<(Origin, &FallsRiskClass)> = Vec::new();
    let mut scores: Vec<(Origin, &AnticholinergicScore)> = Vec::new();
    for (file, (f, k)) in files.iter().zip(&complete).enumerate() {
        let o = |index| Origin { file, index };
        metadata.extend(f.data.metadata.iter().map(|m| (o(0), m)));
        sources.extend(f.data.sources.iter().enumerate().map(|(i, x)| (o(i), x)));
        classes.extend(k.classes.iter().enumerate().map(|(i, x)| (o(i), x)));
        drugs.extend(k.drugs.iter().enumerate().map(|(i, x)| (o(i), x)));
        products.extend(k.products.iter().enumerate().map(|(i, x)| (o(i), x)));
        causes.extend(
            f.data
                .other_causes
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        flags.extend(f.data.red_flags.iter().enumerate().map(|(i, x)| (o(i), x)));
        foods.extend(
            f.data
                .potassium_foods
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        rules.extend(f.data.risk_rules.iter().enumerate().map(|(i, x)| (o(i), x)));
        interactions.extend(
            f.data
                .interactions
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        ranges.extend(
            f.data
                .reference_ranges
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        pairs.extend(
            f.data
                .look_alikes
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        spellings.extend(f.data.tall_man.iter().enumerate().map(|(i, x)| (o(i), x)));
        advice.extend(
            f.data
                .patient_advice
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        falls_classes.extend(
            f.data
                .falls_risk_classes
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        scores.extend(
            f.data
                .anticholinergic_scores
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
        thresholds.extend(
            f.data
                .kidney_thresholds
                .iter()
                .enumerate()
                .map(|(i, x)| (o(i), x)),
        );
    }

    let reviewed = sections::check_metadata(&mut c, &metadata, today);
    let source_index = sections::check_source_list(&mut c, &sources);
    let source_ok = |id: &str| source_index.contains_key(id);
    let class_index = sections::check_classes(&mut c, &classes, &source_ok);
    let drug_index = sections::check_drugs(&mut c, &drugs, &class_index, &source_ok);
    sections::check_products(&mut c, &products, &drug_index, &source_ok);
    sections::check_counter_content(&mut c, &causes, &flags, &foods, &advice, &source_ok);
    let known = rules::Known {
        classes: &class_index,
        drugs: &drug_index,
        source_ok: &source_ok,
    };
    rules::check_risk_rules(&mut c, &rules, &known);
    rules::check_interactions(&mut c, &interactions, &known);
    rules::check_flag_scopes(&mut c, &flags, &known);
    rules::check_kidney_thresholds(&mut c, &thresholds, &known);
    rules::check_ranges(&mut c, &ranges, &known);
    rules::check_falls_risk_classes(&mut c, &falls_classes, &known);
    rules::check_anticholinergic_scores(&mut c, &scores, &known);
    let (names, name_index) = sections::index_names(&mut c, &drugs, &classes, &products);
    let lookup = names::NameLookup {
        names: &names,
        index: &name_index,
        source_ok: &source_ok,
    };
    names::check_look_alikes(&mut c, &pairs, &lookup);
    names::check_tall_man(&mut c, &spellings, &lookup);
    names::check_local_names(&mut c, &drugs);

    let mut diagnostics = c.diagnostics;
    let file_order = |name: &str| files.iter().position(|f| f.name == name);
    diagnostics.sort_by(|a, b| {
        (a.severity, file_order(&a.file), a.pos).cmp(&(b.severity, file_order(&b.file), b.pos))
    });
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(LoadError { diagnostics });
    }
    let reviewed = reviewed.expect("no errors, so the metadata parsed");
    // Valid: move each file's sections into the dataset, in file order (the
    // order the checks and the name index saw them in), without copying.
    let mut all = DataFile::default();
    let (mut all_classes, mut all_drugs, mut all_products) = (Vec::new(), Vec::new(), Vec::new());
    for (f, k) in files.into_iter().zip(complete) {
        let d = f.data;
        if all.metadata.is_none() {
            all.metadata = d.metadata;
        }
        all.sources.extend(d.sources);
        all_classes.extend(k.classes);
        all_drugs.extend(k.drugs);
        all_products.extend(k.products);
        all.other_causes.extend(d.other_causes);
        all.red_flags.extend(d.red_flags);
        all.potassium_foods.extend(d.potassium_foods);
        all.risk_rules.extend(d.risk_rules);
        all.interactions.extend(d.interactions);
        all.reference_ranges.extend(d.reference_ranges);
        all.look_alikes.extend(d.look_alikes);
        all.tall_man.extend(d.tall_man);
        all.kidney_thresholds.extend(d.kidney_thresholds);
        all.patient_advice.extend(d.patient_advice);
        all.falls_risk_classes.extend(d.falls_risk_classes);
        all.anticholinergic_scores.extend(d.anticholinergic_scores);
    }
    let look_alikes = super::look_alikes::LookAlikes::build(
        &all_drugs,
        &all_products,
        &all.look_alikes,
        &all.tall_man,
        &names,
        &name_index,
    );
    Ok(Dataset {
        look_alikes,
        metadata: all.metadata.expect("no errors, so there is one metadata"),
        reviewed,
        sources: all.sources,
        classes: all_classes,
        drugs: all_drugs,
        products: all_products,
        other_causes: all.other_causes,
        red_flags: all.red_flags,
        potassium_foods: all.potassium_foods,
        risk_rules: all.risk_rules,
        interactions: all.interactions,
        reference_ranges: all.reference_ranges,
        kidney_thresholds: all.kidney_thresholds,
        patient_advice: all.patient_advice,
        falls_risk_classes: all.falls_risk_classes,
        anticholinergic_scores: all.anticholinergic_scores,
        warnings: diagnostics,
        verbatim_repeats,
        names,
        name_index,
        source_index,
        class_index,
        drug_index,
    })
}

pub(super) fn describe(
    entry: &NameEntry,
    drugs: &[(Origin, &Drug)],
    classes: &[(Origin, &DrugClass)],
    products: &[(Origin, &Product)],
) -> String {
    match entry.target {
        NameTarget::Drug(d) => format!("drug \"{}\"", drugs[d.0].1.generic),
        NameTarget::Class(k) => format!("class \"{}\"", classes[k.0].1.id),
        NameTarget::Product(p) => format!("product \"{}\"", products[p.0].1.name),
    }
}
