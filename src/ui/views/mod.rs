//! The window's views, one file each, all of the same shape: a view takes
//! what it needs ([`Ctx`]: the dataset, the index, the saved settings and
//! the day; its own state is `&mut self`), draws, and pushes what it wants
//! done onto the shell's command list. None of them computes a clinical
//! fact: they render what the core returns.
//!
//! - `search`: the search box and its results;
//! - `medicine`: one medicine's page, or one product's;
//! - `classes`: the class tree and the effect matrix;
//! - `dataset`: version, review date and sources;
//! - `counter_check`: a patient's medicine list and what it adds up to.

pub mod classes;
pub mod counter_check;
pub mod dataset;
pub mod medicine;
pub mod search;

use crate::dataset::{Dataset, Date, NameStyle};
use crate::search::Index;

use super::settings::SavedState;

/// What every view may read.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub dataset: &'a Dataset,
    pub index: &'a Index,
    pub saved: &'a SavedState,
    /// Review bookkeeping is against this date.
    pub today: Date,
    /// The counter-check list as entered (the medicine page says whether a
    /// medicine is on it).
    pub counter_list: &'a [String],
    /// Where the dataset in use came from, in a sentence, when known.
    pub data_source: Option<&'a str>,
}

impl Ctx<'_> {
    /// Which medicine names come first.
    pub fn style(&self) -> NameStyle {
        self.saved.name_style()
    }
}
