//! `medrisk data import FILE.mrd`: check a bundle and install it.

use std::io::Write;
use std::path::Path;

use super::super::EXIT_OK;
use crate::dataset::Date;
use crate::store::{self, Dirs, UpdateError};

pub fn run(dirs: &Dirs, file: &Path, today: Date, out: &mut dyn Write) -> Result<u8, UpdateError> {
    let imported = store::import(dirs, file, today)?;
    let m = &imported.manifest;
    let replaced = imported
        .replaced
        .map(|v| format!(", replacing {v}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "installed dataset {} (published {}, expires {}; signed by key {}, {}){replaced}",
        m.version, m.published, m.expires, imported.key.key.id, imported.key.origin
    );
    let _ = writeln!(
        out,
        "the command line and the window now use it; the built-in dataset {} stays as the fallback",
        store::BUILT_IN_VERSION
    );
    Ok(EXIT_OK)
}
