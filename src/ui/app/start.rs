//! Building the app: from a dataset, with the data source and its notices,
//! from saved settings, with a desktop (dialogs, theme) and a date.

use super::*;

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
            print_files: crate::ui::print_files::PrintFiles::new(),
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

    /// Reviews are judged against `today` (for tests of the banner).
    pub fn with_today(mut self, today: Date) -> Self {
        self.today = today;
        self
    }
}
