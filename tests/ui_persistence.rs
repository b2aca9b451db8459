//! What the window saves: the settings struct's round trip through RON,
//! old and damaged saves, and the app's own load-from-storage path with an
//! in-memory eframe storage.
#![cfg(feature = "gui")]

mod ui_support;

use eframe::egui::{Key, accesskit::Role};
use egui_kittest::kittest::Queryable;
use medrisk::dataset::NameStyle;
use medrisk::ui::{
    DISMISS_LABEL, MAX_RECENT, MAX_ZOOM, MedriskApp, STORAGE_KEY, SavedState, ThemeChoice,
};
use ui_support::{MemoryStorage, dataset, harness_with, today, type_search};

fn sample() -> SavedState {
    SavedState {
        theme: ThemeChoice::Dark,
        zoom: 1.3,
        recent_searches: vec!["Lasix".to_owned(), "furosimide".to_owned()],
        favourites: vec!["furosemide".to_owned(), "lithium".to_owned()],
        names: Some(NameStyle::Uk),
        pharmacy_name: "High Street Pharmacy".to_owned(),
        pharmacy_address: "1 High Street\nMarket Town".to_owned(),
    }
}

#[test]
fn the_first_start_takes_names_from_the_locale_and_a_choice_is_kept() {
    let first = |locale| SavedState::default().with_locale(locale).name_style();
    assert_eq!(first(Some("en_GB.UTF-8")), NameStyle::Uk);
    assert_eq!(first(Some("en_US.UTF-8")), NameStyle::Us);
    assert_eq!(first(Some("fr_FR")), NameStyle::Intl);
    assert_eq!(first(None), NameStyle::Us);
    // Once chosen, the locale no longer decides.
    let chosen = sample().with_locale(Some("en_US.UTF-8"));
    assert_eq!(chosen.name_style(), NameStyle::Uk);
    let text = chosen.to_ron();
    assert_eq!(
        SavedState::from_ron(&text).unwrap().names,
        Some(NameStyle::Uk)
    );
}

#[test]
fn saved_state_round_trips_through_ron() {
    let state = sample();
    let text = state.to_ron();
    assert_eq!(SavedState::from_ron(&text).unwrap(), state);
}

#[test]
fn an_old_save_missing_fields_takes_the_defaults_for_them() {
    let state = SavedState::from_ron("(zoom: 1.5)").unwrap();
    assert_eq!(state.zoom, 1.5);
    assert_eq!(state.theme, ThemeChoice::System);
    assert!(state.recent_searches.is_empty() && state.favourites.is_empty());
    assert_eq!(state.names, None);
}

#[test]
fn out_of_range_values_are_brought_back_within_limits() {
    let long: Vec<String> = (0..20).map(|i| format!("\"q{i}\"")).collect();
    let text = format!(
        "(zoom: 40.0, recent_searches: [{}], favourites: [\"a\", \"a\"])",
        long.join(",")
    );
    let state = SavedState::from_ron(&text).unwrap();
    assert_eq!(state.zoom, MAX_ZOOM);
    assert_eq!(state.recent_searches.len(), MAX_RECENT);
    assert_eq!(state.favourites, ["a"]);
}

#[test]
fn damaged_saves_are_errors_not_panics() {
    for text in [
        "",
        "(zoom: \"big\")",
        "(theme: Purple)",
        "garbage((",
        "\u{0}",
    ] {
        assert!(SavedState::from_ron(text).is_err(), "{text:?}");
    }
}

#[test]
fn the_app_saves_and_loads_its_settings_through_eframe_storage() {
    let mut storage = MemoryStorage::default();
    let mut first = MedriskApp::with_settings(dataset(), None, sample(), None);
    eframe::App::save(&mut first, &mut storage);
    assert!(storage.0.contains_key(STORAGE_KEY));

    let second = MedriskApp::from_storage(dataset(), None, Some(&storage));
    assert_eq!(second.saved(), &sample());
}

#[test]
fn what_the_user_does_is_saved_and_restored() {
    let mut harness =
        harness_with(MedriskApp::from_storage(dataset(), None, None).with_today(today()));
    type_search(&mut harness, "Lasix");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("☆ Add to favourites").click();
    harness.run();
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);

    let restored =
        harness_with(MedriskApp::from_storage(dataset(), None, Some(&storage)).with_today(today()));
    assert_eq!(restored.state().saved().favourites, ["furosemide"]);
    assert_eq!(restored.state().saved().recent_searches, ["Lasix"]);
    restored.get_by_role_and_label(Role::Button, "★ furosemide");
    restored.get_by_role_and_label(Role::Button, "Lasix");
}

#[test]
fn unreadable_saved_settings_mean_defaults_and_a_notice() {
    let mut storage = MemoryStorage::default();
    eframe::Storage::set_string(&mut storage, STORAGE_KEY, "(zoom: ".to_owned());
    let mut harness =
        harness_with(MedriskApp::from_storage(dataset(), None, Some(&storage)).with_today(today()));
    assert_eq!(harness.state().saved(), &SavedState::default());
    harness.get_by_label_contains("Saved settings could not be read");
    harness
        .get_by_role_and_label(Role::Button, DISMISS_LABEL)
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Saved settings could not be read")
            .is_none()
    );
}
