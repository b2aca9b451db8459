//! The main window: a search box that is focused at start, the results, and
//! a footer with the dataset version, review date and disclaimer.

use eframe::egui;

use crate::dataset::{Dataset, EffectKind, LoadError, NameTarget, PotassiumDirection};
use crate::search::{Hit, Index};

/// How many results the window lists.
const RESULT_LIMIT: usize = 50;

/// The accessible name of the search box.
pub const SEARCH_LABEL: &str = "Search medicines";

pub struct MedriskApp {
    dataset: Dataset,
    index: Index,
    query: String,
    hits: Vec<Hit>,
    /// Why a `--data` dataset was not used, shown as a banner.
    load_problem: Option<LoadError>,
    focus_search: bool,
}

impl MedriskApp {
    pub fn new(dataset: Dataset, load_problem: Option<LoadError>) -> Self {
        let index = Index::new(&dataset);
        MedriskApp {
            dataset,
            index,
            query: String::new(),
            hits: Vec::new(),
            load_problem,
            focus_search: true,
        }
    }

    /// Draws the whole window into `ui` (also used by the tests).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        egui::Panel::bottom("footer").show(ui, |ui| self.footer(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(problem) = &self.load_problem {
                banner(ui, problem);
            }
            self.search_box(ui);
            ui.add_space(8.0);
            egui::ScrollArea::vertical().show(ui, |ui| self.results(ui));
        });
    }

    fn search_box(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label(SEARCH_LABEL);
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .hint_text("generic, brand or British name")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if self.focus_search {
                response.request_focus();
                self.focus_search = false;
            }
            if response.changed() {
                self.hits = self.index.search(&self.query, RESULT_LIMIT);
            }
        });
    }

    fn results(&self, ui: &mut egui::Ui) {
        if self.query.trim().is_empty() {
            ui.weak("Type a medicine name to see whether it can cause tremor, muscle weakness or a change in potassium.");
            return;
        }
        if self.hits.is_empty() {
            ui.label(format!("No medicine or class matches \"{}\".", self.query));
            return;
        }
        for hit in &self.hits {
            self.result_row(ui, hit);
            ui.separator();
        }
    }

    fn result_row(&self, ui: &mut egui::Ui, hit: &Hit) {
        let ds = &self.dataset;
        ui.horizontal_wrapped(|ui| match hit.target {
            NameTarget::Drug(id) => {
                let drug = ds.drug(id);
                ui.strong(&drug.generic);
                if hit.matched != drug.generic {
                    ui.label(format!("({})", hit.matched));
                }
                ui.weak(&ds.class(ds.class_of(id)).name);
                match ds.potassium_of(id) {
                    PotassiumDirection::Lowers => badge(ui, "K+ down"),
                    PotassiumDirection::Raises => badge(ui, "K+ up"),
                    PotassiumDirection::Mixed => badge(ui, "K+ mixed"),
                    PotassiumDirection::None => {}
                }
                if ds.causes(id, EffectKind::Tremor) {
                    badge(ui, "tremor");
                }
                if ds.causes(id, EffectKind::MuscleWeakness) {
                    badge(ui, "weakness");
                }
                if !hit.lasa.is_empty() {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!("look-alike: {}", hit.lasa.join(", ")),
                    );
                }
            }
            NameTarget::Combination(id) => {
                let product = ds.combination(id);
                ui.strong(&product.name);
                ui.weak(format!("combination: {}", product.ingredients.join(" + ")));
            }
            NameTarget::Class(id) => {
                ui.strong(&ds.class(id).name);
                ui.weak("drug class");
            }
        });
    }

    fn footer(&self, ui: &mut egui::Ui) {
        let meta = &self.dataset.metadata;
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!(
                "Dataset {} - reviewed {}",
                meta.version, meta.reviewed
            ));
            ui.weak(&meta.disclaimer);
        });
    }
}

fn badge(ui: &mut egui::Ui, text: &str) {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(4, 1))
        .show(ui, |ui| {
            ui.label(text);
        });
}

fn banner(ui: &mut egui::Ui, problem: &LoadError) {
    egui::Frame::new()
        .fill(ui.visuals().error_fg_color.gamma_multiply(0.15))
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.label(
                "The chosen dataset could not be loaded; showing the built-in dataset instead.",
            );
            for d in problem.errors().take(5) {
                ui.monospace(d.to_string());
            }
        });
}

impl eframe::App for MedriskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
