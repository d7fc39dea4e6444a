"""The data one set of map sheets is drawn from: computed once, rendered by either renderer.

:func:`build_map_data` runs the indicator engine for one date and cuts every layer to its state
on that date, so a renderer only draws: it never filters by date or computes a rate.  Fields
are rewritten to their state *as of* the date where the styles classify by them (a community
rated after the date is drawn unrated, a manhole connected after it as not monitored), so the
QGIS styles in ``styles/`` classify the features exactly as the indicators count them.

It also holds the plan's targets evaluated for the city and each district on that date, so
that both renderers print a key figure with its target and status beside it
(:func:`key_figures`: the one place that words them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj

from ...layers.progress import ProgressFn, no_progress, scaled
from .. import indicators as ind
from .. import targets as tg
from . import design as D

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
    targets: pd.DataFrame = field(default_factory=pd.DataFrame)
    """The plan's ``level`` targets evaluated on ``as_of`` (:func:`..targets.evaluate_targets`
    rows) for the city and for each district (:func:`..targets.district_targets`)."""

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


@dataclass(frozen=True)
class KeyFigure:
    """One line of a sheet's key-figures box: ``label`` and ``value`` (with the target beside
    it: ``3,774 / 目标 5,000``) and, for a figure with a target, ``detail``: its status with
    the value on the due date (``未达成 · 2020-12-31：70.8%``) and the status code."""

    label: str
    value: str
    detail: str = ""
    status: str = ""


def key_figures(data: MapData, row: pd.Series, columns) -> list[KeyFigure]:
    """The key figures of one place (``row`` of ``data.districts`` or ``data.city``): each
    indicator of ``columns`` in the row, with the target due next for it there
    (:func:`..targets.target_for`) and that target's status."""
    out = []
    code = str(row["district_code"])
    for c in columns:
        if c not in row.index:
            continue
        zh, _ = ind.INDICATOR_LABELS.get(c, (c, c))
        value = D.format_value(float(row[c]), c)
        hit = tg.target_for(data.targets, c, code)
        if hit is None:
            out.append(KeyFigure(zh.replace("(%)", ""), value))
            continue
        sign = {">=": "", ">": ">", "<=": "≤", "<": "<", "==": "="}.get(hit["comparator"], "")
        goal = D.format_value(float(hit["target"]), c)
        due = pd.Timestamp(hit["due"]).date().isoformat()
        if hit["status"] == "in_progress":
            detail = f"{hit['status_zh']} · 期限 {due}"
        elif hit["status"] == "not_measured":
            detail = hit["status_zh"]
        else:
            detail = (f"{hit['status_zh']} · 期限 {due}："
                      f"{D.format_value(float(hit['actual_at_due']), c)}")
        out.append(KeyFigure(zh.replace("(%)", ""), f"{value} / 目标 {sign}{goal}", detail,
                             str(hit["status"])))
    return out


def evaluate_figure_targets(layers: dict, as_of: dt.date, targets=None, *,
                            level: str = "county", radius_table=None, population_raster=None,
                            progress: Optional[ProgressFn] = None) -> pd.DataFrame:
    """The plan's ``level`` targets for the city and each district as of ``as_of`` (values
    on the due dates and on ``as_of`` only: no trend years, which sheets do not show)."""
    plan = targets if isinstance(targets, tg.TargetSet) else tg.load_targets(targets)
    city = tuple(t for t in plan if t.measured and t.kind == "level" and t.scope == "city")
    chosen = replace(plan, targets=city + tuple(tg.district_targets(plan)))
    if not len(chosen):
        return pd.DataFrame(columns=list(tg.RESULT_COLUMNS))
    return tg.evaluate_targets(chosen, layers, as_of, level=level, start_year=as_of.year,
                               radius_table=radius_table, population_raster=population_raster,
                               progress=progress)


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
    alive = ind.alive_on(mp["established_date"], mp["retired_date"], pd.Timestamp(as_of))
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
                   targets=None, with_targets: bool = True,
                   evaluation: Optional[pd.DataFrame] = None,
                   progress: Optional[ProgressFn] = None) -> MapData:
    """Compute the indicators as of ``as_of`` and cut the layers to that date.

    ``store_or_layers``: a store path, an open store or a mapping of full layer tables (as
    :func:`..indicators.compute_indicators` takes).  ``level``: the districts that get a sheet
    each (``county``, ``zone`` or ``all``).  ``city_name``: the title's place name for the
    overview (default: the city row's name, else the plan's city, else 全市).  ``targets``:
    the plan whose targets the key figures show (a :class:`..targets.TargetSet` or a file;
    default Weihai's), evaluated here unless ``evaluation`` gives them already (the report
    does) or ``with_targets`` is False (small multiples, animations: no key figures).
    """
    from .. import coverage as cov

    report = progress or no_progress
    report(0.0, "reading layers")
    layers = ind.read_layers(store_or_layers)
    table, polygons, districts = ind.compute_layers(
        layers, as_of, level=level, population_raster=population_raster,
        radius_table=radius_table, progress=scaled(progress, 5, 70), counts=True)
    if evaluation is None and with_targets:
        evaluation = evaluate_figure_targets(layers, as_of, targets, level=level,
                                             radius_table=radius_table,
                                             population_raster=population_raster,
                                             progress=scaled(progress, 70, 90))
    report(90.0, "layers as of the date")
    geo = gpd.GeoDataFrame(table.copy(), geometry=districts.geometry.to_numpy(),
                           crs=districts.crs)
    is_city = (geo["level"] == "city").to_numpy()
    city = geo[is_city].reset_index(drop=True)
    rows = geo[~is_city].reset_index(drop=True)
    city_code = str(city["district_code"].iloc[0])
    assert polygons is not None, "compute_layers dissolves the polygons unless told not to"
    coverage = polygons[polygons["district_code"] == city_code].reset_index(drop=True)
    all_d = layers["districts"]
    alive = all_d[ind.alive_on(all_d["valid_from"], all_d["valid_to"], pd.Timestamp(as_of))]
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
                   city_name_en=city_name_en,
                   targets=evaluation if evaluation is not None else pd.DataFrame())
    report(100.0, "done")
    return data
