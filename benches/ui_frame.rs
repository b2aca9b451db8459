//! CPU time of one frame of the window's heaviest views: layout and
//! tessellation, no GPU. `cargo bench --bench ui_frame`; figures in
//! BENCHMARKS.md ("Window").

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use medrisk::dataset::Dataset;
use medrisk::ui::{Command, MedriskApp, Page};

/// A 1100×720 window at 1.0 pixels per point, as `medrisk` opens.
fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1100.0, 720.0),
        )),
        ..Default::default()
    }
}

/// An app on `page`, settled over a few frames so fonts and layout caches
/// are warm, as they are in a running window.
fn settled(commands: &[Command]) -> (egui::Context, MedriskApp) {
    let ctx = egui::Context::default();
    medrisk::ui::setup_context(&ctx);
    let mut app = MedriskApp::new(Dataset::embedded().expect("valid"), None);
    for c in commands {
        app.apply(c.clone());
    }
    for _ in 0..3 {
        let mut out = ctx.run_ui(input(), |ui| app.show(ui));
        // No renderer here to upload the font atlas to.
        out.textures_delta.clear();
    }
    (ctx, app)
}

fn frame(ctx: &egui::Context, app: &mut MedriskApp) -> usize {
    let mut out = ctx.run_ui(input(), |ui| app.show(ui));
    out.textures_delta.clear();
    let meshes = ctx.tessellate(out.shapes, out.pixels_per_point);
    meshes.len()
}

fn bench(c: &mut Criterion) {
    let ds = Dataset::embedded().expect("valid");
    let furosemide = ds.drug_by_generic("furosemide").expect("in the dataset");
    let views: [(&str, Vec<Command>); 4] = [
        ("search 'pred'", vec![Command::SetQuery("pred".to_owned())]),
        (
            "drug page furosemide",
            vec![Command::Open(Page::Drug(furosemide))],
        ),
        ("class browser", vec![Command::Open(Page::Classes)]),
        ("dataset page", vec![Command::Open(Page::Dataset)]),
    ];
    let mut group = c.benchmark_group("ui_frame");
    for (name, commands) in views {
        let (ctx, mut app) = settled(&commands);
        group.bench_function(name, |b| b.iter(|| black_box(frame(&ctx, &mut app))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
