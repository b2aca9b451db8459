//! The yes/no questions the counter asks about a medicine, one per kind and
//! direction: "lowers potassium", "raises sodium", "causes tremor". Flags
//! derive from the kind table ([`super::kinds`]); documented negatives
//! (`no_effect`) never raise one. Whether a flag is raised on established or
//! only on limited evidence is decided in one place, [`Strength::of`].

use super::kinds::Shape;
use super::model::{Direction, Effect, EffectKind, Evidence};

/// One yes/no question about a medicine's effects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EffectFlag {
    pub kind: EffectKind,
    /// `Lowers` or `Raises` for a level, `Causes` for an event.
    pub direction: Direction,
}

/// How well a raised flag is supported: the one evidence rule for every
/// kind and every screen. Strong and moderate evidence establish an effect;
/// limited evidence (case reports, class extrapolation, mechanism) makes it
/// possible, listed apart and never counted in a net direction or a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    Established,
    Possible,
}

impl Strength {
    pub fn of(evidence: Evidence) -> Strength {
        match evidence {
            Evidence::Strong | Evidence::Moderate => Strength::Established,
            Evidence::Limited => Strength::Possible,
        }
    }

    /// The word used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Established => "established",
            Strength::Possible => "possible",
        }
    }
}

impl EffectFlag {
    pub const fn new(kind: EffectKind, direction: Direction) -> EffectFlag {
        EffectFlag { kind, direction }
    }

    pub const LOWERS_POTASSIUM: EffectFlag =
        EffectFlag::new(EffectKind::Potassium, Direction::Lowers);
    pub const RAISES_POTASSIUM: EffectFlag =
        EffectFlag::new(EffectKind::Potassium, Direction::Raises);
    pub const TREMOR: EffectFlag = EffectFlag::new(EffectKind::Tremor, Direction::Causes);
    pub const MUSCLE_WEAKNESS: EffectFlag =
        EffectFlag::new(EffectKind::MuscleWeakness, Direction::Causes);

    /// Every flag, in the order the counter reads them: each kind in
    /// [`EffectKind::ALL`] order, a level's lowering before its raising.
    pub fn all() -> impl Iterator<Item = EffectFlag> {
        EffectKind::ALL.iter().copied().flat_map(|kind| {
            kind.shape()
                .flag_directions()
                .iter()
                .map(move |&direction| EffectFlag { kind, direction })
        })
    }

    /// Whether a stated effect raises this flag (at any strength).
    pub fn raised_by(self, effect: &Effect) -> bool {
        effect.kind == self.kind && effect.direction == self.direction
    }

    /// The short badge: "K⁺ ↓", "Na⁺ ↓", "tremor".
    pub fn badge(self) -> String {
        let info = self.kind.info();
        match self.direction {
            Direction::Lowers => format!("{} ↓", info.badge),
            Direction::Raises => format!("{} ↑", info.badge),
            _ => info.badge.to_owned(),
        }
    }

    /// The flag in words: "lowers serum potassium", "can cause tremor".
    pub fn words(self) -> String {
        let noun = self.kind.info().noun;
        match (self.kind.shape(), self.direction) {
            (Shape::Level, Direction::Lowers) => format!("lowers serum {noun}"),
            (Shape::Level, _) => format!("raises serum {noun}"),
            (Shape::Event, _) => format!("can cause {noun}"),
        }
    }

    /// The flag as a filter: "medicines that lower potassium".
    pub fn filter_words(self) -> String {
        let noun = self.kind.info().noun;
        match self.direction {
            Direction::Lowers => format!("lower {noun}"),
            Direction::Raises => format!("raise {noun}"),
            _ => format!("cause {noun}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_flag_per_event_two_per_level() {
        let flags: Vec<EffectFlag> = EffectFlag::all().collect();
        let levels = EffectKind::of_shape(Shape::Level).count();
        let events = EffectKind::of_shape(Shape::Event).count();
        assert_eq!(flags.len(), 2 * levels + events);
        assert_eq!(flags[0], EffectFlag::LOWERS_POTASSIUM);
        assert_eq!(flags[1], EffectFlag::RAISES_POTASSIUM);
    }

    #[test]
    fn words_and_badges() {
        let table = [
            (
                EffectFlag::LOWERS_POTASSIUM,
                "K⁺ ↓",
                "lowers serum potassium",
            ),
            (
                EffectFlag::RAISES_POTASSIUM,
                "K⁺ ↑",
                "raises serum potassium",
            ),
            (
                EffectFlag::new(EffectKind::Sodium, Direction::Lowers),
                "Na⁺ ↓",
                "lowers serum sodium",
            ),
            (
                EffectFlag::new(EffectKind::Calcium, Direction::Raises),
                "Ca²⁺ ↑",
                "raises serum calcium",
            ),
            (EffectFlag::TREMOR, "tremor", "can cause tremor"),
            (
                EffectFlag::new(EffectKind::MuscleCramps, Direction::Causes),
                "cramps",
                "can cause muscle cramps",
            ),
            (
                EffectFlag::new(EffectKind::QtProlongation, Direction::Causes),
                "QT",
                "can cause QT prolongation",
            ),
        ];
        for (flag, badge, words) in table {
            assert_eq!(flag.badge(), badge);
            assert_eq!(flag.words(), words);
        }
    }

    #[test]
    fn evidence_rule() {
        assert_eq!(Strength::of(Evidence::Strong), Strength::Established);
        assert_eq!(Strength::of(Evidence::Moderate), Strength::Established);
        assert_eq!(Strength::of(Evidence::Limited), Strength::Possible);
    }
}
