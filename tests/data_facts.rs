//! The reviewer's fact table: what a clinical reviewer would check in the
//! embedded dataset, asked through the same API the app uses
//! (`lookup_name`, `potassium_of`, `causes`, `effects_of`, `ingredients`).
//!
//! Every row comes from pharmacology and product information, not from
//! reading the data files. A row that fails means the data is missing or
//! wrong; fix the data (with a source), never the row. Adding a fact is one
//! line in `FACTS`.

use std::collections::BTreeSet;

use medrisk::check;
use medrisk::dataset::{
    ClassId, Dataset, Direction, DrugId, EffectFlag, EffectKind, LevelDirection, NameTarget,
    Strength,
};
use medrisk::search::Index;

use EffectKind::{
    Bradycardia, Calcium, Hypoglycaemia, Magnesium, MuscleCramps, MuscleWeakness,
    OrthostaticHypotension, Parkinsonism, PeripheralNeuropathy, QtProlongation, Sedation, Sodium,
    Tremor,
};
use LevelDirection::{Lowers, Mixed, Raises};

/// What a name in the table must satisfy.
#[derive(Debug, Clone, Copy)]
enum Fact {
    /// The name means the drug whose US generic name is this.
    Is(&'static str),
    /// The name means the same thing (drug, class or product) as this other name.
    SameAs(&'static str),
    /// The name means a single drug (any).
    Present,
    /// The name means a drug that is, or belongs to the class meant by, this
    /// other name ("Priadel" is a lithium).
    Within(&'static str),
    /// Net potassium direction: `potassium_of` for a drug; for a combination
    /// product, the ingredients combined as the app combines a medicine list;
    /// for a class, every member drug.
    Potassium(LevelDirection),
    /// Documented to cause tremor or muscle weakness (for a combination
    /// product: through at least one ingredient; for a class: every member).
    Causes(EffectKind),
    /// Net direction of any level kind (as `Potassium`, for sodium,
    /// magnesium, calcium).
    Level(EffectKind, LevelDirection),
    /// Documented to cause the event on limited evidence only: possible,
    /// never counted.
    PossiblyCauses(EffectKind),
    /// Not documented to cause the event on established evidence (cramps
    /// are not weakness).
    DoesNotCause(EffectKind),
    /// A documented negative: a `no_effect` effect of this kind applies and
    /// `causes` is false.
    NoEffect(EffectKind),
    /// Every drug in the same (most specific) class as this one causes it.
    ClassmatesCause(EffectKind),
    /// A combination product with exactly these ingredients (any order).
    Ingredients(&'static [&'static str]),
    /// A combination product that contains this ingredient.
    Contains(&'static str),
    /// Checking this name together with the other name raises the note
    /// (rule or interaction) with this id: `Fires(other, id)`.
    Fires(&'static str, &'static str),
    /// The other cause with this id asks the patient about this name.
    AskedAbout(&'static str),
}

use Fact::*;

/// `("ipratropium", NoTremorDocumented)` reads better in the table.
#[allow(non_upper_case_globals)]
const NoTremorDocumented: Fact = NoEffect(Tremor);

const FACTS: &[(&str, Fact)] = &[
    // --- Diuretics -------------------------------------------------------
    ("furosemide", Potassium(Lowers)),
    ("bumetanide", Potassium(Lowers)),
    ("torsemide", Potassium(Lowers)),
    ("hydrochlorothiazide", Potassium(Lowers)),
    ("chlorthalidone", Potassium(Lowers)),
    ("bendroflumethiazide", Potassium(Lowers)),
    ("indapamide", Potassium(Lowers)),
    ("metolazone", Potassium(Lowers)),
    ("amiloride", Potassium(Raises)),
    ("triamterene", Potassium(Raises)),
    ("spironolactone", Potassium(Raises)),
    ("eplerenone", Potassium(Raises)),
    ("acetazolamide", Potassium(Lowers)),
    (
        "Dyazide",
        Ingredients(&["triamterene", "hydrochlorothiazide"]),
    ),
    ("Dyazide", Potassium(Mixed)),
    ("co-amilofruse", Ingredients(&["amiloride", "furosemide"])),
    // --- ACE inhibitors and ARBs -------------------------------------------
    ("lisinopril", Potassium(Raises)),
    ("ramipril", Potassium(Raises)),
    ("enalapril", Potassium(Raises)),
    ("perindopril", Potassium(Raises)),
    ("losartan", Potassium(Raises)),
    ("candesartan", Potassium(Raises)),
    ("valsartan", Potassium(Raises)),
    ("irbesartan", Potassium(Raises)),
    // --- Other potassium raisers ------------------------------------------
    ("trimethoprim", Potassium(Raises)),
    ("co-trimoxazole", Potassium(Raises)),
    ("Bactrim", SameAs("co-trimoxazole")),
    ("heparin", Potassium(Raises)),
    ("enoxaparin", Potassium(Raises)),
    ("potassium chloride", Potassium(Raises)),
    ("ibuprofen", Potassium(Raises)),
    ("naproxen", Potassium(Raises)),
    ("diclofenac", Potassium(Raises)),
    ("indomethacin", Potassium(Raises)),
    ("cyclosporine", Potassium(Raises)),
    ("tacrolimus", Potassium(Raises)),
    // --- Insulin ------------------------------------------------------------
    ("insulin", Potassium(Lowers)),
    // --- Bronchodilators --------------------------------------------------
    ("albuterol", Potassium(Lowers)),
    ("albuterol", Causes(Tremor)),
    ("levalbuterol", Causes(Tremor)),
    ("terbutaline", Potassium(Lowers)),
    ("terbutaline", Causes(Tremor)),
    ("salmeterol", Potassium(Lowers)),
    ("salmeterol", Causes(Tremor)),
    ("formoterol", Potassium(Lowers)),
    ("formoterol", Causes(Tremor)),
    ("theophylline", Potassium(Lowers)),
    ("theophylline", Causes(Tremor)),
    ("aminophylline", Causes(Tremor)),
    ("ipratropium", NoTremorDocumented),
    ("ipratropium", Potassium(LevelDirection::None)),
    ("tiotropium", NoTremorDocumented),
    ("Combivent", Contains("albuterol")),
    ("Combivent", Causes(Tremor)),
    ("DuoNeb", Ingredients(&["ipratropium", "albuterol"])),
    ("DuoNeb", Causes(Tremor)),
    ("Symbicort", Ingredients(&["budesonide", "formoterol"])),
    ("Symbicort", Causes(Tremor)),
    ("Symbicort", Potassium(Lowers)),
    // --- Corticosteroids --------------------------------------------------
    ("prednisone", Potassium(Lowers)),
    ("prednisone", Causes(MuscleWeakness)),
    ("prednisolone", Potassium(Lowers)),
    ("methylprednisolone", Potassium(Lowers)),
    ("hydrocortisone", Potassium(Lowers)),
    ("dexamethasone", Potassium(Lowers)),
    ("fludrocortisone", Potassium(Lowers)),
    // --- Lithium, anticonvulsants, thyroid ----------------------------------
    ("lithium", Causes(Tremor)),
    ("valproic acid", Causes(Tremor)),
    ("sodium valproate", Causes(Tremor)),
    ("levothyroxine", Causes(Tremor)),
    // --- Statins and other muscle toxins ------------------------------------
    ("atorvastatin", Causes(MuscleWeakness)),
    ("simvastatin", Causes(MuscleWeakness)),
    ("rosuvastatin", Causes(MuscleWeakness)),
    ("pravastatin", Causes(MuscleWeakness)),
    ("lovastatin", Causes(MuscleWeakness)),
    ("fluvastatin", Causes(MuscleWeakness)),
    ("pitavastatin", Causes(MuscleWeakness)),
    ("simvastatin", ClassmatesCause(MuscleWeakness)),
    ("colchicine", Causes(MuscleWeakness)),
    // --- Other potassium lowerers -------------------------------------------
    ("amphotericin B", Potassium(Lowers)),
    ("bisacodyl", Potassium(Lowers)),
    // --- Cardiac ------------------------------------------------------------
    ("digoxin", Present),
    // --- Antidepressants and stimulants -------------------------------------
    ("sertraline", Causes(Tremor)),
    ("fluoxetine", Causes(Tremor)),
    ("citalopram", Causes(Tremor)),
    ("escitalopram", Causes(Tremor)),
    ("paroxetine", Causes(Tremor)),
    ("amitriptyline", Causes(Tremor)),
    // Band confirmed from the Medikinet product information (DATA.md).
    ("methylphenidate", Causes(Tremor)),
    // Swiss patient information only: possible, never counted (DATA.md).
    ("acetazolamide", PossiblyCauses(MuscleCramps)),
    ("ethacrynic acid", PossiblyCauses(Hypoglycaemia)),
    ("caffeine", Causes(Tremor)),
    // --- British and international names ----------------------------------
    ("salbutamol", Is("albuterol")),
    ("frusemide", Is("furosemide")),
    ("bendrofluazide", Is("bendroflumethiazide")),
    ("ciclosporin", Is("cyclosporine")),
    ("indometacin", Is("indomethacin")),
    ("beclometasone", SameAs("beclomethasone")),
    ("eformoterol", Is("formoterol")),
    ("chlortalidone", Is("chlorthalidone")),
    ("torasemide", Is("torsemide")),
    // --- Brands -------------------------------------------------------------
    ("Lasix", Is("furosemide")),
    ("Ventolin", Is("albuterol")),
    ("Aldactone", Is("spironolactone")),
    ("Zestril", Is("lisinopril")),
    ("Lipitor", Is("atorvastatin")),
    ("Zocor", Is("simvastatin")),
    ("Crestor", Is("rosuvastatin")),
    ("Priadel", Within("lithium")),
    ("Spiriva", Is("tiotropium")),
    ("Atrovent", Is("ipratropium")),
    // --- New kinds (dataset 2026.12.0) ---------------------------------------
    ("hydrochlorothiazide", Level(Sodium, Lowers)),
    ("hydrochlorothiazide", Level(Calcium, Raises)),
    ("chlorthalidone", Level(Magnesium, Lowers)),
    ("furosemide", Level(Sodium, Lowers)),
    ("furosemide", Level(Magnesium, Lowers)),
    ("furosemide", Level(Calcium, Lowers)),
    ("sertraline", Level(Sodium, Lowers)),
    // --- Falls and fainting ----------------------------------------------
    // Low blood pressure on standing: alpha-blockers, nitrates, tricyclics,
    // antipsychotics, levodopa.
    ("doxazosin", Causes(OrthostaticHypotension)),
    ("Cardura", Causes(OrthostaticHypotension)),
    ("tamsulosin", Causes(OrthostaticHypotension)),
    ("prazosin", Causes(OrthostaticHypotension)),
    ("labetalol", Causes(OrthostaticHypotension)),
    ("Trandate", Causes(OrthostaticHypotension)),
    ("isosorbide mononitrate", Causes(OrthostaticHypotension)),
    ("amitriptyline", Causes(OrthostaticHypotension)),
    ("quetiapine", Causes(OrthostaticHypotension)),
    ("trazodone", Causes(OrthostaticHypotension)),
    // Drowsiness: hypnotics, benzodiazepines, gabapentinoids, opioids,
    // sedating antihistamines, tricyclics, mirtazapine.
    ("zopiclone", Causes(Sedation)),
    ("zolpidem", Causes(Sedation)),
    ("diazepam", Causes(Sedation)),
    ("gabapentin", Causes(Sedation)),
    ("pregabalin", Causes(Sedation)),
    ("morphine", Causes(Sedation)),
    ("tramadol", Causes(Sedation)),
    ("chlorphenamine", Causes(Sedation)),
    ("Piriton", Causes(Sedation)),
    ("promethazine", Causes(Sedation)),
    ("amitriptyline", Causes(Sedation)),
    ("mirtazapine", Causes(Sedation)),
    ("quetiapine", Causes(Sedation)),
    // A slow pulse: beta-blockers, rate-limiting calcium-channel blockers,
    // digoxin, ivabradine, cholinesterase inhibitors.
    ("bisoprolol", Causes(Bradycardia)),
    ("atenolol", Causes(Bradycardia)),
    ("verapamil", Causes(Bradycardia)),
    ("diltiazem", Causes(Bradycardia)),
    ("digoxin", Causes(Bradycardia)),
    ("ivabradine", Causes(Bradycardia)),
    ("donepezil", Causes(Bradycardia)),
    // Controls: none of these is a falls medicine.
    ("levothyroxine", DoesNotCause(Sedation)),
    ("levothyroxine", DoesNotCause(OrthostaticHypotension)),
    ("atorvastatin", DoesNotCause(Sedation)),
    ("atorvastatin", DoesNotCause(Bradycardia)),
    ("amlodipine", DoesNotCause(Bradycardia)),
    ("citalopram", Causes(QtProlongation)),
    ("escitalopram", Causes(QtProlongation)),
    ("moxifloxacin", Causes(QtProlongation)),
    ("ciprofloxacin", Causes(PeripheralNeuropathy)),
    ("levofloxacin", Causes(Hypoglycaemia)),
    ("gentamicin", Level(Magnesium, Lowers)),
    ("amphotericin b", Level(Magnesium, Lowers)),
    ("tacrolimus", Level(Magnesium, Lowers)),
    ("cyclosporine", Potassium(Raises)),
    ("insulin glargine", Causes(Hypoglycaemia)),
    ("Lantus", Causes(Hypoglycaemia)),
    ("valproic acid", Causes(Parkinsonism)),
    ("colchicine", Causes(PeripheralNeuropathy)),
    // Cramps are not weakness: the reliever's label gives cramps.
    ("albuterol", Causes(MuscleCramps)),
    ("albuterol", DoesNotCause(MuscleWeakness)),
    ("Ventolin", Causes(MuscleCramps)),
    ("atorvastatin", Causes(MuscleCramps)),
    ("atorvastatin", Causes(MuscleWeakness)),
    ("lithium carbonate", Level(Calcium, Raises)),
    // Route products carry only what their own label gives.
    ("Tobrex eye drops", Potassium(LevelDirection::None)),
    ("Tobrex", Potassium(LevelDirection::None)),
    ("tobramycin", Potassium(Lowers)),
    ("Voltarol Emulgel", Potassium(LevelDirection::None)),
    ("Voltarol gel", Potassium(LevelDirection::None)),
    ("Voltarol", Potassium(Raises)),
    ("Trusopt eye drops", Potassium(LevelDirection::None)),
    // An inhaler combination carries the beta-agonist's inhaled effects.
    ("Combivent", Causes(Tremor)),
    ("Combivent", Potassium(Lowers)),
    ("Symbicort", Causes(Tremor)),
    // --- antithrombotics-and-lipids ----------------------------------
    ("Coumadin", Is("warfarin")),
    ("Eliquis", Is("apixaban")),
    ("Xarelto", Is("rivaroxaban")),
    ("Lixiana", Is("edoxaban")),
    ("Pradaxa", Is("dabigatran")),
    ("acetylsalicylic acid", Is("aspirin")),
    ("Nu-Seals", Is("aspirin")),
    ("Plavix", Is("clopidogrel")),
    ("Brilique", Is("ticagrelor")),
    ("Efient", Is("prasugrel")),
    ("Persantin", Is("dipyridamole")),
    ("dipyridamole", Causes(MuscleWeakness)),
    ("Ezetrol", Is("ezetimibe")),
    ("ezetimibe", Causes(MuscleWeakness)),
    ("ezetimibe", Causes(MuscleCramps)),
    ("Lopid", Is("gemfibrozil")),
    ("gemfibrozil", Causes(MuscleWeakness)),
    ("bezafibrate", Causes(MuscleWeakness)),
    ("fenofibrate", Causes(MuscleWeakness)),
    ("fenofibrate", Causes(MuscleCramps)),
    ("Vazkepa", Is("icosapent ethyl")),
    ("Repatha", Is("evolocumab")),
    ("evolocumab", Causes(MuscleWeakness)),
    ("alirocumab", Causes(MuscleWeakness)),
    ("Leqvio", Is("inclisiran")),
    ("Inegy", Ingredients(&["ezetimibe", "simvastatin"])),
    ("Vytorin", Ingredients(&["ezetimibe", "simvastatin"])),
    ("Aggrenox", Ingredients(&["aspirin", "dipyridamole"])),
    // --- bone-and-hormones -------------------------------------------
    ("thiamazole", Is("methimazole")),
    ("Neo-Mercazole", Is("carbimazole")),
    ("Tapazole", Is("methimazole")),
    ("carbimazole", Causes(MuscleWeakness)),
    ("Slynd", Is("drospirenone")),
    ("norethisterone", Is("norethindrone")),
    ("Depo-Provera", Is("medroxyprogesterone")),
    ("drospirenone", Potassium(Raises)),
    (
        "Yasmin",
        Ingredients(&["drospirenone", "ethinyl estradiol"]),
    ),
    (
        "Microgynon 30",
        Ingredients(&["levonorgestrel", "ethinyl estradiol"]),
    ),
    ("Nebido", Is("testosterone")),
    ("testosterone", Level(Calcium, Raises)),
    ("Testogel", Ingredients(&["testosterone"])),
    ("alendronic acid", Is("alendronate")),
    ("Fosamax", Is("alendronate")),
    ("Bonviva", Is("ibandronate")),
    ("zoledronate", Is("zoledronic acid")),
    ("alendronate", Level(Calcium, Lowers)),
    ("zoledronic acid", Level(Calcium, Lowers)),
    ("zoledronic acid", Causes(Tremor)),
    ("zoledronic acid", Causes(MuscleWeakness)),
    ("ibandronate", Causes(MuscleCramps)),
    (
        "Fosavance",
        Ingredients(&["alendronate", "cholecalciferol"]),
    ),
    ("Prolia", Is("denosumab")),
    ("denosumab", Level(Calcium, Lowers)),
    ("Forsteo", Is("teriparatide")),
    ("teriparatide", Level(Calcium, Raises)),
    ("teriparatide", Causes(MuscleCramps)),
    ("Evista", Is("raloxifene")),
    ("raloxifene", Causes(MuscleCramps)),
    ("colecalciferol", Is("cholecalciferol")),
    ("Rocaltrol", Is("calcitriol")),
    ("calcitriol", Level(Calcium, Raises)),
    ("cholecalciferol", Level(Calcium, Raises)),
    (
        "Adcal-D3",
        Ingredients(&["calcium carbonate", "cholecalciferol"]),
    ),
    ("Vagifem vaginal tablets", Ingredients(&["estradiol"])),
    ("Evorel patches", Ingredients(&["estradiol"])),
    ("Oestrogel", Ingredients(&["estradiol"])),
    // --- diabetes ----------------------------------------------------
    ("Glucophage", Is("metformin")),
    ("metformin", Causes(PeripheralNeuropathy)),
    ("metformin", PossiblyCauses(Hypoglycaemia)),
    ("glibenclamide", Is("glyburide")),
    ("Diamicron", Is("gliclazide")),
    ("Minodiab", Is("glipizide")),
    ("Amaryl", Is("glimepiride")),
    ("gliclazide", Causes(Hypoglycaemia)),
    ("glimepiride", Causes(Hypoglycaemia)),
    ("tolbutamide", Causes(Hypoglycaemia)),
    ("glyburide", Level(Sodium, Lowers)),
    ("glipizide", Level(Sodium, Lowers)),
    ("glipizide", Causes(Tremor)),
    ("Prandin", Is("repaglinide")),
    ("repaglinide", Causes(Hypoglycaemia)),
    ("nateglinide", Causes(Hypoglycaemia)),
    ("Januvia", Is("sitagliptin")),
    ("Trajenta", Is("linagliptin")),
    ("sitagliptin", PossiblyCauses(Hypoglycaemia)),
    ("linagliptin", PossiblyCauses(Hypoglycaemia)),
    ("Forxiga", Is("dapagliflozin")),
    ("dapagliflozin", PossiblyCauses(Hypoglycaemia)),
    ("Ozempic", Is("semaglutide")),
    ("Wegovy", Is("semaglutide")),
    ("semaglutide", PossiblyCauses(Hypoglycaemia)),
    ("Mounjaro", Is("tirzepatide")),
    ("tirzepatide", PossiblyCauses(Hypoglycaemia)),
    ("Actos", Is("pioglitazone")),
    ("pioglitazone", Causes(MuscleWeakness)),
    ("Janumet", Ingredients(&["sitagliptin", "metformin"])),
    ("Eucreas", Ingredients(&["vildagliptin", "metformin"])),
    // --- gut ---------------------------------------------------------
    ("Losec", Is("omeprazole")),
    ("Prilosec", Is("omeprazole")),
    ("Prilosec OTC", Is("omeprazole")),
    ("Nexium", Is("esomeprazole")),
    ("Zoton", Is("lansoprazole")),
    ("Prevacid", Is("lansoprazole")),
    ("Protium", Is("pantoprazole")),
    ("Protonix", Is("pantoprazole")),
    ("Pariet", Is("rabeprazole")),
    ("Aciphex", Is("rabeprazole")),
    ("omeprazole", Level(Magnesium, Lowers)),
    ("esomeprazole", Level(Magnesium, Lowers)),
    ("lansoprazole", Level(Magnesium, Lowers)),
    ("pantoprazole", Level(Magnesium, Lowers)),
    ("rabeprazole", Level(Magnesium, Lowers)),
    ("Prilosec OTC", Level(Magnesium, Lowers)),
    ("omeprazole", Potassium(Lowers)),
    ("omeprazole", Level(Calcium, Lowers)),
    ("omeprazole", Level(Sodium, Lowers)),
    ("esomeprazole", Level(Sodium, Lowers)),
    ("omeprazole", Causes(MuscleWeakness)),
    ("Pepcid", Is("famotidine")),
    ("famotidine", Causes(QtProlongation)),
    ("famotidine", Causes(MuscleCramps)),
    ("Tagamet", Is("cimetidine")),
    ("Axid", Is("nizatidine")),
    ("aluminium hydroxide", Is("aluminum hydroxide")),
    ("Tums", Is("calcium carbonate")),
    ("calcium carbonate", Level(Calcium, Raises)),
    ("magnesium carbonate", Level(Magnesium, Raises)),
    (
        "Rennie",
        Ingredients(&["calcium carbonate", "magnesium carbonate"]),
    ),
    (
        "Gaviscon Double Action",
        Ingredients(&["sodium alginate", "sodium bicarbonate", "calcium carbonate"]),
    ),
    (
        "Maalox",
        Ingredients(&["aluminum hydroxide", "magnesium hydroxide"]),
    ),
    (
        "Maalox Plus",
        Ingredients(&["aluminum hydroxide", "magnesium hydroxide", "simethicone"]),
    ),
    (
        "Mylanta",
        Ingredients(&["aluminum hydroxide", "magnesium hydroxide"]),
    ),
    ("Colofac", Is("mebeverine")),
    ("Buscopan", Is("hyoscine butylbromide")),
    ("Colpermin", Is("peppermint oil")),
    ("Imodium", Is("loperamide")),
    ("loperamide", Causes(QtProlongation)),
    ("simeticone", Is("simethicone")),
    ("Infacol", Is("simethicone")),
    ("Zofran", Is("ondansetron")),
    ("ondansetron", Causes(QtProlongation)),
    ("ondansetron", Causes(Parkinsonism)),
    // --- heart-rhythm-and-vessels ------------------------------------
    ("Norvasc", Is("amlodipine")),
    ("Istin", Is("amlodipine")),
    ("amlodipine", Causes(MuscleCramps)),
    ("amlodipine", Causes(Tremor)),
    ("amlodipine", Causes(PeripheralNeuropathy)),
    ("Adalat", Is("nifedipine")),
    ("nifedipine", Causes(MuscleCramps)),
    ("nifedipine", Causes(Tremor)),
    ("Zanidip", Is("lercanidipine")),
    ("lercanidipine", Causes(MuscleWeakness)),
    ("Tildiem", Is("diltiazem")),
    ("diltiazem", Causes(MuscleCramps)),
    ("Securon", Is("verapamil")),
    ("verapamil", Causes(Parkinsonism)),
    ("verapamil", Causes(Tremor)),
    ("glyceryl trinitrate", Is("nitroglycerin")),
    ("Imdur", Is("isosorbide mononitrate")),
    ("Isoket", Is("isosorbide dinitrate")),
    ("Cordarone X", Is("amiodarone")),
    ("amiodarone", Causes(QtProlongation)),
    ("amiodarone", Causes(Tremor)),
    ("amiodarone", Causes(PeripheralNeuropathy)),
    ("Multaq", Is("dronedarone")),
    ("dronedarone", Causes(QtProlongation)),
    ("Tambocor", Is("flecainide")),
    ("flecainide", Causes(Tremor)),
    ("Betapace", Is("sotalol")),
    ("sotalol", Causes(QtProlongation)),
    ("Procoralan", Is("ivabradine")),
    ("ivabradine", Causes(QtProlongation)),
    ("Ranexa", Is("ranolazine")),
    ("ranolazine", Causes(QtProlongation)),
    ("ranolazine", Level(Sodium, Lowers)),
    ("ranolazine", Causes(MuscleCramps)),
    ("Cardura", Is("doxazosin")),
    ("doxazosin", Causes(MuscleCramps)),
    ("Hypovase", Is("prazosin")),
    ("Hytrin", Is("terazosin")),
    ("Trandate", Is("labetalol")),
    ("Blocadren", Is("timolol")),
    ("Timoptol eye drops", Ingredients(&["timolol"])),
    // --- kidney-and-electrolytes -------------------------------------
    ("Veltassa", Is("patiromer")),
    ("patiromer", Potassium(Lowers)),
    ("patiromer", Level(Magnesium, Lowers)),
    ("Lokelma", Is("sodium zirconium cyclosilicate")),
    ("sodium zirconium cyclosilicate", Potassium(Lowers)),
    ("Calcium Resonium", Is("calcium polystyrene sulfonate")),
    ("calcium polystyrene sulfonate", Potassium(Lowers)),
    ("calcium polystyrene sulfonate", Level(Calcium, Raises)),
    ("Resonium A", Is("sodium polystyrene sulfonate")),
    ("Kayexalate", Is("sodium polystyrene sulfonate")),
    ("sodium polystyrene sulfonate", Potassium(Lowers)),
    ("sodium polystyrene sulfonate", Level(Calcium, Lowers)),
    ("sodium polystyrene sulfonate", Level(Magnesium, Lowers)),
    ("Samsca", Is("tolvaptan")),
    ("Jinarc", Is("tolvaptan")),
    ("tolvaptan", Level(Sodium, Raises)),
    ("DDAVP", Is("desmopressin")),
    ("Desmotabs", Is("desmopressin")),
    ("Noqdirna", Is("desmopressin")),
    ("Nocdurna", Is("desmopressin")),
    ("desmopressin", Level(Sodium, Lowers)),
    ("DDAVP Nasal Spray", Ingredients(&["desmopressin"])),
    ("sodium bicarbonate", Potassium(Lowers)),
    ("Phosex", Is("calcium acetate")),
    ("calcium acetate", Level(Calcium, Raises)),
    ("Renvela", Is("sevelamer")),
    ("Fosrenol", Is("lanthanum carbonate")),
    ("Dioralyte", Is("oral rehydration salts")),
    ("Neomag", Is("magnesium glycerophosphate")),
    ("Magnaspartate", Is("magnesium aspartate")),
    ("magnesium aspartate", Level(Magnesium, Raises)),
    ("magnesium oxide", Level(Magnesium, Raises)),
    ("Slow-K", Is("potassium chloride")),
    ("Cystopurin", Is("potassium citrate")),
    ("Effercitrate", Is("potassium citrate")),
    ("potassium citrate", Potassium(Raises)),
    // --- laxatives ---------------------------------------------------
    ("Duphalac", Is("lactulose")),
    ("Kristalose", Is("lactulose")),
    ("lactulose", Potassium(Lowers)),
    ("lactulose", Level(Sodium, Raises)),
    ("macrogol", Is("polyethylene glycol 3350")),
    ("Movicol", Is("polyethylene glycol 3350")),
    ("Laxido", Is("polyethylene glycol 3350")),
    ("MiraLAX", Is("polyethylene glycol 3350")),
    ("polyethylene glycol 3350", Potassium(Lowers)),
    ("Phillips' Milk of Magnesia", Is("magnesium hydroxide")),
    ("magnesium hydroxide", Level(Magnesium, Raises)),
    ("OsmoPrep", Is("sodium phosphate")),
    ("sodium phosphate", Level(Calcium, Lowers)),
    ("sodium phosphate", Potassium(Lowers)),
    ("sodium phosphate", Level(Sodium, Raises)),
    ("ispaghula", Is("psyllium")),
    ("Fybogel", Is("psyllium")),
    ("Metamucil", Is("psyllium")),
    ("Colace", Is("docusate sodium")),
    ("Dioctyl", Is("docusate sodium")),
    // --- raas --------------------------------------------------------
    ("Perdix", Is("moexipril")),
    ("moexipril", Potassium(Raises)),
    ("Teveten", Is("eprosartan")),
    ("eprosartan", Potassium(Raises)),
    ("Rasilez", Is("aliskiren")),
    ("aliskiren", Potassium(Raises)),
    ("Entresto", Ingredients(&["sacubitril", "valsartan"])),
    ("Entresto", Potassium(Raises)),
    // --- respiratory-and-allergy -------------------------------------
    ("Singulair", Is("montelukast")),
    ("montelukast", Causes(Tremor)),
    ("montelukast", Causes(MuscleCramps)),
    ("Zirtek", Is("cetirizine")),
    ("Zyrtec", Is("cetirizine")),
    ("cetirizine", Causes(Tremor)),
    ("Xyzal", Is("levocetirizine")),
    ("Clarityn", Is("loratadine")),
    ("Claritin", Is("loratadine")),
    ("Neoclarityn", Is("desloratadine")),
    ("desloratadine", Causes(QtProlongation)),
    ("Telfast", Is("fexofenadine")),
    ("Allegra", Is("fexofenadine")),
    ("chlorphenamine", Is("chlorpheniramine")),
    ("Piriton", Is("chlorpheniramine")),
    ("chlorphenamine", Causes(MuscleWeakness)),
    ("Phenergan", Is("promethazine")),
    ("promethazine", Causes(Parkinsonism)),
    ("promethazine", Causes(QtProlongation)),
    ("Nytol", Is("diphenhydramine")),
    ("Benadryl", Is("diphenhydramine")),
    ("diphenhydramine", Causes(QtProlongation)),
    ("Atarax", Is("hydroxyzine")),
    ("hydroxyzine", Causes(QtProlongation)),
    ("hydroxyzine", Causes(Tremor)),
    ("Sudafed", Is("pseudoephedrine")),
    ("pseudoephedrine", Causes(Tremor)),
    ("Sudafed PE", Is("phenylephrine")),
    ("Otrivine nasal spray", Ingredients(&["xylometazoline"])),
    (
        "Sudafed Blocked Nose Spray",
        Ingredients(&["xylometazoline"]),
    ),
    ("Afrin nasal spray", Ingredients(&["oxymetazoline"])),
    ("Flixonase nasal spray", Ingredients(&["fluticasone"])),
    ("Nasonex nasal spray", Ingredients(&["mometasone"])),
    ("Beconase nasal spray", Ingredients(&["beclomethasone"])),
    (
        "DuoResp Spiromax",
        Ingredients(&["budesonide", "formoterol"]),
    ),
    ("Flutiform", Ingredients(&["fluticasone", "formoterol"])),
    ("Dulera", Ingredients(&["mometasone", "formoterol"])),
    (
        "Trelegy Ellipta",
        Ingredients(&["fluticasone", "umeclidinium", "vilanterol"]),
    ),
    (
        "Trimbow",
        Ingredients(&["beclomethasone", "formoterol", "glycopyrrolate"]),
    ),
    (
        "Trixeo Aerosphere",
        Ingredients(&["budesonide", "glycopyrrolate", "formoterol"]),
    ),
    (
        "Breztri Aerosphere",
        Ingredients(&["budesonide", "glycopyrrolate", "formoterol"]),
    ),
    (
        "Ultibro Breezhaler",
        Ingredients(&["indacaterol", "glycopyrrolate"]),
    ),
    (
        "Spiolto Respimat",
        Ingredients(&["tiotropium", "olodaterol"]),
    ),
    (
        "Stiolto Respimat",
        Ingredients(&["tiotropium", "olodaterol"]),
    ),
    (
        "Duaklir Genuair",
        Ingredients(&["aclidinium", "formoterol"]),
    ),
    // --- anti-infectives ---------------------------------------------
    ("Klaricid", Is("clarithromycin")),
    ("Biaxin", Is("clarithromycin")),
    ("Erymax", Is("erythromycin")),
    ("Zithromax", Is("azithromycin")),
    ("clarithromycin", Causes(QtProlongation)),
    ("erythromycin", Causes(QtProlongation)),
    ("azithromycin", Causes(QtProlongation)),
    ("azithromycin", Causes(MuscleWeakness)),
    ("clarithromycin", Causes(Hypoglycaemia)),
    ("Amoxil", Is("amoxicillin")),
    ("amoxycillin", Is("amoxicillin")),
    ("flucloxacillin", Is("floxacillin")),
    ("phenoxymethylpenicillin", Is("penicillin v")),
    ("clavulanic acid", Is("clavulanate potassium")),
    (
        "co-amoxiclav",
        Ingredients(&["amoxicillin", "clavulanate potassium"]),
    ),
    (
        "Augmentin",
        Ingredients(&["amoxicillin", "clavulanate potassium"]),
    ),
    ("Tazocin", Ingredients(&["piperacillin", "tazobactam"])),
    ("piperacillin", Potassium(Lowers)),
    ("cefalexin", Is("cephalexin")),
    ("Zinnat", Is("cefuroxime")),
    ("Rocephin", Is("ceftriaxone")),
    ("Vibramycin", Is("doxycycline")),
    ("Tetralysal", Is("lymecycline")),
    ("Minocin", Is("minocycline")),
    ("Macrobid", Is("nitrofurantoin")),
    ("nitrofurantoin", Causes(PeripheralNeuropathy)),
    ("Flagyl", Is("metronidazole")),
    ("metronidazole", Causes(PeripheralNeuropathy)),
    ("sodium fusidate", Is("fusidic acid")),
    ("Diflucan", Is("fluconazole")),
    ("Canesten Oral", Is("fluconazole")),
    ("fluconazole", Causes(QtProlongation)),
    ("Sporanox", Is("itraconazole")),
    ("itraconazole", Causes(PeripheralNeuropathy)),
    ("ketoconazole", Causes(QtProlongation)),
    ("Noxafil", Is("posaconazole")),
    ("posaconazole", Causes(QtProlongation)),
    ("posaconazole", Potassium(Lowers)),
    ("Vfend", Is("voriconazole")),
    ("voriconazole", Causes(QtProlongation)),
    ("voriconazole", Potassium(Lowers)),
    ("voriconazole", Causes(Hypoglycaemia)),
    ("aciclovir", Is("acyclovir")),
    ("Zovirax", Is("acyclovir")),
    ("acyclovir", Causes(Tremor)),
    ("valaciclovir", Is("valacyclovir")),
    ("Valtrex", Is("valacyclovir")),
    ("Norvir", Is("ritonavir")),
    ("Tybost", Is("cobicistat")),
    ("ritonavir", Causes(MuscleWeakness)),
    ("isoniazid", Causes(PeripheralNeuropathy)),
    ("rifampicin", Is("rifampin")),
    ("Rifadin", Is("rifampin")),
    ("Rifinah", Ingredients(&["rifampin", "isoniazid"])),
    ("Pentacarinat", Is("pentamidine")),
    ("pentamidine", Causes(Hypoglycaemia)),
    ("pentamidine", Potassium(Raises)),
    ("pentamidine", Causes(QtProlongation)),
    ("pentamidine", Level(Calcium, Lowers)),
    // --- antidepressants ---------------------------------------------
    ("Effexor XR", Is("venlafaxine")),
    ("Efexor XL", Is("venlafaxine")),
    ("venlafaxine", Causes(Tremor)),
    ("venlafaxine", Level(Sodium, Lowers)),
    ("venlafaxine", Causes(QtProlongation)),
    ("venlafaxine", Causes(MuscleWeakness)),
    ("venlafaxine", Causes(Parkinsonism)),
    ("Cymbalta", Is("duloxetine")),
    ("Yentreve", Is("duloxetine")),
    ("duloxetine", Causes(Tremor)),
    ("duloxetine", Level(Sodium, Lowers)),
    ("Pristiq", Is("desvenlafaxine")),
    ("desvenlafaxine", Causes(Tremor)),
    ("desvenlafaxine", Causes(Parkinsonism)),
    ("Zispin SolTab", Is("mirtazapine")),
    ("Remeron", Is("mirtazapine")),
    ("mirtazapine", Level(Sodium, Lowers)),
    ("mirtazapine", Causes(QtProlongation)),
    ("mirtazapine", Causes(Tremor)),
    ("Zyban", Is("bupropion")),
    ("Wellbutrin XL", Is("bupropion")),
    ("bupropion", Causes(Tremor)),
    ("bupropion", Level(Sodium, Lowers)),
    ("Molipaxin", Is("trazodone")),
    ("Desyrel", Is("trazodone")),
    ("trazodone", Level(Sodium, Lowers)),
    ("Brintellix", Is("vortioxetine")),
    ("Trintellix", Is("vortioxetine")),
    ("Valdoxan", Is("agomelatine")),
    ("Nardil", Is("phenelzine")),
    ("phenelzine", Causes(Tremor)),
    ("phenelzine", Level(Sodium, Raises)),
    ("Parnate", Is("tranylcypromine")),
    ("Marplan", Is("isocarboxazid")),
    ("Manerix", Is("moclobemide")),
    ("moclobemide", Level(Sodium, Lowers)),
    ("moclobemide", Causes(PeripheralNeuropathy)),
    ("Prothiaden", Is("dothiepin")),
    ("dosulepin", Is("dothiepin")),
    ("Gamanil", Is("lofepramine")),
    ("lofepramine", Causes(Tremor)),
    ("Surmontil", Is("trimipramine")),
    ("trimipramine", Causes(Tremor)),
    // --- immunology-and-cancer ---------------------------------------
    ("CellCept", Is("mycophenolate mofetil")),
    ("Myfortic", Is("mycophenolic acid")),
    ("Imuran", Is("azathioprine")),
    ("Rapamune", Is("sirolimus")),
    ("Certican", Is("everolimus")),
    ("Xeloda", Is("capecitabine")),
    ("capecitabine", Level(Calcium, Lowers)),
    ("cisplatin", Level(Magnesium, Lowers)),
    ("cisplatin", Causes(PeripheralNeuropathy)),
    ("carboplatin", Level(Magnesium, Lowers)),
    ("carboplatin", Potassium(Lowers)),
    ("oxaliplatin", Causes(PeripheralNeuropathy)),
    ("oxaliplatin", Causes(QtProlongation)),
    ("vincristine", Causes(PeripheralNeuropathy)),
    ("Taxotere", Is("docetaxel")),
    ("paclitaxel", Causes(PeripheralNeuropathy)),
    ("docetaxel", Causes(PeripheralNeuropathy)),
    ("thalidomide", Causes(PeripheralNeuropathy)),
    ("Revlimid", Is("lenalidomide")),
    ("lenalidomide", Causes(MuscleCramps)),
    ("bortezomib", Causes(PeripheralNeuropathy)),
    ("Erbitux", Is("cetuximab")),
    ("cetuximab", Level(Magnesium, Lowers)),
    ("panitumumab", Level(Magnesium, Lowers)),
    ("nilotinib", Causes(QtProlongation)),
    ("vandetanib", Causes(QtProlongation)),
    ("ciclosporin", Potassium(Raises)),
    ("ciclosporin", Causes(Tremor)),
    ("ciclosporin", Level(Magnesium, Lowers)),
    ("ciclosporin", Causes(MuscleCramps)),
    ("tacrolimus", Potassium(Raises)),
    ("Protopic ointment", Ingredients(&["tacrolimus"])),
    ("Ikervis eye drops", Ingredients(&["cyclosporine"])),
    // --- joints-and-urology ------------------------------------------
    ("Zyloric", Is("allopurinol")),
    ("Zyloprim", Is("allopurinol")),
    ("allopurinol", Causes(PeripheralNeuropathy)),
    ("Adenuric", Is("febuxostat")),
    ("Uloric", Is("febuxostat")),
    ("Plaquenil", Is("hydroxychloroquine")),
    ("hydroxychloroquine", Causes(Hypoglycaemia)),
    ("hydroxychloroquine", Causes(QtProlongation)),
    ("hydroxychloroquine", Causes(MuscleWeakness)),
    ("penicillamine", Causes(MuscleWeakness)),
    ("Arava", Is("leflunomide")),
    ("leflunomide", Potassium(Lowers)),
    ("leflunomide", Causes(PeripheralNeuropathy)),
    ("sulphasalazine", Is("sulfasalazine")),
    ("Maxtrex", Is("methotrexate")),
    ("Botox", Is("onabotulinumtoxina")),
    ("Dysport", Is("abobotulinumtoxina")),
    ("Botox", Causes(MuscleWeakness)),
    ("Dysport", Causes(MuscleWeakness)),
    ("Flomax", Is("tamsulosin")),
    ("Xatral", Is("alfuzosin")),
    ("alfuzosin", Causes(QtProlongation)),
    ("Proscar", Is("finasteride")),
    ("Propecia", Is("finasteride")),
    ("Avodart", Is("dutasteride")),
    ("Ditropan", Is("oxybutynin")),
    ("Kentera patch", Ingredients(&["oxybutynin"])),
    ("Vesicare", Is("solifenacin")),
    ("solifenacin", Causes(QtProlongation)),
    ("solifenacin", Potassium(Raises)),
    ("Detrusitol", Is("tolterodine")),
    ("Detrol", Is("tolterodine")),
    ("tolterodine", Causes(QtProlongation)),
    ("Toviaz", Is("fesoterodine")),
    ("Regurin", Is("trospium")),
    ("Betmiga", Is("mirabegron")),
    ("Myrbetriq", Is("mirabegron")),
    ("Viagra", Is("sildenafil")),
    ("Viagra Connect", Is("sildenafil")),
    ("Cialis", Is("tadalafil")),
    ("tadalafil", Causes(MuscleWeakness)),
    // --- movement-disorders ------------------------------------------
    ("Maxolon", Is("metoclopramide")),
    ("Reglan", Is("metoclopramide")),
    ("metoclopramide", Causes(Parkinsonism)),
    ("Gimoti nasal spray", Ingredients(&["metoclopramide"])),
    ("Stemetil", Is("prochlorperazine")),
    ("Buccastem", Is("prochlorperazine")),
    ("Compazine", Is("prochlorperazine")),
    ("prochlorperazine", Causes(Parkinsonism)),
    ("Motilium", Is("domperidone")),
    ("domperidone", Causes(QtProlongation)),
    ("Stugeron", Is("cinnarizine")),
    ("cinnarizine", Causes(Parkinsonism)),
    ("cinnarizine", Causes(Tremor)),
    ("Sibelium", Is("flunarizine")),
    ("flunarizine", Causes(Parkinsonism)),
    ("flunarizine", Causes(MuscleCramps)),
    ("Haldol", Is("haloperidol")),
    ("haloperidol", Causes(Parkinsonism)),
    ("haloperidol", Causes(QtProlongation)),
    ("Largactil", Is("chlorpromazine")),
    ("chlorpromazine", Causes(Parkinsonism)),
    ("chlorpromazine", Causes(QtProlongation)),
    ("Stelazine", Is("trifluoperazine")),
    ("trifluoperazine", Causes(Parkinsonism)),
    ("Dolmatil", Is("sulpiride")),
    ("sulpiride", Causes(QtProlongation)),
    ("Risperdal", Is("risperidone")),
    ("risperidone", Causes(Parkinsonism)),
    ("risperidone", Causes(MuscleCramps)),
    ("Xeplion", Is("paliperidone")),
    ("paliperidone", Causes(QtProlongation)),
    ("Zyprexa", Is("olanzapine")),
    ("olanzapine", Causes(Parkinsonism)),
    ("Seroquel", Is("quetiapine")),
    ("quetiapine", Causes(Parkinsonism)),
    ("Abilify", Is("aripiprazole")),
    ("aripiprazole", Causes(Tremor)),
    ("aripiprazole", Level(Sodium, Lowers)),
    ("Clozaril", Is("clozapine")),
    ("clozapine", Causes(Tremor)),
    ("Latuda", Is("lurasidone")),
    ("lurasidone", Level(Sodium, Lowers)),
    ("lurasidone", Causes(MuscleWeakness)),
    ("Solian", Is("amisulpride")),
    ("amisulpride", Causes(QtProlongation)),
    // --- neurology ---------------------------------------------------
    ("Tegretol", Is("carbamazepine")),
    ("carbamazepine", Level(Sodium, Lowers)),
    ("carbamazepine", Causes(Tremor)),
    ("Trileptal", Is("oxcarbazepine")),
    ("oxcarbazepine", Level(Sodium, Lowers)),
    ("oxcarbazepine", Causes(Tremor)),
    ("Zebinix", Is("eslicarbazepine acetate")),
    ("Aptiom", Is("eslicarbazepine acetate")),
    ("Epanutin", Is("phenytoin")),
    ("Dilantin", Is("phenytoin")),
    ("phenytoin", Causes(PeripheralNeuropathy)),
    ("Lamictal", Is("lamotrigine")),
    ("lamotrigine", Causes(Tremor)),
    ("Keppra", Is("levetiracetam")),
    ("Topamax", Is("topiramate")),
    ("Zonegran", Is("zonisamide")),
    ("Vimpat", Is("lacosamide")),
    ("Neurontin", Is("gabapentin")),
    ("gabapentin", Causes(MuscleWeakness)),
    ("Lyrica", Is("pregabalin")),
    ("pregabalin", Causes(Tremor)),
    ("pregabalin", Causes(MuscleCramps)),
    ("pregabalin", Causes(Hypoglycaemia)),
    ("Rivotril", Is("clonazepam")),
    ("Klonopin", Is("clonazepam")),
    ("Valium", Is("diazepam")),
    ("diazepam", Causes(MuscleWeakness)),
    ("diazepam", Causes(Tremor)),
    ("Ativan", Is("lorazepam")),
    ("Restoril", Is("temazepam")),
    ("Xanax", Is("alprazolam")),
    ("Librium", Is("chlordiazepoxide")),
    ("Zimovane", Is("zopiclone")),
    ("Stilnoct", Is("zolpidem")),
    ("Ambien", Is("zolpidem")),
    ("zolpidem", Causes(Tremor)),
    ("zolpidem", Causes(MuscleWeakness)),
    ("BuSpar", Is("buspirone")),
    ("Circadin", Is("melatonin")),
    ("Strattera", Is("atomoxetine")),
    ("atomoxetine", Causes(Tremor)),
    ("atomoxetine", Causes(MuscleCramps)),
    ("Provigil", Is("modafinil")),
    ("modafinil", Causes(Tremor)),
    ("Aricept", Is("donepezil")),
    ("donepezil", Causes(QtProlongation)),
    ("Exelon", Is("rivastigmine")),
    ("rivastigmine", Causes(Tremor)),
    ("rivastigmine", Causes(Parkinsonism)),
    ("Reminyl", Is("galantamine")),
    ("Razadyne", Is("galantamine")),
    ("galantamine", Causes(Tremor)),
    ("galantamine", Causes(MuscleCramps)),
    ("galantamine", Causes(MuscleWeakness)),
    ("Ebixa", Is("memantine")),
    ("Namenda", Is("memantine")),
    ("L-dopa", Is("levodopa")),
    ("Lodosyn", Is("carbidopa")),
    ("Sinemet", Ingredients(&["levodopa", "carbidopa"])),
    ("Madopar", Ingredients(&["levodopa", "benserazide"])),
    ("Exelon patch", Ingredients(&["rivastigmine"])),
    ("Neupro", Ingredients(&["rotigotine"])),
    ("Requip", Is("ropinirole")),
    ("Mirapexin", Is("pramipexole")),
    ("Mirapex", Is("pramipexole")),
    ("Azilect", Is("rasagiline")),
    ("Eldepryl", Is("selegiline")),
    ("Xadago", Is("safinamide")),
    ("Symmetrel", Is("amantadine")),
    ("amantadine", Causes(QtProlongation)),
    // --- pain --------------------------------------------------------
    ("paracetamol", Is("acetaminophen")),
    ("Panadol", Is("acetaminophen")),
    ("Tylenol", Is("acetaminophen")),
    ("Calpol", Is("acetaminophen")),
    ("Zydol", Is("tramadol")),
    ("Ultram", Is("tramadol")),
    ("tramadol", Causes(Hypoglycaemia)),
    ("tramadol", Causes(Tremor)),
    ("tapentadol", Causes(Tremor)),
    ("buprenorphine", Causes(QtProlongation)),
    ("Imigran", Is("sumatriptan")),
    ("Imitrex", Is("sumatriptan")),
    ("Imigran Recovery", Is("sumatriptan")),
    ("eletriptan", Causes(MuscleWeakness)),
    ("Lioresal", Is("baclofen")),
    ("baclofen", Causes(MuscleWeakness)),
    ("dantrolene", Causes(MuscleWeakness)),
    ("Qualaquin", Is("quinine")),
    ("quinine", Causes(QtProlongation)),
    ("co-codamol", Ingredients(&["acetaminophen", "codeine"])),
    (
        "co-dydramol",
        Ingredients(&["acetaminophen", "dihydrocodeine"]),
    ),
    ("Nurofen Plus", Ingredients(&["ibuprofen", "codeine"])),
    ("Durogesic DTrans patches", Ingredients(&["fentanyl"])),
    // --- stimulants --------------------------------------------------
    ("lisdexamfetamine", Causes(Tremor)),
    ("Elvanse", Is("lisdexamfetamine")),
    ("methylphenidate", Causes(Tremor)),
    ("Medikinet", Is("methylphenidate")),
    // --- clinical review (dataset 2026.12) -------------------------------
    // Add-on glucose-lowering medicines: possible alone, flagged with a
    // sulfonylurea or insulin.
    ("metformin", DoesNotCause(Hypoglycaemia)),
    ("Janumet", DoesNotCause(Hypoglycaemia)),
    (
        "metformin",
        Fires("gliclazide", "hypoglycaemia-add-on-secretagogue-insulin"),
    ),
    (
        "semaglutide",
        Fires(
            "insulin glargine",
            "hypoglycaemia-add-on-secretagogue-insulin",
        ),
    ),
    // QT from the antipsychotic and antidepressant labels.
    ("quetiapine", Causes(QtProlongation)),
    ("olanzapine", PossiblyCauses(QtProlongation)),
    ("sertraline", PossiblyCauses(QtProlongation)),
    ("trazodone", PossiblyCauses(QtProlongation)),
    ("quetiapine", Fires("citalopram", "qt-two-medicines")),
    (
        "donepezil",
        Fires("bisoprolol", "cholinesterase-inhibitor-rate-slowing"),
    ),
    (
        "citalopram",
        Fires("ondansetron", "citalopram-escitalopram-qt"),
    ),
    // Hydroxychloroquine neuromyopathy (US label warning).
    ("hydroxychloroquine", Causes(PeripheralNeuropathy)),
    // Xgeva carries its own (cancer-dose) low-calcium band.
    ("Xgeva", Ingredients(&["denosumab"])),
    ("Xgeva", Level(Calcium, Lowers)),
    // Vitamin B12: long-term PPI, metformin and colchicine.
    ("metformin", AskedAbout("vitamin-b12-deficiency")),
    ("omeprazole", AskedAbout("vitamin-b12-deficiency")),
    ("colchicine", AskedAbout("vitamin-b12-deficiency")),
    // Interactions and rules (interactions-review.ron).
    (
        "clarithromycin",
        Fires("Seretide", "salmeterol-strong-cyp3a4-inhibitors"),
    ),
    (
        "clarithromycin",
        Fires("Seretide", "fluticasone-other-strong-cyp3a4-inhibitors"),
    ),
    (
        "ritonavir",
        Fires("Advair", "fluticasone-ritonavir-cobicistat"),
    ),
    (
        "tizanidine",
        Fires("ciprofloxacin", "tizanidine-ciprofloxacin-fluvoxamine"),
    ),
    (
        "tizanidine",
        Fires("fluvoxamine", "tizanidine-ciprofloxacin-fluvoxamine"),
    ),
    (
        "carbamazepine",
        Fires("clarithromycin", "carbamazepine-clarithromycin"),
    ),
    ("digoxin", Fires("ibuprofen", "digoxin-nsaids")),
    // Spironolactone's magnesium and calcium statements are possible only.
    ("spironolactone", Level(Magnesium, LevelDirection::None)),
    ("spironolactone", Level(Calcium, LevelDirection::None)),
    // --- older antihypertensives, antipsychotics, movement, substitution,
    // anti-infectives, calcimimetics, supplements and serotonin rules ------
    ("hydralazine", Causes(PeripheralNeuropathy)),
    ("methyldopa", Causes(Parkinsonism)),
    ("Physiotens", Is("moxonidine")),
    ("Catapres", Is("clonidine")),
    ("flupenthixol", Is("flupentixol")),
    ("Depixol", Is("flupentixol")),
    ("flupentixol", Causes(Parkinsonism)),
    ("flupentixol", Causes(QtProlongation)),
    ("Clopixol Depot", Is("zuclopenthixol")),
    ("zuclopenthixol", Causes(Parkinsonism)),
    ("fluphenazine decanoate", Is("fluphenazine")),
    ("fluphenazine", Causes(Parkinsonism)),
    ("fluphenazine", PossiblyCauses(QtProlongation)),
    ("Orap", Is("pimozide")),
    ("pimozide", Causes(QtProlongation)),
    ("pimozide", Fires("citalopram", "qt-two-medicines")),
    ("benzhexol", Is("trihexyphenidyl")),
    ("Kemadrin", Is("procyclidine")),
    ("benzatropine", Is("benztropine")),
    ("Cogentin", Is("benztropine")),
    ("trihexyphenidyl", DoesNotCause(Parkinsonism)),
    ("Xenazine", Is("tetrabenazine")),
    ("tetrabenazine", Causes(Parkinsonism)),
    ("tetrabenazine", Causes(QtProlongation)),
    ("Serc", Is("betahistine")),
    ("Betaserc", Is("betahistine")),
    ("Physeptone", Is("methadone")),
    ("methadone", Causes(QtProlongation)),
    ("methadone", Fires("citalopram", "qt-two-medicines")),
    ("Buvidal", Is("buprenorphine")),
    ("Champix", Is("varenicline")),
    ("Chantix", Is("varenicline")),
    ("Paxlovid", Ingredients(&["nirmatrelvir", "ritonavir"])),
    (
        "Paxlovid",
        Fires("salmeterol", "salmeterol-strong-cyp3a4-inhibitors"),
    ),
    ("Zyvox", Is("linezolid")),
    ("linezolid", Causes(PeripheralNeuropathy)),
    ("linezolid", Fires("sertraline", "linezolid-ssri-snri")),
    ("Mimpara", Is("cinacalcet")),
    ("Sensipar", Is("cinacalcet")),
    ("cinacalcet", Level(Calcium, Lowers)),
    ("cinacalcet", Causes(QtProlongation)),
    ("finerenone", Potassium(Raises)),
    (
        "dextromethorphan",
        Fires("phenelzine", "dextromethorphan-maoi"),
    ),
    ("Night Nurse", Fires("phenelzine", "dextromethorphan-maoi")),
    (
        "Benylin Dry Coughs",
        Fires("sertraline", "dextromethorphan-ssri-snri-tca"),
    ),
    (
        "dextromethorphan",
        Fires("linezolid", "dextromethorphan-linezolid"),
    ),
    (
        "St John's wort",
        Fires("sertraline", "st-johns-wort-serotonergic"),
    ),
    (
        "St John's wort",
        Fires("sumatriptan", "st-johns-wort-serotonergic"),
    ),
    (
        "Benylin Dry Coughs Original",
        Ingredients(&["diphenhydramine", "levomenthol", "dextromethorphan"]),
    ),
    ("CBD", Is("cannabidiol")),
    ("CoQ10", Is("coenzyme q10")),
    ("glucosamine sulphate", Is("glucosamine")),
];

fn load() -> Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("the embedded dataset does not load: {e}"),
    }
}

fn describe(ds: &Dataset, target: NameTarget) -> String {
    match target {
        NameTarget::Drug(d) => format!("drug \"{}\"", ds.drug(d).generic),
        NameTarget::Class(c) => format!("class \"{}\"", ds.class(c).id),
        NameTarget::Product(c) => format!("combination \"{}\"", ds.product(c).name),
    }
}

/// Every drug in a class or its sub-classes.
fn class_members(ds: &Dataset, class: ClassId) -> Vec<DrugId> {
    ds.drug_ids()
        .filter(|&d| ds.class_chain(ds.class_of(d)).contains(&class))
        .collect()
}

/// A fact stated of a class name ("lithium") holds when the class has
/// members and every one of them satisfies `holds`.
fn every_member(
    ds: &Dataset,
    class: ClassId,
    what: &str,
    holds: impl Fn(DrugId) -> bool,
) -> Result<(), String> {
    let members = class_members(ds, class);
    let off: Vec<&str> = members
        .iter()
        .filter(|&&m| !holds(m))
        .map(|&m| ds.drug(m).generic.as_str())
        .collect();
    if members.is_empty() {
        Err(format!(
            "MISSING: class \"{}\" has no member drugs",
            ds.class(class).id
        ))
    } else if off.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "WRONG: in class \"{}\" these do not {what}: {}",
            ds.class(class).id,
            off.join(", ")
        ))
    }
}

fn drug_only(ds: &Dataset, target: NameTarget) -> Result<DrugId, String> {
    match target {
        NameTarget::Drug(d) => Ok(d),
        other => Err(format!(
            "WRONG: means {}, expected a single drug",
            describe(ds, other)
        )),
    }
}

/// Whether the drug causes the event on established evidence.
fn causes(ds: &Dataset, drug: DrugId, kind: EffectKind) -> bool {
    ds.has_flag(drug, EffectFlag::new(kind, Direction::Causes))
}

/// The net potassium of a product, by its route.
fn level_of_target(ds: &Dataset, target: NameTarget) -> LevelDirection {
    ds.levels_of(target)
        .into_iter()
        .find(|(k, _)| *k == EffectKind::Potassium)
        .map_or(LevelDirection::None, |(_, d)| d)
}

fn potassium_word(d: LevelDirection) -> &'static str {
    d.as_str()
}

/// Checks one row; `Err` says why it fails, starting with `MISSING` when the
/// name is not in the dataset at all and `WRONG` when it is but the data
/// says something else.
fn check(ds: &Dataset, name: &str, fact: Fact) -> Result<(), String> {
    let entry = ds
        .lookup_name(name)
        .ok_or_else(|| "MISSING: no drug, class or product has this name".to_string())?;
    let target = entry.target;
    match fact {
        Is(generic) => {
            let d = drug_only(ds, target)?;
            let got = &ds.drug(d).generic;
            if got == generic {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: means drug \"{got}\", expected \"{generic}\""
                ))
            }
        }
        SameAs(other) => {
            let o = ds
                .lookup_name(other)
                .ok_or_else(|| format!("MISSING: \"{other}\" is not a name in the dataset"))?;
            if o.target == target {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: means {}, but \"{other}\" means {}",
                    describe(ds, target),
                    describe(ds, o.target)
                ))
            }
        }
        Present => drug_only(ds, target).map(|_| ()),
        Within(other) => {
            let d = drug_only(ds, target)?;
            let o = ds
                .lookup_name(other)
                .ok_or_else(|| format!("MISSING: \"{other}\" is not a name in the dataset"))?;
            let ok = match o.target {
                NameTarget::Drug(x) => x == d,
                NameTarget::Class(c) => ds.class_chain(ds.class_of(d)).contains(&c),
                NameTarget::Product(_) => false,
            };
            if ok {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: means {}, which is not within {}",
                    describe(ds, target),
                    describe(ds, o.target)
                ))
            }
        }
        Level(kind, want) => {
            let got = ds
                .levels_of(target)
                .into_iter()
                .find(|(k, _)| *k == kind)
                .map_or(LevelDirection::None, |(_, d)| d);
            if got == want {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: {kind:?} is \"{}\", expected \"{}\" ({})",
                    got.as_str(),
                    want.as_str(),
                    describe(ds, target)
                ))
            }
        }
        PossiblyCauses(kind) => {
            let d = drug_only(ds, target)?;
            let flag = EffectFlag::new(kind, Direction::Causes);
            if ds.flag_strength(d, flag) == Some(Strength::Possible) {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: {} is not recorded as possibly causing {kind:?}",
                    describe(ds, target)
                ))
            }
        }
        DoesNotCause(kind) => {
            if ds.events_of(target).contains(&kind) {
                Err(format!(
                    "WRONG: {} is recorded as causing {kind:?}",
                    describe(ds, target)
                ))
            } else {
                Ok(())
            }
        }
        Potassium(want) => {
            let got = match target {
                NameTarget::Drug(d) => ds.level_of(d, EffectKind::Potassium),
                NameTarget::Product(_) => level_of_target(ds, target),
                NameTarget::Class(c) => {
                    return every_member(
                        ds,
                        c,
                        &format!("have potassium {}", want.as_str()),
                        |m| ds.level_of(m, EffectKind::Potassium) == want,
                    );
                }
            };
            if got == want {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: potassium is \"{}\", expected \"{}\" ({})",
                    potassium_word(got),
                    potassium_word(want),
                    describe(ds, target)
                ))
            }
        }
        Causes(kind) => {
            if let NameTarget::Class(c) = target {
                return every_member(ds, c, &format!("cause {kind:?}"), |m| causes(ds, m, kind));
            }
            if ds.events_of(target).contains(&kind) {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: {} is not documented to cause {kind:?}",
                    describe(ds, target)
                ))
            }
        }
        NoEffect(kind) => {
            let d = drug_only(ds, target)?;
            let documented = ds
                .effects_of(d)
                .iter()
                .any(|a| a.effect.kind == kind && a.effect.direction == Direction::NoEffect);
            if causes(ds, d, kind) {
                Err(format!(
                    "WRONG: {} is recorded as causing {kind:?}",
                    describe(ds, target)
                ))
            } else if !documented {
                Err(format!(
                    "WRONG: no documented `no_effect` {kind:?} effect on {} (silence is not a documented negative)",
                    describe(ds, target)
                ))
            } else {
                Ok(())
            }
        }
        ClassmatesCause(kind) => {
            let d = drug_only(ds, target)?;
            let class = ds.class_of(d);
            let not: Vec<&str> = ds
                .members(class)
                .into_iter()
                .filter(|&m| !causes(ds, m, kind))
                .map(|m| ds.drug(m).generic.as_str())
                .collect();
            if not.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: in class \"{}\" these do not cause {kind:?}: {}",
                    ds.class(class).id,
                    not.join(", ")
                ))
            }
        }
        Ingredients(want) => {
            let NameTarget::Product(c) = target else {
                return Err(format!(
                    "WRONG: means {}, expected a combination product",
                    describe(ds, target)
                ));
            };
            let got: BTreeSet<&str> = ds
                .ingredients(c)
                .into_iter()
                .map(|d| ds.drug(d).generic.as_str())
                .collect();
            let want: BTreeSet<&str> = want.iter().copied().collect();
            if got == want {
                Ok(())
            } else {
                Err(format!("WRONG: ingredients are {got:?}, expected {want:?}"))
            }
        }
        Fires(other, id) => {
            let index = Index::new(ds);
            let list = vec![name.to_string(), other.to_string()];
            let report = check::check(ds, &index, &list, None);
            let fired: Vec<&str> = report.notes.iter().map(|n| n.id()).collect();
            if fired.contains(&id) {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: with \"{other}\" the note \"{id}\" does not fire (fired: {fired:?})"
                ))
            }
        }
        AskedAbout(cause) => {
            let c = ds
                .other_causes()
                .iter()
                .find(|c| c.id == cause)
                .ok_or_else(|| format!("MISSING: no other cause \"{cause}\""))?;
            if c.ask.to_lowercase().contains(&name.to_lowercase()) {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: the other cause \"{cause}\" does not ask about \"{name}\""
                ))
            }
        }
        Contains(generic) => {
            let NameTarget::Product(c) = target else {
                return Err(format!(
                    "WRONG: means {}, expected a combination product",
                    describe(ds, target)
                ));
            };
            if ds
                .ingredients(c)
                .iter()
                .any(|&d| ds.drug(d).generic == generic)
            {
                Ok(())
            } else {
                Err(format!(
                    "WRONG: {} does not contain \"{generic}\"",
                    describe(ds, target)
                ))
            }
        }
    }
}

#[test]
fn the_fact_table_holds() {
    assert!(FACTS.len() >= 70, "the table should hold at least 70 facts");
    let ds = load();
    let failures: Vec<String> = FACTS
        .iter()
        .filter_map(|&(name, fact)| {
            check(&ds, name, fact)
                .err()
                .map(|why| format!("  ({name:?}, {fact:?}): {why}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} facts fail:\n{}",
        failures.len(),
        FACTS.len(),
        failures.join("\n")
    );
}

#[test]
fn the_dataset_loads_without_warnings() {
    let ds = load();
    let warnings: Vec<String> = ds.warnings().iter().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
}

#[test]
fn the_dataset_meets_its_size_targets() {
    let ds = load();
    let (drugs, classes, names) = (ds.drugs().len(), ds.classes().len(), ds.names().len());
    assert!(
        drugs >= 120 && classes >= 25 && names >= 350,
        "want at least 120 drugs, 25 classes and 350 names; have {drugs} drugs, {classes} classes, {names} names"
    );
}

#[test]
fn the_counter_content_is_present() {
    let ds = load();
    assert!(
        ds.other_causes().len() >= 12,
        "other causes: {}",
        ds.other_causes().len()
    );
    assert!(
        ds.red_flags().len() >= 5,
        "red flags: {}",
        ds.red_flags().len()
    );
    assert!(
        ds.potassium_foods().len() >= 5,
        "potassium foods: {}",
        ds.potassium_foods().len()
    );
    // The founding documents' banana row, checked against USDA FoodData Central.
    assert!(
        ds.potassium_foods()
            .iter()
            .any(|f| f.food.to_lowercase().contains("banana") && f.potassium_mg == 422),
        "a medium banana (118 g) has 422 mg of potassium"
    );
}
