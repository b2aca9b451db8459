//! Small drawing pieces the views share: effect badges, banners, links.
//! They draw what they are given and decide nothing.

use eframe::egui::{self, Color32, RichText};

use crate::dataset::{EffectFlag, FlagFinding, ReferenceRange, Strength, Urgency};

/// One effect badge ("K⁺ ↓", "tremor"), with the flag in words on hover
/// and as its accessible name.
/// A flag that rests on limited evidence only is drawn faint with a "?".
pub fn badge(ui: &mut egui::Ui, finding: FlagFinding) {
    let FlagFinding { flag, strength } = finding;
    let (fill, text) = badge_colours(ui, flag);
    let hover = finding.words();
    let (label, fill) = match strength {
        Strength::Established => (flag.badge(), fill),
        Strength::Possible => (format!("{}?", flag.badge()), fill.gamma_multiply(0.45)),
    };
    // The badge is one allocation of its whole size, so that a wrapping row
    // moves it to the next line when it does not fit. (A frame drawn around
    // a label is placed where the row's space starts and never wraps.)
    let galley = egui::WidgetText::from(RichText::new(label).color(text)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let margin = egui::vec2(5.0, 0.0);
    let (rect, response) =
        ui.allocate_exact_size(galley.size() + 2.0 * margin, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, 4.0, fill);
        ui.painter().galley(rect.min + margin, galley, text);
    }
    // Read aloud as words ("lowers serum potassium"), not symbols.
    let spoken = hover.clone();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
    response.on_hover_text(hover);
}

/// An established flag's badge.
pub fn flag_badge(ui: &mut egui::Ui, flag: EffectFlag) {
    badge(
        ui,
        FlagFinding {
            flag,
            strength: Strength::Established,
        },
    );
}

/// Badges for every finding given, in order.
pub fn badges(ui: &mut egui::Ui, findings: &[FlagFinding]) {
    for &f in findings {
        badge(ui, f);
    }
}

fn badge_colours(ui: &egui::Ui, flag: EffectFlag) -> (Color32, Color32) {
    let dark = ui.visuals().dark_mode;
    let [r, g, b] = flag.kind.info().colour_for(flag.direction);
    let base = Color32::from_rgb(r, g, b);
    if dark {
        (base.gamma_multiply(0.35), Color32::from_gray(235))
    } else {
        (base.gamma_multiply(0.18), Color32::from_gray(20))
    }
}

/// The urgency as a coloured label with its word (never colour alone).
pub fn urgency_label(ui: &mut egui::Ui, urgency: Urgency) {
    let colour = match urgency {
        Urgency::Emergency => Color32::from_rgb(200, 30, 30),
        Urgency::SameDay => Color32::from_rgb(215, 95, 0),
        Urgency::Soon => Color32::from_rgb(180, 140, 0),
        Urgency::Routine => Color32::from_rgb(60, 120, 200),
        Urgency::Advice => Color32::from_rgb(90, 140, 90),
    };
    egui::Frame::new()
        .fill(colour)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 0))
        .show(ui, |ui| {
            ui.label(
                RichText::new(urgency.label())
                    .color(Color32::WHITE)
                    .strong(),
            );
        });
}

/// One reference range: "UK: 3.5–5.3 mmol/L", then its bands with their
/// urgency labels.
pub fn reference_range(ui: &mut egui::Ui, r: &ReferenceRange) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{} ({:?})", r.name, r.market)).strong());
        ui.label(format!("usual {}–{} {}", r.low, r.high, r.unit));
    });
    for band in &r.bands {
        ui.horizontal_wrapped(|ui| {
            ui.add_space(12.0);
            urgency_label(ui, band.urgency);
            let bounds = match (band.from, band.below) {
                (Some(a), Some(b)) => format!("{a} to below {b}"),
                (Some(a), None) => format!("{a} or more"),
                (None, Some(b)) => format!("below {b}"),
                (None, None) => String::new(),
            };
            ui.label(format!("{}: {bounds} {}", band.label, r.unit));
        });
    }
    if let Some(note) = &r.note {
        ui.weak(note);
    }
}

/// How loud a banner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Error,
    Warning,
    Info,
}

/// A full-width coloured box for something the user must see first.
pub fn banner<R>(
    ui: &mut egui::Ui,
    tone: Tone,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let colour = match tone {
        Tone::Error => ui.visuals().error_fg_color,
        Tone::Warning => ui.visuals().warn_fg_color,
        Tone::Info => ui.visuals().hyperlink_color,
    };
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.15))
        .stroke(egui::Stroke::new(1.0, colour.gamma_multiply(0.6)))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner
}

/// A card: a framed group with a little room.
pub fn card<R>(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner
}
