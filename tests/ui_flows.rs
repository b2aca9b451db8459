//! The window's flows, driven through the real app by role and label:
//! search and its keys, the drug page, the class browser and its filter,
//! the dataset page, banners, zoom and theme.
#![cfg(feature = "gui")]

mod ui_support;

use eframe::egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::kittest::Queryable;
use medrisk::dataset::{EffectFlag, NameTarget};
use medrisk::search::Index;
use medrisk::ui::{
    ADD_TO_CHECK_LABEL, NAV_CLASSES, NAV_DATASET, Page, SEARCH_LABEL, THEME_LABEL, ThemeChoice,
};
use ui_support::{app, dataset, drug, harness, harness_sized, harness_with, type_search};

/// Ctrl as egui-winit reports it on Linux and Windows.
fn ctrl() -> Modifiers {
    Modifiers::CTRL | Modifiers::COMMAND
}

fn search_box_focused(harness: &egui_kittest::Harness<'static, medrisk::ui::MedriskApp>) -> bool {
    harness
        .get_by_role_and_label(Role::TextInput, SEARCH_LABEL)
        .is_focused()
}

#[test]
fn a_typo_shows_the_correction_it_made() {
    let mut harness = harness();
    type_search(&mut harness, "furosimide");
    harness.get_by_label("furosemide");
    harness.get_by_label("for 'furosimide'");
}

#[test]
fn a_look_alike_is_flagged_in_the_results() {
    let mut harness = harness();
    type_search(&mut harness, "prednisone");
    harness.get_by_label_contains("⚠ look-alike: prednisolone");
}

#[test]
fn enter_opens_the_first_result_as_a_drug_page() {
    let mut harness = harness();
    type_search(&mut harness, "Lasix");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().page(), Page::Drug(drug("furosemide")));
    // Class and sub-class, names by market, an effect card with its parts.
    harness.get_by_label("Class");
    harness.get_by_label("Sub-class");
    harness.get_by_label("Brands, US");
    harness.get_by_label("frusemide");
    let effects = dataset().effects_of(drug("furosemide")).len();
    for part in ["Tell the patient", "Monitoring", "Sources", "Frequency"] {
        assert_eq!(harness.get_all_by_label(part).count(), effects, "{part}");
    }
    harness.get_by_role_and_label(Role::Button, ADD_TO_CHECK_LABEL);
    // The search that led here is remembered.
    assert_eq!(harness.state().saved().recent_searches, ["Lasix"]);
}

#[test]
fn arrow_keys_move_the_selection_and_enter_opens_it() {
    let ds = dataset();
    let hits = Index::new(&ds).search("pred", 200);
    assert!(hits.len() >= 3, "the test needs several hits for 'pred'");
    let mut harness = harness();
    type_search(&mut harness, "pred");
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert!(
        search_box_focused(&harness),
        "the keys leave the focus in the box"
    );
    harness.key_press(Key::Enter);
    harness.run();
    let want = match hits[1].target {
        NameTarget::Drug(d) => Page::Drug(d),
        NameTarget::Product(c) => Page::Product(c),
        NameTarget::Class(_) => Page::Classes,
    };
    assert_eq!(harness.state().page(), want);
}

#[test]
fn when_nothing_matches_the_nearest_names_are_offered() {
    let query = "dugoxon";
    let found = Index::new(&dataset()).lookup(query, 200);
    assert!(found.hits.is_empty() && !found.nearest.is_empty());
    let nearest = &found.nearest[0].name;
    let mut harness = harness();
    type_search(&mut harness, query);
    harness.get_by_label_contains("No medicine or class matches");
    harness.get_by_role_and_label(Role::Button, nearest).click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("No medicine or class matches")
            .is_none()
    );
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, SEARCH_LABEL)
            .value()
            .as_deref(),
        Some(nearest.as_str())
    );
}

#[test]
fn escape_clears_the_search() {
    let mut harness = harness();
    type_search(&mut harness, "Lasix");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("furosemide").is_none());
    harness.get_by_label_contains("Type a medicine name");
    assert!(search_box_focused(&harness));
}

#[test]
fn ctrl_f_ctrl_l_and_escape_return_to_the_search_box() {
    for keys in [Some(Key::F), Some(Key::L), None] {
        let mut harness = harness();
        type_search(&mut harness, "Lasix");
        harness.key_press(Key::Enter);
        harness.run();
        assert_eq!(harness.state().page(), Page::Drug(drug("furosemide")));
        match keys {
            Some(key) => harness.key_press_modifiers(ctrl(), key),
            None => harness.key_press(Key::Escape),
        }
        harness.run();
        assert_eq!(harness.state().page(), Page::Search, "{keys:?}");
        assert!(search_box_focused(&harness), "{keys:?}");
    }
}

#[test]
fn clicking_a_result_opens_it_and_back_returns() {
    let mut harness = harness();
    type_search(&mut harness, "Lasix");
    harness
        .get_by_role_and_label(Role::Button, "Open furosemide")
        .click();
    harness.run();
    assert_eq!(harness.state().page(), Page::Drug(drug("furosemide")));
    harness
        .get_by_role_and_label(Role::Button, "← Back")
        .click();
    harness.run();
    assert_eq!(harness.state().page(), Page::Search);
    harness.get_by_label("furosemide");
}

#[test]
fn the_drug_page_shows_look_alikes_in_tall_man_letters() {
    let mut harness = harness();
    type_search(&mut harness, "prednisone");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("Look-alike / sound-alike");
    // The FDA list's own letters, not computed ones.
    harness.get_by_label("predniSONE   ↔   prednisoLONE");
    harness.get_by_label_contains("tall-man letters from the FDA/ISMP list");
}

#[test]
fn an_inherited_effect_names_its_class() {
    let ds = dataset();
    let id = drug("furosemide");
    let inherited = ds
        .effects_of(id)
        .iter()
        .filter(|a| a.origin != medrisk::dataset::EffectOrigin::Drug)
        .count();
    let mut harness = harness();
    type_search(&mut harness, "furosemide");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.query_all_by_label("inherited from class").count(),
        inherited
    );
}

#[test]
fn the_drug_page_tells_nothing_documented_from_not_reviewed() {
    // Furosemide was reviewed against its label: a kind it states nothing
    // for reads "no documented effect", with the source.
    let mut harness = harness_sized(app(), eframe::egui::vec2(1000.0, 4000.0));
    type_search(&mut harness, "furosemide");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Not stated for this medicine");
    harness.get_by_label(
        "Drug-induced parkinsonism: no documented effect (reviewed against: Furosemide tablets, prescribing information)",
    );
    // Atenolol has no review source recorded: unknown, never "none".
    let mut harness = harness_sized(app(), eframe::egui::vec2(1000.0, 4000.0));
    type_search(&mut harness, "atenolol");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Drug-induced parkinsonism: not reviewed in this dataset");
}

#[test]
fn add_to_counter_check_emits_a_command_and_keeps_the_drug() {
    let mut harness = harness();
    type_search(&mut harness, "Lasix");
    harness.key_press(Key::Enter);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, ADD_TO_CHECK_LABEL)
        .click();
    harness.run();
    assert_eq!(harness.state().counter_check(), ["furosemide"]);
    harness.get_by_label("Counter check (1)");
    harness.get_by_label("✔ In counter check");
    assert!(
        harness.state().saved().favourites.is_empty(),
        "the counter check is not a favourite"
    );
}

#[test]
fn a_favourite_is_listed_under_the_empty_search_box() {
    let mut harness = harness();
    type_search(&mut harness, "Lasix");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("☆ Add to favourites").click();
    harness.run();
    assert_eq!(harness.state().saved().favourites, ["furosemide"]);
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "★ furosemide")
        .click();
    harness.run();
    assert_eq!(harness.state().page(), Page::Drug(drug("furosemide")));
}

#[test]
fn a_class_hit_opens_the_class_browser_on_that_class() {
    let mut harness = harness();
    type_search(&mut harness, "loop diuretics");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().page(), Page::Classes);
    harness.get_by_label("Effect matrix");
}

#[test]
fn the_class_filter_keeps_only_medicines_that_lower_potassium() {
    let ds = dataset();
    let lowering = ds.drugs_with_flag(EffectFlag::LOWERS_POTASSIUM);
    let raising_only: Vec<_> = ds
        .drugs_with_flag(EffectFlag::RAISES_POTASSIUM)
        .into_iter()
        .filter(|d| !lowering.contains(d))
        .collect();
    assert!(!raising_only.is_empty());
    let mut harness = harness();
    harness.get_by_label(NAV_CLASSES).click();
    harness.run();
    harness.get_by_label("K⁺ ↓ lower potassium").click();
    harness.run();
    harness.get_by_label(&format!(
        "All {} medicines that lower potassium",
        lowering.len()
    ));
    for d in raising_only {
        let name = &ds.drug(d).generic;
        assert!(
            harness.query_by_label(name).is_none(),
            "{name} raises potassium only, yet is listed"
        );
    }
}

#[test]
fn the_matrix_names_members_that_differ_from_their_class() {
    let ds = dataset();
    // Every exception the dataset holds, as the matrix should print it.
    let mut expected = Vec::new();
    for class in ds.class_ids() {
        for flag in EffectFlag::all() {
            let differing = ds.members_differing(class, flag);
            if differing.is_empty() {
                continue;
            }
            let names: Vec<&str> = differing
                .iter()
                .map(|&d| ds.drug(d).generic.as_str())
                .collect();
            let word = if ds.class_has_flag(class, flag) {
                "not"
            } else {
                "but"
            };
            expected.push(format!("{word} {}", names.join(", ")));
        }
    }
    assert!(!expected.is_empty(), "the dataset has members that differ");
    // Tall enough for every row: the table lays out only the rows in view.
    let mut harness = harness_sized(app(), eframe::egui::vec2(3200.0, 6000.0));
    harness.get_by_label(NAV_CLASSES).click();
    harness.run();
    for text in &expected {
        assert!(
            harness.query_all_by_label(text).count() > 0,
            "matrix lacks {text:?}"
        );
    }
}

#[test]
fn the_dataset_page_shows_version_counts_and_sources() {
    let ds = dataset();
    let mut harness = harness();
    harness.get_by_label(NAV_DATASET).click();
    harness.run();
    harness.get_by_label("Dataset version");
    assert!(harness.get_all_by_label(&ds.metadata().version).count() > 0);
    harness.get_by_label(&format!("Sources ({})", ds.sources().len()));
    harness.get_by_label(&ds.drugs().len().to_string());
    harness.get_by_label(&ds.sources()[0].title);
    // On the page and in the footer.
    assert_eq!(
        harness
            .get_all_by_label_contains("does not replace, professional judgement")
            .count(),
        2
    );
}

#[test]
fn a_dataset_past_its_review_date_shows_a_banner() {
    let ds = dataset();
    let late = ds.review_due().add_days(1);
    let harness = harness_with(app().with_today(late));
    harness.get_by_label_contains("was due for clinical review");
    let on_time = harness_with(app().with_today(ds.review_due()));
    assert!(
        on_time
            .query_by_label_contains("was due for clinical review")
            .is_none()
    );
}

#[test]
fn ctrl_plus_minus_and_zero_zoom_and_are_saved() {
    let mut harness = harness();
    harness.key_press_modifiers(ctrl(), Key::Plus);
    harness.run();
    harness.key_press_modifiers(ctrl(), Key::Equals);
    harness.run();
    assert_eq!(harness.state().saved().zoom, 1.2);
    assert!((harness.ctx.zoom_factor() - 1.2).abs() < 1e-6);
    harness.key_press_modifiers(ctrl(), Key::Minus);
    harness.run();
    assert_eq!(harness.state().saved().zoom, 1.1);
    harness.key_press_modifiers(ctrl(), Key::Num0);
    harness.run();
    assert_eq!(harness.state().saved().zoom, 1.0);
}

#[test]
fn the_theme_switch_follows_the_system_until_changed() {
    let mut harness = harness();
    assert_eq!(harness.state().saved().theme, ThemeChoice::System);
    harness
        .get_by_role_and_label(Role::ComboBox, THEME_LABEL)
        .click();
    harness.run();
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.state().saved().theme, ThemeChoice::Dark);
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        eframe::egui::ThemePreference::Dark
    );
}

#[test]
fn the_zoom_buttons_and_badges_have_spoken_names() {
    use medrisk::ui::{ZOOM_IN_LABEL, ZOOM_OUT_LABEL, ZOOM_RESET_LABEL};
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, ZOOM_IN_LABEL)
        .click();
    harness.run();
    assert!((harness.state().saved().zoom - 1.1).abs() < 1e-3);
    harness
        .get_by_role_and_label(Role::Button, ZOOM_OUT_LABEL)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, ZOOM_OUT_LABEL)
        .click();
    harness.run();
    assert!((harness.state().saved().zoom - 0.9).abs() < 1e-3);
    harness
        .get_by_role_and_label(Role::Button, ZOOM_RESET_LABEL)
        .click();
    harness.run();
    assert_eq!(harness.state().saved().zoom, 1.0);
    // A badge is read as words, not symbols.
    let mut fresh = ui_support::harness();
    type_search(&mut fresh, "Lasix");
    assert!(fresh.query_all_by_label("K⁺ ↓").next().is_none());
    assert!(fresh.query_all_by_label("lowers serum potassium").count() > 0);
}
