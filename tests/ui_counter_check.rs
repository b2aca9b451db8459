//! The counter check as a pharmacist uses it: paste a list, read the
//! potassium balance, pick the complaint, copy or save the summary.
#![cfg(feature = "gui")]

mod ui_support;

use eframe::egui::{self, Key, OutputCommand, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use medrisk::dataset::NameStyle;
use medrisk::ui::{
    CHECK_ADD_LABEL, CHECK_COPY_BUTTON, CHECK_DETAILS_HEADING, CHECK_PASTE_BUTTON,
    CHECK_PASTE_LABEL, CHECK_SAVE_BUTTON, CHECK_SAVE_PATH_LABEL, MedriskApp, NAMES_LABEL, Page,
    buying_label,
};
use ui_support::{app, harness_sized};

fn open_counter_check() -> Harness<'static, MedriskApp> {
    let mut harness = harness_sized(app(), egui::vec2(1100.0, 1600.0));
    harness.get_by_label("Counter check (0)").click();
    harness.run();
    assert_eq!(harness.state().page(), Page::CounterCheck);
    harness
}

/// Focuses a text field as a click would, then types into it.
fn type_into(harness: &mut Harness<'static, MedriskApp>, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

fn paste(harness: &mut Harness<'static, MedriskApp>, text: &str) {
    type_into(harness, Role::MultilineTextInput, CHECK_PASTE_LABEL, text);
    harness
        .get_by_role_and_label(Role::Button, CHECK_PASTE_BUTTON)
        .click();
    harness.run();
}

/// Opens the details under the answer: every note, the balance, the
/// complaint's medicines.
fn open_details(harness: &mut Harness<'static, MedriskApp>) {
    harness.get_by_label(CHECK_DETAILS_HEADING).click();
    harness.run();
}

fn copied_text(harness: &Harness<'static, MedriskApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

#[test]
fn a_pasted_list_gives_the_balance_the_symptom_view_and_a_summary() {
    let mut harness = open_counter_check();
    paste(
        &mut harness,
        "Lasix 40 mg\nprednisone 5mg, Ventolin inhaler",
    );
    assert_eq!(
        harness.state().counter_check(),
        ["Lasix 40 mg", "prednisone 5mg", "Ventolin inhaler"]
    );
    harness.get_by_label("Counter check (3)");
    // The answer first: what to do, then what the list does.
    harness.get_by_label_contains(
        "Check a level: Diuretic, corticosteroid and beta-2 agonist together",
    );
    harness.get_by_label("Potassium: down");
    open_details(&mut harness);
    harness.get_by_label("The list lowers potassium.");
    harness.get_by_label("Diuretic, corticosteroid and beta-2 agonist together");

    harness
        .get_by_role_and_label(Role::RadioButton, "Weak and shaky legs")
        .click();
    harness.run();
    // Red flags tied to the complaint come first.
    harness.get_by_label("Refer urgently if");
    harness.get_by_label_contains("Can explain weak and shaky legs: ");
    harness.get_by_label("Weak and shaky legs: medicines that can cause it");
    harness.get_by_label("Other causes to ask about");
    harness.get_by_label_contains("Hard exercise and muscle fatigue");

    harness
        .get_by_role_and_label(Role::Button, CHECK_COPY_BUTTON)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, CHECK_COPY_BUTTON)
        .click();
    // The clipboard command is in the output of the frame that handled the click.
    harness.step();
    let summary = copied_text(&harness).expect("the summary was copied");
    assert!(summary.contains("Medicines checked: furosemide, prednisone, albuterol (salbutamol)."));
    // Plain text on the clipboard, not Markdown.
    assert!(summary.contains("Foods that contain potassium\n----"));
    assert!(!summary.contains("##") && !summary.contains("**"));
    assert!(summary.contains("Do not stop or change any medicine on your own"));
    harness.run();
    harness.get_by_label("Summary copied to the clipboard (plain text).");
}

#[test]
fn opposing_medicines_are_mixed_and_unknown_names_stay_listed() {
    let mut harness = open_counter_check();
    paste(&mut harness, "Dyazide, zzqqxx");
    harness.get_by_label("Potassium: down and up (they do not cancel)");
    open_details(&mut harness);
    harness.get_by_label("The list pushes potassium both ways: check a level.");
    harness.get_by_label("Medicines push potassium in opposite directions");
    harness.get_by_label_contains("\"zzqqxx\" not recognised");
}

#[test]
fn a_typed_typo_is_added_with_its_correction_shown() {
    let mut harness = open_counter_check();
    type_into(&mut harness, Role::TextInput, CHECK_ADD_LABEL, "furosimide");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().counter_check(), ["furosimide"]);
    harness.get_by_label("corrected from \"furosimide\"");
}

#[test]
fn pred_is_not_guessed_the_pharmacist_picks_prednisolone() {
    let mut harness = open_counter_check();
    type_into(&mut harness, Role::TextInput, CHECK_ADD_LABEL, "pred");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("\"pred\": only the start of a name. Which medicine? Pick one:");
    // Nothing counted yet: the entry is not a medicine until picked.
    harness.get_by_label("Medicines (0)");
    harness
        .get_by_role_and_label(Role::Button, "prednisone")
        .scroll_to_me();
    harness
        .get_by_role_and_label(Role::Button, "prednisolone")
        .click();
    harness.run();
    assert_eq!(harness.state().counter_check(), ["prednisolone"]);
    harness.get_by_label("Medicines (1)");
    // The look-alike partner is flagged on the resolved entry.
    harness.get_by_label_contains("look-alike: prednisone");
}

#[test]
fn uk_names_come_first_once_chosen() {
    let mut harness = open_counter_check();
    paste(&mut harness, "Ventolin, Calpol");
    harness.get_by_label("albuterol (salbutamol)");
    harness.get_by_label(NAMES_LABEL).click();
    harness.run();
    harness.get_by_label("UK names (BNF)").click();
    harness.run();
    assert_eq!(harness.state().saved().name_style(), NameStyle::Uk);
    harness.get_by_label("salbutamol (albuterol)");
    harness.get_by_label("paracetamol (acetaminophen)");
}

#[test]
fn limited_evidence_is_shown_apart_from_the_balance() {
    let mut harness = open_counter_check();
    paste(&mut harness, "furosemide, propranolol");
    harness.get_by_label("(on limited evidence: raised by propranolol)");
    open_details(&mut harness);
    harness.get_by_label("The list lowers potassium.");
    harness.get_by_label(
        "On limited evidence only (not counted above): lowering none; raising propranolol.",
    );
}

#[test]
fn the_same_medicine_twice_is_flagged() {
    let mut harness = open_counter_check();
    paste(&mut harness, "furosemide\nLasix");
    harness.get_by_label_contains("furosemide is on the list more than once");
}

#[test]
fn the_summary_is_saved_only_where_the_pharmacist_says() {
    let dir = std::env::temp_dir().join(format!("medrisk-ui-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("summary.md");
    let mut harness = open_counter_check();
    paste(&mut harness, "spironolactone");
    type_into(
        &mut harness,
        Role::TextInput,
        CHECK_SAVE_PATH_LABEL,
        path.to_str().unwrap(),
    );
    harness
        .get_by_role_and_label(Role::Button, CHECK_SAVE_BUTTON)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, CHECK_SAVE_BUTTON)
        .click();
    harness.run();
    let saved = std::fs::read_to_string(&path).expect("saved");
    assert!(saved.starts_with("# Your medicines: what to look out for"));
    assert!(saved.contains("before taking potassium supplements or salt substitutes"));
    harness.get_by_label(&format!("Summary saved to {}.", path.display()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sodium_and_magnesium_get_lines_of_their_own() {
    let mut harness = open_counter_check();
    paste(&mut harness, "sertraline\nhydrochlorothiazide\nzzqqxx");
    harness.get_by_label("Sodium: down");
    open_details(&mut harness);
    harness.get_by_label("Sodium balance");
    harness.get_by_label("The list lowers sodium.");
    harness.get_by_label("2: sertraline, hydrochlorothiazide");
    harness.get_by_label("Magnesium balance");
    harness.get_by_label("The list lowers magnesium.");
    // A thiazide raises calcium.
    harness.get_by_label("The list raises calcium.");
    // An unknown name stays unknown; it is never read as "no effect".
    harness.get_by_label_contains("\"zzqqxx\" not recognised");
}

#[test]
fn eye_drops_do_not_count_like_tablets() {
    let mut harness = open_counter_check();
    paste(&mut harness, "Tobrex eye drops\nfurosemide");
    open_details(&mut harness);
    harness.get_by_label("The list lowers potassium.");
    // Injected tobramycin lowers potassium; its eye drops do not.
    assert!(
        harness
            .query_by_label("2: tobramycin, furosemide")
            .is_none()
    );
    assert!(harness.query_all_by_label("1: furosemide").count() > 0);
    harness.get_by_label("(eye drops or ointment)");
}

#[test]
fn two_interacting_medicines_show_the_note_with_its_urgency() {
    let ds = ui_support::dataset();
    let interaction = ds
        .interactions()
        .iter()
        .find(|x| x.id == "lithium-nsaids")
        .expect("the dataset has the lithium and NSAID interaction");
    let mut harness = open_counter_check();
    paste(&mut harness, "Priadel 400mg\nibuprofen 200mg");
    open_details(&mut harness);
    harness.get_by_label(&interaction.title);
    assert!(
        harness
            .query_all_by_label(interaction.urgency.label())
            .count()
            > 0,
        "the urgency is shown in words"
    );
    harness.get_by_label_contains("Level raised: lithium carbonate; by: ibuprofen.");
    // A gel does not reach the blood: no note.
    let mut harness = open_counter_check();
    paste(&mut harness, "Priadel 400mg\nVoltarol gel");
    assert!(harness.query_by_label(&interaction.title).is_none());
}

#[test]
fn marking_an_entry_as_bought_puts_do_not_supply_first() {
    let mut harness = open_counter_check();
    paste(&mut harness, "lithium carbonate\nibuprofen\nfurosemide");
    // As a review of the list, the pair goes back to the prescriber.
    harness.get_by_label_contains("Refer: NSAIDs raise lithium levels");
    assert!(harness.query_by_label_contains("Do not supply").is_none());

    harness
        .get_by_role_and_label(Role::CheckBox, &buying_label("ibuprofen"))
        .click();
    harness.run();
    let stop =
        harness.get_by_label_contains("Do not supply ibuprofen: NSAIDs raise lithium levels");
    harness.get_by_label_contains("Instead: paracetamol");
    // It is the top action: above every other card.
    let top = stop.rect().top();
    let other = harness
        .get_by_label_contains("Check a level: Medicines push potassium in opposite directions");
    assert!(top < other.rect().top(), "{top} vs {}", other.rect().top());

    // Unticked, the answer is a review again.
    harness
        .get_by_role_and_label(Role::CheckBox, &buying_label("ibuprofen"))
        .click();
    harness.run();
    assert!(harness.query_by_label_contains("Do not supply").is_none());
}

#[test]
fn a_last_potassium_moves_the_potassium_action_up_and_clearing_it_restores_it() {
    use medrisk::ui::PATIENT_POTASSIUM_LABEL;
    let mut harness = open_counter_check();
    paste(&mut harness, "ramipril\nspironolactone");
    let item = "Several medicines raise potassium";
    harness.get_by_label_contains(&format!("Check a level: {item}"));
    type_into(
        &mut harness,
        Role::TextInput,
        PATIENT_POTASSIUM_LABEL,
        "6.1",
    );
    harness.get_by_label_contains(&format!("Refer: {item}"));
    harness.get_by_label_contains("because last potassium 6.1 mmol/L is high");
    assert!(harness.query_all_by_label("Emergency (999/911)").count() > 0);
    // Cleared, the item is as it was.
    harness
        .get_by_role_and_label(Role::TextInput, PATIENT_POTASSIUM_LABEL)
        .focus();
    harness.run();
    for _ in 0..3 {
        harness.key_press(Key::Backspace);
        harness.run();
    }
    harness.get_by_label_contains(&format!("Check a level: {item}"));
    assert!(
        harness
            .query_by_label_contains("because last potassium")
            .is_none()
    );
}

#[test]
fn an_impossible_egfr_is_refused_beside_its_field() {
    use medrisk::ui::PATIENT_EGFR_LABEL;
    let mut harness = open_counter_check();
    paste(&mut harness, "furosemide");
    type_into(&mut harness, Role::TextInput, PATIENT_EGFR_LABEL, "-3");
    harness.get_by_label_contains("eGFR \"-3\" is not possible");
}

#[test]
fn an_egfr_moves_an_item_up_and_clearing_it_restores_it() {
    use medrisk::ui::PATIENT_EGFR_LABEL;
    let mut harness = open_counter_check();
    paste(&mut harness, "spironolactone\ntrimethoprim");
    let item = "Several medicines raise potassium (spironolactone, trimethoprim)";
    harness.get_by_label_contains(&format!("Check a level: {item}"));
    type_into(&mut harness, Role::TextInput, PATIENT_EGFR_LABEL, "25");
    harness.get_by_label_contains(&format!("Refer: {item}"));
    assert!(
        harness
            .query_all_by_label_contains("because eGFR 25 mL/min/1.73m² is below 30")
            .count()
            > 0
    );
    harness
        .get_by_role_and_label(Role::TextInput, PATIENT_EGFR_LABEL)
        .focus();
    harness.run();
    for _ in 0..2 {
        harness.key_press(Key::Backspace);
        harness.run();
    }
    harness.get_by_label_contains(&format!("Check a level: {item}"));
    assert!(harness.query_by_label_contains("because eGFR").is_none());
}

#[test]
fn the_falls_complaint_shows_drowsiness_the_anticholinergic_total_and_the_falls_list() {
    let mut harness = open_counter_check();
    paste(&mut harness, "oxybutynin\namitriptyline\nzopiclone");
    harness.get_by_label("Unsteady, nearly falling").click();
    harness.run();
    // The complaint's kinds come from the kind table; the totals from the
    // anticholinergic scores and the falls-risk classes.
    harness.get_by_label_contains("Can explain unsteadiness, dizziness on standing or falls");
    harness.get_by_label_contains("Anticholinergic burden: 6, high");
    harness.get_by_label_contains("Raise the risk of falling (STOPPFall classes): ");
    harness.get_by_label("Drowsiness");
}

#[test]
fn a_combinations_badges_wrap_inside_the_list() {
    // Moduretic carries eight badges: more than one line of the list holds.
    let ds = ui_support::dataset();
    let moduretic = ds
        .lookup_name("Moduretic")
        .expect("Moduretic is in the dataset");
    let flags = ds.flags_of(moduretic.target);
    assert!(flags.len() >= 6, "{} badges", flags.len());

    let mut harness = open_counter_check();
    paste(&mut harness, "Moduretic");
    // The paste box spans the list panel: its edges are the list's edges.
    let list = harness
        .get_by_role_and_label(Role::MultilineTextInput, CHECK_PASTE_LABEL)
        .rect();
    let mut in_list = 0;
    for finding in flags {
        let words = finding.words();
        for badge in harness.query_all_by_label(&words) {
            let rect = badge.rect();
            if rect.left() > list.right() {
                continue; // the same badge in the answer, right of the list
            }
            in_list += 1;
            assert!(
                rect.right() <= list.right() + 1.0,
                "\"{words}\" ends at {} beyond the list's edge at {}",
                rect.right(),
                list.right()
            );
        }
    }
    assert!(in_list >= 6, "{in_list} badges found in the list");
}
