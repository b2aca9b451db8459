//! medrisk: an offline reference for the pharmacy counter. Which medicines
//! can cause tremor or muscle weakness, or push serum potassium down or up.
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
