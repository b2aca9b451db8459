//! `medrisk data keygen --out DIR`: a new publisher key pair.

use std::io::Write;
use std::path::Path;

use super::super::EXIT_OK;
use crate::store::{UpdateError, keys};

pub fn run(dir: &Path, out: &mut dyn Write) -> Result<u8, UpdateError> {
    let (secret, public, id) = keys::keygen(dir)?;
    let _ = writeln!(out, "key {id}");
    let _ = writeln!(
        out,
        "secret key: {} (only you may read it: keep it offline, back it up, never commit or send it)",
        secret.display()
    );
    let _ = writeln!(
        out,
        "public key: {} (pharmacies run `medrisk data trust` on it)",
        public.display()
    );
    Ok(EXIT_OK)
}
