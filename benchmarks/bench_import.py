"""Benchmark: ``smartcity import`` of the dense-core stations CSV against ``ogr2ogr`` of the
same file into a fresh GeoPackage, end to end as a user runs them, in the same run.

    .venv/bin/python benchmarks/bench_import.py            # 100k stations (~2 min on 2 cores)
    .venv/bin/python benchmarks/bench_import.py --quick    # 20k stations (~30 s)

Writes ``benchmarks/results/import.json`` (``import_quick.json`` with ``--quick``) and prints
a table.  Goal (issue 17): ours within 2x of ``ogr2ogr``.

The data: :mod:`dense` (``districts.geojson`` of the four real counties, ``base_stations.csv``
with the register's Chinese header, UTF-8, WGS84 lon/lat).  Both are timed as processes from
start to exit (Python's start and imports are inside ours):

* **ours**: ``smartcity import STORE base_stations base_stations.csv`` into a store that holds
  the districts (made by ``smartcity init`` + ``smartcity import … districts``, outside the
  clock): every cell converted and checked, every station checked against the districts,
  history rows, the R-tree, one transaction.
* **ogr2ogr**: ``ogr2ogr -f GPKG out.gpkg base_stations.csv -oo X_POSSIBLE_NAMES=经度
  -oo Y_POSSIBLE_NAMES=纬度`` into a new file: parse, write, spatial index; no checks.

Each is run ``--repeat`` times (default 3, ``--quick`` 2) alternately and the best wall time
counts (the machine is shared); CPU time (user + system of the child) is reported too, as it
suffers less from other load.  The package's bytecode is compiled first (outside the clock),
as ``pip install`` does: in a checkout run with ``PYTHONDONTWRITEBYTECODE`` every start would
otherwise compile the sources again (~0.2 s), which no installed copy does.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results" / "import.json"
QUICK_RESULTS = HERE / "results" / "import_quick.json"
SMARTCITY = [sys.executable, "-m", "smartcity.standalone.cli"]
sys.path.insert(0, str(HERE))


def _timed(cmd: list[str]) -> tuple[float, float, str]:
    """(wall s, CPU s of the child, its output) of one run; fails loudly on an error."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout + proc.stderr


def compile_package() -> None:
    """Write the bytecode of the package's modules (not of the hidden folders, the venv
    among them, nor tests and benchmarks), as installing it would."""
    compileall.compile_dir(str(REPO), quiet=1, rx=re.compile(r"[/\\](\.|tests|benchmarks)"))


def run(quick: bool = False, n: int | None = None, repeat: int | None = None) -> dict:
    """Time both imports; the result dictionary is also written to ``results/``."""
    from dense import write_dense_scene

    compile_package()
    n = n or (20_000 if quick else 100_000)
    repeat = repeat or (2 if quick else 3)
    work = Path(tempfile.mkdtemp(prefix="bench_import_"))
    try:
        scene = write_dense_scene(work / "scene", n)
        csv, districts = scene / "base_stations.csv", scene / "districts.geojson"
        base = work / "base.gpkg"
        for args in (["init", str(base)], ["import", str(base), "districts", str(districts)]):
            _timed(SMARTCITY + args)
        ours, reference, summary = [], [], ""
        for k in range(repeat):
            store = work / f"ours{k}.gpkg"
            shutil.copy(base, store)
            wall, cpu, out = _timed(SMARTCITY + ["import", str(store), "base_stations",
                                                 str(csv)])
            ours.append((wall, cpu))
            summary = next((line for line in out.splitlines() if "accepted" in line), "")
            target = work / f"ogr{k}.gpkg"
            reference.append(_timed(["ogr2ogr", "-f", "GPKG", str(target), str(csv),
                                     "-oo", "X_POSSIBLE_NAMES=经度",
                                     "-oo", "Y_POSSIBLE_NAMES=纬度"])[:2])
        best_ours, best_ref = min(ours), min(reference)
        result = {
            "stations": n, "repeat": repeat, "summary": summary,
            "ours_s": round(best_ours[0], 2), "ours_cpu_s": round(min(c for _, c in ours), 2),
            "ogr2ogr_s": round(best_ref[0], 2),
            "ogr2ogr_cpu_s": round(min(c for _, c in reference), 2),
            "ratio_wall": round(best_ours[0] / best_ref[0], 2),
            "ratio_cpu": round(min(c for _, c in ours) / min(c for _, c in reference), 2),
            "goal_ratio": 2.0,
            "all_ours_s": [round(w, 2) for w, _ in ours],
            "all_ogr2ogr_s": [round(w, 2) for w, _ in reference],
            "machine": f"{platform.node()} {os.cpu_count()} cores, load "
                       f"{os.getloadavg()[0]:.1f}",
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "command": "benchmarks/bench_import.py" + (" --quick" if quick else ""),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = QUICK_RESULTS if quick else RESULTS
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _print(result)
    return result


def _print(r: dict) -> None:
    print(f"import of {r['stations']:,} dense-core stations (best of {r['repeat']})")
    print(f"{'':16}{'wall s':>8}{'CPU s':>8}")
    print(f"{'smartcity':16}{r['ours_s']:>8.2f}{r['ours_cpu_s']:>8.2f}")
    print(f"{'ogr2ogr':16}{r['ogr2ogr_s']:>8.2f}{r['ogr2ogr_cpu_s']:>8.2f}")
    print(f"{'ratio':16}{r['ratio_wall']:>8.2f}{r['ratio_cpu']:>8.2f}   (goal ≤ {r['goal_ratio']})")
    print(r["summary"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="20k stations, 2 repeats")
    ap.add_argument("-n", type=int, help="stations (default 100k, 20k with --quick)")
    ap.add_argument("--repeat", type=int, help="runs of each (best counts)")
    args = ap.parse_args()
    run(args.quick, args.n, args.repeat)


if __name__ == "__main__":
    main()
