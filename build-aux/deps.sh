#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian 12 packages Kolo needs, in one place.  Sourced by run.sh and
# test.sh: `kolo_need_packages build` or `kolo_need_packages build test`.
# As root, installs what is missing; otherwise prints the exact command.

# Building and running Kolo.  The last line is what the app needs at run
# time that the -dev packages do not pull in without recommends: SVG icons
# (ours and GTK's), the MIME database, the icon theme, saved settings.
KOLO_PACKAGES_build=(
  gcc libc6-dev pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev libsqlite3-dev
  libgtk-4-dev libadwaita-1-dev libpango1.0-dev libcairo2-dev libgsound-dev
  desktop-file-utils appstream locales
  librsvg2-common shared-mime-info adwaita-icon-theme dconf-gsettings-backend
  sound-theme-freedesktop
)
# Testing: a headless X server, a private session bus, the validators.
KOLO_PACKAGES_test=(
  xvfb xauth dbus dbus-bin python3 libxml2-utils poppler-utils
)

# Benchmarks: the start-up comparison with GNOME Clocks.
KOLO_PACKAGES_bench=(
  xvfb xauth dbus python3 python3-xlib gnome-clocks
)

kolo_need_packages () {
  local wanted=() missing=() group pkg var
  for group in "$@"; do
    var="KOLO_PACKAGES_${group}[@]"
    wanted+=("${!var}")
  done
  for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  if [ "$(id -u)" -ne 0 ]; then
    echo "Kolo needs these Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi

  echo "Installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine has no package lists yet; a later install may need new ones.
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ] ||
     ! apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
    apt-get update >&2 || return 1
    apt-get install -y --no-install-recommends "${missing[@]}" >&2 || return 1
  fi
}

# Dates and weekdays come from the C library's locale: make sure the
# Ukrainian one exists.
kolo_need_locale () {
  if locale -a 2>/dev/null | grep -qi '^uk_UA\.utf-\?8$'; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "The Ukrainian locale is missing. Generate it with:" >&2
    echo "  sudo sed -i 's/^# *uk_UA.UTF-8 UTF-8/uk_UA.UTF-8 UTF-8/' /etc/locale.gen && sudo locale-gen" >&2
    return 1
  fi
  if [ -f /etc/locale.gen ] && grep -q 'uk_UA.UTF-8 UTF-8' /etc/locale.gen; then
    sed -i 's/^# *uk_UA.UTF-8 UTF-8/uk_UA.UTF-8 UTF-8/' /etc/locale.gen
  else
    echo 'uk_UA.UTF-8 UTF-8' >> /etc/locale.gen
  fi
  locale-gen >&2
}
