#!/usr/bin/env bash
# Runs Pilar's benchmarks on a synthetic 500,000-building layer (generated once into
# bench/out/) and prints the figures. Build first (tools/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
data=bench/out/buildings_500000.gpkg
[ -f "$data" ] || build/bench/pilar-bench --features 500000 --write "$data"
build/bench/pilar-bench --file "$data" --runs 5
build/bench/pilar-bench-table 500000
build/bench/pilar-bench-field 3
# A province-sized plan (issue 8): 100,000 assets and 1,000,000 realisations. Making the project
# takes about ten minutes the first time (kept in bench/out/load/), so it runs only when asked:
#   bench/run.sh --load
if [ "${1:-}" = "--load" ]; then
  build/bench/pilar-bench-load 100000 1000000
fi
