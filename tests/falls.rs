//! Falls and the unsteady older patient, through the command line as a
//! script reads it: the new kinds' event lists, the anticholinergic total,
//! the falls-risk classes, the list rules, the falls complaint's red flags,
//! and a benign list that fires none of it.

mod cli_support;

use cli_support::medrisk;
use serde_json::Value;

fn check_json(args: &[&str]) -> Value {
    let mut all = vec!["check", "--json"];
    all.extend_from_slice(args);
    let o = medrisk(&all);
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    })
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|s| s.as_str().expect("a string").to_owned())
        .collect()
}

/// The ids of the actions (rules and interactions) the answer gives.
fn action_ids(report: &Value) -> Vec<String> {
    report["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter_map(|a| a["id"].as_str().map(str::to_owned))
        .collect()
}

fn action<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no action {id} in {:?}", action_ids(report)))
}

const FALLS_RULES: &[&str] = &[
    "three-cns-medicines",
    "opioid-benzodiazepine",
    "opioid-gabapentinoid",
    "orthostatic-two-medicines",
    "alpha-blocker-pde5-inhibitor",
    "beta-blocker-rate-limiting-ccb",
    "digoxin-rate-slowing",
    "anticholinergic-burden-high",
    "sedating-antihistamine-older-person",
    "sedating-antihistamine-other-sedative",
];

#[test]
fn an_older_patient_on_four_brain_medicines() {
    let r = check_json(&[
        "amitriptyline",
        "zopiclone",
        "tramadol",
        "gabapentin",
        "--symptom",
        "falls",
    ]);
    // Three or more medicines acting on the brain (Beers): at least three
    // of the four named.
    let beers = action(&r, "three-cns-medicines");
    assert!(strings(&beers["drugs"]).len() >= 3, "{beers}");
    let sedation = strings(&r["events"]["sedation"]);
    for d in ["zopiclone", "gabapentin"] {
        assert!(sedation.contains(&d.to_owned()), "{sedation:?}");
    }
    let burden = &r["anticholinergic_burden"];
    assert!(burden["total"].as_u64().unwrap() >= 3, "{burden}");
    assert_eq!(burden["high"], true);
    assert!(burden["scale"].as_str().unwrap().contains("ACB"));
    // Every one of them is in a STOPPFall class.
    assert_eq!(
        strings(&r["falls_risk"]),
        ["amitriptyline", "zopiclone", "tramadol", "gabapentin"]
    );
    // An opioid with a Z-drug and with a gabapentinoid.
    let ids = action_ids(&r);
    for id in ["opioid-benzodiazepine", "opioid-gabapentinoid"] {
        assert!(ids.contains(&id.to_owned()), "{ids:?}");
    }
}

#[test]
fn alpha_blockers_with_sildenafil_lower_blood_pressure_on_standing() {
    let r = check_json(&["doxazosin", "tamsulosin", "sildenafil"]);
    let oh = strings(&r["events"]["orthostatic_hypotension"]);
    for d in ["doxazosin", "tamsulosin"] {
        assert!(oh.contains(&d.to_owned()), "{oh:?}");
    }
    let ids = action_ids(&r);
    assert!(
        ids.contains(&"alpha-blocker-pde5-inhibitor".to_owned()),
        "{ids:?}"
    );
    assert!(
        ids.contains(&"orthostatic-two-medicines".to_owned()),
        "{ids:?}"
    );
}

#[test]
fn a_beta_blocker_with_diltiazem_slows_the_pulse() {
    let r = check_json(&["bisoprolol", "diltiazem"]);
    assert_eq!(
        strings(&r["events"]["bradycardia"]),
        ["bisoprolol", "diltiazem"]
    );
    assert!(action_ids(&r).contains(&"beta-blocker-rate-limiting-ccb".to_owned()));
}

#[test]
fn oxybutynin_alone_scores_three() {
    let r = check_json(&["oxybutynin"]);
    assert_eq!(r["anticholinergic_burden"]["total"], 3);
    assert_eq!(
        r["anticholinergic_burden"]["drugs"],
        serde_json::json!([{"name": "oxybutynin", "score": 3}])
    );
    assert!(action_ids(&r).contains(&"anticholinergic-burden-high".to_owned()));
}

#[test]
fn a_fall_on_warfarin_raises_the_head_injury_flag() {
    let r = check_json(&["warfarin", "--symptom", "falls"]);
    let related: Vec<&str> = r["red_flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["related"] == true)
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "fall-head-injury-blood-thinner",
        "fall-blackout-warning-signs",
        "new-or-frequent-falls",
    ] {
        assert!(related.contains(&id), "{related:?}");
    }
    // Without the complaint, warfarin alone still ties the head-injury
    // flag (it names blood thinners), but not the blackout one.
    let plain = check_json(&["warfarin"]);
    let related: Vec<&str> = plain["red_flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["related"] == true)
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(
        !related.contains(&"fall-blackout-warning-signs"),
        "{related:?}"
    );
}

#[test]
fn a_sedating_antihistamine_is_not_supplied_to_someone_over_65() {
    let older = check_json(&["--buying", "chlorphenamine", "--age", "70"]);
    let stop = action(&older, "sedating-antihistamine-older-person");
    assert_eq!(stop["kind"], "avoid_supply", "{stop}");
    assert!(stop["alternative"].as_str().is_some(), "{stop}");
    // The note behind it is listed with the list's own.
    assert!(
        older["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "sedating-antihistamine-older-person"),
        "{}",
        older["notes"]
    );
    assert!(
        older["supply"]
            .as_str()
            .unwrap()
            .starts_with("Do not supply chlorpheniramine"),
        "{}",
        older["supply"]
    );
    // At 50, or with no age given, the age rule does not fire.
    for args in [
        &["--buying", "chlorphenamine", "--age", "50"][..],
        &["--buying", "chlorphenamine"][..],
    ] {
        let r = check_json(args);
        assert!(
            !action_ids(&r).contains(&"sedating-antihistamine-older-person".to_owned()),
            "{args:?}"
        );
    }
    // On another sedating medicine, whatever the age.
    let with_opioid = check_json(&["tramadol", "--buying", "chlorphenamine"]);
    assert!(action_ids(&with_opioid).contains(&"sedating-antihistamine-other-sedative".to_owned()));
}

#[test]
fn a_benign_list_fires_none_of_the_falls_rules() {
    let r = check_json(&[
        "amlodipine",
        "levothyroxine",
        "atorvastatin",
        "--age",
        "80",
        "--symptom",
        "falls",
    ]);
    let ids = action_ids(&r);
    for id in FALLS_RULES {
        assert!(!ids.contains(&id.to_string()), "{id} in {ids:?}");
    }
    assert_eq!(r["anticholinergic_burden"]["total"], 0);
    assert_eq!(r["falls_risk"], serde_json::json!([]));
}

#[test]
fn the_falls_advice_is_in_the_summary_only_when_it_applies() {
    let text = |args: &[&str]| {
        let mut all = vec!["check", "--format", "markdown"];
        all.extend_from_slice(args);
        String::from_utf8(medrisk(&all).stdout).unwrap()
    };
    let doxazosin = text(&["doxazosin"]);
    assert!(doxazosin.contains("## Avoiding falls"), "{doxazosin}");
    let levothyroxine = text(&["levothyroxine"]);
    assert!(!levothyroxine.contains("Avoiding falls"), "{levothyroxine}");
    let complaint = text(&["levothyroxine", "--symptom", "falls"]);
    assert!(complaint.contains("Avoiding falls"), "{complaint}");
}
