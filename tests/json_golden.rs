//! The JSON interface pinned by files: `check --json`, `show --json` and
//! `search --json` on the check fixture (tests/data/check-fixture), each
//! compared with its golden file in tests/golden. Keys may be added, never
//! renamed or removed; a change here is a change to the documented
//! interface (README, "JSON output"). To accept an intended change, run with
//! `MEDRISK_BLESS=1` and review the diff.

use std::path::PathBuf;
use std::process::Command;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/check-fixture");

/// (golden file, arguments after `--data FIXTURE`).
const CASES: &[(&str, &[&str])] = &[
    (
        "check-diuretic-steroid-reliever",
        &["check", "furosemide", "prednisone", "Ventolin", "--json"],
    ),
    (
        "check-sodium-cramps",
        &[
            "check",
            "sertraline",
            "hydrochlorothiazide",
            "--symptom",
            "cramps",
            "--json",
        ],
    ),
    (
        "check-eye-drops-and-inhaler",
        &[
            "check",
            "Tobrex eye drops",
            "furosemide",
            "Combivent",
            "--json",
        ],
    ),
    (
        "check-lithium-ibuprofen",
        &["check", "lithium carbonate", "ibuprofen", "--json"],
    ),
    (
        "check-simvastatin-amlodipine",
        &["check", "simvastatin", "amlodipine", "--json"],
    ),
    (
        "check-two-qt-low-potassium",
        &[
            "check",
            "furosemide",
            "citalopram",
            "moxifloxacin",
            "--json",
        ],
    ),
    ("show-albuterol", &["show", "albuterol", "--json"]),
    ("show-tobramycin", &["show", "tobramycin", "--json"]),
    ("search-tobrex", &["search", "Tobrex", "--json"]),
];

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.json"))
}

#[test]
fn json_outputs_match_their_golden_files() {
    let bless = std::env::var_os("MEDRISK_BLESS").is_some();
    let mut failures = Vec::new();
    for (name, args) in CASES {
        let out = Command::new(env!("CARGO_BIN_EXE_medrisk"))
            .args(["--data", FIXTURE])
            .args(*args)
            .output()
            .expect("run medrisk");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        let value: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {text}"));
        let pretty = format!("{value:#}\n");
        let path = golden_path(name);
        if bless {
            std::fs::write(&path, &pretty).expect("write golden file");
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run with MEDRISK_BLESS=1)", path.display()));
        if want != pretty {
            failures.push(format!(
                "{name}: output differs from {}\n--- got ---\n{pretty}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Keys the README promises for every object, checked apart from the
/// golden files so a missing key names itself.
#[test]
fn documented_keys_are_present() {
    let run = |args: &[&str]| -> serde_json::Value {
        let out = Command::new(env!("CARGO_BIN_EXE_medrisk"))
            .args(["--data", FIXTURE])
            .args(args)
            .output()
            .expect("run medrisk");
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let check = run(&["check", "furosemide", "--json"]);
    for key in [
        "medicines",
        "drugs",
        "potassium",
        "tremor",
        "weakness",
        "levels",
        "events",
        "events_possibly",
        "notes",
        "symptom",
        "red_flags",
        "unresolved",
        "duplicates",
        "dataset_version",
    ] {
        assert!(check.get(key).is_some(), "check lacks {key}");
    }
    for level in ["potassium", "sodium", "magnesium", "calcium"] {
        for key in [
            "net",
            "lowering",
            "raising",
            "possibly_lowering",
            "possibly_raising",
        ] {
            assert!(check["levels"][level].get(key).is_some(), "{level}.{key}");
        }
    }
    for event in [
        "tremor",
        "muscle_weakness",
        "muscle_cramps",
        "parkinsonism",
        "hypoglycaemia",
        "peripheral_neuropathy",
        "qt_prolongation",
    ] {
        assert!(check["events"][event].is_array(), "events.{event}");
        assert!(
            check["events_possibly"][event].is_array(),
            "events_possibly.{event}"
        );
    }
    let notes = run(&["check", "lithium carbonate", "ibuprofen", "--json"]);
    let note = &notes["notes"][0];
    for key in [
        "id",
        "kind",
        "urgency",
        "title",
        "note",
        "monitoring",
        "drugs",
        "sources",
        "raised",
        "by",
        "mechanism",
        "how",
        "effects",
        "action",
        "dose_caps",
    ] {
        assert!(note.get(key).is_some(), "exposure note lacks {key}");
    }
    assert!(notes.get("reference_ranges").is_some());
    let show = run(&["show", "furosemide", "--json"]);
    for key in [
        "generic",
        "class",
        "potassium",
        "tremor",
        "weakness",
        "levels",
        "events",
        "possibly",
        "verdicts",
        "reviewed_against",
        "reference_ranges",
        "interactions",
        "effects",
        "names",
        "dataset_version",
    ] {
        assert!(show.get(key).is_some(), "show lacks {key}");
    }
    let search = run(&["search", "furosemide", "--json"]);
    for key in [
        "type",
        "name",
        "generic",
        "matched",
        "match",
        "potassium",
        "levels",
        "events",
        "possibly",
        "route",
        "lasa",
        "tie",
    ] {
        assert!(search[0].get(key).is_some(), "search hit lacks {key}");
    }
}
