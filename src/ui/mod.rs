//! The desktop window. With `main.rs`, the only module that imports egui: it
//! renders what the core returns and computes no clinical fact itself.

mod app;

use std::path::PathBuf;

pub use app::{MedriskApp, SEARCH_LABEL};

use crate::dataset::Dataset;

/// The window title.
pub const APP_TITLE: &str = "medrisk";

/// Opens the window and runs until it is closed. A `--data` file that fails
/// to load is not fatal: the app runs on the built-in dataset and says why.
pub fn run(data: Option<PathBuf>) -> eframe::Result<()> {
    let (dataset, problem) = Dataset::load_or_embedded(data.as_deref());
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title(APP_TITLE)
            .with_app_id("medrisk")
            .with_inner_size([960.0, 680.0])
            .with_min_inner_size([480.0, 360.0]),
        ..Default::default()
    };
    eframe::run_native(
        APP_TITLE,
        options,
        Box::new(move |_cc| Ok(Box::new(MedriskApp::new(dataset, problem)))),
    )
}
