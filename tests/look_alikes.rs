//! Look-alike/sound-alike names and tall-man letters as the shipped data
//! records them: the official spellings, the partners each name must flag
//! (both ways), and what the window and `show` write when a pair is not on
//! the tall-man list.

use medrisk::dataset::{Dataset, NameTarget, TallManOrigin};

fn shipped() -> Dataset {
    Dataset::embedded().expect("the shipped dataset validates")
}

/// Dataset name → its spelling on the FDA/ISMP tall-man list.
const TALL_MAN: &[(&str, &str)] = &[
    ("prednisone", "predniSONE"),
    ("prednisolone", "prednisoLONE"),
    ("hydroxyzine", "hydrOXYzine"),
    ("clomipramine", "clomiPRAMINE"),
    ("bupropion", "buPROPion"),
    ("buspirone", "busPIRone"),
    ("chlorpromazine", "chlorproMAZINE"),
    ("cyclosporine", "cycloSPORINE"),
    ("Celebrex", "CeleBREX"),
    ("Celexa", "CeleXA"),
];

#[test]
fn official_tall_man_spellings() {
    let ds = shipped();
    for (name, want) in TALL_MAN {
        let got = ds.tall_man_spelling(name).map(|t| t.name.as_str());
        assert_eq!(got, Some(*want), "{name}");
    }
    // A name not on the list has none; the window then computes and says so.
    assert!(ds.tall_man_spelling("furosemide").is_none());
    let c = ds.contrast("prednisone", "prednisolone");
    assert_eq!((c.a.as_str(), c.b.as_str()), ("predniSONE", "prednisoLONE"));
    assert!(matches!(c.letters, TallManOrigin::Official(_)));
    let c = ds.contrast("furosemide", "torsemide");
    assert_eq!(c.letters, TallManOrigin::Computed);
    assert_eq!((c.a.as_str(), c.b.as_str()), ("FUROsemide", "TORsemide"));
}

/// Name typed → partners that must be flagged for the medicine it names.
const PARTNERS: &[(&str, &[&str])] = &[
    ("Celebrex", &["Celexa"]),
    ("celecoxib", &["Celexa"]),
    ("Celexa", &["Celebrex"]),
    ("prednisone", &["prednisolone"]),
    ("prednisolone", &["prednisone"]),
    ("Zocor", &["Cozaar", "Zyrtec"]),
    ("Cozaar", &["Zocor"]),
    ("bupropion", &["buspirone"]),
    ("buspirone", &["bupropion"]),
    ("Humalog", &["NovoLog"]),
    ("tramadol", &["trazodone"]),
    ("trazodone", &["tramadol"]),
    ("metformin", &["metronidazole"]),
    ("amlodipine", &["amiloride"]),
    ("Lasix", &["Luvox"]),
];

#[test]
fn look_alike_partners_are_flagged_both_ways() {
    let ds = shipped();
    let mut failures = Vec::new();
    for (name, must) in PARTNERS {
        let target = ds.lookup_name(name).expect("a dataset name").target;
        let partners: Vec<&str> = ds
            .look_alikes(target)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        for m in *must {
            if !partners.contains(m) {
                failures.push(format!("{name}: {m} not in {partners:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_pair_names_two_medicines_and_flags_both() {
    let ds = shipped();
    let (pairs, spellings) = ds.look_alike_counts();
    assert!(pairs >= 100, "{pairs} pairs");
    assert!(spellings >= 80, "{spellings} tall-man spellings");
    // Every partner that is in the dataset carries the pair back.
    for entry in ds.names() {
        if matches!(entry.target, NameTarget::Class(_)) {
            continue;
        }
        for p in ds.look_alikes(entry.target) {
            if let Some(other) = p.target {
                assert_ne!(other, entry.target, "{}: itself", entry.name);
                assert!(
                    ds.look_alikes(other)
                        .iter()
                        .any(|q| q.target == Some(entry.target)),
                    "{} flags {} but not back",
                    entry.name,
                    p.name
                );
            }
        }
    }
}
