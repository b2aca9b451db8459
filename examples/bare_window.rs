//! A bare eframe window of the same version and features as medrisk's, to
//! measure what medrisk adds to start-up time and memory (BENCHMARKS.md,
//! "Window"). `cargo run --release --example bare_window`.
#![forbid(unsafe_code)]

use eframe::egui;

fn main() -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare_window")
            .with_inner_size([1100.0, 720.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare_window", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("bare eframe window");
        });
    })
}
