"""Coverage shapes of 5G stations: circles, or sectors from the 3GPP antenna pattern.

Circles
-------
A circle of radius ``r`` is the regular polygon GEOS, QGIS (``native:buffer``) and PostGIS
(``ST_Buffer``) build: ``4 q`` vertices on the circle, ``q`` per quarter, starting due east and
running clockwise.  Its area is ``πr² · sin(2π/4q) / (2π/4q)``, so
:func:`circle_segments_for` picks the smallest ``q`` keeping the area within 0.2 % of ``πr²``
(``q = 15``, 60 vertices, 0.18 % short).  Building the vertices with numpy instead of a
buffer call gives the same polygon about ten times faster.

Sectors
-------
A station with ``azimuth_deg`` (degrees clockwise from true north) gets the horizontal
pattern of the 3GPP TR 38.901 antenna element (Table 7.3-1):
``A(φ) = -min(12 (φ/65°)², 30) dB`` at angle ``φ`` off boresight.  A gain loss of ``L`` dB
uses up ``L`` dB of the path-loss budget, and with an NLOS path loss growing by ``B`` dB per
decade of distance (39.08 for UMa, see :mod:`.radius`), the edge of coverage moves in to

    ``r(φ) = R · 10^(A(φ) / B)``

where ``R`` is the station's radius on boresight.  At the 3 dB beam edge (±32.5°) the radius is
0.84 R, the pattern floor of -30 dB (beyond ±102.8°) leaves a back lobe of 0.17 R.  The shape
is sampled at angles spaced in proportion to its radius (the back lobe needs few vertices),
plus boresight and the two kinks at ±102.8°, as many as keep its area within 0.2 % of the
pattern's exact area (:func:`sector_angles`: 70-odd vertices).

Projection
----------
Radii and azimuths are on the ground.  Each station's shape is drawn through the local
Jacobian of the metric CRS (:func:`ground_jacobian`: metres east/north -> map units), which
carries the scale factor (up to 1.0004 inside a 3° Gauss-Kruger zone), the meridian
convergence between true and grid north (up to ~1°) and, in an equal-area CRS, its
anisotropy.  Map areas of shapes and districts are then scaled alike, and the coverage rate is
the same in any metric CRS (tested: EPSG:4550 vs 4549 vs Albers).  In a conformal CRS a circle
is exactly the GEOS buffer of radius ``k r`` (:meth:`StationParams.map_radius`).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

from . import radius as _radius

HPBW_DEG = 65.0
"""Half-power beamwidth of the 38.901 element pattern (degrees)."""

MAX_ATTENUATION_DB = 30.0
"""Front-to-back floor of the 38.901 element pattern (dB)."""

DEFAULT_AREA_TOLERANCE = 0.002
"""Circles are polygons whose area is within 0.2 % of πr² (SPEC)."""


def circle_area_ratio(quad_segs: int) -> float:
    """Area of the ``4 quad_segs``-gon inscribed in a circle divided by πr² (< 1)."""
    a = 2 * math.pi / (4 * quad_segs)
    return math.sin(a) / a


def circle_segments_for(area_tolerance: float = DEFAULT_AREA_TOLERANCE) -> int:
    """Segments per quarter circle so the polygon's area is within ``area_tolerance`` of πr².

    The count is what QGIS's buffer calls ``SEGMENTS``, PostGIS ``quad_segs`` and shapely
    ``quad_segs``: the polygon has 4 times as many vertices.  0.002 (0.2 %) gives 15.
    """
    if not 0 < area_tolerance < 1:
        raise ValueError(f"area_tolerance must be a fraction between 0 and 1, not {area_tolerance}")
    q = 1
    while 1 - circle_area_ratio(q) > area_tolerance:
        q += 1
    return q


def sector_gain_db(phi_deg) -> np.ndarray:
    """38.901 element horizontal gain relative to boresight (dB, <= 0) at ``phi_deg`` off it."""
    phi = (np.asarray(phi_deg, dtype=float) + 180.0) % 360.0 - 180.0
    return -np.minimum(12.0 * (phi / HPBW_DEG) ** 2, MAX_ATTENUATION_DB)


def sector_radius_factor(phi_deg, slope_db_per_decade) -> np.ndarray:
    """Coverage distance at ``phi_deg`` off boresight as a fraction of the boresight radius."""
    return 10.0 ** (sector_gain_db(phi_deg) / np.asarray(slope_db_per_decade, dtype=float))


def _unit_circle(quad_segs: int) -> np.ndarray:
    """Closed ring of the unit circle as GEOS buffers a point: east, then clockwise."""
    n = 4 * quad_segs
    ang = -2 * np.pi * np.arange(n + 1) / n
    ring = np.column_stack([np.cos(ang), np.sin(ang)])
    ring[-1] = ring[0]
    return ring


@functools.lru_cache(maxsize=None)
def _sector_exact_area(slope: float) -> float:
    """Area of the unit sector pattern for this path-loss slope (trapezoids, 40,000 steps);
    cached: :func:`sector_angles` asks it for each candidate vertex count."""
    grid = np.linspace(-np.pi, np.pi, 40_001)
    trapezoid = getattr(np, "trapezoid", None) or np.trapz  # renamed in numpy 2
    return float(trapezoid(0.5 * sector_radius_factor(np.degrees(grid), slope) ** 2, grid))


def _sector_polygon_error(phi_deg: np.ndarray, slope: float) -> float:
    """Relative area shortfall of the sector polygon sampled at ``phi_deg`` (unit radius)."""
    exact = _sector_exact_area(slope)
    rr = sector_radius_factor(phi_deg, slope)
    ang = np.radians(phi_deg)
    x, y = rr * np.sin(ang), rr * np.cos(ang)
    area = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    return float(1 - area / exact)


@functools.lru_cache(maxsize=1)
def _angle_cdf() -> tuple[np.ndarray, np.ndarray]:
    """Angles (degrees, 20,001 from -180 to 180) and the normalised cumulative sector radius
    at them (UMa slope): where :func:`_angles_for` places vertices.  Computed once."""
    fine = np.linspace(-180.0, 180.0, 20_001)
    w = sector_radius_factor(fine, 39.08)
    cdf = np.concatenate([[0.0], np.cumsum(0.5 * (w[1:] + w[:-1]))])
    return fine, cdf / cdf[-1]


def _angles_for(n: int) -> np.ndarray:
    """``n`` angles (degrees, -180..180) spaced in proportion to the sector radius, so the
    main lobe gets the vertices and the small back lobe few; plus boresight and both kinks."""
    kink = HPBW_DEG * math.sqrt(MAX_ATTENUATION_DB / 12.0)
    fine, cdf = _angle_cdf()
    phi = np.interp(np.arange(n) / n, cdf, fine)
    phi = phi[np.min(np.abs(phi[:, None] - np.array([-kink, 0.0, kink])), axis=1) > 1e-6]
    return np.unique(np.concatenate([phi, [-kink, 0.0, kink]]))  # no near-duplicate vertex


@functools.lru_cache(maxsize=8)
def sector_angles(area_tolerance: float = DEFAULT_AREA_TOLERANCE) -> np.ndarray:
    """Closed list of angles off boresight sampling a sector shape so its polygon's area is
    within ``area_tolerance`` of the pattern's exact area, for every path-loss slope in use
    (UMi 35.3 is the most directional, RMa ~38.6, UMa 39.08)."""
    n = 24
    while max(_sector_polygon_error(_angles_for(n), b) for b in (35.3, 38.63, 39.08)) \
            > area_tolerance:
        n += 4
    phi = _angles_for(n)
    phi.setflags(write=False)
    return np.concatenate([phi, phi[:1]])


def place(x, y, r, a: np.ndarray | None, u: np.ndarray) -> np.ndarray:
    """Rings ``(x, y) + r · a @ u`` (n, m, 2): unit rings ``u`` ((1 or n), m, 2) scaled by
    ``r`` and mapped by per-station 2x2 matrices ``a`` (n, 2, 2; None = identity)."""
    x, y, r = (np.asarray(v, dtype=float) for v in (x, y, r))
    coords = np.empty((len(x), u.shape[1], 2))
    if a is None:
        coords[:, :, 0] = x[:, None] + r[:, None] * u[:, :, 0]
        coords[:, :, 1] = y[:, None] + r[:, None] * u[:, :, 1]
    else:
        coords[:, :, 0] = x[:, None] + r[:, None] * (a[:, 0, 0, None] * u[:, :, 0]
                                                     + a[:, 0, 1, None] * u[:, :, 1])
        coords[:, :, 1] = y[:, None] + r[:, None] * (a[:, 1, 0, None] * u[:, :, 0]
                                                     + a[:, 1, 1, None] * u[:, :, 1])
    coords[:, -1, :] = coords[:, 0, :]
    return coords


def circles(x, y, r, quad_segs: int, shape_matrix: np.ndarray | None = None) -> np.ndarray:
    """Circle polygons centred at ``x, y`` (map units) with ground radii ``r`` (metres);
    see :func:`circle_rings`."""
    if len(np.asarray(x)) == 0:
        return np.empty(0, dtype=object)
    return shapely.polygons(circle_rings(x, y, r, quad_segs, shape_matrix))


def circle_rings(x, y, r, quad_segs: int, shape_matrix: np.ndarray | None = None) -> np.ndarray:
    """Closed rings (n, 4 quad_segs + 1, 2) of circles centred at ``x, y`` (map units) with
    ground radii ``r`` (metres).

    ``shape_matrix`` (n, 2, 2) maps a ground offset (metres, with the rotation of the map
    removed) to map units at each centre: ``k I`` in a conformal CRS (Gauss-Kruger, so the
    polygon is exactly GEOS's buffer of radius ``k r``), a symmetric stretch in an equal-area
    one (the ground circle is an ellipse there).  None means the identity.
    """
    return place(x, y, r, shape_matrix, _unit_circle(quad_segs)[None])


def sectors(x, y, r, azimuth_deg, slope_db_per_decade, quad_segs: int = 0,
            jacobian: np.ndarray | None = None,
            area_tolerance: float = DEFAULT_AREA_TOLERANCE) -> np.ndarray:
    """Sector polygons; see :func:`sector_rings`."""
    if len(np.asarray(x)) == 0:
        return np.empty(0, dtype=object)
    return shapely.polygons(sector_rings(x, y, r, azimuth_deg, slope_db_per_decade,
                                         jacobian=jacobian, area_tolerance=area_tolerance))


def sector_units(azimuth_deg, slope_db_per_decade,
                 area_tolerance: float = DEFAULT_AREA_TOLERANCE) -> np.ndarray:
    """Closed rings (n, m, 2) of sector shapes of unit boresight radius in ground metres
    (east, north): towards ``azimuth_deg`` (clockwise from true north), shaped by the 38.901
    pattern with path-loss slope ``slope_db_per_decade``, vertices from
    :func:`sector_angles` (``area_tolerance``)."""
    az, b = (np.asarray(v, dtype=float) for v in (azimuth_deg, slope_db_per_decade))
    phi = sector_angles(area_tolerance)
    slopes, which = np.unique(b, return_inverse=True)  # a few scenes: a few slopes
    rr = sector_radius_factor(phi[None, :], slopes[:, None])[which.ravel()]
    bearing = np.radians(az[:, None] + phi[None, :])
    out = np.empty(bearing.shape + (2,))
    np.multiply(rr, np.sin(bearing), out=out[:, :, 0])
    np.multiply(rr, np.cos(bearing), out=out[:, :, 1])
    return out


def sector_rings(x, y, r, azimuth_deg, slope_db_per_decade, quad_segs: int = 0,
                 jacobian: np.ndarray | None = None,
                 area_tolerance: float = DEFAULT_AREA_TOLERANCE) -> np.ndarray:
    """Closed rings (n, m, 2) of sector shapes (:func:`sector_units`) of boresight radius
    ``r`` (ground metres) at ``x, y``.  ``jacobian`` (n, 2, 2) maps ground (east, north)
    metres to map units at each station (identity when None: map = ground, grid north = true
    north).  ``quad_segs`` is only accepted for symmetry with :func:`circles`."""
    return place(x, y, r, jacobian, sector_units(azimuth_deg, slope_db_per_decade,
                                                 area_tolerance))


VIEW_ARC_SEGMENTS = 64
"""Segments of the arc of a camera's field of view: a 360° view would lose 0.16 % of its
area, a narrower one less (the chord error falls with the segment angle)."""

VIEW_BACK_FRACTION = 1e-4
"""Radius of the small back arc that closes a view wedge around its apex, as a fraction of
the range: the union-area engine needs shapes strictly star-shaped around their point, which
a wedge with its apex on the point is not; the arc adds under 1e-8 of the wedge's area."""


def view_units(azimuth_deg, fov_deg) -> np.ndarray:
    """Closed rings (n, m, 2) of the field of view of directional cameras, unit range in
    ground metres (east, north): the wedge of angle ``fov_deg`` centred on ``azimuth_deg``
    (clockwise from true north), its arc sampled with :data:`VIEW_ARC_SEGMENTS` segments,
    closed behind the camera by an arc of radius :data:`VIEW_BACK_FRACTION` (8 segments).

    A field of view of 360° or more is a circle and is not built here (the caller gives such
    cameras no azimuth).
    """
    az = np.asarray(azimuth_deg, dtype=float)
    fov = np.clip(np.asarray(fov_deg, dtype=float), 1e-3, 359.0)
    half = 0.5 * fov[:, None]
    t = np.linspace(-1.0, 1.0, VIEW_ARC_SEGMENTS + 1)[None, :]
    front = half * t                                      # off-axis angles of the arc
    gap = np.minimum(0.01, 0.25 * (180.0 - half))         # degrees between the two arcs
    b = np.linspace(0.0, 1.0, 9)[None, :]
    back = (half + gap) + b * (360.0 - 2.0 * (half + gap))  # behind the camera, clockwise
    phi = np.concatenate([front, back], axis=1)
    rr = np.concatenate([np.ones_like(front), np.full_like(back, VIEW_BACK_FRACTION)], axis=1)
    bearing = np.radians(az[:, None] + phi)
    out = np.empty(bearing.shape + (2,))
    out[:, :, 0] = rr * np.sin(bearing)
    out[:, :, 1] = rr * np.cos(bearing)
    return np.concatenate([out, out[:, :1]], axis=1)


def ground_jacobian(lon, lat, crs, step_m: float = 10.0) -> np.ndarray:
    """Local linear map (n, 2, 2) from ground metres (east, north) to map units of ``crs``.

    Measured by projecting the points ``step_m`` metres due east and due north of each
    station along the ellipsoid (GRS80, CGCS2000's).  It carries the scale factor (1.0000–
    1.0004 in a 3° Gauss-Kruger zone), the meridian convergence (grid north vs true north,
    up to about 1°) and, in an equal-area CRS, the anisotropy of the projection.
    """
    lon, lat = np.atleast_1d(np.asarray(lon, dtype=float)), np.atleast_1d(np.asarray(lat, float))
    tr = pyproj.Transformer.from_crs(4490, crs, always_xy=True)
    geod = pyproj.Geod(ellps="GRS80")
    n = len(lon)
    lon_e, lat_e, _ = geod.fwd(lon, lat, np.full(n, 90.0), np.full(n, step_m))
    lon_n, lat_n, _ = geod.fwd(lon, lat, np.zeros(n), np.full(n, step_m))
    x0, y0 = tr.transform(lon, lat)
    xe, ye = tr.transform(lon_e, lat_e)
    xn, yn = tr.transform(lon_n, lat_n)
    j = np.empty((n, 2, 2))
    j[:, 0, 0] = (np.asarray(xe) - x0) / step_m
    j[:, 1, 0] = (np.asarray(ye) - y0) / step_m
    j[:, 0, 1] = (np.asarray(xn) - x0) / step_m
    j[:, 1, 1] = (np.asarray(yn) - y0) / step_m
    return j


_JACOBIANS: dict = {}
"""Per CRS: (sorted cell keys, their Jacobians) already computed."""

JACOBIAN_CELLS = 1_000_000
"""At most this many cells are remembered per CRS (about 40 bytes each)."""


def _cell_jacobians(key: np.ndarray, cells: np.ndarray, crs: pyproj.CRS) -> np.ndarray:
    """:func:`ground_jacobian` at the centres of 0.01° cells (``cells``: integer lon, lat x
    100; ``key``: one distinct int64 per cell), remembered per CRS: a series or a dashboard
    asks for the same cells again and again."""
    name = crs.to_wkt()
    known_keys, known = _JACOBIANS.get(name, (np.zeros(0, np.int64), np.zeros((0, 2, 2))))
    pos = np.minimum(np.searchsorted(known_keys, key), max(len(known_keys) - 1, 0))
    found = (known_keys[pos] == key) if len(known_keys) else np.zeros(len(key), bool)
    out = np.empty((len(key), 2, 2))
    out[found] = known[pos[found]]
    if not found.all():
        fresh = ground_jacobian(cells[~found, 0] / 100.0, cells[~found, 1] / 100.0, crs)
        out[~found] = fresh
        if len(known_keys) + len(fresh) > JACOBIAN_CELLS:  # start afresh, memory bounded
            known_keys, known = np.zeros(0, np.int64), np.zeros((0, 2, 2))
        keys = np.concatenate([known_keys, key[~found]])
        order = np.argsort(keys, kind="stable")
        _JACOBIANS[name] = (keys[order], np.concatenate([known, fresh])[order])
    return out


def without_rotation(jacobian: np.ndarray) -> np.ndarray:
    """The symmetric factor ``R S R^T`` of the polar decomposition ``J = R S``.

    A circle is unchanged by rotation, so its map image ``J·circle`` equals ``(J R^T)·circle``;
    using the symmetric ``J R^T`` keeps GEOS's vertex layout (first vertex due map east), so in
    a conformal CRS the polygon is exactly the buffer of radius ``k r`` that QGIS and PostGIS
    would draw.
    """
    j = jacobian
    theta = np.arctan2(j[:, 1, 0] - j[:, 0, 1], j[:, 0, 0] + j[:, 1, 1])
    c, s = np.cos(theta), np.sin(theta)
    out = np.empty_like(j)
    # J @ R(theta)^T with R = [[c, -s], [s, c]], so R^T = [[c, s], [-s, c]].
    out[:, 0, 0] = j[:, 0, 0] * c - j[:, 0, 1] * s
    out[:, 0, 1] = j[:, 0, 0] * s + j[:, 0, 1] * c
    out[:, 1, 0] = j[:, 1, 0] * c - j[:, 1, 1] * s
    out[:, 1, 1] = j[:, 1, 0] * s + j[:, 1, 1] * c
    return out


def max_stretch(jacobian: np.ndarray) -> np.ndarray:
    """Largest singular value of each 2x2 matrix: the most one ground metre can become."""
    j = jacobian
    a = j[:, 0, 0] ** 2 + j[:, 1, 0] ** 2
    b = j[:, 0, 0] * j[:, 0, 1] + j[:, 1, 0] * j[:, 1, 1]
    d = j[:, 0, 1] ** 2 + j[:, 1, 1] ** 2
    return np.sqrt(0.5 * (a + d) + np.sqrt(0.25 * (a - d) ** 2 + b * b))


def station_pl_slope(stations, table: pd.DataFrame | None = None) -> pd.Series:
    """Path-loss distance slope B (dB/decade) for each station, from its band x scene row.

    Uses the table's ``pl_slope_db_per_decade`` column when present, else the slope of the
    scene's 38.901 model; falls back like :func:`.radius.station_radius_m` (UMa, 39.08).
    """
    table = _radius.load_radius_table() if table is None else table
    if "pl_slope_db_per_decade" in table.columns:
        by_scene = (pd.to_numeric(table["pl_slope_db_per_decade"], errors="coerce")
                    .groupby(table["scene"]).median().to_dict())
    else:
        by_scene = {}
    for scene, m in _radius.SCENE_MODELS.items():
        if not np.isfinite(by_scene.get(scene, np.nan)):
            by_scene[scene] = _radius.nlos_slope_db_per_decade(m["model"], m["h_bs_m"])
    default = by_scene.get(_radius.FALLBACK_SCENE, 39.08)
    if "scene" in stations.columns:
        scene = _radius._canonical(stations["scene"], _radius.schema.SCENES)
        codes, uniques = pd.factorize(scene.fillna("?"))
        per = np.array([by_scene.get(s, default) for s in uniques], dtype=float)
        slope = pd.Series(per[codes], index=stations.index)
    else:
        slope = pd.Series(default, index=stations.index)
    return slope.astype(float)


@dataclass
class StationParams:
    """Stations reduced to what their shapes need, in a metric CRS (arrays of equal length).

    ``x, y`` map coordinates; ``r`` boresight radius in ground metres; ``az`` true azimuth in
    degrees (NaN = omni); ``slope`` path-loss slope (dB/decade); ``jac`` (n, 2, 2) ground
    metres -> map units at each station (:func:`ground_jacobian`); ``ok`` False for empty
    geometries (no shape).
    """

    x: np.ndarray
    y: np.ndarray
    r: np.ndarray
    az: np.ndarray
    slope: np.ndarray
    jac: np.ndarray
    ok: np.ndarray
    crs: pyproj.CRS
    fov: np.ndarray | None = None
    """Field of view in degrees of directional cameras (NaN or None: a station's 38.901
    sector when ``az`` is given); see :func:`view_units`."""

    def __len__(self) -> int:
        return len(self.x)

    def map_radius(self) -> np.ndarray:
        """Radius in map units, ``r`` times the areal scale's square root (for a conformal CRS:
        the buffer distance that draws the same circle)."""
        det = self.jac[:, 0, 0] * self.jac[:, 1, 1] - self.jac[:, 0, 1] * self.jac[:, 1, 0]
        return self.r * np.sqrt(np.abs(det))

    def max_reach(self) -> np.ndarray:
        """Farthest extent of each shape from its station in map units (0 for no shape)."""
        return np.where(self.ok, self.r * max_stretch(self.jac) * (1 + 1e-9), 0.0)


def station_params(stations: gpd.GeoDataFrame, crs, table: pd.DataFrame | None = None
                   ) -> StationParams:
    """Project stations to ``crs`` and look up radius, azimuth, path-loss slope and the local
    ground-to-map Jacobian."""
    crs = pyproj.CRS.from_user_input(crs)
    n = len(stations)
    x, y = np.full(n, np.nan), np.full(n, np.nan)
    az, slope = np.full(n, np.nan), np.full(n, 39.08)
    jac = np.zeros((n, 2, 2))
    jac[:, 0, 0] = jac[:, 1, 1] = 1.0
    if n == 0:
        return StationParams(x, y, np.zeros(0), az, slope, jac, np.zeros(0, bool), crs)
    if stations.crs is None:
        raise ValueError("the stations layer has no CRS; it must be EPSG:4490 (CGCS2000) or "
                         "declare its CRS")
    geom = stations.geometry.to_numpy()
    ok = ~(shapely.is_missing(geom) | shapely.is_empty(geom))
    if not (shapely.get_type_id(geom[ok]) == 0).all():
        bad = int(np.flatnonzero(ok & (shapely.get_type_id(geom) != 0))[0])
        raise ValueError(f"base station at row {bad + 1} ({stations.index[bad]!r}) is not a "
                         "point; base_stations must be points")
    r = np.array(station_radius_m(stations, table).to_numpy(), dtype=float)
    if stations.crs.to_epsg() == 4490:
        lonlat = shapely.get_coordinates(geom[ok])
    else:
        lonlat = shapely.get_coordinates(gpd.GeoSeries(geom[ok], crs=stations.crs)
                                         .to_crs(4490).to_numpy())
    tr = pyproj.Transformer.from_crs(4490, crs, always_xy=True)
    px, py = tr.transform(lonlat[:, 0], lonlat[:, 1])
    x[ok], y[ok] = px, py
    # The Jacobian varies slowly (scale by ~5e-6, convergence by ~0.006° per km): compute it
    # once per 0.01° cell of stations, not per station.
    cell = np.round(lonlat * 100.0).astype(np.int64)
    key = (cell[:, 0] + 100_000) * 1_000_000 + (cell[:, 1] + 100_000)
    uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    jac[ok] = _cell_jacobians(uniq, cell[first], crs)[inverse.ravel()]
    if "azimuth_deg" in stations.columns:
        a = pd.to_numeric(stations["azimuth_deg"], errors="coerce").to_numpy(dtype=float)
        sec = ok & np.isfinite(a)
        az[sec] = a[sec] % 360.0
        if sec.any():
            slope[sec] = station_pl_slope(stations, table).to_numpy()[sec]
    return StationParams(x, y, r, az, slope, jac, ok, crs)


def shape_frames(params: StationParams, idx: np.ndarray | None = None,
                 quad_segs: int | None = None) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The shapes of stations ``idx`` (all when None) that have one, in blocks of equal vertex
    count, circles then sectors: ``[(positions in idx, matrices a (k, 2, 2), unit rings u
    ((1 or k), m, 2))]``; a shape's ring is :func:`place` ``(x, y, r, a, u)``."""
    q = quad_segs or circle_segments_for()
    idx = np.arange(len(params)) if idx is None else np.asarray(idx, dtype=np.intp)
    ok = params.ok[idx]
    sec = ok & np.isfinite(params.az[idx])
    view = (sec & np.isfinite(params.fov[idx]) if params.fov is not None
            else np.zeros(len(idx), bool))
    sec &= ~view
    circ = ok & ~sec & ~view
    blocks = []
    if circ.any():
        i = idx[circ]
        blocks.append((np.flatnonzero(circ), without_rotation(params.jac[i]),
                       _unit_circle(q)[None]))
    if sec.any():
        i = idx[sec]
        blocks.append((np.flatnonzero(sec), params.jac[i],
                       sector_units(params.az[i], params.slope[i])))
    if view.any():
        assert params.fov is not None, "views come with their fields of view"
        i = idx[view]
        blocks.append((np.flatnonzero(view), params.jac[i], view_units(params.az[i],
                                                                       params.fov[i])))
    return blocks


def shape_rings(params: StationParams, idx: np.ndarray | None = None,
                quad_segs: int | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """Rings of the shapes of stations ``idx`` (all when None) that have one, in blocks of
    equal vertex count: ``[(positions in idx, closed rings (k, m, 2))]``."""
    idx = np.arange(len(params)) if idx is None else np.asarray(idx, dtype=np.intp)
    return [(pos, place(params.x[idx[pos]], params.y[idx[pos]], params.r[idx[pos]], a, u))
            for pos, a, u in shape_frames(params, idx, quad_segs)]


def build_shapes(params: StationParams, idx: np.ndarray | None = None,
                 quad_segs: int | None = None) -> np.ndarray:
    """Shapes (array of polygons) of the stations ``idx`` (all when None); empty where no point."""
    n = len(params) if idx is None else len(idx)
    out = np.full(n, shapely.Polygon(), dtype=object)
    for pos, rings in shape_rings(params, idx, quad_segs):
        out[pos] = shapely.polygons(rings)
    return out


def coverage_shapes(stations: gpd.GeoDataFrame, crs, table: pd.DataFrame | None = None, *,
                    quad_segs: int | None = None) -> gpd.GeoSeries:
    """Coverage polygon of each station in the metric ``crs``, indexed like ``stations``.

    ``stations`` is a ``base_stations`` GeoDataFrame (points, EPSG:4490 or any CRS it
    declares).  A station whose ``azimuth_deg`` is empty gets a circle of
    :func:`.radius.station_radius_m`; one with an azimuth gets the 38.901 sector shape (module
    docstring).  Empty or missing geometries give empty polygons.  ``quad_segs`` defaults to
    :func:`circle_segments_for` (0.2 % area tolerance).
    """
    params = station_params(stations, crs, table)
    return gpd.GeoSeries(build_shapes(params, None, quad_segs), index=stations.index,
                         crs=params.crs)


station_radius_m = _radius.station_radius_m
