//! The window as a user meets it: driven through egui_kittest by role and
//! accessible label, with no real window.
#![cfg(feature = "gui")]

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use medrisk::dataset::Dataset;
use medrisk::ui::{MedriskApp, SEARCH_LABEL};

fn harness_with(app: MedriskApp) -> Harness<'static, MedriskApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 600.0))
        .build_ui_state(|ui, app: &mut MedriskApp| app.show(ui), app);
    harness.run();
    harness
}

fn harness() -> Harness<'static, MedriskApp> {
    harness_with(MedriskApp::new(Dataset::embedded().unwrap(), None))
}

#[test]
fn the_search_box_has_an_accessible_name_and_focus_at_start() {
    let harness = harness();
    let search = harness.get_by_role_and_label(Role::TextInput, SEARCH_LABEL);
    assert!(search.is_focused());
}

#[test]
fn typing_a_brand_shows_its_generic_name() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::TextInput, SEARCH_LABEL)
        .type_text("Lasix");
    harness.run();
    harness.get_by_label("furosemide");
    harness.get_by_label("K+ down");
}

#[test]
fn a_query_that_matches_nothing_says_so() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::TextInput, SEARCH_LABEL)
        .type_text("zzzzqqq");
    harness.run();
    harness.get_by_label_contains("No medicine or class matches");
}

#[test]
fn the_footer_shows_dataset_version_and_disclaimer() {
    let harness = harness();
    let ds = Dataset::embedded().unwrap();
    harness.get_by_label_contains(&format!("Dataset {}", ds.metadata.version));
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
    let harness = harness_with(MedriskApp::new(dataset, problem));
    harness.get_by_label_contains("could not be loaded");
    harness.get_by_label_contains("unknown-source.ron:49:31: drug \"furosemide\"");
}
