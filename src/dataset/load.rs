//! Reading dataset files: a file or a directory, or text in memory, within
//! size limits; then each is parsed ([`super::parse`]) and the whole
//! validated ([`super::validate`]). Load → parse → validate, one way.

use std::path::Path;

use super::date::Date;
use super::diagnostic::{Diagnostic, LoadError, Severity};
use super::parse::{self, TextFile};
use super::{Dataset, validate};

/// The largest data file accepted. The whole shipped dataset is well under
/// 1 MiB; 8 MiB leaves room to grow while refusing, before reading it, a
/// path that points at something that is plainly not a dataset.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The most `.ron` files read from one directory, for the same reason.
pub const MAX_FILES: usize = 256;

pub(super) fn load_path(path: &Path, today: Date) -> Result<Dataset, LoadError> {
    load_files(&read_path(path)?, today)
}

/// The text of a `.ron` file, or of every `.ron` file in a directory
/// (sorted by name), each named by its path; within the size limits.
pub fn read_path(path: &Path) -> Result<Vec<TextFile>, LoadError> {
    let shown = path.display().to_string();
    let fail = |message: String| LoadError {
        diagnostics: vec![Diagnostic::error(&shown, None, message)],
    };
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    let paths = if meta.is_dir() {
        let mut paths: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| fail(format!("cannot read directory: {e}")))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(fail("directory has no .ron files".into()));
        }
        if paths.len() > MAX_FILES {
            return Err(fail(format!(
                "directory has {} .ron files; at most {MAX_FILES} are read",
                paths.len()
            )));
        }
        paths
    } else {
        vec![path.to_path_buf()]
    };
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        match read_text(&p) {
            Ok(text) => files.push(TextFile {
                name: p.display().to_string(),
                text,
            }),
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(LoadError {
            diagnostics: problems,
        });
    }
    Ok(files)
}

fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    let size = std::fs::metadata(path)
        .map_err(|e| Diagnostic::error(&shown, None, format!("cannot read: {e}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            &shown,
            None,
            format!("file is {size} bytes; data files may be at most {MAX_FILE_BYTES} bytes"),
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(&shown, None, format!("cannot read: {e}")))?;
    String::from_utf8(bytes)
        .map_err(|e| Diagnostic::error(&shown, None, format!("not UTF-8 text: {e}")))
}

pub(super) fn load_files(files: &[TextFile], today: Date) -> Result<Dataset, LoadError> {
    let mut diagnostics = Vec::new();
    let mut parsed = Vec::new();
    for file in files {
        if file.text.len() as u64 > MAX_FILE_BYTES {
            diagnostics.push(Diagnostic::error(
                &file.name,
                None,
                format!(
                    "file is {} bytes; data files may be at most {MAX_FILE_BYTES} bytes",
                    file.text.len()
                ),
            ));
            continue;
        }
        match parse::parse_file(file) {
            Ok(p) => parsed.push(p),
            Err(d) => diagnostics.push(d),
        }
    }
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(LoadError { diagnostics });
    }
    validate::build(parsed, today)
}
