//! The answer to a counter check: what to do, most important first, then
//! what was found, then the red flags. One model, decided here: which
//! findings are shown, in what order and in what words. The window, the
//! command line's text and JSON, and the patient summary only lay it out.
//! No egui here.

use crate::dataset::{
    Dataset, DrugId, EffectKind, Grade, InteractionAction, KidneyThreshold, LevelDirection,
    NameStyle, RedFlag, ReviewAction, Shape, Urgency,
};

use super::context::{Kidney, PatientContext};
use super::rules::{RiskNote, named_by};
use super::{Report, Resolved};

/// What an action asks the pharmacist to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActionKind {
    /// Do not supply what the patient is buying.
    AvoidSupply,
    /// Refer to the prescriber or a doctor.
    Refer,
    /// Arrange a blood test.
    CheckLevel,
    /// Ask the patient before deciding.
    Ask,
    /// Advice at the counter.
    Counsel,
}

impl ActionKind {
    pub const ALL: [ActionKind; 5] = [
        ActionKind::AvoidSupply,
        ActionKind::Refer,
        ActionKind::CheckLevel,
        ActionKind::Ask,
        ActionKind::Counsel,
    ];

    /// The word in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::AvoidSupply => "avoid_supply",
            ActionKind::Refer => "refer",
            ActionKind::CheckLevel => "check_level",
            ActionKind::Ask => "ask",
            ActionKind::Counsel => "counsel",
        }
    }

    /// The verb a pharmacist reads first.
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::AvoidSupply => "Do not supply",
            ActionKind::Refer => "Refer",
            ActionKind::CheckLevel => "Check a level",
            ActionKind::Ask => "Ask",
            ActionKind::Counsel => "Counsel",
        }
    }
}

impl From<ReviewAction> for ActionKind {
    fn from(a: ReviewAction) -> ActionKind {
        match a {
            ReviewAction::Refer => ActionKind::Refer,
            ReviewAction::CheckLevel => ActionKind::CheckLevel,
            ReviewAction::Ask => ActionKind::Ask,
            ReviewAction::Counsel => ActionKind::Counsel,
        }
    }
}

/// What a list review asks for an interaction: the label's own action.
fn interaction_review(a: InteractionAction) -> ActionKind {
    match a {
        // The prescriber decides whether the pair goes on.
        InteractionAction::Avoid => ActionKind::Refer,
        // Whether the dose is within the cap is a question.
        InteractionAction::DoseCap => ActionKind::Ask,
        InteractionAction::CheckLevel => ActionKind::CheckLevel,
        InteractionAction::Monitor => ActionKind::Counsel,
    }
}

/// Where an action comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionOrigin {
    /// A rule or interaction that fired (its id).
    Note(String),
    /// The same medicine entered twice.
    Duplicate(DrugId),
    /// An entry that stands for a class: which member is it?
    WhichMember(usize),
    /// Kidney function below a threshold (its id).
    Kidney(String),
    /// A last blood result outside its range.
    LastResult(EffectKind),
    /// Pregnancy or breastfeeding: the labels' sections to read.
    Pregnancy,
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub kind: ActionKind,
    pub urgency: Urgency,
    /// The cited grade, for actions from a rule or interaction.
    pub grade: Option<Grade>,
    /// What it is about, without the verb: "NSAIDs raise lithium levels".
    pub title: String,
    /// What to do, in one sentence: "Do not supply ibuprofen: NSAIDs raise
    /// lithium levels".
    pub text: String,
    /// Why, or what to check, in one short line.
    pub detail: String,
    /// The medicines involved, in list order.
    pub drugs: Vec<DrugId>,
    /// What to offer instead, from the data.
    pub alternative: Option<String>,
    /// The sources behind it; the grade's source first.
    pub source_ids: Vec<String>,
    /// What made this action what it is, beyond the rule itself ("ibuprofen
    /// is being bought").
    pub because: Vec<String>,
    /// Whether it bears on the patient's complaint.
    pub on_complaint: bool,
    pub origin: ActionOrigin,
    /// For "do not supply": the medicines being bought that it stops.
    pub bought: Vec<DrugId>,
    /// The kinds it is about (a rule's counts, an interaction's effects):
    /// what a blood result or kidney threshold of the same kind moves up.
    pub kinds: Vec<EffectKind>,
}

/// One line of what was found: a level moved or an event caused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: EffectKind,
    /// "Potassium: down and up", "Tremor".
    pub heading: String,
    /// "lowered by furosemide; raised by ramipril, spironolactone".
    pub line: String,
    /// Medicines on limited evidence only, said apart.
    pub possible: Option<String>,
    pub on_complaint: bool,
}

/// The red flags, split for one patient.
#[derive(Debug, Clone)]
pub struct FlagGroups {
    /// Tied to the complaint, a level or event the list moves, or a
    /// medicine on it; most urgent first.
    pub related: Vec<RedFlag>,
    /// General emergencies tied to nothing in particular (stroke, cauda
    /// equina): one folded line that opens.
    pub general: Vec<RedFlag>,
    /// Tied to something this patient does not have (lithium toxicity with
    /// no lithium on the list): only in the details.
    pub unrelated: Vec<RedFlag>,
    /// Nothing entered yet (no medicine, no complaint): every flag folds
    /// under one heading.
    pub folded: bool,
}

impl FlagGroups {
    /// Every flag, most urgent first: what a folded heading opens to.
    pub fn all(&self) -> Vec<&RedFlag> {
        let mut all: Vec<&RedFlag> = self
            .related
            .iter()
            .chain(&self.general)
            .chain(&self.unrelated)
            .collect();
        all.sort_by_key(|f| f.urgency);
        all
    }

    /// The flags a patient is told about: those tied to them and the
    /// general emergencies, most urgent first.
    pub fn for_patient(&self) -> Vec<&RedFlag> {
        let mut out: Vec<&RedFlag> = self.related.iter().chain(&self.general).collect();
        out.sort_by_key(|f| f.urgency);
        out
    }

    /// "stroke, cauda equina syndrome, ...": the folded line of the
    /// general emergencies, or of every flag when all are folded.
    pub fn general_line(&self) -> String {
        let folded: Vec<&RedFlag> = if self.folded {
            self.all()
        } else {
            self.general.iter().collect()
        };
        let mut names: Vec<&str> = Vec::new();
        for f in folded {
            if !names.contains(&f.short.as_str()) {
                names.push(&f.short);
            }
        }
        names.join(", ")
    }
}

/// The counter check's answer for one list.
#[derive(Debug, Clone)]
pub struct Answer {
    /// When something is being bought: the supply verdict, first line.
    pub supply: Option<String>,
    /// The names marked as being bought, as typed.
    pub buying: Vec<String>,
    /// Most important first.
    pub actions: Vec<Action>,
    /// For a complaint: "Can explain weak and shaky legs: ...".
    pub explains: Option<String>,
    /// Levels moved and events caused, complaint first, then table order.
    pub findings: Vec<Finding>,
    /// Kinds nothing on the list was found to cause, table order.
    pub nothing_found: Vec<EffectKind>,
    /// The anticholinergic total, when any medicine on the list scores:
    /// "Anticholinergic burden: 6, high (ACB scale): amitriptyline 3, ...".
    pub burden: Option<String>,
    /// The medicines on the falls-risk list, each with its listed class.
    pub falls_risk: Option<String>,
    /// The rules the patient's age adds to the list's notes (a sedating
    /// antihistamine bought at 65 or over).
    pub age_notes: Vec<RiskNote>,
    pub flags: FlagGroups,
}

/// How many actions the first glance shows; the rest, less urgent by the
/// order above, fold into one line that opens. Eight fit the window's
/// first screen at 1280×800 beside the list, and keep the command line's
/// answer for an eight-medicine list within 40 lines.
pub const FIRST_ACTIONS: usize = 8;

/// Headings and fixed sentences every rendering uses.
pub mod words {
    pub const DO_FIRST: &str = "What to do";
    pub const NOTHING_TO_DO: &str = "Nothing on this list needs action from this check.";
    /// Said instead when some entries were not recognised: unknown is
    /// not "nothing".
    pub fn nothing_to_do_but(unknown: usize, recognised: usize) -> String {
        if recognised == 0 {
            "No medicine was recognised, so nothing was checked: unknown, not safe.".to_owned()
        } else {
            format!(
                "Nothing found to act on among the recognised medicines; {unknown} not recognised: unknown, not safe."
            )
        }
    }
    pub const FOUND: &str = "What the list does";
    pub const NOTHING_FOUND: &str = "Nothing found for";
    /// Heads the findings a complaint does not bear on, on one line.
    pub const OFF_COMPLAINT: &str = "Also on the list";
    pub const RED_FLAGS: &str = "Refer urgently if";
    pub const ALL_RED_FLAGS: &str = "Red flags";
    pub const GENERAL_FLAGS: &str = "Also rule out";
    pub const INSTEAD: &str = "Instead";
    /// Said when no medicine on the list causes any event: every event
    /// kind named, from the kind table.
    pub fn no_event_on_list() -> String {
        format!(
            "No medicine on the list is known to cause {}.",
            crate::dataset::EffectKind::nouns(crate::dataset::Shape::Event)
        )
    }
    /// The scale the anticholinergic scores are read on, as JSON names it.
    pub const BURDEN_SCALE: &str = "Anticholinergic Cognitive Burden (ACB) scale";
    /// "Anticholinergic burden: 6, high (ACB scale; 3 or more raises the
    /// risk of confusion and falls): amitriptyline 3, oxybutynin 3".
    pub fn burden_line(total: u32, high: bool, parts: &str) -> String {
        let level = if high {
            ", high (3 or more on the ACB scale raises the risk of confusion and falls)".to_owned()
        } else {
            " (ACB scale; 3 or more is high)".to_owned()
        };
        format!("Anticholinergic burden: {total}{level}: {parts}")
    }
    /// "Raise the risk of falling (STOPPFall): zopiclone (hypnotics), ...".
    pub fn falls_risk_line(parts: &str) -> String {
        format!("Raise the risk of falling (STOPPFall classes): {parts}")
    }
    /// "3 more, less urgent".
    pub fn more(n: usize) -> String {
        format!("{n} more, less urgent")
    }
}

impl Answer {
    /// The first action, if any.
    pub fn top(&self) -> Option<&Action> {
        self.actions.first()
    }

    /// The "do not supply" actions: what the supply verdict states.
    pub fn stops(&self) -> Vec<&Action> {
        self.actions
            .iter()
            .filter(|a| a.kind == ActionKind::AvoidSupply)
            .collect()
    }

    /// The actions the first glance shows.
    pub fn first_actions(&self) -> &[Action] {
        &self.actions[..self.actions.len().min(FIRST_ACTIONS)]
    }

    /// The actions folded after them, least urgent last.
    pub fn more_actions(&self) -> &[Action] {
        &self.actions[self.actions.len().min(FIRST_ACTIONS)..]
    }

    /// Every note that applies: the list's own, then those the patient's
    /// age added.
    pub fn notes<'a>(&'a self, report: &'a Report) -> impl Iterator<Item = &'a RiskNote> {
        report.notes.iter().chain(&self.age_notes)
    }

    /// The note behind an action: the list's own, or one the patient's age
    /// added.
    pub fn note<'a>(&'a self, report: &'a Report, id: &str) -> Option<&'a RiskNote> {
        self.notes(report).find(|n| n.id() == id)
    }

    /// Whether all red flags fold under one heading: an empty list and no
    /// complaint.
    pub fn flags_folded(&self) -> bool {
        self.flags.folded
    }
}

/// Builds the answer for a checked list. `style` names the medicines.
pub fn answer(dataset: &Dataset, report: &Report, style: NameStyle) -> Answer {
    answer_for(dataset, report, style, &PatientContext::default())
}

/// The answer for this patient: what was entered about them (age, kidney
/// function, a last blood result) moves actions up, each with its reason in
/// `because`, or adds its own. With nothing entered it is [`answer`].
pub fn answer_for(
    dataset: &Dataset,
    report: &Report,
    style: NameStyle,
    context: &PatientContext,
) -> Answer {
    let name = |d: DrugId| report.name(dataset, d, style);
    let names = |ids: &[DrugId]| ids.iter().map(|&d| name(d)).collect::<Vec<_>>().join(", ");
    let bought: Vec<DrugId> = report
        .entries
        .iter()
        .filter(|e| e.buying)
        .flat_map(|e| e.drugs())
        .collect();
    let complaint_kinds = report.complaint.map(|c| c.kinds()).unwrap_or_default();

    // Rules that need the age fire once it is given.
    let aged: Vec<RiskNote> = context
        .age
        .map(|a| {
            super::rules::age_notes(
                dataset,
                &report.taken,
                &report.stand_ins,
                &bought,
                a.youngest(),
            )
        })
        .unwrap_or_default();
    let mut actions: Vec<(usize, Action)> = Vec::new();
    for (order, n) in report.notes.iter().chain(&aged).enumerate() {
        let involved: Vec<DrugId> = n
            .drugs
            .iter()
            .copied()
            .filter(|d| bought.contains(d))
            .collect();
        let stop = n.grade().stops_supply() && !involved.is_empty();
        let on_complaint = note_kinds(n).iter().any(|k| complaint_kinds.contains(k));
        let mut source_ids = vec![n.grade_source().to_owned()];
        for s in n.sources() {
            if !source_ids.contains(s) {
                source_ids.push(s.clone());
            }
        }
        if stop {
            // One "do not supply" per medicine bought: a second reason
            // joins the first instead of repeating it.
            let same = actions
                .iter_mut()
                .find(|(_, a)| a.kind == ActionKind::AvoidSupply && a.bought == involved);
            if let Some((_, a)) = same {
                a.text.push_str(&format!("; {}", n.title()));
                a.title.push_str(&format!("; {}", n.title()));
                for &d in &n.drugs {
                    if !a.drugs.contains(&d) {
                        a.drugs.push(d);
                    }
                }
                for s in source_ids {
                    if !a.source_ids.contains(&s) {
                        a.source_ids.push(s);
                    }
                }
                a.urgency = a.urgency.min(n.urgency());
                a.grade = a.grade.min(Some(n.grade()));
                if a.alternative.is_none() {
                    a.alternative = n.alternative().map(str::to_owned);
                }
                a.on_complaint |= on_complaint;
                continue;
            }
        }
        let action = if stop {
            Action {
                kinds: note_kinds(n),
                bought: involved.clone(),
                kind: ActionKind::AvoidSupply,
                urgency: n.urgency(),
                grade: Some(n.grade()),
                title: n.title().to_owned(),
                text: format!("Do not supply {}: {}", names(&involved), n.title()),
                detail: format!("{} ({}).", first_sentence(n.note()), names(&n.drugs)),
                drugs: n.drugs.clone(),
                alternative: n.alternative().map(str::to_owned),
                source_ids,
                because: vec![format!(
                    "{} {} being bought, and the combination is graded \"{}\"",
                    names(&involved),
                    if involved.len() == 1 { "is" } else { "are" },
                    n.grade().as_str()
                )],
                on_complaint,
                origin: ActionOrigin::Note(n.id().to_owned()),
            }
        } else {
            // A combination to avoid goes back to the prescriber, whatever
            // the label's fallback (a level, a dose cap).
            let kind = match n.interaction() {
                _ if n.grade().stops_supply() => ActionKind::Refer,
                Some(x) => interaction_review(x.action),
                None => ActionKind::from(n.review_action()),
            };
            Action {
                kinds: note_kinds(n),
                bought: Vec::new(),
                kind,
                urgency: n.urgency(),
                grade: Some(n.grade()),
                title: n.title().to_owned(),
                text: format!("{}: {} ({})", kind.label(), n.title(), names(&n.drugs)),
                detail: first_sentence(n.monitoring()),
                drugs: n.drugs.clone(),
                alternative: n.alternative().map(str::to_owned),
                source_ids,
                because: Vec::new(),
                on_complaint,
                origin: ActionOrigin::Note(n.id().to_owned()),
            }
        };
        actions.push((order, action));
    }
    let after_notes = actions.len();
    for (i, d) in report.duplicates.iter().enumerate() {
        actions.push((
            after_notes + i,
            Action {
                kinds: Vec::new(),
                bought: Vec::new(),
                kind: ActionKind::Ask,
                urgency: Urgency::Soon,
                grade: None,
                title: format!("{} is on the list more than once", name(d.drug)),
                text: format!("Ask: {} is on the list more than once", name(d.drug)),
                detail: format!(
                    "Entered as {}: check it is not being taken twice.",
                    d.inputs.join("; ")
                ),
                drugs: vec![d.drug],
                alternative: None,
                source_ids: Vec::new(),
                because: Vec::new(),
                on_complaint: false,
                origin: ActionOrigin::Duplicate(d.drug),
            },
        ));
    }
    let after_duplicates = actions.len();
    for (i, e) in report.entries.iter().enumerate() {
        if let Resolved::Class { class, stands_for } = e.resolved {
            let members = dataset.members_deep(class);
            actions.push((
                after_duplicates + i,
                Action {
                    kinds: Vec::new(),
                    bought: Vec::new(),
                    kind: ActionKind::Ask,
                    urgency: Urgency::Advice,
                    grade: None,
                    title: format!("Which {} is it?", e.input.trim()),
                    text: format!(
                        "Ask which {} it is: {}",
                        e.input.trim(),
                        members
                            .iter()
                            .map(|&d| dataset.drug_name(d, style))
                            .collect::<Vec<_>>()
                            .join(" or ")
                    ),
                    detail: format!(
                        "Checked as {}, whose members all make the same statements.",
                        dataset.class(class).name
                    ),
                    drugs: vec![stands_for],
                    alternative: None,
                    source_ids: Vec::new(),
                    because: Vec::new(),
                    on_complaint: false,
                    origin: ActionOrigin::WhichMember(i),
                },
            ));
        }
    }
    if !context.is_empty() && !report.drugs.is_empty() {
        let next = actions.len();
        let mut with = ContextActions {
            dataset,
            report,
            names: &names,
            actions: &mut actions,
            next,
        };
        with.apply(context);
    }
    // What is being bought is answered first; then urgency, grade and
    // the complaint; ties keep the dataset's order.
    actions.sort_by_key(|(order, a)| {
        (
            a.kind != ActionKind::AvoidSupply,
            a.urgency,
            a.grade.unwrap_or(Grade::Information),
            !a.on_complaint,
            *order,
        )
    });
    let actions: Vec<Action> = actions.into_iter().map(|(_, a)| a).collect();

    let buying: Vec<String> = report
        .entries
        .iter()
        .filter(|e| e.buying)
        .map(|e| e.input.clone())
        .collect();
    let supply = (!buying.is_empty()).then(|| supply_line(report, &actions, &buying));

    let (findings, nothing_found) = findings(report, &complaint_kinds, &names);
    let explains = report.complaint.map(|c| {
        // Each medicine once, with what it can do; established first.
        let mut parts: Vec<(DrugId, Vec<String>)> = Vec::new();
        for x in &report.explanations {
            let what = match x.strength {
                crate::dataset::Strength::Established => x.effect.kind.info().noun.to_owned(),
                crate::dataset::Strength::Possible => {
                    format!("{}, possibly", x.effect.kind.info().noun)
                }
            };
            match parts.iter_mut().find(|(d, _)| *d == x.drug) {
                Some((_, list)) if !list.contains(&what) => list.push(what),
                Some(_) => {}
                None => parts.push((x.drug, vec![what])),
            }
        }
        if parts.is_empty() {
            format!("Nothing on this list is known to cause {}.", c.noun())
        } else {
            let parts: Vec<String> = parts
                .iter()
                .map(|(d, what)| format!("{} ({})", name(*d), what.join(", ")))
                .collect();
            format!("Can explain {}: {}.", c.noun(), parts.join("; "))
        }
    });
    let b = &report.anticholinergic;
    let burden = (!b.drugs.is_empty()).then(|| {
        let parts: Vec<String> = b
            .drugs
            .iter()
            .map(|&(d, score)| format!("{} {score}", name(d)))
            .collect();
        words::burden_line(b.total, b.high(), &parts.join(", "))
    });
    let falls_risk = (!report.falls_risk.is_empty()).then(|| {
        let parts: Vec<String> = report
            .falls_risk
            .iter()
            .map(|&d| match dataset.falls_risk_class(d) {
                Some(row) => format!("{} ({})", name(d), row.listed_as),
                None => name(d),
            })
            .collect();
        words::falls_risk_line(&parts.join(", "))
    });
    Answer {
        supply,
        buying,
        actions,
        explains,
        findings,
        nothing_found,
        burden,
        falls_risk,
        age_notes: aged,
        flags: flag_groups(dataset, report),
    }
}

/// One step more urgent: a level already out of range that the list pushes
/// further the same way.
fn more_urgent(u: Urgency) -> Urgency {
    match u {
        Urgency::Emergency | Urgency::SameDay => Urgency::Emergency,
        Urgency::Soon => Urgency::SameDay,
        Urgency::Routine => Urgency::Soon,
        Urgency::Advice => Urgency::Routine,
    }
}

/// The patient's context applied to the actions: one rule for every kind
/// of fact. A fact moves up every action about the same level (or, for a
/// kidney threshold on named medicines, adds its own); when no action is
/// about it, it becomes an action of its own.
struct ContextActions<'a, 'b> {
    dataset: &'a Dataset,
    report: &'a Report,
    names: &'b dyn Fn(&[DrugId]) -> String,
    actions: &'b mut Vec<(usize, Action)>,
    next: usize,
}

impl ContextActions<'_, '_> {
    fn apply(&mut self, context: &PatientContext) {
        if let Some(k) = context.kidney {
            self.kidney(k, context.age.is_some_and(|a| a.at_least(75)));
        }
        for (kind, result) in [
            (EffectKind::Potassium, context.potassium),
            (EffectKind::Sodium, context.sodium),
        ] {
            if let Some(r) = result {
                self.last_result(kind, r);
            }
        }
        for (on, word) in [
            (context.pregnant, "pregnant"),
            (context.breastfeeding, "breastfeeding"),
        ] {
            if on {
                self.push(Action {
                    kind: ActionKind::Ask,
                    urgency: Urgency::Soon,
                    grade: None,
                    title: format!("The patient is {word}"),
                    text: format!(
                        "Ask: the patient is {word}: read each medicine's label before supplying (SmPC 4.6; US label 8.1 and 8.2)"
                    ),
                    detail: "This dataset holds no pregnancy or breastfeeding statements yet: unknown, not safe.".into(),
                    drugs: self.report.drugs.clone(),
                    alternative: None,
                    source_ids: Vec::new(),
                    because: vec![format!("the patient is {word}")],
                    on_complaint: false,
                    origin: ActionOrigin::Pregnancy,
                    bought: Vec::new(),
                    kinds: Vec::new(),
                });
            }
        }
    }

    fn push(&mut self, action: Action) {
        self.actions.push((self.next, action));
        self.next += 1;
    }

    /// Moves up every action about `kind` that involves one of `drugs`
    /// (any medicine when `drugs` is empty); whether any was.
    /// An action moved to same day or emergency goes to a doctor: a level
    /// to check becomes a referral.
    fn raise(
        &mut self,
        kind: EffectKind,
        drugs: &[DrugId],
        urgency: Urgency,
        reason: &str,
    ) -> bool {
        let mut any = false;
        let names = self.names;
        for (_, a) in self.actions.iter_mut() {
            let about = a.kinds.contains(&kind)
                && (drugs.is_empty() || a.drugs.iter().any(|d| drugs.contains(d)));
            if !about {
                continue;
            }
            a.urgency = a.urgency.min(urgency);
            a.because.push(reason.to_owned());
            if a.urgency.is_urgent()
                && !matches!(a.kind, ActionKind::AvoidSupply | ActionKind::Refer)
            {
                a.kind = ActionKind::Refer;
                a.text = format!("{}: {} ({})", a.kind.label(), a.title, names(&a.drugs));
            }
            any = true;
        }
        any
    }

    fn kidney(&mut self, k: Kidney, old: bool) {
        let all = self.dataset.kidney_thresholds();
        let fired: Vec<&KidneyThreshold> = all.iter().filter(|t| k.below(t.below)).collect();
        for t in fired.iter().copied() {
            // Of several thresholds for the same medicines, the lowest one
            // crossed says what to do (stop below 30, not review below 45).
            let lower = fired.iter().any(|o| {
                o.medicines == t.medicines
                    && o.effect == t.effect
                    && o.measure == t.measure
                    && o.below < t.below
            });
            if lower {
                continue;
            }
            let concerned: Vec<DrugId> = match t.effect {
                Some(e) => established(self.report, e.kind, e.direction),
                None => named_by(
                    self.dataset,
                    &self.report.taken,
                    &self.report.stand_ins,
                    &t.medicines,
                ),
            };
            if concerned.is_empty() {
                continue;
            }
            let unit = match t.measure {
                crate::dataset::KidneyMeasure::Egfr => "mL/min/1.73m²",
                crate::dataset::KidneyMeasure::Crcl => "mL/min creatinine clearance",
            };
            let mut reason = format!("{} is below {} {unit}", k.label(), t.below);
            if t.measure == crate::dataset::KidneyMeasure::Crcl {
                reason.push_str(
                    "; the label states creatinine clearance (Cockcroft-Gault): calculate it",
                );
            } else if old {
                reason.push_str("; aged 75 or over: MHRA (2019) advises creatinine clearance (Cockcroft-Gault) for dosing");
            }
            if let Some(e) = t.effect
                && self.raise(e.kind, &concerned, t.urgency, &reason)
            {
                continue;
            }
            let kind = ActionKind::from(t.action);
            self.push(Action {
                kind,
                urgency: t.urgency,
                grade: None,
                title: t.text.clone(),
                text: format!(
                    "{} ({})",
                    t.text.trim_end_matches('.'),
                    (self.names)(&concerned)
                ),
                detail: reason.clone(),
                drugs: concerned,
                alternative: None,
                source_ids: t.sources.clone(),
                because: vec![reason],
                on_complaint: false,
                origin: ActionOrigin::Kidney(t.id.clone()),
                bought: Vec::new(),
                kinds: t.effect.map(|e| vec![e.kind]).unwrap_or_default(),
            });
        }
    }

    fn last_result(&mut self, kind: EffectKind, r: super::context::LastResult) {
        let ranges = self.dataset.ranges_of_level(kind);
        if ranges.is_empty() {
            return;
        }
        let high = ranges.iter().any(|g| r.value > g.high);
        let low = ranges.iter().any(|g| r.value < g.low);
        if !high && !low {
            return;
        }
        // The most urgent band any market's range puts the value in.
        let band = ranges
            .iter()
            .flat_map(|g| g.bands.iter().map(move |b| (g, b)))
            .filter(|(_, b)| {
                b.from.is_none_or(|f| r.value >= f) && b.below.is_none_or(|x| r.value < x)
            })
            .min_by_key(|(_, b)| b.urgency);
        let balance = self.report.level(kind);
        let pushing = if high {
            balance.raising.clone()
        } else {
            balance.lowering.clone()
        };
        let base = band.map_or(Urgency::Routine, |(_, b)| b.urgency);
        let urgency = if pushing.is_empty() {
            base
        } else {
            more_urgent(base)
        };
        let noun = kind.info().noun;
        let date = r.date.map(|d| format!(" on {d}")).unwrap_or_default();
        let mut reason = format!(
            "last {noun} {} mmol/L{date} is {}",
            r.value,
            if high { "high" } else { "low" }
        );
        if let Some((g, b)) = band {
            reason.push_str(&format!(
                " ({}, {} range)",
                b.label.to_lowercase(),
                g.market.as_str()
            ));
        }
        if !pushing.is_empty() {
            reason.push_str(&format!(
                "; {} push it further {}",
                (self.names)(&pushing),
                if high { "up" } else { "down" }
            ));
        }
        if self.raise(kind, &[], urgency, &reason) {
            return;
        }
        let action = if urgency.is_urgent() {
            ActionKind::Refer
        } else {
            ActionKind::CheckLevel
        };
        let sources = band.map(|(g, _)| g.sources.clone()).unwrap_or_default();
        self.push(Action {
            kind: action,
            urgency,
            grade: None,
            title: format!("Last {noun} {} mmol/L", r.value),
            text: format!("{}: {reason}", action.label()),
            detail: reason.clone(),
            drugs: pushing,
            alternative: None,
            source_ids: sources,
            because: vec![reason],
            on_complaint: false,
            origin: ActionOrigin::LastResult(kind),
            bought: Vec::new(),
            kinds: vec![kind],
        });
    }
}

/// The medicines on the list with an established effect.
fn established(
    report: &Report,
    kind: EffectKind,
    direction: crate::dataset::Direction,
) -> Vec<DrugId> {
    use crate::dataset::Direction;
    match (kind.shape(), direction) {
        (Shape::Level, Direction::Lowers) => report.level(kind).lowering.clone(),
        (Shape::Level, Direction::Raises) => report.level(kind).raising.clone(),
        (Shape::Event, Direction::Causes) => report.event(kind).causing.clone(),
        _ => Vec::new(),
    }
}

/// The first line when something is being bought: supply or not, and what
/// instead.
fn supply_line(report: &Report, actions: &[Action], buying: &[String]) -> String {
    let stops: Vec<&Action> = actions
        .iter()
        .filter(|a| a.kind == ActionKind::AvoidSupply)
        .collect();
    if let Some(first) = stops.first() {
        let mut line = format!("{}.", first.text);
        if let Some(alt) = stops.iter().find_map(|a| a.alternative.as_deref()) {
            line.push_str(&format!(" {}: {alt}.", words::INSTEAD));
        }
        return line;
    }
    let unknown = report.unresolved().len();
    let mut line = format!(
        "Nothing in this check stops supplying {}.",
        buying.join(", ")
    );
    if unknown > 0 {
        line.push_str(&format!(
            " {unknown} {} not recognised and not checked.",
            if unknown == 1 {
                "entry was"
            } else {
                "entries were"
            }
        ));
    }
    line
}

/// The kinds a note is about: an interaction's effects, a rule's counts.
fn note_kinds(n: &RiskNote) -> Vec<EffectKind> {
    match (n.interaction(), n.rule()) {
        (Some(x), _) => x.effects.clone(),
        (None, Some(r)) => {
            let mut kinds: Vec<EffectKind> = Vec::new();
            for k in r
                .counts
                .iter()
                .map(|c| c.kind)
                .chain(r.effects.iter().copied())
            {
                if !kinds.contains(&k) {
                    kinds.push(k);
                }
            }
            kinds
        }
        (None, None) => Vec::new(),
    }
}

fn findings(
    report: &Report,
    complaint_kinds: &[EffectKind],
    names: &dyn Fn(&[DrugId]) -> String,
) -> (Vec<Finding>, Vec<EffectKind>) {
    let mut found: Vec<Finding> = Vec::new();
    let mut nothing: Vec<EffectKind> = Vec::new();
    for &kind in EffectKind::ALL {
        let on_complaint = complaint_kinds.contains(&kind);
        let info = kind.info();
        let finding = match kind.shape() {
            Shape::Level => {
                let b = report.level(kind);
                let mut parts = Vec::new();
                if !b.lowering.is_empty() {
                    parts.push(format!("lowered by {}", names(&b.lowering)));
                }
                if !b.raising.is_empty() {
                    parts.push(format!("raised by {}", names(&b.raising)));
                }
                let mut possible = Vec::new();
                if !b.possibly_lowering.is_empty() {
                    possible.push(format!("lowered by {}", names(&b.possibly_lowering)));
                }
                if !b.possibly_raising.is_empty() {
                    possible.push(format!("raised by {}", names(&b.possibly_raising)));
                }
                let net = match b.net {
                    LevelDirection::Lowers => "down",
                    LevelDirection::Raises => "up",
                    LevelDirection::Mixed => "down and up (they do not cancel)",
                    LevelDirection::None => "possibly moved",
                };
                (!parts.is_empty() || !possible.is_empty()).then(|| Finding {
                    kind,
                    heading: format!("{}: {net}", info.label),
                    line: parts.join("; "),
                    possible: (!possible.is_empty())
                        .then(|| format!("on limited evidence: {}", possible.join("; "))),
                    on_complaint,
                })
            }
            Shape::Event => {
                let e = report.event(kind);
                (!e.causing.is_empty() || !e.possibly_causing.is_empty()).then(|| Finding {
                    kind,
                    heading: info.label.to_owned(),
                    line: names(&e.causing),
                    possible: (!e.possibly_causing.is_empty())
                        .then(|| format!("on limited evidence: {}", names(&e.possibly_causing))),
                    on_complaint,
                })
            }
        };
        match finding {
            Some(f) => found.push(f),
            None => nothing.push(kind),
        }
    }
    // The complaint's kinds first; table order otherwise (a stable sort).
    found.sort_by_key(|f| !f.on_complaint);
    (found, nothing)
}

/// Red flags tied to this patient first; the rest folded.
pub(super) fn flag_groups(dataset: &Dataset, report: &Report) -> FlagGroups {
    let symptoms = report
        .complaint
        .map(|c| c.symptoms().to_vec())
        .unwrap_or_default();
    let mut groups = FlagGroups {
        related: Vec::new(),
        general: Vec::new(),
        unrelated: Vec::new(),
        folded: report.drugs.is_empty() && report.complaint.is_none(),
    };
    for f in dataset.red_flags_by_urgency() {
        let scope = &f.applies;
        let tied = scope.symptoms.iter().any(|s| symptoms.contains(s))
            || scope.kinds.iter().any(|&k| report.moves(k))
            || !named_by(dataset, &report.taken, &report.stand_ins, &scope.medicines).is_empty();
        let into = if scope.is_general() {
            &mut groups.general
        } else if tied {
            &mut groups.related
        } else {
            &mut groups.unrelated
        };
        into.push(f.clone());
    }
    groups
}

/// The first sentence of a text (up to the first ". "), for a one-line
/// detail; the whole text stays in the details.
fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(i) => text[..=i].to_owned(),
        None => text.to_owned(),
    }
}
