//! The window's shell: the one place where [`Command`]s from the views and
//! the chrome are carried out, and the page shown. Holds view state and the
//! saved settings; computes no clinical fact. The chrome (navigation bar,
//! shortcuts, banners, footer) is in `chrome`; files, dialogs, printing and
//! imports in `effects`; building the app in `start`.

mod chrome;
mod effects;
mod start;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, RichText};

use crate::dataset::{Dataset, Date, LoadError, NameStyle, NameTarget};
use crate::search::Index;

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use super::command::{Command, Page, SummaryTexts, TABS, Zoom};
use super::desktop::{Desktop, NativeDesktop, Pick, SummaryFormat, SystemTheme, expand_home};
use super::labels::{
    DISMISS_LABEL, NAMES_LABEL, NAV_BACK, OVERWRITE_NO, OVERWRITE_YES, THEME_LABEL, ZOOM_IN_LABEL,
    ZOOM_OUT_LABEL, ZOOM_RESET_LABEL,
};
use super::settings::{SavedState, SettingsNotice, ThemeChoice};
use super::views::Ctx;
use super::views::classes::ClassBrowser;
use super::views::counter_check::CounterCheckView;
use super::views::dataset::DatasetView;
use super::views::medicine::MedicineView;
use super::views::search::SearchView;
use super::widgets;

/// How many pages Back remembers.
const HISTORY_LIMIT: usize = 50;

pub struct MedriskApp {
    dataset: Dataset,
    index: Index,
    /// Review bookkeeping is against this date (today, unless a test says).
    today: Date,
    saved: SavedState,
    /// The theme and zoom last given to egui, to apply changes once.
    applied: Option<(ThemeChoice, f32)>,
    page: Page,
    history: Vec<Page>,
    search: SearchView,
    medicine: MedicineView,
    classes: ClassBrowser,
    dataset_view: DatasetView,
    counter_check: CounterCheckView,
    /// Text to put on the clipboard at the end of this frame.
    pending_copy: Option<String>,
    /// Why a `--data` dataset was not used, shown as a banner.
    load_problem: Option<LoadError>,
    /// Where the dataset in use came from, in a sentence (the dataset
    /// page), when known.
    data_source: Option<String>,
    /// The outcome of an import, or a notice about the data in use
    /// (expired, damaged update): shown as a banner.
    data_notice: Option<String>,
    /// Why saved settings were not used, shown until dismissed.
    settings_notice: Option<SettingsNotice>,
    /// The desktop's dialogs, browser and theme (a stand-in in tests).
    desktop: Box<dyn Desktop>,
    /// Handouts written for printing: private, removed when the window
    /// closes.
    print_files: super::print_files::PrintFiles,
    /// A file dialog that is open, and what to do with its answer.
    pending_pick: Option<PendingPick>,
    /// A summary waiting for "replace the existing file?".
    confirm_overwrite: Option<(PathBuf, String)>,
    /// The desktop's theme, when "System theme" is chosen, and when it was
    /// last asked.
    system_theme: Option<SystemTheme>,
    theme_asked: Option<std::time::Instant>,
}

/// A file dialog that is open.
struct PendingPick {
    pick: Pick,
    answer: Receiver<Option<PathBuf>>,
    /// For a save: the summary in every format.
    summary: Option<SummaryTexts>,
}

/// How often the window looks for a new answer about the desktop's light or
/// dark theme while "System theme" is chosen (the desktop is asked on a
/// thread of its own; this only reads its last answer).
const THEME_POLL: std::time::Duration = std::time::Duration::from_secs(1);

impl MedriskApp {
    /// Whether a file dialog is open.
    pub fn dialog_open(&self) -> bool {
        self.pending_pick.is_some()
    }

    pub fn page(&self) -> Page {
        self.page
    }

    pub fn saved(&self) -> &SavedState {
        &self.saved
    }

    /// The counter-check list, as entered.
    pub fn counter_check(&self) -> &[String] {
        self.counter_check.entries()
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// Draws the whole window into `ui` (also used by the tests).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.follow_system_theme(ui.ctx());
        self.apply_settings(ui.ctx());
        let mut commands = self.take_dropped_files(ui.ctx());
        commands.extend(self.poll_dialog(ui.ctx()));
        commands.extend(self.shortcuts(ui));
        egui::Panel::top("nav").show(ui, |ui| commands.extend(self.nav_bar(ui)));
        egui::Panel::bottom("footer").show(ui, |ui| self.footer(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(self.banners(ui));
            self.current_page(ui, &mut commands);
        });
        for command in commands {
            self.apply(command);
        }
        if let Some(text) = self.pending_copy.take() {
            ui.ctx().copy_text(text);
        }
    }

    /// Carries out one command: the only place pages, lists and settings
    /// change in response to the user.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Open(page) => {
                if matches!(page, Page::Drug(_) | Page::Product(_)) {
                    self.remember_search();
                }
                self.go(page);
            }
            Command::OpenClass(class) => {
                self.remember_search();
                self.classes.select(class);
                self.go(Page::Classes);
            }
            Command::Back => {
                let page = self.history.pop().unwrap_or(Page::Search);
                self.set_page(page);
                if page == Page::Search {
                    self.search.request_focus();
                }
            }
            Command::FocusSearch => {
                self.go(Page::Search);
                self.search.request_focus();
            }
            Command::SetQuery(query) => {
                self.go(Page::Search);
                self.search.set_query(&self.index, &query);
                self.search.request_focus();
            }
            Command::AddToCounterCheck(drug) => {
                let generic = &self.dataset.drug(drug).generic;
                if !self.counter_check.entries().contains(generic) {
                    self.counter_check.add(generic);
                }
            }
            Command::CopyText(text) => {
                self.pending_copy = Some(text);
                self.counter_check
                    .set_status("Summary copied to the clipboard (plain text).".into());
            }
            Command::SaveSummaryAs(summary) => self.ask(Pick::SaveSummary, Some(summary)),
            Command::SaveSummaryTo { path, summary } => {
                self.save_summary(expand_home(&path), &summary);
            }
            Command::Overwrite(yes) => {
                if let Some((path, text)) = self.confirm_overwrite.take() {
                    if yes {
                        self.write_summary(&path, &text);
                    } else {
                        self.counter_check
                            .set_status(format!("Not saved: {} was kept.", path.display()));
                    }
                }
            }
            Command::PrintHandout(html) => self.print(&html),
            Command::Picked {
                pick,
                path,
                summary,
            } => self.picked(pick, path, summary),
            Command::Dropped { from, text } => self.dropped(&from, text),
            Command::OpenList => self.ask(Pick::OpenList, None),
            Command::OpenDataset => self.ask(Pick::OpenDataset, None),
            Command::ImportUpdate => self.ask(Pick::ImportUpdate, None),
            Command::SetPharmacy { name, address } => {
                self.saved.pharmacy_name = name;
                self.saved.pharmacy_address = address;
            }
            Command::ToggleFavourite(drug) => {
                let generic = self.dataset.drug(drug).generic.clone();
                self.saved.toggle_favourite(&generic);
            }
            Command::SetTheme(theme) => self.saved.theme = theme,
            Command::SetNames(style) => self.saved.names = Some(style),
            Command::Zoom(Zoom::In) => self.saved.zoom_by(1),
            Command::Zoom(Zoom::Out) => self.saved.zoom_by(-1),
            Command::Zoom(Zoom::Reset) => self.saved.zoom = 1.0,
            Command::DismissSettingsNotice => self.settings_notice = None,
        }
    }

    /// Records the search that led to a page.
    fn remember_search(&mut self) {
        if self.page == Page::Search {
            self.saved.remember_search(self.search.query());
        }
    }

    /// Moves to a page, remembering where we were.
    fn go(&mut self, page: Page) {
        if page == self.page {
            return;
        }
        self.history.push(self.page);
        if self.history.len() > HISTORY_LIMIT {
            self.history.remove(0);
        }
        self.set_page(page);
    }

    fn set_page(&mut self, page: Page) {
        self.page = page;
        match page {
            Page::Drug(id) => self.medicine.open(NameTarget::Drug(id)),
            Page::Product(id) => self.medicine.open(NameTarget::Product(id)),
            _ => {}
        }
    }

    /// The page's view draws and pushes its commands.
    fn current_page(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let counter_list = self.counter_check.entries().to_vec();
        let cx = Ctx {
            dataset: &self.dataset,
            index: &self.index,
            saved: &self.saved,
            today: self.today,
            counter_list: &counter_list,
            data_source: self.data_source.as_deref(),
        };
        match self.page {
            Page::Search => self.search.show(ui, &cx, out),
            Page::Drug(_) | Page::Product(_) => self.medicine.show(ui, &cx, out),
            Page::Classes => self.classes.show(ui, &cx, out),
            Page::Dataset => self.dataset_view.show(ui, &cx, out),
            Page::CounterCheck => self.counter_check.show(ui, &cx, out),
        }
    }
}

impl eframe::App for MedriskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.saved.store(storage);
    }
}
