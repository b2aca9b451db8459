//! Compiles the built-in dataset: every `data/*.ron` file is parsed and
//! validated by the app's own validator (the `dataset` module, compiled into
//! this script as well), and the validated dataset is written in its
//! compiled form (postcard, see `src/dataset/compiled.rs`) for the binary to
//! embed, with its SHA-256. A dataset that does not validate fails the
//! build with the validator's `file:line:col` messages. Adding a data file
//! needs no code change.

use std::path::{Path, PathBuf};
use std::{env, fs};

use sha2::{Digest, Sha256};

// The dataset module needs only serde, ron, postcard and
// unicode-normalization, which are this script's build-dependencies too.
// Most of its API is for the app, not for this script.
#[allow(dead_code, unused_imports)]
#[path = "src/dataset/mod.rs"]
mod dataset;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/dataset");
    embed_windows_icon();
    portal_desktop_cfg();
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));

    let files = read_data(&manifest.join("data"));
    let ds = match dataset::Dataset::from_files(&files, dataset::Date::today()) {
        Ok(ds) => ds,
        Err(e) => {
            for d in &e.diagnostics {
                eprintln!("{d}");
            }
            let n = e.errors().count();
            eprintln!(
                "medrisk: the built-in dataset (data/*.ron) has {n} error{}, so medrisk is not built",
                if n == 1 { "" } else { "s" }
            );
            std::process::exit(1);
        }
    };
    for w in ds.warnings() {
        println!("cargo:warning={w}");
    }
    let bytes = dataset::compiled::encode(&ds);
    fs::write(out.join("dataset.bin"), &bytes).expect("write dataset.bin");
    let facts = format!(
        "/// SHA-256 of the compiled built-in dataset (`dataset.bin`).\n\
         pub const SHA256: [u8; 32] = {:?};\n\
         /// SHA-256 of the `dataset` module's source: compiled bytes are read\n\
         /// only by a build whose id is the same as the one that wrote them.\n\
         pub const COMPILED_FORMAT: [u8; 32] = {:?};\n",
        <[u8; 32]>::from(Sha256::digest(&bytes)),
        source_id(&manifest.join("src/dataset")),
    );
    fs::write(out.join("builtin.rs"), facts).expect("write builtin.rs");
    println!(
        "cargo:rustc-env=MEDRISK_DATASET_VERSION={}",
        ds.metadata().version
    );
}

/// The `.ron` files of `data/`, sorted, named as the validator shows them.
fn read_data(dir: &Path) -> Vec<dataset::TextFile> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .expect("data/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| dataset::TextFile {
            name: format!("data/{}", p.file_name().expect("a file").to_string_lossy()),
            text: fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())),
        })
        .collect()
}

/// SHA-256 over every `.rs` file under `dir` (relative path and text, in
/// path order). A change to the schema changes it; so does a comment,
/// which only means an installed update is compiled again on import.
fn source_id(dir: &Path) -> [u8; 32] {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for e in fs::read_dir(dir).expect("src/dataset exists").flatten() {
            let path = e.path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    let mut hash = Sha256::new();
    for f in files {
        let relative = f.strip_prefix(dir).expect("under dir");
        hash.update(relative.to_string_lossy().replace('\\', "/").as_bytes());
        hash.update([0]);
        hash.update(fs::read(&f).expect("readable source"));
        hash.update([0]);
    }
    hash.finalize().into()
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

/// The operating systems whose desktops answer through XDG portals, named
/// once as `cfg(portal_desktop)` for the code (Cargo.toml's dependency
/// tables cannot use it, so they list the same systems).
fn portal_desktop_cfg() {
    const PORTAL_DESKTOPS: [&str; 5] = ["linux", "freebsd", "dragonfly", "netbsd", "openbsd"];
    println!("cargo::rustc-check-cfg=cfg(portal_desktop)");
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if PORTAL_DESKTOPS.contains(&os.as_str()) {
        println!("cargo::rustc-cfg=portal_desktop");
    }
}
