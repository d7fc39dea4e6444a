"""The synthetic Weihai sample: a seeded generator and the departments' file formats.

Not part of the store (``layers/``): it *feeds* the importers, the indicators and the
benchmarks with realistic input of any size.  :mod:`.generator` makes the layers (EPSG:4490,
canonical fields), :mod:`.writers` writes them as the bureaus deliver them or as canonical
files for benchmarks.  Everything public of both is importable from here::

    from smartcity.sampledata import make_base_stations, write_sample
"""

from __future__ import annotations

from .generator import (ALLOWED_OPERATOR_BANDS, DEFAULT_SEED, IOT_SHARE_BY_YEAR_END,
                        KEY_PLACE_COUNTS, MANHOLE_OWNERS, MANHOLE_STATES, MONITORING_COUNTS,
                        OPENING_SHARES, OPERATOR_BANDS, WEIHAI_CORES, WEIHAI_DISTRICTS,
                        load_weihai_districts, make_base_stations, make_communities,
                        make_districts, make_key_places, make_manholes, make_monitoring_points,
                        make_population_raster)
from .writers import stations_csv_frame, write_layers, write_manholes_shapefile, write_sample

__all__ = [
    "ALLOWED_OPERATOR_BANDS", "DEFAULT_SEED", "IOT_SHARE_BY_YEAR_END", "KEY_PLACE_COUNTS",
    "MANHOLE_OWNERS", "MANHOLE_STATES", "MONITORING_COUNTS", "OPENING_SHARES",
    "OPERATOR_BANDS", "WEIHAI_CORES", "WEIHAI_DISTRICTS", "load_weihai_districts",
    "make_districts", "make_base_stations", "make_communities", "make_manholes",
    "make_monitoring_points", "make_key_places", "make_population_raster",
    "stations_csv_frame", "write_manholes_shapefile", "write_layers", "write_sample",
]
