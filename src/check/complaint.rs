//! What the patient complains of, and which documented effects can explain
//! it. The mapping from effect kinds to complaints is the kind table's
//! ([`EffectKind::explains`]); this file only reads it.

use crate::dataset::{Effect, EffectKind, OtherCause, Symptom};

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

    /// The words inside a sentence: "Can explain weak and shaky legs".
    pub fn noun(self) -> &'static str {
        match self {
            Complaint::Tremor => "tremor",
            Complaint::Weakness => "muscle weakness",
            Complaint::Cramps => "cramps",
            Complaint::WeakShakyLegs => "weak and shaky legs",
        }
    }

    pub fn parse(word: &str) -> Option<Complaint> {
        Complaint::ALL.into_iter().find(|c| c.as_str() == word)
    }

    /// The symptoms the complaint is made of.
    pub fn symptoms(self) -> &'static [Symptom] {
        match self {
            Complaint::Tremor => &[Symptom::Tremor],
            Complaint::Weakness => &[Symptom::Weakness],
            Complaint::Cramps => &[Symptom::Cramps],
            Complaint::WeakShakyLegs => &[Symptom::Tremor, Symptom::Weakness, Symptom::Cramps],
        }
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
            .into_iter()
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
    }
}
