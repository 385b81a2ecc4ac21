#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Start-up benchmark: the time from launching a program to its first window
# being mapped on a private Xvfb, and the peak memory of the process, for
# Kolo and GNOME Clocks side by side.  Runs alternate between the two so
# that whatever else the machine does weighs on both alike; the medians are
# printed last.  Kolo opens a database holding 30 two-day events.
#
#   build-aux/bench-startup.sh [RUNS]      (default 15 runs each)
set -euo pipefail

runs="${1:-15}"
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
. build-aux/deps.sh
kolo_need_packages build bench

build="$top/_build"
[ -f "$build/build.ninja" ] || meson setup "$build" -Dwerror=true >/dev/null
ninja -C "$build" >/dev/null

work="$(mktemp -d)"
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

export KOLO_DB="$work/kolo.db"
for i in $(seq 1 30); do
  "$build/src/cli/kolo-cli" new-event --template client-orientation \
    --title "Орієнтація на клієнта $i" --start "2013-$(printf %02d $(( (i % 12) + 1 )))-11" >/dev/null
done

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$work/display")"

export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build/data"
export KOLO_LOCALEDIR="$build/po"
export LANGUAGE=uk LANG=C.UTF-8

# One session bus for all runs, as on a desktop.  The programs' and the
# session's own chatter goes to a log, shown only if the benchmark fails.
status=0
dbus-run-session -- /usr/bin/python3 - "$runs" "$build/src/ui/kolo" gnome-clocks \
  2>"$work/session.log" <<'PY' || status=$?
import os, signal, statistics, subprocess, sys, time
from Xlib import X, display

runs = int(sys.argv[1])
programs = {"Kolo": [sys.argv[2]], "GNOME Clocks": [sys.argv[3]]}

dpy = display.Display()
root = dpy.screen().root
# Listening on the root window before the launch timestamps the map
# event itself; polling for windows would be coarser than what we measure.
root.change_attributes(event_mask=X.SubstructureNotifyMask)
dpy.sync()
WM_PID = dpy.intern_atom("_NET_WM_PID")


def owner(window):
    try:
        prop = window.get_full_property(WM_PID, X.AnyPropertyType)
        return int(prop.value[0]) if prop else None
    except Exception:
        return None


def peak_rss_kib(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(argv):
    while dpy.pending_events():
        dpy.next_event()
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    mapped = None
    while mapped is None and time.monotonic() - start < 30 and proc.poll() is None:
        while dpy.pending_events() and mapped is None:
            event = dpy.next_event()
            if event.type == X.MapNotify and not event.override:
                pid = owner(event.window)
                if pid in (None, proc.pid):
                    mapped = time.monotonic()
        time.sleep(0.0005)
    # Memory once the window has settled (first frames drawn).
    time.sleep(1.5)
    rss = peak_rss_kib(proc.pid)
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    time.sleep(0.3)
    return None if mapped is None else ((mapped - start) * 1000, rss / 1024)


results = {name: [] for name in programs}
for name, argv in programs.items():   # one warm-up each: disk caches
    run(argv)
for i in range(runs):
    for name, argv in programs.items():
        r = run(argv)
        if r is None:
            print(f"run {i + 1:2d}  {name:13s} no window within 30 s")
            continue
        results[name].append(r)
        print(f"run {i + 1:2d}  {name:13s} first window {r[0]:7.1f} ms   peak RSS {r[1]:6.1f} MiB",
              flush=True)

print()
print(f"{'':14s}{'median start-up':>18s}{'min':>9s}{'max':>9s}{'median peak RSS':>18s}")
for name, rs in results.items():
    if not rs:
        print(f"{name:14s} no successful runs")
        continue
    ms = [r[0] for r in rs]
    print(f"{name:14s}{statistics.median(ms):15.1f} ms{min(ms):7.1f}  {max(ms):7.1f}"
          f"{statistics.median(r[1] for r in rs):14.1f} MiB")
PY
if [ "$status" -ne 0 ]; then
  cat "$work/session.log" >&2
  exit "$status"
fi
