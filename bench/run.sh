#!/usr/bin/env bash
# Runs Pilar's benchmarks and prints the figures. Build first (tools/build.sh).
# The map engine against GDAL and QGIS (issue 7) is bench/map.sh: run here with 3 runs a case.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
bash bench/map.sh 3
build/bench/pilar-bench-table 500000
build/bench/pilar-bench-field 3
# Issue 9: 20 editors on one PostgreSQL project for 60 s (its own throw-away cluster).
build/bench/pilar-bench-server 20 60
# A province-sized plan (issue 8): 100,000 assets and 1,000,000 realisations. Making the project
# takes about ten minutes the first time (kept in bench/out/load/), so it runs only when asked:
#   bench/run.sh --load
if [ "${1:-}" = "--load" ]; then
  build/bench/pilar-bench-load 100000 1000000
fi
