//! Statements that write only what differs: a drug's from its class, a
//! class's from its parent, a combination's from one ingredient; and shared
//! wording named by id. Each case is a small dataset in memory, checked for
//! the complete statement the app sees or the validator's exact messages.

use medrisk::dataset::{Dataset, Date, Direction, EffectKind, Frequency, NameTarget, TextFile};

const HEAD: &str = r#"(
    metadata: (
        title: "inheritance fixture",
        version: "1",
        reviewed: "2026-01-01",
        review_interval_days: 365,
        disclaimer: "Test data only.",
    ),
    sources: [
        (id: "label-a", kind: fda_label, title: "A", publisher: "US FDA", section: "5", date: "2024"),
        (id: "label-b", kind: smpc, title: "B", publisher: "MHRA", section: "4.8", date: "2024"),
    ],
    classes: [
        (id: "diuretics", name: "Diuretics", effects: [
            (kind: potassium, direction: lowers, frequency: not_known, evidence: strong,
             mechanism: "Class mechanism.", onset: "Class onset.", risk_factors: ["class risk"],
             monitoring: "Class monitoring.", counselling: (shared: "k-counsel-cramps"),
             refer_if: "Class referral.", refer_urgency: same_day, context: "Class context.",
             sources: ["label-a"]),
        ]),
        (id: "loop-diuretics", name: "Loop diuretics", parent: "diuretics", effects: [
            (kind: potassium, direction: lowers, frequency: common, evidence: strong,
             mechanism: "Loop mechanism.", sources: ["label-b"]),
        ]),
    ],
"#;

fn today() -> Date {
    Date::parse_iso("2026-06-01").unwrap()
}

/// The fixture with `rest` after its classes, and a second file of shared
/// wording with `more` after its one entry.
fn load_with(more: &str, rest: &str) -> Result<Dataset, Vec<String>> {
    let fixture = TextFile {
        name: "fixture.ron".into(),
        text: format!("{HEAD}{rest}\n)"),
    };
    let shared = TextFile {
        name: "shared.ron".into(),
        text: format!(
            r#"(shared_wording: [
    (id: "k-counsel-cramps", text: "This medicine can lower your potassium, so tell us about cramps or weakness."),{more}
])"#
        ),
    };
    Dataset::from_files(&[fixture, shared], today())
        .map_err(|e| e.diagnostics.iter().map(ToString::to_string).collect())
}

fn load(rest: &str) -> Result<Dataset, Vec<String>> {
    load_with("", rest)
}

fn warnings(ds: &Dataset) -> Vec<String> {
    ds.warnings().iter().map(ToString::to_string).collect()
}

const DRUG_INHERITS: &str = r#"
    drugs: [
        (generic: "furosemide", class: "loop-diuretics", effects: [
            (kind: potassium, direction: lowers, frequency: very_common, evidence: moderate,
             onset: "Own onset.", sources: ["label-a"]),
        ]),
        (generic: "bumetanide", class: "loop-diuretics", effects: [
            (kind: potassium, direction: lowers, frequency: common, evidence: strong,
             risk_factors: [], refer_if: None, context: None, sources: ["label-a"]),
        ]),
    ],
"#;

#[test]
fn a_drug_takes_what_it_leaves_out_from_its_class_field_by_field() {
    let ds = load(DRUG_INHERITS).unwrap();
    assert_eq!(warnings(&ds), Vec::<String>::new());
    let furosemide = &ds.drugs()[0].effects[0];
    // Its own band, evidence, onset and sources ...
    assert_eq!(furosemide.frequency, Frequency::VeryCommon);
    assert_eq!(furosemide.onset, "Own onset.");
    assert_eq!(furosemide.sources, ["label-a"]);
    // ... the loop class's mechanism, and what the loop class itself took
    // from the diuretics class (shared wording included).
    assert_eq!(furosemide.mechanism, "Loop mechanism.");
    assert_eq!(furosemide.monitoring, "Class monitoring.");
    assert_eq!(
        furosemide.counselling,
        "This medicine can lower your potassium, so tell us about cramps or weakness."
    );
    assert_eq!(furosemide.risk_factors, ["class risk"]);
    assert_eq!(furosemide.refer_if.as_deref(), Some("Class referral."));
    assert!(furosemide.refer_urgency.is_some());
    assert_eq!(furosemide.context.as_deref(), Some("Class context."));

    // "None" and "[]" say none, whatever the class says.
    let bumetanide = &ds.drugs()[1].effects[0];
    assert!(bumetanide.risk_factors.is_empty());
    assert_eq!(bumetanide.refer_if, None);
    assert_eq!(bumetanide.refer_urgency, None);
    assert_eq!(bumetanide.context, None);
    assert_eq!(bumetanide.mechanism, "Loop mechanism.");
}

/// (what the drugs section says, the messages after "fixture.ron:").
const REFUSED: &[(&str, &str, &[&str])] = &[
    (
        "another direction has no base",
        r#"
    drugs: [(generic: "x", class: "loop-diuretics", effects: [
        (kind: potassium, direction: raises, frequency: rare, evidence: limited, sources: ["label-a"]),
    ])],"#,
        &[
            "28:9: drug \"x\": potassium effect: `mechanism` is missing, and there is no class statement of the same kind and direction to take it from",
            "28:9: drug \"x\": potassium effect: `onset` is missing, and there is no class statement of the same kind and direction to take it from",
            "28:9: drug \"x\": potassium effect: `monitoring` is missing, and there is no class statement of the same kind and direction to take it from",
            "28:9: drug \"x\": potassium effect: `counselling` is missing, and there is no class statement of the same kind and direction to take it from",
        ],
    ),
    (
        "unknown shared wording",
        r#"
    drugs: [(generic: "x", class: "loop-diuretics", effects: [
        (kind: potassium, direction: lowers, frequency: rare, evidence: limited,
         monitoring: (shared: "no-such-words"), sources: ["label-a"]),
    ])],"#,
        &["29:22: unknown shared wording \"no-such-words\""],
    ),
    (
        "an ingredient the combination does not contain",
        r#"
    drugs: [
        (generic: "x", class: "loop-diuretics"),
        (generic: "y", class: "diuretics"),
    ],
    products: [(name: "XY", ingredients: ["x", "y"], sources: ["label-a"], effects: [
        (kind: potassium, direction: lowers, frequency: rare, evidence: limited,
         ingredient: "z", sources: ["label-b"]),
    ])],"#,
        &["33:22: product \"XY\": \"z\" is not one of the product's ingredients"],
    ),
    (
        "a combination statement that names no ingredient",
        r#"
    drugs: [
        (generic: "x", class: "loop-diuretics"),
        (generic: "y", class: "diuretics"),
    ],
    products: [(name: "XY", ingredients: ["x", "y"], sources: ["label-a"], effects: [
        (kind: tremor, direction: causes, frequency: rare, evidence: limited, mechanism: "m",
         onset: "o", monitoring: "m", counselling: "c", sources: ["label-b"]),
    ])],"#,
        &[
            "32:9: product \"XY\": a combination's effects are its ingredients'; a statement of its own names the `ingredient` whose statement it replaces",
        ],
    ),
    (
        "an ingredient named on a drug",
        r#"
    drugs: [(generic: "x", class: "loop-diuretics", effects: [
        (kind: potassium, direction: lowers, frequency: rare, evidence: limited,
         ingredient: "x", sources: ["label-a"]),
    ])],"#,
        &[
            "29:22: drug \"x\": potassium effect: `ingredient` is only for a combination product's statements",
        ],
    ),
];

#[test]
fn what_cannot_be_completed_is_refused_where_it_is_written() {
    for (case, rest, want) in REFUSED {
        let got = load(rest).expect_err(case);
        let want: Vec<String> = want.iter().map(|m| format!("fixture.ron:{m}")).collect();
        assert_eq!(got, want, "{case}");
    }
}

#[test]
fn restating_the_base_and_unused_shared_wording_are_warnings() {
    let ds = load_with(
        r#"
    (id: "never-used", text: "Nobody names this."),"#,
        r#"
    drugs: [(generic: "x", class: "loop-diuretics", effects: [
        (kind: potassium, direction: lowers, frequency: rare, evidence: limited,
         mechanism: "Loop mechanism.", counselling: (shared: "k-counsel-cramps"),
         sources: ["label-a"]),
    ])],"#,
    )
    .unwrap();
    assert_eq!(
        warnings(&ds),
        [
            "fixture.ron:29:21: warning: drug \"x\": potassium effect: `mechanism` repeats the class statement of the same kind and direction word for word; leave it out to take it from there",
            "fixture.ron:29:53: warning: drug \"x\": potassium effect: `counselling` repeats the class statement of the same kind and direction word for word; leave it out to take it from there",
            "shared.ron:3:5: warning: shared wording \"never-used\": no statement uses it",
        ]
    );
}

#[test]
fn long_wording_written_twice_counts_as_a_verbatim_repeat() {
    let long = "Tell us straight away about new muscle cramps, weakness or a fluttering heartbeat.";
    assert!(long.chars().count() >= medrisk::dataset::REPEAT_MIN_CHARS);
    let short = "Tell us about cramps.";
    let drug = |name: &str, text: &str| {
        format!(
            r#"(generic: "{name}", class: "loop-diuretics", effects: [
            (kind: potassium, direction: lowers, frequency: rare, evidence: limited,
             counselling: "{text}", sources: ["label-a"])])"#
        )
    };
    for (texts, want) in [
        (vec![long, long, long], 2),
        (vec![long, short, short], 0),
        (vec![long], 0),
    ] {
        let drugs: Vec<String> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| drug(&format!("d{i}"), t))
            .collect();
        let ds = load(&format!("drugs: [{}],", drugs.join(", "))).unwrap();
        assert_eq!(ds.verbatim_repeats(), want, "{texts:?}");
    }
}

#[test]
fn a_combination_gives_one_ingredient_its_own_band_and_no_other() {
    let ds = load(
        r#"
    drugs: [
        (generic: "x", class: "loop-diuretics"),
        (generic: "y", class: "diuretics"),
    ],
    products: [(name: "XY", ingredients: ["x", "y"], sources: ["label-a"], effects: [
        (kind: potassium, direction: lowers, frequency: rare, evidence: limited,
         ingredient: "x", sources: ["label-b"]),
    ])],"#,
    )
    .unwrap();
    let product = ds.lookup_name("XY").unwrap().target;
    let NameTarget::Product(p) = product else {
        panic!("XY is a product")
    };
    let x = ds.drug_by_generic("x").unwrap();
    let y = ds.drug_by_generic("y").unwrap();
    let band = |drug| {
        let taken = ds
            .taken_of(product)
            .into_iter()
            .find(|t| t.drug == drug)
            .unwrap();
        let effects = ds.effects_taken(taken);
        let k = effects
            .iter()
            .find(|a| a.effect.kind == EffectKind::Potassium)
            .unwrap();
        assert_eq!(k.effect.direction, Direction::Lowers);
        (k.effect.frequency, k.effect.mechanism.clone())
    };
    // x through XY: the product's band, x's own (loop) wording.
    assert_eq!(band(x), (Frequency::Rare, "Loop mechanism.".to_string()));
    // y through XY: untouched, the diuretics class statement.
    assert_eq!(
        band(y),
        (Frequency::NotKnown, "Class mechanism.".to_string())
    );
    assert_eq!(ds.product(p).effects.len(), 1);
}

#[test]
fn the_shipped_data_writes_no_long_wording_twice_and_restates_nothing() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let ds = Dataset::load_path(std::path::Path::new(path)).unwrap();
    assert!(ds.verbatim_repeats() < 50, "{}", ds.verbatim_repeats());
    let restated: Vec<String> = warnings(&ds)
        .into_iter()
        .filter(|w| w.contains("word for word") || w.contains("no statement uses it"))
        .collect();
    assert_eq!(restated, Vec::<String>::new());
}

#[test]
fn moduretic_gives_amiloride_its_combination_band_and_co_amilofruse_does_not() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let ds = Dataset::load_path(std::path::Path::new(path)).unwrap();
    let potassium = |product: &str, generic: &str| {
        let target = ds.lookup_name(product).unwrap().target;
        let drug = ds.drug_by_generic(generic).unwrap();
        let taken = ds
            .taken_of(target)
            .into_iter()
            .find(|t| t.drug == drug)
            .unwrap();
        let effects = ds.effects_taken(taken);
        let k = effects
            .iter()
            .find(|a| a.effect.kind == EffectKind::Potassium)
            .unwrap();
        (
            k.effect.direction,
            k.effect.frequency,
            k.effect.sources.clone(),
        )
    };
    for product in ["Moduretic", "co-amilozide"] {
        let (direction, band, sources) = potassium(product, "amiloride");
        assert_eq!(
            (direction, band),
            (Direction::Raises, Frequency::Common),
            "{product}"
        );
        assert_eq!(sources, ["fda-amiloride-hctz-teva"]);
        // The thiazide's own statement is untouched.
        let (direction, _, _) = potassium(product, "hydrochlorothiazide");
        assert_eq!(direction, Direction::Lowers, "{product}");
    }
    let (direction, band, _) = potassium("co-amilofruse", "amiloride");
    assert_eq!(
        (direction, band),
        (Direction::Raises, Frequency::VeryCommon)
    );
}
