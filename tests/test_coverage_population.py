"""Population-weighted coverage: an analytic case (uniform raster: covered people = density x
covered area, exactly), a lon/lat raster, and real-ish rasters against an independent
supersampled-mask computation whose own error is bounded cell by cell."""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import rasterio.features
import shapely
from affine import Affine

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_coverage_qgis import random_stations, weihai_districts  # noqa: E402

from smartcity.processing import coverage, population  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
POP_TIF = REPO / "data" / "weihai" / "population.tif"


def write_raster(path: Path, values: np.ndarray, transform: Affine, crs) -> Path:
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1],
                       height=values.shape[0], count=1, dtype="float64", crs=crs,
                       transform=transform) as dst:
        dst.write(values, 1)
    return path


def test_uniform_raster_circle_is_density_times_area(tmp_path):
    # 100 m cells in EPSG:4550, 3.7 people per cell; a rotated square district, off-grid circles.
    x0, y0 = 530_000.0, 4_160_000.0
    tif = write_raster(tmp_path / "u.tif", np.full((300, 300), 3.7),
                       Affine(100, 0, x0, 0, -100, y0), "EPSG:4550")
    cx, cy = x0 + 15_033.3, y0 - 14_971.9
    square = shapely.affinity.rotate(shapely.box(cx - 6000, cy - 6000, cx + 6000, cy + 6000), 23)
    d = gpd.GeoDataFrame({"code": ["A"]}, geometry=[square], crs=4550).to_crs(4490)
    st = gpd.GeoDataFrame({"coverage_radius_m": [1234.5, 2000.0, 800.0]},
                          geometry=shapely.points([[cx + 17.3, cy - 41.1], [cx + 5500, cy + 600],
                                                   [cx - 900, cy - 300]]),
                          crs=4550).to_crs(4490)
    res = coverage.coverage_by_district(d, st, crs=4550)
    out = population.population_coverage(res, d, tif)
    density = 3.7 / 100 ** 2
    district_area = shapely.area(d.to_crs(4550).geometry.iloc[0])
    assert out.loc["A", "population"] == pytest.approx(density * district_area, rel=1e-7)
    covered_area = res.unions.loc["A"].area
    assert out.loc["A", "covered_population"] == pytest.approx(density * covered_area, rel=1e-7)
    assert out.loc["A", "cov_5g_pop_pct"] == pytest.approx(
        res.table.loc["A", "cov_5g_area_pct"], rel=1e-7)


def test_lonlat_raster(tmp_path):
    # A raster in degrees: uniform people per cell => people = v * (area in degree²)/cell area.
    cell = 0.001
    tif = write_raster(tmp_path / "g.tif", np.full((200, 200), 2.0),
                       Affine(cell, 0, 122.0, 0, -cell, 37.6), "EPSG:4490")
    district = shapely.Polygon([(122.02, 37.45), (122.17, 37.43), (122.15, 37.58),
                                (122.05, 37.55)])
    d = gpd.GeoDataFrame({"code": ["G"]}, geometry=[district], crs=4490)
    st = gpd.GeoDataFrame({"coverage_radius_m": [3000.0]},
                          geometry=[shapely.Point(122.09, 37.5)], crs=4490)
    res = coverage.coverage_by_district(d, st)
    out = population.population_coverage(res, d, tif)
    assert out.loc["G", "population"] == pytest.approx(2.0 * district.area / cell ** 2, rel=1e-7)
    u = gpd.GeoSeries([res.unions.loc["G"]], crs=res.crs).to_crs(4490).iloc[0]
    assert out.loc["G", "covered_population"] == pytest.approx(2.0 * u.area / cell ** 2,
                                                                rel=1e-7)


def supersampled(values: np.ndarray, transform: Affine, geom, ss: int) -> tuple[float, float]:
    """People inside ``geom`` by ``ss x ss`` sub-cell centre masks, and a bound on that
    estimate's error: only sub-cells the boundary crosses can be misclassified, each worth
    ``value / ss²``."""
    fine_t = transform * Affine.scale(1 / ss)
    shape = (values.shape[0] * ss, values.shape[1] * ss)
    inside = rasterio.features.rasterize([(geom, 1)], out_shape=shape, transform=fine_t,
                                         all_touched=False, dtype="uint8")
    cut = rasterio.features.rasterize([(geom.boundary, 1)], out_shape=shape, transform=fine_t,
                                      all_touched=True, dtype="uint8")
    fine_vals = np.kron(values, np.ones((ss, ss))) / ss ** 2
    return float((fine_vals * inside).sum()), float((fine_vals * cut).sum())


def test_against_supersampled_masks(tmp_path):
    d = weihai_districts()
    d = d[d.code.isin(["371002", "371071", "371072", "371074"])].reset_index(drop=True)
    if POP_TIF.exists():
        tif = POP_TIF
    else:  # log-normal people per 100 m cell over the districts
        b = d.to_crs(4550).total_bounds
        rng = np.random.default_rng(3)
        w, h = int((b[2] - b[0]) // 100) + 4, int((b[3] - b[1]) // 100) + 4
        tif = write_raster(tmp_path / "p.tif", rng.lognormal(1, 1.2, (h, w)),
                           Affine(100, 0, b[0] - 200, 0, -100, b[3] + 200), "EPSG:4550")
    res = coverage.coverage_by_district(d, random_stations(d, 500, seed=12))
    ours = population.population_coverage(res, d, tif)
    with rasterio.open(tif) as src:
        values = np.nan_to_num(src.read(1, masked=True).filled(0).astype(float))
        transform, crs = src.transform, src.crs
    dm = d.to_crs(crs)
    for i, code in enumerate(d.code):
        for geom, col in ((dm.geometry.iloc[i], "population"),
                          (gpd.GeoSeries([res.unions.loc[code]], crs=res.crs).to_crs(crs).iloc[0],
                           "covered_population")):
            minx, miny, maxx, maxy = geom.bounds
            c0, r0 = (int(v) for v in ~transform * (minx, maxy))
            c1, r1 = (int(np.ceil(v)) for v in ~transform * (maxx, miny))
            c0, r0 = max(c0 - 1, 0), max(r0 - 1, 0)
            win_vals = values[r0:r1 + 1, c0:c1 + 1]
            win_t = transform * Affine.translation(c0, r0)
            est, bound = supersampled(win_vals, win_t, geom, ss=8)
            assert abs(ours.loc[code, col] - est) <= bound, (code, col)
            assert bound < 0.05 * max(est, 1)  # the oracle is sharp enough to mean something
    assert (ours.covered_population <= ours.population * (1 + 1e-9)).all()
    assert ours.cov_5g_pop_pct.between(1, 99.9).sum() >= 2


def test_missing_raster_is_a_sentence(tmp_path):
    d = weihai_districts().iloc[:1]
    res = coverage.coverage_by_district(d, random_stations(d, 5, seed=1))
    with pytest.raises(ValueError, match="does not exist"):
        population.population_coverage(res, d, tmp_path / "nope.tif")


def _dense_stations(d, n: int, seed: int) -> gpd.GeoDataFrame:
    """A dense core (overlap depth in the hundreds) plus a fringe, a third sectors."""
    rng = np.random.default_rng(seed)
    c = gpd.GeoSeries([shapely.Point(122.12, 37.50)], crs=4490).to_crs(4550).iloc[0]  # 环翠
    xy = np.concatenate([rng.normal(size=(n // 2, 2)) * 1500 + [c.x, c.y],
                         rng.uniform(-12000, 12000, size=(n - n // 2, 2)) + [c.x, c.y]])
    az = np.where(rng.uniform(size=n) < 1 / 3, rng.uniform(0, 360, n), np.nan)
    return gpd.GeoDataFrame({"coverage_radius_m": rng.uniform(150, 600, n), "azimuth_deg": az},
                            geometry=shapely.points(xy), crs=4550).to_crs(4490)


def test_boundary_path_equals_dissolve_path(tmp_path):
    """The default path (cells weighed from the coverage's boundary, no union) against the
    GEOS-dissolve path it replaced, on real districts at three levels (the city tiled by its
    counties, zones inside a county) with a dense core and sectors."""
    d = weihai_districts()
    tif = POP_TIF
    if not tif.exists():
        b = d.to_crs(4550).total_bounds
        rng = np.random.default_rng(5)
        w, h = int((b[2] - b[0]) // 100) + 4, int((b[3] - b[1]) // 100) + 4
        tif = write_raster(tmp_path / "p.tif", rng.lognormal(1, 1.2, (h, w)),
                           Affine(100, 0, b[0] - 200, 0, -100, b[3] + 200), "EPSG:4550")
    res = coverage.coverage_by_district(d, _dense_stations(d, 3000, seed=4))
    new = population.population_coverage(res, d, tif)
    old = population.population_coverage(res, d, tif, method="dissolve")
    assert (old.covered_population > 0).sum() >= 4
    np.testing.assert_allclose(new.population, old.population, rtol=1e-12)
    np.testing.assert_allclose(new.covered_population, old.covered_population, rtol=1e-7)
    assert np.nanmax(np.abs(new.cov_5g_pop_pct - old.cov_5g_pop_pct)) < 0.01
    # the shapes kept from the area pass give the same boundary as shapes built again
    kept = coverage.coverage_by_district(d, _dense_stations(d, 3000, seed=4), keep_shapes=True)
    again = population.population_coverage(kept, d, tif)
    np.testing.assert_allclose(again.covered_population, new.covered_population, rtol=1e-12)


def test_boundary_path_against_exact_cell_overlay(tmp_path):
    """Areal weighting computed independently: every cell box intersected with GEOS's
    union of the coverage shapes (built from the stations, not from the engine), in a
    raster whose cells are not aligned with anything."""
    x0, y0 = 560_123.4, 4_155_321.0
    rng = np.random.default_rng(8)
    values = rng.lognormal(1, 1.0, (70, 90))
    tr = Affine(71.3, 0, x0, 0, -83.9, y0)
    tif = write_raster(tmp_path / "a.tif", values, tr, "EPSG:4550")
    poly = shapely.Polygon([(x0 + 300, y0 - 400), (x0 + 6000, y0 - 700), (x0 + 5200, y0 - 5600),
                            (x0 + 900, y0 - 5000), (x0 + 2500, y0 - 2600)])
    d = gpd.GeoDataFrame({"code": ["P"]}, geometry=[poly], crs=4550).to_crs(4490)
    n = 600
    xy = rng.normal(size=(n, 2)) * 900 + [x0 + 3200, y0 - 3000]
    az = np.where(rng.uniform(size=n) < 0.4, rng.uniform(0, 360, n), np.nan)
    st = gpd.GeoDataFrame({"coverage_radius_m": rng.uniform(150, 600, n), "azimuth_deg": az},
                          geometry=shapely.points(xy), crs=4550).to_crs(4490)
    res = coverage.coverage_by_district(d, st, crs=4550)
    ours = population.population_coverage(res, d, tif)
    from smartcity.processing import shapes

    union = shapely.union_all(shapes.coverage_shapes(st, 4550).to_numpy())
    covered = shapely.intersection(union, d.to_crs(4550).geometry.iloc[0])
    rows, cols = np.indices(values.shape)
    cx0, cy0 = tr.c + cols * tr.a, tr.f + rows * tr.e
    boxes = shapely.box(cx0, cy0 + tr.e, cx0 + tr.a, cy0)
    frac = shapely.area(shapely.intersection(boxes, covered)) / abs(tr.a * tr.e)
    want = float((values * frac).sum())
    assert ours.loc["P", "covered_population"] == pytest.approx(want, rel=1e-9)
    assert 10 < ours.loc["P", "cov_5g_pop_pct"] < 99


def test_boundary_path_with_tiles(monkeypatch):
    """Above TILE_STATIONS shapes the plane is cut into tiles: the tiles' own edges inside
    the coverage come twice, opposite ways, and must cancel in the cells they cross."""
    d = weihai_districts()
    d = d[d.code.isin(["371002", "371071", "371072"])].reset_index(drop=True)
    st = _dense_stations(d, 2000, seed=9)
    whole = population.population_coverage(coverage.coverage_by_district(d, st), d, POP_TIF)
    monkeypatch.setattr(coverage, "TILE_STATIONS", 300)
    tiled = population.population_coverage(coverage.coverage_by_district(d, st), d, POP_TIF)
    assert (whole.covered_population > 0).all()
    np.testing.assert_allclose(tiled.covered_population, whole.covered_population, rtol=1e-9)
