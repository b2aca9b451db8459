//! Parsing one data file's text: the RON content, plus the position tree the
//! validator uses to report line and column. Knows nothing of loading or
//! validation.

use super::diagnostic::Diagnostic;
use super::model::DataFile;
use std::cell::OnceCell;

use super::spans::{self, Node, Position, Step};

/// A data file's name (as shown in messages) and its text.
#[derive(Debug, Clone)]
pub struct TextFile {
    pub name: String,
    pub text: String,
}

/// A file that parsed: its content, and where each value sits. The position
/// tree costs a second pass over the text, so it is built only when a
/// diagnostic needs a line and column: a valid dataset never builds it.
pub(super) struct ParsedFile {
    pub name: String,
    pub data: DataFile,
    text: String,
    tree: OnceCell<Option<Node>>,
}

impl ParsedFile {
    /// The line and column of the value at `path` (the nearest enclosing
    /// value that exists), if the text can be located at all.
    pub fn locate(&self, path: &[Step<'_>]) -> Option<Position> {
        self.tree
            .get_or_init(|| spans::parse(&self.text))
            .as_ref()
            .map(|tree| tree.locate(path))
    }
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
    Ok(ParsedFile {
        name: file.name.clone(),
        data,
        text: file.text.clone(),
        tree: OnceCell::new(),
    })
}
