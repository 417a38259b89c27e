#!/usr/bin/env bash
# Takes the user guide's screenshots from the real application, in Indonesian and English:
#   tools/guide-screenshots.sh [OUT_DIR]     (default docs/guide/images; build first)
# Uses Xvfb when DISPLAY is unset and xvfb-run exists (real fonts and window decorations),
# else Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/guide/images}"
shots="${PILAR_GUIDE_SHOTS:-build/tests/pilar-guide-shots}"
for lang in id en; do
  mkdir -p "$out/$lang"
  if [ -z "${DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ] && command -v xvfb-run >/dev/null; then
    PILAR_LANG=$lang xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$out/$lang"
  else
    PILAR_LANG=$lang QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$shots" "$out/$lang"
  fi
done
count=$(ls "$out"/id/*.png "$out"/en/*.png | wc -l)
echo "$count screenshots in $out"
[ "$count" -ge 26 ]
