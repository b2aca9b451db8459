//! Signed data updates as a publisher and a pharmacy use them: `medrisk
//! data keygen`, `pack`, `trust`, `import` and `status`, each run as a
//! child process whose XDG folders are a fresh temporary folder. Every
//! refusal has its own message and exit status 2, and never changes the
//! dataset in use.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use medrisk::dataset::{Date, TextFile};
use medrisk::store::{self, Dirs, Notice, Source, bundle, installed, keys::SecretKey};

const MINIMAL: &str = include_str!("data/valid-minimal.ron");

/// A temporary home for one test: its own XDG folders, keys and bundles.
struct Sandbox {
    root: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        static N: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "medrisk-updates-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        Sandbox { root }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    fn dirs(&self) -> Dirs {
        Dirs {
            config: self.path("config/medrisk"),
            data: self.path("data/medrisk"),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_medrisk"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .args(args)
            .output()
            .expect("run medrisk")
    }

    /// `data keygen` into `keys-NAME/`: (secret, public).
    fn keygen(&self, name: &str) -> (PathBuf, PathBuf) {
        let dir = self.path(&format!("keys-{name}"));
        let o = self.run(&["data", "keygen", "--out", s(&dir)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        (dir.join("medrisk-data.key"), dir.join("medrisk-data.pub"))
    }

    fn trust(&self, public: &Path) {
        let o = self.run(&["data", "trust", s(public)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }

    /// A dataset folder: the minimal fixture as `version`, reviewed today.
    fn dataset(&self, version: &str) -> PathBuf {
        self.dataset_reviewed(version, &Date::today().to_string())
    }

    fn dataset_reviewed(&self, version: &str, reviewed: &str) -> PathBuf {
        let dir = self.path(&format!("dataset-{version}-{reviewed}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("minimal.ron"), fixture(version, reviewed)).unwrap();
        dir
    }

    /// `data pack` of `version` signed with `key`, as `NAME.mrd`.
    fn pack(&self, version: &str, key: &Path, extra: &[&str]) -> PathBuf {
        let dir = self.dataset(version);
        let file = self.path(&format!("{version}.mrd"));
        let mut args = vec!["data", "pack", s(&dir), "--key", s(key), "-o", s(&file)];
        args.extend_from_slice(extra);
        let o = self.run(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        file
    }

    /// A trusted key and a bundle of `version` signed with it.
    fn trusted_bundle(&self, version: &str) -> (PathBuf, PathBuf) {
        let (secret, public) = self.keygen("publisher");
        self.trust(&public);
        (self.pack(version, &secret, &[]), secret)
    }

    fn import(&self, file: &Path) -> Output {
        self.run(&["data", "import", s(file)])
    }

    /// `data status`'s first line.
    fn in_use(&self) -> String {
        let o = self.run(&["data", "status"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        stdout(&o).lines().next().unwrap_or_default().to_owned()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn fixture(version: &str, reviewed: &str) -> String {
    MINIMAL
        .replace("version: \"1\"", &format!("version: \"{version}\""))
        .replace(
            "reviewed: \"2026-01-01\"",
            &format!("reviewed: \"{reviewed}\""),
        )
}

fn s(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit status 2, one `medrisk: ...` line naming the file, containing
/// `words`; and nothing on stdout.
fn refused(o: &Output, file: &Path, words: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(stdout(o).is_empty(), "{}", stdout(o));
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("medrisk: {}: ", file.display())),
        "{err}"
    );
    assert!(err.contains(words), "want {words:?} in: {err}");
}

#[test]
fn keygen_trust_pack_import_and_status_work_end_to_end() {
    let sb = Sandbox::new("end-to-end");
    let (secret, public) = sb.keygen("publisher");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the secret key is its owner's alone");
    }
    let id = SecretKey::read(&secret).unwrap().public().id.to_string();
    assert!(std::fs::read_to_string(&public).unwrap().contains(&id));

    assert_eq!(sb.in_use(), "dataset in use: built in, 2026.12.0");
    let o = sb.run(&["data", "trust", s(&public)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with(&format!("trusted key {id}")));

    let bundle = sb.pack(
        "2099.1",
        &secret,
        &["--published", "2026-12-01", "--expires", "2099-06-30"],
    );
    let o = sb.import(&bundle);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with(&format!(
            "installed dataset 2099.1 (published 2026-12-01, expires 2099-06-30; signed by key {id}"
        )),
        "{}",
        stdout(&o)
    );

    let o = sb.run(&["data", "status"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let status = stdout(&o);
    for line in [
        "dataset in use: installed update, 2099.1",
        "  version:          2099.1",
        &format!("  signed by key:    {id} (trusted by you: "),
        "  published:        2026-12-01",
        "  expires:          2099-06-30",
        "  built-in dataset: 2026.12.0",
    ] {
        assert!(status.contains(line), "{line:?} in:\n{status}");
    }
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));

    // The other commands use it: the minimal dataset's one brand.
    let o = sb.run(&["validate"]);
    assert!(
        stdout(&o).starts_with("ok: dataset 2099.1 "),
        "{}",
        stdout(&o)
    );
    let o = sb.run(&["search", "Lasix", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn a_flipped_bit_is_refused() {
    let sb = Sandbox::new("flipped-bit");
    let (bundle, _) = sb.trusted_bundle("2099.1");
    let bytes = std::fs::read(&bundle).unwrap();
    let cases = [
        // In the data: it no longer matches the signed checksum.
        (bytes.len() - 100, "the file is damaged"),
        // In the signature itself.
        (40, "the signature (key"),
    ];
    for (at, words) in cases {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x04;
        let file = sb.path(&format!("flipped-{at}.mrd"));
        std::fs::write(&file, flipped).unwrap();
        refused(&sb.import(&file), &file, words);
    }
    assert_eq!(sb.in_use(), "dataset in use: built in, 2026.12.0");
}

#[test]
fn a_bundle_signed_with_a_key_not_trusted_is_refused() {
    let sb = Sandbox::new("wrong-key");
    let (_, trusted_public) = sb.keygen("trusted");
    sb.trust(&trusted_public);
    let (stranger, _) = sb.keygen("stranger");
    let bundle = sb.pack("2099.1", &stranger, &[]);
    let id = SecretKey::read(&stranger).unwrap().public().id;
    refused(
        &sb.import(&bundle),
        &bundle,
        &format!("signed with key {id}, which this medrisk does not trust"),
    );
    assert_eq!(sb.in_use(), "dataset in use: built in, 2026.12.0");
}

#[test]
fn an_older_version_and_the_same_version_again_are_refused() {
    let sb = Sandbox::new("rollback-replay");
    let (newer, secret) = sb.trusted_bundle("2099.2");
    let older = sb.pack("2099.1", &secret, &[]);
    // Not newer than the built-in dataset: nothing to install.
    let stale = sb.pack("2026.1", &secret, &[]);
    refused(
        &sb.import(&stale),
        &stale,
        "dataset 2026.1 is not newer than the 2026.12.0 built into this medrisk",
    );
    assert_eq!(sb.import(&newer).status.code(), Some(0));
    refused(
        &sb.import(&older),
        &older,
        "dataset 2099.1 is older than the installed 2099.2",
    );
    refused(
        &sb.import(&newer),
        &newer,
        "dataset 2099.2 is already installed",
    );
    assert_eq!(sb.in_use(), "dataset in use: installed update, 2099.2");
}

#[test]
fn an_expired_bundle_is_refused() {
    let sb = Sandbox::new("expired");
    let (_, secret) = sb.trusted_bundle("2099.1");
    // `pack` will not make one...
    let dir = sb.dataset("2099.1");
    let file = sb.path("expired.mrd");
    let o = sb.run(&[
        "data",
        "pack",
        s(&dir),
        "--key",
        s(&secret),
        "-o",
        s(&file),
        "--published",
        "2020-01-01",
        "--expires",
        "2020-06-30",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the expiry date 2020-06-30 has passed"),
        "{}",
        stderr(&o)
    );
    // ...but one signed long ago has expired since.
    let files = [TextFile {
        name: "minimal.ron".into(),
        text: fixture("2099.1", "2020-01-01"),
    }];
    let key = SecretKey::read(&secret).unwrap();
    let date = |t| Date::parse_iso(t).unwrap();
    let old = bundle::seal(
        &files,
        "2099.1",
        date("2020-01-01"),
        date("2020-06-30"),
        &key,
    );
    std::fs::write(&file, old).unwrap();
    refused(
        &sb.import(&file),
        &file,
        "dataset 2099.1 expired on 2020-06-30",
    );
    assert_eq!(sb.in_use(), "dataset in use: built in, 2026.12.0");
}

#[test]
fn a_truncated_bundle_is_refused() {
    let sb = Sandbox::new("truncated");
    let (bundle, _) = sb.trusted_bundle("2099.1");
    let bytes = std::fs::read(&bundle).unwrap();
    for keep in [bytes.len() - 1, bytes.len() / 2, 50, 3] {
        let file = sb.path(&format!("cut-{keep}.mrd"));
        std::fs::write(&file, &bytes[..keep]).unwrap();
        refused(
            &sb.import(&file),
            &file,
            &format!("the file is cut short ({keep} of "),
        );
    }
    assert_eq!(sb.in_use(), "dataset in use: built in, 2026.12.0");
}

#[test]
fn a_bundle_whose_data_fails_validation_is_refused_with_the_validator_lines() {
    let sb = Sandbox::new("invalid");
    let (_, secret) = sb.trusted_bundle("2099.1");
    // Signed by a trusted key, but made without `pack`'s validation.
    let broken = include_str!("data/broken/dangling-class.ron")
        .replace("version: \"1\"", "version: \"2099.1\"");
    let files = [TextFile {
        name: "dangling-class.ron".into(),
        text: broken,
    }];
    let key = SecretKey::read(&secret).unwrap();
    let today = Date::today();
    let bytes = bundle::seal(&files, "2099.1", today, today.add_days(30), &key);
    let file = sb.path("invalid.mrd");
    std::fs::write(&file, bytes).unwrap();
    let o = sb.import(&file);
    refused(
        &o,
        &file,
        "the data does not validate (1 error), so it was not used:",
    );
    let err = stderr(&o);
    let line = err.lines().nth(1).unwrap_or_default();
    assert!(
        line.starts_with("  dangling-class.ron:") && line.contains("does not exist"),
        "the validator's file:line:col line: {err}"
    );
    // `pack` refuses the same folder with the same lines.
    let dir = sb.path("broken");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("dangling-class.ron"), &files[0].text).unwrap();
    let out = sb.path("never.mrd");
    let o = sb.run(&["data", "pack", s(&dir), "--key", s(&secret), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("dangling-class.ron:"), "{}", stderr(&o));
    assert!(!out.exists());
    assert_eq!(sb.in_use(), "dataset in use: built in, 2026.12.0");
}

#[test]
fn an_import_killed_part_way_leaves_the_previous_dataset_in_use() {
    let sb = Sandbox::new("killed");
    let (first, secret) = sb.trusted_bundle("2099.1");
    let second = sb.pack("2099.2", &secret, &[]);
    assert_eq!(sb.import(&first).status.code(), Some(0));
    // A killed import leaves its temporary file half written beside the
    // installed update; and a half-copied bundle is lying around.
    let installed = installed::path(&sb.dirs());
    let whole = std::fs::read(&installed).unwrap();
    let temp = sb
        .dirs()
        .data
        .join(format!("{}99999", store::temp_prefix(&installed)));
    std::fs::write(&temp, &whole[..whole.len() / 3]).unwrap();
    let half = sb.path("half.mrd");
    let bytes = std::fs::read(&second).unwrap();
    std::fs::write(&half, &bytes[..bytes.len() / 2]).unwrap();

    assert_eq!(sb.in_use(), "dataset in use: installed update, 2099.1");
    let o = sb.run(&["validate"]);
    assert!(
        stdout(&o).starts_with("ok: dataset 2099.1 "),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    refused(&sb.import(&half), &half, "the file is cut short");
    assert_eq!(sb.in_use(), "dataset in use: installed update, 2099.1");

    // The whole bundle installs, and the leftover is cleared away.
    assert_eq!(sb.import(&second).status.code(), Some(0));
    assert_eq!(sb.in_use(), "dataset in use: installed update, 2099.2");
    assert!(
        !temp.exists(),
        "the killed import's temporary file is removed"
    );
}

#[test]
fn a_damaged_installed_update_falls_back_to_the_built_in_dataset_with_a_warning() {
    let sb = Sandbox::new("damaged-installed");
    let (bundle, _) = sb.trusted_bundle("2099.1");
    assert_eq!(sb.import(&bundle).status.code(), Some(0));
    let installed = installed::path(&sb.dirs());
    let whole = std::fs::read(&installed).unwrap();
    for (name, bytes) in [
        ("cut short", whole[..whole.len() - 10].to_vec()),
        ("a flipped bit", {
            let mut b = whole.clone();
            let at = b.len() - 200;
            b[at] ^= 1;
            b
        }),
        ("empty", Vec::new()),
    ] {
        std::fs::write(&installed, &bytes).unwrap();
        let o = sb.run(&["search", "furosemide", "--json"]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.starts_with(
                "medrisk: the installed data update cannot be used, so the built-in dataset 2026.12.0 is: "
            ) && err.contains("damaged"),
            "{name}: {err}"
        );
        assert_eq!(sb.in_use(), "dataset in use: built in, 2026.12.0", "{name}");
    }
}

#[test]
fn an_update_compiled_by_another_build_is_checked_and_validated_again() {
    let sb = Sandbox::new("other-build");
    let (bundle, _) = sb.trusted_bundle("2099.1");
    assert_eq!(sb.import(&bundle).status.code(), Some(0));
    let installed = installed::path(&sb.dirs());
    let mut bytes = std::fs::read(&installed).unwrap();
    // The compiled-format id (after magic and format) of another build.
    bytes[10] ^= 0xff;
    std::fs::write(&installed, &bytes).unwrap();
    let o = sb.run(&["validate"]);
    assert!(
        stdout(&o).starts_with("ok: dataset 2099.1 "),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn a_dataset_past_its_review_date_says_so_on_stderr_and_still_answers() {
    let sb = Sandbox::new("review");
    let (secret, public) = sb.keygen("publisher");
    sb.trust(&public);
    let dir = sb.dataset_reviewed("2099.1", "2020-01-01");
    let file = sb.path("old-review.mrd");
    let o = sb.run(&["data", "pack", s(&dir), "--key", s(&secret), "-o", s(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("was due for review"), "pack warns");
    assert_eq!(sb.import(&file).status.code(), Some(0));
    let o = sb.run(&["search", "Lasix"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stderr(&o),
        "medrisk: dataset 2099.1 was due for clinical review on 2020-12-31 (last reviewed 2020-01-01): its content may be out of date; check for a newer medrisk or data update\n"
    );
}

/// The same checks through the core, which the window uses: past its
/// expiry the update stays in use, with a notice to show.
#[test]
fn the_core_loader_flags_an_expired_update_and_keeps_it_in_use() {
    let sb = Sandbox::new("core");
    let (bundle, _) = sb.trusted_bundle("2099.1");
    let dirs = sb.dirs();
    let today = Date::today();
    let imported = store::import(&dirs, &bundle, today).unwrap();
    let expires = imported.manifest.expires;
    assert_eq!(expires, today.add_days(365), "a year by default");

    let now = store::current(Some(&dirs), today);
    assert!(matches!(now.source, Source::Installed(_)));
    assert_eq!(now.dataset.metadata().version, "2099.1");
    assert!(now.notices.is_empty(), "{:?}", now.notices);

    let later = expires.add_days(1);
    let then = store::current(Some(&dirs), later);
    assert_eq!(then.dataset.metadata().version, "2099.1");
    assert_eq!(
        then.notices.first(),
        Some(&Notice::Expired {
            version: "2099.1".into(),
            expired: expires,
        })
    );
    assert_eq!(
        then.notices[0].to_string(),
        format!(
            "dataset 2099.1 expired on {expires}: its content may be out of date; import a newer update from the publisher"
        )
    );
    // With no folders at all: the built-in dataset, quietly.
    let none = store::current(None, today);
    assert_eq!(none.source, Source::BuiltIn);
    assert!(none.notices.is_empty());
}

/// After medrisk itself brings newer data, an older installed update is
/// left alone: the built-in dataset is used, quietly, and `status` says so.
#[test]
fn an_installed_update_older_than_the_built_in_dataset_is_not_used() {
    let sb = Sandbox::new("overtaken");
    let (_, secret) = sb.trusted_bundle("2099.1");
    let files = [TextFile {
        name: "minimal.ron".into(),
        text: fixture("2026.1", &Date::today().to_string()),
    }];
    let key = SecretKey::read(&secret).unwrap();
    let today = Date::today();
    let bytes = bundle::seal(&files, "2026.1", today, today.add_days(30), &key);
    let ds = medrisk::dataset::Dataset::from_files(&files, today).unwrap();
    installed::write(&sb.dirs(), &bytes, &ds).unwrap();

    let o = sb.run(&["data", "status"]);
    let status = stdout(&o);
    assert!(
        status.starts_with("dataset in use: built in, 2026.12.0"),
        "{status}"
    );
    assert!(
        status.contains(
            "installed update: 2026.1, not newer than the built-in dataset, so not in use"
        ),
        "{status}"
    );
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}
