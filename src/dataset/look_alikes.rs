//! Look-alike/sound-alike partners of every medicine and product, both
//! ways, and the official tall-man spellings. Built once when the dataset
//! is assembled; the search index, the drug page, `show` and the counter
//! check all ask here rather than working it out themselves.
//!
//! A medicine's partners come from its own `lasa` list (names that may not
//! be in the dataset), from every other entry whose `lasa` names it, and
//! from the `look_alikes` pairs (both names in the dataset).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::model::{Drug, LookAlikePair, Product, TallMan};
use super::tall_man::tall_man;
use super::{DrugId, NameEntry, NameTarget, ProductId, name_key};

/// A name a medicine is confused with, and who says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    /// As written in the list or the dataset ("Celexa").
    pub name: String,
    /// The medicine or product it names, when it is in the dataset.
    pub target: Option<NameTarget>,
    /// The source id of the list that records the pair.
    pub source: String,
    /// Which of the medicine's own names the list pairs it with, when the
    /// list names it ("Celebrex" for Celexa, not "celecoxib").
    pub paired_with: Option<String>,
}

/// Two names written so that the eye stops on where they differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contrast {
    pub a: String,
    pub b: String,
    /// Where the capitals come from.
    pub letters: TallManOrigin,
}

/// Where tall-man capitals come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TallManOrigin {
    /// Both spellings are on a safety list; the source ids, `a`'s first.
    Official(Vec<String>),
    /// Neither or only one is: the capitals are worked out from the letters
    /// that differ, and labelled as such wherever shown.
    Computed,
}

/// Everything about confusable names, built once.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct LookAlikes {
    #[serde(with = "super::compiled::sorted_map")]
    partners: HashMap<NameTarget, Vec<Partner>>,
    /// By [`name_key`].
    #[serde(with = "super::compiled::sorted_map")]
    spellings: HashMap<String, TallMan>,
    pairs: usize,
}

impl LookAlikes {
    pub(super) fn build(
        drugs: &[Drug],
        products: &[Product],
        pairs: &[LookAlikePair],
        spellings: &[TallMan],
        names: &[NameEntry],
        name_index: &HashMap<String, usize>,
    ) -> LookAlikes {
        let target_of = |name: &str| name_index.get(&name_key(name)).map(|&i| names[i].target);
        let primary = |t: NameTarget| -> &str {
            match t {
                NameTarget::Drug(d) => &drugs[d.0].generic,
                NameTarget::Product(p) => &products[p.0].name,
                NameTarget::Class(_) => "",
            }
        };
        let own = drugs
            .iter()
            .enumerate()
            .map(|(i, d)| (NameTarget::Drug(DrugId(i)), &d.lasa))
            .chain(
                products
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (NameTarget::Product(ProductId(i)), &p.lasa)),
            );
        let mut partners: HashMap<NameTarget, Vec<Partner>> = HashMap::new();
        let mut add = |owner: NameTarget,
                       name: &str,
                       target: Option<NameTarget>,
                       source: &str,
                       paired_with: Option<&str>| {
            if target == Some(owner) {
                return;
            }
            let list = partners.entry(owner).or_default();
            let key = name_key(name);
            let listed = list
                .iter()
                .any(|p| name_key(&p.name) == key || (target.is_some() && p.target == target));
            if !listed {
                list.push(Partner {
                    name: name.to_owned(),
                    target,
                    source: source.to_owned(),
                    paired_with: paired_with.map(str::to_owned),
                });
            }
        };
        let mut reverse = Vec::new();
        for (owner, list) in own {
            for l in list {
                let target = target_of(&l.name);
                add(owner, &l.name, target, &l.source, None);
                if let Some(t) = target {
                    reverse.push((t, owner, l.source.clone(), l.name.clone()));
                }
            }
        }
        // The recorded pairs before the reverse of own lists, so that a
        // partner is named as the list names it (Celexa, not citalopram).
        for p in pairs {
            let (a, b) = (&p.names.0, &p.names.1);
            if let (Some(ta), Some(tb)) = (target_of(a), target_of(b)) {
                add(ta, b, Some(tb), &p.source, Some(a));
                add(tb, a, Some(ta), &p.source, Some(b));
            }
        }
        for (t, owner, source, listed) in reverse {
            add(t, primary(owner), Some(owner), &source, Some(&listed));
        }
        partners.retain(|_, v| !v.is_empty());
        LookAlikes {
            partners,
            spellings: spellings
                .iter()
                .map(|t| (name_key(&t.name), t.clone()))
                .collect(),
            pairs: pairs.len(),
        }
    }

    pub(super) fn partners(&self, target: NameTarget) -> &[Partner] {
        self.partners.get(&target).map_or(&[], Vec::as_slice)
    }

    pub(super) fn spelling(&self, name: &str) -> Option<&TallMan> {
        self.spellings.get(&name_key(name))
    }

    pub(super) fn counts(&self) -> (usize, usize) {
        (self.pairs, self.spellings.len())
    }

    /// `a` and `b` with tall-man capitals: the safety list's own when both
    /// are on it, otherwise worked out and labelled computed.
    pub(super) fn contrast(&self, a: &str, b: &str) -> Contrast {
        match (self.spelling(a), self.spelling(b)) {
            (Some(x), Some(y)) => Contrast {
                a: x.name.clone(),
                b: y.name.clone(),
                letters: TallManOrigin::Official(vec![x.source.clone(), y.source.clone()]),
            },
            _ => {
                let (a, b) = tall_man(a, b);
                Contrast {
                    a,
                    b,
                    letters: TallManOrigin::Computed,
                }
            }
        }
    }
}
