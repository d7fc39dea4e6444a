"""Coverage radius of a 5G station, in metres: from its own field or a band x scene table.

Why a table
-----------
Station registers rarely carry a planned coverage radius, so the radius comes from a
band x scene table derived from the 3GPP TR 38.901 (V16/V17, Table 7.4.1-1) path-loss models:
for each scene a *maximum allowed path loss* (MAPL, dB, the link budget of a cell edge) is
fixed, and the radius is the 2-D distance at which the model's NLOS path loss reaches it.

=============  =======  ==========  =================  ==============================
scene          model    h_BS (m)    MAPL (dB)          n78 radius (m), SPEC range
=============  =======  ==========  =================  ==============================
dense_urban    UMa      25          118                247   (200–300)
urban          UMa      25          126                397   (300–500)
suburban       UMa      30          138                805   (600–1000)
rural          RMa      35          137                1480  (1000–2000)
=============  =======  ==========  =================  ==============================

UMa NLOS is ``max(PL_UMa-LOS, 13.54 + 39.08 log10(d3D) + 20 log10(fc) - 0.6 (h_UT - 1.5))``;
RMa NLOS is ``max(PL_RMa-LOS, 161.04 - 7.1 log10 W + 7.5 log10 h - (24.37 - 3.7 (h/h_BS)^2)
log10 h_BS + (43.42 - 3.1 log10 h_BS)(log10 d3D - 3) + 20 log10 fc - (3.2 (log10(11.75 h_UT))^2
- 4.97))`` with street width W = 20 m, building height h = 5 m; UMi street canyon is available
for small cells (``model = UMi`` in the table).  ``fc`` is in GHz, distances in metres, user
terminal at 1.5 m.  The MAPL values are a calibration: an outdoor 3.5 GHz cell-edge budget
minus scene margins (shadowing, foliage, body loss), chosen so 3.5 GHz radii sit inside the
planning ranges quoted in ``docs/SPEC.md``.  Because the NLOS formula is
``B log10 d + 20 log10 fc``, the radius at equal path loss scales as ``(f1/f2)^(20/B)``: with
UMa's B = 39.08 this gives
700 MHz 2.28x, 2.1 GHz 1.30x, 2.6 GHz 1.16x, 4.9 GHz 0.84x the 3.5 GHz radius (RMa's B depends
on h_BS: 38.6 dB/decade at 35 m, i.e. 2.30x / 1.30x / 1.17x / 0.84x).

The table is ``radius_table.csv`` beside this module, user-editable (another city, another link
budget): columns ``band, scene, radius_m`` plus documentation columns ``fc_ghz, model, h_bs_m,
max_path_loss_db, pl_slope_db_per_decade``.  ``derive_radius_table()`` recomputes it.
"""

from __future__ import annotations

import functools

from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..layers import schema

TABLE_PATH = Path(__file__).with_name("radius_table.csv")
"""The default, user-editable band x scene radius table."""

BAND_FREQ_GHZ: dict[str, float] = {"n28": 0.7, "n1": 2.1, "n41": 2.6, "n78": 3.5, "n79": 4.9}
"""Representative carrier frequency of each NR band (GHz): the centre of the Chinese allocations
(n28 703–733/758–788 MHz, n1 2110–2170 MHz, n41 2515–2675 MHz, n78 3300–3600 MHz,
n79 4800–5000 MHz), rounded as the planning literature quotes them."""

SCENE_MODELS: dict[str, dict] = {
    "dense_urban": {"model": "UMa", "h_bs_m": 25.0, "max_path_loss_db": 118.0},
    "urban": {"model": "UMa", "h_bs_m": 25.0, "max_path_loss_db": 126.0},
    "suburban": {"model": "UMa", "h_bs_m": 30.0, "max_path_loss_db": 138.0},
    "rural": {"model": "RMa", "h_bs_m": 35.0, "max_path_loss_db": 137.0},
}
"""Scene -> 38.901 scenario, base-station height (m) and maximum allowed path loss (dB)."""

FALLBACK_BAND = "n78"
"""Band assumed when a station has none (or one not in the table): 3.5 GHz carries most
Chinese 5G sites (China Mobile also runs n41, the others n78)."""

FALLBACK_SCENE = "urban"
"""Scene assumed when a station has none: the middle of the table, not the optimistic rural."""

H_UT_M = 1.5
"""User terminal height (m) of the link budget: a handset at street level."""

C_M_PER_S = 299_792_458.0

# --- 3GPP TR 38.901 Table 7.4.1-1 path loss (dB); d2d in metres, fc in GHz -------------------


def _d3d(d2d, h_bs: float, h_ut: float) -> np.ndarray:
    """3D distance (m) from 2D distance ``d2d`` (m, scalar or array) and the heights (m)."""
    return np.sqrt(np.asarray(d2d, dtype=float) ** 2 + (h_bs - h_ut) ** 2)


def _pl_los(d2d, fc_ghz: float, h_bs: float, h_ut: float, const: float, slope1: float,
            bp_term: float) -> np.ndarray:
    """The two-slope LOS law UMa and UMi share (effective environment height 1 m):
    ``const + slope1 log10(d3D) + 20 log10(fc)`` up to the breakpoint ``d'_BP``, then
    ``const + 40 log10(d3D) + 20 log10(fc) - bp_term log10(d'_BP² + (h_BS - h_UT)²)``."""
    d3d = _d3d(d2d, h_bs, h_ut)
    d_bp = 4 * (h_bs - 1.0) * (h_ut - 1.0) * fc_ghz * 1e9 / C_M_PER_S
    pl1 = const + slope1 * np.log10(d3d) + 20 * np.log10(fc_ghz)
    pl2 = (const + 40 * np.log10(d3d) + 20 * np.log10(fc_ghz)
           - bp_term * np.log10(d_bp ** 2 + (h_bs - h_ut) ** 2))
    return np.where(np.asarray(d2d) <= d_bp, pl1, pl2)


def pl_uma_los(d2d, fc_ghz: float, h_bs: float = 25.0, h_ut: float = H_UT_M) -> np.ndarray:
    """UMa LOS path loss (dB); effective environment height h_E = 1 m."""
    return _pl_los(d2d, fc_ghz, h_bs, h_ut, 28.0, 22.0, 9.0)


def pl_uma_nlos(d2d, fc_ghz: float, h_bs: float = 25.0, h_ut: float = H_UT_M) -> np.ndarray:
    """UMa NLOS path loss (dB): ``max(PL_LOS, PL'_NLOS)``."""
    d3d = _d3d(d2d, h_bs, h_ut)
    nlos = 13.54 + 39.08 * np.log10(d3d) + 20 * np.log10(fc_ghz) - 0.6 * (h_ut - 1.5)
    return np.maximum(pl_uma_los(d2d, fc_ghz, h_bs, h_ut), nlos)


def pl_umi_los(d2d, fc_ghz: float, h_bs: float = 10.0, h_ut: float = H_UT_M) -> np.ndarray:
    """UMi street-canyon LOS path loss (dB)."""
    return _pl_los(d2d, fc_ghz, h_bs, h_ut, 32.4, 21.0, 9.5)


def pl_umi_nlos(d2d, fc_ghz: float, h_bs: float = 10.0, h_ut: float = H_UT_M) -> np.ndarray:
    """UMi street-canyon NLOS path loss (dB): ``max(PL_LOS, PL'_NLOS)``."""
    d3d = _d3d(d2d, h_bs, h_ut)
    nlos = 35.3 * np.log10(d3d) + 22.4 + 21.3 * np.log10(fc_ghz) - 0.3 * (h_ut - 1.5)
    return np.maximum(pl_umi_los(d2d, fc_ghz, h_bs, h_ut), nlos)


def pl_rma_los(d2d, fc_ghz: float, h_bs: float = 35.0, h_ut: float = H_UT_M,
               h: float = 5.0) -> np.ndarray:
    """RMa LOS path loss (dB); average building height ``h`` (m)."""
    d2d = np.asarray(d2d, dtype=float)
    d_bp = 2 * np.pi * h_bs * h_ut * fc_ghz * 1e9 / C_M_PER_S

    def pl1(d3d):
        return (20 * np.log10(40 * np.pi * d3d * fc_ghz / 3)
                + min(0.03 * h ** 1.72, 10) * np.log10(d3d)
                - min(0.044 * h ** 1.72, 14.77) + 0.002 * np.log10(h) * d3d)

    d3d = _d3d(d2d, h_bs, h_ut)
    at_bp = pl1(float(_d3d(d_bp, h_bs, h_ut)))
    return np.where(d2d <= d_bp, pl1(d3d), at_bp + 40 * np.log10(d3d / d_bp))


def pl_rma_nlos(d2d, fc_ghz: float, h_bs: float = 35.0, h_ut: float = H_UT_M,
                h: float = 5.0, w: float = 20.0) -> np.ndarray:
    """RMa NLOS path loss (dB): ``max(PL_LOS, PL'_NLOS)``; street width ``w`` (m)."""
    d3d = _d3d(d2d, h_bs, h_ut)
    nlos = (161.04 - 7.1 * np.log10(w) + 7.5 * np.log10(h)
            - (24.37 - 3.7 * (h / h_bs) ** 2) * np.log10(h_bs)
            + (43.42 - 3.1 * np.log10(h_bs)) * (np.log10(d3d) - 3)
            + 20 * np.log10(fc_ghz) - (3.2 * np.log10(11.75 * h_ut) ** 2 - 4.97))
    return np.maximum(pl_rma_los(d2d, fc_ghz, h_bs, h_ut, h), nlos)


PATH_LOSS_NLOS: dict[str, Callable] = {"UMa": pl_uma_nlos, "UMi": pl_umi_nlos, "RMa": pl_rma_nlos}
"""NLOS path-loss function of each 38.901 scenario: ``f(d2d_m, fc_ghz, h_bs) -> dB``."""


def nlos_slope_db_per_decade(model: str, h_bs: float) -> float:
    """Distance slope ``B`` (dB per decade of distance) of a scenario's NLOS formula.

    Used by :mod:`.shapes` to turn an antenna gain loss into a radius factor
    ``10^(-loss/B)`` (the distance at which the same path-loss budget is used up).
    """
    if model == "UMa":
        return 39.08
    if model == "UMi":
        return 35.3
    if model == "RMa":
        return 43.42 - 3.1 * float(np.log10(h_bs))
    raise ValueError(f"unknown path-loss model {model!r}; use UMa, UMi or RMa")


def radius_for_path_loss(model: str, fc_ghz: float, max_path_loss_db: float,
                         h_bs: float) -> float:
    """2-D distance (m) at which the NLOS path loss of ``model`` reaches ``max_path_loss_db``.

    Solved by bisection on log-distance between 10 m and 100 km (path loss is monotone in
    distance); precise to well under a millimetre.
    """
    f = PATH_LOSS_NLOS[model]
    lo, hi = np.log10(10.0), np.log10(100_000.0)
    if f(10.0 ** lo, fc_ghz, h_bs) >= max_path_loss_db:
        return 10.0
    for _ in range(80):
        mid = 0.5 * (lo + hi)
        if f(10.0 ** mid, fc_ghz, h_bs) < max_path_loss_db:
            lo = mid
        else:
            hi = mid
    return float(10.0 ** (0.5 * (lo + hi)))


def derive_radius_table(scene_models: Optional[dict] = None,
                        band_freq_ghz: Optional[dict] = None) -> pd.DataFrame:
    """Compute the band x scene radius table (metres) from the 38.901 formulas.

    Returns the columns of ``radius_table.csv``: ``band, scene, radius_m`` (rounded to 1 m)
    and the documentation columns ``fc_ghz, model, h_bs_m, max_path_loss_db,
    pl_slope_db_per_decade``.  Every band of a scene shares that scene's path-loss budget,
    so the ratios between bands are the "equal path loss" ratios.
    """
    scene_models = scene_models or SCENE_MODELS
    band_freq_ghz = band_freq_ghz or BAND_FREQ_GHZ
    rows = []
    for scene, m in scene_models.items():
        for band, fc in band_freq_ghz.items():
            r = radius_for_path_loss(m["model"], fc, m["max_path_loss_db"], m["h_bs_m"])
            rows.append({"band": band, "scene": scene, "radius_m": round(r, 0), "fc_ghz": fc,
                         "model": m["model"], "h_bs_m": m["h_bs_m"],
                         "max_path_loss_db": m["max_path_loss_db"],
                         "pl_slope_db_per_decade": round(
                             nlos_slope_db_per_decade(m["model"], m["h_bs_m"]), 3)})
    return pd.DataFrame(rows)


def load_radius_table(path: str | Path | None = None) -> pd.DataFrame:
    """Read the band x scene radius table (metres); default ``processing/radius_table.csv``.

    Band and scene spellings are normalised with the schema's choices (``3.5G``, ``密集城区``
    ...).  A missing column, a radius that is not a positive number, or a duplicated
    band/scene pair raises ``ValueError`` naming the file and the row.
    """
    path = Path(path) if path is not None else TABLE_PATH
    try:
        stat = path.stat()
    except OSError as exc:
        raise ValueError(f"cannot read the radius table {path}: {exc}") from None
    # Every coverage call reads it: parse each version of the file once.
    return _read_radius_table(str(path), stat.st_mtime_ns, stat.st_size).copy()


@functools.lru_cache(maxsize=8)
def _read_radius_table(name: str, mtime_ns: int, size: int) -> pd.DataFrame:
    path = Path(name)
    try:
        table = pd.read_csv(path, dtype={"band": str, "scene": str}, encoding="utf-8-sig")
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read the radius table {path}: {exc}") from None
    missing = {"band", "scene", "radius_m"} - set(table.columns)
    if missing:
        raise ValueError(f"radius table {path} lacks the column(s) {', '.join(sorted(missing))}; "
                         "it needs band, scene, radius_m")
    band_f = schema.BASE_STATIONS.field("band")
    scene_f = schema.BASE_STATIONS.field("scene")
    for i, row in table.iterrows():
        line = int(i) + 2  # header is line 1
        band = schema.canonical_choice(band_f, row["band"])
        scene = schema.canonical_choice(scene_f, row["scene"])
        if band is None or scene is None:
            raise ValueError(f"radius table {path}, line {line}: unknown band {row['band']!r} or "
                             f"scene {row['scene']!r}; bands are n1, n28, n41, n78, n79 and "
                             "scenes dense_urban, urban, suburban, rural")
        table.loc[i, "band"], table.loc[i, "scene"] = band, scene
        r = pd.to_numeric(pd.Series([row["radius_m"]]), errors="coerce").iloc[0]
        if not (np.isfinite(r) and r > 0):
            raise ValueError(f"radius table {path}, line {line}: radius_m {row['radius_m']!r} "
                             "is not a positive number of metres")
    table["radius_m"] = table["radius_m"].astype(float)
    dup = table.duplicated(["band", "scene"])
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise ValueError(f"radius table {path}, line {i + 2}: band {table.band.iloc[i]} and scene "
                         f"{table.scene.iloc[i]} appear twice; keep one row per pair")
    return table


def _lookup(table: pd.DataFrame) -> dict[tuple[str, str], float]:
    return {(b, s): float(r) for b, s, r in zip(table["band"], table["scene"], table["radius_m"])}


def _canonical_value(v, choices: dict):
    """Canonical spelling of one value (None when missing or unknown)."""
    if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
        return None
    key = str(v).strip()
    return choices.get(key) or choices.get(key.lower())


def _canonical(values: pd.Series, choices: dict) -> pd.Series:
    """Canonical spelling of each value (None when missing or unknown); each distinct value
    is looked up once, so a million stations with five bands cost five look-ups."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    canon = np.array([_canonical_value(v, choices) for v in uniques] + [None], dtype=object)
    return pd.Series(canon[codes], index=values.index)  # code -1 (missing) -> last: None


def station_radius_m(stations, table: pd.DataFrame | None = None) -> pd.Series:
    """Coverage radius of each station in metres, indexed like ``stations``.

    ``coverage_radius_m`` wins when it is a number > 0.  Otherwise the radius is
    ``table[band, scene]``.  Fallbacks, in order, when that pair is not in the table:
    a missing or unknown band is taken as ``n78`` (:data:`FALLBACK_BAND`), a missing or unknown
    scene as ``urban`` (:data:`FALLBACK_SCENE`); a pair still absent (a user table without
    that band) uses the table's median radius for the scene, then the table's overall median.
    """
    table = load_radius_table() if table is None else table
    lookup = _lookup(table)
    n = len(stations)
    by_scene: dict = {}
    for sc, r in zip(table["scene"], table["radius_m"]):
        by_scene.setdefault(sc, []).append(float(r))
    scene_median = {sc: float(np.median(v)) for sc, v in by_scene.items()}
    overall = float(np.median(table["radius_m"].to_numpy(float)))

    def codes_of(column: str, choices: dict, fallback: str) -> tuple[np.ndarray, list]:
        """Codes per station into the canonical spellings of the column's distinct values
        (each looked up once; missing or unknown -> ``fallback``, the last entry)."""
        if column not in stations.columns:
            return np.zeros(n, dtype=np.intp), [fallback]
        codes, uniques = pd.factorize(stations[column], use_na_sentinel=True)
        return codes, [_canonical_value(v, choices) or fallback for v in uniques] + [fallback]

    b_codes, b_names = codes_of("band", schema.BANDS, FALLBACK_BAND)
    s_codes, s_names = codes_of("scene", schema.SCENES, FALLBACK_SCENE)
    # Few distinct pairs: look each pair up once, then index (no per-station Python work).
    value = np.array([[lookup.get((b, sc), scene_median.get(sc, overall)) for sc in s_names]
                      for b in b_names], dtype=float).reshape(len(b_names), len(s_names))
    radius = value[b_codes, s_codes]  # code -1 (missing) indexes the fallback, last
    if "coverage_radius_m" in stations.columns:
        given = pd.to_numeric(stations["coverage_radius_m"], errors="coerce").to_numpy(float)
        radius = np.where(given > 0, given, radius)
    radius = pd.Series(radius, index=stations.index)
    radius.name = "radius_m"
    return radius.astype(float)
