//! What a view asks the shell to do, and where the window can be. Views
//! draw and push these; [`super::app::MedriskApp::apply`] alone carries them
//! out, every one of them, in order.

use crate::dataset::{ClassId, DrugId, NameStyle, ProductId};

use super::settings::ThemeChoice;

/// Which page fills the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Search,
    Drug(DrugId),
    Product(ProductId),
    Classes,
    Dataset,
    CounterCheck,
}

/// A zoom step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zoom {
    In,
    Out,
    Reset,
}

/// What a view asks the shell to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Open(Page),
    /// The class browser, with this class shown.
    OpenClass(ClassId),
    Back,
    /// The search page, with the focus in the search box.
    FocusSearch,
    /// Search for this text (a recent search).
    SetQuery(String),
    /// Add the medicine to the counter check (a list for this patient
    /// only; never saved).
    AddToCounterCheck(DrugId),
    /// Put this text on the clipboard (the counter-check summary).
    CopyText(String),
    /// Write this text to a file the pharmacist named (the summary); the
    /// only way anything about a patient reaches the disk.
    SaveText {
        path: String,
        text: String,
    },
    ToggleFavourite(DrugId),
    SetTheme(ThemeChoice),
    /// UK, US or international names first.
    SetNames(NameStyle),
    Zoom(Zoom),
    DismissSettingsNotice,
}
