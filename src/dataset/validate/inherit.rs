//! Completing written effect statements. A statement writes what differs
//! from its base (see [`WrittenEffect`]) and may name shared wording; this
//! turns each into a complete [`Effect`], reports what is missing or
//! restated, and counts the long wording still written more than once.

use std::collections::{HashMap, HashSet};

use super::Checker;
use super::checks::{effect_label, is_id};
use crate::dataset::model::{
    Drug, DrugClass, Effect, Product, SharedWording, Urgency, Wording, WrittenEffect,
};
use crate::dataset::spans::Step;

/// Wording at least this long (in characters) counts toward the verbatim
/// repeats `validate` reports: long enough to be a sentence, not a phrase.
pub const REPEAT_MIN_CHARS: usize = 60;

/// One file's statements as written, taken out of the parsed file.
#[derive(Default)]
pub(super) struct Written {
    pub classes: Vec<DrugClass<WrittenEffect>>,
    pub drugs: Vec<Drug<WrittenEffect>>,
    pub products: Vec<Product<WrittenEffect>>,
    pub shared: Vec<SharedWording>,
}

/// One file's statements, complete.
#[derive(Default)]
pub(super) struct Complete {
    pub classes: Vec<DrugClass>,
    pub drugs: Vec<Drug>,
    pub products: Vec<Product>,
}

/// Where a written item sits: its file and its index in its section.
type At = (usize, usize);

/// What a statement's missing wording is taken from, for the messages.
#[derive(Clone, Copy)]
enum BaseKind {
    Class,
    Parent,
    Ingredient,
    /// The base could not be found for a reason already reported.
    Reported,
}

impl BaseKind {
    fn words(self) -> &'static str {
        match self {
            BaseKind::Class => "class statement of the same kind and direction",
            BaseKind::Parent => "parent class statement of the same kind and direction",
            BaseKind::Ingredient => "statement of the same kind and direction for that ingredient",
            BaseKind::Reported => "base",
        }
    }
}

/// Where a statement is written: its file, its item's path, its index in
/// the item's `effects`, and the item as messages name it.
struct Site<'a> {
    file: usize,
    item: &'a [Step<'static>],
    index: usize,
    entity: &'a str,
}

impl<'a> Site<'a> {
    fn new(file: usize, item: &'a [Step<'static>], index: usize, entity: &'a str) -> Self {
        Site {
            file,
            item,
            index,
            entity,
        }
    }
}

struct Resolver<'w, 'c, 'f> {
    c: &'c mut Checker<'f>,
    written: &'w [Written],
    shared: HashMap<&'w str, &'w str>,
    used: HashSet<&'w str>,
    class_at: HashMap<&'w str, At>,
    drug_at: HashMap<&'w str, At>,
    /// Complete class statements, by file and index; `None` until done.
    classes: Vec<Vec<Option<Vec<Effect>>>>,
    drugs: Vec<Vec<Option<Vec<Effect>>>>,
    /// Classes being completed, to stop at a parent loop (reported elsewhere).
    busy: HashSet<At>,
}

/// Completes every statement of every file, in file order. Returns the
/// complete sections and the number of verbatim repeats.
pub(super) fn complete(c: &mut Checker<'_>, written: Vec<Written>) -> (Vec<Complete>, usize) {
    let repeats = verbatim_repeats(&written);
    let mut r = Resolver {
        c,
        written: &written,
        shared: HashMap::new(),
        used: HashSet::new(),
        class_at: HashMap::new(),
        drug_at: HashMap::new(),
        classes: written
            .iter()
            .map(|w| vec![None; w.classes.len()])
            .collect(),
        drugs: written.iter().map(|w| vec![None; w.drugs.len()]).collect(),
        busy: HashSet::new(),
    };
    r.index();
    for (file, w) in written.iter().enumerate() {
        for i in 0..w.classes.len() {
            r.class((file, i));
        }
    }
    for (file, w) in written.iter().enumerate() {
        for i in 0..w.drugs.len() {
            r.drug((file, i));
        }
    }
    let mut products: Vec<Vec<Vec<Effect>>> = Vec::new();
    for (file, w) in written.iter().enumerate() {
        products.push(
            (0..w.products.len())
                .map(|i| r.product((file, i)))
                .collect(),
        );
    }
    r.report_unused();
    let Resolver { classes, drugs, .. } = r;
    let out = written
        .into_iter()
        .zip(classes)
        .zip(drugs)
        .zip(products)
        .map(|(((w, cs), ds), ps)| Complete {
            classes: w
                .classes
                .into_iter()
                .zip(cs)
                .map(|(k, e)| k.with_effects(e.unwrap_or_default()))
                .collect(),
            drugs: w
                .drugs
                .into_iter()
                .zip(ds)
                .map(|(d, e)| d.with_effects(e.unwrap_or_default()))
                .collect(),
            products: w
                .products
                .into_iter()
                .zip(ps)
                .map(|(p, e)| p.with_effects(e))
                .collect(),
        })
        .collect();
    (out, repeats)
}

impl<'w> Resolver<'w, '_, '_> {
    fn index(&mut self) {
        let written = self.written;
        for (file, w) in written.iter().enumerate() {
            for (i, s) in w.shared.iter().enumerate() {
                let at = [
                    Step::Field("shared_wording"),
                    Step::Index(i),
                    Step::Field("id"),
                ];
                let entity = format!("shared wording \"{}\"", s.id);
                if !is_id(&s.id) {
                    let message =
                        format!("{entity}: id must be lower-case letters, digits and hyphens");
                    self.c.error(file, &at, message);
                }
                if self.shared.insert(&s.id, &s.text).is_some() {
                    self.c
                        .error(file, &at, format!("{entity}: the id is used twice"));
                }
                if s.text.trim().is_empty() {
                    let at = [
                        Step::Field("shared_wording"),
                        Step::Index(i),
                        Step::Field("text"),
                    ];
                    self.c
                        .error(file, &at, format!("{entity}: `text` is empty"));
                }
            }
            for (i, k) in w.classes.iter().enumerate() {
                self.class_at.entry(&k.id).or_insert((file, i));
            }
            for (i, d) in w.drugs.iter().enumerate() {
                self.drug_at.entry(&d.generic).or_insert((file, i));
            }
        }
    }

    fn report_unused(&mut self) {
        let written = self.written;
        for (file, w) in written.iter().enumerate() {
            for (i, s) in w.shared.iter().enumerate() {
                if !self.used.contains(s.id.as_str()) {
                    let at = [Step::Field("shared_wording"), Step::Index(i)];
                    let message = format!("shared wording \"{}\": no statement uses it", s.id);
                    self.c.at(super::Severity::Warning, file, &at, message);
                }
            }
        }
    }

    /// Completes a class's statements (its parent's first).
    fn class(&mut self, at: At) {
        if self.classes[at.0][at.1].is_some() || !self.busy.insert(at) {
            return;
        }
        let written = self.written;
        let k = &written[at.0].classes[at.1];
        let parent = k
            .parent
            .as_deref()
            .and_then(|p| self.class_at.get(p))
            .copied();
        if let Some(p) = parent {
            self.class(p);
        }
        let entity = format!("class \"{}\"", k.id);
        let path = [Step::Field("classes"), Step::Index(at.1)];
        let mut out = Vec::new();
        for (j, e) in k.effects.iter().enumerate() {
            let base = parent.and_then(|p| self.chain_statement(p, e));
            out.push(self.fill(
                Site::new(at.0, &path, j, &entity),
                e,
                base,
                Some(BaseKind::Parent),
            ));
        }
        self.busy.remove(&at);
        self.classes[at.0][at.1] = Some(out);
    }

    fn drug(&mut self, at: At) {
        let written = self.written;
        let d = &written[at.0].drugs[at.1];
        let class = self.class_at.get(d.class.as_str()).copied();
        let entity = format!("drug \"{}\"", d.generic);
        let path = [Step::Field("drugs"), Step::Index(at.1)];
        let mut out = Vec::new();
        for (j, e) in d.effects.iter().enumerate() {
            let base = class.and_then(|k| self.chain_statement(k, e));
            out.push(self.fill(
                Site::new(at.0, &path, j, &entity),
                e,
                base,
                Some(BaseKind::Class),
            ));
        }
        self.drugs[at.0][at.1] = Some(out);
    }

    fn product(&mut self, at: At) -> Vec<Effect> {
        let written = self.written;
        let p = &written[at.0].products[at.1];
        let entity = format!("product \"{}\"", p.name);
        let path = [Step::Field("products"), Step::Index(at.1)];
        let mut out = Vec::new();
        for (j, e) in p.effects.iter().enumerate() {
            let base = match &e.ingredient {
                None => None,
                Some(g) if !p.ingredients.contains(g) => {
                    let mut field = path.to_vec();
                    field.extend([
                        Step::Field("effects"),
                        Step::Index(j),
                        Step::Field("ingredient"),
                    ]);
                    let message =
                        format!("{entity}: \"{g}\" is not one of the product's ingredients");
                    self.c.error(at.0, &field, message);
                    None
                }
                Some(g) => self.ingredient_statement(g, e),
            };
            let kind = match &e.ingredient {
                Some(g) if !p.ingredients.contains(g) => Some(BaseKind::Reported),
                Some(_) => Some(BaseKind::Ingredient),
                None => None,
            };
            out.push(self.fill(Site::new(at.0, &path, j, &entity), e, base, kind));
        }
        out
    }

    /// The complete statement of the same kind the nearest class up the
    /// chain from `at` makes, if it goes the same way as `e`.
    fn chain_statement(&self, mut at: At, e: &WrittenEffect) -> Option<Effect> {
        let mut seen = HashSet::new();
        while seen.insert(at) {
            let statements = self.classes[at.0][at.1].as_ref()?;
            if let Some(s) = statements.iter().find(|s| s.kind == e.kind) {
                return (s.direction == e.direction).then(|| s.clone());
            }
            let parent = self.written[at.0].classes[at.1].parent.as_deref()?;
            at = *self.class_at.get(parent)?;
        }
        None
    }

    /// A drug's complete statement of the same kind (its own, or its
    /// classes'), if it goes the same way as `e`.
    fn ingredient_statement(&self, generic: &str, e: &WrittenEffect) -> Option<Effect> {
        let at = *self.drug_at.get(generic)?;
        let own = self.drugs[at.0][at.1].as_ref()?;
        if let Some(s) = own.iter().find(|s| s.kind == e.kind) {
            return (s.direction == e.direction).then(|| s.clone());
        }
        let class = self.written[at.0].drugs[at.1].class.as_str();
        self.chain_statement(*self.class_at.get(class)?, e)
    }

    /// The words of written wording; unknown shared wording is reported.
    fn words(&mut self, file: usize, path: &[Step<'_>], w: &'w Wording) -> String {
        match w {
            Wording::Text(t) => t.clone(),
            Wording::Shared(id) => match self.shared.get(id.as_str()) {
                Some(text) => {
                    self.used.insert(id);
                    (*text).to_owned()
                }
                None => {
                    let message = format!("unknown shared wording \"{id}\"");
                    self.c.error(file, path, message);
                    format!("(shared: {id})")
                }
            },
        }
    }

    /// One complete statement from a written one and its base.
    fn fill(
        &mut self,
        site: Site<'_>,
        e: &'w WrittenEffect,
        base: Option<Effect>,
        kind: Option<BaseKind>,
    ) -> Effect {
        let Site {
            file,
            item,
            index,
            entity,
        } = site;
        let label = effect_label(e.kind);
        let mut at = item.to_vec();
        at.extend([Step::Field("effects"), Step::Index(index)]);
        let field = |name: &'static str| {
            let mut p = at.clone();
            p.push(Step::Field(name));
            p
        };
        if e.ingredient.is_some() && item[0] != Step::Field("products") {
            let message = format!(
                "{entity}: {label}: `ingredient` is only for a combination product's statements"
            );
            self.c.error(file, &field("ingredient"), message);
        }
        let from = kind.map_or("base", BaseKind::words);
        let mut restated: Vec<&'static str> = Vec::new();

        let mut text = |r: &mut Self,
                        name: &'static str,
                        w: &'w Option<Wording>,
                        b: Option<&String>| {
            match (w, b) {
                (Some(w), b) => {
                    let t = r.words(file, &field(name), w);
                    if b == Some(&t) {
                        restated.push(name);
                    }
                    t
                }
                (None, Some(b)) => b.clone(),
                (None, None) => {
                    let message = match kind {
                        Some(BaseKind::Reported) => String::new(),
                        Some(_) => format!(
                            "{entity}: {label}: `{name}` is missing, and there is no {from} to take it from"
                        ),
                        None => format!(
                            "{entity}: {label}: `{name}` is missing (a product's own statement writes all its wording)"
                        ),
                    };
                    if !message.is_empty() {
                        r.c.error(file, &field(name), message);
                    }
                    // Not seen by anyone: the load fails. Not empty, so the
                    // text checks do not report the same field again.
                    "(missing)".to_owned()
                }
            }
        };
        let mechanism = text(
            self,
            "mechanism",
            &e.mechanism,
            base.as_ref().map(|b| &b.mechanism),
        );
        let onset = text(self, "onset", &e.onset, base.as_ref().map(|b| &b.onset));
        let monitoring = text(
            self,
            "monitoring",
            &e.monitoring,
            base.as_ref().map(|b| &b.monitoring),
        );
        let counselling = text(
            self,
            "counselling",
            &e.counselling,
            base.as_ref().map(|b| &b.counselling),
        );

        let risk_factors = match (&e.risk_factors, &base) {
            (Some(v), b) => {
                if b.as_ref().is_some_and(|b| &b.risk_factors == v) {
                    restated.push("risk_factors");
                }
                v.clone()
            }
            (None, Some(b)) => b.risk_factors.clone(),
            (None, None) => Vec::new(),
        };
        let (refer_if, refer_urgency): (Option<String>, Option<Urgency>) =
            match (&e.refer_if, e.refer_urgency) {
                (None, None) => base
                    .as_ref()
                    .map_or((None, None), |b| (b.refer_if.clone(), b.refer_urgency)),
                (written, urgency) => {
                    let words = match written {
                        Some(Some(w)) => Some(self.words(file, &field("refer_if"), w)),
                        _ => None,
                    };
                    if base
                        .as_ref()
                        .is_some_and(|b| b.refer_if == words && b.refer_urgency == urgency)
                    {
                        restated.push("refer_if");
                    }
                    (words, urgency)
                }
            };
        let context = match &e.context {
            None => base.as_ref().and_then(|b| b.context.clone()),
            Some(written) => {
                let words = written
                    .as_ref()
                    .map(|w| self.words(file, &field("context"), w));
                if base.as_ref().is_some_and(|b| b.context == words) {
                    restated.push("context");
                }
                words
            }
        };
        for name in restated {
            let message = format!(
                "{entity}: {label}: `{name}` repeats the {from} word for word; leave it out to take it from there"
            );
            self.c
                .at(super::Severity::Warning, file, &field(name), message);
        }
        Effect {
            kind: e.kind,
            direction: e.direction,
            frequency: e.frequency,
            evidence: e.evidence,
            mechanism,
            onset,
            risk_factors,
            monitoring,
            counselling,
            refer_if,
            refer_urgency,
            context,
            routes: e.routes.clone(),
            sources: e.sources.clone(),
            ingredient: e.ingredient.clone(),
        }
    }
}

/// Long wording written out more than once, counted as the copies beyond
/// the first: every statement's own words (not shared wording named by id)
/// and each shared wording's text.
fn verbatim_repeats<'w>(written: &'w [Written]) -> usize {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut count = |t: &'w str| {
        if t.chars().count() >= REPEAT_MIN_CHARS {
            *seen.entry(t).or_default() += 1;
        }
    };
    for w in written {
        let effects = w
            .classes
            .iter()
            .flat_map(|k| &k.effects)
            .chain(w.drugs.iter().flat_map(|d| &d.effects))
            .chain(w.products.iter().flat_map(|p| &p.effects));
        for e in effects {
            let fields = [&e.mechanism, &e.onset, &e.monitoring, &e.counselling];
            let options = [&e.refer_if, &e.context];
            let texts = fields
                .into_iter()
                .flatten()
                .chain(options.into_iter().flatten().flatten());
            for t in texts {
                if let Wording::Text(t) = t {
                    count(t);
                }
            }
        }
        for s in &w.shared {
            count(&s.text);
        }
    }
    seen.values().map(|n| n - 1).sum()
}
