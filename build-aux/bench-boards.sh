#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A board of thousands of ideas on screen: time to open it, to scroll, and
# for a new idea to show on the projector; under Xvfb with the cairo
# renderer.  The store's side (ideas written per second against plain
# SQLite) is tests/bench-board-store.
#   build-aux/bench-boards.sh [IDEAS]     (default 2000)
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
. build-aux/deps.sh
kolo_need_packages build test

build="$top/_build"
[ -f "$build/build.ninja" ] || meson setup "$build" -Dwerror=true >/dev/null
ninja -C "$build" tests/bench-boards tests/bench-board-store >/dev/null

export GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
export KOLO_LOCALEDIR="$build/po" NO_AT_BRIDGE=1
"$build/tests/bench-board-store" "${1:-2000}"
xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- \
  "$build/tests/bench-boards" "${1:-2000}" 2>/dev/null
