//! The window's effects on the world outside it: file dialogs, saving and
//! printing the summary, opening a medicine list, dropped files, importing
//! a data update or opening another dataset. Each is started by a
//! [`Command`] and reports back through the shell's notices.

use super::*;

impl MedriskApp {
    /// Opens a file dialog, unless one is open already.
    pub(super) fn ask(&mut self, pick: Pick, summary: Option<SummaryTexts>) {
        if self.pending_pick.is_none() {
            self.pending_pick = Some(PendingPick {
                pick,
                answer: self.desktop.pick(pick),
                summary,
            });
        }
    }

    /// A dialog's answer when it has come, as a command; keeps the window
    /// drawing (and so asking) until it does.
    pub(super) fn poll_dialog(&mut self, ctx: &egui::Context) -> Option<Command> {
        let pending = self.pending_pick.as_ref()?;
        let answer = match pending.answer.try_recv() {
            Ok(answer) => answer,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return None;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
        };
        let pending = self.pending_pick.take().expect("checked above");
        // None: cancelled.
        answer.map(|path| Command::Picked {
            pick: pending.pick,
            path,
            summary: pending.summary,
        })
    }

    /// Carries out a dialog's answer.
    pub(super) fn picked(&mut self, pick: Pick, path: PathBuf, summary: Option<SummaryTexts>) {
        match pick {
            Pick::SaveSummary => {
                if let Some(summary) = summary {
                    self.save_summary(path, &summary);
                }
            }
            Pick::OpenList => self.open_list(&path),
            Pick::OpenDataset => self.open_dataset(&path),
            Pick::ImportUpdate => self.import_update(&path),
        }
    }

    /// Saves the summary in the format its extension asks for, asking first
    /// when the file exists.
    pub(super) fn save_summary(&mut self, path: PathBuf, summary: &SummaryTexts) {
        let text = match SummaryFormat::for_path(&path) {
            SummaryFormat::Html => summary.html.clone(),
            SummaryFormat::Markdown => summary.markdown.clone(),
            SummaryFormat::Text => summary.text.clone(),
        };
        if path.exists() {
            self.confirm_overwrite = Some((path, text));
            self.go(Page::CounterCheck);
        } else {
            self.write_summary(&path, &text);
        }
    }

    pub(super) fn write_summary(&mut self, path: &std::path::Path, text: &str) {
        let status = match std::fs::write(path, text) {
            Ok(()) => format!("Summary saved to {}.", path.display()),
            Err(e) => format!("Could not save to {}: {e}", path.display()),
        };
        self.counter_check.set_status(status);
    }

    /// Writes the handout to a temporary file and opens it in the browser.
    pub(super) fn print(&mut self, html: &str) {
        let written = self.print_files.write(html);
        let status = match written.and_then(|path| self.desktop.open(&path).map(|()| path)) {
            Ok(path) => format!(
                "The handout opened in your browser ({}); print it from there. It is removed when medrisk closes.",
                path.display()
            ),
            Err(e) => format!(
                "Could not open the handout (in {}): {e}",
                self.print_files.dir().display()
            ),
        };
        self.counter_check.set_status(status);
    }

    /// Adds a medicine list file's entries to the counter check.
    pub(super) fn open_list(&mut self, path: &std::path::Path) {
        match crate::check::read_list_file(path) {
            Ok(text) => self.add_list(&text, &path.display().to_string()),
            Err(e) => self
                .counter_check
                .set_status(format!("Could not add {}: {e}.", path.display())),
        }
        self.go(Page::CounterCheck);
    }

    pub(super) fn add_list(&mut self, text: &str, from: &str) {
        let n = self.counter_check.add_list(text);
        self.counter_check
            .set_status(format!("{n} medicines added from {from}."));
    }

    /// Files dropped on the window, read, as commands: a medicine list is
    /// added to the counter check when the command is carried out.
    pub(super) fn take_dropped_files(&self, ctx: &egui::Context) -> Vec<Command> {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        dropped
            .into_iter()
            .map(|file| {
                let path = file.path().to_path_buf();
                let text = if path.is_absolute() {
                    crate::check::read_list_file(&path).map_err(|e| e.to_string())
                } else {
                    file.bytes()
                        .and_then(|b| crate::check::list_text(b).map_err(|e| e.to_string()))
                };
                Command::Dropped {
                    from: path.display().to_string(),
                    text,
                }
            })
            .collect()
    }

    /// Carries out a dropped file: its list is added, or why not is said.
    pub(super) fn dropped(&mut self, from: &str, text: Result<String, String>) {
        match text {
            Ok(text) => self.add_list(&text, from),
            Err(e) => self
                .counter_check
                .set_status(format!("Could not add {from}: {e}.")),
        }
        self.go(Page::CounterCheck);
    }

    /// Checks and installs a signed data update, then uses it; a refusal
    /// says why and keeps the dataset in use.
    pub(super) fn import_update(&mut self, path: &std::path::Path) {
        let Some(dirs) = crate::store::Dirs::from_env() else {
            self.data_notice = Some(
                "This system gives medrisk no folder for its data: the update was not installed."
                    .into(),
            );
            return;
        };
        match crate::store::import(&dirs, path, self.today) {
            Ok(imported) => {
                let current = crate::store::current(Some(&dirs), self.today);
                self.data_notice = Some(format!(
                    "Data update {} installed (signed by key {}, expires {}).",
                    imported.manifest.version, imported.key.key.id, imported.manifest.expires
                ));
                self.data_source = Some(current.source.sentence());
                self.use_dataset(current.dataset);
            }
            Err(e) => self.data_notice = Some(format!("The update was not installed: {e}")),
        }
    }

    /// Uses the dataset at `path` instead of the one loaded; if it does not
    /// load, keeps the one loaded and says why.
    pub(super) fn open_dataset(&mut self, path: &std::path::Path) {
        match Dataset::load_path(path) {
            Ok(ds) => {
                self.data_source = Some(crate::store::Source::File(path.to_path_buf()).sentence());
                self.use_dataset(ds);
            }
            Err(e) => self.load_problem = Some(e),
        }
    }

    /// Replaces the dataset in use; the counter check keeps its list.
    pub(super) fn use_dataset(&mut self, ds: Dataset) {
        self.index = Index::new(&ds);
        self.dataset = ds;
        self.load_problem = None;
        let entries = self.counter_check.entries().to_vec();
        self.counter_check = CounterCheckView::default();
        for e in &entries {
            self.counter_check.add(e);
        }
        self.classes = ClassBrowser::default();
        self.search = SearchView::new();
        self.history.clear();
        self.set_page(Page::Dataset);
    }
}
