"""Coverage rates against PostGIS: ST_Union(ST_Buffer(centre, r, 'quad_segs=N')) intersected
with each district and measured with ST_Area, in SQL on the same centres and radii (metric
CRS EPSG:4550).  Agreement within 0.01 percentage points; sums over a partition must match.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_coverage_qgis import random_stations, weihai_districts  # noqa: E402

from smartcity.processing import coverage, shapes  # noqa: E402

SQL = """
WITH u AS (
    SELECT d.code, ST_Union(ST_Buffer(s.geom, s.r, 'quad_segs={q}')) AS geom
    FROM districts d JOIN stations s ON ST_DWithin(d.geom, s.geom, s.r)
    GROUP BY d.code)
SELECT d.code, ST_Area(d.geom) AS area,
       COALESCE(ST_Area(ST_Intersection(d.geom, u.geom)), 0) AS covered
FROM districts d LEFT JOIN u ON u.code = d.code
"""


def postgis_rates(dsn: str, districts_m, xy: np.ndarray, r_map: np.ndarray,
                  quad_segs: int) -> pd.DataFrame:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS districts, stations")
        conn.execute("CREATE TABLE districts (code text PRIMARY KEY, "
                     "geom geometry(Geometry, 4550))")
        conn.execute("CREATE TABLE stations (id int, r float8, geom geometry(Point, 4550))")
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO districts VALUES (%s, ST_GeomFromWKB(%s, 4550))",
                            [(c, shapely.to_wkb(g)) for c, g in
                             zip(districts_m.code, districts_m.geometry.to_numpy())])
            with cur.copy("COPY stations (id, r, geom) FROM STDIN") as copy:
                for i, ((x, y), r) in enumerate(zip(xy, r_map)):
                    copy.write_row((i, float(r), f"SRID=4550;POINT({float(x)!r} {float(y)!r})"))
        conn.execute("CREATE INDEX ON stations USING gist (geom)")
        conn.execute("ANALYZE stations")
        rows = conn.execute(SQL.format(q=int(quad_segs))).fetchall()
    out = pd.DataFrame(rows, columns=["code", "area", "covered"]).set_index("code")
    out["pct"] = 100.0 * out.covered / out.area
    return out


def test_rates_equal_postgis(postgis_dsn):
    d = weihai_districts()
    st = random_stations(d, 1200, seed=5)
    ours = coverage.coverage_by_district(d, st, crs=4550, threads=2)
    p = shapes.station_params(st, 4550)
    pg = postgis_rates(postgis_dsn, d.to_crs(4550), np.column_stack([p.x, p.y]),
                       p.map_radius(), ours.quad_segs)
    pg = pg.reindex(ours.table.index)
    diff = (ours.table.cov_5g_area_pct - pg.pct).abs()
    assert diff.notna().all()
    assert diff.max() <= 0.01, diff
    assert np.allclose(ours.table.area_km2 * 1e6, pg.area, rtol=1e-9)
    assert ours.table.cov_5g_area_pct.between(1, 99).sum() >= 5
    print(f"max |ours - PostGIS| = {diff.max():.2e} percentage points")


def test_partition_sums_match_city_in_postgis_too(postgis_dsn):
    """Never double counting: the counties partition the city, so their covered areas add up
    to the city's, in PostGIS and in ours."""
    d = weihai_districts()
    st = random_stations(d, 300, seed=9)
    ours = coverage.coverage_by_district(d, st, crs=4550).table
    p = shapes.station_params(st, 4550)
    pg = postgis_rates(postgis_dsn, d.to_crs(4550), np.column_stack([p.x, p.y]),
                       p.map_radius(), shapes.circle_segments_for())
    counties = d.code[d.level == "county"].tolist()
    assert pg.loc[counties, "covered"].sum() == pytest.approx(pg.loc["371000", "covered"],
                                                             rel=1e-6)
    assert ours.loc[counties, "covered_km2"].sum() == pytest.approx(
        ours.loc["371000", "covered_km2"], rel=1e-6)
