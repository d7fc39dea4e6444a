"""The nesting plan cache of the coverage engine: keyed so distinct districts never share a plan.

A plan says which district is tiled by which others (the city by its counties) and is reused
across the dates of a series.  It used to be cached by Python's ``hash()`` of the districts'
WKB, so a collision would silently give one district set another's plan.  Here ``hash`` is
forced to collide; the oracle is geometry: a district far from every station has 0 km²
covered, the two halves of a square around one station share its circle.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyproj
import shapely

from smartcity.processing import coverage

LOCAL = pyproj.CRS.from_proj4("+proj=tmerc +lat_0=37.5 +lon_0=122.1 +k=1 +x_0=0 +y_0=0 "
                              "+ellps=GRS80 +units=m +no_defs")


def _districts(polys: list) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"code": [f"D{i}" for i in range(len(polys))]},
                            geometry=polys, crs=LOCAL).to_crs(4490)


def _station() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"station_id": ["s0"], "band": ["n78"], "scene": ["urban"],
                             "coverage_radius_m": [1500.0]},
                            geometry=[shapely.Point(0, 0)], crs=LOCAL).to_crs(4490)


def test_colliding_hashes_do_not_share_a_plan(monkeypatch):
    monkeypatch.setattr(coverage, "hash", lambda _value: 0, raising=False)
    left = shapely.box(-5000, -5000, 0, 5000)
    right = shapely.box(0, -5000, 5000, 5000)
    # first: a square tiled by its two halves (its figure is the sum of theirs)
    tiled = coverage.coverage_by_district(
        _districts([shapely.box(-5000, -5000, 5000, 5000), left, right]), _station())
    circle = tiled.table["covered_km2"].to_numpy()
    assert circle[0] > 6.5 and np.isclose(circle[0], circle[1] + circle[2])
    # then: the same halves and a square far away, which no station reaches
    far = coverage.coverage_by_district(
        _districts([shapely.box(50_000, -5000, 60_000, 5000), left, right]), _station())
    assert far.table["covered_km2"].iloc[0] == 0.0
    assert shapely.is_empty(far.unions.iloc[0])
    assert np.allclose(far.table["covered_km2"].iloc[1:], circle[1:])


def test_plan_cache_is_bounded():
    for k in range(coverage.PLAN_CACHE_SIZE + 8):
        coverage._nesting_plan(np.array([shapely.box(k, 0, k + 1, 1)], dtype=object))
    assert len(coverage._PLANS) <= coverage.PLAN_CACHE_SIZE
