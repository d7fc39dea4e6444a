"""Site planning: greedy maximum coverage against the exact optimum, and the plan against the
coverage engine.

Oracles we did not write: brute force over every set of sites on tiny instances (areas of
the union measured by GEOS from the raw circles, not from the planner's pieces), PuLP's CBC
on the same atoms as a second solver, the (1 - 1/e) theorem, and ``smartcity coverage`` on a
store where the chosen sites were imported as stations.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner

from smartcity.processing import demand as dm
from smartcity.processing import maxcover as mc
from smartcity.standalone.cli import cli

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "weihai"


def instance(seed: int, n_cand: int = 200, nx: int = 6, ny: int = 5, n_exist: int = 20,
             side: float = 1000.0, need=None):
    """``nx × ny`` square demand zones with random densities, ``n_exist`` existing circles,
    ``n_cand`` candidate circles (radii 150–400 m), as the planner builds them."""
    rng = np.random.default_rng(seed)
    ix, iy = np.meshgrid(np.arange(nx), np.arange(ny), indexing="ij")
    sq = shapely.box(ix.ravel() * side, iy.ravel() * side, (ix.ravel() + 1) * side,
                     (iy.ravel() + 1) * side)
    dens = rng.uniform(0.2, 3.0, len(sq))
    ex = shapely.buffer(shapely.points(rng.uniform(0, nx * side, n_exist),
                                       rng.uniform(0, ny * side, n_exist)),
                        rng.uniform(150, 400, n_exist), quad_segs=15)
    cs = shapely.buffer(shapely.points(rng.uniform(0, nx * side, n_cand),
                                       rng.uniform(0, ny * side, n_cand)),
                        rng.uniform(150, 400, n_cand), quad_segs=15)
    parts = dm.residual_pieces(dm.AreaDemand(sq, dens, np.arange(len(sq))), cs, ex)
    total = dens * shapely.area(sq)
    need = np.full(len(sq), np.inf) if need is None else need(total)
    p = mc.CoverProblem(n_cand, list(range(len(sq))), need, total, np.ones(n_cand), cs, **parts)
    return p, sq, dens, ex, cs


def brute_value(sq, dens, ex, cs, chosen) -> float:
    """Weighted area newly covered by ``chosen``, straight from the circles (GEOS)."""
    if not len(chosen):
        return 0.0
    new = shapely.difference(shapely.union_all(cs[list(chosen)]), shapely.union_all(ex))
    return float((dens * shapely.area(shapely.intersection(sq, new))).sum())


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("k", [5, 15])
def test_greedy_within_bound_of_exact_optimum(seed, k):
    p, sq, dens, ex, cs = instance(seed)
    g = mc.greedy_cover(p, max_sites=k)
    e = mc.exact_cover(p, max_sites=k)
    assert e.optimal and len(e.chosen) <= k and len(g.chosen) == k
    # both values are what the circles really cover
    assert g.value == pytest.approx(brute_value(sq, dens, ex, cs, g.chosen), rel=1e-9)
    assert e.value == pytest.approx(brute_value(sq, dens, ex, cs, e.chosen), rel=1e-9)
    assert e.value >= g.value * (1 - 1e-9)
    assert g.value >= mc.GREEDY_RATIO * e.value
    # the reported bounds hold: OPT <= greedy's upper bound, OPT <= LP relaxation
    assert e.value <= g.upper_bound * (1 + 1e-9)
    assert e.value <= e.lp_bound * (1 + 1e-9)


def test_exact_equals_a_second_solver():
    """The HiGHS optimum equals CBC's (PuLP) on the same atoms."""
    pulp = pytest.importorskip("pulp")
    p, *_ = instance(7)
    k = 8
    e = mc.exact_cover(p, max_sites=k)
    w, _, a_idx, c_idx = mc.atoms(p)
    m = pulp.LpProblem("mclp", pulp.LpMaximize)
    # variables made by the model: the one spelling PuLP 3.3 and 4 both accept
    x = [m.add_variable(f"x{c}", cat="Binary") for c in range(p.n_candidates)]
    y = [m.add_variable(f"y{a}", 0, 1) for a in range(len(w))]
    m += pulp.lpSum(float(w[a]) / 1e6 * y[a] for a in range(len(w)))
    cover: dict = {}
    for a, c in zip(a_idx.tolist(), c_idx.tolist()):
        cover.setdefault(a, []).append(c)
    for a in range(len(w)):
        m += y[a] <= pulp.lpSum(x[c] for c in cover.get(a, []))
    m += pulp.lpSum(x) <= k
    m.solve(pulp.PULP_CBC_CMD(msg=False, gapRel=1e-9))
    assert pulp.LpStatus[m.status] == "Optimal"
    assert e.value / 1e6 == pytest.approx(pulp.value(m.objective), rel=1e-7)


def test_exact_is_the_brute_force_optimum():
    p, sq, dens, ex, cs = instance(11, n_cand=12, nx=3, ny=2)
    for k in (2, 3):
        best = max(brute_value(sq, dens, ex, cs, s)
                   for s in itertools.combinations(range(p.n_candidates), k))
        e = mc.exact_cover(p, max_sites=k)
        assert e.value == pytest.approx(best, rel=1e-9)
        assert mc.greedy_cover(p, max_sites=k).value <= best * (1 + 1e-9)


def test_fewest_sites_reaching_each_zones_need():
    """Cover mode: every zone reaches 60 % of its weight; the exact count is the brute-force
    minimum and greedy needs at least as many, within Wolsey's bound."""
    def need(total):
        return 0.3 * total

    p, sq, dens, ex, cs = instance(5, n_cand=14, nx=2, ny=1, n_exist=2, need=need)
    zone_of = np.arange(len(sq))

    def meets(chosen):
        if not chosen:
            return False
        new = shapely.difference(shapely.union_all(cs[list(chosen)]), shapely.union_all(ex))
        got = dens * shapely.area(shapely.intersection(sq, new))
        return bool((got >= p.need[zone_of] * (1 - 1e-9)).all())

    fewest = next(k for k in range(1, p.n_candidates + 1)
                  if any(meets(s) for s in itertools.combinations(range(p.n_candidates), k)))
    e = mc.exact_cover(p)
    g = mc.greedy_cover(p)
    assert e.met and g.met and meets(e.chosen) and meets(g.chosen)
    assert len(e.chosen) == fewest
    assert len(g.chosen) >= fewest
    assert g.lower_bound <= fewest + 1e-9


def test_budget_uses_costs():
    p, sq, dens, ex, cs = instance(3, n_cand=40)
    p.cost = np.random.default_rng(0).uniform(1, 5, p.n_candidates)
    g = mc.greedy_cover(p, budget=10.0)
    e = mc.exact_cover(p, budget=10.0)
    assert p.cost[g.chosen].sum() <= 10.0 + 1e-9 and p.cost[e.chosen].sum() <= 10.0 + 1e-9
    assert g.value >= mc.BUDGET_RATIO * e.value
    assert e.value >= g.value * (1 - 1e-9)


# --- the command, on the sample store -----------------------------------------------------------

def _table(path, layer):
    frame = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    frame["district_code"] = frame["district_code"].astype(str)
    return frame.reset_index(drop=True)


def _same(a: pd.DataFrame, b: pd.DataFrame, columns) -> None:
    for c in columns:
        x, y = a[c].to_numpy(), b[c].to_numpy()
        if x.dtype.kind == "f" or y.dtype.kind == "f":
            x, y = x.astype(float), y.astype(float)
            assert np.array_equal(x, y, equal_nan=True), (c, x, y)
        else:
            assert list(x) == list(y), (c, x, y)


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["--indicator", "cov_5g_area_pct", "--value", "93", "--district", "371002",
     "--grid", "600"],
    ["--indicator", "keyplace_reach_pct", "--value", "99", "--scope", "district",
     "--grid", "1500", "--scene", "rural"],
    ["--indicator", "cov_5g_pop_pct", "--value", "96", "--district", "371002",
     "--grid", "600", "--population", str(SAMPLE / "population.tif")],
    ["--indicator", "cov_5g_builtup_pct", "--value", "99", "--district", "371002",
     "--grid", "600"],
])
def test_imported_sites_reproduce_the_forecast(sample_store, tmp_path, args):
    store = tmp_path / "w.gpkg"
    shutil.copy(sample_store, store)
    out = tmp_path / "plan.gpkg"
    runner = CliRunner()
    res = runner.invoke(cli, ["plan", str(store), "--as-of", "2021-12-31", *args, "-o",
                              str(out)])
    assert res.exit_code == 0, res.output
    lines = [t for t in res.output.splitlines() if t.strip()]
    assert any(t.startswith("新建") for t in lines) and any(" sites bring " in t for t in lines)
    # no line mixes the two languages
    for line in lines:
        han = any("\u4e00" <= ch <= "\u9fff" for ch in line)
        if " sites bring " in line:
            assert not han, line
    sites = pyogrio.read_dataframe(out, layer="sites")
    forecast = _table(out, "forecast")
    assert len(sites) > 0 and list(sites["rank"]) == sorted(sites["rank"])
    assert forecast["met"].astype(bool).all()
    before = _table(out, "indicators_before")
    after = _table(out, "indicators_after")
    res = runner.invoke(cli, ["import", str(store), "base_stations", str(out),
                              "--source-layer", "sites", "--rejects", str(tmp_path / "r.csv")])
    assert res.exit_code == 0 and " 0 rejected" in res.output, res.output
    measured = tmp_path / "after.gpkg"
    level = "county"
    extra = args[args.index("--population"):][:2] if "--population" in args else []
    res = runner.invoke(cli, ["coverage", str(store), "--as-of", "2021-12-31", "--level",
                              level, *extra, "-o", str(measured)])
    assert res.exit_code == 0, res.output
    again = _table(measured, "districts")
    _same(again, after, [c for c in after.columns])
    indicator = args[1]
    value = float(args[3])
    codes = list(forecast["district_code"])
    got = again.set_index("district_code").loc[codes, indicator]
    assert (got >= value).all(), got
    assert (before.set_index("district_code").loc[codes, indicator] < value).any()


def test_plan_refuses_what_it_cannot_do(sample_store, tmp_path):
    runner = CliRunner()
    out = tmp_path / "p.gpkg"
    res = runner.invoke(cli, ["plan", str(sample_store), "--indicator", "bs_built", "--value",
                              "5", "--grid", "500", "-o", str(out)])
    assert res.exit_code == 2 and "cannot be planned" in res.output
    res = runner.invoke(cli, ["plan", str(sample_store), "--indicator", "cov_5g_area_pct",
                              "--value", "90", "-o", str(out)])
    assert res.exit_code == 2 and "--candidates" in res.output
    bad = tmp_path / "cands.csv"
    bad.write_text("lon,lat,cost\n122.1,37.5,abc\n122.2,37.4,3\n", encoding="utf-8")
    res = runner.invoke(cli, ["plan", str(sample_store), "--indicator", "cov_5g_area_pct",
                              "--max-sites", "1", "--candidates", str(bad), "--as-of",
                              "2021-12-31", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "1 of 2 candidate rows" in res.output
    rejects = pd.read_csv(tmp_path / "cands.rejects.csv", encoding="utf-8-sig")
    assert "cost must be a number" in rejects["reason"].iloc[0]
    assert len(pyogrio.read_dataframe(out, layer="sites")) <= 1
    assert not list(tmp_path.glob(".p-*"))


@pytest.mark.slow
def test_plan_map_sheet(sample_store, tmp_path):
    """The sheet is drawn by the map-sheet renderer: a page-sized PNG showing the sites in
    their style's red and the added coverage in its green."""
    from PIL import Image

    from smartcity.processing.maps import qml

    out, sheet = tmp_path / "p.gpkg", tmp_path / "plan.png"
    res = CliRunner().invoke(cli, ["plan", str(sample_store), "--as-of", "2021-12-31",
                                   "--indicator", "cov_5g_area_pct", "--max-sites", "12",
                                   "--district", "371003", "--grid", "800", "--scene",
                                   "suburban", "--sheet", str(sheet), "-o", str(out)])
    assert res.exit_code == 0, res.output
    img = np.asarray(Image.open(sheet).convert("RGB")).astype(int)
    assert img.shape[:2] == (1654, 2339)  # A4 landscape at 200 dpi
    for name in ("plan_sites", "plan_added"):
        sym = qml.load_style(name).default
        rgb = np.array([round(255 * c) for c in sym.color[:3]]) if sym.kind == "marker" else \
            np.array([round(255 * (a * sym.color[3] + (1 - sym.color[3]))) for a in
                      sym.color[:3]])
        near = (np.abs(img - rgb).sum(axis=2) < 40).sum()
        assert near > 50, (name, rgb, near)


@pytest.mark.slow
def test_ctrl_c_of_plan_exits_130_and_writes_nothing(sample_store, tmp_path):
    import subprocess
    import sys
    import time

    out = tmp_path / "plan.gpkg"
    proc = subprocess.Popen([sys.executable, "-m", "smartcity.standalone.cli", "plan",
                             str(sample_store), "--as-of", "2021-12-31", "--indicator",
                             "cov_5g_area_pct", "--value", "99", "--grid", "400", "--sheet",
                             str(tmp_path / "plan.png"), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    maps = Path(f"/proc/{proc.pid}/maps")
    while "shapely" not in maps.read_text():  # the command is running (its modules loaded)
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.005)
    proc.send_signal(2)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "interrupted; nothing was written", err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_three_sector_candidates_with_costs_and_a_target(sample_store, tmp_path):
    """Candidates with azimuths become one station per sector (unique ids, the sector
    shape of the engine); a budget is spent on costs; --target takes the target's
    indicator, value and scope."""
    cands = tmp_path / "poles.csv"
    rng = np.random.default_rng(3)
    lines = ["杆号,经度,纬度,造价,方位角组,场景"]
    for i in range(40):
        lon, lat = rng.uniform(121.9, 122.3), rng.uniform(36.95, 37.3)
        lines.append(f"P{i},{lon:.6f},{lat:.6f},{1 + i % 3},{'0;120;240' if i % 2 else ''},"
                     f"{'rural' if i % 4 else '郊区'}")
    cands.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "plan.gpkg"
    runner = CliRunner()
    res = runner.invoke(cli, ["plan", str(sample_store), "--as-of", "2021-12-31", "--indicator",
                              "cov_5g_area_pct", "--budget", "7", "--candidates", str(cands),
                              "-o", str(out)])
    assert res.exit_code == 0, res.output
    sites = pyogrio.read_dataframe(out, layer="sites")
    per_site = sites.drop_duplicates("rank")
    assert per_site["cost"].sum() <= 7
    assert sites["station_id"].is_unique
    for _, group in sites.groupby("rank"):
        if len(group) > 1:
            assert sorted(group["azimuth_deg"]) == [0.0, 120.0, 240.0]
    assert set(sites["scene"]) <= {"rural", "suburban"}
    # sectors too: the imported sites give the forecast exactly
    store = tmp_path / "w.gpkg"
    shutil.copy(sample_store, store)
    res = runner.invoke(cli, ["import", str(store), "base_stations", str(out), "--source-layer",
                              "sites", "--rejects", str(tmp_path / "r.csv")])
    assert res.exit_code == 0 and " 0 rejected" in res.output, res.output
    res = runner.invoke(cli, ["coverage", str(store), "--as-of", "2021-12-31", "-o",
                              str(tmp_path / "after.gpkg")])
    assert res.exit_code == 0, res.output
    after = _table(out, "indicators_after")
    _same(_table(tmp_path / "after.gpkg", "districts"), after, list(after.columns))
    res = runner.invoke(cli, ["plan", str(sample_store), "--as-of", "2021-12-31", "--target",
                              "keyplace_school_2020", "--grid", "2000", "--scene", "rural",
                              "-o", str(tmp_path / "t.gpkg")])
    assert res.exit_code in (0, 1), res.output
    forecast = _table(tmp_path / "t.gpkg", "forecast")
    assert list(forecast["indicator"]) == ["keyplace_reach_pct_school"]
    assert list(forecast["target"]) == [100.0]
    assert (res.exit_code == 0) == bool(forecast["met"].all())


def test_grid_only_inside_built_up_areas(sample_store, tmp_path):
    """``--grid-in-builtup`` puts every grid candidate inside a built-up polygon existing on
    the date (oracle: GEOS containment on the store's own polygons); without --grid it is a
    usage error."""
    from smartcity.layers.store import open_store

    out = tmp_path / "plan.gpkg"
    args = ["plan", str(sample_store), "--as-of", "2021-12-31", "--indicator",
            "cov_5g_builtup_pct", "--value", "99", "--district", "371002"]
    res = CliRunner().invoke(cli, [*args, "--grid", "400", "--grid-in-builtup", "-o", str(out)])
    assert res.exit_code == 0, res.output
    sites = pyogrio.read_dataframe(out, layer="sites")
    assert len(sites) > 0
    with open_store(sample_store) as st:
        builtup = st.read("builtup_areas", as_of=dt.date(2021, 12, 31))
    inside = shapely.union_all(shapely.make_valid(builtup.geometry.to_numpy()))
    assert shapely.covers(inside.buffer(1e-9), sites.geometry.to_numpy()).all()
    res = CliRunner().invoke(cli, [*args, "--grid-in-builtup", "-o", str(out)])
    assert res.exit_code == 2 and "--grid-in-builtup needs --grid" in res.output
