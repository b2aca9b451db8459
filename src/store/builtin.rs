//! The dataset built into the binary: `data/*.ron` as build.rs validated
//! and compiled it, decoded at start without validating again (see
//! `dataset::compiled`). Also the two ways the app gets its dataset,
//! [`Dataset::embedded`] and [`Dataset::load_or_embedded`]; they live here
//! rather than in `dataset` because build.rs compiles `dataset` too, and
//! because where a dataset comes from is this module's business.

use std::path::Path;

use super::{Dirs, Notice};
use crate::dataset::{Dataset, Date, Diagnostic, LoadError, compiled};

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The compiled built-in dataset.
pub const BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The built-in dataset's version.
pub const VERSION: &str = env!("MEDRISK_DATASET_VERSION");

impl Dataset {
    /// The dataset built into the binary. Validated when medrisk was
    /// built; its review date is checked with [`Dataset::review_overdue`].
    pub fn embedded() -> Result<Dataset, LoadError> {
        compiled::decode(BYTES).map_err(|e| LoadError {
            diagnostics: vec![Diagnostic::error("built-in dataset", None, e.to_string())],
        })
    }

    /// The dataset at `path` if given and valid, otherwise the built-in one,
    /// with the reason `path` was not used. Without `path`: the dataset in
    /// use ([`super::current`]: an installed update newer than the built-in
    /// dataset, or the built-in one), with the reason an installed update
    /// could not be used, if it could not.
    ///
    /// # Panics
    /// If the built-in dataset cannot be decoded, which the build and the
    /// test suite rule out.
    pub fn load_or_embedded(path: Option<&Path>) -> (Dataset, Option<LoadError>) {
        let built_in = || Dataset::embedded().expect("the built-in dataset decodes");
        match path.map(Dataset::load_path) {
            Some(Ok(ds)) => (ds, None),
            Some(Err(e)) => (built_in(), Some(e)),
            None => {
                let current = super::current(Dirs::from_env().as_ref(), Date::today());
                let problem = current.notices.iter().find_map(|n| match n {
                    Notice::InstalledUnusable { error } => Some(LoadError {
                        diagnostics: vec![Diagnostic::error(
                            "installed data update",
                            None,
                            error.to_string(),
                        )],
                    }),
                    _ => None,
                });
                (current.dataset, problem)
            }
        }
    }
}
