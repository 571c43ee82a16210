#!/bin/sh
# Class data sharing (AppCDS) archives: the JVM maps the classes a start-up loads from one file
# instead of finding, reading, verifying and linking each (about 5,000 classes before the first frame).
#
#   packaging/cds.sh jar         after `mvn package`: trains a start of target/character-gallery.jar and
#                                writes target/character-gallery.jsa (a dynamic archive on top of the
#                                JDK's own). Use it with
#                                  java -XX:SharedArchiveFile=target/character-gallery.jsa -jar target/character-gallery.jar
#                                A JDK update or a rebuilt jar makes the JVM ignore it silently: run this again.
#   packaging/cds.sh classlist   (the dist profile) trains a start with JavaFX on the module path, as the
#                                installed app runs, and writes target/dist/input/character-gallery.classlist.
#   packaging/cds.sh dump APP    (the dist profile, and the .deb's postinst) makes APP/lib/app/character-gallery.jsa
#                                from that list with the app's own runtime (its "character-gallery-cds" launcher).
#                                An archive only works where it was made (it records the jar paths), so the
#                                installed app gets its own at install time; no display is needed for that.
#
# Training needs a display: $DISPLAY, else a private Xvfb when installed; without either it says so
# and exits 0 (the app then runs without the archive, as before). It opens a small generated library
# with --measure-out, so the classes of the window, the grid, the index and a sync are all in.
set -eu
cd "$(dirname "$0")/.."
what=${1:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/cg-cds.XXXXXX")
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need_display() {
  if [ -n "${DISPLAY:-}" ]; then
    return 0
  fi
  if command -v Xvfb >/dev/null 2>&1; then
    Xvfb :${CDS_DISPLAY:-77} -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    export DISPLAY=:${CDS_DISPLAY:-77}
    return 0
  fi
  echo "cds: no display and no Xvfb: no class-sharing archive made (the app runs without one)" >&2
  exit 0
}

# a fresh library of a few hundred cards, opened once with a full sync
train_args() {
  java -jar target/character-gallery.jar generate "$work/cards" --cards 200 --seed 5 --avg-kb 20 >/dev/null
  echo "--data-dir $work/data --add-root $work/cards --measure-out $work/measure.json"
}

case "$what" in
  jar)
    need_display
    args=$(train_args)
    rm -f target/character-gallery.jsa
    # shellcheck disable=SC2086
    java -XX:ArchiveClassesAtExit=target/character-gallery.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
      -jar target/character-gallery.jar $args >/dev/null
    echo "cds: wrote target/character-gallery.jsa"
    ;;
  classlist)
    need_display
    args=$(train_args)
    out=target/dist/input/character-gallery.classlist
    # shellcheck disable=SC2086
    java -XX:DumpLoadedClassList="$out" --module-path target/dist/javafx --add-modules javafx.controls,javafx.swing \
      --add-exports=javafx.graphics/com.sun.prism=ALL-UNNAMED -cp "target/dist/input/*" io.github.chargallery.Launcher $args >/dev/null
    echo "cds: wrote $out ($(grep -vc '^#' "$out") classes)"
    ;;
  dump)
    app=${2:?usage: cds.sh dump APP-FOLDER}
    if [ ! -f "$app/lib/app/character-gallery.classlist" ]; then
      echo "cds: $app has no class list: no archive made" >&2
      exit 0
    fi
    "$app/bin/character-gallery-cds" >/dev/null 2>&1 || true
    if [ -f "$app/lib/app/character-gallery.jsa" ]; then
      echo "cds: wrote $app/lib/app/character-gallery.jsa"
    else
      echo "cds: the archive could not be made; the app runs without it" >&2
    fi
    ;;
  *)
    echo "usage: packaging/cds.sh jar | classlist | dump APP-FOLDER" >&2
    exit 2
    ;;
esac
