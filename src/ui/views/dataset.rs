//! The dataset page: version, review dates, counts, warnings, the
//! disclaimer and every source (a virtualised list). Prints the dataset's
//! own facts about itself.

use eframe::egui::{self, RichText};

use crate::dataset::{Dataset, Date};

use super::Ctx;
use crate::ui::command::Command;
use crate::ui::labels::{IMPORT_UPDATE_BUTTON, OPEN_DATASET_BUTTON};
use crate::ui::{widgets, words};

/// The dataset page has no state of its own.
#[derive(Debug, Default)]
pub struct DatasetView;

impl DatasetView {
    /// Draws the page; pushes a request for another dataset if asked.
    pub fn show(&mut self, ui: &mut egui::Ui, cx: &Ctx<'_>, out: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            if ui
                .button(IMPORT_UPDATE_BUTTON)
                .on_hover_text("a signed .mrd update from medrisk or a publisher you trust; it is checked, then installed")
                .clicked()
            {
                out.push(Command::ImportUpdate);
            }
            if ui
                .button(OPEN_DATASET_BUTTON)
                .on_hover_text("a .ron dataset file; `medrisk validate PATH` checks one first")
                .clicked()
            {
                out.push(Command::OpenDataset);
            }
        });
        if let Some(line) = cx.data_source {
            ui.label(line);
        }
        page(ui, cx.dataset, cx.today);
    }
}

fn page(ui: &mut egui::Ui, ds: &Dataset, today: Date) {
    let meta = &ds.metadata();
    ui.heading(RichText::new(&meta.title).size(22.0));
    ui.add_space(4.0);
    egui::Grid::new("dataset-facts")
        .num_columns(2)
        .spacing([16.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            let row = |ui: &mut egui::Ui, label: &str, value: String| {
                ui.label(RichText::new(label).weak());
                ui.label(value);
                ui.end_row();
            };
            row(ui, "Dataset version", meta.version.clone());
            row(ui, "App version", env!("CARGO_PKG_VERSION").to_owned());
            row(ui, "Last clinical review", meta.reviewed.clone());
            let due = ds.review_due();
            let due_text = if ds.review_overdue(today) {
                format!("{due} (overdue)")
            } else {
                due.to_string()
            };
            row(ui, "Review due", due_text);
            row(ui, "Classes", ds.classes().len().to_string());
            row(ui, "Medicines", ds.drugs().len().to_string());
            row(
                ui,
                "Products (combinations, eye drops, gels…)",
                ds.products().len().to_string(),
            );
            row(ui, "Searchable names", ds.names().len().to_string());
            let (pairs, spellings) = ds.look_alike_counts();
            row(ui, "Look-alike pairs", pairs.to_string());
            row(ui, "Tall-man spellings", spellings.to_string());
            row(ui, "Other causes", ds.other_causes().len().to_string());
            row(ui, "Red flags", ds.red_flags().len().to_string());
            row(ui, "Sources", ds.sources().len().to_string());
        });
    ui.add_space(8.0);
    widgets::banner(ui, widgets::Tone::Info, |ui| {
        ui.label(RichText::new(&meta.disclaimer).strong());
    });
    if !ds.warnings().is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Warnings found while loading").strong());
        for w in ds.warnings() {
            ui.monospace(w.to_string());
        }
    }
    ui.add_space(8.0);
    ui.heading(format!("Sources ({})", ds.sources().len()));
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let row_height = 2.0 * body + 6.0;
    egui::ScrollArea::vertical()
        .id_salt("dataset-sources")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, ds.sources().len(), |ui, rows| {
            for source in &ds.sources()[rows] {
                ui.allocate_ui(egui::vec2(ui.available_width(), row_height), |ui| {
                    ui.set_min_height(row_height);
                    ui.vertical(|ui| {
                        ui.add(egui::Label::new(RichText::new(&source.title).strong()).truncate());
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!(
                                    "{} · {} · {} · {} · {}",
                                    source.id,
                                    source.publisher,
                                    words::source_kind(source.kind),
                                    source.section,
                                    source.date
                                ))
                                .weak(),
                            )
                            .truncate(),
                        );
                    });
                });
            }
        });
}
