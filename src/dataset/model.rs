//! The dataset schema: the serde types a RON data file deserialises into.
//! These types describe clinical content only; they know nothing of files,
//! positions, searching or drawing. DATA.md documents every field.

use serde::{Deserialize, Serialize};

/// Declares a closed set of words once: the enum (each variant's serde
/// word is its word), [`ALL`](Market::ALL) in declaration order, and
/// `as_str`, the word data files, JSON and screens use.
macro_rules! word_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $word:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $word)] $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$( $name::$variant ),+];

            /// The word used in data files, JSON and on screen.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $word ),+
                }
            }
        }
    };
}

/// One RON file of the dataset. Every section is optional so that content can
/// be split across files by topic (one file per drug family, say); the loader
/// merges the files and the validator checks the merged whole.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataFile {
    #[serde(default)]
    pub metadata: Option<Metadata>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub classes: Vec<DrugClass<WrittenEffect>>,
    #[serde(default)]
    pub drugs: Vec<Drug<WrittenEffect>>,
    #[serde(default)]
    pub products: Vec<Product<WrittenEffect>>,
    /// Effect wording that several statements share, written once.
    #[serde(default)]
    pub shared_wording: Vec<SharedWording>,
    #[serde(default)]
    pub other_causes: Vec<OtherCause>,
    #[serde(default)]
    pub red_flags: Vec<RedFlag>,
    #[serde(default)]
    pub potassium_foods: Vec<PotassiumFood>,
    #[serde(default)]
    pub risk_rules: Vec<RiskRule>,
    #[serde(default)]
    pub patient_advice: Vec<PatientAdvice>,
    #[serde(default)]
    pub falls_risk_classes: Vec<FallsRiskClass>,
    #[serde(default)]
    pub anticholinergic_scores: Vec<AnticholinergicScore>,
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    #[serde(default)]
    pub reference_ranges: Vec<ReferenceRange>,
    #[serde(default)]
    pub look_alikes: Vec<LookAlikePair>,
    #[serde(default)]
    pub tall_man: Vec<TallMan>,
    #[serde(default)]
    pub kidney_thresholds: Vec<KidneyThreshold>,
}

/// Facts about the dataset itself. Exactly one file carries it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// Human title, e.g. "medrisk clinical dataset".
    pub title: String,
    /// Dataset version, independent of the app version, e.g. "2026.11.1".
    pub version: String,
    /// Date of the last clinical review, ISO `YYYY-MM-DD`.
    pub reviewed: String,
    /// Days after `reviewed` when the content is due for review again.
    pub review_interval_days: u32,
    /// Shown on every screen that shows clinical content.
    pub disclaimer: String,
}

/// A reference that effects and other content cite by `id`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, lower-case with hyphens, e.g. "fda-lasix".
    pub id: String,
    pub kind: SourceKind,
    pub title: String,
    /// Who issued it: "US FDA", "MHRA/EMC", "NICE", "ISMP".
    pub publisher: String,
    /// The section, table or edition relied on, e.g. "5.2 Electrolyte Imbalance".
    pub section: String,
    /// Date or revision of the version consulted, e.g. "2023-10" or "BNF 86".
    pub date: String,
    #[serde(default)]
    pub url: Option<String>,
}

word_enum! {
    /// What kind of document a source is.
    pub enum SourceKind {
        /// US prescribing information (FDA label).
        FdaLabel = "fda_label",
        /// UK/EU summary of product characteristics.
        Smpc = "smpc",
        /// British National Formulary monograph or treatment summary.
        Bnf = "bnf",
        /// A named clinical guideline (NICE, KDIGO, ...).
        Guideline = "guideline",
        /// A safety list such as the ISMP confused drug names list.
        SafetyList = "safety_list",
        /// Public health or patient information (NHS, NIH, USDA).
        PublicHealth = "public_health",
        /// Peer-reviewed review or textbook.
        Review = "review",
    }
}

/// A drug class or sub-class. Sub-classes name their parent; effects listed
/// on a class apply to every member unless the member states its own effect
/// of the same kind.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DrugClass<E = Effect> {
    /// Stable id, e.g. "loop-diuretics".
    pub id: String,
    /// Display name, e.g. "Loop diuretics".
    pub name: String,
    #[serde(default)]
    pub parent: Option<String>,
    /// Other names a pharmacist may type for the class ("water tablets").
    #[serde(default)]
    pub other_names: Vec<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default = "Vec::new")]
    pub effects: Vec<E>,
    /// Sources the class statements were reviewed against; members inherit
    /// them as review sources (see [`Drug::reviewed_against`]).
    #[serde(default)]
    pub reviewed_against: Vec<String>,
}

/// A class on a consensus list of medicines that raise the risk of
/// falling (STOPPFall); every member, and every sub-class, inherits it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FallsRiskClass {
    /// The class id.
    pub class: String,
    /// The list's own name for the group, in our words ("antidepressants").
    pub listed_as: String,
    /// The source that lists it (the consensus paper).
    pub source: String,
}

/// A medicine's score on the Anticholinergic Cognitive Burden scale, as
/// published. A medicine the scale does not list has no row (not 0).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnticholinergicScore {
    /// The drug's generic name.
    pub drug: String,
    /// 1 (possible) to 3 (definite); 0 where the scale lists it as none.
    pub score: u8,
    /// The source the score was read in.
    pub source: String,
}

/// One medicine (a single active ingredient).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Drug<E = Effect> {
    /// The US generic name (USAN), lower case: "furosemide", "albuterol".
    pub generic: String,
    /// Id of the most specific class the drug belongs to.
    pub class: String,
    /// Other non-proprietary names: BAN/INN/rINN and older British names
    /// ("frusemide", "salbutamol"), lower case.
    #[serde(default)]
    pub international: Vec<String>,
    /// The UK name (the BNF's, a BAN) where it differs from `generic`:
    /// "salbutamol" for albuterol. One of `international`.
    #[serde(default)]
    pub uk_name: Option<String>,
    /// The WHO recommended INN where it differs from `generic`:
    /// "paracetamol" for acetaminophen. One of `international`.
    #[serde(default)]
    pub inn: Option<String>,
    #[serde(default)]
    pub brands: Vec<Brand>,
    /// Look-alike/sound-alike names from a safety list.
    #[serde(default)]
    pub lasa: Vec<LookAlike>,
    /// Effects stated for this drug; an effect here replaces any inherited
    /// class effect of the same kind.
    #[serde(default = "Vec::new")]
    pub effects: Vec<E>,
    /// Ids of the sources the whole record was reviewed against (its label
    /// or SmPC, say). A kind the drug and its classes state nothing for then
    /// reads "no documented effect (reviewed against: ...)"; without a review
    /// source it reads "not reviewed".
    #[serde(default)]
    pub reviewed_against: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A proprietary name and the markets it is sold under.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub name: String,
    pub markets: Vec<Market>,
}

word_enum! {
    pub enum Market {
        US = "US",
        UK = "UK",
        IE = "IE",
        EU = "EU",
        CA = "CA",
        AU = "AU",
        NZ = "NZ",
    }
}

/// A name that is confused with this drug's name, and who says so.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LookAlike {
    pub name: String,
    pub source: String,
}

/// Two names, both in the dataset and naming different medicines, that a
/// safety list records as confused with each other (Celebrex and Celexa).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LookAlikePair {
    pub names: (String, String),
    pub source: String,
}

/// A dataset name written with the tall-man (mixed-case) letters a safety
/// list gives it: "predniSONE".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TallMan {
    pub name: String,
    pub source: String,
}

/// A product dispensed under its own name: several active ingredients
/// (Dyazide, co-amilofruse), or one or more given by a route of its own
/// (Tobrex eye drops, Voltarol gel). The product carries each ingredient's
/// effects that apply to its route, once each, plus its own `effects`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Product<E = Effect> {
    /// The name the product is dispensed under, e.g. "Dyazide" or "co-amilofruse".
    pub name: String,
    /// Generic names of the ingredient drugs; each must be a drug in the dataset.
    pub ingredients: Vec<String>,
    /// How it is given; oral unless stated.
    #[serde(default = "oral")]
    pub route: Route,
    #[serde(default)]
    pub other_names: Vec<String>,
    #[serde(default)]
    pub markets: Vec<Market>,
    #[serde(default)]
    pub lasa: Vec<LookAlike>,
    /// Effects the product's own label gives for its route, beyond those its
    /// ingredients carry by that route. In a combination, each statement
    /// names the `ingredient` whose statement of the same kind it replaces
    /// (its own band, say).
    #[serde(default = "Vec::new")]
    pub effects: Vec<E>,
    /// For a product by a local route (eye, ear, nose, skin, vaginal): the
    /// sources its own label's adverse reactions were read in. Without them
    /// a product that raises no flag reads "not reviewed".
    #[serde(default)]
    pub reviewed_against: Vec<String>,
    pub sources: Vec<String>,
}

impl<E> DrugClass<E> {
    /// The same class with `effects` in place of its own (the written
    /// statements, once the validator has completed them).
    pub(super) fn with_effects<F>(self, effects: Vec<F>) -> DrugClass<F> {
        let DrugClass {
            id,
            name,
            parent,
            other_names,
            summary,
            effects: _,
            reviewed_against,
        } = self;
        DrugClass {
            id,
            name,
            parent,
            other_names,
            summary,
            effects,
            reviewed_against,
        }
    }
}

impl<E> Drug<E> {
    /// See [`DrugClass::with_effects`].
    pub(super) fn with_effects<F>(self, effects: Vec<F>) -> Drug<F> {
        let Drug {
            generic,
            class,
            international,
            uk_name,
            inn,
            brands,
            lasa,
            effects: _,
            reviewed_against,
            note,
        } = self;
        Drug {
            generic,
            class,
            international,
            uk_name,
            inn,
            brands,
            lasa,
            effects,
            reviewed_against,
            note,
        }
    }
}

impl<E> Product<E> {
    /// See [`DrugClass::with_effects`].
    pub(super) fn with_effects<F>(self, effects: Vec<F>) -> Product<F> {
        let Product {
            name,
            ingredients,
            route,
            other_names,
            markets,
            lasa,
            effects: _,
            reviewed_against,
            sources,
        } = self;
        Product {
            name,
            ingredients,
            route,
            other_names,
            markets,
            lasa,
            effects,
            reviewed_against,
            sources,
        }
    }
}

fn oral() -> Route {
    Route::Oral
}

pub use super::kinds::EffectKind;

word_enum! {
    /// Which way an effect goes. `Lowers`/`Raises` are for levels, `Causes`
    /// for events; `NoEffect` records a documented negative ("ipratropium does
    /// not cause tremor").
    pub enum Direction {
        Lowers = "lowers",
        Raises = "raises",
        Causes = "causes",
        NoEffect = "no_effect",
    }
}

word_enum! {
    /// How a medicine reaches the body. Systemic routes (oral, injection,
    /// transdermal, rectal) carry an effect stated without `routes`; every other
    /// route carries only the effects that name it.
    pub enum Route {
        Oral = "oral",
        Injection = "injection",
        /// Patches and gels made to reach the blood (Evorel, Oestrogel, Testogel).
        Transdermal = "transdermal",
        Rectal = "rectal",
        Inhaled = "inhaled",
        Nasal = "nasal",
        Eye = "eye",
        Ear = "ear",
        /// Creams, gels, ointments and sprays that act where they are applied
        /// (Voltarol Emulgel).
        Skin = "skin",
        Vaginal = "vaginal",
    }
}

impl Route {
    /// The words a pharmacist reads ("eye drops").
    pub fn label(self) -> &'static str {
        match self {
            Route::Oral => "by mouth",
            Route::Injection => "injection",
            Route::Transdermal => "through the skin into the blood (patch or gel)",
            Route::Rectal => "rectal",
            Route::Inhaled => "inhaled",
            Route::Nasal => "nasal spray or drops",
            Route::Eye => "eye drops or ointment",
            Route::Ear => "ear drops",
            Route::Skin => "on the skin (gel, cream)",
            Route::Vaginal => "vaginal",
        }
    }

    /// Eye, ear, nose, skin or vaginal: a local route, whose products do
    /// not count as reaching the blood in the list rules.
    pub fn is_local(self) -> bool {
        matches!(
            self,
            Route::Nasal | Route::Eye | Route::Ear | Route::Skin | Route::Vaginal
        )
    }

    /// Whether an effect stated without `routes` (systemic use) applies.
    pub fn is_systemic(self) -> bool {
        matches!(
            self,
            Route::Oral | Route::Injection | Route::Transdermal | Route::Rectal
        )
    }
}

word_enum! {
    /// Frequency bands as used in UK/EU product information.
    pub enum Frequency {
        /// 1 in 10 or more.
        VeryCommon = "very_common",
        /// 1 in 100 to 1 in 10.
        Common = "common",
        /// 1 in 1,000 to 1 in 100.
        Uncommon = "uncommon",
        /// 1 in 10,000 to 1 in 1,000.
        Rare = "rare",
        /// Fewer than 1 in 10,000.
        VeryRare = "very_rare",
        /// Reported, but the frequency cannot be estimated.
        NotKnown = "not_known",
        /// Documented as not expected (goes with `Direction::NoEffect`).
        NotExpected = "not_expected",
    }
}

word_enum! {
    /// How strong the evidence for the effect is.
    pub enum Evidence {
        /// In the label's warnings or supported by controlled trials; mechanism established.
        Strong = "strong",
        /// Listed among label adverse reactions or consistent observational data.
        Moderate = "moderate",
        /// Case reports, class extrapolation or mechanism only.
        Limited = "limited",
    }
}

/// One documented effect of a drug or class.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    pub kind: EffectKind,
    pub direction: Direction,
    pub frequency: Frequency,
    pub evidence: Evidence,
    /// One or two sentences on how it happens.
    pub mechanism: String,
    /// When it tends to appear, e.g. "days to weeks after starting or a dose increase".
    pub onset: String,
    #[serde(default)]
    pub risk_factors: Vec<String>,
    /// What to check and when, e.g. "serum potassium within 1-2 weeks of starting".
    pub monitoring: String,
    /// One plain sentence for the patient.
    pub counselling: String,
    /// Signs that need urgent referral, if any, in plain words.
    #[serde(default)]
    pub refer_if: Option<String>,
    /// How fast to refer when `refer_if` applies; required with it.
    #[serde(default)]
    pub refer_urgency: Option<Urgency>,
    /// Where the effect applies or not, e.g. "systemic use; eye drops negligible".
    #[serde(default)]
    pub context: Option<String>,
    /// The routes this statement covers. Empty: systemic use only (see
    /// [`Route::is_systemic`]); an inhaled, eye, ear, nasal, skin or vaginal
    /// product carries the effect only if its route is listed here.
    #[serde(default)]
    pub routes: Vec<Route>,
    /// Ids of the sources that support the effect (at least one).
    pub sources: Vec<String>,
    /// In a combination product: the ingredient whose statement of the same
    /// kind this one replaces (amiloride's band beside a thiazide).
    #[serde(default)]
    pub ingredient: Option<String>,
}

/// An effect as a data file writes it. Kind, direction, band, evidence and
/// sources are always stated. The wording (mechanism, onset, risk factors,
/// monitoring, counselling, the referral and the context) may be left out:
/// it is then the statement's base's, field by field. The base of a drug's
/// statement is the class statement of the same kind it replaces (same
/// direction); of a class's, its parent's; of a combination's statement for
/// one ingredient, that ingredient's. `refer_if: None` or `context: None`
/// says "none" where the base has one. The validator turns each into a
/// complete [`Effect`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrittenEffect {
    pub kind: EffectKind,
    pub direction: Direction,
    pub frequency: Frequency,
    pub evidence: Evidence,
    #[serde(default)]
    pub ingredient: Option<String>,
    #[serde(default)]
    pub mechanism: Option<Wording>,
    #[serde(default)]
    pub onset: Option<Wording>,
    #[serde(default)]
    pub risk_factors: Option<Vec<String>>,
    #[serde(default)]
    pub monitoring: Option<Wording>,
    #[serde(default)]
    pub counselling: Option<Wording>,
    #[serde(default, deserialize_with = "stated")]
    pub refer_if: Option<Option<Wording>>,
    #[serde(default)]
    pub refer_urgency: Option<Urgency>,
    #[serde(default, deserialize_with = "stated")]
    pub context: Option<Option<Wording>>,
    #[serde(default)]
    pub routes: Vec<Route>,
    pub sources: Vec<String>,
}

/// A field that is present, even as `None`: absent stays `None` (take the
/// base's), `None` becomes `Some(None)` (none, whatever the base says).
fn stated<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// Wording as written: the words, or `(shared: "id")` naming an entry of
/// `shared_wording`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wording {
    Text(String),
    Shared(String),
}

impl<'de> Deserialize<'de> for Wording {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Wording;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string, or (shared: \"id\")")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Wording, E> {
                Ok(Wording::Text(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Wording, E> {
                Ok(Wording::Text(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Wording, A::Error> {
                use serde::de::Error;
                let Some(key) = map.next_key::<String>()? else {
                    return Err(A::Error::missing_field("shared"));
                };
                if key != "shared" {
                    return Err(A::Error::unknown_field(&key, &["shared"]));
                }
                let id: String = map.next_value()?;
                if let Some(extra) = map.next_key::<String>()? {
                    return Err(A::Error::unknown_field(&extra, &["shared"]));
                }
                Ok(Wording::Shared(id))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// Wording several effect statements share, written once and named by id.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedWording {
    pub id: String,
    pub text: String,
}

word_enum! {
    /// A symptom the pharmacist can start from.
    pub enum Symptom {
        Tremor = "tremor",
        Weakness = "weakness",
        Cramps = "cramps",
        /// Unsteadiness, dizziness on standing, falls or near-falls.
        Falls = "falls",
    }
}

/// A cause of weak or shaky legs that is not a medicine.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OtherCause {
    pub id: String,
    pub name: String,
    pub category: CauseCategory,
    pub symptoms: Vec<Symptom>,
    pub description: String,
    /// The question to ask the patient.
    pub ask: String,
    pub sources: Vec<String>,
}

word_enum! {
    pub enum CauseCategory {
        /// Sudden and usually temporary: exertion, low blood sugar, dehydration, anxiety.
        Acute = "acute",
        /// Deficiencies, nerve compression, metabolic and endocrine causes.
        Metabolic = "metabolic",
        /// Chronic or progressive nervous-system causes.
        Neurological = "neurological",
    }
}

/// A symptom that means urgent referral.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    pub id: String,
    /// A few words naming what it may be, for a folded line: "stroke",
    /// "cauda equina syndrome".
    pub short: String,
    /// What the patient reports or the pharmacist sees.
    pub sign: String,
    /// What it may mean.
    pub possible_cause: String,
    /// What to do, e.g. "Call emergency services now".
    pub action: String,
    /// How fast: the word the counter check sorts and labels by.
    pub urgency: Urgency,
    /// What ties the flag to a patient: a complaint, a level or event the
    /// list moves, or a medicine on it. Empty: a general emergency, shown
    /// folded on one line.
    #[serde(default)]
    pub applies: FlagScope,
    pub sources: Vec<String>,
}

/// What makes a red flag relevant to one patient. Any one of these ties it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FlagScope {
    /// The complaint includes one of these symptoms.
    #[serde(default)]
    pub symptoms: Vec<Symptom>,
    /// A medicine on the list has an established effect of one of these kinds.
    #[serde(default)]
    pub kinds: Vec<EffectKind>,
    /// A medicine on the list is one of these (generic names) or in one of
    /// these classes.
    #[serde(default)]
    pub medicines: RuleGroup,
}

impl FlagScope {
    /// Whether nothing ties the flag to a patient: a general emergency.
    pub fn is_general(&self) -> bool {
        self.symptoms.is_empty()
            && self.kinds.is_empty()
            && self.medicines.classes.is_empty()
            && self.medicines.drugs.is_empty()
    }
}

word_enum! {
    /// How fast to act on a red flag, a referral or a rule note.
    pub enum Urgency {
        /// Call 999 (UK) or 911 (US) now, or go to A&E / the emergency department.
        Emergency = "emergency",
        /// Same-day medical assessment.
        SameDay = "same_day",
        /// See the GP or prescriber within days.
        Soon = "soon",
        /// At the next routine review.
        Routine = "routine",
        /// Advice at the counter; no referral needed.
        Advice = "advice",
    }
}

impl Urgency {
    /// Emergency or same day: what the counter check puts before the
    /// balance and shows as an alarm.
    pub fn is_urgent(self) -> bool {
        matches!(self, Urgency::Emergency | Urgency::SameDay)
    }

    /// The label a pharmacist reads beside the colour.
    pub fn label(self) -> &'static str {
        match self {
            Urgency::Emergency => "Emergency (999/911)",
            Urgency::SameDay => "Same day",
            Urgency::Soon => "Soon (within days)",
            Urgency::Routine => "Routine",
            Urgency::Advice => "Advice",
        }
    }

    /// What a patient is told to do, heading the signs of this urgency on
    /// the printed handout.
    pub fn patient_heading(self) -> &'static str {
        match self {
            Urgency::Emergency => "Call 999 (911 in the US) or go to A&E now if you have",
            Urgency::SameDay => {
                "Get medical help the same day (your GP, pharmacist or NHS 111; urgent care in the US) if you have"
            }
            Urgency::Soon => "See your doctor within a few days if you have",
            Urgency::Routine => "Mention at your next appointment",
            Urgency::Advice => "Ask your pharmacist about",
        }
    }
}

/// A row of the potassium-rich foods table.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PotassiumFood {
    pub food: String,
    pub serving: String,
    pub potassium_mg: u32,
    pub sources: Vec<String>,
}

/// A rule over a medicine list, e.g. "a loop diuretic, a corticosteroid and
/// a beta-2 agonist together: low potassium", or "two medicines that
/// prolong QT". It fires when every group in `requires` is matched by some
/// medicine on the list and every count is met: `counts` count the
/// mechanisms behind any kind ("two medicines lower potassium").
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RiskRule {
    pub id: String,
    /// Short heading, e.g. "Several medicines lower potassium".
    pub title: String,
    pub kind: RuleKind,
    #[serde(default)]
    pub requires: Vec<RuleGroup>,
    /// Counts of any effect kind: "at least two medicines lower sodium".
    #[serde(default)]
    pub counts: Vec<KindCount>,
    /// Counts of medicines a group names: "three or more medicines acting
    /// on the brain".
    #[serde(default)]
    pub members: Vec<MemberCount>,
    /// The list's anticholinergic total must reach this (0: no condition).
    #[serde(default)]
    pub anticholinergic_at_least: u32,
    /// The first group in `requires` must name a medicine being bought:
    /// the rule is about a supply at the counter.
    #[serde(default)]
    pub buying: bool,
    /// The patient must be at least this old; without an age the rule
    /// does not fire.
    #[serde(default)]
    pub age_at_least: Option<u32>,
    /// The kinds the combination makes likelier beyond those it counts
    /// ("sedation" for several medicines acting on the brain): what ties it
    /// to a complaint.
    #[serde(default)]
    pub effects: Vec<EffectKind>,
    /// Each condition (group or count) must be met by different medicines:
    /// "a QT medicine with another that lowers potassium" does not fire for
    /// salmeterol alone, which does both; two `ssris` groups need two SSRIs.
    #[serde(default)]
    pub distinct: bool,
    /// What the risk is, for the pharmacist.
    pub note: String,
    /// What to check.
    pub monitoring: String,
    pub urgency: Urgency,
    /// How serious the combination is, as the label or guideline grades it.
    pub grade: Grade,
    /// The source (one of `sources`) that states the grade.
    pub grade_source: String,
    /// What a review of the list asks the pharmacist to do.
    pub action: ReviewAction,
    /// What to offer instead, in plain words, where the source gives one
    /// ("paracetamol for pain").
    #[serde(default)]
    pub alternative: Option<String>,
    pub sources: Vec<String>,
}

word_enum! {
    /// How serious a combination is, most serious first: the word a label or
    /// guideline uses, mapped onto four grades.
    pub enum Grade {
        /// The label contraindicates the combination.
        Contraindicated = "contraindicated",
        /// The label or guideline says to avoid it (or to use it only with
        /// specialist supervision).
        Avoid = "avoid",
        /// Allowed with monitoring or a dose adjustment.
        Monitor = "monitor",
        /// Worth knowing; no change needed by default.
        Information = "information",
    }
}

impl Grade {
    /// What a pharmacist reads.
    pub fn label(self) -> &'static str {
        match self {
            Grade::Contraindicated => "Contraindicated",
            Grade::Avoid => "Avoid",
            Grade::Monitor => "Monitor",
            Grade::Information => "Information",
        }
    }

    /// Contraindicated or avoid: a medicine being bought that takes part
    /// is not supplied.
    pub fn stops_supply(self) -> bool {
        matches!(self, Grade::Contraindicated | Grade::Avoid)
    }
}

word_enum! {
    /// What a review of a medicine list asks for, when nothing on it is being
    /// bought. (Not supplying a medicine being bought is decided by the
    /// counter check, never written in the data.)
    pub enum ReviewAction {
        /// Refer to the prescriber or a doctor, at the rule's urgency.
        Refer = "refer",
        /// Arrange a blood test (a level: potassium, sodium, lithium...).
        CheckLevel = "check_level",
        /// Ask the patient something before deciding.
        Ask = "ask",
        /// Counsel the patient; no referral by default.
        Counsel = "counsel",
    }
}

word_enum! {
    /// What kind of rule or interaction a note comes from.
    pub enum RuleKind {
        /// Several medicines push the same level the same way.
        Additive = "additive",
        /// Medicines push a level in opposite directions.
        Conflict = "conflict",
        /// One medicine raises the blood level of another.
        Exposure = "exposure",
        /// Effects that add up or mask each other (serotonin syndrome, QT).
        Pharmacodynamic = "pharmacodynamic",
    }
}

/// "At least `at_least` medicines on the list have this effect (on
/// established evidence), counting a product's same-class ingredients once."
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KindCount {
    pub kind: EffectKind,
    /// `lowers`/`raises` for a level, `causes` for an event.
    pub direction: Direction,
    pub at_least: u32,
}

/// "At least `at_least` different medicines on the list are named by this
/// group."
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MemberCount {
    #[serde(default)]
    pub classes: Vec<String>,
    #[serde(default)]
    pub drugs: Vec<String>,
    pub at_least: u32,
}

impl MemberCount {
    /// The group it counts members of.
    pub fn group(&self) -> RuleGroup {
        RuleGroup {
            classes: self.classes.clone(),
            drugs: self.drugs.clone(),
        }
    }
}

/// Advice in plain words for the patient's printed summary, given when
/// the list causes one of `kinds` on established evidence or the complaint
/// includes one of `symptoms`: "get up slowly" when anything lowers blood
/// pressure on standing.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PatientAdvice {
    pub id: String,
    /// The heading the patient reads: "Avoiding falls".
    pub heading: String,
    #[serde(default)]
    pub kinds: Vec<EffectKind>,
    #[serde(default)]
    pub symptoms: Vec<Symptom>,
    /// One instruction per line, in plain words.
    pub lines: Vec<String>,
    pub sources: Vec<String>,
}

/// One medicine raises the blood level of another: "clarithromycin raises
/// simvastatin". Fires when the list has a medicine of `raised` and another
/// of `by`, both taken by a route that reaches the blood.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Interaction {
    pub id: String,
    pub title: String,
    /// The medicine whose level rises.
    pub raised: RuleGroup,
    /// The medicines that raise it.
    pub by: RuleGroup,
    pub mechanism: ExposureMechanism,
    /// How it happens, in a sentence.
    pub how: String,
    /// The effects that become likelier (effect kinds).
    pub effects: Vec<EffectKind>,
    pub action: InteractionAction,
    /// Dose limits per market, where the labels set them.
    #[serde(default)]
    pub dose_caps: Vec<DoseCap>,
    pub note: String,
    pub monitoring: String,
    pub urgency: Urgency,
    /// How serious the combination is, as the label or guideline grades it.
    pub grade: Grade,
    /// The source (one of `sources`) that states the grade.
    pub grade_source: String,
    /// What to offer instead, in plain words, where the source gives one.
    #[serde(default)]
    pub alternative: Option<String>,
    pub sources: Vec<String>,
}

word_enum! {
    /// Why the level rises.
    pub enum ExposureMechanism {
        /// Less is cleared by the kidney (NSAIDs, ACE inhibitors, thiazides with lithium).
        ReducedClearance = "reduced_clearance",
        /// CYP3A4 inhibition.
        Cyp3a4Inhibition = "cyp3a4_inhibition",
        /// CYP1A2 inhibition (ciprofloxacin, fluvoxamine with theophylline).
        Cyp1a2Inhibition = "cyp1a2_inhibition",
        /// P-glycoprotein inhibition.
        PgpInhibition = "pgp_inhibition",
        /// Several or another mechanism, described in `how`.
        Other = "other",
    }
}

word_enum! {
    /// What the label or guideline says to do.
    pub enum InteractionAction {
        /// Avoid the combination (or stop one for the course).
        Avoid = "avoid",
        /// Keep the dose at or under the cap (see `dose_caps`).
        DoseCap = "dose_cap",
        /// Check a blood level.
        CheckLevel = "check_level",
        /// Watch for the effects; no change by default.
        Monitor = "monitor",
    }
}

/// A dose limit in one market: "UK: simvastatin at most 20 mg a day with
/// amlodipine".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DoseCap {
    pub market: Market,
    pub text: String,
}

/// Matched by a medicine that is one of `drugs` (generic names) or belongs
/// to one of `classes` (class ids; sub-classes included).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuleGroup {
    #[serde(default)]
    pub classes: Vec<String>,
    #[serde(default)]
    pub drugs: Vec<String>,
}

/// The usual range of a blood level in one market, with its severity bands:
/// serum potassium in the UK, or the lithium target for the lithium drugs.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceRange {
    pub id: String,
    /// "Serum potassium", "Serum lithium (maintenance)".
    pub name: String,
    /// The level kind it belongs to, shown wherever that level appears.
    #[serde(default)]
    pub level: Option<EffectKind>,
    /// Or the drugs whose own blood level it is (lithium), by generic name.
    #[serde(default)]
    pub drugs: Vec<String>,
    pub market: Market,
    /// "mmol/L", "mEq/L".
    pub unit: String,
    /// The usual (reference or target) range, inclusive.
    pub low: f64,
    pub high: f64,
    /// Severity bands outside (or inside) the range, most severe first.
    #[serde(default)]
    pub bands: Vec<RangeBand>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
}

/// What to do when kidney function is below a threshold, for the
/// medicines a group names or those with an effect: "metformin: stop
/// below eGFR 30", "medicines that raise potassium: same-day review below
/// eGFR 30".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KidneyThreshold {
    pub id: String,
    /// The medicines it concerns by name or class...
    #[serde(default)]
    pub medicines: RuleGroup,
    /// ...or by an established effect (`(kind: potassium, direction: raises)`).
    #[serde(default)]
    pub effect: Option<KindEffect>,
    /// What the threshold is stated in.
    pub measure: KidneyMeasure,
    /// Fires below this (mL/min/1.73m² for eGFR, mL/min for creatinine
    /// clearance).
    pub below: f64,
    pub action: ReviewAction,
    pub urgency: Urgency,
    /// What to do, for the pharmacist, in one sentence.
    pub text: String,
    pub sources: Vec<String>,
}

/// An effect by kind and direction, to name the medicines that have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KindEffect {
    pub kind: EffectKind,
    pub direction: Direction,
}

word_enum! {
    /// How kidney function is measured for a threshold.
    pub enum KidneyMeasure {
        /// Estimated glomerular filtration rate, mL/min/1.73m².
        Egfr = "egfr",
        /// Creatinine clearance by Cockcroft–Gault, mL/min: what DOAC and
        /// some other labels state, and what the MHRA (2019) advises for
        /// people aged 75 and over.
        Crcl = "crcl",
    }
}

/// One severity band: "severe hyperkalaemia: 6.5 mmol/L or more: emergency".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RangeBand {
    pub label: String,
    /// Lower bound (inclusive), if any.
    #[serde(default)]
    pub from: Option<f64>,
    /// Upper bound (exclusive), if any.
    #[serde(default)]
    pub below: Option<f64>,
    pub urgency: Urgency,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word each enum prints (`as_str`, used in JSON and on screen) is
    /// the word data files use (serde), both ways, for every value, and no
    /// two values of one enum share a word.
    #[test]
    fn printed_words_are_the_data_words() {
        fn all_round_trip<T>(all: &[T])
        where
            T: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug + Copy,
        {
            let mut seen = std::collections::HashSet::new();
            for &value in all {
                let data = serde_json::to_value(value).expect("serialises");
                let word = data.as_str().expect("a word").to_owned();
                assert!(seen.insert(word.clone()), "{word} twice");
                let back: T = serde_json::from_value(data).expect("reads back");
                assert_eq!(back, value);
            }
        }
        fn words_match<T: Serialize + Copy>(all: &[T], as_str: fn(T) -> &'static str) {
            for &value in all {
                let data = serde_json::to_value(value).expect("serialises");
                assert_eq!(data.as_str(), Some(as_str(value)));
            }
        }
        macro_rules! check {
            ($($t:ty),+) => {$(
                all_round_trip(<$t>::ALL);
                words_match(<$t>::ALL, <$t>::as_str);
            )+};
        }
        check!(
            SourceKind,
            Market,
            Direction,
            Route,
            Frequency,
            Evidence,
            Urgency,
            Grade,
            ReviewAction,
            RuleKind,
            ExposureMechanism,
            InteractionAction,
            KidneyMeasure,
            Symptom,
            CauseCategory
        );
    }
}
