"""The data one set of map sheets is drawn from: computed once, rendered by either renderer.

:func:`build_map_data` runs the indicator engine for one date and cuts every layer to its state
on that date, so a renderer only draws: it never filters by date or computes a rate.  Fields
are rewritten to their state *as of* the date where the styles classify by them (a community
rated after the date is drawn unrated, a manhole connected after it as not monitored), so the
QGIS styles in ``styles/`` classify the features exactly as the indicators count them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj

from ...layers.progress import ProgressFn, no_progress, scaled
from .. import indicators as ind

CITY_FALLBACK = "全市"


@dataclass
class MapData:
    """Everything the sheets of one date show.

    ``districts``: the districts of the level (EPSG:4490) with the indicator columns;
    ``city``: one row, the city outline with the city's indicators; ``zones``: functional zones
    (outlines for context; may be empty); ``table``: the indicator table (city row last);
    ``layers``: feature layers as of the date (``coverage``, ``base_stations``,
    ``communities``, ``manholes``, ``monitoring_points``, ``key_places``); ``crs``: the
    projected metric CRS the sheets are drawn in; ``source``: where the data came from.
    """

    as_of: dt.date
    districts: gpd.GeoDataFrame
    city: gpd.GeoDataFrame
    zones: gpd.GeoDataFrame
    table: pd.DataFrame
    layers: dict[str, gpd.GeoDataFrame]
    crs: pyproj.CRS
    city_name: str
    source: str = ""
    city_name_en: str = ""

    def to_crs(self, crs: Any) -> "MapData":
        """A copy with every geometry in ``crs``."""
        return replace(self, districts=self.districts.to_crs(crs), city=self.city.to_crs(crs),
                       zones=self.zones.to_crs(crs),
                       layers={k: v.to_crs(crs) for k, v in self.layers.items()})

    def district(self, code: str) -> pd.Series:
        """The row of district ``code`` (``KeyError`` naming the codes otherwise)."""
        hit = self.districts[self.districts["district_code"] == str(code)]
        if not len(hit):
            raise KeyError(f"district {code!r} is not among "
                           f"{', '.join(self.districts['district_code'])}")
        return hit.iloc[0]


def _as_of_layers(layers: dict[str, gpd.GeoDataFrame], as_of: dt.date,
                  coverage: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """Each feature layer cut to the features existing at ``as_of``, fields as of then."""
    out: dict[str, gpd.GeoDataFrame] = {}
    st = layers["base_stations"]
    out["base_stations"] = st[ind.station_masks(st, as_of)["active"]].reset_index(drop=True)

    com = layers["communities"].copy()
    cm = ind.community_masks(com, as_of)
    com["star_rating"] = np.where(cm["smart"], com["star_rating"], 0.0)
    com["provincial_smart"] = pd.array(cm["provincial"], dtype="boolean")
    out["communities"] = com[cm["exists"]].reset_index(drop=True)

    mh = layers["manholes"].copy()
    mm = ind.manhole_masks(mh, as_of)
    dev = mh["iot_device_id"].astype(object)
    mh["iot_device_id"] = dev.where(mm["monitored"], None)
    mh["monitored"] = mm["monitored"]
    out["manholes"] = mh[mm["recorded"]].reset_index(drop=True)

    mp = layers["monitoring_points"].copy()
    alive = ind._alive(mp["established_date"], mp["retired_date"], pd.Timestamp(as_of))
    em = ind.envmon_masks(mp, as_of)
    mp["automated_now"] = em["automated"]
    out["monitoring_points"] = mp[alive].reset_index(drop=True)

    kp = layers["key_places"]
    kp = kp[ind.keyplace_mask(kp, as_of)].reset_index(drop=True)
    out["key_places"] = kp
    out["coverage"] = coverage
    return out


def _city_name(layers: dict[str, gpd.GeoDataFrame], code: str, name: str,
               fallback: Optional[str]) -> str:
    if fallback:
        return fallback
    if name and name != code:
        return name
    try:  # the plan's name usually starts with the city's (威海市新型智慧城市…)
        from ..targets import load_targets

        plan = load_targets().name_zh
        if "市" in plan[:8]:
            return plan[:plan.index("市") + 1]
    except Exception:
        pass
    return CITY_FALLBACK


def build_map_data(store_or_layers: Any, as_of: dt.date, *, level: str = "county",
                   population_raster=None, radius_table=None, city_name: Optional[str] = None,
                   city_name_en: str = "", source: Optional[str] = None,
                   progress: Optional[ProgressFn] = None) -> MapData:
    """Compute the indicators as of ``as_of`` and cut the layers to that date.

    ``store_or_layers``: a store path, an open store or a mapping of full layer tables (as
    :func:`..indicators.compute_indicators` takes).  ``level``: the districts that get a sheet
    each (``county``, ``zone`` or ``all``).  ``city_name``: the title's place name for the
    overview (default: the city row's name, else the plan's city, else 全市).
    """
    from .. import coverage as cov

    report = progress or no_progress
    report(0.0, "reading layers")
    layers = ind.read_layers(store_or_layers)
    table, polygons, districts = ind.compute_layers(
        layers, as_of, level=level, population_raster=population_raster,
        radius_table=radius_table, progress=scaled(progress, 5, 90), counts=True)
    report(90.0, "layers as of the date")
    geo = gpd.GeoDataFrame(table.copy(), geometry=districts.geometry.to_numpy(),
                           crs=districts.crs)
    is_city = (geo["level"] == "city").to_numpy()
    city = geo[is_city].reset_index(drop=True)
    rows = geo[~is_city].reset_index(drop=True)
    city_code = str(city["district_code"].iloc[0])
    coverage = polygons[polygons["district_code"] == city_code].reset_index(drop=True)
    all_d = layers["districts"]
    alive = all_d[ind._alive(all_d["valid_from"], all_d["valid_to"], pd.Timestamp(as_of))]
    zones = alive[alive["level"].astype(str).str.lower() == "zone"][["code", "name", "geometry"]]
    name = _city_name(layers, city_code, str(city["district_name"].iloc[0]), city_name)
    city.loc[0, "district_name"] = name
    table = table.copy()
    table.loc[table["level"] == "city", "district_name"] = name
    if source is None:
        source = Path(store_or_layers).name if isinstance(store_or_layers, (str, Path)) else ""
    data = MapData(as_of=as_of, districts=rows, city=city,
                   zones=gpd.GeoDataFrame(zones.reset_index(drop=True), crs=all_d.crs),
                   table=table, layers=_as_of_layers(layers, as_of, coverage),
                   crs=cov.metric_crs_for(city), city_name=name, source=source,
                   city_name_en=city_name_en)
    report(100.0, "done")
    return data
