#!/usr/bin/env bash
# Runs each libFuzzer target of a -DPILAR_FUZZ=ON build for a bounded time (issue 8).
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET]
# First every saved crash (regressions/) runs once; then the fuzzer starts from the seeds
# (corpus/, copied to a scratch folder so the checkout stays as it is). A new crash is kept
# in tests/fuzz/regressions/<target>/ — commit it with the fix — and the script fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:?build folder}" && pwd)"
seconds="${2:-60}"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
status=0
for target in fuzz_change_file fuzz_checkin fuzz_import fuzz_project_settings; do
  exe="$build/tests/fuzz/$target"
  [ -x "$exe" ] || { echo "$target: not built in $build" >&2; exit 2; }
  work="$(mktemp -d)"
  mkdir -p "$work/corpus" "$work/runtime"
  chmod 700 "$work/runtime"
  cp -r "$here/corpus/$target/." "$work/corpus/" 2>/dev/null || true
  regressions=()
  if [ -d "$here/regressions/$target" ]; then
    while IFS= read -r f; do regressions+=("$f"); done < <(find "$here/regressions/$target" -type f | sort)
  fi
  export XDG_RUNTIME_DIR="$work/runtime" PILAR_FUZZ_SEED_DIR="$work/corpus"
  if [ ${#regressions[@]} -gt 0 ] && ! "$exe" "${regressions[@]}" >"$work/regressions.log" 2>&1; then
    echo "$target: a saved crash came back:" >&2; tail -30 "$work/regressions.log" >&2; status=1
  fi
  # A fixed seed (PILAR_FUZZ_SEED to change it): the same run on every machine, so CI is repeatable.
  if "$exe" -seed="${PILAR_FUZZ_SEED:-20261130}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$work/" "$work/corpus" >"$work/fuzz.log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/fuzz.log" | grep -o '[0-9]*$' || echo '?')
    echo "$target: ${seconds} s, $runs inputs, no crash"
  else
    mkdir -p "$here/regressions/$target"
    found=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \))
    for f in $found; do cp "$f" "$here/regressions/$target/"; done
    echo "$target: FAILED; kept in tests/fuzz/regressions/$target: $(echo $found | xargs -n1 basename 2>/dev/null | tr '\n' ' ')" >&2
    grep -A25 -m1 'ERROR\|==ABORTING\|runtime error\|deadly signal' "$work/fuzz.log" >&2 || tail -30 "$work/fuzz.log" >&2
    status=1
  fi
  rm -rf "$work"
done
exit $status
