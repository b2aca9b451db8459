//! The one place output formats are named: what `--format` takes, and how
//! the older `--json` and `--summary` switches map onto it.

use clap::ValueEnum;

/// What `check` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The report for the pharmacist, as text.
    Text,
    /// The report as JSON (README, "JSON output").
    Json,
    /// The patient's summary as Markdown.
    Markdown,
    /// The patient's summary as a printable, self-contained HTML page.
    Html,
}

impl Format {
    /// `--format` if given, else what `--json` or `--summary` stand for,
    /// else text.
    pub fn chosen(format: Option<Format>, json: bool, summary: bool) -> Format {
        match (format, json, summary) {
            (Some(f), _, _) => f,
            (None, true, _) => Format::Json,
            (None, false, true) => Format::Markdown,
            (None, false, false) => Format::Text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn the_old_switches_are_aliases() {
        assert_eq!(Format::chosen(None, false, false), Format::Text);
        assert_eq!(Format::chosen(None, true, false), Format::Json);
        assert_eq!(Format::chosen(None, false, true), Format::Markdown);
        assert_eq!(
            Format::chosen(Some(Format::Html), false, false),
            Format::Html
        );
    }
}
