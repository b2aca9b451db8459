//! The window's shell: navigation, banners, footer, keyboard shortcuts, and
//! the one place where [`Command`]s from the views are carried out. Holds
//! view state and the saved settings; computes no clinical fact.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, RichText};

use crate::dataset::{Dataset, Date, LoadError, NameStyle, NameTarget};
use crate::search::Index;

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use super::command::{Command, Page, SummaryTexts, Zoom};
use super::desktop::{Desktop, NativeDesktop, Pick, SummaryFormat, SystemTheme, expand_home};
use super::labels::{
    DISMISS_LABEL, NAMES_LABEL, NAV_BACK, NAV_CLASSES, NAV_COUNTER_CHECK, NAV_DATASET, NAV_SEARCH,
    OVERWRITE_NO, OVERWRITE_YES, THEME_LABEL, ZOOM_IN_LABEL, ZOOM_OUT_LABEL, ZOOM_RESET_LABEL,
};
use super::settings::{SavedState, SettingsNotice, ThemeChoice};
use super::views::Ctx;
use super::views::classes::ClassBrowser;
use super::views::counter_check::CounterCheckView;
use super::views::dataset::DatasetView;
use super::views::medicine::MedicineView;
use super::views::search::SearchView;
use super::widgets;

const SEARCH_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
const SEARCH_KEY_2: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
const ZOOM_IN_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
const ZOOM_IN_KEY_2: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
const ZOOM_OUT_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
const ZOOM_RESET_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
const BACK_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft);

/// A button whose accessible name is `label`, whatever it shows ("+" is
/// read as "Zoom in").
fn named_button(ui: &mut egui::Ui, text: &str, label: &'static str) -> egui::Response {
    let response = ui.button(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    response
}

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
    /// The app with default settings.
    pub fn new(dataset: Dataset, load_problem: Option<LoadError>) -> Self {
        MedriskApp::with_settings(dataset, load_problem, SavedState::default(), None)
    }

    /// Where the dataset came from and what to say about it (an expired or
    /// unusable update), from the store at start.
    pub fn with_data_status(
        mut self,
        source: &crate::store::Source,
        notices: &[crate::store::Notice],
    ) -> Self {
        self.data_source = Some(source.sentence());
        if !notices.is_empty() {
            let lines: Vec<String> = notices.iter().map(|n| n.to_string()).collect();
            self.data_notice = Some(lines.join(" "));
        }
        self
    }

    /// The app with the settings saved in `storage` (eframe's, or a test's);
    /// unreadable settings give the defaults and a notice.
    pub fn from_storage(
        dataset: Dataset,
        load_problem: Option<LoadError>,
        storage: Option<&dyn eframe::Storage>,
    ) -> Self {
        let (saved, notice) = SavedState::load(storage);
        let saved = saved.with_locale(sys_locale::get_locale().as_deref());
        MedriskApp::with_settings(dataset, load_problem, saved, notice)
    }

    pub fn with_settings(
        dataset: Dataset,
        load_problem: Option<LoadError>,
        saved: SavedState,
        settings_notice: Option<SettingsNotice>,
    ) -> Self {
        let index = Index::new(&dataset);
        MedriskApp {
            dataset,
            index,
            today: Date::today(),
            saved,
            applied: None,
            page: Page::Search,
            history: Vec::new(),
            search: SearchView::new(),
            medicine: MedicineView::default(),
            classes: ClassBrowser::default(),
            dataset_view: DatasetView,
            counter_check: CounterCheckView::default(),
            pending_copy: None,
            load_problem,
            data_source: None,
            data_notice: None,
            settings_notice,
            desktop: Box::new(NativeDesktop::new()),
            print_files: super::print_files::PrintFiles::new(),
            pending_pick: None,
            confirm_overwrite: None,
            system_theme: None,
            theme_asked: None,
        }
    }

    /// The app with another desktop (the tests' stand-in for dialogs, the
    /// browser and the theme).
    pub fn with_desktop(mut self, desktop: Box<dyn Desktop>) -> Self {
        self.desktop = desktop;
        self.theme_asked = None;
        self
    }

    /// Whether a file dialog is open.
    pub fn dialog_open(&self) -> bool {
        self.pending_pick.is_some()
    }

    /// Reviews are judged against `today` (for tests of the banner).
    pub fn with_today(mut self, today: Date) -> Self {
        self.today = today;
        self
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
        self.take_dropped_files(ui.ctx());
        self.poll_dialog(ui.ctx());
        let mut commands = self.shortcuts(ui);
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

    /// Opens a file dialog, unless one is open already.
    fn ask(&mut self, pick: Pick, summary: Option<SummaryTexts>) {
        if self.pending_pick.is_none() {
            self.pending_pick = Some(PendingPick {
                pick,
                answer: self.desktop.pick(pick),
                summary,
            });
        }
    }

    /// Takes a dialog's answer when it has come; keeps the window drawing
    /// (and so asking) until it does.
    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.pending_pick else {
            return;
        };
        let answer = match pending.answer.try_recv() {
            Ok(answer) => answer,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
        };
        let pending = self.pending_pick.take().expect("checked above");
        let Some(path) = answer else {
            return; // cancelled
        };
        match pending.pick {
            Pick::SaveSummary => {
                if let Some(summary) = pending.summary {
                    self.save_summary(path, &summary);
                }
            }
            Pick::OpenList => self.open_list(&path),
            Pick::OpenDataset => self.open_dataset(&path),
            Pick::ImportUpdate => self.import_update(&path),
        }
    }

    /// Saves the summary in the format its extension asks for, asking first
    /// when the file exists.
    fn save_summary(&mut self, path: PathBuf, summary: &SummaryTexts) {
        let text = match SummaryFormat::for_path(&path) {
            SummaryFormat::Html => summary.html.clone(),
            SummaryFormat::Markdown => summary.markdown.clone(),
            SummaryFormat::Text => summary.text.clone(),
        };
        if path.exists() {
            self.confirm_overwrite = Some((path, text));
            self.go(Page::CounterCheck);
        } else {
            self.write_summary(&path, &text);
        }
    }

    fn write_summary(&mut self, path: &std::path::Path, text: &str) {
        let status = match std::fs::write(path, text) {
            Ok(()) => format!("Summary saved to {}.", path.display()),
            Err(e) => format!("Could not save to {}: {e}", path.display()),
        };
        self.counter_check.set_status(status);
    }

    /// Writes the handout to a temporary file and opens it in the browser.
    fn print(&mut self, html: &str) {
        let written = self.print_files.write(html);
        let status = match written.and_then(|path| self.desktop.open(&path).map(|()| path)) {
            Ok(path) => format!(
                "The handout opened in your browser ({}); print it from there. It is removed when medrisk closes.",
                path.display()
            ),
            Err(e) => format!(
                "Could not open the handout (in {}): {e}",
                self.print_files.dir().display()
            ),
        };
        self.counter_check.set_status(status);
    }

    /// Adds a medicine list file's entries to the counter check.
    fn open_list(&mut self, path: &std::path::Path) {
        match crate::check::read_list_file(path) {
            Ok(text) => self.add_list(&text, &path.display().to_string()),
            Err(e) => self
                .counter_check
                .set_status(format!("Could not add {}: {e}.", path.display())),
        }
        self.go(Page::CounterCheck);
    }

    fn add_list(&mut self, text: &str, from: &str) {
        let n = self.counter_check.add_list(text);
        self.counter_check
            .set_status(format!("{n} medicines added from {from}."));
    }

    /// Files dropped on the window: a medicine list is added to the counter
    /// check.
    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped {
            let path = file.path().to_path_buf();
            let text = if path.is_absolute() {
                crate::check::read_list_file(&path).map_err(|e| e.to_string())
            } else {
                file.bytes()
                    .and_then(|b| crate::check::list_text(b).map_err(|e| e.to_string()))
            };
            match text {
                Ok(text) => self.add_list(&text, &path.display().to_string()),
                Err(e) => self
                    .counter_check
                    .set_status(format!("Could not add {}: {e}.", path.display())),
            }
            self.go(Page::CounterCheck);
        }
    }

    /// Checks and installs a signed data update, then uses it; a refusal
    /// says why and keeps the dataset in use.
    fn import_update(&mut self, path: &std::path::Path) {
        let Some(dirs) = crate::store::Dirs::from_env() else {
            self.data_notice = Some(
                "This system gives medrisk no folder for its data: the update was not installed."
                    .into(),
            );
            return;
        };
        match crate::store::import(&dirs, path, self.today) {
            Ok(imported) => {
                let current = crate::store::current(Some(&dirs), self.today);
                self.data_notice = Some(format!(
                    "Data update {} installed (signed by key {}, expires {}).",
                    imported.manifest.version, imported.key.key.id, imported.manifest.expires
                ));
                self.data_source = Some(current.source.sentence());
                self.use_dataset(current.dataset);
            }
            Err(e) => self.data_notice = Some(format!("The update was not installed: {e}")),
        }
    }

    /// Uses the dataset at `path` instead of the one loaded; if it does not
    /// load, keeps the one loaded and says why.
    fn open_dataset(&mut self, path: &std::path::Path) {
        match Dataset::load_path(path) {
            Ok(ds) => {
                self.data_source = Some(crate::store::Source::File(path.to_path_buf()).sentence());
                self.use_dataset(ds);
            }
            Err(e) => self.load_problem = Some(e),
        }
    }

    /// Replaces the dataset in use; the counter check keeps its list.
    fn use_dataset(&mut self, ds: Dataset) {
        self.index = Index::new(&ds);
        self.dataset = ds;
        self.load_problem = None;
        let entries = self.counter_check.entries().to_vec();
        self.counter_check = CounterCheckView::default();
        for e in &entries {
            self.counter_check.add(e);
        }
        self.classes = ClassBrowser::default();
        self.search = SearchView::new();
        self.history.clear();
        self.set_page(Page::Dataset);
    }

    /// With "System theme" chosen, asks the desktop for its theme at start
    /// and every [`THEME_POLL`] after, and applies it when it changes.
    fn follow_system_theme(&mut self, ctx: &egui::Context) {
        if self.saved.theme != ThemeChoice::System {
            return;
        }
        let due = self.theme_asked.is_none_or(|t| t.elapsed() >= THEME_POLL);
        if due {
            self.theme_asked = Some(std::time::Instant::now());
            let theme = self.desktop.theme();
            if theme != self.system_theme {
                self.system_theme = theme;
                self.applied = None;
            }
        }
        ctx.request_repaint_after(THEME_POLL);
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

    fn apply_settings(&mut self, ctx: &egui::Context) {
        let wanted = (self.saved.theme, self.saved.zoom);
        if self.applied == Some(wanted) {
            return;
        }
        ctx.set_theme(match (self.saved.theme, self.system_theme) {
            (ThemeChoice::System, Some(SystemTheme::Light)) => egui::ThemePreference::Light,
            (ThemeChoice::System, Some(SystemTheme::Dark)) => egui::ThemePreference::Dark,
            (ThemeChoice::System, None) => egui::ThemePreference::System,
            (ThemeChoice::Light, _) => egui::ThemePreference::Light,
            (ThemeChoice::Dark, _) => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.saved.zoom);
        self.applied = Some(wanted);
    }

    /// Window-wide keys: Ctrl+F / Ctrl+L search, Ctrl +/−/0 zoom, Alt+←
    /// back, Esc leaves a page for the search (⌘ for Ctrl on macOS).
    fn shortcuts(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let table = [
            (SEARCH_KEY, Command::FocusSearch),
            (SEARCH_KEY_2, Command::FocusSearch),
            (ZOOM_IN_KEY, Command::Zoom(Zoom::In)),
            (ZOOM_IN_KEY_2, Command::Zoom(Zoom::In)),
            (ZOOM_OUT_KEY, Command::Zoom(Zoom::Out)),
            (ZOOM_RESET_KEY, Command::Zoom(Zoom::Reset)),
            (BACK_KEY, Command::Back),
        ];
        let mut out: Vec<Command> = table
            .into_iter()
            .filter(|(s, _)| ui.input_mut(|i| i.consume_shortcut(s)))
            .map(|(_, c)| c)
            .collect();
        if self.page != Page::Search
            && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
        {
            out.push(Command::FocusSearch);
        }
        out
    }

    fn nav_bar(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut out = Vec::new();
        let key = |k: &KeyboardShortcut| ui.ctx().format_shortcut(k);
        let (back_key, search_key) = (key(&BACK_KEY), key(&SEARCH_KEY));
        let (zoom_in_key, zoom_out_key, zoom_reset_key) =
            (key(&ZOOM_IN_KEY), key(&ZOOM_OUT_KEY), key(&ZOOM_RESET_KEY));
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(!self.history.is_empty(), egui::Button::new(NAV_BACK))
                .on_hover_text(back_key)
                .clicked()
            {
                out.push(Command::Back);
            }
            ui.separator();
            let tabs = [
                (NAV_SEARCH, Page::Search, search_key.as_str()),
                (NAV_CLASSES, Page::Classes, "classes and the effect matrix"),
                (
                    NAV_DATASET,
                    Page::Dataset,
                    "version, review date and sources",
                ),
            ];
            for (label, page, hint) in tabs {
                if ui
                    .selectable_label(self.page == page, label)
                    .on_hover_text(hint)
                    .clicked()
                {
                    out.push(if page == Page::Search {
                        Command::FocusSearch
                    } else {
                        Command::Open(page)
                    });
                }
            }
            ui.separator();
            let entries = self.counter_check.entries();
            if ui
                .selectable_label(
                    self.page == Page::CounterCheck,
                    format!("{NAV_COUNTER_CHECK} ({})", entries.len()),
                )
                .on_hover_text(if entries.is_empty() {
                    "a patient's medicine list: electrolyte balance, symptoms, red flags".to_owned()
                } else {
                    entries.join(", ")
                })
                .clicked()
            {
                out.push(Command::Open(Page::CounterCheck));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let zoom_in = named_button(ui, "+", ZOOM_IN_LABEL);
                if zoom_in
                    .on_hover_text(format!("zoom in ({zoom_in_key})"))
                    .clicked()
                {
                    out.push(Command::Zoom(Zoom::In));
                }
                let percent = format!("{:.0} %", self.saved.zoom * 100.0);
                let reset = named_button(ui, &percent, ZOOM_RESET_LABEL);
                if reset
                    .on_hover_text(format!("reset zoom ({zoom_reset_key})"))
                    .clicked()
                {
                    out.push(Command::Zoom(Zoom::Reset));
                }
                let zoom_out = named_button(ui, "−", ZOOM_OUT_LABEL);
                if zoom_out
                    .on_hover_text(format!("zoom out ({zoom_out_key})"))
                    .clicked()
                {
                    out.push(Command::Zoom(Zoom::Out));
                }
                let mut theme = self.saved.theme;
                egui::ComboBox::from_label(THEME_LABEL)
                    .selected_text(theme.label())
                    .show_ui(ui, |ui| {
                        for choice in ThemeChoice::ALL {
                            ui.selectable_value(&mut theme, choice, choice.label());
                        }
                    });
                if theme != self.saved.theme {
                    out.push(Command::SetTheme(theme));
                }
                let mut names = self.saved.name_style();
                egui::ComboBox::from_label(NAMES_LABEL)
                    .selected_text(names.label())
                    .show_ui(ui, |ui| {
                        for choice in NameStyle::ALL {
                            ui.selectable_value(&mut names, choice, choice.label());
                        }
                    });
                if names != self.saved.name_style() {
                    out.push(Command::SetNames(names));
                }
            });
        });
        out
    }

    fn banners(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut out = Vec::new();
        if let Some((path, _)) = &self.confirm_overwrite {
            widgets::banner(ui, widgets::Tone::Warning, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{} already exists. Replace it?", path.display()));
                    if ui.button(OVERWRITE_YES).clicked() {
                        out.push(Command::Overwrite(true));
                    }
                    if ui.button(OVERWRITE_NO).clicked() {
                        out.push(Command::Overwrite(false));
                    }
                });
            });
            ui.add_space(4.0);
        }
        if let Some(pending) = &self.pending_pick {
            ui.weak(format!(
                "{}: waiting for the file dialog…",
                pending.pick.title()
            ));
        }
        if let Some(problem) = &self.load_problem {
            widgets::banner(ui, widgets::Tone::Error, |ui| {
                ui.label(
                    "The chosen dataset could not be loaded; showing the built-in dataset instead.",
                );
                for d in problem.errors().take(5) {
                    ui.monospace(d.to_string());
                }
                let more = problem.errors().count().saturating_sub(5);
                if more > 0 {
                    ui.weak(format!("… and {more} more (run `medrisk validate PATH`)"));
                }
            });
            ui.add_space(4.0);
        }
        if self.dataset.review_overdue(self.today) {
            widgets::banner(ui, widgets::Tone::Warning, |ui| {
                ui.label(format!(
                    "⚠ This dataset was due for clinical review on {} (last reviewed {}). Its content may be out of date.",
                    self.dataset.review_due(),
                    self.dataset.metadata().reviewed
                ));
            });
            ui.add_space(4.0);
        }
        if let Some(notice) = &self.data_notice {
            widgets::banner(ui, widgets::Tone::Info, |ui| {
                ui.label(notice);
            });
            ui.add_space(4.0);
        }
        if let Some(SettingsNotice(notice)) = &self.settings_notice {
            widgets::banner(ui, widgets::Tone::Info, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(notice);
                    if ui.button(DISMISS_LABEL).clicked() {
                        out.push(Command::DismissSettingsNotice);
                    }
                });
            });
            ui.add_space(4.0);
        }
        out
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

    fn footer(&self, ui: &mut egui::Ui) {
        let meta = &self.dataset.metadata();
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!(
                "Dataset {} - reviewed {}",
                meta.version, meta.reviewed
            ));
            ui.weak(RichText::new(&meta.disclaimer).small());
        });
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
