//! The typo prefilter: a positional bigram index over name forms, so that
//! the edit distance is computed only for names that could be within the
//! typo bound rather than for every name.
//!
//! Each form of n characters has n bigrams: a start marker and its first
//! letter, then each adjacent pair, recorded with the position of the
//! pair's second letter. One edit changes at most three of a query's
//! bigrams (a transposition of "ab" in "xaby" breaks xa, ab and by) and
//! shifts the rest by at most one position. So a name within k edits of the
//! query (or whose prefix is) shares at least n − 3k of the query's bigrams
//! at positions no more than k apart: names that share fewer are skipped
//! without losing a match.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Marks the start of a form, so that the first letter counts too.
const START: char = '\u{2}';

/// Positions are stored in 16 bits; later bigrams of absurdly long names
/// share the last position, which only loosens the filter.
fn pos16(p: usize) -> u16 {
    u16::try_from(p).unwrap_or(u16::MAX)
}

fn gram(a: char, b: char) -> u64 {
    (u64::from(u32::from(a)) << 32) | u64::from(u32::from(b))
}

/// The bigrams of `chars` with their positions.
fn grams(chars: &[char]) -> impl Iterator<Item = (usize, u64)> + '_ {
    chars.iter().enumerate().map(|(i, &c)| {
        let prev = if i == 0 { START } else { chars[i - 1] };
        (i, gram(prev, c))
    })
}

/// Hashes a bigram key (two chars packed in a `u64`, built here, never from
/// outside input) with the splitmix64 finaliser, which mixes every input bit
/// into the low bits the table indexes by: SipHash's protection against
/// crafted keys buys nothing for keys this index makes itself, and it was a
/// tenth of the index build.
#[derive(Default)]
struct GramHasher(u64);

impl Hasher for GramHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        let mut z = n ^ self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        self.0 = z ^ (z >> 31);
    }
}

type GramMap<V> = HashMap<u64, V, BuildHasherDefault<GramHasher>>;

thread_local! {
    /// The per-form counts of [`BigramIndex::candidates`], all zero between
    /// calls.
    static COUNTS: RefCell<Vec<(u16, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Bigram → the (position, form) pairs that contain it, sorted by position.
#[derive(Debug, Clone, Default)]
pub struct BigramIndex {
    postings: GramMap<Vec<(u16, u32)>>,
    forms: usize,
}

impl BigramIndex {
    /// Indexes `forms` (form `i` is `forms[i]`).
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a [char]>) -> BigramIndex {
        let mut postings: GramMap<Vec<(u16, u32)>> = GramMap::default();
        let mut count = 0;
        for (id, chars) in forms.into_iter().enumerate() {
            let id = u32::try_from(id).expect("fewer than 2^32 name forms");
            for (p, g) in grams(chars) {
                postings.entry(g).or_default().push((pos16(p), id));
            }
            count += 1;
        }
        for list in postings.values_mut() {
            list.sort_unstable();
        }
        BigramIndex {
            postings,
            forms: count,
        }
    }

    /// Forms that may be within `k` edits of `query` (as a whole or by a
    /// prefix), with how many positional bigrams they share: at least
    /// `query.len() − 3k`. `k` must leave that at least one (see
    /// [`super::distance::typo_bound`]); a caller allowing fewer edits for
    /// some forms can demand more shared bigrams of those.
    pub fn candidates(&self, query: &[char], k: usize) -> Vec<(u32, u16)> {
        let need = query.len().saturating_sub(3 * k).max(1);
        // Per form: how many query bigrams it shares, and one past the last
        // query position that counted, so a form holding a bigram twice
        // within the window ("olol") counts it once. The table is kept per
        // thread and only the entries a query touched are reset, so a query
        // does not clear a table the size of the index.
        COUNTS.with(|cell| {
            let mut counts = cell.borrow_mut();
            if counts.len() < self.forms {
                counts.resize(self.forms, (0, 0));
            }
            let mut touched: Vec<u32> = Vec::new();
            for (p, g) in grams(query) {
                let Some(list) = self.postings.get(&g) else {
                    continue;
                };
                let lo = pos16(p.saturating_sub(k));
                let hi = pos16(p + k);
                let start = list.partition_point(|&(q, _)| q < lo);
                let end = list.partition_point(|&(q, _)| q <= hi);
                let p = u32::try_from(p + 1).unwrap_or(u32::MAX);
                for &(_, id) in &list[start..end] {
                    let (count, last) = &mut counts[id as usize];
                    if *last == p {
                        continue;
                    }
                    *last = p;
                    if *count == 0 {
                        touched.push(id);
                    }
                    *count = count.saturating_add(1);
                }
            }
            let mut out: Vec<(u32, u16)> = Vec::new();
            for &id in &touched {
                let entry = &mut counts[id as usize];
                if usize::from(entry.0) >= need {
                    out.push((id, entry.0));
                }
                *entry = (0, 0);
            }
            out.sort_unstable();
            out
        })
    }

    /// Forms sharing any bigram with `query`, wherever it is, with how many
    /// they share; for suggesting the nearest names when nothing matched.
    pub fn overlap(&self, query: &[char]) -> Vec<(u32, u16)> {
        let mut counts = vec![0u16; self.forms];
        // The last query bigram that counted for each form, so that a form
        // holding a bigram twice counts it once.
        let mut last = vec![u32::MAX; self.forms];
        let mut touched: Vec<u32> = Vec::new();
        for (i, (_, g)) in grams(query).enumerate() {
            let Some(list) = self.postings.get(&g) else {
                continue;
            };
            let i = u32::try_from(i).unwrap_or(u32::MAX - 1);
            for &(_, id) in list {
                let at = id as usize;
                if last[at] == i {
                    continue;
                }
                last[at] = i;
                if counts[at] == 0 {
                    touched.push(id);
                }
                counts[at] = counts[at].saturating_add(1);
            }
        }
        touched.sort_unstable();
        touched
            .into_iter()
            .map(|id| (id, counts[id as usize]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::BigramIndex;
    use crate::search::distance::{Scratch, typo_bound};

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn the_filter_never_drops_a_name_within_the_bound() {
        let names = [
            "furosemide",
            "torsemide",
            "salbutamol",
            "metformin",
            "spironolactone",
            "bendroflumethiazide",
            "lasix",
            "abcd",
        ];
        let forms: Vec<Vec<char>> = names.iter().map(|s| chars(s)).collect();
        let index = BigramIndex::new(forms.iter().map(Vec::as_slice));
        let queries = [
            "furosimide",
            "frusemide",
            "metfromin",
            "salbutamool",
            "spironolactne",
            "bendroflu",
            "bnedroflumethiazide",
            "lasxi",
            "alsix",
            "bacd",
            "xfurosemide",
            "furosemidex",
        ];
        let mut scratch = Scratch::default();
        for q in queries {
            let q = chars(q);
            let k = typo_bound(q.len());
            let found: Vec<u32> = index.candidates(&q, k).into_iter().map(|c| c.0).collect();
            for (id, form) in forms.iter().enumerate() {
                let within = scratch
                    .distances(&q, form, k)
                    .is_some_and(|d| d.full.min(d.prefix) <= k);
                if within {
                    assert!(found.contains(&(id as u32)), "{:?} lost {}", q, names[id]);
                }
            }
        }
    }

    #[test]
    fn unrelated_names_are_filtered_out() {
        let forms: Vec<Vec<char>> = ["furosemide", "zzzzzzzzzz"]
            .iter()
            .map(|s| chars(s))
            .collect();
        let index = BigramIndex::new(forms.iter().map(Vec::as_slice));
        assert_eq!(index.candidates(&chars("furosimide"), 2), vec![(0, 8)]);
        assert!(index.overlap(&chars("qqqq")).is_empty());
    }
}
