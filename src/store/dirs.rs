//! The user's folders for medrisk (the publisher keys they trust, the
//! installed update) and the one way files are written into them: a
//! temporary file beside the target, flushed to disk, then renamed over it,
//! so a reader sees the old file or the new one, never half of either.
//!
//! The folders come from the XDG variables and the platform's defaults
//! directly: the `directories`/`dirs` crates would bring `option-ext`,
//! whose MPL-2.0 licence is not on deny.toml's allow-list, for a dozen
//! lines of logic.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::UpdateError;

/// The folder name under the platform's configuration and data folders.
const APP_FOLDER: &str = "medrisk";

/// Where medrisk keeps what the user asked it to keep. Taken from the
/// environment by [`Dirs::from_env`]; tests pass folders of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// Settings: `trusted-keys/` (`$XDG_CONFIG_HOME/medrisk`).
    pub config: PathBuf,
    /// Data: the installed update (`$XDG_DATA_HOME/medrisk`).
    pub data: PathBuf,
}

impl Dirs {
    /// `$XDG_CONFIG_HOME/medrisk` and `$XDG_DATA_HOME/medrisk` when set
    /// (absolute paths, as the XDG base directory specification asks, on
    /// any system), otherwise the platform's usual folders: `~/.config`
    /// and `~/.local/share`, `~/Library/Application Support` on macOS,
    /// `%APPDATA%` on Windows. `None` when there is no home folder at all.
    pub fn from_env() -> Option<Dirs> {
        let var = |name: &str| {
            std::env::var_os(name)
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
        };
        let usual = |unix: &str| -> Option<PathBuf> {
            if cfg!(windows) {
                var("APPDATA")
            } else if cfg!(target_os = "macos") {
                Some(var("HOME")?.join("Library/Application Support"))
            } else {
                Some(var("HOME")?.join(unix))
            }
        };
        let config = var("XDG_CONFIG_HOME").or_else(|| usual(".config"))?;
        let data = var("XDG_DATA_HOME").or_else(|| usual(".local/share"))?;
        Some(Dirs {
            config: config.join(APP_FOLDER),
            data: data.join(APP_FOLDER),
        })
    }

    /// The public keys the user trusts, one `ID.pub` file each.
    pub fn trusted_keys(&self) -> PathBuf {
        self.config.join("trusted-keys")
    }
}

/// Unix permissions for a new file: `0o600` for a secret key, `0o644`
/// otherwise. Ignored elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Private,
    Readable,
}

/// The prefix of the temporary files `write_atomically` makes beside
/// `target`. A write that is killed leaves one behind; it is never read,
/// and the next write to the same target removes it.
pub fn temp_prefix(target: &Path) -> String {
    format!(
        "{}.tmp.",
        target.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// Writes `bytes` to `target`: into a temporary file in the same folder,
/// flushed to disk, renamed over `target`, and the folder flushed too.
/// `exclusive` (a key) never replaces an existing `target`: it is created
/// in place instead, which works on any file system (a FAT USB stick has
/// no hard links to publish a temporary file without replacing).
pub fn write_atomically(
    target: &Path,
    bytes: &[u8],
    mode: Mode,
    exclusive: bool,
) -> Result<(), UpdateError> {
    let fail = |e: std::io::Error| UpdateError::io(target, "write", e);
    let folder = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(fail)?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(match mode {
            Mode::Private => 0o600,
            Mode::Readable => 0o644,
        });
    }
    #[cfg(not(unix))]
    let _ = mode;
    let write = |f: &mut std::fs::File| f.write_all(bytes).and_then(|()| f.sync_all());
    if exclusive {
        let mut file = options.create_new(true).open(target).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                UpdateError::Exists {
                    path: target.to_path_buf(),
                }
            } else {
                fail(e)
            }
        })?;
        if let Err(e) = write(&mut file) {
            let _ = std::fs::remove_file(target);
            return Err(fail(e));
        }
    } else {
        remove_stale_temps(target);
        let temp = folder.join(format!("{}{}", temp_prefix(target), std::process::id()));
        let written = options
            .create(true)
            .truncate(true)
            .open(&temp)
            .and_then(|mut f| write(&mut f))
            .and_then(|()| std::fs::rename(&temp, target));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&temp);
            return Err(fail(e));
        }
    }
    // The new name is on disk only once the folder is; not every system
    // can open a folder to flush it, and the data is safe anyway.
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Removes temporary files an earlier, killed write to `target` left.
fn remove_stale_temps(target: &Path) {
    let Some(folder) = target.parent() else {
        return;
    };
    let prefix = temp_prefix(target);
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}
