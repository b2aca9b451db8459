//! The checks of each section of the merged data files, in the order the
//! validator runs them: metadata, sources, classes, drugs, combination
//! products, the counter content and risk rules, then the names. Each
//! returns the index the later sections need.

use std::collections::{HashMap, HashSet};

use super::checks::{
    check_effects, check_lasa, check_review_sources, check_sources, is_id, require_text,
};
use super::{Checker, Origin, describe};
use crate::dataset::date::Date;
use crate::dataset::diagnostic::{Diagnostic, Severity};
use crate::dataset::model::*;
use crate::dataset::names::name_key;
use crate::dataset::spans::{Position, Step};
use crate::dataset::{ClassId, DrugId, NameEntry, NameKind, NameTarget, ProductId};

/// Exactly one metadata block, with real dates; the review date if valid.
pub(super) fn check_metadata(
    c: &mut Checker<'_>,
    metadata: &[(Origin, &Metadata)],
    today: Date,
) -> Option<Date> {
    let files = c.files;
    let mut reviewed = None;
    match metadata {
        [] => {
            let name = files.first().map(|f| f.name.clone()).unwrap_or_default();
            c.diagnostics.push(Diagnostic::error(
                &name,
                Some(Position { line: 1, col: 1 }),
                "no file has a `metadata` section (version, review date, disclaimer)",
            ));
        }
        [(o, m), rest @ ..] => {
            for (other, _) in rest {
                c.error(
                    other.file,
                    &[Step::Field("metadata")],
                    format!(
                        "metadata: a second `metadata` section; the first is in {}",
                        files[o.file].name
                    ),
                );
            }
            let path = [Step::Field("metadata")];
            require_text(
                c,
                o.file,
                &path,
                "metadata",
                &[
                    ("title", &m.title),
                    ("version", &m.version),
                    ("disclaimer", &m.disclaimer),
                ],
            );
            if m.review_interval_days == 0 {
                c.error(
                    o.file,
                    &[path[0], Step::Field("review_interval_days")],
                    "metadata: `review_interval_days` must be at least 1".into(),
                );
            }
            match Date::parse_iso(&m.reviewed) {
                None => c.error(
                    o.file,
                    &[path[0], Step::Field("reviewed")],
                    format!(
                        "metadata: review date \"{}\" is not a date of the form YYYY-MM-DD",
                        m.reviewed
                    ),
                ),
                Some(date) => {
                    let due = date.add_days(i64::from(m.review_interval_days));
                    if today > due && m.review_interval_days > 0 {
                        c.at(
                            Severity::Warning,
                            o.file,
                            &[path[0], Step::Field("reviewed")],
                            format!(
                                "metadata: the dataset was due for review on {due} (reviewed {date}, every {} days)",
                                m.review_interval_days
                            ),
                        );
                    }
                    if date > today {
                        c.error(
                            o.file,
                            &[path[0], Step::Field("reviewed")],
                            format!("metadata: review date {date} is in the future"),
                        );
                    }
                    reviewed = Some(date);
                }
            }
        }
    }
    reviewed
}

/// Unique, well-formed source ids and no empty fields; the index by id.
pub(super) fn check_source_list(
    c: &mut Checker<'_>,
    sources: &[(Origin, &Source)],
) -> HashMap<String, usize> {
    let mut source_index: HashMap<String, usize> = HashMap::new();
    for (i, (o, s)) in sources.iter().enumerate() {
        let base = [Step::Field("sources"), Step::Index(o.index)];
        if !is_id(&s.id) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("id")],
                format!(
                    "source \"{}\": id must be lower-case letters, digits and hyphens",
                    s.id
                ),
            );
        }
        if source_index.insert(s.id.clone(), i).is_some() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("id")],
                format!("source \"{}\": the id is used twice", s.id),
            );
        }
        require_text(
            c,
            o.file,
            &base,
            &format!("source \"{}\"", s.id),
            &[
                ("title", &s.title),
                ("publisher", &s.publisher),
                ("section", &s.section),
                ("date", &s.date),
            ],
        );
    }
    source_index
}

/// Unique class ids, parents that exist, no cycles, well-formed effects.
pub(super) fn check_classes(
    c: &mut Checker<'_>,
    classes: &[(Origin, &DrugClass)],
    source_ok: &dyn Fn(&str) -> bool,
) -> HashMap<String, ClassId> {
    let mut class_index: HashMap<String, ClassId> = HashMap::new();
    for (i, (o, cl)) in classes.iter().enumerate() {
        let base = [Step::Field("classes"), Step::Index(o.index)];
        if !is_id(&cl.id) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("id")],
                format!(
                    "class \"{}\": id must be lower-case letters, digits and hyphens",
                    cl.id
                ),
            );
        }
        if class_index.insert(cl.id.clone(), ClassId(i)).is_some() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("id")],
                format!("class \"{}\": the id is used twice", cl.id),
            );
        }
    }
    for (o, cl) in classes {
        let base = [Step::Field("classes"), Step::Index(o.index)];
        let entity = format!("class \"{}\"", cl.id);
        if cl.name.trim().is_empty() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("name")],
                format!("{entity}: `name` is empty"),
            );
        }
        if let Some(parent) = &cl.parent {
            if !class_index.contains_key(parent) {
                c.error(
                    o.file,
                    &[base[0], base[1], Step::Field("parent")],
                    format!("{entity}: parent class \"{parent}\" does not exist"),
                );
            } else {
                // Walk up; a chain longer than the number of classes is a cycle.
                let mut at = parent.clone();
                let mut steps = 0;
                while let Some(next) = classes
                    .iter()
                    .find(|(_, k)| k.id == at)
                    .and_then(|(_, k)| k.parent.clone())
                {
                    steps += 1;
                    if next == cl.id || steps > classes.len() {
                        c.error(
                            o.file,
                            &[base[0], base[1], Step::Field("parent")],
                            format!("{entity}: parent chain loops back to itself"),
                        );
                        break;
                    }
                    at = next;
                }
                if *parent == cl.id {
                    c.error(
                        o.file,
                        &[base[0], base[1], Step::Field("parent")],
                        format!("{entity}: a class cannot be its own parent"),
                    );
                }
            }
        }
        check_effects(c, o.file, &base, &entity, &cl.effects, &source_ok);
        check_review_sources(c, o.file, &base, &entity, &cl.reviewed_against, &source_ok);
    }
    class_index
}

/// Drugs: names, class references, brands, look-alikes, effects.
pub(super) fn check_drugs(
    c: &mut Checker<'_>,
    drugs: &[(Origin, &Drug)],
    class_index: &HashMap<String, ClassId>,
    source_ok: &dyn Fn(&str) -> bool,
) -> HashMap<String, DrugId> {
    let mut drug_index: HashMap<String, DrugId> = HashMap::new();
    for (i, (o, d)) in drugs.iter().enumerate() {
        let base = [Step::Field("drugs"), Step::Index(o.index)];
        let entity = format!("drug \"{}\"", d.generic);
        if d.generic.trim().is_empty() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("generic")],
                "drug: `generic` is empty".into(),
            );
        } else if d.generic != d.generic.to_lowercase() || d.generic.trim() != d.generic {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("generic")],
                format!("{entity}: the generic name must be lower case with no outer spaces"),
            );
        }
        if drug_index.insert(d.generic.clone(), DrugId(i)).is_some() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("generic")],
                format!("{entity}: listed twice"),
            );
        }
        if !class_index.contains_key(&d.class) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("class")],
                format!("{entity}: class \"{}\" does not exist", d.class),
            );
        }
        for (j, n) in d.international.iter().enumerate() {
            if n.trim().is_empty() {
                c.error(
                    o.file,
                    &[
                        base[0],
                        base[1],
                        Step::Field("international"),
                        Step::Index(j),
                    ],
                    format!("{entity}: an international name is empty"),
                );
            }
        }
        for (j, b) in d.brands.iter().enumerate() {
            let at = [base[0], base[1], Step::Field("brands"), Step::Index(j)];
            if b.name.trim().is_empty() {
                c.error(
                    o.file,
                    &[at[0], at[1], at[2], at[3], Step::Field("name")],
                    format!("{entity}: a brand name is empty"),
                );
            }
            if b.markets.is_empty() {
                c.error(
                    o.file,
                    &[at[0], at[1], at[2], at[3], Step::Field("markets")],
                    format!("{entity}: brand \"{}\" lists no market", b.name),
                );
            }
        }
        check_lasa(c, o.file, &base, &entity, &d.lasa, &source_ok);
        check_effects(c, o.file, &base, &entity, &d.effects, &source_ok);
        check_review_sources(c, o.file, &base, &entity, &d.reviewed_against, &source_ok);
    }
    drug_index
}

/// Products: ingredients that are drugs, sources.
pub(super) fn check_products(
    c: &mut Checker<'_>,
    products: &[(Origin, &Product)],
    drug_index: &HashMap<String, DrugId>,
    source_ok: &dyn Fn(&str) -> bool,
) {
    for (o, p) in products {
        let base = [Step::Field("products"), Step::Index(o.index)];
        let entity = format!("product \"{}\"", p.name);
        if p.name.trim().is_empty() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("name")],
                "product: `name` is empty".into(),
            );
        }
        if p.ingredients.is_empty() {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("ingredients")],
                format!("{entity}: a product needs at least one ingredient"),
            );
        } else if p.ingredients.len() == 1 && p.route == Route::Oral {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("ingredients")],
                format!(
                    "{entity}: a single-ingredient product taken by mouth is a brand of its drug; list it under the drug's `brands`, or give the product's `route`"
                ),
            );
        }
        for (j, g) in p.ingredients.iter().enumerate() {
            if !drug_index.contains_key(g) {
                c.error(
                    o.file,
                    &[base[0], base[1], Step::Field("ingredients"), Step::Index(j)],
                    format!("{entity}: ingredient \"{g}\" is not a drug in the dataset"),
                );
            }
        }
        check_sources(c, o.file, &base, &entity, &p.sources, &source_ok);
        check_lasa(c, o.file, &base, &entity, &p.lasa, &source_ok);
        check_effects(c, o.file, &base, &entity, &p.effects, &source_ok);
        check_review_sources(c, o.file, &base, &entity, &p.reviewed_against, &source_ok);
        if p.ingredients.len() > 1 {
            for (j, e) in p.effects.iter().enumerate() {
                if e.ingredient.is_none() {
                    c.error(
                        o.file,
                        &[base[0], base[1], Step::Field("effects"), Step::Index(j)],
                        format!(
                            "{entity}: a combination's effects are its ingredients'; a statement of its own names the `ingredient` whose statement it replaces"
                        ),
                    );
                }
            }
        }
    }
}

/// Other causes, red flags and foods.
pub(super) fn check_counter_content(
    c: &mut Checker<'_>,
    causes: &[(Origin, &OtherCause)],
    flags: &[(Origin, &RedFlag)],
    foods: &[(Origin, &PotassiumFood)],
    advice: &[(Origin, &PatientAdvice)],
    source_ok: &dyn Fn(&str) -> bool,
) {
    // Ids are unique within each kind of item (a cause and a flag may share one).
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (o, x) in causes {
        let fields = [
            ("name", x.name.as_str()),
            ("description", &x.description),
            ("ask", &x.ask),
        ];
        let item = ("other_causes", "other cause", x.id.as_str());
        check_item(c, &mut seen_ids, o, item, &fields, &x.sources, source_ok);
    }
    for (o, x) in flags {
        let fields = [
            ("short", x.short.as_str()),
            ("sign", x.sign.as_str()),
            ("possible_cause", &x.possible_cause),
            ("action", &x.action),
        ];
        let item = ("red_flags", "red flag", x.id.as_str());
        check_item(c, &mut seen_ids, o, item, &fields, &x.sources, source_ok);
    }
    for (o, x) in foods {
        let base = [Step::Field("potassium_foods"), Step::Index(o.index)];
        let entity = format!("potassium food \"{}\"", x.food);
        if x.food.trim().is_empty() || x.serving.trim().is_empty() {
            c.error(
                o.file,
                &base,
                format!("{entity}: `food` and `serving` must not be empty"),
            );
        }
        check_sources(c, o.file, &base, &entity, &x.sources, &source_ok);
    }
    let mut seen_advice: HashSet<String> = HashSet::new();
    for (o, x) in advice {
        let fields = [("heading", x.heading.as_str())];
        let item = ("patient_advice", "patient advice", x.id.as_str());
        check_item(c, &mut seen_advice, o, item, &fields, &x.sources, source_ok);
        let base = [Step::Field("patient_advice"), Step::Index(o.index)];
        let entity = format!("patient advice \"{}\"", x.id);
        if x.kinds.is_empty() && x.symptoms.is_empty() {
            c.error(
                o.file,
                &base,
                format!("{entity}: names no kind and no symptom, so it would never be given"),
            );
        }
        if x.lines.is_empty() || x.lines.iter().any(|l| l.trim().is_empty()) {
            c.error(
                o.file,
                &[base[0], base[1], Step::Field("lines")],
                format!("{entity}: needs at least one line, none empty"),
            );
        }
    }
}

/// Every name key must mean exactly one thing; the searchable names.
pub(super) fn index_names(
    c: &mut Checker<'_>,
    drugs: &[(Origin, &Drug)],
    classes: &[(Origin, &DrugClass)],
    products: &[(Origin, &Product)],
) -> (Vec<NameEntry>, HashMap<String, usize>) {
    let mut names: Vec<NameEntry> = Vec::new();
    let mut name_index: HashMap<String, usize> = HashMap::new();
    let mut add = |c: &mut Checker<'_>,
                   name: &str,
                   kind: NameKind,
                   target: NameTarget,
                   owner: &str,
                   file: usize,
                   path: &[Step<'_>]| {
        let key = name_key(name);
        if key.is_empty() {
            return; // reported above as an empty name
        }
        match name_index.get(&key) {
            Some(&i) if names[i].target == target => {}
            Some(&i) => {
                let other = describe(&names[i], drugs, classes, products);
                if other == owner {
                    return; // the same entity listed twice, reported as such
                }
                c.error(
                    file,
                    path,
                    format!("{owner}: name \"{name}\" already names {other}"),
                );
            }
            None => {
                name_index.insert(key.clone(), names.len());
                names.push(NameEntry {
                    name: name.to_owned(),
                    key,
                    kind,
                    target,
                });
            }
        }
    };
    for (i, (o, d)) in drugs.iter().enumerate() {
        let t = NameTarget::Drug(DrugId(i));
        let owner = format!("drug \"{}\"", d.generic);
        let base = [Step::Field("drugs"), Step::Index(o.index)];
        add(
            c,
            &d.generic,
            NameKind::Generic,
            t,
            &owner,
            o.file,
            &[base[0], base[1], Step::Field("generic")],
        );
        for (j, n) in d.international.iter().enumerate() {
            let path = [
                base[0],
                base[1],
                Step::Field("international"),
                Step::Index(j),
            ];
            add(c, n, NameKind::International, t, &owner, o.file, &path);
        }
        for (j, b) in d.brands.iter().enumerate() {
            let path = [
                base[0],
                base[1],
                Step::Field("brands"),
                Step::Index(j),
                Step::Field("name"),
            ];
            add(c, &b.name, NameKind::Brand, t, &owner, o.file, &path);
        }
    }
    for (i, (o, p)) in products.iter().enumerate() {
        let t = NameTarget::Product(ProductId(i));
        let owner = format!("product \"{}\"", p.name);
        let base = [Step::Field("products"), Step::Index(o.index)];
        let path = [base[0], base[1], Step::Field("name")];
        add(c, &p.name, NameKind::Product, t, &owner, o.file, &path);
        for (j, n) in p.other_names.iter().enumerate() {
            let path = [base[0], base[1], Step::Field("other_names"), Step::Index(j)];
            add(c, n, NameKind::Product, t, &owner, o.file, &path);
        }
    }
    for (i, (o, cl)) in classes.iter().enumerate() {
        let t = NameTarget::Class(ClassId(i));
        let owner = format!("class \"{}\"", cl.id);
        let base = [Step::Field("classes"), Step::Index(o.index)];
        let path = [base[0], base[1], Step::Field("name")];
        add(c, &cl.name, NameKind::ClassName, t, &owner, o.file, &path);
        for (j, n) in cl.other_names.iter().enumerate() {
            let path = [base[0], base[1], Step::Field("other_names"), Step::Index(j)];
            add(c, n, NameKind::ClassName, t, &owner, o.file, &path);
        }
    }
    (names, name_index)
}

/// The checks every listed item of the counter content shares: an id unique
/// within its kind, required text, and sources that exist. `item` is
/// (section, what it is called in messages, id).
pub(super) fn check_item(
    c: &mut Checker<'_>,
    seen_ids: &mut HashSet<String>,
    o: &Origin,
    item: (&'static str, &str, &str),
    fields: &[(&'static str, &str)],
    sources: &[String],
    source_ok: &dyn Fn(&str) -> bool,
) {
    let (section, called, id) = item;
    let base = [Step::Field(section), Step::Index(o.index)];
    let entity = format!("{called} \"{id}\"");
    if !seen_ids.insert(format!("{section}:{id}")) {
        c.error(
            o.file,
            &[base[0], base[1], Step::Field("id")],
            format!("{entity}: the id is used twice"),
        );
    }
    require_text(c, o.file, &base, &entity, fields);
    check_sources(c, o.file, &base, &entity, sources, source_ok);
}
