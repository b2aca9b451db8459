//! Writes the files packages install beside the binary, generated from the
//! command line's own definition so they cannot drift from it: shell
//! completions for bash, zsh and fish, and the man page.
//!
//! `medrisk-gen DIR` writes `DIR/medrisk.bash`, `DIR/_medrisk`,
//! `DIR/medrisk.fish` and `DIR/medrisk.1`; `medrisk-gen --licences DIR`
//! also writes `DIR/THIRD-PARTY-LICENSES.txt`: every crate the binary is
//! built from (as `cargo metadata` resolves Cargo.lock, offline), its
//! licence expression, and the licence texts it ships, fonts included
//! (packaging/build-deb.sh runs it).
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;
use medrisk::cli::Cli;

fn main() -> ExitCode {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let licences = args.first().is_some_and(|a| a == "--licences");
    if licences {
        args.remove(0);
    }
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: medrisk-gen [--licences] DIR");
        return ExitCode::from(2);
    };
    let result = write_all(&dir).and_then(|mut written| {
        if licences {
            written.push(licences::write(&dir)?);
        }
        Ok(written)
    });
    match result {
        Ok(written) => {
            for path in written {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("medrisk-gen: {}: {e}", dir.display());
            ExitCode::from(2)
        }
    }
}

fn write_all(dir: &std::path::Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let mut command = Cli::command();
        written.push(clap_complete::generate_to(
            shell,
            &mut command,
            "medrisk",
            dir,
        )?);
    }
    let man = dir.join("medrisk.1");
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    std::fs::write(&man, page)?;
    written.push(man);
    Ok(written)
}

/// The third-party licence file, from `cargo metadata`.
mod licences {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    use std::path::{Path, PathBuf};

    /// Licence files a crate ships, by the start of their names.
    const LICENCE_FILES: &[&str] = &["LICENSE", "LICENCE", "COPYING", "NOTICE", "COPYRIGHT"];

    pub fn write(dir: &Path) -> std::io::Result<PathBuf> {
        let output = std::process::Command::new(env!("CARGO"))
            .args(["metadata", "--format-version", "1", "--locked", "--offline"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()?;
        if !output.status.success() {
            return Err(std::io::Error::other(
                String::from_utf8_lossy(&output.stderr).into_owned(),
            ));
        }
        let meta: serde_json::Value = serde_json::from_slice(&output.stdout)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let used = resolved(&meta);
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
        for (name, version, licence, manifest) in &used {
            if name == "medrisk" {
                continue;
            }
            let _ = writeln!(out, "{name} {version}: {licence}");
            let folder = Path::new(manifest).parent().map(Path::to_path_buf);
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

    /// (name, version, licence, manifest path) of every package the
    /// binary is built from: reachable from the root without dev-only
    /// edges, on any platform. Sorted by name and version.
    fn resolved(meta: &serde_json::Value) -> Vec<(String, String, String, String)> {
        let nodes: BTreeMap<&str, &serde_json::Value> = meta["resolve"]["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| Some((n["id"].as_str()?, n)))
            .collect();
        let mut seen: Vec<&str> = Vec::new();
        let mut todo: Vec<&str> = meta["resolve"]["root"].as_str().into_iter().collect();
        while let Some(id) = todo.pop() {
            if seen.contains(&id) {
                continue;
            }
            seen.push(id);
            let deps = nodes.get(id).and_then(|n| n["deps"].as_array());
            for dep in deps.into_iter().flatten() {
                let dev_only = dep["dep_kinds"]
                    .as_array()
                    .is_some_and(|kinds| kinds.iter().all(|k| k["kind"] == "dev"));
                if !dev_only && let Some(pkg) = dep["pkg"].as_str() {
                    todo.push(pkg);
                }
            }
        }
        let mut out: Vec<(String, String, String, String)> = meta["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| seen.contains(&p["id"].as_str().unwrap_or_default()))
            .map(|p| {
                let text = |k: &str| p[k].as_str().unwrap_or_default().to_owned();
                let licence = p["license"]
                    .as_str()
                    .unwrap_or("see its licence file")
                    .to_owned();
                (
                    text("name"),
                    text("version"),
                    licence,
                    text("manifest_path"),
                )
            })
            .collect();
        out.sort();
        out
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
}
