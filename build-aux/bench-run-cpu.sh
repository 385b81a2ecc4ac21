#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a running timer costs: Kolo's CPU time while a day runs with the
# console and the projector open, under Xvfb with the cairo renderer.
#   build-aux/bench-run-cpu.sh [SECONDS]     (default 60)
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
. build-aux/deps.sh
kolo_need_packages build test

build="$top/_build"
[ -f "$build/build.ninja" ] || meson setup "$build" -Dwerror=true >/dev/null
ninja -C "$build" tests/bench-run-cpu >/dev/null

export GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
export KOLO_LOCALEDIR="$build/po" NO_AT_BRIDGE=1
xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- \
  "$build/tests/bench-run-cpu" "${1:-60}" 2>/dev/null
