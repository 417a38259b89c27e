#!/usr/bin/python3
"""Turns bench/map.sh's JSON lines into the table of medians and the issue-7 goals."""
import json, statistics, sys

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
CASES = ["buildings_100000", "buildings_1000000", "roads_200000"]

def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None

def pick(tool, case, fn, zoom=None):
    out = []
    for r in rows:
        if r.get("tool") != tool or r.get("case") != case or (zoom is not None and r.get("zoom") != zoom):
            continue
        try:
            out.append(fn(r))
        except (KeyError, IndexError, TypeError):
            pass
    return med(out)

def figures(case):
    f = {}
    for key in ["cold_ms", "load_ms", "first_render_ms", "png_ms", "rerender_ms", "pan_ms", "zoom_ms", "restyle_ms"]:
        f["pilar_" + key] = pick("pilar", case, lambda r, k=key: r["run"][k], 1)
    f["pilar_z50_first_render_ms"] = pick("pilar", case, lambda r: r["run"]["first_render_ms"], 50)
    f["pilar_z50_rerender_ms"] = pick("pilar", case, lambda r: r["run"]["rerender_ms"], 50)
    f["pilar_peak_mib"] = pick("pilar", case, lambda r: r["run"]["peak_mib"], 1)
    f["pilar_process_peak_mib"] = pick("pilar", case, lambda r: r["peak_kib"] / 1024, 1)
    f["arrow_ms"] = pick("arrow", case, lambda r: r["ms"])
    f["scan_ms"] = pick("scan", case, lambda r: r["ms"])
    f["blob_ms"] = pick("blob", case, lambda r: r["ms"])
    f["qgis_cold_ms"] = pick("qgis", case, lambda r: r["run"]["load_ms"] + r["run"]["render_ms"][0] + r["run"]["save_ms"], 1)
    f["qgis_render_ms"] = pick("qgis", case, lambda r: r["run"]["render_ms"][0], 1)
    f["qgis_again_ms"] = pick("qgis", case, lambda r: r["run"]["render_ms"][1], 1)
    f["qgis_z50_cold_ms"] = pick("qgis", case, lambda r: r["run"]["render_ms"][0], 50)
    f["qgis_z50_again_ms"] = pick("qgis", case, lambda r: statistics.median(r["run"]["render_ms"][1:]), 50)
    f["qgis_peak_mib"] = pick("qgis", case, lambda r: r["peak_kib"] / 1024, 1)
    f["canvas_stall_max_ms"] = pick("canvas", case, lambda r: r["run"]["stall_max_ms"])
    f["canvas_first_frame_ms"] = pick("canvas", case, lambda r: r["run"]["first_frame_ms"])
    f["table_open_ms"] = pick("table", case, lambda r: r["run"]["table_open_ms"])
    f["table_scroll_worst_ms"] = pick("table", case, lambda r: r["run"]["scroll_worst_ms"])
    return f

F = {c: figures(c) for c in CASES}
startup_gui = med([r["gui"]["first_frame_ms"] for r in rows if r.get("tool") == "startup" and "gui" in r])
startup_cli = med([r["cli_render_ms"] for r in rows if r.get("tool") == "startup"])

def fmt(v, unit="ms"):
    if v is None:
        return "—"
    if unit == "MiB":
        return f"{v:.0f} MiB"
    return f"{v:,.0f} ms" if v >= 100 else f"{v:.1f} ms"

LINES = [
    ("Pilar: open → load → render → PNG written (cold)", "pilar_cold_ms"),
    ("  of which load (GDAL Arrow stream → memory)", "pilar_load_ms"),
    ("  of which first render", "pilar_first_render_ms"),
    ("  of which PNG write", "pilar_png_ms"),
    ("Pilar: re-render, same view", "pilar_rerender_ms"),
    ("Pilar: re-render after a pan (1/10 of the view)", "pilar_pan_ms"),
    ("Pilar: re-render after a zoom in", "pilar_zoom_ms"),
    ("Pilar: re-render after a style change", "pilar_restyle_ms"),
    ("Pilar: 1/50 of the extent, first render (layer loaded)", "pilar_z50_first_render_ms"),
    ("Pilar: 1/50 of the extent, re-render", "pilar_z50_rerender_ms"),
    ("Pilar: peak memory, loaded and rendered (cold)", "pilar_peak_mib"),
    ("Pilar: peak memory of the process after 20 more views", "pilar_process_peak_mib"),
    ("GDAL Arrow stream read", "arrow_ms"),
    ("GDAL GetNextFeature scan", "scan_ms"),
    ("raw SQLite blob read", "blob_ms"),
    ("QGIS 3.22: open → render → PNG written (cold)", "qgis_cold_ms"),
    ("QGIS 3.22: same view again", "qgis_again_ms"),
    ("QGIS 3.22: 1/50 of the extent, first", "qgis_z50_cold_ms"),
    ("QGIS 3.22: 1/50 of the extent, again", "qgis_z50_again_ms"),
    ("QGIS 3.22: peak memory", "qgis_peak_mib"),
    ("Canvas: longest GUI event-loop stall (load, render, zoom, pan)", "canvas_stall_max_ms"),
    ("Canvas: layer added → first frame", "canvas_first_frame_ms"),
    ("Attribute table: open", "table_open_ms"),
    ("Attribute table: worst scroll step", "table_scroll_worst_ms"),
]
print("\n| figure (median) | " + " | ".join(c.replace("_", " ") for c in CASES) + " |")
print("|---|" + "---:|" * len(CASES))
for label, key in LINES:
    unit = "MiB" if key.endswith("_mib") else "ms"
    print(f"| {label} | " + " | ".join(fmt(F[c][key], unit) for c in CASES) + " |")
print(f"\nStart-up: pilar --demo to the first drawn frame {fmt(startup_gui)}; pilar-cli render of the demo (whole process) {fmt(startup_cli)}")

def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b

B, R, S = F["buildings_1000000"], F["roads_200000"], F["buildings_100000"]
goals = [
    ("1. cold 1M buildings ÷ GDAL Arrow read", ratio(B["pilar_cold_ms"], B["arrow_ms"]), "≤ 1.5", lambda x: x <= 1.5),
    ("1. QGIS cold ÷ Pilar cold (1M buildings)", ratio(B["qgis_cold_ms"], B["pilar_cold_ms"]), "≥ 6", lambda x: x >= 6),
    ("1. stretch: cold 1M ÷ raw blob read", ratio(B["pilar_cold_ms"], B["blob_ms"]), "≤ 2", lambda x: x <= 2),
    ("2. QGIS re-render ÷ Pilar re-render (1M, full extent)", ratio(B["qgis_again_ms"], B["pilar_rerender_ms"]), "≥ 50", lambda x: x >= 50),
    ("2. QGIS ÷ Pilar, 1/50 of the extent again", ratio(B["qgis_z50_again_ms"], B["pilar_z50_rerender_ms"]), "≥ 2", lambda x: x >= 2),
    ("3. QGIS cold ÷ Pilar cold (200k roads)", ratio(R["qgis_cold_ms"], R["pilar_cold_ms"]), "≥ 6", lambda x: x >= 6),
    ("4. longest event-loop stall, 1M buildings (ms)", B["canvas_stall_max_ms"], "≤ 16", lambda x: x <= 16),
    ("5. Pilar peak ÷ QGIS peak (1M buildings)", ratio(B["pilar_peak_mib"], B["qgis_peak_mib"]), "≤ 1", lambda x: x <= 1),
    ("6. pilar --demo to first frame (ms)", startup_gui, "≤ 1000", lambda x: x <= 1000),
    ("6. pilar-cli render of the demo (ms)", startup_cli, "≤ 500", lambda x: x <= 500),
    ("7. attribute table of 1M opens (ms)", B["table_open_ms"], "≤ 1000", lambda x: x <= 1000),
    ("8. 1M ÷ 100k: cold", ratio(B["pilar_cold_ms"], S["pilar_cold_ms"]), "≤ 10", lambda x: x <= 10),
    ("8. 1M ÷ 100k: load", ratio(B["pilar_load_ms"], S["pilar_load_ms"]), "≤ 10", lambda x: x <= 10),
    ("8. 1M ÷ 100k: re-render", ratio(B["pilar_rerender_ms"], S["pilar_rerender_ms"]), "≤ 10", lambda x: x <= 10),
    ("8. 1M ÷ 100k: 1/50 view re-render", ratio(B["pilar_z50_rerender_ms"], S["pilar_z50_rerender_ms"]), "≤ 10", lambda x: x <= 10),
    ("8. 1M ÷ 100k: peak memory", ratio(B["pilar_peak_mib"], S["pilar_peak_mib"]), "≤ 10", lambda x: x <= 10),
]
print("\n| goal | measured | target | met |\n|---|---:|---:|:---:|")
for label, value, target, ok in goals:
    shown = "—" if value is None else (f"{value:.2f}" if value < 100 else f"{value:.0f}")
    met = "—" if value is None else ("yes" if ok(value) else "**no**")
    print(f"| {label} | {shown} | {target} | {met} |")
