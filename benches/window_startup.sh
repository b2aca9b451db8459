#!/usr/bin/env bash
# Start-up time (launch until the window is mapped) and resident memory
# (after the window has settled) of medrisk against a bare eframe window of
# the same version and features (examples/bare_window.rs), on a virtual X
# display. Figures go in BENCHMARKS.md ("Window").
#
#   cargo build --release --bin medrisk --example bare_window
#   bash benches/window_startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
target="${CARGO_TARGET_DIR:-target}/release"
display=":97"

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb"' EXIT
sleep 1
export DISPLAY="$display"
unset WAYLAND_DISPLAY
# A fresh data directory each run: no saved window or settings.
export XDG_DATA_HOME
XDG_DATA_HOME="$(mktemp -d)"

measure() {
    local name="$1" title="$2" bin="$3"
    local total_ms=0 rss_kb=0
    for _ in $(seq "$runs"); do
        local start end pid
        start=$(date +%s%N)
        "$bin" >/dev/null 2>&1 &
        pid=$!
        xdotool search --sync --name "^${title}\$" >/dev/null
        end=$(date +%s%N)
        sleep 2
        rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        total_ms=$((total_ms + (end - start) / 1000000))
    done
    printf '%-12s start-up %4d ms (mean of %d)   RSS %6d KiB\n' \
        "$name" $((total_ms / runs)) "$runs" "$rss_kb"
}

measure bare_window bare_window "$target/examples/bare_window"
measure medrisk medrisk "$target/medrisk"
