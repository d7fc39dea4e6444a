"""Repairing invalid polygons within a bounded time, or saying why not.

GEOS's repair (``make_valid``) costs far more than linear time in the number of places where
a polygon's rings cross: measured on this machine with GEOS 3.14, a ring of random vertices
with 1,200 crossings takes 0.09 s with the ``structure`` method, 7,000 crossings 0.6 s,
28,000 3.4 s, 112,000 13 s; the older ``linework`` method needs 2.6 s for 1,200 and 37 s for
7,000, and Ctrl-C cannot stop either while GEOS runs.  A real digitising error (a bow-tie, a
ring that loops over itself, a hole poking out) crosses itself a handful of times however
many vertices the polygon has, while a ring whose vertices come in the wrong order crosses
itself hundreds of thousands of times and no repair of it means anything.  So the crossings
are counted first, cheaply and with an early stop (:func:`count_crossings`), and a polygon
with more than :data:`MAX_REPAIR_CROSSINGS` is refused with a reason instead of repaired.

The repair is GEOS's ``structure`` method (shapely 2.1+ with GEOS 3.10+): every ring is made
valid on its own (both lobes of a bow-tie are kept), holes are subtracted from shells and
parts are unioned, which is what a polygon drawn by a person means.  Older shapely (2.0,
which QGIS on Debian 12 may bring) has only the ``linework`` method, about 40 times slower
here, so there the budget is :data:`MAX_LINEWORK_CROSSINGS` (600 crossings: 0.3 s).
"""

from __future__ import annotations

import inspect
from typing import Optional

import numpy as np
import shapely

MAX_REPAIR_CROSSINGS = 2_000
"""Most places where an invalid polygon's rings may cross or touch each other (pairs of
non-adjacent edges that meet) for it to be repaired: ~0.2 s of GEOS time at most."""

MAX_LINEWORK_CROSSINGS = 500
"""The same budget where only GEOS's slower ``linework`` repair is available (shapely 2.0)."""

_HAS_STRUCTURE = ("method" in inspect.signature(shapely.make_valid).parameters
                  and shapely.geos_version >= (3, 10, 0))


class TooComplex(ValueError):
    """The polygon crosses itself too often to be repaired in bounded time."""


def _segments(geom) -> tuple[np.ndarray, np.ndarray]:
    """Edges of every ring of a (multi)polygon as (n, 2, 2) coordinates, and each edge's ring.

    Zero-length edges (repeated vertices) are left out: they would make their neighbours look
    like non-adjacent edges that meet.
    """
    rings = shapely.get_rings(shapely.get_parts(geom))
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    same_ring = ring[1:] == ring[:-1]
    start, end, ring = coords[:-1][same_ring], coords[1:][same_ring], ring[:-1][same_ring]
    real = (start != end).any(axis=1)
    return np.stack([start[real], end[real]], axis=1), ring[real]


def _orient(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Sign of the turn a→b→c (+1 left, −1 right, 0 collinear), row by row."""
    return np.sign((b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1])
                   - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0]))


def _on_segment(a: np.ndarray, b: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Whether the collinear point p lies within the box of segment a–b."""
    return ((np.minimum(a[:, 0], b[:, 0]) <= p[:, 0]) & (p[:, 0] <= np.maximum(a[:, 0], b[:, 0]))
            & (np.minimum(a[:, 1], b[:, 1]) <= p[:, 1])
            & (p[:, 1] <= np.maximum(a[:, 1], b[:, 1])))


def _meet(s: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Whether segments s[k] and t[k] share at least one point (crossing, touching, overlap)."""
    p1, p2, p3, p4 = s[:, 0], s[:, 1], t[:, 0], t[:, 1]
    d1, d2 = _orient(p3, p4, p1), _orient(p3, p4, p2)
    d3, d4 = _orient(p1, p2, p3), _orient(p1, p2, p4)
    proper = (d1 * d2 < 0) & (d3 * d4 < 0)
    return (proper | ((d1 == 0) & _on_segment(p3, p4, p1)) | ((d2 == 0) & _on_segment(p3, p4, p2))
            | ((d3 == 0) & _on_segment(p1, p2, p3)) | ((d4 == 0) & _on_segment(p1, p2, p4)))


def count_crossings(geom, limit: int = MAX_REPAIR_CROSSINGS) -> int:
    """Pairs of non-adjacent ring edges of ``geom`` that meet, counted up to ``limit + 1``.

    Candidate pairs come from an STRtree of the edges' boxes, queried a chunk of edges at a
    time and tested exactly with orientation signs in numpy, so a ring of random vertices is
    stopped after its first chunk, and a large polygon with one bow-tie costs about one tree
    query per edge (20,000 edges: 0.1 s; a million: a few seconds).
    """
    segs, ring = _segments(geom)
    n = len(segs)
    if n < 2:
        return 0
    order = np.arange(n)
    first = np.r_[True, ring[1:] != ring[:-1]]
    ring_first = np.maximum.accumulate(np.where(first, order, 0))  # first edge of each ring
    last = np.r_[ring[1:] != ring[:-1], True]
    ring_last = np.minimum.accumulate(np.where(last, order, n)[::-1])[::-1]
    lines = shapely.linestrings(segs)
    tree = shapely.STRtree(lines)
    count, start, chunk = 0, 0, 64
    while start < n:
        query = order[start:start + chunk]
        left, right = tree.query(lines[query])
        i, j = query[left], right
        keep = j > i
        i, j = i[keep], j[keep]
        adjacent = (ring[i] == ring[j]) & ((j == i + 1) | ((i == ring_first[i])
                                                           & (j == ring_last[i])))
        i, j = i[~adjacent], j[~adjacent]
        count += int(_meet(segs[i], segs[j]).sum())
        if count > limit:
            return count
        start += chunk
        if len(left) < 200_000:
            chunk = min(chunk * 2, 65_536)
    return count


def repair_polygon(geom, max_crossings: Optional[int] = None):
    """A valid polygonal version of the invalid (multi)polygon ``geom``, or ``None`` when
    nothing polygonal is left (a ring collapsed to a line); :class:`TooComplex` when its rings
    cross more than ``max_crossings`` times (default: the budget of the repair method
    available, see the module docstring)."""
    if max_crossings is None:
        max_crossings = MAX_REPAIR_CROSSINGS if _HAS_STRUCTURE else MAX_LINEWORK_CROSSINGS
    crossings = count_crossings(geom, max_crossings)
    if crossings > max_crossings:
        vertices = int(shapely.get_num_coordinates(geom))
        raise TooComplex(f"polygon too complex to repair: {vertices:,} vertices whose edges "
                         f"cross or touch each other at more than {max_crossings:,} places "
                         f"(vertices out of order?); fix it in a GIS (QGIS: Fix geometries, "
                         f"or redraw it) and import it again")
    if _HAS_STRUCTURE:
        fixed = shapely.make_valid(geom, method="structure", keep_collapsed=False)
    else:
        fixed = shapely.make_valid(geom)
    polys = [p for p in shapely.get_parts(fixed) if p.geom_type in ("Polygon", "MultiPolygon")
             and not p.is_empty]
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else shapely.union_all(polys)


def repair_method() -> str:
    """``structure`` or ``linework``: the GEOS repair this installation uses, for notes."""
    return "structure" if _HAS_STRUCTURE else "linework"
