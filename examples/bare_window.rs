//! A bare eframe window of the same version and features as medrisk's, to
//! measure what medrisk adds to start-up time and memory (BENCHMARKS.md,
//! "Window"). `cargo run --release --example bare_window`. With
//! `MEDRISK_FIRST_FRAME=1` it prints when its first frame has been painted
//! and closes, as medrisk's window does (src/ui/first_frame.rs).
#![forbid(unsafe_code)]

use std::time::{SystemTime, UNIX_EPOCH};

use eframe::egui;

fn main() -> eframe::Result<()> {
    let measure = std::env::var_os("MEDRISK_FIRST_FRAME").is_some_and(|v| v == "1");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare_window")
            .with_inner_size([1100.0, 720.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare_window", options, move |ui, _frame| {
        if measure {
            match ui.ctx().cumulative_frame_nr() {
                0 => ui.ctx().request_repaint(),
                1 => {
                    let now = SystemTime::now()
                        .duration_since(UNIX_EPOCH)
                        .map_or(0, |d| d.as_nanos());
                    println!("first-frame {now}");
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
                _ => {}
            }
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("bare eframe window");
        });
    })
}
