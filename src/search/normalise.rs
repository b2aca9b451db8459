//! Query normalisation: from whatever was typed to the words that are
//! searched. Builds on [`name_key`] (case, accents, punctuation, spacing) so
//! that query keys agree with the validator's name keys, then drops the
//! strength, unit, form and release words a prescription carries
//! ("simvastatin 20 mg tab" searches for "simvastatin").

use crate::dataset::name_key;

/// The most characters of a query that are read; the rest is ignored.
///
/// The longest names in the dataset are well under 60 characters; 100 leaves
/// room for a name followed by its strength and form ("ipratropium bromide
/// and albuterol sulfate 0.5 mg/2.5 mg in 3 mL nebuliser solution") while
/// bounding the work per query: the typo stage costs query length × name
/// length per candidate, and nothing useful is ever typed past this.
pub const MAX_QUERY_CHARS: usize = 100;

/// The most characters of the normalised query (spaces removed) that are
/// compared with names. Unicode normalisation can expand a character into
/// several (one Arabic ligature becomes 18 letters), so the key is capped as
/// well as the input; 64 is longer than any name.
pub const MAX_KEY_CHARS: usize = 64;

/// Units of strength or volume, ignored in a query.
const UNITS: &[&str] = &[
    "mg",
    "mgs",
    "mcg",
    "mcgs",
    "ug",
    "\u{b5}g",
    "μg",
    "g",
    "gm",
    "gram",
    "grams",
    "microgram",
    "micrograms",
    "milligram",
    "milligrams",
    "ml",
    "mls",
    "millilitre",
    "millilitres",
    "milliliter",
    "milliliters",
    "l",
    "litre",
    "liter",
    "mmol",
    "meq",
    "iu",
    "unit",
    "units",
    "dose",
    "doses",
    "x",
];

/// Dosage forms and devices, ignored in a query.
const FORMS: &[&str] = &[
    "tab",
    "tabs",
    "tablet",
    "tablets",
    "cap",
    "caps",
    "capsule",
    "capsules",
    "inhaler",
    "inhalers",
    "inh",
    "evohaler",
    "accuhaler",
    "easyhaler",
    "turbohaler",
    "diskus",
    "nebule",
    "nebules",
    "neb",
    "nebs",
    "nebuliser",
    "nebulizer",
    "oral",
    "solution",
    "soln",
    "susp",
    "suspension",
    "syrup",
    "liquid",
    "elixir",
    "injection",
    "inj",
    "infusion",
    "cream",
    "ointment",
    "gel",
    "drops",
    "eye",
    "ear",
    "nasal",
    "patch",
    "patches",
    "spray",
    "sachet",
    "sachets",
    "powder",
    "lozenge",
    "lozenges",
    "suppository",
    "suppositories",
    "dispersible",
    "soluble",
    "effervescent",
    "chewable",
    "orodispersible",
    "film",
    "coated",
    "gastro",
    "resistant",
    "ec",
];

/// Release words and their abbreviations, ignored in a query.
const RELEASE: &[&str] = &[
    "xl",
    "sr",
    "mr",
    "er",
    "la",
    "cr",
    "xr",
    "dr",
    "cd",
    "retard",
    "continus",
    "chrono",
    "modified",
    "prolonged",
    "extended",
    "sustained",
    "controlled",
    "delayed",
    "release",
];

/// Whether a word of a query says nothing about which medicine is meant.
fn is_noise(word: &str) -> bool {
    UNITS.contains(&word) || FORMS.contains(&word) || RELEASE.contains(&word) || is_strength(word)
}

/// "20", "20mg", "5ml", "28tabs": digits, optionally followed by a unit or
/// form word.
fn is_strength(word: &str) -> bool {
    let split = word
        .char_indices()
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(word.len(), |(i, _)| i);
    if split == 0 {
        return false;
    }
    let rest = &word[split..];
    rest.is_empty() || UNITS.contains(&rest) || FORMS.contains(&rest)
}

/// Splits a strength glued to a name ("simvastatin20mg") when at least four
/// letters come first, so "b12" and "k2" stay whole.
fn split_glued(word: &str) -> Option<(&str, &str)> {
    let (i, _) = word.char_indices().find(|(_, c)| c.is_ascii_digit())?;
    let head = &word[..i];
    let tail = &word[i..];
    (head.chars().count() >= 4 && head.chars().all(char::is_alphabetic) && is_strength(tail))
        .then_some((head, tail))
}

/// A query after normalisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalised {
    /// [`name_key`] of the (truncated) input: every word, single spaces.
    pub key: String,
    /// The words searched for: `key` without strength, unit, form and
    /// release words (all of `key` if that would leave nothing).
    pub words: Vec<String>,
    /// `words` joined without spaces and capped at [`MAX_KEY_CHARS`]: what
    /// is compared with a name's compact key.
    pub compact: String,
    /// `key` without spaces, capped likewise (for names that contain a form
    /// word themselves, such as "water tablets" or "K-Tab").
    pub raw_compact: String,
    /// Whether the input was longer than [`MAX_QUERY_CHARS`].
    pub truncated: bool,
}

impl Normalised {
    pub fn new(query: &str) -> Normalised {
        let truncated = query.chars().nth(MAX_QUERY_CHARS).is_some();
        let input: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let key = name_key(&input);
        let mut words: Vec<String> = Vec::new();
        for w in key.split(' ').filter(|w| !w.is_empty()) {
            match split_glued(w) {
                Some((head, _)) => words.push(head.to_owned()),
                None if is_noise(w) => {}
                None => words.push(w.to_owned()),
            }
        }
        if words.is_empty() {
            words = key
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
        }
        let compact = cap(words.iter().flat_map(|w| w.chars()));
        let raw_compact = cap(key.chars().filter(|&c| c != ' '));
        Normalised {
            key,
            words,
            compact,
            raw_compact,
            truncated,
        }
    }

    /// The searched words, space-separated: what a correction corrected.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// A name's compact key without the release words that end it
/// ("Uniphyllin Continus" → "uniphyllin", "Adalat LA" → "adalat"), when it
/// ends with any and other words remain: the brand as people say it.
pub fn release_stem(key: &str) -> Option<String> {
    // A single word leaves either nothing or all of it: no stem.
    if !key.contains(' ') {
        return None;
    }
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let keep = words
        .iter()
        .rposition(|w| !RELEASE.contains(w))
        .map_or(0, |i| i + 1);
    (keep > 0 && keep < words.len()).then(|| words[..keep].concat())
}

/// The parts of a text a correction must never change: every number with
/// the letter written just before it, and every one-letter word ("vitamin
/// B12" → ["b12"], "vitamin b 12" → ["b12"], "vitamin K" → ["k"]). A typo
/// correction from "B12" to "D2" would change a different vitamin, not a
/// spelling.
pub fn protected_tokens(text: &str) -> Vec<String> {
    let key = name_key(text);
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let letter = w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
        let next_number = words
            .get(i + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        let word = if letter && next_number {
            i += 1;
            format!("{w}{}", words[i])
        } else {
            w.to_owned()
        };
        i += 1;
        if word.chars().count() == 1 {
            out.push(word);
            continue;
        }
        let chars: Vec<char> = word.chars().collect();
        let mut j = 0;
        while j < chars.len() {
            if !chars[j].is_ascii_digit() {
                j += 1;
                continue;
            }
            let start = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let before = start
                .checked_sub(1)
                .map(|b| chars[b])
                .filter(|c| c.is_alphabetic());
            out.push(
                before
                    .into_iter()
                    .chain(chars[start..j].iter().copied())
                    .collect(),
            );
        }
    }
    out
}

/// A name's compact key: its [`name_key`] without spaces.
pub fn compact(key: &str) -> String {
    key.replace(' ', "")
}

fn cap(chars: impl Iterator<Item = char>) -> String {
    chars.take(MAX_KEY_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_form_and_release_words_are_dropped() {
        let cases = [
            ("simvastatin 20 mg tab", "simvastatin"),
            ("Simvastatin 20mg tablets", "simvastatin"),
            ("simvastatin20mg", "simvastatin"),
            ("Nifedipine XL 30", "nifedipine"),
            ("salbutamol 100 micrograms/dose inhaler", "salbutamol"),
            ("Salbutamol 100 µg Evohaler", "salbutamol"),
            ("furosemide 40 mg/5 ml oral solution", "furosemide"),
            ("Lithium carbonate 400 mg MR", "lithium carbonate"),
            ("co-amilofruse 5/40", "co amilofruse"),
            ("  FUROSEMIDE  ", "furosemide"),
            ("Lévothyroxine", "levothyroxine"),
            ("vitamin b12", "vitamin b12"),
            ("K-Tab", "k"),
        ];
        for (input, want) in cases {
            assert_eq!(Normalised::new(input).text(), want, "{input:?}");
        }
    }

    #[test]
    fn release_words_that_end_a_brand_leave_its_stem() {
        let cases = [
            ("uniphyllin continus", Some("uniphyllin")),
            ("mst continus", Some("mst")),
            ("adalat la", Some("adalat")),
            ("tegretol retard", Some("tegretol")),
            ("zomorph", None),
            ("la", None),
            ("co codamol", None),
        ];
        for (key, want) in cases {
            assert_eq!(release_stem(key).as_deref(), want, "{key}");
        }
    }

    #[test]
    fn numbers_and_one_letter_words_are_protected() {
        let cases: &[(&str, &[&str])] = &[
            ("vitamin B12", &["b12"]),
            ("Vitamin B 12", &["b12"]),
            ("vitamin D2", &["d2"]),
            ("vitamin K", &["k"]),
            ("vitamin D3 1000", &["d3", "1000"]),
            ("furosemide", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(protected_tokens(text), *want, "{text}");
        }
    }

    #[test]
    fn a_query_of_only_noise_words_is_kept() {
        let n = Normalised::new("Tablets");
        assert_eq!(n.text(), "tablets");
        assert_eq!(n.compact, "tablets");
        assert_eq!(Normalised::new("20 mg").text(), "20 mg");
    }

    #[test]
    fn compact_keys_ignore_inner_spacing_and_punctuation() {
        assert_eq!(Normalised::new("co amilofruse").compact, "coamilofruse");
        assert_eq!(Normalised::new("Co-Amilofruse").compact, "coamilofruse");
        assert_eq!(Normalised::new("furo semide").compact, "furosemide");
        assert_eq!(Normalised::new("water tablets").raw_compact, "watertablets");
        assert_eq!(compact("loop diuretics"), "loopdiuretics");
    }

    #[test]
    fn keys_agree_with_the_validator() {
        for name in [
            "Co-Amilofruse",
            "Lasix",
            "Ventolin Evohaler",
            "ipratropium/albuterol",
        ] {
            assert_eq!(Normalised::new(name).key, name_key(name));
        }
    }

    #[test]
    fn long_and_odd_input_is_bounded() {
        let long = "a".repeat(10_000);
        let n = Normalised::new(&long);
        assert!(n.truncated);
        assert_eq!(n.compact.chars().count(), MAX_KEY_CHARS);
        let ligatures = "\u{FDFA}".repeat(MAX_QUERY_CHARS);
        assert!(Normalised::new(&ligatures).compact.chars().count() <= MAX_KEY_CHARS);
        assert_eq!(Normalised::new("").compact, "");
        assert_eq!(Normalised::new("!!! ---").compact, "");
        assert!(!Normalised::new("furosemide").truncated);
    }
}
