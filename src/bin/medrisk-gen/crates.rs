//! The crates medrisk is built from, as `cargo metadata` resolves
//! Cargo.lock offline: name, version, licence expression, where it comes
//! from. Shared by `medrisk-gen --licences` (the licence file packages
//! ship) and `tests/licences.rs` (deny.toml's licence allow-list, sources
//! and duplicate versions, checked without installing cargo-deny).

use std::collections::BTreeMap;
use std::path::Path;

/// One resolved package.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Package {
    pub name: String,
    pub version: String,
    /// The SPDX licence expression, if the crate gives one.
    pub licence: Option<String>,
    /// `registry+https://...` or `git+...`; `None` for a path (medrisk).
    pub source: Option<String>,
    pub manifest_path: String,
}

/// `cargo metadata` for the crate at `manifest_dir`, offline and locked,
/// with `features` (e.g. `--all-features`, `--no-default-features`).
pub fn metadata(manifest_dir: &Path, features: &[&str]) -> std::io::Result<serde_json::Value> {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .args(features)
        .current_dir(manifest_dir)
        .output()?;
    if !output.status.success() {
        return Err(std::io::Error::other(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| std::io::Error::other(e.to_string()))
}

/// Every package reachable from the root, on any platform; through
/// dev-only edges too if `dev`. Sorted by name and version.
pub fn resolved(meta: &serde_json::Value, dev: bool) -> Vec<Package> {
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
            if (dev || !dev_only)
                && let Some(pkg) = dep["pkg"].as_str()
            {
                todo.push(pkg);
            }
        }
    }
    let mut out: Vec<Package> = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| seen.contains(&p["id"].as_str().unwrap_or_default()))
        .map(|p| {
            let text = |k: &str| p[k].as_str().unwrap_or_default().to_owned();
            Package {
                name: text("name"),
                version: text("version"),
                licence: p["license"].as_str().map(str::to_owned),
                source: p["source"].as_str().map(str::to_owned),
                manifest_path: text("manifest_path"),
            }
        })
        .collect();
    out.sort();
    out
}
