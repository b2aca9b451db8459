//! Checks on the name data beyond the name index: look-alike pairs and
//! tall-man spellings must name dataset names, and a drug's UK name and INN
//! must be among its own names.

use std::collections::{HashMap, HashSet};

use super::{Checker, Origin};
use crate::dataset::model::*;
use crate::dataset::spans::Step;
use crate::dataset::{NameEntry, NameTarget, name_key};

/// What the name checks look names up in.
pub(super) struct NameLookup<'a> {
    pub names: &'a [NameEntry],
    pub index: &'a HashMap<String, usize>,
    pub source_ok: &'a dyn Fn(&str) -> bool,
}

impl NameLookup<'_> {
    fn target(&self, name: &str) -> Option<NameTarget> {
        self.index
            .get(&name_key(name))
            .map(|&i| self.names[i].target)
    }
}

pub(super) fn check_look_alikes(
    c: &mut Checker<'_>,
    pairs: &[(Origin, &LookAlikePair)],
    known: &NameLookup<'_>,
) {
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for (o, p) in pairs {
        let base = [Step::Field("look_alikes"), Step::Index(o.index)];
        let (a, b) = (&p.names.0, &p.names.1);
        let entity = format!("look-alike pair \"{a}\" / \"{b}\"");
        let mut targets = Vec::new();
        for (k, name) in [a, b].into_iter().enumerate() {
            let at = [base[0], base[1], Step::Field("names"), Step::Index(k)];
            match known.target(name) {
                Some(NameTarget::Class(_)) => c.error(
                    o.file,
                    &at,
                    format!("{entity}: \"{name}\" is a class name, not a medicine"),
                ),
                Some(t) => targets.push(t),
                None => c.error(
                    o.file,
                    &at,
                    format!(
                        "{entity}: \"{name}\" is not a name in the dataset (a partner that is not goes in the medicine's own `lasa`)"
                    ),
                ),
            }
        }
        if let [x, y] = targets.as_slice()
            && x == y
        {
            c.error(
                o.file,
                &base,
                format!("{entity}: both names are the same medicine"),
            );
        }
        let mut key = [name_key(a), name_key(b)];
        key.sort();
        let [k0, k1] = key;
        if !seen.insert((k0, k1)) {
            c.error(o.file, &base, format!("{entity}: listed twice"));
        }
        if !(known.source_ok)(&p.source) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("source")],
                format!("{entity}: cites unknown source \"{}\"", p.source),
            );
        }
    }
}

pub(super) fn check_tall_man(
    c: &mut Checker<'_>,
    spellings: &[(Origin, &TallMan)],
    known: &NameLookup<'_>,
) {
    let mut seen: HashSet<String> = HashSet::new();
    for (o, t) in spellings {
        let base = [Step::Field("tall_man"), Step::Index(o.index)];
        let entity = format!("tall-man spelling \"{}\"", t.name);
        let name_at = [base[0], base[1], Step::Field("name")];
        if known.target(&t.name).is_none() {
            c.error(
                o.file,
                &name_at,
                format!("{entity}: not a name in the dataset"),
            );
        }
        let has_upper = t.name.chars().any(char::is_uppercase);
        let has_lower = t.name.chars().any(char::is_lowercase);
        if !(has_upper && has_lower) {
            c.error(
                o.file,
                &name_at,
                format!("{entity}: must mix lower case and tall (capital) letters"),
            );
        }
        if !seen.insert(name_key(&t.name)) {
            c.error(o.file, &name_at, format!("{entity}: listed twice"));
        }
        if !(known.source_ok)(&t.source) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("source")],
                format!("{entity}: cites unknown source \"{}\"", t.source),
            );
        }
    }
}

/// A drug's `uk_name` and `inn` must be among its `international` names and
/// differ from its generic name.
pub(super) fn check_local_names(c: &mut Checker<'_>, drugs: &[(Origin, &Drug)]) {
    for (o, d) in drugs {
        let base = [Step::Field("drugs"), Step::Index(o.index)];
        let entity = format!("drug \"{}\"", d.generic);
        for (field, value) in [("uk_name", &d.uk_name), ("inn", &d.inn)] {
            let Some(name) = value else { continue };
            let at = [base[0], base[1], Step::Field(field)];
            if name_key(name) == name_key(&d.generic) {
                c.error(
                    o.file,
                    &at,
                    format!("{entity}: {field} \"{name}\" is the generic name; leave it out"),
                );
            } else if !d.international.iter().any(|n| n == name) {
                c.error(
                    o.file,
                    &at,
                    format!("{entity}: {field} \"{name}\" must also be listed in `international`"),
                );
            }
        }
    }
}
