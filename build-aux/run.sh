#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds Kolo and starts it from the build tree,
# in the user's language.  Arguments go to kolo (for example a .kolo.json
# file to import).
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
. build-aux/deps.sh

kolo_need_packages build
# Dates and weekdays come from the C library; without the locale they are
# English, and that is all.
kolo_need_locale || true

build="$top/_build"
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Dwerror=true >/dev/null
fi
ninja -C "$build" >/dev/null

# Running uninstalled: the translations and the settings schema come from
# the build tree; UI files, styles, icons and templates are in the binary.
export KOLO_LOCALEDIR="$build/po"
export GSETTINGS_SCHEMA_DIR="$build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "There is no display to show Kolo on. The command line works without one:" >&2
  echo "  $build/src/cli/kolo-cli --help" >&2
  exit 1
fi

exec "$build/src/ui/kolo" "$@"
