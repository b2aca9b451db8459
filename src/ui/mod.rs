//! The desktop window. The only module (with `main.rs`) that imports egui;
//! it renders what the core returns and computes no clinical fact itself.

use std::path::PathBuf;

/// Opens the window and runs until it is closed.
pub fn run(_data: Option<PathBuf>) -> eframe::Result<()> {
    unimplemented!()
}
