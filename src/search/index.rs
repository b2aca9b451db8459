//! The search index and the ladder that ranks what it finds. Built once
//! from every name in a dataset (generic, international, brand,
//! combination product, class and sub-class names); immutable after.

use std::collections::HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::distance::{Scratch, typo_bound};
use super::ladder;
use super::ngram::BigramIndex;
use super::normalise::{Normalised, compact, release_stem};
use super::phonetic::phonetic_key;
use super::{Hit, MatchKind, NEAREST, SearchResult, Suggestion, near_bound};
use crate::dataset::{Dataset, NameEntry, NameKind, NameTarget};

/// Words shorter than this are not indexed on their own: "co" of
/// "co-amilofruse" or "k" of "K-Tab" would only add noise.
const MIN_WORD_FORM: usize = 3;

/// The query length from which a typo may be in a name's start
/// (type-ahead with a typo, "furosim"); shorter, too many names qualify.
const MIN_PREFIX_TYPO: usize = 5;

/// The query length from which sound-alike and anywhere-in-the-name
/// matches are tried.
const MIN_LOOSE: usize = 4;

/// How many names sharing the most bigrams are measured when suggesting
/// the nearest names.
const NEAREST_POOL: usize = 64;

/// One searchable name.
#[derive(Debug, Clone)]
struct Name {
    target: NameTarget,
    name: String,
    kind: NameKind,
    /// [`crate::dataset::name_key`], words separated by spaces.
    key: String,
}

/// A string a query is compared with: a whole name without spaces, or one
/// word of a name of several words.
#[derive(Debug, Clone)]
struct Form {
    name: u32,
    text: String,
    chars: Vec<char>,
    whole: bool,
    /// One bit per letter present (hashed into 64), to skip forms that
    /// lack a letter of the query.
    mask: u64,
}

fn mask(chars: &[char]) -> u64 {
    chars
        .iter()
        .fold(0, |m, &c| m | (1u64 << (u32::from(c) % 64)))
}

fn is_subsequence(needle: &[char], hay: &[char]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|c| it.any(|h| h == c))
}

/// fuzzy-matcher's matcher, wrapped so the index can be cloned and printed.
struct Skim(SkimMatcherV2);

impl Default for Skim {
    fn default() -> Self {
        Skim(SkimMatcherV2::default().ignore_case())
    }
}

impl Clone for Skim {
    fn clone(&self) -> Self {
        Skim::default()
    }
}

impl std::fmt::Debug for Skim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SkimMatcherV2")
    }
}

impl Skim {
    /// How well `pattern` matches `choice` as a fraction of how well it
    /// matches itself, in 0..=1.
    fn ratio(&self, choice: &str, pattern: &str, self_score: i64) -> f64 {
        let s = self.0.fuzzy_match(choice, pattern).unwrap_or(0).max(0);
        if self_score <= 0 {
            return 0.0;
        }
        (s as f64 / self_score as f64).clamp(0.0, 1.0)
    }
}

/// The best hit so far for each target.
type Best = HashMap<NameTarget, Candidate>;

/// The best hit so far for one target.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    name: u32,
    kind: MatchKind,
    score: u32,
}

/// The search index over every name in a dataset. The exact names are
/// ready at once; the structures the looser rungs need are built the first
/// time a query reaches them, so a list of exact names (most counter
/// checks) never pays for them.
#[derive(Debug, Clone)]
pub struct Index {
    names: Vec<Name>,
    /// Compact key → names.
    exact: HashMap<String, Vec<u32>>,
    loose: std::sync::OnceLock<Loose>,
    lasa: HashMap<NameTarget, Vec<String>>,
    skim: Skim,
}

/// What the rungs below an exact match search.
#[derive(Debug, Clone)]
struct Loose {
    /// Every name's forms, by form id.
    forms: Vec<Form>,
    /// Form ids sorted by text, for prefix ranges.
    sorted: Vec<u32>,
    /// First letter → forms, each as (letter mask, length, form), packed so
    /// the subsequence rung scans a small array.
    by_first: HashMap<char, Vec<(u64, u32, u32)>>,
    /// The whole-name forms as (letter mask, length, form), packed so the
    /// partial rung, which looks at every name, scans a small array.
    wholes: Vec<(u64, u32, u32)>,
    /// Phonetic key → forms.
    phonetic: HashMap<String, Vec<u32>>,
    grams: BigramIndex,
}

impl Loose {
    fn new(names: &[Name]) -> Loose {
        let forms = forms_of(names);
        let mut sorted: Vec<u32> = (0..forms.len() as u32).collect();
        sorted.sort_by(|&a, &b| forms[a as usize].text.cmp(&forms[b as usize].text));
        let mut by_first: HashMap<char, Vec<(u64, u32, u32)>> = HashMap::new();
        let mut phonetic: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, f) in forms.iter().enumerate() {
            let i = i as u32;
            if let Some(&c) = f.chars.first() {
                by_first
                    .entry(c)
                    .or_default()
                    .push((f.mask, f.chars.len() as u32, i));
            }
            phonetic.entry(phonetic_key(&f.text)).or_default().push(i);
        }
        let grams = BigramIndex::new(forms.iter().map(|f| f.chars.as_slice()));
        let wholes = forms
            .iter()
            .enumerate()
            .filter(|(_, f)| f.whole)
            .map(|(i, f)| (f.mask, f.chars.len() as u32, i as u32))
            .collect();
        Loose {
            forms,
            sorted,
            by_first,
            wholes,
            phonetic,
            grams,
        }
    }
}

/// The forms of every name, in name order: the whole name without spaces,
/// and each word of a name of several words.
fn forms_of(names: &[Name]) -> Vec<Form> {
    let mut forms: Vec<Form> = Vec::with_capacity(names.len() * 2);
    for (id, n) in names.iter().enumerate() {
        let id = id as u32;
        let mut texts = vec![(compact(&n.key), true)];
        let words: Vec<&str> = n.key.split(' ').collect();
        if words.len() > 1 {
            for w in words {
                if w.chars().count() >= MIN_WORD_FORM && !texts.iter().any(|(t, _)| t == w) {
                    texts.push((w.to_owned(), false));
                }
            }
        }
        for (text, whole) in texts {
            let chars: Vec<char> = text.chars().collect();
            forms.push(Form {
                name: id,
                mask: mask(&chars),
                chars,
                text,
                whole,
            });
        }
    }
    forms
}

impl Index {
    pub fn new(dataset: &Dataset) -> Index {
        let mut lasa = HashMap::new();
        for n in dataset.names() {
            lasa.entry(n.target).or_insert_with(|| {
                dataset
                    .look_alikes(n.target)
                    .iter()
                    .map(|p| p.name.clone())
                    .collect::<Vec<_>>()
            });
        }
        lasa.retain(|_, v: &mut Vec<String>| !v.is_empty());
        Index::from_names(dataset.names(), lasa)
    }

    /// An index over plain names, with each target's look-alike partners.
    fn from_names(entries: &[NameEntry], lasa: HashMap<NameTarget, Vec<String>>) -> Index {
        let mut names = Vec::with_capacity(entries.len());
        let mut exact: HashMap<String, Vec<u32>> = HashMap::with_capacity(entries.len());
        for e in entries {
            if e.key.is_empty() {
                continue;
            }
            let id = u32::try_from(names.len()).expect("fewer than 2^32 names");
            names.push(Name {
                target: e.target,
                name: e.name.clone(),
                kind: e.kind,
                key: e.key.clone(),
            });
            exact.entry(compact(&e.key)).or_default().push(id);
            // "Uniphyllin" means Uniphyllin Continus: the brand without
            // its release words is the same name.
            if let Some(stem) = release_stem(&e.key) {
                exact.entry(stem).or_default().push(id);
            }
        }
        Index {
            names,
            exact,
            loose: std::sync::OnceLock::new(),
            lasa,
            skim: Skim::default(),
        }
    }

    /// The looser rungs' structures, built on first use.
    fn loose(&self) -> &Loose {
        self.loose.get_or_init(|| Loose::new(&self.names))
    }

    /// How many names are indexed.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Hits for `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.run(&Normalised::new(query), limit)
    }

    /// Hits for `query`, best first, at most `limit`; when there are none,
    /// up to [`NEAREST`] closest names within [`near_bound`] edits.
    pub fn lookup(&self, query: &str, limit: usize) -> SearchResult {
        let q = Normalised::new(query);
        let hits = self.run(&q, limit);
        let nearest = if hits.is_empty() {
            let bound = near_bound(q.compact.chars().count());
            self.nearest_to(&q, NEAREST, bound)
        } else {
            Vec::new()
        };
        SearchResult {
            searched: q.text(),
            truncated: q.truncated,
            hits,
            nearest,
        }
    }

    /// The exact matches of `query` alone, when there are any: all that
    /// resolving a name needs when it names something exactly, without the
    /// looser rungs (which then need not be built).
    pub fn lookup_exact(&self, query: &str) -> Option<SearchResult> {
        let q = Normalised::new(query);
        let hits = self.run_rungs(&q, usize::MAX, 1);
        (!hits.is_empty()).then(|| SearchResult {
            searched: q.text(),
            truncated: q.truncated,
            hits,
            nearest: Vec::new(),
        })
    }

    /// The `n` names closest to `query` by edit distance, nearest first,
    /// one per medicine, class or product, whether or not they match and
    /// however far they are ([`Index::lookup`] offers only near ones).
    pub fn nearest(&self, query: &str, n: usize) -> Vec<Suggestion> {
        self.nearest_to(&Normalised::new(query), n, usize::MAX)
    }

    fn lasa_of(&self, target: NameTarget) -> Vec<String> {
        self.lasa.get(&target).cloned().unwrap_or_default()
    }

    /// The ladder.
    fn run(&self, q: &Normalised, limit: usize) -> Vec<Hit> {
        self.run_rungs(q, limit, usize::MAX)
    }

    /// The ladder's first `rungs` rungs.
    fn run_rungs(&self, q: &Normalised, limit: usize, rungs: usize) -> Vec<Hit> {
        if q.compact.is_empty() || limit == 0 {
            return Vec::new();
        }
        let chars: Vec<char> = q.compact.chars().collect();
        let n = chars.len();
        let mut best: Best = HashMap::new();
        // The query's score against itself, which fuzzy ratios divide by;
        // computed once, only if a fuzzy rung is reached.
        let self_score = std::cell::OnceCell::new();
        let own = || {
            *self_score.get_or_init(|| self.skim.0.fuzzy_match(&q.compact, &q.compact).unwrap_or(0))
        };
        let stages: [&dyn Fn(&mut Best); 6] = [
            &|b| self.exact_stage(q, b),
            &|b| self.prefix_stage(q, b),
            &|b| self.subsequence_stage(&q.compact, &chars, own(), b),
            &|b| self.typo_stage(&chars, b),
            &|b| self.phonetic_stage(&q.compact, n, b),
            &|b| self.partial_stage(&q.compact, &chars, own(), b),
        ];
        for stage in stages.into_iter().take(rungs) {
            stage(&mut best);
            // Later rungs score below earlier ones, so once the list is
            // full nothing later could enter it.
            if best.len() >= limit {
                break;
            }
        }
        let mut ranked: Vec<Candidate> = best.into_values().collect();
        ranked.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.kind.cmp(&b.kind))
                .then_with(|| self.order(a.name).cmp(&self.order(b.name)))
        });
        ranked.truncate(limit);
        let corrected = q.text();
        let mut hits: Vec<Hit> = Vec::with_capacity(ranked.len());
        for c in ranked {
            let name = &self.names[c.name as usize];
            let tie = hits.last().is_some_and(|h| h.score == c.score);
            hits.push(Hit {
                target: name.target,
                matched: name.name.clone(),
                name_kind: name.kind,
                kind: c.kind,
                score: c.score,
                lasa: self.lasa_of(name.target),
                corrected_from: c.kind.is_correction().then(|| corrected.clone()),
                tie,
            });
        }
        hits
    }

    /// The stable secondary order among equal scores.
    fn order(&self, name: u32) -> (NameKind, &str, NameTarget) {
        let n = &self.names[name as usize];
        (n.kind, n.key.as_str(), n.target)
    }

    /// Keeps the better of an existing candidate for the target and this one.
    fn offer(&self, best: &mut Best, name: u32, kind: MatchKind, score: u32) {
        let target = self.names[name as usize].target;
        let new = Candidate { name, kind, score };
        match best.get_mut(&target) {
            None => {
                best.insert(target, new);
            }
            Some(old) => {
                let better = (
                    score,
                    std::cmp::Reverse(kind),
                    std::cmp::Reverse(self.order(name)),
                ) > (
                    old.score,
                    std::cmp::Reverse(old.kind),
                    std::cmp::Reverse(self.order(old.name)),
                );
                if better {
                    *old = new;
                }
            }
        }
    }

    fn exact_stage(&self, q: &Normalised, best: &mut Best) {
        // The whole text as typed, form words included, is the more
        // specific name when it differs: "Voltarol gel" is the gel product,
        // not the tablets the brand "Voltarol" names.
        let whole = ladder::exact(q.raw_compact != q.compact);
        for (key, score) in [(&q.compact, ladder::exact(false)), (&q.raw_compact, whole)] {
            for &id in self.exact.get(key.as_str()).into_iter().flatten() {
                self.offer(best, id, MatchKind::Exact, score);
            }
        }
    }

    fn prefix_stage(&self, q: &Normalised, best: &mut Best) {
        let loose = self.loose();
        let forms = &loose.forms;
        for key in [&q.compact, &q.raw_compact] {
            let n = key.chars().count();
            let start = loose
                .sorted
                .partition_point(|&f| forms[f as usize].text.as_str() < key.as_str());
            for &f in &loose.sorted[start..] {
                let form = &forms[f as usize];
                if !form.text.starts_with(key.as_str()) {
                    break;
                }
                let rest = form.chars.len().saturating_sub(n);
                let score = ladder::prefix(form.whole, rest);
                self.offer(best, form.name, MatchKind::Prefix, score);
            }
        }
    }

    fn subsequence_stage(&self, text: &str, chars: &[char], self_score: i64, best: &mut Best) {
        if chars.len() < 2 {
            return;
        }
        let qmask = mask(chars);
        let n = chars.len() as u32;
        let loose = self.loose();
        let forms = &loose.forms;
        for &(fmask, len, f) in loose.by_first.get(&chars[0]).into_iter().flatten() {
            if qmask & !fmask != 0 || len < n {
                continue;
            }
            let form = &forms[f as usize];
            if !is_subsequence(&chars[1..], &form.chars[1..]) {
                continue;
            }
            let ratio = self.skim.ratio(&form.text, text, self_score);
            let score = ladder::subsequence(ratio);
            self.offer(best, form.name, MatchKind::Subsequence, score);
        }
    }

    fn typo_stage(&self, chars: &[char], best: &mut Best) {
        let n = chars.len();
        let k = typo_bound(n);
        if k == 0 {
            return;
        }
        // Type-ahead with a typo allows one typo fewer than a whole name
        // (at least one), so those many longer names must share more
        // bigrams with the query to be measured.
        let kp = k.saturating_sub(1).max(1);
        let need_prefix = n.saturating_sub(3 * kp);
        let mut scratch = Scratch::default();
        let loose = self.loose();
        let forms = &loose.forms;
        for (f, shared) in loose.grams.candidates(chars, k) {
            let form = &forms[f as usize];
            let len = form.chars.len();
            let whole_possible = len.abs_diff(n) <= k;
            let prefix_possible =
                n >= MIN_PREFIX_TYPO && len + kp >= n && usize::from(shared) >= need_prefix;
            if !whole_possible && !prefix_possible {
                continue;
            }
            let max = if whole_possible { k } else { kp };
            let Some(d) = scratch.distances(chars, &form.chars, max) else {
                continue;
            };
            let (dist, penalty) = if whole_possible && d.full <= k {
                (d.full, len.abs_diff(n))
            } else if prefix_possible && d.prefix <= kp {
                (d.prefix, 30 + len.saturating_sub(n).min(9))
            } else {
                continue;
            };
            if dist == 0 {
                continue; // exact or prefix: found by an earlier rung
            }
            let score = ladder::typo(dist, !form.whole, penalty);
            self.offer(best, form.name, MatchKind::Typo, score);
        }
    }

    fn phonetic_stage(&self, text: &str, n: usize, best: &mut Best) {
        if n < MIN_LOOSE {
            return;
        }
        let loose = self.loose();
        let forms = &loose.forms;
        for &f in loose
            .phonetic
            .get(&phonetic_key(text))
            .into_iter()
            .flatten()
        {
            let form = &forms[f as usize];
            let score = ladder::phonetic(!form.whole, form.chars.len().abs_diff(n));
            self.offer(best, form.name, MatchKind::Phonetic, score);
        }
    }

    fn partial_stage(&self, text: &str, chars: &[char], self_score: i64, best: &mut Best) {
        if chars.len() < MIN_LOOSE {
            return;
        }
        let qmask = mask(chars);
        let n = chars.len() as u32;
        let loose = self.loose();
        let forms = &loose.forms;
        for &(fmask, len, f) in &loose.wholes {
            if qmask & !fmask != 0 || len < n {
                continue;
            }
            let form = &forms[f as usize];
            if !is_subsequence(chars, &form.chars) {
                continue;
            }
            let ratio = self.skim.ratio(&form.text, text, self_score);
            let score = ladder::partial(ratio);
            self.offer(best, form.name, MatchKind::Partial, score);
        }
    }

    fn nearest_to(&self, q: &Normalised, n: usize, max_distance: usize) -> Vec<Suggestion> {
        let chars: Vec<char> = q.compact.chars().collect();
        if chars.is_empty() || n == 0 {
            return Vec::new();
        }
        // The names sharing the most bigrams with the query, or failing any,
        // those starting with one of its letters.
        let loose = self.loose();
        let forms = &loose.forms;
        let mut pool: Vec<(u32, u16)> = loose
            .grams
            .overlap(&chars)
            .into_iter()
            .filter(|&(f, _)| forms[f as usize].whole)
            .collect();
        if pool.is_empty() {
            let mut firsts = chars.clone();
            firsts.sort_unstable();
            firsts.dedup();
            for c in firsts {
                pool.extend(
                    loose
                        .by_first
                        .get(&c)
                        .into_iter()
                        .flatten()
                        .map(|&(_, _, f)| (f, 0)),
                );
            }
        }
        pool.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        pool.truncate(NEAREST_POOL.max(4 * n));
        let mut scratch = Scratch::default();
        let mut measured: Vec<(usize, u32)> = pool
            .into_iter()
            .filter(|&(f, _)| forms[f as usize].whole)
            .map(|(f, _)| {
                let form = &forms[f as usize];
                let d = scratch
                    .distances(&chars, &form.chars, usize::MAX / 2)
                    .map_or(usize::MAX, |d| d.full);
                (d, form.name)
            })
            .collect();
        measured.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| self.order(a.1).cmp(&self.order(b.1)))
        });
        let mut out: Vec<Suggestion> = Vec::new();
        for (distance, id) in measured {
            if distance > max_distance {
                break;
            }
            let name = &self.names[id as usize];
            if out.iter().any(|s| s.target == name.target) {
                continue;
            }
            out.push(Suggestion {
                target: name.target,
                name: name.name.clone(),
                name_kind: name.kind,
                distance,
                lasa: self.lasa_of(name.target),
            });
            if out.len() == n {
                break;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{ClassId, DrugId};

    fn entry(name: &str, kind: NameKind, target: NameTarget) -> NameEntry {
        NameEntry {
            name: name.to_owned(),
            key: crate::dataset::name_key(name),
            kind,
            target,
        }
    }

    fn index() -> Index {
        let d = |i| NameTarget::Drug(DrugId(i));
        let entries = [
            entry("furosemide", NameKind::Generic, d(0)),
            entry("frusemide", NameKind::International, d(0)),
            entry("Lasix", NameKind::Brand, d(0)),
            entry("torsemide", NameKind::Generic, d(1)),
            entry("hydralazine", NameKind::Generic, d(2)),
            entry("hydroxyzine", NameKind::Generic, d(3)),
            entry(
                "Loop diuretics",
                NameKind::ClassName,
                NameTarget::Class(ClassId(0)),
            ),
        ];
        let mut lasa = HashMap::new();
        lasa.insert(d(0), vec!["torsemide".to_owned()]);
        Index::from_names(&entries, lasa)
    }

    #[test]
    fn one_hit_per_target_with_its_best_name() {
        let hits = index().search("fru", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].matched, "frusemide");
        assert_eq!(hits[0].kind, MatchKind::Prefix);
        assert_eq!(hits[0].lasa, ["torsemide"]);
    }

    #[test]
    fn typos_are_corrected_and_say_so() {
        let hits = index().search("furosimide", 10);
        assert_eq!(hits[0].matched, "furosemide");
        assert_eq!(hits[0].kind, MatchKind::Typo);
        assert_eq!(hits[0].corrected_from.as_deref(), Some("furosimide"));
        assert!(hits[0].score < 500);
    }

    #[test]
    fn equal_scores_are_flagged_as_ties_in_a_stable_order() {
        let hits = index().search("hydr", 10);
        assert_eq!(hits[0].matched, "hydralazine");
        assert_eq!(hits[1].matched, "hydroxyzine");
        assert!(!hits[0].tie);
        assert!(hits[1].tie);
    }

    #[test]
    fn word_prefixes_find_multi_word_names() {
        let hits = index().search("diuret", 10);
        assert_eq!(hits[0].matched, "Loop diuretics");
        assert_eq!(hits[0].kind, MatchKind::Prefix);
    }

    #[test]
    fn nothing_found_offers_the_nearest() {
        let ix = index();
        let r = ix.lookup("qqqq", 10);
        assert!(r.hits.is_empty());
        assert!(r.nearest.is_empty()); // shares nothing with any name
        // Far names are not offered: furosemide is 5 edits away.
        let r = ix.lookup("furazolidone", 10);
        assert!(r.hits.is_empty());
        assert!(r.nearest.is_empty());
        assert_eq!(ix.nearest("furazolidone", 1)[0].name, "furosemide");
        // A near one is: two edits, one past what a correction allows.
        let r = ix.lookup("tursemde", 10);
        assert!(r.hits.is_empty(), "{:?}", r.hits);
        assert_eq!(r.nearest[0].name, "torsemide");
        assert_eq!(r.nearest[0].distance, 2);
        assert!(ix.lookup("", 10).hits.is_empty());
        assert!(ix.search("lasix", 0).is_empty());
    }
}
