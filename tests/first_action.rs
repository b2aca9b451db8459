//! The answer's first line on real medicine lists: one list per row, with
//! what the patient is buying, and the action that must come first. Drawn
//! from the families in data/risk-rules.ron and data/interactions.ron, so
//! a grade, urgency or ordering change that buries the action a pharmacist
//! acts on fails here.

mod shipped;

use medrisk::check::{self, ActionKind, ActionOrigin, Answer, Complaint};
use medrisk::dataset::{Dataset, NameStyle, Urgency};
use medrisk::search::Index;
use shipped::shipped;

struct Row {
    list: &'static [&'static str],
    buying: &'static [&'static str],
    complaint: Option<Complaint>,
    /// The first action's kind and the rule or interaction it comes from.
    kind: ActionKind,
    from: &'static str,
}

const fn row(
    list: &'static [&'static str],
    buying: &'static [&'static str],
    kind: ActionKind,
    from: &'static str,
) -> Row {
    Row {
        list,
        buying,
        complaint: None,
        kind,
        from,
    }
}

use ActionKind::*;

const ROWS: &[Row] = &[
    // Bought over the counter: supply or not comes first.
    row(&["lithium"], &["ibuprofen"], AvoidSupply, "lithium-nsaids"),
    row(
        &["ramipril", "furosemide"],
        &["ibuprofen"],
        AvoidSupply,
        "triple-whammy",
    ),
    row(
        &["simvastatin"],
        &["clarithromycin"],
        AvoidSupply,
        "simvastatin-strong-cyp3a4-inhibitors",
    ),
    row(
        &["phenelzine"],
        &["sertraline"],
        AvoidSupply,
        "maoi-ssri-snri",
    ),
    // The same lists as a review: the same finding, worded for the list.
    row(
        &["simvastatin", "clarithromycin"],
        &[],
        Refer,
        "simvastatin-strong-cyp3a4-inhibitors",
    ),
    row(
        &["ramipril", "furosemide", "ibuprofen"],
        &[],
        Refer,
        "triple-whammy",
    ),
    row(&["phenelzine", "sertraline"], &[], Refer, "maoi-ssri-snri"),
    // Contraindicated and same-day pairs come before monitoring notes.
    row(
        &["tizanidine", "ciprofloxacin"],
        &[],
        Refer,
        "tizanidine-ciprofloxacin-fluvoxamine",
    ),
    row(
        &["desmopressin", "furosemide"],
        &[],
        Refer,
        "desmopressin-loop-diuretic-steroid",
    ),
    row(
        &["atorvastatin", "fusidic acid"],
        &[],
        Refer,
        "statins-fusidic-acid",
    ),
    row(
        &["colchicine", "clarithromycin"],
        &[],
        Refer,
        "colchicine-strong-cyp3a4-inhibitors",
    ),
    // Levels to check.
    row(
        &["spironolactone", "trimethoprim"],
        &[],
        CheckLevel,
        "potassium-raising-additive",
    ),
    row(
        &["digoxin", "furosemide"],
        &[],
        CheckLevel,
        "digoxin-low-potassium",
    ),
    row(
        &["sertraline", "bendroflumethiazide"],
        &[],
        CheckLevel,
        "sodium-lowering-additive",
    ),
    row(
        &["furosemide", "prednisolone", "salbutamol"],
        &[],
        CheckLevel,
        "potassium-lowering-additive",
    ),
    // Counselling and questions.
    row(
        &["bisoprolol", "gliclazide"],
        &[],
        Counsel,
        "beta-blocker-hypoglycaemia-awareness",
    ),
    row(
        &["lacosamide", "bisoprolol"],
        &[],
        Ask,
        "lacosamide-pr-prolonging",
    ),
    row(
        &["metformin", "gliclazide"],
        &[],
        Ask,
        "hypoglycaemia-add-on-secretagogue-insulin",
    ),
    // QT and dopamine pairs a source grades above "monitor" come before the
    // general two-medicine rules they also fire.
    row(
        &["citalopram", "ondansetron"],
        &[],
        Refer,
        "citalopram-escitalopram-qt",
    ),
    row(
        &["amiodarone", "moxifloxacin"],
        &[],
        Refer,
        "moxifloxacin-class-iii-antiarrhythmic",
    ),
    row(
        &["co-careldopa", "sulpiride"],
        &[],
        Refer,
        "sulpiride-levodopa-dopamine-agonist",
    ),
    // The eight-medicine list of an 80-year-old with weak and shaky legs:
    // the ibuprofen on the list is the first thing to act on (with lithium,
    // which the complaint's tremor puts before the triple whammy).
    Row {
        list: &[
            "furosemide",
            "ramipril",
            "spironolactone",
            "digoxin",
            "ibuprofen",
            "lithium",
            "zopiclone",
            "amitriptyline",
        ],
        buying: &[],
        complaint: Some(Complaint::WeakShakyLegs),
        kind: Refer,
        from: "lithium-nsaids",
    },
];

fn answer_for(
    ds: &Dataset,
    index: &Index,
    list: &[&str],
    buying: &[&str],
    c: Option<Complaint>,
) -> Answer {
    let inputs: Vec<String> = list.iter().map(|s| s.to_string()).collect();
    let bought: Vec<String> = buying.iter().map(|s| s.to_string()).collect();
    let (inputs, marked) = check::with_buying(inputs, &bought);
    let report = check::check_buying(ds, index, &inputs, &marked, c);
    assert!(
        report.unresolved().is_empty(),
        "{list:?}: every name must resolve: {:?}",
        report.unresolved()
    );
    check::answer(ds, &report, NameStyle::Us)
}

#[test]
fn the_first_action_is_the_one_a_pharmacist_acts_on() {
    let (ds, index) = shipped();
    assert!(ROWS.len() >= 15);
    let mut failures = Vec::new();
    for r in ROWS {
        let a = answer_for(ds, index, r.list, r.buying, r.complaint);
        let first = a.actions.first();
        let got = first.map(|x| (x.kind, x.origin.clone()));
        let want = (r.kind, ActionOrigin::Note(r.from.to_owned()));
        if got.as_ref() != Some(&want) {
            failures.push(format!(
                "{:?} buying {:?}: want {want:?}, got {got:?} ({:?})",
                r.list,
                r.buying,
                first.map(|x| &x.text)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_stopped_supply_names_the_medicine_bought_and_an_alternative() {
    let (ds, index) = shipped();
    let a = answer_for(ds, index, &["lithium"], &["ibuprofen"], None);
    let first = &a.actions[0];
    assert!(
        first.text.starts_with("Do not supply ibuprofen"),
        "{}",
        first.text
    );
    assert!(
        first
            .alternative
            .as_deref()
            .unwrap()
            .contains("paracetamol")
    );
    assert!(!first.because.is_empty());
    let supply = a.supply.as_deref().unwrap();
    assert!(supply.starts_with("Do not supply ibuprofen"), "{supply}");
    assert!(supply.contains("paracetamol"), "{supply}");
    // One "do not supply" per medicine bought, however many reasons.
    let a = answer_for(
        ds,
        index,
        &["lithium", "ramipril", "furosemide"],
        &["ibuprofen"],
        None,
    );
    let stops: Vec<_> = a
        .actions
        .iter()
        .filter(|x| x.kind == ActionKind::AvoidSupply)
        .collect();
    assert_eq!(stops.len(), 1, "{stops:?}");
    assert!(stops[0].text.contains("lithium"), "{}", stops[0].text);
    assert!(stops[0].text.contains("triple whammy"), "{}", stops[0].text);
}

#[test]
fn a_safe_purchase_says_so_and_unknown_entries_are_not_safe() {
    let (ds, index) = shipped();
    let a = answer_for(ds, index, &["amlodipine"], &["paracetamol"], None);
    assert_eq!(
        a.supply.as_deref(),
        Some("Nothing in this check stops supplying paracetamol.")
    );
    let inputs = vec!["qqqzzz".to_owned(), "paracetamol".to_owned()];
    let report = check::check_buying(ds, index, &inputs, &[1], None);
    let a = check::answer(ds, &report, NameStyle::Us);
    assert!(
        a.supply
            .as_deref()
            .unwrap()
            .contains("1 entry was not recognised"),
        "{:?}",
        a.supply
    );
}

#[test]
fn a_benign_list_asks_for_nothing_urgent() {
    let (ds, index) = shipped();
    for list in [
        &["amlodipine", "levothyroxine"][..],
        &["amlodipine", "levothyroxine", "atorvastatin"],
    ] {
        let a = answer_for(ds, index, list, &[], None);
        assert!(
            a.actions.iter().all(|x| x.urgency >= Urgency::Routine),
            "{list:?}: {:?}",
            a.actions
        );
    }
}

#[test]
fn lithium_acts_as_its_class_and_asks_which_salt() {
    let (ds, index) = shipped();
    let a = answer_for(ds, index, &["lithium", "ramipril"], &[], None);
    let ids: Vec<&ActionOrigin> = a.actions.iter().map(|x| &x.origin).collect();
    assert!(
        ids.contains(&&ActionOrigin::Note("lithium-ace-inhibitors-arbs".into())),
        "{ids:?}"
    );
    let ask = a.actions.last().unwrap();
    assert_eq!(ask.kind, ActionKind::Ask);
    assert_eq!(ask.urgency, Urgency::Advice);
    assert!(
        ask.text.contains("lithium carbonate or lithium citrate"),
        "{}",
        ask.text
    );
}

#[test]
fn red_flags_tied_to_the_list_come_first_and_the_rest_fold() {
    let (ds, index) = shipped();
    let a = answer_for(ds, index, &["lithium carbonate"], &[], None);
    let related: Vec<&str> = a.flags.related.iter().map(|f| f.id.as_str()).collect();
    assert!(related.contains(&"lithium-toxicity-signs"), "{related:?}");
    assert!(!related.contains(&"one-sided-swollen-calf"), "{related:?}");
    let general: Vec<&str> = a.flags.general.iter().map(|f| f.id.as_str()).collect();
    assert!(
        general.contains(&"sudden-one-sided-weakness"),
        "{general:?}"
    );
    assert!(!a.flags_folded());
    // Nothing entered: every flag under one heading.
    let report = check::check(ds, index, &[], None);
    let a = check::answer(ds, &report, NameStyle::Us);
    assert!(a.flags_folded());
    assert_eq!(a.flags.all().len(), ds.red_flags().len());
}

#[test]
fn look_alikes_from_a_brand_pair_matter_only_when_the_brand_was_typed() {
    let (ds, index) = shipped();
    let relevant = |name: &str, partner: &str| {
        let e = check::resolve(ds, index, name);
        e.look_alikes(ds)
            .into_iter()
            .find(|(p, _)| p.name == partner)
            .map(|(_, r)| r)
    };
    // Lasix / Luvox is a pair of brands.
    assert_eq!(relevant("furosemide", "Luvox"), Some(false));
    assert_eq!(relevant("Lasix", "Luvox"), Some(true));
    // Hydroxyzine / hydrochlorothiazide is a pair of generics.
    assert_eq!(relevant("hydroxyzine", "hydrochlorothiazide"), Some(true));
}
