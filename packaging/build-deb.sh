#!/usr/bin/env bash
# Builds target/debian/medrisk_VERSION_ARCH.deb with cargo-deb (installed
# from crates.io when missing). Needs a release build, ~10 minutes cold.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! cargo deb --version >/dev/null 2>&1; then
    cargo install --locked cargo-deb
fi
cargo deb --locked "$@"
ls -1 target/debian/*.deb
