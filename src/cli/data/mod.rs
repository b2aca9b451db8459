//! `medrisk data ...`: signed dataset updates. A publisher makes a key
//! (`keygen`) and signs a dataset folder into a bundle (`pack`); a pharmacy
//! trusts the publisher's key (`trust`, the project's own keys are built
//! in), installs a bundle (`import`) and sees which dataset is in use
//! (`status`). One file per command; the checks themselves are `store`'s.
//! Also the loader every other command uses ([`current`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::EXIT_INVALID;
use crate::dataset::{Dataset, Date, LoadError};
use crate::store::{self, Dirs, UpdateError};

mod import;
mod keygen;
mod pack;
mod status;
mod trust;

/// How long a bundle is valid by default: a year after it is published.
pub const DEFAULT_VALID_DAYS: i64 = 365;

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Make a publisher's key pair: DIR/medrisk-data.key (secret: keep it
    /// offline, never commit it) and DIR/medrisk-data.pub (give it to
    /// pharmacies).
    Keygen {
        /// The folder to write the two files to.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Validate a dataset folder, and sign it into an update bundle (.mrd).
    Pack {
        /// The folder of .ron files (like data/).
        dir: PathBuf,
        /// The publisher's secret key file.
        #[arg(long, value_name = "SECRET")]
        key: PathBuf,
        /// The bundle to write.
        #[arg(short = 'o', long = "out", value_name = "FILE.mrd")]
        out: PathBuf,
        /// The publish date, YYYY-MM-DD [default: today].
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        published: Option<Date>,
        /// The day after which pharmacies refuse the bundle, YYYY-MM-DD
        /// [default: a year after publishing].
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        expires: Option<Date>,
    },
    /// Trust a publisher's public key (.pub) for imports.
    Trust {
        /// The publisher's .pub file.
        file: PathBuf,
    },
    /// Check a bundle and install it: signed by a trusted key, not expired,
    /// newer than the dataset in use, valid. Nothing changes otherwise.
    Import {
        /// The bundle (.mrd) from the publisher.
        file: PathBuf,
    },
    /// Which dataset is in use: built in or installed, its version, who
    /// signed it, when it was published and when it expires.
    Status,
}

/// `--published` and `--expires`.
fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse_iso(text).ok_or_else(|| format!("\"{text}\" is not a date of the form YYYY-MM-DD"))
}

/// Runs a `data` command; `data` is `--data PATH` if given.
pub fn run(
    command: &DataCommand,
    data: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let today = Date::today();
    let dirs = Dirs::from_env();
    let result = match command {
        DataCommand::Keygen { out: dir } => keygen::run(dir, out),
        DataCommand::Pack {
            dir,
            key,
            out: file,
            published,
            expires,
        } => pack::run(
            &pack::Request {
                dir,
                key,
                file,
                published: published.unwrap_or(today),
                expires: *expires,
                today,
            },
            out,
            err,
        ),
        DataCommand::Trust { file } => with_dirs(dirs.as_ref(), |d| trust::run(d, file, out)),
        DataCommand::Import { file } => {
            with_dirs(dirs.as_ref(), |d| import::run(d, file, today, out))
        }
        DataCommand::Status => status::run(dirs.as_ref(), data, today, out, err),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "medrisk: {e}");
            EXIT_INVALID
        }
    }
}

fn with_dirs(
    dirs: Option<&Dirs>,
    f: impl FnOnce(&Dirs) -> Result<u8, UpdateError>,
) -> Result<u8, UpdateError> {
    f(dirs.ok_or(UpdateError::NoFolders)?)
}

/// The dataset the other commands use: an installed update newer than the
/// built-in dataset, or the built-in one. What the user should know (an
/// update that cannot be used, an expiry or review date passed) goes to
/// stderr, one line each; it never stops the command. Returned with where
/// it came from.
pub fn current_with_source() -> Result<(Dataset, store::Source), LoadError> {
    let current = store::current(Dirs::from_env().as_ref(), Date::today());
    for notice in &current.notices {
        eprintln!("medrisk: {notice}");
    }
    Ok((current.dataset, current.source))
}
