"""Built-up area covered by 5G: the plan's 城市建成区、乡镇驻地…实现5G网络服务全覆盖.

``cov_5g_builtup_pct`` of a district is the area of its built-up polygons (those existing at
the date, layer ``builtup_areas``) inside the union of the active stations' coverage shapes,
divided by its built-up area, in percent (0–100).  Built-up polygons are cut at district
borders, so one straddling two districts counts in each for its part there; overlapping
built-up polygons count once.  The coverage is the one of the 5G area rate (the same
stations, shapes and union-area engine, :func:`.coverage.covered_within`).  Per kind
(``urban`` 城市建成区, ``town`` 乡镇驻地镇区, ``village``): ``cov_5g_builtup_pct_<kind>``.
NaN where a district has no built-up area (of that kind).
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd

from ..layers import schema
from .coverage import CoverageResult, covered_within, district_codes
from .overlay import cut_at_districts

KINDS: tuple[str, ...] = tuple(dict.fromkeys(schema.BUILTUP_KINDS.values()))
"""Canonical built-up kinds, in schema order: one ``cov_5g_builtup_pct_<kind>`` each."""

COLUMNS: tuple[str, ...] = ("cov_5g_builtup_pct", *(f"cov_5g_builtup_pct_{k}" for k in KINDS))
"""The indicator columns this module fills."""

_SEP = "\x1f"  # between a district code and a kind in the zone codes (no code holds it)


def kinds_of(builtup: gpd.GeoDataFrame) -> np.ndarray:
    """Each built-up polygon's canonical kind (``urban``, ``town``, ``village``); a sentence
    naming the row for a kind the schema does not know."""
    f = schema.BUILTUP_AREAS.field("kind")
    raw = builtup["kind"].to_numpy()
    out = np.array([schema.canonical_choice(f, v) if isinstance(v, str) else None
                    for v in raw], dtype=object)
    bad = pd.isna(out)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise ValueError(f"built-up area at row {i + 1} ({builtup.index[i]!r}) has kind "
                         f"{raw[i]!r}; use one of {', '.join(KINDS)}")
    return out


def builtup_coverage(result: CoverageResult, districts: gpd.GeoDataFrame,
                     builtup: gpd.GeoDataFrame) -> pd.DataFrame:
    """``cov_5g_builtup_pct`` and ``cov_5g_builtup_pct_<kind>`` per district (index: code),
    plus ``builtup_km2`` and ``builtup_covered_km2``, for the built-up polygons ``builtup``
    (already those existing at the date) and the coverage ``result`` of the same districts."""
    codes = district_codes(districts)
    out = pd.DataFrame(np.nan, index=codes,
                       columns=[*COLUMNS, "builtup_km2", "builtup_covered_km2"])
    out["builtup_km2"] = 0.0
    out["builtup_covered_km2"] = 0.0
    if not len(builtup):
        return out
    kinds = kinds_of(builtup)
    zones = [cut_at_districts(districts, builtup.geometry, result.crs, _SEP)]
    present = [k for k in KINDS if (kinds == k).any()]
    for k in present:
        zones.append(cut_at_districts(districts, builtup.geometry[kinds == k], result.crs,
                                      f"{_SEP}{k}"))
    zones = gpd.GeoDataFrame(pd.concat(zones, ignore_index=True), crs=result.crs)
    table = covered_within(result, zones)
    n = len(codes)
    blocks = ["cov_5g_builtup_pct"] + [f"cov_5g_builtup_pct_{k}" for k in present]
    for b, column in enumerate(blocks):
        out[column] = table["cov_5g_area_pct"].to_numpy()[b * n:(b + 1) * n]
    out["builtup_km2"] = table["area_km2"].to_numpy()[:n]
    out["builtup_covered_km2"] = table["covered_km2"].to_numpy()[:n]
    return out


def builtup_mask(builtup: gpd.GeoDataFrame, as_of: dt.date) -> np.ndarray:
    """Built-up polygons existing at ``as_of`` (``valid_from``/``valid_to``)."""
    from .indicators import alive_on

    return alive_on(builtup["valid_from"], builtup["valid_to"], pd.Timestamp(as_of))
