//! Which of the dataset's rules fire for a medicine list: additive and
//! conflict rules over any level, pharmacodynamic rules over any event, and
//! exposure interactions (one medicine raising another's level). One engine
//! for all of them; the notes come out most urgent first.

use crate::dataset::{
    AppliedEffect, ClassId, Dataset, DrugId, EffectFlag, EffectOrigin, Grade, Interaction,
    ProductId, ReviewAction, RiskRule, RuleGroup, RuleKind, Strength, Taken, Urgency,
};

/// What a note came from.
#[derive(Debug, Clone)]
pub enum NoteSource {
    Rule(RiskRule),
    Interaction(Interaction),
}

/// A rule or interaction that fired for the list, with the medicines that
/// made it fire.
#[derive(Debug, Clone)]
pub struct RiskNote {
    pub source: NoteSource,
    /// Every medicine involved, in list order.
    pub drugs: Vec<DrugId>,
    /// For an exposure interaction: the medicines whose level rises.
    pub raised: Vec<DrugId>,
    /// For an exposure interaction: the medicines that raise it.
    pub by: Vec<DrugId>,
}

impl RiskNote {
    pub fn id(&self) -> &str {
        match &self.source {
            NoteSource::Rule(r) => &r.id,
            NoteSource::Interaction(x) => &x.id,
        }
    }

    pub fn kind(&self) -> RuleKind {
        match &self.source {
            NoteSource::Rule(r) => r.kind,
            NoteSource::Interaction(_) => RuleKind::Exposure,
        }
    }

    pub fn title(&self) -> &str {
        match &self.source {
            NoteSource::Rule(r) => &r.title,
            NoteSource::Interaction(x) => &x.title,
        }
    }

    /// What the risk is, for the pharmacist.
    pub fn note(&self) -> &str {
        match &self.source {
            NoteSource::Rule(r) => &r.note,
            NoteSource::Interaction(x) => &x.note,
        }
    }

    pub fn monitoring(&self) -> &str {
        match &self.source {
            NoteSource::Rule(r) => &r.monitoring,
            NoteSource::Interaction(x) => &x.monitoring,
        }
    }

    pub fn urgency(&self) -> Urgency {
        match &self.source {
            NoteSource::Rule(r) => r.urgency,
            NoteSource::Interaction(x) => x.urgency,
        }
    }

    pub fn sources(&self) -> &[String] {
        match &self.source {
            NoteSource::Rule(r) => &r.sources,
            NoteSource::Interaction(x) => &x.sources,
        }
    }

    /// How serious the combination is, as its source grades it.
    pub fn grade(&self) -> Grade {
        match &self.source {
            NoteSource::Rule(r) => r.grade,
            NoteSource::Interaction(x) => x.grade,
        }
    }

    /// The source that states the grade.
    pub fn grade_source(&self) -> &str {
        match &self.source {
            NoteSource::Rule(r) => &r.grade_source,
            NoteSource::Interaction(x) => &x.grade_source,
        }
    }

    /// What to offer instead, where the data gives it.
    pub fn alternative(&self) -> Option<&str> {
        match &self.source {
            NoteSource::Rule(r) => r.alternative.as_deref(),
            NoteSource::Interaction(x) => x.alternative.as_deref(),
        }
    }

    /// What a rule asks a list review to do (an interaction says it with
    /// its `action`).
    pub fn review_action(&self) -> ReviewAction {
        match &self.source {
            NoteSource::Rule(r) => r.action,
            NoteSource::Interaction(_) => ReviewAction::Refer,
        }
    }

    /// The rule behind an additive, conflict or pharmacodynamic note.
    pub fn rule(&self) -> Option<&RiskRule> {
        match &self.source {
            NoteSource::Rule(r) => Some(r),
            NoteSource::Interaction(_) => None,
        }
    }

    /// The interaction behind an exposure note: its mechanism, the effects
    /// that become likelier, what to do and the dose caps.
    pub fn interaction(&self) -> Option<&Interaction> {
        match &self.source {
            NoteSource::Interaction(x) => Some(x),
            NoteSource::Rule(_) => None,
        }
    }
}

/// What makes one medicine on the list have an effect: a drug on its own,
/// or within a product, the class its effect comes from (so two ingredients
/// of one product with the same class effect are one mechanism).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mechanism {
    Drug(DrugId),
    InProduct(ProductId, EffectOrigin, Option<DrugId>),
}

/// The mechanism by which `t` raises `flag` on established evidence, if it does.
fn mechanism(effects: &[AppliedEffect<'_>], t: Taken, flag: EffectFlag) -> Option<Mechanism> {
    let applied = effects.iter().find(|a| {
        flag.raised_by(a.effect) && Strength::of(a.effect.evidence) == Strength::Established
    })?;
    Some(match t.product {
        None => Mechanism::Drug(t.drug),
        Some(p) => match applied.origin {
            EffectOrigin::Class(_) => Mechanism::InProduct(p, applied.origin, None),
            _ => Mechanism::InProduct(p, applied.origin, Some(t.drug)),
        },
    })
}

/// The medicines with an established effect, and how many distinct
/// mechanisms they amount to (a product's same-class ingredients once).
pub fn with_flag(dataset: &Dataset, taken: &[Taken], flag: EffectFlag) -> (Vec<DrugId>, usize) {
    let mut drugs: Vec<DrugId> = Vec::new();
    let mut seen: Vec<Mechanism> = Vec::new();
    for &t in taken {
        if let Some(m) = mechanism(&dataset.effects_taken(t), t, flag) {
            if !seen.contains(&m) {
                seen.push(m);
            }
            if !drugs.contains(&t.drug) {
                drugs.push(t.drug);
            }
        }
    }
    (drugs, seen.len())
}

/// Whether a medicine as taken reaches the blood: not an eye, ear, nose,
/// skin or vaginal product (an inhaler does).
fn systemic(dataset: &Dataset, t: Taken) -> bool {
    t.product
        .is_none_or(|p| !dataset.product(p).route.is_local())
}

/// Medicines on the list that stand for their whole class ("lithium"):
/// a group naming any member of the class names them.
pub type StandIns<'a> = &'a [(DrugId, ClassId)];

/// The medicines on the list (taken systemically) that a group names: what
/// a rule's group and a red flag's scope both match.
pub fn named_by(
    dataset: &Dataset,
    taken: &[Taken],
    stand_ins: StandIns<'_>,
    group: &RuleGroup,
) -> Vec<DrugId> {
    let mut out: Vec<DrugId> = Vec::new();
    for &t in taken {
        if !systemic(dataset, t) || out.contains(&t.drug) {
            continue;
        }
        let d = t.drug;
        let chain = dataset.class_chain(dataset.class_of(d));
        let names = |m: DrugId| group.drugs.contains(&dataset.drug(m).generic);
        let named = names(d)
            || stand_ins
                .iter()
                .filter(|(s, _)| *s == d)
                .any(|&(_, c)| dataset.members_deep(c).into_iter().any(names))
            || group
                .classes
                .iter()
                .any(|c| dataset.class_by_id(c).is_some_and(|c| chain.contains(&c)));
        if named {
            out.push(d);
        }
    }
    out
}

fn push_all(into: &mut Vec<DrugId>, from: &[DrugId]) {
    for &d in from {
        if !into.contains(&d) {
            into.push(d);
        }
    }
}

/// What else a rule may depend on besides the medicines: which of them are
/// being bought, and the patient's age when it was given.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListFacts<'a> {
    pub bought: &'a [DrugId],
    /// Age in whole years; `None`: not given, and a rule that needs it
    /// does not fire.
    pub age: Option<u32>,
}

/// Every rule and interaction that fires for the list, most urgent first
/// (dataset order within an urgency).
pub fn notes(
    dataset: &Dataset,
    taken: &[Taken],
    stand_ins: StandIns<'_>,
    facts: ListFacts<'_>,
) -> Vec<RiskNote> {
    let mut out: Vec<RiskNote> = Vec::new();
    for rule in dataset.risk_rules() {
        if let Some(drugs) = rule_fires(dataset, taken, stand_ins, facts, rule) {
            out.push(RiskNote {
                source: NoteSource::Rule(rule.clone()),
                drugs,
                raised: Vec::new(),
                by: Vec::new(),
            });
        }
    }
    for x in dataset.interactions() {
        let raised = named_by(dataset, taken, stand_ins, &x.raised);
        // A medicine does not raise its own level.
        let by: Vec<DrugId> = named_by(dataset, taken, stand_ins, &x.by)
            .into_iter()
            .filter(|d| !raised.contains(d) || raised.len() > 1)
            .collect();
        if raised.is_empty() || by.is_empty() || (raised.len() == 1 && by == raised) {
            continue;
        }
        let mut drugs = Vec::new();
        for &t in taken {
            if raised.contains(&t.drug) || by.contains(&t.drug) {
                push_all(&mut drugs, &[t.drug]);
            }
        }
        out.push(RiskNote {
            source: NoteSource::Interaction(x.clone()),
            drugs,
            raised,
            by,
        });
    }
    out.sort_by_key(RiskNote::urgency);
    out
}

/// The rules that need the patient's age and fire at this age: what an
/// age entered after the check adds to its notes.
pub fn age_notes(
    dataset: &Dataset,
    taken: &[Taken],
    stand_ins: StandIns<'_>,
    bought: &[DrugId],
    age: u32,
) -> Vec<RiskNote> {
    let facts = ListFacts {
        bought,
        age: Some(age),
    };
    dataset
        .risk_rules()
        .iter()
        .filter(|r| r.age_at_least.is_some())
        .filter_map(|rule| {
            let drugs = rule_fires(dataset, taken, stand_ins, facts, rule)?;
            Some(RiskNote {
                source: NoteSource::Rule(rule.clone()),
                drugs,
                raised: Vec::new(),
                by: Vec::new(),
            })
        })
        .collect()
}

/// The list's anticholinergic burden: each medicine taken systemically
/// that the scale scores, once, and the total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Burden {
    pub total: u32,
    /// (medicine, score), in list order; scores of 0 are left out.
    pub drugs: Vec<(DrugId, u8)>,
}

/// A total at or above this is "high": the scale's own threshold for
/// more confusion and falls.
pub const HIGH_BURDEN: u32 = 3;

impl Burden {
    pub fn high(&self) -> bool {
        self.total >= HIGH_BURDEN
    }
}

/// Totals the anticholinergic scores of the medicines on the list.
pub fn burden(dataset: &Dataset, taken: &[Taken]) -> Burden {
    let mut out = Burden::default();
    for &t in taken {
        if !systemic(dataset, t) || out.drugs.iter().any(|&(d, _)| d == t.drug) {
            continue;
        }
        if let Some(s) = dataset.anticholinergic_score(t.drug)
            && s.score > 0
        {
            out.total += u32::from(s.score);
            out.drugs.push((t.drug, s.score));
        }
    }
    out
}

/// The medicines on the list (taken systemically) whose class is on the
/// falls-risk list, in list order.
pub fn falls_risk(dataset: &Dataset, taken: &[Taken]) -> Vec<DrugId> {
    let mut out: Vec<DrugId> = Vec::new();
    for &t in taken {
        if systemic(dataset, t)
            && !out.contains(&t.drug)
            && dataset.falls_risk_class(t.drug).is_some()
        {
            out.push(t.drug);
        }
    }
    out
}

/// The medicines that make a rule fire, or `None` if it does not.
fn rule_fires(
    dataset: &Dataset,
    taken: &[Taken],
    stand_ins: StandIns<'_>,
    facts: ListFacts<'_>,
    rule: &RiskRule,
) -> Option<Vec<DrugId>> {
    if let Some(at_least) = rule.age_at_least
        && facts.age.is_none_or(|age| age < at_least)
    {
        return None;
    }
    if rule.buying {
        let first = rule.requires.first()?;
        let named = named_by(dataset, taken, stand_ins, first);
        if !named.iter().any(|d| facts.bought.contains(d)) {
            return None;
        }
    }
    // Every condition as (the medicines that meet it, how many it needs,
    // how many mechanisms they amount to).
    let mut conditions: Vec<(Vec<DrugId>, usize, usize)> = Vec::new();
    let counts = rule
        .counts
        .iter()
        .map(|c| (EffectFlag::new(c.kind, c.direction), c.at_least));
    for (flag, at_least) in counts {
        if at_least > 0 {
            let (drugs, mechanisms) = with_flag(dataset, taken, flag);
            conditions.push((drugs, at_least as usize, mechanisms));
        }
    }
    for (g, group) in rule.requires.iter().enumerate() {
        let mut m = named_by(dataset, taken, stand_ins, group);
        // A supply rule's first group is about what is being bought.
        if rule.buying && g == 0 {
            m.retain(|d| facts.bought.contains(d));
        }
        let n = m.len();
        conditions.push((m, 1, n));
    }
    for count in &rule.members {
        let m = named_by(dataset, taken, stand_ins, &count.group());
        let n = m.len();
        conditions.push((m, count.at_least as usize, n));
    }
    if rule.anticholinergic_at_least > 0 {
        let b = burden(dataset, taken);
        if b.total < rule.anticholinergic_at_least {
            return None;
        }
        let m: Vec<DrugId> = b.drugs.iter().map(|&(d, _)| d).collect();
        conditions.push((m, 1, 1));
    }
    if conditions
        .iter()
        .any(|(_, need, mechanisms)| mechanisms < need)
    {
        return None;
    }
    if rule.distinct && !assignable(&conditions, &mut Vec::new()) {
        return None;
    }
    let mut involved: Vec<DrugId> = Vec::new();
    for (drugs, _, _) in &conditions {
        push_all(&mut involved, drugs);
    }
    // In the order the pharmacist entered them.
    let mut drugs = Vec::new();
    for &t in taken {
        if involved.contains(&t.drug) {
            push_all(&mut drugs, &[t.drug]);
        }
    }
    Some(drugs)
}

/// Whether every condition can be met by its own medicines, none used
/// twice (a small search: rules have a handful of conditions and lists a
/// few dozen medicines).
fn assignable(conditions: &[(Vec<DrugId>, usize, usize)], used: &mut Vec<DrugId>) -> bool {
    let Some(((candidates, need, _), rest)) = conditions.split_first() else {
        return true;
    };
    choose(candidates, *need, used, rest)
}

fn choose(
    candidates: &[DrugId],
    need: usize,
    used: &mut Vec<DrugId>,
    rest: &[(Vec<DrugId>, usize, usize)],
) -> bool {
    if need == 0 {
        return assignable(rest, used);
    }
    for (i, &d) in candidates.iter().enumerate() {
        if used.contains(&d) {
            continue;
        }
        used.push(d);
        if choose(&candidates[i + 1..], need - 1, used, rest) {
            used.pop();
            return true;
        }
        used.pop();
    }
    false
}
