//! "Which single medicine does this text mean", one rule for `show`, the
//! counter check and the window, as a table over the shipped dataset: each
//! text with the medicine it must resolve to, or the reason it must stay
//! open and candidates that must be offered.

mod shipped;

use medrisk::dataset::NameTarget;
use medrisk::search::{MatchKind, Resolution, Unresolved, resolve};
use shipped::shipped;

/// What a text must come to.
enum Want {
    /// Resolved to this medicine or product, matched this way, with this
    /// correction.
    One(&'static str, MatchKind, Option<&'static str>),
    /// Left open for this reason, offering at least these.
    Open(Unresolved, &'static [&'static str]),
}

use MatchKind::{Exact, Typo};
use Want::{One, Open};

const TABLE: &[(&str, Want)] = &[
    // Exact names, whatever the case, strength or form words.
    ("furosemide", One("furosemide", Exact, None)),
    ("Lasix 40mg", One("furosemide", Exact, None)),
    ("FRUSEMIDE 20 mg tablets", One("furosemide", Exact, None)),
    ("Ventolin inhaler", One("albuterol", Exact, None)),
    ("co-trimoxazole", One("co-trimoxazole", Exact, None)),
    ("Voltarol gel", One("Voltarol Emulgel", Exact, None)),
    // A labelled correction with nothing close behind it.
    ("furosimide", One("furosemide", Typo, Some("furosimide"))),
    ("metforman", One("metformin", Typo, Some("metforman"))),
    // "pred" is prednisolone to a UK pharmacist and prednisone to a US
    // one: never decided without asking.
    (
        "pred",
        Open(Unresolved::PrefixOnly, &["prednisone", "prednisolone"]),
    ),
    (
        "predni",
        Open(Unresolved::PrefixOnly, &["prednisone", "prednisolone"]),
    ),
    ("spiro", Open(Unresolved::PrefixOnly, &["spironolactone"])),
    // Letters left out: a guess, so it asks.
    (
        "prednisne",
        Open(Unresolved::Ambiguous, &["prednisone", "prednisolone"]),
    ),
    ("hydrzine", Open(Unresolved::Ambiguous, &["hydroxyzine"])),
    ("sertaline", Open(Unresolved::Ambiguous, &["sertraline"])),
    // A correction whose runner-up is its look-alike partner asks.
    (
        "prednisoune",
        Open(Unresolved::Ambiguous, &["prednisone", "prednisolone"]),
    ),
    // One edit from two names: a tie.
    ("Zocar", Open(Unresolved::Ambiguous, &["simvastatin"])),
    // A class is not one medicine.
    (
        "Statins",
        Open(Unresolved::Class, &["simvastatin", "atorvastatin"]),
    ),
    (
        "loop diuretics",
        Open(Unresolved::Class, &["furosemide", "bumetanide"]),
    ),
    // Nothing near: no suggestions that only share a few letters.
    ("zzqx", Open(Unresolved::NoMatch, &[])),
    ("xylophone", Open(Unresolved::NoMatch, &[])),
    ("asprin", Open(Unresolved::Ambiguous, &["aspirin"])),
    // A brand said without its release word is the brand.
    ("Uniphyllin", One("theophylline", Exact, None)),
    ("Uniphyllin Continus", One("theophylline", Exact, None)),
    ("MST", One("morphine", Exact, None)),
    // A correction never changes a number or a one-letter word: "D4" is
    // not a misspelt "D2" (and "B12" is on the counter shelf by name).
    ("vitamin D4", Open(Unresolved::NoMatch, &[])),
    ("vitamin B12", One("cyanocobalamin", Exact, None)),
    ("vitamin D2", One("ergocalciferol", Exact, None)),
];

/// What "vitamin B12" and its like may never become, whatever else is
/// offered.
#[test]
fn corrections_never_change_a_number_or_a_one_letter_word() {
    let (ds, index) = shipped();
    for (text, never) in [
        ("vitamin B12", "ergocalciferol"),
        ("vitamin B12", "cholecalciferol"),
        ("vitamin D4", "ergocalciferol"),
        ("vitamin K", "tocopherol"),
    ] {
        let got = resolve(ds, index, text);
        let names: Vec<&str> = match &got {
            Resolution::One(r) => vec![ds.target_name(r.target)],
            Resolution::Open { candidates, .. } => {
                candidates.iter().map(|c| c.name.as_str()).collect()
            }
        };
        assert!(!names.contains(&never), "{text} -> {names:?}");
    }
}

#[test]
fn resolution_table() {
    let (ds, index) = shipped();
    let mut failures = Vec::new();
    for (text, want) in TABLE {
        let got = resolve(ds, index, text);
        let ok = match (want, &got) {
            (One(name, kind, corrected), Resolution::One(r)) => {
                ds.target_name(r.target) == *name
                    && r.kind == *kind
                    && r.corrected_from.as_deref() == *corrected
            }
            (
                Open(reason, must),
                Resolution::Open {
                    reason: r,
                    candidates,
                },
            ) => {
                let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();
                reason == r
                    && must.iter().all(|m| names.contains(m))
                    && (!must.is_empty() || names.is_empty())
            }
            _ => false,
        };
        if !ok {
            failures.push(format!("{text:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_resolution_is_never_a_class_and_candidates_are_never_classes() {
    let (ds, index) = shipped();
    for text in [
        "Statins",
        "beta",
        "diuretic",
        "pred",
        "zzz",
        "ACE inhibitors",
    ] {
        match resolve(ds, index, text) {
            Resolution::One(r) => assert!(!matches!(r.target, NameTarget::Class(_)), "{text}"),
            Resolution::Open { candidates, .. } => {
                for c in candidates {
                    assert!(!matches!(c.target, NameTarget::Class(_)), "{text}: {c:?}");
                    // A candidate's name resolves to it exactly: one click settles it.
                    match resolve(ds, index, &c.name) {
                        Resolution::One(r) => assert_eq!(r.target, c.target, "{text}: {c:?}"),
                        other => panic!("{text}: candidate {c:?} does not resolve: {other:?}"),
                    }
                }
            }
        }
    }
}

#[test]
fn reasons_have_fixed_words() {
    let words: Vec<&str> = [
        Unresolved::NoMatch,
        Unresolved::Ambiguous,
        Unresolved::Class,
        Unresolved::PrefixOnly,
    ]
    .iter()
    .map(|r| r.as_str())
    .collect();
    assert_eq!(words, ["no_match", "ambiguous", "class", "prefix_only"]);
}

#[test]
fn loose_matches_offer_only_names_near_in_length() {
    let (ds, index) = shipped();
    for (text, only) in [
        ("asprin", &["aspirin"][..]),
        ("sertaline", &["sertraline"][..]),
    ] {
        match resolve(ds, index, text) {
            Resolution::Open { candidates, .. } => {
                let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();
                assert_eq!(names, only, "{text}");
            }
            other => panic!("{text}: {other:?}"),
        }
    }
}
