//! Finding a medicine or class from whatever was typed at the counter. The
//! [`Index`] is built once from a validated [`Dataset`](crate::dataset::Dataset)
//! and never modified. No egui here.
//!
//! A query is normalised ([`Normalised`]: case, accents, punctuation,
//! spacing, and strength/form/release words dropped), then tried against
//! every name on a ladder, best first: exact name, prefix (type-ahead),
//! subsequence from the start of a word (missing letters, abbreviations;
//! scored with fuzzy-matcher), typo within a bound that grows with length
//! (optimal string alignment distance, behind a bigram prefilter),
//! sound-alike key, and finally the letters in order anywhere in the name.
//! Each hit says which rung reached it; one hit per medicine, class or
//! product.
//!
//! Files: `normalise` (query words), `distance` (edit distance and bound),
//! `phonetic` (sound-alike key), `ngram` (typo prefilter), `index` (the
//! index and the ladder), `resolve` (the one rule for which medicine a
//! text means). Look-alike partners come from the dataset.

mod distance;
mod index;
pub mod ladder;
mod ngram;
mod normalise;
mod phonetic;
mod resolve;

use crate::dataset::{NameKind, NameTarget};

pub use distance::{osa, osa_within, typo_bound};
pub use index::Index;
pub use normalise::{MAX_KEY_CHARS, MAX_QUERY_CHARS, Normalised};
pub use phonetic::phonetic_key;
pub use resolve::{
    CANDIDATE_SPAN, CANDIDATES, CLEAR_MARGIN, Candidate, Resolution, Resolved, Unresolved,
    class_named, resolve,
};

/// How many nearest names [`Index::lookup`] offers when nothing matched.
pub const NEAREST: usize = 5;

/// How far a name may be from the query and still be offered when nothing
/// matched: one edit more than a typo correction allows ([`typo_bound`]),
/// and never more than a third of the query's letters. Past that a
/// suggestion shares a few letters and nothing else ("aspirin" is three
/// edits from heparin); offering none is the honest answer.
pub fn near_bound(len: usize) -> usize {
    (typo_bound(len) + 1).min(len / 3)
}

/// How a hit matched, best first: results are ranked by this before score.
/// A typo-corrected hit never ranks as exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The whole name, ignoring case, accents, punctuation, spacing and
    /// strength/form words.
    Exact,
    /// The start of the name or of one of its words ("spiro", "amilofruse").
    Prefix,
    /// The query's letters in order, from the start of the name or of one of
    /// its words, with letters missing ("frsmd", "hctz").
    Subsequence,
    /// Within a few typos of the name or of its start ("furosimide");
    /// [`Hit::corrected_from`] says what was corrected.
    Typo,
    /// Spelt as it sounds ("fenitoin" for phenytoin); also a correction.
    Phonetic,
    /// The query's letters in order inside the name but not from the start
    /// of a word ("tazocin" inside pentazocine).
    Partial,
}

impl MatchKind {
    /// The stable word used in the JSON interface.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Prefix => "prefix",
            MatchKind::Subsequence => "subsequence",
            MatchKind::Typo => "typo",
            MatchKind::Phonetic => "phonetic",
            MatchKind::Partial => "partial",
        }
    }

    /// Whether the hit differs from what was typed by more than case,
    /// spacing, punctuation, dropped strength or form words, or a name still
    /// being typed: a guess at what was meant, which must say what it
    /// corrected ([`Hit::corrected_from`]). Letters left out in the middle
    /// ("prednisne") count.
    pub fn is_correction(self) -> bool {
        !matches!(self, MatchKind::Exact | MatchKind::Prefix)
    }
}

/// One result: what it refers to and how the query reached it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: NameTarget,
    /// The dataset name that matched, as written ("Lasix").
    pub matched: String,
    pub name_kind: NameKind,
    pub kind: MatchKind,
    /// Higher is better; comparable within one result list. Each
    /// [`MatchKind`] has its own band (exact 1000, or 1001 when the whole
    /// typed text, form words included, is the name; prefix 700–899,
    /// subsequence 500–699, typo 300–499, phonetic 200–299, partial
    /// 100–199), so ordering by score is ordering by kind first.
    pub score: u32,
    /// Look-alike/sound-alike names of the target, its own and those that
    /// name it.
    pub lasa: Vec<String>,
    /// For any hit that is a correction ([`MatchKind::is_correction`]), the
    /// query words it corrected ("furosimide" when `matched` is
    /// "furosemide"; "prednisne" for a subsequence of prednisone).
    pub corrected_from: Option<String>,
    /// Whether this hit has the same score as the one before it: an equal
    /// match, placed after it only by the stable secondary order (name
    /// kind, then name).
    pub tie: bool,
}

/// A name offered when nothing matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub target: NameTarget,
    /// The dataset name, as written.
    pub name: String,
    pub name_kind: NameKind,
    /// Edits between the query and the name.
    pub distance: usize,
    pub lasa: Vec<String>,
}

/// Everything a search says: the hits, or that there are none and which
/// names come nearest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    /// The words searched for, after normalisation ("simvastatin" for
    /// "Simvastatin 20 mg tab").
    pub searched: String,
    /// Whether the query was cut at [`MAX_QUERY_CHARS`].
    pub truncated: bool,
    /// Best first.
    pub hits: Vec<Hit>,
    /// Only when `hits` is empty: the closest names within [`near_bound`],
    /// nearest first; often none.
    pub nearest: Vec<Suggestion>,
}
