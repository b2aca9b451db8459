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

mod crates;
mod licences;
