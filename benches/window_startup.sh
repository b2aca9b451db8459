#!/usr/bin/env bash
# Start-up time (launch until the first frame has been painted) and resident
# memory (after the window has settled) of medrisk against a bare eframe
# window of the same version and features (examples/bare_window.rs), on a
# virtual X display, the two programs taking turns run by run. Figures go in
# BENCHMARKS.md ("Window").
#
#   cargo build --release --bin medrisk --example bare_window
#   bash benches/window_startup.sh [RUNS]
#
# BENCH_DIR names another folder holding `medrisk` and
# `examples/bare_window` (default: the release build); BENCH_BASELINE names
# an earlier medrisk binary to measure in the same turns (a baseline).
#
# Start-up: each program runs with MEDRISK_FIRST_FRAME=1, prints the time
# its first frame was painted and closes (src/ui/first_frame.rs); the time
# from just before launching it is the start-up. Memory: each program runs
# normally; VmRSS is read two seconds after its window appears.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
target="${BENCH_DIR:-${CARGO_TARGET_DIR:-target}/release}"
display="${BENCH_DISPLAY:-:97}"

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb"' EXIT
sleep 1
export DISPLAY="$display"
unset WAYLAND_DISPLAY
# A fresh data directory each run: no saved window or settings.
export XDG_DATA_HOME XDG_RUNTIME_DIR
XDG_RUNTIME_DIR="$(mktemp -d)"

names=(bare_window medrisk)
titles=(bare_window medrisk)
bins=("$target/examples/bare_window" "$target/medrisk")
if [[ -n "${BENCH_BASELINE:-}" ]]; then
    names+=(baseline)
    titles+=(medrisk)
    bins+=("$BENCH_BASELINE")
fi
declare -A startup rss

first_frame() {
    local bin="$1" start painted
    XDG_DATA_HOME="$(mktemp -d)"
    start=$(date +%s%N)
    painted=$(MEDRISK_FIRST_FRAME=1 "$bin" 2>/dev/null | awk '/^first-frame / {print $2}')
    echo $(((painted - start) / 1000))
}

resident() {
    local bin="$1" title="$2" pid
    XDG_DATA_HOME="$(mktemp -d)"
    "$bin" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1000); do
        xdotool search --name "^${title}\$" >/dev/null 2>&1 && break
        sleep 0.01
    done
    sleep 2
    awk '/VmRSS/ {print $2}' "/proc/$pid/status"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

for _ in $(seq "$runs"); do
    for i in "${!names[@]}"; do
        startup[${names[$i]}]+="$(first_frame "${bins[$i]}") "
    done
done
for _ in $(seq "$runs"); do
    for i in "${!names[@]}"; do
        rss[${names[$i]}]+="$(resident "${bins[$i]}" "${titles[$i]}") "
    done
done

summary() {
    # mean and median of the values (µs or KiB)
    tr ' ' '\n' | awk 'NF' | sort -n | awk '{v[NR]=$1; s+=$1} END {
        m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
        printf "%.1f %.1f", s/NR, m }'
}
for n in "${names[@]}"; do
    read -r smean smed <<<"$(summary <<<"${startup[$n]}")"
    read -r rmean rmed <<<"$(summary <<<"${rss[$n]}")"
    printf '%-12s first frame: mean %6.1f ms, median %6.1f ms   RSS: mean %7.1f MiB, median %7.1f MiB   (%d runs)\n' \
        "$n" "$(echo "$smean / 1000" | bc -l)" "$(echo "$smed / 1000" | bc -l)" \
        "$(echo "$rmean / 1024" | bc -l)" "$(echo "$rmed / 1024" | bc -l)" "$runs"
    echo "  start-up µs: ${startup[$n]}"
    echo "  RSS KiB:     ${rss[$n]}"
done
