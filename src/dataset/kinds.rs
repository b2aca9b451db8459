//! Every effect kind describes itself here, once: whether it is a level
//! (serum potassium, pushed down or up) or an event (tremor, caused), its
//! words for data, JSON, the pharmacist and the patient, the group it is
//! shown in, and the symptoms it can explain. Flags, badges, matrix columns,
//! counter-check totals, CLI and JSON words all derive from this table; a
//! new kind is one row in [`effect_kinds!`], which declares the enum, the
//! list and the descriptions together.

use super::model::{Direction, Symptom};

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

/// Declares the groups once: the enum, [`KindGroup::ALL`] in screen order
/// and each heading.
macro_rules! kind_groups {
    ($( $(#[$doc:meta])* $variant:ident => $label:literal ),+ $(,)?) => {
        /// Where a kind is shown, in this order on every screen.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum KindGroup {
            $( $(#[$doc])* $variant ),+
        }

        impl KindGroup {
            pub const ALL: &'static [KindGroup] = &[$( KindGroup::$variant ),+];

            /// The heading a pharmacist reads.
            pub fn label(self) -> &'static str {
                match self {
                    $( KindGroup::$variant => $label ),+
                }
            }
        }
    };
}

kind_groups! {
    Electrolytes => "Electrolytes",
    MuscleAndNerve => "Muscle and nerve",
    /// Low blood pressure on standing, drowsiness and a slow pulse: what
    /// makes an older patient unsteady.
    FallsAndFainting => "Falls and fainting",
    HeartRhythm => "Heart rhythm",
}

/// A colour as red, green and blue; the window turns it into its own type.
pub type Rgb = [u8; 3];

/// The badge colour of every level pushed up (a level pushed down, and an
/// event, take the kind's own colour).
pub const RAISED_COLOUR: Rgb = [210, 80, 60];

/// The description of one effect kind: one row of the table below.
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
    /// The badge colour (a level pushed up uses `RAISED_COLOUR`).
    pub colour: Rgb,
    /// The symptoms a level pushed down explains.
    pub lowered_explains: &'static [Symptom],
    /// The symptoms a level pushed up explains.
    pub raised_explains: &'static [Symptom],
    /// The symptoms an event explains.
    pub caused_explains: &'static [Symptom],
    /// Whether a record's `reviewed_against` speaks for this kind: true for
    /// the kinds every record was reviewed for. A kind added later is "not
    /// reviewed" for a medicine that states nothing about it, until the
    /// medicine states it (or states `no_effect`).
    pub covered_by_record_review: bool,
}

/// Declares every effect kind once: the enum (its serde word is the
/// row's `word`), [`EffectKind::ALL`] in row order and [`EffectKind::info`].
/// A kind cannot exist without its row, and a row without every field does
/// not compile.
macro_rules! effect_kinds {
    ($(
        $(#[$doc:meta])*
        $variant:ident {
            word: $word:literal,
            label: $label:literal,
            noun: $noun:literal,
            badge: $badge:literal,
            patient: $patient:literal,
            shape: $shape:ident,
            group: $group:ident,
            colour: $colour:expr,
            lowered_explains: [$($lowered:ident),*],
            raised_explains: [$($raised:ident),*],
            caused_explains: [$($caused:ident),*],
            covered_by_record_review: $covered:literal $(,)?
        }
    ),+ $(,)?) => {
        /// What an effect is about. Each kind is one row of the kind table
        /// (`dataset/kinds.rs`, described by [`KindInfo`]): whether it is a
        /// level (lowers/raises) or an event (causes), its words, and the
        /// complaints it explains.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Deserialize, serde::Serialize,
        )]
        pub enum EffectKind {
            $( $(#[$doc])* #[serde(rename = $word)] $variant ),+
        }

        impl EffectKind {
            /// Every kind, in the order screens and JSON list them (the
            /// table's order, grouped as [`KindGroup::ALL`]).
            pub const ALL: &'static [EffectKind] = &[$( EffectKind::$variant ),+];

            /// The kind's row.
            pub fn info(self) -> KindInfo {
                match self {
                    $( EffectKind::$variant => KindInfo {
                        word: $word,
                        label: $label,
                        noun: $noun,
                        badge: $badge,
                        patient: $patient,
                        shape: Shape::$shape,
                        group: KindGroup::$group,
                        colour: $colour,
                        lowered_explains: &[$( Symptom::$lowered ),*],
                        raised_explains: &[$( Symptom::$raised ),*],
                        caused_explains: &[$( Symptom::$caused ),*],
                        covered_by_record_review: $covered,
                    } ),+
                }
            }
        }
    };
}

effect_kinds! {
    /// Serum potassium. Low: weakness and cramps; high: weakness.
    Potassium {
        word: "potassium", label: "Potassium", noun: "potassium", badge: "K⁺",
        patient: "your potassium level", shape: Level, group: Electrolytes,
        colour: [60, 120, 220],
        lowered_explains: [Weakness, Cramps], raised_explains: [Weakness], caused_explains: [],
        covered_by_record_review: true,
    },
    /// Serum sodium. Low: weakness, cramps, unsteadiness and falls.
    Sodium {
        word: "sodium", label: "Sodium", noun: "sodium", badge: "Na⁺",
        patient: "your sodium (salt) level", shape: Level, group: Electrolytes,
        colour: [60, 120, 220],
        lowered_explains: [Weakness, Cramps, Falls], raised_explains: [Weakness], caused_explains: [],
        covered_by_record_review: true,
    },
    /// Serum magnesium. Low: tremor, cramps and weakness.
    Magnesium {
        word: "magnesium", label: "Magnesium", noun: "magnesium", badge: "Mg²⁺",
        patient: "your magnesium level", shape: Level, group: Electrolytes,
        colour: [60, 120, 220],
        lowered_explains: [Tremor, Cramps, Weakness], raised_explains: [Weakness], caused_explains: [],
        covered_by_record_review: true,
    },
    /// Serum calcium. Low: tremor and cramps (tetany); high: weakness.
    Calcium {
        word: "calcium", label: "Calcium", noun: "calcium", badge: "Ca²⁺",
        patient: "your calcium level", shape: Level, group: Electrolytes,
        colour: [60, 120, 220],
        lowered_explains: [Tremor, Cramps], raised_explains: [Weakness], caused_explains: [],
        covered_by_record_review: true,
    },
    Tremor {
        word: "tremor", label: "Tremor", noun: "tremor", badge: "tremor",
        patient: "shaking or trembling", shape: Event, group: MuscleAndNerve,
        colour: [160, 100, 200],
        lowered_explains: [], raised_explains: [], caused_explains: [Tremor],
        covered_by_record_review: true,
    },
    /// Drug-induced parkinsonism and other extrapyramidal movement disorders.
    Parkinsonism {
        word: "parkinsonism", label: "Drug-induced parkinsonism",
        noun: "drug-induced parkinsonism", badge: "parkinsonism",
        patient: "stiffness, slowness or a shake at rest", shape: Event, group: MuscleAndNerve,
        colour: [160, 100, 200],
        lowered_explains: [], raised_explains: [], caused_explains: [Tremor, Falls],
        covered_by_record_review: true,
    },
    /// Low blood glucose (shaking, sweating, weakness, unsteadiness).
    Hypoglycaemia {
        word: "hypoglycaemia", label: "Hypoglycaemia", noun: "hypoglycaemia", badge: "hypo",
        patient: "low blood sugar (shaking, sweating)", shape: Event, group: MuscleAndNerve,
        colour: [220, 120, 170],
        lowered_explains: [], raised_explains: [], caused_explains: [Tremor, Weakness, Falls],
        covered_by_record_review: true,
    },
    /// Muscle weakness, myopathy or myalgia from the muscle itself (not cramps).
    MuscleWeakness {
        word: "muscle_weakness", label: "Muscle weakness", noun: "muscle weakness",
        badge: "weakness", patient: "weak or aching muscles", shape: Event, group: MuscleAndNerve,
        colour: [200, 140, 40],
        lowered_explains: [], raised_explains: [], caused_explains: [Weakness],
        covered_by_record_review: true,
    },
    /// Muscle cramps or spasms. Cramps are not weakness.
    MuscleCramps {
        word: "muscle_cramps", label: "Muscle cramps", noun: "muscle cramps", badge: "cramps",
        patient: "muscle cramps", shape: Event, group: MuscleAndNerve,
        colour: [200, 140, 40],
        lowered_explains: [], raised_explains: [], caused_explains: [Cramps],
        covered_by_record_review: true,
    },
    /// Peripheral neuropathy (numbness, tingling, weak or unsteady legs).
    PeripheralNeuropathy {
        word: "peripheral_neuropathy", label: "Peripheral neuropathy",
        noun: "peripheral neuropathy", badge: "neuropathy",
        patient: "numbness, tingling or weak legs", shape: Event, group: MuscleAndNerve,
        colour: [90, 160, 110],
        lowered_explains: [], raised_explains: [], caused_explains: [Weakness, Falls],
        covered_by_record_review: true,
    },
    /// A fall in blood pressure on standing up (dizziness, light-headedness,
    /// fainting).
    OrthostaticHypotension {
        word: "orthostatic_hypotension", label: "Low blood pressure on standing",
        noun: "low blood pressure on standing", badge: "BP on standing",
        patient: "dizziness or light-headedness when you stand up", shape: Event,
        group: FallsAndFainting,
        colour: [40, 150, 170],
        lowered_explains: [], raised_explains: [], caused_explains: [Falls],
        covered_by_record_review: false,
    },
    /// Drowsiness, sedation or slowed reactions.
    Sedation {
        word: "sedation", label: "Drowsiness", noun: "drowsiness", badge: "drowsy",
        patient: "drowsiness or feeling slowed down", shape: Event, group: FallsAndFainting,
        colour: [110, 110, 180],
        lowered_explains: [], raised_explains: [], caused_explains: [Falls],
        covered_by_record_review: false,
    },
    /// A slow pulse (bradycardia), with dizziness or fainting.
    Bradycardia {
        word: "bradycardia", label: "Slow pulse", noun: "a slow pulse", badge: "slow pulse",
        patient: "a slow pulse, dizziness or fainting", shape: Event, group: FallsAndFainting,
        colour: [150, 110, 80],
        lowered_explains: [], raised_explains: [], caused_explains: [Falls],
        covered_by_record_review: false,
    },
    /// QT interval prolongation (risk of torsade de pointes): a risk to the
    /// heart, not a complaint at the counter.
    QtProlongation {
        word: "qt_prolongation", label: "QT prolongation", noun: "QT prolongation", badge: "QT",
        patient: "an irregular heartbeat", shape: Event, group: HeartRhythm,
        colour: [200, 60, 90],
        lowered_explains: [], raised_explains: [], caused_explains: [],
        covered_by_record_review: true,
    },
}

impl KindInfo {
    /// The badge colour for an effect going this way.
    pub fn colour_for(&self, direction: Direction) -> Rgb {
        match direction {
            Direction::Raises => RAISED_COLOUR,
            Direction::Lowers | Direction::Causes | Direction::NoEffect => self.colour,
        }
    }
}

impl EffectKind {
    /// The word used in data files and the JSON interface.
    pub fn as_str(self) -> &'static str {
        self.info().word
    }

    pub fn shape(self) -> Shape {
        self.info().shape
    }

    /// The nouns of every kind of one shape, as a phrase: "potassium,
    /// sodium, magnesium or calcium". Sentences that list kinds are made
    /// from this, so a new kind is named everywhere at once.
    pub fn nouns(shape: Shape) -> String {
        or_list(EffectKind::of_shape(shape).map(|k| k.info().noun))
    }

    /// The kinds of one shape, in [`EffectKind::ALL`] order.
    pub fn of_shape(shape: Shape) -> impl Iterator<Item = EffectKind> {
        EffectKind::ALL
            .iter()
            .copied()
            .filter(move |k| k.shape() == shape)
    }

    /// The symptoms an effect of this kind, going this way, can explain: the
    /// one table behind every complaint. Cramps are not weakness: an effect
    /// explains cramps only where cramps are its documented sign.
    pub fn explains(self, direction: Direction) -> &'static [Symptom] {
        let info = self.info();
        match direction {
            Direction::Lowers => info.lowered_explains,
            Direction::Raises => info.raised_explains,
            Direction::Causes => info.caused_explains,
            Direction::NoEffect => &[],
        }
    }
}

/// "a, b or c".
pub fn or_list<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::EffectFlag;

    #[test]
    fn words_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &k in EffectKind::ALL {
            assert!(seen.insert(k.as_str()), "{k:?}");
            // The data word is the serde word, both ways.
            let json = serde_json::to_value(k).unwrap();
            assert_eq!(json.as_str(), Some(k.as_str()));
            let back: EffectKind = serde_json::from_value(json).unwrap();
            assert_eq!(back, k);
        }
    }

    #[test]
    fn all_is_ordered_by_group_and_every_group_has_kinds() {
        let groups: Vec<KindGroup> = EffectKind::ALL.iter().map(|k| k.info().group).collect();
        let mut sorted = groups.clone();
        sorted.sort();
        assert_eq!(groups, sorted);
        for &g in KindGroup::ALL {
            assert!(groups.contains(&g), "{g:?} has no kind");
        }
        // KindGroup::ALL is declaration order, which is the sort order.
        let mut all = KindGroup::ALL.to_vec();
        all.sort();
        assert_eq!(all, KindGroup::ALL);
    }

    /// A row explains symptoms only in the directions its shape allows:
    /// a level never "causes", an event is never lowered or raised.
    #[test]
    fn explanations_fit_the_shape() {
        for &k in EffectKind::ALL {
            let info = k.info();
            for d in [Direction::Lowers, Direction::Raises, Direction::Causes] {
                if !k.shape().directions().contains(&d) {
                    assert!(k.explains(d).is_empty(), "{k:?} {d:?}");
                }
            }
            assert!(k.explains(Direction::NoEffect).is_empty());
            match info.shape {
                Shape::Level => assert!(info.caused_explains.is_empty(), "{k:?}"),
                Shape::Event => assert!(
                    info.lowered_explains.is_empty() && info.raised_explains.is_empty(),
                    "{k:?}"
                ),
            }
        }
    }

    /// Every flag direction explains some complaint, except QT, which is a
    /// risk to the heart rather than something a patient reports.
    #[test]
    fn every_flag_direction_explains_something_except_qt() {
        for flag in EffectFlag::all() {
            let explains = flag.kind.explains(flag.direction);
            assert_eq!(
                explains.is_empty(),
                flag.kind == EffectKind::QtProlongation,
                "{flag:?}"
            );
        }
    }

    /// Every word a screen shows is filled in, and badges are short enough
    /// for a search row.
    #[test]
    fn every_row_is_complete() {
        for &k in EffectKind::ALL {
            let i = k.info();
            for (field, text) in [
                ("word", i.word),
                ("label", i.label),
                ("noun", i.noun),
                ("badge", i.badge),
                ("patient", i.patient),
            ] {
                assert!(!text.trim().is_empty(), "{k:?} {field}");
            }
            assert!(i.badge.chars().count() <= 16, "{k:?} badge");
            assert_ne!(i.colour, RAISED_COLOUR, "{k:?}");
        }
    }

    /// The falls complaint is explained by the three falls kinds and by low
    /// sodium, hypoglycaemia, parkinsonism and neuropathy; cramps never by
    /// muscle weakness.
    #[test]
    fn falls_and_cramps_rows() {
        let explaining: Vec<EffectFlag> = EffectFlag::all()
            .filter(|f| f.kind.explains(f.direction).contains(&Symptom::Falls))
            .collect();
        let words: Vec<String> = explaining.iter().map(|f| format!("{f:?}")).collect();
        for expected in [
            EffectKind::OrthostaticHypotension,
            EffectKind::Sedation,
            EffectKind::Bradycardia,
            EffectKind::Hypoglycaemia,
            EffectKind::Parkinsonism,
            EffectKind::PeripheralNeuropathy,
        ] {
            assert!(
                explaining.contains(&EffectFlag::new(expected, Direction::Causes)),
                "{expected:?} in {words:?}"
            );
        }
        assert!(explaining.contains(&EffectFlag::new(EffectKind::Sodium, Direction::Lowers)));
        assert!(!explaining.contains(&EffectFlag::new(EffectKind::Potassium, Direction::Lowers)));
        assert!(
            !EffectKind::MuscleWeakness
                .explains(Direction::Causes)
                .contains(&Symptom::Cramps)
        );
    }
}
