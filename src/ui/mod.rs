//! The desktop window. With `main.rs`, the only module that imports egui: it
//! renders what the core returns and computes no clinical fact itself.
//!
//! Files: `app` (the shell: window, navigation, banners, shortcuts, and
//! the one place commands are carried out), `command` (what views ask
//! for, and the pages), `labels` (accessible names), `views/` (one file per
//! view, all of one shape), `settings` (what is saved), `fonts` (the
//! bundled font), `widgets` (badges, banners), `words` (how enumerated
//! values are written), `first_frame` (the start-up measurement).

mod app;
mod command;
pub mod desktop;
pub mod first_frame;
mod fonts;
pub mod labels;
pub mod print_files;
mod settings;
mod views;
mod widgets;
mod words;

use std::path::PathBuf;

pub use app::MedriskApp;
pub use command::{Command, Page, SummaryTexts, TABS, Tab, Zoom};
pub use desktop::{Desktop, Pick, SystemTheme};
pub use labels::*;
pub use settings::{
    MAX_RECENT, MAX_ZOOM, MIN_ZOOM, STORAGE_KEY, SavedState, SettingsNotice, ThemeChoice,
};
pub use views::counter_check::buying_label;

use eframe::egui;

use crate::dataset::Dataset;

/// The window title.
pub const APP_TITLE: &str = "medrisk";

/// The app id, the same as the desktop entry's and the hicolor icon's
/// (`packaging/`), so desktops match the window to its launcher.
pub const APP_ID: &str = "io.github.medrisk.Medrisk";

/// The window icon (rendered from `icons/medrisk.svg`).
const ICON_PNG: &[u8] = include_bytes!("../../icons/medrisk-256.png");

/// Prepares an egui context for the window: the bundled font, and zoom
/// keys left to the app (which saves the zoom) instead of egui. Called by
/// [`run`] and by the tests' harness.
pub fn setup_context(ctx: &egui::Context) {
    fonts::install(ctx);
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
}

/// The window icon, decoded; `None` if the bundled PNG is damaged, which
/// is no reason not to open the window (a test rules it out).
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(ICON_PNG).ok()
}

/// Opens the window and runs until it is closed. A `--data` file that fails
/// to load is not fatal: the app runs on the built-in dataset and says why.
pub fn run(data: Option<PathBuf>) -> eframe::Result<()> {
    use crate::store::{self, Source};
    let today = crate::dataset::Date::today();
    // The dataset in use: `--data` if it loads, else an installed update
    // while it holds, else the built-in one; with what to say about it.
    let (dataset, problem, source, notices) = match data.as_deref() {
        Some(path) => {
            let (dataset, problem) = Dataset::load_or_embedded(Some(path));
            let source = match problem {
                None => Source::File(path.to_path_buf()),
                Some(_) => Source::BuiltIn,
            };
            let notices = store::notices(&dataset, &source, today);
            (dataset, problem, source, notices)
        }
        None => {
            let current = store::current(store::Dirs::from_env().as_ref(), today);
            (current.dataset, None, current.source, current.notices)
        }
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(APP_TITLE)
        .with_app_id(APP_ID)
        .with_inner_size([1100.0, 720.0])
        .with_min_inner_size([480.0, 360.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // Window size and position, and `App::save`'s settings, are kept
        // by eframe in the user's data directory.
        persist_window: true,
        // Every glyph the window prints is in the bundled font.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        APP_TITLE,
        options,
        Box::new(move |cc| {
            setup_context(&cc.egui_ctx);
            let app = MedriskApp::from_storage(dataset, problem, cc.storage)
                .with_data_status(&source, &notices);
            if first_frame::requested() {
                return Ok(Box::new(first_frame::FirstFrame(app)));
            }
            Ok(Box::new(app))
        }),
    )
}
