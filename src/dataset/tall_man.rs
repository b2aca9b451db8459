//! Tall-man lettering for a look-alike pair: the part where two names
//! differ is written in capitals ("DULoxetine" / "FLUoxetine") so that the
//! eye stops on it. A pure function of the two names; no list is consulted.

/// The two names with the part that tells them apart in capitals.
///
/// Letters are compared ignoring case. The shared start and the shared end
/// keep their case as written; the differing middle is upper-cased. When one
/// middle would be empty (one name is the other with letters inserted,
/// "prednisone" / "prednisolone"), the shared end is not kept apart either,
/// and when one name is the start of the other, its last letter joins the
/// middle, so that each name always shows a capitalised part. Names with
/// nothing in common at either end come back as written: there is nothing to
/// contrast.
pub fn tall_man(a: &str, b: &str) -> (String, String) {
    let a_chars: Vec<char> = a.chars().collect();
    let b_chars: Vec<char> = b.chars().collect();
    let same = |x: char, y: char| x.to_lowercase().eq(y.to_lowercase());
    let shortest = a_chars.len().min(b_chars.len());

    let mut prefix = a_chars
        .iter()
        .zip(&b_chars)
        .take_while(|(x, y)| same(**x, **y))
        .count();
    let mut suffix = a_chars
        .iter()
        .rev()
        .zip(b_chars.iter().rev())
        .take_while(|(x, y)| same(**x, **y))
        .count()
        .min(shortest - prefix);

    if prefix == a_chars.len() && prefix == b_chars.len() {
        // The same name (ignoring case): nothing differs.
        return (a.to_owned(), b.to_owned());
    }
    if prefix + suffix == a_chars.len() || prefix + suffix == b_chars.len() {
        suffix = 0;
    }
    if prefix == shortest {
        prefix = prefix.saturating_sub(1);
    }
    if prefix == 0 && suffix == 0 {
        return (a.to_owned(), b.to_owned());
    }
    (
        capitalise_middle(&a_chars, prefix, suffix),
        capitalise_middle(&b_chars, prefix, suffix),
    )
}

/// Of a medicine's names, the one a look-alike name is most easily taken
/// for: the one sharing the most letters at its start and end with it
/// (Celexa rather than citalopram for Celebrex). The first on a tie.
pub fn closest_name<'a>(names: &[&'a str], other: &str) -> Option<&'a str> {
    let shared = |name: &str| {
        let a: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
        let b: Vec<char> = other.chars().flat_map(char::to_lowercase).collect();
        let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let suffix = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        (prefix + suffix).min(a.len().min(b.len()))
    };
    names
        .iter()
        .copied()
        .fold(None, |best: Option<(&str, usize)>, name| {
            let n = shared(name);
            match best {
                Some((_, b)) if b >= n => best,
                _ => Some((name, n)),
            }
        })
        .map(|(name, _)| name)
}

fn capitalise_middle(chars: &[char], prefix: usize, suffix: usize) -> String {
    let end = chars.len() - suffix;
    let mut out: String = chars[..prefix].iter().collect();
    out.extend(chars[prefix..end].iter().flat_map(|c| c.to_uppercase()));
    out.extend(&chars[end..]);
    out
}

#[cfg(test)]
mod tests {
    use super::{closest_name, tall_man};

    #[test]
    fn capitalises_the_part_that_differs() {
        let cases = [
            // (a, b, a in tall-man, b in tall-man)
            ("duloxetine", "fluoxetine", "DULoxetine", "FLUoxetine"),
            ("furosemide", "torsemide", "FUROsemide", "TORsemide"),
            ("hydroxyzine", "hydralazine", "hydrOXYzine", "hydrALAzine"),
            ("prednisone", "prednisolone", "prednisoNE", "prednisoLONE"),
            ("Humalog", "Humulin", "HumALOG", "HumULIN"),
            ("clomipramine", "clomiphene", "clomipRAMIne", "clomipHEne"),
            // One name is the start of the other: its last letter is shown.
            ("Lasix", "Lasix XL", "LasiX", "LasiX XL"),
            // Nothing in common at either end: left as written.
            ("Lasix", "Toradol", "Lasix", "Toradol"),
            // The same name: nothing to contrast.
            ("Topamax", "topamax", "Topamax", "topamax"),
        ];
        for (a, b, want_a, want_b) in cases {
            assert_eq!(
                tall_man(a, b),
                (want_a.to_owned(), want_b.to_owned()),
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn is_symmetric_and_keeps_the_letters() {
        let pairs = [
            ("methadone", "methylphenidate"),
            ("cycloserine", "cyclosporine"),
            ("Solu-Medrol", "Depo-Medrol"),
        ];
        for (a, b) in pairs {
            let (ta, tb) = tall_man(a, b);
            let (tb2, ta2) = tall_man(b, a);
            assert_eq!((&ta, &tb), (&ta2, &tb2), "{a} / {b}");
            assert_eq!(ta.to_lowercase(), a.to_lowercase());
            assert_eq!(tb.to_lowercase(), b.to_lowercase());
            assert_ne!(ta, a, "{a} shows a capitalised part");
        }
    }

    #[test]
    fn picks_the_name_the_look_alike_resembles() {
        let cases: [(&[&str], &str, Option<&str>); 4] = [
            (
                &["citalopram", "Celexa", "Cipramil"],
                "Celebrex",
                Some("Celexa"),
            ),
            (
                &["furosemide", "frusemide", "Lasix"],
                "torsemide",
                Some("furosemide"),
            ),
            (&["lamotrigine", "Lamictal"], "Lamisil", Some("Lamictal")),
            (&[], "anything", None),
        ];
        for (names, other, want) in cases {
            assert_eq!(closest_name(names, other), want, "{other}");
        }
    }
}
