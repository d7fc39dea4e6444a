"""GCJ-02 (AMap, Tencent) and BD-09 (Baidu) coordinates: forward and iterative inverse.

PROJ has no GCJ-02: it is an obfuscation published only as code, so it is written here.
All functions are vectorised over NumPy arrays (scalars work too) and take/return degrees
of longitude and latitude.  WGS84 and CGCS2000 differ by a few centimetres at most in
Weihai, well below the accuracy of any input in this product, and are treated as equal.

The forward formula (WGS84 -> GCJ-02) is the widely published one.  Its inverse has no
closed form; the one-step inverse ``wgs = gcj - (forward(gcj) - gcj)`` is about 2 m off in
Weihai, so :func:`gcj02_to_wgs84` iterates a fixed point until the forward transform of the
result reproduces the input to better than 1e-9 degrees (about 0.1 mm).
"""

from __future__ import annotations

import numpy as np

_A = 6378245.0  # semi-major axis of Krasovsky 1940, as used by the GCJ-02 formula
_EE = 0.00669342162296594323  # its first eccentricity squared
_X_PI = np.pi * 3000.0 / 180.0


def _transform_lat(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * np.sqrt(np.abs(x))
    ret += (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    ret += (20.0 * np.sin(y * np.pi) + 40.0 * np.sin(y / 3.0 * np.pi)) * 2.0 / 3.0
    ret += (160.0 * np.sin(y / 12.0 * np.pi) + 320.0 * np.sin(y * np.pi / 30.0)) * 2.0 / 3.0
    return ret


def _transform_lon(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * np.sqrt(np.abs(x))
    ret += (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    ret += (20.0 * np.sin(x * np.pi) + 40.0 * np.sin(x / 3.0 * np.pi)) * 2.0 / 3.0
    ret += (150.0 * np.sin(x / 12.0 * np.pi) + 300.0 * np.sin(x / 30.0 * np.pi)) * 2.0 / 3.0
    return ret


def in_china(lon, lat) -> np.ndarray:
    """True where the point lies in the rectangle the GCJ-02 formula is applied to."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    return (lon >= 72.004) & (lon <= 137.8347) & (lat >= 0.8293) & (lat <= 55.8271)


def _offset(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """GCJ-02 minus WGS84 (degrees) at a WGS84 position."""
    dlat = _transform_lat(lon - 105.0, lat - 35.0)
    dlon = _transform_lon(lon - 105.0, lat - 35.0)
    rad = lat / 180.0 * np.pi
    magic = 1 - _EE * np.sin(rad) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * np.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * np.cos(rad) * np.pi)
    inside = in_china(lon, lat)
    return np.where(inside, dlon, 0.0), np.where(inside, dlat, 0.0)


def _out(lon: np.ndarray, lat: np.ndarray, scalar: bool):
    if scalar:
        return float(lon), float(lat)
    return lon, lat


def _arrays(lon, lat) -> tuple[np.ndarray, np.ndarray, bool]:
    scalar = np.ndim(lon) == 0 and np.ndim(lat) == 0
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float), scalar


def wgs84_to_gcj02(lon, lat):
    """WGS84 (or CGCS2000) degrees -> GCJ-02 degrees (the published forward formula)."""
    lon, lat, scalar = _arrays(lon, lat)
    dlon, dlat = _offset(lon, lat)
    return _out(lon + dlon, lat + dlat, scalar)


def _invert(forward, lon, lat, start, tolerance_deg: float, max_iter: int):
    """Solve ``forward(x) = target`` by the fixed point ``x <- x - (forward(x) - target)``.

    The offsets vary slowly with position, so each step gains about three orders of
    magnitude; two or three steps reach ``tolerance_deg``.
    """
    t_lon, t_lat, scalar = _arrays(lon, lat)
    x_lon, x_lat = start(t_lon, t_lat)
    for _ in range(max_iter):
        f_lon, f_lat = forward(x_lon, x_lat)
        e_lon, e_lat = f_lon - t_lon, f_lat - t_lat
        x_lon, x_lat = x_lon - e_lon, x_lat - e_lat
        if np.nanmax(np.abs(np.concatenate([np.ravel(e_lon), np.ravel(e_lat)])),
                     initial=0.0) < tolerance_deg:
            break
    return _out(x_lon, x_lat, scalar)


def gcj02_to_wgs84(lon, lat, tolerance_deg: float = 1e-9, max_iter: int = 30):
    """GCJ-02 degrees -> WGS84 degrees, iterated to ``tolerance_deg`` (1e-9 deg ~ 0.1 mm)."""
    return _invert(wgs84_to_gcj02, lon, lat, lambda x, y: (x.copy(), y.copy()),
                   tolerance_deg, max_iter)


def gcj02_to_bd09(lon, lat):
    """GCJ-02 degrees -> BD-09 degrees (Baidu's published formula)."""
    x, y, scalar = _arrays(lon, lat)
    z = np.sqrt(x * x + y * y) + 0.00002 * np.sin(y * _X_PI)
    theta = np.arctan2(y, x) + 0.000003 * np.cos(x * _X_PI)
    return _out(z * np.cos(theta) + 0.0065, z * np.sin(theta) + 0.006, scalar)


def bd09_to_gcj02(lon, lat, tolerance_deg: float = 1e-9, max_iter: int = 30):
    """BD-09 degrees -> GCJ-02 degrees, iterating the forward formula like the GCJ inverse.

    Baidu's own closed-form inverse is off by up to a metre; iterating is exact.
    """
    return _invert(gcj02_to_bd09, lon, lat, lambda x, y: (x - 0.0065, y - 0.006),
                   tolerance_deg, max_iter)


def wgs84_to_bd09(lon, lat):
    """WGS84 degrees -> BD-09 degrees."""
    return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))


def bd09_to_wgs84(lon, lat):
    """BD-09 degrees -> WGS84 degrees (both inverses iterated)."""
    return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))


TO_WGS84 = {
    "wgs84": None,
    "cgcs2000": None,
    "gcj02": gcj02_to_wgs84,
    "bd09": bd09_to_wgs84,
}
"""Converter to WGS84/CGCS2000 for each ``--coords`` choice (``None``: already there)."""
