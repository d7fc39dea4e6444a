"""The indicator table: one row per district of a level plus one for the whole city, as of a date.

Every indicator of ``docs/SPEC.md`` ("Indicators per district") is computed here from the full
layer tables (all history, not pre-filtered), so the same function serves one date, a yearly
series (:mod:`.series`) and the plan's targets (:mod:`.targets`), in QGIS and on the command
line alike.  The tables are first given the schema's types by :mod:`.prepare` (its functions
are importable from here too).

Rules, as of a date *D* (``Timestamp(D)`` compared with the layers' date fields):

* A feature belongs to every district whose interior contains its point (a polygon feature
  is represented by ``point_on_surface``).  Districts may overlap (functional zones are carved
  from counties) and the city row is the union of the county districts, so one feature may
  count in several rows, never twice in one.  A point exactly on a district boundary counts
  once per level: in a district of that level containing it if any, else in the first (lowest
  code) covering it, so the counties add up to the city.
* An empty start date counts as "since always" when the feature's status says the state was
  reached (the store's lifecycle rule: empty start = active): a station with status ``active``
  and no ``opened_date`` is active at every date, a community with stars and no
  ``rated_date`` counts as rated, a manhole with a device and no ``iot_since`` as monitored.
  A station with status ``retired`` and no ``retired_date`` is never counted.
* Rates are percent 0–100 and NaN (not 0) when the denominator is 0; densities are per km²
  of district area (area from the coverage engine, computed in a projected metric CRS) and
  per 10 000 inhabitants of the district's ``population`` field.
* The plan's other targets have their rules in their own modules: built-up area covered by
  5G (:mod:`.builtup`), forest area watched (:mod:`.watch`), pipe length monitored
  (:mod:`.pipes`), site counts and sites at sea (:mod:`.sites`), enterprises and town seats
  reached (:mod:`.keyplaces`); schools' Wi-Fi and smart campuses are counted here
  (:func:`school_masks`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..layers import lifecycle, schema
from ..layers.divisions import division_name
from ..layers.progress import ProgressFn, no_progress, scaled

# Coercion of the layer tables lives in .prepare; its names stay importable from here, where
# the adapters, the CLI, the dashboard and the map sheets import them.
from .prepare import (prepare_layer, prepare_layers, read_layers, to_bool,  # noqa: F401
                      to_dates)
from .indicator_names import (INDICATOR_COLUMNS, INDICATOR_LABELS,  # noqa: F401
                              KEYPLACE_CATEGORIES)

LEVELS = schema.INDICATOR_LEVELS
"""Levels of :func:`compute_indicators`: ``all`` gives counties and zones in one table."""

TABLE_COLUMNS: tuple[str, ...] = ("district_code", "district_name", "level", "area_km2",
                                  *INDICATOR_COLUMNS)
"""Exactly the columns of the indicator table (without ``counts``)."""

COUNT_COLUMNS: tuple[str, ...] = (
    "community_n", "community_smart_n", "community_provincial_n",
    "manhole_n", "manhole_monitored_n", "envmon_n", "envmon_automated_n",
    "school_n", "school_wifi_n", "smart_campus_n", "enterprise_n",
    "builtup_km2", "builtup_covered_km2", "pipe_km", "pipe_monitored_km",
    "forest_km2", "forest_watched_km2",
)
"""Numerators and denominators of the count-based rates, added with ``counts=True``
(targets such as "+100 star-rated communities per year" are counts, not rates)."""

ENVMON_KINDS = ("air", "water")
"""Monitoring kinds counted by ``envmon_automated_pct`` (the plan's air and water quality)."""

Layers = Mapping[str, gpd.GeoDataFrame]


# --- lifecycle masks --------------------------------------------------------------------------

def _on_or_before(dates: pd.Series, day: pd.Timestamp) -> np.ndarray:
    return (dates <= day).to_numpy(dtype=bool)


def alive_on(start: pd.Series, end: pd.Series, day: pd.Timestamp) -> np.ndarray:
    """Which features exist on ``day``: ``start <= D`` (or empty) and (``end`` empty or
    ``D < end``), as a bool array; ``start``/``end`` are prepared date columns (datetime64,
    NaT when empty), so an empty start means "since always" and an empty end "still there"."""
    return ((start.isna() | (start <= day)) & (end.isna() | (end > day))).to_numpy(dtype=bool)




def _flag(values: pd.Series, value: bool) -> np.ndarray:
    return (values == value).fillna(False).to_numpy(dtype=bool)


def station_masks(stations: gpd.GeoDataFrame, as_of: dt.date) -> dict[str, np.ndarray]:
    """Boolean arrays ``active`` and ``built`` over a prepared ``base_stations`` table.

    ``active``: the store's lifecycle rule (:mod:`smartcity.layers.lifecycle`, the rule the
    QGIS temporal filter is generated from): ``opened_date <= D < retired_date``, undated
    stations following their ``status``.  ``built``: built *or* opened by D and not retired
    (the plan counts "built" and "opened" as different statuses and both count as built).
    """
    day = pd.Timestamp(as_of)
    rule = lifecycle.lifecycle("base_stations")
    status = stations["status"].astype(object).fillna("").astype(str).str.strip().str.lower()
    opened_nat = stations["opened_date"].isna().to_numpy()
    built_nat = stations["built_date"].isna().to_numpy()
    retired = lifecycle.ended_mask(stations, rule, as_of)
    opened = lifecycle.started_mask(stations, rule, as_of)
    built = (opened | _on_or_before(stations["built_date"], day)
             | (opened_nat & built_nat & (status == "built").to_numpy()))
    return {"active": opened & ~retired, "built": built & ~retired}


def community_masks(communities: gpd.GeoDataFrame, as_of: dt.date) -> dict[str, np.ndarray]:
    """``exists``, ``smart`` (star_rating >= 1 rated by D) and ``provincial`` (by D)."""
    day = pd.Timestamp(as_of)
    exists = alive_on(communities["valid_from"], communities["valid_to"], day)
    rated = communities["rated_date"]
    smart = ((communities["star_rating"] >= 1).to_numpy(dtype=bool)
             & (rated.isna() | (rated <= day)).to_numpy(dtype=bool))
    prov_date = communities["provincial_date"]
    provincial = (_flag(communities["provincial_smart"], True)
                  & (prov_date.isna() | (prov_date <= day)).to_numpy(dtype=bool))
    return {"exists": exists, "smart": exists & smart, "provincial": exists & provincial}


def manhole_masks(manholes: gpd.GeoDataFrame, as_of: dt.date) -> dict[str, np.ndarray]:
    """``recorded`` (by D, not removed) and ``monitored`` (an IoT device connected by D)."""
    day = pd.Timestamp(as_of)
    recorded = alive_on(manholes["recorded_date"], manholes["valid_to"], day)
    device = manholes["iot_device_id"].astype(object).fillna("").astype(str).str.strip()
    has_device = ((device != "").to_numpy()
                  & ~device.str.lower().isin(["nan", "none", "null"]).to_numpy())
    since = manholes["iot_since"]
    connected = has_device & (since.isna() | (since <= day)).to_numpy(dtype=bool)
    return {"recorded": recorded, "monitored": recorded & connected}


def envmon_masks(points: gpd.GeoDataFrame, as_of: dt.date) -> dict[str, np.ndarray]:
    """``active`` air/water points at D and those ``automated`` by D."""
    day = pd.Timestamp(as_of)
    kind = points["kind"].astype(object).fillna("").astype(str).str.strip().str.lower()
    active = (kind.isin(ENVMON_KINDS).to_numpy()
              & alive_on(points["established_date"], points["retired_date"], day))
    return {"active": active, "automated": active & automated_mask(points, day)}


def automated_mask(points: gpd.GeoDataFrame, day) -> np.ndarray:
    """Monitoring points automated by ``day``: ``automated_since <= D`` (unless ``automated``
    says no), or ``automated`` true with no date (used by envmon and forest watch alike)."""
    day = pd.Timestamp(day)
    since = points["automated_since"]
    auto = points["automated"]
    return ((_on_or_before(since, day) & ~_flag(auto, False))
            | (since.isna().to_numpy() & _flag(auto, True)))


def school_masks(places: gpd.GeoDataFrame, as_of: dt.date) -> dict[str, np.ndarray]:
    """Over prepared ``key_places``: ``school`` (category school, existing at D), ``wifi``
    (a school with ``wifi_since`` <= D) and ``campus`` (``smart_campus_since`` <= D).  An
    empty date means "not yet": no school is counted as covered without its date, and one
    dated after D is not covered at D."""
    day = pd.Timestamp(as_of)
    f = schema.KEY_PLACES.field("category")
    cats = np.array([schema.canonical_choice(f, v) if isinstance(v, str) else None
                     for v in places["category"].to_numpy()], dtype=object)
    school = keyplace_mask(places, as_of) & (cats == "school")
    return {"school": school, "wifi": school & _on_or_before(places["wifi_since"], day),
            "campus": school & _on_or_before(places["smart_campus_since"], day)}


def enterprise_mask(enterprises: gpd.GeoDataFrame, as_of: dt.date) -> np.ndarray:
    """Enterprises existing at D that need 5G (``needs_5g`` true; empty = not known to)."""
    return (alive_on(enterprises["valid_from"], enterprises["valid_to"], pd.Timestamp(as_of))
            & _flag(enterprises["needs_5g"], True))


def keyplace_mask(places: gpd.GeoDataFrame, as_of: dt.date) -> np.ndarray:
    """Key places existing at D (``valid_from``/``valid_to``)."""
    return alive_on(places["valid_from"], places["valid_to"], pd.Timestamp(as_of))


# --- districts of a level, plus the city ------------------------------------------------------

def indicator_districts(districts: gpd.GeoDataFrame, as_of: dt.date,
                        level: str = "county") -> gpd.GeoDataFrame:
    """The districts of ``level`` existing at ``as_of`` plus one row for the whole city.

    Returns a GeoDataFrame (EPSG:4490) with ``code``, ``name``, ``level`` (``county``,
    ``zone`` or ``city``), ``population`` (float, NaN when unknown) and ``geometry``, the
    city last.  The city's code is the county districts' ``parent_code`` (e.g. 371000), its
    polygon the union of the county districts, its population their sum (NaN if one is
    missing), its name that of a district row carrying the city code, else the official name
    of the code (:func:`..layers.divisions.division_name`), else the code.
    Districts come counties first, then zones, each ordered by code.
    ``districts`` is a prepared table (:func:`prepare_layer`).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {level!r}.")
    day = pd.Timestamp(as_of)
    alive = districts[alive_on(districts["valid_from"], districts["valid_to"], day)]
    alive = alive[~alive.geometry.isna() & ~alive.geometry.is_empty]
    lv = alive["level"].astype(object).fillna("").astype(str).str.strip().str.lower()
    counties = alive[(lv == "county").to_numpy()]
    wanted = ("county", "zone") if level == "all" else (level,)
    rows = alive[lv.isin(wanted).to_numpy()]
    base = counties if len(counties) else rows
    if not len(rows):
        raise ValueError(f"the districts layer has no {level!r} district existing on "
                         f"{as_of.isoformat()}; import districts with level county or zone.")
    parents = base["parent_code"].dropna()
    city_code = str(parents.mode().iloc[0]) if len(parents) else "city"
    parent_rows = alive[alive["code"] == city_code]
    city_name = (str(parent_rows["name"].iloc[0]) if len(parent_rows)
                 else division_name(city_code) or city_code)
    rows = rows[rows["code"] != city_code]
    base = base[base["code"] != city_code]
    order = np.lexsort((rows["code"].astype(str).to_numpy(),
                        (lv.loc[rows.index] != "county").to_numpy()))
    rows = rows.iloc[order]  # counties first, then zones, each by code
    if rows["code"].duplicated().any():
        dup = rows.loc[rows["code"].duplicated(), "code"].iloc[0]
        raise ValueError(f"the districts layer has two districts with code {dup!r} existing on "
                         f"{as_of.isoformat()}; give each district one code.")
    geoms = shapely.make_valid(base.geometry.to_numpy())
    city_geom = shapely.union_all(geoms)
    pop = base["population"]
    city_pop = float(pop.sum()) if pop.notna().all() and len(pop) else np.nan
    out = pd.DataFrame({
        "code": list(rows["code"]) + [city_code],
        "name": [str(n) if n is not None else str(c) for n, c in zip(rows["name"], rows["code"])]
        + [city_name],
        "level": list(lv.loc[rows.index]) + ["city"],
        "population": list(rows["population"].astype(float)) + [city_pop],
    })
    return gpd.GeoDataFrame(out, geometry=list(shapely.make_valid(rows.geometry.to_numpy()))
                            + [city_geom],
                            crs=schema.STORE_EPSG)


# --- counting features in districts -----------------------------------------------------------

def representative_points(geoms: gpd.GeoSeries) -> np.ndarray:
    """Points as they are; other geometries by ``point_on_surface`` (inside the shape)."""
    arr = np.asarray(geoms, dtype=object)
    out = arr.copy()
    ok = ~shapely.is_missing(arr) & ~shapely.is_empty(arr)
    not_point = ok & (shapely.get_type_id(arr) != 0)
    out[not_point] = shapely.point_on_surface(arr[not_point])
    out[~ok] = None
    return out


def count_in_districts(district_geoms, geoms, masks: Mapping[str, np.ndarray],
                       groups: Optional[Sequence] = None) -> pd.DataFrame:
    """Per district (rows in the order of ``district_geoms``), how many features of each mask
    have their representative point in it.  Vectorised: STRtree queries, no feature loop.

    A point counts in every district whose interior contains it.  A point *on a boundary*
    counts in the first district of its group (``groups``, e.g. the level) whose polygon
    covers it, so a station on the border of two counties counts once among the counties
    (and the counties add up to the city), while overlapping districts of different groups
    (a zone inside its county, the city) each count it.  Without ``groups`` a boundary point
    counts in the first covering district only.
    """
    districts = np.asarray(district_geoms, dtype=object)
    n = len(districts)
    points = representative_points(geoms)
    d_idx = np.array([], dtype=np.intp)
    p_idx = np.array([], dtype=np.intp)
    if len(points) and n:
        # box candidates from the tree, then the prepared polygons' point-in-polygon test on
        # the coordinates: a third of the time of two predicate queries (0.16 s against 0.55 s
        # for 100k stations), the same pairs; for a point, intersects is covers
        d_box, p_box = shapely.STRtree(points).query(districts)
        shapely.prepare(districts)
        polygons = districts[d_box]
        px, py = shapely.get_x(points)[p_box], shapely.get_y(points)[p_box]
        inside = shapely.contains_xy(polygons, px, py)
        covered = shapely.intersects_xy(polygons, px, py)
        d_in, p_in = d_box[inside], p_box[inside]
        d_cov, p_cov = d_box[covered], p_box[covered]
        npts = len(points)
        edge = ~np.isin(d_cov * npts + p_cov, d_in * npts + p_in)
        d_edge, p_edge = d_cov[edge], p_cov[edge]
        if len(d_edge):
            group_of = (np.unique(np.asarray(groups, dtype=str), return_inverse=True)[1]
                        if groups is not None else np.zeros(n, dtype=np.intp))
            # a point on an edge is often inside a neighbour of its group: then it belongs there
            g_edge = group_of[d_edge]
            owned = np.isin(p_edge * n + g_edge, p_in * n + group_of[d_in])
            d_edge, p_edge, g_edge = d_edge[~owned], p_edge[~owned], g_edge[~owned]
            order = np.lexsort((d_edge, g_edge, p_edge))  # by point, group, district
            d_edge, p_edge, g_edge = d_edge[order], p_edge[order], g_edge[order]
            first = np.ones(len(d_edge), dtype=bool)
            first[1:] = (p_edge[1:] != p_edge[:-1]) | (g_edge[1:] != g_edge[:-1])
            d_edge, p_edge = d_edge[first], p_edge[first]
        d_idx = np.concatenate([d_in, d_edge])
        p_idx = np.concatenate([p_in, p_edge])
    return pd.DataFrame({name: np.bincount(d_idx, weights=np.asarray(m, dtype=float)[p_idx],
                                           minlength=n).astype(np.int64)
                         for name, m in masks.items()})


def percent(numerator, denominator) -> np.ndarray:
    """``100 * numerator / denominator`` as float, NaN where the denominator is 0 or NaN."""
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, 100.0 * num / np.where(den > 0, den, 1.0), np.nan)


# --- the table --------------------------------------------------------------------------------

def coverage_engine():
    """The coverage engine module (:mod:`.coverage`)."""
    from . import coverage  # the geometry engine; imported late so this module loads alone

    return coverage


def coverage_districts(districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The ``code, name, geometry`` frame the coverage engine takes."""
    return districts[["code", "name", "geometry"]].copy()


def indicator_table(layers: Mapping[str, gpd.GeoDataFrame], districts: gpd.GeoDataFrame,
                    as_of: dt.date, coverage_result: Any, *, population_raster=None,
                    counts: bool = False,
                    station_state: Optional[Mapping[str, np.ndarray]] = None) -> pd.DataFrame:
    """The indicator table for prepared ``layers`` and districts of :func:`indicator_districts`,
    given the coverage of the stations active at ``as_of`` (a ``CoverageResult``).

    ``station_state``: the :func:`station_masks` of ``layers["base_stations"]`` at ``as_of``
    when the caller already computed them to select the stations for the coverage (computed
    here otherwise), so both use one evaluation of the lifecycle rules.

    Columns exactly :data:`TABLE_COLUMNS` (plus :data:`COUNT_COLUMNS` with ``counts``), one
    row per district in the order of ``districts``, the city last.
    """
    codes = list(districts["code"])
    geoms = districts.geometry.to_numpy()
    levels = districts["level"].to_numpy()
    stations = layers["base_stations"]
    st = station_masks(stations, as_of) if station_state is None else station_state
    if any(len(st[k]) != len(stations) for k in ("active", "built")):
        raise ValueError(f"station_state has masks for {len(st['active'])} stations but the "
                         f"base_stations layer has {len(stations)}; pass the masks of the "
                         f"same table.")
    bs = count_in_districts(geoms, stations.geometry, st, levels)
    comm = layers["communities"]
    cm = community_masks(comm, as_of)
    cc = count_in_districts(geoms, comm.geometry, cm, levels)
    mh = layers["manholes"]
    mm = manhole_masks(mh, as_of)
    mc = count_in_districts(geoms, mh.geometry, mm, levels)
    mp = layers["monitoring_points"]
    em = envmon_masks(mp, as_of)
    ec = count_in_districts(geoms, mp.geometry, em, levels)

    cov_table = coverage_result.table.copy()
    cov_table.index = cov_table.index.astype(str)
    cov = cov_table.reindex(codes)
    area = cov["area_km2"].to_numpy(dtype=float)
    population = districts["population"].to_numpy(dtype=float)
    table = pd.DataFrame({
        "district_code": codes,
        "district_name": list(districts["name"]),
        "level": list(districts["level"]),
        "area_km2": area,
        "bs_active": bs["active"].to_numpy(),
        "bs_built": bs["built"].to_numpy(),
        "bs_per_km2": np.where(area > 0, bs["active"] / np.where(area > 0, area, 1), np.nan),
        "bs_per_10k_pop": np.where(population > 0, 1e4 * bs["active"]
                                   / np.where(population > 0, population, 1), np.nan),
        "cov_5g_area_pct": cov["cov_5g_area_pct"].to_numpy(dtype=float),
        "cov_5g_pop_pct": np.nan,
    })
    if population_raster is not None:
        from .population import population_coverage

        pop = population_coverage(coverage_result, coverage_districts(districts),
                                  population_raster)
        pop.index = pop.index.astype(str)
        table["cov_5g_pop_pct"] = pop["cov_5g_pop_pct"].reindex(codes).to_numpy(dtype=float)

    reach_cols = ["keyplace_reach_pct", *(f"keyplace_reach_pct_{c}" for c in KEYPLACE_CATEGORIES)]
    places = layers["key_places"]
    alive_places = places[keyplace_mask(places, as_of)]
    if len(alive_places):
        from .keyplaces import keyplace_reach

        reach = keyplace_reach(coverage_result, coverage_districts(districts),
                               alive_places.reset_index(drop=True))
        reach.index = reach.index.astype(str)
        reach = reach.reindex(index=codes, columns=reach_cols)
    else:
        reach = pd.DataFrame(np.nan, index=codes, columns=reach_cols)
    for col in reach_cols:
        table[col] = reach[col].to_numpy(dtype=float)

    table["town_seat_reach_pct"] = table["keyplace_reach_pct_town_seat"]
    schools = count_in_districts(geoms, places.geometry, school_masks(places, as_of), levels)
    table["school_wifi_pct"] = percent(schools["wifi"], schools["school"])
    table["smart_campus_pct"] = percent(schools["campus"], schools["school"])
    plan = _plan_indicators(layers, districts, as_of, coverage_result)
    for col in plan.columns:
        table[col] = plan[col].reindex(codes).to_numpy()

    table["community_smart_pct"] = percent(cc["smart"], cc["exists"])
    table["community_provincial_pct"] = percent(cc["provincial"], cc["exists"])
    table["manhole_monitored_pct"] = percent(mc["monitored"], mc["recorded"])
    table["envmon_automated_pct"] = percent(ec["automated"], ec["active"])
    table = table[list(TABLE_COLUMNS)]
    if counts:
        extra = pd.DataFrame({
            "community_n": cc["exists"], "community_smart_n": cc["smart"],
            "community_provincial_n": cc["provincial"],
            "manhole_n": mc["recorded"], "manhole_monitored_n": mc["monitored"],
            "envmon_n": ec["active"], "envmon_automated_n": ec["automated"],
            "school_n": schools["school"], "school_wifi_n": schools["wifi"],
            "smart_campus_n": schools["campus"], "enterprise_n": plan["enterprise_n"]
            .reindex(codes).to_numpy(),
            **{c: plan[c].reindex(codes).to_numpy() for c in (
                "builtup_km2", "builtup_covered_km2", "pipe_km", "pipe_monitored_km",
                "forest_km2", "forest_watched_km2")},
        })
        table = pd.concat([table, extra.set_axis(table.index)], axis=1)
    return table


def _plan_indicators(layers: Mapping[str, gpd.GeoDataFrame], districts: gpd.GeoDataFrame,
                     as_of: dt.date, coverage_result: Any) -> pd.DataFrame:
    """The indicators of the plan's built-up areas, enterprises, sites, pipes and forests
    (with their areas, lengths and counts), indexed by district code: each rule lives in
    its own module (:mod:`.builtup`, :mod:`.keyplaces`, :mod:`.sites`, :mod:`.pipes`,
    :mod:`.watch`)."""
    from .builtup import builtup_coverage, builtup_mask
    from .keyplaces import reach_pct
    from .pipes import pipe_monitoring
    from .sites import site_counts
    from .watch import forest_watch, watch_mask

    layers = {name: layers[name] if name in layers else prepare_layer(None, name)
              for name in ("builtup_areas", "enterprises", "sites", "pipelines", "forests",
                           "monitoring_points")}  # callers with the older layers only
    cdist = coverage_districts(districts)
    codes = [str(c) for c in districts["code"]]
    builtup = layers["builtup_areas"]
    out = builtup_coverage(coverage_result, cdist,
                           builtup[builtup_mask(builtup, as_of)].reset_index(drop=True))
    out.index = out.index.astype(str)
    firms = layers["enterprises"]
    needing = firms[enterprise_mask(firms, as_of)].reset_index(drop=True)
    out["enterprise_reach_pct"] = reach_pct(coverage_result, cdist, needing).to_numpy()
    out["enterprise_n"] = count_in_districts(
        districts.geometry.to_numpy(), needing.geometry,
        {"n": np.ones(len(needing), bool)}, districts["level"].to_numpy())["n"].to_numpy()
    sites = site_counts(districts, layers["sites"], as_of)
    for col in sites.columns:
        out[col] = sites[col].to_numpy()
    pipes = pipe_monitoring(cdist, layers["pipelines"], as_of)
    for col in pipes.columns:
        out[col] = pipes[col].to_numpy()
    forests = layers["forests"]
    alive = forests[alive_on(forests["valid_from"], forests["valid_to"], pd.Timestamp(as_of))]
    points = layers["monitoring_points"]
    watch = forest_watch(cdist, alive.reset_index(drop=True),
                         points[watch_mask(points, as_of)].reset_index(drop=True),
                         coverage_result.crs)
    for col in watch.columns:
        out[col] = watch[col].to_numpy()
    out.index = pd.Index(codes)
    return out


def resolve_radius_table(radius_table: Union[None, str, Path, pd.DataFrame]
                         ) -> Optional[pd.DataFrame]:
    """A radius table from a path (loaded by the coverage engine) or as given (None = built-in)."""
    if radius_table is None or isinstance(radius_table, pd.DataFrame):
        return radius_table
    from .radius import load_radius_table

    return load_radius_table(radius_table)


def compute_layers(layers: Mapping[str, gpd.GeoDataFrame], as_of: dt.date, *,
                   level: str = "county", population_raster=None, radius_table=None,
                   progress: Optional[ProgressFn] = None, threads: Optional[int] = None,
                   counts: bool = False, polygons: bool = True
                   ) -> tuple[pd.DataFrame, Optional[gpd.GeoDataFrame], gpd.GeoDataFrame]:
    """Like :func:`compute_indicators` on prepared layers, also returning the district polygons
    (with the city row) the table was computed for: ``(table, coverage, districts)``.
    ``polygons=False`` skips dissolving the coverage polygons (``coverage`` is None): the
    table does not need them.  :func:`indicator_layer` joins ``table`` and ``districts`` into
    the districts-with-indicators layer."""
    report = progress or no_progress
    districts = indicator_districts(layers["districts"], as_of, level)
    stations = layers["base_stations"]
    state = station_masks(stations, as_of)
    report(0.0, "coverage")
    cov = coverage_engine()
    result = cov.coverage_by_district(coverage_districts(districts),
                                      stations[state["active"]].reset_index(drop=True),
                                      table=resolve_radius_table(radius_table),
                                      progress=scaled(progress, 0, 90), threads=threads,
                                      keep_shapes=population_raster is not None)
    report(90.0, "indicators")
    table = indicator_table(layers, districts, as_of, result,
                            population_raster=population_raster, counts=counts,
                            station_state=state)
    report(100.0, "done")
    return table, cov.coverage_polygons(result) if polygons else None, districts


def indicator_layer(table: pd.DataFrame, districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The districts as polygons carrying their indicators: the columns of ``table`` (an
    indicator table, any of :func:`indicator_table`'s column sets) with each district's
    geometry, in the CRS of ``districts`` (EPSG:4490 from :func:`compute_layers`), one feature
    per row and the city last.

    This is the layer the GeoPackage output and the QGIS "District indicators" output hold:
    ``table, polygons, districts = compute_layers(...)`` then ``indicator_layer(table,
    districts)``.  Raises ``ValueError`` when the table's ``district_code`` column does not
    list the districts' codes in the same order (a table of other districts, or resorted).
    """
    table_codes = [str(c) for c in table["district_code"]] if "district_code" in table else None
    codes = [str(c) for c in districts["code"]]
    if table_codes != codes:
        raise ValueError(f"the indicator table has {len(table)} rows for districts "
                         f"{', '.join(table_codes or ['(no district_code column)'])[:200]} but "
                         f"{len(codes)} districts {', '.join(codes)[:200]} were given; pass the "
                         f"districts compute_layers returned with the table, in its order.")
    return gpd.GeoDataFrame(table.copy(), geometry=districts.geometry.to_numpy(),
                            crs=districts.crs)


def compute_indicators(store_or_layers: Any, as_of: dt.date, *, level: str = "county",
                       population_raster=None, radius_table=None,
                       progress: Optional[ProgressFn] = None, threads: Optional[int] = None,
                       counts: bool = False) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
    """Indicators per district of ``level`` and for the whole city, as of ``as_of``.

    ``store_or_layers``: a mapping of layer name to its *full* GeoDataFrame (all history; the
    date rules are applied here), an open store, or a store path.  ``level``: ``county``,
    ``zone`` or ``all``.  ``population_raster``: path of a population raster for
    ``cov_5g_pop_pct`` (NaN without).  ``radius_table``: a band × scene radius table
    (DataFrame or CSV path; None = built-in model).  ``counts``: also the numerators and
    denominators :data:`COUNT_COLUMNS`.

    Returns ``(table, coverage)``: the table has exactly :data:`TABLE_COLUMNS`, one row per
    district and the city row last; ``coverage`` is the dissolved coverage per district
    (EPSG:4490, column ``district_code``).
    """
    table, polygons, _ = compute_layers(read_layers(store_or_layers), as_of, level=level,
                                        population_raster=population_raster,
                                        radius_table=radius_table, progress=progress,
                                        threads=threads, counts=counts)
    return table, polygons

