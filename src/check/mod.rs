//! The counter check: a patient's medicine list → potassium balance, which
//! medicines can explain a symptom, additive-risk notes from the dataset's
//! rules, red flags, and a plain summary for the patient. Computes from the
//! dataset only; stores nothing. No egui here.

mod list;
mod summary;

use crate::dataset::{
    ClassId, Dataset, Direction, DrugId, Effect, EffectKind, Evidence, OtherCause,
    PotassiumDirection, RiskRule, Symptom,
};
use crate::search::Index;

pub use list::{Entry, MAX_ENTRIES, Resolved, resolve, split_list};
pub use summary::patient_summary_markdown;

/// What the patient complains of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Complaint {
    Tremor,
    Weakness,
    Cramps,
    /// "My legs feel weak and shaky": tremor, weakness and cramps together.
    WeakShakyLegs,
}

impl Complaint {
    pub const ALL: [Complaint; 4] = [
        Complaint::WeakShakyLegs,
        Complaint::Tremor,
        Complaint::Weakness,
        Complaint::Cramps,
    ];

    /// The word used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Complaint::Tremor => "tremor",
            Complaint::Weakness => "weakness",
            Complaint::Cramps => "cramps",
            Complaint::WeakShakyLegs => "legs",
        }
    }

    /// The words a pharmacist reads.
    pub fn label(self) -> &'static str {
        match self {
            Complaint::Tremor => "Tremor, shaking",
            Complaint::Weakness => "Muscle weakness",
            Complaint::Cramps => "Cramps",
            Complaint::WeakShakyLegs => "Weak and shaky legs",
        }
    }

    pub fn parse(word: &str) -> Option<Complaint> {
        Complaint::ALL.into_iter().find(|c| c.as_str() == word)
    }

    /// Whether a documented effect can explain the complaint. Low potassium
    /// causes weakness and cramps; high potassium causes weakness.
    pub fn explained_by(self, effect: &Effect) -> bool {
        use Direction::{Causes, Lowers, Raises};
        use EffectKind::{MuscleWeakness, Potassium, Tremor};
        match (self, effect.kind, effect.direction) {
            (Complaint::Tremor | Complaint::WeakShakyLegs, Tremor, Causes) => true,
            (_, MuscleWeakness, Causes) => self != Complaint::Tremor,
            (Complaint::Weakness | Complaint::WeakShakyLegs, Potassium, Lowers | Raises) => true,
            (Complaint::Cramps, Potassium, Lowers) => true,
            _ => false,
        }
    }

    /// Whether a non-drug cause is relevant to the complaint.
    fn matches_cause(self, cause: &OtherCause) -> bool {
        match self {
            Complaint::Tremor => cause.symptoms.contains(&Symptom::Tremor),
            Complaint::Weakness => cause.symptoms.contains(&Symptom::Weakness),
            Complaint::Cramps => cause.symptoms.contains(&Symptom::Cramps),
            Complaint::WeakShakyLegs => !cause.symptoms.is_empty(),
        }
    }
}

/// Which way the list pushes potassium, and which medicines push it. Only
/// effects with strong or moderate evidence count towards `net` and the
/// rules; those resting on limited evidence are listed apart as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PotassiumBalance {
    pub net: PotassiumDirection,
    pub lowering: Vec<DrugId>,
    pub raising: Vec<DrugId>,
    /// Lower potassium on limited evidence only (case reports, mechanism).
    pub possibly_lowering: Vec<DrugId>,
    /// Raise potassium on limited evidence only.
    pub possibly_raising: Vec<DrugId>,
}

/// An additive-risk or conflict note from a dataset rule that fired.
#[derive(Debug, Clone)]
pub struct RiskNote {
    pub rule: RiskRule,
    /// The medicines on the list that made it fire.
    pub drugs: Vec<DrugId>,
}

/// A medicine on the list that can explain the complaint, with the effect.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub drug: DrugId,
    pub effect: Effect,
}

/// The same medicine entered more than once (directly or in a product).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub drug: DrugId,
    /// The entries that contain it, as typed.
    pub inputs: Vec<String>,
}

/// Everything the counter check shows for one list.
#[derive(Debug, Clone)]
pub struct Report {
    pub entries: Vec<Entry>,
    /// Each medicine once, in list order (product ingredients expanded).
    pub drugs: Vec<DrugId>,
    pub duplicates: Vec<Duplicate>,
    pub potassium: PotassiumBalance,
    pub tremor: Vec<DrugId>,
    pub weakness: Vec<DrugId>,
    pub notes: Vec<RiskNote>,
    pub complaint: Option<Complaint>,
    /// For the complaint: medicines that can explain it, most likely first.
    pub explanations: Vec<Explanation>,
    /// For the complaint: non-drug causes to ask about, in dataset order.
    pub other_causes: Vec<OtherCause>,
}

impl Report {
    /// Entries that did not resolve to a medicine, as typed.
    pub fn unresolved(&self) -> Vec<&Entry> {
        self.entries
            .iter()
            .filter(|e| matches!(e.resolved, Resolved::Unresolved { .. }))
            .collect()
    }
}

/// Runs the counter check over typed entries (see [`split_list`]).
pub fn check(
    dataset: &Dataset,
    index: &Index,
    inputs: &[String],
    complaint: Option<Complaint>,
) -> Report {
    let entries: Vec<Entry> = inputs
        .iter()
        .take(MAX_ENTRIES)
        .map(|i| resolve(dataset, index, i))
        .collect();

    let mut drugs: Vec<DrugId> = Vec::new();
    let mut duplicates: Vec<Duplicate> = Vec::new();
    for entry in &entries {
        for d in entry.drugs() {
            if !drugs.contains(&d) {
                drugs.push(d);
                continue;
            }
            match duplicates.iter_mut().find(|x| x.drug == d) {
                Some(dup) => dup.inputs.push(entry.input.clone()),
                None => {
                    let first = entries
                        .iter()
                        .find(|e| e.drugs().contains(&d))
                        .map(|e| e.input.clone())
                        .unwrap_or_default();
                    duplicates.push(Duplicate {
                        drug: d,
                        inputs: vec![first, entry.input.clone()],
                    });
                }
            }
        }
    }

    let potassium = potassium_balance(dataset, &drugs);
    let with = |kind| -> Vec<DrugId> {
        drugs
            .iter()
            .copied()
            .filter(|&d| dataset.causes(d, kind))
            .collect()
    };
    let tremor = with(EffectKind::Tremor);
    let weakness = with(EffectKind::MuscleWeakness);
    let notes = risk_notes(dataset, &drugs, &potassium);
    let (explanations, other_causes) = match complaint {
        Some(c) => (
            explain(dataset, &drugs, c),
            dataset
                .other_causes
                .iter()
                .filter(|x| c.matches_cause(x))
                .cloned()
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    Report {
        entries,
        drugs,
        duplicates,
        potassium,
        tremor,
        weakness,
        notes,
        complaint,
        explanations,
        other_causes,
    }
}

/// The net potassium direction of a list of medicines: `Mixed` when some
/// lower and others raise it (they do not cancel: check a level).
pub fn potassium_balance(dataset: &Dataset, drugs: &[DrugId]) -> PotassiumBalance {
    let mut balance = PotassiumBalance {
        net: PotassiumDirection::None,
        lowering: Vec::new(),
        raising: Vec::new(),
        possibly_lowering: Vec::new(),
        possibly_raising: Vec::new(),
    };
    for &d in drugs {
        let effects = dataset.effects_of(d);
        let evidence = |direction: Direction| {
            effects
                .iter()
                .filter(|a| {
                    a.effect.kind == EffectKind::Potassium && a.effect.direction == direction
                })
                .map(|a| a.effect.evidence)
                .min()
        };
        for (direction, established, possible) in [
            (
                Direction::Lowers,
                &mut balance.lowering,
                &mut balance.possibly_lowering,
            ),
            (
                Direction::Raises,
                &mut balance.raising,
                &mut balance.possibly_raising,
            ),
        ] {
            match evidence(direction) {
                Some(Evidence::Limited) => possible.push(d),
                Some(_) => established.push(d),
                None => {}
            }
        }
    }
    balance.net =
        PotassiumDirection::combine(!balance.lowering.is_empty(), !balance.raising.is_empty());
    balance
}

fn in_class_or_below(dataset: &Dataset, drug: DrugId, class: ClassId) -> bool {
    dataset.class_chain(dataset.class_of(drug)).contains(&class)
}

/// The dataset's risk rules that fire for this list.
fn risk_notes(dataset: &Dataset, drugs: &[DrugId], balance: &PotassiumBalance) -> Vec<RiskNote> {
    let mut notes = Vec::new();
    for rule in &dataset.risk_rules {
        if balance.lowering.len() < rule.lowering_at_least as usize
            || balance.raising.len() < rule.raising_at_least as usize
        {
            continue;
        }
        let mut involved: Vec<DrugId> = Vec::new();
        let all_groups = rule.requires.iter().all(|group| {
            let members: Vec<DrugId> = drugs
                .iter()
                .copied()
                .filter(|&d| {
                    group.drugs.contains(&dataset.drug(d).generic)
                        || group.classes.iter().any(|c| {
                            dataset
                                .class_by_id(c)
                                .is_some_and(|c| in_class_or_below(dataset, d, c))
                        })
                })
                .collect();
            involved.extend(&members);
            !members.is_empty()
        });
        if !all_groups {
            continue;
        }
        if rule.lowering_at_least > 0 {
            involved.extend(&balance.lowering);
        }
        if rule.raising_at_least > 0 {
            involved.extend(&balance.raising);
        }
        let mut seen = Vec::new();
        involved.retain(|d| {
            let new = !seen.contains(d);
            seen.push(*d);
            new
        });
        notes.push(RiskNote {
            rule: rule.clone(),
            drugs: involved,
        });
    }
    notes
}

/// Medicines on the list that can explain the complaint, most frequent and
/// best evidenced first; ties keep list order.
fn explain(dataset: &Dataset, drugs: &[DrugId], complaint: Complaint) -> Vec<Explanation> {
    let mut out: Vec<Explanation> = Vec::new();
    for &d in drugs {
        for applied in dataset.effects_of(d) {
            if complaint.explained_by(applied.effect) {
                out.push(Explanation {
                    drug: d,
                    effect: applied.effect.clone(),
                });
            }
        }
    }
    out.sort_by_key(|e| (e.effect.frequency, e.effect.evidence));
    out
}
