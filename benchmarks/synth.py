"""Synthetic districts and 5G stations for benchmarks and tests (seeded, reproducible).

Districts are a Voronoi tessellation of random seeds clipped to a wobbly "coast" around a
centre, so they have irregular shapes and shared borders like real counties.  Stations cluster
around a few towns (Gaussian, mixed with a uniform rural background) and carry band, scene and
radius the way a register would; density is set per km² so that every scale looks like Weihai
(~5000 stations over ~5800 km²).
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

WEIHAI_CENTRE = (122.05, 37.2)
STATIONS_PER_KM2 = 5000 / 5800.0


def _coast(rng: np.random.Generator, radius_m: float, n: int = 720) -> shapely.Polygon:
    """A star-shaped polygon of mean radius ``radius_m`` with a ragged outline."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    rr = np.ones(n)
    for k in (3, 5, 9, 17, 41):
        rr += 0.35 / math.sqrt(k) * np.sin(k * t + rng.uniform(0, 2 * np.pi))
    rr *= radius_m
    return shapely.Polygon(np.column_stack([rr * np.cos(t), rr * np.sin(t)]))


def make_scene(n_stations: int, n_districts: int, seed: int = 1,
               centre: tuple[float, float] = WEIHAI_CENTRE, sectors_share: float = 0.0
               ) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(districts, stations) in EPSG:4490 with ``n_stations`` over ``n_districts``.

    The land area is ``n_stations / STATIONS_PER_KM2`` km².  Geometry is built in a local
    azimuthal equal-area projection around ``centre`` and returned in EPSG:4490.
    """
    rng = np.random.default_rng(seed)
    area_m2 = n_stations / STATIONS_PER_KM2 * 1e6
    land = _coast(rng, math.sqrt(area_m2 / math.pi))
    local = pyproj.CRS.from_proj4(f"+proj=laea +lat_0={centre[1]} +lon_0={centre[0]} "
                                  "+ellps=GRS80 +units=m")
    minx, miny, maxx, maxy = land.bounds
    seeds = shapely.points(rng.uniform(minx, maxx, 4 * n_districts),
                           rng.uniform(miny, maxy, 4 * n_districts))
    seeds = seeds[shapely.contains(land, seeds)][:n_districts]
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(seeds),
                                                       extend_to=land.buffer(1000)))
    cells = shapely.intersection(cells, land)
    cells = cells[~shapely.is_empty(cells)]
    codes = [f"{900000 + i:06d}" for i in range(len(cells))]
    districts = gpd.GeoDataFrame({"code": codes, "name": [f"D{c}" for c in codes],
                                  "level": "county"}, geometry=cells, crs=local).to_crs(4490)

    # Stations: 70 % in towns (Gaussian clusters), 30 % uniform over the land.
    n_town = int(0.7 * n_stations)
    n_towns = max(3, n_stations // 800)
    town_xy = shapely.get_coordinates(shapely.points(
        rng.uniform(minx, maxx, 8 * n_towns), rng.uniform(miny, maxy, 8 * n_towns)))
    town_xy = town_xy[shapely.contains_xy(land, town_xy[:, 0], town_xy[:, 1])][:n_towns]
    which = rng.integers(0, len(town_xy), n_town)
    sigma = rng.uniform(1500, 5000, len(town_xy))[which]
    xy_town = town_xy[which] + rng.normal(size=(n_town, 2)) * sigma[:, None]
    xy = [xy_town]
    need = n_stations - n_town
    while need > 0:
        cand = np.column_stack([rng.uniform(minx, maxx, 2 * need + 10),
                                rng.uniform(miny, maxy, 2 * need + 10)])
        cand = cand[shapely.contains_xy(land, cand[:, 0], cand[:, 1])][:need]
        xy.append(cand)
        need -= len(cand)
    xy = np.concatenate(xy)[:n_stations]
    _, dist_town = shapely.STRtree(shapely.points(town_xy)).query_nearest(
        shapely.points(xy), return_distance=True, all_matches=False)
    scene = np.select([dist_town < 2500, dist_town < 6000, dist_town < 12000],
                      ["dense_urban", "urban", "suburban"], "rural")
    band = rng.choice(["n78", "n41", "n28", "n1", "n79"], len(xy),
                      p=[0.55, 0.25, 0.12, 0.05, 0.03])
    azimuth = np.where(rng.uniform(size=len(xy)) < sectors_share,
                       rng.uniform(0, 360, len(xy)), np.nan)
    opened = pd.to_datetime("2019-10-01") + pd.to_timedelta(
        np.sort(rng.uniform(0, 7 * 365, len(xy))).astype(int)[rng.permutation(len(xy))], "D")
    stations = gpd.GeoDataFrame({
        "station_id": [f"S{i:07d}" for i in range(len(xy))],
        "operator": rng.choice(["中国移动", "中国电信", "中国联通", "中国广电"], len(xy)),
        "band": band, "scene": scene, "azimuth_deg": azimuth,
        "coverage_radius_m": np.nan, "status": "active",
        "opened_date": opened.strftime("%Y-%m-%d"),
    }, geometry=shapely.points(xy), crs=local).to_crs(4490)
    return districts, stations
