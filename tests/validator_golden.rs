//! Golden tests for the validator: every file in tests/data/broken/ is a
//! small dataset with one fault (one has several), and each must produce
//! exactly these messages, with line and column, and never a panic.

use medrisk::dataset::{Dataset, Date, Severity, TextFile};

/// The date the fixtures are checked against: within their review interval.
fn today() -> Date {
    Date::parse_iso("2026-06-01").unwrap()
}

fn load(name: &str, text: String) -> Result<Dataset, Vec<String>> {
    let file = TextFile {
        name: format!("tests/data/broken/{name}.ron"),
        text,
    };
    Dataset::from_files(&[file], today())
        .map_err(|e| e.diagnostics.iter().map(ToString::to_string).collect())
}

/// (file in tests/data/broken without .ron, the messages after "FILE:").
const GOLDEN: &[(&str, &[&str])] = &[
    (
        "risk-rule-unknown-class",
        &["61:35: risk rule \"loop-plus\": class \"loop-diuretic\" does not exist"],
    ),
    (
        "risk-rule-without-condition",
        &["57:9: risk rule \"always\": has no condition and would fire for every list"],
    ),
    (
        "bad-review-date",
        &["6:19: metadata: review date \"01/01/2026\" is not a date of the form YYYY-MM-DD"],
    ),
    (
        "class-cycle",
        &[
            "29:54: class \"diuretics\": parent chain loops back to itself",
            "30:64: class \"loop-diuretics\": parent chain loops back to itself",
        ],
    ),
    (
        "product-one-ingredient-by-mouth",
        &[
            "55:48: product \"Furotabs\": a single-ingredient product taken by mouth is a brand of its drug; list it under the drug's `brands`, or give the product's `route`",
        ],
    ),
    (
        "product-combination-with-effects",
        &[
            "55:86: product \"Frubum\": a combination's effects are its ingredients'; a statement of its own names the `ingredient` whose statement it replaces",
        ],
    ),
    (
        "reviewed-against-unknown-source",
        &["53:77: drug \"bumetanide\": reviewed against unknown source \"fda-bumex\""],
    ),
    (
        "level-kind-with-event-direction",
        &[
            "42:32: drug \"furosemide\": sodium effect cannot have direction `causes`; use one of lowers, raises, no_effect",
        ],
    ),
    (
        "unknown-route",
        &[
            "50:30: Unexpected variant named `mouth` in enum `Route`, expected one of `oral`, `injection`, `transdermal`, `rectal`, `inhaled`, `nasal`, `eye`, `ear`, `skin`, or `vaginal` instead",
        ],
    ),
    (
        "interaction-unknown-drug-no-cap",
        &[
            "57:9: interaction \"bumetanide-lithium\": action `dose_cap` needs at least one dose cap",
            "60:30: interaction \"bumetanide-lithium\": drug \"lithium carbonate\" is not in the dataset",
        ],
    ),
    (
        "rule-count-wrong-direction",
        &[
            "61:48: risk rule \"two-tremors\": a count of tremor cannot have direction `lowers`; use causes",
        ],
    ),
    (
        "range-upside-down",
        &[
            "63:18: reference range \"potassium-uk\": `low` must be below `high`",
            "65:21: reference range \"potassium-uk\": band \"Severe\" needs `from` below `below`, or one of them",
        ],
    ),
    (
        "refer-without-urgency",
        &[
            "49:31: drug \"furosemide\": potassium effect: `refer_if` needs a `refer_urgency` (emergency, same_day, soon, routine or advice)",
        ],
    ),
    (
        "product-unknown-ingredient",
        &["56:54: product \"Frumil\": ingredient \"amiloride\" is not a drug in the dataset"],
    ),
    (
        "dangling-class",
        &["35:20: drug \"furosemide\": class \"loop-diuretic\" does not exist"],
    ),
    (
        "dangling-parent",
        &["30:64: class \"loop-diuretics\": parent class \"diuretic\" does not exist"],
    ),
    (
        "direction-does-not-fit-kind",
        &[
            "42:32: drug \"furosemide\": tremor effect cannot have direction `lowers`; use one of causes, no_effect",
        ],
    ),
    (
        "duplicate-drug",
        &["53:19: drug \"furosemide\": listed twice"],
    ),
    (
        "duplicate-source-id",
        &[
            "20:17: source \"fda-lasix\": the id is used twice",
            "38:48: drug \"furosemide\": look-alike \"torsemide\" cites unknown source \"ismp\"",
        ],
    ),
    (
        "effect-without-source",
        &["49:30: drug \"furosemide\": potassium effect cites no source"],
    ),
    (
        "empty-counselling",
        &["48:34: drug \"furosemide\": potassium effect: `counselling` is empty"],
    ),
    ("empty-generic", &["53:19: drug: `generic` is empty"]),
    (
        "lasa-unknown-source",
        &[
            "38:48: drug \"furosemide\": look-alike \"torsemide\" cites unknown source \"ismp-2023\"",
        ],
    ),
    (
        "many-problems",
        &[
            "30:64: class \"loop-diuretics\": parent class \"diuretic\" does not exist",
            "49:31: drug \"furosemide\": potassium effect cites unknown source \"fda-lasixx\"",
            "53:19: drug \"Bumetanide\": the generic name must be lower case with no outer spaces",
        ],
    ),
    (
        "missing-field",
        &[
            "40:17: drug \"furosemide\": potassium effect: `monitoring` is missing, and there is no class statement of the same kind and direction to take it from",
        ],
    ),
    (
        "missing-metadata",
        &["1:1: no file has a `metadata` section (version, review date, disclaimer)"],
    ),
    (
        "name-two-drugs",
        &["53:106: drug \"bumetanide\": name \"LASIX\" already names drug \"furosemide\""],
    ),
    (
        "no-effect-with-frequency",
        &[
            "43:32: drug \"furosemide\": potassium effect: frequency `not_expected` goes with direction `no_effect`, and only with it",
        ],
    ),
    ("syntax-missing-comma", &["36:13: Expected comma"]),
    ("syntax-unclosed-string", &["5:19: Expected comma"]),
    (
        "unknown-enum-value",
        &[
            "42:32: Unexpected variant named `down` in enum `Direction`, expected one of `lowers`, `raises`, `causes`, or `no_effect` instead",
        ],
    ),
    (
        "unknown-field",
        &[
            "36:13: Unexpected field named `strength` in `Drug`, expected one of `generic`, `class`, `international`, `uk_name`, `inn`, `brands`, `lasa`, `effects`, `reviewed_against`, or `note` instead",
        ],
    ),
    (
        "unknown-market",
        &[
            "37:52: Unexpected variant named `GB` in enum `Market`, expected one of `US`, `UK`, `IE`, `EU`, `CA`, `AU`, or `NZ` instead",
        ],
    ),
    (
        "unknown-source",
        &["49:31: drug \"furosemide\": potassium effect cites unknown source \"fda-lasixx\""],
    ),
    (
        "look-alike-pairs",
        &[
            "58:32: look-alike pair \"furosemide\" / \"torsemide\": \"torsemide\" is not a name in the dataset (a partner that is not goes in the medicine's own `lasa`)",
            "59:9: look-alike pair \"Lasix\" / \"frusemide\": both names are the same medicine",
            "60:27: look-alike pair \"Bumex\" / \"Loop diuretics\": \"Loop diuretics\" is a class name, not a medicine",
            "62:9: look-alike pair \"Bumex\" / \"Lasix\": listed twice",
            "62:45: look-alike pair \"Bumex\" / \"Lasix\": cites unknown source \"ismp-2023\"",
        ],
    ),
    (
        "tall-man-spellings",
        &[
            "58:16: tall-man spelling \"TORsemide\": not a name in the dataset",
            "59:16: tall-man spelling \"bumetanide\": must mix lower case and tall (capital) letters",
            "60:16: tall-man spelling \"FUROsemide\": listed twice",
            "60:38: tall-man spelling \"FUROsemide\": cites unknown source \"nowhere\"",
        ],
    ),
    (
        "local-names",
        &[
            "37:22: drug \"furosemide\": uk_name \"furosemide\" is the generic name; leave it out",
            "38:18: drug \"furosemide\": inn \"furosemid\" must also be listed in `international`",
        ],
    ),
    (
        "uppercase-generic",
        &["53:19: drug \"Bumetanide\": the generic name must be lower case with no outer spaces"],
    ),
    ("wrong-type", &["7:30: Expected integer"]),
];

#[test]
fn every_broken_dataset_gives_its_exact_messages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = GOLDEN.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "every broken dataset has a golden entry");

    for (name, want) in GOLDEN {
        let text = std::fs::read_to_string(dir.join(format!("{name}.ron"))).unwrap();
        let got = load(name, text).expect_err(name);
        let prefix = format!("tests/data/broken/{name}.ron:");
        let want: Vec<String> = want.iter().map(|m| format!("{prefix}{m}")).collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn the_valid_fixture_loads_without_warnings() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid-minimal.ron");
    let text = std::fs::read_to_string(path).unwrap();
    let ds = load("valid-minimal", text).unwrap();
    assert!(ds.warnings().is_empty(), "{:?}", ds.warnings());
    assert_eq!(ds.drugs().len(), 2);
}

#[test]
fn an_overdue_review_is_a_warning_not_an_error() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid-minimal.ron");
    let file = TextFile {
        name: "fixture.ron".into(),
        text: std::fs::read_to_string(path).unwrap(),
    };
    let later = Date::parse_iso("2027-03-01").unwrap();
    let ds = Dataset::from_files(&[file], later).expect("loads");
    let warnings: Vec<String> = ds.warnings().iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "fixture.ron:6:19: warning: metadata: the dataset was due for review on 2027-01-01 (reviewed 2026-01-01, every 365 days)"
        ]
    );
    assert_eq!(ds.warnings()[0].severity, Severity::Warning);
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let text = " ".repeat(medrisk::dataset::MAX_FILE_BYTES as usize + 1);
    let got = load("huge", text).unwrap_err();
    assert_eq!(
        got,
        [format!(
            "tests/data/broken/huge.ron: file is {} bytes; data files may be at most {} bytes",
            medrisk::dataset::MAX_FILE_BYTES + 1,
            medrisk::dataset::MAX_FILE_BYTES
        )]
    );
}

#[test]
fn syntax_errors_in_several_files_are_all_reported_in_file_order() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken");
    let files: Vec<TextFile> = ["wrong-type", "unknown-source", "syntax-missing-comma"]
        .iter()
        .map(|n| TextFile {
            name: format!("{n}.ron"),
            text: std::fs::read_to_string(dir.join(format!("{n}.ron"))).unwrap(),
        })
        .collect();
    let err = Dataset::from_files(&files, today()).unwrap_err();
    let got: Vec<String> = err.diagnostics.iter().map(ToString::to_string).collect();
    // Semantic checks wait until every file parses: a reference into a file
    // that did not parse would otherwise be reported as dangling.
    assert_eq!(
        got,
        [
            "wrong-type.ron:7:30: Expected integer",
            "syntax-missing-comma.ron:36:13: Expected comma",
        ]
    );
}

#[test]
fn arbitrary_bytes_never_panic_the_loader() {
    // Truncations of a valid file at every 7th byte: each is an error or a
    // dataset, never a panic.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid-minimal.ron");
    let text = std::fs::read_to_string(path).unwrap();
    for end in (0..text.len()).step_by(7) {
        if text.is_char_boundary(end) {
            let _ = load("cut", text[..end].to_string());
        }
    }
}
