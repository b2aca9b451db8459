//! The third-party licence file packages ship, from `cargo metadata`
//! (read by `crates`): every crate the binary is built from, its licence
//! expression, and the licence texts it ships.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::crates;

/// Licence files a crate ships, by the start of their names.
const LICENCE_FILES: &[&str] = &["LICENSE", "LICENCE", "COPYING", "NOTICE", "COPYRIGHT"];

pub fn write(dir: &Path) -> std::io::Result<PathBuf> {
    let meta = crates::metadata(Path::new(env!("CARGO_MANIFEST_DIR")), &[])?;
    let used = crates::resolved(&meta, false);
    let mut out = String::from(
        "Third-party software in medrisk\n\
         ===============================\n\n\
         medrisk is built from the crates below (as Cargo.lock resolves them, for\n\
         every platform), each under the licence its authors give. Their licence\n\
         texts follow each entry where the crate ships them; the fonts' licences\n\
         (DejaVu Sans; egui's Ubuntu Light, Hack, Noto Emoji and icon fonts) are\n\
         among them.\n\n",
    );
    // Each distinct licence text once, with the crates that ship it.
    let mut texts: Vec<(String, Vec<String>)> = Vec::new();
    for package in &used {
        let (name, version) = (&package.name, &package.version);
        if name == "medrisk" {
            continue;
        }
        let licence = package.licence.as_deref().unwrap_or("see its licence file");
        let _ = writeln!(out, "{name} {version}: {licence}");
        let folder = Path::new(&package.manifest_path)
            .parent()
            .map(Path::to_path_buf);
        for file in folder.iter().flat_map(|f| licence_files(f)) {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let text = text.trim().to_owned();
            let shown = file.file_name().unwrap_or_default().to_string_lossy();
            let user = format!("{name} {version} ({shown})");
            match texts.iter_mut().find(|(t, _)| *t == text) {
                Some((_, users)) => users.push(user),
                None => texts.push((text, vec![user])),
            }
        }
    }
    let _ = writeln!(out, "\n\nLicence texts\n=============");
    for (text, users) in &texts {
        let _ = writeln!(
            out,
            "\n--- Shipped by: {} ---\n\n{text}\n",
            users.join(", ")
        );
    }
    let path = dir.join("THIRD-PARTY-LICENSES.txt");
    std::fs::write(&path, out)?;
    Ok(path)
}

/// The licence files in a crate's folder, and in its `fonts/` folder
/// (egui's bundled fonts carry their licences there).
fn licence_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [folder.to_path_buf(), folder.join("fonts")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let in_fonts = dir.ends_with("fonts");
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_uppercase();
            let is_licence = LICENCE_FILES.iter().any(|l| name.starts_with(l))
                || (in_fonts && name.ends_with(".TXT"));
            if is_licence && e.path().is_file() {
                files.push(e.path());
            }
        }
    }
    files.sort();
    files
}
