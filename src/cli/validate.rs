//! `medrisk validate`: load a dataset and report every problem, or a
//! one-line summary. Each problem is one `file:line:col: entity: message`
//! line; on a terminal, the offending line of the file follows it with a
//! caret under the column.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK, load};
use crate::dataset::{Diagnostic, Severity};

/// How problems are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// One line each (piped, or for editors and the golden tests).
    Lines,
    /// With the source line and a caret (a person at a terminal).
    Snippets,
}

pub fn run(path: Option<&PathBuf>, show: Show, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match load(path) {
        Ok(ds) => {
            for w in ds.warnings() {
                let _ = writeln!(err, "{w}");
            }
            let _ = writeln!(
                out,
                "ok: dataset {} (reviewed {}): {} classes, {} drugs, {} products, {} names, {} sources, {} verbatim repeats, {} warnings",
                ds.metadata().version,
                ds.metadata().reviewed,
                ds.classes().len(),
                ds.drugs().len(),
                ds.products().len(),
                ds.names().len(),
                ds.sources().len(),
                ds.verbatim_repeats(),
                ds.warnings().len()
            );
            EXIT_OK
        }
        Err(e) => {
            for d in &e.diagnostics {
                match show {
                    Show::Lines => {
                        let _ = writeln!(err, "{d}");
                    }
                    Show::Snippets => {
                        let _ = write!(err, "{}", snippet(d, source_of(&d.file).as_deref()));
                    }
                }
            }
            let n = e.errors().count();
            let _ = writeln!(
                err,
                "medrisk: the dataset has {n} error{}",
                if n == 1 { "" } else { "s" }
            );
            EXIT_INVALID
        }
    }
}

/// The text of a file a diagnostic names, from the disk. (The built-in
/// dataset was validated when medrisk was built, so it has none.)
fn source_of(file: &str) -> Option<String> {
    std::fs::read_to_string(file).ok()
}

/// A diagnostic with its source line and a caret under the column:
///
/// ```text
/// error: data/x.ron:36:13: drug "x": unknown field
///    |
/// 36 |             strength: 3,
///    |             ^
/// ```
pub fn snippet(d: &Diagnostic, source: Option<&str>) -> String {
    // A warning's line already says "warning".
    let mut out = match d.severity {
        Severity::Error => format!("error: {d}\n"),
        Severity::Warning => format!("{d}\n"),
    };
    let line = d
        .pos
        .and_then(|p| Some((p, source?.lines().nth(p.line.checked_sub(1)?)?)));
    if let Some((pos, text)) = line {
        let number = pos.line.to_string();
        let gutter = " ".repeat(number.len());
        let text = text.replace('\t', " ");
        // The caret goes under the column's character, counted in chars.
        let before: String = text.chars().take(pos.col.saturating_sub(1)).collect();
        let pad = " ".repeat(before.chars().count());
        out.push_str(&format!(
            "{gutter} |\n{number} | {text}\n{gutter} | {pad}^\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::snippet;
    use crate::dataset::Diagnostic;
    use crate::dataset::spans::Position;

    #[test]
    fn a_snippet_points_at_the_column() {
        let d = Diagnostic::error(
            "data/x.ron",
            Some(Position { line: 2, col: 5 }),
            "drug \"x\": bad",
        );
        let got = snippet(&d, Some("(\n    strength: 3,\n)"));
        assert_eq!(
            got,
            "error: data/x.ron:2:5: drug \"x\": bad\n  |\n2 |     strength: 3,\n  |     ^\n"
        );
        // No position or no source: the one line only.
        let whole = Diagnostic::error("data/x.ron", None, "cannot read");
        assert_eq!(snippet(&whole, None), "error: data/x.ron: cannot read\n");
    }
}
