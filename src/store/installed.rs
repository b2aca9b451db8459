//! The installed update: one file in the user's data folder holding the
//! signed bundle exactly as imported and its compiled form, written in one
//! atomic step.
//!
//! ```text
//! magic            8 bytes   "MEDRISKI"
//! format           2 bytes   little-endian, FORMAT
//! compiled format 32 bytes   the id of the build that compiled it
//! bundle length    8 bytes   little-endian
//! bundle                     the .mrd as imported, signature and all
//! compiled SHA-256 32 bytes
//! compiled                   the dataset, as `dataset::compiled` writes it
//! ```
//!
//! A start reads it, checks the bundle's signature against the trusted keys
//! (the manifest only: a few hundred bytes) and the compiled part against
//! its checksum, and decodes the compiled part without validating, as for
//! the built-in dataset. A build with another compiled format (medrisk was
//! updated since the import) checks the whole bundle and validates its RON
//! instead: slower, never wrong, and nothing is written behind the user's
//! back.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::bundle::{self, Manifest};
use super::dirs::{Dirs, Mode, write_atomically};
use super::keys::TrustedKey;
use super::{UpdateError, builtin};
use crate::dataset::{Dataset, Date, compiled};

/// The installed update's file name in the data folder.
pub const FILE_NAME: &str = "installed-update.bin";
const MAGIC: [u8; 8] = *b"MEDRISKI";
const FORMAT: u16 = 1;
/// Magic, format, compiled format and bundle length.
const FIXED: usize = 8 + 2 + 32 + 8;
/// The largest installed file read: a bundle and its compiled form.
const MAX_INSTALLED_BYTES: u64 = 3 * bundle::MAX_BUNDLE_BYTES;

/// The installed update's file.
pub fn path(dirs: &Dirs) -> PathBuf {
    dirs.data.join(FILE_NAME)
}

/// An installed update whose signature holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    pub path: PathBuf,
    pub manifest: Manifest,
    pub key: TrustedKey,
}

/// The parts of an installed file.
struct Parts<'a> {
    compiled_format: [u8; 32],
    bundle: &'a [u8],
    compiled_sha256: [u8; 32],
    compiled: &'a [u8],
}

/// Installs `bundle` (already checked) with `dataset` compiled from it.
pub fn write(dirs: &Dirs, bundle: &[u8], dataset: &Dataset) -> Result<PathBuf, UpdateError> {
    let compiled = compiled::encode(dataset);
    let mut out = Vec::with_capacity(FIXED + bundle.len() + 32 + compiled.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&builtin::COMPILED_FORMAT);
    out.extend_from_slice(&(bundle.len() as u64).to_le_bytes());
    out.extend_from_slice(bundle);
    out.extend_from_slice(&<[u8; 32]>::from(Sha256::digest(&compiled)));
    out.extend_from_slice(&compiled);
    let target = path(dirs);
    write_atomically(&target, &out, Mode::Readable, false)?;
    Ok(target)
}

/// The installed file's bytes; `None` if nothing is installed.
fn read_bytes(dirs: &Dirs) -> Result<Option<(PathBuf, Vec<u8>)>, UpdateError> {
    let path = path(dirs);
    let size = match std::fs::metadata(&path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(UpdateError::io(&path, "read", e)),
    };
    if size > MAX_INSTALLED_BYTES {
        return Err(UpdateError::TooLarge {
            path,
            bytes: size,
            max: MAX_INSTALLED_BYTES,
        });
    }
    let bytes = std::fs::read(&path).map_err(|e| UpdateError::io(&path, "read", e))?;
    Ok(Some((path, bytes)))
}

fn parts<'a>(bytes: &'a [u8], path: &Path) -> Result<Parts<'a>, UpdateError> {
    let damaged = |detail: &str| UpdateError::Damaged {
        path: path.to_path_buf(),
        detail: detail.into(),
    };
    if bytes.len() < FIXED || bytes[..8] != MAGIC {
        return Err(damaged("not an installed update"));
    }
    if u16::from_le_bytes([bytes[8], bytes[9]]) != FORMAT {
        return Err(damaged(
            "written by another medrisk; import the update again",
        ));
    }
    let compiled_format: [u8; 32] = bytes[10..42].try_into().expect("32 bytes");
    let len = u64::from_le_bytes(bytes[42..50].try_into().expect("8 bytes"));
    let end = usize::try_from(len)
        .ok()
        .and_then(|l| FIXED.checked_add(l))
        .filter(|&end| end + 32 <= bytes.len())
        .ok_or_else(|| damaged("cut short"))?;
    Ok(Parts {
        compiled_format,
        bundle: &bytes[FIXED..end],
        compiled_sha256: bytes[end..end + 32].try_into().expect("32 bytes"),
        compiled: &bytes[end + 32..],
    })
}

/// The installed update's signed facts, without loading its data; `None`
/// if nothing is installed.
pub fn inspect(dirs: &Dirs, keys: &[TrustedKey]) -> Result<Option<Installed>, UpdateError> {
    let Some((path, bytes)) = read_bytes(dirs)? else {
        return Ok(None);
    };
    let parts = parts(&bytes, &path)?;
    let header = bundle::read_header(parts.bundle, &path)?;
    let key = header.verify(keys, &path)?;
    Ok(Some(Installed {
        manifest: header.manifest,
        key,
        path,
    }))
}

/// The installed update's dataset, if one is installed and `newer_than`
/// says it should be used; see the module documentation for how.
pub fn load(
    dirs: &Dirs,
    keys: &[TrustedKey],
    today: Date,
    newer_than: impl Fn(&Manifest) -> bool,
) -> Result<Option<(Dataset, Installed)>, UpdateError> {
    let Some((path, bytes)) = read_bytes(dirs)? else {
        return Ok(None);
    };
    let parts = parts(&bytes, &path)?;
    let header = bundle::read_header(parts.bundle, &path)?;
    // An update the built-in dataset has overtaken is not used, so it
    // does not matter whether its key is still trusted.
    if !newer_than(&header.manifest) {
        return Ok(None);
    }
    let key = header.verify(keys, &path)?;
    let manifest = header.manifest;
    let dataset = if parts.compiled_format == builtin::COMPILED_FORMAT {
        let sum: [u8; 32] = Sha256::digest(parts.compiled).into();
        if sum != parts.compiled_sha256 {
            return Err(UpdateError::Damaged {
                path,
                detail: "its compiled data does not match its checksum".into(),
            });
        }
        compiled::decode(parts.compiled).map_err(|e| UpdateError::Damaged {
            path: path.clone(),
            detail: e.to_string(),
        })?
    } else {
        let opened = bundle::open(parts.bundle, &path, keys)?;
        Dataset::from_files(&opened.files, today).map_err(|error| UpdateError::Invalid {
            path: path.clone(),
            error,
        })?
    };
    Ok(Some((
        dataset,
        Installed {
            path,
            manifest,
            key,
        },
    )))
}
