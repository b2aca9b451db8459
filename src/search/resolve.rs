//! The one rule for "which single medicine or product does this text
//! mean", used by `show`, the counter check (command line and window) and
//! the drug page. No egui here.
//!
//! Text resolves to one medicine only on an exact name (case, spacing,
//! punctuation, strength and form words aside), or on a typo correction
//! that is labelled as such, whose runner-up is clearly worse and is not a
//! look-alike partner. Anything else (a bare prefix, letters in order, a
//! class name, a tie, nothing at all) stays open, with a fixed reason word
//! and candidates to pick from: the counter check never guesses.

use super::normalise::{Normalised, protected_tokens};
use super::{Hit, Index, MatchKind};
use crate::dataset::{ClassId, Dataset, NameTarget};

/// Search hits considered when resolving one text.
pub const CANDIDATES: usize = 8;

pub use super::ladder::{CANDIDATE_SPAN, CLEAR_MARGIN};

/// How many letters longer than the text a name reached by letters in
/// order may be and still be offered: a third of the text, at least three
/// ("prednisne" offers prednisolone, not methylprednisolone; "asprin" offers
/// aspirin, not a brand whose words happen to hold those letters).
fn spare_letters(len: usize) -> usize {
    (len / 3).max(3)
}

/// Why a text did not resolve to one medicine. The word is the JSON
/// interface; the sentence is made from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unresolved {
    /// No name matches, even with typos.
    NoMatch,
    /// Several medicines match about equally, or the text matches one only
    /// loosely (letters in order, a correction with a close or look-alike
    /// runner-up).
    Ambiguous,
    /// The text names a class, not one medicine.
    Class,
    /// The text is only the start of names ("pred").
    PrefixOnly,
}

impl Unresolved {
    /// The stable word used in the JSON interface.
    pub fn as_str(self) -> &'static str {
        match self {
            Unresolved::NoMatch => "no_match",
            Unresolved::Ambiguous => "ambiguous",
            Unresolved::Class => "class",
            Unresolved::PrefixOnly => "prefix_only",
        }
    }

    /// What the pharmacist reads.
    pub fn sentence(self) -> &'static str {
        match self {
            Unresolved::NoMatch => "no medicine matches",
            Unresolved::Ambiguous => "could be more than one medicine",
            Unresolved::Class => "a class, not one medicine",
            Unresolved::PrefixOnly => "only the start of a name",
        }
    }
}

/// A medicine or product offered to pick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub target: NameTarget,
    /// The name to enter to pick it: the dataset's own name for it.
    pub name: String,
    /// The name the text reached it by, when different ("Deltasone").
    pub matched: Option<String>,
}

/// What a text was resolved to: one medicine or product, with how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// A drug or a product, never a class.
    pub target: NameTarget,
    /// The dataset name that matched, as written.
    pub matched: String,
    pub kind: MatchKind,
    /// What was typed, when the match corrected it.
    pub corrected_from: Option<String>,
}

/// The answer: one medicine, or why not and what to pick from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    One(Resolved),
    Open {
        reason: Unresolved,
        candidates: Vec<Candidate>,
    },
}

impl Resolution {
    /// The medicine or product, when resolved.
    pub fn target(&self) -> Option<NameTarget> {
        match self {
            Resolution::One(r) => Some(r.target),
            Resolution::Open { .. } => None,
        }
    }
}

/// Which single medicine or product `text` means, by the rule above.
pub fn resolve(ds: &Dataset, index: &Index, text: &str) -> Resolution {
    // An exact match decides alone (only the hits as good as the top one
    // count, and every exact hit outranks every other): the looser rungs
    // are searched only when nothing matches exactly.
    let found = index
        .lookup_exact(text)
        .unwrap_or_else(|| index.lookup(text, CANDIDATES));
    let typed = found.searched.chars().filter(|c| *c != ' ').count();
    // A correction never changes a number or a one-letter word: "vitamin
    // B12" is not a misspelt "vitamin D2", so such a hit is not offered.
    let protected = protected_tokens(&found.searched);
    let keeps = |name: &str| protected_tokens(&Normalised::new(name).text()) == protected;
    let hits: Vec<Hit> = found
        .hits
        .into_iter()
        .filter(|h| !h.kind.is_correction() || keeps(&h.matched))
        .collect();
    let open = |reason, candidates| Resolution::Open { reason, candidates };
    let Some(top) = hits.first() else {
        let near = found
            .nearest
            .into_iter()
            .filter(|s| !matches!(s.target, NameTarget::Class(_)) && keeps(&s.name))
            .map(|s| Candidate {
                target: s.target,
                name: ds.target_name(s.target).to_owned(),
                matched: (s.name != ds.target_name(s.target)).then_some(s.name),
            })
            .collect();
        return open(Unresolved::NoMatch, near);
    };
    // The hits as good as the top one.
    let level: Vec<&Hit> = hits.iter().take_while(|h| h.score == top.score).collect();
    match top.kind {
        MatchKind::Exact => {
            // A medicine and a class of the same name: the medicine was meant.
            let medicines: Vec<&Hit> = level
                .iter()
                .copied()
                .filter(|h| !matches!(h.target, NameTarget::Class(_)))
                .collect();
            match medicines.as_slice() {
                [one] => Resolution::One(resolved(one)),
                [] => match top.target {
                    NameTarget::Class(c) => {
                        let members = ds
                            .members_deep(c)
                            .into_iter()
                            .map(|d| candidate(ds, NameTarget::Drug(d), None))
                            .collect();
                        open(Unresolved::Class, members)
                    }
                    _ => unreachable!("a non-class hit is a medicine"),
                },
                several => open(Unresolved::Ambiguous, candidates(ds, several)),
            }
        }
        MatchKind::Prefix => open(Unresolved::PrefixOnly, candidates_of(ds, &hits, typed)),
        MatchKind::Subsequence | MatchKind::Partial => {
            let candidates = candidates_of(ds, &hits, typed);
            // Nothing plausible to offer: no medicine matches.
            let reason = if candidates.is_empty() {
                Unresolved::NoMatch
            } else {
                Unresolved::Ambiguous
            };
            open(reason, candidates)
        }
        MatchKind::Typo | MatchKind::Phonetic => {
            let runner_up = hits.get(1);
            let clear = !matches!(top.target, NameTarget::Class(_))
                && runner_up.is_none_or(|r| {
                    top.score >= r.score + CLEAR_MARGIN && !look_alike(ds, top, r.target)
                });
            if clear {
                Resolution::One(resolved(top))
            } else {
                open(Unresolved::Ambiguous, candidates_of(ds, &hits, typed))
            }
        }
    }
}

/// The class `text` names exactly, when it names a class and no medicine:
/// what [`Unresolved::Class`] was about.
pub fn class_named(index: &Index, text: &str) -> Option<ClassId> {
    let found = index.lookup_exact(text)?;
    let top = found.hits.first().filter(|h| h.kind == MatchKind::Exact)?;
    let mut level = found.hits.iter().take_while(|h| h.score == top.score);
    match (level.next().map(|h| h.target), level.next()) {
        (Some(NameTarget::Class(c)), None) => Some(c),
        _ => None,
    }
}

fn resolved(hit: &Hit) -> Resolved {
    Resolved {
        target: hit.target,
        matched: hit.matched.clone(),
        kind: hit.kind,
        corrected_from: hit.corrected_from.clone(),
    }
}

/// Whether `other` is one of the hit's look-alike partners.
fn look_alike(ds: &Dataset, hit: &Hit, other: NameTarget) -> bool {
    hit.lasa
        .iter()
        .any(|name| ds.lookup_name(name).map(|e| e.target) == Some(other))
}

fn candidate(ds: &Dataset, target: NameTarget, matched: Option<&str>) -> Candidate {
    let name = ds.target_name(target);
    Candidate {
        target,
        name: name.to_owned(),
        matched: matched.filter(|m| *m != name).map(str::to_owned),
    }
}

fn candidates(ds: &Dataset, hits: &[&Hit]) -> Vec<Candidate> {
    hits.iter()
        .map(|h| candidate(ds, h.target, Some(&h.matched)))
        .collect()
}

/// The medicines and products among the hits within [`CANDIDATE_SPAN`] of
/// the top one, those reached by letters in order only when not much longer
/// than what was typed; a class among them offers its members after them.
/// When that leaves nothing, the top medicines reached by letters in order
/// all the same: an abbreviation ("hctz") still offers what it reached.
fn candidates_of(ds: &Dataset, hits: &[Hit], typed: usize) -> Vec<Candidate> {
    let floor = hits
        .first()
        .map_or(0, |h| h.score.saturating_sub(CANDIDATE_SPAN));
    let plausible = |h: &&Hit| {
        let letters = crate::dataset::name_key(&h.matched)
            .chars()
            .filter(|c| *c != ' ')
            .count();
        h.score >= floor
            && (!matches!(h.kind, MatchKind::Subsequence | MatchKind::Partial)
                || letters <= typed + spare_letters(typed))
    };
    let near: Vec<&Hit> = hits.iter().filter(plausible).collect();
    // An abbreviation reaches its names by letters in order only; a loose
    // partial match ("Kalms" inside "skeletal muscle relaxants") reaches
    // nothing worth offering.
    let chosen: Vec<&Hit> = if near.is_empty() {
        hits.iter()
            .filter(|h| {
                h.kind == MatchKind::Subsequence && !matches!(h.target, NameTarget::Class(_))
            })
            .take(3)
            .collect()
    } else {
        near
    };
    let mut out: Vec<Candidate> = Vec::new();
    let mut classes = Vec::new();
    for h in chosen {
        match h.target {
            NameTarget::Class(c) => classes.push(c),
            t => out.push(candidate(ds, t, Some(&h.matched))),
        }
    }
    for c in classes {
        for d in ds.members_deep(c) {
            let t = NameTarget::Drug(d);
            if out.len() < CANDIDATES && !out.iter().any(|x| x.target == t) {
                out.push(candidate(ds, t, None));
            }
        }
    }
    out
}
