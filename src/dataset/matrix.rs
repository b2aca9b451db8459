//! The class matrix: for every class and every flag, whether the class
//! passes the flag on (established evidence) and which of its own members
//! differ; and for every flag, the medicines that raise it. Computed once
//! per dataset (each drug's effects are walked once), so a view can keep it
//! and draw from it every frame.

use std::collections::HashSet;

use super::flags::{EffectFlag, Strength};
use super::{ClassId, Dataset, DrugId, effects::findings_in};

/// One class's row.
#[derive(Debug, Clone)]
pub struct MatrixRow {
    pub class: ClassId,
    /// 0 for a top-level class, 1 for its sub-classes, and so on.
    pub depth: usize,
    /// One cell per flag, in [`ClassMatrix::flags`] order.
    pub cells: Vec<MatrixCell>,
    /// Per flag: whether the class or any medicine under it raises it (what
    /// the filtered views show).
    pub shown: Vec<bool>,
    /// How many medicines the class holds, sub-classes included.
    pub members_deep: usize,
}

/// What a class says about one flag, and its own members that say otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixCell {
    pub class_has: bool,
    pub differing: Vec<DrugId>,
}

/// The whole matrix, rows in tree order (parents before sub-classes).
#[derive(Debug, Clone)]
pub struct ClassMatrix {
    pub flags: Vec<EffectFlag>,
    pub rows: Vec<MatrixRow>,
    /// Per drug (by index): the flags it raises on established evidence.
    drug_flags: Vec<HashSet<EffectFlag>>,
}

impl ClassMatrix {
    /// Builds the matrix for a dataset.
    pub fn new(ds: &Dataset) -> ClassMatrix {
        let flags: Vec<EffectFlag> = EffectFlag::all().collect();
        let established = |findings: Vec<super::FlagFinding>| -> HashSet<EffectFlag> {
            findings
                .into_iter()
                .filter(|f| f.strength == Strength::Established)
                .map(|f| f.flag)
                .collect()
        };
        let drug_flags: Vec<HashSet<EffectFlag>> = ds
            .drug_ids()
            .map(|d| established(findings_in(&ds.effects_of(d))))
            .collect();
        let mut rows = Vec::new();
        let mut stack: Vec<(ClassId, usize)> = ds
            .class_ids()
            .filter(|&c| ds.parent(c).is_none())
            .map(|c| (c, 0))
            .collect();
        stack.reverse();
        while let Some((class, depth)) = stack.pop() {
            let class_flags = established(findings_in(&ds.class_effects(class)));
            let members = ds.members(class);
            let deep = ds.members_deep(class);
            let cells = flags
                .iter()
                .map(|flag| {
                    let class_has = class_flags.contains(flag);
                    let differing = members
                        .iter()
                        .copied()
                        .filter(|d| drug_flags[d.0].contains(flag) != class_has)
                        .collect();
                    MatrixCell {
                        class_has,
                        differing,
                    }
                })
                .collect();
            let shown = flags
                .iter()
                .map(|flag| {
                    class_flags.contains(flag)
                        || deep.iter().any(|d| drug_flags[d.0].contains(flag))
                })
                .collect();
            rows.push(MatrixRow {
                class,
                depth,
                cells,
                shown,
                members_deep: deep.len(),
            });
            let mut subs = ds.subclasses(class);
            subs.reverse();
            stack.extend(subs.into_iter().map(|s| (s, depth + 1)));
        }
        ClassMatrix {
            flags,
            rows,
            drug_flags,
        }
    }

    /// The position of a flag among the columns.
    pub fn column(&self, flag: EffectFlag) -> usize {
        self.flags
            .iter()
            .position(|&f| f == flag)
            .expect("every flag is a column")
    }

    pub fn row(&self, class: ClassId) -> Option<&MatrixRow> {
        self.rows.iter().find(|r| r.class == class)
    }

    /// Whether the drug raises the flag on established evidence.
    pub fn drug_has(&self, drug: DrugId, flag: EffectFlag) -> bool {
        self.drug_flags[drug.0].contains(&flag)
    }

    /// Whether the drug's answer for the flag differs from its own class's.
    pub fn differs_from_class(&self, ds: &Dataset, drug: DrugId, flag: EffectFlag) -> bool {
        let class_has = self
            .row(ds.class_of(drug))
            .is_some_and(|r| r.cells[self.column(flag)].class_has);
        self.drug_has(drug, flag) != class_has
    }

    /// Every drug that raises the flag, in dataset order.
    pub fn drugs_with(&self, flag: EffectFlag) -> Vec<DrugId> {
        (0..self.drug_flags.len())
            .filter(|&i| self.drug_flags[i].contains(&flag))
            .map(DrugId)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The matrix agrees with the per-question queries it replaces.
    #[test]
    fn the_matrix_agrees_with_the_dataset_queries() {
        let ds = Dataset::embedded().expect("valid");
        let m = ClassMatrix::new(&ds);
        assert_eq!(m.rows.len(), ds.classes().len());
        for row in &m.rows {
            for (i, &flag) in m.flags.iter().enumerate() {
                assert_eq!(row.cells[i].class_has, ds.class_has_flag(row.class, flag));
                assert_eq!(
                    row.cells[i].differing,
                    ds.members_differing(row.class, flag),
                    "{} {flag:?}",
                    ds.class(row.class).id
                );
            }
            assert_eq!(row.members_deep, ds.members_deep(row.class).len());
        }
        for flag in EffectFlag::all() {
            assert_eq!(m.drugs_with(flag), ds.drugs_with_flag(flag));
            for d in ds.drug_ids() {
                assert_eq!(
                    m.differs_from_class(&ds, d, flag),
                    ds.differs_from_class(d, flag)
                );
            }
        }
    }
}
