"""Key-place reach: the share of key places inside 5G coverage, per district and category.

The MIIT 通达 test for a place is a point test: a point place is reached when it lies inside
the coverage (boundary included).  A polygon place (a campus, a scenic area) is reached when
any part of it overlaps coverage anywhere (also across a district border).  Coverage is the
union of all districts' coverage, so a point is judged the same in every district holding it.
A place belongs to every district that contains its representative point (the point itself,
or a point on the polygon's surface), so zones nested in counties and a whole-city row each
count it.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..layers import schema
from .coverage import CoverageResult, district_codes, district_geoms

CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(schema.KEY_PLACE_CATEGORIES.values()))
"""Canonical key-place categories, in schema order."""


def _categories(key_places: gpd.GeoDataFrame) -> np.ndarray:
    if "category" not in key_places.columns:
        raise ValueError("the key_places layer has no 'category' column; give each place one of "
                         + ", ".join(CATEGORIES))
    raw = key_places["category"]
    f = schema.KEY_PLACES.field("category")
    out = np.array([schema.canonical_choice(f, v) if isinstance(v, str) else None
                    for v in raw.to_numpy()], dtype=object)  # a few hundred places: fine
    bad = pd.isna(out)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise ValueError(f"key place at row {i + 1} ({key_places.index[i]!r}) has category "
                         f"{raw.iloc[i]!r}; use one of {', '.join(CATEGORIES)}")
    return out


def keyplace_reach(result: CoverageResult, districts: gpd.GeoDataFrame,
                   key_places: gpd.GeoDataFrame) -> pd.DataFrame:
    """Percentage (0–100) of key places reached by 5G, per district.

    Columns: ``keyplace_reach_pct`` (all categories) and ``keyplace_reach_pct_<category>``
    for each category of :data:`CATEGORIES`; NaN where the district has no place (of that
    category).  Index: district code, like ``result.table``.
    """
    codes = district_codes(districts)
    columns = ["keyplace_reach_pct"] + [f"keyplace_reach_pct_{c}" for c in CATEGORIES]
    out = pd.DataFrame(np.nan, index=codes, columns=columns)
    if len(key_places) == 0:
        return out
    if key_places.crs is None:
        raise ValueError("the key_places layer has no CRS; it must be EPSG:4490 or declare it")
    cats = _categories(key_places)
    geom = key_places.geometry.to_crs(result.crs).to_numpy()
    ok = ~(shapely.is_missing(geom) | shapely.is_empty(geom))
    geom, cats = geom[ok], cats[ok]
    hit, p_idx, d_idx = _reach_pairs(result, districts, geom)
    reached = hit[p_idx]
    pairs = pd.DataFrame({"district": codes[d_idx], "category": cats[p_idx],
                          "reached": reached.astype(float)})
    out["keyplace_reach_pct"] = 100.0 * pairs.groupby("district")["reached"].mean()
    per_cat = 100.0 * pairs.groupby(["district", "category"])["reached"].mean().unstack()
    for c in per_cat.columns:
        out[f"keyplace_reach_pct_{c}"] = per_cat[c]
    return out


def _reach_pairs(result: CoverageResult, districts: gpd.GeoDataFrame, geom: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(reached per feature, feature index, district index) of features ``geom`` (metric CRS
    of ``result``, none empty): each feature with every district containing its
    representative point."""
    is_point = np.isin(shapely.get_type_id(geom), (0, 4))
    rep = np.where(is_point, geom, shapely.point_on_surface(geom))
    dgeom = district_geoms(districts, result.crs)
    # Coverage is one thing everywhere: a place is reached when it meets the coverage shape of
    # any active station (no union needed).
    cover = result.shapes()
    cover = cover[~shapely.is_empty(cover)]
    hit = np.zeros(len(geom), dtype=bool)
    if len(cover):
        q_pos, _ = shapely.STRtree(cover).query(geom, predicate="intersects")
        hit[q_pos] = True
    # Which district(s) each place belongs to: those containing its representative point.
    # (the districts query a tree of the points: each detailed district is prepared once)
    d_idx, p_idx = shapely.STRtree(rep).query(dgeom, predicate="intersects")
    order = np.lexsort((d_idx, p_idx))
    return hit, p_idx[order], d_idx[order]


def reach_pct(result: CoverageResult, districts: gpd.GeoDataFrame,
              features: gpd.GeoDataFrame) -> pd.Series:
    """Percentage (0–100) of ``features`` (points or polygons) reached by 5G per district,
    by the rule of key places (module docstring); NaN where a district has none.  Index:
    district code.  Used for ``enterprise_reach_pct`` (enterprises needing 5G)."""
    codes = district_codes(districts)
    out = pd.Series(np.nan, index=codes, dtype=float)
    if len(features) == 0:
        return out
    geom = features.geometry.to_crs(result.crs).to_numpy()
    geom = geom[~(shapely.is_missing(geom) | shapely.is_empty(geom))]
    if not len(geom):
        return out
    hit, p_idx, d_idx = _reach_pairs(result, districts, geom)
    share = 100.0 * pd.Series(hit[p_idx].astype(float)).groupby(codes[d_idx]).mean()
    out.loc[share.index] = share.to_numpy()
    return out
