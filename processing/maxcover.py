"""Choosing sites: greedy maximum coverage with lazy (CELF) gains, and an exact MILP.

The problem (:class:`CoverProblem`) is built by :mod:`.planning` from the coverage engine's
own station shapes (:mod:`.shapes`), so nothing here is rasterised:

* **area demand**: for each candidate, the *pieces* of what it would newly cover, one per
  demand polygon piece it meets: ``shape ∩ demand piece`` minus the existing coverage
  (exact GEOS polygons, metric CRS).  A piece carries a density (weight per m²: 1 for area,
  people per m² for a population cell, …) and the zone it counts in;
* **item demand**: things reached when a shape meets them (key places): the incidence
  candidate → item, each item with a weight and a zone;
* **zones**: what each requirement applies to (a district, the city).  ``need[z]`` is how much
  more zone ``z`` must cover (``inf``: no limit, plain maximum coverage).

The value of a set of sites ``S`` is ``f(S) = Σ_z min(covered_z(S), need_z)``: coverage
truncated at each zone's need, monotone and submodular (a truncated coverage function), so

* **best value for N sites / a budget**: greedy by gain (or gain per cost) reaches at least
  ``(1 - 1/e) ≈ 63.2 %`` of the optimum for a number of sites (Nemhauser, Wolsey & Fisher
  1978); with costs and a budget the better of the gain-per-cost greedy and the best single
  affordable site reaches ``(1 - 1/e) / 2`` of it (Khuller, Moss & Naor 1999).  A sharper,
  data-dependent bound is reported too: ``OPT ≤ f(S) + Σ`` of the ``N`` largest marginal gains
  left (Leskovec et al. 2007, the CELF paper; the lazy gains are upper bounds of the true ones,
  so the bound stays valid);
* **fewest sites to reach a need**: greedy until every zone's need is met uses at most
  ``1 + ln(f(all) / (f(all) - f(S_{k-1})))`` times the optimal count (Wolsey 1982, Theorem 1,
  with ``S_{k-1}`` the sites before the last), from which a lower bound on the optimum follows.

Lazy evaluation (CELF, Leskovec et al. 2007): a candidate's gain can only fall as sites are
chosen, so candidates wait in a heap under their last gain and only the top one is
re-evaluated; its pieces are cut by the sites chosen since (only those whose box meets it),
exactly, so the value after each step is the exact area (up to GEOS's floating point).

The exact mode (:func:`exact_cover`) solves the same problem as a MILP with HiGHS
(``highspy``): the pieces are cut into the faces of their arrangement (each face covered by
a known set of candidates), ``max Σ w_a y_a`` with ``y_a ≤ Σ_{c covers a} x_c``, or
``min Σ cost_c x_c`` with every zone's need met; its LP relaxation is reported as the bound.
Meant for small instances (a few hundred candidates).
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import numpy as np
import shapely

from ..layers.progress import ProgressFn, no_progress

GREEDY_RATIO = 1.0 - 1.0 / math.e
"""Worst-case share of the optimum greedy reaches for a number of sites (uniform costs)."""

BUDGET_RATIO = 0.5 * (1.0 - 1.0 / math.e)
"""Worst-case share of the optimum for a budget with costs (better of ratio greedy and the
best single site)."""

NEED_TOLERANCE = 1e-12
"""Relative slack (of a zone's total) below which a need counts as met: rounding only (the
caller adds its own margin to the needs, see :data:`.planning.NEED_MARGIN`)."""


def density_weights(geoms: np.ndarray, density: np.ndarray) -> np.ndarray:
    """Weight of area pieces of uniform density: density × area (map units², metric CRS)."""
    return np.asarray(density, dtype=float) * shapely.area(geoms) if len(geoms) else np.zeros(0)


@dataclass
class CoverProblem:
    """Candidates, what they would newly cover, and what each zone still needs.

    Area part (arrays of equal length, one row per piece): ``piece_cand`` candidate,
    ``piece_zone`` zone, ``piece_density`` weight per m², ``piece_geom`` the polygon (metric
    CRS).  ``shapes``: each candidate's coverage shape (metric CRS), used to cut the pieces of
    others once it is chosen.  Item part: ``item_zone``, ``item_weight`` per item and the
    incidence pairs ``inc_cand``, ``inc_item`` (a candidate reaches an item).  ``need`` per
    zone (same unit as the weights; ``inf`` = no limit), ``total`` per zone (for tolerances
    and shares), ``cost`` per candidate (1 when none is given).  ``weigh(geoms, density)``
    gives the weight of area pieces (default :func:`density_weights`, density × area; a
    population raster weighs a piece by the people in it, :class:`.demand.RasterWeights`).
    """

    n_candidates: int
    zones: list
    need: np.ndarray
    total: np.ndarray
    cost: np.ndarray
    shapes: np.ndarray
    piece_cand: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    piece_zone: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    piece_density: np.ndarray = field(default_factory=lambda: np.zeros(0))
    piece_geom: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    item_zone: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    item_weight: np.ndarray = field(default_factory=lambda: np.zeros(0))
    inc_cand: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    inc_item: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    piece_src: Any = None
    """Which demand polygon each piece comes from (None: one per zone and density)."""
    weigh: Callable[[np.ndarray, np.ndarray], np.ndarray] = density_weights
    """``weigh(geoms, density)``: the demand each piece holds (area × density by default)."""

    def __post_init__(self):
        self.need = np.asarray(self.need, dtype=float)
        self.total = np.asarray(self.total, dtype=float)
        self.cost = np.asarray(self.cost, dtype=float)
        self.piece_cand = np.asarray(self.piece_cand, dtype=np.intp)
        self.piece_zone = np.asarray(self.piece_zone, dtype=np.intp)
        self.piece_density = np.asarray(self.piece_density, dtype=float)
        self.item_zone = np.asarray(self.item_zone, dtype=np.intp)
        self.item_weight = np.asarray(self.item_weight, dtype=float)
        self.inc_cand = np.asarray(self.inc_cand, dtype=np.intp)
        self.inc_item = np.asarray(self.inc_item, dtype=np.intp)
        if self.piece_src is None:  # pieces of one zone and density come from one polygon
            _, self.piece_src = np.unique(
                np.column_stack([self.piece_zone, np.round(self.piece_density, 15)]),
                axis=0, return_inverse=True)
        self.piece_src = np.asarray(self.piece_src, dtype=np.intp).ravel()
        if len(self.cost) != self.n_candidates or len(self.shapes) != self.n_candidates:
            raise ValueError("cost and shapes need one entry per candidate")
        if (self.cost <= 0).any() or not np.isfinite(self.cost).all():
            raise ValueError("every candidate's cost must be a number > 0")

    @property
    def n_zones(self) -> int:
        return len(self.zones)


@dataclass
class CoverResult:
    """Sites chosen, in order of choice, with what each added.

    ``chosen`` candidate indices; ``gain`` the truncated value each added when chosen;
    ``zone_gain`` (sites x zones) what each added per zone (untruncated); ``value`` f(S);
    ``met`` every finite need met; ``upper_bound`` on the optimal value (max mode) or
    ``lower_bound`` on the optimal cost (cover mode); ``guarantee`` the worst-case ratio the
    method proves; ``method`` ``greedy`` or ``exact``; ``optimal`` the solver proved it;
    ``lp_bound`` the LP relaxation's bound when solved.
    """

    chosen: list
    gain: list
    zone_gain: np.ndarray
    value: float
    met: bool
    method: str
    guarantee: float
    upper_bound: float = math.nan
    lower_bound: float = math.nan
    optimal: bool = False
    lp_bound: float = math.nan
    evaluations: int = 0


class _State:
    """What greedy needs while it runs: the pieces per candidate (cut lazily) and the items."""

    def __init__(self, p: CoverProblem):
        self.p = p
        order = np.argsort(p.piece_cand, kind="stable")
        self.geom = p.piece_geom[order].copy()
        self.cand = p.piece_cand[order]
        self.zone = p.piece_zone[order]
        self.density = p.piece_density[order]
        self.area = p.weigh(self.geom, self.density) if len(self.geom) else np.zeros(0)
        self.bounds = shapely.bounds(self.geom) if len(self.geom) else np.zeros((0, 4))
        self.starts = np.searchsorted(self.cand, np.arange(p.n_candidates + 1))
        iorder = np.argsort(p.inc_cand, kind="stable")
        self.inc_item = p.inc_item[iorder]
        self.istarts = np.searchsorted(p.inc_cand[iorder], np.arange(p.n_candidates + 1))
        self.item_done = np.zeros(len(p.item_weight), dtype=bool)
        self.have = np.zeros(p.n_zones)
        self.shape_bounds = shapely.bounds(p.shapes)
        self.chosen: list = []
        self.stamp = np.zeros(p.n_candidates, dtype=np.intp)  # chosen count at last look

    def raw(self, c: int) -> np.ndarray:
        """What candidate ``c`` would add per zone now (untruncated), after cutting its pieces
        by every site chosen since it was last looked at."""
        p = self.p
        out = np.zeros(p.n_zones)
        lo, hi = self.starts[c], self.starts[c + 1]
        since = self.chosen[self.stamp[c]:]
        if hi > lo:
            if since:
                sb = self.shape_bounds[since]
                for k in range(lo, hi):
                    if self.area[k] <= 0:
                        continue
                    b = self.bounds[k]
                    near = (sb[:, 0] <= b[2]) & (sb[:, 2] >= b[0]) & (sb[:, 1] <= b[3]) \
                        & (sb[:, 3] >= b[1])
                    if near.any():
                        cut = [since[i] for i in np.flatnonzero(near)]
                        cutter = p.shapes[cut[0]] if len(cut) == 1 else \
                            shapely.union_all(p.shapes[cut])
                        g = shapely.difference(self.geom[k], cutter)
                        self.geom[k] = g
                        self.area[k] = p.weigh(np.array([g], dtype=object),
                                               self.density[k:k + 1])[0]
                        self.bounds[k] = b if shapely.is_empty(g) else shapely.bounds(g)
            np.add.at(out, self.zone[lo:hi], self.area[lo:hi])
        ilo, ihi = self.istarts[c], self.istarts[c + 1]
        if ihi > ilo:
            items = self.inc_item[ilo:ihi]
            items = items[~self.item_done[items]]
            np.add.at(out, p.item_zone[items], p.item_weight[items])
        self.stamp[c] = len(self.chosen)
        return out

    def truncated(self, raw: np.ndarray) -> float:
        rem = np.maximum(self.p.need - self.have, 0.0)
        return float(np.minimum(raw, rem).sum())

    def take(self, c: int, raw: np.ndarray) -> None:
        self.chosen.append(c)
        self.have += raw
        lo, hi = self.starts[c], self.starts[c + 1]
        self.area[lo:hi] = 0.0  # its pieces are covered now
        ilo, ihi = self.istarts[c], self.istarts[c + 1]
        self.item_done[self.inc_item[ilo:ihi]] = True

    def unmet(self) -> np.ndarray:
        """Zones whose finite need is not yet met (within :data:`NEED_TOLERANCE`)."""
        p = self.p
        finite = np.isfinite(p.need)
        return finite & (p.need - self.have > NEED_TOLERANCE * np.maximum(p.total, 1.0))


def greedy_cover(p: CoverProblem, *, max_sites: Optional[int] = None,
                 budget: Optional[float] = None, use_cost: Optional[bool] = None,
                 progress: Optional[ProgressFn] = None) -> CoverResult:
    """Greedy maximum coverage with lazy gain updates.

    Stops when ``max_sites`` are chosen, the ``budget`` is spent, every finite need is met,
    or no candidate adds anything.  ``use_cost``: rank by gain per cost (default: when a
    budget is given).  ``progress(percent, message)`` is called after each site and may
    raise :class:`~smartcity.layers.progress.Cancelled`.
    """
    progress = progress or no_progress
    use_cost = (budget is not None) if use_cost is None else use_cost
    s = _State(p)
    cover_mode = bool(np.isfinite(p.need).any())
    heap: list = []
    evaluations = 0
    for c in range(p.n_candidates):
        if budget is not None and p.cost[c] > budget:
            continue
        g = s.truncated(s.raw(c))
        evaluations += 1
        if g > 0:
            heap.append((-(g / p.cost[c] if use_cost else g), c))
    heapq.heapify(heap)
    best_single = max(((-h, c) for h, c in heap), default=(0.0, -1))
    gains: list = []
    rows: list = []
    spent = 0.0
    need_total = float(np.where(np.isfinite(p.need), p.need, 0.0).sum())
    remaining_before_last = math.nan
    while heap:
        if max_sites is not None and len(s.chosen) >= max_sites:
            break
        if cover_mode and not s.unmet().any():
            break
        score, c = heapq.heappop(heap)
        if budget is not None and spent + p.cost[c] > budget * (1 + 1e-12):
            continue  # budget only shrinks: it never fits again
        if s.stamp[c] != len(s.chosen):
            raw = s.raw(c)
            evaluations += 1
            g = s.truncated(raw)
            if g > 0:
                heapq.heappush(heap, (-(g / p.cost[c] if use_cost else g), c))
            continue
        raw = s.raw(c)  # up to date: no cut needed, recomputed for the per-zone split
        g = s.truncated(raw)
        if g <= 0:
            continue
        remaining_before_last = float(np.maximum(p.need - s.have, 0)[np.isfinite(p.need)].sum())
        s.take(c, raw)
        spent += p.cost[c]
        gains.append(g)
        rows.append(raw)
        if cover_mode:
            done = need_total - float(np.maximum(p.need - s.have, 0)[np.isfinite(p.need)].sum())
            pct = 100.0 * done / need_total if need_total > 0 else 100.0
        elif max_sites:
            pct = 100.0 * len(s.chosen) / max_sites
        elif budget:
            pct = 100.0 * spent / budget
        else:
            pct = 0.0
        progress(min(pct, 100.0), f"{len(s.chosen)} sites")
    value = float(sum(gains))
    met = not s.unmet().any()
    zone_gain = np.array(rows) if rows else np.zeros((0, p.n_zones))
    if cover_mode:
        k = float(p.cost[s.chosen].sum()) if use_cost else float(len(s.chosen))
        if met and len(s.chosen) and remaining_before_last > 0 and need_total > 0:
            rho = 1.0 + math.log(need_total / remaining_before_last)
            lower = k / rho
        else:
            rho, lower = math.nan, math.nan
        return CoverResult(s.chosen, gains, zone_gain, value, met, "greedy",
                           guarantee=1.0 / rho if rho == rho else math.nan,
                           lower_bound=lower, evaluations=evaluations)
    # maximum coverage: the better of greedy and the best single site (budget), and bounds
    chosen, chosen_gains = s.chosen, gains
    if budget is not None and use_cost and best_single[1] >= 0:
        single = best_single[0] * p.cost[best_single[1]]
        if single > value:
            chosen, chosen_gains, value = [best_single[1]], [single], float(single)
            zone_gain = _State(p).raw(best_single[1])[None, :]
    if budget is not None:
        guarantee = BUDGET_RATIO if use_cost else math.nan
        upper = value / BUDGET_RATIO if use_cost else math.nan
    else:
        guarantee = GREEDY_RATIO
        n = max_sites if max_sites is not None else len(chosen)
        left = sorted((-h * (p.cost[c] if use_cost else 1.0) for h, c in heap), reverse=True)
        online = value + float(sum(left[:n]))
        upper = min(value / GREEDY_RATIO, online) if value > 0 else online
    return CoverResult(chosen, chosen_gains, zone_gain, value, met, "greedy",
                       guarantee=guarantee, upper_bound=upper, evaluations=evaluations)


# --- exact -------------------------------------------------------------------------------

def atoms(p: CoverProblem) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The demand cut into atoms each covered by a fixed set of candidates: ``(weight, zone,
    atom of each pair, candidate of each pair)``.  Area atoms are the faces of the
    arrangement of the candidates' pieces inside each zone (with equal density: pieces of
    different demand polygons never share an atom), weighted by density × area; items are
    atoms of their own."""
    weights, zones, pa, pc = [], [], [], []
    n = 0
    if len(p.piece_geom):
        order = np.argsort(p.piece_src, kind="stable")
        bounds = np.searchsorted(p.piece_src[order], np.unique(p.piece_src))
        for idx in np.split(order, bounds[1:]):
            z = int(p.piece_zone[idx[0]])
            geoms = p.piece_geom[idx]
            keep = shapely.area(geoms) > 0
            idx, geoms = idx[keep], geoms[keep]
            if not len(idx):
                continue
            lines = shapely.union_all(shapely.boundary(geoms))
            faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
            if not len(faces):
                continue
            rep = shapely.point_on_surface(faces)
            tree = shapely.STRtree(geoms)
            f_idx, g_idx = tree.query(rep, predicate="within")
            covered = np.unique(f_idx)
            remap = -np.ones(len(faces), np.intp)
            remap[covered] = n + np.arange(len(covered))
            weights.append(p.weigh(faces[covered], np.full(len(covered),
                                                            p.piece_density[idx[0]])))
            zones.append(np.full(len(covered), z))
            pa.append(remap[f_idx])
            pc.append(p.piece_cand[idx[g_idx]])
            n += len(covered)
    if len(p.item_weight):
        weights.append(p.item_weight)
        zones.append(p.item_zone)
        pa.append(n + p.inc_item)
        pc.append(p.inc_cand)
    if not weights:
        empty = np.zeros(0)
        return empty, empty.astype(np.intp), empty.astype(np.intp), empty.astype(np.intp)
    pairs = np.unique(np.column_stack([np.concatenate(pa), np.concatenate(pc)]), axis=0)
    return (np.concatenate(weights), np.concatenate(zones).astype(np.intp),
            pairs[:, 0].astype(np.intp), pairs[:, 1].astype(np.intp))


EXACT_MAX_PIECES = 60_000
"""Area pieces beyond which the exact mode refuses (their arrangement would take long)."""

_BANNER_SHOWN = False


def _highs():
    """``highspy``, its first ``Highs()`` made with stdout silenced (HiGHS prints a banner
    there once per process, which would mix into tables printed on stdout)."""
    global _BANNER_SHOWN
    try:
        import highspy
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "the exact mode needs the HiGHS solver: pip install highspy", name="highspy") from None
    if not _BANNER_SHOWN:
        import os
        import sys

        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "w") as null:
                os.dup2(null.fileno(), 1)
                highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        _BANNER_SHOWN = True
    return highspy


def _solve(p: CoverProblem, w, az, a_idx, c_idx, *, max_sites, budget, relax: bool,
           time_limit: float):
    """Build and solve the MILP (or its LP relaxation); ``(status ok, objective, x, bound)``."""
    highspy = _highs()
    inf = highspy.kHighsInf
    nc, na = p.n_candidates, len(w)
    cover_mode = bool(np.isfinite(p.need).any()) and max_sites is None and budget is None
    scale = 1.0 / max(float(np.max(w)) if len(w) else 1.0, 1e-300)  # weights ~1 for the solver
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("mip_rel_gap", 1e-9)
    h.setOptionValue("threads", 1)
    lp = highspy.HighsLp()
    lp.num_col_ = nc + na
    lp.num_row_ = 0
    sense_cost = p.cost if cover_mode else np.zeros(nc)
    col_cost = np.concatenate([sense_cost, np.zeros(na) if cover_mode else -w * scale])
    lp.col_cost_ = col_cost
    lp.col_lower_ = np.zeros(nc + na)
    lp.col_upper_ = np.ones(nc + na)
    rows_lo: list = []
    rows_hi: list = []
    starts: list = []
    index: list = []
    value: list = []
    # y_a - Σ_{c covers a} x_c <= 0
    order = np.argsort(a_idx, kind="stable")
    a_sorted, c_sorted = a_idx[order], c_idx[order]
    a_starts = np.searchsorted(a_sorted, np.arange(na + 1))
    for a in range(na):
        cs = c_sorted[a_starts[a]:a_starts[a + 1]]
        starts.append(len(index))
        index.extend([nc + a, *cs.tolist()])
        value.extend([1.0] + [-1.0] * len(cs))
        rows_lo.append(-inf)
        rows_hi.append(0.0)
    finite = np.isfinite(p.need)
    for z in range(p.n_zones):
        if not finite[z]:
            continue
        members = np.flatnonzero(az == z)
        starts.append(len(index))
        index.extend((nc + members).tolist())
        value.extend((w[members] * scale).tolist())
        need = max(float(p.need[z]), 0.0) * scale
        if cover_mode:  # reach the need (slack: rounding only)
            rows_lo.append(need * (1 - 1e-12) - NEED_TOLERANCE * p.total[z] * scale)
            rows_hi.append(inf)
        else:  # value beyond the need is worth nothing
            rows_lo.append(-inf)
            rows_hi.append(need)
    if max_sites is not None:
        starts.append(len(index))
        index.extend(range(nc))
        value.extend([1.0] * nc)
        rows_lo.append(-inf)
        rows_hi.append(float(max_sites))
    if budget is not None:
        starts.append(len(index))
        index.extend(range(nc))
        value.extend(p.cost.tolist())
        rows_lo.append(-inf)
        rows_hi.append(float(budget))
    lp.num_row_ = len(rows_lo)
    lp.row_lower_ = np.array(rows_lo, dtype=float)
    lp.row_upper_ = np.array(rows_hi, dtype=float)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.array(starts + [len(index)], dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value, dtype=float)
    if not relax:
        lp.integrality_ = [highspy.HighsVarType.kInteger] * nc + \
            [highspy.HighsVarType.kContinuous] * na
    h.passModel(lp)
    h.run()
    status = h.getModelStatus()
    ok = status == highspy.HighsModelStatus.kOptimal
    info = h.getInfo()
    x = np.array(h.getSolution().col_value[:nc]) if h.getSolution().value_valid else None
    obj = info.objective_function_value
    bound = getattr(info, "mip_dual_bound", obj) if not relax else obj
    back = (lambda v: v) if cover_mode else (lambda v: -v / scale)
    return ok, status, back(obj), x, back(bound)


def exact_cover(p: CoverProblem, *, max_sites: Optional[int] = None,
                budget: Optional[float] = None, time_limit: float = 60.0,
                progress: Optional[ProgressFn] = None) -> CoverResult:
    """The optimal sites by MILP (HiGHS): the largest value for ``max_sites`` / ``budget``,
    or (neither given, finite needs) the least total cost meeting every need.  The result's
    ``lp_bound`` is the LP relaxation's (an upper bound on the value, a lower bound on the
    cost); ``optimal`` is False when the time limit stopped the solver (the incumbent is
    returned, with the solver's bound).  Sites come in the order greedy would add them."""
    progress = progress or no_progress
    if len(p.piece_geom) > EXACT_MAX_PIECES:
        raise ValueError(f"the exact mode is for small instances: these candidates make "
                         f"{len(p.piece_geom):,} pieces of demand (at most "
                         f"{EXACT_MAX_PIECES:,}); plan one district, use fewer candidates or "
                         f"a coarser grid, or leave out --exact")
    w, az, a_idx, c_idx = atoms(p)
    progress(20.0, "MILP")
    cover_mode = bool(np.isfinite(p.need).any()) and max_sites is None and budget is None
    kw: dict[str, Any] = dict(max_sites=max_sites, budget=budget, time_limit=time_limit)
    _, _, lp_value, _, _ = _solve(p, w, az, a_idx, c_idx, relax=True, **kw)
    progress(40.0, "MILP")
    ok, status, obj, x, bound = _solve(p, w, az, a_idx, c_idx, relax=False, **kw)
    progress(95.0, "MILP")
    if x is None:
        raise ValueError(f"the solver found no solution ({status}); the target cannot be "
                         "reached with these candidates")
    chosen = [int(c) for c in np.flatnonzero(x > 0.5)]
    # order as greedy would add them, for ranks and cumulative values
    sub = greedy_order(p, chosen)
    s = _State(p)
    gains, rows = [], []
    for c in sub:
        raw = s.raw(c)
        g = s.truncated(raw)
        s.take(c, raw)
        gains.append(g)
        rows.append(raw)
    value = float(sum(gains))
    met = not s.unmet().any()
    res = CoverResult(sub, gains, np.array(rows) if rows else np.zeros((0, p.n_zones)), value,
                      met, "exact", guarantee=1.0, optimal=bool(ok), lp_bound=float(lp_value))
    if cover_mode:
        res.lower_bound = float(bound)
    else:
        res.upper_bound = float(bound)
    return res


def greedy_order(p: CoverProblem, chosen: list) -> list:
    """``chosen`` ordered as greedy would add them (largest gain first), ties by index."""
    left = list(chosen)
    s = _State(p)
    out = []
    while left:
        best = max(left, key=lambda c: (s.truncated(s.raw(c)), -c))
        raw = s.raw(best)
        s.take(best, raw)
        out.append(best)
        left.remove(best)
    return out


def coverage_value(p: CoverProblem, chosen) -> float:
    """f(chosen) computed from scratch (union of the chosen sites' pieces, GEOS), for checks:
    the truncated sum over zones of density × area of the union of their pieces plus the
    weight of the items reached."""
    chosen = np.asarray(list(chosen), dtype=np.intp)
    per_zone = np.zeros(p.n_zones)
    sel = np.isin(p.piece_cand, chosen)
    if sel.any():
        src, geom = p.piece_src[sel], p.piece_geom[sel]
        zone, dens = p.piece_zone[sel], p.piece_density[sel]
        for k in np.unique(src):
            m = src == k
            per_zone[zone[m][0]] += p.weigh(np.array([shapely.union_all(geom[m])], dtype=object),
                                            dens[m][:1])[0]
    reached = np.unique(p.inc_item[np.isin(p.inc_cand, chosen)])
    np.add.at(per_zone, p.item_zone[reached], p.item_weight[reached])
    return float(np.minimum(per_zone, p.need).sum())
