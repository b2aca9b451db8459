//! The patient's medicine list: splitting pasted text into entries and
//! resolving each entry to a medicine or product by the one resolution rule
//! ([`crate::search::resolve`]). Nothing is dropped or guessed silently: an
//! entry that does not resolve to one medicine stays on the list as
//! unresolved, with its reason and the candidates to pick from.

use crate::dataset::{
    ClassId, Dataset, DrugId, NameKind, NameTarget, Partner, ProductId, Taken, name_key,
};
use crate::search::{self, Candidate, Index, MatchKind, Resolution, Unresolved};

/// At most this many entries are read from one paste: a long list of
/// medicines is about 20; a paste of 200 lines is a mistake, not a patient.
pub const MAX_ENTRIES: usize = 200;

/// The largest medicine list file read: a long list is a few hundred
/// bytes; this refuses, before reading, something that is plainly not one.
pub const MAX_LIST_BYTES: u64 = 64 * 1024;

/// Why a medicine list file could not be read.
#[derive(Debug)]
pub enum ListFileError {
    Unreadable(std::io::Error),
    TooLarge(u64),
    NotText,
}

impl std::fmt::Display for ListFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListFileError::Unreadable(e) => write!(f, "cannot read it: {e}"),
            ListFileError::TooLarge(n) => write!(
                f,
                "{n} bytes is too large for a medicine list (at most {MAX_LIST_BYTES})"
            ),
            ListFileError::NotText => f.write_str("it is not a text file"),
        }
    }
}

/// The text of a medicine list file (one medicine per line), within
/// [`MAX_LIST_BYTES`]. The command line's `--file` and the window's open
/// and drop all read lists through this.
pub fn read_list_file(path: &std::path::Path) -> Result<String, ListFileError> {
    let meta = std::fs::metadata(path).map_err(ListFileError::Unreadable)?;
    if meta.len() > MAX_LIST_BYTES {
        return Err(ListFileError::TooLarge(meta.len()));
    }
    list_text(std::fs::read(path).map_err(ListFileError::Unreadable)?)
}

/// A list file's bytes as text, within [`MAX_LIST_BYTES`].
pub fn list_text(bytes: Vec<u8>) -> Result<String, ListFileError> {
    if bytes.len() as u64 > MAX_LIST_BYTES {
        return Err(ListFileError::TooLarge(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|_| ListFileError::NotText)
}

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
    /// A class whose members all make the same statements ("lithium"):
    /// checked as its member `stands_for`, with every rule that names any
    /// member; which member it is stays a question for the patient.
    Class {
        class: ClassId,
        stands_for: DrugId,
    },
    /// Not one medicine: why not ([`Unresolved`]), and the medicines to
    /// pick from (possibly none).
    Unresolved {
        reason: Unresolved,
        candidates: Vec<Candidate>,
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
    /// The patient is buying it now: the check then answers "supply or
    /// not" for it first.
    pub buying: bool,
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
            Resolved::Class { class, .. } => Some(NameTarget::Class(*class)),
            Resolved::Unresolved { .. } => None,
        }
    }

    /// The drugs this entry stands for, as taken: through the product's
    /// route for a product.
    pub fn taken(&self) -> Vec<Taken> {
        match &self.resolved {
            Resolved::Drug(d) => vec![Taken::drug(*d)],
            Resolved::Class { stands_for, .. } => vec![Taken::drug(*stands_for)],
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

impl Entry {
    /// The entry's look-alike partners, each with whether it matters here:
    /// a pair the safety list records on a generic or international name
    /// always does; one recorded on a brand (Lasix / Luvox) only when that
    /// brand is what was typed.
    pub fn look_alikes<'a>(&self, dataset: &'a Dataset) -> Vec<(&'a Partner, bool)> {
        let Some(target) = self.target() else {
            return Vec::new();
        };
        let typed = self.matched.as_deref().map(name_key);
        dataset
            .look_alikes(target)
            .iter()
            .map(|p| {
                let relevant = match p.paired_with.as_deref() {
                    None => true,
                    Some(own) => {
                        let kind = dataset.lookup_name(own).map(|n| n.kind);
                        matches!(kind, Some(NameKind::Generic | NameKind::International))
                            || typed.as_deref() == Some(name_key(own).as_str())
                    }
                };
                (p, relevant)
            })
            .collect()
    }
}

/// Resolves one typed entry by the one resolution rule
/// ([`crate::search::resolve`]).
pub fn resolve(dataset: &Dataset, index: &Index, input: &str) -> Entry {
    let (resolved, matched, match_kind, corrected_from) =
        match search::resolve(dataset, index, input) {
            Resolution::One(r) => {
                let resolved = match r.target {
                    NameTarget::Drug(d) => Resolved::Drug(d),
                    NameTarget::Product(p) => Resolved::Product(p, dataset.ingredients(p)),
                    NameTarget::Class(_) => unreachable!("a resolution is never a class"),
                };
                (resolved, Some(r.matched), Some(r.kind), r.corrected_from)
            }
            Resolution::Open { reason, candidates } => {
                let class = (reason == Unresolved::Class)
                    .then(|| search::class_named(index, input))
                    .flatten();
                match class.and_then(|c| Some((c, dataset.stands_for_class(c)?))) {
                    Some((class, stands_for)) => (
                        Resolved::Class { class, stands_for },
                        Some(dataset.class(class).name.clone()),
                        Some(MatchKind::Exact),
                        None,
                    ),
                    None => (
                        Resolved::Unresolved { reason, candidates },
                        None,
                        None,
                        None,
                    ),
                }
            }
        };
    Entry {
        input: input.to_owned(),
        resolved,
        matched,
        match_kind,
        corrected_from,
        buying: false,
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
    fn a_list_file_must_be_short_text() {
        use super::{ListFileError, MAX_LIST_BYTES, list_text, read_list_file};
        assert_eq!(
            list_text(b"Lasix\nramipril\n".to_vec()).unwrap(),
            "Lasix\nramipril\n"
        );
        assert!(matches!(
            list_text(vec![0xff, 0xfe]),
            Err(ListFileError::NotText)
        ));
        let big = vec![b'a'; MAX_LIST_BYTES as usize + 1];
        assert!(matches!(list_text(big), Err(ListFileError::TooLarge(_))));
        let missing = read_list_file(std::path::Path::new("/nonexistent/list.txt"));
        assert!(matches!(missing, Err(ListFileError::Unreadable(_))));
    }

    #[test]
    fn a_huge_paste_is_capped() {
        let text = "x\n".repeat(super::MAX_ENTRIES * 2);
        assert_eq!(split_list(&text).len(), super::MAX_ENTRIES);
    }
}
