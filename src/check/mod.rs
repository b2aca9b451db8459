//! The counter check: a patient's medicine list → the balance of every
//! level (potassium, sodium, magnesium, calcium), every event (tremor,
//! cramps, parkinsonism...), which medicines can explain a symptom,
//! additive-risk notes from the dataset's rules, red flags, and a plain
//! summary for the patient. Computes from the dataset only; stores nothing.
//! No egui here.

mod answer;
mod complaint;
mod context;
mod handout;
mod list;
mod rules;
mod summary;

use crate::dataset::{
    ClassId, Dataset, Direction, DrugId, Effect, EffectFlag, EffectKind, LevelDirection, NameStyle,
    OtherCause, ReferenceRange, Shape, Strength, Taken, strength_in,
};
use crate::search::Index;

pub use answer::{
    Action, ActionKind, ActionOrigin, Answer, Finding, FlagGroups, answer, answer_for, words,
};
pub use complaint::Complaint;
pub use context::{
    Age, AgeBand, CkdStage, ContextError, Input, Kidney, LastResult, PatientContext, parse_age,
    parse_kidney, parse_result,
};
pub use handout::{Pharmacy, escape_html};
pub use list::{
    Entry, ListFileError, MAX_ENTRIES, MAX_LIST_BYTES, Resolved, list_text, read_list_file,
    resolve, split_list,
};
pub use rules::{Burden, HIGH_BURDEN, ListFacts, NoteSource, RiskNote, StandIns};
pub use summary::{PatientSummary, patient_summary, patient_summary_markdown};

/// Which way the list pushes one level, and which medicines push it. Only
/// established effects (strong or moderate evidence) count towards `net`
/// and the rules; limited evidence is listed apart as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelBalance {
    pub kind: EffectKind,
    pub net: LevelDirection,
    pub lowering: Vec<DrugId>,
    pub raising: Vec<DrugId>,
    /// Lower the level on limited evidence only (case reports, mechanism).
    pub possibly_lowering: Vec<DrugId>,
    /// Raise the level on limited evidence only.
    pub possibly_raising: Vec<DrugId>,
}

/// The medicines on the list that can cause one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventList {
    pub kind: EffectKind,
    /// On established evidence.
    pub causing: Vec<DrugId>,
    /// On limited evidence only.
    pub possibly_causing: Vec<DrugId>,
}

/// A medicine on the list that can explain the complaint, with the effect.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub drug: DrugId,
    pub effect: Effect,
    /// Limited evidence makes it a possible explanation, ranked after the
    /// established ones.
    pub strength: Strength,
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
    /// Each medicine as taken (through its product's route), once each.
    pub taken: Vec<Taken>,
    /// Medicines that stand for a whole class the patient named
    /// ("lithium"): every rule naming any member of the class names them.
    pub stand_ins: Vec<(DrugId, ClassId)>,
    pub duplicates: Vec<Duplicate>,
    /// Every level kind, in [`EffectKind::ALL`] order.
    pub levels: Vec<LevelBalance>,
    /// Every event kind, in [`EffectKind::ALL`] order.
    pub events: Vec<EventList>,
    pub notes: Vec<RiskNote>,
    /// The anticholinergic scores on the list and their total.
    pub anticholinergic: rules::Burden,
    /// The medicines whose class is on the falls-risk list.
    pub falls_risk: Vec<DrugId>,
    pub complaint: Option<Complaint>,
    /// For the complaint: medicines that can explain it, most likely first.
    pub explanations: Vec<Explanation>,
    /// For the complaint: non-drug causes to ask about, in dataset order.
    pub other_causes: Vec<OtherCause>,
}

impl Report {
    /// The balance of one level kind.
    ///
    /// # Panics
    /// If `kind` is an event; every level kind has a balance.
    pub fn level(&self, kind: EffectKind) -> &LevelBalance {
        self.levels
            .iter()
            .find(|b| b.kind == kind)
            .expect("every level kind has a balance")
    }

    /// Whether the list moves a level or causes an event of this kind on
    /// established evidence: what ties a red flag or a piece of advice to
    /// this patient.
    pub fn moves(&self, kind: EffectKind) -> bool {
        match kind.shape() {
            Shape::Level => {
                let b = self.level(kind);
                !b.lowering.is_empty() || !b.raising.is_empty()
            }
            Shape::Event => !self.event(kind).causing.is_empty(),
        }
    }

    pub fn potassium(&self) -> &LevelBalance {
        self.level(EffectKind::Potassium)
    }

    /// The medicines that can cause one event kind.
    ///
    /// # Panics
    /// If `kind` is a level; every event kind has a list.
    pub fn event(&self, kind: EffectKind) -> &EventList {
        self.events
            .iter()
            .find(|e| e.kind == kind)
            .expect("every event kind has a list")
    }

    /// A medicine's name as this list knows it: a stand-in for a class by
    /// the class ("lithium salts").
    pub fn name(&self, dataset: &Dataset, drug: DrugId, style: NameStyle) -> String {
        match self.stand_ins.iter().find(|(d, _)| *d == drug) {
            Some(&(_, class)) => dataset.class(class).name.to_lowercase(),
            None => dataset.drug_name(drug, style).to_owned(),
        }
    }

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
    check_buying(dataset, index, inputs, &[], complaint)
}

/// Runs the counter check, with the entries at `buying` (positions in
/// `inputs`) marked as what the patient is buying now.
pub fn check_buying(
    dataset: &Dataset,
    index: &Index,
    inputs: &[String],
    buying: &[usize],
    complaint: Option<Complaint>,
) -> Report {
    let entries: Vec<Entry> = inputs
        .iter()
        .take(MAX_ENTRIES)
        .enumerate()
        .map(|(i, text)| Entry {
            buying: buying.contains(&i),
            ..resolve(dataset, index, text)
        })
        .collect();
    let stand_ins: Vec<(DrugId, ClassId)> = entries
        .iter()
        .filter_map(|e| match e.resolved {
            Resolved::Class { class, stands_for } => Some((stands_for, class)),
            _ => None,
        })
        .collect();

    let mut drugs: Vec<DrugId> = Vec::new();
    let mut taken: Vec<Taken> = Vec::new();
    let mut duplicates: Vec<Duplicate> = Vec::new();
    for entry in &entries {
        for t in entry.taken() {
            if !taken.contains(&t) {
                taken.push(t);
            }
        }
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

    let levels: Vec<LevelBalance> = EffectKind::of_shape(Shape::Level)
        .map(|kind| level_balance(dataset, &taken, kind))
        .collect();
    let events: Vec<EventList> = EffectKind::of_shape(Shape::Event)
        .map(|kind| event_list(dataset, &taken, kind))
        .collect();
    let bought: Vec<DrugId> = entries
        .iter()
        .filter(|e| e.buying)
        .flat_map(|e| e.drugs())
        .collect();
    let facts = rules::ListFacts {
        bought: &bought,
        age: None,
    };
    let notes = rules::notes(dataset, &taken, &stand_ins, facts);
    let anticholinergic = rules::burden(dataset, &taken);
    let falls_risk = rules::falls_risk(dataset, &taken);
    let (explanations, other_causes) = match complaint {
        Some(c) => (
            explain(dataset, &taken, c),
            dataset
                .other_causes()
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
        taken,
        stand_ins,
        duplicates,
        levels,
        events,
        notes,
        anticholinergic,
        falls_risk,
        complaint,
        explanations,
        other_causes,
    }
}

/// The list with the names marked as being bought: each bought name that
/// is not on the list already (same name, case and spacing aside) is added
/// at the end. Returns the entries and the positions being bought.
pub fn with_buying(mut inputs: Vec<String>, buying: &[String]) -> (Vec<String>, Vec<usize>) {
    let key = crate::dataset::name_key;
    let mut marked = Vec::new();
    for b in buying {
        let at = match inputs.iter().position(|i| key(i) == key(b)) {
            Some(at) => at,
            None => {
                inputs.push(b.clone());
                inputs.len() - 1
            }
        };
        if !marked.contains(&at) {
            marked.push(at);
        }
    }
    (inputs, marked)
}

/// Pushes `drug` onto `list` once.
fn push_once(list: &mut Vec<DrugId>, drug: DrugId) {
    if !list.contains(&drug) {
        list.push(drug);
    }
}

/// Which way a list of medicines pushes one level: `Mixed` when some lower
/// and others raise it (they do not cancel: check a level).
pub fn level_balance(dataset: &Dataset, taken: &[Taken], kind: EffectKind) -> LevelBalance {
    let mut balance = LevelBalance {
        kind,
        net: LevelDirection::None,
        lowering: Vec::new(),
        raising: Vec::new(),
        possibly_lowering: Vec::new(),
        possibly_raising: Vec::new(),
    };
    for &t in taken {
        let effects = dataset.effects_taken(t);
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
            match strength_in(&effects, EffectFlag::new(kind, direction)) {
                Some(Strength::Established) => push_once(established, t.drug),
                Some(Strength::Possible) => push_once(possible, t.drug),
                None => {}
            }
        }
    }
    // A medicine established one way is not also "possibly" that way.
    let (low, high) = (balance.lowering.clone(), balance.raising.clone());
    balance.possibly_lowering.retain(|d| !low.contains(d));
    balance.possibly_raising.retain(|d| !high.contains(d));
    balance.net =
        LevelDirection::combine(!balance.lowering.is_empty(), !balance.raising.is_empty());
    balance
}

impl LevelBalance {
    /// Whether any medicine on the list moves the level, on any evidence.
    pub fn moved(&self) -> bool {
        self.net != LevelDirection::None
            || !self.possibly_lowering.is_empty()
            || !self.possibly_raising.is_empty()
    }
}

/// The reference ranges to show with a list: those of every level the list
/// moves (on any evidence, each medicine by its route), then the own blood
/// level of any drug on it (lithium). What the window and `check --json`
/// both show.
pub fn reference_ranges<'a>(dataset: &'a Dataset, report: &Report) -> Vec<&'a ReferenceRange> {
    let mut out: Vec<&ReferenceRange> = Vec::new();
    let levels = report.levels.iter().filter(|b| b.moved());
    let ranges = levels
        .flat_map(|b| dataset.ranges_of_level(b.kind))
        .chain(report.drugs.iter().flat_map(|&d| dataset.own_ranges(d)));
    for r in ranges {
        if !out.iter().any(|o| o.id == r.id) {
            out.push(r);
        }
    }
    out
}

/// The medicines on a list that can cause one event.
pub fn event_list(dataset: &Dataset, taken: &[Taken], kind: EffectKind) -> EventList {
    let mut list = EventList {
        kind,
        causing: Vec::new(),
        possibly_causing: Vec::new(),
    };
    for &t in taken {
        match strength_in(
            &dataset.effects_taken(t),
            EffectFlag::new(kind, Direction::Causes),
        ) {
            Some(Strength::Established) => push_once(&mut list.causing, t.drug),
            Some(Strength::Possible) => push_once(&mut list.possibly_causing, t.drug),
            None => {}
        }
    }
    let causing = list.causing.clone();
    list.possibly_causing.retain(|d| !causing.contains(d));
    list
}

/// Medicines on the list that can explain the complaint: established
/// before possible, then the most frequent and best evidenced, then by kind;
/// ties keep list order.
fn explain(dataset: &Dataset, taken: &[Taken], complaint: Complaint) -> Vec<Explanation> {
    let mut out: Vec<Explanation> = Vec::new();
    for &t in taken {
        for applied in dataset.effects_taken(t) {
            let e = applied.effect;
            let seen = out.iter().any(|x| {
                x.drug == t.drug && x.effect.kind == e.kind && x.effect.direction == e.direction
            });
            if complaint.explained_by(e) && !seen {
                out.push(Explanation {
                    drug: t.drug,
                    effect: e.clone(),
                    strength: Strength::of(e.evidence),
                });
            }
        }
    }
    let rank = |k: EffectKind| EffectKind::ALL.iter().position(|&x| x == k);
    out.sort_by_key(|x| {
        (
            x.strength,
            x.effect.frequency,
            x.effect.evidence,
            rank(x.effect.kind),
        )
    });
    out
}
