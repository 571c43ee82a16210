#!/usr/bin/env bash
# Regenerates every icon file from character-gallery.svg. Needs rsvg-convert (librsvg2-bin),
# ImageMagick's convert (imagemagick) and png2icns (icnsutils):
#   apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/character-gallery.svg"
png="$here/png"
res="$here/../src/main/resources/io/github/chargallery/icons"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool not found (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

mkdir -p "$png" "$res"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$png/character-gallery-$size.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar ask for (256 is stored as PNG).
convert "$png"/character-gallery-{16,32,48,64,128,256}.png "$here/character-gallery.ico"

# macOS: png2icns only accepts the sizes the icns format defines (no 64).
png2icns "$here/character-gallery.icns" "$png"/character-gallery-{16,32,48,128,256,512}.png >/dev/null

# Stage icons: the window manager picks the size closest to what it draws (title bar, taskbar, alt-tab).
for size in 16 32 48 64 128 256; do
  cp "$png/character-gallery-$size.png" "$res/character-gallery-$size.png"
done
echo "make-icons: wrote $png, $here/character-gallery.ico, $here/character-gallery.icns and $res"
