"""Coordinate reference systems met in Weihai's files, and the checks that catch their traps.

CGCS2000 3-degree Gauss–Krüger zones come in two EPSG families: *central-meridian* codes
(EPSG:4534–4554, false easting 500 000 m, e.g. EPSG:4550 = CM 123°E) and *zone-number* codes
(EPSG:4513–4533, false easting ``zone × 1 000 000 + 500 000``, e.g. EPSG:4529 = zone 41).
Weihai straddles 121.5°E, the boundary of zones 40 and 41.  Reading zone-prefixed eastings
(41 5xx xxx m) with a central-meridian code, or the reverse, puts every feature thousands of
kilometres away; :func:`check_eastings` recognises it and names the right code.
"""

from __future__ import annotations

import numpy as np
import pyproj

GK_CM_FIRST = 4534  # CGCS2000 / 3-degree Gauss-Kruger CM 75E
GK_ZONE_FIRST = 4513  # CGCS2000 / 3-degree Gauss-Kruger zone 25 (CM 75E)


class CRSProblem(ValueError):
    """A CRS is missing, unknown, or does not fit the coordinates; the message says what to do."""


def parse_crs(text: str) -> pyproj.CRS:
    """``EPSG:4550``, ``4550``, a WKT or a PROJ string -> CRS, or :class:`CRSProblem`."""
    value = str(text).strip()
    if value.isdigit():
        value = f"EPSG:{value}"
    try:
        return pyproj.CRS.from_user_input(value)
    except pyproj.exceptions.CRSError:
        raise CRSProblem(f"{text!r} is not a coordinate reference system PROJ knows; give it "
                         f"as EPSG:N, e.g. EPSG:4490 (CGCS2000) or EPSG:4550 (CGCS2000 / "
                         f"3-degree Gauss-Kruger CM 123E)") from None


def gk_cm_epsg(lon: float) -> int:
    """EPSG code of the CGCS2000 3-degree GK central-meridian CRS for a longitude (°E).

    The zone whose central meridian is nearest; a longitude exactly on a zone boundary
    (e.g. 121.5°E, in Weihai) belongs to the zone east of it, as the surveying rule
    ``n = int((L + 1.5) / 3)`` has it.  Longitudes outside China's zones (75–135°E) get the
    nearest end zone.  The one rule for the importers' distance checks and the coverage
    engine's metric CRS (:func:`gauss_kruger_crs`).
    """
    index = int(np.clip(np.floor((float(lon) - 75.0) / 3.0 + 0.5), 0, 20))
    return GK_CM_FIRST + index


def gauss_kruger_crs(lon: float) -> pyproj.CRS:
    """The CGCS2000 3-degree Gauss–Krüger CRS (central-meridian form, EPSG:4534–4554) of
    ``lon`` (°E), as :func:`gk_cm_epsg` picks it."""
    return pyproj.CRS.from_epsg(gk_cm_epsg(lon))


def gk_zone_of_epsg(epsg: int) -> tuple[str, int] | None:
    """('cm', zone) or ('zone', zone) for CGCS2000 3-degree GK codes, else ``None``."""
    if GK_CM_FIRST <= epsg <= GK_CM_FIRST + 20:
        return "cm", 25 + epsg - GK_CM_FIRST
    if GK_ZONE_FIRST <= epsg <= GK_ZONE_FIRST + 20:
        return "zone", 25 + epsg - GK_ZONE_FIRST
    return None


def check_eastings(crs: pyproj.CRS, x: np.ndarray, source: str) -> None:
    """Refuse eastings that contradict a 3-degree GK code (zone prefix present or missing)."""
    epsg = crs.to_epsg()
    info = gk_zone_of_epsg(epsg) if epsg else None
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    if info is None or not len(x):
        return
    family, zone = info
    median = float(np.median(x))
    if family == "cm" and median > 1_000_000:
        prefix = int(median // 1_000_000)
        if 25 <= prefix <= 45:
            raise CRSProblem(
                f"{source}: eastings like {median:,.0f} m carry the zone number {prefix} in "
                f"front, but EPSG:{epsg} (central meridian {75 + 3 * (zone - 25)}°E) expects "
                f"no zone number; use --crs EPSG:{GK_ZONE_FIRST + prefix - 25}")
    if family == "zone" and median < 1_000_000:
        raise CRSProblem(
            f"{source}: eastings like {median:,.0f} m have no zone number in front, but "
            f"EPSG:{epsg} (zone {zone}) expects {zone}xxxxxx; use --crs "
            f"EPSG:{GK_CM_FIRST + zone - 25}")


def guess_projected_crs(x: np.ndarray) -> str:
    """A hint naming likely CRS codes for projected coordinates given without a CRS."""
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    if len(x) and np.median(x) > 1_000_000:
        prefix = int(np.median(x) // 1_000_000)
        if 25 <= prefix <= 45:
            return (f"the eastings start with the zone number {prefix}: probably "
                    f"EPSG:{GK_ZONE_FIRST + prefix - 25} (CGCS2000 3-degree GK zone {prefix})")
    return ("in Weihai usually EPSG:4550 (CGCS2000 3-degree GK CM 123E) or EPSG:4549 "
            "(CM 120E)")


def is_geographic(crs: pyproj.CRS) -> bool:
    """True for longitude/latitude CRSs."""
    return bool(crs.is_geographic)
