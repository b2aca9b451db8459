//! What the window asks of the desktop: its file dialogs, its browser (to
//! print the handout) and its light or dark theme. Behind a trait so that
//! the tests give answers without a portal or a browser. A dialog runs on a
//! thread of its own and answers through a channel: the window keeps
//! drawing while it is open.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// Which file the pharmacist is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// Where to save the patient's summary (.html, .md or .txt).
    SaveSummary,
    /// A medicine list to add to the counter check (.txt, one per line).
    OpenList,
    /// A dataset to use instead of the built-in one (.ron).
    OpenDataset,
    /// A signed data update to check and install (.mrd).
    ImportUpdate,
}

impl Pick {
    /// The dialog's title.
    pub fn title(self) -> &'static str {
        match self {
            Pick::SaveSummary => "Save the patient's summary",
            Pick::OpenList => "Open a medicine list",
            Pick::OpenDataset => "Open a dataset",
            Pick::ImportUpdate => "Import a data update",
        }
    }
}

/// The light or dark look the desktop asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemTheme {
    Light,
    Dark,
}

/// The desktop, as the window uses it.
pub trait Desktop {
    /// Opens the file dialog for `pick`; the answer (a path, or `None` if
    /// cancelled) arrives on the channel.
    fn pick(&self, pick: Pick) -> Receiver<Option<PathBuf>>;
    /// Opens a file with the desktop's default program (the handout in the
    /// browser, to print it).
    fn open(&self, path: &Path) -> std::io::Result<()>;
    /// The theme the desktop asks for, if it says.
    fn theme(&self) -> Option<SystemTheme>;
}

/// The real desktop: rfd's dialogs (the XDG portal on Linux), the system's
/// opener, and the theme as a background thread last read it.
#[derive(Default)]
pub struct NativeDesktop {
    /// Started at the first question about the theme.
    themes: std::cell::OnceCell<Receiver<Option<SystemTheme>>>,
    last: std::cell::Cell<Option<SystemTheme>>,
}

/// How often the background thread asks the desktop for its theme.
const THEME_EVERY: std::time::Duration = std::time::Duration::from_secs(3);

impl NativeDesktop {
    pub fn new() -> Self {
        NativeDesktop::default()
    }

    /// Reads the desktop's theme now (the first frame is drawn in the right
    /// colours), then starts the thread that reads it again every
    /// [`THEME_EVERY`]: a portal call can take a moment, and the window
    /// never waits for it after the first. The thread ends with the window.
    fn start(&self) -> Receiver<Option<SystemTheme>> {
        let first = read_system_theme();
        self.last.set(first);
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(THEME_EVERY);
                if tx.send(read_system_theme()).is_err() {
                    return; // the window has closed
                }
            }
        });
        rx
    }
}

/// The desktop's light or dark preference: the XDG settings portal (GNOME,
/// KDE and others; the system setting on macOS and Windows), else GNOME's
/// own setting; `None` if neither says.
fn read_system_theme() -> Option<SystemTheme> {
    if let Some(theme) = stated_theme() {
        return Some(theme);
    }
    if cfg!(target_os = "linux") {
        let out = std::process::Command::new("gsettings")
            .args(["get", "org.gnome.desktop.interface", "color-scheme"])
            .stderr(std::process::Stdio::null())
            .output()
            .ok()?;
        let value = String::from_utf8_lossy(&out.stdout);
        if value.contains("prefer-dark") {
            return Some(SystemTheme::Dark);
        }
        if out.status.success() {
            return Some(SystemTheme::Light);
        }
    }
    None
}

impl Desktop for NativeDesktop {
    fn pick(&self, pick: Pick) -> Receiver<Option<PathBuf>> {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new().set_title(pick.title());
            let chosen = match pick {
                Pick::SaveSummary => dialog
                    .add_filter("Web page (prints as a handout)", &["html", "htm"])
                    .add_filter("Markdown", &["md"])
                    .add_filter("Plain text", &["txt"])
                    .set_file_name("medicines-summary.html")
                    .save_file(),
                Pick::OpenList => dialog
                    .add_filter("Medicine list", &["txt", "csv"])
                    .pick_file(),
                Pick::OpenDataset => dialog.add_filter("Dataset", &["ron"]).pick_file(),
                Pick::ImportUpdate => dialog
                    .add_filter("Signed data update", &["mrd"])
                    .pick_file(),
            };
            let _ = tx.send(chosen);
        });
        rx
    }

    fn open(&self, path: &Path) -> std::io::Result<()> {
        open_with_system(path)
    }

    fn theme(&self) -> Option<SystemTheme> {
        let themes = self.themes.get_or_init(|| self.start());
        while let Ok(theme) = themes.try_recv() {
            self.last.set(theme);
        }
        self.last.get()
    }
}

/// Starts the desktop's default program for `path` and returns at once.
fn open_with_system(path: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "macos")]
    let mut command = std::process::Command::new("open");
    #[cfg(target_os = "windows")]
    let mut command = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    };
    #[cfg(not(any(target_os = "macos", target_os = "windows")))]
    let mut command = std::process::Command::new("xdg-open");
    command
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
}

/// A typed path with a leading `~` made the home folder.
pub fn expand_home(typed: &str) -> PathBuf {
    let typed = typed.trim();
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    match (typed.strip_prefix('~'), home) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with(['/', '\\']) => {
            PathBuf::from(home).join(rest.trim_start_matches(['/', '\\']))
        }
        _ => PathBuf::from(typed),
    }
}

/// How a summary is written to a file, by the file's extension: a web page
/// for .html/.htm, Markdown for .md, plain text otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryFormat {
    Html,
    Markdown,
    Text,
}

impl SummaryFormat {
    pub fn for_path(path: &Path) -> SummaryFormat {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("html" | "htm") => SummaryFormat::Html,
            Some("md" | "markdown") => SummaryFormat::Markdown,
            _ => SummaryFormat::Text,
        }
    }
}

/// How long the settings portal may take to answer before the window goes
/// on without it (the first read happens before the first frame).
#[cfg(portal_desktop)]
const PORTAL_WAIT: std::time::Duration = std::time::Duration::from_millis(25);

/// The colour scheme the XDG settings portal states, if it answers within
/// [`PORTAL_WAIT`] and prefers one.
#[cfg(portal_desktop)]
fn stated_theme() -> Option<SystemTheme> {
    use ashpd::desktop::settings::{ColorScheme, Settings};
    let ask = async {
        let settings = Settings::new().await.ok()?;
        match settings.color_scheme().await.ok()? {
            ColorScheme::PreferDark => Some(SystemTheme::Dark),
            ColorScheme::PreferLight => Some(SystemTheme::Light),
            ColorScheme::NoPreference => None,
        }
    };
    let give_up = async {
        async_io::Timer::after(PORTAL_WAIT).await;
        None
    };
    async_io::block_on(futures_lite::future::or(ask, give_up))
}

/// The system's light or dark setting (macOS, Windows), if it states one.
#[cfg(not(portal_desktop))]
fn stated_theme() -> Option<SystemTheme> {
    match dark_light::detect() {
        Ok(dark_light::Mode::Dark) => Some(SystemTheme::Dark),
        Ok(dark_light::Mode::Light) => Some(SystemTheme::Light),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{SummaryFormat, expand_home};
    use std::path::{Path, PathBuf};

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        if let Some(home) = home {
            assert_eq!(expand_home("~/summary.md"), home.join("summary.md"));
            assert_eq!(expand_home("~"), home);
        }
        assert_eq!(expand_home("/tmp/x.md"), PathBuf::from("/tmp/x.md"));
        assert_eq!(expand_home("~other/x"), PathBuf::from("~other/x"));
        assert_eq!(expand_home("  notes.txt "), PathBuf::from("notes.txt"));
    }

    #[test]
    fn the_extension_chooses_the_format() {
        let f = |p: &str| SummaryFormat::for_path(Path::new(p));
        assert_eq!(f("a.html"), SummaryFormat::Html);
        assert_eq!(f("a.HTM"), SummaryFormat::Html);
        assert_eq!(f("a.md"), SummaryFormat::Markdown);
        assert_eq!(f("a.txt"), SummaryFormat::Text);
        assert_eq!(f("summary"), SummaryFormat::Text);
    }
}
