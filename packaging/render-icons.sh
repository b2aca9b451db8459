#!/usr/bin/env bash
# Renders the app icon from icons/medrisk.svg: PNGs for every size the
# desktop and the window use, a Windows .ico and a macOS .icns.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" icons/medrisk.svg -o "icons/medrisk-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert icons/medrisk-16.png icons/medrisk-32.png icons/medrisk-48.png \
    icons/medrisk-64.png icons/medrisk-128.png icons/medrisk-256.png icons/medrisk.ico
# macOS: png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512).
png2icns icons/medrisk.icns icons/medrisk-16.png icons/medrisk-32.png icons/medrisk-48.png \
    icons/medrisk-128.png icons/medrisk-256.png icons/medrisk-512.png >/dev/null
echo "rendered icons/medrisk-{16,32,48,64,128,256,512}.png, icons/medrisk.ico, icons/medrisk.icns"
