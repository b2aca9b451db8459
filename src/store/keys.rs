//! Publisher keys: ed25519 key pairs in small text files, the project's own
//! public keys built into the binary, and the keys a user chose to trust.
//!
//! Why ed25519-dalek: ed25519 signatures are small, fast to check and have
//! no parameters to get wrong; ed25519-dalek is pure Rust, audited and
//! widely used, and gives exactly sign, verify and keys as 32 bytes, which
//! lets a signature cover our own manifest (version, publish and expiry
//! dates) directly. minisign would add its own file formats, a password
//! scheme (scrypt) and a trusted-comment convention we would have to map
//! our manifest onto; minisign-verify alone cannot sign.

use std::fmt;
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use super::UpdateError;
use super::dirs::{Dirs, Mode, write_atomically};

/// The project's public keys, built in: slot 1 signs the project's
/// updates; slot 2 is the reserve, kept apart, which takes over if slot 1
/// is ever lost or exposed (a release then moves it to slot 1 and puts a
/// new reserve in slot 2). README, "Publishing data", says how the secret
/// halves are kept; they are never in the repository.
pub const PROJECT_KEYS: [&str; 2] = [
    // key 054d7ad47500f89e
    "af0f32881a32579fc04510525cd482ba3e5696e78323f9bbdb301d42d2affa96",
    // key feb0624525e8e09a
    "caae35500f7ad2a905651d2fed22f5a09ccf09b49c3053c7ea0770be799fe93c",
];

/// First line of a public key file; the key id follows.
const PUBLIC_HEADER: &str = "medrisk data public key";
/// First line of a secret key file; the key id follows.
const SECRET_HEADER: &str = "medrisk data SECRET key";

/// A key's short name: the first 8 bytes of the SHA-256 of the public key,
/// shown as 16 hex digits. Printed by `keygen`, `status` and in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyId(pub [u8; 8]);

impl KeyId {
    pub fn of(key: &VerifyingKey) -> KeyId {
        let hash = Sha256::digest(key.as_bytes());
        let mut id = [0; 8];
        id.copy_from_slice(&hash[..8]);
        KeyId(id)
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex(&self.0))
    }
}

/// A publisher's public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    pub id: KeyId,
    key: VerifyingKey,
}

impl PublicKey {
    fn new(key: VerifyingKey) -> PublicKey {
        PublicKey {
            id: KeyId::of(&key),
            key,
        }
    }

    /// From 64 hex digits.
    pub fn from_hex(text: &str) -> Option<PublicKey> {
        let bytes: [u8; 32] = unhex(text)?.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok().map(PublicKey::new)
    }

    /// Whether `signature` is this key's over `message` (the strict check:
    /// no malleable or weak-key signatures).
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.key
            .verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    }

    /// The text of a `.pub` file.
    pub fn to_file_text(&self) -> String {
        format!(
            "{PUBLIC_HEADER} {}\n{}\n",
            self.id,
            hex(self.key.as_bytes())
        )
    }

    /// Reads a `.pub` file.
    pub fn read(path: &Path) -> Result<PublicKey, UpdateError> {
        let (id, hex_key) = read_key_file(path, PUBLIC_HEADER)?;
        let key = PublicKey::from_hex(&hex_key).ok_or_else(|| UpdateError::BadKeyFile {
            path: path.to_path_buf(),
            detail: "the key is not 64 hex digits of an ed25519 public key".into(),
        })?;
        check_id(path, &id, key.id)?;
        Ok(key)
    }
}

/// A publisher's secret key: signs bundles. Lives only on the publisher's
/// own machine, in a file only they can read.
pub struct SecretKey {
    key: SigningKey,
}

impl SecretKey {
    /// A new key from the operating system's random numbers.
    pub fn generate() -> Result<SecretKey, UpdateError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| UpdateError::Io {
            path: PathBuf::from("(random numbers)"),
            action: "read",
            error: e.to_string(),
        })?;
        Ok(SecretKey {
            key: SigningKey::from_bytes(&seed),
        })
    }

    pub fn public(&self) -> PublicKey {
        PublicKey::new(self.key.verifying_key())
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    fn to_file_text(&self) -> String {
        format!(
            "{SECRET_HEADER} {}: keep this file offline; never share or commit it\n{}\n",
            self.public().id,
            hex(&self.key.to_bytes())
        )
    }

    /// Reads a secret key file.
    pub fn read(path: &Path) -> Result<SecretKey, UpdateError> {
        let (id, hex_key) = read_key_file(path, SECRET_HEADER)?;
        let seed: [u8; 32] = unhex(&hex_key)
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| UpdateError::BadKeyFile {
                path: path.to_path_buf(),
                detail: "the key is not 64 hex digits".into(),
            })?;
        let key = SecretKey {
            key: SigningKey::from_bytes(&seed),
        };
        check_id(path, &id, key.public().id)?;
        Ok(key)
    }
}

/// Writes a new key pair into `dir` as `medrisk-data.key` (readable by its
/// owner only) and `medrisk-data.pub`; never replaces an existing key.
pub fn keygen(dir: &Path) -> Result<(PathBuf, PathBuf, KeyId), UpdateError> {
    let key = SecretKey::generate()?;
    let secret = dir.join("medrisk-data.key");
    let public = dir.join("medrisk-data.pub");
    for path in [&secret, &public] {
        if path.exists() {
            return Err(UpdateError::Exists { path: path.clone() });
        }
    }
    write_atomically(&secret, key.to_file_text().as_bytes(), Mode::Private, true)?;
    let pair = key.public();
    write_atomically(
        &public,
        pair.to_file_text().as_bytes(),
        Mode::Readable,
        true,
    )?;
    Ok((secret, public, pair.id))
}

/// Where a trusted key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyOrigin {
    /// Built into medrisk: project key 1 or 2.
    BuiltIn { slot: usize },
    /// Trusted by the user with `medrisk data trust`.
    User { path: PathBuf },
}

impl fmt::Display for KeyOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyOrigin::BuiltIn { slot } => write!(f, "medrisk project key {slot}, built in"),
            KeyOrigin::User { path } => write!(f, "trusted by you: {}", path.display()),
        }
    }
}

/// A key whose signatures are accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub key: PublicKey,
    pub origin: KeyOrigin,
}

/// The project's built-in keys.
pub fn built_in() -> Vec<TrustedKey> {
    PROJECT_KEYS
        .iter()
        .enumerate()
        .map(|(i, hex)| TrustedKey {
            key: PublicKey::from_hex(hex).expect("a built-in key is valid (tested)"),
            origin: KeyOrigin::BuiltIn { slot: i + 1 },
        })
        .collect()
}

/// The keys whose signatures are accepted: the built-in ones, then the
/// user's; with the files in the trust folder that could not be read.
pub fn trusted(dirs: &Dirs) -> (Vec<TrustedKey>, Vec<UpdateError>) {
    let mut keys = built_in();
    let mut problems = Vec::new();
    let folder = dirs.trusted_keys();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pub"))
        .collect();
    paths.sort();
    for path in paths {
        match PublicKey::read(&path) {
            Ok(key) if keys.iter().any(|k| k.key == key) => {}
            Ok(key) => keys.push(TrustedKey {
                key,
                origin: KeyOrigin::User { path },
            }),
            Err(e) => problems.push(e),
        }
    }
    (keys, problems)
}

/// What `trust` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trusted {
    /// The key is new and now trusted; its copy is at `path`.
    Added { id: KeyId, path: PathBuf },
    /// The key was trusted already.
    Already { id: KeyId, origin: KeyOrigin },
}

/// Adds the public key in `file` to the user's trusted keys.
pub fn trust(dirs: &Dirs, file: &Path) -> Result<Trusted, UpdateError> {
    let key = PublicKey::read(file)?;
    let (keys, _) = trusted(dirs);
    if let Some(k) = keys.into_iter().find(|k| k.key == key) {
        return Ok(Trusted::Already {
            id: key.id,
            origin: k.origin,
        });
    }
    let path = dirs.trusted_keys().join(format!("{}.pub", key.id));
    write_atomically(&path, key.to_file_text().as_bytes(), Mode::Readable, false)?;
    Ok(Trusted::Added { id: key.id, path })
}

/// The id on a key file's first line and the hex key on its second.
fn read_key_file(path: &Path, header: &str) -> Result<(String, String), UpdateError> {
    let bad = |detail: &str| UpdateError::BadKeyFile {
        path: path.to_path_buf(),
        detail: detail.into(),
    };
    // A key file is two short lines; anything large is not one.
    let meta = std::fs::metadata(path).map_err(|e| UpdateError::io(path, "read", e))?;
    if meta.len() > 4096 {
        return Err(bad("too large for a key file"));
    }
    let text = std::fs::read_to_string(path).map_err(|e| UpdateError::io(path, "read", e))?;
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default();
    let Some(rest) = first.strip_prefix(header) else {
        return Err(bad(&format!("the first line does not start \"{header}\"")));
    };
    let id = rest.trim().split(':').next().unwrap_or_default().trim();
    let key = lines.next().unwrap_or_default().trim();
    Ok((id.to_owned(), key.to_owned()))
}

fn check_id(path: &Path, written: &str, actual: KeyId) -> Result<(), UpdateError> {
    if written == actual.to_string() {
        Ok(())
    } else {
        Err(UpdateError::BadKeyFile {
            path: path.to_path_buf(),
            detail: format!("it names key {written}, but the key in it is {actual}"),
        })
    }
}

/// Lower-case hex digits.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Bytes from hex digits (either case); `None` if any pair is not hex.
fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_keys_are_two_different_real_keys() {
        let keys = built_in();
        assert_eq!(keys.len(), 2);
        assert_ne!(keys[0].key, keys[1].key);
        let ids: Vec<String> = keys.iter().map(|k| k.key.id.to_string()).collect();
        assert_eq!(
            ids,
            ["054d7ad47500f89e", "feb0624525e8e09a"],
            "as the comments say"
        );
    }

    #[test]
    fn a_signature_verifies_with_its_own_key_only() {
        let a = SecretKey::generate().unwrap();
        let b = SecretKey::generate().unwrap();
        let sig = a.sign(b"message");
        assert!(a.public().verifies(b"message", &sig));
        assert!(!a.public().verifies(b"messagf", &sig));
        assert!(!b.public().verifies(b"message", &sig));
    }

    #[test]
    fn hex_round_trips_and_refuses_non_hex() {
        assert_eq!(
            unhex(&hex(&[0, 1, 0xab, 0xff])),
            Some(vec![0, 1, 0xab, 0xff])
        );
        assert_eq!(unhex("0g"), None);
        assert_eq!(unhex("abc"), None);
    }
}
