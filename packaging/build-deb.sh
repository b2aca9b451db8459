#!/usr/bin/env bash
# Builds medrisk_VERSION_ARCH.deb with cargo-deb (installed from crates.io
# when missing) and prints its path. Uses the `dist` profile (LTO, one
# codegen unit, stripped): ~15 minutes cold on two cores.
#
# First generates, from the command line's own definition and Cargo.lock,
# the files the package installs beside the binary: shell completions,
# the man page and the third-party licence file (packaging/generated/).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! cargo deb --version >/dev/null 2>&1; then
    cargo install --locked cargo-deb
fi
cargo run --locked --release --no-default-features --bin medrisk-gen -- \
    --licences packaging/generated >/dev/null
# cargo-deb prints the path of the package it wrote (under the target
# directory, which CARGO_TARGET_DIR may move).
cargo deb --locked --profile dist "$@"
