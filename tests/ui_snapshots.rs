//! Image snapshots of the main views, rendered by wgpu on the software
//! Vulkan driver (lavapipe) and compared with `tests/snapshots/*.png`
//! within the limits in `kittest.toml`. After an intended change:
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui_snapshots`, then look at the
//! new images before committing them.
#![cfg(feature = "gui")]

mod ui_support;

use eframe::egui::{self, Key};
use egui_kittest::kittest::Queryable;
use medrisk::dataset::Dataset;
use medrisk::ui::{MedriskApp, NAV_CLASSES, NAV_DATASET, SavedState, ThemeChoice};
use ui_support::{dataset, fixture_dataset, harness_sized, today, type_search};

fn themed(theme: ThemeChoice) -> MedriskApp {
    themed_with(dataset(), theme)
}

fn themed_with(dataset: Dataset, theme: ThemeChoice) -> MedriskApp {
    let saved = SavedState {
        theme,
        ..SavedState::default()
    };
    let today = dataset.reviewed().add_days(1);
    MedriskApp::with_settings(dataset, None, saved, None).with_today(today)
}

/// The dataset page counts the dataset's classes, drugs and sources, so it
/// is drawn from the fixture: a source added to the shipped data does not
/// change the picture.
fn dataset_page_app() -> MedriskApp {
    themed_with(fixture_dataset(), ThemeChoice::Light)
}

/// No pointer over the window, so no hover colours in the image.
fn settle(harness: &mut egui_kittest::Harness<'static, MedriskApp>) {
    harness.remove_cursor();
    harness.run();
}

fn size() -> egui::Vec2 {
    egui::vec2(1000.0, 700.0)
}

#[test]
fn search_results_with_the_second_row_chosen() {
    let mut harness = harness_sized(themed(ThemeChoice::Light), size());
    type_search(&mut harness, "pred");
    harness.key_press(Key::ArrowDown);
    harness.run();
    settle(&mut harness);
    harness.snapshot("search_results_pred");
}

#[test]
fn search_with_a_typo_corrected() {
    let mut harness = harness_sized(themed(ThemeChoice::Dark), size());
    type_search(&mut harness, "furosimide");
    settle(&mut harness);
    harness.snapshot("search_typo_furosimide_dark");
}

#[test]
fn drug_page() {
    let mut harness = harness_sized(themed(ThemeChoice::Light), egui::vec2(1000.0, 1100.0));
    type_search(&mut harness, "prednisone");
    harness.key_press(Key::Enter);
    harness.run();
    settle(&mut harness);
    harness.snapshot("drug_page_prednisone");
}

#[test]
fn class_matrix_filtered_to_potassium_lowering() {
    let mut harness = harness_sized(themed(ThemeChoice::Light), egui::vec2(1200.0, 800.0));
    harness.get_by_label(NAV_CLASSES).click();
    harness.run();
    harness.get_by_label("K⁺ ↓ lower potassium").click();
    harness.run();
    settle(&mut harness);
    harness.snapshot("class_matrix_lowers_potassium");
}

#[test]
fn dataset_page() {
    let mut harness = harness_sized(dataset_page_app(), size());
    harness.get_by_label(NAV_DATASET).click();
    harness.run();
    settle(&mut harness);
    harness.snapshot("dataset_page");
}

/// The counter check with a pasted list and a complaint chosen.
fn counter_check(
    list: &str,
    complaint: &str,
    size: egui::Vec2,
) -> egui_kittest::Harness<'static, MedriskApp> {
    use eframe::egui::accesskit::Role;
    let mut harness = pasted(themed(ThemeChoice::Light), list, size);
    harness
        .get_by_role_and_label(Role::RadioButton, complaint)
        .click();
    harness.run();
    settle(&mut harness);
    harness
}

/// The counter check with a pasted list.
fn pasted(
    app: MedriskApp,
    list: &str,
    size: egui::Vec2,
) -> egui_kittest::Harness<'static, MedriskApp> {
    let mut harness = harness_sized(app, size);
    ui_support::open_check_and_paste(&mut harness, list);
    harness
}

#[test]
fn counter_check_for_weak_and_shaky_legs() {
    let mut harness = counter_check(
        "Lasix 40mg\nprednisolone\nVentolin inhaler\nramipril",
        "Weak and shaky legs",
        egui::vec2(1000.0, 900.0),
    );
    harness.snapshot("counter_check_legs");
}

#[test]
fn class_matrix_with_every_kind() {
    let mut harness = harness_sized(themed(ThemeChoice::Light), egui::vec2(1900.0, 900.0));
    harness.get_by_label(NAV_CLASSES).click();
    harness.run();
    settle(&mut harness);
    harness.snapshot("class_matrix_every_kind");
}

#[test]
fn counter_check_with_sodium_and_magnesium() {
    let mut harness = counter_check(
        "sertraline 50mg\nbendroflumethiazide 2.5mg\nSalbutamol inhaler\nTobrex eye drops",
        "Cramps",
        egui::vec2(1000.0, 1000.0),
    );
    harness.snapshot("counter_check_sodium_cramps");
}

#[test]
fn counter_check_asks_which_medicine_under_uk_names() {
    let saved = SavedState {
        theme: ThemeChoice::Light,
        names: Some(medrisk::dataset::NameStyle::Uk),
        ..SavedState::default()
    };
    let app = MedriskApp::with_settings(dataset(), None, saved, None).with_today(today());
    let list = "pred 5mg\nVentolin\nCelebrex\nzzqx\nStatins";
    let mut harness = pasted(app, list, egui::vec2(1000.0, 600.0));
    settle(&mut harness);
    harness.snapshot("counter_check_pick_uk_names");
}

/// Every tab of the navigation bar, from the one registry the bar and the
/// shortcuts use: a click opens its page, and each page has a snapshot. A
/// page added to the registry is visited here without another test.
#[test]
fn every_tab_opens_its_page() {
    let mut results = egui_kittest::SnapshotResults::new();
    for tab in medrisk::ui::TABS {
        let app = if tab.page == medrisk::ui::Page::Dataset {
            dataset_page_app()
        } else {
            themed(ThemeChoice::Light)
        };
        let mut harness = harness_sized(app, size());
        let label = if tab.page == medrisk::ui::Page::CounterCheck {
            format!("{} (0)", tab.label)
        } else {
            tab.label.to_owned()
        };
        // The window starts on the search page; leave it first when the
        // search tab is the one under test, so the click is what opens it.
        if tab.page == medrisk::ui::Page::Search {
            harness.get_by_label(NAV_DATASET).click();
            harness.run();
        }
        harness.get_by_label(&label).click();
        harness.run();
        assert_eq!(harness.state().page(), tab.page, "{label}");
        settle(&mut harness);
        let name = format!("tab_{}", tab.label.to_lowercase().replace(' ', "_"));
        harness.snapshot(&name);
        results.extend(harness.take_snapshot_results());
    }
}
