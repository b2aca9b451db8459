//! The medicine pages: one drug (class and sub-class, names by market,
//! combination products, a look-alike warning in tall-man lettering, one
//! card per effect with its sources) and one combination product (its
//! ingredients). Shows what the dataset states; the tall-man letters and
//! every effect come from the core.

use eframe::egui::{self, RichText};

use crate::dataset::{
    AppliedEffect, Dataset, Direction, DrugId, EffectOrigin, NameStyle, NameTarget, ProductId,
    TallManOrigin, closest_name,
};

use super::Ctx;
use crate::ui::command::{Command, Page};
use crate::ui::labels::ADD_TO_CHECK_LABEL;
use crate::ui::{widgets, words};

/// The page of one medicine or one product.
#[derive(Debug, Default)]
pub struct MedicineView {
    shown: Option<NameTarget>,
}

impl MedicineView {
    /// The medicine or product the page shows from now on.
    pub fn open(&mut self, target: NameTarget) {
        self.shown = Some(target);
    }

    /// Draws the page; pushes what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui, cx: &Ctx<'_>, out: &mut Vec<Command>) {
        let ds = cx.dataset;
        let command = match self.shown {
            Some(NameTarget::Drug(id)) => {
                let generic = &ds.drug(id).generic;
                let status = DrugStatus {
                    favourite: cx.saved.is_favourite(generic),
                    in_counter_check: cx.counter_list.contains(generic),
                };
                show_drug(ui, ds, id, status, cx.style())
            }
            Some(NameTarget::Product(id)) => show_product(ui, ds, id, cx.style()),
            Some(NameTarget::Class(_)) | None => Vec::new(),
        };
        out.extend(command);
    }
}

/// What the page shows about the user's own lists.
#[derive(Debug, Clone, Copy)]
struct DrugStatus {
    favourite: bool,
    in_counter_check: bool,
}

fn show_drug(
    ui: &mut egui::Ui,
    ds: &Dataset,
    id: DrugId,
    status: DrugStatus,
    style: NameStyle,
) -> Vec<Command> {
    let mut command = Vec::new();
    let drug = ds.drug(id);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt(("drug-page", id))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.heading(RichText::new(ds.drug_name(id, style)).size(26.0).strong());
                if let Some(other) = ds.drug_other_name(id, style) {
                    ui.label(RichText::new(format!("({other})")).size(20.0));
                }
                widgets::badges(ui, &ds.flags_of(NameTarget::Drug(id)));
            });
            ui.horizontal(|ui| {
                let check = if status.in_counter_check {
                    ui.add_enabled(false, egui::Button::new("✔ In counter check"))
                } else {
                    ui.button(ADD_TO_CHECK_LABEL)
                };
                if check.clicked() {
                    command.push(Command::AddToCounterCheck(id));
                }
                let star = if status.favourite {
                    "★ Favourite"
                } else {
                    "☆ Add to favourites"
                };
                if ui
                    .selectable_label(status.favourite, star)
                    .on_hover_text("favourites are listed under the empty search box")
                    .clicked()
                {
                    command.push(Command::ToggleFavourite(id));
                }
            });
            ui.add_space(6.0);
            command.extend(classes(ui, ds, id));
            if !ds.look_alikes(NameTarget::Drug(id)).is_empty() {
                ui.add_space(6.0);
                look_alikes(ui, ds, NameTarget::Drug(id));
            }
            ui.add_space(6.0);
            command.extend(names(ui, ds, id));
            if let Some(note) = &drug.note {
                ui.add_space(6.0);
                widgets::banner(ui, widgets::Tone::Info, |ui| {
                    ui.label(note);
                });
            }
            ui.add_space(10.0);
            ui.heading("Effects");
            let effects = ds.effects_of(id);
            for applied in &effects {
                command.extend(effect_card(ui, ds, applied));
                ui.add_space(6.0);
            }
            // Kinds with no statement: reviewed and nothing documented, or
            // never reviewed. Either way it is said, never left blank.
            let silent: Vec<String> = ds
                .verdicts(id)
                .iter()
                .filter_map(|(kind, v)| words::verdict_line(*kind, v))
                .collect();
            if !silent.is_empty() {
                ui.add_space(4.0);
                ui.strong("Not stated for this medicine");
                for line in silent {
                    ui.label(line);
                }
            }
            let ranges = ds.ranges_for_drug(id);
            if !ranges.is_empty() {
                ui.add_space(10.0);
                ui.heading("Reference ranges");
                ui.weak("Laboratory ranges vary; use the local laboratory's range.");
                for r in ranges {
                    widgets::reference_range(ui, r);
                }
            }
            let (rules, interactions) = ds.rules_naming(id);
            if !rules.is_empty() || !interactions.is_empty() {
                ui.add_space(10.0);
                ui.heading("Interactions and list rules");
                for x in interactions {
                    ui.horizontal_wrapped(|ui| {
                        widgets::urgency_label(ui, x.urgency);
                        ui.label(&x.title);
                    });
                }
                for r in rules {
                    ui.horizontal_wrapped(|ui| {
                        widgets::urgency_label(ui, r.urgency);
                        ui.label(&r.title);
                    });
                }
            }
            ui.add_space(8.0);
            ui.weak(&ds.metadata().disclaimer);
        });
    command
}

/// "Class: Diuretics", "Sub-class: Loop diuretics", each a link.
fn classes(ui: &mut egui::Ui, ds: &Dataset, id: DrugId) -> Vec<Command> {
    let mut command = Vec::new();
    let chain = ds.class_chain(ds.class_of(id));
    egui::Grid::new("drug-classes")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (depth, &class) in chain.iter().rev().enumerate() {
                ui.label(if depth == 0 { "Class" } else { "Sub-class" });
                if ui.link(&ds.class(class).name).clicked() {
                    command.push(Command::OpenClass(class));
                }
                ui.end_row();
            }
        });
    command
}

/// The look-alike warning, each pair in tall-man lettering: the safety
/// list's own letters where both names have them, otherwise computed and
/// labelled so.
fn look_alikes(ui: &mut egui::Ui, ds: &Dataset, target: NameTarget) {
    let own: Vec<&str> = match target {
        NameTarget::Drug(id) => ds.names_of(id),
        NameTarget::Product(p) => std::iter::once(ds.product(p).name.as_str())
            .chain(ds.product(p).other_names.iter().map(String::as_str))
            .collect(),
        NameTarget::Class(_) => Vec::new(),
    };
    widgets::banner(ui, widgets::Tone::Warning, |ui| {
        ui.label(
            RichText::new("⚠ Look-alike / sound-alike names: check the name on the prescription")
                .strong(),
        );
        for partner in ds.look_alikes(target) {
            let other = partner.name.as_str();
            let ours = partner
                .paired_with
                .as_deref()
                .or_else(|| closest_name(&own, other))
                .unwrap_or(ds.target_name(target));
            let c = ds.contrast(ours, other);
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("{}   ↔   {}", c.a, c.b))
                        .size(17.0)
                        .strong(),
                );
                let origin = match &c.letters {
                    TallManOrigin::Official(_) => "tall-man letters from the FDA/ISMP list",
                    TallManOrigin::Computed => "capitals computed (not on the tall-man list)",
                };
                ui.weak(format!("{origin}; pair from {}", partner.source));
            });
        }
    });
}

/// Generic, international names, brands by market, combination products.
fn names(ui: &mut egui::Ui, ds: &Dataset, id: DrugId) -> Vec<Command> {
    let mut command = Vec::new();
    let drug = ds.drug(id);
    ui.heading("Names");
    egui::Grid::new("drug-names")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            ui.label("Generic (US)");
            ui.label(&drug.generic);
            ui.end_row();
            if let Some(uk) = &drug.uk_name {
                ui.label("UK name (BNF)");
                ui.label(uk);
                ui.end_row();
            }
            if let Some(inn) = &drug.inn {
                ui.label("International name (INN)");
                ui.label(inn);
                ui.end_row();
            }
            if !drug.international.is_empty() {
                ui.label("International / British");
                ui.label(drug.international.join(", "));
                ui.end_row();
            }
            for market in words::MARKETS {
                let brands: Vec<&str> = drug
                    .brands
                    .iter()
                    .filter(|b| b.markets.contains(&market))
                    .map(|b| b.name.as_str())
                    .collect();
                if !brands.is_empty() {
                    ui.label(format!("Brands, {}", words::market(market)));
                    ui.label(brands.join(", "));
                    ui.end_row();
                }
            }
            let products = ds.products_with(id);
            if !products.is_empty() {
                ui.label("In combination products");
                ui.horizontal_wrapped(|ui| {
                    for c in products {
                        if ui.link(&ds.product(c).name).clicked() {
                            command.push(Command::Open(Page::Product(c)));
                        }
                    }
                });
                ui.end_row();
            }
        });
    command
}

fn effect_card(ui: &mut egui::Ui, ds: &Dataset, applied: &AppliedEffect<'_>) -> Vec<Command> {
    let mut command = Vec::new();
    let e = applied.effect;
    widgets::card(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let title = words::effect_title(e.kind, e.direction);
            let title = RichText::new(title).size(18.0).strong();
            ui.label(if e.direction == Direction::NoEffect {
                title.weak()
            } else {
                title
            });
            if let EffectOrigin::Class(class) = applied.origin {
                ui.weak("inherited from class");
                if ui.link(&ds.class(class).name).clicked() {
                    command.push(Command::OpenClass(class));
                }
            } else if let (EffectOrigin::Product(_), Some(ingredient)) =
                (applied.origin, &e.ingredient)
            {
                ui.weak(format!("{ingredient} in this combination"));
            } else {
                ui.weak("stated for this medicine");
            }
        });
        egui::Grid::new((
            "effect",
            e.kind,
            e.direction,
            applied.origin == EffectOrigin::Drug,
        ))
        .num_columns(2)
        .spacing([12.0, 4.0])
        .min_col_width(110.0)
        .show(ui, |ui| {
            let row = |ui: &mut egui::Ui, label: &str, text: RichText| {
                ui.label(RichText::new(label).weak());
                ui.add(egui::Label::new(text).wrap());
                ui.end_row();
            };
            row(ui, "Frequency", words::frequency(e.frequency).into());
            row(ui, "Evidence", words::evidence(e.evidence).into());
            row(ui, "Mechanism", e.mechanism.as_str().into());
            row(ui, "Onset", e.onset.as_str().into());
            if !e.routes.is_empty() {
                let routes: Vec<&str> = e.routes.iter().map(|r| r.label()).collect();
                row(ui, "Routes", routes.join(", ").into());
            }
            if !e.risk_factors.is_empty() {
                row(ui, "Risk factors", e.risk_factors.join("; ").into());
            }
            row(ui, "Monitoring", e.monitoring.as_str().into());
            row(
                ui,
                "Tell the patient",
                RichText::new(format!("“{}”", e.counselling)).strong(),
            );
            if let Some(refer) = &e.refer_if {
                let colour = ui.visuals().error_fg_color;
                ui.label(RichText::new("Refer if").weak());
                ui.horizontal_wrapped(|ui| {
                    if let Some(u) = e.refer_urgency {
                        widgets::urgency_label(ui, u);
                    }
                    ui.add(egui::Label::new(RichText::new(refer).color(colour)).wrap());
                });
                ui.end_row();
            }
            if let Some(context) = &e.context {
                row(ui, "Applies to", context.as_str().into());
            }
        });
        ui.add_space(4.0);
        ui.label(RichText::new("Sources").weak());
        for id in &e.sources {
            if let Some(s) = ds.source(id) {
                ui.horizontal_wrapped(|ui| {
                    ui.label("•");
                    ui.label(&s.title);
                    ui.weak(format!(
                        "{} · {} · section {} · {}",
                        s.publisher,
                        words::source_kind(s.kind),
                        s.section,
                        s.date
                    ));
                });
            }
        }
    });
    command
}

/// A product: its ingredients, each a link with its badges.
fn show_product(ui: &mut egui::Ui, ds: &Dataset, id: ProductId, style: NameStyle) -> Vec<Command> {
    let mut command = Vec::new();
    let product = ds.product(id);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt(("combination-page", id))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.heading(RichText::new(&product.name).size(26.0).strong());
                widgets::badges(ui, &ds.flags_of(NameTarget::Product(id)));
            });
            let kind = if product.ingredients.len() > 1 {
                "combination product"
            } else {
                "product"
            };
            ui.weak(format!("{kind} · {}", product.route.label()));
            if !product.other_names.is_empty() {
                ui.label(format!("Also known as {}", product.other_names.join(", ")));
            }
            if !product.markets.is_empty() {
                let markets: Vec<&str> =
                    product.markets.iter().map(|&m| words::market(m)).collect();
                ui.label(format!("Markets: {}", markets.join(", ")));
            }
            ui.add_space(8.0);
            ui.heading("Ingredients");
            ui.weak(
                "Each ingredient's effects apply; open one for its monitoring and counselling.",
            );
            for drug in ds.ingredients(id) {
                ui.horizontal(|ui| {
                    if ui
                        .link(RichText::new(ds.drug_label(drug, style)).size(17.0))
                        .clicked()
                    {
                        command.push(Command::Open(Page::Drug(drug)));
                    }
                    widgets::badges(ui, &ds.flags_of(NameTarget::Drug(drug)));
                });
            }
            if !product.effects.is_empty() {
                ui.add_space(8.0);
                ui.heading("This product's own label");
                ui.weak("In place of the ingredient's statement of the same kind.");
                for effect in &product.effects {
                    let applied = AppliedEffect {
                        effect,
                        origin: EffectOrigin::Product(id),
                    };
                    command.extend(effect_card(ui, ds, &applied));
                    ui.add_space(6.0);
                }
            }
            if !ds.look_alikes(NameTarget::Product(id)).is_empty() {
                ui.add_space(6.0);
                look_alikes(ui, ds, NameTarget::Product(id));
            }
            ui.add_space(8.0);
            ui.weak(&ds.metadata().disclaimer);
        });
    command
}
