"""Area of a region inside each cell of a north-up grid, from the region's boundary alone.

Why
---
Population weighting needs, for every raster cell, the fraction of it inside the 5G coverage.
Dissolving the coverage with GEOS to clip it cell by cell was most of a ``--population`` run;
the union-area engine already yields the coverage's boundary as directed segments
(:func:`.unionarea.boundary_pieces`), and that is enough.

How
---
In the grid's index space (``u`` = column, ``v`` = row, cells unit squares), for a region with
a closed directed boundary, the part of the horizontal line at height ``v`` inside the region
and inside column ``c`` has length ``Σ ± (clamp(u, c, c + 1) − c)`` over the boundary's
crossings of that line (``+`` where it goes one way, ``−`` the other).  Integrating over the
row ``[r, r + 1]``:

    ``area(region ∩ cell(r, c)) = Σ_segments ∫ (clamp(u, c, c + 1) − c) dv``   (v in the row)

Each segment is split where it crosses grid lines; a piece inside cell ``(r, c)`` adds
``(mean u − c) · Δv`` to that cell and ``Δv`` (a full cell width) to every cell of the row to
its left, kept as a difference array and summed once per row.  Pieces right of the grid add a
full width to the whole row, pieces left of it nothing, so the grid may be any window that
holds the cells wanted.  Cost: one pass over the segments and the cells they cross, plus one
cumulative sum over the window.  Exact up to rounding (no sampling); the sign of the
transform's determinant is taken care of, so a counter-clockwise region gives positive areas.
"""

from __future__ import annotations

import math

from . import jitcache

jitcache.install()  # before numba is imported (its CPU) and the kernels defined (their cache)

import numpy as np  # noqa: E402
from numba import njit  # noqa: E402


@njit(cache=True, nogil=True)
def _deposit(seg, nrows, ncols, inner, left, buf):
    """Add each segment's ``∫ (clamp(u, c, c + 1) − c) dv`` per cell (segments in index space:
    u0, v0, u1, v1): the cell's own part to ``inner``, full widths to ``left`` (a difference
    array along each row)."""
    for k in range(seg.shape[0]):
        u0 = seg[k, 0]
        v0 = seg[k, 1]
        u1 = seg[k, 2]
        v1 = seg[k, 3]
        dv = v1 - v0
        if dv == 0.0:
            continue
        # clip to the rows of the grid
        ta = (0.0 - v0) / dv
        tb = (nrows - v0) / dv
        lo = max(0.0, min(ta, tb))
        hi = min(1.0, max(ta, tb))
        if not lo < hi:
            continue
        du = u1 - u0
        n = 0
        buf[n] = lo
        n += 1
        buf[n] = hi
        n += 1
        # crossings of horizontal grid lines (integer v) and vertical ones (integer u in grid)
        va = v0 + lo * dv
        vb = v0 + hi * dv
        for r in range(int(math.ceil(min(va, vb))), int(math.floor(max(va, vb))) + 1):
            t = (r - v0) / dv
            if lo < t < hi:
                buf[n] = t
                n += 1
        if du != 0.0:
            ua = u0 + lo * du
            ub = u0 + hi * du
            c0 = max(int(math.ceil(min(ua, ub))), 0)
            c1 = min(int(math.floor(max(ua, ub))), ncols)
            for c in range(c0, c1 + 1):
                t = (c - u0) / du
                if lo < t < hi:
                    buf[n] = t
                    n += 1
        buf[:n].sort()
        for p in range(n - 1):
            t0 = buf[p]
            t1 = buf[p + 1]
            if not t1 > t0:
                continue
            pv = (t1 - t0) * dv
            tm = 0.5 * (t0 + t1)
            row = min(max(int(math.floor(v0 + tm * dv)), 0), nrows - 1)
            um = u0 + tm * du  # the piece's mean u (u is linear along it)
            if um <= 0.0:
                continue  # left of the grid: no cell gets any of it
            if um >= ncols:
                left[row, 0] += pv
                left[row, ncols] -= pv
                continue
            col = min(int(math.floor(um)), ncols - 1)
            inner[row, col] += (um - col) * pv
            left[row, 0] += pv
            left[row, col] -= pv


def cell_areas(segments: np.ndarray, shape: tuple[int, ...], transform) -> np.ndarray:
    """Area of the region bounded by ``segments`` (k, 4: x0, y0, x1, y1, directed so the
    region is on their left: exteriors counter-clockwise) inside each cell of the grid
    ``shape`` (rows, columns) placed by the north-up affine ``transform``, as a fraction of
    the cell's area (0–1, float rows x columns).  Segments outside the grid are allowed."""
    nrows, ncols = int(shape[0]), int(shape[1])
    out = np.zeros((nrows, ncols))
    seg = np.asarray(segments, dtype=float).reshape(-1, 4)
    if nrows == 0 or ncols == 0 or len(seg) == 0:
        return out
    if transform.b != 0 or transform.d != 0:
        raise ValueError("rotated population rasters are not supported; warp it to a north-up "
                         "grid first (gdalwarp)")
    a, c, e, f = transform.a, transform.c, transform.e, transform.f
    uv = np.empty_like(seg)
    uv[:, 0] = (seg[:, 0] - c) / a
    uv[:, 2] = (seg[:, 2] - c) / a
    uv[:, 1] = (seg[:, 1] - f) / e
    uv[:, 3] = (seg[:, 3] - f) / e
    span = np.abs(uv[:, 2] - uv[:, 0]) + np.abs(uv[:, 3] - uv[:, 1])
    buf = np.empty(int(np.ceil(span.max(initial=0.0))) + 8 if np.isfinite(span).all()
                   else 8)
    inner = np.zeros((nrows, ncols))
    left = np.zeros((nrows, ncols + 1))
    _deposit(np.ascontiguousarray(uv), nrows, ncols, inner, left, buf)
    out = inner + np.cumsum(left, axis=1)[:, :ncols]
    # index space flips orientation when exactly one of a, e is negative (north-up: e < 0)
    return np.clip(out if a * e > 0 else -out, 0.0, 1.0)
