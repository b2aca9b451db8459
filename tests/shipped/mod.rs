//! The shipped dataset and its search index, built once per test binary,
//! for tests that read the real clinical content.

use std::sync::OnceLock;

use medrisk::dataset::Dataset;
use medrisk::search::Index;

/// The built-in dataset (it must validate) and its index.
pub fn shipped() -> &'static (Dataset, Index) {
    static DS: OnceLock<(Dataset, Index)> = OnceLock::new();
    DS.get_or_init(|| {
        let ds = Dataset::embedded().expect("the shipped dataset validates");
        let index = Index::new(&ds);
        (ds, index)
    })
}
