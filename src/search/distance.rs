//! Edit distance for typo tolerance: Damerau-Levenshtein in its optimal
//! string alignment form (substitution, insertion, deletion, and
//! transposition of two adjacent letters each cost one), bounded so that a
//! hopeless comparison stops early, and the bound a query's length allows.

/// How many typos a query of `len` characters may contain and still match:
/// none up to three letters (too little to tell a typo from another name),
/// one up to eight, two up to twelve, then three.
pub fn typo_bound(len: usize) -> usize {
    let k = match len {
        0..=3 => 0,
        4..=8 => 1,
        9..=12 => 2,
        _ => 3,
    };
    // The bigram prefilter needs more bigrams than k edits can destroy
    // (three each); this holds for every length above, and stays true here.
    k.min(len.saturating_sub(1) / 3)
}

/// The distance from a query to a name, both as a whole and to the
/// name's best prefix (for type-ahead with a typo).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Distances {
    /// Query to the whole name.
    pub full: usize,
    /// Query to the closest prefix of the name (never more than `full`).
    pub prefix: usize,
}

/// Reusable rows for [`Scratch::distances`], so that scanning many names
/// does not allocate for each.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    rows: [Vec<usize>; 3],
}

impl Scratch {
    /// Optimal string alignment distances from `a` (the query) to `b` (a
    /// name) and to `b`'s closest prefix, or `None` once both are certain to
    /// exceed `max`. Values above `max` may be returned when one of the two
    /// is within it.
    pub fn distances(&mut self, a: &[char], b: &[char], max: usize) -> Option<Distances> {
        let m = b.len();
        let [prev2, prev, cur] = &mut self.rows;
        for row in [&mut *prev2, &mut *prev, &mut *cur] {
            row.clear();
            row.resize(m + 1, 0);
        }
        for (j, v) in prev.iter_mut().enumerate() {
            *v = j;
        }
        let mut prev_min = 0;
        for i in 1..=a.len() {
            cur[0] = i;
            let mut row_min = i;
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(prev2[j - 2] + 1);
                }
                cur[j] = v;
                row_min = row_min.min(v);
            }
            // Every cell depends on the two rows above it, so once two rows
            // in a row exceed the bound, every later one does too.
            if row_min > max && prev_min > max {
                return None;
            }
            prev_min = row_min;
            std::mem::swap(prev2, prev);
            std::mem::swap(prev, cur);
        }
        let prefix = prev.iter().copied().min().unwrap_or(0);
        Some(Distances {
            full: prev[m],
            prefix,
        })
    }
}

/// The optimal string alignment distance between two strings, if at most
/// `max`.
pub fn osa_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    Scratch::default()
        .distances(&a, &b, max)
        .map(|d| d.full)
        .filter(|&d| d <= max)
}

/// The optimal string alignment distance between two strings.
pub fn osa(a: &str, b: &str) -> usize {
    let n = a.chars().count().max(b.chars().count());
    osa_within(a, b, n).unwrap_or(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_typo_costs_one() {
        let cases = [
            ("furosemide", "furosemide", 0),
            ("furosimide", "furosemide", 1),        // substitution
            ("metfromin", "metformin", 1),          // transposition
            ("salbutamool", "salbutamol", 1),       // insertion
            ("spironolactne", "spironolactone", 1), // deletion
            ("lasix", "lasik", 1),
            ("ab", "ba", 1),
            ("ca", "abc", 3), // optimal string alignment, not unrestricted
            ("", "abc", 3),
            ("abc", "", 3),
            ("kitten", "sitting", 3),
            ("fenitoin", "phenytoin", 3),
        ];
        for (a, b, want) in cases {
            assert_eq!(osa(a, b), want, "{a} / {b}");
            assert_eq!(osa(b, a), want, "{b} / {a} (symmetric)");
        }
    }

    #[test]
    fn bounded_distance_gives_up_beyond_the_bound() {
        assert_eq!(osa_within("furosimide", "furosemide", 1), Some(1));
        assert_eq!(osa_within("furosemide", "torsemide", 2), None);
        assert_eq!(osa_within("furosemide", "torsemide", 3), Some(3));
        assert_eq!(osa_within("aaaaaaaaaa", "zzzzzzzzzz", 2), None);
        assert_eq!(osa_within("é", "e", 1), Some(1));
    }

    #[test]
    fn prefix_distance_is_to_the_closest_prefix() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        let mut s = Scratch::default();
        let d = s
            .distances(&chars("furosim"), &chars("furosemide"), 2)
            .unwrap();
        assert_eq!(d.prefix, 1);
        assert_eq!(d.full, 4);
        let d = s
            .distances(&chars("spiro"), &chars("spironolactone"), 1)
            .unwrap();
        assert_eq!(d.prefix, 0);
        assert!(
            s.distances(&chars("xyzzy"), &chars("furosemide"), 1)
                .is_none()
        );
    }

    #[test]
    fn the_bound_grows_with_length() {
        let bounds: Vec<usize> = (0..=14).map(typo_bound).collect();
        assert_eq!(bounds, [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3]);
        for len in 0..100 {
            assert!(len == 0 || 3 * typo_bound(len) < len, "{len}");
        }
    }
}
