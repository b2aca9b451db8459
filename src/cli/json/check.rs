//! `check --json`: the counter check's report: each medicine as resolved,
//! the balance of every level, the events, notes, actions and red flags,
//! and what was entered about the patient.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{CandidateJson, LookAlikeJson, ReferenceRangeJson, SourceJson, generics, target_type};
use crate::check::{
    Action, ActionOrigin, Answer, Entry, Kidney, LastResult, LevelBalance, PatientContext, Report,
    Resolved, RiskNote,
};
use crate::dataset::{Dataset, DoseCap, EffectKind, NameStyle};

/// One line of the medicine list in `check --json`.
#[derive(Serialize)]
pub struct EntryJson<'a> {
    input: &'a str,
    no_flags: Option<&'static str>,
    #[serde(rename = "type")]
    kind: &'static str,
    name: Option<&'a str>,
    display_name: Option<String>,
    generic: Option<&'a str>,
    ingredients: Vec<String>,
    matched: Option<&'a str>,
    #[serde(rename = "match")]
    match_kind: Option<&'static str>,
    corrected_from: Option<&'a str>,
    reason: Option<&'static str>,
    reason_text: Option<&'static str>,
    suggestions: Vec<&'a str>,
    candidates: Vec<CandidateJson<'a>>,
    look_alikes: Vec<LookAlikeJson<'a>>,
    /// The patient is buying it now (`--buying`).
    buying: bool,
    /// For a class that acts as one medicine ("lithium"): the member it
    /// is checked as.
    stands_for: Option<&'a str>,
}

impl<'a> EntryJson<'a> {
    pub fn of(ds: &'a Dataset, e: &'a Entry, style: NameStyle) -> Self {
        let target = e.target();
        let mut json = EntryJson {
            input: &e.input,
            no_flags: target
                .and_then(|t| ds.unflagged_verdict(t))
                .map(|v| v.as_str()),
            kind: target.map_or("unresolved", |t| target_type(ds, t)),
            name: target.map(|t| ds.target_name(t)),
            display_name: target.map(|t| ds.display_label(t, style)),
            generic: None,
            ingredients: Vec::new(),
            matched: e.matched.as_deref(),
            match_kind: e.match_kind.map(|k| k.as_str()),
            corrected_from: e.corrected_from.as_deref(),
            reason: None,
            reason_text: None,
            suggestions: Vec::new(),
            candidates: Vec::new(),
            look_alikes: LookAlikeJson::of_entry(ds, e, style),
            buying: e.buying,
            stands_for: None,
        };
        match &e.resolved {
            Resolved::Drug(d) => json.generic = Some(&ds.drug(*d).generic),
            Resolved::Class { stands_for, .. } => {
                json.generic = Some(&ds.drug(*stands_for).generic);
                json.stands_for = Some(&ds.drug(*stands_for).generic);
            }
            Resolved::Product(_, parts) => json.ingredients = generics(ds, parts),
            Resolved::Unresolved { reason, candidates } => {
                json.reason = Some(reason.as_str());
                json.reason_text = Some(reason.sentence());
                json.suggestions = candidates.iter().map(|c| c.name.as_str()).collect();
                json.candidates = CandidateJson::all(ds, candidates, style);
            }
        }
        json
    }
}

/// The balance of one level over the list.
#[derive(Serialize)]
pub struct LevelJson {
    net: &'static str,
    lowering: Vec<String>,
    raising: Vec<String>,
    possibly_lowering: Vec<String>,
    possibly_raising: Vec<String>,
}

impl LevelJson {
    pub fn of(ds: &Dataset, b: &LevelBalance) -> Self {
        LevelJson {
            net: b.net.as_str(),
            lowering: generics(ds, &b.lowering),
            raising: generics(ds, &b.raising),
            possibly_lowering: generics(ds, &b.possibly_lowering),
            possibly_raising: generics(ds, &b.possibly_raising),
        }
    }
}

/// A dose limit in one market.
#[derive(Serialize)]
pub struct DoseCapJson<'a> {
    market: &'static str,
    text: &'a str,
}

impl<'a> DoseCapJson<'a> {
    fn of(c: &'a DoseCap) -> Self {
        DoseCapJson {
            market: c.market.as_str(),
            text: &c.text,
        }
    }
}

#[derive(Serialize)]
pub struct NoteJson<'a> {
    id: &'a str,
    kind: &'static str,
    urgency: &'static str,
    title: &'a str,
    note: &'a str,
    monitoring: &'a str,
    drugs: Vec<String>,
    sources: Vec<SourceJson<'a>>,
    #[serde(flatten)]
    exposure: Option<ExposureJson<'a>>,
}

/// The keys an exposure interaction's note adds.
#[derive(Serialize)]
pub struct ExposureJson<'a> {
    raised: Vec<String>,
    by: Vec<String>,
    mechanism: &'static str,
    how: &'a str,
    effects: Vec<&'static str>,
    action: &'static str,
    dose_caps: Vec<DoseCapJson<'a>>,
}

impl<'a> NoteJson<'a> {
    pub fn of(ds: &'a Dataset, n: &'a RiskNote) -> Self {
        NoteJson {
            id: n.id(),
            kind: n.kind().as_str(),
            urgency: n.urgency().as_str(),
            title: n.title(),
            note: n.note(),
            monitoring: n.monitoring(),
            drugs: generics(ds, &n.drugs),
            sources: SourceJson::all(ds, n.sources()),
            exposure: n.interaction().map(|x| ExposureJson {
                raised: generics(ds, &n.raised),
                by: generics(ds, &n.by),
                mechanism: x.mechanism.as_str(),
                how: &x.how,
                effects: x.effects.iter().map(|k| k.as_str()).collect(),
                action: x.action.as_str(),
                dose_caps: x.dose_caps.iter().map(DoseCapJson::of).collect(),
            }),
        }
    }
}

/// A medicine on the list that can cause the complaint, and how.
#[derive(Serialize)]
pub struct ExplanationJson<'a> {
    generic: &'a str,
    display_name: String,
    effect: &'static str,
    strength: &'static str,
    direction: &'static str,
    frequency: &'static str,
    evidence: &'static str,
    mechanism: &'a str,
    monitoring: &'a str,
    counselling: &'a str,
    refer_if: Option<&'a str>,
    refer_urgency: Option<&'static str>,
    sources: Vec<SourceJson<'a>>,
}

#[derive(Serialize)]
pub struct CauseJson<'a> {
    id: &'a str,
    name: &'a str,
    ask: &'a str,
}

#[derive(Serialize)]
pub struct SymptomJson<'a> {
    complaint: &'static str,
    medicines: Vec<ExplanationJson<'a>>,
    other_causes: Vec<CauseJson<'a>>,
}

#[derive(Serialize)]
pub struct RedFlagJson<'a> {
    id: &'a str,
    sign: &'a str,
    possible_cause: &'a str,
    action: &'a str,
    urgency: &'static str,
    /// Tied to this patient's complaint, list or medicines; the rest are
    /// general emergencies.
    related: bool,
}

/// What was entered about the patient in `check --json`.
#[derive(Serialize)]
pub struct ContextJson {
    /// Whole years as a number's text, or "under-65", "65-74", "75-plus".
    age: Option<String>,
    egfr: Option<f64>,
    ckd_stage: Option<&'static str>,
    pregnant: bool,
    breastfeeding: bool,
    potassium: Option<ResultJson>,
    sodium: Option<ResultJson>,
}

#[derive(Serialize)]
pub struct ResultJson {
    /// mmol/L.
    value: f64,
    /// ISO date, when given.
    date: Option<String>,
}

impl ResultJson {
    fn of(r: LastResult) -> Self {
        ResultJson {
            value: r.value,
            date: r.date.map(|d| d.to_string()),
        }
    }
}

impl ContextJson {
    fn of(c: &PatientContext) -> Self {
        ContextJson {
            age: c.age.map(|a| a.as_json_word()),
            egfr: match c.kidney {
                Some(Kidney::Egfr(v)) => Some(v),
                _ => None,
            },
            ckd_stage: match c.kidney {
                Some(Kidney::Stage(s)) => Some(s.as_str()),
                _ => None,
            },
            pregnant: c.pregnant,
            breastfeeding: c.breastfeeding,
            potassium: c.potassium.map(ResultJson::of),
            sodium: c.sodium.map(ResultJson::of),
        }
    }
}

/// One action of the answer, most important first.
#[derive(Serialize)]
pub struct ActionJson<'a> {
    kind: &'static str,
    urgency: &'static str,
    text: &'a str,
    detail: &'a str,
    drugs: Vec<String>,
    alternative: Option<&'a str>,
    grade: Option<&'static str>,
    source_ids: &'a [String],
    because: &'a [String],
    /// The rule or interaction it comes from, if any.
    id: Option<&'a str>,
}

impl<'a> ActionJson<'a> {
    fn of(ds: &'a Dataset, a: &'a Action) -> Self {
        ActionJson {
            kind: a.kind.as_str(),
            urgency: a.urgency.as_str(),
            text: &a.text,
            detail: &a.detail,
            drugs: generics(ds, &a.drugs),
            alternative: a.alternative.as_deref(),
            grade: a.grade.map(|g| g.as_str()),
            source_ids: &a.source_ids,
            because: &a.because,
            id: match &a.origin {
                ActionOrigin::Note(id) => Some(id),
                _ => None,
            },
        }
    }
}

#[derive(Serialize)]
pub struct DuplicateJson<'a> {
    generic: &'a str,
    inputs: &'a [String],
}

/// The list's anticholinergic total on one scale.
#[derive(Serialize)]
pub struct BurdenJson {
    total: u32,
    /// The total is 3 or more.
    high: bool,
    scale: &'static str,
    drugs: Vec<BurdenDrugJson>,
}

#[derive(Serialize)]
pub struct BurdenDrugJson {
    /// The generic name.
    name: String,
    score: u8,
}

/// `check --json`.
#[derive(Serialize)]
pub struct ReportJson<'a> {
    medicines: Vec<EntryJson<'a>>,
    drugs: Vec<String>,
    potassium: LevelJson,
    tremor: Vec<String>,
    weakness: Vec<String>,
    levels: BTreeMap<&'static str, LevelJson>,
    events: BTreeMap<&'static str, Vec<String>>,
    events_possibly: BTreeMap<&'static str, Vec<String>>,
    notes: Vec<NoteJson<'a>>,
    /// The anticholinergic scores on the list and their total.
    anticholinergic_burden: BurdenJson,
    /// The generic names on the list whose class is on the falls-risk list.
    falls_risk: Vec<String>,
    symptom: Option<SymptomJson<'a>>,
    red_flags: Vec<RedFlagJson<'a>>,
    /// What to do, most important first.
    actions: Vec<ActionJson<'a>>,
    /// When something is being bought: supply or not, and what instead.
    supply: Option<&'a str>,
    /// What was entered about the patient; absent when nothing was, so
    /// the output is then the list's alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<ContextJson>,
    /// The names marked as being bought, as typed.
    buying: &'a [String],
    unresolved: Vec<&'a str>,
    duplicates: Vec<DuplicateJson<'a>>,
    reference_ranges: Vec<ReferenceRangeJson<'a>>,
    names: &'static str,
    dataset_version: &'a str,
}

impl<'a> ReportJson<'a> {
    /// Adds what was entered about the patient, when anything was.
    pub fn with_context(mut self, c: &PatientContext) -> Self {
        if !c.is_empty() {
            self.context = Some(ContextJson::of(c));
        }
        self
    }

    pub fn of(ds: &'a Dataset, r: &'a Report, answer: &'a Answer, style: NameStyle) -> Self {
        ReportJson {
            context: None,
            actions: answer
                .actions
                .iter()
                .map(|a| ActionJson::of(ds, a))
                .collect(),
            supply: answer.supply.as_deref(),
            buying: &answer.buying,
            medicines: r
                .entries
                .iter()
                .map(|e| EntryJson::of(ds, e, style))
                .collect(),
            drugs: generics(ds, &r.drugs),
            potassium: LevelJson::of(ds, r.potassium()),
            tremor: generics(ds, &r.event(EffectKind::Tremor).causing),
            weakness: generics(ds, &r.event(EffectKind::MuscleWeakness).causing),
            levels: r
                .levels
                .iter()
                .map(|b| (b.kind.as_str(), LevelJson::of(ds, b)))
                .collect(),
            events: r
                .events
                .iter()
                .map(|e| (e.kind.as_str(), generics(ds, &e.causing)))
                .collect(),
            events_possibly: r
                .events
                .iter()
                .map(|e| (e.kind.as_str(), generics(ds, &e.possibly_causing)))
                .collect(),
            notes: answer.notes(r).map(|n| NoteJson::of(ds, n)).collect(),
            anticholinergic_burden: BurdenJson {
                total: r.anticholinergic.total,
                high: r.anticholinergic.high(),
                scale: crate::check::words::BURDEN_SCALE,
                drugs: r
                    .anticholinergic
                    .drugs
                    .iter()
                    .map(|&(d, score)| BurdenDrugJson {
                        name: ds.drug(d).generic.clone(),
                        score,
                    })
                    .collect(),
            },
            falls_risk: generics(ds, &r.falls_risk),
            symptom: r.complaint.map(|c| SymptomJson {
                complaint: c.as_str(),
                medicines: r
                    .explanations
                    .iter()
                    .map(|x| ExplanationJson {
                        generic: &ds.drug(x.drug).generic,
                        display_name: ds.drug_label(x.drug, style),
                        effect: x.effect.kind.as_str(),
                        strength: x.strength.as_str(),
                        direction: x.effect.direction.as_str(),
                        frequency: x.effect.frequency.as_str(),
                        evidence: x.effect.evidence.as_str(),
                        mechanism: &x.effect.mechanism,
                        monitoring: &x.effect.monitoring,
                        counselling: &x.effect.counselling,
                        refer_if: x.effect.refer_if.as_deref(),
                        refer_urgency: x.effect.refer_urgency.map(|u| u.as_str()),
                        sources: SourceJson::all(ds, &x.effect.sources),
                    })
                    .collect(),
                other_causes: r
                    .other_causes
                    .iter()
                    .map(|c| CauseJson {
                        id: &c.id,
                        name: &c.name,
                        ask: &c.ask,
                    })
                    .collect(),
            }),
            red_flags: ds
                .red_flags_by_urgency()
                .into_iter()
                .map(|f| RedFlagJson {
                    id: &f.id,
                    sign: &f.sign,
                    possible_cause: &f.possible_cause,
                    action: &f.action,
                    urgency: f.urgency.as_str(),
                    related: answer.flags.related.iter().any(|x| x.id == f.id),
                })
                .collect(),
            unresolved: r.unresolved().iter().map(|e| e.input.as_str()).collect(),
            duplicates: r
                .duplicates
                .iter()
                .map(|d| DuplicateJson {
                    generic: &ds.drug(d.drug).generic,
                    inputs: &d.inputs,
                })
                .collect(),
            reference_ranges: ReferenceRangeJson::all(crate::check::reference_ranges(ds, r)),
            names: style.as_str(),
            dataset_version: &ds.metadata().version,
        }
    }
}
