//! Every hit the search gives scores inside its rung's named band, on the
//! shipped names: the names themselves, their starts, their letters with
//! some left out, with one letter changed, and inside longer text.

mod shipped;

use medrisk::search::ladder;
use shipped::shipped;

/// Queries made from one name, as a pharmacist might type them.
fn queries(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out = vec![name.to_owned()];
    if chars.len() > 5 {
        out.push(chars[..4].iter().collect());
        // Every other letter after the first few: letters in order.
        let skipped: String = chars
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 3 || i % 2 == 0)
            .map(|(_, c)| c)
            .collect();
        out.push(skipped);
        // One letter changed in the middle: a typo.
        let mut typo = chars.clone();
        let mid = chars.len() / 2;
        typo[mid] = if typo[mid] == 'a' { 'e' } else { 'a' };
        out.push(typo.into_iter().collect());
        // The end of the name: letters inside it.
        out.push(chars[chars.len() - 5..].iter().collect());
    }
    out
}

#[test]
fn every_hit_scores_inside_its_rungs_band() {
    let (ds, index) = shipped();
    let mut checked = 0usize;
    let mut kinds = std::collections::BTreeSet::new();
    for (i, entry) in ds.names().iter().enumerate() {
        // Every third name keeps the test quick and still covers every
        // kind of name (generic, brand, British, class, product).
        if i % 3 != 0 {
            continue;
        }
        for q in queries(&entry.name.to_lowercase()) {
            for hit in index.search(&q, 12) {
                let bands = ladder::bands(hit.kind);
                assert!(
                    bands.iter().any(|b| b.contains(hit.score)),
                    "{q:?} -> {} ({:?}) scored {} outside {bands:?}",
                    hit.matched,
                    hit.kind,
                    hit.score
                );
                checked += 1;
                kinds.insert(hit.kind.as_str());
            }
        }
    }
    // The sample reached every rung's kind of hit in quantity.
    assert!(checked > 10_000, "only {checked} hits checked");
    for (kind, _) in ladder::RUNGS {
        assert!(
            kinds.contains(kind.as_str()),
            "no {kind:?} hit in {kinds:?}"
        );
    }
}
