"""Benchmark: site planning time against candidates × existing stations, with a plain PuLP
maximal-covering model (MCLP, CBC) on the same instance as the reference, in the same run.

    .venv/bin/python benchmarks/bench_plan.py            # all scales (~10 min on 2 cores)
    .venv/bin/python benchmarks/bench_plan.py --quick    # the two small scales (~2 min)

Writes ``benchmarks/results/plan.json`` (``plan_quick.json`` with ``--quick``) and prints a
table.

The instance: ``synth.make_scene`` districts and existing stations (Weihai's density), and
candidate sites drawn by the same generator with another seed (towns and rural background,
scene from the distance to a town, so radii 250–1500 m); the question is the best 5G area
coverage of the whole city with ``P`` new sites (``--max-sites P``, default 100).

* **ours**: :func:`smartcity.processing.planning.plan_sites` end to end from the layer
  tables: the indicator table before, candidate shapes, uncovered demand cut into tiles,
  greedy with lazy gains, the sites' added coverage, and the indicator table again with the
  sites (the forecast).  The greedy phase alone is reported too.
* **reference**: what one does with PySAL ``spopt``'s MCLP: demand points on a regular grid
  (``--spacing`` metres, each weighing its cell's area) over the land the candidates reach,
  those already covered by the existing network dropped, a coverage matrix "candidate shape
  contains point" (the same shapes), and the MCLP ``max Σ w_i y_i, y_i ≤ Σ_{j covers i} x_j,
  Σ x_j = P`` built with PuLP and solved by CBC (``--time-limit`` seconds).  Timed from the
  shapes to the solution (building the points and the matrix, the model, the solve).  Its
  value is the grid's estimate of the area; both plans are also measured exactly by the
  coverage engine (city coverage with the sites minus without), so their quality compares.

Each scale runs in a child process (own memory).  The machine is shared: wall-clock times,
best of one run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "plan.json"
QUICK_RESULTS = HERE / "results" / "plan_quick.json"
sys.path.insert(0, str(HERE))

SCALES = [  # (existing stations, districts, candidates)
    (5_000, 9, 1_000),
    (5_000, 9, 5_000),
    (25_000, 30, 10_000),
    (100_000, 100, 20_000),
    (100_000, 100, 40_000),
]
QUICK = SCALES[:2]


def candidates_for(districts, n: int, seed: int):
    """``n`` candidate sites drawn like stations (towns + rural), with their scene."""
    import shapely

    land = shapely.union_all(districts.geometry.to_numpy())
    rng = np.random.default_rng(seed)
    b = shapely.bounds(land)
    pts = []
    while sum(len(p) for p in pts) < n:
        xy = np.column_stack([rng.uniform(b[0], b[2], 4 * n), rng.uniform(b[1], b[3], 4 * n)])
        pts.append(xy[shapely.contains_xy(land, xy[:, 0], xy[:, 1])])
    xy = np.concatenate(pts)[:n]
    import geopandas as gpd

    frame = gpd.GeoDataFrame({"candidate_id": [f"C{i}" for i in range(n)],
                              "cost": np.ones(n),
                              "scene": rng.choice(["urban", "suburban", "rural"], n,
                                                  p=[0.4, 0.35, 0.25])},
                             geometry=shapely.points(xy), crs=districts.crs)
    frame["azimuths"] = [()] * n
    return frame


def reference_mclp(cand_shapes, land, existing, p: int, spacing: float, time_limit: float):
    """spopt-style MCLP with PuLP/CBC on grid demand points; (seconds, value m², status,
    points, pairs)."""
    import pulp
    import shapely

    t0 = time.perf_counter()
    b = shapely.total_bounds(cand_shapes)
    xs = np.arange(b[0] + spacing / 2, b[2], spacing)
    ys = np.arange(b[1] + spacing / 2, b[3], spacing)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    gx, gy = gx.ravel(), gy.ravel()
    ok = shapely.contains_xy(land, gx, gy)
    pts = shapely.points(gx[ok], gy[ok])
    tree = shapely.STRtree(existing)
    covered = np.zeros(len(pts), bool)
    covered[tree.query(pts, predicate="within")[0]] = True
    pts = pts[~covered]
    p_idx, c_idx = shapely.STRtree(cand_shapes).query(pts, predicate="within")
    used = np.unique(p_idx)
    m = pulp.LpProblem("mclp", pulp.LpMaximize)
    # variables made by the model: the one spelling PuLP 3.3 and 4 both accept
    x = [m.add_variable(f"x{j}", cat="Binary") for j in range(len(cand_shapes))]
    y = {i: m.add_variable(f"y{i}", 0, 1) for i in used.tolist()}
    m += pulp.lpSum(y.values())
    order = np.argsort(p_idx, kind="stable")
    p_s, c_s = p_idx[order], c_idx[order]
    starts = np.searchsorted(p_s, used)
    ends = np.searchsorted(p_s, used, side="right")
    for i, lo, hi in zip(used.tolist(), starts.tolist(), ends.tolist()):
        m += y[i] <= pulp.lpSum(x[j] for j in c_s[lo:hi].tolist())
    m += pulp.lpSum(x) == p
    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit)
    m.solve(solver)
    seconds = time.perf_counter() - t0
    value = float(pulp.value(m.objective) or 0.0) * spacing * spacing
    chosen = [j for j, v in enumerate(x) if (v.value() or 0) > 0.5]
    return seconds, value, pulp.LpStatus[m.status], int(len(used)), int(len(p_idx)), chosen


def run_scale(n_exist: int, n_districts: int, n_cand: int, p: int, spacing: float,
              time_limit: float) -> dict:
    from synth import make_scene

    from smartcity.processing import indicators as ind
    from smartcity.processing import planning as pl
    from smartcity.processing import shapes as sh

    districts, stations = make_scene(n_exist, n_districts, seed=1)
    districts["parent_code"] = "900000"
    stations["opened_date"] = "2020-01-01"
    layers = ind.read_layers({"districts": districts, "base_stations": stations})
    cands = candidates_for(districts, n_cand, seed=7)
    day = dt.date(2021, 12, 31)
    spec = pl.PlanSpec(indicator="cov_5g_area_pct", max_sites=p)
    pl.plan_sites(layers, day, pl.PlanSpec(indicator="cov_5g_area_pct", max_sites=1),
                  candidates=cands.iloc[:50])  # warm up numba's cache, imports
    marks = {}

    def progress(pct, msg):
        marks.setdefault(msg, time.perf_counter())

    t0 = time.perf_counter()
    result = pl.plan_sites(layers, day, spec, candidates=cands, progress=progress)
    ours = time.perf_counter() - t0
    t_greedy = marks.get("indicators after", t0) - marks.get("choosing sites", t0)
    # the reference on the same shapes
    engine = ind.coverage_engine()
    crs = engine.metric_crs_for(ind.coverage_districts(
        ind.indicator_districts(layers["districts"], day, "county")))
    new = pl.candidate_stations(cands)
    cand_shapes = sh.build_shapes(sh.station_params(new, crs), None, None)
    active = layers["base_stations"][ind.station_masks(layers["base_stations"], day)["active"]]
    existing = sh.build_shapes(sh.station_params(active.reset_index(drop=True), crs), None,
                               None)
    import shapely

    land = shapely.union_all(engine.district_geoms(districts, crs))
    ref = reference_mclp(cand_shapes, land, existing, p, spacing, time_limit)
    # both plans measured exactly by the coverage engine: city coverage with the sites
    # minus without
    city = ind.coverage_districts(ind.indicator_districts(layers["districts"], day, "county"))
    city = city.iloc[[-1]]
    act = active.reset_index(drop=True)

    def added_km2(chosen):
        import pandas as pd

        extra = new[new["candidate"].isin(chosen)].drop(columns=["candidate"])
        both = pd.concat([act, ind.prepare_layer(extra, "base_stations")], ignore_index=True)
        after = engine.coverage_by_district(city, both).table["covered_km2"].iloc[0]
        return float(after - engine.coverage_by_district(city, act).table["covered_km2"].iloc[0])

    ours_exact = added_km2(result.cover.chosen)
    ref_exact = added_km2(ref[5])
    return {"existing": n_exist, "districts": n_districts, "candidates": n_cand, "sites": p,
            "ours_s": ours, "ours_greedy_s": t_greedy, "ours_value_km2": result.cover.value / 1e6,
            "ours_upper_bound_km2": result.cover.upper_bound / 1e6,
            "evaluations": result.cover.evaluations,
            "reference_s": ref[0], "reference_value_km2": ref[1] / 1e6,
            "reference_status": ref[2], "reference_points": ref[3], "reference_pairs": ref[4],
            "ours_value_engine_km2": ours_exact, "reference_value_engine_km2": ref_exact,
            "ratio": ref[0] / ours}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--max-sites", type=int, default=100)
    ap.add_argument("--spacing", type=float, default=100.0,
                    help="reference demand grid (m)")
    ap.add_argument("--time-limit", type=float, default=120.0, help="CBC time limit (s)")
    ap.add_argument("--child", nargs=3, type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        out = run_scale(*args.child, args.max_sites, args.spacing, args.time_limit)
        print("RESULT " + json.dumps(out))
        return
    rows = []
    for n_exist, n_d, n_cand in (QUICK if args.quick else SCALES):
        cmd = [sys.executable, __file__, "--child", str(n_exist), str(n_d), str(n_cand),
               "--max-sites", str(args.max_sites), "--spacing", str(args.spacing),
               "--time-limit", str(args.time_limit)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        line = [t for t in proc.stdout.splitlines() if t.startswith("RESULT ")]
        if not line:
            print(proc.stdout[-2000:], proc.stderr[-4000:])
            raise SystemExit(f"scale {n_exist}/{n_cand} failed")
        row = json.loads(line[0][7:])
        rows.append(row)
        print(f"{row['existing']:>7,} existing  {row['candidates']:>6,} candidates  "
              f"ours {row['ours_s']:7.2f} s (greedy {row['ours_greedy_s']:6.2f} s, "
              f"{row['ours_value_km2']:8.2f} km²)  PuLP/CBC {row['reference_s']:7.2f} s "
              f"({row['reference_value_km2']:8.2f} km² on its grid, {row['reference_status']})  "
              f"exact: ours {row['ours_value_engine_km2']:8.2f}, its sites "
              f"{row['reference_value_engine_km2']:8.2f} km²  "
              f"ratio {row['ratio']:6.1f}x", flush=True)
    out = QUICK_RESULTS if args.quick else RESULTS
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"date": dt.datetime.utcnow().isoformat(timespec="seconds"),
                               "machine": platform.platform(), "max_sites": args.max_sites,
                               "spacing_m": args.spacing, "time_limit_s": args.time_limit,
                               "rows": rows}, indent=2), encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
