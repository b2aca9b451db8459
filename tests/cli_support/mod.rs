//! Running the built command line as a script would, with no installed
//! data update whatever the machine has: the built-in dataset is the one
//! under test.

use std::process::{Command, Output};

pub fn medrisk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_medrisk"))
        .env("XDG_CONFIG_HOME", "/nonexistent/medrisk-tests/config")
        .env("XDG_DATA_HOME", "/nonexistent/medrisk-tests/data")
        .args(args)
        .output()
        .expect("run medrisk")
}
