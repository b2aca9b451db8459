//! The search ladder, table-driven, over a small fixture dataset
//! (tests/data/search-fixture) so that it does not depend on the shipped
//! clinical data: one line per query, with the medicine, class or product
//! expected first and how it should match.

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use medrisk::dataset::{Dataset, NameTarget};
use medrisk::search::{Hit, Index, MAX_QUERY_CHARS, MatchKind};
use proptest::prelude::*;

use MatchKind::{Exact, Partial, Phonetic, Prefix, Subsequence, Typo};

fn fixture() -> &'static (Dataset, Index) {
    static FIXTURE: OnceLock<(Dataset, Index)> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/search-fixture");
        let ds = Dataset::load_path(&path).expect("the search fixture validates");
        assert!(ds.warnings().is_empty(), "{:?}", ds.warnings());
        let index = Index::new(&ds);
        (ds, index)
    })
}

/// A drug's generic name, or a class or product name.
fn target_name(ds: &Dataset, target: NameTarget) -> &str {
    match target {
        NameTarget::Drug(d) => &ds.drug(d).generic,
        NameTarget::Class(c) => &ds.class(c).name,
        NameTarget::Product(c) => &ds.product(c).name,
    }
}

fn search(query: &str) -> Vec<Hit> {
    fixture().1.search(query, 10)
}

/// Query → expected top hit and how it matched.
const TABLE: &[(&str, &str, MatchKind)] = &[
    // Generic names.
    ("furosemide", "furosemide", Exact),
    ("spironolactone", "spironolactone", Exact),
    ("metformin", "metformin", Exact),
    ("digoxin", "digoxin", Exact),
    ("potassium chloride", "potassium chloride", Exact),
    ("pentazocine", "pentazocine", Exact),
    // Brands.
    ("Lasix", "furosemide", Exact),
    ("Zocor", "simvastatin", Exact),
    ("Ventolin", "albuterol", Exact),
    ("ProAir", "albuterol", Exact),
    ("Lanoxin", "digoxin", Exact),
    ("Glucophage", "metformin", Exact),
    ("Slow-K", "potassium chloride", Exact),
    ("K-Tab", "potassium chloride", Exact),
    ("Epanutin", "phenytoin", Exact),
    ("Uniphyllin Continus", "theophylline", Exact),
    ("Celebrex", "celecoxib", Exact),
    ("Tazocin", "piperacillin-tazobactam", Exact),
    // British and international names.
    ("frusemide", "furosemide", Exact),
    ("salbutamol", "albuterol", Exact),
    ("bendrofluazide", "bendroflumethiazide", Exact),
    ("torasemide", "torsemide", Exact),
    ("chlortalidone", "chlorthalidone", Exact),
    ("lithium carbonate", "lithium", Exact),
    // Prefixes (type-ahead).
    ("bendro", "bendroflumethiazide", Prefix),
    ("spiro", "spironolactone", Prefix),
    ("furo", "furosemide", Prefix),
    ("metf", "metformin", Prefix),
    ("simva", "simvastatin", Prefix),
    ("lisin", "lisinopril", Prefix),
    ("vento", "albuterol", Prefix),
    ("salbu", "albuterol", Prefix),
    ("phenyt", "phenytoin", Prefix),
    ("tazob", "tazobactam", Prefix),
    ("pred", "prednisone", Prefix),
    ("k", "potassium chloride", Prefix),
    ("amilofruse", "co-amilofruse", Prefix),
    ("co-amil", "co-amilozide", Prefix),
    ("spironolacton", "spironolactone", Prefix),
    // Missing letters and abbreviations (subsequence).
    ("frsmd", "furosemide", Subsequence),
    ("hctz", "hydrochlorothiazide", Subsequence),
    ("sprnlctn", "spironolactone", Subsequence),
    ("mtfrmn", "metformin", Subsequence),
    ("atrvstn", "atorvastatin", Subsequence),
    ("bmtnd", "bumetanide", Subsequence),
    ("lvthyrx", "levothyroxine", Subsequence),
    ("spironolactne", "spironolactone", Subsequence),
    ("simvastatn", "simvastatin", Subsequence),
    ("hydrochlorthiazide", "hydrochlorothiazide", Subsequence),
    ("zocr", "simvastatin", Subsequence),
    ("venti", "albuterol", Subsequence),
    // Substituted letters.
    ("furosimide", "furosemide", Typo),
    ("amlodipene", "amlodipine", Typo),
    ("amlodipone", "amlodipine", Typo),
    ("digoxen", "digoxin", Typo),
    // Transposed letters.
    ("metfromin", "metformin", Typo),
    ("lasxi", "furosemide", Typo),
    ("dgioxin", "digoxin", Typo),
    ("lisinporil", "lisinopril", Typo),
    ("prednisoloen", "prednisolone", Typo),
    ("diuertics", "Diuretics", Typo),
    // Extra letters.
    ("salbutamool", "albuterol", Typo),
    ("furrosemide", "furosemide", Typo),
    ("atorvastatine", "atorvastatin", Typo),
    ("digoxine", "digoxin", Typo),
    ("lisinoprill", "lisinopril", Typo),
    ("tazocine", "piperacillin-tazobactam", Typo),
    // Two typos; a typo while still typing.
    ("glucofage", "metformin", Typo),
    ("furosim", "furosemide", Typo),
    ("bendroflumetiazyde", "bendroflumethiazide", Typo),
    // Spelt as said.
    ("fenitoin", "phenytoin", Phonetic),
    ("theofilline", "theophylline", Phonetic),
    ("glukofage", "metformin", Phonetic),
    // Letters inside a name, not from its start.
    ("oxyzine", "hydroxyzine", Partial),
    // Strength, unit, form and release words.
    ("simvastatin 20 mg tab", "simvastatin", Exact),
    ("Simvastatin 20mg tablets", "simvastatin", Exact),
    ("furosemide 40mg/5ml oral solution", "furosemide", Exact),
    ("salbutamol 100 micrograms inhaler", "albuterol", Exact),
    ("Ventolin Evohaler", "albuterol", Exact),
    ("lithium carbonate 400 mg MR", "lithium", Exact),
    ("Slow-K 600 mg", "potassium chloride", Exact),
    ("amlodipine5mg", "amlodipine", Exact),
    ("metfromin 500mg SR", "metformin", Typo),
    ("Combivent inhaler", "Combivent", Exact),
    // Odd case, spacing, punctuation and accents.
    ("FUROSEMIDE", "furosemide", Exact),
    ("  lasix  ", "furosemide", Exact),
    ("LaSiX", "furosemide", Exact),
    ("furo semide", "furosemide", Exact),
    ("co amilofruse", "co-amilofruse", Exact),
    ("coamilofruse", "co-amilofruse", Exact),
    ("Co-Amilofruse 5/40", "co-amilofruse", Exact),
    ("Lévothyroxine", "levothyroxine", Exact),
    ("potassium-chloride", "potassium chloride", Exact),
    ("ipratropium / albuterol", "Combivent", Exact),
    ("\tzocor\n", "simvastatin", Exact),
    // Class and sub-class names.
    ("statin", "Statins", Exact),
    ("statins", "Statins", Exact),
    ("loop diuretic", "Loop diuretics", Prefix),
    ("water tablets", "Diuretics", Exact),
    ("water tablet", "Diuretics", Prefix),
    ("thiazides", "Thiazide diuretics", Exact),
    ("ACE inhibitors", "ACE inhibitors", Exact),
    ("beta agonist", "Beta-2 agonists", Prefix),
    ("steroids", "Corticosteroids", Exact),
    ("diuretics", "Diuretics", Exact),
    ("SSRI", "SSRIs", Prefix),
    // Product products.
    ("Dyazide", "Dyazide", Exact),
    ("Frumil", "co-amilofruse", Exact),
    ("Moduretic", "co-amilozide", Exact),
    ("DuoNeb", "Combivent", Exact),
    ("Zosyn", "piperacillin-tazobactam", Exact),
    ("piperacillin tazobactam", "piperacillin-tazobactam", Exact),
    // Ties (see also `ties_are_flagged_and_stably_ordered`).
    ("hydr", "hydralazine", Prefix),
];

#[test]
fn the_table() {
    let (ds, _) = fixture();
    assert!(TABLE.len() >= 80, "{} cases", TABLE.len());
    let mut failures = Vec::new();
    for &(query, want, kind) in TABLE {
        let hits = search(query);
        match hits.first() {
            Some(h) if target_name(ds, h.target) == want && h.kind == kind => {}
            Some(h) => failures.push(format!(
                "{query:?}: want {want} ({}), got {} via {:?} ({}, score {})",
                kind.as_str(),
                target_name(ds, h.target),
                h.matched,
                h.kind.as_str(),
                h.score
            )),
            None => failures.push(format!("{query:?}: want {want}, got nothing")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hits_are_ranked_by_kind_then_score() {
    for &(query, ..) in TABLE {
        let hits = search(query);
        for pair in hits.windows(2) {
            assert!(pair[0].kind <= pair[1].kind, "{query:?}: {pair:?}");
            assert!(pair[0].score >= pair[1].score, "{query:?}: {pair:?}");
        }
    }
}

#[test]
fn one_hit_per_target_keeping_the_best_name() {
    for &(query, ..) in TABLE {
        let hits = search(query);
        for (i, h) in hits.iter().enumerate() {
            assert!(
                !hits[..i].iter().any(|o| o.target == h.target),
                "{query:?}: {} twice",
                h.matched
            );
        }
    }
    // "bendro" reaches bendroflumethiazide by two names; the closer one is kept.
    let hits = search("bendro");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].matched, "bendrofluazide");
}

#[test]
fn typo_corrections_say_what_they_corrected_and_never_rank_as_exact() {
    let hits = search("furosimide");
    assert_eq!(hits[0].matched, "furosemide");
    assert_eq!(hits[0].kind, Typo);
    assert_eq!(hits[0].corrected_from.as_deref(), Some("furosimide"));
    assert!(hits[0].score < search("furosemide")[0].score);
    let hits = search("Metfromin 500 mg tablets");
    assert_eq!(hits[0].corrected_from.as_deref(), Some("metfromin"));
    let hits = search("fenitoin");
    assert_eq!(hits[0].corrected_from.as_deref(), Some("fenitoin"));
    // Exact and prefix hits correct nothing.
    assert_eq!(search("Lasix")[0].corrected_from, None);
    assert_eq!(search("spiro")[0].corrected_from, None);
    for &(query, ..) in TABLE {
        for h in search(query) {
            assert_eq!(
                h.kind.is_correction(),
                h.corrected_from.is_some(),
                "{query:?}"
            );
            if h.kind == Exact {
                // 1001 only when the whole typed text, form words
                // included, is the name ("Voltarol gel").
                assert!(h.score == 1000 || h.score == 1001, "{query:?}: {h:?}");
            } else {
                assert!(h.score < 900, "{query:?}: {h:?}");
            }
        }
    }
}

#[test]
fn ties_are_flagged_and_stably_ordered() {
    let hits = search("hydr");
    let names: Vec<&str> = hits.iter().map(|h| h.matched.as_str()).collect();
    assert_eq!(
        names,
        [
            "hydralazine",
            "hydroxyzine",
            "hydrochlorothiazide",
            "Thyroid hormones"
        ]
    );
    assert_eq!(hits[0].score, hits[1].score);
    assert_eq!(
        hits.iter().map(|h| h.tie).collect::<Vec<_>>(),
        [false, true, false, false]
    );
    assert_eq!(hits[3].kind, Partial); // t-HY-roiD-hoRmones
    // The same order every time.
    for _ in 0..5 {
        assert_eq!(search("hydr"), hits);
    }
    // Typing either drug exactly breaks the tie.
    assert_eq!(search("hydroxyzine")[0].matched, "hydroxyzine");
    assert!(!search("hydroxyzine")[0].tie);
}

#[test]
fn look_alike_partners_are_carried_both_ways() {
    let (ds, _) = fixture();
    // Exact "Tazocin" beats pentazocine, which contains its letters.
    let hits = search("Tazocin");
    assert_eq!(target_name(ds, hits[0].target), "piperacillin-tazobactam");
    assert_eq!(hits[0].kind, Exact);
    assert_eq!(hits[0].lasa, ["pentazocine"]); // named only by pentazocine's entry
    assert_eq!(hits[1].matched, "pentazocine");
    assert_eq!(hits[1].kind, Partial);
    assert_eq!(hits[1].lasa, ["Tazocin"]);
    // A misspelt Tazocin still finds it first, and flags pentazocine.
    let hits = search("tazocine");
    assert_eq!(hits[0].matched, "Tazocin");
    assert!(hits.iter().any(|h| h.matched == "pentazocine"));
    assert_eq!(search("Lasix")[0].lasa, ["torsemide"]);
    assert_eq!(search("torsemide")[0].lasa, ["furosemide"]);
    assert_eq!(search("Celexa")[0].lasa, ["Celebrex"]);
    assert_eq!(search("celecoxib")[0].lasa, ["Celexa"]);
    assert_eq!(search("hydroxyzine")[0].lasa, ["hydralazine"]);
    assert!(search("digoxin")[0].lasa.is_empty());
    assert!(search("statins")[0].lasa.is_empty());
}

#[test]
fn nothing_found_says_so_and_offers_the_nearest_names() {
    let (ds, index) = fixture();
    for query in ["zolpidem", "warfarin", "qqqq", "日本語", "", "   ", "!!!"] {
        let r = index.lookup(query, 10);
        assert!(r.hits.is_empty(), "{query:?}: {:?}", r.hits);
    }
    // Far names are not offered: furosemide shares letters with
    // furazolidone and little else.
    let r = index.lookup("furazolidone", 10);
    assert!(r.hits.is_empty());
    assert_eq!(r.searched, "furazolidone");
    assert!(r.nearest.is_empty(), "{:?}", r.nearest);
    assert_eq!(index.nearest("furazolidone", 1)[0].name, "furosemide");
    // Near ones are: two edits, one more than a correction allows.
    let r = index.lookup("tursemde", 10);
    assert!(r.hits.is_empty(), "{:?}", r.hits);
    assert!(!r.nearest.is_empty());
    assert!(r.nearest.len() <= medrisk::search::NEAREST);
    assert!(r.nearest.windows(2).all(|w| w[0].distance <= w[1].distance));
    assert_eq!(target_name(ds, r.nearest[0].target), "torsemide");
    for s in &r.nearest {
        assert!(s.distance <= medrisk::search::near_bound("tursemde".len()));
    }
    // Hits and suggestions never come together.
    assert!(index.lookup("lasix", 10).nearest.is_empty());
    // `nearest` answers for any query, one name per medicine.
    let near = index.nearest("lasix", 3);
    assert_eq!(near[0].name, "Lasix");
    assert_eq!(near[0].distance, 0);
    assert_eq!(near.len(), 3);
    assert!(index.nearest("", 3).is_empty());
}

#[test]
fn limits_are_respected() {
    assert!(search("a").len() <= 10);
    assert_eq!(fixture().1.search("a", 3).len(), 3);
    assert!(fixture().1.search("lasix", 0).is_empty());
}

#[test]
fn very_long_queries_are_truncated_and_stay_fast() {
    let (_, index) = fixture();
    let long = format!("furosemide {}", "x".repeat(100_000));
    let start = Instant::now();
    let r = index.lookup(&long, 10);
    assert!(r.truncated);
    assert!(r.searched.chars().count() <= MAX_QUERY_CHARS);
    let worst = [
        "ab".repeat(5_000),
        "é".repeat(50_000),
        "\u{FDFA}".repeat(10_000),
    ];
    for q in &worst {
        let _ = index.lookup(q, 10);
    }
    // Generous: the budget is a few milliseconds per query in a release
    // build; this guards only against unbounded work in a debug build.
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert!(!index.lookup("furosemide", 10).truncated);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_string_is_safe(query in ".{0,120}") {
        let (_, index) = fixture();
        let r = index.lookup(&query, 10);
        prop_assert!(r.hits.len() <= 10);
        prop_assert!(r.hits.is_empty() || r.nearest.is_empty());
        for h in &r.hits {
            prop_assert_eq!(h.kind.is_correction(), h.corrected_from.is_some());
        }
    }

    #[test]
    fn any_mangled_name_is_safe(
        name in proptest::sample::select(vec!["furosemide", "Lasix", "co-amilofruse", "Tazocin"]),
        cut in 0usize..12,
        junk in "[ -~\u{300}-\u{36f}\u{1F600}]{0,8}",
    ) {
        let (_, index) = fixture();
        let mut q: String = name.chars().take(cut).collect();
        q.push_str(&junk);
        let _ = index.search(&q, 5);
    }
}
