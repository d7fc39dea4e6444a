"""Area of the union of coverage shapes inside each district, at many dates, without the union.

Why
---
Dissolving tens of thousands of overlapping 60–70-vertex shapes with GEOS (``union_all``)
was three quarters of every coverage run, and a yearly series repeated it per date.  The
*area* of ``U ∩ D`` (``U`` the union of the shapes, ``D`` a district) does not need the
union's polygon, only its boundary, and that boundary is made of pieces of edges we already
have.

How
---
Green's theorem: a region's area is ``½ Σ cross(P0 − O, P1 − O)`` over the directed pieces
``P0 → P1`` of its boundary, for any origin ``O``.  The boundary of ``U ∩ D`` is

(a) the pieces of shape edges that no other shape covers and that lie inside ``D``, and
(b) the pieces of ``D``'s boundary that lie inside some shape.

Every edge is split where other shapes' boundaries cross it (shape edges near a district
border also where the border crosses them); a piece is covered or not, inside ``D`` or not,
as its midpoint is.  Shapes and district rings are oriented counter-clockwise (holes
clockwise), so the pieces are directed as the boundary of ``U ∩ D`` runs.

Every coverage shape is star-shaped around its station with its vertices in angular order
(:mod:`.shapes`), so "which edges of shape j can cross this segment" and "is this point in
shape j" are binary searches by angle rather than scans of all edges; a disc inscribed in the
shape and one around it settle most tests with no search at all.

Dates: each shape carries a bit mask of the dates at which it is active (up to
:data:`MAX_DATES` per pass).  A piece of a shape's edge is on the boundary at the dates where
its shape is active and no shape covering it is, so one pass gives every date of a series,
and the work is that of one snapshot of all stations ever active.

Identical shapes (co-sited stations with equal parameters) are merged first and their masks
OR-ed: their edges would coincide, the one case a midpoint cannot decide.

The kernels are compiled with numba (cached on disk after the first run) and run on all cores.
Results equal GEOS's ``area(intersection(union_all(shapes), D))`` to rounding (tests compare
with QGIS, PostGIS, analytic areas and Monte Carlo).
"""

from __future__ import annotations

import math
import threading
from typing import Optional, Sequence

from . import jitcache

jitcache.install()  # before numba is imported (its CPU) and the kernels defined (their cache)

import numba  # noqa: E402
import numpy as np  # noqa: E402
import shapely  # noqa: E402
from numba import njit, prange  # noqa: E402

from ..layers.progress import ProgressFn, no_progress  # noqa: E402

MAX_DATES = 62
"""Dates per pass: masks are int64 bit sets (bit 63 is the sign, left alone)."""

_LOCK = threading.Lock()
"""numba's default thread pool must not be entered from two threads at once (a QGIS task
and the dashboard, say): one computation at a time, each on every core."""

CHUNK = 20_000
"""Shapes or border segments per kernel call: progress and Cancel are checked between calls."""

_ROUND = 1e-9
"""Relative slack on the inscribed/enclosing discs and on crossing parameters (extra split
points are harmless; a missed one is not)."""


# --- kernels ---------------------------------------------------------------------------------

@njit(cache=True, nogil=True)
def _angle(dx, dy):
    """A pseudo-angle of the direction (dx, dy) in [0, 4): not the angle, but increasing with
    it counter-clockwise from due east, and no trigonometry (the "diamond angle")."""
    if dy >= 0.0:
        if dx >= 0.0:
            return 0.0 if dx + dy == 0.0 else dy / (dx + dy)
        return 1.0 - dx / (dy - dx)
    if dx < 0.0:
        return 2.0 - dy / (-dx - dy)
    return 3.0 + dx / (dx - dy)


@njit(cache=True, nogil=True)
def _edge_at(th, s, m, beta):
    """Index k (0..m-1) of the edge whose angular range [th[s+k], th[s+k+1]) holds ``beta``
    (pseudo-angles, :func:`_angle`)."""
    if beta < th[s]:
        beta += 4.0
    lo, hi = 0, m
    while hi - lo > 1:
        mid = (lo + hi) >> 1
        if th[s + mid] <= beta:
            lo = mid
        else:
            hi = mid
    return lo


@njit(cache=True, nogil=True)
def _inside(px, py, j, cx, cy, rin2, rout2, vs, vx, vy, th):
    """Is the point strictly inside shape ``j`` (star-shaped around ``cx[j], cy[j]``)?"""
    dx = px - cx[j]
    dy = py - cy[j]
    d2 = dx * dx + dy * dy
    if d2 >= rout2[j]:
        return False
    if d2 <= rin2[j]:
        return True
    s = vs[j]
    m = vs[j + 1] - s
    k = _edge_at(th, s, m, _angle(dx, dy))
    k1 = k + 1 if k + 1 < m else 0
    ax = vx[s + k]
    ay = vy[s + k]
    return (vx[s + k1] - ax) * (py - ay) - (vy[s + k1] - ay) * (px - ax) > 0.0


@njit(cache=True, nogil=True)
def _crossing(ax, ay, ex, ey, x0, y0, fx, fy):
    """Parameter (0..1) along a→a+e where the segment (x0, y0)→+f crosses it, -1 if none
    (with the slack :data:`_ROUND`: an extra split is harmless, a missed one is not)."""
    den = ex * fy - ey * fx
    if den == 0.0:
        return -1.0
    wx = x0 - ax
    wy = y0 - ay
    t = (wx * fy - wy * fx) / den
    u = (wx * ey - wy * ex) / den
    if -_ROUND < t < 1.0 + _ROUND and -_ROUND < u < 1.0 + _ROUND:
        return min(max(t, 0.0), 1.0)
    return -1.0


@njit(cache=True, nogil=True)
def _add_crossings(ax, ay, bx, by, j, cx, cy, rout2, vs, vx, vy, th, ts, nt):
    """Append to ``ts`` the parameters (0..1 along a→b) where shape ``j``'s boundary crosses
    the segment; only the edges in the segment's angular span (seen from the station) are
    tested.  Returns the new count."""
    s = vs[j]
    m = vs[j + 1] - s
    pax = ax - cx[j]
    pay = ay - cy[j]
    pbx = bx - cx[j]
    pby = by - cy[j]
    ex = bx - ax
    ey = by - ay
    cr = pax * pby - pay * pbx
    length = math.sqrt(ex * ex + ey * ey)
    if abs(cr) <= 1e-7 * length * math.sqrt(rout2[j]):  # the line passes (near) the station
        k0 = 0
        cnt = m
    else:
        ka = _edge_at(th, s, m, _angle(pax, pay))
        kb = _edge_at(th, s, m, _angle(pbx, pby))
        if cr > 0:
            k0 = ka
            cnt = (kb - ka) % m
        else:
            k0 = kb
            cnt = (ka - kb) % m
        k0 = (k0 - 1) % m
        cnt += 3
        if cnt > m:
            k0 = 0
            cnt = m
    for q in range(cnt):
        k = (k0 + q) % m
        k1 = k + 1 if k + 1 < m else 0
        t = _crossing(ax, ay, ex, ey, vx[s + k], vy[s + k], vx[s + k1] - vx[s + k],
                      vy[s + k1] - vy[s + k])
        if t >= 0.0:
            ts[nt] = t
            nt += 1
    return nt


@njit(cache=True, nogil=True)
def _add_splits(ax, ay, bx, by, seg, lo, hi, spl, ts, nt):
    """Append the parameters where the segments ``seg[spl[lo:hi]]`` (district borders) cross
    a→b."""
    ex = bx - ax
    ey = by - ay
    ex0 = min(ax, bx)
    ex1 = max(ax, bx)
    ey0 = min(ay, by)
    ey1 = max(ay, by)
    for q in range(lo, hi):
        g = spl[q]
        x0 = seg[g, 0]
        y0 = seg[g, 1]
        if (max(x0, seg[g, 2]) < ex0 or min(x0, seg[g, 2]) > ex1
                or max(y0, seg[g, 3]) < ey0 or min(y0, seg[g, 3]) > ey1):
            continue
        t = _crossing(ax, ay, ex, ey, x0, y0, seg[g, 2] - x0, seg[g, 3] - y0)
        if t >= 0.0:
            ts[nt] = t
            nt += 1
    return nt


@njit(cache=True, nogil=True)
def _pieces(ax, ay, bx, by, need, cand, ncand, masks, cx, cy, rin2, rout2, bb,
            vs, vx, vy, th, extra, n_extra, ts, rel, pc):
    """Split segment a→b where other shapes (``cand[:ncand]``) cross it, and at the
    parameters ``extra[:n_extra]`` (district borders), and classify the pieces.

    ``need``: the dates (bit mask) that matter for this segment.  Fills ``ts[:n]`` (sorted
    split parameters, 0 and 1 included) and ``pc[:n-1]`` (dates at which a shape covers each
    piece, restricted to ``need``) and returns ``n``."""
    x0 = min(ax, bx)
    x1 = max(ax, bx)
    y0 = min(ay, by)
    y1 = max(ay, by)
    full = 0
    nrel = 0
    ex = bx - ax
    ey = by - ay
    l2 = ex * ex + ey * ey
    for q in range(ncand):
        j = cand[q]
        mj = masks[j] & need
        if mj & ~full == 0:
            continue
        if bb[j, 0] > x1 or bb[j, 2] < x0 or bb[j, 1] > y1 or bb[j, 3] < y0:
            continue
        pax = ax - cx[j]
        pay = ay - cy[j]
        pbx = bx - cx[j]
        pby = by - cy[j]
        if pax * pax + pay * pay <= rin2[j] and pbx * pbx + pby * pby <= rin2[j]:
            full |= mj  # the inscribed disc holds the whole segment
            if need & ~full == 0:
                break
            continue
        t = 0.0 if l2 == 0.0 else min(max(-(pax * ex + pay * ey) / l2, 0.0), 1.0)
        qx = pax + t * ex
        qy = pay + t * ey
        if qx * qx + qy * qy >= rout2[j]:
            continue  # the segment misses the disc around the shape
        rel[nrel] = j
        nrel += 1
    ts[0] = 0.0
    ts[1] = 1.0
    if need & ~full == 0 or (nrel == 0 and n_extra == 0):
        pc[0] = full
        return 2
    nt = 2
    for r in range(nrel):
        nt = _add_crossings(ax, ay, bx, by, rel[r], cx, cy, rout2, vs, vx, vy, th, ts, nt)
    for e in range(n_extra):
        ts[nt] = extra[e]
        nt += 1
    ts[:nt].sort()
    for p in range(nt - 1):
        cov = full
        t0 = ts[p]
        t1 = ts[p + 1]
        if t1 > t0:
            tm = 0.5 * (t0 + t1)
            mx = ax + tm * ex
            my = ay + tm * ey
            for r in range(nrel):
                j = rel[r]
                mj = masks[j] & need
                if mj & ~cov == 0:
                    continue
                if _inside(mx, my, j, cx, cy, rin2, rout2, vs, vx, vy, th):
                    cov |= mj
                    if need & ~cov == 0:
                        break
        pc[p] = cov
    return nt


@njit(cache=True, nogil=True)
def _collect(qx0, qy0, qx1, qy1, me, bb, cell0, starts, items, x0, y0, h, nx, ny):
    """The shapes (other than ``me``) whose box meets the box (qx0, qy0)–(qx1, qy1), each
    once (taken in the first grid cell both boxes share)."""
    ax0 = _cell(qx0, x0, h, nx)
    ay0 = _cell(qy0, y0, h, ny)
    ax1 = _cell(qx1, x0, h, nx)
    ay1 = _cell(qy1, y0, h, ny)
    bound = 0
    for gy in range(ay0, ay1 + 1):
        bound += starts[gy * nx + ax1 + 1] - starts[gy * nx + ax0]
    out = np.empty(bound, np.int64)
    w = 0
    for gy in range(ay0, ay1 + 1):
        for gx in range(ax0, ax1 + 1):
            cell = gy * nx + gx
            for e in range(starts[cell], starts[cell + 1]):
                j = items[e]
                if j == me or bb[j, 0] > qx1 or bb[j, 2] < qx0 or bb[j, 1] > qy1 \
                        or bb[j, 3] < qy0:
                    continue
                if max(ax0, cell0[j, 0]) != gx or max(ay0, cell0[j, 1]) != gy:
                    continue
                out[w] = j
                w += 1
    return out[:w]


@njit(cache=True, nogil=True)
def _segment_candidates(seg, g, bb, grid):
    """The shapes whose box meets the box of border segment ``g``."""
    cell0, starts, cells, x0, y0, h, nx, ny = grid
    return _collect(min(seg[g, 0], seg[g, 2]), min(seg[g, 1], seg[g, 3]),
                    max(seg[g, 0], seg[g, 2]), max(seg[g, 1], seg[g, 3]), -1, bb, cell0,
                    starts, cells, x0, y0, h, nx, ny)


@njit(cache=True, nogil=True)
def _neighbours(i, masks, cx, cy, rin2, rout2, bb, grid):
    """The shapes that may cover part of shape ``i``, biggest inscribed disc first (so a
    segment's cover is found early), and the dates at which one covers all of it."""
    cell0, starts, cells, x0, y0, h, nx, ny = grid
    cand = _collect(bb[i, 0], bb[i, 1], bb[i, 2], bb[i, 3], i, bb, cell0, starts, cells,
                    x0, y0, h, nx, ny)
    keep = np.empty(len(cand), np.int64)
    n = 0
    whole = 0
    ri = math.sqrt(rout2[i])
    for j in cand:
        if masks[j] & masks[i] == 0:
            continue
        d = math.sqrt((cx[j] - cx[i]) ** 2 + (cy[j] - cy[i]) ** 2)
        if d + ri <= math.sqrt(rin2[j]):
            whole |= masks[j]  # i lies in j's inscribed disc
        elif d < ri + math.sqrt(rout2[j]):
            keep[n] = j
            n += 1
    keep = keep[:n]
    return keep[np.argsort(-rin2[keep])], whole & masks[i]


BURIED_TRIES = 48
"""Shapes tested per edge by :func:`_buried` before it gives up on that edge (then the shape
takes the exact path; the cull is a shortcut, never an approximation)."""


@njit(cache=True, nogil=True)
def _buried(i, need, masks, cx, cy, rin2, vs, vx, vy, grid):
    """The dates (within ``need``) at which every edge of shape ``i`` lies wholly inside the
    inscribed disc of some other active shape: at those dates none of its boundary is on the
    union's, so it adds nothing, and the exact split of its edges can be skipped.

    Why: in a dense core (overlap depth in the hundreds) almost every shape is buried, and
    splitting its edges against all its neighbours is what made the cost grow with depth.
    Here each edge looks only in the grid cell of its first vertex (any disc holding the edge
    has its box there), trying the shape that held the previous edge first: a few tests per
    edge whatever the depth.  An edge no shape of its first :data:`BURIED_TRIES` holds ends
    the cull (returns 0: the shape takes the exact path)."""
    cell0, starts, items, x0, y0, h, nx, ny = grid
    s = vs[i]
    m = vs[i + 1] - s
    left = need
    last = -1
    for k in range(m):
        k1 = k + 1 if k + 1 < m else 0
        ax = vx[s + k]
        ay = vy[s + k]
        bx = vx[s + k1]
        by = vy[s + k1]
        cov = 0
        if last >= 0:
            dax = ax - cx[last]
            day = ay - cy[last]
            dbx = bx - cx[last]
            dby = by - cy[last]
            if dax * dax + day * day <= rin2[last] and dbx * dbx + dby * dby <= rin2[last]:
                cov = masks[last] & left
        if cov != left:
            cell = _cell(ay, y0, h, ny) * nx + _cell(ax, x0, h, nx)
            lo = starts[cell]
            hi = starts[cell + 1]
            tries = 0
            for e in range(lo, hi):
                j = items[e]
                mj = masks[j] & left
                if j == i or mj & ~cov == 0:
                    continue
                tries += 1
                if tries > BURIED_TRIES:
                    break
                dax = ax - cx[j]
                day = ay - cy[j]
                if dax * dax + day * day > rin2[j]:
                    continue
                dbx = bx - cx[j]
                dby = by - cy[j]
                if dbx * dbx + dby * dby > rin2[j]:
                    continue
                cov |= mj
                last = j
                if cov == left:
                    break
        left &= cov
        if left == 0:
            return 0
    return left


BLOCK = 8
"""Edges per block: candidates are first narrowed to those meeting a block's box."""


@njit(cache=True, nogil=True)
def _block(cand, bb, vx, vy, s, m, k0, sub):
    """Fill ``sub`` with the candidates whose box meets the box of edges ``k0 ..
    k0 + BLOCK - 1`` of the shape whose vertices start at ``s``; returns their number."""
    x0 = 1e300
    y0 = 1e300
    x1 = -1e300
    y1 = -1e300
    for k in range(k0, min(k0 + BLOCK, m) + 1):
        v = s + (k if k < m else 0)
        x0 = min(x0, vx[v])
        y0 = min(y0, vy[v])
        x1 = max(x1, vx[v])
        y1 = max(y1, vy[v])
    n = 0
    for j in cand:
        if bb[j, 0] <= x1 and bb[j, 2] >= x0 and bb[j, 1] <= y1 and bb[j, 3] >= y0:
            sub[n] = j
            n += 1
    return n


@njit(cache=True, nogil=True)
def _scratch(cand, vs, extra):
    """Buffers for :func:`_pieces` on segments of one shape (or border segment) with these
    candidates: split parameters, relevant shapes, cover per piece."""
    cap = 2 + extra
    for j in cand:
        cap += vs[j + 1] - vs[j] + 3
    return np.empty(cap), np.empty(len(cand), np.int64), np.empty(cap, np.int64)


@njit(cache=True, nogil=True)
def _add_bits(out, row, bits, w, ndates):
    for d in range(ndates):
        if (bits >> d) & 1:
            out[row, d] += w


@njit(parallel=True, cache=True, nogil=True)
def _shape_kernel(items, grid, masks, cx, cy, rin2, rout2, bb, vs, vx, vy, th, ndates, out):
    """(a) for shapes wholly inside one district or wholly outside all: ``out[q, d]`` is
    ½ Σ cross(P0, P1) over the uncovered pieces of shape ``items[q]``'s edges at date ``d``.
    ``grid``: :meth:`_Grid.args`."""
    for q in prange(len(items)):
        i = items[q]
        need = masks[i] & ~_buried(i, masks[i], masks, cx, cy, rin2, vs, vx, vy, grid)
        if need == 0:
            continue
        nb_idx, whole = _neighbours(i, masks, cx, cy, rin2, rout2, bb, grid)
        need &= ~whole
        if need == 0:
            continue
        ts, rel, pc = _scratch(nb_idx, vs, 0)
        sub = np.empty(len(nb_idx), np.int64)
        s = vs[i]
        m = vs[i + 1] - s
        nsub = 0
        for k in range(m):
            if k % BLOCK == 0:
                nsub = _block(nb_idx, bb, vx, vy, s, m, k, sub)
            k1 = k + 1 if k + 1 < m else 0
            ax = vx[s + k]
            ay = vy[s + k]
            bx = vx[s + k1]
            by = vy[s + k1]
            n = _pieces(ax, ay, bx, by, need, sub, nsub, masks, cx, cy, rin2, rout2,
                        bb, vs, vx, vy, th, ts, 0, ts, rel, pc)
            half_cross = 0.5 * (ax * by - ay * bx)
            for p in range(n - 1):
                unc = need & ~pc[p]
                if unc != 0:
                    _add_bits(out, q, unc, (ts[p + 1] - ts[p]) * half_cross, ndates)


@njit(parallel=True, cache=True, nogil=True)
def _border_kernel(items, todo, grid, sp_ptr, sp_idx, seg, masks, cx, cy, rin2,
                   rout2, bb, vs, vx, vy, th, ndates, base, out_xy, out_w, counts):
    """(a) for shapes near a district border: their uncovered boundary, split where borders
    cross it, as records (a point of the run, ½ Σ cross(P0, P1) per date) for the caller to
    place in districts.  Shape ``items[q]`` writes its records from ``base[q]`` on and their
    number in ``counts[q]``, or -1 when they would pass ``base[q + 1]``; only where
    ``todo[q]``."""
    for q in prange(len(items)):
        counts[q] = 0
        if not todo[q]:
            continue
        i = items[q]
        need = masks[i] & ~_buried(i, masks[i], masks, cx, cy, rin2, vs, vx, vy, grid)
        if need == 0:
            continue
        nb_idx, whole = _neighbours(i, masks, cx, cy, rin2, rout2, bb, grid)
        need &= ~whole
        if need == 0:
            continue
        s_lo = sp_ptr[q]
        s_hi = sp_ptr[q + 1]
        ts, rel, pc = _scratch(nb_idx, vs, s_hi - s_lo)
        sub = np.empty(len(nb_idx), np.int64)
        dts = np.empty(s_hi - s_lo + 1)
        s = vs[i]
        m = vs[i + 1] - s
        w = base[q]
        nsub = 0
        for k in range(m):
            if k % BLOCK == 0:
                nsub = _block(nb_idx, bb, vx, vy, s, m, k, sub)
            k1 = k + 1 if k + 1 < m else 0
            ax = vx[s + k]
            ay = vy[s + k]
            bx = vx[s + k1]
            by = vy[s + k1]
            nd = _add_splits(ax, ay, bx, by, seg, s_lo, s_hi, sp_idx, dts, 0)
            dts[:nd].sort()
            n = _pieces(ax, ay, bx, by, need, sub, nsub, masks, cx, cy, rin2, rout2,
                        bb, vs, vx, vy, th, dts, nd, ts, rel, pc)
            half_cross = 0.5 * (ax * by - ay * bx)
            run = 0  # district splits before the current piece
            open_run = -1
            for p in range(n - 1):
                tm = 0.5 * (ts[p] + ts[p + 1])
                while run < nd and dts[run] < tm:
                    run += 1
                unc = need & ~pc[p]
                if unc == 0 or ts[p + 1] <= ts[p]:
                    continue
                if run != open_run:
                    if w == base[q + 1]:
                        w = -1
                        break
                    out_xy[w, 0] = ax + tm * (bx - ax)
                    out_xy[w, 1] = ay + tm * (by - ay)
                    for d in range(ndates):
                        out_w[w, d] = 0.0
                    open_run = run
                    w += 1
                _add_bits(out_w, w - 1, unc, (ts[p + 1] - ts[p]) * half_cross, ndates)
            if w < 0:
                break
        counts[q] = w - base[q] if w >= 0 else -1


@njit(parallel=True, cache=True, nogil=True)
def _segment_kernel(seg, grid, all_dates, masks, cx, cy, rin2, rout2, bb,
                    vs, vx, vy, th, ndates, out):
    """(b) ``out[g, d]``: ½ Σ cross(P0, P1) over the pieces of district border segment ``g``
    that some shape active at date ``d`` covers."""
    for g in prange(seg.shape[0]):
        nb_idx = _segment_candidates(seg, g, bb, grid)
        if len(nb_idx) == 0:
            continue
        ts, rel, pc = _scratch(nb_idx, vs, 0)
        ax = seg[g, 0]
        ay = seg[g, 1]
        bx = seg[g, 2]
        by = seg[g, 3]
        n = _pieces(ax, ay, bx, by, all_dates, nb_idx, len(nb_idx), masks, cx, cy, rin2,
                    rout2, bb, vs, vx, vy, th, ts, 0, ts, rel, pc)
        half_cross = 0.5 * (ax * by - ay * bx)
        for p in range(n - 1):
            if pc[p] != 0:
                _add_bits(out, g, pc[p], (ts[p + 1] - ts[p]) * half_cross, ndates)


# --- which shapes can meet which box: a uniform grid -------------------------------------------

@njit(cache=True, nogil=True)
def _cell(v, v0, h, n):
    c = int((v - v0) / h)
    return min(max(c, 0), n - 1)


@njit(cache=True, nogil=True)
def _grid_build(bb, live, x0, y0, h, nx, ny):
    """Bucket the boxes ``bb[live]`` into every grid cell they overlap: (cell starts, items,
    each box's first cell (x, y))."""
    starts = np.zeros(nx * ny + 1, np.int64)
    cell0 = np.zeros((len(bb), 2), np.int64)
    for q in range(len(live)):
        i = live[q]
        cell0[i, 0] = _cell(bb[i, 0], x0, h, nx)
        cell0[i, 1] = _cell(bb[i, 1], y0, h, ny)
    for q in range(len(live)):
        i = live[q]
        for gy in range(_cell(bb[i, 1], y0, h, ny), _cell(bb[i, 3], y0, h, ny) + 1):
            for gx in range(_cell(bb[i, 0], x0, h, nx), _cell(bb[i, 2], x0, h, nx) + 1):
                starts[gy * nx + gx + 1] += 1
    for c in range(nx * ny):
        starts[c + 1] += starts[c]
    fill = starts[:-1].copy()
    items = np.empty(starts[-1], np.int64)
    for q in range(len(live)):
        i = live[q]
        for gy in range(_cell(bb[i, 1], y0, h, ny), _cell(bb[i, 3], y0, h, ny) + 1):
            for gx in range(_cell(bb[i, 0], x0, h, nx), _cell(bb[i, 2], x0, h, nx) + 1):
                items[fill[gy * nx + gx]] = i
                fill[gy * nx + gx] += 1
    return starts, items, cell0


@njit(cache=True, nogil=True)
def _segment_pairs(seg, bb, grid):
    """(segment, shape) pairs whose boxes meet: the shapes a border segment may cut."""
    seg_of = np.empty(4 * len(seg) + 16, np.int64)
    shape = np.empty(4 * len(seg) + 16, np.int64)
    n = 0
    for g in range(len(seg)):
        found = _segment_candidates(seg, g, bb, grid)
        if n + len(found) > len(seg_of):
            size = 2 * (n + len(found))
            seg_of = np.concatenate((seg_of[:n], np.empty(size - n, np.int64)))
            shape = np.concatenate((shape[:n], np.empty(size - n, np.int64)))
        seg_of[n:n + len(found)] = g
        shape[n:n + len(found)] = found
        n += len(found)
    return seg_of[:n], shape[:n]


@njit(cache=True, nogil=True)
def _compact(out, bound, ptr):
    """The rows ``out[bound[q]:bound[q] + n_q]`` packed at ``ptr[q]``."""
    res = np.empty(ptr[-1], np.int64)
    for q in range(len(ptr) - 1):
        res[ptr[q]:ptr[q + 1]] = out[bound[q]:bound[q] + ptr[q + 1] - ptr[q]]
    return res


class _Grid:
    """A uniform grid over the live shapes' boxes, cells about one shape across."""

    MAX_CELLS = 4_000_000

    def __init__(self, bb: np.ndarray, live: np.ndarray):
        self.bb = bb
        b = bb[live]
        self.x0, self.y0 = float(b[:, 0].min()), float(b[:, 1].min())
        w = max(float(b[:, 2].max()) - self.x0, 1e-9)
        hgt = max(float(b[:, 3].max()) - self.y0, 1e-9)
        h = float(np.median(np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]))) or 1.0
        h = max(h, np.sqrt(w * hgt / self.MAX_CELLS))
        self.h = h
        self.nx, self.ny = int(w / h) + 1, int(hgt / h) + 1
        self.starts, self.items, self.cell0 = _grid_build(bb, live.astype(np.int64), self.x0,
                                                          self.y0, h, self.nx, self.ny)

    def args(self) -> tuple:
        """What the kernels take to look shapes up (:func:`_collect`)."""
        return (self.cell0, self.starts, self.items, self.x0, self.y0, self.h, self.nx,
                self.ny)


class Shapes:
    """Star-shaped polygons in flat arrays, counter-clockwise, first vertex at the smallest
    angle seen from the station (coordinates relative to ``origin``, map units).

    ``blocks``: ``(x, y, r, a, u, masks)`` with ring ``(x, y) + r · a @ u`` as
    :func:`.shapes.place` (``u`` closed unit rings, (1 or n, m + 1, 2)) and ``masks`` the
    dates each shape is active (bit sets).  Arrays: ``vs`` offsets into ``vx, vy, th``
    (``th``: vertex angles, ascending); ``cx, cy`` the station; ``rin2, rout2`` squared radii
    of the discs inside and around each shape; ``bb`` boxes (minx, miny, maxx, maxy)."""

    def __init__(self, blocks: Sequence[tuple], origin):
        blocks = [b for b in blocks if len(b[0])]
        n = sum(len(b[0]) for b in blocks)
        sizes = np.concatenate([np.full(len(b[0]), b[4].shape[1] - 1, np.int64)
                                for b in blocks]) if blocks else np.zeros(0, np.int64)
        self.vs = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        nv = int(self.vs[-1])
        self.cx, self.cy, self.rin2, self.rout2 = (np.empty(n) for _ in range(4))
        self.vx, self.vy, self.th = np.empty(nv), np.empty(nv), np.empty(nv)
        self.bb = np.empty((n, 4))
        self.masks = (np.concatenate([np.asarray(b[5], np.int64) for b in blocks]) if blocks
                      else np.zeros(0, np.int64))
        ox, oy = (float(v) for v in origin)
        first = 0
        for x, y, r, a, u, _ in blocks:
            # orientation of a @ u: that of u (shoelace) times the sign of det(a)
            turn = (u[:, :-1, 0] * u[:, 1:, 1] - u[:, :-1, 1] * u[:, 1:, 0]).sum(axis=1)
            det = a[:, 0, 0] * a[:, 1, 1] - a[:, 0, 1] * a[:, 1, 0]
            ccw = np.broadcast_to(det * turn > 0, (len(x),)).copy()
            with _LOCK:
                ok = _star_kernel(*(np.ascontiguousarray(v, dtype=float) for v in (x, y, r, a, u)),
                                  ccw, ox, oy, first, self.vs, self.cx, self.cy, self.vx,
                                  self.vy, self.th, self.rin2, self.rout2, self.bb)
            if not ok.all():
                raise ValueError("a coverage shape is not star-shaped around its station")
            first += len(x)

    def __len__(self) -> int:
        return len(self.cx)

    def args(self) -> tuple:
        return (self.masks, self.cx, self.cy, self.rin2, self.rout2, self.bb, self.vs,
                self.vx, self.vy, self.th)


@njit(parallel=True, cache=True, nogil=True)
def _star_kernel(x, y, r, a, u, ccw, ox, oy, first, vs, cx, cy, vx, vy, th, rin2, rout2, bb):
    """Fill shapes ``first ..`` of :class:`Shapes` from one block (``ccw``: whether each ring
    runs counter-clockwise); returns whether each ring is star-shaped around its station."""
    n = len(x)
    m = u.shape[1] - 1
    ok = np.ones(n, np.bool_)
    for i in prange(n):
        ui = np.int64(i)
        if u.shape[0] == 1:
            ui = np.int64(0)
        g = first + i
        s = vs[g]
        c0 = x[i] - ox
        c1 = y[i] - oy
        cx[g] = c0
        cy[g] = c1
        area2 = 1.0 if ccw[i] else -1.0
        # vertices counter-clockwise (the same arithmetic as shapes.place, so the polygons
        # equal GEOS's), starting at the smallest (pseudo-)angle seen from the station
        start = 0
        best = 5.0
        for k in range(m):
            kk = k if area2 > 0 else m - 1 - k
            px = c0 + ox + r[i] * (a[i, 0, 0] * u[ui, kk, 0] + a[i, 0, 1] * u[ui, kk, 1]) - ox
            py = c1 + oy + r[i] * (a[i, 1, 0] * u[ui, kk, 0] + a[i, 1, 1] * u[ui, kk, 1]) - oy
            ang = _angle(px - c0, py - c1)
            if ang < best:
                best = ang
                start = k
        x0 = 1e300
        y0 = 1e300
        x1 = -1e300
        y1 = -1e300
        for k in range(m):
            kk = (start + k) % m
            src = kk if area2 > 0 else m - 1 - kk
            px = c0 + ox + r[i] * (a[i, 0, 0] * u[ui, src, 0] + a[i, 0, 1] * u[ui, src, 1]) - ox
            py = c1 + oy + r[i] * (a[i, 1, 0] * u[ui, src, 0] + a[i, 1, 1] * u[ui, src, 1]) - oy
            vx[s + k] = px
            vy[s + k] = py
            th[s + k] = _angle(px - c0, py - c1)
            if k > 0 and not th[s + k] > th[s + k - 1]:
                ok[i] = False
            x0 = min(x0, px)
            y0 = min(y0, py)
            x1 = max(x1, px)
            y1 = max(y1, py)
        bb[g, 0] = x0
        bb[g, 1] = y0
        bb[g, 2] = x1
        bb[g, 3] = y1
        lo = 1e300
        hi = 0.0
        for k in range(m):
            k1 = k + 1 if k + 1 < m else 0
            dx = vx[s + k] - c0
            dy = vy[s + k] - c1
            ex = vx[s + k1] - vx[s + k]
            ey = vy[s + k1] - vy[s + k]
            l2 = ex * ex + ey * ey
            t = 0.0 if l2 == 0.0 else min(max(-(dx * ex + dy * ey) / l2, 0.0), 1.0)
            qx = dx + t * ex
            qy = dy + t * ey
            lo = min(lo, qx * qx + qy * qy)
            hi = max(hi, dx * dx + dy * dy)
        rin2[g] = lo * (1.0 - _ROUND)
        rout2[g] = hi * (1.0 + _ROUND)
    return ok


def _border_segments(dgeom: np.ndarray, origin, max_len: float
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Directed boundary segments of the districts (exteriors counter-clockwise, holes
    clockwise), relative to ``origin``, cut to at most ``max_len``: (segments (k, 4), district
    index (k,))."""
    polys, owner = shapely.get_parts(dgeom, return_index=True)
    keep = ~shapely.is_empty(polys)
    polys, owner = polys[keep], owner[keep]
    ring_parts = [shapely.get_exterior_ring(polys)]
    owner_parts = [owner]
    exterior = [np.ones(len(polys), bool)]
    n_int = shapely.get_num_interior_rings(polys)
    for k in range(int(n_int.max()) if len(polys) else 0):
        has = n_int > k
        ring_parts.append(shapely.get_interior_ring(polys[has], k))
        owner_parts.append(owner[has])
        exterior.append(np.zeros(int(has.sum()), bool))
    rings = np.concatenate(ring_parts)
    ring_owner = np.concatenate(owner_parts)
    # exteriors counter-clockwise, holes clockwise (shapely.orient_polygons is 2.1+ only)
    flip = shapely.is_ccw(rings) != np.concatenate(exterior) if len(rings) else np.zeros(0, bool)
    xy, ridx = shapely.get_coordinates(rings, return_index=True)
    xy = xy - np.asarray(origin, dtype=float)
    same = ridx[1:] == ridx[:-1]
    a, b = xy[:-1][same], xy[1:][same]
    turn = flip[ridx[:-1][same]]
    a[turn], b[turn] = b[turn], a[turn].copy()
    own = ring_owner[ridx[:-1][same]]
    length = np.hypot(*(b - a).T)
    cuts = np.maximum(np.ceil(length / max_len), 1).astype(np.int64)
    rep = np.repeat(np.arange(len(a)), cuts)
    k = np.arange(len(rep)) - np.repeat(np.cumsum(cuts) - cuts, cuts)
    f0 = (k / cuts[rep])[:, None]
    f1 = ((k + 1) / cuts[rep])[:, None]
    d = b[rep] - a[rep]
    seg = np.concatenate([a[rep] + f0 * d, np.where(f1 == 1.0, b[rep], a[rep] + f1 * d)],
                         axis=1)
    return np.ascontiguousarray(seg), own[rep]


def _csr(query_idx: np.ndarray, tree_idx: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(query_idx, kind="stable")
    ptr = np.searchsorted(query_idx[order], np.arange(n + 1)).astype(np.int64)
    return ptr, tree_idx[order].astype(np.int64)


@njit(cache=True, nogil=True)
def _near(seg, seg_of, shape, cx, cy, rout2):
    """Whether segment ``seg_of[k]`` comes within the disc around shape ``shape[k]``."""
    out = np.empty(len(seg_of), np.bool_)
    for k in range(len(seg_of)):
        g = seg_of[k]
        j = shape[k]
        dx = seg[g, 2] - seg[g, 0]
        dy = seg[g, 3] - seg[g, 1]
        rx = cx[j] - seg[g, 0]
        ry = cy[j] - seg[g, 1]
        l2 = dx * dx + dy * dy
        t = 0.0 if l2 == 0.0 else min(max((rx * dx + ry * dy) / l2, 0.0), 1.0)
        out[k] = (rx - t * dx) ** 2 + (ry - t * dy) ** 2 < rout2[j]
    return out


def _add_rows(out: np.ndarray, rows: np.ndarray, values: np.ndarray) -> None:
    """``out[rows[k]] += values[k]`` for every k, repeated rows adding up (``np.add.at``,
    which is slow)."""
    for d in range(out.shape[1]):
        out[:, d] += np.bincount(rows, weights=values[:, d], minlength=len(out))


def _runs(weight: np.ndarray, limit: int, max_items: int) -> list[tuple[int, int]]:
    """Consecutive (lo, hi) ranges of items whose weights add up to at most ``limit`` (an
    item heavier than that alone) and that hold at most ``max_items`` items."""
    out, lo, total = [], 0, 0
    for i, w in enumerate(weight.tolist()):
        if i > lo and (total + w > limit or i - lo >= max_items):
            out.append((lo, i))
            lo, total = i, 0
        total += w
    if lo < len(weight):
        out.append((lo, len(weight)))
    return out


def _gather(ptr: np.ndarray, idx: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The CSR rows ``rows`` of (``ptr``, ``idx``) as a CSR of their own."""
    counts = ptr[rows + 1] - ptr[rows]
    out_ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    flat = np.repeat(ptr[rows] - out_ptr[:-1], counts) + np.arange(out_ptr[-1])
    return out_ptr, idx[flat].astype(np.int64)


def set_threads(threads: Optional[int]) -> None:
    """Cores the kernels called from this thread use (None: all)."""
    n = numba.config.NUMBA_NUM_THREADS
    numba.set_num_threads(max(1, min(int(threads), n)) if threads else n)


def _locate(districts: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(point, district) pairs of the points inside each (prepared) district: the points go
    in the tree so each district is tested as a prepared geometry, in O(log n) per point."""
    if len(x) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if len(districts) > 64:
        d, p = shapely.STRtree(shapely.points(x, y)).query(districts,
                                                            predicate="contains_properly")
        return p, d
    ps, ds = [], []  # few districts: no tree, no point objects
    for k, (x0, y0, x1, y1) in enumerate(shapely.bounds(districts)):
        near = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        inside = near[shapely.contains_xy(districts[k], x[near], y[near])]
        ps.append(inside)
        ds.append(np.full(len(inside), k))
    return np.concatenate(ps), np.concatenate(ds)


def covered_area(shapes: Shapes, districts: np.ndarray, ndates: int, *,
                 threads: Optional[int] = None,
                 progress: Optional[ProgressFn] = None) -> np.ndarray:
    """Area (map units²) of the union of ``shapes`` inside each district, at each date.

    ``districts``: polygons relative to the shapes' origin; they may overlap (zones inside
    counties, the whole city): each gets its own figure.  ``ndates`` <= :data:`MAX_DATES`:
    bit ``d`` of a shape's mask says it is active at date ``d``.  Returns (districts, ndates).
    ``progress(percent, message)`` may raise ``Cancelled`` (checked between chunks).
    """
    if not 0 < ndates <= MAX_DATES:
        raise ValueError(f"between 1 and {MAX_DATES} dates per pass, not {ndates}")
    with _LOCK:
        set_threads(threads)
        return _covered_area(shapes, np.asarray(districts, dtype=object), ndates,
                             progress or no_progress)


def _covered_area(shapes: Shapes, districts: np.ndarray, ndates: int,
                  report: ProgressFn) -> np.ndarray:
    out = np.zeros((len(districts), ndates))
    n = len(shapes)
    live = np.flatnonzero(shapes.masks != 0)
    if len(live) == 0 or len(districts) == 0:
        return out
    args = shapes.args()
    grid = _Grid(shapes.bb, live)
    shapely.prepare(districts)

    # District borders: segments, the shapes that may cover them, the shapes they may cut.
    reach = float(np.sqrt(np.median(shapes.rout2[live])))
    seg, owner = _border_segments(districts, (0.0, 0.0), 2.0 * reach)
    seg_of, seg_nb = _segment_pairs(seg, shapes.bb, grid.args())
    near = _near(seg, seg_of, seg_nb, shapes.cx, shapes.cy, shapes.rout2)
    seg_of, seg_nb = seg_of[near], seg_nb[near]
    border = np.zeros(n, dtype=bool)
    border[seg_nb] = True
    inner = live[~border[live]]
    edge = np.flatnonzero(border)
    all_dates = np.int64((1 << ndates) - 1)
    sp_ptr_all, sp_idx_all = _csr(seg_nb, seg_of, n)
    # border shapes' record buffers: m (1 + border segments) rows of ndates + 2 floats each
    cap_all = (shapes.vs[edge + 1] - shapes.vs[edge]) * (1 + np.diff(sp_ptr_all)[edge])
    chunks = [("b", lo, min(lo + CHUNK, len(seg))) for lo in range(0, len(seg), CHUNK)]
    chunks += [("a", lo, min(lo + CHUNK, len(inner))) for lo in range(0, len(inner), CHUNK)]
    chunks += [("e", lo, hi) for lo, hi in _runs(cap_all, 4_000_000 // (ndates + 2), CHUNK)]
    messages = {"b": "5G coverage: district borders", "a": "5G coverage: station shapes",
                "e": "5G coverage: stations near borders"}

    report(0.0, messages[chunks[0][0]] if chunks and _shape_kernel.signatures else
           "5G coverage: loading the engine (compiled on its first use on a machine, about "
           "20 s, then cached)")
    for k, (kind, lo, hi) in enumerate(chunks):
        if kind == "b":  # (b) border pieces inside the union
            acc = np.zeros((hi - lo, ndates))
            _segment_kernel(seg[lo:hi], grid.args(), all_dates, *args, ndates, acc)
            _add_rows(out, owner[lo:hi], acc)
        elif kind == "a":  # (a) shapes clear of every border: wholly inside districts or not
            items = inner[lo:hi].astype(np.int64)
            acc = np.zeros((len(items), ndates))
            _shape_kernel(items, grid.args(), *args, ndates, acc)
            p, d = _locate(districts, shapes.cx[items], shapes.cy[items])
            _add_rows(out, d, acc[p])
        else:  # (a) shapes near a border: pieces placed in districts by their midpoints
            items = edge[lo:hi].astype(np.int64)
            sp_ptr, sp_idx = _gather(sp_ptr_all, sp_idx_all, items)
            m, ns = shapes.vs[items + 1] - shapes.vs[items], np.diff(sp_ptr)
            # Records: one per edge, plus one per border crossing (a segment crosses a convex
            # shape twice at most); shapes needing more are redone with room for any case.
            run, cap = np.ones(len(items), bool), m + 2 * ns
            while run.any():
                base = np.concatenate([[0], np.cumsum(np.where(run, cap, 0))]).astype(np.int64)
                xy, w = np.empty((base[-1], 2)), np.empty((base[-1], ndates))
                got = np.zeros(len(items), np.int64)
                _border_kernel(items, run, grid.args(), sp_ptr, sp_idx, seg, *args, ndates,
                               base, xy, w, got)
                size = np.where(run & (got > 0), got, 0)
                ptr = np.concatenate([[0], np.cumsum(size)]).astype(np.int64)
                keep = _compact(np.arange(base[-1]), base, ptr)
                p, d = _locate(districts, xy[keep, 0], xy[keep, 1])
                _add_rows(out, d, w[keep][p])
                run, cap = run & (got < 0), m * (1 + ns)
        report(100.0 * (k + 1) / len(chunks), messages[kind])
    return out


# --- the boundary itself, for one date: population weighting (:mod:`.population`) -----------

@njit(parallel=True, cache=True, nogil=True)
def _piece_kernel(items, todo, grid, sp_ptr, sp_idx, seg, masks, cx, cy, rin2, rout2, bb,
                  vs, vx, vy, th, base, out, counts):
    """The uncovered pieces of shape ``items[q]``'s edges (the part of the union's boundary
    they carry), split where district borders (``seg[sp_idx[sp_ptr[q]:sp_ptr[q + 1]]]``) cross
    them and merged along an edge while uncovered and between the same splits: rows
    (x0, y0, x1, y1) from ``base[q]`` on, their number in ``counts[q]`` (-1 when they would
    pass ``base[q + 1]``); only where ``todo[q]``.  One date: masks are 0 or 1."""
    for q in prange(len(items)):
        counts[q] = 0
        if not todo[q]:
            continue
        i = items[q]
        need = masks[i] & ~_buried(i, masks[i], masks, cx, cy, rin2, vs, vx, vy, grid)
        if need == 0:
            continue
        nb_idx, whole = _neighbours(i, masks, cx, cy, rin2, rout2, bb, grid)
        need &= ~whole
        if need == 0:
            continue
        s_lo = sp_ptr[q]
        s_hi = sp_ptr[q + 1]
        ts, rel, pc = _scratch(nb_idx, vs, s_hi - s_lo)
        sub = np.empty(len(nb_idx), np.int64)
        dts = np.empty(s_hi - s_lo + 1)
        s = vs[i]
        m = vs[i + 1] - s
        w = base[q]
        nsub = 0
        for k in range(m):
            if k % BLOCK == 0:
                nsub = _block(nb_idx, bb, vx, vy, s, m, k, sub)
            k1 = k + 1 if k + 1 < m else 0
            ax = vx[s + k]
            ay = vy[s + k]
            bx = vx[s + k1]
            by = vy[s + k1]
            nd = _add_splits(ax, ay, bx, by, seg, s_lo, s_hi, sp_idx, dts, 0)
            dts[:nd].sort()
            n = _pieces(ax, ay, bx, by, need, sub, nsub, masks, cx, cy, rin2, rout2,
                        bb, vs, vx, vy, th, dts, nd, ts, rel, pc)
            run = 0
            open_run = -1
            open_end = -1.0
            for p in range(n - 1):
                tm = 0.5 * (ts[p] + ts[p + 1])
                while run < nd and dts[run] < tm:
                    run += 1
                if need & ~pc[p] == 0 or ts[p + 1] <= ts[p]:
                    continue
                if run != open_run or ts[p] != open_end:
                    if w == base[q + 1]:
                        w = -1
                        break
                    out[w, 0] = ax + ts[p] * (bx - ax)
                    out[w, 1] = ay + ts[p] * (by - ay)
                    open_run = run
                    w += 1
                out[w - 1, 2] = ax + ts[p + 1] * (bx - ax)
                out[w - 1, 3] = ay + ts[p + 1] * (by - ay)
                open_end = ts[p + 1]
            if w < 0:
                break
        counts[q] = w - base[q] if w >= 0 else -1


@njit(parallel=True, cache=True, nogil=True)
def _segment_piece_kernel(seg, todo, grid, masks, cx, cy, rin2, rout2, bb, vs, vx, vy, th,
                          base, out, counts):
    """The pieces of district border segment ``g`` that a shape covers (one date), merged
    while covered: rows (x0, y0, x1, y1) from ``base[g]``, as :func:`_piece_kernel`."""
    for g in prange(seg.shape[0]):
        counts[g] = 0
        if not todo[g]:
            continue
        nb_idx = _segment_candidates(seg, g, bb, grid)
        if len(nb_idx) == 0:
            continue
        ts, rel, pc = _scratch(nb_idx, vs, 0)
        ax = seg[g, 0]
        ay = seg[g, 1]
        bx = seg[g, 2]
        by = seg[g, 3]
        n = _pieces(ax, ay, bx, by, np.int64(1), nb_idx, len(nb_idx), masks, cx, cy, rin2,
                    rout2, bb, vs, vx, vy, th, ts, 0, ts, rel, pc)
        w = base[g]
        open_end = -1.0
        for p in range(n - 1):
            if pc[p] == 0 or ts[p + 1] <= ts[p]:
                continue
            if ts[p] != open_end:
                if w == base[g + 1]:
                    w = -1
                    break
                out[w, 0] = ax + ts[p] * (bx - ax)
                out[w, 1] = ay + ts[p] * (by - ay)
                w += 1
            out[w - 1, 2] = ax + ts[p + 1] * (bx - ax)
            out[w - 1, 3] = ay + ts[p + 1] * (by - ay)
            open_end = ts[p + 1]
        counts[g] = w - base[g] if w >= 0 else -1


@njit(parallel=True, cache=True, nogil=True)
def _unburied(items, grid, masks, cx, cy, rin2, vs, vx, vy):
    """Whether each shape ``items[q]`` may carry part of the union's boundary (one date):
    not :func:`_buried`."""
    out = np.empty(len(items), np.bool_)
    for q in prange(len(items)):
        i = items[q]
        out[q] = masks[i] & ~_buried(i, masks[i], masks, cx, cy, rin2, vs, vx, vy, grid) != 0
    return out


def _grow(n: int, first_cap: np.ndarray, call) -> tuple[np.ndarray, np.ndarray]:
    """Run a piece kernel over ``n`` items with room ``first_cap`` each, again with eight
    times the room for those that ran out: (pieces (k, 4), item of each piece)."""
    todo, cap = np.ones(n, bool), first_cap.astype(np.int64)
    parts, whose = [], []
    while todo.any():
        base = np.concatenate([[0], np.cumsum(np.where(todo, cap, 0))]).astype(np.int64)
        out = np.empty((base[-1], 4))
        got = np.zeros(n, np.int64)
        call(todo, base, out, got)
        size = np.where(todo & (got > 0), got, 0)
        ptr = np.concatenate([[0], np.cumsum(size)]).astype(np.int64)
        keep = _compact(np.arange(base[-1]), base, ptr)
        parts.append(out[keep])
        whose.append(np.repeat(np.arange(n), size))
        todo, cap = todo & (got < 0), cap * 8
    return np.concatenate(parts), np.concatenate(whose)


def boundary_pieces(shapes: Shapes, districts: np.ndarray, *,
                    threads: Optional[int] = None) -> tuple[np.ndarray, np.ndarray]:
    """The boundary of ``union(shapes) ∩ D`` for each district ``D``, as directed segments:
    (segments (k, 4): x0, y0, x1, y1 relative to the shapes' origin, district of each (k,)).

    One date: every shape with a non-zero mask counts.  The same pieces whose ½ cross sums
    :func:`covered_area` adds up, so ``½ Σ cross`` over a district's segments is its covered
    area; :mod:`.population` integrates them over raster cells instead (Green's theorem per
    cell) to weigh coverage by people without dissolving the union.
    """
    districts = np.asarray(districts, dtype=object)
    empty = np.zeros((0, 4)), np.zeros(0, np.int64)
    masks = (shapes.masks != 0).astype(np.int64)
    live = np.flatnonzero(masks)
    if len(live) == 0 or len(districts) == 0:
        return empty
    with _LOCK:
        set_threads(threads)
        args = (masks,) + shapes.args()[1:]
        grid = _Grid(shapes.bb, live)
        shapely.prepare(districts)
        reach = float(np.sqrt(np.median(shapes.rout2[live])))
        seg, owner = _border_segments(districts, (0.0, 0.0), 2.0 * reach)
        seg_of, seg_nb = _segment_pairs(seg, shapes.bb, grid.args())
        near = _near(seg, seg_of, seg_nb, shapes.cx, shapes.cy, shapes.rout2)
        seg_of, seg_nb = seg_of[near], seg_nb[near]
        border = np.zeros(len(shapes), dtype=bool)
        border[seg_nb] = True
        sp_ptr_all, sp_idx_all = _csr(seg_nb, seg_of, len(shapes))
        out_seg, out_owner = [], []
        # (b) border pieces inside the union
        if len(seg):
            pcs, g = _grow(len(seg), np.full(len(seg), 4),
                           lambda todo, base, out, got: _segment_piece_kernel(
                               seg, todo, grid.args(), *args, base, out, got))
            out_seg.append(pcs)
            out_owner.append(owner[g])
        # (a) shapes clear of every border, placed by their station
        inner = live[~border[live]].astype(np.int64)
        none_ptr = np.zeros(len(inner) + 1, np.int64)
        none_idx = np.zeros(0, np.int64)
        if len(inner):
            # room only for shapes not buried under others (most of a dense core's are)
            open_ = _unburied(inner, grid.args(), masks, shapes.cx, shapes.cy, shapes.rin2,
                              shapes.vs, shapes.vx, shapes.vy)
            inner = inner[open_]
            m = shapes.vs[inner + 1] - shapes.vs[inner]
            pcs, q = _grow(len(inner), m + 8,
                           lambda todo, base, out, got: _piece_kernel(
                               inner, todo, grid.args(), none_ptr, none_idx, seg, *args,
                               base, out, got))
            # each piece goes to every district holding its station (districts may overlap)
            p, d = _locate(districts, shapes.cx[inner], shapes.cy[inner])
            order = np.argsort(p, kind="stable")
            p, d = p[order], d[order]
            start = np.searchsorted(p, q, "left")
            cnt = np.searchsorted(p, q, "right") - start
            rep = np.repeat(np.arange(len(q)), cnt)
            idx = np.repeat(start, cnt) + np.arange(int(cnt.sum())) - np.repeat(
                np.cumsum(cnt) - cnt, cnt)
            out_seg.append(pcs[rep])
            out_owner.append(d[idx])
        # (a) shapes near a border: pieces placed by their midpoints
        edge = np.flatnonzero(border & (masks != 0)).astype(np.int64)
        if len(edge):
            sp_ptr, sp_idx = _gather(sp_ptr_all, sp_idx_all, edge)
            m = shapes.vs[edge + 1] - shapes.vs[edge]
            pcs, _ = _grow(len(edge), m + 2 * np.diff(sp_ptr),
                           lambda todo, base, out, got: _piece_kernel(
                               edge, todo, grid.args(), sp_ptr, sp_idx, seg, *args,
                               base, out, got))
            p, d = _locate(districts, 0.5 * (pcs[:, 0] + pcs[:, 2]),
                           0.5 * (pcs[:, 1] + pcs[:, 3]))
            out_seg.append(pcs[p])
            out_owner.append(d)
    if not out_seg:
        return empty
    return np.concatenate(out_seg), np.concatenate(out_owner).astype(np.int64)
