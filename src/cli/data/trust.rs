//! `medrisk data trust FILE.pub`: accept a publisher's signatures.

use std::io::Write;
use std::path::Path;

use super::super::EXIT_OK;
use crate::store::keys::{self, Trusted};
use crate::store::{Dirs, UpdateError};

pub fn run(dirs: &Dirs, file: &Path, out: &mut dyn Write) -> Result<u8, UpdateError> {
    match keys::trust(dirs, file)? {
        Trusted::Added { id, path } => {
            let _ = writeln!(
                out,
                "trusted key {id}: bundles it signs can now be imported (kept at {})",
                path.display()
            );
        }
        Trusted::Already { id, origin } => {
            let _ = writeln!(out, "key {id} is already trusted ({origin})");
        }
    }
    Ok(EXIT_OK)
}
