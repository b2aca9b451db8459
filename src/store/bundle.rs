//! The data bundle (`.mrd`): a dataset's RON files with a signed manifest,
//! made by `medrisk data pack` and checked by `medrisk data import`.
//!
//! ```text
//! magic      8 bytes   "MEDRISKD"
//! format     2 bytes   little-endian, FORMAT
//! key id     8 bytes   which key signed it
//! signature 64 bytes   ed25519 over SIGNED_CONTEXT, format, key id, manifest
//! length     4 bytes   little-endian, of the manifest
//! manifest             postcard: version, published, expires, payload length and SHA-256
//! payload              postcard: the RON files, name and text
//! ```
//!
//! The signature covers the manifest, and the manifest the payload's
//! checksum, so one check of a few hundred bytes vouches for the whole.
//! The payload is the data's own RON text, not the compiled form: RON
//! describes itself, so any medrisk (older or newer than the publisher's)
//! checks it with its own validator, with line and column; the compiled
//! form is tied to the build that wrote it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::UpdateError;
use super::keys::{KeyId, SecretKey, TrustedKey};
use crate::dataset::{Date, TextFile};

/// The first bytes of every bundle.
pub const MAGIC: [u8; 8] = *b"MEDRISKD";
/// The bundle format this medrisk writes and reads.
pub const FORMAT: u16 = 1;
/// The largest bundle read. The shipped dataset packs to under 2 MiB;
/// 64 MiB leaves room to grow while refusing, before reading it, a file
/// that is plainly something else.
pub const MAX_BUNDLE_BYTES: u64 = 64 * 1024 * 1024;
/// Signed before the rest, so that a signature over a bundle means nothing
/// anywhere else.
const SIGNED_CONTEXT: &[u8] = b"medrisk data bundle\0";
/// Magic, format, key id, signature and manifest length.
const FIXED: usize = 8 + 2 + 8 + 64 + 4;
/// The largest manifest: a version, two dates and a checksum are far less.
const MAX_MANIFEST: usize = 4096;

/// What the publisher signed about the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The dataset's version, as in its metadata ("2026.12.1").
    pub version: String,
    pub published: Date,
    /// After this day the bundle is refused by `import`, and a dataset
    /// installed from it is flagged.
    pub expires: Date,
    /// The medrisk that packed it ("medrisk 0.9.0"), for the record.
    pub packed_by: String,
    pub payload_len: u64,
    pub payload_sha256: [u8; 32],
}

/// The data files, in the order they were packed.
#[derive(Serialize, Deserialize)]
struct Payload {
    files: Vec<(String, String)>,
}

/// A bundle whose layout has been read, not yet checked.
pub struct Header<'a> {
    pub key: KeyId,
    signature: [u8; 64],
    manifest_bytes: &'a [u8],
    pub manifest: Manifest,
    payload: &'a [u8],
}

/// A bundle whose signature and checksum hold.
pub struct Opened {
    pub manifest: Manifest,
    pub key: TrustedKey,
    /// The data files, named as packed.
    pub files: Vec<TextFile>,
}

/// Signs `files` into a bundle. Does not validate them: `pack` does that
/// first (and tests make invalid bundles on purpose).
pub fn seal(
    files: &[TextFile],
    version: &str,
    published: Date,
    expires: Date,
    key: &SecretKey,
) -> Vec<u8> {
    let payload = postcard::to_stdvec(&Payload {
        files: files
            .iter()
            .map(|f| (f.name.clone(), f.text.clone()))
            .collect(),
    })
    .expect("text always serialises");
    let manifest = Manifest {
        version: version.to_owned(),
        published,
        expires,
        packed_by: format!("medrisk {}", env!("CARGO_PKG_VERSION")),
        payload_len: payload.len() as u64,
        payload_sha256: Sha256::digest(&payload).into(),
    };
    let manifest_bytes = postcard::to_stdvec(&manifest).expect("a manifest always serialises");
    let id = key.public().id;
    let signature = key.sign(&signed_message(FORMAT, id, &manifest_bytes));
    let mut out = Vec::with_capacity(FIXED + manifest_bytes.len() + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&id.0);
    out.extend_from_slice(&signature);
    out.extend_from_slice(&(manifest_bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(&manifest_bytes);
    out.extend_from_slice(&payload);
    out
}

fn signed_message(format: u16, key: KeyId, manifest: &[u8]) -> Vec<u8> {
    [SIGNED_CONTEXT, &format.to_le_bytes(), &key.0, manifest].concat()
}

/// Reads a bundle file within [`MAX_BUNDLE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, UpdateError> {
    let size = std::fs::metadata(path)
        .map_err(|e| UpdateError::io(path, "read", e))?
        .len();
    if size > MAX_BUNDLE_BYTES {
        return Err(UpdateError::TooLarge {
            path: path.to_path_buf(),
            bytes: size,
            max: MAX_BUNDLE_BYTES,
        });
    }
    std::fs::read(path).map_err(|e| UpdateError::io(path, "read", e))
}

/// The bundle's layout: magic, format, and a manifest that can be read.
/// Nothing in it is trusted yet.
pub fn read_header<'a>(bytes: &'a [u8], path: &Path) -> Result<Header<'a>, UpdateError> {
    let path = path.to_path_buf();
    if bytes.len() < MAGIC.len() || bytes[..MAGIC.len()] != MAGIC {
        // Too short to say, but a bundle's start: an incomplete copy.
        if bytes.len() < MAGIC.len() && MAGIC.starts_with(bytes) && !bytes.is_empty() {
            return Err(truncated(path, FIXED, bytes.len()));
        }
        return Err(UpdateError::NotABundle { path });
    }
    if bytes.len() < FIXED {
        return Err(truncated(path, FIXED, bytes.len()));
    }
    let format = u16::from_le_bytes([bytes[8], bytes[9]]);
    if format != FORMAT {
        return Err(UpdateError::UnsupportedFormat {
            path,
            format,
            supported: FORMAT,
        });
    }
    let key = KeyId(bytes[10..18].try_into().expect("8 bytes"));
    let signature: [u8; 64] = bytes[18..82].try_into().expect("64 bytes");
    let len = u32::from_le_bytes(bytes[82..86].try_into().expect("4 bytes")) as usize;
    if len > MAX_MANIFEST {
        return Err(UpdateError::Damaged {
            path,
            detail: format!("a manifest of {len} bytes"),
        });
    }
    if bytes.len() < FIXED + len {
        return Err(truncated(path, FIXED + len, bytes.len()));
    }
    let manifest_bytes = &bytes[FIXED..FIXED + len];
    let manifest: Manifest =
        postcard::from_bytes(manifest_bytes).map_err(|e| UpdateError::Damaged {
            path: path.clone(),
            detail: format!("the manifest cannot be read: {e}"),
        })?;
    Ok(Header {
        key,
        signature,
        manifest_bytes,
        manifest,
        payload: &bytes[FIXED + len..],
    })
}

fn truncated(path: PathBuf, needed: usize, found: usize) -> UpdateError {
    UpdateError::Truncated {
        path,
        needed: needed as u64,
        found: found as u64,
    }
}

impl Header<'_> {
    /// The trusted key whose signature this is, if the signature holds.
    pub fn verify(&self, keys: &[TrustedKey], path: &Path) -> Result<TrustedKey, UpdateError> {
        let Some(trusted) = keys.iter().find(|k| k.key.id == self.key) else {
            return Err(UpdateError::UnknownKey {
                path: path.to_path_buf(),
                key: self.key,
            });
        };
        let message = signed_message(FORMAT, self.key, self.manifest_bytes);
        if !trusted.key.verifies(&message, &self.signature) {
            return Err(UpdateError::BadSignature {
                path: path.to_path_buf(),
                key: self.key,
            });
        }
        Ok(trusted.clone())
    }
}

/// Checks a whole bundle: layout, signature by a trusted key, the payload
/// against its signed length and checksum; then reads the files.
pub fn open(bytes: &[u8], path: &Path, keys: &[TrustedKey]) -> Result<Opened, UpdateError> {
    let header = read_header(bytes, path)?;
    let key = header.verify(keys, path)?;
    let manifest = header.manifest;
    let needed = (bytes.len() - header.payload.len())
        .saturating_add(usize::try_from(manifest.payload_len).unwrap_or(usize::MAX));
    let damaged = |detail: String| UpdateError::Damaged {
        path: path.to_path_buf(),
        detail,
    };
    match (header.payload.len() as u64).cmp(&manifest.payload_len) {
        std::cmp::Ordering::Less => {
            return Err(truncated(path.to_path_buf(), needed, bytes.len()));
        }
        std::cmp::Ordering::Greater => {
            return Err(damaged(format!(
                "{} bytes after the end of the signed data",
                bytes.len().saturating_sub(needed)
            )));
        }
        std::cmp::Ordering::Equal => {}
    }
    let sum: [u8; 32] = Sha256::digest(header.payload).into();
    if sum != manifest.payload_sha256 {
        return Err(damaged(
            "its data does not match the signed checksum".into(),
        ));
    }
    let payload: Payload = postcard::from_bytes(header.payload)
        .map_err(|e| damaged(format!("the data cannot be read: {e}")))?;
    Ok(Opened {
        manifest,
        key,
        files: payload
            .files
            .into_iter()
            .map(|(name, text)| TextFile { name, text })
            .collect(),
    })
}
