"""Counts of the plan's sites: 5G demonstration scenarios and smart farms / ocean ranches.

``demo_5g_n``: sites of kind ``demo_5g`` existing at the date (``established_date`` <= D <
``retired_date``; an empty ``established_date`` counts as "since always", the store's rule).
``smart_farm_n``: sites of kind ``smart_farm`` or ``smart_ranch`` (the plan counts 智慧农场
和智慧海洋牧场 together).

Which district a site counts in: a site on land counts in every district containing its
point (polygons: a point on their surface), as stations do.  A site outside every district
(an ocean ranch at sea) counts in the district its ``district_code`` names when that is one
of the table's districts, else in the nearest county-level district of the table (distance
to its edge in the metric CRS); and in the city row.  A zone so named also gives the site to
the county holding the zone.  ``district_code`` is read only for sites at sea: on land the
place decides.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..layers import schema
from .coverage import metric_crs_for

COLUMNS: tuple[str, ...] = ("demo_5g_n", "smart_farm_n")

GROUPS: dict[str, tuple[str, ...]] = {"demo_5g_n": ("demo_5g",),
                                      "smart_farm_n": ("smart_farm", "smart_ranch")}
"""Which site kinds each count takes."""


def _kinds(sites: gpd.GeoDataFrame) -> np.ndarray:
    f = schema.SITES.field("kind")
    return np.array([schema.canonical_choice(f, v) if isinstance(v, str) else None
                     for v in sites["kind"].to_numpy()], dtype=object)


def site_masks(sites: gpd.GeoDataFrame, as_of: dt.date) -> dict[str, np.ndarray]:
    """One bool array per column of :data:`COLUMNS` over a prepared ``sites`` table."""
    from .indicators import alive_on

    alive = alive_on(sites["established_date"], sites["retired_date"], pd.Timestamp(as_of))
    kinds = _kinds(sites)
    return {name: alive & np.isin(kinds, members) for name, members in GROUPS.items()}


def site_counts(districts: gpd.GeoDataFrame, sites: gpd.GeoDataFrame,
                as_of: dt.date) -> pd.DataFrame:
    """:data:`COLUMNS` per district, in the order of ``districts`` (indicator districts:
    ``code``, ``level``, city last), as int64 columns."""
    from .indicators import count_in_districts, representative_points

    masks = site_masks(sites, as_of)
    geoms = districts.geometry.to_numpy()
    levels = districts["level"].to_numpy()
    counts = count_in_districts(geoms, sites.geometry, masks, levels)
    if not len(sites):
        return counts
    points = representative_points(sites.geometry)
    present = ~shapely.is_missing(points)
    covered = np.zeros(len(points), dtype=bool)
    covered[present] = shapely.intersects(shapely.union_all(geoms), points[present])
    outside = np.flatnonzero(present & ~covered)
    if not len(outside):
        return counts
    codes = [str(c) for c in districts["code"]]
    is_city = levels == "city"
    land = np.flatnonzero(~is_city)
    counties = np.flatnonzero(levels == "county")
    candidates = counties if len(counties) else land
    crs = metric_crs_for(districts)
    metric = gpd.GeoSeries(geoms, crs=districts.crs).to_crs(crs).to_numpy()
    at_sea = gpd.GeoSeries(points[outside], crs=sites.crs).to_crs(crs).to_numpy()
    stated = (sites["district_code"].astype(object).where(sites["district_code"].notna(), "")
              .astype(str).str.strip().to_numpy()
              if "district_code" in sites.columns else np.full(len(sites), ""))
    for pos, i in enumerate(outside):
        homes = []
        if stated[i] in codes and not is_city[codes.index(stated[i])]:
            home = codes.index(stated[i])
            homes.append(home)
            if levels[home] != "county" and len(counties):  # a zone: also its county
                inside = shapely.contains(geoms[counties],
                                          shapely.point_on_surface(geoms[home]))
                homes += list(counties[inside][:1])
        else:
            homes.append(int(candidates[np.argmin(shapely.distance(metric[candidates],
                                                                   at_sea[pos]))]))
        homes += list(np.flatnonzero(is_city))
        for name, mask in masks.items():
            if mask[i]:
                for h in homes:
                    counts.loc[h, name] += 1
    return counts
