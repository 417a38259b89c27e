#!/usr/bin/env bash
# The whole test suite once more under AddressSanitizer + UndefinedBehaviorSanitizer (clang),
# then each fuzz target for a bounded time (issue 8). Build kept in ./build-sanitize.
#   tools/sanitized-tests.sh [SECONDS_PER_FUZZ_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
CC=clang CXX=clang++ cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPILAR_SANITIZE=ON -DPILAR_FUZZ=ON >/dev/null
cmake --build build-sanitize -j2
# The package test installs the normal build; the guide's screenshots are the normal build's too.
ctest --test-dir build-sanitize --output-on-failure -j2 -E 'tst_package|tst_guide_shots'
tests/fuzz/run.sh build-sanitize "${1:-60}"
