#!/usr/bin/env bash
# Issue 7: Pilar's map engine side by side with GDAL's read floors and QGIS 3.22, on the same
# files, in one run; prints a table of medians and the goals' ratios.
#
#   bench/map.sh [RUNS]        RUNS processes per case (default 3), medians reported
#
# Needs a build (tools/build.sh), gdal-bin + python3-gdal + sqlite3 (the datasets), g++ and
# libgdal-dev (the floors). QGIS is measured when python3-qgis is installed
# (apt-get install qgis python3-qgis); otherwise its columns stay empty.
# Env: PILAR_SHARED_BENCH (default ../shared/bench) — the anchors' generator and scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
SHARED=${PILAR_SHARED_BENCH:-../shared/bench}
DATA=bench/out/anchors
TOOLS=bench/out/tools
OUT=bench/out/map-results.jsonl
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

for b in pilar-bench pilar-bench-canvas pilar-bench-table; do
  [ -x build/bench/$b ] || { echo "build first: tools/build.sh (missing build/bench/$b)" >&2; exit 1; }
done
[ -d "$SHARED" ] || { echo "the anchors are not at $SHARED (set PILAR_SHARED_BENCH)" >&2; exit 1; }

mkdir -p "$DATA" "$TOOLS"
bash "$SHARED/make_datasets.sh" "$DATA" >&2
for t in gdal_scan gdal_arrow_scan; do
  [ -x "$TOOLS/$t" ] || g++ -O2 "$SHARED/$t.cpp" -o "$TOOLS/$t" $(gdal-config --cflags) $(gdal-config --libs)
done
have_qgis=0
/usr/bin/python3 -c "import qgis.core" 2>/dev/null && have_qgis=1

: > "$OUT"
record() { echo "$1" >> "$OUT"; }   # one JSON object per line: {"tool":..,"case":..,...}
peak_of() { awk '/^PEAK/ {print $2}' "$1"; }   # /usr/bin/time's maximum resident set, KiB

cases=(buildings_100000:buildings buildings_1000000:buildings roads_200000:roads)
for entry in "${cases[@]}"; do
  name=${entry%%:*}; layer=${entry##*:}; file=$DATA/$name.gpkg
  echo "== $name" >&2
  for ((r = 0; r < RUNS; r++)); do
    for zoom in 1 50; do
      log=$(mktemp)
      /usr/bin/time -f "PEAK %M" -o "$log.time" build/bench/pilar-bench "$file" --zoom $zoom --repeat 5 > "$log" 2>/dev/null
      record "{\"tool\":\"pilar\",\"case\":\"$name\",\"zoom\":$zoom,\"peak_kib\":$(peak_of "$log.time"),\"run\":$(cat "$log")}"
      rm -f "$log" "$log.time"
    done
    ms=$("$TOOLS/gdal_arrow_scan" "$file" | awk '/features/ {print $(NF-1)}')
    record "{\"tool\":\"arrow\",\"case\":\"$name\",\"ms\":$ms}"
    ms=$("$TOOLS/gdal_scan" "$file" | sed -n 's/.*"scan_ms": \([0-9.]*\).*/\1/p')
    record "{\"tool\":\"scan\",\"case\":\"$name\",\"ms\":$ms}"
    t0=$(date +%s%N); sqlite3 "$file" "select sum(length(geom)) from $layer" > /dev/null; t1=$(date +%s%N)
    record "{\"tool\":\"blob\",\"case\":\"$name\",\"ms\":$(( (t1 - t0) / 1000000 ))}"
    if [ $have_qgis = 1 ]; then
      for zoom in 1 50; do
        log=$(mktemp)
        repeat=2; [ $zoom = 50 ] && repeat=4
        /usr/bin/time -f "PEAK %M" -o "$log.time" /usr/bin/python3 "$SHARED/qgis_render.py" "$file" --layer "$layer" \
          --zoom $zoom --repeat $repeat --out "$log.png" > "$log" 2>/dev/null || true
        if [ -s "$log" ]; then
          record "{\"tool\":\"qgis\",\"case\":\"$name\",\"zoom\":$zoom,\"peak_kib\":$(peak_of "$log.time"),\"run\":$(tail -1 "$log")}"
        fi
        rm -f "$log" "$log.time" "$log.png"
      done
    fi
  done
  record "{\"tool\":\"canvas\",\"case\":\"$name\",\"run\":$(build/bench/pilar-bench-canvas "$file" 2>/dev/null)}"
  record "{\"tool\":\"table\",\"case\":\"$name\",\"run\":$(build/bench/pilar-bench-table "$file" 2>/dev/null)}"
done

# Start-up: pilar to the first drawn frame of the demo, and pilar-cli render of the demo.
home=$(mktemp -d); demo=$home/demo.gpkg
build/app/pilar-cli demo "$demo" > /dev/null 2>&1
HOME=$home PILAR_EXIT_AFTER_FIRST_FRAME=1 build/app/pilar --demo > /dev/null 2>&1 || true   # makes the demo copy once
for ((r = 0; r < RUNS; r++)); do
  t0=$(date +%s%N)
  frame=$(HOME=$home PILAR_EXIT_AFTER_FIRST_FRAME=1 build/app/pilar --demo 2>/dev/null | tail -1)
  t1=$(date +%s%N)
  build/app/pilar-cli render "$demo" --out "$home/demo.png" > /dev/null 2>&1
  t2=$(date +%s%N)
  record "{\"tool\":\"startup\",\"gui_process_ms\":$(( (t1 - t0) / 1000000 )),\"gui\":$frame,\"cli_render_ms\":$(( (t2 - t1) / 1000000 ))}"
done
rm -rf "$home"

/usr/bin/python3 bench/map_table.py "$OUT"
