//! What a pharmacist types at the counter for over-the-counter products and
//! supplements, as a table over the shipped dataset: each name must resolve
//! exactly (no correction, no choice to make) to one medicine or product, and
//! that must contain exactly the listed generic ingredients. UK and US names
//! both appear; where a brand means different medicines in the two markets
//! the name is recorded for one market only (see DATA.md).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use medrisk::check::{self, Resolved};
use medrisk::dataset::{Dataset, NameTarget};
use medrisk::search::{Index, MatchKind, Resolution, resolve};

fn shipped() -> &'static (Dataset, Index) {
    static DS: OnceLock<(Dataset, Index)> = OnceLock::new();
    DS.get_or_init(|| {
        let ds = Dataset::embedded().expect("the shipped dataset validates");
        let index = Index::new(&ds);
        (ds, index)
    })
}

/// (name as typed, the generic names of every ingredient).
const SHELF: &[(&str, &[&str])] = &[
    // Cold, flu and cough remedies.
    (
        "Night Nurse",
        &["acetaminophen", "promethazine", "dextromethorphan"],
    ),
    (
        "Night Nurse Capsules",
        &["acetaminophen", "promethazine", "dextromethorphan"],
    ),
    (
        "Night Nurse Liquid",
        &["acetaminophen", "promethazine", "dextromethorphan"],
    ),
    ("Day Nurse", &["acetaminophen", "pseudoephedrine"]),
    ("Day Nurse Tablets", &["acetaminophen", "pseudoephedrine"]),
    ("Lemsip", &["acetaminophen", "phenylephrine"]),
    (
        "Lemsip Cold & Flu Lemon",
        &["acetaminophen", "phenylephrine"],
    ),
    ("Lemsip Max", &["acetaminophen", "phenylephrine"]),
    (
        "Lemsip Max Daytime",
        &["acetaminophen", "caffeine", "phenylephrine"],
    ),
    (
        "Lemsip Max Cold & Flu Capsules",
        &["acetaminophen", "caffeine", "phenylephrine"],
    ),
    (
        "Lemsip Max All in One capsules",
        &["acetaminophen", "guaifenesin", "phenylephrine"],
    ),
    (
        "Beechams All-in-One",
        &["acetaminophen", "guaifenesin", "phenylephrine"],
    ),
    (
        "Beechams All in One Liquid",
        &["acetaminophen", "guaifenesin", "phenylephrine"],
    ),
    (
        "NyQuil",
        &["acetaminophen", "dextromethorphan", "doxylamine"],
    ),
    (
        "Vicks NyQuil Cold & Flu",
        &["acetaminophen", "dextromethorphan", "doxylamine"],
    ),
    (
        "DayQuil",
        &["acetaminophen", "dextromethorphan", "phenylephrine"],
    ),
    (
        "Vicks DayQuil Severe",
        &[
            "acetaminophen",
            "dextromethorphan",
            "guaifenesin",
            "phenylephrine",
        ],
    ),
    ("Delsym", &["dextromethorphan"]),
    ("dextromethorphan", &["dextromethorphan"]),
    ("Mucinex", &["guaifenesin"]),
    ("guaiphenesin", &["guaifenesin"]),
    ("Galenphol", &["pholcodine"]),
    ("Sudafed", &["pseudoephedrine"]),
    ("Sudafed Decongestant", &["pseudoephedrine"]),
    ("Sudafed PE", &["phenylephrine"]),
    ("Sudafed Blocked Nose Spray", &["xylometazoline"]),
    ("Otrivine", &["xylometazoline"]),
    ("Vicks Sinex", &["oxymetazoline"]),
    ("Afrin", &["oxymetazoline"]),
    ("Beconase", &["beclomethasone"]),
    ("Flonase", &["fluticasone"]),
    ("Nasonex", &["mometasone"]),
    // Allergy.
    ("Piriton", &["chlorpheniramine"]),
    ("Chlor-Trimeton", &["chlorpheniramine"]),
    ("Clarityn", &["loratadine"]),
    ("Claritin", &["loratadine"]),
    ("Zirtek", &["cetirizine"]),
    ("Zyrtec", &["cetirizine"]),
    ("Allegra", &["fexofenadine"]),
    ("Benadryl", &["diphenhydramine"]),
    // Sleep aids.
    ("Nytol", &["diphenhydramine"]),
    ("Sleepeaze", &["diphenhydramine"]),
    ("ZzzQuil", &["diphenhydramine"]),
    ("ZzzQuil Night Pain", &["diphenhydramine", "acetaminophen"]),
    ("Unisom", &["doxylamine"]),
    ("Unisom SleepTabs", &["doxylamine"]),
    ("doxylamine", &["doxylamine"]),
    ("Phenergan", &["promethazine"]),
    ("melatonin", &["melatonin"]),
    ("Circadin", &["melatonin"]),
    // Travel sickness.
    ("Dramamine", &["dimenhydrinate"]),
    ("Gravol", &["dimenhydrinate"]),
    ("Dramamine Less Drowsy", &["meclizine"]),
    ("Bonine", &["meclizine"]),
    ("Antivert", &["meclizine"]),
    ("Sea-Legs", &["meclizine"]),
    ("meclozine", &["meclizine"]),
    ("Kwells", &["scopolamine"]),
    ("Kwells Kids", &["scopolamine"]),
    ("hyoscine hydrobromide", &["scopolamine"]),
    ("Stugeron", &["cinnarizine"]),
    ("Valoid", &["cyclizine"]),
    ("cyclizine", &["cyclizine"]),
    // Painkillers and combinations.
    ("Panadol", &["acetaminophen"]),
    ("Calpol", &["acetaminophen"]),
    ("Tylenol", &["acetaminophen"]),
    ("Nurofen", &["ibuprofen"]),
    ("Advil", &["ibuprofen"]),
    ("Motrin", &["ibuprofen"]),
    ("Aleve", &["naproxen"]),
    ("Disprin", &["aspirin"]),
    ("Nurofen Plus", &["ibuprofen", "codeine"]),
    ("co-codamol 8/500", &["acetaminophen", "codeine"]),
    ("co-dydramol", &["acetaminophen", "dihydrocodeine"]),
    ("Tylenol with Codeine", &["acetaminophen", "codeine"]),
    ("Solpadeine", &["acetaminophen", "codeine", "caffeine"]),
    ("Solpadeine Plus", &["acetaminophen", "codeine", "caffeine"]),
    (
        "Solpadeine Max Soluble",
        &["acetaminophen", "codeine", "caffeine"],
    ),
    ("Anadin Extra", &["aspirin", "acetaminophen", "caffeine"]),
    (
        "Anadin Extra Soluble",
        &["aspirin", "acetaminophen", "caffeine"],
    ),
    ("Excedrin", &["acetaminophen", "aspirin", "caffeine"]),
    (
        "Excedrin Extra Strength",
        &["acetaminophen", "aspirin", "caffeine"],
    ),
    (
        "Syndol",
        &["acetaminophen", "codeine", "doxylamine", "caffeine"],
    ),
    ("Paramol", &["acetaminophen", "dihydrocodeine"]),
    ("Panadol Extra", &["acetaminophen", "caffeine"]),
    ("Migraleve Pink", &["acetaminophen", "codeine", "buclizine"]),
    ("Migraleve Yellow", &["acetaminophen", "codeine"]),
    // Caffeine.
    ("Pro Plus", &["caffeine"]),
    ("NoDoz", &["caffeine"]),
    ("Vivarin", &["caffeine"]),
    ("caffeine", &["caffeine"]),
    // Indigestion, reflux and acid.
    (
        "Gaviscon Advance",
        &["sodium alginate", "potassium bicarbonate"],
    ),
    (
        "Gaviscon Advance Liquid",
        &["sodium alginate", "potassium bicarbonate"],
    ),
    (
        "Gaviscon Double Action",
        &["sodium alginate", "sodium bicarbonate", "calcium carbonate"],
    ),
    ("Rennie", &["calcium carbonate", "magnesium carbonate"]),
    ("Tums", &["calcium carbonate"]),
    ("Maalox", &["aluminum hydroxide", "magnesium hydroxide"]),
    ("Mylanta", &["aluminum hydroxide", "magnesium hydroxide"]),
    ("Nexium Control", &["esomeprazole"]),
    ("Nexium 24HR", &["esomeprazole"]),
    ("Prilosec OTC", &["omeprazole"]),
    ("Losec", &["omeprazole"]),
    ("Zantac 360", &["famotidine"]),
    ("Pepcid AC", &["famotidine"]),
    ("Pepcid", &["famotidine"]),
    ("Tagamet HB", &["cimetidine"]),
    ("Prevacid 24HR", &["lansoprazole"]),
    ("Pantoloc Control", &["pantoprazole"]),
    ("Pantozol Control", &["pantoprazole"]),
    ("Buscopan", &["hyoscine butylbromide"]),
    ("Colpermin", &["peppermint oil"]),
    ("Infacol", &["simethicone"]),
    ("Gas-X", &["simethicone"]),
    ("Imodium", &["loperamide"]),
    ("Imodium A-D", &["loperamide"]),
    ("Dioralyte", &["oral rehydration salts"]),
    // Laxatives.
    ("Senokot", &["sennosides"]),
    ("Ex-Lax", &["sennosides"]),
    ("Dulcolax", &["bisacodyl"]),
    ("Movicol", &["polyethylene glycol 3350"]),
    ("Laxido", &["polyethylene glycol 3350"]),
    ("MiraLAX", &["polyethylene glycol 3350"]),
    ("Fybogel", &["psyllium"]),
    ("Metamucil", &["psyllium"]),
    ("Duphalac", &["lactulose"]),
    ("Colace", &["docusate sodium"]),
    ("Phillips' Milk of Magnesia", &["magnesium hydroxide"]),
    // Stop smoking.
    ("Nicorette", &["nicotine"]),
    ("Nicorette QuickMist", &["nicotine"]),
    ("Nicorette Invisi", &["nicotine"]),
    ("NiQuitin", &["nicotine"]),
    ("Nicotinell", &["nicotine"]),
    ("Nicoderm CQ", &["nicotine"]),
    ("Habitrol", &["nicotine"]),
    // Skin and local products.
    ("Voltarol gel", &["diclofenac"]),
    ("Voltaren Gel", &["diclofenac"]),
    ("Ibuleve", &["ibuprofen"]),
    ("Nurofen 5% Gel", &["ibuprofen"]),
    ("Canesten cream", &["clotrimazole"]),
    ("Canesten pessary", &["clotrimazole"]),
    ("Daktarin", &["miconazole"]),
    ("Daktarin Oral Gel", &["miconazole"]),
    ("Lamisil", &["terbinafine"]),
    ("Lamisil AT", &["terbinafine"]),
    // Minerals and vitamins.
    ("potassium gluconate", &["potassium gluconate"]),
    ("potassium chloride", &["potassium chloride"]),
    ("Slow-K", &["potassium chloride"]),
    ("Klor-Con", &["potassium chloride"]),
    ("Sando-K", &["potassium chloride", "potassium bicarbonate"]),
    ("LoSalt", &["potassium chloride"]),
    ("magnesium glycinate", &["magnesium glycinate"]),
    ("magnesium bisglycinate", &["magnesium glycinate"]),
    ("magnesium citrate", &["magnesium citrate"]),
    ("magnesium oxide", &["magnesium oxide"]),
    ("Mag-Ox 400", &["magnesium oxide"]),
    ("calcium carbonate", &["calcium carbonate"]),
    ("calcium citrate", &["calcium citrate"]),
    ("Citracal", &["calcium citrate"]),
    ("Adcal-D3", &["calcium carbonate", "cholecalciferol"]),
    ("vitamin D3", &["cholecalciferol"]),
    ("Fultium-D3", &["cholecalciferol"]),
    ("vitamin B12", &["cyanocobalamin"]),
    ("cyanocobalamin", &["cyanocobalamin"]),
    ("vitamin B6", &["pyridoxine"]),
    ("pyridoxine", &["pyridoxine"]),
    // Herbal and other supplements.
    ("red yeast rice", &["red yeast rice"]),
    ("liquorice", &["licorice"]),
    ("licorice", &["licorice"]),
    ("liquorice root", &["licorice"]),
    ("valerian", &["valerian"]),
    ("St John's wort", &["st john's wort"]),
    ("ginkgo biloba", &["ginkgo"]),
    ("turmeric", &["turmeric"]),
    ("curcumin", &["turmeric"]),
    ("kratom", &["kratom"]),
    ("yohimbe", &["yohimbine"]),
    ("bitter orange", &["bitter orange"]),
    ("creatine", &["creatine"]),
];

fn generics(ds: &Dataset, target: NameTarget) -> BTreeSet<String> {
    match target {
        NameTarget::Drug(d) => [ds.drug(d).generic.clone()].into(),
        NameTarget::Product(p) => ds
            .ingredients(p)
            .into_iter()
            .map(|d| ds.drug(d).generic.clone())
            .collect(),
        NameTarget::Class(_) => BTreeSet::new(),
    }
}

#[test]
fn the_shelf_is_large_enough() {
    assert!(SHELF.len() >= 150, "{} rows", SHELF.len());
}

#[test]
fn every_counter_name_resolves_exactly_to_its_ingredients() {
    let (ds, index) = shipped();
    let mut failures = Vec::new();
    for (typed, want) in SHELF {
        let want: BTreeSet<String> = want.iter().map(|s| s.to_string()).collect();
        match resolve(ds, index, typed) {
            Resolution::One(r) if r.kind == MatchKind::Exact && r.corrected_from.is_none() => {
                let got = generics(ds, r.target);
                if got != want {
                    failures.push(format!("{typed:?}: ingredients {got:?}, want {want:?}"));
                }
            }
            other => failures.push(format!("{typed:?}: not an exact match: {other:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_counter_check_reads_each_name_the_same_way() {
    let (ds, index) = shipped();
    let mut failures = Vec::new();
    for (typed, want) in SHELF {
        let want: BTreeSet<String> = want.iter().map(|s| s.to_string()).collect();
        let got: BTreeSet<String> = match check::resolve(ds, index, typed).resolved {
            Resolved::Drug(d) => [ds.drug(d).generic.clone()].into(),
            Resolved::Product(_, ids) => ids.iter().map(|&d| ds.drug(d).generic.clone()).collect(),
            // A class typed by name that stands for one medicine (lithium).
            Resolved::Class { stands_for, .. } => [ds.drug(stands_for).generic.clone()].into(),
            Resolved::Unresolved { reason, .. } => {
                failures.push(format!("{typed:?}: unresolved ({reason:?})"));
                continue;
            }
        };
        if got != want {
            failures.push(format!("{typed:?}: {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
