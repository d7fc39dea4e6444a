"""Benchmark: a synthetic nation (about 2,800 districts, 4.5 million stations) on Dask.

Run: ``.venv/bin/python benchmarks/bench_national.py [--stations N] [--districts N]``

Steps, each timed: generate the nation in chunks (streamed straight into partitions, never
held whole), then compute coverage per district for one date with 1 and with 2 local worker
processes.  Reports end-to-end seconds for each worker count, the speed-up, and the peak
resident memory of any worker (measured inside the tasks with ``getrusage``), and writes
``benchmarks/results/national.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from smartcity.sampledata import make_base_stations, make_districts
from smartcity.processing.national import national_coverage, write_partitions

CHINA = (73.5, 18.2, 134.8, 53.5)
RESULTS = Path(__file__).with_name("results") / "national.json"


def generate(folder: Path, n_districts: int, n_stations: int, chunk: int, seed: int) -> float:
    """Write the nation as partitions; returns seconds."""
    started = time.perf_counter()
    districts = make_districts(n_districts, seed=seed, bounds=CHINA)

    def chunks():
        done, k = 0, 0
        while done < n_stations:
            n = min(chunk, n_stations - done)
            part = make_base_stations(districts, n, seed=seed + 1 + k)
            part["station_id"] = f"c{k:03d}-" + part["station_id"].astype(str)
            yield part
            done += n
            k += 1
            print(f"  generated {done:,} stations", file=sys.stderr)

    write_partitions(districts, chunks(), folder, n_partitions=64)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=4_500_000)
    parser.add_argument("--districts", type=int, default=2_800)
    parser.add_argument("--chunk", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="keep the partitions in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="nation-"))
    if not (folder / "index.json").exists():
        gen_s = generate(folder, args.districts, args.stations, args.chunk, args.seed)
        print(f"generated and partitioned in {gen_s:.1f} s", file=sys.stderr)
    else:
        gen_s = None
    day = dt.date(2023, 12, 31)
    runs = []
    tables = {}
    for workers in args.workers:
        started = time.perf_counter()
        table, stats = national_coverage(folder, [day], workers=workers, memory_limit="6GB")
        seconds = time.perf_counter() - started
        peak = max(s["peak_rss_mb"] for s in stats)
        runs.append({"workers": workers, "seconds": round(seconds, 1),
                     "peak_worker_rss_mb": round(peak), "partitions": len(stats),
                     "districts": int(table["district_code"].nunique()),
                     "stations_active": int(table["bs_active"].sum())})
        tables[workers] = table.set_index("district_code")["cov_5g_area_pct"]
        print(runs[-1], file=sys.stderr)
    if len(tables) > 1:
        first, *rest = tables.values()
        for other in rest:
            assert (first - other.reindex(first.index)).abs().max() < 1e-9, "results differ"
    result = {"measured": dt.datetime.now().isoformat(timespec="seconds"),
              "stations": args.stations, "districts": args.districts,
              "generate_and_partition_s": None if gen_s is None else round(gen_s, 1),
              "runs": runs,
              "speedup_2_vs_1": (round(runs[0]["seconds"] / runs[1]["seconds"], 2)
                                 if len(runs) > 1 else None)}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
