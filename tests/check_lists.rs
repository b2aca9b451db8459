//! The counter-check rules over medicine lists, as tables: one list per line.
//! Runs on a small fixture dataset (tests/data/check-fixture) so the rules
//! are tested apart from the clinical content, which tests/cli.rs and
//! tests/data_facts.rs cover.

use medrisk::check::{self, Complaint, Report};
use medrisk::dataset::{Dataset, Date, DrugId, EffectKind, NameStyle, TextFile};
use medrisk::search::Index;

fn fixture() -> (Dataset, Index) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/check-fixture/check-fixture.ron"
    );
    let file = TextFile {
        name: "check-fixture.ron".into(),
        text: std::fs::read_to_string(path).unwrap(),
    };
    let ds = Dataset::from_files(&[file], Date::parse_iso("2026-06-01").unwrap()).unwrap();
    let index = Index::new(&ds);
    (ds, index)
}

fn run(list: &[&str], complaint: Option<Complaint>) -> (Dataset, Report) {
    let (ds, index) = fixture();
    let inputs: Vec<String> = list.iter().map(|s| s.to_string()).collect();
    let report = check::check(&ds, &index, &inputs, complaint);
    (ds, report)
}

fn names(ds: &Dataset, ids: &[DrugId]) -> Vec<String> {
    ids.iter().map(|&d| ds.drug(d).generic.clone()).collect()
}

/// list → net potassium, lowering, raising, rule ids that fire.
type BalanceCase = (
    &'static [&'static str],
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const BALANCE: &[BalanceCase] = &[
    (&[], "none", &[], &[], &[]),
    (&["furosemide"], "lowers", &["furosemide"], &[], &[]),
    (&["spironolactone"], "raises", &[], &["spironolactone"], &[]),
    (&["simvastatin"], "none", &[], &[], &[]),
    (&["ipratropium"], "none", &[], &[], &[]),
    (
        &["furosemide", "hydrochlorothiazide"],
        "lowers",
        &["furosemide", "hydrochlorothiazide"],
        &[],
        &["low-k-additive"],
    ),
    (
        &["furosemide", "prednisone", "albuterol"],
        "lowers",
        &["furosemide", "prednisone", "albuterol"],
        &[],
        &["low-k-additive", "low-k-triple"],
    ),
    (
        &["hydrochlorothiazide", "prednisone", "Ventolin"],
        "lowers",
        &["hydrochlorothiazide", "prednisone", "albuterol"],
        &[],
        &["low-k-additive", "low-k-triple"],
    ),
    (
        &["furosemide", "spironolactone"],
        "mixed",
        &["furosemide"],
        &["spironolactone"],
        &["conflict"],
    ),
    (
        &["lisinopril", "spironolactone", "potassium chloride"],
        "raises",
        &[],
        &["lisinopril", "spironolactone", "potassium chloride"],
        &["high-k-raas", "high-k-additive"],
    ),
    (
        &["lisinopril", "spironolactone"],
        "raises",
        &[],
        &["lisinopril", "spironolactone"],
        &["high-k-raas", "high-k-additive"],
    ),
    (&["lisinopril"], "raises", &[], &["lisinopril"], &[]),
    (
        &["spironolactone", "potassium chloride"],
        "raises",
        &[],
        &["spironolactone", "potassium chloride"],
        &["high-k-additive"],
    ),
    // Two potassium salts in one product are one source of potassium: a
    // combination counts each mechanism once.
    (
        &["Sando-K"],
        "raises",
        &[],
        &["potassium chloride", "potassium bicarbonate"],
        &[],
    ),
    (
        &["Sando-K", "spironolactone"],
        "raises",
        &[],
        &[
            "potassium chloride",
            "potassium bicarbonate",
            "spironolactone",
        ],
        &["high-k-additive"],
    ),
    (
        &["digoxin", "furosemide"],
        "lowers",
        &["furosemide"],
        &[],
        &["digoxin-low-k"],
    ),
    (&["digoxin"], "none", &[], &[], &[]),
    (
        &["digoxin", "lisinopril"],
        "raises",
        &[],
        &["lisinopril"],
        &[],
    ),
    (
        &["Dyazide"],
        "mixed",
        &["hydrochlorothiazide"],
        &["triamterene"],
        &["conflict"],
    ),
    (&["Combivent"], "lowers", &["albuterol"], &[], &[]),
    (
        &["amphoteric"],
        "mixed",
        &["amphoteric"],
        &["amphoteric"],
        &["conflict"],
    ),
    (
        &["Lasix 40 mg tablets", "ALDACTONE", "salbutamol inhaler"],
        "mixed",
        &["furosemide", "albuterol"],
        &["spironolactone"],
        &["conflict", "low-k-additive"],
    ),
    (
        &["furosemide", "Lasix"],
        "lowers",
        &["furosemide"],
        &[],
        &[],
    ),
    (&["zzqx", "furosemide"], "lowers", &["furosemide"], &[], &[]),
];

#[test]
fn potassium_balance_and_rules_for_each_list() {
    for (list, net, lowering, raising, rules) in BALANCE {
        let (ds, r) = run(list, None);
        assert_eq!(r.potassium().net.as_str(), *net, "net for {list:?}");
        assert_eq!(
            names(&ds, &r.potassium().lowering),
            *lowering,
            "lowering for {list:?}"
        );
        assert_eq!(
            names(&ds, &r.potassium().raising),
            *raising,
            "raising for {list:?}"
        );
        let fired: Vec<&str> = r.notes.iter().map(|n| n.id()).collect();
        assert_eq!(fired, *rules, "rules for {list:?}");
    }
}

#[test]
fn limited_evidence_is_listed_apart_and_does_not_tip_the_balance() {
    let (ds, r) = run(&["furosemide", "propranolol"], None);
    assert_eq!(r.potassium().net.as_str(), "lowers");
    assert!(r.potassium().raising.is_empty());
    assert_eq!(names(&ds, &r.potassium().possibly_raising), ["propranolol"]);
    assert!(r.notes.is_empty(), "no conflict note on limited evidence");
}

#[test]
fn a_rule_names_the_medicines_that_made_it_fire() {
    let (ds, r) = run(&["digoxin", "simvastatin", "furosemide"], None);
    let note = r.notes.iter().find(|n| n.id() == "digoxin-low-k").unwrap();
    assert_eq!(names(&ds, &note.drugs), ["digoxin", "furosemide"]);
    let (ds, r) = run(&["albuterol", "prednisone", "hydrochlorothiazide"], None);
    let note = r.notes.iter().find(|n| n.id() == "low-k-triple").unwrap();
    // In the order the pharmacist entered them.
    assert_eq!(
        names(&ds, &note.drugs),
        ["albuterol", "prednisone", "hydrochlorothiazide"]
    );
}

/// list → tremor, weakness.
const EFFECTS: &[(&[&str], &[&str], &[&str])] = &[
    (&["albuterol"], &["albuterol"], &[]),
    (&["ipratropium"], &[], &[]),
    (&["Combivent"], &["albuterol"], &[]),
    (
        &["simvastatin", "prednisone"],
        &[],
        &["simvastatin", "prednisone"],
    ),
    // Sertraline's tremor rests on limited evidence: possible, not listed.
    (
        &["lithium carbonate", "sertraline"],
        &["lithium carbonate"],
        &["lithium carbonate"],
    ),
    (&["paracetamolish"], &[], &[]),
    (&["furosemide"], &[], &[]),
];

#[test]
fn tremor_and_weakness_for_each_list() {
    for (list, tremor, weakness) in EFFECTS {
        let (ds, r) = run(list, None);
        assert_eq!(
            names(&ds, &r.event(EffectKind::Tremor).causing),
            *tremor,
            "tremor for {list:?}"
        );
        assert_eq!(
            names(&ds, &r.event(EffectKind::MuscleWeakness).causing),
            *weakness,
            "weakness for {list:?}"
        );
    }
}

/// list, level kind → lowering, raising, possibly lowering, possibly raising.
type LevelCase = (
    &'static [&'static str],
    EffectKind,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const LEVELS: &[LevelCase] = &[
    (
        &["sertraline", "hydrochlorothiazide"],
        EffectKind::Sodium,
        &["sertraline", "hydrochlorothiazide"],
        &[],
        &[],
        &[],
    ),
    (
        &["sertraline", "hydrochlorothiazide"],
        EffectKind::Potassium,
        &["hydrochlorothiazide"],
        &[],
        &[],
        &[],
    ),
    (&["furosemide"], EffectKind::Sodium, &[], &[], &[], &[]),
    (
        &["tobramycin"],
        EffectKind::Magnesium,
        &["tobramycin"],
        &[],
        &[],
        &[],
    ),
    // Eye drops carry only what their own label gives: nothing here.
    (
        &["Tobrex eye drops", "furosemide"],
        EffectKind::Potassium,
        &["furosemide"],
        &[],
        &[],
        &[],
    ),
    (
        &["Tobrex eye drops"],
        EffectKind::Magnesium,
        &[],
        &[],
        &[],
        &[],
    ),
    // The inhaler's label gives potassium lowering by the inhaled route.
    (
        &["Combivent"],
        EffectKind::Potassium,
        &["albuterol"],
        &[],
        &[],
        &[],
    ),
    (
        &["propranolol"],
        EffectKind::Potassium,
        &[],
        &[],
        &[],
        &["propranolol"],
    ),
];

#[test]
fn every_level_balances_by_the_same_rule() {
    for (list, kind, low, high, maybe_low, maybe_high) in LEVELS {
        let (ds, r) = run(list, None);
        let b = r.level(*kind);
        assert_eq!(
            names(&ds, &b.lowering),
            *low,
            "{kind:?} lowering for {list:?}"
        );
        assert_eq!(
            names(&ds, &b.raising),
            *high,
            "{kind:?} raising for {list:?}"
        );
        assert_eq!(
            names(&ds, &b.possibly_lowering),
            *maybe_low,
            "{kind:?} for {list:?}"
        );
        assert_eq!(
            names(&ds, &b.possibly_raising),
            *maybe_high,
            "{kind:?} for {list:?}"
        );
    }
}

#[test]
fn cramps_are_an_event_of_their_own() {
    let (ds, r) = run(&["albuterol", "simvastatin"], None);
    assert_eq!(
        names(&ds, &r.event(EffectKind::MuscleCramps).causing),
        ["albuterol"]
    );
    assert_eq!(
        names(&ds, &r.event(EffectKind::MuscleWeakness).causing),
        ["simvastatin"]
    );
    let (ds, r) = run(&["sertraline"], None);
    assert!(r.event(EffectKind::Tremor).causing.is_empty());
    assert_eq!(
        names(&ds, &r.event(EffectKind::Tremor).possibly_causing),
        ["sertraline"]
    );
}

#[test]
fn combination_products_expand_to_their_ingredients() {
    let (ds, r) = run(&["Dyazide"], None);
    assert_eq!(names(&ds, &r.drugs), ["triamterene", "hydrochlorothiazide"]);
    assert_eq!(r.entries.len(), 1);
    assert_eq!(r.entries[0].drugs().len(), 2);
}

#[test]
fn the_same_medicine_twice_is_flagged_once_with_both_entries() {
    let (ds, r) = run(&["furosemide", "Lasix", "frusemide 20mg"], None);
    assert_eq!(names(&ds, &r.drugs), ["furosemide"]);
    assert_eq!(r.duplicates.len(), 1);
    assert_eq!(ds.drug(r.duplicates[0].drug).generic, "furosemide");
    assert_eq!(
        r.duplicates[0].inputs,
        ["furosemide", "Lasix", "frusemide 20mg"]
    );
    // An ingredient also entered on its own is a duplicate too.
    let (ds, r) = run(&["Dyazide", "hydrochlorothiazide"], None);
    assert_eq!(r.duplicates.len(), 1);
    assert_eq!(ds.drug(r.duplicates[0].drug).generic, "hydrochlorothiazide");
}

#[test]
fn unknown_names_and_classes_are_listed_never_dropped() {
    let (_, r) = run(&["zzqx", "Beta-2 agonists", "furosemide"], None);
    let unresolved: Vec<&str> = r.unresolved().iter().map(|e| e.input.as_str()).collect();
    assert_eq!(unresolved, ["zzqx", "Beta-2 agonists"]);
    match &r.unresolved()[1].resolved {
        check::Resolved::Unresolved { reason, candidates } => {
            assert_eq!(*reason, medrisk::search::Unresolved::Class);
            let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();
            assert_eq!(names, ["albuterol", "salmeterol"]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_typo_is_resolved_and_says_what_it_corrected() {
    let (ds, r) = run(&["furosimide"], None);
    assert_eq!(names(&ds, &r.drugs), ["furosemide"]);
    assert_eq!(r.entries[0].corrected_from.as_deref(), Some("furosimide"));
}

#[test]
fn the_empty_list_has_nothing_to_say() {
    let (_, r) = run(&[], Some(Complaint::WeakShakyLegs));
    assert!(r.drugs.is_empty() && r.notes.is_empty() && r.explanations.is_empty());
    // The non-drug causes still apply to the complaint.
    assert_eq!(r.other_causes.len(), 4);
}

/// complaint, list → medicines explaining it in rank order, other causes.
type ComplaintCase = (
    Complaint,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const COMPLAINTS: &[ComplaintCase] = &[
    (
        Complaint::Tremor,
        &["sertraline", "albuterol", "furosemide"],
        // very common/strong beats common/limited; furosemide has no tremor.
        &["albuterol", "sertraline"],
        &["exertion", "essential-tremor"],
    ),
    (
        Complaint::Cramps,
        &["furosemide", "lisinopril", "simvastatin"],
        // K lowering explains cramps; K raising does not; cramps are not
        // weakness, so the statin's myopathy does not explain them.
        &["furosemide"],
        &["low-k"],
    ),
    (
        Complaint::Weakness,
        &["lisinopril", "simvastatin"],
        &["simvastatin", "lisinopril"],
        &["exertion", "b12", "low-k"],
    ),
    (
        Complaint::WeakShakyLegs,
        &["prednisone", "albuterol"],
        // Tremor (common), cramps and myopathy (uncommon), then the rarer
        // and unbanded potassium falls; cramps now count apart from weakness.
        &[
            "albuterol",
            "albuterol",
            "prednisone",
            "albuterol",
            "prednisone",
        ],
        &["exertion", "b12", "low-k", "essential-tremor"],
    ),
    (
        Complaint::Tremor,
        &["ipratropium"],
        &[],
        &["exertion", "essential-tremor"],
    ),
];

#[test]
fn each_complaint_ranks_the_medicines_that_explain_it() {
    for (complaint, list, want, causes) in COMPLAINTS {
        let (ds, r) = run(list, Some(*complaint));
        let got: Vec<String> = r
            .explanations
            .iter()
            .map(|x| ds.drug(x.drug).generic.clone())
            .collect();
        assert_eq!(got, *want, "{complaint:?} {list:?}");
        let ids: Vec<&str> = r.other_causes.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, *causes, "{complaint:?} causes");
    }
}

#[test]
fn the_summary_is_plain_and_asks_not_to_stop_alone() {
    let (ds, r) = run(&["furosemide", "lisinopril"], None);
    let md = check::patient_summary_markdown(&ds, &r, NameStyle::Us);
    assert!(md.contains("Medicines checked: furosemide, lisinopril."));
    assert!(md.contains("- **furosemide**: potassium lowers line."));
    // Mixed (lisinopril raises): no foods table, the caution about
    // supplements instead.
    assert!(!md.contains("| Banana | 1 medium | 422 mg |"));
    assert!(md.contains("before taking potassium supplements or salt substitutes"));
    let (ds, r) = run(&["furosemide"], None);
    let foods = check::patient_summary_markdown(&ds, &r, NameStyle::Us);
    assert!(foods.contains("| Banana | 1 medium | 422 mg |"));
    assert!(md.contains("- Sudden one-sided weakness: Call 999"));
    assert!(md.contains("Do not stop or change any medicine on your own"));

    let (ds, r) = run(&["simvastatin"], None);
    let md = check::patient_summary_markdown(&ds, &r, NameStyle::Us);
    assert!(!md.contains("Banana"));
    assert!(!md.contains("salt substitutes"));
}

#[test]
fn the_summary_names_what_the_medicines_can_affect_in_plain_words() {
    let (_, r) = run(&["sertraline", "hydrochlorothiazide"], None);
    let (ds, _) = fixture();
    let md = check::patient_summary_markdown(&ds, &r, NameStyle::Us);
    assert!(md.contains("## What your medicines can affect"), "{md}");
    assert!(
        md.contains(
            "- Your sodium (salt) level: can be lowered by sertraline, hydrochlorothiazide"
        ),
        "{md}"
    );
    assert!(md.contains("- Your potassium level: can be lowered by hydrochlorothiazide"));
    // Sertraline's tremor rests on limited evidence: not in the plain list.
    assert!(!md.contains("Shaking or trembling"), "{md}");
}

/// list → every note that fires, most urgent first (ids). One row per
/// family that must fire, and the lists that must not.
const NOTES: &[(&[&str], &[&str])] = &[
    // Exposure: an NSAID raises lithium; a gel does not reach the blood.
    (&["lithium carbonate", "ibuprofen"], &["lithium-nsaids"]),
    (&["lithium carbonate", "Ibugel"], &[]),
    (&["ibuprofen"], &[]),
    // Exposure with a dose cap.
    (&["simvastatin", "amlodipine"], &["simvastatin-amlodipine"]),
    (&["simvastatin"], &[]),
    // Pharmacodynamic counts over an event: two QT medicines.
    (&["citalopram", "moxifloxacin"], &["qt-two"]),
    (&["citalopram"], &[]),
    // A QT medicine with a potassium-lowering one (soon) and two QT
    // medicines (same day): the more urgent first.
    (
        &["furosemide", "citalopram", "moxifloxacin"],
        &["qt-two", "qt-low-k"],
    ),
    // A medicine that both prolongs QT and lowers potassium is not "a QT
    // medicine with a potassium-lowering one" by itself (`distinct`).
    (&["salmeterol"], &[]),
    (&["salmeterol", "citalopram"], &["qt-two", "qt-low-k"]),
];

#[test]
fn every_family_fires_for_its_list_and_not_for_others() {
    for (list, want) in NOTES {
        let (_, r) = run(list, None);
        let fired: Vec<&str> = r.notes.iter().map(|n| n.id()).collect();
        assert_eq!(fired, *want, "{list:?}");
    }
}

#[test]
fn an_exposure_note_names_who_is_raised_and_by_whom() {
    let (ds, r) = run(&["ibuprofen", "lithium carbonate"], None);
    let note = &r.notes[0];
    assert_eq!(note.kind().as_str(), "exposure");
    assert_eq!(note.urgency().as_str(), "same_day");
    assert_eq!(names(&ds, &note.raised), ["lithium carbonate"]);
    assert_eq!(names(&ds, &note.by), ["ibuprofen"]);
    assert_eq!(names(&ds, &note.drugs), ["ibuprofen", "lithium carbonate"]);
    let (_, r) = run(&["simvastatin", "amlodipine"], None);
    let x = r.notes[0].interaction().unwrap();
    assert_eq!(x.action.as_str(), "dose_cap");
    assert_eq!(x.effects, [EffectKind::MuscleWeakness]);
    assert_eq!(x.dose_caps.len(), 2);
}

#[test]
fn the_summary_never_offers_potassium_foods_when_anything_raises_it() {
    let (ds, _) = fixture();
    // (list, foods table?, supplements caution?)
    let cases: &[(&[&str], bool, &str)] = &[
        (
            &["furosemide"],
            true,
            "Do not take potassium supplements or salt substitutes unless a prescriber advises it.",
        ),
        (
            &["furosemide", "spironolactone"],
            false,
            "can raise your potassium",
        ),
        // Raising on limited evidence only still blocks the table.
        (
            &["furosemide", "propranolol"],
            false,
            "can raise your potassium",
        ),
        (&["spironolactone"], false, "can raise your potassium"),
    ];
    for (list, foods, line) in cases {
        let (_, r) = run(list, None);
        let md = check::patient_summary_markdown(&ds, &r, NameStyle::Us);
        assert_eq!(
            md.contains("## Foods that contain potassium"),
            *foods,
            "{list:?}"
        );
        assert!(md.contains(line), "{list:?}: {md}");
    }
}
