"""Benchmark: how long users wait before anything happens: the first ``smartcity coverage``
on a fresh install (the package as the plugin zip ships it, with its generic-CPU kernels, and
an empty user cache), with nothing compiled at all, warm, after ``smartcity warmup``, and the
start of every command's ``--help``.

    .venv/bin/python benchmarks/bench_start.py            # ~4 min on 2 cores (one compile)
    .venv/bin/python benchmarks/bench_start.py --quick    # no warmup run, fewer commands

Writes ``benchmarks/results/start.json`` (``start_quick.json`` with ``--quick``) and prints a
table.  Goal (issue 17): the first coverage on a fresh machine under 5 s; ``--help`` and the
light commands without pandas/numba.

All runs are processes from start to exit, on the sample store (``smartcity sample``: 5,500
stations at Weihai's density, so that the call's own work is about a second and the start is
what is measured), ``smartcity coverage STORE --as-of 2023-12-31``:

* **fresh install** (the goal's case): the package copied to a new folder (new paths, new
  file times, *no* ``__pycache__``: Python compiles our modules' bytecode in this run, as after
  unpacking the zip), with ``processing/kernels/`` as ``scripts/package_plugin.py`` puts it in
  the zip (the kernels compiled for LLVM's generic CPU, see ``processing/jitcache.py``), and
  ``SMARTCITY_CACHE_DIR`` an empty folder: nothing of ours cached on the machine.  What it does
  *not* empty: the installed dependencies' bytecode and the OS's file cache (this machine is
  shared: dropping the page cache is not ours to do), so a cold disk adds its reading time;
* **nothing compiled** (``cold``): the same copy without ``processing/kernels/`` and an empty
  cache: numba compiles every kernel the call needs (a source checkout that never ran
  ``smartcity warmup``, or a zip built with ``--no-kernels``);
* **warm**: the fresh-install command again, its cache now filled;
* **warmup**: ``smartcity warmup`` into an empty cache folder (what ``scripts/setup.sh`` runs at
  install time; loads the shipped kernels when there are, else compiles), then coverage;
* ``smartcity CMD --help`` and ``--version`` for each command (wall time; best of 3).

Fresh install and warm are best of 3 (each fresh run a new copy and a new empty cache), the
compile once; wall and CPU seconds (user + system of the process) are both recorded, CPU being
the steadier on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results" / "start.json"
QUICK_RESULTS = HERE / "results" / "start_quick.json"
sys.path.insert(0, str(HERE))
LIGHT = ["--version", "--help", "init", "layers", "history", "department", "import"]


def _timed(cmd: list[str], env: dict | None = None, cwd: Path | None = None
           ) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the child) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _wall(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> float:
    return _timed(cmd, env, cwd)[0]


def _best(runs: list[tuple[float, float]]) -> dict:
    """Best wall and best CPU seconds of several runs (the machine is shared: the best is
    the least disturbed), rounded."""
    return {"wall_s": round(min(w for w, _ in runs), 2), "cpu_s": round(min(c for _, c in runs), 2),
            "runs": len(runs)}


def _env(cache: Path, pythonpath: Path | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NUMBA_CACHE_DIR",)}
    env["SMARTCITY_CACHE_DIR"] = str(cache)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return env


def _export_kernels(destination: Path) -> Path:
    """The generic-CPU kernels as ``scripts/package_plugin.py`` puts them in the zip."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import package_plugin
    finally:
        sys.path.pop(0)
    package_plugin.export_kernels(destination)
    return destination


def _fresh_copy(work: Path, name: str, kernels: Path | None) -> Path:
    """The package copied (new paths, new mtimes, no bytecode) as ``<folder>/smartcity``,
    with ``kernels`` (:func:`_export_kernels`) as its ``processing/kernels``: the folder to
    put first on ``PYTHONPATH``."""
    root = work / name
    target = root / "smartcity"
    shutil.copytree(REPO, target, copy_function=shutil.copy,  # copy: new file times
                    ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.gpkg",
                                                  "results", "tests", "kernels"))
    if kernels is not None:
        shutil.copytree(kernels, target / "processing" / "kernels")
    return root


def run(quick: bool = False) -> dict:
    """Time the starts; the result dictionary is also written to ``results/``."""
    py = [sys.executable, "-m", "smartcity.standalone.cli"]
    work = Path(tempfile.mkdtemp(prefix="bench_start_"))
    result: dict = {}
    try:
        scene = work / "scene"  # Weihai's density: the call's own work stays small
        _wall(py + ["sample", str(scene), "--no-population", "--communities", "50",
                    "--manholes", "100", "-q"])
        store = work / "s.gpkg"
        for args in (["init", str(store)],
                     ["import", str(store), "districts", str(scene / "districts.geojson")],
                     ["import", str(store), "base_stations", str(scene / "base_stations.csv"),
                      "--coords", "gcj02"]):
            _wall(py + args)
        coverage = ["coverage", str(store), "--as-of", "2023-12-31"]
        kernels = _export_kernels(work / "kernels")
        fresh = []
        for i in range(3):  # each a new copy (no bytecode) and an empty cache
            copy = _fresh_copy(work, f"installed{i}", kernels)
            fresh.append(_timed(py + coverage, _env(work / f"cache{i}", copy), cwd=work))
        shipped, cache = copy, work / "cache2"
        result["fresh_install"] = _best(fresh)
        result["fresh_install_coverage_s"] = result["fresh_install"]["wall_s"]
        result["warm"] = _best([_timed(py + coverage, _env(cache, shipped), cwd=work)
                                for _ in range(3)])
        result["warm_coverage_s"] = result["warm"]["wall_s"]
        bare = _fresh_copy(work, "bare", None)
        result["cold"] = _best([_timed(py + coverage, _env(work / "cache_bare", bare),
                                       cwd=work)])
        result["cold_coverage_s"] = result["cold"]["wall_s"]
        if not quick:
            installed = work / "cache_setup"
            result["warmup_s"] = round(_wall(py + ["warmup", "-q"], _env(installed, shipped),
                                             cwd=work), 2)
            result["after_warmup_coverage_s"] = round(
                _wall(py + coverage, _env(installed, shipped), cwd=work), 2)
        helps = {}
        for name in (LIGHT if quick else LIGHT + _commands()):
            args = [name] if name.startswith("--") else [name, "--help"]
            helps[" ".join(args)] = round(min(_wall(py + args, _env(cache))
                                              for _ in range(3)), 2)
        result["help_s"] = helps
        result["goal_fresh_install_s"] = 5.0
        result["fresh_means"] = ("fresh install: new package folder without bytecode, the "
                                 "zip's generic-CPU kernels, empty user cache; cold: the same "
                                 "without kernels (compiles); OS file cache not dropped")
        result["machine"] = (f"{platform.node()} {os.cpu_count()} cores, load "
                             f"{os.getloadavg()[0]:.1f}")
        result["when"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        result["command"] = "benchmarks/bench_start.py" + (" --quick" if quick else "")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = QUICK_RESULTS if quick else RESULTS
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _print(result)
    return result


def _commands() -> list[str]:
    from smartcity.standalone.cli import COMMANDS

    return [c for c in COMMANDS if c not in LIGHT]


def _print(r: dict) -> None:
    print("first smartcity coverage (sample store, 5,500 stations), wall s")
    labels = {"fresh_install_coverage_s": "fresh install (goal <= 5 s)",
              "warm_coverage_s": "warm, same cache",
              "cold_coverage_s": "nothing compiled (no kernels)",
              "warmup_s": "smartcity warmup, empty cache",
              "after_warmup_coverage_s": "first after that warmup"}
    for key, label in labels.items():
        if key in r:
            detail = r.get(key[:-len("_coverage_s")] if key.endswith("_coverage_s") else "")
            cpu = (f"   CPU {detail['cpu_s']:.2f} s, best of {detail['runs']}"
                   if isinstance(detail, dict) else "")
            print(f"  {label:32}{r[key]:>8.2f}{cpu}")
    print(f"  ({r['fresh_means']})")
    print("start of each command (wall s, best of 3)")
    for name, seconds in r["help_s"].items():
        print(f"  smartcity {name:26}{seconds:>6.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="no warmup run, fewer commands")
    run(ap.parse_args().quick)


if __name__ == "__main__":
    main()
