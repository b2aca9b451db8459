//! The counter-check page: the patient's medicine list on the left (typed,
//! pasted, or added from a drug page; each entry can be marked as being
//! bought), and the answer on the right: what to do first, what the list
//! does, the red flags tied to this patient, then the details on demand and
//! the summary to hand over. Renders `check::Answer` and `check::Report`;
//! the list lives only as long as the window and is never saved unless
//! asked.

use eframe::egui::{self, RichText};

use crate::check::{
    self, Action, ActionKind, Answer, Complaint, LevelBalance, Report, Resolved, RiskNote,
};
use crate::dataset::{
    Dataset, Direction, DrugId, EffectFlag, EffectKind, FlagFinding, LevelDirection, NameStyle,
    NameTarget, ReferenceRange, Strength, Verdict,
};
use crate::search::{Index, Unresolved};

use super::Ctx;
use crate::ui::command::{Command, Page, SummaryTexts};
use crate::ui::labels::{
    CHECK_ADD_LABEL as ADD_LABEL, CHECK_CLEAR_BUTTON as CLEAR_BUTTON,
    CHECK_COPY_BUTTON as COPY_BUTTON, CHECK_DETAILS_HEADING, CHECK_NO_COMPLAINT as NO_COMPLAINT,
    CHECK_OPEN_LIST_BUTTON as OPEN_LIST_BUTTON, CHECK_PASTE_BUTTON as PASTE_BUTTON,
    CHECK_PASTE_LABEL as PASTE_LABEL, CHECK_PRINT_BUTTON as PRINT_BUTTON,
    CHECK_SAVE_AS_BUTTON as SAVE_AS_BUTTON, CHECK_SAVE_BUTTON as SAVE_BUTTON,
    CHECK_SAVE_PATH_LABEL as SAVE_PATH_LABEL, PATIENT_AGE_LABEL, PATIENT_BREASTFEEDING_LABEL,
    PATIENT_EGFR_LABEL, PATIENT_ON_HANDOUT_LABEL, PATIENT_POTASSIUM_LABEL, PATIENT_PREGNANT_LABEL,
    PATIENT_SODIUM_LABEL, PHARMACY_ADDRESS_LABEL, PHARMACY_NAME_LABEL,
};
use crate::ui::widgets::{self, Tone};
use crate::ui::words;

/// The page's state: the list as typed and the report computed from it.
#[derive(Default)]
pub struct CounterCheckView {
    entries: Vec<String>,
    /// Positions in `entries` the patient is buying now.
    buying: Vec<usize>,
    add_text: String,
    paste_text: String,
    complaint: Option<Complaint>,
    report: Option<Report>,
    save_path: String,
    /// The pharmacy details being edited, from the settings at first draw.
    pharmacy: Option<(String, String)>,
    /// The last copy or save result, shown under the buttons.
    status: Option<String>,
    /// What the pharmacist entered about the patient: never saved.
    patient: PatientInputs,
}

/// The patient row as typed. Each value is read by the core's own reader,
/// so the window refuses what the command line refuses.
#[derive(Default)]
struct PatientInputs {
    age: String,
    egfr: String,
    potassium: String,
    sodium: String,
    pregnant: bool,
    breastfeeding: bool,
    /// Print age, kidney function and results on the handout.
    on_handout: bool,
}

impl PatientInputs {
    /// The context from every field that reads; the errors of those that
    /// do not, each to show beside its field.
    fn context(&self) -> (check::PatientContext, Vec<check::ContextError>) {
        use check::Input;
        let mut errors = Vec::new();
        let context = check::PatientContext {
            age: field(&self.age, check::parse_age, &mut errors),
            kidney: field(&self.egfr, check::parse_kidney, &mut errors),
            pregnant: self.pregnant,
            breastfeeding: self.breastfeeding,
            potassium: field(
                &self.potassium,
                |t| check::parse_result(Input::Potassium, t),
                &mut errors,
            ),
            sodium: field(
                &self.sodium,
                |t| check::parse_result(Input::Sodium, t),
                &mut errors,
            ),
        };
        (context, errors)
    }
}

/// One field of the patient row: nothing when blank, else what it reads,
/// or its error kept to show.
fn field<T>(
    text: &str,
    read: impl Fn(&str) -> Result<T, check::ContextError>,
    errors: &mut Vec<check::ContextError>,
) -> Option<T> {
    if text.trim().is_empty() {
        return None;
    }
    read(text).map_err(|e| errors.push(e)).ok()
}

impl CounterCheckView {
    /// Adds one entry (a name as typed, or a generic name from a drug page).
    pub fn add(&mut self, entry: &str) {
        let entry = entry.trim();
        if !entry.is_empty() && self.entries.len() < check::MAX_ENTRIES {
            self.entries.push(entry.to_owned());
            self.report = None;
        }
    }

    pub fn entries(&self) -> &[String] {
        &self.entries
    }

    /// Records the outcome of a copy or save, shown on the page.
    pub fn set_status(&mut self, status: String) {
        self.status = Some(status);
    }

    fn report(&mut self, dataset: &Dataset, index: &Index) -> &Report {
        self.report.get_or_insert_with(|| {
            check::check_buying(dataset, index, &self.entries, &self.buying, self.complaint)
        })
    }

    /// Marks or unmarks an entry as being bought now.
    fn set_buying(&mut self, i: usize, on: bool) {
        self.buying.retain(|&b| b != i);
        if on {
            self.buying.push(i);
        }
        self.report = None;
    }

    /// Draws the page; pushes every command the user gave in this frame.
    pub fn show(&mut self, ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
        let (dataset, index, style) = (cx.dataset, cx.index, cx.style());
        let complaint = self.complaint;
        let report = self.report(dataset, index).clone();
        let (context, context_errors) = self.patient.context();
        let answer = check::answer_for(dataset, &report, style, &context);
        let mut change = None;
        egui::Panel::left("counter-check-list")
            .resizable(true)
            .default_size(440.0)
            .min_size(320.0)
            .max_size(560.0)
            .show(ui, |ui| {
                ui.heading("Counter check");
                ui.label("Enter the patient's medicines; tick what they are buying now.");
                ui.add_space(4.0);
                self.inputs(ui, commands);
                self.complaint_picker(ui);
                self.patient_row(ui, &context_errors);
                ui.separator();
                egui::ScrollArea::vertical()
                    .id_salt("counter-check-entries")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        change = entries_list(ui, dataset, &report, style, commands);
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("counter-check-answer")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if report.entries.is_empty() {
                        ui.weak("Add the patient's medicines on the left: what to do comes first here, then what the list does.");
                    }
                    answer_panel(ui, dataset, &report, &answer);
                    if !report.drugs.is_empty() {
                        egui::CollapsingHeader::new(CHECK_DETAILS_HEADING)
                            .id_salt("counter-check-details")
                            .show(ui, |ui| {
                                notes_panel(ui, dataset, &answer.notes(&report).collect::<Vec<_>>(), style);
                                balance_panel(ui, dataset, &report, style);
                                if let Some(c) = complaint {
                                    complaint_panel(ui, dataset, &report, c, style, commands);
                                }
                            });
                    }
                    if !report.entries.is_empty() {
                        self.summary_panel(ui, cx, &report, &context, commands);
                    }
                });
        });
        match change {
            Some(EntryChange::Remove(i)) => {
                self.entries.remove(i);
                self.buying.retain(|&b| b != i);
                for b in &mut self.buying {
                    if *b > i {
                        *b -= 1;
                    }
                }
                self.report = None;
            }
            Some(EntryChange::Pick(i, name)) => {
                self.entries[i] = name;
                self.report = None;
            }
            Some(EntryChange::Buying(i, on)) => self.set_buying(i, on),
            None => {}
        }
    }

    /// Adds every entry of a pasted, dropped or opened list.
    pub fn add_list(&mut self, text: &str) -> usize {
        let before = self.entries.len();
        for entry in check::split_list(text) {
            self.add(&entry);
        }
        self.entries.len() - before
    }

    fn inputs(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            let label = ui.label(ADD_LABEL);
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.add_text)
                        .hint_text("name, brand or British name, then Enter")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                let text = std::mem::take(&mut self.add_text);
                for entry in check::split_list(&text) {
                    self.add(&entry);
                }
                response.request_focus();
            }
        });
        let label = ui.label(PASTE_LABEL);
        ui.add(
            egui::TextEdit::multiline(&mut self.paste_text)
                .hint_text("one per line, or separated by commas; strengths and forms are ignored")
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.horizontal_wrapped(|ui| {
            if ui.button(PASTE_BUTTON).clicked() {
                let text = std::mem::take(&mut self.paste_text);
                self.add_list(&text);
            }
            if ui
                .button(OPEN_LIST_BUTTON)
                .on_hover_text("a .txt file, one medicine per line; or drop it on the window")
                .clicked()
            {
                commands.push(Command::OpenList);
            }
            if ui.button(CLEAR_BUTTON).clicked() {
                self.entries.clear();
                self.buying.clear();
                self.report = None;
                self.status = None;
            }
        });
    }

    /// Age, kidney function, pregnancy and a last potassium or sodium:
    /// optional, never saved; a value that cannot be a patient's says so.
    fn patient_row(&mut self, ui: &mut egui::Ui, errors: &[check::ContextError]) {
        let p = &mut self.patient;
        ui.horizontal_wrapped(|ui| {
            ui.label("Patient:");
            for (label, text, hint) in [
                (PATIENT_AGE_LABEL, &mut p.age, "yrs"),
                (PATIENT_EGFR_LABEL, &mut p.egfr, "or G4"),
                (PATIENT_POTASSIUM_LABEL, &mut p.potassium, "mmol"),
                (PATIENT_SODIUM_LABEL, &mut p.sodium, "mmol"),
            ] {
                let l = ui.label(label);
                ui.add(
                    egui::TextEdit::singleline(text)
                        .hint_text(hint)
                        .desired_width(48.0),
                )
                .labelled_by(l.id);
            }
            ui.checkbox(&mut p.pregnant, PATIENT_PREGNANT_LABEL);
            ui.checkbox(&mut p.breastfeeding, PATIENT_BREASTFEEDING_LABEL);
        });
        for e in errors {
            let name = match e.input {
                check::Input::Age => PATIENT_AGE_LABEL,
                check::Input::Kidney => PATIENT_EGFR_LABEL,
                check::Input::Potassium => PATIENT_POTASSIUM_LABEL,
                check::Input::Sodium => PATIENT_SODIUM_LABEL,
            };
            ui.colored_label(ui.visuals().warn_fg_color, e.message(name));
        }
    }

    fn complaint_picker(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.label("Complaint:");
            let before = self.complaint;
            ui.radio_value(&mut self.complaint, None, NO_COMPLAINT);
            for &c in Complaint::ALL {
                ui.radio_value(&mut self.complaint, Some(c), c.label());
            }
            if before != self.complaint {
                self.report = None;
            }
        });
    }

    fn summary_panel(
        &mut self,
        ui: &mut egui::Ui,
        cx: &Ctx<'_>,
        report: &Report,
        context: &check::PatientContext,
        commands: &mut Vec<Command>,
    ) {
        ui.add_space(8.0);
        ui.heading("Summary for the patient");
        ui.label("Plain-language advice built from the counselling lines. Nothing is stored unless you save or print it.");
        // The footer says which data the advice came from.
        let mut summary =
            check::patient_summary(cx.dataset, report, cx.style()).with_source(cx.data_source);
        if !context.is_empty() {
            ui.checkbox(&mut self.patient.on_handout, PATIENT_ON_HANDOUT_LABEL)
                .on_hover_text(
                    "Print the age, kidney function and results entered above on the summary",
                );
            if self.patient.on_handout {
                summary.patient = context.describe();
            }
        }
        let texts = || SummaryTexts {
            html: summary.html(Some(&cx.saved.pharmacy())),
            markdown: summary.markdown(),
            text: summary.plain_text(),
        };
        ui.horizontal_wrapped(|ui| {
            if ui.button(COPY_BUTTON).clicked() {
                commands.push(Command::CopyText(summary.plain_text()));
            }
            if ui
                .button(PRINT_BUTTON)
                .on_hover_text("opens a one-page handout in the browser, to print")
                .clicked()
            {
                commands.push(Command::PrintHandout(texts().html));
            }
            if ui
                .button(SAVE_AS_BUTTON)
                .on_hover_text(".html prints as a handout; .md or .txt for notes")
                .clicked()
            {
                commands.push(Command::SaveSummaryAs(texts()));
            }
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(SAVE_PATH_LABEL);
            ui.add(
                egui::TextEdit::singleline(&mut self.save_path)
                    .hint_text("~/summary.html")
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
            let can_save = !self.save_path.trim().is_empty();
            if ui
                .add_enabled(can_save, egui::Button::new(SAVE_BUTTON))
                .clicked()
            {
                commands.push(Command::SaveSummaryTo {
                    path: self.save_path.trim().into(),
                    summary: texts(),
                });
            }
        });
        self.pharmacy_details(ui, cx, commands);
        if let Some(status) = &self.status {
            ui.weak(status);
        }
    }

    /// The pharmacy's name and address for the handout, kept in the
    /// settings.
    fn pharmacy_details(&mut self, ui: &mut egui::Ui, cx: &Ctx<'_>, commands: &mut Vec<Command>) {
        let (name, address) = self.pharmacy.get_or_insert_with(|| {
            (
                cx.saved.pharmacy_name.clone(),
                cx.saved.pharmacy_address.clone(),
            )
        });
        egui::CollapsingHeader::new("Pharmacy details on the handout")
            .id_salt("pharmacy-details")
            .show(ui, |ui| {
                let mut changed = false;
                ui.horizontal(|ui| {
                    let label = ui.label(PHARMACY_NAME_LABEL);
                    changed |= ui
                        .add(egui::TextEdit::singleline(name).desired_width(320.0))
                        .labelled_by(label.id)
                        .changed();
                });
                ui.horizontal(|ui| {
                    let label = ui.label(PHARMACY_ADDRESS_LABEL);
                    changed |= ui
                        .add(
                            egui::TextEdit::multiline(address)
                                .desired_rows(3)
                                .desired_width(320.0),
                        )
                        .labelled_by(label.id)
                        .changed();
                });
                if changed {
                    commands.push(Command::SetPharmacy {
                        name: name.clone(),
                        address: address.clone(),
                    });
                }
            });
    }
}

/// What the pharmacist did to one entry of the list.
enum EntryChange {
    Remove(usize),
    /// Mark or unmark the entry as being bought now.
    Buying(usize, bool),
    /// Replace the entry with the medicine picked for it (its exact name).
    Pick(usize, String),
}

/// The accessible label of the switch that marks an entry as being bought.
pub fn buying_label(typed: &str) -> String {
    format!("Buying \"{typed}\" now")
}

/// The accessible label of the button that picks `name` for what was typed.
pub fn pick_label(typed: &str, name: &str) -> String {
    format!("Use {name} for \"{typed}\"")
}

/// The list as typed and as understood. An entry that is not one medicine
/// shows why, and its candidates as one-click choices; a resolved one shows
/// its look-alike partners.
fn entries_list(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    report: &Report,
    style: NameStyle,
    commands: &mut Vec<Command>,
) -> Option<EntryChange> {
    let mut change = None;
    if report.entries.is_empty() {
        ui.weak("No medicines yet.");
        return None;
    }
    ui.strong(format!("Medicines ({})", report.drugs.len()));
    for (i, entry) in report.entries.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            if ui
                .small_button("Remove")
                .on_hover_text(format!("Remove \"{}\" from the list", entry.input))
                .clicked()
            {
                change = Some(EntryChange::Remove(i));
            }
            let mut buying = entry.buying;
            let toggle = ui.checkbox(&mut buying, "buying").on_hover_text(
                "The patient is buying this now: the answer starts with whether to supply it",
            );
            let spoken = buying_label(&entry.input);
            toggle.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::CheckBox, true, buying, &spoken)
            });
            if toggle.changed() {
                change = Some(EntryChange::Buying(i, buying));
            }
            match &entry.resolved {
                Resolved::Drug(d) => {
                    drug_link(ui, dataset, style, *d, commands);
                    silence(ui, dataset, NameTarget::Drug(*d));
                }
                Resolved::Product(c, parts) => {
                    let product = dataset.product(*c);
                    ui.strong(&product.name);
                    ui.label("=");
                    for (k, d) in parts.iter().enumerate() {
                        if k > 0 {
                            ui.label("+");
                        }
                        drug_link(ui, dataset, style, *d, commands);
                    }
                    ui.weak(format!("({})", product.route.label()));
                    silence(ui, dataset, NameTarget::Product(*c));
                }
                Resolved::Class { class, stands_for } => {
                    ui.strong(&dataset.class(*class).name);
                    ui.weak(format!(
                        "checked as {}; ask which one",
                        dataset.drug_label(*stands_for, style)
                    ));
                }
                Resolved::Unresolved { reason, candidates } => {
                    let text = if *reason == Unresolved::NoMatch {
                        format!("\"{}\" not recognised: {}", entry.input, reason.sentence())
                    } else if candidates.is_empty() {
                        format!("\"{}\": {}", entry.input, reason.sentence())
                    } else {
                        format!(
                            "\"{}\": {}. Which medicine? Pick one:",
                            entry.input,
                            reason.sentence()
                        )
                    };
                    ui.colored_label(ui.visuals().warn_fg_color, text);
                }
            }
            if let Some(typed) = &entry.corrected_from {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("corrected from \"{typed}\""),
                );
            } else if !matches!(entry.resolved, Resolved::Unresolved { .. })
                && entry.matched.as_deref() != Some(entry.input.as_str())
            {
                ui.weak(format!("typed \"{}\"", entry.input));
            }
        });
        // What it does, on a line of its own so the badges wrap whole.
        let flags = match &entry.resolved {
            Resolved::Drug(d) => dataset.flags_of(NameTarget::Drug(*d)),
            Resolved::Product(p, _) => dataset.flags_of(NameTarget::Product(*p)),
            Resolved::Class { stands_for, .. } => dataset.flags_of(NameTarget::Drug(*stands_for)),
            Resolved::Unresolved { .. } => Vec::new(),
        };
        if !flags.is_empty() {
            under_entry(ui, |ui| {
                widgets::badges(ui, &flags);
            });
        }
        if let Resolved::Unresolved { candidates, .. } = &entry.resolved
            && !candidates.is_empty()
        {
            under_entry(ui, |ui| {
                for c in candidates {
                    let text = dataset.display_label(c.target, style);
                    let button = ui
                        .button(&text)
                        .on_hover_text(pick_label(&entry.input, &c.name));
                    if button.clicked() {
                        change = Some(EntryChange::Pick(i, c.name.clone()));
                    }
                }
            });
        }
        {
            let names: Vec<&str> = entry
                .look_alikes(dataset)
                .into_iter()
                .filter(|(_, relevant)| *relevant)
                .map(|(p, _)| p.name.as_str())
                .collect();
            if !names.is_empty() {
                under_entry(ui, |ui| {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!(
                            "⚠ look-alike: {} (check the medicine supplied)",
                            names.join(", ")
                        ),
                    );
                });
            }
        }
    }
    change
}

/// A row under an entry (its badges, its candidates, a look-alike warning),
/// indented, with every line it wraps onto indented too.
fn under_entry(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    ui.horizontal(|ui| {
        ui.add_space(24.0);
        ui.horizontal_wrapped(add);
    });
}

fn drug_link(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    style: NameStyle,
    drug: DrugId,
    commands: &mut Vec<Command>,
) {
    if ui.link(dataset.drug_label(drug, style)).clicked() {
        commands.push(Command::Open(Page::Drug(drug)));
    }
}

/// For a medicine with no badge: reviewed with nothing documented, or not
/// reviewed. The two are never shown alike.
fn silence(ui: &mut egui::Ui, dataset: &Dataset, target: NameTarget) {
    match dataset.unflagged_verdict(target) {
        Some(Verdict::NothingDocumented(_)) => {
            ui.weak("no documented effect (reviewed)");
        }
        Some(Verdict::NotReviewed) => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                "not reviewed for every effect: unknown, not none",
            );
        }
        _ => {}
    }
}

fn names(dataset: &Dataset, style: NameStyle, ids: &[DrugId]) -> String {
    if ids.is_empty() {
        return "none".into();
    }
    ids.iter()
        .map(|&d| dataset.drug_name(d, style))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sentence that opens a level's balance: "The list lowers potassium."
fn level_verdict(b: &LevelBalance) -> String {
    let noun = b.kind.info().noun;
    match b.net {
        LevelDirection::Lowers => format!("The list lowers {noun}."),
        LevelDirection::Raises => format!("The list raises {noun}."),
        LevelDirection::Mixed => format!("The list pushes {noun} both ways: check a level."),
        LevelDirection::None => format!("No medicine on the list is known to change {noun}."),
    }
}

/// Every level (potassium always, the others when a medicine moves them),
/// then every event some medicine on the list can cause.
fn balance_panel(ui: &mut egui::Ui, dataset: &Dataset, report: &Report, style: NameStyle) {
    ui.add_space(8.0);
    ui.heading("Electrolyte balance");
    let all_ranges = check::reference_ranges(dataset, report);
    for b in &report.levels {
        let moved = b.moved();
        if b.kind != EffectKind::Potassium && !moved {
            continue;
        }
        ui.add_space(4.0);
        ui.strong(format!("{} balance", b.kind.info().label));
        ui.label(level_verdict(b));
        for (direction, drugs) in [
            (Direction::Lowers, &b.lowering),
            (Direction::Raises, &b.raising),
        ] {
            if b.kind == EffectKind::Potassium || !drugs.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    widgets::flag_badge(ui, EffectFlag::new(b.kind, direction));
                    ui.label(format!("{}: {}", drugs.len(), names(dataset, style, drugs)));
                });
            }
        }
        if !b.possibly_lowering.is_empty() || !b.possibly_raising.is_empty() {
            ui.weak(format!(
                "On limited evidence only (not counted above): lowering {}; raising {}.",
                names(dataset, style, &b.possibly_lowering),
                names(dataset, style, &b.possibly_raising)
            ));
        }
        if moved {
            let ranges: Vec<&ReferenceRange> = all_ranges
                .iter()
                .copied()
                .filter(|r| r.level == Some(b.kind))
                .collect();
            if !ranges.is_empty() {
                egui::CollapsingHeader::new(format!("{} reference ranges", b.kind.info().label))
                    .id_salt(("ranges", b.kind))
                    .show(ui, |ui| {
                        for r in ranges {
                            widgets::reference_range(ui, r);
                        }
                    });
            }
        }
    }
    for &d in &report.drugs {
        let generic = &dataset.drug(d).generic;
        let own: Vec<&ReferenceRange> = all_ranges
            .iter()
            .copied()
            .filter(|r| r.drugs.contains(generic))
            .collect();
        if !own.is_empty() {
            ui.add_space(4.0);
            egui::CollapsingHeader::new(format!("{} blood level", dataset.drug_name(d, style)))
                .id_salt(("drug-ranges", d))
                .default_open(true)
                .show(ui, |ui| {
                    for r in own {
                        widgets::reference_range(ui, r);
                    }
                });
        }
    }
    ui.add_space(8.0);
    ui.heading("Muscle, nerve and heart rhythm");
    let mut any = false;
    for e in &report.events {
        if e.causing.is_empty() && e.possibly_causing.is_empty() {
            continue;
        }
        any = true;
        ui.horizontal_wrapped(|ui| {
            let strength = if e.causing.is_empty() {
                Strength::Possible
            } else {
                Strength::Established
            };
            widgets::badge(
                ui,
                FlagFinding {
                    flag: EffectFlag::new(e.kind, Direction::Causes),
                    strength,
                },
            );
            ui.label(names(dataset, style, &e.causing));
            if !e.possibly_causing.is_empty() {
                ui.weak(format!(
                    "(limited evidence only: {})",
                    names(dataset, style, &e.possibly_causing)
                ));
            }
        });
    }
    if !any {
        ui.weak(crate::check::words::no_event_on_list());
    }
}

fn notes_panel(ui: &mut egui::Ui, dataset: &Dataset, notes: &[&RiskNote], style: NameStyle) {
    for note in notes {
        let tone = if note.urgency().is_urgent() {
            Tone::Error
        } else {
            Tone::Warning
        };
        widgets::banner(ui, tone, |ui| {
            ui.horizontal_wrapped(|ui| {
                widgets::urgency_label(ui, note.urgency());
                ui.strong(note.title());
            });
            ui.label(format!("Medicines: {}", names(dataset, style, &note.drugs)));
            if let Some(x) = note.interaction() {
                ui.label(format!(
                    "Level raised: {}; by: {}. {}",
                    names(dataset, style, &note.raised),
                    names(dataset, style, &note.by),
                    x.how
                ));
                let likelier: Vec<&str> = x.effects.iter().map(|k| k.info().noun).collect();
                ui.label(format!(
                    "More likely: {}. What to do: {}.",
                    likelier.join(", "),
                    words::action(x.action)
                ));
                for cap in &x.dose_caps {
                    ui.label(format!("{}: {}", words::market(cap.market), cap.text));
                }
            }
            ui.label(note.note());
            ui.label(format!("Monitor: {}", note.monitoring()));
            let sources: Vec<String> = note
                .sources()
                .iter()
                .filter_map(|s| dataset.source(s))
                .map(|s| format!("{} ({})", s.title, s.section))
                .collect();
            ui.weak(format!("Sources: {}", sources.join("; ")));
        });
    }
}

fn complaint_panel(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    report: &Report,
    complaint: Complaint,
    style: NameStyle,
    commands: &mut Vec<Command>,
) {
    ui.add_space(8.0);
    ui.heading(format!(
        "{}: medicines that can cause it",
        complaint.label()
    ));
    if report.explanations.is_empty() {
        ui.label("None of the medicines on the list is documented to cause this.");
    }
    for x in &report.explanations {
        widgets::card(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                drug_link(ui, dataset, style, x.drug, commands);
                ui.strong(words::effect_title(x.effect.kind, x.effect.direction));
                ui.weak(format!(
                    "{} frequency, {} evidence",
                    words::frequency(x.effect.frequency),
                    words::evidence(x.effect.evidence)
                ));
            });
            ui.label(&x.effect.mechanism);
            ui.label(RichText::new(format!("Monitor: {}", x.effect.monitoring)).italics());
            if let Some(refer) = &x.effect.refer_if {
                ui.horizontal_wrapped(|ui| {
                    if let Some(u) = x.effect.refer_urgency {
                        widgets::urgency_label(ui, u);
                    }
                    ui.colored_label(ui.visuals().error_fg_color, format!("Refer if: {refer}"));
                });
            }
        });
    }
    if !report.other_causes.is_empty() {
        ui.add_space(6.0);
        ui.strong("Other causes to ask about");
        for cause in &report.other_causes {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&cause.name).strong());
                ui.label(&cause.ask);
            });
        }
    }
}

/// The answer: what to do first (one card each: a heading and at most two
/// lines, the rest on demand), what the list does, and the red flags tied
/// to this patient. Every word comes from the core's answer.
fn answer_panel(ui: &mut egui::Ui, dataset: &Dataset, report: &Report, answer: &Answer) {
    use check::words::*;
    // "Do not supply" is the first card; only a supply with nothing
    // against it needs a line of its own.
    if let Some(line) = answer.supply.as_ref().filter(|_| answer.stops().is_empty()) {
        widgets::banner(ui, Tone::Info, |ui| {
            ui.strong(line);
        });
    }
    if !report.entries.is_empty() {
        ui.heading(DO_FIRST);
        if answer.actions.is_empty() {
            match report.unresolved().len() {
                0 => ui.label(NOTHING_TO_DO),
                n => ui.colored_label(
                    ui.visuals().warn_fg_color,
                    nothing_to_do_but(n, report.drugs.len()),
                ),
            };
        }
        for (i, a) in answer.first_actions().iter().enumerate() {
            action_card(ui, dataset, report, answer, i, a);
        }
        let folded = answer.more_actions();
        if !folded.is_empty() {
            egui::CollapsingHeader::new(more(folded.len()))
                .id_salt("more-actions")
                .show(ui, |ui| {
                    for (i, a) in folded.iter().enumerate() {
                        action_card(
                            ui,
                            dataset,
                            report,
                            answer,
                            answer.first_actions().len() + i,
                            a,
                        );
                    }
                });
        }
        ui.add_space(6.0);
        ui.heading(FOUND);
        if let Some(line) = &answer.explains {
            ui.label(RichText::new(line).strong());
        }
        for f in &answer.findings {
            ui.horizontal_wrapped(|ui| {
                ui.strong(&f.heading);
                if !f.line.is_empty() {
                    ui.label(&f.line);
                }
                if let Some(p) = &f.possible {
                    ui.weak(format!("({p})"));
                }
            });
        }
        for line in answer.burden.iter().chain(&answer.falls_risk) {
            ui.label(line);
        }
        if !answer.nothing_found.is_empty() {
            let kinds: Vec<&str> = answer.nothing_found.iter().map(|k| k.info().noun).collect();
            ui.weak(format!("{NOTHING_FOUND}: {}.", kinds.join(", ")));
        }
    }
    ui.add_space(6.0);
    red_flags_panel(ui, answer);
}

/// One action: its urgency, what to do, one line of why and the
/// alternative; the note, monitoring and sources open on demand.
fn action_card(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    report: &Report,
    answer: &Answer,
    i: usize,
    a: &Action,
) {
    let tone = if a.kind == ActionKind::AvoidSupply || a.urgency.is_urgent() {
        Tone::Error
    } else {
        Tone::Warning
    };
    widgets::banner(ui, tone, |ui| {
        ui.horizontal_wrapped(|ui| {
            widgets::urgency_label(ui, a.urgency);
            if let Some(g) = a.grade {
                ui.weak(g.label());
            }
            ui.strong(&a.text);
        });
        if let Some(alt) = &a.alternative {
            ui.label(format!("{}: {alt}", check::words::INSTEAD));
        } else if !a.detail.is_empty() {
            ui.label(&a.detail);
        }
        // What this patient's context changed, in one line.
        if !a.because.is_empty() && a.kind != ActionKind::AvoidSupply {
            ui.label(RichText::new(format!("because {}", a.because.join("; "))).italics());
        }
        let note = match &a.origin {
            check::ActionOrigin::Note(id) => answer.note(report, id),
            _ => None,
        };
        if let Some(n) = note {
            egui::CollapsingHeader::new("Why, what to monitor, sources")
                .id_salt(("action-why", i))
                .show(ui, |ui| {
                    ui.label(n.note());
                    ui.label(format!("Monitor: {}", n.monitoring()));
                    if a.kind == ActionKind::AvoidSupply {
                        for b in &a.because {
                            ui.label(format!("Because {b}."));
                        }
                    }
                    let sources: Vec<String> = a
                        .source_ids
                        .iter()
                        .filter_map(|s| dataset.source(s))
                        .map(|s| format!("{} ({})", s.title, s.section))
                        .collect();
                    ui.weak(format!("Sources: {}", sources.join("; ")));
                });
        }
    });
}

/// Red flags tied to this patient in full; the general emergencies as one
/// line that opens; everything folded while nothing is entered.
fn red_flags_panel(ui: &mut egui::Ui, answer: &Answer) {
    use check::words::*;
    let flags = &answer.flags;
    let line = |ui: &mut egui::Ui, flag: &crate::dataset::RedFlag| {
        ui.horizontal_wrapped(|ui| {
            widgets::urgency_label(ui, flag.urgency);
            ui.label(format!("{}: {}", flag.sign, flag.action));
        });
    };
    if flags.folded {
        egui::CollapsingHeader::new(format!("{ALL_RED_FLAGS} ({})", flags.all().len()))
            .id_salt("all-red-flags")
            .show(ui, |ui| {
                for f in flags.all() {
                    line(ui, f);
                }
            });
        return;
    }
    if !flags.related.is_empty() {
        widgets::banner(ui, Tone::Error, |ui| {
            ui.strong(RED_FLAGS);
            for f in &flags.related {
                line(ui, f);
            }
        });
    }
    if !flags.general.is_empty() {
        egui::CollapsingHeader::new(format!("{GENERAL_FLAGS}: {}", flags.general_line()))
            .id_salt("general-red-flags")
            .show(ui, |ui| {
                for f in &flags.general {
                    line(ui, f);
                }
            });
    }
}
