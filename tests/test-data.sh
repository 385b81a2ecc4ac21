#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The data files Kolo installs are valid: the desktop entry and the AppStream
# metainfo as translated into the build directory, the GSettings schema, the
# MIME type, every SVG icon, and the Flatpak manifest.  Speaks TAP.
#
# Usage: test-data.sh BUILD-DIR   (the source root comes from KOLO_SOURCE_ROOT)
set -u
build="${1:?usage: test-data.sh BUILD-DIR}"
root="${KOLO_SOURCE_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}"
app_id=io.github.kolo_app.Kolo
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mapfile -t icons < <(cd "$root" && find data/icons -name '*.svg' | LC_ALL=C sort)

n=0
# check DESCRIPTION PROBLEM: ok when PROBLEM is empty, else not ok with it as diagnostics
check () {
  n=$((n + 1))
  if [ -z "$2" ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    printf '%s\n' "$2" | sed 's/^/# /'
  fi
}
skip () {
  n=$((n + 1))
  echo "ok $n # SKIP $1"
}
have () {
  command -v "$1" >/dev/null 2>&1
}
# run COMMAND...: prints nothing when it succeeds, else its exit status and
# output.  The validators are GLib programs judged by their exit status: the
# test environment's G_DEBUG=fatal-warnings would abort them on their own
# deprecation warnings (flatpak-builder has some).
run () {
  local out status
  out="$(env -u G_DEBUG "$@" 2>&1)"
  status=$?
  [ $status -eq 0 ] || printf '%s exited with %d\n%s\n' "$1" "$status" "$out"
}

echo "1..$((6 + ${#icons[@]}))"

# 1: the translated desktop entry
desktop="$build/data/$app_id.desktop"
if ! have desktop-file-validate; then
  skip "desktop-file-validate is not installed (desktop-file-utils)"
elif [ ! -f "$desktop" ]; then
  check "desktop-file-validate $app_id.desktop" "missing: $desktop (build first)"
else
  check "desktop-file-validate $app_id.desktop" "$(run desktop-file-validate "$desktop")"
fi

# 2: the translated metainfo; on failure, explain every issue
metainfo="$build/data/$app_id.metainfo.xml"
if ! have appstreamcli; then
  skip "appstreamcli is not installed (appstream)"
elif [ ! -f "$metainfo" ]; then
  check "appstreamcli validate $app_id.metainfo.xml" "missing: $metainfo (build first)"
else
  problem="$(run appstreamcli validate --no-net "$metainfo")"
  if [ -n "$problem" ]; then
    problem="$(env -u G_DEBUG appstreamcli validate --no-net --explain "$metainfo" 2>&1)"
  fi
  check "appstreamcli validate $app_id.metainfo.xml" "$problem"
fi

# 3: the GSettings schema compiles strictly
if ! have glib-compile-schemas; then
  skip "glib-compile-schemas is not installed (libglib2.0-bin)"
else
  check "glib-compile-schemas --strict data/" \
    "$(run glib-compile-schemas --strict --dry-run "$root/data")"
fi

# 4: the MIME type definition is well-formed XML
if ! have xmllint; then
  skip "xmllint is not installed (libxml2-utils)"
else
  check "xmllint data/$app_id.mime.xml" "$(run xmllint --noout "$root/data/$app_id.mime.xml")"
fi

# 5: the icon that the desktop entry, the metainfo and the MIME type name is
#    shipped, in colour and symbolic
missing=""
for f in "data/icons/hicolor/scalable/apps/$app_id.svg" \
         "data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"; do
  [ -f "$root/$f" ] || missing="$missing $f"
done
grep -qx "Icon=$app_id" "$root/data/$app_id.desktop.in" ||
  missing="$missing (Icon=$app_id in the desktop entry)"
grep -q "<generic-icon name=\"$app_id\"/>" "$root/data/$app_id.mime.xml" ||
  missing="$missing (generic-icon $app_id in the MIME type)"
check "the app icon is shipped and named consistently" "${missing:+missing:$missing}"

# 6..: every SVG icon is well-formed XML
for icon in "${icons[@]}"; do
  if have xmllint; then
    check "$icon parses" "$(run xmllint --noout --nonet "$root/$icon")"
  elif have python3; then
    check "$icon parses" "$(run python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$root/$icon")"
  else
    skip "neither xmllint nor python3 is installed to parse $icon"
  fi
done

# last: the Flatpak manifest parses (the runtimes are not installed here, so
# it cannot be built)
manifest="$root/flatpak/$app_id.json"
if ! have flatpak-builder; then
  skip "flatpak-builder is not installed"
else
  check "flatpak-builder --show-manifest flatpak/$app_id.json" \
    "$(cd "$tmp" && run flatpak-builder --show-manifest "$manifest")"
fi
