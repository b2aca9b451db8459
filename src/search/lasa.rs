//! Look-alike/sound-alike partners of each drug or product, both ways: a
//! drug's own `lasa` list, plus every other drug or product that lists one
//! of its names (so Tazocin carries "pentazocine" when only pentazocine's
//! entry names Tazocin).

use std::collections::HashMap;

use crate::dataset::{Dataset, NameTarget, name_key};

/// Every target's partners, own list first (as written), then reverse
/// partners by primary name; no name twice, never the target itself.
pub fn partners(ds: &Dataset) -> HashMap<NameTarget, Vec<String>> {
    let mut own: Vec<(NameTarget, Vec<String>)> = Vec::new();
    for id in ds.drug_ids() {
        let names = ds.drug(id).lasa.iter().map(|l| l.name.clone()).collect();
        own.push((NameTarget::Drug(id), names));
    }
    for i in 0..ds.products().len() {
        let id = crate::dataset::ProductId(i);
        let names = ds.product(id).lasa.iter().map(|l| l.name.clone());
        own.push((NameTarget::Product(id), names.collect()));
    }
    let mut out: HashMap<NameTarget, Vec<String>> = HashMap::new();
    for (target, names) in &own {
        for name in names {
            push_unique(out.entry(*target).or_default(), name, ds, *target);
        }
    }
    for (target, names) in &own {
        for name in names {
            if let Some(entry) = ds.lookup_name(name)
                && entry.target != *target
            {
                let back = ds.target_name(*target).to_owned();
                push_unique(
                    out.entry(entry.target).or_default(),
                    &back,
                    ds,
                    entry.target,
                );
            }
        }
    }
    out.retain(|_, v| !v.is_empty());
    out
}

/// Adds `name` unless it is the owner itself or already listed, by name or
/// by what it names in the dataset ("Celexa" and "citalopram" are one).
fn push_unique(list: &mut Vec<String>, name: &str, ds: &Dataset, owner: NameTarget) {
    let key = name_key(name);
    let target = ds.lookup_name(name).map(|e| e.target);
    let listed = list.iter().any(|n| {
        name_key(n) == key || (target.is_some() && ds.lookup_name(n).map(|e| e.target) == target)
    });
    if target != Some(owner) && !listed {
        list.push(name.to_owned());
    }
}
