//! The yes/no questions the window asks of a dataset: which flags a
//! medicine, class or product raises, where a member differs from its
//! class, which medicines lower potassium, whether the review is overdue.
//! A small dataset written here, so each answer can be checked by eye.

use medrisk::dataset::{Dataset, Date, EffectFlag, NameTarget, TextFile};

use EffectFlag::{LowersPotassium, MuscleWeakness, RaisesPotassium, Tremor};

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
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
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
        (generic: "shakol", class: "beta"),
        (generic: "quietol", class: "beta", effects: [
            (kind: tremor, direction: no_effect, frequency: not_expected, evidence: moderate,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
        (generic: "crampol", class: "beta", effects: [
            (kind: muscle_weakness, direction: causes, frequency: rare, evidence: limited,
             mechanism: "m", onset: "o", monitoring: "m", counselling: "c", sources: ["s"]),
        ]),
        (generic: "shakeless", class: "calm-beta"),
        (generic: "spironolactone", class: "k-sparing"),
    ],
    combinations: [
        (name: "Mixide", ingredients: ["quietol", "spironolactone"], sources: ["s"]),
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

fn generics(ds: &Dataset, ids: &[medrisk::dataset::DrugId]) -> Vec<String> {
    ids.iter().map(|&d| ds.drug(d).generic.clone()).collect()
}

#[test]
fn flags_follow_inheritance_and_documented_negatives() {
    let ds = fixture();
    // (medicine, flags it raises)
    let table: [(&str, &[EffectFlag]); 5] = [
        ("shakol", &[LowersPotassium, Tremor]),
        ("quietol", &[LowersPotassium]),
        ("crampol", &[LowersPotassium, Tremor, MuscleWeakness]),
        ("shakeless", &[LowersPotassium]),
        ("spironolactone", &[RaisesPotassium]),
    ];
    for (generic, want) in table {
        let got = ds.flags_of(NameTarget::Drug(drug(&ds, generic)));
        assert_eq!(got, want, "{generic}");
        for flag in EffectFlag::ALL {
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
        ds.flags_of(NameTarget::Class(beta)),
        [LowersPotassium, Tremor]
    );
    // The sub-class's "no tremor" replaces the parent's tremor; potassium
    // comes from the parent.
    assert_eq!(ds.flags_of(NameTarget::Class(calm)), [LowersPotassium]);
    assert_eq!(ds.class_effects(calm).len(), 2);
}

#[test]
fn members_that_differ_from_their_class_are_named() {
    let ds = fixture();
    let beta = ds.class_by_id("beta").unwrap();
    let calm = ds.class_by_id("calm-beta").unwrap();
    let cases: [(&str, EffectFlag, &[&str]); 5] = [
        ("beta", Tremor, &["quietol"]),
        ("beta", MuscleWeakness, &["crampol"]),
        ("beta", LowersPotassium, &[]),
        ("beta", RaisesPotassium, &[]),
        // shakeless agrees with its own class, which differs from beta.
        ("calm-beta", Tremor, &[]),
    ];
    for (class, flag, want) in cases {
        let id = ds.class_by_id(class).unwrap();
        assert_eq!(
            generics(&ds, &ds.members_differing(id, flag)),
            want,
            "{class} {flag:?}"
        );
    }
    assert!(ds.differs_from_class(drug(&ds, "quietol"), Tremor));
    assert!(!ds.differs_from_class(drug(&ds, "shakeless"), Tremor));
    assert_eq!(
        generics(&ds, &ds.members_deep(beta)),
        ["shakol", "quietol", "crampol", "shakeless"]
    );
    assert_eq!(generics(&ds, &ds.members_deep(calm)), ["shakeless"]);
}

#[test]
fn all_that_lower_potassium_and_products_with_both_directions() {
    let ds = fixture();
    assert_eq!(
        generics(&ds, &ds.drugs_with_flag(LowersPotassium)),
        ["shakol", "quietol", "crampol", "shakeless"]
    );
    assert_eq!(
        generics(&ds, &ds.drugs_with_flag(RaisesPotassium)),
        ["spironolactone"]
    );
    let mixide = ds.lookup_name("Mixide").unwrap().target;
    assert_eq!(ds.flags_of(mixide), [LowersPotassium, RaisesPotassium]);
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
