//! The desktop integration files pass the real validators, and every icon
//! exists at the size its name claims. `tests/run.sh` installs the
//! validators (Debian's desktop-file-utils and appstream) when missing.

use std::path::{Path, PathBuf};
use std::process::Command;

const APP_ID: &str = "io.github.medrisk.Medrisk";
const ICON_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn packaging(file: &str) -> PathBuf {
    root().join("packaging").join(file)
}

fn run_validator(program: &str, args: &[&str], file: &Path) {
    let output = Command::new(program)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is not installed ({e}); run `bash tests/run.sh`, which installs it")
        });
    assert!(
        output.status.success(),
        "{program} rejected {}:\n{}{}",
        file.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_desktop_entry_validates() {
    let file = packaging(&format!("{APP_ID}.desktop"));
    run_validator("desktop-file-validate", &[], &file);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&format!("\nIcon={APP_ID}\n")), "{text}");
    assert!(text.contains("\nExec=medrisk\n"), "{text}");
}

#[test]
fn the_appstream_metainfo_validates_and_names_the_app_id() {
    let file = packaging(&format!("{APP_ID}.metainfo.xml"));
    run_validator("appstreamcli", &["validate", "--no-net"], &file);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&format!("<id>{APP_ID}</id>")));
    assert!(text.contains(&format!(
        "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
    )));
    assert!(text.contains("<content_rating type=\"oars-1.1\"/>"));
    let release = format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(text.contains(&release), "a release entry for this version");
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is a PNG",
        path.display()
    );
    assert_eq!(&bytes[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn every_icon_size_exists_and_is_the_size_it_claims() {
    for size in ICON_SIZES {
        let path = root().join(format!("icons/medrisk-{size}.png"));
        assert_eq!(png_size(&path), (size, size), "{}", path.display());
    }
    for other in [
        "icons/medrisk.svg",
        "icons/medrisk.ico",
        "icons/medrisk.icns",
    ] {
        let meta = std::fs::metadata(root().join(other)).unwrap();
        assert!(meta.len() > 0, "{other}");
    }
}

#[test]
fn the_deb_installs_every_icon_and_integration_file() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    for size in ICON_SIZES {
        let asset = format!(
            "[\"icons/medrisk-{size}.png\", \"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png\", \"644\"]"
        );
        assert!(manifest.contains(&asset), "{asset}");
    }
    for file in [
        format!("packaging/{APP_ID}.desktop"),
        format!("packaging/{APP_ID}.metainfo.xml"),
        "LICENSE-MIT".into(),
        "LICENSE-APACHE".into(),
    ] {
        assert!(
            manifest.contains(&format!("[\"{file}\"")),
            "{file} in deb assets"
        );
        assert!(root().join(&file).exists(), "{file} exists");
    }
}

#[test]
fn the_metainfo_names_a_developer_and_the_package_a_maintainer_address() {
    let text = std::fs::read_to_string(packaging(&format!("{APP_ID}.metainfo.xml"))).unwrap();
    assert!(
        text.contains("<developer id=\"io.github.medrisk\">"),
        "{text}"
    );
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let maintainer = manifest
        .lines()
        .find(|l| l.starts_with("maintainer = "))
        .expect("a maintainer");
    assert!(
        maintainer.contains('<') && maintainer.contains('@') && maintainer.ends_with(">\""),
        "{maintainer}"
    );
    // What the package installs beside the binary is listed for cargo-deb.
    for asset in [
        "usr/share/bash-completion/completions/medrisk",
        "usr/share/zsh/vendor-completions/_medrisk",
        "usr/share/fish/vendor_completions.d/medrisk.fish",
        "usr/share/man/man1/medrisk.1",
        "THIRD-PARTY-LICENSES.txt",
        "DejaVuSans-LICENSE.txt",
    ] {
        assert!(manifest.contains(asset), "{asset} is not packaged");
    }
}

#[test]
fn completions_and_the_man_page_are_generated_from_the_command_line() {
    let dir = std::env::temp_dir().join(format!("medrisk-gen-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_medrisk-gen"))
        .arg(&dir)
        .output()
        .expect("run medrisk-gen");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let bash = read("medrisk.bash");
    for word in [
        "check",
        "--symptom",
        "--format",
        "--names",
        "markdown",
        "legs",
    ] {
        assert!(bash.contains(word), "bash completion lacks {word}");
    }
    assert!(read("_medrisk").starts_with("#compdef medrisk"));
    assert!(read("medrisk.fish").contains("complete -c medrisk"));
    let man = read("medrisk.1");
    assert!(man.contains(".TH medrisk 1"));
    assert!(man.contains("does not replace, professional judgement"));
    std::fs::remove_dir_all(&dir).unwrap();
}
