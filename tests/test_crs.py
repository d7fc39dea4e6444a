"""The CGCS2000 Gauss–Krüger zone of a longitude: one rule for the importers and the engine.

The oracle is PROJ's own definition of each EPSG code (its central meridian), not our table.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyproj
import shapely

from smartcity.layers import crs
from smartcity.processing import coverage


def _central_meridian(code: int) -> float:
    op = pyproj.CRS.from_epsg(code).coordinate_operation
    return next(p.value for p in op.params if p.name == "Longitude of natural origin")


def test_zone_is_the_nearest_central_meridian():
    for lon in np.arange(73.6, 136.5, 0.37):
        cm = _central_meridian(crs.gk_cm_epsg(float(lon)))
        assert abs(lon - cm) <= 1.5 or cm in (75.0, 135.0), (lon, cm)
        assert crs.gauss_kruger_crs(float(lon)).to_epsg() == crs.gk_cm_epsg(float(lon))


def test_zone_boundary_belongs_to_the_east_zone():
    # n = int((L + 1.5) / 3): 121.5°E (through Weihai) is zone 41, CM 123°E; likewise 118.5°E
    assert _central_meridian(crs.gk_cm_epsg(121.5)) == 123.0
    assert _central_meridian(crs.gk_cm_epsg(118.5)) == 120.0
    assert _central_meridian(crs.gk_cm_epsg(121.4999)) == 120.0


def test_engine_uses_the_same_rule():
    # a district centred exactly on the zone boundary: the engine's CRS is the importer's
    box = gpd.GeoDataFrame(geometry=[shapely.box(121.3, 37.0, 121.7, 37.3)], crs=4490)
    assert coverage.metric_crs_for(box).to_epsg() == crs.gk_cm_epsg(121.5) == 4550
