//! Parsing one data file's text: the RON content, plus the position tree the
//! validator uses to report line and column. Knows nothing of loading or
//! validation.

use super::diagnostic::Diagnostic;
use super::model::DataFile;
use super::spans::{self, Node, Position};

/// A data file's name (as shown in messages) and its text.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub name: String,
    pub text: String,
}

/// A file that parsed: its content and where each value sits.
pub(super) struct ParsedFile {
    pub name: String,
    pub data: DataFile,
    pub tree: Node,
}

pub(super) fn parse_file(file: &TextFile) -> Result<ParsedFile, Diagnostic> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let data: DataFile = options.from_str(&file.text).map_err(|e| {
        Diagnostic::error(
            &file.name,
            Some(Position {
                line: e.span.start.line,
                col: e.span.start.col,
            }),
            e.code.to_string(),
        )
    })?;
    let tree = spans::parse(&file.text).ok_or_else(|| {
        Diagnostic::error(&file.name, None, "could not locate values in the file")
    })?;
    Ok(ParsedFile {
        name: file.name.clone(),
        data,
        tree,
    })
}
