//! The clinical dataset: schema, loading and validation, and the questions
//! every other module asks of it (which effects does this drug have, which
//! drug does this name mean). Once built, a [`Dataset`] is never modified.
//! No egui here.

mod date;
mod diagnostic;
mod flags;
mod kinds;
mod load;
mod model;
mod names;
pub mod spans;
mod tall_man;
mod validate;

use std::collections::HashMap;

pub use date::Date;
pub use diagnostic::{Diagnostic, LoadError, Severity};
pub use flags::{EffectFlag, Strength};
pub use kinds::{KindGroup, KindInfo, Shape};
pub use load::{EMBEDDED_FILES, MAX_FILE_BYTES, MAX_FILES, TextFile};
pub use model::*;
pub use names::name_key;
pub use tall_man::{closest_name, tall_man};

/// Index of a drug in [`Dataset::drugs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DrugId(pub usize);

/// Index of a class in [`Dataset::classes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClassId(pub usize);

/// Index of a combination product in [`Dataset::combinations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProductId(pub usize);

/// What a name in the dataset refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameTarget {
    Drug(DrugId),
    Class(ClassId),
    Product(ProductId),
}

/// What kind of name it is, in the pharmacist's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameEntry {
    /// As written in the dataset ("Lasix").
    pub name: String,
    /// [`name_key`] of `name`.
    pub key: String,
    pub kind: NameKind,
    pub target: NameTarget,
}

/// Net effect on serum potassium.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PotassiumDirection {
    Lowers,
    Raises,
    /// Both directions are documented (for example a combination, or a drug
    /// whose effect depends on the situation).
    Mixed,
    None,
}

impl PotassiumDirection {
    /// The stable word used in the JSON interface.
    pub fn as_str(self) -> &'static str {
        match self {
            PotassiumDirection::Lowers => "lowers",
            PotassiumDirection::Raises => "raises",
            PotassiumDirection::Mixed => "mixed",
            PotassiumDirection::None => "none",
        }
    }

    /// Combines the directions of several effects or drugs.
    pub fn combine(lowers: bool, raises: bool) -> PotassiumDirection {
        match (lowers, raises) {
            (true, true) => PotassiumDirection::Mixed,
            (true, false) => PotassiumDirection::Lowers,
            (false, true) => PotassiumDirection::Raises,
            (false, false) => PotassiumDirection::None,
        }
    }
}

/// Where an effect that applies to a drug was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectOrigin {
    /// On the drug itself.
    Drug,
    /// Inherited from this class (the drug's class or one of its parents).
    Class(ClassId),
}

/// An effect as it applies to one drug.
#[derive(Debug, Clone, Copy)]
pub struct AppliedEffect<'a> {
    pub effect: &'a Effect,
    pub origin: EffectOrigin,
}

/// A validated, immutable dataset.
///
/// Invariants (checked by the validator, relied on everywhere else): every
/// class, source and ingredient reference resolves; every name key refers to
/// exactly one drug, class or combination; every effect cites a source; the
/// class tree has no cycles.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub metadata: Metadata,
    pub reviewed: Date,
    pub sources: Vec<Source>,
    pub classes: Vec<DrugClass>,
    pub drugs: Vec<Drug>,
    pub products: Vec<Product>,
    pub other_causes: Vec<OtherCause>,
    pub red_flags: Vec<RedFlag>,
    pub potassium_foods: Vec<PotassiumFood>,
    pub risk_rules: Vec<RiskRule>,
    /// Warnings found while loading (the review date, for one).
    pub warnings: Vec<Diagnostic>,
    names: Vec<NameEntry>,
    name_index: HashMap<String, usize>,
    source_index: HashMap<String, usize>,
    class_index: HashMap<String, ClassId>,
    drug_index: HashMap<String, DrugId>,
}

impl Dataset {
    /// The dataset built into the binary, checked against today's date.
    pub fn embedded() -> Result<Dataset, LoadError> {
        load::load_embedded(Date::today())
    }

    /// Loads a `.ron` file or a directory of them, checked against today's date.
    pub fn load_path(path: &std::path::Path) -> Result<Dataset, LoadError> {
        load::load_path(path, Date::today())
    }

    /// The dataset at `path` if given and valid; otherwise the built-in one,
    /// with the reason the chosen one was not used.
    ///
    /// # Panics
    /// If the built-in dataset is invalid, which the test suite rules out.
    pub fn load_or_embedded(path: Option<&std::path::Path>) -> (Dataset, Option<LoadError>) {
        let chosen = path.map(Dataset::load_path);
        match chosen {
            Some(Ok(ds)) => (ds, None),
            other => {
                let ds = Dataset::embedded().expect("the built-in dataset is valid");
                (ds, other.and_then(Result::err))
            }
        }
    }

    /// Loads and validates in-memory files; `today` decides review warnings.
    pub fn from_files(files: &[TextFile], today: Date) -> Result<Dataset, LoadError> {
        load::load_files(files, today)
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

    /// The effects that apply to a drug: its own, then those of its class
    /// chain for every kind the drug (or a more specific class) does not
    /// state itself.
    pub fn effects_of(&self, drug: DrugId) -> Vec<AppliedEffect<'_>> {
        let mut out: Vec<AppliedEffect<'_>> = self
            .drug(drug)
            .effects
            .iter()
            .map(|effect| AppliedEffect {
                effect,
                origin: EffectOrigin::Drug,
            })
            .collect();
        let own: Vec<EffectKind> = out.iter().map(|a| a.effect.kind).collect();
        out.extend(
            self.class_effects(self.class_of(drug))
                .into_iter()
                .filter(|a| !own.contains(&a.effect.kind)),
        );
        out
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

    /// Which way a drug or a combination product (through any of its
    /// ingredients) pushes serum potassium; classes are not judged here.
    pub fn potassium_of_target(&self, target: NameTarget) -> PotassiumDirection {
        let drugs = match target {
            NameTarget::Drug(d) => vec![d],
            NameTarget::Product(c) => self.ingredients(c),
            NameTarget::Class(_) => Vec::new(),
        };
        let has = |want: PotassiumDirection| {
            drugs.iter().any(|&d| {
                let got = self.potassium_of(d);
                got == want || got == PotassiumDirection::Mixed
            })
        };
        PotassiumDirection::combine(
            has(PotassiumDirection::Lowers),
            has(PotassiumDirection::Raises),
        )
    }

    /// Which way the drug pushes serum potassium.
    pub fn potassium_of(&self, drug: DrugId) -> PotassiumDirection {
        let effects = self.effects_of(drug);
        let has = |d: Direction| {
            effects
                .iter()
                .any(|a| a.effect.kind == EffectKind::Potassium && a.effect.direction == d)
        };
        PotassiumDirection::combine(has(Direction::Lowers), has(Direction::Raises))
    }

    /// Whether the drug is documented to cause the effect (tremor or weakness).
    pub fn causes(&self, drug: DrugId, kind: EffectKind) -> bool {
        self.effects_of(drug)
            .iter()
            .any(|a| a.effect.kind == kind && a.effect.direction == Direction::Causes)
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

    /// The effects a class passes on to its members: for each kind, the
    /// nearest statement up its chain (the class's own, then its parents').
    /// Every origin is a class.
    pub fn class_effects(&self, class: ClassId) -> Vec<AppliedEffect<'_>> {
        let mut out: Vec<AppliedEffect<'_>> = Vec::new();
        for c in self.class_chain(class) {
            let covered: Vec<EffectKind> = out.iter().map(|a| a.effect.kind).collect();
            out.extend(
                self.class(c)
                    .effects
                    .iter()
                    .filter(|e| !covered.contains(&e.kind))
                    .map(|effect| AppliedEffect {
                        effect,
                        origin: EffectOrigin::Class(c),
                    }),
            );
        }
        out
    }

    /// Whether an effect that applies to the drug raises the flag.
    pub fn has_flag(&self, drug: DrugId, flag: EffectFlag) -> bool {
        self.effects_of(drug)
            .iter()
            .any(|a| flag.raised_by(a.effect))
    }

    /// Whether the class, as its members inherit it, raises the flag.
    pub fn class_has_flag(&self, class: ClassId, flag: EffectFlag) -> bool {
        self.class_effects(class)
            .iter()
            .any(|a| flag.raised_by(a.effect))
    }

    /// Whether the drug's answer for the flag differs from its own class's
    /// (the drug states an effect of that kind itself: a documented
    /// negative, or an effect the class does not have).
    pub fn differs_from_class(&self, drug: DrugId, flag: EffectFlag) -> bool {
        self.has_flag(drug, flag) != self.class_has_flag(self.class_of(drug), flag)
    }

    /// The class's own members whose answer for the flag differs from the
    /// class's, in dataset order.
    pub fn members_differing(&self, class: ClassId, flag: EffectFlag) -> Vec<DrugId> {
        let class_says = self.class_has_flag(class, flag);
        self.members(class)
            .into_iter()
            .filter(|&d| self.has_flag(d, flag) != class_says)
            .collect()
    }

    /// Members of the class and of all its sub-classes, in dataset order.
    pub fn members_deep(&self, class: ClassId) -> Vec<DrugId> {
        self.drug_ids()
            .filter(|&d| self.class_chain(self.class_of(d)).contains(&class))
            .collect()
    }

    /// Every drug that raises the flag ("all that lower potassium"), in
    /// dataset order.
    pub fn drugs_with_flag(&self, flag: EffectFlag) -> Vec<DrugId> {
        self.drug_ids()
            .filter(|&d| self.has_flag(d, flag))
            .collect()
    }

    /// The flags a drug, class or combination product raises, in
    /// [`EffectFlag::ALL`] order. A product raises a flag if any of its
    /// ingredients does (so one may both lower and raise potassium).
    pub fn flags_of(&self, target: NameTarget) -> Vec<EffectFlag> {
        EffectFlag::all()
            .filter(|&flag| match target {
                NameTarget::Drug(d) => self.has_flag(d, flag),
                NameTarget::Class(c) => self.class_has_flag(c, flag),
                NameTarget::Product(c) => self
                    .ingredients(c)
                    .into_iter()
                    .any(|d| self.has_flag(d, flag)),
            })
            .collect()
    }
}
