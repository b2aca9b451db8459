//! The ranking ladder: how each rung scores a hit, in named bands. Every
//! rung's band lies wholly below the rung before it, so a better kind of
//! match always outranks a worse one, and the search can stop climbing down
//! once its list is full. The margins the resolver uses (how clear a
//! correction must be, how far below the top a candidate may be offered)
//! are derived from these bands, not written beside them.

use super::MatchKind;

/// The scores one rung can give, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub low: u32,
    pub high: u32,
}

impl Band {
    pub const fn contains(self, score: u32) -> bool {
        self.low <= score && score <= self.high
    }

    /// How many scores the band holds.
    pub const fn width(self) -> u32 {
        self.high - self.low + 1
    }
}

/// An exact match of a name's searched words; one more for an exact match
/// of everything typed, form words included ("Voltarol gel").
pub const EXACT: Band = Band {
    low: 1000,
    high: 1001,
};

/// The start of a whole name; fewer letters left over scores higher.
pub const PREFIX_OF_NAME: Band = Band {
    low: 800,
    high: 899,
};

/// The start of one word of a name of several words.
pub const PREFIX_OF_WORD: Band = Band {
    low: 700,
    high: 799,
};

/// The query's letters in order from the start of a name or word, scored
/// by the fuzzy ratio.
pub const SUBSEQUENCE: Band = Band {
    low: 500,
    high: 699,
};

/// What one edit costs on the typo rung.
pub const PER_EDIT: u32 = 60;

/// The most edits a correction may make (a name of 13 letters or more).
pub const MAX_EDITS: u32 = 3;

/// A name's word rather than the whole name, on the typo rung.
const WORD_PENALTY: u32 = 15;

/// The largest length or type-ahead penalty on the typo and sound rungs.
const LENGTH_PENALTY: u32 = 39;

/// Within a few typos of a name or of its start: one edit scores up to the
/// top, each further edit [`PER_EDIT`] less, less a penalty for a word
/// rather than the whole name and for the length.
pub const TYPO: Band = Band {
    low: 490 - PER_EDIT * (MAX_EDITS - 1) - WORD_PENALTY - LENGTH_PENALTY,
    high: 490,
};

/// A name's word rather than the whole name, on the sound rung.
const SOUND_WORD_PENALTY: u32 = 10;

/// Spelt as it sounds.
pub const PHONETIC: Band = Band {
    low: 250 - SOUND_WORD_PENALTY - LENGTH_PENALTY,
    high: 250,
};

/// The query's letters in order inside a name, not from a word's start.
pub const PARTIAL: Band = Band {
    low: 100,
    high: 199,
};

/// The rungs top to bottom, with the bands each may score in.
pub const RUNGS: [(MatchKind, &[Band]); 6] = [
    (MatchKind::Exact, &[EXACT]),
    (MatchKind::Prefix, &[PREFIX_OF_NAME, PREFIX_OF_WORD]),
    (MatchKind::Subsequence, &[SUBSEQUENCE]),
    (MatchKind::Typo, &[TYPO]),
    (MatchKind::Phonetic, &[PHONETIC]),
    (MatchKind::Partial, &[PARTIAL]),
];

/// The bands a kind of match scores in.
pub fn bands(kind: MatchKind) -> &'static [Band] {
    RUNGS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[], |(_, b)| *b)
}

/// How much better than its runner-up a typo correction must score to be
/// taken without asking: one edit. "furosimide" resolves to furosemide,
/// while a text one edit from two names asks which.
pub const CLEAR_MARGIN: u32 = PER_EDIT;

/// How far below the top hit a candidate may score and still be offered:
/// the width of the letters-in-order band. Below a prefix it reaches the
/// best letters-in-order matches; below a letters-in-order match, only
/// others of its rung; below a typo, the other typos but no sound-alike or
/// partial match. So the letters of "sertaline" offer sertraline, not every
/// name those letters occur in.
pub const CANDIDATE_SPAN: u32 = SUBSEQUENCE.width();

/// An exact match: of everything typed (`whole`) or of the searched words.
pub fn exact(whole: bool) -> u32 {
    if whole { EXACT.high } else { EXACT.low }
}

/// A prefix of a whole name or of a word, `rest` letters of it left over.
pub fn prefix(of_name: bool, rest: usize) -> u32 {
    let band = if of_name {
        PREFIX_OF_NAME
    } else {
        PREFIX_OF_WORD
    };
    band.high - (rest as u32).min(band.width() - 1)
}

/// Letters in order from a start, with the fuzzy ratio (0 to 1).
pub fn subsequence(ratio: f64) -> u32 {
    SUBSEQUENCE.low + (ratio.clamp(0.0, 1.0) * f64::from(SUBSEQUENCE.width() - 1)).round() as u32
}

/// A typo correction of `edits` edits (1 to [`MAX_EDITS`]), on a word of
/// the name or the whole name, with a length penalty.
pub fn typo(edits: usize, of_word: bool, length_penalty: usize) -> u32 {
    let edits = (edits as u32).clamp(1, MAX_EDITS);
    let word = if of_word { WORD_PENALTY } else { 0 };
    TYPO.high - PER_EDIT * (edits - 1) - word - (length_penalty as u32).min(LENGTH_PENALTY)
}

/// A sound-alike, on a word of the name or the whole name, with the
/// difference in length.
pub fn phonetic(of_word: bool, length_difference: usize) -> u32 {
    let word = if of_word { SOUND_WORD_PENALTY } else { 0 };
    PHONETIC.high - word - (length_difference as u32).min(LENGTH_PENALTY)
}

/// Letters in order inside a name, with the fuzzy ratio (0 to 1).
pub fn partial(ratio: f64) -> u32 {
    PARTIAL.low + (ratio.clamp(0.0, 1.0) * f64::from(PARTIAL.width() - 1)).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each rung's bands lie wholly below every band of the rung above.
    #[test]
    fn rungs_descend_without_overlap() {
        for pair in RUNGS.windows(2) {
            let lowest_above = pair[0].1.iter().map(|b| b.low).min().unwrap();
            let highest_below = pair[1].1.iter().map(|b| b.high).max().unwrap();
            assert!(
                highest_below < lowest_above,
                "{:?} reaches {highest_below}, {:?} starts at {lowest_above}",
                pair[1].0,
                pair[0].0
            );
        }
    }

    /// Every score a rung's function can give is inside its band, at both
    /// ends of every input.
    #[test]
    fn every_scoring_function_stays_in_its_band() {
        for whole in [false, true] {
            assert!(EXACT.contains(exact(whole)));
        }
        for rest in [0, 1, 50, 99, 100, 10_000] {
            assert!(PREFIX_OF_NAME.contains(prefix(true, rest)), "{rest}");
            assert!(PREFIX_OF_WORD.contains(prefix(false, rest)), "{rest}");
        }
        for ratio in [-1.0, 0.0, 0.5, 1.0, 2.0] {
            assert!(SUBSEQUENCE.contains(subsequence(ratio)), "{ratio}");
            assert!(PARTIAL.contains(partial(ratio)), "{ratio}");
        }
        for edits in 0..=5 {
            for of_word in [false, true] {
                for penalty in [0, 9, 39, 40, 1000] {
                    let s = typo(edits, of_word, penalty);
                    assert!(TYPO.contains(s), "{edits} {of_word} {penalty}: {s}");
                }
            }
        }
        for of_word in [false, true] {
            for diff in [0, 39, 1000] {
                assert!(PHONETIC.contains(phonetic(of_word, diff)));
            }
        }
    }

    /// One edit fewer always wins, whatever the penalties: a clear margin
    /// is one edit.
    #[test]
    fn one_edit_is_the_clear_margin() {
        assert_eq!(typo(1, false, 0) - typo(2, false, 0), CLEAR_MARGIN);
        assert!(typo(1, true, LENGTH_PENALTY as usize) > typo(2, false, 0));
        assert_eq!(CANDIDATE_SPAN, 200);
    }
}
