//! Names a counter sees that are not (exactly) in the dataset: what the
//! counter check may offer for each, and what it must. An unknown name is
//! never offered a far-off medicine ("Dramamine" is not dextroamphetamine,
//! "Kalms" is not a muscle relaxant): whatever is offered for a name that
//! matches nothing lies within the stated distance.

mod shipped;

use medrisk::dataset::{Dataset, name_key};
use medrisk::search::{Index, Resolution, Unresolved, near_bound, osa, resolve};
use shipped::shipped;

/// (what was typed, what must be offered, what else may be).
const TABLE: &[(&str, &[&str], &[&str])] = &[
    // Nothing near: nothing offered.
    ("xylophone", &[], &[]),
    ("qwerty", &[], &[]),
    ("zzqx", &[], &[]),
    ("Kalms", &[], &[]),
    ("Sominex", &[], &[]),
    // Near misses of counter brands offer the brand, and only it.
    ("Dramamin", &["dimenhydrinate"], &["meclizine"]),
    ("Serk", &["betahistine"], &[]),
    ("Lemsp", &["Lemsip Cold & Flu"], &[]),
    ("Nite Nurse", &["Night Nurse"], &[]),
    ("Solpadine", &["Solpadeine Plus"], &[]),
    ("ZzzQill", &["diphenhydramine"], &[]),
    ("Anadine", &["Anadin Extra"], &[]),
    ("asprin", &["aspirin"], &[]),
    // An abbreviation reaches what its letters spell.
    ("hctz", &["hydrochlorothiazide"], &[]),
];

fn offered(ds: &Dataset, index: &Index, text: &str) -> (Option<Unresolved>, Vec<String>) {
    match resolve(ds, index, text) {
        Resolution::One(r) => (None, vec![ds.target_name(r.target).to_owned()]),
        Resolution::Open { reason, candidates } => (
            Some(reason),
            candidates.into_iter().map(|c| c.name).collect(),
        ),
    }
}

#[test]
fn unknown_names_are_offered_only_what_is_near() {
    let (ds, index) = shipped();
    let mut failures = Vec::new();
    for (text, must, may) in TABLE {
        let (reason, names) = offered(ds, index, text);
        if reason.is_none() {
            failures.push(format!("{text}: resolved to {names:?} without asking"));
            continue;
        }
        for m in *must {
            if !names.iter().any(|n| n == m) {
                failures.push(format!("{text}: must offer {m}, offered {names:?}"));
            }
        }
        for n in &names {
            if !must.contains(&n.as_str()) && !may.contains(&n.as_str()) {
                failures.push(format!("{text}: offered {n}, which is not near"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// For a name that matches nothing, every suggestion is one of the target's
/// names within [`near_bound`] edits of what was typed.
#[test]
fn suggestions_for_no_match_lie_within_the_stated_distance() {
    let (ds, index) = shipped();
    let mut checked = 0;
    for text in [
        "Nite Nurse",
        "xylophone",
        "Dramameen",
        "Beechems",
        "paracetamoll",
        "Pro Plux",
        "Nicorete",
    ] {
        let (reason, _) = offered(ds, index, text);
        if reason != Some(Unresolved::NoMatch) {
            continue;
        }
        let Resolution::Open { candidates, .. } = resolve(ds, index, text) else {
            unreachable!()
        };
        let typed: String = name_key(text).chars().filter(|c| *c != ' ').collect();
        let bound = near_bound(typed.chars().count());
        for c in candidates {
            let name = c.matched.as_deref().unwrap_or(&c.name);
            let key: String = name_key(name).chars().filter(|c| *c != ' ').collect();
            let d = osa(&typed, &key);
            assert!(
                d <= bound,
                "{text}: {name} is {d} edits away (bound {bound})"
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no suggestion was checked");
}
