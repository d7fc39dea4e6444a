"""Polygons and lines cut at district borders, in a metric CRS: what the plan's area and length
rates (built-up area covered by 5G, forest watched, pipe length monitored) are measured on.

A built-up area or a forest straddling two districts counts in each for the part inside it;
a pipe crossing a border counts in each district for the length inside it.  The whole-city
row's polygon is the union of its counties, so its part is the sum of theirs.  Everything is
planar in the metric CRS of the districts (:func:`.coverage.metric_crs_for`: a Gauss-Krüger
zone for a city), where the scale error (under 2e-4 inside a 3° zone) cancels in a rate.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

from .coverage import polygonal, district_codes, district_geoms


def _valid_polygons(geoms: np.ndarray) -> np.ndarray:
    """Polygonal, valid versions of ``geoms`` (missing and empty ones dropped)."""
    geoms = np.asarray(geoms, dtype=object)
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    bad = ~shapely.is_valid(geoms)
    if bad.any():
        geoms = geoms.copy()
        geoms[bad] = [polygonal(g) for g in shapely.make_valid(geoms[bad])]
    return geoms[np.isin(shapely.get_type_id(geoms), (3, 6))]


CUT_CACHE_SIZE = 16
"""Cuts kept (least recently used dropped first): a yearly series asks for the same built-up
areas and forests in the same districts at every date."""

_CUTS: OrderedDict = OrderedDict()
_CUTS_LOCK = threading.Lock()


def _key(*arrays: np.ndarray, extra: str = "") -> bytes:
    """SHA-256 of the geometries' WKB in order (not ``hash()``: a collision would hand one
    set of polygons another's cut)."""
    digest = hashlib.sha256(extra.encode())
    for arr in arrays:
        digest.update(len(arr).to_bytes(8, "little"))
        for wkb in shapely.to_wkb(np.asarray(arr, dtype=object), hex=False).tolist():
            digest.update(wkb if wkb is not None else b"-")
    return digest.digest()


def cut_at_districts(districts: gpd.GeoDataFrame, polygons: gpd.GeoSeries, crs: pyproj.CRS,
                     suffix: str = "") -> gpd.GeoDataFrame:
    """For each district, the part of the union of ``polygons`` inside it, in ``crs``.

    Returns a GeoDataFrame (``crs``) with ``code`` (the district's code plus ``suffix``) and
    the polygon (empty when nothing lies in the district), one row per district in order.
    Overlapping input polygons count once (their union is taken first).  The last
    :data:`CUT_CACHE_SIZE` cuts are remembered.
    """
    codes = district_codes(districts)
    key = _key(districts.geometry.to_numpy(), polygons.to_numpy(),
               extra=f"{crs.to_wkt()}|{polygons.crs}|{districts.crs}")
    with _CUTS_LOCK:
        cached = _CUTS.get(key)
        if cached is not None:
            _CUTS.move_to_end(key)
    if cached is None:
        cached = _cut(districts, polygons, crs)
        with _CUTS_LOCK:
            _CUTS[key] = cached
            while len(_CUTS) > CUT_CACHE_SIZE:
                _CUTS.popitem(last=False)
    return gpd.GeoDataFrame({"code": [f"{c}{suffix}" for c in codes]},
                            geometry=list(cached), crs=crs)


def _cut(districts: gpd.GeoDataFrame, polygons: gpd.GeoSeries, crs: pyproj.CRS) -> np.ndarray:
    dgeom = district_geoms(districts, crs)
    parts: Any = _valid_polygons(polygons.to_crs(crs).to_numpy()) if len(polygons) else []
    if len(parts):
        union = shapely.union_all(parts)
        cut = np.array([polygonal(g) for g in shapely.intersection(dgeom, union)],
                       dtype=object)
        cut = np.where(shapely.is_empty(cut), shapely.Polygon(), cut)
    else:
        cut = np.full(len(dgeom), shapely.Polygon(), dtype=object)
    return cut


def lengths_in_districts(districts: gpd.GeoDataFrame, lines: gpd.GeoSeries,
                         weights: dict[str, np.ndarray], crs: pyproj.CRS) -> pd.DataFrame:
    """Length (km) of ``lines`` inside each district, cut at its border, once per mask of
    ``weights`` (name -> bool array over the lines): a DataFrame indexed by district code.

    The length of the part of each line inside each district (``length(line ∩ district)``
    in ``crs``), summed over the lines a mask selects.
    """
    codes = district_codes(districts)
    dgeom = district_geoms(districts, crs)
    out = pd.DataFrame(0.0, index=codes, columns=list(weights))
    if not len(lines):
        return out
    geom = lines.to_crs(crs).to_numpy()
    ok = ~(shapely.is_missing(geom) | shapely.is_empty(geom))
    idx = np.flatnonzero(ok)
    if not len(idx):
        return out
    # the districts query a tree of the lines: each (detailed) district is prepared once
    shapely.prepare(dgeom)
    d_idx, l_pos = shapely.STRtree(geom[idx]).query(dgeom, predicate="intersects")
    line = idx[l_pos]
    length_km = shapely.length(geom[line]) / 1000.0
    cut = ~shapely.contains_properly(dgeom[d_idx], geom[line])  # most lie wholly inside
    length_km[cut] = shapely.length(shapely.intersection(geom[line[cut]], dgeom[d_idx[cut]])
                                    ) / 1000.0
    for name, mask in weights.items():
        w = np.asarray(mask, dtype=bool)[line]
        out[name] = np.bincount(d_idx, weights=length_km * w, minlength=len(dgeom))
    return out
