//! `medrisk data pack DIR --key SECRET -o FILE.mrd`: validate a dataset
//! folder with the same validator as `medrisk validate`, and sign it into a
//! bundle with its version, publish date and expiry date.

use std::io::Write;
use std::path::Path;

use super::super::EXIT_OK;
use super::DEFAULT_VALID_DAYS;
use crate::dataset::{Dataset, Date, TextFile, read_path};
use crate::store::keys::SecretKey;
use crate::store::{DataVersion, UpdateError, bundle};

pub struct Request<'a> {
    pub dir: &'a Path,
    pub key: &'a Path,
    pub file: &'a Path,
    pub published: Date,
    pub expires: Option<Date>,
    pub today: Date,
}

pub fn run(r: &Request<'_>, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, UpdateError> {
    let expires = r
        .expires
        .unwrap_or_else(|| r.published.add_days(DEFAULT_VALID_DAYS));
    if expires <= r.published || expires < r.today {
        return Err(UpdateError::BadDates {
            published: r.published,
            expires,
            today: r.today,
        });
    }
    let key = SecretKey::read(r.key)?;
    warn_if_readable_by_others(r.key, err);
    let invalid = |error| UpdateError::Invalid {
        path: r.dir.to_path_buf(),
        error,
    };
    let files = read_path(r.dir).map_err(invalid)?;
    let dataset = Dataset::from_files(&files, r.today).map_err(invalid)?;
    for w in dataset.warnings() {
        let _ = writeln!(err, "{w}");
    }
    let version = &dataset.metadata().version;
    if DataVersion::parse(version).is_none() {
        return Err(UpdateError::BadVersion {
            path: r.dir.to_path_buf(),
            version: version.clone(),
        });
    }
    // Inside the bundle a file is known by its name alone.
    let named: Vec<TextFile> = files
        .into_iter()
        .map(|f| TextFile {
            name: Path::new(&f.name)
                .file_name()
                .map_or(f.name.clone(), |n| n.to_string_lossy().into_owned()),
            text: f.text,
        })
        .collect();
    let bytes = bundle::seal(&named, version, r.published, expires, &key);
    crate::store::write_file(r.file, &bytes)?;
    let _ = writeln!(
        out,
        "packed dataset {version} (published {}, expires {}; {} files), signed with key {}: {} ({} bytes)",
        r.published,
        expires,
        named.len(),
        key.public().id,
        r.file.display(),
        bytes.len()
    );
    Ok(EXIT_OK)
}

/// A secret key others can read is a key others may have copied.
fn warn_if_readable_by_others(path: &Path, err: &mut dyn Write) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            let _ = writeln!(
                err,
                "medrisk: warning: {} can be read by other users; `chmod 600` it",
                path.display()
            );
        }
    }
    #[cfg(not(unix))]
    let _ = (path, err);
}
