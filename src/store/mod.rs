//! Where the dataset in use comes from, and signed updates to it: the
//! compiled dataset built into the binary (`builtin`), data bundles signed
//! by a publisher (`bundle`, `keys`), and the update a user imported
//! (`import`, `installed`) into their own folders (`dirs`). The built-in
//! dataset is always there to fall back on: an installed update that cannot
//! be used is reported, never fatal. No egui here; the window and the
//! command line both load through [`current`] and show its [`Notice`]s.

mod builtin;
pub mod bundle;
mod dirs;
mod error;
mod import;
pub mod installed;
pub mod keys;
mod version;

use std::fmt;
use std::path::PathBuf;

pub use builtin::{BYTES as BUILT_IN_BYTES, COMPILED_FORMAT, SHA256 as BUILT_IN_SHA256};
pub use dirs::{Dirs, temp_prefix};
pub use error::UpdateError;
pub use import::{Imported, import};
pub use installed::Installed;
pub use version::DataVersion;

use crate::dataset::{Dataset, Date};

/// The built-in dataset's version.
pub const BUILT_IN_VERSION: &str = builtin::VERSION;

/// Where the dataset in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Built into this medrisk.
    BuiltIn,
    /// An imported update, newer than the built-in dataset.
    Installed(Box<Installed>),
    /// A file or folder named with `--data`.
    File(PathBuf),
}

impl Source {
    /// Where the data in use came from, as the dataset page and the
    /// handout's footer say it.
    pub fn sentence(&self) -> String {
        match self {
            Source::BuiltIn => "In use: the dataset built into this medrisk.".into(),
            Source::Installed(i) => format!(
                "In use: data update {} (signed by key {}, published {}, expires {}).",
                i.manifest.version, i.key.key.id, i.manifest.published, i.manifest.expires
            ),
            Source::File(path) => format!("In use: the dataset at {}.", path.display()),
        }
    }
}

/// The dataset in use, where it came from, and what the user should know.
#[derive(Debug)]
pub struct Current {
    pub dataset: Dataset,
    pub source: Source,
    /// Most important first; empty when all is well.
    pub notices: Vec<Notice>,
}

/// Something the user should know about the dataset in use: a line on
/// stderr for the command line, a banner for the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The installed update could not be used; the built-in dataset is.
    InstalledUnusable { error: UpdateError },
    /// The installed update in use is past the expiry date it was signed
    /// with.
    Expired { version: String, expired: Date },
    /// The dataset in use is past its review date
    /// (`reviewed` + `review_interval_days`).
    ReviewOverdue {
        version: String,
        reviewed: String,
        due: Date,
    },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::InstalledUnusable { error } => write!(
                f,
                "the installed data update cannot be used, so the built-in dataset {BUILT_IN_VERSION} is: {error}"
            ),
            Notice::Expired { version, expired } => write!(
                f,
                "dataset {version} expired on {expired}: its content may be out of date; import a newer update from the publisher"
            ),
            Notice::ReviewOverdue {
                version,
                reviewed,
                due,
            } => write!(
                f,
                "dataset {version} was due for clinical review on {due} (last reviewed {reviewed}): its content may be out of date; check for a newer medrisk or data update"
            ),
        }
    }
}

/// What to tell the user about `dataset` from `source` on `today`: past
/// its expiry, past its review date. The window's banner and the command
/// line's stderr lines both come from here.
pub fn notices(dataset: &Dataset, source: &Source, today: Date) -> Vec<Notice> {
    let mut out = Vec::new();
    if let Source::Installed(installed) = source
        && today > installed.manifest.expires
    {
        out.push(Notice::Expired {
            version: installed.manifest.version.clone(),
            expired: installed.manifest.expires,
        });
    }
    if dataset.review_overdue(today) {
        out.push(Notice::ReviewOverdue {
            version: dataset.metadata().version.clone(),
            reviewed: dataset.metadata().reviewed.clone(),
            due: dataset.review_due(),
        });
    }
    out
}

/// The dataset in use: the installed update when there is one, signed by a
/// trusted key, and newer than the built-in dataset; otherwise the built-in
/// one. `dirs` is `None` when the user has no folders.
///
/// # Panics
/// If the built-in dataset cannot be decoded, which the build and the test
/// suite rule out.
pub fn current(dirs: Option<&Dirs>, today: Date) -> Current {
    let built_in_version = DataVersion::parse(BUILT_IN_VERSION);
    let newer = |m: &bundle::Manifest| match (DataVersion::parse(&m.version), &built_in_version) {
        (Some(v), Some(b)) => v > *b,
        (Some(_), None) => true,
        (None, _) => false,
    };
    let loaded = dirs.map(|dirs| {
        let (keys, _) = keys::trusted(dirs);
        installed::load(dirs, &keys, today, newer)
    });
    let (dataset, source, problem) = match loaded {
        Some(Ok(Some((dataset, installed)))) => {
            (dataset, Source::Installed(Box::new(installed)), None)
        }
        Some(Err(error)) => (built_in(), Source::BuiltIn, Some(error)),
        None | Some(Ok(None)) => (built_in(), Source::BuiltIn, None),
    };
    let mut all: Vec<Notice> = problem
        .map(|error| Notice::InstalledUnusable { error })
        .into_iter()
        .collect();
    all.extend(notices(&dataset, &source, today));
    Current {
        dataset,
        source,
        notices: all,
    }
}

/// Writes a file the user asked for (a bundle) in one atomic step.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), UpdateError> {
    dirs::write_atomically(path, bytes, dirs::Mode::Readable, false)
}

fn built_in() -> Dataset {
    Dataset::embedded().expect("the built-in dataset decodes")
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn the_built_in_bytes_match_their_hash_and_decode() {
        assert_eq!(
            <[u8; 32]>::from(Sha256::digest(BUILT_IN_BYTES)),
            BUILT_IN_SHA256
        );
        let ds = Dataset::embedded().unwrap();
        assert_eq!(ds.metadata().version, BUILT_IN_VERSION);
        assert!(DataVersion::parse(BUILT_IN_VERSION).is_some());
    }
}
