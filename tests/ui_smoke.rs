//! The window as a user meets it: driven through egui_kittest by role and
//! accessible label, with no real window.
#![cfg(feature = "gui")]

mod ui_support;

use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use medrisk::dataset::Dataset;
use medrisk::ui::{MedriskApp, SEARCH_LABEL};
use ui_support::{dataset, harness, harness_with, today, type_search};

#[test]
fn the_search_box_has_an_accessible_name_and_focus_at_start() {
    let harness = harness();
    let search = harness.get_by_role_and_label(Role::TextInput, SEARCH_LABEL);
    assert!(search.is_focused());
}

#[test]
fn typing_a_brand_shows_its_generic_name() {
    let mut harness = harness();
    type_search(&mut harness, "Lasix");
    harness.get_by_label("furosemide");
    harness.get_by_label("(brand Lasix)");
    harness.get_by_role_and_label(Role::Button, "Open furosemide");
    assert!(harness.query_all_by_label("lowers serum potassium").count() > 0);
}

#[test]
fn a_query_that_matches_nothing_says_so() {
    let mut harness = harness();
    type_search(&mut harness, "zzzzqqq");
    harness.get_by_label_contains("No medicine or class matches");
}

#[test]
fn the_footer_shows_dataset_version_and_disclaimer() {
    let harness = harness();
    let ds = dataset();
    harness.get_by_label_contains(&format!("Dataset {}", ds.metadata().version));
    harness.get_by_label_contains("does not replace, professional judgement");
}

#[test]
fn a_broken_data_file_falls_back_with_a_banner() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/broken/unknown-source.ron"
    );
    let (dataset, problem) = Dataset::load_or_embedded(Some(std::path::Path::new(path)));
    assert!(problem.is_some());
    let harness = harness_with(MedriskApp::new(dataset, problem).with_today(today()));
    harness.get_by_label_contains("could not be loaded");
    harness.get_by_label_contains("unknown-source.ron:49:31: drug \"furosemide\"");
}

#[test]
fn the_window_icon_decodes() {
    let icon = medrisk::ui::window_icon().expect("icons/medrisk-256.png is a PNG");
    assert_eq!((icon.width, icon.height), (256, 256));
}
