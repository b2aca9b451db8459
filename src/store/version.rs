//! Dataset versions as updates compare them: dotted numbers
//! ("2026.12.0"), compared number by number, a missing number counting as
//! 0 ("2026.12" is "2026.12.0").

use std::cmp::Ordering;
use std::fmt;

/// A dataset version an update can be compared by.
#[derive(Debug, Clone)]
pub struct DataVersion {
    text: String,
    parts: Vec<u64>,
}

impl DataVersion {
    /// `None` unless `text` is numbers separated by single dots.
    pub fn parse(text: &str) -> Option<DataVersion> {
        let parts = text
            .split('.')
            .map(|p| {
                if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                    None
                } else {
                    p.parse().ok()
                }
            })
            .collect::<Option<Vec<u64>>>()?;
        Some(DataVersion {
            text: text.to_owned(),
            parts,
        })
    }

    fn part(&self, i: usize) -> u64 {
        self.parts.get(i).copied().unwrap_or(0)
    }
}

impl Ord for DataVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.parts.len().max(other.parts.len());
        (0..n)
            .map(|i| self.part(i).cmp(&other.part(i)))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    }
}

impl PartialOrd for DataVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for DataVersion {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for DataVersion {}

impl fmt::Display for DataVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::DataVersion;
    use std::cmp::Ordering::{self, *};

    #[test]
    fn versions_compare_number_by_number() {
        let cases: [(&str, &str, Ordering); 6] = [
            ("2026.12.0", "2026.12.1", Less),
            ("2026.12.0", "2026.12", Equal),
            ("2026.9.0", "2026.10.0", Less),
            ("2027", "2026.12.9", Greater),
            ("1", "1.0.0", Equal),
            ("2026.12.10", "2026.12.9", Greater),
        ];
        for (a, b, want) in cases {
            let (x, y) = (
                DataVersion::parse(a).unwrap(),
                DataVersion::parse(b).unwrap(),
            );
            assert_eq!(x.cmp(&y), want, "{a} vs {b}");
        }
    }

    #[test]
    fn only_dotted_numbers_are_versions() {
        for bad in ["", "2026..1", "2026.12.0-rc1", "v2026", "2026.", " 2026"] {
            assert!(DataVersion::parse(bad).is_none(), "{bad:?}");
        }
    }
}
