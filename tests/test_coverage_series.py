"""coverage_at_dates (one pass over all dates) equals a separate computation per date, and
GEOS's dissolved union, when stations are added and when they retire."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_coverage_qgis import random_stations, weihai_districts  # noqa: E402

from smartcity.processing import coverage  # noqa: E402


def test_one_pass_equals_each_date_and_geos():
    d = weihai_districts()
    st = random_stations(d, 1400, seed=21)
    rng = np.random.default_rng(4)
    st["azimuth_deg"] = np.where(rng.uniform(size=len(st)) < 0.6,
                                 rng.uniform(0, 360, len(st)), np.nan)
    opened = rng.integers(2019, 2026, len(st))
    retired = np.where(rng.uniform(size=len(st)) < 0.15, opened + rng.integers(1, 4, len(st)),
                       9999)
    years = list(range(2019, 2026))
    active = np.column_stack([(opened <= y) & (y < retired) for y in years])
    assert (active[:, :-1] & ~active[:, 1:]).any()  # some stations do retire
    results = coverage.coverage_at_dates(d, st, active)
    assert len(results) == len(years)
    for k, res in enumerate(results):
        alone = coverage.coverage_by_district(d, st[active[:, k]])
        pd.testing.assert_index_equal(res.table.index, alone.table.index)
        assert np.allclose(res.table.covered_km2, alone.table.covered_km2, rtol=1e-9, atol=1e-9)
        # GEOS's own overlay noise (a zone's union is its county's union clipped) is ~1e-9
        geos = shapely.area(res.unions.to_numpy()) / 1e6
        assert np.allclose(res.table.covered_km2, geos, rtol=1e-7, atol=1e-9)
    assert results[-1].table.cov_5g_area_pct.between(1, 99.9).sum() >= 5


def test_more_dates_than_one_pass_holds():
    d = weihai_districts()
    st = random_stations(d, 300, seed=8)
    n = coverage._unionarea.MAX_DATES + 5
    rng = np.random.default_rng(2)
    active = rng.uniform(size=(len(st), n)) < 0.5
    results = coverage.coverage_at_dates(d, st, active)
    for k in (0, coverage._unionarea.MAX_DATES - 1, coverage._unionarea.MAX_DATES, n - 1):
        alone = coverage.coverage_by_district(d, st[active[:, k]])
        assert np.allclose(results[k].table.covered_km2, alone.table.covered_km2,
                           rtol=1e-9, atol=1e-9)


def test_tiles_add_up_to_the_whole(monkeypatch):
    d = weihai_districts()
    st = random_stations(d, 3000, seed=5)
    whole = coverage.coverage_by_district(d, st).table
    monkeypatch.setattr(coverage, "TILE_STATIONS", 200)
    tiled = coverage.coverage_by_district(d, st).table
    assert np.allclose(whole.covered_km2, tiled.covered_km2, rtol=1e-9, atol=1e-9)


def test_rejects_a_mask_of_the_wrong_length():
    d = weihai_districts()
    st = random_stations(d, 50, seed=8)
    with pytest.raises(ValueError, match="rows"):
        coverage.coverage_at_dates(d, st, np.ones((10, 2), dtype=bool))


def test_dates_with_no_station_cover_nothing():
    d = weihai_districts()
    st = random_stations(d, 100, seed=3)
    active = np.ones((len(st), 3), dtype=bool)
    active[:, 0] = False
    results = coverage.coverage_at_dates(d, st, active)
    assert (results[0].table.covered_km2 == 0).all()
    assert (results[1].table.covered_km2 > 0).any()
    empty = coverage.coverage_by_district(d, st.iloc[0:0])
    assert (empty.table.covered_km2 == 0).all() and (empty.table.area_km2 > 0).all()


def test_two_threads_at_once_get_the_same_numbers():
    """A QGIS task and the dashboard may compute at the same time: the engine serialises its
    kernels (numba's thread pool must not be entered twice) and both get the right figures."""
    from concurrent.futures import ThreadPoolExecutor

    d = weihai_districts()
    st = random_stations(d, 800, seed=12)
    alone = coverage.coverage_by_district(d, st).table
    with ThreadPoolExecutor(max_workers=3) as pool:
        runs = list(pool.map(lambda _: coverage.coverage_by_district(d, st).table, range(3)))
    for table in runs:
        pd.testing.assert_frame_equal(table, alone)
