//! Finding a medicine or class from whatever was typed at the counter. The
//! [`Index`] is built once from a validated [`Dataset`] and never modified.
//! No egui here.

use crate::dataset::{Dataset, NameKind, NameTarget, name_key};

/// How a hit matched, best first. A typo-corrected hit never ranks as exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    Exact,
    Prefix,
}

impl MatchKind {
    /// The stable word used in the JSON interface.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Prefix => "prefix",
        }
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
    /// Higher is better; comparable within one result list.
    pub score: u32,
    /// Look-alike/sound-alike names of the target.
    pub lasa: Vec<String>,
}

/// The search index over every name in a dataset.
#[derive(Debug, Clone)]
pub struct Index {
    entries: Vec<(String, Hit)>,
}

impl Index {
    pub fn new(dataset: &Dataset) -> Index {
        let entries = dataset
            .names()
            .iter()
            .map(|n| {
                let lasa = match n.target {
                    NameTarget::Drug(d) => dataset
                        .drug(d)
                        .lasa
                        .iter()
                        .map(|l| l.name.clone())
                        .collect(),
                    NameTarget::Combination(c) => dataset
                        .combination(c)
                        .lasa
                        .iter()
                        .map(|l| l.name.clone())
                        .collect(),
                    NameTarget::Class(_) => Vec::new(),
                };
                (
                    n.key.clone(),
                    Hit {
                        target: n.target,
                        matched: n.name.clone(),
                        name_kind: n.kind,
                        kind: MatchKind::Exact,
                        score: 0,
                        lasa,
                    },
                )
            })
            .collect();
        Index { entries }
    }

    /// Hits for `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = name_key(query);
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .filter_map(|(key, hit)| {
                let kind = if *key == q {
                    MatchKind::Exact
                } else if key.starts_with(&q) {
                    MatchKind::Prefix
                } else {
                    return None;
                };
                Some(Hit {
                    kind,
                    score: if kind == MatchKind::Exact { 1000 } else { 500 },
                    ..hit.clone()
                })
            })
            .collect();
        hits.sort_by(|a, b| a.kind.cmp(&b.kind).then(a.matched.cmp(&b.matched)));
        hits.truncate(limit);
        hits
    }
}
