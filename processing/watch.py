"""Forest area watched: the plan's 自然资源监测预警平台…及时发现山体破坏、林区火情.

``forest_watch_pct`` of a district is the area of its forests (layer ``forests``, those
existing at the date, cut at district borders, overlaps counted once) within sight of an
active, automated watch point, divided by its forest area, in percent (0–100; NaN where a
district has no forest).

A *watch point* is a monitoring point of kind ``forest_fire`` or ``geohazard``
(:data:`..layers.schema.WATCH_KINDS`) that exists at the date (``established_date`` <= D <
``retired_date``), is automated by then (the rule of ``envmon_automated_pct``:
``automated_since`` <= D, or ``automated`` true with no date) and has a ``range_m`` > 0.  It
sees a circle of ``range_m`` (a 60-gon, as 5G circles), or, when both ``azimuth_deg``
(clockwise from true north) and ``fov_deg`` < 360 are given, the wedge of that field of
view (:func:`.shapes.view_units`).  A point watches across district borders: its view counts
wherever forest lies.  The area inside the union of the views is measured by the same
union-area engine as 5G coverage (:func:`.coverage.union_area_table`).
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj

from ..layers import schema
from . import shapes as _shapes
from .coverage import district_codes, union_area_table
from .overlay import cut_at_districts

COLUMNS: tuple[str, ...] = ("forest_watch_pct",)


def watch_mask(points: gpd.GeoDataFrame, as_of: dt.date) -> np.ndarray:
    """Watch points (prepared ``monitoring_points``) active, automated and with a range at
    ``as_of``."""
    from .indicators import alive_on, automated_mask

    day = pd.Timestamp(as_of)
    f = schema.MONITORING_POINTS.field("kind")
    kind = pd.Series([schema.canonical_choice(f, v) if isinstance(v, str) else None
                      for v in points["kind"].to_numpy()], dtype=object)
    rng = pd.to_numeric(points["range_m"], errors="coerce").to_numpy(dtype=float)
    return (kind.isin(schema.WATCH_KINDS).to_numpy()
            & alive_on(points["established_date"], points["retired_date"], day)
            & automated_mask(points, day) & np.isfinite(rng) & (rng > 0))


def watch_params(points: gpd.GeoDataFrame, crs: pyproj.CRS) -> _shapes.StationParams:
    """Shape parameters of watch points (all rows of ``points``) in the metric ``crs``: a
    circle of ``range_m``, or a wedge when ``azimuth_deg`` and ``fov_deg`` < 360 are given."""
    frame = gpd.GeoDataFrame({"coverage_radius_m": pd.to_numeric(points["range_m"],
                                                                 errors="coerce")},
                             geometry=points.geometry.to_numpy(), crs=points.crs)
    params = _shapes.station_params(frame, crs)
    az = pd.to_numeric(points["azimuth_deg"], errors="coerce").to_numpy(dtype=float)
    fov = pd.to_numeric(points["fov_deg"], errors="coerce").to_numpy(dtype=float)
    directional = np.isfinite(az) & np.isfinite(fov) & (fov > 0) & (fov < 360)
    params.az = np.where(directional, az % 360.0, np.nan)
    params.fov = np.where(directional, fov, np.nan)
    return params


def forest_watch(districts: gpd.GeoDataFrame, forests: gpd.GeoDataFrame,
                 points: gpd.GeoDataFrame, crs: pyproj.CRS) -> pd.DataFrame:
    """``forest_watch_pct``, ``forest_km2`` and ``forest_watched_km2`` per district (index:
    code) for the forests and watch points given (already those of the date)."""
    codes = district_codes(districts)
    out = pd.DataFrame({"forest_watch_pct": np.nan, "forest_km2": 0.0,
                        "forest_watched_km2": 0.0}, index=codes)
    if not len(forests):
        return out
    zones = cut_at_districts(districts, forests.geometry, crs)
    table = union_area_table(zones, watch_params(points, crs))
    out["forest_watch_pct"] = table["cov_5g_area_pct"].to_numpy()
    out["forest_km2"] = table["area_km2"].to_numpy()
    out["forest_watched_km2"] = table["covered_km2"].to_numpy()
    return out
