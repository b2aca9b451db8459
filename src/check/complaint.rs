//! What the patient complains of, and which documented effects can explain
//! it. The mapping from effect kinds to complaints is the kind table's
//! ([`EffectKind::explains`]); this file only reads it.

use crate::dataset::{Effect, EffectKind, OtherCause, Symptom};

/// Declares every complaint once: the enum, [`Complaint::ALL`] in the
/// order screens offer them, and each one's words and symptoms.
macro_rules! complaints {
    ($(
        $(#[$doc:meta])*
        $variant:ident {
            word: $word:literal,
            label: $label:literal,
            noun: $noun:literal,
            symptoms: [$($symptom:ident),+ $(,)?] $(,)?
        }
    ),+ $(,)?) => {
        /// What the patient complains of.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Complaint {
            $( $(#[$doc])* $variant ),+
        }

        impl Complaint {
            pub const ALL: &'static [Complaint] = &[$( Complaint::$variant ),+];

            /// The word used on the command line and in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Complaint::$variant => $word ),+
                }
            }

            /// The words a pharmacist reads.
            pub fn label(self) -> &'static str {
                match self {
                    $( Complaint::$variant => $label ),+
                }
            }

            /// The words inside a sentence: "Can explain weak and shaky legs".
            pub fn noun(self) -> &'static str {
                match self {
                    $( Complaint::$variant => $noun ),+
                }
            }

            /// The symptoms the complaint is made of.
            pub fn symptoms(self) -> &'static [Symptom] {
                match self {
                    $( Complaint::$variant => &[$( Symptom::$symptom ),+] ),+
                }
            }
        }
    };
}

complaints! {
    /// "My legs feel weak and shaky": tremor, weakness and cramps together.
    WeakShakyLegs {
        word: "legs", label: "Weak and shaky legs", noun: "weak and shaky legs",
        symptoms: [Tremor, Weakness, Cramps],
    },
    /// "I keep nearly falling": unsteady, dizzy on standing, near-falls.
    Falls {
        word: "falls", label: "Unsteady, nearly falling",
        noun: "unsteadiness, dizziness on standing or falls",
        symptoms: [Falls],
    },
    Tremor { word: "tremor", label: "Tremor, shaking", noun: "tremor", symptoms: [Tremor] },
    Weakness {
        word: "weakness", label: "Muscle weakness", noun: "muscle weakness",
        symptoms: [Weakness],
    },
    Cramps { word: "cramps", label: "Cramps", noun: "cramps", symptoms: [Cramps] },
}

impl Complaint {
    pub fn parse(word: &str) -> Option<Complaint> {
        Complaint::ALL.iter().copied().find(|c| c.as_str() == word)
    }

    /// Whether a documented effect can explain the complaint.
    pub fn explained_by(self, effect: &Effect) -> bool {
        effect
            .kind
            .explains(effect.direction)
            .iter()
            .any(|s| self.symptoms().contains(s))
    }

    /// The kinds that can explain the complaint, in [`EffectKind::ALL`] order.
    pub fn kinds(self) -> Vec<EffectKind> {
        EffectKind::ALL
            .iter()
            .copied()
            .filter(|k| {
                k.shape()
                    .flag_directions()
                    .iter()
                    .any(|&d| k.explains(d).iter().any(|s| self.symptoms().contains(s)))
            })
            .collect()
    }

    /// Whether a non-drug cause is relevant to the complaint.
    pub(super) fn matches_cause(self, cause: &OtherCause) -> bool {
        cause.symptoms.iter().any(|s| self.symptoms().contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Direction::{Causes, Lowers, Raises};
    use crate::dataset::EffectKind::*;

    /// The documented complaint table: (complaint, kind, direction, explains?).
    #[test]
    fn complaint_table() {
        let table = [
            (Complaint::Tremor, Tremor, Causes, true),
            (Complaint::Tremor, Parkinsonism, Causes, true),
            (Complaint::Tremor, Hypoglycaemia, Causes, true),
            (Complaint::Tremor, Magnesium, Lowers, true),
            (Complaint::Tremor, Calcium, Lowers, true),
            (Complaint::Tremor, MuscleCramps, Causes, false),
            (Complaint::Tremor, Potassium, Lowers, false),
            (Complaint::Cramps, MuscleCramps, Causes, true),
            (Complaint::Cramps, Potassium, Lowers, true),
            (Complaint::Cramps, Magnesium, Lowers, true),
            (Complaint::Cramps, Calcium, Lowers, true),
            (Complaint::Cramps, Sodium, Lowers, true),
            (Complaint::Cramps, MuscleWeakness, Causes, false),
            (Complaint::Cramps, Potassium, Raises, false),
            (Complaint::Weakness, MuscleWeakness, Causes, true),
            (Complaint::Weakness, MuscleCramps, Causes, false),
            (Complaint::Weakness, Potassium, Lowers, true),
            (Complaint::Weakness, Potassium, Raises, true),
            (Complaint::Weakness, Sodium, Lowers, true),
            (Complaint::Weakness, Calcium, Raises, true),
            (Complaint::Weakness, PeripheralNeuropathy, Causes, true),
            (Complaint::Weakness, Tremor, Causes, false),
            (Complaint::WeakShakyLegs, MuscleCramps, Causes, true),
            (Complaint::WeakShakyLegs, Tremor, Causes, true),
            (Complaint::WeakShakyLegs, PeripheralNeuropathy, Causes, true),
            (Complaint::WeakShakyLegs, QtProlongation, Causes, false),
            (Complaint::WeakShakyLegs, Sedation, Causes, false),
            (Complaint::Falls, OrthostaticHypotension, Causes, true),
            (Complaint::Falls, Sedation, Causes, true),
            (Complaint::Falls, Bradycardia, Causes, true),
            (Complaint::Falls, Sodium, Lowers, true),
            (Complaint::Falls, Hypoglycaemia, Causes, true),
            (Complaint::Falls, Parkinsonism, Causes, true),
            (Complaint::Falls, PeripheralNeuropathy, Causes, true),
            (Complaint::Falls, Potassium, Lowers, false),
            (Complaint::Falls, MuscleCramps, Causes, false),
            (Complaint::Falls, QtProlongation, Causes, false),
        ];
        for (complaint, kind, direction, want) in table {
            let got = kind
                .explains(direction)
                .iter()
                .any(|s| complaint.symptoms().contains(s));
            assert_eq!(got, want, "{complaint:?} {kind:?} {direction:?}");
        }
    }

    #[test]
    fn tremor_and_cramps_draw_on_the_documented_kinds() {
        assert_eq!(
            Complaint::Tremor.kinds(),
            [Magnesium, Calcium, Tremor, Parkinsonism, Hypoglycaemia]
        );
        assert_eq!(
            Complaint::Cramps.kinds(),
            [Potassium, Sodium, Magnesium, Calcium, MuscleCramps]
        );
        assert_eq!(
            Complaint::Falls.kinds(),
            [
                Sodium,
                Parkinsonism,
                Hypoglycaemia,
                PeripheralNeuropathy,
                OrthostaticHypotension,
                Sedation,
                Bradycardia
            ]
        );
    }
}
