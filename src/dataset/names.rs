//! The one rule for when two spellings are the same name: case, accents,
//! punctuation and spacing do not count. Both the validator's uniqueness
//! check and the search index key names with [`name_key`], so a name that is
//! unique in the dataset is also unambiguous to search.

use unicode_normalization::UnicodeNormalization;

/// Lower case, accents removed, every run of characters that are not letters
/// or digits turned into one space, trimmed. `"Co-Amilofruse "` and
/// `"co amilofruse"` both become `"co amilofruse"`.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn keys_ignore_case_accents_punctuation_and_spacing() {
        let cases = [
            ("Furosemide", "furosemide"),
            ("  co-amilofruse ", "co amilofruse"),
            ("Co  Amilofruse", "co amilofruse"),
            ("ipratropium/albuterol", "ipratropium albuterol"),
            ("Bisoprolol Fumarate", "bisoprolol fumarate"),
            ("Lévothyroxine", "levothyroxine"),
            ("K-Tab", "k tab"),
            ("!!!", ""),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(name_key(input), want, "{input:?}");
        }
    }
}
