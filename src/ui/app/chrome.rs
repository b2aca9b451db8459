//! The window's chrome: keyboard shortcuts, the navigation bar, banners,
//! the footer, and applying the theme and zoom. It draws and returns
//! [`Command`]s; it changes no state itself except the theme it was asked
//! to follow.

use super::*;

const ZOOM_IN_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
const ZOOM_IN_KEY_2: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
const ZOOM_OUT_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
const ZOOM_RESET_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
const BACK_KEY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft);

/// A button whose accessible name is `label`, whatever it shows ("+" is
/// read as "Zoom in").
fn named_button(ui: &mut egui::Ui, text: &str, label: &'static str) -> egui::Response {
    let response = ui.button(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    response
}

impl MedriskApp {
    /// With "System theme" chosen, asks the desktop for its theme at start
    /// and every [`THEME_POLL`] after, and applies it when it changes.
    pub(super) fn follow_system_theme(&mut self, ctx: &egui::Context) {
        if self.saved.theme != ThemeChoice::System {
            return;
        }
        let due = self.theme_asked.is_none_or(|t| t.elapsed() >= THEME_POLL);
        if due {
            self.theme_asked = Some(std::time::Instant::now());
            let theme = self.desktop.theme();
            if theme != self.system_theme {
                self.system_theme = theme;
                self.applied = None;
            }
        }
        ctx.request_repaint_after(THEME_POLL);
    }

    pub(super) fn apply_settings(&mut self, ctx: &egui::Context) {
        let wanted = (self.saved.theme, self.saved.zoom);
        if self.applied == Some(wanted) {
            return;
        }
        ctx.set_theme(match (self.saved.theme, self.system_theme) {
            (ThemeChoice::System, Some(SystemTheme::Light)) => egui::ThemePreference::Light,
            (ThemeChoice::System, Some(SystemTheme::Dark)) => egui::ThemePreference::Dark,
            (ThemeChoice::System, None) => egui::ThemePreference::System,
            (ThemeChoice::Light, _) => egui::ThemePreference::Light,
            (ThemeChoice::Dark, _) => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.saved.zoom);
        self.applied = Some(wanted);
    }

    /// Window-wide keys: Ctrl+F / Ctrl+L search, Ctrl +/−/0 zoom, Alt+←
    /// back, Esc leaves a page for the search (⌘ for Ctrl on macOS).
    pub(super) fn shortcuts(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let tabs = TABS
            .iter()
            .flat_map(|t| t.keys.iter().map(move |&k| (k, t.command())));
        let table = [
            (ZOOM_IN_KEY, Command::Zoom(Zoom::In)),
            (ZOOM_IN_KEY_2, Command::Zoom(Zoom::In)),
            (ZOOM_OUT_KEY, Command::Zoom(Zoom::Out)),
            (ZOOM_RESET_KEY, Command::Zoom(Zoom::Reset)),
            (BACK_KEY, Command::Back),
        ];
        let mut out: Vec<Command> = tabs
            .chain(table)
            .filter(|(s, _)| ui.input_mut(|i| i.consume_shortcut(s)))
            .map(|(_, c)| c)
            .collect();
        if self.page != Page::Search
            && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
        {
            out.push(Command::FocusSearch);
        }
        out
    }

    pub(super) fn nav_bar(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut out = Vec::new();
        let ctx = ui.ctx().clone();
        let key = |k: &KeyboardShortcut| ctx.format_shortcut(k);
        let back_key = key(&BACK_KEY);
        let (zoom_in_key, zoom_out_key, zoom_reset_key) =
            (key(&ZOOM_IN_KEY), key(&ZOOM_OUT_KEY), key(&ZOOM_RESET_KEY));
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(!self.history.is_empty(), egui::Button::new(NAV_BACK))
                .on_hover_text(back_key)
                .clicked()
            {
                out.push(Command::Back);
            }
            ui.separator();
            for tab in TABS {
                if tab.starts_group {
                    ui.separator();
                }
                let (label, hint) = if tab.page == Page::CounterCheck {
                    let entries = self.counter_check.entries();
                    let hint = if entries.is_empty() {
                        tab.hint.to_owned()
                    } else {
                        entries.join(", ")
                    };
                    (format!("{} ({})", tab.label, entries.len()), hint)
                } else {
                    let keys: Vec<String> = tab.keys.iter().map(&key).collect();
                    let hint = if keys.is_empty() {
                        tab.hint.to_owned()
                    } else {
                        format!("{} ({})", tab.hint, keys.join(", "))
                    };
                    (tab.label.to_owned(), hint)
                };
                if ui
                    .selectable_label(self.page == tab.page, label)
                    .on_hover_text(hint)
                    .clicked()
                {
                    out.push(tab.command());
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let zoom_in = named_button(ui, "+", ZOOM_IN_LABEL);
                if zoom_in
                    .on_hover_text(format!("zoom in ({zoom_in_key})"))
                    .clicked()
                {
                    out.push(Command::Zoom(Zoom::In));
                }
                let percent = format!("{:.0} %", self.saved.zoom * 100.0);
                let reset = named_button(ui, &percent, ZOOM_RESET_LABEL);
                if reset
                    .on_hover_text(format!("reset zoom ({zoom_reset_key})"))
                    .clicked()
                {
                    out.push(Command::Zoom(Zoom::Reset));
                }
                let zoom_out = named_button(ui, "−", ZOOM_OUT_LABEL);
                if zoom_out
                    .on_hover_text(format!("zoom out ({zoom_out_key})"))
                    .clicked()
                {
                    out.push(Command::Zoom(Zoom::Out));
                }
                let mut theme = self.saved.theme;
                egui::ComboBox::from_label(THEME_LABEL)
                    .selected_text(theme.label())
                    .show_ui(ui, |ui| {
                        for choice in ThemeChoice::ALL {
                            ui.selectable_value(&mut theme, choice, choice.label());
                        }
                    });
                if theme != self.saved.theme {
                    out.push(Command::SetTheme(theme));
                }
                let mut names = self.saved.name_style();
                egui::ComboBox::from_label(NAMES_LABEL)
                    .selected_text(names.label())
                    .show_ui(ui, |ui| {
                        for choice in NameStyle::ALL {
                            ui.selectable_value(&mut names, choice, choice.label());
                        }
                    });
                if names != self.saved.name_style() {
                    out.push(Command::SetNames(names));
                }
            });
        });
        out
    }

    pub(super) fn banners(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut out = Vec::new();
        if let Some((path, _)) = &self.confirm_overwrite {
            widgets::banner(ui, widgets::Tone::Warning, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{} already exists. Replace it?", path.display()));
                    if ui.button(OVERWRITE_YES).clicked() {
                        out.push(Command::Overwrite(true));
                    }
                    if ui.button(OVERWRITE_NO).clicked() {
                        out.push(Command::Overwrite(false));
                    }
                });
            });
            ui.add_space(4.0);
        }
        if let Some(pending) = &self.pending_pick {
            ui.weak(format!(
                "{}: waiting for the file dialog…",
                pending.pick.title()
            ));
        }
        if let Some(problem) = &self.load_problem {
            widgets::banner(ui, widgets::Tone::Error, |ui| {
                ui.label(
                    "The chosen dataset could not be loaded; showing the built-in dataset instead.",
                );
                for d in problem.errors().take(5) {
                    ui.monospace(d.to_string());
                }
                let more = problem.errors().count().saturating_sub(5);
                if more > 0 {
                    ui.weak(format!("… and {more} more (run `medrisk validate PATH`)"));
                }
            });
            ui.add_space(4.0);
        }
        if self.dataset.review_overdue(self.today) {
            widgets::banner(ui, widgets::Tone::Warning, |ui| {
                ui.label(format!(
                    "⚠ This dataset was due for clinical review on {} (last reviewed {}). Its content may be out of date.",
                    self.dataset.review_due(),
                    self.dataset.metadata().reviewed
                ));
            });
            ui.add_space(4.0);
        }
        if let Some(notice) = &self.data_notice {
            widgets::banner(ui, widgets::Tone::Info, |ui| {
                ui.label(notice);
            });
            ui.add_space(4.0);
        }
        if let Some(SettingsNotice(notice)) = &self.settings_notice {
            widgets::banner(ui, widgets::Tone::Info, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(notice);
                    if ui.button(DISMISS_LABEL).clicked() {
                        out.push(Command::DismissSettingsNotice);
                    }
                });
            });
            ui.add_space(4.0);
        }
        out
    }

    pub(super) fn footer(&self, ui: &mut egui::Ui) {
        let meta = &self.dataset.metadata();
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!(
                "Dataset {} - reviewed {}",
                meta.version, meta.reviewed
            ));
            ui.weak(RichText::new(&meta.disclaimer).small());
        });
    }
}
