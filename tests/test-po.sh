#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Ukrainian translation is complete and every file with translatable
# strings is in po/POTFILES.in.  Speaks TAP.
set -u
root="${KOLO_SOURCE_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root" || exit 1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "1..4"
n=0
check () {
  n=$((n + 1))
  if [ -z "$2" ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    printf '%s\n' "$2" | sed 's/^/# /'
  fi
}

# 1: every source with _() N_() C_() NC_() ngettext or translatable="yes" is listed
missing=""
while read -r f; do
  grep -qxF "$f" po/POTFILES.in || missing="$missing $f"
done < <(grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext)[[:space:]]*\(' src --include='*.c' 2>/dev/null
         grep -rl 'translatable="yes"' src data --include='*.ui' 2>/dev/null
         grep -rlE '<(_name|_summary|_description|_p|_li)>' data 2>/dev/null)
check "every file with translatable strings is in po/POTFILES.in" "${missing:+missing:$missing}"

# 2: every listed file exists
gone=""
while read -r f; do
  case "$f" in ''|'#'*) continue ;; esac
  [ -f "$f" ] || gone="$gone $f"
done < po/POTFILES.in
check "every file in po/POTFILES.in exists" "${gone:+gone:$gone}"

# 3: uk.po has no untranslated or fuzzy entries and is valid
stats="$(LC_ALL=C msgfmt --check --statistics -o /dev/null po/uk.po 2>&1)"
problem=""
case "$stats" in
  *untranslated*|*fuzzy*|*error*|*warning*) problem="$stats" ;;
esac
check "po/uk.po is complete, valid, without fuzzy entries" "$problem"

# 4: every string in the sources has its translation in uk.po
xgettext --from-code=UTF-8 --files-from=po/POTFILES.in --directory="$root" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
  --add-comments=Translators -o "$tmp/kolo.pot" 2>"$tmp/xgettext.err"
if [ ! -s "$tmp/kolo.pot" ]; then
  check "every source string is translated in po/uk.po" "xgettext failed: $(cat "$tmp/xgettext.err")"
else
  out="$(LC_ALL=C msgcmp po/uk.po "$tmp/kolo.pot" 2>&1)"
  check "every source string is translated in po/uk.po" "$out"
fi
