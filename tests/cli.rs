//! The command line as scripts use it: exit codes, text and the documented
//! JSON interface (README, "JSON output").

mod cli_support;

use std::process::Output;

use cli_support::medrisk;

use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid-minimal.ron");

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

#[test]
fn validate_passes_on_the_shipped_dataset_with_a_summary() {
    let o = medrisk(&["validate"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("ok: dataset "), "{out}");
    for word in [
        "classes",
        "drugs",
        "names",
        "sources",
        "0 verbatim repeats",
        "0 warnings",
    ] {
        assert!(out.contains(word), "{word} in {out}");
    }
}

#[test]
fn validate_lists_every_problem_and_exits_2() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/broken/many-problems.ron"
    );
    let o = medrisk(&["validate", path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(lines[0].ends_with(
        "many-problems.ron:30:64: class \"loop-diuretics\": parent class \"diuretic\" does not exist"
    ));
    assert!(lines[1].ends_with(
        "many-problems.ron:49:31: drug \"furosemide\": potassium effect cites unknown source \"fda-lasixx\""
    ));
    assert_eq!(lines[3], "medrisk: the dataset has 3 errors");
}

#[test]
fn validate_reports_a_missing_path_without_panicking() {
    let o = medrisk(&["validate", "/nonexistent/medrisk.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("/nonexistent/medrisk.ron: cannot read:"));
}

#[test]
fn search_json_lists_hits_with_the_documented_keys() {
    let o = medrisk(&["--data", FIXTURE, "search", "Lasix", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let hits = json(&o);
    let first = &hits[0];
    assert_eq!(first["generic"], "furosemide");
    assert_eq!(first["matched"], "Lasix");
    assert_eq!(first["match"], "exact");
    assert_eq!(first["type"], "drug");
    assert_eq!(first["name_kind"], "brand");
    assert_eq!(first["potassium"], "lowers");
    assert_eq!(first["lasa"], serde_json::json!(["torsemide"]));
    assert!(first["score"].is_u64());
}

#[test]
fn search_json_for_nothing_is_an_empty_array_and_exit_1() {
    let o = medrisk(&["--data", FIXTURE, "search", "zzqqxx", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o), serde_json::json!([]));
}

#[test]
fn show_json_resolves_a_british_name_to_a_complete_record() {
    let o = medrisk(&["--data", FIXTURE, "show", "frusemide", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["generic"], "furosemide");
    assert_eq!(v["class"], "Diuretics");
    assert_eq!(v["subclass"], "Loop diuretics");
    assert_eq!(v["potassium"], "lowers");
    assert_eq!(v["tremor"], false);
    assert_eq!(v["weakness"], false);
    assert_eq!(
        v["names"],
        serde_json::json!(["furosemide", "frusemide", "Lasix"])
    );
    assert_eq!(v["lasa"], serde_json::json!(["torsemide"]));
    assert_eq!(v["matched"], "frusemide");
    let effect = &v["effects"][0];
    assert_eq!(effect["kind"], "potassium");
    assert_eq!(effect["direction"], "lowers");
    assert_eq!(effect["frequency"], "common");
    assert_eq!(effect["evidence"], "strong");
    assert_eq!(effect["sources"][0]["id"], "fda-lasix");
    assert_eq!(effect["sources"][0]["section"], "5.1");
}

#[test]
fn show_of_an_unknown_name_exits_1_with_a_message() {
    let o = medrisk(&["--data", FIXTURE, "show", "zzqqxx"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("\"zzqqxx\": no medicine matches"));
}

#[test]
fn show_text_names_effects_and_the_disclaimer() {
    let o = medrisk(&["--data", FIXTURE, "show", "Lasix"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("furosemide\n"), "{out}");
    assert!(out.contains("potassium lowers: common frequency, strong evidence"));
    assert!(out.contains("Test data only."));
}

#[test]
fn version_prints_app_and_dataset_versions() {
    let o = medrisk(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    let ds = medrisk::dataset::Dataset::embedded().unwrap();
    assert_eq!(
        stdout(&o),
        format!(
            "medrisk {} (dataset {})\n",
            env!("CARGO_PKG_VERSION"),
            ds.metadata().version
        )
    );
}

fn check_json(args: &[&str]) -> Value {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.push("--json");
    let o = medrisk(&all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    json(&o)
}

#[test]
fn check_diuretic_steroid_beta2_lowers_potassium_with_notes() {
    let v = check_json(&["furosemide", "prednisone", "albuterol"]);
    assert_eq!(v["potassium"]["net"], "lowers");
    assert_eq!(
        v["potassium"]["lowering"],
        serde_json::json!(["furosemide", "prednisone", "albuterol"])
    );
    let ids: Vec<&str> = v["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"diuretic-steroid-beta2"), "{ids:?}");
    for note in v["notes"].as_array().unwrap() {
        assert!(!note["sources"].as_array().unwrap().is_empty(), "{note}");
    }
    assert!(
        v["tremor"]
            .as_array()
            .unwrap()
            .contains(&Value::from("albuterol"))
    );
    assert!(!v["red_flags"].as_array().unwrap().is_empty());
    assert_eq!(v["unresolved"], serde_json::json!([]));
}

#[test]
fn check_ace_inhibitor_spironolactone_potassium_raises_with_a_note() {
    let v = check_json(&["lisinopril", "spironolactone", "potassium chloride"]);
    assert_eq!(v["potassium"]["net"], "raises");
    assert_eq!(
        v["potassium"]["raising"],
        serde_json::json!(["lisinopril", "spironolactone", "potassium chloride"])
    );
    assert_eq!(v["notes"][0]["id"], "potassium-raising-additive");
    assert_eq!(
        v["notes"][0]["drugs"],
        serde_json::json!(["lisinopril", "spironolactone", "potassium chloride"])
    );
}

#[test]
fn check_a_combination_product_shows_both_ingredients_and_mixed() {
    let v = check_json(&["Dyazide"]);
    assert_eq!(v["medicines"][0]["type"], "combination");
    assert_eq!(
        v["medicines"][0]["ingredients"],
        serde_json::json!(["triamterene", "hydrochlorothiazide"])
    );
    assert_eq!(v["potassium"]["net"], "mixed");
    assert_eq!(v["notes"][0]["id"], "potassium-opposing");
}

#[test]
fn check_lists_unknown_names_and_duplicates() {
    let v = check_json(&["Lasix 40mg, furosemide", "qqqzzz"]);
    assert_eq!(v["unresolved"], serde_json::json!(["qqqzzz"]));
    assert_eq!(v["duplicates"][0]["generic"], "furosemide");
    assert_eq!(
        v["duplicates"][0]["inputs"],
        serde_json::json!(["Lasix 40mg", "furosemide"])
    );
}

#[test]
fn check_with_a_symptom_ranks_explanations_and_other_causes() {
    let v = check_json(&["lithium carbonate", "simvastatin", "--symptom", "tremor"]);
    let symptom = &v["symptom"];
    assert_eq!(symptom["complaint"], "tremor");
    assert_eq!(symptom["medicines"][0]["generic"], "lithium carbonate");
    assert!(
        symptom["medicines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["generic"] != "simvastatin")
    );
    assert!(!symptom["other_causes"].as_array().unwrap().is_empty());
}

#[test]
fn check_of_only_unknown_names_exits_1() {
    let o = medrisk(&["check", "qqqzzz"]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(
        text.contains("\"qqqzzz\": not recognised") && text.contains("nothing was checked for it"),
        "{text}"
    );
    // Unknown is not "nothing to do".
    assert!(
        !text.contains("Nothing on this list needs action"),
        "{text}"
    );
    let details = stdout(&medrisk(&["check", "qqqzzz", "--details"]));
    assert!(details.contains("NOT RECOGNISED"), "{details}");
}

#[test]
fn check_summary_is_markdown_for_the_patient() {
    let o = medrisk(&["check", "furosemide", "--summary"]);
    assert_eq!(o.status.code(), Some(0));
    let md = stdout(&o);
    assert!(
        md.starts_with("# Your medicines: what to look out for"),
        "{md}"
    );
    assert!(md.contains("## Foods that contain potassium"));
    assert!(md.contains("Do not stop or change any medicine on your own"));
}

/// The shipped dataset answers the counter's questions about the new kinds,
/// with the one evidence rule everywhere.
mod kinds {
    use super::{json, medrisk};
    use serde_json::Value;

    fn names(v: &Value) -> Vec<String> {
        v.as_array()
            .unwrap_or_else(|| panic!("not a list: {v}"))
            .iter()
            .map(|x| x.as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn a_thiazide_and_an_ssri_both_lower_sodium() {
        let v = json(&medrisk(&[
            "check",
            "sertraline",
            "hydrochlorothiazide",
            "--json",
        ]));
        let lowering = names(&v["levels"]["sodium"]["lowering"]);
        assert_eq!(lowering, ["sertraline", "hydrochlorothiazide"]);
        assert_eq!(v["levels"]["sodium"]["net"], "lowers");
    }

    #[test]
    fn citalopram_prolongs_qt() {
        let v = json(&medrisk(&["check", "citalopram", "--json"]));
        assert_eq!(names(&v["events"]["qt_prolongation"]), ["citalopram"]);
    }

    #[test]
    fn albuterol_causes_cramps_and_tremor_not_weakness() {
        let v = json(&medrisk(&["check", "albuterol", "--json"]));
        assert_eq!(names(&v["events"]["muscle_cramps"]), ["albuterol"]);
        assert_eq!(names(&v["events"]["tremor"]), ["albuterol"]);
        assert!(names(&v["events"]["muscle_weakness"]).is_empty());
        assert!(names(&v["weakness"]).is_empty());
    }

    #[test]
    fn eye_drops_do_not_lower_potassium_like_an_injection() {
        let v = json(&medrisk(&[
            "check",
            "Tobrex eye drops",
            "furosemide",
            "--json",
        ]));
        assert_eq!(names(&v["levels"]["potassium"]["lowering"]), ["furosemide"]);
        assert_eq!(v["medicines"][0]["type"], "product");
        // The whole name, form word included, is the gel, not the tablets.
        let gel = json(&medrisk(&["check", "Voltarol gel", "--json"]));
        assert_eq!(gel["medicines"][0]["type"], "product");
        assert_eq!(gel["medicines"][0]["name"], "Voltarol Emulgel");
        assert!(names(&gel["levels"]["potassium"]["raising"]).is_empty());
        let tablets = json(&medrisk(&["check", "Voltarol", "--json"]));
        assert_eq!(
            names(&tablets["levels"]["potassium"]["raising"]),
            ["diclofenac"]
        );
    }

    #[test]
    fn search_show_and_check_agree_on_every_level() {
        for name in [
            "propranolol",
            "furosemide",
            "spironolactone",
            "sertraline",
            "lithium carbonate",
        ] {
            let hits = json(&medrisk(&["search", name, "--json"]));
            let show = json(&medrisk(&["show", name, "--json"]));
            let check = json(&medrisk(&["check", name, "--json"]));
            for level in ["potassium", "sodium", "magnesium", "calcium"] {
                let net = &check["levels"][level]["net"];
                assert_eq!(&hits[0]["levels"][level], net, "{name} {level}: search");
                assert_eq!(&show["levels"][level], net, "{name} {level}: show");
            }
            assert_eq!(hits[0]["potassium"], check["potassium"]["net"], "{name}");
            assert_eq!(show["potassium"], check["potassium"]["net"], "{name}");
        }
    }

    #[test]
    fn a_reviewed_medicine_says_nothing_documented_and_an_unknown_one_is_not_recognised() {
        let show = json(&medrisk(&["show", "furosemide", "--json"]));
        assert_eq!(
            show["verdicts"]["parkinsonism"]["verdict"],
            "nothing_documented"
        );
        assert!(!names(&show["verdicts"]["parkinsonism"]["reviewed_against"]).is_empty());
        assert_eq!(show["verdicts"]["potassium"]["verdict"], "stated");
        let v = json(&medrisk(&["check", "zzqqxx", "--json"]));
        assert_eq!(v["medicines"][0]["type"], "unresolved");
        assert_eq!(v["medicines"][0]["no_flags"], Value::Null);
        // A medicine with no flag says which silence it is.
        let v = json(&medrisk(&[
            "check",
            "Tobrex eye drops",
            "ipratropium",
            "furosemide",
            "--json",
        ]));
        // Eye drops count as reviewed only against their own label, and
        // Tobrex's is not recorded: not reviewed, never "nothing".
        assert_eq!(v["medicines"][0]["no_flags"], "not_reviewed");
        assert_eq!(v["medicines"][1]["no_flags"], "not_reviewed");
        assert_eq!(v["medicines"][2]["no_flags"], Value::Null);
    }
}

/// The interactions a counter must catch, on the shipped dataset.
mod interactions {
    use super::{json, medrisk, stdout};
    use serde_json::Value;

    fn note_ids(v: &Value) -> Vec<String> {
        v["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn lithium_with_ibuprofen_is_an_exposure_note_with_urgency_and_sources() {
        let v = json(&medrisk(&[
            "check",
            "Priadel 400mg",
            "ibuprofen 200mg",
            "--json",
        ]));
        let note = v["notes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["kind"] == "exposure")
            .expect("an exposure note");
        assert_eq!(note["raised"], serde_json::json!(["lithium carbonate"]));
        assert_eq!(note["by"], serde_json::json!(["ibuprofen"]));
        assert!(note["urgency"].is_string());
        assert!(!note["sources"].as_array().unwrap().is_empty());
        // A gel does not reach the blood.
        let gel = json(&medrisk(&["check", "Priadel", "Voltarol gel", "--json"]));
        assert!(
            !note_ids(&gel)
                .iter()
                .any(|id| id == note["id"].as_str().unwrap())
        );
    }

    #[test]
    fn each_family_gives_its_note() {
        // (list, a note kind that must be among the notes)
        let cases: &[(&[&str], &str)] = &[
            (&["simvastatin", "clarithromycin"], "exposure"),
            (&["ramipril", "furosemide", "naproxen"], "pharmacodynamic"),
            (&["sertraline", "tramadol"], "pharmacodynamic"),
            (&["theophylline", "ciprofloxacin"], "exposure"),
            (&["digoxin", "amiodarone"], "exposure"),
        ];
        for (list, kind) in cases {
            let mut args = vec!["check"];
            args.extend_from_slice(list);
            args.push("--json");
            let v = json(&medrisk(&args));
            let kinds: Vec<&str> = v["notes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["kind"].as_str().unwrap())
                .collect();
            assert!(kinds.contains(kind), "{list:?}: {kinds:?}");
        }
        // Azithromycin is not a strong CYP3A4 inhibitor: no statin note.
        let v = json(&medrisk(&[
            "check",
            "simvastatin",
            "azithromycin",
            "--json",
        ]));
        assert!(
            !v["notes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n["kind"] == "exposure"),
            "{v}"
        );
    }

    #[test]
    fn the_summary_has_no_foods_table_when_a_medicine_raises_potassium() {
        let o = medrisk(&["check", "furosemide", "spironolactone", "--summary"]);
        let md = stdout(&o);
        assert!(!md.contains("Foods that contain potassium"), "{md}");
        assert!(md.contains("potassium supplements or salt substitutes"));
        let o = medrisk(&["check", "furosemide", "--summary"]);
        assert!(stdout(&o).contains("Foods that contain potassium"));
    }
}

/// Names a pharmacist can trust, on the shipped dataset: the issue's
/// "done when" lines, one test each.
mod names {
    use super::{json, medrisk, stderr, stdout};

    #[test]
    fn pred_stays_unresolved_with_both_steroids_to_pick() {
        let v = json(&medrisk(&["check", "pred", "--json"]));
        let m = &v["medicines"][0];
        assert_eq!(m["type"], "unresolved");
        assert_eq!(m["reason"], "prefix_only");
        let names: Vec<&str> = m["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"prednisone") && names.contains(&"prednisolone"),
            "{names:?}"
        );
        assert_eq!(v["drugs"], serde_json::json!([]));
    }

    #[test]
    fn a_missing_letter_says_what_it_corrected() {
        let v = json(&medrisk(&["search", "prednisne", "--json"]));
        assert_eq!(v[0]["corrected_from"], "prednisne");
        assert_eq!(v[0]["match"], "subsequence");
    }

    #[test]
    fn show_prints_a_combination_with_its_ingredients() {
        let o = medrisk(&["show", "co-trimoxazole", "--json"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(v["type"], "combination");
        assert_eq!(v["ingredients"][0]["generic"], "sulfamethoxazole");
        assert_eq!(v["ingredients"][1]["generic"], "trimethoprim");
        // Trimethoprim raises potassium; sulfamethoxazole does not.
        assert_eq!(v["potassium"], "raises");
        let text = stdout(&medrisk(&["show", "co-trimoxazole"]));
        assert!(
            text.contains("ingredients: sulfamethoxazole + trimethoprim"),
            "{text}"
        );
    }

    #[test]
    fn show_gives_the_official_tall_man_form_and_look_alikes() {
        let v = json(&medrisk(&["show", "prednisone", "--json"]));
        assert_eq!(v["tall_man"]["name"], "predniSONE");
        assert_eq!(v["look_alikes"][0]["name"], "prednisolone");
        assert_eq!(v["look_alikes"][0]["tall_man"]["name"], "prednisoLONE");
        let v = json(&medrisk(&["show", "Celebrex", "--json"]));
        let lasa: Vec<&str> = v["lasa"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        assert!(lasa.contains(&"Celexa"), "{lasa:?}");
    }

    #[test]
    fn uk_names_come_first_with_names_uk() {
        let text = stdout(&medrisk(&["--names", "uk", "check", "Ventolin"]));
        assert!(text.contains("Checked: Ventolin (salbutamol)."), "{text}");
        let text = stdout(&medrisk(&[
            "--names",
            "uk",
            "check",
            "Ventolin",
            "--details",
        ]));
        assert!(
            text.contains("Ventolin -> salbutamol (albuterol)"),
            "{text}"
        );
        let v = json(&medrisk(&["--names", "uk", "check", "Ventolin", "--json"]));
        assert_eq!(v["medicines"][0]["display_name"], "salbutamol (albuterol)");
        // Generic keys keep their US values.
        assert_eq!(v["medicines"][0]["generic"], "albuterol");
        assert_eq!(v["names"], "uk");
        let v = json(&medrisk(&["--names", "intl", "show", "Tylenol", "--json"]));
        assert_eq!(v["display_name"], "paracetamol (acetaminophen)");
        assert_eq!(v["inn"], "paracetamol");
        let text = stdout(&medrisk(&["check", "Ventolin"]));
        assert!(text.contains("Checked: Ventolin (albuterol)."), "{text}");
    }

    #[test]
    fn an_unknown_word_gets_no_far_fetched_suggestions() {
        let o = medrisk(&["search", "xylophone"]);
        assert_eq!(o.status.code(), Some(1));
        assert!(stdout(&o).is_empty());
        assert!(stderr(&o).contains("no medicine or class matches \"xylophone\""));
        assert!(!stderr(&o).contains("nearest names"), "{}", stderr(&o));
        let v = json(&medrisk(&["search", "xylophone", "--json", "--nearest"]));
        assert_eq!(v["hits"], serde_json::json!([]));
        assert_eq!(v["nearest"], serde_json::json!([]));
    }
}

/// The handout and the list inputs of `check`.
mod handout {
    use super::{medrisk, stdout};
    use std::io::Write;
    use std::process::{Command, Stdio};

    #[test]
    fn html_is_one_clean_page_with_escaped_text() {
        let o = medrisk(&[
            "check",
            "furosemide",
            "prednisolone",
            "--format",
            "html",
            "--pharmacy",
            "<script>alert(1)</script> & Sons",
            "--pharmacy-address",
            "1 High St\\nTown",
        ]);
        assert_eq!(o.status.code(), Some(0));
        let html = stdout(&o);
        let doc = roxmltree::Document::parse_with_options(
            &html,
            roxmltree::ParsingOptions {
                allow_dtd: true,
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("not well-formed: {e}\n{html}"));
        let tags: Vec<&str> = doc.descendants().map(|n| n.tag_name().name()).collect();
        assert!(!tags.contains(&"script"), "no scripts");
        assert!(
            !tags.contains(&"link") && !tags.contains(&"img"),
            "nothing fetched"
        );
        assert!(!html.contains("http"), "no addresses");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons"));
        let text: String = doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        for want in [
            "Medicines checked",
            "furosemide, prednisolone",
            "Get help urgently if",
            "1 High St\nTown",
            "Do not stop or change any medicine on your own",
            "supports, and does not replace",
        ] {
            assert!(text.contains(want), "{want}");
        }
    }

    #[test]
    fn the_old_switches_still_work() {
        let md = stdout(&medrisk(&["check", "furosemide", "--summary"]));
        assert!(md.starts_with("# Your medicines"));
        let same = stdout(&medrisk(&["check", "furosemide", "--format", "markdown"]));
        assert_eq!(md, same);
        let json = medrisk(&["check", "furosemide", "--json"]);
        assert!(serde_json::from_slice::<serde_json::Value>(&json.stdout).is_ok());
        let clash = medrisk(&["check", "furosemide", "--json", "--format", "html"]);
        assert_eq!(clash.status.code(), Some(2));
    }

    #[test]
    fn a_list_is_read_from_stdin_and_from_a_file() {
        let mut child = Command::new(env!("CARGO_BIN_EXE_medrisk"))
            .args(["check", "-", "--json"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("run medrisk");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"Lasix 40mg\n- Ventolin inhaler\n\n")
            .unwrap();
        let o = child.wait_with_output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["drugs"], serde_json::json!(["furosemide", "albuterol"]));

        let dir = std::env::temp_dir().join(format!("medrisk-list-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("list.txt");
        std::fs::write(&path, "ramipril 5mg\nspironolactone\n").unwrap();
        let o = medrisk(&["check", "--file", path.to_str().unwrap(), "--json"]);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(
            v["drugs"],
            serde_json::json!(["ramipril", "spironolactone"])
        );
        std::fs::remove_dir_all(&dir).unwrap();
        let missing = medrisk(&["check", "--file", "/nonexistent/list.txt"]);
        assert_eq!(missing.status.code(), Some(2));
    }
}

/// The answer first, as the command line prints it.
mod answer_first {
    use super::{json, medrisk, stdout};

    #[test]
    fn an_nsaid_bought_with_lithium_is_not_supplied_and_paracetamol_is_offered() {
        let v = json(&medrisk(&[
            "check",
            "lithium",
            "ibuprofen",
            "--buying",
            "ibuprofen",
            "--json",
        ]));
        let first = &v["actions"][0];
        assert_eq!(first["kind"], "avoid_supply", "{first}");
        assert!(
            first["drugs"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d == "ibuprofen"),
            "{first}"
        );
        assert!(
            first["alternative"]
                .as_str()
                .unwrap()
                .contains("paracetamol")
        );
        assert_eq!(v["buying"][0], "ibuprofen");
        // Without --buying, the same finding is a review of the list.
        let v = json(&medrisk(&["check", "lithium", "ibuprofen", "--json"]));
        assert_eq!(v["actions"][0]["id"], "lithium-nsaids");
        assert_eq!(v["actions"][0]["kind"], "refer");
        assert_eq!(v["supply"], serde_json::Value::Null);
    }

    #[test]
    fn the_first_line_says_not_to_supply_and_why() {
        let text = stdout(&medrisk(&[
            "check",
            "ramipril",
            "furosemide",
            "ibuprofen",
            "--buying",
            "ibuprofen",
        ]));
        let first = text.lines().next().unwrap();
        assert!(first.starts_with("Do not supply ibuprofen: "), "{first}");
        assert!(first.contains("triple whammy"), "{first}");
        assert!(first.contains("paracetamol"), "{first}");
    }

    #[test]
    fn a_benign_list_asks_for_nothing_more_urgent_than_routine() {
        let v = json(&medrisk(&[
            "check",
            "amlodipine",
            "levothyroxine",
            "--json",
        ]));
        for a in v["actions"].as_array().unwrap() {
            assert!(
                ["routine", "advice"].contains(&a["urgency"].as_str().unwrap()),
                "{a}"
            );
        }
    }

    #[test]
    fn uniphyllin_is_theophylline_and_clarithromycin_raises_it() {
        let v = json(&medrisk(&[
            "check",
            "Uniphyllin",
            "clarithromycin",
            "--json",
        ]));
        assert_eq!(v["medicines"][0]["generic"], "theophylline");
        let ids: Vec<&str> = v["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        assert!(
            ids.contains(&"theophylline-clarithromycin-erythromycin"),
            "{ids:?}"
        );
    }

    #[test]
    fn vitamin_b12_never_becomes_a_vitamin_d() {
        let v = json(&medrisk(&["check", "vitamin B12", "--json"]));
        let m = &v["medicines"][0];
        assert_ne!(m["generic"], "ergocalciferol", "{m}");
        assert_ne!(m["generic"], "cholecalciferol", "{m}");
        assert_eq!(m["corrected_from"], serde_json::Value::Null, "{m}");
    }

    #[test]
    fn lithium_is_checked_as_its_class_and_shown_as_one() {
        let v = json(&medrisk(&["check", "lithium", "ramipril", "--json"]));
        assert_eq!(v["medicines"][0]["type"], "class");
        assert_eq!(v["medicines"][0]["stands_for"], "lithium carbonate");
        let ids: Vec<&str> = v["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&"lithium-ace-inhibitors-arbs"), "{ids:?}");
        let o = medrisk(&["show", "lithium"]);
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).contains("members: lithium carbonate, lithium citrate"));
        let v = json(&medrisk(&["show", "lithium", "--json"]));
        assert_eq!(v["type"], "class");
        assert_eq!(v["id"], "lithium-salts");
    }

    #[test]
    fn an_eight_medicine_list_answers_within_forty_lines() {
        let list = [
            "check",
            "furosemide",
            "ramipril",
            "spironolactone",
            "digoxin",
            "ibuprofen",
            "lithium",
            "zopiclone",
            "amitriptyline",
            "--symptom",
            "legs",
        ];
        let text = stdout(&medrisk(&list));
        let lines = text.lines().count();
        assert!(lines <= 40, "{lines} lines:\n{text}");
        // The ibuprofen is what to act on first.
        let first = text
            .lines()
            .find(|l| l.trim_start().starts_with("1. "))
            .unwrap();
        assert!(first.contains("ibuprofen"), "{first}");
        // --details prints everything.
        let mut details = list.to_vec();
        details.push("--details");
        let full = stdout(&medrisk(&details));
        assert!(full.lines().count() > lines);
        assert!(full.contains("sources: "));
    }

    #[test]
    fn a_brand_look_alike_is_shown_only_when_the_brand_was_typed() {
        let text = stdout(&medrisk(&["check", "furosemide"]));
        assert!(!text.contains("Luvox"), "{text}");
        let text = stdout(&medrisk(&["check", "Lasix"]));
        assert!(text.contains("looks like Luvox"), "{text}");
        let v = json(&medrisk(&["check", "furosemide", "--json"]));
        let pairs = v["medicines"][0]["look_alikes"].as_array().unwrap();
        let luvox = pairs.iter().find(|p| p["name"] == "Luvox").unwrap();
        assert_eq!(luvox["relevant"], false);
    }
}

/// What is entered about the patient: impossible values are usage errors.
mod patient_context {
    use super::{json, medrisk};

    #[test]
    fn impossible_values_exit_2_naming_the_input() {
        for (flag, value) in [
            ("--egfr", "-3"),
            ("--age", "400"),
            ("--potassium", "60"),
            ("--sodium", "12"),
        ] {
            let o = medrisk(&["check", "furosemide", flag, value]);
            assert_eq!(o.status.code(), Some(2), "{flag} {value}");
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.contains(flag), "{err}");
        }
    }

    #[test]
    fn context_is_in_the_json_only_when_given() {
        let plain = json(&medrisk(&["check", "furosemide", "--json"]));
        assert!(plain.get("context").is_none());
        let v = json(&medrisk(&[
            "check",
            "ramipril",
            "spironolactone",
            "--potassium",
            "6.1@2026-11-30",
            "--json",
        ]));
        assert_eq!(v["context"]["potassium"]["value"], 6.1);
        assert_eq!(v["context"]["potassium"]["date"], "2026-11-30");
        let first = &v["actions"][0];
        assert_eq!(first["urgency"], "emergency", "{first}");
        assert!(first["because"][0].as_str().unwrap().contains("potassium"));
    }

    #[test]
    fn a_low_sodium_with_sodium_lowering_medicines_is_same_day() {
        let v = json(&medrisk(&[
            "check",
            "sertraline",
            "bendroflumethiazide",
            "--sodium",
            "127",
            "--age",
            "79",
            "--json",
        ]));
        let first = &v["actions"][0];
        assert_eq!(first["urgency"], "same_day", "{first}");
        assert!(
            first["text"].as_str().unwrap().contains("sodium"),
            "{first}"
        );
    }
}

#[test]
fn the_details_list_the_notes_the_patients_age_adds() {
    let note =
        "Note [Advice, pharmacodynamic]: Sedating antihistamine bought by someone aged 65 or over";
    let o = medrisk(&[
        "check",
        "--buying",
        "chlorpheniramine",
        "--age",
        "70",
        "--details",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains(note), "{}", stdout(&o));
    let o = medrisk(&["check", "--buying", "chlorpheniramine", "--details"]);
    assert!(!stdout(&o).contains(note), "{}", stdout(&o));
}
