//! `medrisk validate`: load a dataset and report every problem, or a
//! one-line summary.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK, load};

pub fn run(path: Option<&PathBuf>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match load(path) {
        Ok(ds) => {
            for w in ds.warnings() {
                let _ = writeln!(err, "{w}");
            }
            let _ = writeln!(
                out,
                "ok: dataset {} (reviewed {}): {} classes, {} drugs, {} products, {} names, {} sources, {} warnings",
                ds.metadata().version,
                ds.metadata().reviewed,
                ds.classes().len(),
                ds.drugs().len(),
                ds.products().len(),
                ds.names().len(),
                ds.sources().len(),
                ds.warnings().len()
            );
            EXIT_OK
        }
        Err(e) => {
            for d in &e.diagnostics {
                let _ = writeln!(err, "{d}");
            }
            let n = e.errors().count();
            let _ = writeln!(
                err,
                "medrisk: the dataset has {n} error{}",
                if n == 1 { "" } else { "s" }
            );
            EXIT_INVALID
        }
    }
}
