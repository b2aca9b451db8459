//! `medrisk data status`: which dataset is in use and why, who signed it,
//! when it was published and when it expires; the installed update and the
//! trusted keys. What the user should act on also goes to stderr, as for
//! every command.

use std::io::Write;
use std::path::Path;

use super::super::EXIT_OK;
use crate::dataset::{Dataset, Date};
use crate::store::{self, Current, Dirs, Source, UpdateError, installed, keys};

pub fn run(
    dirs: Option<&Dirs>,
    data: Option<&Path>,
    today: Date,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, UpdateError> {
    let current = match data {
        Some(path) => {
            let dataset = Dataset::load_path(path).map_err(|error| UpdateError::Invalid {
                path: path.to_path_buf(),
                error,
            })?;
            let source = Source::File(path.to_path_buf());
            let notices = store::notices(&dataset, &source, today);
            Current {
                dataset,
                source,
                notices,
            }
        }
        None => store::current(dirs, today),
    };
    let ds = &current.dataset;
    let meta = ds.metadata();
    let app = env!("CARGO_PKG_VERSION");
    let mut lines: Vec<(&str, String)> = vec![("version", meta.version.clone())];
    match &current.source {
        Source::BuiltIn => {
            let _ = writeln!(out, "dataset in use: built in, {}", meta.version);
            lines.push(("signed by key", format!("none: part of medrisk {app}")));
            lines.push(("published", format!("with medrisk {app}")));
            lines.push(("expires", "never (the review date applies)".into()));
            lines.push(("SHA-256", keys::hex(&store::BUILT_IN_SHA256)));
        }
        Source::Installed(i) => {
            let _ = writeln!(out, "dataset in use: installed update, {}", meta.version);
            lines.push((
                "signed by key",
                format!("{} ({})", i.key.key.id, i.key.origin),
            ));
            lines.push(("published", i.manifest.published.to_string()));
            lines.push(("expires", expiry(i.manifest.expires, today)));
            lines.push(("packed by", i.manifest.packed_by.clone()));
            lines.push(("file", i.path.display().to_string()));
        }
        Source::File(path) => {
            let _ = writeln!(
                out,
                "dataset in use: {} (--data), {}",
                path.display(),
                meta.version
            );
            lines.push(("signed by key", "none: a file you named".into()));
        }
    }
    let due = ds.review_due();
    let overdue = if ds.review_overdue(today) {
        ", overdue"
    } else {
        ""
    };
    lines.push((
        "review due",
        format!("{due} (reviewed {}{overdue})", meta.reviewed),
    ));
    if let Some(dirs) = dirs {
        let (trusted, problems) = keys::trusted(dirs);
        lines.push((
            "installed update",
            installed_line(dirs, &trusted, &current.source),
        ));
        let yours = trusted
            .iter()
            .filter(|k| matches!(k.origin, keys::KeyOrigin::User { .. }))
            .count();
        lines.push((
            "trusted keys",
            format!(
                "{} built in, {yours} of yours ({})",
                trusted.len() - yours,
                dirs.trusted_keys().display()
            ),
        ));
        for p in problems {
            let _ = writeln!(err, "medrisk: warning: {p}");
        }
    }
    lines.push(("built-in dataset", store::BUILT_IN_VERSION.to_owned()));
    for (label, value) in lines {
        let _ = writeln!(out, "  {:<17} {value}", format!("{label}:"));
    }
    for notice in &current.notices {
        let _ = writeln!(err, "medrisk: {notice}");
    }
    Ok(EXIT_OK)
}

fn expiry(expires: Date, today: Date) -> String {
    if today > expires {
        format!("{expires} (expired)")
    } else {
        expires.to_string()
    }
}

/// The installed update, whether or not it is the one in use.
fn installed_line(dirs: &Dirs, trusted: &[keys::TrustedKey], source: &Source) -> String {
    if let Source::Installed(i) = source {
        return format!("{} (in use)", i.manifest.version);
    }
    match installed::inspect(dirs, trusted) {
        Ok(None) => format!("none ({})", installed::path(dirs).display()),
        Ok(Some(i)) => format!(
            "{}, not newer than the built-in dataset, so not in use",
            i.manifest.version
        ),
        Err(e) => format!("cannot be used: {e}"),
    }
}
