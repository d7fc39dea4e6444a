"""Coverage in a dense core (overlap depth in the hundreds) against GEOS's union.

Why: the engine skips shapes whose whole boundary is buried under other shapes
(:func:`smartcity.processing.unionarea._buried`), which is where a dense core's time went.  A
wrong skip (a shape dropped at a date where part of its boundary is on the union's, a cull
that ignores dates, a border shape dropped with its border pieces) changes the area; here the
area is checked against ``area(union_all(shapes) ∩ D)`` from GEOS at several dates, with
circles and sectors, districts cut through the core and a coastline-like ragged border.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_coverage_analytic import LOCAL, _districts, _stations  # noqa: E402

from smartcity.processing import coverage, shapes  # noqa: E402

N = 2500
SIGMA_M = 700.0


def _scene(seed: int):
    rng = np.random.default_rng(seed)
    xy = rng.normal(size=(N, 2)) * SIGMA_M
    xy[: N // 5] = rng.uniform(-4000, 4000, size=(N // 5, 2))  # a sparse fringe
    r = rng.uniform(150.0, 600.0, N)
    az = np.where(rng.uniform(size=N) < 1 / 3, rng.uniform(0, 360, N), np.nan)
    opened = rng.integers(0, 3, N)  # date index from which each station is active
    retired = np.where(rng.uniform(size=N) < 0.1, rng.integers(1, 4, N), 9)
    active = np.stack([(opened <= d) & (retired > d) for d in range(3)], axis=1)
    # districts: a ragged "coast" through the core, a straight border, a zone inside one
    t = np.linspace(0, 2 * np.pi, 400, endpoint=False)
    rad = 2500 + 300 * np.sin(7 * t) + 150 * np.sin(23 * t + 1.0)
    coast = shapely.Polygon(np.column_stack([rad * np.cos(t) + 400, rad * np.sin(t)]))
    west = shapely.box(-6000, -6000, 150, 6000)
    polys = {"W": west, "E": shapely.box(150, -6000, 6000, 6000),
             "C": coast, "Z": shapely.box(-900, -700, 300, 500)}
    return _districts(polys), _stations(xy, r, azimuth=az), active, xy, r


@pytest.mark.parametrize("seed", [3, 11])
def test_dense_core_matches_geos_union(seed):
    districts, stations, active, xy, r = _scene(seed)
    depth = int((np.hypot(xy[:, 0], xy[:, 1]) < r).sum())
    assert depth >= 100  # the case this test is about: hundreds of shapes over the core
    results = coverage.coverage_at_dates(districts, stations, active, crs=LOCAL)
    polys = shapes.coverage_shapes(stations, LOCAL).to_numpy()
    dgeom = districts.to_crs(LOCAL).geometry.to_numpy()
    for d, res in enumerate(results):
        union = shapely.union_all(polys[active[:, d]])
        want = shapely.area(shapely.intersection(union, dgeom))
        got = res.table["covered_km2"].to_numpy() * 1e6
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-3)
    # the dates differ (else a cull ignoring dates could pass)
    covered = [res.table.loc["E", "covered_km2"] for res in results]
    assert len({round(c, 6) for c in covered}) == 3
