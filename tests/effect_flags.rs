//! The yes/no questions the window asks of a dataset: which flags a
//! medicine, class or product raises, where a member differs from its
//! class, which medicines lower potassium, whether the review is overdue.
//! A small dataset written here, so each answer can be checked by eye.

use medrisk::dataset::{Dataset, Date, EffectFlag, EffectKind, NameTarget, Strength, TextFile};

const LOWERS_POTASSIUM: EffectFlag = EffectFlag::LOWERS_POTASSIUM;
const RAISES_POTASSIUM: EffectFlag = EffectFlag::RAISES_POTASSIUM;
const TREMOR: EffectFlag = EffectFlag::TREMOR;
const MUSCLE_WEAKNESS: EffectFlag = EffectFlag::MUSCLE_WEAKNESS;

/// Beta-2 agonists lower potassium and cause tremor; "quietol" states that
/// it causes no tremor; "shakeless" is in a sub-class that states no
/// tremor; "crampol" adds weakness of its own. Spironolactone raises
/// potassium; the product "Mixide" holds quietol and spironolactone.
const FIXTURE: &str = r#"(
    metadata: (title: "t", version: "1", reviewed: "2026-01-01", review_interval_days: 100, disclaimer: "d"),
    sources: [(id: "s", kind: review, title: "T", publisher: "P", section: "1", date: "2026")],
    classes: [
        (id: "beta", name: "Beta-2 agonists", effects: [
            (kind: tremor, direction: causes, frequency: common, evidence: strong,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"],
             routes: [oral, inhaled]),
            (kind: potassium, direction: lowers, frequency: common, evidence: strong,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
        (id: "calm-beta", name: "Calm beta-2 agonists", parent: "beta", effects: [
            (kind: tremor, direction: no_effect, frequency: not_expected, evidence: moderate,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
        (id: "k-sparing", name: "Potassium-sparing", effects: [
            (kind: potassium, direction: raises, frequency: common, evidence: strong,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
    ],
    drugs: [
        (generic: "shakol", class: "beta", reviewed_against: ["s"]),
        (generic: "quietol", class: "beta", effects: [
            (kind: tremor, direction: no_effect, frequency: not_expected, evidence: moderate,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
        (generic: "crampol", class: "beta", effects: [
            (kind: muscle_weakness, direction: causes, frequency: rare, evidence: moderate,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
        (generic: "shakeless", class: "calm-beta"),
        (generic: "maybol", class: "beta", effects: [
            (kind: potassium, direction: raises, frequency: not_known, evidence: limited,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
        (generic: "spironolactone", class: "k-sparing"),
    ],
    products: [
        (name: "Mixide", ingredients: ["quietol", "spironolactone"], sources: ["s"]),
        (name: "Shakol inhaler", ingredients: ["shakol"], route: inhaled, sources: ["s"]),
        (name: "Shakol eye drops", ingredients: ["shakol"], route: eye, reviewed_against: ["s"], sources: ["s"]),
    ],
)"#;

fn fixture() -> Dataset {
    let files = [TextFile {
        name: "fixture.ron".to_owned(),
        text: FIXTURE.to_owned(),
    }];
    Dataset::from_files(&files, Date::parse_iso("2026-02-01").unwrap()).unwrap()
}

fn drug(ds: &Dataset, generic: &str) -> medrisk::dataset::DrugId {
    ds.drug_by_generic(generic).unwrap()
}

/// The flags raised at one strength (the one evidence rule).
fn flags_at(ds: &Dataset, target: NameTarget, strength: Strength) -> Vec<EffectFlag> {
    ds.flags_of(target)
        .into_iter()
        .filter(|f| f.strength == strength)
        .map(|f| f.flag)
        .collect()
}

fn established(ds: &Dataset, target: NameTarget) -> Vec<EffectFlag> {
    flags_at(ds, target, Strength::Established)
}

fn possible(ds: &Dataset, target: NameTarget) -> Vec<EffectFlag> {
    flags_at(ds, target, Strength::Possible)
}

fn generics(ds: &Dataset, ids: &[medrisk::dataset::DrugId]) -> Vec<String> {
    ids.iter().map(|&d| ds.drug(d).generic.clone()).collect()
}

#[test]
fn flags_follow_inheritance_and_documented_negatives() {
    let ds = fixture();
    // (medicine, flags it raises)
    let table: [(&str, &[EffectFlag], &[EffectFlag]); 6] = [
        ("shakol", &[LOWERS_POTASSIUM, TREMOR], &[]),
        ("quietol", &[LOWERS_POTASSIUM], &[]),
        ("crampol", &[LOWERS_POTASSIUM, TREMOR, MUSCLE_WEAKNESS], &[]),
        ("shakeless", &[LOWERS_POTASSIUM], &[]),
        ("spironolactone", &[RAISES_POTASSIUM], &[]),
        // Its own limited-evidence statement replaces the class's
        // potassium: possibly raising, never counted as established.
        ("maybol", &[TREMOR], &[RAISES_POTASSIUM]),
    ];
    for (generic, want, maybe) in table {
        let target = NameTarget::Drug(drug(&ds, generic));
        assert_eq!(established(&ds, target), want, "{generic}");
        assert_eq!(possible(&ds, target), maybe, "{generic}");
        for flag in EffectFlag::all() {
            assert_eq!(
                ds.has_flag(drug(&ds, generic), flag),
                want.contains(&flag),
                "{generic} {flag:?}"
            );
        }
    }
}

#[test]
fn a_class_passes_its_nearest_statement_down() {
    let ds = fixture();
    let beta = ds.class_by_id("beta").unwrap();
    let calm = ds.class_by_id("calm-beta").unwrap();
    assert_eq!(
        established(&ds, NameTarget::Class(beta)),
        [LOWERS_POTASSIUM, TREMOR]
    );
    // The sub-class's "no tremor" replaces the parent's tremor; potassium
    // comes from the parent.
    assert_eq!(
        established(&ds, NameTarget::Class(calm)),
        [LOWERS_POTASSIUM]
    );
    assert_eq!(ds.class_effects(calm).len(), 2);
}

#[test]
fn members_that_differ_from_their_class_are_named() {
    let ds = fixture();
    let beta = ds.class_by_id("beta").unwrap();
    let calm = ds.class_by_id("calm-beta").unwrap();
    let cases: [(&str, EffectFlag, &[&str]); 5] = [
        ("beta", TREMOR, &["quietol"]),
        ("beta", MUSCLE_WEAKNESS, &["crampol"]),
        // maybol's own limited statement replaces the class's lowering.
        ("beta", LOWERS_POTASSIUM, &["maybol"]),
        ("beta", RAISES_POTASSIUM, &[]),
        // shakeless agrees with its own class, which differs from beta.
        ("calm-beta", TREMOR, &[]),
    ];
    for (class, flag, want) in cases {
        let id = ds.class_by_id(class).unwrap();
        assert_eq!(
            generics(&ds, &ds.members_differing(id, flag)),
            want,
            "{class} {flag:?}"
        );
    }
    assert!(ds.differs_from_class(drug(&ds, "quietol"), TREMOR));
    assert!(!ds.differs_from_class(drug(&ds, "shakeless"), TREMOR));
    assert_eq!(
        generics(&ds, &ds.members_deep(beta)),
        ["shakol", "quietol", "crampol", "shakeless", "maybol"]
    );
    assert_eq!(generics(&ds, &ds.members_deep(calm)), ["shakeless"]);
}

#[test]
fn all_that_lower_potassium_and_products_with_both_directions() {
    let ds = fixture();
    assert_eq!(
        generics(&ds, &ds.drugs_with_flag(LOWERS_POTASSIUM)),
        ["shakol", "quietol", "crampol", "shakeless"]
    );
    assert_eq!(
        generics(&ds, &ds.drugs_with_flag(RAISES_POTASSIUM)),
        ["spironolactone"]
    );
    let mixide = ds.lookup_name("Mixide").unwrap().target;
    assert_eq!(
        established(&ds, mixide),
        [LOWERS_POTASSIUM, RAISES_POTASSIUM]
    );
}

#[test]
fn a_product_carries_only_what_its_route_covers() {
    let ds = fixture();
    // (product, established flags): tremor names the inhaled route;
    // potassium lowering is stated for systemic use only.
    let table: [(&str, &[EffectFlag]); 3] = [
        ("Shakol inhaler", &[TREMOR]),
        ("Shakol eye drops", &[]),
        ("shakol", &[LOWERS_POTASSIUM, TREMOR]),
    ];
    for (name, want) in table {
        let target = ds.lookup_name(name).unwrap().target;
        assert_eq!(established(&ds, target), want, "{name}");
    }
}

#[test]
fn reviewed_with_nothing_documented_is_not_unknown() {
    let ds = fixture();
    let verdict = |generic: &str, kind: EffectKind| {
        ds.verdicts(drug(&ds, generic))
            .into_iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, v)| v.as_str())
            .unwrap()
    };
    assert_eq!(verdict("shakol", EffectKind::Sodium), "nothing_documented");
    assert_eq!(verdict("shakol", EffectKind::Tremor), "stated");
    assert_eq!(verdict("quietol", EffectKind::Sodium), "not_reviewed");
    // A documented negative is a statement, not silence.
    assert_eq!(verdict("quietol", EffectKind::Tremor), "stated");
    // A medicine with no flag at all: eye drops reviewed against their own
    // label; a drug with flags has no such verdict.
    let eye = ds.lookup_name("Shakol eye drops").unwrap().target;
    assert_eq!(
        ds.unflagged_verdict(eye).map(|v| v.as_str()),
        Some("nothing_documented")
    );
    let shakol = NameTarget::Drug(drug(&ds, "shakol"));
    assert!(ds.unflagged_verdict(shakol).is_none());
}

#[test]
fn the_review_is_overdue_only_after_the_due_date() {
    let ds = fixture();
    // Reviewed 2026-01-01, every 100 days: due 2026-04-11.
    assert_eq!(ds.review_due().to_string(), "2026-04-11");
    for (today, overdue) in [
        ("2026-02-01", false),
        ("2026-04-11", false),
        ("2026-04-12", true),
    ] {
        assert_eq!(
            ds.review_overdue(Date::parse_iso(today).unwrap()),
            overdue,
            "{today}"
        );
    }
}
