"""Population-weighted 5G coverage per district, from a population raster.

The raster holds people per cell (e.g. WorldPop "ppp" or the sample ``population.tif``), in any
CRS; nodata and NaN cells count as nobody.  Each cell contributes its population times the
*fraction of the cell's area* inside the polygon:

* cells the polygon boundary does not touch are wholly inside or wholly outside, and the
  cell-centre rasterisation decides which (``all_touched=False``);
* cells the boundary touches (its lines rasterised with ``all_touched=True``) get the exact
  area of ``cell ∩ polygon`` divided by the cell
  area, computed with shapely down a quadtree of cell groups so each intersection stays small.

The district's own population is measured that way.  The *covered* population is not: the
coverage's fraction of each cell comes from the coverage's boundary as the union-area engine
finds it (:meth:`.coverage.CoverageResult.boundary`), integrated cell by cell with Green's
theorem (:mod:`.cellarea`), so no union is dissolved (``method="dissolve"`` still clips the
GEOS union, as a cross-check).

Never ``all_touched`` for the rate itself: it counts every boundary cell in full and
overstates coverage by several points.  Geometries are reprojected to the raster's CRS; a
raster in degrees is handled the same way (fractions of a cell are then fractions in degree
space, exact to the cell's own tiny distortion).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import rasterio
import rasterio.features
import rasterio.windows
import shapely
from affine import Affine

from .cellarea import cell_areas
from .coverage import CoverageResult, district_codes

LEAF_CELLS = 64
"""Quadtree leaves: at most this many boundary cells are intersected with one polygon piece..."""

LEAF_VERTICES = 200
"""... or the piece has at most this many vertices."""


def _clip_many(g, boxes: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """``g`` clipped to each box: GEOS rectangle clipping vectorised over the boxes (shapely's
    public ``clip_by_rect`` takes one rectangle; its ufunc takes arrays), else an overlay."""
    try:
        return shapely.lib.clip_by_rect(np.full(len(boxes), g, dtype=object), bounds[:, 0],
                                        bounds[:, 1], bounds[:, 2], bounds[:, 3])
    except (AttributeError, TypeError, ValueError):  # shapely 2.1's takes one rectangle
        return shapely.intersection(boxes, g)


def _box_areas(geom, boxes: np.ndarray) -> np.ndarray:
    """Area of ``box ∩ geom`` for each box, by quadtree: the polygon is clipped to ever
    smaller groups of boxes so each exact intersection only sees the few vertices nearby
    (``O(V log V)`` instead of ``O(V)`` per box).  Clipping a polygon to an axis-aligned
    rectangle is GEOS's rectangle intersection (``clip_by_rect``): exact for areas, and several
    times faster than a general overlay."""
    areas = np.zeros(len(boxes))
    b = shapely.bounds(boxes)
    cx, cy = 0.5 * (b[:, 0] + b[:, 2]), 0.5 * (b[:, 1] + b[:, 3])
    stack = [(geom, np.arange(len(boxes)))]
    while stack:  # a work list of (piece, boxes) groups: not a per-feature loop
        g, sel = stack.pop()
        if g is None or shapely.is_empty(g):
            continue
        if len(sel) <= LEAF_CELLS or shapely.get_num_coordinates(g) <= LEAF_VERTICES:
            areas[sel] = shapely.area(_clip_many(g, boxes[sel], b[sel]))
            continue
        mx, my = np.median(cx[sel]), np.median(cy[sel])
        for part in ((cx[sel] <= mx) & (cy[sel] <= my), (cx[sel] > mx) & (cy[sel] <= my),
                     (cx[sel] <= mx) & (cy[sel] > my), (cx[sel] > mx) & (cy[sel] > my)):
            sub = sel[part]
            if len(sub) == len(sel):  # degenerate split (all centres equal): finish here
                areas[sub] = shapely.area(shapely.intersection(boxes[sub], g))
                break
            if len(sub):
                bb = b[sub]
                piece = shapely.clip_by_rect(g, bb[:, 0].min(), bb[:, 1].min(),
                                             bb[:, 2].max(), bb[:, 3].max())
                stack.append((piece, sub))
    return areas


def cell_fractions(geom, shape: tuple[int, ...], transform: Affine) -> np.ndarray:
    """Fraction (0–1) of each cell of a grid (``shape``: rows, columns) covered by the polygon
    ``geom`` (same CRS)."""
    frac = np.zeros(shape, dtype=float)
    if geom is None or shapely.is_empty(geom) or shape[0] == 0 or shape[1] == 0:
        return frac
    if transform.b != 0 or transform.d != 0:
        raise ValueError("rotated population rasters are not supported; warp it to a north-up "
                         "grid first (gdalwarp)")
    inside = rasterio.features.rasterize([(geom, 1)], out_shape=shape, transform=transform,
                                         all_touched=False, dtype="uint8").astype(bool)
    edge = rasterio.features.rasterize([(shapely.boundary(geom), 1)], out_shape=shape,
                                       transform=transform, all_touched=True,
                                       dtype="uint8").astype(bool)
    frac[inside & ~edge] = 1.0
    rows, cols = np.nonzero(edge)
    if len(rows) == 0:
        return frac
    a, e, c, f = transform.a, transform.e, transform.c, transform.f
    cell_area = abs(a * e)
    x0 = c + cols * a
    y0 = f + rows * e
    boxes = shapely.box(np.minimum(x0, x0 + a), np.minimum(y0, y0 + e),
                        np.maximum(x0, x0 + a), np.maximum(y0, y0 + e))
    areas = _box_areas(geom, boxes)
    frac[rows, cols] = np.clip(areas / cell_area, 0.0, 1.0)
    return frac


def _window_for(src, geom) -> rasterio.windows.Window | None:
    if geom is None or shapely.is_empty(geom):
        return None
    win = rasterio.windows.from_bounds(*shapely.bounds(geom), transform=src.transform)
    win = win.round_offsets(op="floor").round_lengths(op="ceil")
    full = rasterio.windows.Window(0, 0, src.width, src.height)
    try:
        win = win.intersection(full)
    except rasterio.errors.WindowError:
        return None
    # round_lengths may drop the last partial column/row: widen by one, clipped to the raster.
    win = rasterio.windows.Window(win.col_off, win.row_off,
                                  min(win.width + 1, src.width - win.col_off),
                                  min(win.height + 1, src.height - win.row_off))
    return win if win.width > 0 and win.height > 0 else None


def _read(src, win) -> np.ndarray:
    data = src.read(1, window=win, masked=True).astype(float)
    values = np.ma.filled(data, 0.0)
    values[~np.isfinite(values)] = 0.0
    return values


def population_coverage(result: CoverageResult, districts: gpd.GeoDataFrame,
                        raster_path: str | Path, *, method: str = "boundary") -> pd.DataFrame:
    """Population and 5G-covered population of each district, from a people-per-cell raster.

    Returns a frame indexed by district code with ``population`` (people in the district per
    the raster), ``covered_population`` (people inside ``result``'s coverage) and
    ``cov_5g_pop_pct`` (0–100; NaN where the raster has nobody in the district).

    ``method``: ``"boundary"`` (default) takes each cell's covered fraction from the
    coverage's boundary (:meth:`CoverageResult.boundary`, integrated per cell by
    :func:`.cellarea.cell_areas`: no union is dissolved); ``"dissolve"`` clips the GEOS union
    (:attr:`CoverageResult.unions`) to the cells, the slower path kept as a cross-check.  The
    two agree to rounding.  A result that cannot give its boundary uses the second.
    """
    if method not in ("boundary", "dissolve"):
        raise ValueError(f"method must be 'boundary' or 'dissolve', not {method!r}")
    codes = district_codes(districts)
    path = Path(raster_path)
    if not path.exists():
        raise ValueError(f"population raster {path} does not exist")
    try:
        src = rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise ValueError(f"cannot read the population raster {path}: {exc}") from None
    with src:
        if src.crs is None:
            raise ValueError(f"population raster {path} has no CRS; assign one (e.g. "
                             "gdal_edit.py -a_srs EPSG:4550) so districts can be placed on it")
        dgeom = districts.geometry.to_crs(src.crs).to_numpy()
        # A district tiled by others (the city by its counties) sums its tiles' covered people
        # instead of dissolving its own union.
        same = codes.equals(result.table.index)
        tiles = getattr(result, "tiles", {}) if same else {}
        boundary = (result.boundary() if same and method == "boundary"
                    and hasattr(result, "boundary") else None)
        if boundary is not None:
            seg, owner = _to_raster_crs(boundary[0], result.crs, src.crs), boundary[1]
            order = np.argsort(owner, kind="stable")
            seg, owner = seg[order], owner[order]
            bounds = np.searchsorted(owner, np.arange(len(codes) + 1))
        else:
            raw = result.raw_unions() if tiles else result.unions.reindex(codes).to_numpy()
            ugeom = gpd.GeoSeries(raw, crs=result.crs).to_crs(src.crs).to_numpy()
        pop = np.zeros(len(codes))
        cov = np.zeros(len(codes))
        for i in range(len(codes)):  # one raster window per district
            g = dgeom[i]
            if g is not None and not shapely.is_valid(g):
                g = shapely.make_valid(g)
            win = _window_for(src, g)
            if win is None:
                continue
            values = _read(src, win)
            tr = src.window_transform(win)
            pop[i] = float((values * cell_fractions(g, values.shape, tr)).sum())
            if i in tiles:
                continue
            if boundary is not None:
                part = seg[bounds[i]:bounds[i + 1]]
                if len(part):
                    cov[i] = float((values * cell_areas(part, values.shape, tr)).sum())
                continue
            u = ugeom[i]
            if u is not None and not shapely.is_empty(u):
                cov[i] = float((values * cell_fractions(u, values.shape, tr)).sum())
    area = result.table["area_km2"].to_numpy()
    for i in sorted(tiles, key=lambda k: area[k]):  # tiles before what they tile
        cov[i] = cov[tiles[i]].sum()
    with np.errstate(invalid="ignore", divide="ignore"):
        pct = np.where(pop > 0, 100.0 * cov / np.where(pop > 0, pop, 1.0), np.nan)
    return pd.DataFrame({"population": pop, "covered_population": cov,
                         "cov_5g_pop_pct": pct}, index=codes)


def _to_raster_crs(seg: np.ndarray, crs, raster_crs) -> np.ndarray:
    """Segments (k, 4) from ``crs`` to the raster's CRS, end points transformed (as GEOS's
    reprojection of the union moves its vertices)."""
    if pyproj.CRS.from_user_input(raster_crs) == pyproj.CRS.from_user_input(crs):
        return seg
    tf = pyproj.Transformer.from_crs(crs, raster_crs, always_xy=True)
    out = np.empty_like(seg)
    out[:, 0], out[:, 1] = tf.transform(seg[:, 0], seg[:, 1])
    out[:, 2], out[:, 3] = tf.transform(seg[:, 2], seg[:, 3])
    return out
