#!/usr/bin/env bash
# The whole test suite on a fresh Debian/Ubuntu machine with the Rust
# toolchain: installs the system packages the tests need when they are
# missing, then runs every test (unit, integration, GUI, CLI, doc).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use, each with the file that shows it is there.
#   mesa-vulkan-drivers + libvulkan1: software Vulkan (lavapipe) for GUI snapshots
#   desktop-file-utils, appstream: validators for the desktop integration files
declare -A probe=(
    [mesa-vulkan-drivers]="/usr/share/vulkan/icd.d/lvp_icd.x86_64.json"
    [libvulkan1]="/usr/lib/x86_64-linux-gnu/libvulkan.so.1"
    [desktop-file-utils]="/usr/bin/desktop-file-validate"
    [appstream]="/usr/bin/appstreamcli"
)
missing=()
for pkg in "${!probe[@]}"; do
    [ -e "${probe[$pkg]}" ] || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A fresh machine builds once: incremental state and full debug information
# would only fill the disk (every test binary links the window).
export CARGO_INCREMENTAL=0
export CARGO_PROFILE_DEV_DEBUG=line-tables-only
# The build below leaves about 3 GB in target/; say so early when the disk
# is short, instead of failing later in the linker.
avail_mb=$(df -Pm . | awk 'NR == 2 {print $4}')
if [ "${avail_mb:-0}" -lt 4096 ]; then
    echo "warning: only ${avail_mb} MB free here; the test build needs about 3 GB" >&2
fi

# Every platform's crates, so that `cargo metadata --offline` can read their
# licences (tests/licences.rs checks them against deny.toml).
cargo fetch --locked
# The core and the command line without egui: "no egui in the core" is
# compiled, not just written.
cargo clippy --locked --no-default-features --all-targets -- -D warnings
cargo clippy --locked --all-targets -- -D warnings
cargo test --locked --all-targets
cargo test --locked --doc
# What the build left on disk, for anyone sizing a machine for this run.
du -sh target 2>/dev/null || true
