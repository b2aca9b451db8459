//! The four things the counter asks about a medicine: can it cause tremor,
//! muscle weakness, lower serum potassium, raise it. An [`EffectFlag`] is a
//! yes/no view of the effects that apply; documented negatives
//! (`no_effect`) never raise a flag.

use super::model::{Direction, Effect, EffectKind};

/// One yes/no question about a medicine's effects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EffectFlag {
    Tremor,
    MuscleWeakness,
    LowersPotassium,
    RaisesPotassium,
}

impl EffectFlag {
    /// Every flag, in the order the counter reads them.
    pub const ALL: [EffectFlag; 4] = [
        EffectFlag::LowersPotassium,
        EffectFlag::RaisesPotassium,
        EffectFlag::Tremor,
        EffectFlag::MuscleWeakness,
    ];

    /// Whether a stated effect raises this flag.
    pub fn raised_by(self, effect: &Effect) -> bool {
        let (kind, direction) = match self {
            EffectFlag::Tremor => (EffectKind::Tremor, Direction::Causes),
            EffectFlag::MuscleWeakness => (EffectKind::MuscleWeakness, Direction::Causes),
            EffectFlag::LowersPotassium => (EffectKind::Potassium, Direction::Lowers),
            EffectFlag::RaisesPotassium => (EffectKind::Potassium, Direction::Raises),
        };
        effect.kind == kind && effect.direction == direction
    }
}
