//! deny.toml's rules, checked from `cargo metadata` (offline, from
//! Cargo.lock) without installing cargo-deny: every crate medrisk is built
//! from has a licence expression the allow-list satisfies and comes from
//! crates.io, no dependency asks for any version (`*`); duplicate versions
//! are reported (the window's stack has some) and the core gains none
//! unnoticed. `cargo deny check` reads the same deny.toml on a machine that
//! has it. Needs every platform's crates in Cargo's cache: `cargo fetch
//! --locked` (tests/run.sh runs it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[allow(dead_code)]
#[path = "../src/bin/medrisk-gen/crates.rs"]
mod crates;

use crates::Package;

const CRATES_IO: &str = "registry+https://github.com/rust-lang/crates.io-index";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// deny.toml as a TOML table.
fn deny() -> toml::Table {
    let text = std::fs::read_to_string(root().join("deny.toml")).expect("deny.toml");
    text.parse().expect("deny.toml is TOML")
}

/// `[licenses] allow`.
fn allowed() -> BTreeSet<String> {
    deny()["licenses"]["allow"]
        .as_array()
        .expect("[licenses] allow is a list")
        .iter()
        .map(|v| v.as_str().expect("licence ids are strings").to_owned())
        .collect()
}

/// `cargo metadata`, or why not in words that say what to do.
fn metadata(features: &str) -> serde_json::Value {
    crates::metadata(root(), &[features]).unwrap_or_else(|e| {
        panic!("cargo metadata failed ({e}); run `cargo fetch --locked` once, as tests/run.sh does")
    })
}

/// As deny.toml's `[graph]` says: every feature, every platform, without
/// dev-only crates (test tools are not shipped).
fn every_package() -> Vec<Package> {
    crates::resolved(&metadata("--all-features"), false)
}

/// Whether an SPDX licence expression is satisfied by `allowed`: `OR`
/// needs one side, `AND` both (binding tighter), `X WITH Y` must be
/// allowed as written; the old `MIT/Apache-2.0` form means `OR`.
fn satisfied(expression: &str, allowed: &BTreeSet<String>) -> Result<bool, String> {
    let spaced = expression
        .replace('/', " OR ")
        .replace('(', " ( ")
        .replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut at = 0;
    let value = or_expr(&tokens, &mut at, allowed)?;
    if at == tokens.len() {
        Ok(value)
    } else {
        Err(format!("unexpected \"{}\"", tokens[at]))
    }
}

fn or_expr(t: &[&str], at: &mut usize, allowed: &BTreeSet<String>) -> Result<bool, String> {
    let mut value = and_expr(t, at, allowed)?;
    while t.get(*at) == Some(&"OR") {
        *at += 1;
        value |= and_expr(t, at, allowed)?;
    }
    Ok(value)
}

fn and_expr(t: &[&str], at: &mut usize, allowed: &BTreeSet<String>) -> Result<bool, String> {
    let mut value = licence(t, at, allowed)?;
    while t.get(*at) == Some(&"AND") {
        *at += 1;
        value &= licence(t, at, allowed)?;
    }
    Ok(value)
}

fn licence(t: &[&str], at: &mut usize, allowed: &BTreeSet<String>) -> Result<bool, String> {
    let Some(&token) = t.get(*at) else {
        return Err("the expression ends too soon".into());
    };
    *at += 1;
    if token == "(" {
        let value = or_expr(t, at, allowed)?;
        if t.get(*at) != Some(&")") {
            return Err("a \"(\" is not closed".into());
        }
        *at += 1;
        return Ok(value);
    }
    if matches!(token, ")" | "AND" | "OR" | "WITH") {
        return Err(format!("unexpected \"{token}\""));
    }
    let mut id = token.to_owned();
    if t.get(*at) == Some(&"WITH") {
        let exception = t.get(*at + 1).ok_or("WITH what?")?;
        id = format!("{id} WITH {exception}");
        *at += 2;
    }
    Ok(allowed.contains(&id))
}

#[test]
fn licence_expressions_are_read_as_spdx_means_them() {
    let allowed: BTreeSet<String> = ["MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception"]
        .map(String::from)
        .into();
    let cases = [
        ("MIT", Ok(true)),
        ("GPL-3.0-only", Ok(false)),
        ("MIT OR GPL-3.0-only", Ok(true)),
        ("MIT AND GPL-3.0-only", Ok(false)),
        ("MIT/Apache-2.0", Ok(true)),
        ("(MIT OR Apache-2.0) AND Unicode-3.0", Ok(false)),
        ("GPL-3.0-only OR MIT AND Apache-2.0", Ok(true)),
        ("Apache-2.0 WITH LLVM-exception OR GPL-3.0-only", Ok(true)),
        ("GPL-2.0-only WITH Classpath-exception-2.0", Ok(false)),
        ("(MIT", Err("a \"(\" is not closed".to_owned())),
        ("MIT OR", Err("the expression ends too soon".to_owned())),
    ];
    for (expression, want) in cases {
        assert_eq!(satisfied(expression, &allowed), want, "{expression}");
    }
}

#[test]
fn every_dependency_licence_is_on_the_deny_toml_allow_list() {
    let allowed = allowed();
    let mut problems = Vec::new();
    for p in every_package() {
        let verdict = match &p.licence {
            None => Err("no licence expression in its Cargo.toml".to_owned()),
            Some(expression) => satisfied(expression, &allowed),
        };
        match verdict {
            Ok(true) => {}
            Ok(false) => problems.push(format!(
                "{} {}: \"{}\" is not allowed by deny.toml",
                p.name,
                p.version,
                p.licence.unwrap_or_default()
            )),
            Err(e) => problems.push(format!("{} {}: {e}", p.name, p.version)),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_dependency_comes_from_crates_io_and_none_asks_for_any_version() {
    let meta = metadata("--all-features");
    for p in crates::resolved(&meta, false) {
        let source = p.source.as_deref();
        assert!(
            source.is_none_or(|s| s == CRATES_IO),
            "{} {} comes from {source:?}; deny.toml allows crates.io only",
            p.name,
            p.version
        );
    }
    let root_id = meta["resolve"]["root"].as_str().expect("a root package");
    let package = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["id"] == root_id)
        .expect("the root package");
    for dep in package["dependencies"].as_array().into_iter().flatten() {
        assert_ne!(
            dep["req"], "*",
            "{}: a wildcard version (deny.toml: wildcards = \"deny\")",
            dep["name"]
        );
    }
}

/// Crates the core and command line may have in two versions, and why.
/// Build-time only (proc-macro dependencies); nothing here is shipped twice.
const CORE_DUPLICATES: &[(&str, &str)] = &[(
    "syn",
    "ed25519-dalek's curve25519-dalek-derive still uses syn 2; clap and serde use syn 3",
)];

/// The window's stack brings several versions of some crates (deny.toml:
/// `multiple-versions = "warn"`): they are printed, as cargo-deny did
/// (`cargo test --test licences -- --nocapture` shows them). The core and
/// command line, built without the window, have only those in
/// [`CORE_DUPLICATES`]; `cargo tree` decides, as it resolves features the
/// way a build does.
#[test]
fn duplicate_versions_are_reported_and_the_core_has_no_new_one() {
    let mut versions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in every_package() {
        versions.entry(p.name).or_default().push(p.version);
    }
    versions.retain(|_, v| v.len() > 1);
    println!("duplicate versions (every feature and platform):");
    for (name, v) in &versions {
        println!("  {name}: {}", v.join(", "));
    }
    let out = std::process::Command::new(env!("CARGO"))
        .args(["tree", "--locked", "--offline", "--no-default-features"])
        .args(["--target", "all", "-e", "normal,build", "--duplicates"])
        .args(["--depth", "0", "--prefix", "none", "--format", "{p}"])
        .current_dir(root())
        .output()
        .expect("cargo tree");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut core: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let mut words = line.split_whitespace();
        if let (Some(name), Some(version)) = (words.next(), words.next()) {
            core.entry(name.to_owned())
                .or_default()
                .insert(version.to_owned());
        }
    }
    // The same version built twice (for the build script and the app) is
    // not a second version.
    core.retain(|_, v| v.len() > 1);
    let new: Vec<String> = core
        .iter()
        .filter(|(name, _)| !CORE_DUPLICATES.iter().any(|(n, _)| n == name))
        .map(|(name, v)| format!("{name}: {v:?}"))
        .collect();
    assert!(new.is_empty(), "the core now has two versions of: {new:?}");
}
