//! Which effects apply to a medicine, and what they add up to: class
//! inheritance, routes, the one evidence rule ([`Strength`]), level
//! directions, event flags and the per-kind verdict that tells "reviewed,
//! nothing documented" from "not reviewed". Every screen and command asks
//! these questions here; none answers them itself.

use super::flags::{EffectFlag, Strength};
use super::kinds::Shape;
use super::model::{
    Direction, Effect, EffectKind, FallsRiskClass, Interaction, ReferenceRange, RiskRule, Route,
    RuleGroup, Source,
};
use super::{ClassId, Dataset, DrugId, NameTarget, ProductId};

/// Where an effect that applies to a medicine was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectOrigin {
    /// On the drug itself.
    Drug,
    /// Inherited from this class (the drug's class or one of its parents).
    Class(ClassId),
    /// On a product's own label, for its route.
    Product(ProductId),
}

/// An effect as it applies to one medicine.
#[derive(Debug, Clone, Copy)]
pub struct AppliedEffect<'a> {
    pub effect: &'a Effect,
    pub origin: EffectOrigin,
}

/// One active ingredient as the patient takes it: the drug, and the named
/// product it comes in when that product decides the route (Tobrex eye
/// drops). Without a product, the drug counts as a whole, every route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Taken {
    pub drug: DrugId,
    pub product: Option<ProductId>,
}

impl Taken {
    pub fn drug(drug: DrugId) -> Taken {
        Taken {
            drug,
            product: None,
        }
    }
}

/// The net direction of a level (potassium, sodium...) for a medicine or a
/// list, judged on established evidence only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LevelDirection {
    Lowers,
    Raises,
    /// Both directions (a combination, or medicines that pull both ways:
    /// they do not cancel, check a level).
    Mixed,
    None,
}

impl LevelDirection {
    /// The stable word used in the JSON interface.
    pub fn as_str(self) -> &'static str {
        match self {
            LevelDirection::Lowers => "lowers",
            LevelDirection::Raises => "raises",
            LevelDirection::Mixed => "mixed",
            LevelDirection::None => "none",
        }
    }

    pub fn combine(lowers: bool, raises: bool) -> LevelDirection {
        match (lowers, raises) {
            (true, true) => LevelDirection::Mixed,
            (true, false) => LevelDirection::Lowers,
            (false, true) => LevelDirection::Raises,
            (false, false) => LevelDirection::None,
        }
    }
}

/// A raised flag and how well it is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FlagFinding {
    pub flag: EffectFlag,
    pub strength: Strength,
}

impl FlagFinding {
    /// The finding in words, as a badge is read aloud and explained on
    /// hover: "lowers serum potassium", or "possibly lowers serum
    /// potassium (limited evidence)".
    pub fn words(self) -> String {
        match self.strength {
            Strength::Established => self.flag.words(),
            Strength::Possible => format!("possibly {} (limited evidence)", self.flag.words()),
        }
    }
}

/// What the dataset says about one effect kind for one medicine.
#[derive(Debug, Clone)]
pub enum Verdict<'a> {
    /// Effects of this kind are stated (including documented negatives).
    Stated(Vec<AppliedEffect<'a>>),
    /// Nothing stated, and the record was reviewed against these sources.
    NothingDocumented(Vec<&'a Source>),
    /// Nothing stated, and no review source is recorded: unknown, not "none".
    NotReviewed,
}

impl Verdict<'_> {
    /// The stable word used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Stated(_) => "stated",
            Verdict::NothingDocumented(_) => "nothing_documented",
            Verdict::NotReviewed => "not_reviewed",
        }
    }
}

/// The strongest support among `effects` for a flag, if any raises it.
pub fn strength_in(effects: &[AppliedEffect<'_>], flag: EffectFlag) -> Option<Strength> {
    effects
        .iter()
        .filter(|a| flag.raised_by(a.effect))
        .map(|a| Strength::of(a.effect.evidence))
        .min()
}

/// Every flag `effects` raise, with its strength, in [`EffectFlag::all`] order.
pub fn findings_in(effects: &[AppliedEffect<'_>]) -> Vec<FlagFinding> {
    EffectFlag::all()
        .filter_map(|flag| {
            strength_in(effects, flag).map(|strength| FlagFinding { flag, strength })
        })
        .collect()
}

/// Merges findings of several ingredients: each flag once, at its best strength.
fn merge(findings: impl IntoIterator<Item = FlagFinding>) -> Vec<FlagFinding> {
    let all: Vec<FlagFinding> = findings.into_iter().collect();
    EffectFlag::all()
        .filter_map(|flag| {
            all.iter()
                .filter(|f| f.flag == flag)
                .map(|f| f.strength)
                .min()
                .map(|strength| FlagFinding { flag, strength })
        })
        .collect()
}

/// The net direction of each level among established findings, every level
/// kind in order.
pub fn levels_in(findings: &[FlagFinding]) -> Vec<(EffectKind, LevelDirection)> {
    EffectKind::of_shape(Shape::Level)
        .map(|kind| {
            let has = |direction| {
                findings.iter().any(|f| {
                    f.strength == Strength::Established
                        && f.flag == EffectFlag::new(kind, direction)
                })
            };
            (
                kind,
                LevelDirection::combine(has(Direction::Lowers), has(Direction::Raises)),
            )
        })
        .collect()
}

/// The event kinds among established findings, in order.
pub fn events_in(findings: &[FlagFinding]) -> Vec<EffectKind> {
    findings
        .iter()
        .filter(|f| f.strength == Strength::Established && f.flag.kind.shape() == Shape::Event)
        .map(|f| f.flag.kind)
        .collect()
}

/// Whether a statement covers a product given by `route`.
fn covers(effect: &Effect, route: Route) -> bool {
    if effect.routes.is_empty() {
        route.is_systemic()
    } else {
        effect.routes.contains(&route)
    }
}

impl Dataset {
    /// The effects that apply to a drug as a whole: its own, then those of
    /// its class chain for every kind the drug (or a nearer class) does not
    /// state itself.
    pub fn effects_of(&self, drug: DrugId) -> Vec<AppliedEffect<'_>> {
        let mut out: Vec<AppliedEffect<'_>> = self
            .drug(drug)
            .effects
            .iter()
            .map(|effect| AppliedEffect {
                effect,
                origin: EffectOrigin::Drug,
            })
            .collect();
        let own: Vec<EffectKind> = out.iter().map(|a| a.effect.kind).collect();
        out.extend(
            self.class_effects(self.class_of(drug))
                .into_iter()
                .filter(|a| !own.contains(&a.effect.kind)),
        );
        out
    }

    /// The effects that apply to a drug as taken: through a product, only
    /// the statements that cover the product's route, and the product's own
    /// label effects (which replace the drug's of the same kind); in a
    /// combination, only the product's statements for this ingredient.
    pub fn effects_taken(&self, taken: Taken) -> Vec<AppliedEffect<'_>> {
        let Some(p) = taken.product else {
            return self.effects_of(taken.drug);
        };
        let product = self.product(p);
        let generic = self.drug(taken.drug).generic.as_str();
        let mut out: Vec<AppliedEffect<'_>> = product
            .effects
            .iter()
            .filter(|e| e.ingredient.as_deref().is_none_or(|g| g == generic))
            .map(|effect| AppliedEffect {
                effect,
                origin: EffectOrigin::Product(p),
            })
            .collect();
        let own: Vec<EffectKind> = out.iter().map(|a| a.effect.kind).collect();
        out.extend(
            self.effects_of(taken.drug)
                .into_iter()
                .filter(|a| !own.contains(&a.effect.kind) && covers(a.effect, product.route)),
        );
        out
    }

    /// The effects a class passes on to its members: for each kind, the
    /// nearest statement up its chain (the class's own, then its parents').
    pub fn class_effects(&self, class: ClassId) -> Vec<AppliedEffect<'_>> {
        let mut out: Vec<AppliedEffect<'_>> = Vec::new();
        for c in self.class_chain(class) {
            let covered: Vec<EffectKind> = out.iter().map(|a| a.effect.kind).collect();
            out.extend(
                self.class(c)
                    .effects
                    .iter()
                    .filter(|e| !covered.contains(&e.kind))
                    .map(|effect| AppliedEffect {
                        effect,
                        origin: EffectOrigin::Class(c),
                    }),
            );
        }
        out
    }

    /// The drugs a name stands for, as taken: a drug as a whole, or each
    /// ingredient of a product through that product. A class stands for none.
    pub fn taken_of(&self, target: NameTarget) -> Vec<Taken> {
        match target {
            NameTarget::Drug(d) => vec![Taken::drug(d)],
            NameTarget::Product(p) => self
                .ingredients(p)
                .into_iter()
                .map(|drug| Taken {
                    drug,
                    product: Some(p),
                })
                .collect(),
            NameTarget::Class(_) => Vec::new(),
        }
    }

    /// Every flag a drug, class or product raises, with its strength. A
    /// product raises a flag if any ingredient does by the product's route.
    pub fn flags_of(&self, target: NameTarget) -> Vec<FlagFinding> {
        match target {
            NameTarget::Class(c) => findings_in(&self.class_effects(c)),
            _ => merge(
                self.taken_of(target)
                    .into_iter()
                    .flat_map(|t| findings_in(&self.effects_taken(t))),
            ),
        }
    }

    /// Net direction of every level for a drug, class or product.
    pub fn levels_of(&self, target: NameTarget) -> Vec<(EffectKind, LevelDirection)> {
        levels_in(&self.flags_of(target))
    }

    /// The net direction of one level for a drug as a whole.
    pub fn level_of(&self, drug: DrugId, kind: EffectKind) -> LevelDirection {
        self.levels_of(NameTarget::Drug(drug))
            .into_iter()
            .find(|(k, _)| *k == kind)
            .map_or(LevelDirection::None, |(_, d)| d)
    }

    /// Established event kinds of a drug, class or product.
    pub fn events_of(&self, target: NameTarget) -> Vec<EffectKind> {
        events_in(&self.flags_of(target))
    }

    /// How well the drug (as a whole) is documented to raise the flag.
    pub fn flag_strength(&self, drug: DrugId, flag: EffectFlag) -> Option<Strength> {
        strength_in(&self.effects_of(drug), flag)
    }

    /// Whether the drug raises the flag on established evidence.
    pub fn has_flag(&self, drug: DrugId, flag: EffectFlag) -> bool {
        self.flag_strength(drug, flag) == Some(Strength::Established)
    }

    /// Whether the class, as its members inherit it, raises the flag on
    /// established evidence.
    pub fn class_has_flag(&self, class: ClassId, flag: EffectFlag) -> bool {
        strength_in(&self.class_effects(class), flag) == Some(Strength::Established)
    }

    /// Whether the drug's answer for the flag differs from its own class's.
    pub fn differs_from_class(&self, drug: DrugId, flag: EffectFlag) -> bool {
        self.has_flag(drug, flag) != self.class_has_flag(self.class_of(drug), flag)
    }

    /// The class's own members whose answer for the flag differs from the
    /// class's, in dataset order.
    pub fn members_differing(&self, class: ClassId, flag: EffectFlag) -> Vec<DrugId> {
        let class_says = self.class_has_flag(class, flag);
        self.members(class)
            .into_iter()
            .filter(|&d| self.has_flag(d, flag) != class_says)
            .collect()
    }

    /// The member that stands for the whole class when every member makes
    /// the same systemic statements (the lithium salts): its first member,
    /// or `None` when members differ in any kind, direction, band, evidence
    /// or source, or the class has no members. A pharmacist who says
    /// "lithium" means one of them, and every check comes out the same
    /// whichever it is.
    pub fn stands_for_class(&self, class: ClassId) -> Option<DrugId> {
        let members = self.members_deep(class);
        let statements = |d: DrugId| {
            let mut s: Vec<_> = self
                .effects_of(d)
                .into_iter()
                .filter(|a| a.effect.routes.is_empty())
                .map(|a| {
                    let e = a.effect;
                    (
                        e.kind,
                        e.direction,
                        e.frequency,
                        e.evidence,
                        e.sources.clone(),
                    )
                })
                .collect();
            s.sort();
            s
        };
        let first = *members.first()?;
        let want = statements(first);
        members[1..]
            .iter()
            .all(|&d| statements(d) == want)
            .then_some(first)
    }

    /// Members of the class and of all its sub-classes, in dataset order.
    pub fn members_deep(&self, class: ClassId) -> Vec<DrugId> {
        self.drug_ids()
            .filter(|&d| self.class_chain(self.class_of(d)).contains(&class))
            .collect()
    }

    /// Every drug that raises the flag on established evidence, in dataset order.
    pub fn drugs_with_flag(&self, flag: EffectFlag) -> Vec<DrugId> {
        self.drug_ids()
            .filter(|&d| self.has_flag(d, flag))
            .collect()
    }

    /// The sources a drug's record was reviewed against: its own, then its
    /// class chain's, each once.
    pub fn review_sources(&self, drug: DrugId) -> Vec<&Source> {
        let mut ids: Vec<&str> = self
            .drug(drug)
            .reviewed_against
            .iter()
            .map(String::as_str)
            .collect();
        for c in self.class_chain(self.class_of(drug)) {
            ids.extend(self.class(c).reviewed_against.iter().map(String::as_str));
        }
        let mut out: Vec<&Source> = Vec::new();
        for id in ids {
            if let Some(s) = self.source(id)
                && !out.iter().any(|o| o.id == s.id)
            {
                out.push(s);
            }
        }
        out
    }

    /// The falls-risk row (the drug's own class or the nearest above it)
    /// that puts the drug on the falls-risk list.
    pub fn falls_risk_class(&self, drug: DrugId) -> Option<&FallsRiskClass> {
        self.class_chain(self.class_of(drug))
            .into_iter()
            .find_map(|c| {
                let id = &self.class(c).id;
                self.falls_risk_classes().iter().find(|r| &r.class == id)
            })
    }

    /// For a medicine or product that raises no flag at all: whether that
    /// is "reviewed, nothing documented" (every ingredient has review
    /// sources) or "not reviewed". `None` when some flag is raised.
    pub fn unflagged_verdict(&self, target: NameTarget) -> Option<Verdict<'_>> {
        if !self.flags_of(target).is_empty() {
            return None;
        }
        // A product by a local route carries only what its own label gives:
        // it counts as reviewed only against its own label.
        if let NameTarget::Product(p) = target
            && self.product(p).route.is_local()
        {
            let own: Vec<&Source> = self
                .product(p)
                .reviewed_against
                .iter()
                .filter_map(|id| self.source(id))
                .collect();
            return Some(if own.is_empty() {
                Verdict::NotReviewed
            } else {
                Verdict::NothingDocumented(own)
            });
        }
        let taken = self.taken_of(target);
        let mut sources: Vec<&Source> = Vec::new();
        for t in &taken {
            let reviewed = self.review_sources(t.drug);
            if reviewed.is_empty() {
                return Some(Verdict::NotReviewed);
            }
            for s in reviewed {
                if !sources.iter().any(|o| o.id == s.id) {
                    sources.push(s);
                }
            }
        }
        Some(if sources.is_empty() {
            Verdict::NotReviewed
        } else {
            Verdict::NothingDocumented(sources)
        })
    }

    /// What the dataset says about each kind for a drug as a whole, in
    /// [`EffectKind::ALL`] order.
    pub fn verdicts(&self, drug: DrugId) -> Vec<(EffectKind, Verdict<'_>)> {
        let effects = self.effects_of(drug);
        let reviewed = self.review_sources(drug);
        EffectKind::ALL
            .iter()
            .map(|&kind| {
                let stated: Vec<AppliedEffect<'_>> = effects
                    .iter()
                    .copied()
                    .filter(|a| a.effect.kind == kind)
                    .collect();
                let verdict = if !stated.is_empty() {
                    Verdict::Stated(stated)
                } else if reviewed.is_empty() || !kind.info().covered_by_record_review {
                    Verdict::NotReviewed
                } else {
                    Verdict::NothingDocumented(reviewed.clone())
                };
                (kind, verdict)
            })
            .collect()
    }
}

impl Dataset {
    /// The reference ranges of one level, every market, in dataset order.
    pub fn ranges_of_level(&self, kind: EffectKind) -> Vec<&ReferenceRange> {
        self.reference_ranges()
            .iter()
            .filter(|r| r.level == Some(kind))
            .collect()
    }

    /// The ranges a class page shows: its members' own blood levels
    /// (lithium), then the ranges of every level its statements move.
    pub fn ranges_for_class(&self, class: ClassId) -> Vec<&ReferenceRange> {
        let mut out: Vec<&ReferenceRange> = Vec::new();
        let own = self
            .members_deep(class)
            .into_iter()
            .flat_map(|d| self.own_ranges(d));
        let levels = self
            .class_effects(class)
            .into_iter()
            .filter(|a| a.effect.kind.shape() == Shape::Level)
            .flat_map(|a| self.ranges_of_level(a.effect.kind));
        for r in own.chain(levels) {
            if !out.iter().any(|o| o.id == r.id) {
                out.push(r);
            }
        }
        out
    }

    /// The ranges of the drug's own blood level (lithium), every market.
    pub fn own_ranges(&self, drug: DrugId) -> Vec<&ReferenceRange> {
        let generic = &self.drug(drug).generic;
        self.reference_ranges()
            .iter()
            .filter(|r| r.drugs.contains(generic))
            .collect()
    }

    /// The ranges a drug's page shows: the drug's own blood level (lithium),
    /// then the ranges of every level it moves, on any evidence.
    pub fn ranges_for_drug(&self, drug: DrugId) -> Vec<&ReferenceRange> {
        let mut out = self.own_ranges(drug);
        for finding in self.flags_of(NameTarget::Drug(drug)) {
            if finding.flag.kind.shape() == Shape::Level {
                for r in self.ranges_of_level(finding.flag.kind) {
                    if !out.iter().any(|o| o.id == r.id) {
                        out.push(r);
                    }
                }
            }
        }
        out
    }

    /// The rules and interactions that name the drug, by itself or through
    /// one of its classes: what the drug page lists under "Interactions".
    pub fn rules_naming(&self, drug: DrugId) -> (Vec<&RiskRule>, Vec<&Interaction>) {
        let generic = &self.drug(drug).generic;
        let chain: Vec<&str> = self
            .class_chain(self.class_of(drug))
            .into_iter()
            .map(|c| self.class(c).id.as_str())
            .collect();
        let names = |g: &RuleGroup| {
            g.drugs.contains(generic) || g.classes.iter().any(|c| chain.contains(&c.as_str()))
        };
        let rules = self
            .risk_rules()
            .iter()
            .filter(|r| r.requires.iter().any(names))
            .collect();
        let interactions = self
            .interactions()
            .iter()
            .filter(|x| names(&x.raised) || names(&x.by))
            .collect();
        (rules, interactions)
    }
}
