//! `import`: a bundle becomes the installed update only if every check
//! passes, in this order: it is a whole bundle, signed by a trusted key,
//! its data matches the signature; it has not expired; it is newer than
//! both the installed update (no rollback, no replay) and the built-in
//! dataset; its data validates and is the version it was signed as. Then it
//! is compiled and installed in one atomic step. Nothing is written before
//! the last check passes.

use std::path::{Path, PathBuf};

use super::bundle::{self, Manifest};
use super::keys::{self, TrustedKey};
use super::{BUILT_IN_VERSION, DataVersion, Dirs, UpdateError, installed};
use crate::dataset::{Dataset, Date};

/// What `import` installed.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The installed update's file.
    pub path: PathBuf,
    pub manifest: Manifest,
    pub key: TrustedKey,
    /// The version it replaced, if an update was installed before.
    pub replaced: Option<String>,
}

/// Checks the bundle at `file` and installs it into `dirs`; see the module
/// documentation for the checks.
pub fn import(dirs: &Dirs, file: &Path, today: Date) -> Result<Imported, UpdateError> {
    let bytes = bundle::read_file(file)?;
    let (keys, _) = keys::trusted(dirs);
    let opened = bundle::open(&bytes, file, &keys)?;
    let manifest = opened.manifest;
    let path = || file.to_path_buf();
    if today > manifest.expires {
        return Err(UpdateError::Expired {
            path: path(),
            version: manifest.version,
            expired: manifest.expires,
            today,
        });
    }
    let version = DataVersion::parse(&manifest.version).ok_or_else(|| UpdateError::BadVersion {
        path: path(),
        version: manifest.version.clone(),
    })?;
    // An installed update that cannot be read or is no longer trusted is
    // replaced: it could not be used anyway.
    let previous = installed::inspect(dirs, &keys).ok().flatten();
    if let Some(prev) = &previous
        && let Some(installed) = DataVersion::parse(&prev.manifest.version)
    {
        if version == installed {
            return Err(UpdateError::SameVersion {
                path: path(),
                version: manifest.version,
            });
        }
        if version < installed {
            return Err(UpdateError::OlderVersion {
                path: path(),
                version: manifest.version,
                installed: prev.manifest.version.clone(),
            });
        }
    }
    if let Some(built_in) = DataVersion::parse(BUILT_IN_VERSION)
        && version <= built_in
    {
        return Err(UpdateError::NotNewerThanBuiltIn {
            path: path(),
            version: manifest.version,
            built_in: BUILT_IN_VERSION.to_owned(),
        });
    }
    let dataset =
        Dataset::from_files(&opened.files, today).map_err(|error| UpdateError::Invalid {
            path: path(),
            error,
        })?;
    if dataset.metadata().version != manifest.version {
        return Err(UpdateError::VersionMismatch {
            path: path(),
            signed: manifest.version,
            data: dataset.metadata().version.clone(),
        });
    }
    let installed_path = installed::write(dirs, &bytes, &dataset)?;
    Ok(Imported {
        path: installed_path,
        manifest,
        key: opened.key,
        replaced: previous.map(|p| p.manifest.version),
    })
}
