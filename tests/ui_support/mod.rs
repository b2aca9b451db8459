//! What the window tests share: a harness that drives the real app, the
//! embedded dataset, and a storage kept in memory.
#![allow(dead_code)]

use std::collections::HashMap;

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use medrisk::dataset::{Dataset, Date, DrugId};
use medrisk::ui::{MedriskApp, SEARCH_LABEL};

/// A fixed "today" well inside the built-in dataset's review interval, so
/// that no test depends on the calendar.
pub fn today() -> Date {
    let ds = dataset();
    ds.reviewed().add_days(1)
}

pub fn dataset() -> Dataset {
    Dataset::embedded().expect("the built-in dataset is valid")
}

/// The small dataset of tests/data/check-fixture: shaped like the real
/// one, with counts that do not move when the shipped data grows.
pub fn fixture_dataset() -> Dataset {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/check-fixture");
    Dataset::load_path(std::path::Path::new(dir)).expect("the fixture is valid")
}

pub fn drug(name: &str) -> DrugId {
    dataset().drug_by_generic(name).expect("in the dataset")
}

pub fn app() -> MedriskApp {
    MedriskApp::new(dataset(), None).with_today(today())
}

/// The real app in a harness of the given size.
pub fn harness_sized(app: MedriskApp, size: egui::Vec2) -> Harness<'static, MedriskApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_context_setup(medrisk::ui::setup_context)
        .build_ui_state(|ui, app: &mut MedriskApp| app.show(ui), app);
    harness.run();
    harness
}

pub fn harness_with(app: MedriskApp) -> Harness<'static, MedriskApp> {
    harness_sized(app, egui::vec2(1000.0, 700.0))
}

pub fn harness() -> Harness<'static, MedriskApp> {
    harness_with(app())
}

/// Types into the search box as a user would, and lets the window settle.
pub fn type_search(harness: &mut Harness<'static, MedriskApp>, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, SEARCH_LABEL)
        .type_text(text);
    harness.run();
}

/// eframe's storage, in memory.
#[derive(Default)]
pub struct MemoryStorage(pub HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// The desktop as the tests give it: each file dialog answers with the next
/// path in `answers` (or is cancelled when there is none), files "opened in
/// the browser" are recorded, and the theme is what the test says.
#[derive(Default)]
pub struct TestDesktop {
    pub answers: std::cell::RefCell<std::collections::VecDeque<std::path::PathBuf>>,
    pub opened: std::sync::Arc<std::sync::Mutex<Vec<std::path::PathBuf>>>,
    pub theme: Option<medrisk::ui::SystemTheme>,
}

impl medrisk::ui::Desktop for TestDesktop {
    fn pick(
        &self,
        _pick: medrisk::ui::Pick,
    ) -> std::sync::mpsc::Receiver<Option<std::path::PathBuf>> {
        let (tx, rx) = std::sync::mpsc::channel();
        tx.send(self.answers.borrow_mut().pop_front()).unwrap();
        rx
    }

    fn open(&self, path: &std::path::Path) -> std::io::Result<()> {
        self.opened.lock().unwrap().push(path.to_path_buf());
        Ok(())
    }

    fn theme(&self) -> Option<medrisk::ui::SystemTheme> {
        self.theme
    }
}

/// A file dropped on the window, as egui-winit would hand it over.
#[derive(Debug)]
pub struct DroppedPath(pub std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// A fresh folder under the system's temporary folder, for files a test
/// writes.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("medrisk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Opens the (empty) counter check and pastes `list` into it.
pub fn open_check_and_paste(harness: &mut Harness<'static, MedriskApp>, list: &str) {
    use medrisk::ui::{CHECK_PASTE_BUTTON, CHECK_PASTE_LABEL, NAV_COUNTER_CHECK};
    harness
        .get_by_label(&format!("{NAV_COUNTER_CHECK} (0)"))
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, CHECK_PASTE_LABEL)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, CHECK_PASTE_LABEL)
        .type_text(list);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, CHECK_PASTE_BUTTON)
        .click();
    harness.run();
}
