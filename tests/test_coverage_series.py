"""extend_coverage year by year equals a full recomputation on all stations so far."""

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


def test_extend_equals_full_recomputation():
    d = weihai_districts()
    st = random_stations(d, 1400, seed=21)
    rng = np.random.default_rng(4)
    st["azimuth_deg"] = np.where(rng.uniform(size=len(st)) < 0.6,
                                 rng.uniform(0, 360, len(st)), np.nan)
    years = rng.integers(2019, 2026, len(st))
    res = None
    for year in range(2019, 2026):
        new = st[years == year]
        res = (coverage.coverage_by_district(d, new) if res is None
               else coverage.extend_coverage(res, d, new))
        full = coverage.coverage_by_district(d, st[years <= year])
        pd.testing.assert_index_equal(res.table.index, full.table.index)
        assert np.allclose(res.table.covered_km2, full.table.covered_km2, rtol=1e-9, atol=1e-9)
        assert np.allclose(res.table.cov_5g_area_pct, full.table.cov_5g_area_pct, atol=1e-7)
        sym = shapely.area(shapely.symmetric_difference(res.unions.to_numpy(),
                                                        full.unions.to_numpy()))
        assert (sym <= 1e-6 * np.maximum(full.table.covered_km2.to_numpy() * 1e6, 1)).all()
    assert res.table.cov_5g_area_pct.between(1, 99.9).sum() >= 5


def test_extend_with_no_new_stations_is_identity():
    d = weihai_districts()
    st = random_stations(d, 200, seed=8)
    res = coverage.coverage_by_district(d, st)
    same = coverage.extend_coverage(res, d, st.iloc[0:0])
    pd.testing.assert_frame_equal(same.table, res.table)


def test_extend_rejects_other_districts():
    d = weihai_districts()
    res = coverage.coverage_by_district(d, random_stations(d, 50, seed=8))
    with pytest.raises(ValueError, match="same districts"):
        coverage.extend_coverage(res, d.iloc[:3], random_stations(d, 5, seed=9))
