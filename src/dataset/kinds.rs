//! Every effect kind describes itself here, once: whether it is a level
//! (serum potassium, pushed down or up) or an event (tremor, caused), its
//! words for data, JSON, the pharmacist and the patient, the group it is
//! shown in, and the symptoms it can explain. Flags, badges, matrix columns,
//! counter-check totals, CLI and JSON words all derive from this table; a
//! new kind is one variant in [`EffectKind`] plus its arm in
//! [`EffectKind::info`] and [`EffectKind::explains`].

use super::model::{Direction, EffectKind, Symptom};

/// What an effect kind measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shape {
    /// A serum level that a medicine lowers or raises.
    Level,
    /// Something a medicine causes.
    Event,
}

impl Shape {
    /// The directions an effect of this shape may state (a documented
    /// negative, `no_effect`, fits both).
    pub fn directions(self) -> &'static [Direction] {
        match self {
            Shape::Level => &[Direction::Lowers, Direction::Raises, Direction::NoEffect],
            Shape::Event => &[Direction::Causes, Direction::NoEffect],
        }
    }

    /// The directions that raise a flag (all but `no_effect`).
    pub fn flag_directions(self) -> &'static [Direction] {
        match self {
            Shape::Level => &[Direction::Lowers, Direction::Raises],
            Shape::Event => &[Direction::Causes],
        }
    }
}

/// Where a kind is shown: electrolytes first, then muscle and nerve, then
/// heart rhythm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KindGroup {
    Electrolytes,
    MuscleAndNerve,
    HeartRhythm,
}

impl KindGroup {
    pub const ALL: [KindGroup; 3] = [
        KindGroup::Electrolytes,
        KindGroup::MuscleAndNerve,
        KindGroup::HeartRhythm,
    ];

    /// The heading a pharmacist reads.
    pub fn label(self) -> &'static str {
        match self {
            KindGroup::Electrolytes => "Electrolytes",
            KindGroup::MuscleAndNerve => "Muscle and nerve",
            KindGroup::HeartRhythm => "Heart rhythm",
        }
    }
}

/// The description of one effect kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindInfo {
    /// The word in data files and JSON: "potassium", "muscle_cramps".
    pub word: &'static str,
    /// The pharmacist's label: "Potassium", "Muscle cramps".
    pub label: &'static str,
    /// The lower-case noun used inside sentences: "potassium", "muscle cramps".
    pub noun: &'static str,
    /// The short badge: "K⁺" for a level (an arrow is added), "cramps" for an event.
    pub badge: &'static str,
    /// The plain word for the patient summary: "your potassium level", "shaking".
    pub patient: &'static str,
    pub shape: Shape,
    pub group: KindGroup,
}

impl EffectKind {
    /// Every kind, in the order screens and JSON list them: electrolytes,
    /// then muscle and nerve, then heart rhythm.
    pub const ALL: [EffectKind; 11] = [
        EffectKind::Potassium,
        EffectKind::Sodium,
        EffectKind::Magnesium,
        EffectKind::Calcium,
        EffectKind::Tremor,
        EffectKind::Parkinsonism,
        EffectKind::Hypoglycaemia,
        EffectKind::MuscleWeakness,
        EffectKind::MuscleCramps,
        EffectKind::PeripheralNeuropathy,
        EffectKind::QtProlongation,
    ];

    /// The kind's description.
    pub fn info(self) -> KindInfo {
        use KindGroup::{Electrolytes, HeartRhythm, MuscleAndNerve};
        use Shape::{Event, Level};
        let (word, label, noun, badge, patient, shape, group) = match self {
            EffectKind::Potassium => (
                "potassium",
                "Potassium",
                "potassium",
                "K⁺",
                "your potassium level",
                Level,
                Electrolytes,
            ),
            EffectKind::Sodium => (
                "sodium",
                "Sodium",
                "sodium",
                "Na⁺",
                "your sodium (salt) level",
                Level,
                Electrolytes,
            ),
            EffectKind::Magnesium => (
                "magnesium",
                "Magnesium",
                "magnesium",
                "Mg²⁺",
                "your magnesium level",
                Level,
                Electrolytes,
            ),
            EffectKind::Calcium => (
                "calcium",
                "Calcium",
                "calcium",
                "Ca²⁺",
                "your calcium level",
                Level,
                Electrolytes,
            ),
            EffectKind::Tremor => (
                "tremor",
                "Tremor",
                "tremor",
                "tremor",
                "shaking or trembling",
                Event,
                MuscleAndNerve,
            ),
            EffectKind::MuscleWeakness => (
                "muscle_weakness",
                "Muscle weakness",
                "muscle weakness",
                "weakness",
                "weak or aching muscles",
                Event,
                MuscleAndNerve,
            ),
            EffectKind::MuscleCramps => (
                "muscle_cramps",
                "Muscle cramps",
                "muscle cramps",
                "cramps",
                "muscle cramps",
                Event,
                MuscleAndNerve,
            ),
            EffectKind::Parkinsonism => (
                "parkinsonism",
                "Drug-induced parkinsonism",
                "drug-induced parkinsonism",
                "parkinsonism",
                "stiffness, slowness or a shake at rest",
                Event,
                MuscleAndNerve,
            ),
            EffectKind::Hypoglycaemia => (
                "hypoglycaemia",
                "Hypoglycaemia",
                "hypoglycaemia",
                "hypo",
                "low blood sugar (shaking, sweating)",
                Event,
                MuscleAndNerve,
            ),
            EffectKind::PeripheralNeuropathy => (
                "peripheral_neuropathy",
                "Peripheral neuropathy",
                "peripheral neuropathy",
                "neuropathy",
                "numbness, tingling or weak legs",
                Event,
                MuscleAndNerve,
            ),
            EffectKind::QtProlongation => (
                "qt_prolongation",
                "QT prolongation",
                "QT prolongation",
                "QT",
                "an irregular heartbeat",
                Event,
                HeartRhythm,
            ),
        };
        KindInfo {
            word,
            label,
            noun,
            badge,
            patient,
            shape,
            group,
        }
    }

    /// The word used in data files and the JSON interface.
    pub fn as_str(self) -> &'static str {
        self.info().word
    }

    pub fn shape(self) -> Shape {
        self.info().shape
    }

    /// The kinds of one shape, in [`EffectKind::ALL`] order.
    /// The nouns of every kind of one shape, as a phrase: "potassium,
    /// sodium, magnesium or calcium". Sentences that list kinds are made
    /// from this, so a new kind is named everywhere at once.
    pub fn nouns(shape: Shape) -> String {
        let nouns: Vec<&str> = EffectKind::of_shape(shape).map(|k| k.info().noun).collect();
        match nouns.split_last() {
            None => String::new(),
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        }
    }

    pub fn of_shape(shape: Shape) -> impl Iterator<Item = EffectKind> {
        EffectKind::ALL
            .into_iter()
            .filter(move |k| k.shape() == shape)
    }

    /// The symptoms an effect of this kind, going this way, can explain: the
    /// one table behind every complaint. Cramps are not weakness: an effect
    /// explains cramps only where cramps are its documented sign.
    pub fn explains(self, direction: Direction) -> &'static [Symptom] {
        use Direction::{Causes, Lowers, Raises};
        use Symptom::{Cramps, Tremor, Weakness};
        match (self, direction) {
            // Low potassium: weakness and cramps; high potassium: weakness.
            (EffectKind::Potassium, Lowers) => &[Weakness, Cramps],
            (EffectKind::Potassium, Raises) => &[Weakness],
            // Low sodium: weakness, falls and cramps.
            (EffectKind::Sodium, Lowers) => &[Weakness, Cramps],
            (EffectKind::Sodium, Raises) => &[Weakness],
            // Low magnesium: tremor, cramps and weakness.
            (EffectKind::Magnesium, Lowers) => &[Tremor, Cramps, Weakness],
            (EffectKind::Magnesium, Raises) => &[Weakness],
            // Low calcium: tremor and cramps (tetany); high calcium: weakness.
            (EffectKind::Calcium, Lowers) => &[Tremor, Cramps],
            (EffectKind::Calcium, Raises) => &[Weakness],
            (EffectKind::Tremor, Causes) => &[Tremor],
            (EffectKind::Parkinsonism, Causes) => &[Tremor],
            (EffectKind::Hypoglycaemia, Causes) => &[Tremor, Weakness],
            (EffectKind::MuscleWeakness, Causes) => &[Weakness],
            (EffectKind::MuscleCramps, Causes) => &[Cramps],
            (EffectKind::PeripheralNeuropathy, Causes) => &[Weakness],
            // A risk to the heart, not a complaint at the counter.
            (EffectKind::QtProlongation, _) => &[],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for k in EffectKind::ALL {
            assert!(seen.insert(k.as_str()), "{k:?}");
            // The data word is the serde word.
            let json = serde_json::to_value(k).unwrap();
            assert_eq!(json.as_str(), Some(k.as_str()));
        }
    }

    #[test]
    fn all_is_ordered_by_group() {
        let groups: Vec<KindGroup> = EffectKind::ALL.iter().map(|k| k.info().group).collect();
        let mut sorted = groups.clone();
        sorted.sort();
        assert_eq!(groups, sorted);
    }

    #[test]
    fn levels_and_events() {
        let table = [
            (EffectKind::Potassium, Shape::Level),
            (EffectKind::Sodium, Shape::Level),
            (EffectKind::Magnesium, Shape::Level),
            (EffectKind::Calcium, Shape::Level),
            (EffectKind::Tremor, Shape::Event),
            (EffectKind::MuscleWeakness, Shape::Event),
            (EffectKind::MuscleCramps, Shape::Event),
            (EffectKind::Parkinsonism, Shape::Event),
            (EffectKind::Hypoglycaemia, Shape::Event),
            (EffectKind::PeripheralNeuropathy, Shape::Event),
            (EffectKind::QtProlongation, Shape::Event),
        ];
        assert_eq!(table.len(), EffectKind::ALL.len());
        for (kind, shape) in table {
            assert_eq!(kind.shape(), shape, "{kind:?}");
        }
    }

    #[test]
    fn every_flag_direction_explains_something_except_qt() {
        for k in EffectKind::ALL {
            for &d in k.shape().flag_directions() {
                let explains = k.explains(d);
                if k == EffectKind::QtProlongation {
                    assert!(explains.is_empty());
                } else {
                    assert!(!explains.is_empty(), "{k:?} {d:?}");
                }
            }
            assert!(k.explains(Direction::NoEffect).is_empty());
        }
    }
}
