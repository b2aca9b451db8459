//! Embeds every `data/*.ron` file in the binary so the app runs with no files
//! beside it. Adding a data file needs no code change.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=data");
    embed_windows_icon();
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("set by cargo");
    let data = Path::new(&manifest).join("data");
    let mut files: Vec<_> = fs::read_dir(&data)
        .expect("data/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for path in &files {
        let name = path.file_name().expect("file").to_string_lossy();
        out.push_str(&format!(
            "    (\"data/{name}\", include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    // `medrisk --version` names the dataset too; read it from the metadata
    // block without a RON parser (the validator checks the file properly).
    let version = files
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .filter(|text| text.contains("metadata:"))
        .find_map(|text| {
            let after = &text[text.find("metadata:")?..];
            let v = &after[after.find("version:")? + "version:".len()..];
            let v = &v[v.find('"')? + 1..];
            Some(v[..v.find('"')?].to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=MEDRISK_DATASET_VERSION={version}");
    let dest = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("embedded_data.rs");
    fs::write(dest, out).expect("write embedded_data.rs");
}

/// The .exe carries the app icon on Windows (Explorer, taskbar). Only a
/// Windows host runs this; it cannot be built or tested on Linux.
#[cfg(windows)]
fn embed_windows_icon() {
    println!("cargo:rerun-if-changed=icons/medrisk.ico");
    let mut resource = winresource::WindowsResource::new();
    resource.set_icon("icons/medrisk.ico");
    resource.compile().expect("embed icons/medrisk.ico");
}

#[cfg(not(windows))]
fn embed_windows_icon() {}
