#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds Kolo with warnings as errors, runs the
# whole suite headless (Xvfb, a private session bus, temporary databases,
# in-memory settings), then the core and command-line tests again under
# AddressSanitizer and UndefinedBehaviorSanitizer.  The last line is
# "N passed, N failed", counting test cases.
set -uo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
. build-aux/deps.sh

kolo_need_packages build test || exit 1
kolo_need_locale || exit 1

build="$top/_build"
sanitize="$top/_build-sanitize"
status=0

configure () {
  local dir="$1"; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@" >/dev/null
  fi
}

# A private X server and session bus for the UI tests; everything else is
# set per test in tests/meson.build.
run_headless () {
  xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- "$@"
}

echo "== Building with warnings as errors"
if ! configure "$build" -Dwerror=true || ! ninja -C "$build"; then
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== Running the whole suite headless"
run_headless meson test -C "$build" --print-errorlogs --num-processes 2 || status=1

echo "== Building the core and command line with AddressSanitizer and UBSan"
if ! configure "$sanitize" -Dwerror=true -Dgui=false -Db_sanitize=address,undefined \
       -Db_lundef=false -Dbuildtype=debug ||
   ! ninja -C "$sanitize"; then
  echo "== The sanitizer build failed"
  python3 build-aux/count-tests.py "$build/meson-logs/testlog.json" --extra-failed 1
  exit 1
fi

echo "== Running the core and command-line tests under the sanitizers"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  meson test -C "$sanitize" --suite unit --suite cli --print-errorlogs \
    --num-processes 2 --timeout-multiplier 3 || status=1

python3 build-aux/count-tests.py "$build/meson-logs/testlog.json" \
  "$sanitize/meson-logs/testlog.json" || status=1
exit $status
