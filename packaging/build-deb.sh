#!/usr/bin/env bash
# Builds medrisk_VERSION_ARCH.deb with cargo-deb (installed from crates.io
# when missing) and prints its path. Needs a release build, ~10 minutes cold.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! cargo deb --version >/dev/null 2>&1; then
    cargo install --locked cargo-deb
fi
# cargo-deb prints the path of the package it wrote (under the target
# directory, which CARGO_TARGET_DIR may move).
cargo deb --locked "$@"
