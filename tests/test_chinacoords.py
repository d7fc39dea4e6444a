"""GCJ-02 / BD-09: the iterative inverses against the published forward formulas."""

import numpy as np
import pytest
from pyproj import Geod

from smartcity.layers import chinacoords as cc

GEOD = Geod(ellps="WGS84")
# Weihai's extent, with a margin (degrees).
WEST, EAST, SOUTH, NORTH = 121.1, 122.8, 36.5, 37.7


@pytest.fixture(scope="module")
def weihai_points():
    rng = np.random.default_rng(2020)
    return rng.uniform(WEST, EAST, 5000), rng.uniform(SOUTH, NORTH, 5000)


def _metres(lon1, lat1, lon2, lat2):
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


def test_gcj02_offset_in_weihai_is_what_the_spec_says(weihai_points):
    lon, lat = weihai_points
    g_lon, g_lat = cc.wgs84_to_gcj02(lon, lat)
    offset = _metres(lon, lat, g_lon, g_lat)
    assert offset.min() > 380 and offset.max() < 500  # SPEC: 405–480 m in Weihai


def test_gcj02_inverse_is_centimetre_accurate(weihai_points):
    lon, lat = weihai_points
    g_lon, g_lat = cc.wgs84_to_gcj02(lon, lat)
    w_lon, w_lat = cc.gcj02_to_wgs84(g_lon, g_lat)
    error = _metres(lon, lat, w_lon, w_lat)
    assert error.max() < 0.01
    # and the forward formula maps the result back onto the GCJ-02 input
    back = _metres(g_lon, g_lat, *cc.wgs84_to_gcj02(w_lon, w_lat))
    assert back.max() < 0.01


def test_one_step_inverse_would_not_do(weihai_points):
    """The naive inverse is metres off: the test above would catch it."""
    lon, lat = weihai_points
    g_lon, g_lat = cc.wgs84_to_gcj02(lon, lat)
    f_lon, f_lat = cc.wgs84_to_gcj02(g_lon, g_lat)
    naive = _metres(lon, lat, 2 * g_lon - f_lon, 2 * g_lat - f_lat)
    assert naive.max() > 0.5


def test_bd09_round_trip_and_offset(weihai_points):
    lon, lat = weihai_points
    b_lon, b_lat = cc.wgs84_to_bd09(lon, lat)
    offset = _metres(lon, lat, b_lon, b_lat)
    assert 900 < np.median(offset) < 1600  # about 1.3 km in Weihai
    w_lon, w_lat = cc.bd09_to_wgs84(b_lon, b_lat)
    assert _metres(lon, lat, w_lon, w_lat).max() < 0.01


def test_scalars_and_outside_china():
    lon, lat = cc.gcj02_to_wgs84(122.1, 37.5)
    assert isinstance(lon, float) and isinstance(lat, float)
    assert cc.wgs84_to_gcj02(2.35, 48.85) == (2.35, 48.85)  # Paris: no obfuscation
