//! Start-up measurement (benches/window_startup.sh): with
//! `MEDRISK_FIRST_FRAME=1` in the environment, the window prints when its
//! first frame has been painted, as nanoseconds since the Unix epoch, and
//! closes. examples/bare_window.rs does the same, so the two are timed
//! alike. Without the variable the app runs unwrapped.

use std::time::{SystemTime, UNIX_EPOCH};

use eframe::egui;

/// The environment variable that asks for the measurement.
pub const VARIABLE: &str = "MEDRISK_FIRST_FRAME";

/// Whether this run measures its start-up.
pub fn requested() -> bool {
    std::env::var_os(VARIABLE).is_some_and(|v| v == "1")
}

/// An app that reports its first painted frame, then closes.
pub struct FirstFrame<A>(pub A);

impl<A: eframe::App> eframe::App for FirstFrame<A> {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        // eframe paints each frame after its last pass: a second frame
        // starting means the first is on the screen.
        if ctx.cumulative_frame_nr() == 1 {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            println!("first-frame {now}");
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.0.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if ui.ctx().cumulative_frame_nr() == 0 {
            ui.ctx().request_repaint();
        }
        self.0.ui(ui, frame);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.0.save(storage);
    }

    fn on_exit(&mut self) {
        self.0.on_exit();
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        self.0.auto_save_interval()
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.0.clear_color(visuals)
    }

    fn persist_egui_memory(&self) -> bool {
        self.0.persist_egui_memory()
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.0.raw_input_hook(ctx, raw_input);
    }
}
