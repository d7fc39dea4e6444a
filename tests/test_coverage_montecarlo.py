"""Monte Carlo: random points over a district, each tested against every station directly on
the ellipsoid (geodesic distance and azimuth from pyproj.Geod) with the 38.901 sector formula
``d <= R 10^(A(φ)/B)``, ``A(φ) = -min(12 (φ/65°)², 30)``, B = 39.08 (UMa NLOS) — no polygons,
no projection of ours.  The covered fraction must match our area rate within 4 binomial
standard deviations (plus the 0.2 % polygon bound).
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_coverage_qgis import weihai_districts  # noqa: E402

from smartcity.processing import coverage  # noqa: E402

B_UMA = 39.08


def pattern_reach(r: np.ndarray, phi_deg: np.ndarray) -> np.ndarray:
    phi = (phi_deg + 180.0) % 360.0 - 180.0
    return r * 10 ** (-np.minimum(12 * (phi / 65.0) ** 2, 30.0) / B_UMA)


def monte_carlo_fraction(district_4490: shapely.Geometry, stations: gpd.GeoDataFrame, n: int,
                         seed: int) -> float:
    lon0, lat0 = district_4490.centroid.x, district_4490.centroid.y
    laea = pyproj.CRS.from_proj4(f"+proj=laea +lat_0={lat0} +lon_0={lon0} +ellps=GRS80")
    poly = gpd.GeoSeries([district_4490], crs=4490).to_crs(laea).iloc[0]
    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = poly.bounds
    pts = np.empty((0, 2))
    while len(pts) < n:  # uniform by area (equal-area projection), rejection in the district
        c = np.column_stack([rng.uniform(minx, maxx, n), rng.uniform(miny, maxy, n)])
        pts = np.concatenate([pts, c[shapely.contains_xy(poly, c[:, 0], c[:, 1])]])
    pts = pts[:n]
    to_geo = pyproj.Transformer.from_crs(laea, 4490, always_xy=True)
    plon, plat = to_geo.transform(pts[:, 0], pts[:, 1])
    slon, slat = stations.geometry.x.to_numpy(), stations.geometry.y.to_numpy()
    r = stations.coverage_radius_m.to_numpy(dtype=float)
    az = stations.azimuth_deg.to_numpy(dtype=float)
    # Candidate pairs only (a generous planar prefilter); the test itself is geodesic.
    sxy = np.column_stack(pyproj.Transformer.from_crs(4490, laea, always_xy=True)
                          .transform(slon, slat))
    tree = shapely.STRtree(shapely.points(pts))
    s_i, p_i = tree.query(shapely.points(sxy), predicate="dwithin", distance=r.max() * 1.01 + 10)
    geod = pyproj.Geod(ellps="GRS80")
    fwd_az, _, dist = geod.inv(slon[s_i], slat[s_i], plon[p_i], plat[p_i])
    reach = np.where(np.isnan(az[s_i]), r[s_i], pattern_reach(r[s_i], fwd_az - az[s_i]))
    covered = np.zeros(n, dtype=bool)
    covered[p_i[dist <= reach]] = True
    return float(covered.mean())


@pytest.mark.parametrize("code,n_stations,seed", [("371002", 900, 1), ("371071", 60, 2)])
def test_sector_union_matches_monte_carlo(code, n_stations, seed):
    d = weihai_districts()
    d = d[d.code == code].reset_index(drop=True)
    rng = np.random.default_rng(seed)
    m = d.to_crs(4550).geometry.iloc[0]
    minx, miny, maxx, maxy = m.buffer(1000).bounds
    xy = np.column_stack([rng.uniform(minx, maxx, 4 * n_stations),
                          rng.uniform(miny, maxy, 4 * n_stations)])
    xy = xy[shapely.contains_xy(m.buffer(1000), xy[:, 0], xy[:, 1])][:n_stations]
    k = len(xy)
    st = gpd.GeoDataFrame({
        "station_id": [f"S{i}" for i in range(k)], "band": "n78", "scene": "urban",
        "coverage_radius_m": rng.uniform(300, 1500, k),
        # 80 % sectors, 20 % omni; some azimuths near 0/360 to exercise the wrap.
        "azimuth_deg": np.where(rng.uniform(size=k) < 0.8, rng.uniform(0, 360, k), np.nan),
    }, geometry=shapely.points(xy), crs=4550).to_crs(4490)
    ours = coverage.coverage_by_district(d, st).table.loc[code, "cov_5g_area_pct"] / 100
    n = 120_000
    mc = monte_carlo_fraction(d.geometry.iloc[0], st, n, seed + 100)
    sigma = np.sqrt(mc * (1 - mc) / n)
    print(f"{code}: ours {ours:.5f}, Monte Carlo {mc:.5f} ± {sigma:.5f}")
    assert 0.1 < mc < 0.9  # a discriminating case
    assert abs(ours - mc) <= 4 * sigma + 0.002 * ours, (ours, mc, sigma)
    # The omni-only alternative would be far off: the oracle can tell sectors from circles.
    omni = coverage.coverage_by_district(d, st.assign(azimuth_deg=np.nan)).table
    assert abs(omni.loc[code, "cov_5g_area_pct"] / 100 - mc) > 10 * sigma
