//! What a view asks the shell to do, and where the window can be. Views
//! draw and push these; [`super::app::MedriskApp::apply`] alone carries them
//! out, every one of them, in order.

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use crate::dataset::{ClassId, DrugId, NameStyle, ProductId};

use super::labels::{NAV_CLASSES, NAV_COUNTER_CHECK, NAV_DATASET, NAV_SEARCH};

use std::path::PathBuf;

use super::desktop::Pick;
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

/// One tab of the navigation bar: every page a pharmacist can go to
/// directly, once, with its label, its keys and what its hover says. The
/// navigation bar, the keyboard shortcuts and the page snapshot test all
/// iterate [`TABS`]; the page's view is chosen by an exhaustive `match` on
/// [`Page`] in the shell, so a new page is one entry here and one arm the
/// compiler asks for.
#[derive(Debug, Clone, Copy)]
pub struct Tab {
    pub page: Page,
    /// The text and accessible name (the counter check adds its count).
    pub label: &'static str,
    /// Keys that open it, besides a click.
    pub keys: &'static [KeyboardShortcut],
    /// What the hover says when the keys do not.
    pub hint: &'static str,
    /// A separator goes before it in the bar.
    pub starts_group: bool,
}

const SEARCH_KEYS: &[KeyboardShortcut] = &[
    KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::L),
];

/// The tabs, in the bar's order.
pub const TABS: &[Tab] = &[
    Tab {
        page: Page::Search,
        label: NAV_SEARCH,
        keys: SEARCH_KEYS,
        hint: "search medicines and classes",
        starts_group: false,
    },
    Tab {
        page: Page::Classes,
        label: NAV_CLASSES,
        keys: &[],
        hint: "classes and the effect matrix",
        starts_group: false,
    },
    Tab {
        page: Page::Dataset,
        label: NAV_DATASET,
        keys: &[],
        hint: "version, review date and sources",
        starts_group: false,
    },
    Tab {
        page: Page::CounterCheck,
        label: NAV_COUNTER_CHECK,
        keys: &[],
        hint: "a patient's medicine list: what to do first, balances, symptoms, red flags",
        starts_group: true,
    },
];

impl Tab {
    /// What choosing the tab asks for: the search tab also puts the focus
    /// in its box.
    pub fn command(&self) -> Command {
        match self.page {
            Page::Search => Command::FocusSearch,
            page => Command::Open(page),
        }
    }
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
    /// The desktop's answer to a file dialog: the path chosen, with the
    /// summary to save when the dialog was "save as".
    Picked {
        pick: Pick,
        path: PathBuf,
        summary: Option<SummaryTexts>,
    },
    /// A file dropped on the window, as read: a medicine list's text, or
    /// why it could not be read.
    Dropped {
        from: String,
        text: Result<String, String>,
    },
}
