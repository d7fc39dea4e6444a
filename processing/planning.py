"""Site planning: which new stations, and how few, reach a coverage target.

:func:`plan_sites` answers "where to build the next stations" for one indicator:

* **what to reach**: ``cov_5g_area_pct`` (area), ``cov_5g_pop_pct`` (people, from a
  population raster: each cell weighted by its exact covered fraction, as the indicator
  is), ``keyplace_reach_pct`` (key places, or one
  category's ``keyplace_reach_pct_<category>``), in one district, the whole city, or each
  county (a target's ``scope = "district"``); :data:`DEMANDS` maps an indicator to its demand
  (:mod:`.demand`): area, population, built-up area (all or one kind), key places;
* **where stations may go**: candidate points (:func:`read_candidates`: towers, rooftops,
  street-light poles, with an optional ``cost`` and their own band, scene, radius, azimuth
  or ``azimuths`` for a three-sector site), or a square grid inside the districts planned
  (:func:`grid_candidates`); a new station's shape is the coverage engine's, from the radius
  table (band × scene) like every other station;
* **how many**: the best ``max_sites``, the best within a ``budget`` of costs, or the fewest
  reaching ``value`` (:mod:`.maxcover`: greedy with lazy gains, or the exact MILP).

The forecast is not the greedy's own sum: the chosen sites are added to the stations as
active on the date and the indicator table is computed again by the coverage engine
(:func:`.indicators.compute_layers`), so importing the ``sites`` layer as ``base_stations``
and running ``smartcity coverage`` gives the same table.  The needs are raised by
:data:`NEED_MARGIN` of each district's total so that the engine's figure meets the value the
greedy's GEOS figure meets.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..layers import schema
from ..layers.progress import ProgressFn, no_progress, scaled
from . import builtup
from . import demand as dm
from . import indicators as ind
from . import maxcover as mc

NEED_MARGIN = 1e-9
"""Share of a district's total added to its need (1e-7 percentage points): the greedy
measures with GEOS, the indicator with the engine's boundary integral; they agree to ~1e-12."""

AREA_INDICATORS = ("cov_5g_area_pct",)
BUILTUP_INDICATORS = builtup.COLUMNS
KEYPLACE_INDICATORS = ("keyplace_reach_pct",
                       *(f"keyplace_reach_pct_{c}" for c in ind.KEYPLACE_CATEGORIES))

SITE_FIELDS = ("station_id", "name", "operator", "band", "scene", "azimuth_deg",
               "coverage_radius_m", "status", "opened_date")
"""Station fields of the ``sites`` layer, so it imports as ``base_stations`` as it is."""

COST_HEADERS = ("cost", "造价", "成本", "费用", "cost_wan")
AZIMUTHS_HEADERS = ("azimuths", "方位角组", "扇区方位角")
ID_HEADERS = ("candidate_id", "候选编号", "杆号", "站址编号")


class PlanError(ValueError):
    """A plan that cannot be made as asked: the message says why and what to do."""


@dataclass
class PlanSpec:
    """What to reach: ``indicator`` to ``value`` (percent; None = as much as possible with
    ``max_sites`` / ``budget``) in ``district`` (a code), the whole city (``scope="city"``)
    or each county (``scope="district"``)."""

    indicator: str
    value: Optional[float] = None
    district: Optional[str] = None
    scope: str = "city"
    max_sites: Optional[int] = None
    budget: Optional[float] = None


def spec_from_target(target, **kwargs) -> PlanSpec:
    """The plan reaching one target of the targets file (:class:`.targets.Target`)."""
    if not target.measured:
        raise PlanError(f"target {target.id} ({target.label_zh or target.label_en}) is not "
                        f"measured by this tool, so no plan can reach it; choose a target "
                        f"with an indicator")
    if target.kind != "level" or target.comparator not in (">=", ">"):
        raise PlanError(f"target {target.id} is a {target.kind} target with comparator "
                        f"{target.comparator}; a plan reaches a level (>=) of coverage")
    return PlanSpec(indicator=target.indicator, value=float(target.value), scope=target.scope,
                    **kwargs)


# --- candidates -------------------------------------------------------------------------------

def _norm(text) -> str:
    return schema.normalise_header(str(text))


def read_candidates(path: Path, *, coords: str = "auto", crs: Optional[str] = None,
                    encoding: str = "auto", source_layer: Optional[str] = None,
                    rejects: Optional[Path] = None) -> tuple[gpd.GeoDataFrame, list]:
    """Candidate sites from a file (CSV with lon/lat, x/y or WKT; shapefile, GeoPackage,
    GeoJSON, FlatGeobuf) read like a ``base_stations`` import: the station fields by their
    usual headers (频段, 场景, 覆盖半径, 方位角 …), plus ``cost`` (造价) and ``azimuths``
    (``0;120;240``: one sector each) and an id (``candidate_id`` or ``station_id``, else the
    row number).  Rows that cannot be read are left out and written with their reasons to
    ``rejects`` (default ``NAME.rejects.csv`` beside the file).

    Returns ``(candidates, notes)``: one row per candidate (EPSG:4490) with ``candidate_id``,
    ``cost`` (1 when not given), the station fields and ``azimuths`` (a tuple, empty = omni).
    """
    from ..layers import importer as im
    from ..layers.readers import ReadFailure, read_table

    path = Path(path)
    lyr = schema.BASE_STATIONS
    try:
        raw = read_table(path, encoding=encoding, crs=crs, source_layer=source_layer)
    except (ReadFailure, im.CRSProblem) as exc:
        raise PlanError(str(exc)) from None
    if not len(raw.frame):
        raise PlanError(f"{path.name} holds no candidate sites")
    if coords == "auto":
        coords = "wgs84"
    lookup = schema.header_lookup(lyr)
    geometry_cols = set(raw.xy_columns or ()) | ({raw.wkt_column} if raw.wkt_column else set())
    columns: dict = {}
    extra: dict = {}
    for column in raw.frame.columns:
        if column in geometry_cols:
            continue
        key = _norm(column)
        for name, heads in (("cost", COST_HEADERS), ("azimuths", AZIMUTHS_HEADERS),
                            ("candidate_id", ID_HEADERS)):
            if key in {_norm(h) for h in heads} and name not in extra:
                extra[name] = column
                break
        else:
            name = lookup.get(key)
            if name and name not in columns:
                columns[name] = column
    problems: list = []
    values = im.convert_fields(lyr, raw.frame, columns, problems)
    geoms = im.convert_geometries(lyr, raw, coords, problems)
    n = len(raw.frame)
    cost = np.ones(n)
    if "cost" in extra:
        for i, cell in enumerate(raw.frame[extra["cost"]].tolist()):
            if _blank(cell):
                continue
            try:
                v = float(str(cell).strip())
                if not (math.isfinite(v) and v > 0):
                    raise ValueError
                cost[i] = v
            except ValueError:
                problems.append(im.Problem(i, extra["cost"], cell,
                                           "cost must be a number greater than 0"))
    azimuths: list[tuple[float, ...]] = [()] * n
    if "azimuths" in extra:
        for i, cell in enumerate(raw.frame[extra["azimuths"]].tolist()):
            if _blank(cell):
                continue
            try:
                parts = [float(p) for p in str(cell).replace("；", ";").replace("/", ";")
                         .replace(",", ";").replace("，", ";").split(";") if p.strip()]
                if not parts or any(not (0 <= a <= 360) for a in parts):
                    raise ValueError
                azimuths[i] = tuple(parts)
            except ValueError:
                problems.append(im.Problem(i, extra["azimuths"], cell,
                                           "azimuths must be degrees 0–360 separated by ';' "
                                           "(0;120;240)"))
    if "candidate_id" in extra:
        ids: list = [None if _blank(c) else str(c).strip()
                     for c in raw.frame[extra["candidate_id"]]]
    elif "station_id" in values:
        ids = values["station_id"]
    else:
        ids = [None] * n
    ids = [i if i else f"C{raw.row_numbers[k]}" for k, i in enumerate(ids)]
    seen: dict = {}
    for k, i in enumerate(ids):
        if i in seen:
            problems.append(im.Problem(k, "candidate_id", i, f"the id {i} is also on "
                                       f"{raw.row_label} {raw.row_numbers[seen[i]]}"))
        else:
            seen[i] = k
    problems = im.check_read_defects(raw, problems)
    bad = sorted({p.index for p in problems if p.fatal})
    keep = np.setdiff1d(np.arange(n), bad)
    notes = []
    written = im.write_rejects(raw, [p for p in problems if p.fatal],
                               rejects or im.default_rejects_path(path))
    if bad:
        notes.append(f"{len(bad)} of {n} candidate rows of {path.name} were left out; reasons "
                     f"in {written}")
    if not len(keep):
        raise PlanError(f"{path.name}: none of its {n} rows is a usable candidate site; "
                        f"reasons are in {written}")
    frame = pd.DataFrame({name: [values[name][i] for i in keep] for name in values})
    frame["candidate_id"] = [ids[i] for i in keep]
    frame["cost"] = cost[keep]
    frame["azimuths"] = [azimuths[i] for i in keep]
    return gpd.GeoDataFrame(frame, geometry=list(geoms[keep]), crs=schema.STORE_EPSG), notes


def _blank(cell) -> bool:
    from ..layers.cells import is_empty

    return is_empty(cell)


def grid_candidates(zones: gpd.GeoDataFrame, spacing_m: float, crs,
                    within: Optional[gpd.GeoSeries] = None) -> gpd.GeoDataFrame:
    """Candidate sites on a square grid of ``spacing_m`` metres (cell centres) inside the
    ``zones`` polygons (any CRS), and inside the polygons ``within`` when given (the built-up
    areas), in EPSG:4490, ids ``G1, G2 …``."""
    if not spacing_m or spacing_m <= 0:
        raise PlanError(f"the grid spacing must be a number of metres greater than 0, not "
                        f"{spacing_m}")
    geom = shapely.union_all(ind.coverage_engine().district_geoms(zones, crs))
    if within is not None:
        geom = shapely.intersection(geom, shapely.union_all(
            shapely.make_valid(within.to_crs(crs).to_numpy())))
    x0, y0, x1, y1 = shapely.bounds(geom)
    nx, ny = math.ceil((x1 - x0) / spacing_m), math.ceil((y1 - y0) / spacing_m)
    if nx * ny > 5_000_000:
        raise PlanError(f"a {spacing_m:g} m grid over these districts has {nx * ny:,} cells; "
                        f"use a coarser --grid (e.g. {math.ceil(spacing_m * math.sqrt(nx * ny / 1e6))} m)")
    xs = x0 + (np.arange(nx) + 0.5) * spacing_m
    ys = y0 + (np.arange(ny) + 0.5) * spacing_m
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    pts = shapely.points(gx.ravel(), gy.ravel())
    shapely.prepare(geom)
    pts = pts[shapely.contains(geom, pts)]
    out = gpd.GeoDataFrame({"candidate_id": [f"G{i + 1}" for i in range(len(pts))],
                            "cost": np.ones(len(pts))},
                           geometry=gpd.GeoSeries(pts, crs=crs).to_crs(schema.STORE_EPSG)
                           .to_numpy(), crs=schema.STORE_EPSG)
    out["azimuths"] = [()] * len(out)
    return out


def candidate_stations(candidates: gpd.GeoDataFrame, *, band: Optional[str] = None,
                       scene: Optional[str] = None, operator: Optional[str] = None,
                       radius_m: Optional[float] = None) -> gpd.GeoDataFrame:
    """One station row per candidate (one per sector with ``azimuths``), with the candidate's
    own band / scene / radius / azimuth where it has them and the defaults otherwise (band
    n78 and scene urban, the engine's fallbacks, when no default is given either);
    column ``candidate`` is the candidate's position."""
    from .radius import FALLBACK_BAND, FALLBACK_SCENE

    band, scene = band or FALLBACK_BAND, scene or FALLBACK_SCENE
    rows = []
    for k, row in enumerate(candidates.itertuples(index=False)):
        get = row._asdict()
        base = {"candidate": k,
                "operator": get.get("operator") or operator,
                "band": get.get("band") or band,
                "scene": get.get("scene") or scene,
                "coverage_radius_m": get.get("coverage_radius_m") or radius_m,
                "geometry": get["geometry"]}
        az = get.get("azimuths") or ()
        if az:
            for a in az:
                rows.append({**base, "azimuth_deg": float(a) % 360.0})
        else:
            a = get.get("azimuth_deg")
            rows.append({**base, "azimuth_deg": a if a is not None and a == a else None})
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=candidates.crs)
    for f in ("band", "scene", "operator"):
        frame[f] = frame[f].astype(object).where(frame[f].notna(), None)
    return frame


# --- the plan ----------------------------------------------------------------------------------

@dataclass
class Zones:
    """The districts a plan is for: codes, names, metric polygons, level."""

    codes: list
    names: list
    geoms: np.ndarray
    frame: gpd.GeoDataFrame


@dataclass
class DemandModel:
    """A built demand: the problem's parts, each zone's total, what the existing network
    covers, and how to turn a weight into the indicator (``unit``; ``pct`` from covered/total)."""

    parts: dict
    total: np.ndarray
    before: np.ndarray
    unit: str


DemandBuilder = Callable[..., DemandModel]


def _area_demand(zones: Zones, cand_shapes, existing, *, before_table, layers, as_of,
                 indicator, threads, progress, **_) -> DemandModel:
    total = shapely.area(zones.geoms)
    pct = before_table.set_index("district_code").loc[zones.codes, indicator].to_numpy(float)
    before = np.nan_to_num(pct) / 100.0 * total
    d = dm.AreaDemand(zones.geoms, np.ones(len(zones.geoms)), np.arange(len(zones.geoms)))
    parts = dm.residual_pieces(d, cand_shapes, existing, threads=threads, progress=progress)
    return DemandModel(parts, total, before, "km²")


def _population_demand(zones: Zones, cand_shapes, existing, *, before_table, indicator, crs,
                       population_raster, threads, progress, **_) -> DemandModel:
    if population_raster is None:
        raise PlanError(f"{indicator} needs a population raster: give --population RASTER")
    weigh = dm.RasterWeights(population_raster, crs)
    total = weigh(zones.geoms, np.ones(len(zones.geoms)))
    pct = before_table.set_index("district_code").loc[zones.codes, indicator].to_numpy(float)
    before = np.nan_to_num(pct) / 100.0 * total
    d = dm.AreaDemand(zones.geoms, np.ones(len(zones.geoms)), np.arange(len(zones.geoms)))
    parts = dm.residual_pieces(d, cand_shapes, existing, threads=threads, progress=progress)
    return DemandModel({**parts, "weigh": weigh}, total, before, "people")


def _builtup_demand(zones: Zones, cand_shapes, existing, *, before_table, layers, as_of,
                    indicator, crs, threads, progress, **_) -> DemandModel:
    """Built-up area (``builtup_areas`` existing at the date, of one kind for
    ``cov_5g_builtup_pct_<kind>``) cut at the planned districts' borders, overlaps once: the
    polygons :func:`.builtup.builtup_coverage` measures."""
    from .builtup import builtup_mask, kinds_of
    from .overlay import cut_at_districts

    builtup = layers["builtup_areas"]
    builtup = builtup[builtup_mask(builtup, as_of)].reset_index(drop=True)
    if indicator != "cov_5g_builtup_pct" and len(builtup):
        builtup = builtup[kinds_of(builtup) == indicator.rsplit("_", 1)[1]]
    if not len(builtup):
        raise PlanError(f"there is no built-up area for {indicator} on {as_of.isoformat()}; "
                        f"import builtup_areas first")
    cut = cut_at_districts(zones.frame, builtup.geometry, crs).geometry.to_numpy()
    total = shapely.area(cut)
    pct = before_table.set_index("district_code").loc[zones.codes, indicator].to_numpy(float)
    before = np.nan_to_num(pct) / 100.0 * total
    d = dm.AreaDemand(cut, np.ones(len(cut)), np.arange(len(cut)))
    parts = dm.residual_pieces(d, cand_shapes, existing, threads=threads, progress=progress)
    return DemandModel(parts, total, before, "km²")


def _keyplace_demand(zones: Zones, cand_shapes, existing, *, layers, as_of, indicator, crs,
                     all_districts, **_) -> DemandModel:
    from .keyplaces import _categories

    places = layers["key_places"]
    places = places[ind.keyplace_mask(places, as_of)].reset_index(drop=True)
    if indicator != "keyplace_reach_pct" and len(places):
        cat = indicator[len("keyplace_reach_pct_"):]
        places = places[_categories(places) == cat].reset_index(drop=True)
    if not len(places):
        raise PlanError(f"there is no key place for {indicator} on {as_of.isoformat()}; "
                        f"import key_places first")
    geom = places.geometry.to_crs(crs).to_numpy()
    ok = ~(shapely.is_missing(geom) | shapely.is_empty(geom))
    geom = geom[ok]
    is_point = np.isin(shapely.get_type_id(geom), (0, 4))
    rep = np.where(is_point, geom, shapely.point_on_surface(geom))
    p_idx, z_idx = shapely.STRtree(zones.geoms).query(rep, predicate="intersects")
    items = dm.ItemDemand(geom[p_idx], np.ones(len(p_idx)), z_idx)
    inc = dm.item_incidence(items, cand_shapes, existing)
    total = np.bincount(z_idx, minlength=len(zones.codes)).astype(float)
    before = np.bincount(z_idx[inc["reached"]], minlength=len(zones.codes)).astype(float)
    parts = {"item_zone": items.zone, "item_weight": items.weight,
             "inc_cand": inc["inc_cand"], "inc_item": inc["inc_item"]}
    return DemandModel(parts, total, before, "places")


DEMANDS: dict[str, DemandBuilder] = {
    **{name: _area_demand for name in AREA_INDICATORS},
    "cov_5g_pop_pct": _population_demand,
    **{name: _builtup_demand for name in BUILTUP_INDICATORS},
    **{name: _keyplace_demand for name in KEYPLACE_INDICATORS},
}
"""Indicator -> the function building its demand (one more entry adds an indicator)."""


@dataclass
class PlanResult:
    """A plan: the sites chosen (``sites``: one row per station, in order of choice), the
    coverage each adds (``added``), the indicator tables without and with them (``before``,
    ``after``, from the coverage engine), the per-district ``forecast`` of the indicator
    planned, and the optimisation's result (``cover``; ``greedy`` too in exact mode)."""

    spec: PlanSpec
    as_of: dt.date
    sites: gpd.GeoDataFrame
    added: gpd.GeoDataFrame
    before: pd.DataFrame
    after: pd.DataFrame
    forecast: pd.DataFrame
    cover: mc.CoverResult
    greedy: Optional[mc.CoverResult]
    n_candidates: int
    unit: str
    notes: list = field(default_factory=list)

    @property
    def n_sites(self) -> int:
        return len(self.cover.chosen)

    @property
    def met(self) -> bool:
        return bool(self.forecast["met"].all()) if self.spec.value is not None else True


def _zones(districts: gpd.GeoDataFrame, spec: PlanSpec, crs) -> Zones:
    engine = ind.coverage_engine()
    if spec.district is not None:
        sel = districts[districts["code"] == str(spec.district).strip()]
        if not len(sel):
            raise PlanError(f"district {spec.district} is not among the districts on the date "
                            f"({', '.join(districts['code'])}); give one of those codes")
    elif spec.scope == "district":
        sel = districts[districts["level"] == "county"]
    else:
        sel = districts[districts["level"] == "city"]
    sel = sel.reset_index(drop=True)
    return Zones(list(sel["code"]), list(sel["name"]), engine.district_geoms(sel, crs), sel)


def _level_for(layers, as_of, spec: PlanSpec) -> str:
    if spec.district is None:
        return "county"
    counties = ind.indicator_districts(layers["districts"], as_of, "county")
    return "county" if str(spec.district).strip() in set(counties["code"]) else "all"


def plan_sites(layers: Mapping[str, gpd.GeoDataFrame], as_of: dt.date, spec: PlanSpec, *,
               candidates: Optional[gpd.GeoDataFrame] = None, grid_m: Optional[float] = None,
               grid_in_builtup: bool = False,
               band: Optional[str] = None, scene: Optional[str] = None,
               operator: Optional[str] = None, radius_m: Optional[float] = None,
               radius_table=None, population_raster=None, exact: bool = False,
               time_limit: float = 60.0,
               threads: Optional[int] = None,
               progress: Optional[ProgressFn] = None) -> PlanResult:
    """Choose new sites reaching ``spec`` as of ``as_of`` on prepared ``layers``
    (:func:`.indicators.read_layers`); ``candidates`` (:func:`read_candidates`) or a grid of
    ``grid_m`` metres inside the districts planned; ``band`` / ``scene`` / ``operator`` /
    ``radius_m`` for candidates that give none (the radius then from the radius table);
    ``grid_in_builtup``: the grid only inside the built-up areas existing at ``as_of``.
    ``exact``: solve the MILP (HiGHS) and also report greedy against it."""
    report = progress or no_progress
    if spec.indicator not in DEMANDS:
        raise PlanError(f"the indicator {spec.indicator} cannot be planned for; plannable "
                        f"indicators: {', '.join(DEMANDS)}")
    if spec.value is None and spec.max_sites is None and spec.budget is None:
        raise PlanError("say what to reach: a value (--value or --target), a number of sites "
                        "(--max-sites) or a budget (--budget)")
    if spec.value is not None and not (0 < spec.value <= 100):
        raise PlanError(f"the value {spec.value:g} is a percentage: give a number above 0 and "
                        f"at most 100")
    if (candidates is None) == (grid_m is None):
        raise PlanError("give the candidate sites (--candidates FILE) or a grid (--grid "
                        "METRES), one of them")
    table = ind.resolve_radius_table(radius_table)
    engine = ind.coverage_engine()
    from . import shapes as sh

    level = _level_for(layers, as_of, spec)
    report(0.0, "indicators before")
    before, _, districts = ind.compute_layers(layers, as_of, level=level, radius_table=table,
                                              population_raster=population_raster,
                                              progress=scaled(report, 0, 20), threads=threads,
                                              polygons=False)
    crs = engine.metric_crs_for(ind.coverage_districts(districts))
    zones = _zones(districts, spec, crs)
    if grid_m is not None:
        within = None
        if grid_in_builtup:
            from .builtup import builtup_mask

            builtup = layers["builtup_areas"]
            within = builtup[builtup_mask(builtup, as_of)].geometry
            if not len(within):
                raise PlanError(f"--grid-in-builtup: there is no built-up area on "
                                f"{as_of.isoformat()}; import builtup_areas first")
        candidates = grid_candidates(zones.frame, grid_m, crs, within=within)
    assert candidates is not None, "given, or made from the grid (checked above)"
    if not len(candidates):
        raise PlanError("there is no candidate site inside the districts planned")
    new = candidate_stations(candidates, band=band, scene=scene, operator=operator,
                             radius_m=radius_m)
    q = sh.circle_segments_for()
    params = sh.station_params(new, crs, table)
    st_shapes = sh.build_shapes(params, None, q)
    new["radius_used"] = params.r  # written out, so a re-import draws the very same shape
    cand_of = new["candidate"].to_numpy()
    n_cand = len(candidates)
    cand_shapes = np.full(n_cand, shapely.Polygon(), dtype=object)
    multi = pd.Series(cand_of).duplicated(keep=False).to_numpy()
    cand_shapes[cand_of[~multi]] = st_shapes[~multi]
    for c in np.unique(cand_of[multi]):
        cand_shapes[c] = shapely.union_all(st_shapes[cand_of == c])
    stations = layers["base_stations"]
    active = stations[ind.station_masks(stations, as_of)["active"]].reset_index(drop=True)
    existing = sh.build_shapes(sh.station_params(active, crs, table), None, q)
    report(25.0, "demand")
    model = DEMANDS[spec.indicator](
        zones, cand_shapes, existing, before_table=before, layers=layers, as_of=as_of,
        indicator=spec.indicator, crs=crs, all_districts=districts, threads=threads,
        population_raster=population_raster,
        progress=scaled(report, 25, 55))
    if spec.value is not None:
        need = spec.value / 100.0 * model.total * (1 + NEED_MARGIN) - model.before
        need = np.where(model.total > 0, np.maximum(need, 0.0), 0.0)
    else:
        need = np.full(len(zones.codes), np.inf)
    cost = candidates["cost"].to_numpy(float) if "cost" in candidates else np.ones(n_cand)
    problem = mc.CoverProblem(n_cand, zones.codes, need, model.total, cost, cand_shapes,
                              **model.parts)
    use_cost = bool(spec.budget is not None or not np.allclose(cost, cost[0]))
    report(55.0, "choosing sites")
    greedy = mc.greedy_cover(problem, max_sites=spec.max_sites, budget=spec.budget,
                             use_cost=use_cost, progress=scaled(report, 55, 80))
    cover = greedy
    if exact:
        cover = mc.exact_cover(problem, max_sites=spec.max_sites, budget=spec.budget,
                               time_limit=time_limit, progress=scaled(report, 80, 85))
    sites = _site_rows(candidates, new, cover, zones, model, as_of)
    added = _added_coverage(cover, cand_shapes, zones, existing, crs, threads)
    report(85.0, "indicators after")
    after_layers = dict(layers)
    after_layers["base_stations"] = pd.concat(
        [stations, ind.prepare_layer(sites[list(SITE_FIELDS) + ["geometry"]], "base_stations")],
        ignore_index=True)
    after, _, _ = ind.compute_layers(after_layers, as_of, level=level, radius_table=table,
                                     population_raster=population_raster,
                                     progress=scaled(report, 85, 100), threads=threads,
                                     polygons=False)
    forecast = _forecast(before, after, zones, spec)
    per = sites.drop_duplicates("rank")["district_code"].value_counts()
    forecast["sites"] = [int(per.get(c, 0)) for c in forecast["district_code"]]
    report(100.0, "done")
    return PlanResult(spec, as_of, sites, added, before, after, forecast, cover,
                      greedy if exact else None, n_cand, model.unit)


def _site_rows(candidates, new, cover: mc.CoverResult, zones: Zones, model: DemandModel,
               as_of: dt.date) -> gpd.GeoDataFrame:
    """The ``sites`` layer: one row per new station of the chosen candidates, in order."""
    rows = []
    have = model.before.copy()
    cumulative = 0.0
    scale = 1e-6 if model.unit == "km²" else 1.0
    for rank, (c, g) in enumerate(zip(cover.chosen, cover.gain), start=1):
        zg = cover.zone_gain[rank - 1]
        z = int(np.argmax(zg)) if len(zg) else 0
        have = have + zg
        cumulative += g
        cand = candidates.iloc[c]
        sectors = new[new["candidate"] == c]
        for k, (_, st) in enumerate(sectors.iterrows(), start=1):
            sid = f"PLAN{as_of:%Y%m%d}-{rank:04d}" + (f"-{k}" if len(sectors) > 1 else "")
            rows.append({
                "station_id": sid, "name": f"规划站点{rank}",
                "operator": st["operator"], "band": st["band"], "scene": st["scene"],
                "azimuth_deg": st["azimuth_deg"], "coverage_radius_m": float(st["radius_used"]),
                "status": "active", "opened_date": as_of,
                "rank": rank, "candidate_id": str(cand["candidate_id"]),
                "cost": float(cand["cost"]) if "cost" in candidates else 1.0,
                "gain": g * scale, "cumulative": cumulative * scale,
                "district_code": zones.codes[z], "district_name": zones.names[z],
                "district_pct_after": 100.0 * have[z] / model.total[z]
                if model.total[z] > 0 else np.nan,
                "geometry": st["geometry"]})
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=schema.STORE_EPSG) if rows else \
        gpd.GeoDataFrame({c: [] for c in (*SITE_FIELDS, "rank", "candidate_id", "cost", "gain",
                                          "cumulative", "district_code", "district_name",
                                          "district_pct_after")},
                         geometry=gpd.GeoSeries([], crs=schema.STORE_EPSG),
                         crs=schema.STORE_EPSG)
    return frame


def _added_coverage(cover: mc.CoverResult, cand_shapes, zones: Zones, existing, crs,
                    threads) -> gpd.GeoDataFrame:
    """What each chosen site adds inside the districts planned, beyond the existing
    coverage and the sites before it (disjoint polygons, EPSG:4490)."""
    chosen = list(cover.chosen)
    if not chosen:
        return gpd.GeoDataFrame({"rank": [], "area_km2": []},
                                geometry=gpd.GeoSeries([], crs=schema.STORE_EPSG),
                                crs=schema.STORE_EPSG)
    shapes = cand_shapes[chosen]
    d = dm.AreaDemand(zones.geoms, np.ones(len(zones.geoms)), np.arange(len(zones.geoms)))
    parts = dm.residual_pieces(d, shapes, existing, threads=threads)
    per = np.full(len(chosen), None, dtype=object)
    for k in range(len(chosen)):
        sel = parts["piece_geom"][parts["piece_cand"] == k]
        per[k] = shapely.union_all(sel) if len(sel) else shapely.Polygon()
    bounds = shapely.bounds(shapes)
    for k in range(1, len(chosen)):
        if shapely.is_empty(per[k]):
            continue
        b = bounds[k]
        earlier = np.flatnonzero((bounds[:k, 0] <= b[2]) & (bounds[:k, 2] >= b[0])
                                 & (bounds[:k, 1] <= b[3]) & (bounds[:k, 3] >= b[1]))
        if len(earlier):
            per[k] = shapely.difference(per[k], shapely.union_all(shapes[earlier]))
    area = shapely.area(per) / 1e6
    return gpd.GeoDataFrame({"rank": np.arange(1, len(chosen) + 1), "area_km2": area},
                            geometry=gpd.GeoSeries(per, crs=crs).to_crs(schema.STORE_EPSG)
                            .to_numpy(), crs=schema.STORE_EPSG)


def _forecast(before: pd.DataFrame, after: pd.DataFrame, zones: Zones,
              spec: PlanSpec) -> pd.DataFrame:
    """Per district planned: the indicator without and with the new sites, the target, and
    whether it is met (``>=``, as the targets are judged)."""
    b = before.set_index("district_code")
    a = after.set_index("district_code")
    rows = []
    for code, name in zip(zones.codes, zones.names):
        v0, v1 = float(b.loc[code, spec.indicator]), float(a.loc[code, spec.indicator])
        rows.append({"district_code": code, "district_name": name,
                     "indicator": spec.indicator, "before": v0, "after": v1,
                     "target": spec.value if spec.value is not None else np.nan,
                     "met": bool(v1 >= spec.value) if spec.value is not None else True,
                     "sites": 0})
    return pd.DataFrame(rows)


# --- sentences ---------------------------------------------------------------------------------

def sentences(result: PlanResult) -> tuple[list, list]:
    """The plan in words, ``(Chinese lines, English lines)``: per district "N sites bring
    CODE coverage from X % to Y %", then how good the plan is."""
    zh_label, en_label = ind.INDICATOR_LABELS.get(result.spec.indicator,
                                                  (result.spec.indicator, result.spec.indicator))
    zh_label, en_label = zh_label.replace("(%)", ""), en_label.replace(" (%)", "")
    zh, en = [], []
    for _, r in result.forecast.iterrows():
        n = int(r["sites"])
        zh.append(f"新建{n}个站点，{r['district_code']}（{r['district_name']}）{zh_label}"
                  f"由{r['before']:.1f}%提高到{r['after']:.1f}%"
                  + ("" if result.spec.value is None else
                     ("，达到目标" if r["met"] else "，未达到目标") + f"{result.spec.value:g}%")
                  + "。")
        en.append(f"{n} sites bring {r['district_code']} {en_label} from {r['before']:.1f} % "
                  f"to {r['after']:.1f} %"
                  + ("" if result.spec.value is None else
                     (" (target {:g} %: {})".format(result.spec.value,
                                                     "met" if r["met"] else "not met")))
                  + ".")
    total = result.n_sites
    zh.append(f"共{total}个站点（候选{result.n_candidates}个）。")
    en.append(f"{total} sites in all (of {result.n_candidates} candidates).")
    q_zh, q_en = quality(result)
    return zh + q_zh, en + q_en


def quality(result: PlanResult) -> tuple[list, list]:
    """How good the plan is, against the optimum or a bound."""
    c, g = result.cover, result.greedy
    zh, en = [], []
    cover_mode = result.spec.value is not None and result.spec.max_sites is None \
        and result.spec.budget is None
    if c.method == "exact":
        assert g is not None, "an exact plan keeps the greedy one to compare"
        if cover_mode:
            zh.append(f"精确求解（HiGHS）：最少{len(c.chosen)}个站点"
                      + ("（已证明最优）" if c.optimal else "（达到时限，未证明最优）")
                      + f"；贪心法用{len(g.chosen)}个。")
            en.append(f"Exact (HiGHS): {len(c.chosen)} sites are the fewest"
                      + (" (proven optimal)" if c.optimal else " (time limit: not proven)")
                      + f"; greedy used {len(g.chosen)}.")
        else:
            share = 100.0 * g.value / c.value if c.value > 0 else 100.0
            zh.append(f"精确求解（HiGHS）：最优值{_fmt(c.value, result)}；贪心法达到最优值的"
                      f"{share:.1f}%。")
            en.append(f"Exact (HiGHS): optimum {_fmt(c.value, result)}; greedy reaches "
                      f"{share:.1f} % of it.")
        return zh, en
    if cover_mode:
        if c.met and c.lower_bound == c.lower_bound:
            lb = max(1, math.ceil(c.lower_bound - 1e-9))
            zh.append(f"贪心法保证：最优方案至少需要{lb}个站点（Wolsey 界）。")
            en.append(f"Greedy's guarantee: the best plan needs at least {lb} sites (Wolsey's "
                      f"bound).")
        elif not c.met:
            zh.append("候选站点不足以达到目标：请增加候选站点或加密网格。")
            en.append("The candidates cannot reach the target: add candidates or use a finer "
                      "grid.")
        return zh, en
    if c.upper_bound == c.upper_bound and c.upper_bound > 0:
        share = 100.0 * c.value / c.upper_bound
        zh.append(f"贪心法保证：不低于最优值的{share:.1f}%（上界{_fmt(c.upper_bound, result)}）。")
        en.append(f"Greedy's guarantee: at least {share:.1f} % of the optimum (upper bound "
                  f"{_fmt(c.upper_bound, result)}).")
    return zh, en


def _fmt(value: float, result: PlanResult) -> str:
    if result.unit == "km²":
        return f"{value / 1e6:.3f} km²"
    if result.unit == "people":
        return f"{value:,.0f}"
    return f"{value:g}"
