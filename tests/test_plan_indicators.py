"""The plan's other targets (built-up areas, town seats, enterprises, schools, sites, pipes,
forests) on a generated case with their edge cases, each against an oracle we did not write:
GEOS overlay areas on GEOS's own buffers and on geodesic view wedges (built-up coverage,
forest watch), QGIS ``native:intersection`` + length (pipes), plain counts (the rest).

The case, in a local transverse Mercator (metres): county W = [0, 10 km] x [0, 10 km],
county E = [10, 20 km] x [0, 10 km], zone Z = [0, 4 km]^2 inside W, the city = W ∪ E.
"""

from __future__ import annotations

import datetime as dt
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely

from smartcity.processing import shapes
from smartcity.processing.coverage import district_geoms
from smartcity.processing.indicators import compute_layers, prepare_layers

LOCAL = pyproj.CRS.from_proj4("+proj=tmerc +lat_0=37.3 +lon_0=122.0 +k=1 +x_0=0 +y_0=0 "
                              "+ellps=GRS80 +units=m +no_defs")
AS_OF = dt.date(2022, 12, 31)
D = pd.Timestamp


def _gdf(cols: dict, geoms) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=LOCAL).to_crs(4490)


def _case() -> dict:
    rng = np.random.default_rng(14)
    districts = _gdf({"code": ["371001", "371002", "371071"], "name": ["W", "E", "Z"],
                      "level": ["county", "county", "zone"],
                      "parent_code": ["371000", "371000", "371001"]},
                     [shapely.box(0, 0, 10_000, 10_000), shapely.box(10_000, 0, 20_000, 10_000),
                      shapely.box(0, 0, 4_000, 4_000)])
    xy = np.column_stack([rng.uniform(-1_000, 21_000, 60), rng.uniform(-1_000, 11_000, 60)])
    stations = _gdf({"station_id": [f"S{i}" for i in range(60)],
                     "coverage_radius_m": rng.uniform(300, 1_500, 60), "status": "active",
                     "opened_date": [D("2020-01-01")] * 59 + [D("2023-06-01")]},
                    shapely.points(xy))
    builtup = _gdf({"area_id": ["B1", "B2", "B3", "B4", "B5"],
                    "kind": ["urban", "乡镇驻地镇区", "village", "urban", "town"],
                    "valid_from": [None, None, None, D("2024-01-01"), None]}, [
        shapely.box(7_000, 2_000, 14_000, 7_000),           # straddles W and E
        shapely.Polygon([(15_000, 6_000), (19_000, 6_500), (18_000, 9_500), (15_500, 9_000)]),
        shapely.box(6_000, 1_000, 8_000, 3_000),             # overlaps B1: counted once
        shapely.box(1_000, 6_000, 3_000, 9_000),             # not yet built at AS_OF
        shapely.box(500, 500, 3_500, 2_500),                 # in Z (and W)
    ])
    places = _gdf({
        "place_id": ["T1", "T2", "T3", "K1", "K2", "K3", "K4"],
        "category": ["town_seat", "乡镇驻地", "town_seat", "school", "学校", "school", "hospital"],
        "wifi_since": [None, None, None, D("2021-09-01"), D("2023-03-01"), None, D("2020-01-01")],
        "smart_campus_since": [None, None, None, D("2022-12-31"), None, None, None],
    }, [shapely.Point(*xy[0]), shapely.Point(16_000, 500), shapely.Point(2_000, 9_900),
        shapely.Point(5_000, 5_000), shapely.Point(15_000, 5_000), shapely.Point(1_000, 1_000),
        shapely.Point(9_000, 9_000)])
    enterprises = _gdf({"enterprise_id": ["F1", "F2", "F3", "F4"],
                        "needs_5g": [True, True, False, True],
                        "valid_to": [None, None, None, D("2022-01-01")]},
                       [shapely.Point(*xy[1]), shapely.Point(19_990, 9_990),
                        shapely.Point(*xy[2]), shapely.Point(*xy[3])])
    sites = _gdf({
        "site_id": ["A1", "A2", "A3", "R1", "R2", "R3", "M1"],
        "kind": ["demo_5g", "5G示范应用场景", "demo_5g", "smart_ranch", "海洋牧场", "smart_farm",
                 "smart_ranch"],
        "district_code": [None, None, None, "371001", None, None, "371071"],
        "established_date": [D("2020-05-01"), D("2021-05-01"), D("2023-05-01"), D("2021-01-01"),
                             D("2022-01-01"), D("2022-06-01"), D("2022-06-01")],
    }, [shapely.Point(3_000, 3_000), shapely.Point(12_000, 5_000), shapely.Point(12_000, 6_000),
        shapely.box(14_000, -21_000, 15_000, -20_000),   # at sea 20 km south of E, stated W
        shapely.Point(19_000, -15_000),                   # at sea, nearest E, no code
        shapely.Point(8_000, 8_000),                      # a farm on land in W
        shapely.Point(-12_000, 2_000)])                   # at sea west of Z, stated zone Z
    pipes = _gdf({
        "pipe_id": ["P1", "P2", "P3", "P4"], "kind": ["water", "燃气", "sewage", "heat"],
        "monitored_since": [D("2021-01-01"), None, D("2023-01-01"), D("2020-01-01")],
        "recorded_date": [None, None, None, None],
        "valid_to": [None, None, None, D("2022-06-01")],
    }, [shapely.LineString([(2_000, 5_000), (8_000, 5_500), (17_000, 4_000)]),   # crosses
        shapely.MultiLineString([[(11_000, 1_000), (11_000, 9_000)],
                                 [(1_000, 1_000), (3_000, 3_000)]]),
        shapely.LineString([(9_000, 8_000), (13_000, 8_500)]),   # monitored only from 2023
        shapely.LineString([(500, 9_000), (9_000, 9_000)])])     # removed in 2022
    forests = _gdf({"forest_id": ["W1", "W2"]}, [
        shapely.Polygon([(6_000, 6_000), (15_000, 6_500), (14_000, 10_000), (7_000, 9_800)]),
        shapely.box(0, 0, 3_000, 3_000)])
    points = _gdf({
        "point_id": ["C1", "C2", "C3", "C4", "C5"],
        "kind": ["forest_fire", "森林防火", "geohazard", "forest_fire", "air"],
        "automated": [True, True, True, False, True],
        "range_m": [2_500.0, 3_000.0, 1_500.0, 5_000.0, 5_000.0],
        "azimuth_deg": [None, 45.0, 200.0, None, None],
        "fov_deg": [None, 90.0, 120.0, None, None],
    }, [shapely.Point(8_000, 7_500), shapely.Point(11_500, 7_000), shapely.Point(2_000, 2_500),
        shapely.Point(14_000, 9_000), shapely.Point(12_000, 8_000)])
    return {"districts": districts, "base_stations": stations, "builtup_areas": builtup,
            "key_places": places, "enterprises": enterprises, "sites": sites,
            "pipelines": pipes, "forests": forests, "monitoring_points": points}


@pytest.fixture(scope="module")
def case():
    raw = _case()
    layers = prepare_layers(raw)
    table, _, districts = compute_layers(layers, AS_OF, level="all", polygons=False,
                                         counts=True)
    return raw, layers, table.set_index("district_code"), districts


def _metric(gdf, crs):
    return gdf.to_crs(crs).geometry.to_numpy()


def _geos_rate(districts, zones_4490, cover, crs):
    """100 * area(cover ∩ zones ∩ district) / area(zones ∩ district), GEOS overlays."""
    dgeom = district_geoms(districts, crs)
    zones = shapely.union_all(_metric(zones_4490, crs))
    out = {}
    for code, d in zip(districts["code"], dgeom):
        z = shapely.intersection(d, zones)
        out[str(code)] = (100.0 * shapely.intersection(z, cover).area / z.area
                          if z.area > 0 else math.nan)
    return pd.Series(out)


def test_builtup_coverage_equals_geos_overlay(case):
    raw, layers, table, districts = case
    from smartcity.processing.coverage import metric_crs_for

    crs = metric_crs_for(districts[["code", "name", "geometry"]])
    st = raw["base_stations"]
    active = st[st["opened_date"] <= D(AS_OF)]
    p = shapes.station_params(active, crs)
    q = shapes.circle_segments_for()
    # GEOS's own buffers, same centres, map radius and segment count as our circles
    cover = shapely.union_all(shapely.buffer(shapely.points(p.x, p.y), p.map_radius(),
                                             quad_segs=q))
    bu = raw["builtup_areas"]
    existing = bu[bu["valid_from"].isna() | (bu["valid_from"] <= D(AS_OF))]
    theirs = _geos_rate(districts, existing, cover, crs)
    ours = table["cov_5g_builtup_pct"]
    assert ours.notna().all() and (ours.between(1, 99)).all(), ours
    assert (ours - theirs.reindex(ours.index)).abs().max() <= 0.01
    for kind, zh in (("urban", "城市建成区"), ("town", "镇区"), ("village", "村庄")):
        sel = existing[existing["kind"].map({"urban": "urban", "乡镇驻地镇区": "town",
                                             "village": "village", "town": "town"}) == kind]
        theirs_k = _geos_rate(districts, sel, cover, crs)
        diff = (table[f"cov_5g_builtup_pct_{kind}"] - theirs_k.reindex(table.index))
        assert ((diff.abs() <= 0.01) | (diff.isna() & theirs_k.reindex(table.index).isna())).all()
    # the straddling polygon is cut: W and E both hold built-up area, the city their sum
    km2 = table["builtup_km2"]
    assert km2["371001"] > 0 and km2["371002"] > 0
    assert km2["371000"] == pytest.approx(km2["371001"] + km2["371002"], rel=1e-9)
    # B4 (built in 2024) is not counted, B1 ∪ B3 overlap counts once: W holds 3x5 + 1x2 ... km²
    w = shapely.area(shapely.intersection(district_geoms(districts, crs)[0], shapely.union_all(
        _metric(existing, crs))))
    assert km2["371001"] == pytest.approx(w / 1e6, rel=1e-9)
    assert math.isnan(table.loc["371002", "cov_5g_builtup_pct_village"])


def _geodesic_wedge(lon, lat, az, fov, r, crs, n=64):
    """A camera's view as points on the ellipsoid (GRS80) at distance r, projected."""
    geod = pyproj.Geod(ellps="GRS80")
    bearings = az + np.linspace(-fov / 2, fov / 2, n + 1)
    lo, la, _ = geod.fwd(np.full(n + 1, lon), np.full(n + 1, lat), bearings, np.full(n + 1, r))
    tr = pyproj.Transformer.from_crs(4490, crs, always_xy=True)
    x, y = tr.transform(np.concatenate([[lon], lo]), np.concatenate([[lat], la]))
    return shapely.Polygon(np.column_stack([x, y]))


def test_forest_watch_equals_geos_overlay(case):
    raw, layers, table, districts = case
    from smartcity.processing.coverage import metric_crs_for

    crs = metric_crs_for(districts[["code", "name", "geometry"]])
    pts = raw["monitoring_points"]
    watch = pts[pts["kind"].isin(["forest_fire", "森林防火", "geohazard"]) & pts["automated"]]
    views = []
    for _, row in watch.iterrows():
        lon, lat = row.geometry.x, row.geometry.y
        if pd.isna(row["azimuth_deg"]):
            p = shapes.station_params(gpd.GeoDataFrame(
                {"coverage_radius_m": [row["range_m"]]}, geometry=[row.geometry], crs=4490), crs)
            views.append(shapely.buffer(shapely.Point(p.x[0], p.y[0]), p.map_radius()[0],
                                        quad_segs=shapes.circle_segments_for()))
        else:
            views.append(_geodesic_wedge(lon, lat, row["azimuth_deg"], row["fov_deg"],
                                         row["range_m"], crs))
    cover = shapely.union_all(views)
    theirs = _geos_rate(districts, raw["forests"], cover, crs)
    ours = table["forest_watch_pct"]
    assert ours["371001"] > 1 and ours["371002"] > 1 and ours["371071"] > 1
    diff = (ours - theirs.reindex(ours.index)).abs()
    assert diff.max() <= 0.01, pd.DataFrame({"ours": ours, "geos": theirs})
    # the not automated camera C4 and the air station C5 watch nothing: dropping them from
    # the oracle changed nothing, and E's rate is below what C4's 5 km circle would give
    assert table.loc["371002", "forest_watch_pct"] < 99


def test_counts_by_hand(case):
    raw, layers, table, districts = case
    west, east, zone, city = "371001", "371002", "371071", "371000"
    # schools: K1 (west, Wi-Fi 2021, campus on the date), K2 (east, Wi-Fi 2023: after the date),
    # K3 (west and zone, nothing); K4 is a hospital
    assert table.loc[west, "school_wifi_pct"] == pytest.approx(50.0)
    assert table.loc[east, "school_wifi_pct"] == pytest.approx(0.0)
    assert table.loc[zone, "school_wifi_pct"] == pytest.approx(0.0)
    assert table.loc[city, "school_wifi_pct"] == pytest.approx(100 / 3)
    assert table.loc[city, "smart_campus_pct"] == pytest.approx(100 / 3)
    assert table.loc[city, "school_n"] == 3
    # demo sites: A1 (west, zone), A2 (east); A3 opens in 2023
    assert table.loc[west, "demo_5g_n"] == 1 and table.loc[zone, "demo_5g_n"] == 1
    assert table.loc[east, "demo_5g_n"] == 1 and table.loc[city, "demo_5g_n"] == 2
    # farms and ranches: R1 at sea stated west; R2 at sea, nearest east; R3 on land in west; M1 at sea
    # stated zone zone (so also its county west)
    assert table.loc[west, "smart_farm_n"] == 3
    assert table.loc[east, "smart_farm_n"] == 1
    assert table.loc[zone, "smart_farm_n"] == 1
    assert table.loc[city, "smart_farm_n"] == 4


def test_reach_by_hand(case):
    raw, layers, table, districts = case
    # T1 stands on a station (reached); T2 and T3 are checked against the station shapes here
    from smartcity.processing.coverage import metric_crs_for

    crs = metric_crs_for(districts[["code", "name", "geometry"]])
    st = raw["base_stations"]
    p = shapes.station_params(st[st["opened_date"] <= D(AS_OF)], crs)
    cover = shapely.union_all(shapely.buffer(shapely.points(p.x, p.y), p.map_radius(), 15))
    towns = raw["key_places"].iloc[:3]
    hit = shapely.intersects(cover, _metric(towns, crs))
    assert hit[0]
    assert table.loc["371000", "town_seat_reach_pct"] == pytest.approx(100 * hit.mean())
    assert table.loc["371000", "town_seat_reach_pct"] == \
        table.loc["371000", "keyplace_reach_pct_town_seat"]
    f = raw["enterprises"]
    needing = f[f["needs_5g"] & f["valid_to"].isna()]
    hit = shapely.intersects(cover, _metric(needing, crs))
    assert table.loc["371000", "enterprise_reach_pct"] == pytest.approx(100 * hit.mean())
    assert table.loc["371000", "enterprise_n"] == 2


def test_pipes_equal_qgis_intersection(case, qgis_app):
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    raw, layers, table, districts = case
    from smartcity.processing.coverage import metric_crs_for

    crs = metric_crs_for(districts[["code", "name", "geometry"]])
    epsg = crs.to_epsg()

    def layer(kind, geoms, field, values):
        lyr = QgsVectorLayer(f"{kind}?crs=EPSG:{epsg}", "l", "memory")
        lyr.dataProvider().addAttributes([QgsField(field, QVariant.String)])
        lyr.updateFields()
        feats = []
        for g, v in zip(geoms, values):
            feat = QgsFeature(lyr.fields())
            feat.setGeometry(QgsGeometry.fromWkt(g.wkt))
            feat.setAttribute(0, v)
            feats.append(feat)
        assert lyr.dataProvider().addFeatures(feats)[0]
        return lyr

    pipes = raw["pipelines"]
    alive = pipes[pipes["valid_to"].isna() | (pipes["valid_to"] > D(AS_OF))]
    monitored = alive["monitored_since"] <= D(AS_OF)
    dl = layer("MultiPolygon", district_geoms(districts, crs), "code",
               [str(c) for c in districts["code"]])
    pl = layer("MultiLineString", _metric(alive, crs), "mon",
               ["1" if m else "0" for m in monitored])
    out = processing.run("native:intersection", {"INPUT": pl, "OVERLAY": dl,
                                                 "OUTPUT": "memory:"})["OUTPUT"]
    total, mon = {}, {}
    for feat in out.getFeatures():
        code = feat["code"]
        length = feat.geometry().length()
        total[code] = total.get(code, 0.0) + length
        mon[code] = mon.get(code, 0.0) + (length if feat["mon"] == "1" else 0.0)
    theirs = pd.Series({c: 100.0 * mon[c] / total[c] for c in total})
    ours = table["pipe_monitored_pct"]
    assert set(theirs.index) == set(ours.index)
    assert (ours - theirs.reindex(ours.index)).abs().max() <= 0.01
    # the crossing pipe P1 counts in both counties: both have a rate strictly between 0, 100
    assert 0 < ours["371001"] < 100 and 0 < ours["371002"] < 100
    assert table.loc["371000", "pipe_km"] == pytest.approx(
        table.loc["371001", "pipe_km"] + table.loc["371002", "pipe_km"], rel=1e-9)
