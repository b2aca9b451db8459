//! The patient's medicine list: splitting pasted text into entries and
//! resolving each entry to a medicine or combination product with the same
//! search the pharmacist uses everywhere else. Nothing is dropped silently:
//! an entry that does not resolve to one medicine stays on the list as
//! unresolved, with suggestions.

use crate::dataset::{Dataset, DrugId, NameTarget, ProductId, Taken};
use crate::search::{Hit, Index, MatchKind};

/// At most this many entries are read from one paste: a long list of
/// medicines is about 20; a paste of 200 lines is a mistake, not a patient.
pub const MAX_ENTRIES: usize = 200;

/// Search hits considered when resolving one entry.
const CANDIDATES: usize = 5;

/// Splits pasted text into entries: one per line, or separated by commas or
/// semicolons; list bullets and numbering are dropped.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(['\n', '\r', ',', ';'])
        .map(|line| {
            line.trim()
                .trim_start_matches(['-', '*', '\u{2022}'])
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start_matches(['.', ')'])
                .trim()
                .to_owned()
        })
        .filter(|s| !s.is_empty())
        .take(MAX_ENTRIES)
        .collect()
}

/// What one entry of the list turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Drug(DrugId),
    /// A named product (a combination, or one ingredient by its own route)
    /// and its ingredient drugs.
    Product(ProductId, Vec<DrugId>),
    /// Not one medicine: nothing matched, several matched equally, or the
    /// name is a class. `suggestions` are names to try.
    Unresolved {
        reason: String,
        suggestions: Vec<String>,
    },
}

/// One line of the medicine list as typed and as understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What was typed.
    pub input: String,
    pub resolved: Resolved,
    /// The dataset name that matched, if any.
    pub matched: Option<String>,
    pub match_kind: Option<MatchKind>,
    /// For a typo-corrected match, what was corrected: shown, never silent.
    pub corrected_from: Option<String>,
}

impl Entry {
    /// The drugs this entry stands for (the ingredients of a product).
    pub fn drugs(&self) -> Vec<DrugId> {
        self.taken().into_iter().map(|t| t.drug).collect()
    }

    /// The medicine or product the entry resolved to, if it did.
    pub fn target(&self) -> Option<NameTarget> {
        match &self.resolved {
            Resolved::Drug(d) => Some(NameTarget::Drug(*d)),
            Resolved::Product(p, _) => Some(NameTarget::Product(*p)),
            Resolved::Unresolved { .. } => None,
        }
    }

    /// The drugs this entry stands for, as taken: through the product's
    /// route for a product.
    pub fn taken(&self) -> Vec<Taken> {
        match &self.resolved {
            Resolved::Drug(d) => vec![Taken::drug(*d)],
            Resolved::Product(p, ds) => ds
                .iter()
                .map(|&drug| Taken {
                    drug,
                    product: Some(*p),
                })
                .collect(),
            Resolved::Unresolved { .. } => Vec::new(),
        }
    }
}

/// Resolves one typed entry.
pub fn resolve(dataset: &Dataset, index: &Index, input: &str) -> Entry {
    let hits = index.search(input, CANDIDATES);
    let unresolved = |reason: String, suggestions: Vec<String>| Entry {
        input: input.to_owned(),
        resolved: Resolved::Unresolved {
            reason,
            suggestions,
        },
        matched: None,
        match_kind: None,
        corrected_from: None,
    };
    let Some(top) = hits.first() else {
        let nearest = index
            .nearest(input, CANDIDATES)
            .into_iter()
            .map(|s| s.name)
            .collect();
        return unresolved("no medicine matches".into(), nearest);
    };
    let tied: Vec<&Hit> = hits
        .iter()
        .skip(1)
        .take_while(|h| h.tie && h.target != top.target)
        .collect();
    if !tied.is_empty() {
        let names = std::iter::once(top)
            .chain(tied)
            .map(|h| dataset.target_name(h.target).to_owned())
            .collect();
        return unresolved("matches several medicines equally".into(), names);
    }
    let resolved = match top.target {
        NameTarget::Drug(d) => Resolved::Drug(d),
        NameTarget::Product(c) => Resolved::Product(c, dataset.ingredients(c)),
        NameTarget::Class(c) => {
            let members = dataset
                .members(c)
                .into_iter()
                .take(CANDIDATES)
                .map(|d| dataset.drug(d).generic.clone())
                .collect();
            return unresolved(
                format!("\"{}\" is a class, not one medicine", dataset.class(c).name),
                members,
            );
        }
    };
    Entry {
        input: input.to_owned(),
        resolved,
        matched: Some(top.matched.clone()),
        match_kind: Some(top.kind),
        corrected_from: top.corrected_from.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::split_list;

    #[test]
    fn pasted_lists_split_into_entries() {
        let cases: &[(&str, &[&str])] = &[
            ("furosemide", &["furosemide"]),
            ("furosemide, ramipril", &["furosemide", "ramipril"]),
            (
                "1. Lasix 40 mg\n2) ramipril 5mg\n\n- Ventolin inhaler",
                &["Lasix 40 mg", "ramipril 5mg", "Ventolin inhaler"],
            ),
            ("a; b ;c\r\nd", &["a", "b", "c", "d"]),
            ("\u{2022} digoxin", &["digoxin"]),
            ("  , ,\n", &[]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(split_list(text), *want, "{text:?}");
        }
    }

    #[test]
    fn a_huge_paste_is_capped() {
        let text = "x\n".repeat(super::MAX_ENTRIES * 2);
        assert_eq!(split_list(&text).len(), super::MAX_ENTRIES);
    }
}
