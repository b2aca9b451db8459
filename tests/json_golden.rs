//! Every output format pinned by files: `check --json`, `show --json` and
//! `search --json`, and the counter check's text (the answer, and with
//! `--details`), Markdown and HTML, on the check fixture
//! (tests/data/check-fixture), each compared with its golden file in
//! tests/golden. JSON keys may be added, never renamed or removed; a change
//! here is a change to the documented interface (README, "JSON output").
//! To accept an intended change, run with `MEDRISK_BLESS=1` and review the
//! diff.

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
    (
        "search-frusemid-corrected",
        &["search", "frusmide", "--json"],
    ),
    (
        "search-nearest",
        &["search", "dugoxon", "--json", "--nearest"],
    ),
    (
        "check-pred-unresolved",
        &["check", "pred", "Ventolin", "--names", "uk", "--json"],
    ),
    ("show-prednisone", &["show", "prednisone", "--json"]),
    ("show-dyazide", &["show", "Dyazide", "--json"]),
    ("show-open", &["show", "spiro", "--json"]),
    (
        "check-lithium-ibuprofen-buying",
        &[
            "check",
            "lithium carbonate",
            "ibuprofen",
            "--buying",
            "ibuprofen",
            "--json",
        ],
    ),
    (
        "check-raisers-egfr-25",
        &[
            "check",
            "spironolactone",
            "lisinopril",
            "--age",
            "84",
            "--egfr",
            "25",
            "--json",
        ],
    ),
];

/// Other formats: (golden file with its extension, arguments).
const FORMATS: &[(&str, &[&str])] = &[
    (
        "check-lithium-ibuprofen-buying.txt",
        &[
            "check",
            "lithium carbonate",
            "ibuprofen",
            "--buying",
            "ibuprofen",
        ],
    ),
    (
        "check-diuretic-steroid-reliever.txt",
        &[
            "check",
            "furosemide",
            "prednisone",
            "Ventolin",
            "--symptom",
            "legs",
        ],
    ),
    (
        "check-diuretic-steroid-reliever-details.txt",
        &[
            "check",
            "furosemide",
            "prednisone",
            "Ventolin",
            "--symptom",
            "legs",
            "--details",
        ],
    ),
    ("check-empty-list.txt", &["check", "qqqzzz"]),
    (
        "check-raisers-egfr-25.txt",
        &[
            "check",
            "spironolactone",
            "lisinopril",
            "--age",
            "84",
            "--egfr",
            "25",
        ],
    ),
    (
        "check-lithium-egfr-50.txt",
        &["check", "lithium carbonate", "--egfr", "G3a", "--pregnant"],
    ),
    (
        "check-diuretic-steroid-reliever.md",
        &[
            "check",
            "furosemide",
            "prednisone",
            "Ventolin",
            "--format",
            "markdown",
        ],
    ),
    (
        "check-diuretic-steroid-reliever.html",
        &[
            "check",
            "furosemide",
            "prednisone",
            "Ventolin",
            "--format",
            "html",
            "--pharmacy",
            "High Street Pharmacy",
        ],
    ),
];

/// What a case prints on the fixture.
fn output(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_medrisk"))
        .args(["--data", FIXTURE])
        .args(args)
        .output()
        .expect("run medrisk");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The JSON a case prints on the fixture.
fn run_case(name: &str, args: &[&str]) -> serde_json::Value {
    let text = output(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {text}"))
}

fn golden_path(name: &str) -> PathBuf {
    let file = if name.contains('.') {
        name.to_owned()
    } else {
        format!("{name}.json")
    };
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(file)
}

/// Compares `got` with the golden file, or writes it when blessing. The
/// checkout's own folder (named where a summary says which dataset is in
/// use) is written as `<checkout>`, so the files hold wherever it lives.
fn compare(name: &str, got: &str, bless: bool, failures: &mut Vec<String>) {
    let got = got.replace(env!("CARGO_MANIFEST_DIR"), "<checkout>");
    let path = golden_path(name);
    if bless {
        std::fs::write(&path, &got).expect("write golden file");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with MEDRISK_BLESS=1)", path.display()));
    if want != got {
        failures.push(format!(
            "{name}: output differs from {}\n--- got ---\n{got}",
            path.display()
        ));
    }
}

#[test]
fn text_markdown_and_html_match_their_golden_files() {
    let bless = std::env::var_os("MEDRISK_BLESS").is_some();
    let mut failures = Vec::new();
    for (name, args) in FORMATS {
        compare(name, &output(args), bless, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_outputs_match_their_golden_files() {
    let bless = std::env::var_os("MEDRISK_BLESS").is_some();
    let mut failures = Vec::new();
    for (name, args) in CASES {
        let value = run_case(name, args);
        compare(name, &format!("{value:#}\n"), bless, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every key path in a JSON value: "medicines[].reason", "levels.potassium.net".
fn key_paths(
    value: &serde_json::Value,
    prefix: &str,
    out: &mut std::collections::BTreeSet<String>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(path.clone());
                key_paths(v, &path, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                key_paths(v, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

/// The README's promise, "keys are only ever added": every key path ever
/// seen in a case's output is recorded in tests/golden/keys.txt, and each
/// must still be there. Blessing adds new paths; nothing removes one.
#[test]
fn keys_are_only_ever_added() {
    let bless = std::env::var_os("MEDRISK_BLESS").is_some();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/keys.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut recorded: std::collections::BTreeSet<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let mut missing = Vec::new();
    for (name, args) in CASES {
        let value = run_case(name, args);
        let mut now = std::collections::BTreeSet::new();
        key_paths(&value, "", &mut now);
        let case_prefix = format!("{name}: ");
        for line in recorded.iter().filter(|l| l.starts_with(&case_prefix)) {
            if !now.contains(&line[case_prefix.len()..]) {
                missing.push(line.clone());
            }
        }
        if bless {
            recorded.extend(now.into_iter().map(|p| format!("{case_prefix}{p}")));
        }
    }
    if bless {
        let mut body = String::from(
            "# Key paths each golden case has printed; a path may be added, never removed.\n",
        );
        for line in &recorded {
            body.push_str(line);
            body.push('\n');
        }
        std::fs::write(&path, body).expect("write keys.txt");
    }
    assert!(
        missing.is_empty(),
        "keys removed from the JSON interface:\n{}",
        missing.join("\n")
    );
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
