//! What a view asks the shell to do, and where the window can be. Views
//! draw and push these; [`super::app::MedriskApp::apply`] alone carries them
//! out, every one of them, in order.

use crate::dataset::{ClassId, DrugId, NameStyle, ProductId};

use super::settings::ThemeChoice;

/// The patient's summary in every format a file can take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryTexts {
    pub html: String,
    pub markdown: String,
    pub text: String,
}

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
    /// Put this text on the clipboard (the summary, as plain text).
    CopyText(String),
    /// Ask the desktop where to save the summary, then save it there (the
    /// format follows the extension). Saving and printing are the only ways
    /// anything about a patient reaches the disk.
    SaveSummaryAs(SummaryTexts),
    /// Save the summary to a typed path (`~` is the home folder).
    SaveSummaryTo {
        path: String,
        summary: SummaryTexts,
    },
    /// The answer to "replace the existing file?".
    Overwrite(bool),
    /// Write the handout to a temporary file and open it in the browser,
    /// to print.
    PrintHandout(String),
    /// Ask the desktop for a medicine list (.txt) to add to the counter
    /// check.
    OpenList,
    /// Ask the desktop for a dataset to use instead of the built-in one.
    OpenDataset,
    /// Ask the desktop for a signed data update, then check and install it.
    ImportUpdate,
    /// The pharmacy's details for the handout (saved with the settings).
    SetPharmacy {
        name: String,
        address: String,
    },
    ToggleFavourite(DrugId),
    SetTheme(ThemeChoice),
    /// UK, US or international names first.
    SetNames(NameStyle),
    Zoom(Zoom),
    DismissSettingsNotice,
}
