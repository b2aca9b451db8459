//! medrisk: an offline reference for the pharmacy counter. What a patient's
//! medicines can cause (every effect kind is one row of
//! [`dataset::KindInfo`]'s table in `dataset/kinds.rs`), what they do
//! together, and what to do first.
//!
//! The core ([`dataset`], [`search`], [`check`], and [`store`]: where the
//! dataset in use comes from, signed updates) knows nothing of windows;
//! the `ui` module (behind the `gui` feature) only renders what it returns.
#![forbid(unsafe_code)]

pub mod check;
pub mod cli;
pub mod dataset;
pub mod search;
pub mod store;
#[cfg(feature = "gui")]
pub mod ui;
