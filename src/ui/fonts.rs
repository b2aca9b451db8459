//! The bundled font. DejaVu Sans (Bitstream Vera licence with DejaVu's
//! public-domain changes, `fonts/DejaVuSans-LICENSE.txt`; Debian package
//! fonts-dejavu-core 2.37) comes first in every family, so every symbol the
//! window prints (K⁺ ↑ ↓ ⚠ ★ ›) has a glyph on every machine, with egui's
//! own fonts behind it.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

const DEJAVU_SANS: &[u8] = include_bytes!("fonts/DejaVuSans.ttf");
const DEJAVU_SANS_NAME: &str = "DejaVuSans";

/// Installs the bundled font into `ctx` (takes effect from the next pass,
/// or this one if no fonts were loaded yet).
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        DEJAVU_SANS_NAME.to_owned(),
        Arc::new(FontData::from_static(DEJAVU_SANS)),
    );
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, DEJAVU_SANS_NAME.to_owned());
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(DEJAVU_SANS_NAME.to_owned());
    ctx.set_fonts(fonts);
}
