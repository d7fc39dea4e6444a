"""Coverage against closed-form geometry: a lone circle, a lens, a circle cut by a border, a
sector pattern integrated numerically; plus district overlap and CRS invariance.

Tolerances come from the polygon approximation: a circle is the inscribed 4q-gon (q = 15)
whose area is ``sin(2π/4q)/(2π/4q) = 0.99817`` of πr².  A union of inscribed polygons lies
inside the union of the circles and misses at most the slivers ``circle − polygon`` of each
circle, so ``0 <= true − ours <= Σ (1 − ratio) π r_i²``.
"""

from __future__ import annotations

import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely

from smartcity.layers.progress import Cancelled
from smartcity.processing import coverage, shapes

REPO = Path(__file__).resolve().parents[1]
WEIHAI = REPO / "data" / "weihai" / "districts.geojson"
Q = shapes.circle_segments_for()
RATIO = math.sin(2 * math.pi / (4 * Q)) / (2 * math.pi / (4 * Q))
SLIVER = 1 - RATIO  # fraction of πr² a circle polygon misses
# A transverse Mercator touching the ellipsoid at the test spot (in Weihai): its scale factor
# is 1 there and within 2e-6 over 10 km, so map metres are ground metres for these tests.
LOCAL = pyproj.CRS.from_proj4("+proj=tmerc +lat_0=37.5 +lon_0=122.1 +k=1 +x_0=0 +y_0=0 "
                              "+ellps=GRS80 +units=m +no_defs")
X0, Y0 = 0.0, 0.0


def _districts(polys: dict[str, shapely.Geometry]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"code": list(polys), "name": list(polys)},
                            geometry=list(polys.values()), crs=LOCAL).to_crs(4490)


def _stations(xy: np.ndarray, r, azimuth=None, crs=LOCAL) -> gpd.GeoDataFrame:
    xy = np.atleast_2d(np.asarray(xy, dtype=float))
    n = len(xy)
    cols = {"station_id": [f"s{i}" for i in range(n)], "band": "n78", "scene": "urban",
            "coverage_radius_m": np.broadcast_to(np.asarray(r, dtype=float), (n,)).copy()}
    if azimuth is not None:
        cols["azimuth_deg"] = np.broadcast_to(np.asarray(azimuth, dtype=float), (n,)).copy()
    return gpd.GeoDataFrame(cols, geometry=shapely.points(xy), crs=crs).to_crs(4490)


def test_segment_count_meets_area_tolerance():
    assert SLIVER <= 0.002
    assert 1 - shapes.circle_area_ratio(Q - 1) > 0.002  # the smallest count that does
    assert shapes.circle_segments_for(0.0005) > Q


def test_lone_circle():
    r = 1500.0
    d = _districts({"A": shapely.box(X0 - 5000, Y0 - 5000, X0 + 5000, Y0 + 5000)})
    res = coverage.coverage_by_district(d, _stations([X0 + 37.0, Y0 - 11.0], r), crs=LOCAL)
    row = res.table.loc["A"]
    polygon_area = 0.5 * 4 * Q * r * r * math.sin(2 * math.pi / (4 * Q))
    assert row.covered_km2 * 1e6 == pytest.approx(polygon_area, rel=1e-9)
    assert abs(row.covered_km2 * 1e6 / (math.pi * r * r) - 1) <= 0.002
    assert row.area_km2 == pytest.approx(100.0, rel=1e-9)
    assert row.cov_5g_area_pct == pytest.approx(100 * polygon_area / 1e8, rel=1e-9)


def test_two_overlapping_circles_lens():
    r, dist = 1000.0, 1200.0
    lens = 2 * r * r * math.acos(dist / (2 * r)) - dist / 2 * math.sqrt(4 * r * r - dist * dist)
    true_union = 2 * math.pi * r * r - lens
    d = _districts({"A": shapely.box(X0 - 5000, Y0 - 5000, X0 + 5000, Y0 + 5000)})
    st = _stations([[X0 - dist / 2, Y0], [X0 + dist / 2, Y0]], r)
    got = coverage.coverage_by_district(d, st, crs=LOCAL).table.loc["A", "covered_km2"] * 1e6
    assert 0 <= true_union - got <= 2 * SLIVER * math.pi * r * r
    assert lens > 50 * SLIVER * math.pi * r * r  # a double count could not pass


def test_circle_cut_by_straight_border():
    r, h = 1000.0, 400.0
    segment = r * r * math.acos(h / r) - h * math.sqrt(r * r - h * h)
    d = _districts({"A": shapely.box(X0 - 5000, Y0 - 5000, X0 + h, Y0 + 5000),
                    "B": shapely.box(X0 + h, Y0 - 5000, X0 + 5000, Y0 + 5000)})
    res = coverage.coverage_by_district(d, _stations([X0, Y0], r), crs=LOCAL).table
    a, b = res.loc["A", "covered_km2"] * 1e6, res.loc["B", "covered_km2"] * 1e6
    assert 0 <= (math.pi * r * r - segment) - a <= SLIVER * math.pi * r * r
    assert 0 <= segment - b <= SLIVER * math.pi * r * r
    assert res.loc["A", "cov_5g_area_pct"] == pytest.approx(100 * a / (5400 * 10000), rel=1e-9)


def test_degenerate_configurations():
    """Cases where edges coincide or pass through vertices: the boundary integral must still
    give the polygon's area (GEOS's, computed independently here)."""
    r = 800.0
    poly = 0.5 * 4 * Q * r * r * math.sin(2 * math.pi / (4 * Q))
    box = shapely.box(X0 - 5000, Y0 - 5000, X0 + 5000, Y0 + 5000)
    d = _districts({"A": box})
    # the same station three times, and concentric circles
    same = _stations([[X0, Y0]] * 3, r)
    assert coverage.coverage_by_district(d, same, crs=LOCAL).table.loc["A", "covered_km2"] \
        * 1e6 == pytest.approx(poly, rel=1e-9)
    rings = _stations([[X0, Y0]] * 3, [r / 2, r, r / 4])
    assert coverage.coverage_by_district(d, rings, crs=LOCAL).table.loc["A", "covered_km2"] \
        * 1e6 == pytest.approx(poly, rel=1e-9)
    # co-sited sectors: same azimuth (nested), and duplicated
    sec = _stations([[X0, Y0]] * 4, [r, r / 2, r, 300.0], azimuth=[30.0, 30.0, 30.0, 150.0])
    got = coverage.coverage_by_district(d, sec, crs=LOCAL).table.loc["A", "covered_km2"] * 1e6
    want = shapely.area(shapely.union_all(shapes.coverage_shapes(sec, LOCAL).to_numpy()))
    assert got == pytest.approx(want, rel=1e-9)
    # a station on the border between two districts, and a district with a hole around it
    halves = _districts({"W": shapely.box(X0 - 5000, Y0 - 5000, X0, Y0 + 5000),
                         "E": shapely.box(X0, Y0 - 5000, X0 + 5000, Y0 + 5000),
                         "H": box.difference(shapely.Point(X0, Y0).buffer(r / 2, 64))})
    res = coverage.coverage_by_district(halves, _stations([X0, Y0], r), crs=LOCAL).table
    assert res.loc["W", "covered_km2"] * 1e6 == pytest.approx(poly / 2, rel=1e-9)
    assert res.loc["E", "covered_km2"] * 1e6 == pytest.approx(poly / 2, rel=1e-9)
    hole = shapely.area(shapely.Point(X0, Y0).buffer(r / 2, 64))
    assert res.loc["H", "covered_km2"] * 1e6 == pytest.approx(poly - hole, rel=1e-9)


def test_sector_area_matches_pattern_integral():
    r, slope = 2000.0, 39.08
    phi = np.linspace(-np.pi, np.pi, 200_001)
    gain = -np.minimum(12 * (np.degrees(phi) / 65.0) ** 2, 30.0)
    true_area = np.trapz(0.5 * (r * 10 ** (gain / slope)) ** 2, phi)
    st = _stations([X0, Y0], r, azimuth=90.0)
    shape = shapes.coverage_shapes(st, LOCAL).iloc[0]
    assert abs(shape.area / true_area - 1) <= 0.002
    c = shape.centroid
    bearing = math.degrees(math.atan2(c.x - X0, c.y - Y0))
    assert abs(bearing - 90.0) < 2.0  # east, give or take the meridian convergence (< 1°)
    # Boresight reach r, back lobe 10^(-30/39.08) r, beam edge (±32.5°) 10^(-3/39.08) r.
    coords = shapely.get_coordinates(shape)
    dist = np.hypot(coords[:, 0] - X0, coords[:, 1] - Y0)
    assert dist.max() == pytest.approx(r, rel=1e-6)
    assert dist.min() == pytest.approx(r * 10 ** (-30 / slope), rel=1e-6)


def test_overlapping_districts_never_double_count():
    rng = np.random.default_rng(7)
    quads = {f"Q{i}{j}": shapely.box(X0 + i * 5000, Y0 + j * 5000, X0 + (i + 1) * 5000,
                                     Y0 + (j + 1) * 5000) for i in range(2) for j in range(2)}
    polys = dict(quads, ALL=shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000),
                 ZONE=shapely.box(X0 + 1000, Y0 + 1000, X0 + 3000, Y0 + 4000),
                 # 1 m wider than ALL: not tiled by the quadrants, so computed on its own.
                 WIDE=shapely.box(X0 - 1, Y0 - 1, X0 + 10_001, Y0 + 10_001))
    xy = np.column_stack([rng.uniform(X0 - 500, X0 + 10_500, 150),
                          rng.uniform(Y0 - 500, Y0 + 10_500, 150)])
    st = _stations(xy, rng.uniform(200, 900, 150))
    res = coverage.coverage_by_district(_districts(polys), st,
                                        crs=LOCAL, threads=2).table
    assert res.loc["ALL", "covered_km2"] == pytest.approx(
        res.loc[list(quads), "covered_km2"].sum(), rel=1e-9)
    assert 0 <= res.loc["WIDE", "covered_km2"] - res.loc["ALL", "covered_km2"] <= 0.04 + 1e-9
    assert res.loc["ZONE", "covered_km2"] <= res.loc["Q00", "covered_km2"]
    assert (res.covered_km2 <= res.area_km2 * (1 + 1e-12)).all()
    assert 0 < res.loc["ALL", "cov_5g_area_pct"] < 100


def _weihai() -> gpd.GeoDataFrame:
    if WEIHAI.exists():
        d = gpd.read_file(WEIHAI)
        d["code"] = d["code"].astype(str)
        return d[["code", "name", "geometry"]].set_crs(4490, allow_override=True)
    polys = {f"{371000 + i}": shapely.box(X0 + i * 20_000, Y0, X0 + (i + 1) * 20_000, Y0 + 30_000)
             for i in range(4)}
    return _districts(polys)


def _random_stations_in(districts: gpd.GeoDataFrame, n: int, seed: int,
                        sectors: bool = False) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    area = shapely.union_all(districts.to_crs(4550).geometry.to_numpy())
    minx, miny, maxx, maxy = area.bounds
    xy = np.column_stack([rng.uniform(minx, maxx, 4 * n), rng.uniform(miny, maxy, 4 * n)])
    xy = xy[shapely.contains_xy(area, xy[:, 0], xy[:, 1])][:n]
    az = np.where(rng.uniform(size=len(xy)) < 0.5, rng.uniform(0, 360, len(xy)), np.nan) \
        if sectors else None
    return _stations(xy, rng.uniform(300, 2500, len(xy)), az, crs=4550)


def test_metric_crs_choice():
    d = _weihai()
    assert coverage.metric_crs_for(d).to_epsg() == 4550
    west = gpd.GeoDataFrame(geometry=[shapely.box(116.8, 36.5, 117.3, 36.9)], crs=4490)
    assert coverage.metric_crs_for(west).to_epsg() == 4548
    national = gpd.GeoDataFrame(geometry=[shapely.box(80, 30, 120, 40)], crs=4490)
    crs = coverage.metric_crs_for(national)
    assert crs.is_projected and "Albers" in crs.to_wkt()


def test_ratio_does_not_depend_on_crs():
    d = _weihai()
    st = _random_stations_in(d, 600, seed=11, sectors=True)
    a = coverage.coverage_by_district(d, st, crs=4550).table
    b = coverage.coverage_by_district(d, st, crs=4549).table
    assert (a.cov_5g_area_pct - b.cov_5g_area_pct).abs().max() <= 0.01
    assert a.cov_5g_area_pct.between(1, 99).all()


def test_progress_and_cancel():
    d = _weihai()
    st = _random_stations_in(d, 100, seed=3)
    seen = []
    coverage.coverage_by_district(d, st, progress=lambda p, m: seen.append(p))
    assert seen[-1] == pytest.approx(100.0) and seen == sorted(seen)

    def cancel(p, m):
        if p > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        coverage.coverage_by_district(d, st, progress=cancel, threads=2)


def test_bad_input_sentences():
    d = _weihai()
    st = _random_stations_in(d, 5, seed=3)
    dup = pd.concat([d.iloc[[0]], d.iloc[[0]]])
    with pytest.raises(ValueError, match="more than once"):
        coverage.coverage_by_district(dup, st)
    with pytest.raises(ValueError, match="no CRS"):
        coverage.coverage_by_district(d, st.set_crs(None, allow_override=True))


def test_coverage_polygons_layer():
    d = _weihai()
    res = coverage.coverage_by_district(d, _random_stations_in(d, 200, seed=5))
    layer = coverage.coverage_polygons(res)
    assert layer.crs.to_epsg() == 4490
    assert list(layer.district_code) == list(res.table.index)
    back = layer.to_crs(res.crs).area.to_numpy() / 1e6
    assert np.allclose(back, res.table.covered_km2.to_numpy(), rtol=1e-6)


def test_remembered_jacobians_equal_fresh_ones(monkeypatch):
    """The per-cell Jacobian memory (a series asks for the same cells again) returns what
    ground_jacobian computes, also after it started afresh at its size limit."""
    rng = np.random.default_rng(3)
    pts = gpd.GeoDataFrame({"station_id": [f"s{i}" for i in range(300)], "band": "n78",
                            "scene": "urban"},
                           geometry=shapely.points(rng.uniform(121.5, 122.7, 300),
                                                   rng.uniform(36.8, 37.6, 300)), crs=4490)
    crs = pyproj.CRS.from_epsg(4550)
    shapes._JACOBIANS.clear()
    monkeypatch.setattr(shapes, "JACOBIAN_CELLS", 150)
    first = shapes.station_params(pts.iloc[:200], crs).jac
    again = shapes.station_params(pts, crs).jac  # some cells known, the limit passed
    lonlat = np.round(shapely.get_coordinates(pts.geometry.to_numpy()) * 100) / 100
    fresh = shapes.ground_jacobian(lonlat[:, 0], lonlat[:, 1], crs)
    assert np.array_equal(first, again[:200])
    assert np.allclose(again, fresh, rtol=0, atol=1e-15)
