//! The clinical dataset: schema, loading and validation, and the questions
//! every other module asks of it (which effects does this drug have, which
//! drug does this name mean). Once built, a [`Dataset`] is never modified.
//! No egui here, and nothing beyond serde, ron, postcard and
//! unicode-normalization: build.rs compiles this module too, to validate
//! and compile `data/*.ron` into the binary. Where the dataset in use comes
//! from (built in, an installed update) is `store`'s business.

pub mod compiled;
mod date;
mod diagnostic;
mod effects;
mod flags;
mod kinds;
mod load;
mod local_names;
mod look_alikes;
mod matrix;
mod model;
mod names;
mod parse;
pub mod spans;
mod tall_man;
mod validate;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use date::Date;
pub use diagnostic::{Diagnostic, LoadError, Severity};
pub use effects::{
    AppliedEffect, EffectOrigin, FlagFinding, LevelDirection, Taken, Verdict, events_in,
    findings_in, levels_in, strength_in,
};
pub use flags::{EffectFlag, Strength};
pub use kinds::{KindGroup, KindInfo, Shape};
pub use load::{MAX_FILE_BYTES, MAX_FILES, read_path};
pub use local_names::NameStyle;
pub use look_alikes::{Contrast, Partner, TallManOrigin};
pub use matrix::{ClassMatrix, MatrixCell, MatrixRow};
pub use model::*;
pub use names::name_key;
pub use parse::TextFile;
pub use tall_man::{closest_name, tall_man};
pub use validate::REPEAT_MIN_CHARS;

/// Index of a drug in [`Dataset::drugs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DrugId(pub usize);

/// Index of a class in [`Dataset::classes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClassId(pub usize);

/// Index of a product in [`Dataset::products`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ProductId(pub usize);

/// What a name in the dataset refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum NameTarget {
    Drug(DrugId),
    Class(ClassId),
    Product(ProductId),
}

/// What kind of name it is, in the pharmacist's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum NameKind {
    /// The US generic name.
    Generic,
    /// A BAN/INN or other non-proprietary name.
    International,
    Brand,
    ClassName,
    Product,
}

/// One searchable name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameEntry {
    /// As written in the dataset ("Lasix").
    pub name: String,
    /// [`name_key`] of `name`.
    pub key: String,
    pub kind: NameKind,
    pub target: NameTarget,
}

/// A validated, immutable dataset: its fields are private, so once built
/// it cannot be changed; read it through the accessors.
///
/// Invariants (checked by the validator, relied on everywhere else): every
/// class, source and ingredient reference resolves; every name key refers to
/// exactly one drug, class or combination; every effect cites a source; the
/// class tree has no cycles.
#[derive(Debug, Clone)]
pub struct Dataset {
    metadata: Metadata,
    reviewed: Date,
    sources: Vec<Source>,
    classes: Vec<DrugClass>,
    drugs: Vec<Drug>,
    products: Vec<Product>,
    other_causes: Vec<OtherCause>,
    red_flags: Vec<RedFlag>,
    potassium_foods: Vec<PotassiumFood>,
    risk_rules: Vec<RiskRule>,
    interactions: Vec<Interaction>,
    reference_ranges: Vec<ReferenceRange>,
    kidney_thresholds: Vec<KidneyThreshold>,
    patient_advice: Vec<PatientAdvice>,
    falls_risk_classes: Vec<FallsRiskClass>,
    anticholinergic_scores: Vec<AnticholinergicScore>,
    /// Warnings found while loading (the review date, for one).
    warnings: Vec<Diagnostic>,
    /// Long effect wording the data files write out more than once (copies
    /// beyond the first); shared wording and inheritance keep it low.
    verbatim_repeats: usize,
    names: Vec<NameEntry>,
    name_index: HashMap<String, usize>,
    source_index: HashMap<String, usize>,
    class_index: HashMap<String, ClassId>,
    drug_index: HashMap<String, DrugId>,
    look_alikes: look_alikes::LookAlikes,
}

impl Dataset {
    /// Loads a `.ron` file or a directory of them, checked against today's date.
    pub fn load_path(path: &std::path::Path) -> Result<Dataset, LoadError> {
        load::load_path(path, Date::today())
    }

    /// Loads and validates in-memory files; `today` decides review warnings.
    pub fn from_files(files: &[TextFile], today: Date) -> Result<Dataset, LoadError> {
        load::load_files(files, today)
    }

    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// The review date, parsed.
    pub fn reviewed(&self) -> Date {
        self.reviewed
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn classes(&self) -> &[DrugClass] {
        &self.classes
    }

    pub fn drugs(&self) -> &[Drug] {
        &self.drugs
    }

    /// Named products: combinations and single ingredients by a route.
    pub fn products(&self) -> &[Product] {
        &self.products
    }

    pub fn other_causes(&self) -> &[OtherCause] {
        &self.other_causes
    }

    pub fn red_flags(&self) -> &[RedFlag] {
        &self.red_flags
    }

    /// The red flags, most urgent first (dataset order within an urgency).
    pub fn red_flags_by_urgency(&self) -> Vec<&RedFlag> {
        let mut flags: Vec<&RedFlag> = self.red_flags.iter().collect();
        flags.sort_by_key(|f| f.urgency);
        flags
    }

    pub fn potassium_foods(&self) -> &[PotassiumFood] {
        &self.potassium_foods
    }

    pub fn risk_rules(&self) -> &[RiskRule] {
        &self.risk_rules
    }

    /// Exposure interactions: one medicine raising another's level.
    pub fn interactions(&self) -> &[Interaction] {
        &self.interactions
    }

    /// What to do below a kidney-function threshold, in dataset order.
    pub fn kidney_thresholds(&self) -> &[KidneyThreshold] {
        &self.kidney_thresholds
    }

    /// Plain-words advice for the patient's summary, in dataset order.
    pub fn patient_advice(&self) -> &[PatientAdvice] {
        &self.patient_advice
    }

    /// The classes on the falls-risk list, in dataset order.
    pub fn falls_risk_classes(&self) -> &[FallsRiskClass] {
        &self.falls_risk_classes
    }

    /// The drug's anticholinergic score, where the scale lists it.
    pub fn anticholinergic_score(&self, drug: DrugId) -> Option<&AnticholinergicScore> {
        let generic = &self.drug(drug).generic;
        self.anticholinergic_scores
            .iter()
            .find(|s| &s.drug == generic)
    }

    /// Reference ranges and severity bands of blood levels, per market.
    pub fn reference_ranges(&self) -> &[ReferenceRange] {
        &self.reference_ranges
    }

    /// Warnings found while loading (the review date, for one).
    /// Copies beyond the first of effect wording of at least
    /// [`REPEAT_MIN_CHARS`] characters, as the data files write it.
    pub fn verbatim_repeats(&self) -> usize {
        self.verbatim_repeats
    }

    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    pub fn drug(&self, id: DrugId) -> &Drug {
        &self.drugs[id.0]
    }

    pub fn class(&self, id: ClassId) -> &DrugClass {
        &self.classes[id.0]
    }

    pub fn product(&self, id: ProductId) -> &Product {
        &self.products[id.0]
    }

    pub fn drug_ids(&self) -> impl Iterator<Item = DrugId> + '_ {
        (0..self.drugs.len()).map(DrugId)
    }

    pub fn class_ids(&self) -> impl Iterator<Item = ClassId> + '_ {
        (0..self.classes.len()).map(ClassId)
    }

    /// The drug with this generic name (exact, as in the dataset).
    pub fn drug_by_generic(&self, generic: &str) -> Option<DrugId> {
        self.drug_index.get(generic).copied()
    }

    pub fn class_by_id(&self, id: &str) -> Option<ClassId> {
        self.class_index.get(id).copied()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).map(|&i| &self.sources[i])
    }

    /// Every searchable name, in dataset order.
    /// Look-alike/sound-alike partners of a medicine or product, both ways:
    /// its own list, entries that name it, and the recorded pairs.
    pub fn look_alikes(&self, target: NameTarget) -> &[Partner] {
        self.look_alikes.partners(target)
    }

    /// The tall-man spelling a safety list gives this name, if any.
    pub fn tall_man_spelling(&self, name: &str) -> Option<&TallMan> {
        self.look_alikes.spelling(name)
    }

    /// How many look-alike pairs and tall-man spellings the data records.
    pub fn look_alike_counts(&self) -> (usize, usize) {
        self.look_alikes.counts()
    }

    /// Two names written with tall-man capitals: the list's own where both
    /// are on it, otherwise worked out, and saying which.
    pub fn contrast(&self, a: &str, b: &str) -> Contrast {
        self.look_alikes.contrast(a, b)
    }

    pub fn names(&self) -> &[NameEntry] {
        &self.names
    }

    /// The entry whose [`name_key`] equals that of `name`, if any.
    pub fn lookup_name(&self, name: &str) -> Option<&NameEntry> {
        self.name_index
            .get(&name_key(name))
            .map(|&i| &self.names[i])
    }

    /// The class of a class id's parent, if any.
    pub fn parent(&self, id: ClassId) -> Option<ClassId> {
        self.class(id)
            .parent
            .as_deref()
            .and_then(|p| self.class_by_id(p))
    }

    /// The class and its ancestors, most specific first.
    pub fn class_chain(&self, id: ClassId) -> Vec<ClassId> {
        let mut chain = vec![id];
        while let Some(p) = self.parent(*chain.last().expect("non-empty")) {
            chain.push(p);
        }
        chain
    }

    /// The class a drug belongs to (its most specific class).
    pub fn class_of(&self, drug: DrugId) -> ClassId {
        self.class_by_id(&self.drug(drug).class)
            .expect("validated: every drug's class exists")
    }

    /// Direct sub-classes of a class, in dataset order.
    pub fn subclasses(&self, id: ClassId) -> Vec<ClassId> {
        self.class_ids()
            .filter(|&c| self.parent(c) == Some(id))
            .collect()
    }

    /// Drugs whose own class is `id` (not its sub-classes).
    pub fn members(&self, id: ClassId) -> Vec<DrugId> {
        self.drug_ids()
            .filter(|&d| self.class_of(d) == id)
            .collect()
    }

    /// The name a search target is known by: a drug's generic name, a
    /// class's or a combination product's name.
    pub fn target_name(&self, target: NameTarget) -> &str {
        match target {
            NameTarget::Drug(d) => &self.drug(d).generic,
            NameTarget::Class(c) => &self.class(c).name,
            NameTarget::Product(c) => &self.product(c).name,
        }
    }

    /// Every name of a drug: generic, international names, then brands.
    pub fn names_of(&self, drug: DrugId) -> Vec<&str> {
        let d = self.drug(drug);
        std::iter::once(d.generic.as_str())
            .chain(d.international.iter().map(String::as_str))
            .chain(d.brands.iter().map(|b| b.name.as_str()))
            .collect()
    }

    /// Product products that contain the drug.
    pub fn products_with(&self, drug: DrugId) -> Vec<ProductId> {
        let generic = &self.drug(drug).generic;
        (0..self.products.len())
            .map(ProductId)
            .filter(|&c| self.product(c).ingredients.contains(generic))
            .collect()
    }

    /// The ingredient drugs of a combination product.
    pub fn ingredients(&self, id: ProductId) -> Vec<DrugId> {
        self.product(id)
            .ingredients
            .iter()
            .map(|g| self.drug_by_generic(g).expect("validated ingredient"))
            .collect()
    }

    /// The date the dataset is due for review.
    pub fn review_due(&self) -> Date {
        self.reviewed
            .add_days(i64::from(self.metadata.review_interval_days))
    }

    /// Whether the dataset is past its review date on `today`.
    pub fn review_overdue(&self, today: Date) -> bool {
        today > self.review_due()
    }
}
