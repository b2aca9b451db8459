//! What was entered about the patient re-grades the answer: a last blood
//! result outside its range moves up every action about that level (one
//! step more when the list pushes it further the same way), or becomes an
//! action of its own; impossible values are refused. Over the shipped
//! dataset, whose reference ranges give the bands.

mod shipped;

use medrisk::check::{
    self, ActionKind, Answer, Input, PatientContext, parse_age, parse_kidney, parse_result,
};
use medrisk::dataset::{NameStyle, Urgency};
use shipped::shipped;

fn answer(list: &[&str], context: &PatientContext) -> Answer {
    let (ds, index) = shipped();
    let inputs: Vec<String> = list.iter().map(|s| s.to_string()).collect();
    let report = check::check(ds, index, &inputs, None);
    check::answer_for(ds, &report, NameStyle::Us, context)
}

fn with_potassium(v: &str) -> PatientContext {
    PatientContext {
        potassium: Some(parse_result(Input::Potassium, v).unwrap()),
        ..PatientContext::default()
    }
}

fn with_sodium(v: &str) -> PatientContext {
    PatientContext {
        sodium: Some(parse_result(Input::Sodium, v).unwrap()),
        ..PatientContext::default()
    }
}

/// (list, context, the first action's urgency, its kind, a word its
/// reason must hold).
#[test]
fn a_last_result_moves_the_answer_up() {
    let rows: Vec<(&[&str], PatientContext, Urgency, ActionKind, &str)> = vec![
        // Already high, and the list raises it further.
        (
            &["ramipril", "spironolactone"],
            with_potassium("6.1"),
            Urgency::Emergency,
            ActionKind::Refer,
            "potassium 6.1",
        ),
        (
            &["ramipril", "spironolactone"],
            with_potassium("5.5"),
            Urgency::SameDay,
            ActionKind::Refer,
            "push it further up",
        ),
        // Low sodium with two medicines that lower it.
        (
            &["sertraline", "bendroflumethiazide"],
            with_sodium("127"),
            Urgency::SameDay,
            ActionKind::Refer,
            "sodium 127",
        ),
        // A high potassium with nothing on the list about it: its own
        // action, at its band's urgency.
        (
            &["amlodipine"],
            with_potassium("6.1"),
            Urgency::Emergency,
            ActionKind::Refer,
            "is high",
        ),
    ];
    for (list, context, urgency, kind, word) in rows {
        let a = answer(list, &context);
        let first = a
            .actions
            .first()
            .unwrap_or_else(|| panic!("{list:?}: no action"));
        assert_eq!(
            (first.urgency, first.kind),
            (urgency, kind),
            "{list:?}: {first:?}"
        );
        assert!(
            first.because.iter().any(|b| b.contains(word)),
            "{list:?}: {:?}",
            first.because
        );
    }
}

#[test]
fn without_context_nothing_changes_and_a_normal_result_adds_nothing() {
    let list = ["ramipril", "spironolactone"];
    let plain = answer(&list, &PatientContext::default());
    let normal = answer(&list, &with_potassium("4.2"));
    let urgencies = |a: &Answer| a.actions.iter().map(|x| x.urgency).collect::<Vec<_>>();
    assert_eq!(urgencies(&plain), urgencies(&normal));
    assert!(plain.actions.iter().all(|x| x.because.is_empty()));
    assert!(plain.actions.iter().all(|x| x.urgency >= Urgency::Soon));
}

#[test]
fn pregnancy_is_asked_about_never_assumed_safe() {
    let a = answer(
        &["lithium carbonate"],
        &PatientContext {
            pregnant: true,
            ..PatientContext::default()
        },
    );
    assert!(
        a.actions
            .iter()
            .any(|x| x.kind == ActionKind::Ask && x.text.contains("pregnant")),
        "{:?}",
        a.actions
    );
}

#[test]
fn ages_and_kidney_values_read_as_typed() {
    assert!(parse_age("84").unwrap().at_least(65));
    assert!(parse_kidney("G4").unwrap().below(30.0));
    assert!(parse_kidney("-3").is_err());
    assert!(parse_age("400").is_err());
}

#[test]
fn the_handout_prints_the_patients_figures_only_when_asked() {
    let (ds, index) = shipped();
    let report = check::check(ds, index, &["ramipril".to_owned()], None);
    let mut summary = check::patient_summary(ds, &report, NameStyle::Us);
    assert!(summary.patient.is_empty());
    for text in [summary.markdown(), summary.plain_text(), summary.html(None)] {
        assert!(!text.contains("eGFR"), "{text}");
    }
    summary.patient = PatientContext {
        kidney: Some(parse_kidney("25").unwrap()),
        ..PatientContext::default()
    }
    .describe();
    for text in [summary.markdown(), summary.plain_text(), summary.html(None)] {
        assert!(text.contains("Checked for: eGFR 25"), "{text}");
    }
}

fn with_kidney(age: Option<&str>, egfr: &str) -> PatientContext {
    PatientContext {
        age: age.map(|a| parse_age(a).unwrap()),
        kidney: Some(parse_kidney(egfr).unwrap()),
        ..PatientContext::default()
    }
}

#[test]
fn kidney_function_re_grades_from_the_data() {
    // Two potassium raisers at eGFR 25, aged 84: same day, with a kidney
    // reason; the same list alone is less urgent.
    let list = ["spironolactone", "trimethoprim"];
    let a = answer(&list, &with_kidney(Some("84"), "25"));
    let first = &a.actions[0];
    assert!(first.urgency <= Urgency::SameDay, "{first:?}");
    assert!(
        first.because.iter().any(|b| b.contains("eGFR 25")),
        "{first:?}"
    );
    let plain = answer(&list, &PatientContext::default());
    assert!(plain.actions[0].urgency > first.urgency);

    // Metformin below eGFR 30: its own action names it, stopping rather
    // than reviewing (the lowest threshold crossed says what to do).
    let a = answer(&["metformin"], &with_kidney(None, "25"));
    let m: Vec<_> = a
        .actions
        .iter()
        .filter(|x| matches!(&x.origin, check::ActionOrigin::Kidney(_)))
        .collect();
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(
        m[0].origin,
        check::ActionOrigin::Kidney("metformin-egfr-30".into())
    );
    assert_eq!(m[0].kind, ActionKind::Refer);

    // Lithium below eGFR 60: check the level soon.
    let a = answer(&["lithium carbonate"], &with_kidney(None, "50"));
    assert!(
        a.actions.iter().any(|x| x.kind == ActionKind::CheckLevel
            && x.urgency == Urgency::Soon
            && x.origin == check::ActionOrigin::Kidney("lithium-egfr-60".into())),
        "{:?}",
        a.actions
    );
    // A stage whose range straddles a threshold does not cross it.
    let a = answer(&["metformin"], &with_kidney(None, "G3b"));
    assert!(
        a.actions
            .iter()
            .all(|x| x.origin != check::ActionOrigin::Kidney("metformin-egfr-30".into()))
    );
}
