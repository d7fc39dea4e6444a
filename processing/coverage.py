"""5G area coverage per district: the union of station coverage shapes, never double counted.

Areas (:func:`coverage_at_dates`, :func:`coverage_by_district`):

1. stations are projected to a metric CRS (:func:`metric_crs_for`) and their shapes
   (:mod:`.shapes`: circles, or 38.901 sectors) built as vertex arrays; identical shapes
   (co-sited stations with equal parameters) are merged;
2. :mod:`.unionarea` measures the area of the union inside each district at every date in
   one pass, from the boundary of the union (no union polygon is built), on all cores;
3. above :data:`TILE_STATIONS` shapes the plane is cut into tiles, each with the districts
   clipped to it and the shapes reaching into it: memory stays bounded, areas add up exactly;
4. a district tiled by others (the city by its counties) is the sum of its tiles.

Districts may overlap (zones inside counties, the whole city as one more row): each gets its
own figure.

The dissolved polygons (:attr:`CoverageResult.unions`: map sheets, the GeoPackage output,
population weighting) are built with GEOS only when asked for: for each district the
``shapely.union_all`` of the shapes that can reach it, clipped to it, on a thread pool; a
district inside another (a zone in its county) takes ``U_county ∩ zone``.

Areas are planar in a metric CRS.  Shapes are drawn through each station's local
ground-to-map Jacobian (:mod:`.shapes`), so shapes and districts are scaled alike and the
rate does not depend on the CRS chosen.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

from ..layers.crs import gauss_kruger_crs
from ..layers.progress import ProgressFn, no_progress, scaled
from . import shapes as _shapes
from . import unionarea as _unionarea

ALBERS_CHINA = pyproj.CRS.from_proj4(
    "+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +ellps=GRS80 +units=m "
    "+no_defs")
"""Equal-area Albers for all of China (CGCS2000's ellipsoid is GRS80 to 0.1 mm): used when the
data span more than one 6° band of longitude, where Gauss-Kruger areas would drift."""

def metric_crs_for(gdf: gpd.GeoDataFrame) -> pyproj.CRS:
    """A projected metric CRS for the data in ``gdf`` (any CRS; it must declare one).

    The CGCS2000 3-degree Gauss-Kruger zone of the centre longitude of the data's extent
    (:func:`smartcity.layers.crs.gauss_kruger_crs`; EPSG:4550, CM 123E, for Weihai).  When
    the data span more than 6° of longitude (national extents) a single GK zone would
    stretch areas at its edges, so a China-wide equal-area Albers (:data:`ALBERS_CHINA`) is
    returned instead: areas and hence rates stay exact.
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

    The table comes from :mod:`.unionarea` (no union is built).  The unions are dissolved with
    GEOS only when first read (map sheets, the GeoPackage output, population weighting).  The
    union of a district tiled by others (the city by its counties) is the union of its tiles':
    ``tiles`` maps such a district's position to its tiles' positions, and
    :meth:`raw_unions` leaves it None.
    """

    def __init__(self, table: pd.DataFrame, crs: pyproj.CRS, dissolve: Callable[[], np.ndarray],
                 shapes: Callable[[], np.ndarray], quad_segs: int | None = None,
                 tiles: Optional[dict] = None,
                 params: Optional[_shapes.StationParams] = None,
                 boundary: Optional[Callable[[], tuple[np.ndarray, np.ndarray]]] = None):
        self.table = table
        self._boundary = boundary
        self.params = params
        """The active stations' shape parameters: :func:`covered_within` measures other
        polygons (built-up areas) against the same coverage."""
        self.crs = crs
        self.quad_segs = quad_segs or _shapes.circle_segments_for()
        self.tiles = dict(tiles or {})
        self._dissolve = dissolve
        self._shapes = shapes
        self._raw: Optional[np.ndarray] = None
        self._unions: Optional[gpd.GeoSeries] = None
        self._shape_cache: Optional[np.ndarray] = None

    def shapes(self) -> np.ndarray:
        """The coverage polygons of the active stations (metric ``crs``), built on first use
        (key places and enterprises both test against them)."""
        if self._shape_cache is None:
            self._shape_cache = self._shapes()
        return self._shape_cache

    def boundary(self) -> Optional[tuple[np.ndarray, np.ndarray]]:
        """The boundary of the coverage inside each district computed directly (not those
        tiled by others, see ``tiles``), as directed segments in ``crs`` (k, 4: x0, y0, x1,
        y1; the covered part on their left) and the district position of each (k,); no union
        is built (:func:`.unionarea.boundary_pieces`).  None when this result cannot give it.
        Population weighting integrates it over raster cells (:mod:`.cellarea`)."""
        return None if self._boundary is None else self._boundary()

    def raw_unions(self) -> np.ndarray:
        """The union inside each district, None for districts tiled by others."""
        if self._raw is None:
            self._raw = self._dissolve()
        return self._raw

    @property
    def unions(self) -> gpd.GeoSeries:
        if self._unions is None:
            raw = self.raw_unions().copy()
            area = self.table["area_km2"].to_numpy()
            for i in sorted(self.tiles, key=lambda k: area[k]):  # tiles before what they tile
                parts = [raw[c] for c in self.tiles[i] if not shapely.is_empty(raw[c])]
                raw[i] = _tile_union(parts) if parts else shapely.Polygon()
            self._unions = gpd.GeoSeries(raw, index=self.table.index, crs=self.crs)
        return self._unions

    def __repr__(self) -> str:
        return f"CoverageResult({len(self.table)} districts, crs={self.crs.name!r})"


def district_codes(districts: gpd.GeoDataFrame) -> pd.Index:
    """The districts' codes as the index every per-district result carries (``code``, text,
    stripped), in row order.

    Raises ``ValueError`` with a sentence when the ``code`` column is missing, a code is empty
    or appears twice: results are keyed by code, so each district needs exactly one.
    """
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


def district_geoms(districts: gpd.GeoDataFrame, crs: pyproj.CRS) -> np.ndarray:
    """The districts' polygons in ``crs`` (normally the metric CRS of a result) as a shapely
    array in row order, ready for areas and overlays.

    Missing geometries become empty polygons (area 0); invalid ones (self-intersections from
    digitising) are repaired with ``make_valid`` keeping only their polygonal part, so areas
    are those of the drawn shape.  Raises ``ValueError`` when the layer declares no CRS.
    """
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


def polygonal(g):
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


PLAN_CACHE_SIZE = 32
"""District sets whose :class:`_Plan` is kept (least recently used dropped first)."""

_PLANS: OrderedDict[bytes, _Plan] = OrderedDict()
_PLANS_LOCK = threading.Lock()


def _geometry_key(dgeom: np.ndarray) -> bytes:
    """A key that differs whenever the districts differ: the SHA-256 of their WKB in order
    (WKB is self-delimiting, so the concatenation is unambiguous).  Not Python's ``hash()``,
    whose collisions would silently hand one district set another's plan."""
    digest = hashlib.sha256()
    for wkb in shapely.to_wkb(dgeom, hex=False).tolist():
        digest.update(wkb)
    return digest.digest()


def _nesting_plan(dgeom: np.ndarray) -> _Plan:
    """The :class:`_Plan` of these districts (cached by their geometry: a yearly series asks
    for the same districts seven times; at most :data:`PLAN_CACHE_SIZE` sets are kept)."""
    key = _geometry_key(dgeom)
    with _PLANS_LOCK:
        plan = _PLANS.get(key)
        if plan is not None:
            _PLANS.move_to_end(key)
            return plan
    plan = _make_plan(dgeom)
    with _PLANS_LOCK:
        _PLANS[key] = plan
        _PLANS.move_to_end(key)
        while len(_PLANS) > PLAN_CACHE_SIZE:
            _PLANS.popitem(last=False)
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


def _derive_unions(plan: _Plan, dgeom: np.ndarray, unions: np.ndarray) -> np.ndarray:
    """Fill (in place) the unions of districts inside a direct one: ``U_parent ∩ D``; tiled
    districts stay None (see :attr:`CoverageResult.unions`)."""
    for i in plan.order:
        if i in plan.parent:
            up = unions[plan.parent[i]]
            unions[i] = (shapely.Polygon() if up is None or shapely.is_empty(up)
                         else polygonal(shapely.intersection(up, dgeom[i])))
        else:
            unions[i] = None
    return unions


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
            return polygonal(u)
    except shapely.errors.GEOSException:
        pass
    return polygonal(shapely.union_all(arr))


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


def _run(jobs, work, n_threads: int) -> dict:
    """``{job[0]: work(job)}`` for every job (largest first), on a thread pool (GEOS releases
    the GIL)."""
    if n_threads <= 1 or len(jobs) <= 1:
        return {job[0]: work(job) for job in jobs}
    with ThreadPoolExecutor(max_workers=n_threads) as pool:
        return dict(zip([job[0] for job in jobs], pool.map(work, jobs)))


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


def _dissolver(dgeom: np.ndarray, params: _shapes.StationParams, q: int, threads: int):
    """The GEOS path, run only when a result's unions are read: for each district, the union
    of the shapes that can reach it, clipped to it."""
    def dissolve() -> np.ndarray:
        plan = _nesting_plan(dgeom)
        d_idx, s_idx = _candidates(params, dgeom[plan.direct])
        jobs = [(int(plan.direct[k]), idx) for k, idx in _jobs(d_idx, s_idx, len(plan.direct))]

        def work(job):
            i, idx = job
            if len(idx) == 0:
                return shapely.Polygon()
            u = shapely.union_all(_shapes.build_shapes(params, idx, q))
            return polygonal(shapely.intersection(u, dgeom[i]))

        unions = np.full(len(dgeom), None, dtype=object)
        for i, u in _run(jobs, work, threads).items():
            unions[i] = u
        return _derive_unions(plan, dgeom, unions)
    return dissolve


TILE_STATIONS = 150_000
"""Distinct shapes per tile of :func:`_covered_m2`: bounds memory (about 1.5 KB per shape
in :class:`.unionarea.Shapes`) at any number of stations."""


def _distinct(params: _shapes.StationParams, active: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Stations active at any date (``active``: stations x dates, <= 62) with identical shapes
    merged (co-sited stations with equal parameters: their edges would coincide): (one
    station per distinct shape, date bit masks OR-ed over the stations sharing it)."""
    bits = (active.astype(np.int64) << np.arange(active.shape[1], dtype=np.int64)).sum(axis=1)
    idx = np.flatnonzero(params.ok & np.isfinite(params.r) & (params.r > 0) & (bits != 0))
    # Only stations sharing a site can share a shape: compare the rest of their parameters.
    shared = pd.Series(params.x[idx] + 1j * params.y[idx]).duplicated(keep=False).to_numpy()
    if not shared.any():
        return idx, bits[idx]
    cand = idx[shared]
    fov = params.fov[cand] if params.fov is not None else np.full(len(cand), np.nan)
    key = pd.DataFrame(np.column_stack([params.x[cand], params.y[cand], params.r[cand],
                                        np.nan_to_num(params.az[cand], nan=-1.0),
                                        np.nan_to_num(fov, nan=-1.0),
                                        params.slope[cand], params.jac[cand].reshape(-1, 4)]))
    group = key.groupby(list(key.columns), sort=False).ngroup().to_numpy()
    first = np.unique(group, return_index=True)[1]
    masks = np.zeros(len(first), np.int64)
    np.bitwise_or.at(masks, group, bits[cand])
    order = np.argsort(np.concatenate([idx[~shared], cand[first]]), kind="stable")
    return (np.concatenate([idx[~shared], cand[first]])[order],
            np.concatenate([bits[idx[~shared]], masks])[order])


def _tile_bounds(x: np.ndarray, y: np.ndarray, bounds: np.ndarray, per_tile: int) -> list:
    """Rectangles tiling ``bounds`` with about ``per_tile`` of the points in each (strips
    cut at quantiles of x, each cut at quantiles of y)."""
    n_tiles = max(1, -(-len(x) // per_tile))
    kx = max(1, int(round(math.sqrt(n_tiles))))
    ky = max(1, -(-n_tiles // kx))
    xs = np.concatenate([[bounds[0]], np.quantile(x, np.arange(1, kx) / kx), [bounds[2]]])
    tiles = []
    for i in range(kx):
        inside = (x >= xs[i]) & (x <= xs[i + 1])
        ys = np.concatenate([[bounds[1]], np.quantile(y[inside], np.arange(1, ky) / ky)
                             if inside.any() else np.full(ky - 1, bounds[1]), [bounds[3]]])
        tiles += [(xs[i], ys[j], xs[i + 1], ys[j + 1]) for j in range(ky)]
    return tiles


def _frame(dgeom: np.ndarray):
    """(origin, districts relative to it, their boxes, which are not empty, total bounds)."""
    present = ~shapely.is_empty(dgeom)
    b = shapely.total_bounds(dgeom[present]) if present.any() else np.zeros(4)
    origin = np.array([0.5 * (b[0] + b[2]), 0.5 * (b[1] + b[3])])
    local = shapely.transform(dgeom, lambda c: c - origin)
    return origin, local, shapely.bounds(local), present, b


def _tiles(dgeom: np.ndarray, params: _shapes.StationParams, rep: np.ndarray,
           masks: np.ndarray, q: int):
    """The tiles of :func:`_covered_m2` for the distinct shapes ``rep`` (date bit ``masks``):
    yields (tile number, tiles, districts' positions, their parts in the tile relative to
    the origin, :class:`.unionarea.Shapes` reaching into it)."""
    origin, local, dbox, present, b = _frame(dgeom)
    reach = params.max_reach()
    x, y, rr = params.x[rep] - origin[0], params.y[rep] - origin[1], reach[rep]
    everything = np.array([min(b[0] - origin[0], (x - rr).min(initial=0)) - 1,
                           min(b[1] - origin[1], (y - rr).min(initial=0)) - 1,
                           max(b[2] - origin[0], (x + rr).max(initial=0)) + 1,
                           max(b[3] - origin[1], (y + rr).max(initial=0)) + 1])
    tiles = _tile_bounds(x, y, everything, TILE_STATIONS)
    for t, (x0, y0, x1, y1) in enumerate(tiles):
        sel = np.flatnonzero((x + rr >= x0) & (x - rr <= x1) & (y + rr >= y0) & (y - rr <= y1))
        if len(tiles) == 1:
            owner, pieces = np.arange(len(dgeom)), local
        else:
            owner = np.flatnonzero(present & (dbox[:, 2] >= x0) & (dbox[:, 0] <= x1)
                                   & (dbox[:, 3] >= y0) & (dbox[:, 1] <= y1))
            pieces = _polygonal_all(shapely.intersection(local[owner],
                                                         shapely.box(x0, y0, x1, y1)))
        shp = _unionarea.Shapes(
            [(params.x[rep[sel[p]]], params.y[rep[sel[p]]], params.r[rep[sel[p]]], a, u,
              masks[sel[p]]) for p, a, u in _shapes.shape_frames(params, rep[sel], q)],
            origin)
        yield t, len(tiles), owner, pieces, shp


def _covered_m2(dgeom: np.ndarray, params: _shapes.StationParams, active: np.ndarray, q: int,
                threads: int, progress: ProgressFn, keep: Optional[list] = None) -> np.ndarray:
    """Covered area (m²) of each district at each date (``active``: stations x dates).

    More than :data:`TILE_STATIONS` distinct shapes are cut into tiles: each tile takes the
    districts clipped to it and the shapes reaching into it, so memory stays bounded and
    the areas add up exactly (a tile's edges are borders like any other).  ``keep``: a list
    that receives (districts' positions, their local polygons, the shapes) of a one-date,
    one-tile run, so the boundary (:func:`_boundary_of`) need not rebuild the shapes."""
    ndates = active.shape[1]
    out = np.zeros((len(dgeom), ndates))
    if shapely.is_empty(dgeom).all() or ndates == 0:
        return out
    _unionarea.set_threads(threads)
    step = _unionarea.MAX_DATES
    for lo in range(0, ndates, step):
        hi = min(lo + step, ndates)
        rep, masks = _distinct(params, active[:, lo:hi])
        if len(rep) == 0:
            progress(100.0 * hi / ndates, "5G coverage: no station")
            continue
        for t, n_tiles, owner, pieces, shp in _tiles(dgeom, params, rep, masks, q):
            if keep is not None and ndates == 1 and n_tiles == 1:
                keep.append((owner, pieces, shp))
            part = scaled(progress, 100.0 * (lo + (hi - lo) * t / n_tiles) / ndates,
                          100.0 * (lo + (hi - lo) * (t + 1) / n_tiles) / ndates)
            area = _unionarea.covered_area(shp, pieces, hi - lo, threads=threads,
                                           progress=part)
            np.add.at(out[:, lo:hi], owner, area)
    return out


def _boundary_m(dgeom: np.ndarray, params: _shapes.StationParams, q: int,
                threads: int) -> tuple[np.ndarray, np.ndarray]:
    """The boundary of ``union(shapes of params) ∩ D`` for each district (metric CRS): directed
    segments (k, 4: x0, y0, x1, y1, map units) and the district of each (k,).  Tiles as
    :func:`_covered_m2` (a tile's edges inside the union come twice, opposite ways: they
    cancel in any integral)."""
    if shapely.is_empty(dgeom).all():
        return np.zeros((0, 4)), np.zeros(0, np.int64)
    rep, masks = _distinct(params, np.ones((len(params), 1), dtype=bool))
    origin = np.tile(_frame(dgeom)[0], 2)
    segs, owners = [np.zeros((0, 4))], [np.zeros(0, np.int64)]
    for _, _, owner, pieces, shp in _tiles(dgeom, params, rep, masks, q):
        seg, own = _unionarea.boundary_pieces(shp, pieces, threads=threads)
        segs.append(seg + origin)
        owners.append(owner[own])
    return np.concatenate(segs), np.concatenate(owners)


def _boundary_of(dgeom: np.ndarray, params: _shapes.StationParams, q: int, threads: int,
                 kept: Optional[list] = None):
    """A function giving :func:`_boundary_m` for every district computed directly (a district
    tiled by others, the city by its counties, is left to its tiles).  ``kept``: what
    :func:`_covered_m2` kept of a one-date run (used once, then let go, so a result does
    not hold its shapes' memory after its population is weighed)."""
    def boundary() -> tuple[np.ndarray, np.ndarray]:
        plan = _nesting_plan(dgeom)
        direct = np.array([i for i in range(len(dgeom)) if i not in plan.children], dtype=int)
        if kept:
            owner, pieces, shp = kept.pop()
            kept.clear()
            seg, own = _unionarea.boundary_pieces(shp, pieces, threads=threads)
            return seg + np.tile(_frame(dgeom[direct])[0], 2), direct[owner[own]]
        seg, own = _boundary_m(dgeom[direct], params, q, threads)
        return seg, direct[own]
    return boundary


def _polygonal_all(geoms: np.ndarray) -> np.ndarray:
    return np.array([polygonal(g) for g in geoms], dtype=object)


def coverage_at_dates(districts: gpd.GeoDataFrame, stations: gpd.GeoDataFrame,
                      active: np.ndarray, *, table: Optional[pd.DataFrame] = None, crs=None,
                      progress: Optional[ProgressFn] = None, threads: int | None = None,
                      quad_segs: int | None = None,
                      keep_shapes: bool = False) -> list[CoverageResult]:
    """Coverage per district at several dates in one pass: one result per column of
    ``active`` (bool, stations x dates: which stations are active at each date).

    ``districts``: columns ``code``, ``geometry`` (polygons, any CRS, normally EPSG:4490;
    they may overlap).  ``stations``: every station of any date, fields as layer
    ``base_stations``.  ``table``: band x scene radii (:func:`.radius.load_radius_table` when
    None).  ``crs``: metric CRS for areas (:func:`metric_crs_for` when None).  ``threads``:
    worker threads (all cores when None).  ``progress(percent, message)`` may raise
    :class:`~smartcity.layers.progress.Cancelled`.  ``keep_shapes`` (one date only): the
    result keeps the shapes built for its areas until its :meth:`~CoverageResult.boundary`
    is first asked for (population weighting), instead of building them again; about 1.5 KB
    per station held meanwhile.

    A series costs about one snapshot of all the stations it ever sees (:mod:`.unionarea`),
    whether stations were added or retired between dates.
    """
    progress = progress or no_progress
    codes = district_codes(districts)
    crs = pyproj.CRS.from_user_input(crs) if crs is not None else metric_crs_for(districts)
    q = quad_segs or _shapes.circle_segments_for()
    n_threads = threads or os.cpu_count() or 1
    active = np.asarray(active, dtype=bool)
    if active.ndim == 1:
        active = active[:, None]
    if active.shape[0] != len(stations):
        raise ValueError(f"active has {active.shape[0]} rows for {len(stations)} stations")
    dgeom = district_geoms(districts, crs)
    params = _shapes.station_params(stations, crs, table)
    kept: Optional[list] = [] if keep_shapes and active.shape[1] == 1 else None
    covered, plan = _union_areas(dgeom, params, active, q, n_threads, progress, kept)
    area = shapely.area(dgeom)
    results = []
    for d in range(active.shape[1]):
        on = np.flatnonzero(active[:, d])
        sub = _subset(params, on)
        results.append(CoverageResult(
            table=_table(codes, area, covered[:, d]), crs=crs, quad_segs=q,
            tiles=plan.children, dissolve=_dissolver(dgeom, sub, q, n_threads),
            boundary=_boundary_of(dgeom, sub, q, n_threads, kept),
            shapes=functools.partial(_shapes.build_shapes, sub, None, q), params=sub))
    return results


def _subset(params: _shapes.StationParams, on: np.ndarray) -> _shapes.StationParams:
    return _shapes.StationParams(params.x[on], params.y[on], params.r[on], params.az[on],
                                 params.slope[on], params.jac[on], params.ok[on], params.crs,
                                 None if params.fov is None else params.fov[on])


def _union_areas(dgeom: np.ndarray, params: _shapes.StationParams, active: np.ndarray, q: int,
                 n_threads: int, progress: ProgressFn,
                 keep: Optional[list] = None) -> tuple[np.ndarray, _Plan]:
    """Covered area (m², districts x dates) of each polygon of ``dgeom`` (metric CRS) by the
    union of the shapes of ``params`` active at each date, and the nesting plan used: a
    polygon tiled by others (the city by its counties) is the sum of its tiles."""
    plan = _nesting_plan(dgeom)
    direct = np.array([i for i in range(len(dgeom)) if i not in plan.children], dtype=int)
    covered = np.zeros((len(dgeom), active.shape[1]))
    covered[direct] = _covered_m2(dgeom[direct], params, active, q, n_threads, progress, keep)
    for i in plan.order:
        if i in plan.children:
            covered[i] = covered[plan.children[i]].sum(axis=0)
    return covered, plan


def union_area_table(zones: gpd.GeoDataFrame, params: _shapes.StationParams, *,
                     quad_segs: int | None = None, threads: int | None = None,
                     progress: Optional[ProgressFn] = None) -> pd.DataFrame:
    """Area of each polygon of ``zones`` and of its part inside the union of the shapes of
    ``params`` (all of them; in ``params.crs``): a table indexed by the zones' ``code`` with
    ``area_km2``, ``covered_km2`` (km²) and ``cov_5g_area_pct`` (0–100, NaN for an empty
    zone).  The same union-area engine as the 5G coverage (no union is built); ``zones`` may
    overlap and be empty."""
    codes = district_codes(zones)
    dgeom = district_geoms(zones, params.crs)
    q = quad_segs or _shapes.circle_segments_for()
    covered, _ = _union_areas(dgeom, params, np.ones((len(params), 1), dtype=bool), q,
                              threads or os.cpu_count() or 1, progress or no_progress)
    return _table(codes, shapely.area(dgeom), covered[:, 0])


def covered_within(result: CoverageResult, zones: gpd.GeoDataFrame, *,
                   threads: int | None = None) -> pd.DataFrame:
    """Area of other polygons (built-up areas cut at district borders) inside the 5G coverage
    of ``result``: the same stations and shapes, measured by :func:`union_area_table`."""
    if result.params is None:
        raise ValueError("this coverage result carries no station parameters; compute it "
                         "with coverage_at_dates or coverage_by_district")
    return union_area_table(zones, result.params, quad_segs=result.quad_segs, threads=threads)


def coverage_by_district(districts: gpd.GeoDataFrame, stations: gpd.GeoDataFrame, *,
                         table: Optional[pd.DataFrame] = None, crs=None,
                         progress: Optional[ProgressFn] = None,
                         threads: int | None = None,
                         quad_segs: int | None = None,
                         keep_shapes: bool = False) -> CoverageResult:
    """Share of each district's area inside the union of the stations' coverage shapes.

    ``stations``: the *active* base stations (the caller filters by date); the rest as
    :func:`coverage_at_dates`.
    """
    return coverage_at_dates(districts, stations, np.ones((len(stations), 1), dtype=bool),
                             table=table, crs=crs, progress=progress, threads=threads,
                             quad_segs=quad_segs, keep_shapes=keep_shapes)[0]


def coverage_polygons(result: CoverageResult) -> gpd.GeoDataFrame:
    """The dissolved coverage of each district as a layer in EPSG:4490 (column
    ``district_code``), e.g. to draw on a map sheet."""
    gdf = gpd.GeoDataFrame({"district_code": result.unions.index.astype(str)},
                           geometry=result.unions.to_numpy(), crs=result.crs)
    return gdf.to_crs(4490).reset_index(drop=True)
