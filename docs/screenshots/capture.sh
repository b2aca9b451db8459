#!/usr/bin/env bash
# Retakes the README screenshots from the real window on a virtual X
# display (Xvfb, xdotool, ImageMagick's `import`). Needs a built binary:
#   cargo build --release && bash docs/screenshots/capture.sh [BINARY]
# Open each PNG and look at it before committing.
set -euo pipefail
cd "$(dirname "$0")"
bin="${1:-../../target/release/medrisk}"
display=":93"

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
unset WAYLAND_DISPLAY
export XDG_DATA_HOME
XDG_DATA_HOME="$(mktemp -d)" # no saved settings: default zoom and theme
sleep 1
"$bin" >/dev/null 2>&1 &
app=$!
trap 'kill "$app" "$xvfb" 2>/dev/null' EXIT

wid=$(xdotool search --sync --name '^medrisk$' | head -1)
xdotool windowsize "$wid" 1280 800
xdotool windowmove "$wid" 0 0
xdotool windowfocus --sync "$wid"
sleep 1

# The search box has the focus at start: type, choose the second row.
xdotool type --delay 80 "pred"
sleep 0.5
xdotool key Down
sleep 1
import -window root search-results.png

# Enter opens the chosen medicine.
xdotool key Return
sleep 1
import -window root drug-page.png

# The class browser, filtered to sodium-lowering medicines.
xdotool mousemove 193 12 click 1
sleep 2
xdotool mousemove 635 43
sleep 0.5
xdotool click 1
xdotool mousemove 700 790
sleep 1
import -window root class-matrix.png

# The counter check: paste an older patient's list, tick the ibuprofen
# they are buying, choose the complaint. The answer comes first.
xdotool mousemove 389 12 click 1
sleep 1
xdotool mousemove 220 138 click 1
xdotool type --delay 20 "furosemide, ramipril, spironolactone, digoxin, ibuprofen, lithium, zopiclone, amitriptyline"
sleep 1
xdotool mousemove 85 169 click 1
sleep 1
xdotool mousemove 100 487 click 1
sleep 1
xdotool mousemove 281 192 click 1
xdotool mousemove 1000 790
sleep 1
import -window root counter-check.png
