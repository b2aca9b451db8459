//! Why a key, a bundle or the installed update could not be used: one enum
//! with the facts as fields, and a sentence that says what to do.

use std::fmt;
use std::path::{Path, PathBuf};

use super::keys::KeyId;
use crate::dataset::{Date, LoadError};

/// Everything that can go wrong with keys, bundles and the installed
/// update. Each `Display` names the file and says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateError {
    /// Reading or writing a file failed.
    Io {
        path: PathBuf,
        action: &'static str,
        error: String,
    },
    /// No home folder to keep keys and updates in.
    NoFolders,
    /// A key file would be replaced; keys are never overwritten.
    Exists { path: PathBuf },
    /// A key file that does not hold a medrisk key.
    BadKeyFile { path: PathBuf, detail: String },
    /// Larger than any bundle can be.
    TooLarge { path: PathBuf, bytes: u64, max: u64 },
    /// Not a medrisk data bundle at all.
    NotABundle { path: PathBuf },
    /// A bundle format newer than this medrisk reads.
    UnsupportedFormat {
        path: PathBuf,
        format: u16,
        supported: u16,
    },
    /// The file ends before the bundle does (an incomplete copy).
    Truncated {
        path: PathBuf,
        needed: u64,
        found: u64,
    },
    /// Signed by a key that is neither built in nor trusted.
    UnknownKey { path: PathBuf, key: KeyId },
    /// The signature does not match: altered after signing, or damaged.
    BadSignature { path: PathBuf, key: KeyId },
    /// The signature is good but the content does not match it.
    Damaged { path: PathBuf, detail: String },
    /// Past the expiry date the publisher signed.
    Expired {
        path: PathBuf,
        version: String,
        expired: Date,
        today: Date,
    },
    /// The same version is already installed (a replay).
    SameVersion { path: PathBuf, version: String },
    /// Older than the installed update (a rollback).
    OlderVersion {
        path: PathBuf,
        version: String,
        installed: String,
    },
    /// Not newer than the dataset built into this medrisk.
    NotNewerThanBuiltIn {
        path: PathBuf,
        version: String,
        built_in: String,
    },
    /// A version that is not dotted numbers, so cannot be ordered.
    BadVersion { path: PathBuf, version: String },
    /// The signed version and the data's own metadata disagree.
    VersionMismatch {
        path: PathBuf,
        signed: String,
        data: String,
    },
    /// The data does not pass the validator.
    Invalid { path: PathBuf, error: LoadError },
    /// `pack`: an expiry date not after the publish date, or already past.
    BadDates {
        published: Date,
        expires: Date,
        today: Date,
    },
}

impl UpdateError {
    pub(super) fn io(path: &Path, action: &'static str, error: std::io::Error) -> UpdateError {
        UpdateError::Io {
            path: path.to_path_buf(),
            action,
            error: error.to_string(),
        }
    }
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ask = "ask the publisher for a fresh copy";
        match self {
            UpdateError::Io {
                path,
                action,
                error,
            } => write!(f, "{}: cannot {action}: {error}", path.display()),
            UpdateError::NoFolders => write!(
                f,
                "no home folder to keep data updates in: set HOME, or XDG_CONFIG_HOME and XDG_DATA_HOME"
            ),
            UpdateError::Exists { path } => write!(
                f,
                "{}: already exists; keys are never overwritten: choose another folder",
                path.display()
            ),
            UpdateError::BadKeyFile { path, detail } => write!(
                f,
                "{}: not a medrisk key file ({detail}); use the .pub file `medrisk data keygen` wrote",
                path.display()
            ),
            UpdateError::TooLarge { path, bytes, max } => write!(
                f,
                "{}: {bytes} bytes; a data bundle is at most {max} bytes, so this is not one",
                path.display()
            ),
            UpdateError::NotABundle { path } => write!(
                f,
                "{}: not a medrisk data bundle (.mrd); check you chose the file the publisher sent",
                path.display()
            ),
            UpdateError::UnsupportedFormat {
                path,
                format,
                supported,
            } => write!(
                f,
                "{}: bundle format {format}, but this medrisk reads format {supported}; update medrisk first",
                path.display()
            ),
            UpdateError::Truncated {
                path,
                needed,
                found,
            } => write!(
                f,
                "{}: the file is cut short ({found} of {needed} bytes): an incomplete download or copy; copy it again or {ask}",
                path.display()
            ),
            UpdateError::UnknownKey { path, key } => write!(
                f,
                "{}: signed with key {key}, which this medrisk does not trust; if your publisher gave you that key's .pub file, run `medrisk data trust FILE.pub` first",
                path.display()
            ),
            UpdateError::BadSignature { path, key } => write!(
                f,
                "{}: the signature (key {key}) does not match the contents: the file was changed after signing or is damaged; do not use it, {ask}",
                path.display()
            ),
            UpdateError::Damaged { path, detail } => write!(
                f,
                "{}: the file is damaged ({detail}); do not use it, {ask}",
                path.display()
            ),
            UpdateError::Expired {
                path,
                version,
                expired,
                today,
            } => write!(
                f,
                "{}: dataset {version} expired on {expired} (today is {today}); ask the publisher for a newer bundle, or check the computer's date",
                path.display()
            ),
            UpdateError::SameVersion { path, version } => write!(
                f,
                "{}: dataset {version} is already installed; nothing to do",
                path.display()
            ),
            UpdateError::OlderVersion {
                path,
                version,
                installed,
            } => write!(
                f,
                "{}: dataset {version} is older than the installed {installed}; an older dataset is never installed over a newer one",
                path.display()
            ),
            UpdateError::NotNewerThanBuiltIn {
                path,
                version,
                built_in,
            } => write!(
                f,
                "{}: dataset {version} is not newer than the {built_in} built into this medrisk; nothing to do",
                path.display()
            ),
            UpdateError::BadVersion { path, version } => write!(
                f,
                "{}: dataset version \"{version}\" is not numbers separated by dots (like 2026.12.1), so it cannot be ordered",
                path.display()
            ),
            UpdateError::VersionMismatch { path, signed, data } => write!(
                f,
                "{}: signed as dataset {signed}, but its data says {data}; {ask}",
                path.display()
            ),
            UpdateError::Invalid { path, error } => {
                let n = error.errors().count();
                write!(
                    f,
                    "{}: the data does not validate ({n} error{}), so it was not used:",
                    path.display(),
                    if n == 1 { "" } else { "s" }
                )?;
                for d in &error.diagnostics {
                    write!(f, "\n  {d}")?;
                }
                Ok(())
            }
            UpdateError::BadDates {
                published,
                expires,
                today,
            } => {
                if expires <= published {
                    write!(
                        f,
                        "the expiry date {expires} is not after the publish date {published}; give a later --expires"
                    )
                } else {
                    write!(
                        f,
                        "the expiry date {expires} has passed (today is {today}): pharmacies would refuse the bundle; give a later --expires"
                    )
                }
            }
        }
    }
}

impl std::error::Error for UpdateError {}
