"""5G area coverage per district: the union of station coverage shapes, never double counted.

Algorithm (``ENGINEERING.md``), for each district independently:

1. an STRtree of the stations' reach boxes (``x ± r, y ± r``) answers which stations can touch
   the district (one vectorised query for all districts);
2. their shapes (:mod:`.shapes`: circles, or 38.901 sectors) are built with numpy;
3. ``shapely.union_all`` dissolves them, so overlaps count once;
4. the union is intersected with the district and its area measured.

Districts may overlap (zones inside counties, the whole city as one more row) and each still
gets its own figure; districts run on a thread pool because GEOS releases the GIL.  Nesting is
used, exactly, to avoid dissolving the same shapes twice: a district lying inside another
(a zone in its county) takes ``U_county ∩ zone``, and a district tiled by others (the city by
its counties) takes the union of their unions.

Areas are planar in a metric CRS (:func:`metric_crs_for`).  Shapes are drawn through each
station's local ground-to-map Jacobian (:mod:`.shapes`), so shapes and districts are scaled
alike and the rate does not depend on the CRS chosen.

:func:`extend_coverage` adds stations to an earlier result (yearly series where stations only
get added): ``(U ∪ S) ∩ D = (U ∩ D) ∪ (S ∩ D)``, so only the new shapes are dissolved.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

from ..layers.progress import ProgressFn, no_progress
from . import shapes as _shapes

ALBERS_CHINA = pyproj.CRS.from_proj4(
    "+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +ellps=GRS80 +units=m "
    "+no_defs")
"""Equal-area Albers for all of China (CGCS2000's ellipsoid is GRS80 to 0.1 mm): used when the
data span more than one 6° band of longitude, where Gauss-Kruger areas would drift."""

GK_FIRST_EPSG, GK_FIRST_CM = 4534, 75
"""EPSG:4534 is CGCS2000 3-degree Gauss-Kruger CM 75E; codes run to EPSG:4554 (CM 135E)."""


def gauss_kruger_crs(lon: float) -> pyproj.CRS:
    """CGCS2000 3-degree Gauss-Kruger zone (central-meridian form, EPSG:4534–4554) of ``lon``."""
    cm = 3 * round(float(lon) / 3)
    cm = min(max(cm, GK_FIRST_CM), GK_FIRST_CM + 3 * 20)
    return pyproj.CRS.from_epsg(GK_FIRST_EPSG + (cm - GK_FIRST_CM) // 3)


def metric_crs_for(gdf: gpd.GeoDataFrame) -> pyproj.CRS:
    """A projected metric CRS for the data in ``gdf`` (any CRS; it must declare one).

    The CGCS2000 3-degree Gauss-Kruger zone of the centre longitude of the data's extent
    (EPSG:4550, CM 123E, for Weihai).  When the data span more than 6° of longitude (national
    extents) a single GK zone would stretch areas at its edges, so a China-wide equal-area
    Albers (:data:`ALBERS_CHINA`) is returned instead: areas and hence rates stay exact.
    """
    if gdf.crs is None:
        raise ValueError("the layer has no CRS; districts and stations must be in EPSG:4490 "
                         "(CGCS2000) or declare their CRS")
    geo = gdf.geometry
    geo = geo[~(geo.is_empty | geo.isna())]
    if len(geo) == 0:
        return pyproj.CRS.from_epsg(4550)
    minx, miny, maxx, maxy = geo.to_crs(4490).total_bounds
    if maxx - minx > 6.0:
        return ALBERS_CHINA
    return gauss_kruger_crs(0.5 * (minx + maxx))


class CoverageResult:
    """Area coverage per district.

    ``table``: index district code (str); ``area_km2``, ``covered_km2`` (km²) and
    ``cov_5g_area_pct`` (0–100, NaN for an empty district).
    ``unions``: the dissolved coverage inside each district (metric ``crs``), same index.
    ``quad_segs``: circle segments per quarter circle the shapes were built with.

    The union of a district tiled by others (the city by its counties) is only dissolved when
    ``unions`` is first read: its area is the sum of its tiles', so a series of area figures
    never pays for it.  ``tiles`` maps such a district's position to its tiles' positions.
    """

    def __init__(self, table: pd.DataFrame, unions: gpd.GeoSeries, crs: pyproj.CRS,
                 quad_segs: int | None = None, tiles: Optional[dict] = None):
        self.table = table
        self.crs = crs
        self.quad_segs = quad_segs or _shapes.circle_segments_for()
        self.tiles = dict(tiles or {})
        self._unions = unions
        self._pending = bool(self.tiles)

    @property
    def unions(self) -> gpd.GeoSeries:
        if self._pending:
            raw = self._unions.to_numpy().copy()
            area = self.table["area_km2"].to_numpy()
            for i in sorted(self.tiles, key=lambda k: area[k]):  # tiles before what they tile
                parts = [raw[c] for c in self.tiles[i] if not shapely.is_empty(raw[c])]
                raw[i] = _tile_union(parts) if parts else shapely.Polygon()
            self._unions = gpd.GeoSeries(raw, index=self._unions.index, crs=self._unions.crs)
            self._pending = False
        return self._unions

    def raw_unions(self) -> np.ndarray:
        """The unions without dissolving pending tiled districts (None there)."""
        return self._unions.to_numpy()

    def __repr__(self) -> str:
        return f"CoverageResult({len(self.table)} districts, crs={self.crs.name!r})"


def _district_codes(districts: gpd.GeoDataFrame) -> pd.Index:
    if "code" not in districts.columns:
        raise ValueError("the districts layer has no 'code' column; add the GB/T 2260 or zone "
                         "code of each district")
    codes = districts["code"]
    if codes.isna().any():
        i = int(np.flatnonzero(codes.isna().to_numpy())[0])
        raise ValueError(f"district at row {i + 1} has an empty code; every district needs one")
    codes = pd.Index(codes.astype(str).str.strip(), name="code")
    if codes.has_duplicates:
        dup = codes[codes.duplicated()][0]
        raise ValueError(f"district code {dup} appears more than once in the districts layer; "
                         "codes must be unique (dissolve the parts into one multipolygon)")
    return codes


def _district_geoms(districts: gpd.GeoDataFrame, crs: pyproj.CRS) -> np.ndarray:
    if districts.crs is None:
        raise ValueError("the districts layer has no CRS; it must be EPSG:4490 (CGCS2000) or "
                         "declare its CRS")
    geom = districts.geometry.to_crs(crs).to_numpy().copy()
    missing = shapely.is_missing(geom)
    geom[missing] = shapely.Polygon()
    bad = ~shapely.is_valid(geom)
    if bad.any():
        # Self-intersections from digitising: repair, keep only the polygonal part.
        fixed = shapely.make_valid(geom[bad])
        geom[bad] = [shapely.union_all(shapely.get_parts(g)[
            np.isin(shapely.get_type_id(shapely.get_parts(g)), (3, 6))]) for g in fixed]
    return geom


def _polygonal(g):
    """The polygonal part of an overlay result (an intersection along a border can add
    stray lines or points to a GeometryCollection); areas are unchanged."""
    if g is None or shapely.get_type_id(g) != 7:
        return g
    parts = shapely.get_parts(g)
    return shapely.union_all(parts[np.isin(shapely.get_type_id(parts), (3, 6))])


NESTING_TOLERANCE = 1e-7
"""Relative area tolerance for "district A lies inside B" and "these districts tile B" (the
error it can introduce is at most 1e-5 percentage points)."""


@dataclass
class _Plan:
    """How each district's union is obtained: ``direct`` ones from station shapes; a district
    inside a direct one from that ``parent``'s union (``U_p ∩ D``, exact since U_p = U ∩ P);
    a district tiled by others (the city by its counties) as the union of those ``children``'s
    unions.  Derived ones are listed in dependency order."""

    direct: np.ndarray
    parent: dict
    children: dict
    order: list


_PLANS: dict = {}


def _nesting_plan(dgeom: np.ndarray) -> _Plan:
    """The :class:`_Plan` of these districts (cached by their geometry: a yearly series asks
    for the same districts seven times)."""
    key = hash(b"".join(shapely.to_wkb(dgeom, hex=False).tolist()))
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) > 32:
            _PLANS.clear()
        plan = _PLANS[key] = _make_plan(dgeom)
    return plan


def _make_plan(dgeom: np.ndarray) -> _Plan:
    n = len(dgeom)
    area = shapely.area(dgeom)
    b = shapely.bounds(dgeom)
    eps = 1e-6 * np.sqrt(np.maximum(area, 1.0))[:, None]
    # j inside i? bbox test first (cheap), exact area test on the few candidates.
    if n <= 5000:
        lo_ok = (b[None, :, 0] >= b[:, None, 0] - eps) & (b[None, :, 1] >= b[:, None, 1] - eps)
        hi_ok = (b[None, :, 2] <= b[:, None, 2] + eps) & (b[None, :, 3] <= b[:, None, 3] + eps)
        ii, jj = np.nonzero(lo_ok & hi_ok & ~np.eye(n, dtype=bool))
    else:  # too many for an n x n test: compute every district directly
        ii = jj = np.zeros(0, dtype=int)
    keep = (area[jj] > 0) & ((area[jj] < area[ii]) | ((area[jj] <= area[ii]) & (jj > ii)))
    ii, jj = ii[keep], jj[keep]
    if len(ii):
        outside = shapely.area(shapely.difference(dgeom[jj], dgeom[ii]))
        inside = outside <= NESTING_TOLERANCE * area[jj]
        ii, jj = ii[inside], jj[inside]
    within: dict[int, set] = {}
    for i, j in zip(ii.tolist(), jj.tolist()):  # pairs of nested districts: few
        within.setdefault(i, set()).add(j)
    children: dict[int, list] = {}
    for i, inner in within.items():
        maximal = [j for j in inner if not any(j in within.get(k, ()) for k in inner if k != j)]
        if len(maximal) < 2:
            continue
        total = area[maximal].sum()
        if abs(total - area[i]) > NESTING_TOLERANCE * area[i]:
            continue
        tiled = shapely.area(shapely.union_all(dgeom[maximal]))
        if abs(tiled - area[i]) <= NESTING_TOLERANCE * area[i]:
            children[i] = sorted(maximal)
    parent: dict[int, int] = {}
    contained_in: dict[int, list] = {}
    for i, inner in within.items():
        for j in inner:
            contained_in.setdefault(j, []).append(i)
    for j in range(n):
        if j in children:
            continue
        outer = [i for i in contained_in.get(j, []) if i not in children]
        if outer:
            parent[j] = min(outer, key=lambda i: area[i])
    # A parent must be computed directly: follow chains up to a district with no parent.
    for j in list(parent):
        p = parent[j]
        while p in parent:
            p = parent[p]
        parent[j] = p
    direct = np.array([i for i in range(n) if i not in children and i not in parent], dtype=int)
    order = sorted(parent) + sorted(children, key=lambda i: area[i])
    return _Plan(direct=direct, parent=parent, children=children, order=order)


def _derive(plan: _Plan, dgeom: np.ndarray, unions: np.ndarray) -> np.ndarray:
    """Fill the unions of districts inside a direct one (in place) and return every district's
    covered area (m²); tiled districts get the sum of their tiles' (their union stays None
    until :attr:`CoverageResult.unions` is read)."""
    for i in plan.order:
        if i in plan.parent:
            up = unions[plan.parent[i]]
            unions[i] = (shapely.Polygon() if up is None or shapely.is_empty(up)
                         else _polygonal(shapely.intersection(up, dgeom[i])))
    covered = np.zeros(len(unions))
    done = np.array([u is not None for u in unions])
    covered[done] = shapely.area(unions[done])
    for i in plan.order:
        if i in plan.children:
            unions[i] = None
            covered[i] = covered[plan.children[i]].sum()
    return covered


def _tile_union(parts: list):
    """Union of pieces that only share edges (coverage clipped to districts that tile a
    bigger one): GEOS's coverage union, several times faster than a general union, checked
    (valid, area = sum of areas) and replaced by the general union when the pieces' shared
    edges do not match vertex for vertex."""
    arr = np.array(parts, dtype=object)
    total = float(shapely.area(arr).sum())
    try:
        u = shapely.coverage_union_all(arr)
        if shapely.is_valid(u) and abs(shapely.area(u) - total) <= 1e-9 * max(total, 1.0):
            return _polygonal(u)
    except shapely.errors.GEOSException:
        pass
    return _polygonal(shapely.union_all(arr))


def _candidates(params: _shapes.StationParams, dgeom: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(district index, station index) pairs whose reach box meets the district, sorted."""
    ok = np.flatnonzero(params.ok)
    if len(ok) == 0 or len(dgeom) == 0:
        return np.zeros(0, np.intp), np.zeros(0, np.intp)
    reach = params.max_reach()[ok]
    boxes = shapely.box(params.x[ok] - reach, params.y[ok] - reach,
                        params.x[ok] + reach, params.y[ok] + reach)
    tree = shapely.STRtree(boxes)
    d_idx, s_pos = tree.query(dgeom, predicate="intersects")
    order = np.lexsort((s_pos, d_idx))
    return d_idx[order], ok[s_pos[order]]


def _run(jobs, work, n_threads: int, progress: ProgressFn, message: str) -> dict:
    """Run ``work(job)`` for every job (largest first), reporting progress from this thread."""
    out: dict = {}
    total = max(len(jobs), 1)
    progress(0.0, message)
    if n_threads <= 1 or len(jobs) <= 1:
        for k, job in enumerate(jobs):
            out[job[0]] = work(job)
            progress(100.0 * (k + 1) / total, message)
        return out
    pool = ThreadPoolExecutor(max_workers=n_threads)
    try:
        futures = {pool.submit(work, job): job[0] for job in jobs}
        for k, fut in enumerate(as_completed(futures)):
            out[futures[fut]] = fut.result()
            progress(100.0 * (k + 1) / total, message)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return out


def _table(codes: pd.Index, area_m2: np.ndarray, covered_m2: np.ndarray) -> pd.DataFrame:
    with np.errstate(invalid="ignore", divide="ignore"):
        pct = np.where(area_m2 > 0, 100.0 * covered_m2 / area_m2, np.nan)
    return pd.DataFrame({"area_km2": area_m2 / 1e6, "covered_km2": covered_m2 / 1e6,
                         "cov_5g_area_pct": pct}, index=codes)


def _jobs(d_idx: np.ndarray, s_idx: np.ndarray, n_districts: int) -> list:
    starts = np.searchsorted(d_idx, np.arange(n_districts + 1))
    jobs = [(i, s_idx[starts[i]:starts[i + 1]]) for i in range(n_districts)]
    jobs.sort(key=lambda j: -len(j[1]))
    return jobs


def coverage_by_district(districts: gpd.GeoDataFrame, stations: gpd.GeoDataFrame, *,
                         table: Optional[pd.DataFrame] = None, crs=None,
                         progress: Optional[ProgressFn] = None,
                         threads: int | None = None,
                         quad_segs: int | None = None) -> CoverageResult:
    """Share of each district's area inside the union of the stations' coverage shapes.

    ``districts``: columns ``code``, ``geometry`` (polygons, any CRS, normally EPSG:4490;
    they may overlap).  ``stations``: the *active* base stations (the caller filters by
    date), fields as layer ``base_stations``.  ``table``: band x scene radii
    (:func:`.radius.load_radius_table` when None).  ``crs``: metric CRS for areas
    (:func:`metric_crs_for` when None).  ``threads``: worker threads (CPU count when None).
    ``progress(percent, message)`` may raise :class:`~smartcity.layers.progress.Cancelled`.
    """
    progress = progress or no_progress
    codes = _district_codes(districts)
    crs = pyproj.CRS.from_user_input(crs) if crs is not None else metric_crs_for(districts)
    q = quad_segs or _shapes.circle_segments_for()
    dgeom = _district_geoms(districts, crs)
    params = _shapes.station_params(stations, crs, table)
    plan = _nesting_plan(dgeom)
    d_idx, s_idx = _candidates(params, dgeom[plan.direct])
    jobs = [(int(plan.direct[k]), idx) for k, idx in _jobs(d_idx, s_idx, len(plan.direct))]

    def work(job):
        i, idx = job
        if len(idx) == 0:
            return shapely.Polygon()
        u = shapely.union_all(_shapes.build_shapes(params, idx, q))
        return _polygonal(shapely.intersection(u, dgeom[i]))

    done = _run(jobs, work, threads or os.cpu_count() or 1, progress, "5G coverage per district")
    unions = np.full(len(dgeom), None, dtype=object)
    for i, u in done.items():
        unions[i] = u
    covered = _derive(plan, dgeom, unions)
    return CoverageResult(table=_table(codes, shapely.area(dgeom), covered),
                          unions=gpd.GeoSeries(unions, index=codes, crs=crs), crs=crs,
                          quad_segs=q, tiles=plan.children)


def extend_coverage(previous: CoverageResult, districts: gpd.GeoDataFrame,
                    new_stations: gpd.GeoDataFrame, *, table: Optional[pd.DataFrame] = None,
                    progress: Optional[ProgressFn] = None,
                    threads: int | None = None) -> CoverageResult:
    """Coverage after adding ``new_stations`` to the stations behind ``previous``.

    Equals :func:`coverage_by_district` on all stations (same districts, CRS and segment
    count), at the cost of dissolving only the new shapes: for each district touched,
    ``union(previous ∩ D, union(new) ∩ D)``.  Use it for yearly series where stations are only
    added; when stations retire, recompute.
    """
    progress = progress or no_progress
    codes = _district_codes(districts)
    if not codes.equals(previous.table.index):
        raise ValueError("extend_coverage needs the same districts, in the same order, as the "
                         "previous result")
    crs, q = previous.crs, previous.quad_segs
    dgeom = _district_geoms(districts, crs)
    params = _shapes.station_params(new_stations, crs, table)
    plan = _nesting_plan(dgeom)
    d_idx, s_idx = _candidates(params, dgeom[plan.direct])
    jobs = [(int(plan.direct[k]), idx) for k, idx in _jobs(d_idx, s_idx, len(plan.direct))
            if len(idx)]
    prev = previous.raw_unions()

    def work(job):
        i, idx = job
        new = _polygonal(shapely.intersection(
            shapely.union_all(_shapes.build_shapes(params, idx, q)), dgeom[i]))
        return _polygonal(shapely.union(prev[i], new)) if not shapely.is_empty(prev[i]) else new

    done = _run(jobs, work, threads or os.cpu_count() or 1, progress, "5G coverage, new stations")
    if not done:
        return previous
    unions = prev.copy()
    for i, u in done.items():
        unions[i] = u
    covered = _derive(plan, dgeom, unions)
    return CoverageResult(table=_table(codes, shapely.area(dgeom), covered),
                          unions=gpd.GeoSeries(unions, index=codes, crs=crs), crs=crs,
                          quad_segs=q, tiles=plan.children)


def coverage_polygons(result: CoverageResult) -> gpd.GeoDataFrame:
    """The dissolved coverage of each district as a layer in EPSG:4490 (column
    ``district_code``), e.g. to draw on a map sheet."""
    gdf = gpd.GeoDataFrame({"district_code": result.unions.index.astype(str)},
                           geometry=result.unions.to_numpy(), crs=result.crs)
    return gdf.to_crs(4490).reset_index(drop=True)
