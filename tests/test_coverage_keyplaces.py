"""keyplace_reach on a small hand-made case, against a plain count done here by hand."""

from __future__ import annotations

import math

import geopandas as gpd
import pyproj
import pytest
import shapely

from smartcity.processing import coverage, keyplaces

LOCAL = pyproj.CRS.from_proj4("+proj=tmerc +lat_0=37.5 +lon_0=122.1 +k=1 +x_0=0 +y_0=0 "
                              "+ellps=GRS80 +units=m +no_defs")


def _gdf(cols: dict, geoms) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=LOCAL).to_crs(4490)


@pytest.fixture(scope="module")
def case():
    # West district W = [0, 10 km] x [0, 10 km], east district E = [10, 20 km] x [0, 10 km],
    # zone Z inside W = [0, 4 km] x [0, 4 km].  One station at (9 km, 5 km), radius 2 km: its
    # circle reaches 1 km into E.
    districts = _gdf({"code": ["W", "E", "Z"]},
                     [shapely.box(0, 0, 10_000, 10_000), shapely.box(10_000, 0, 20_000, 10_000),
                      shapely.box(0, 0, 4_000, 4_000)])
    stations = _gdf({"coverage_radius_m": [2000.0]}, [shapely.Point(9000, 5000)])
    places = _gdf({
        "place_id": list("abcdefgh"),
        "category": ["school", "学校", "hospital", "政府", "scenic", "景区", "clinic", "school"],
    }, [
        shapely.Point(9500, 5500),                   # a: W, inside circle      -> reached
        shapely.Point(5000, 5000),                   # b: W, 4 km away          -> not
        shapely.Point(10_500, 5000),                 # c: E, 1.5 km away        -> reached
        shapely.Point(15_000, 5000),                 # d: E, far                -> not
        shapely.box(9_900, 4_000, 12_000, 6_000),    # e: polygon, rep point in E, overlaps
                                                     #    the circle            -> reached
        shapely.box(16_000, 1_000, 18_000, 3_000),   # f: polygon in E, far     -> not
        shapely.Point(1000, 1000),                   # g: W and Z, far          -> not
        shapely.Point(3000, 3500),                   # h: W and Z, far          -> not
    ])
    return districts, stations, places


def test_hand_count(case):
    districts, stations, places = case
    res = coverage.coverage_by_district(districts, stations)
    out = keyplaces.keyplace_reach(res, districts, places)
    # W: a(school, yes) b(school, no) g(clinic, no) h(school, no)  -> 1/4
    # E: c(hospital, yes) d(government, no) e(scenic, yes) f(scenic, no) -> 2/4
    # Z: g(clinic, no) h(school, no) -> 0/2
    assert out.loc["W", "keyplace_reach_pct"] == pytest.approx(25.0)
    assert out.loc["E", "keyplace_reach_pct"] == pytest.approx(50.0)
    assert out.loc["Z", "keyplace_reach_pct"] == pytest.approx(0.0)
    assert out.loc["W", "keyplace_reach_pct_school"] == pytest.approx(100 / 3)
    assert out.loc["W", "keyplace_reach_pct_clinic"] == pytest.approx(0.0)
    assert out.loc["E", "keyplace_reach_pct_scenic"] == pytest.approx(50.0)
    assert out.loc["E", "keyplace_reach_pct_hospital"] == pytest.approx(100.0)
    assert out.loc["E", "keyplace_reach_pct_government"] == pytest.approx(0.0)
    assert math.isnan(out.loc["W", "keyplace_reach_pct_hospital"])
    assert math.isnan(out.loc["Z", "keyplace_reach_pct_government"])
    expected_cols = {"keyplace_reach_pct"} | {f"keyplace_reach_pct_{c}" for c in
                                              keyplaces.CATEGORIES}
    assert set(out.columns) == expected_cols
    assert list(out.index) == ["W", "E", "Z"]


def test_polygon_reached_across_border(case):
    """A polygon whose representative point is in E but that overlaps coverage only where the
    coverage lies in W still counts as reached (any overlap), for district E."""
    districts, stations, _ = case
    place = _gdf({"category": ["business"]}, [shapely.Polygon([(9_200, 5_000), (10_050, 4_990),
                                                               (14_000, 4_000), (14_000, 6_000),
                                                               (10_050, 5_010)])])
    # Shrink the station so its circle stays inside W (reaches x = 9.9 km only).
    small = stations.assign(coverage_radius_m=900.0)
    res = coverage.coverage_by_district(districts, small)
    assert res.table.loc["E", "covered_km2"] == 0
    out = keyplaces.keyplace_reach(res, districts, place)
    assert out.loc["E", "keyplace_reach_pct_business"] == pytest.approx(100.0)
    assert math.isnan(out.loc["W", "keyplace_reach_pct"])


def test_bad_category_is_named(case):
    districts, stations, places = case
    res = coverage.coverage_by_district(districts, stations)
    bad = places.copy()
    bad.loc[3, "category"] = "airport"
    with pytest.raises(ValueError, match="row 4.*airport"):
        keyplaces.keyplace_reach(res, districts, bad)
