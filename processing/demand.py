"""What a site plan must cover: demand polygons and items, cut into what each candidate adds.

A *demand* is any polygon layer with weights (area itself, a population raster's cells,
built-up areas, …) or a set of items reached when a shape meets them (key places).  Each
demand piece belongs to a *zone* (the district whose target it counts for).  Everything is
in the metric CRS of the coverage engine, and shapes are the engine's own
(:mod:`.shapes`), so the gains are measured on the same polygons the indicator is:

* :func:`residual_pieces`: for each candidate, ``shape ∩ demand`` minus the existing
  coverage, exactly (GEOS), one piece per demand polygon it meets.  The plane is cut into
  square tiles first (each tile's demand minus the union of the existing shapes reaching
  it), so no overlay ever sees a whole city's coverage: the cost grows with the number of
  candidates and of existing shapes near them, not with the city;
* :func:`item_incidence`: which candidates reach which items not already reached (the
  MIIT 通达 rule of :mod:`.keyplaces`: a shape meeting the place).

:data:`DEMANDS` maps an indicator to the function building its demand (:mod:`.planning`);
a new indicator (built-up coverage) is one more entry.
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from ..layers.progress import ProgressFn, no_progress


@dataclass
class AreaDemand:
    """Polygons (metric CRS) to cover, each with a density (weight per m²) and a zone.

    Polygons of one zone should not overlap (each is counted on its own)."""

    geoms: np.ndarray
    density: np.ndarray
    zone: np.ndarray


@dataclass
class ItemDemand:
    """Things reached when a coverage shape meets them, each with a weight and a zone (an
    item in two zones is listed twice)."""

    geoms: np.ndarray
    weight: np.ndarray
    zone: np.ndarray


def _threads(n: Optional[int]) -> int:
    return max(1, n or os.cpu_count() or 1)


def _chunked(fn, arrays: tuple, threads: int) -> np.ndarray:
    """``fn(*arrays)`` elementwise, split over threads (GEOS releases the GIL)."""
    n = len(arrays[0])
    if threads <= 1 or n < 2000:
        return fn(*arrays)
    cuts = np.linspace(0, n, threads + 1).astype(int)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        parts = list(pool.map(lambda k: fn(*(a[cuts[k]:cuts[k + 1]] for a in arrays)),
                              range(threads)))
    return np.concatenate(parts)


TILE_EXTENTS = 6.0
"""Tile side in median candidate extents (diameters): measured at 100k existing stations and
20k candidates, 1 extent took 48 s, 2: 32 s, 4: 20 s, 8: 17 s (the existing shapes' unions
dominate; bigger tiles cut fewer shapes at their edges), with the same areas to 1e-12."""


def tile_size(cand_shapes: np.ndarray) -> float:
    """Side of the tiles (map units): :data:`TILE_EXTENTS` median candidate extents, at least
    1 km."""
    b = shapely.bounds(cand_shapes)
    ext = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])
    ext = ext[np.isfinite(ext)]
    return max(1000.0, TILE_EXTENTS * float(np.median(ext)) if len(ext) else 5000.0)


def uncovered_demand(demand: AreaDemand, cand_shapes: np.ndarray, existing: np.ndarray, *,
                     tile_m: Optional[float] = None, threads: Optional[int] = None,
                     progress: Optional[ProgressFn] = None
                     ) -> tuple[np.ndarray, np.ndarray]:
    """The demand not covered by the ``existing`` shapes, cut into tiles, only where some
    candidate reaches: ``(pieces, index of the demand polygon of each piece)``."""
    progress = progress or no_progress
    present = ~shapely.is_empty(cand_shapes)
    if not present.any() or not len(demand.geoms):
        return np.zeros(0, dtype=object), np.zeros(0, np.intp)
    t = tile_m or tile_size(cand_shapes[present])
    x0, y0, x1, y1 = shapely.total_bounds(cand_shapes[present])
    nx, ny = max(1, math.ceil((x1 - x0) / t)), max(1, math.ceil((y1 - y0) / t))
    ix, iy = np.meshgrid(np.arange(nx), np.arange(ny), indexing="ij")
    ix, iy = ix.ravel(), iy.ravel()
    tiles = shapely.box(x0 + ix * t, y0 + iy * t, x0 + (ix + 1) * t, y0 + (iy + 1) * t)
    # tiles some candidate reaches
    hit = np.unique(shapely.STRtree(cand_shapes[present]).query(tiles, predicate="intersects")[0])
    tiles = tiles[hit]
    t_idx, d_idx = shapely.STRtree(demand.geoms).query(tiles, predicate="intersects")
    pieces = _chunked(shapely.intersection, (demand.geoms[d_idx], tiles[t_idx]),
                      _threads(threads))
    progress(30.0, "demand tiles")
    ok = shapely.area(pieces) > 0
    t_idx, d_idx, pieces = t_idx[ok], d_idx[ok], pieces[ok]
    ex = existing[~shapely.is_empty(existing)] if len(existing) else existing
    if len(ex) and len(pieces):
        used = np.unique(t_idx)
        q_t, q_e = shapely.STRtree(ex).query(tiles[used], predicate="intersects")
        starts = np.searchsorted(q_t, np.arange(len(used) + 1))
        cover = np.full(len(tiles), None, dtype=object)

        def union(k):
            sel = q_e[starts[k]:starts[k + 1]]
            if len(sel) == 0:
                return None
            return shapely.union_all(ex[sel])

        with ThreadPoolExecutor(max_workers=_threads(threads)) as pool:
            unions = list(pool.map(union, range(len(used))))
        for k, u in enumerate(unions):
            cover[used[k]] = u
        progress(80.0, "existing coverage")
        cutter = cover[t_idx]
        has = np.array([c is not None for c in cutter], dtype=bool)
        if has.any():
            pieces = pieces.copy()
            pieces[has] = _chunked(shapely.difference, (pieces[has], cutter[has]),
                                   _threads(threads))
        ok = shapely.area(pieces) > 0
        pieces, d_idx = pieces[ok], d_idx[ok]
    progress(100.0, "uncovered demand")
    return pieces, d_idx


def residual_pieces(demand: AreaDemand, cand_shapes: np.ndarray, existing: np.ndarray, *,
                    tile_m: Optional[float] = None, threads: Optional[int] = None,
                    progress: Optional[ProgressFn] = None) -> dict:
    """What each candidate would newly cover of ``demand``, beyond the ``existing`` shapes:
    arrays ``piece_cand``, ``piece_zone``, ``piece_density``, ``piece_geom``, ``piece_src``
    (the uncovered tile piece it lies in: pieces of one source may overlap, of two never)."""
    progress = progress or no_progress
    from ..layers.progress import scaled

    pieces, d_idx = uncovered_demand(demand, cand_shapes, existing, tile_m=tile_m,
                                     threads=threads, progress=scaled(progress, 0, 60))
    empty = {"piece_cand": np.zeros(0, np.intp), "piece_zone": np.zeros(0, np.intp),
             "piece_density": np.zeros(0), "piece_geom": np.zeros(0, dtype=object),
             "piece_src": np.zeros(0, np.intp)}
    if not len(pieces):
        return empty
    c_idx, p_idx = shapely.STRtree(pieces).query(cand_shapes, predicate="intersects")
    geom = _chunked(shapely.intersection, (cand_shapes[c_idx], pieces[p_idx]),
                    _threads(threads))
    progress(95.0, "candidate pieces")
    geom = np.array([_polygonal(g) for g in geom], dtype=object) if len(geom) else geom
    ok = shapely.area(geom) > 0
    c_idx, p_idx, geom = c_idx[ok], p_idx[ok], geom[ok]
    progress(100.0, "candidate pieces")
    return {"piece_cand": c_idx.astype(np.intp), "piece_zone": demand.zone[d_idx[p_idx]],
            "piece_density": demand.density[d_idx[p_idx]], "piece_geom": geom,
            "piece_src": p_idx.astype(np.intp)}


def _polygonal(g):
    if g is None or shapely.get_type_id(g) in (3, 6):
        return g
    parts = shapely.get_parts(g)
    return shapely.union_all(parts[np.isin(shapely.get_type_id(parts), (3, 6))])


def item_incidence(items: ItemDemand, cand_shapes: np.ndarray, existing: np.ndarray) -> dict:
    """Items not yet reached by the ``existing`` shapes and the candidates reaching each:
    ``reached`` (bool per item, by the existing network), ``inc_cand``, ``inc_item``."""
    n = len(items.geoms)
    reached = np.zeros(n, dtype=bool)
    ex = existing[~shapely.is_empty(existing)] if len(existing) else existing
    if n and len(ex):
        reached[shapely.STRtree(ex).query(items.geoms, predicate="intersects")[0]] = True
    if n == 0 or not len(cand_shapes):
        return {"reached": reached, "inc_cand": np.zeros(0, np.intp),
                "inc_item": np.zeros(0, np.intp)}
    i_idx, c_idx = shapely.STRtree(cand_shapes).query(items.geoms, predicate="intersects")
    keep = ~reached[i_idx]
    return {"reached": reached, "inc_cand": c_idx[keep].astype(np.intp),
            "inc_item": i_idx[keep].astype(np.intp)}


class RasterWeights:
    """Weights of polygons from a people-per-cell raster: each cell counts with the exact
    fraction of its area inside the polygon (:func:`.population.cell_fractions`, the rule of
    ``cov_5g_pop_pct``), so a piece weighs the people in it.  The raster is read once;
    polygons come in the metric ``crs`` and are reprojected to the raster's CRS."""

    def __init__(self, path, crs):
        import pyproj
        import rasterio

        with rasterio.open(path) as src:
            if src.crs is None:
                raise ValueError(f"population raster {path} has no CRS; assign one (e.g. "
                                 "gdal_edit.py -a_srs EPSG:4550)")
            values = src.read(1, masked=True).astype(float)
            self.values = np.ma.filled(values, 0.0)
            self.values[~np.isfinite(self.values)] = 0.0
            self.transform = src.transform
            raster_crs = pyproj.CRS.from_user_input(src.crs)
        metric = pyproj.CRS.from_user_input(crs)
        self.to_raster = None if raster_crs.equals(metric) else \
            pyproj.Transformer.from_crs(metric, raster_crs, always_xy=True)
        self.inverse = ~self.transform

    def __call__(self, geoms: np.ndarray, density: np.ndarray) -> np.ndarray:
        from .population import cell_fractions

        out = np.zeros(len(geoms))
        rows, cols = self.values.shape
        for k, g in enumerate(geoms):
            if g is None or shapely.is_empty(g):
                continue
            if self.to_raster is not None:
                g = shapely.transform(g, lambda xy: np.column_stack(
                    self.to_raster.transform(xy[:, 0], xy[:, 1])))
            x0, y0, x1, y1 = shapely.bounds(g)
            c0, r0 = self.inverse * (x0, y1)
            c1, r1 = self.inverse * (x1, y0)
            ca, cb = sorted((c0, c1))
            ra, rb = sorted((r0, r1))
            ca, ra = max(int(math.floor(ca)) - 1, 0), max(int(math.floor(ra)) - 1, 0)
            cb, rb = min(int(math.ceil(cb)) + 1, cols), min(int(math.ceil(rb)) + 1, rows)
            if cb <= ca or rb <= ra:
                continue
            window = self.values[ra:rb, ca:cb]
            tr = self.transform * self.transform.translation(ca, ra)
            out[k] = float((window * cell_fractions(g, window.shape, tr)).sum())
        return out * np.asarray(density, dtype=float)
