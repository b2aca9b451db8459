//! The checks applied to each item of a data file: required text, source
//! and look-alike references, and the consistency of one effect. Each
//! reports through the parent's `Checker` at the offending value's path.

use super::Checker;
use crate::dataset::model::{Direction, Effect, EffectKind, Frequency, LookAlike};
use crate::dataset::spans::Step;

/// Ids are what effects cite; keep them easy to type and compare.
pub(super) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(super) fn check_sources(
    c: &mut Checker<'_>,
    file: usize,
    base: &[Step<'_>],
    entity: &str,
    ids: &[String],
    source_ok: &dyn Fn(&str) -> bool,
) {
    if ids.is_empty() {
        let mut path = base.to_vec();
        path.push(Step::Field("sources"));
        c.error(file, &path, format!("{entity}: cites no source"));
    }
    check_known(
        c,
        file,
        base,
        "sources",
        &format!("{entity}: cites"),
        ids,
        source_ok,
    );
}

/// `reviewed_against` may be empty, but every id it names must exist.
pub(super) fn check_review_sources(
    c: &mut Checker<'_>,
    file: usize,
    base: &[Step<'_>],
    entity: &str,
    ids: &[String],
    source_ok: &dyn Fn(&str) -> bool,
) {
    let what = format!("{entity}: reviewed against");
    check_known(c, file, base, "reviewed_against", &what, ids, source_ok);
}

/// Reports each id in `field` that names no source, as "`{what}` unknown
/// source "id"".
fn check_known(
    c: &mut Checker<'_>,
    file: usize,
    base: &[Step<'_>],
    field: &'static str,
    what: &str,
    ids: &[String],
    source_ok: &dyn Fn(&str) -> bool,
) {
    for (k, id) in ids.iter().enumerate() {
        if !source_ok(id) {
            let mut path = base.to_vec();
            path.extend([Step::Field(field), Step::Index(k)]);
            c.error(file, &path, format!("{what} unknown source \"{id}\""));
        }
    }
}

pub(super) fn check_lasa(
    c: &mut Checker<'_>,
    file: usize,
    base: &[Step<'_>],
    entity: &str,
    lasa: &[LookAlike],
    source_ok: &dyn Fn(&str) -> bool,
) {
    for (j, l) in lasa.iter().enumerate() {
        let mut path = base.to_vec();
        path.extend([Step::Field("lasa"), Step::Index(j)]);
        if l.name.trim().is_empty() {
            let mut p = path.clone();
            p.push(Step::Field("name"));
            c.error(file, &p, format!("{entity}: a look-alike name is empty"));
        }
        if !source_ok(&l.source) {
            path.push(Step::Field("source"));
            c.error(
                file,
                &path,
                format!(
                    "{entity}: look-alike \"{}\" cites unknown source \"{}\"",
                    l.name, l.source
                ),
            );
        }
    }
}

pub(super) fn check_effects(
    c: &mut Checker<'_>,
    file: usize,
    base: &[Step<'_>],
    entity: &str,
    effects: &[Effect],
    source_ok: &dyn Fn(&str) -> bool,
) {
    for (j, e) in effects.iter().enumerate() {
        let label = effect_label(e.kind);
        let mut at = base.to_vec();
        at.extend([Step::Field("effects"), Step::Index(j)]);
        let field = |name: &'static str| {
            let mut p = at.clone();
            p.push(Step::Field(name));
            p
        };
        let allowed = e.kind.shape().directions();
        if !allowed.contains(&e.direction) {
            let words: Vec<&str> = allowed.iter().map(|d| d.as_str()).collect();
            c.error(
                file,
                &field("direction"),
                format!(
                    "{entity}: {label} cannot have direction `{}`; use one of {}",
                    e.direction.as_str(),
                    words.join(", ")
                ),
            );
        }
        let negative = e.direction == Direction::NoEffect;
        if negative != (e.frequency == Frequency::NotExpected) {
            c.error(
                file,
                &field("frequency"),
                format!(
                    "{entity}: {label}: frequency `not_expected` goes with direction `no_effect`, and only with it"
                ),
            );
        }
        match (&e.refer_if, e.refer_urgency) {
            (Some(_), None) => c.error(
                file,
                &field("refer_if"),
                format!("{entity}: {label}: `refer_if` needs a `refer_urgency` (emergency, same_day, soon, routine or advice)"),
            ),
            (None, Some(_)) => c.error(
                file,
                &field("refer_urgency"),
                format!("{entity}: {label}: `refer_urgency` without `refer_if`"),
            ),
            _ => {}
        }
        require_text(
            c,
            file,
            &at,
            &format!("{entity}: {label}"),
            &[
                ("mechanism", &e.mechanism),
                ("onset", &e.onset),
                ("monitoring", &e.monitoring),
                ("counselling", &e.counselling),
            ],
        );
        if e.sources.is_empty() {
            c.error(
                file,
                &field("sources"),
                format!("{entity}: {label} cites no source"),
            );
        }
        for (k, id) in e.sources.iter().enumerate() {
            if !source_ok(id) {
                let mut p = field("sources");
                p.push(Step::Index(k));
                c.error(
                    file,
                    &p,
                    format!("{entity}: {label} cites unknown source \"{id}\""),
                );
            }
        }
    }
}

/// How messages name a statement: "potassium effect".
pub(super) fn effect_label(kind: EffectKind) -> String {
    format!("{} effect", kind.info().noun)
}

/// Reports each of `fields` (name, text) that is empty or blank, at
/// `base` + the field, as "`{entity}: `name` is empty`".
pub(super) fn require_text(
    c: &mut Checker<'_>,
    file: usize,
    base: &[Step<'_>],
    entity: &str,
    fields: &[(&'static str, &str)],
) {
    for (name, text) in fields {
        if text.trim().is_empty() {
            let mut path = base.to_vec();
            path.push(Step::Field(name));
            c.error(file, &path, format!("{entity}: `{name}` is empty"));
        }
    }
}
