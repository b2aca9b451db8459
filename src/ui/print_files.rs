//! Handout files written so the browser can print them: the only place the
//! window writes a patient's summary without being asked to save it. They
//! live in a folder only this user can read (the per-user runtime folder),
//! each readable by this user only, and are removed when the window closes;
//! any a crashed window left behind are removed at the next start. Nothing
//! here knows what a handout says.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The handout files this window wrote, removed when it is dropped.
#[derive(Debug)]
pub struct PrintFiles {
    dir: PathBuf,
    written: Vec<PathBuf>,
}

/// File names start with this, then the writing process's id.
const PREFIX: &str = "handout-";

impl PrintFiles {
    /// The per-user folder for handouts: `$XDG_RUNTIME_DIR/medrisk` where
    /// the desktop provides one (private to the user by definition), else a
    /// folder of the user's own under the temporary directory. Files left
    /// there by a window that is no longer running are removed now.
    pub fn new() -> PrintFiles {
        let dir = match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
            Some(runtime) => PathBuf::from(runtime).join("medrisk"),
            None => {
                let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
                std::env::temp_dir().join(format!("medrisk-{user}"))
            }
        };
        PrintFiles::in_dir(dir)
    }

    /// The same, in a folder of the caller's choosing (tests).
    pub fn in_dir(dir: PathBuf) -> PrintFiles {
        remove_leftovers(&dir);
        PrintFiles {
            dir,
            written: Vec::new(),
        }
    }

    /// The folder handouts are written to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes one handout, readable and writable by this user only, and
    /// returns its path.
    pub fn write(&mut self, html: &str) -> std::io::Result<PathBuf> {
        create_private_dir(&self.dir)?;
        let path = self.dir.join(format!(
            "{PREFIX}{}-{}.html",
            std::process::id(),
            self.written.len() + 1
        ));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&path)?;
        file.write_all(html.as_bytes())?;
        self.written.push(path.clone());
        Ok(path)
    }

    /// Removes every handout this window wrote.
    pub fn remove_all(&mut self) {
        for path in self.written.drain(..) {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Default for PrintFiles {
    fn default() -> PrintFiles {
        PrintFiles::new()
    }
}

impl Drop for PrintFiles {
    fn drop(&mut self) {
        self.remove_all();
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Removes handouts written by a process that is no longer running (a
/// window that crashed or was killed). Where running processes cannot be
/// listed, every handout not written by this process is removed.
fn remove_leftovers(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let own = std::process::id();
    let proc = Path::new("/proc");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(PREFIX)) else {
            continue;
        };
        let pid: Option<u32> = rest.split('-').next().and_then(|p| p.parse().ok());
        let running =
            pid.is_some_and(|p| p == own || (proc.is_dir() && proc.join(p.to_string()).exists()));
        if !running {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("medrisk-print-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_handout_is_private_and_removed_with_the_window() {
        let dir = scratch("private");
        let mut files = PrintFiles::in_dir(dir.clone());
        let path = files.write("<p>handout</p>").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "<p>handout</p>");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(&dir), 0o700);
        }
        drop(files);
        assert!(!path.exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn leftovers_of_a_window_no_longer_running_are_removed_at_start() {
        let dir = scratch("leftovers");
        create_private_dir(&dir).unwrap();
        // No process has this id: the largest pid_max is 2^22.
        let stale = dir.join(format!("{PREFIX}{}-1.html", 9_999_999));
        let mine = dir.join(format!("{PREFIX}{}-1.html", std::process::id()));
        let other = dir.join("notes.txt");
        for p in [&stale, &mine, &other] {
            std::fs::write(p, "x").unwrap();
        }
        let _files = PrintFiles::in_dir(dir.clone());
        assert!(!stale.exists());
        assert!(mine.exists(), "a running window's handout stays");
        assert!(other.exists(), "only handouts are touched");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
