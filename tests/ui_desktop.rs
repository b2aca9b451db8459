//! The window and the desktop: saving the summary through the file dialog
//! (a stand-in answers, no portal), the question before replacing a file,
//! printing the handout, opening and dropping a medicine list, opening a
//! dataset, and following the desktop's light or dark theme.
#![cfg(feature = "gui")]

mod ui_support;

use std::path::PathBuf;

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use medrisk::ui::{
    CHECK_OPEN_LIST_BUTTON, CHECK_PRINT_BUTTON, CHECK_SAVE_AS_BUTTON, MedriskApp,
    NAV_COUNTER_CHECK, NAV_DATASET, OPEN_DATASET_BUTTON, OVERWRITE_NO, OVERWRITE_YES, Page,
    SavedState, SystemTheme, ThemeChoice,
};
use ui_support::{DroppedPath, TestDesktop, app, dataset, harness_sized, temp_dir, today};

fn with_desktop(desktop: TestDesktop) -> Harness<'static, MedriskApp> {
    harness_sized(
        app().with_desktop(Box::new(desktop)),
        egui::vec2(1100.0, 1600.0),
    )
}

fn desktop_answering(paths: &[PathBuf]) -> TestDesktop {
    let desktop = TestDesktop::default();
    desktop.answers.borrow_mut().extend(paths.iter().cloned());
    desktop
}

fn open_check_with(harness: &mut Harness<'static, MedriskApp>, list: &str) {
    ui_support::open_check_and_paste(harness, list);
}

fn click(harness: &mut Harness<'static, MedriskApp>, label: &str) {
    harness
        .get_by_role_and_label(Role::Button, label)
        .scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
}

#[test]
fn the_summary_is_saved_where_the_dialog_says_in_the_format_of_its_name() {
    let dir = temp_dir("save-dialog");
    let html = dir.join("summary.html");
    let md = dir.join("summary.md");
    let mut harness = with_desktop(desktop_answering(&[html.clone(), md.clone()]));
    open_check_with(&mut harness, "furosemide, prednisolone");
    click(&mut harness, CHECK_SAVE_AS_BUTTON);
    let page = std::fs::read_to_string(&html).expect("saved");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("furosemide, prednisolone"));
    click(&mut harness, CHECK_SAVE_AS_BUTTON);
    let text = std::fs::read_to_string(&md).expect("saved");
    assert!(text.starts_with("# Your medicines"));
    harness.get_by_label_contains("Summary saved to");
    // A cancelled dialog saves nothing and says nothing went wrong.
    click(&mut harness, CHECK_SAVE_AS_BUTTON);
    assert!(!harness.state().dialog_open());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_existing_file_is_replaced_only_when_the_pharmacist_says_so() {
    let dir = temp_dir("overwrite");
    let path = dir.join("summary.txt");
    std::fs::write(&path, "old notes").unwrap();
    let mut harness = with_desktop(desktop_answering(&[path.clone(), path.clone()]));
    open_check_with(&mut harness, "furosemide");
    click(&mut harness, CHECK_SAVE_AS_BUTTON);
    harness.get_by_label_contains("already exists. Replace it?");
    click(&mut harness, OVERWRITE_NO);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old notes");
    harness.get_by_label_contains("was kept");
    click(&mut harness, CHECK_SAVE_AS_BUTTON);
    click(&mut harness, OVERWRITE_YES);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("Your medicines: what to look out for"),
        "{text}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn print_opens_the_handout_in_the_browser() {
    let desktop = TestDesktop::default();
    let opened = desktop.opened.clone();
    let mut harness = with_desktop(desktop);
    open_check_with(&mut harness, "furosemide");
    click(&mut harness, CHECK_PRINT_BUTTON);
    let opened = opened.lock().unwrap();
    assert_eq!(opened.len(), 1);
    let page = std::fs::read_to_string(&opened[0]).unwrap();
    assert!(page.contains("<title>Your medicines: what to look out for</title>"));
    assert!(!page.contains("<script"));
    harness.get_by_label_contains("print it from there");
    // Readable by this user only, and gone when the window closes.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&opened[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let path = opened[0].clone();
    drop(opened);
    drop(harness);
    assert!(!path.exists(), "{} is left behind", path.display());
}

#[test]
fn a_medicine_list_is_opened_or_dropped_onto_the_window() {
    let dir = temp_dir("lists");
    let opened = dir.join("opened.txt");
    std::fs::write(&opened, "Lasix 40mg\nVentolin inhaler\n").unwrap();
    let dropped = dir.join("dropped.txt");
    std::fs::write(&dropped, "ramipril\n").unwrap();
    let mut harness = with_desktop(desktop_answering(&[opened]));
    harness
        .get_by_label(&format!("{NAV_COUNTER_CHECK} (0)"))
        .click();
    harness.run();
    click(&mut harness, CHECK_OPEN_LIST_BUTTON);
    assert_eq!(
        harness.state().counter_check(),
        ["Lasix 40mg", "Ventolin inhaler"]
    );
    // Dropped from the search page: the counter check opens with it added.
    harness.state_mut().apply(medrisk::ui::Command::FocusSearch);
    harness.run();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(dropped)));
    harness.run();
    assert_eq!(harness.state().page(), Page::CounterCheck);
    assert_eq!(
        harness.state().counter_check(),
        ["Lasix 40mg", "Ventolin inhaler", "ramipril"]
    );
    harness.get_by_label_contains("1 medicines added from");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn another_dataset_is_opened_and_a_broken_one_is_refused() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/check-fixture");
    let broken =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken/class-cycle.ron");
    let mut harness = with_desktop(desktop_answering(&[broken, fixture]));
    harness.get_by_label(NAV_DATASET).click();
    harness.run();
    click(&mut harness, OPEN_DATASET_BUTTON);
    harness.get_by_label_contains("could not be loaded");
    assert_eq!(
        harness.state().dataset().metadata().version,
        dataset().metadata().version
    );
    click(&mut harness, OPEN_DATASET_BUTTON);
    assert_eq!(harness.state().dataset().metadata().version, "test");
}

#[test]
fn the_system_theme_comes_from_the_desktop() {
    for (theme, dark) in [(SystemTheme::Light, false), (SystemTheme::Dark, true)] {
        let saved = SavedState {
            theme: ThemeChoice::System,
            ..SavedState::default()
        };
        let desktop = TestDesktop {
            theme: Some(theme),
            ..TestDesktop::default()
        };
        let app = MedriskApp::with_settings(dataset(), None, saved, None)
            .with_today(today())
            .with_desktop(Box::new(desktop));
        let harness = harness_sized(app, egui::vec2(800.0, 600.0));
        assert_eq!(harness.ctx.theme() == egui::Theme::Dark, dark, "{theme:?}");
    }
}

#[test]
fn a_data_update_that_does_not_verify_is_refused_and_the_data_in_use_stays() {
    let dir = temp_dir("import");
    let bad = dir.join("update.mrd");
    std::fs::write(&bad, b"not a medrisk bundle").unwrap();
    let mut harness = with_desktop(desktop_answering(&[bad]));
    harness.get_by_label("Dataset").click();
    harness.run();
    let before = harness.state().dataset().metadata().version.clone();
    click(&mut harness, medrisk::ui::IMPORT_UPDATE_BUTTON);
    harness.get_by_label_contains("The update was not installed: ");
    assert_eq!(harness.state().dataset().metadata().version, before);
    std::fs::remove_dir_all(&dir).unwrap();
}
