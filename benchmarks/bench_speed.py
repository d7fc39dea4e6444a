"""Issue 17's four speed goals measured in one run, each against its reference of the same run.

    .venv/bin/python benchmarks/bench_speed.py            # 100k dense-core stations (~25 min on 2 cores)
    .venv/bin/python benchmarks/bench_speed.py --quick    # 20k stations (~5 min)

It runs :mod:`bench_dense` (``smartcity coverage`` end to end against QGIS's native pipeline
on the same store, and ``--population`` against the unweighted call), :mod:`bench_import`
(``smartcity import`` against ``ogr2ogr`` of the same CSV) and :mod:`bench_start` (the first
coverage from an empty cache, after ``smartcity warmup``, and each command's start), then
writes the goals side by side to ``results/speed.json`` (``speed_quick.json``) and prints them.
The details of each measurement are in those modules' docstrings and in ``README.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def goals(dense: dict, imported: dict, start: dict) -> list[dict]:
    """One row per goal of issue 17: what, measured, goal, and whether it is met."""
    rows = [
        {"what": "coverage end to end: QGIS native pipeline / smartcity coverage (wall)",
         "value": dense["speedup_vs_qgis_pipeline"], "goal": ">= 10x",
         "met": dense["speedup_vs_qgis_pipeline"] >= 10},
        {"what": "coverage end to end: QGIS process / smartcity coverage (CPU seconds)",
         "value": dense["speedup_cpu"], "goal": ">= 10x", "met": dense["speedup_cpu"] >= 10},
        {"what": "smartcity import / ogr2ogr, same CSV (wall)",
         "value": imported["ratio_wall"], "goal": "<= 2x", "met": imported["ratio_wall"] <= 2},
        {"what": "smartcity import / ogr2ogr, same CSV (CPU seconds)",
         "value": imported["ratio_cpu"], "goal": "<= 2x", "met": imported["ratio_cpu"] <= 2},
        {"what": "--population / unweighted coverage (wall)",
         "value": dense["population_ratio"], "goal": "<= 1.5x",
         "met": dense["population_ratio"] <= 1.5},
        {"what": "--population / unweighted coverage (CPU seconds)",
         "value": dense["population_ratio_cpu"], "goal": "<= 1.5x",
         "met": dense["population_ratio_cpu"] <= 1.5},
    ]
    first = start.get("after_warmup_coverage_s", start.get("warm_coverage_s"))
    rows.append({"what": "first coverage after smartcity warmup (s; setup.sh runs it)",
                 "value": first, "goal": "<= 5 s", "met": first <= 5})
    fresh = start["fresh_install_coverage_s"]
    rows.append({"what": "first coverage, fresh install: empty user cache, the zip's kernels (s)",
                 "value": fresh, "goal": "<= 5 s", "met": fresh <= 5})
    rows.append({"what": "first coverage with nothing compiled anywhere (s; for information)",
                 "value": start["cold_coverage_s"], "goal": "-", "met": None})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="20k stations, fewer repeats")
    quick = ap.parse_args().quick
    import bench_dense
    import bench_import
    import bench_start

    started = time.time()
    dense = bench_dense.run(quick)
    imported = bench_import.run(quick)
    start = bench_start.run(quick)
    rows = goals(dense, imported, start)
    record = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
              "command": "benchmarks/bench_speed.py" + (" --quick" if quick else ""),
              "minutes": round((time.time() - started) / 60, 1), "goals": rows}
    out = HERE / "results" / ("speed_quick.json" if quick else "speed.json")
    out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\nissue 17 goals, one run")
    for r in rows:
        verdict = "" if r["met"] is None else "met" if r["met"] else "NOT met"
        print(f"  {r['what']:<72} {r['value']:>8}  goal {r['goal']:<8} {verdict}")
    print(f"-> {out}")


if __name__ == "__main__":
    main()
