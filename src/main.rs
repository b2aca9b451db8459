//! The `medrisk` binary: a command runs in the terminal; no command opens the
//! desktop app.
#![forbid(unsafe_code)]
// A release build on Windows opens no console window behind the app. The
// command-line commands then print nothing when started from a console; use
// a build with `--no-default-features` for scripting there.
#![cfg_attr(
    all(not(debug_assertions), target_os = "windows", feature = "gui"),
    windows_subsystem = "windows"
)]

use std::process::ExitCode;

use clap::Parser;
use medrisk::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_some() {
        let code = cli::run(&cli, &mut std::io::stdout(), &mut std::io::stderr());
        return ExitCode::from(code);
    }
    open_window(&cli)
}

#[cfg(feature = "gui")]
fn open_window(cli: &Cli) -> ExitCode {
    match medrisk::ui::run(cli.data.clone()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("medrisk: could not open the window: {e}");
            ExitCode::from(cli::EXIT_INVALID)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_cli: &Cli) -> ExitCode {
    eprintln!("medrisk: built without the desktop app (feature `gui`); try `medrisk --help`");
    ExitCode::from(cli::EXIT_INVALID)
}
