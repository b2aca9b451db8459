//! Every statement cites a source that exists, because the validator
//! refuses one that does not: each row takes the small valid fixture, adds
//! one statement whose citation is missing or unknown, and expects the
//! load to fail with a message naming it. (A check over the shipped data
//! could never fail: data that breaks this does not load.)

use medrisk::dataset::{Dataset, Date, TextFile};

const FIXTURE: &str = include_str!("data/valid-minimal.ron");

fn load(text: String) -> Result<Dataset, String> {
    let files = [TextFile {
        name: "case.ron".to_owned(),
        text,
    }];
    let today = Date::parse_iso("2026-06-01").expect("a date");
    Dataset::from_files(&files, today).map_err(|e| e.to_string())
}

/// The fixture with `section` added before its closing bracket.
fn with_section(section: &str) -> String {
    let end = FIXTURE.rfind(')').expect("the fixture ends with `)`");
    format!("{}{section}\n{}", &FIXTURE[..end], &FIXTURE[end..])
}

/// The fixture with furosemide's effect citing `sources` instead.
fn effect_citing(sources: &str) -> String {
    FIXTURE.replacen(
        r#"sources: ["fda-lasix"],"#,
        &format!("sources: {sources},"),
        1,
    )
}

const FLAG: &str = r#"red_flags: [(id: "f", short: "s", sign: "s", possible_cause: "p", action: "a", urgency: same_day, sources: [SOURCES])],"#;
const FOOD: &str = r#"potassium_foods: [(food: "banana", serving: "one", potassium_mg: 400, sources: [SOURCES])],"#;
const CAUSE: &str = r#"other_causes: [(id: "c", name: "n", category: acute, symptoms: [weakness], description: "d", ask: "a", sources: [SOURCES])],"#;
const ADVICE: &str = r#"patient_advice: [(id: "a", heading: "h", kinds: [sedation], lines: ["l"], sources: [SOURCES])],"#;
const SCORE: &str = r#"anticholinergic_scores: [(drug: "furosemide", score: 1, source: SOURCE)],"#;
const FALLS: &str =
    r#"falls_risk_classes: [(class: "loop-diuretics", listed_as: "diuretics", source: SOURCE)],"#;

#[test]
fn the_fixture_itself_loads() {
    load(FIXTURE.to_owned()).expect("the fixture is valid");
    // And each section below loads with a real citation.
    for section in [FLAG, FOOD, CAUSE, ADVICE] {
        let text = with_section(&section.replace("SOURCES", r#""fda-lasix""#));
        load(text).unwrap_or_else(|e| panic!("{section}: {e}"));
    }
    for section in [SCORE, FALLS] {
        let text = with_section(&section.replace("SOURCE", r#""fda-lasix""#));
        load(text).unwrap_or_else(|e| panic!("{section}: {e}"));
    }
}

#[test]
fn a_statement_without_a_real_citation_does_not_load() {
    let cases: Vec<(&str, String, &str)> = vec![
        ("effect, no source", effect_citing("[]"), "cites no source"),
        (
            "effect, unknown source",
            effect_citing(r#"["no-such-label"]"#),
            "unknown source \"no-such-label\"",
        ),
        (
            "red flag, unknown source",
            with_section(&FLAG.replace("SOURCES", r#""nhs-nowhere""#)),
            "unknown source \"nhs-nowhere\"",
        ),
        (
            "red flag, no source",
            with_section(&FLAG.replace("SOURCES", "")),
            "cites no source",
        ),
        (
            "food, unknown source",
            with_section(&FOOD.replace("SOURCES", r#""usda-nowhere""#)),
            "unknown source \"usda-nowhere\"",
        ),
        (
            "other cause, unknown source",
            with_section(&CAUSE.replace("SOURCES", r#""nowhere""#)),
            "unknown source \"nowhere\"",
        ),
        (
            "patient advice, no source",
            with_section(&ADVICE.replace("SOURCES", "")),
            "cites no source",
        ),
        (
            "anticholinergic score, unknown source",
            with_section(&SCORE.replace("SOURCE", r#""acb-nowhere""#)),
            "unknown source \"acb-nowhere\"",
        ),
        (
            "falls-risk class, unknown source",
            with_section(&FALLS.replace("SOURCE", r#""stoppfall-nowhere""#)),
            "unknown source \"stoppfall-nowhere\"",
        ),
    ];
    for (what, text, expected) in cases {
        match load(text) {
            Ok(_) => panic!("{what}: loaded"),
            Err(e) => assert!(e.contains(expected), "{what}: {e}"),
        }
    }
}
