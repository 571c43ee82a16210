#!/usr/bin/env bash
# Smoke check of the Linux packages (issue 8). Takes a few minutes, so it is not part of .ci/run.
#  1. builds the app-image and the .deb (mvn -Pdist package), checks the runtime has every module
#     jdeps says the jars need;
#  2. generates a card library (when the `generate` command exists) and indexes it;
#  3. starts the app-image under Xvfb, waits for the window, screenshots it, checks its WM_CLASS
#     against the .desktop entry and that it carries the app icon, closes it like a user would and
#     expects exit code 0;
#  4. installs the .deb with apt-get, does the same with /opt/character-gallery/bin/character-gallery
#     as a fresh user (empty HOME, XDG_DATA_HOME in a temp folder), timing launch-to-window on a
#     cold and a warm start, records the app's own --measure-out figures, and checks nothing was
#     written beside the program;
#  5. removes the package again (unless --keep-installed).
# Needs root (apt-get), Xvfb, xdotool, xprop (x11-utils), ImageMagick, python3.
# Usage: packaging/smoke.sh [--no-build] [--keep-installed] [--cards N]
# Output: target/smoke/*.png (look at them) and target/smoke/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

display=${SMOKE_DISPLAY:-:98}  # :99 is used by the gallery developers' own runs
settle=${SMOKE_SETTLE_SECONDS:-4}
cards=300
build=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --keep-installed) keep=1 ;;
    --cards) cards=$2; shift ;;
    *) echo "usage: packaging/smoke.sh [--no-build] [--keep-installed] [--cards N]" >&2; exit 2 ;;
  esac
  shift
done

out=$root/target/smoke
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d /tmp/cg-smoke.XXXXXX)
xvfb_pid=""
app_pid=""  # the app instance running right now, if any
cleanup() {
  [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

say() { echo "smoke: $*"; echo "$*" >> "$out/summary.txt"; }
fail() { echo "smoke: FAIL: $*" >&2; echo "FAIL: $*" >> "$out/summary.txt"; exit 1; }

for tool in Xvfb xdotool xprop import convert python3 jdeps dpkg-deb apt-get; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install xvfb xdotool x11-utils imagemagick python3)"
done

# --- 1. build ---------------------------------------------------------------------------------
if [ "$build" = 1 ]; then
  echo "smoke: building (mvn -Pdist package)..."
  mvn -B -q -Pdist -DskipTests package > "$work/build.log" 2>&1 || { tail -40 "$work/build.log"; fail "mvn -Pdist package failed"; }
fi
app=$root/target/dist/app-image/character-gallery
deb=$(ls "$root"/target/dist/character-gallery_*.deb 2>/dev/null | head -1)
[ -x "$app/bin/character-gallery" ] || fail "no app-image at $app"
[ -n "$deb" ] || fail "no .deb in target/dist"
say "app-image: $app ($(du -sh "$app" | cut -f1))"
say "deb: $deb ($(du -h "$deb" | cut -f1), installs $(dpkg-deb -f "$deb" Installed-Size) KiB)"

needed=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$root/target/dist/javafx" --class-path "$app/lib/app/*" "$app"/lib/app/*.jar 2>/dev/null | tail -1)
linked=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$app/lib/runtime/release")
for module in ${needed//,/ }; do
  case " $linked " in *" $module "*) ;; *) fail "jdeps says the jars need $module, the runtime lacks it (packaging/app-image.txt --add-modules)" ;; esac
done
say "modules: jdeps needs $needed; all linked"

# --- 2. display and library -------------------------------------------------------------------
export DISPLAY=$display
if ! xdotool getdisplaygeometry >/dev/null 2>&1; then
  Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
  xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb did not start on $display"
fi
xdotool search --name '^Character Gallery' >/dev/null 2>&1 && fail "a Character Gallery window is already open on $display"

library=$work/library
if "$app/bin/character-gallery" generate "$library" --cards "$cards" > "$work/generate.log" 2>&1; then
  say "library: $cards generated cards in $library"
else
  library=""
  say "library: EMPTY; generate not available yet ($(tail -1 "$work/generate.log"))"
fi

wm_class_expected=$(sed -n 's/^StartupWMClass=//p' packaging/linux/character-gallery.desktop)

# Indexes the library (if any) into the data folder the environment selects.
index_library() {
  local label=$1 launcher=$2; shift 2
  [ -n "$library" ] || return 0
  if env "$@" "$launcher" index "$library" > "$work/$label-index.log" 2>&1; then
    say "$label: indexed: $(tail -1 "$work/$label-index.log")"
  else
    say "$label: index command failed or missing: $(tail -1 "$work/$label-index.log")"
  fi
}

# Starts the gallery, waits for its window, checks it, screenshots, closes it like a user.
# Sets launch_ms. Usage: run_gallery LABEL LAUNCHER SCREENSHOT(yes/no) [VAR=value...]
run_gallery() {
  local label=$1 launcher=$2 shot=$3; shift 3
  local log=$work/$label.log start now window="" pid
  start=$(date +%s%N)
  env "$@" "$launcher" > "$log" 2>&1 &
  pid=$!
  app_pid=$pid
  for _ in $(seq 1200); do
    window=$(xdotool search --onlyvisible --name '^Character Gallery' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "$label: app exited before showing a window"; }
    sleep 0.05
  done
  now=$(date +%s%N)
  [ -n "$window" ] || { cat "$log"; fail "$label: no window after 60 s"; }
  launch_ms=$(( (now - start) / 1000000 ))
  say "$label: window $window shown $launch_ms ms after launch ($(xdotool getwindowgeometry "$window" | sed -n 's/ *Geometry: //p'))"

  local wm_class
  wm_class=$(xprop -id "$window" WM_CLASS | sed -n 's/.*", "\(.*\)"$/\1/p')
  [ "$wm_class" = "$wm_class_expected" ] || fail "$label: WM_CLASS is '$wm_class', the .desktop says StartupWMClass=$wm_class_expected"
  xprop -id "$window" _NET_WM_ICON > "$work/icon.txt"
  grep -q 'Icon (' "$work/icon.txt" || fail "$label: window has no icon (_NET_WM_ICON)"

  if [ "$shot" = yes ]; then
    sleep "$settle"  # let the grid fill from the index and the first scan run
    kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "$label: app died after showing its window"; }
    import -window root "$out/$label.png"
    say "$label: screenshot target/smoke/$label.png ($(convert "$out/$label.png" -format '%k' info:) colours)"
  fi

  python3 packaging/x11-close.py "$window"
  local code=""
  for _ in $(seq 300); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" && code=0 || code=$?; break; }
    sleep 0.05
  done
  [ -n "$code" ] || fail "$label: still running 15 s after its window was closed"
  app_pid=""
  [ "$code" = 0 ] || { cat "$log"; fail "$label: exit code $code after closing the window"; }
  if grep -q 'Exception in thread' "$log"; then cat "$log"; fail "$label: uncaught exception (log above)"; fi
  grep -q 'Unsupported JavaFX configuration' "$log" && say "$label: WARNING: JavaFX ran from the class path, not as modules"
  say "$label: closed by WM_DELETE_WINDOW, exit code 0"
}

# --- 3. app-image -----------------------------------------------------------------------------
home=$work/home-app-image
mkdir -p "$home"
appenv=(HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" CHARACTER_GALLERY_HOME="$work/data-app-image")
index_library app-image "$app/bin/character-gallery" "${appenv[@]}"
run_gallery app-image "$app/bin/character-gallery" yes "${appenv[@]}"

# --- 4. installed .deb ------------------------------------------------------------------------
echo "smoke: installing $deb..."
apt-get install -y -q --reinstall "$deb" > "$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; fail "apt-get install failed"; }
installed=/opt/character-gallery/bin/character-gallery
[ -x "$installed" ] || fail "$installed missing after install"
menu=$(ls /usr/share/applications/*character-gallery*.desktop 2>/dev/null | head -1)
[ -n "$menu" ] || fail "no menu entry in /usr/share/applications after install"
grep -q "^Exec=$installed" "$menu" || fail "menu entry $menu does not start $installed"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$menu" || fail "menu entry $menu is not a valid .desktop file"
fi
say "installed: $installed, menu entry $menu, depends: $(dpkg-query -W -f='${Depends}' character-gallery)"

find /opt/character-gallery | sort > "$work/opt-before"
home=$work/home-installed
mkdir -p "$home"
# A fresh user: no CHARACTER_GALLERY_HOME, data goes to the platform data folder.
instenv=(-u CHARACTER_GALLERY_HOME HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" XDG_DATA_HOME="$work/xdg")
index_library installed "$installed" "${instenv[@]}"
run_gallery installed "$installed" yes "${instenv[@]}"
cold_ms=$launch_ms
warm=()
for run in 1 2 3; do
  run_gallery "installed-warm-$run" "$installed" no "${instenv[@]}"
  warm+=("$launch_ms")
done
warm_sorted=$(printf '%s\n' "${warm[@]}" | sort -n | tr '\n' ' ')
warm_ms=$(printf '%s\n' "${warm[@]}" | sort -n | sed -n 2p)
# The app's own figures (gallery --measure-out): launch to grid painted from the index, sync time.
measure=$out/installed-measure.json
if timeout 60 env "${instenv[@]}" "$installed" --measure-out "$measure" > "$work/measure.log" 2>&1 && [ -s "$measure" ]; then
  say "installed: --measure-out: $(tr -d '\n ' < "$measure")"
else
  say "installed: --measure-out gave no figures ($(tail -1 "$work/measure.log"))"
fi
find /opt/character-gallery | sort > "$work/opt-after"
diff "$work/opt-before" "$work/opt-after" > "$work/opt-diff" || fail "the app wrote beside the program: $(cat "$work/opt-diff")"
say "installed: launch-to-window ${cold_ms} ms cold (fresh user), ${warm_ms} ms warm (median of ${warm_sorted}ms)"
say "installed: nothing written under /opt/character-gallery; data folder: $( (find "$work/xdg" -type f 2>/dev/null | sed "s#$work/xdg/##" | head -5 | tr '\n' ' ') || true)"

if [ "$keep" = 0 ]; then
  apt-get remove -y -q --purge character-gallery > "$work/apt-remove.log" 2>&1 || fail "apt-get remove failed"
  [ ! -e "$menu" ] || fail "menu entry $menu left behind after removal"
  say "removed the package again (menu entry gone)"
fi
say "PASS"
