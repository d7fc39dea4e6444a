"""The plan's layers imported from the files bureaus have: GBK CSVs and GBK shapefiles (no
``.cpg``) with Chinese headers, GeoJSON with Chinese properties; bad rows rejected with their
reasons, the rest written; ocean ranches at sea kept by the sites' own distance rule.

Oracles: the values written into the files here, read back from the store; the rejects file.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from smartcity.layers.importer import import_file
from smartcity.layers.store import create_store
from smartcity.sampledata.writers import _gbk_shapefile

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "weihai"
DISTRICTS = gpd.GeoDataFrame(
    {"code": ["371002", "371003"], "name": ["环翠区", "文登区"], "level": ["county", "county"],
     "parent_code": ["371000", "371000"]},
    geometry=[shapely.box(121.95, 37.35, 122.25, 37.60), shapely.box(121.65, 37.00, 121.95, 37.35)],
    crs="EPSG:4490")


@pytest.fixture
def store(tmp_path):
    st = create_store(tmp_path / "store.gpkg")
    dfile = tmp_path / "districts.geojson"
    DISTRICTS.to_file(dfile, driver="GeoJSON")
    import_file(st, "districts", dfile)
    yield st
    st.close()


def _rejects(result) -> pd.DataFrame:
    return pd.read_csv(result.rejects_path, encoding="utf-8-sig", dtype=str)


def test_builtup_areas_from_a_gbk_csv_with_wkt(store, tmp_path):
    path = tmp_path / "建成区.csv"
    pd.DataFrame({
        "建成区编号": ["B1", "B2", "B3", "B4"],
        "建成区名称": ["环翠城区", "张村镇区", "某村", "坏类型"],
        "建成区类型": ["城市建成区", "镇区", "村庄", "开发区"],
        "生效日期": ["2019/1/1", "2020年5月1日", "", "2020-01-01"],
        "WKT": ["POLYGON ((122.0 37.4, 122.1 37.4, 122.1 37.5, 122.0 37.4))",
                "MULTIPOLYGON (((121.8 37.1, 121.9 37.1, 121.9 37.2, 121.8 37.1)))",
                "POLYGON ((121.9 37.3, 122.0 37.3, 122.0 37.38, 121.9 37.3))",  # two districts
                "POLYGON ((122.0 37.4, 122.1 37.4, 122.1 37.5, 122.0 37.4))"],
    }).to_csv(path, index=False, encoding="gbk")
    result = import_file(store, "builtup_areas", path)
    assert (result.accepted, result.rejected) == (3, 1)
    rej = _rejects(result)
    assert rej["field"].tolist() == ["建成区类型 (kind)"] and rej["value"].iloc[0] == "开发区"
    got = store.read("builtup_areas").set_index("area_id")
    assert got["kind"].to_dict() == {"B1": "urban", "B2": "town", "B3": "village"}
    assert got.loc["B2", "name"] == "张村镇区"
    assert str(got.loc["B2", "valid_from"])[:10] == "2020-05-01"
    assert set(got.geometry.geom_type) == {"MultiPolygon"}


def test_pipelines_from_a_gbk_shapefile_with_chinese_fields(store, tmp_path):
    lines = [shapely.LineString([(122.0, 37.40), (122.1, 37.42)]),
             shapely.LineString([(121.9, 37.30), (122.0, 37.40)]),     # crosses the border
             shapely.MultiLineString([[(122.0, 37.5), (122.05, 37.5)],
                                      [(122.06, 37.5), (122.1, 37.5)]]),
             shapely.LineString([(122.1, 37.45), (122.2, 37.45)])]
    frame = gpd.GeoDataFrame({
        "管线编号": ["GX1", "GX2", "GX3", "GX4"], "管线类别": ["给水", "燃气", "通信", "下水道"],
        "权属单位": ["威海市水务集团", "威海港华燃气公司", "中国电信威海分公司", "?"],
        "普查日期": pd.to_datetime(["2018-03-01", "2018-04-01", "2019-01-01", "2019-01-01"]),
        "监测日期": pd.to_datetime(["2021-06-30", None, "2018-06-01", None]),
    }, geometry=lines, crs=4490)
    path = _gbk_shapefile(frame, tmp_path / "管线.shp", ("普查日期", "监测日期"))
    assert not path.with_suffix(".cpg").exists()
    result = import_file(store, "pipelines", path)
    assert result.encoding.lower().startswith(("gb", "cp936"))
    assert (result.accepted, result.rejected) == (3, 1)
    rej = _rejects(result)
    assert rej["field"].tolist() == ["管线类别 (kind)"] and rej["value"].iloc[0] == "下水道"
    got = store.read("pipelines").set_index("pipe_id")
    assert got["kind"].to_dict() == {"GX1": "water", "GX2": "gas", "GX3": "telecom"}
    assert got.loc["GX1", "owner_dept"] == "威海市水务集团"
    assert str(got.loc["GX1", "monitored_since"])[:10] == "2021-06-30"
    assert pd.isna(got.loc["GX2", "monitored_since"])
    assert set(got.geometry.geom_type) == {"MultiLineString"}
    # a polygon is not a pipe
    bad = gpd.GeoDataFrame({"管线编号": ["GX9"], "管线类别": ["雨水"]},
                           geometry=[shapely.box(122.0, 37.4, 122.01, 37.41)], crs=4490)
    bad.to_file(tmp_path / "面.geojson", driver="GeoJSON")
    from smartcity.layers.importer import ImportFailure

    with pytest.raises(ImportFailure, match="none of its 1 rows"):
        import_file(store, "pipelines", tmp_path / "面.geojson")
    rej = pd.read_csv(tmp_path / "面.rejects.csv", encoding="utf-8-sig")
    assert "Polygon geometry; pipelines takes LineString/MultiLineString" in rej["reason"].iloc[0]


def test_enterprises_from_a_gbk_csv(store, tmp_path):
    path = tmp_path / "企业.csv"
    pd.DataFrame({
        "统一社会信用代码": ["91371002MA00000001", "91371002MA00000002", "91371002MA00000003"],
        "企业名称": ["威海某装备公司", "威海某食品公司", "威海某轮胎公司"],
        "所属行业": ["装备制造", "食品加工", "橡胶轮胎"],
        "有5G应用需求": ["是", "否", "也许"],
        "注销日期": ["", "2022/6/30", ""],
        "经度": [122.05, 122.10, 122.12], "纬度": [37.45, 37.50, 37.52],
    }).to_csv(path, index=False, encoding="gbk")
    result = import_file(store, "enterprises", path)
    assert (result.accepted, result.rejected) == (2, 1)
    rej = _rejects(result)
    assert rej["field"].tolist() == ["有5G应用需求 (needs_5g)"] and rej["value"].iloc[0] == "也许"
    got = store.read("enterprises").set_index("enterprise_id")
    assert got["needs_5g"].tolist() == [True, False]
    assert str(got.loc["91371002MA00000002", "valid_to"])[:10] == "2022-06-30"


def test_sites_at_sea_are_kept_by_their_own_rule(store, tmp_path):
    """A ranch 30 km off the coast is imported (flagged); one 80 km away is rejected as
    wrong coordinates; a base station 30 km out is rejected (the 5 km rule)."""
    sites = gpd.GeoDataFrame({
        "场景编号": ["S1", "R1", "R2", "F1"],
        "场景名称": ["5G智慧港口", "海洋牧场一号", "远海", "智慧农场"],
        "场景类型": ["5G示范应用场景", "智慧海洋牧场", "海洋牧场", "牧场?"],
        "所属区划代码": ["371002", "371003", None, "371003"],
        "建成日期": ["2020-06-01", "2021-05-01", "2021-05-01", "2021-13-01"],
    }, geometry=[shapely.Point(122.1, 37.5),  # R1 30 km south of 文登区's edge (37.00°N)
                 shapely.Point(121.8, 37.00 - 30_000 / 111_000),
                 shapely.Point(121.8, 37.00 - 80_000 / 111_000),
                 shapely.box(121.7, 37.1, 121.71, 37.11)], crs=4490)
    path = tmp_path / "场景.geojson"
    sites.to_file(path, driver="GeoJSON")
    result = import_file(store, "sites", path)
    assert (result.accepted, result.rejected, result.flagged) == (2, 2, 1)
    rej = _rejects(result).set_index("row")
    reasons = " ".join(rej["reason"])
    assert "far outside every district" in reasons and "80" in reasons
    assert "outside every district (30" in reasons  # R1: flagged, with its distance
    assert set(rej["field"]) == {"geometry", "场景类型 (kind)", "建成日期 (established_date)"}
    got = store.read("sites").set_index("site_id")
    assert got["kind"].to_dict() == {"S1": "demo_5g", "R1": "smart_ranch"}
    assert got.loc["R1", "district_code"] == "371003"
    station = tmp_path / "站.csv"
    pd.DataFrame({"站点编号": ["X"], "经度": [121.8], "纬度": [37.00 - 30_000 / 111_000]}
                 ).to_csv(station, index=False, encoding="gbk")
    from smartcity.layers.importer import ImportFailure

    with pytest.raises(ImportFailure):
        import_file(store, "base_stations", station)


def test_forests_and_watch_points(store, tmp_path):
    forests = gpd.GeoDataFrame({"林区编号": ["L1", "L1"], "林区名称": ["里山", "重号"]},
                               geometry=[shapely.box(122.0, 37.4, 122.05, 37.45),
                                         shapely.box(122.1, 37.4, 122.15, 37.45)], crs=4490)
    forests.to_file(tmp_path / "林区.geojson", driver="GeoJSON")
    result = import_file(store, "forests", tmp_path / "林区.geojson")
    assert (result.accepted, result.rejected) == (1, 1)
    assert "duplicate" in " ".join(_rejects(result)["reason"]).lower()
    path = tmp_path / "监测点.csv"
    pd.DataFrame({
        "点位编号": ["C1", "C2", "C3", "C4"], "监测类型": ["森林防火", "森林防火", "地质灾害", "森林防火"],
        "自动监测": ["是", "是", "是", "是"], "监测半径(米)": ["3000", "2500", "-5", "3000"],
        "朝向": ["", "45", "", "90"], "视场角": ["", "90", "", "400"],
        "经度": [122.02, 122.03, 122.04, 122.05], "纬度": [37.42, 37.43, 37.44, 37.45],
    }).to_csv(path, index=False, encoding="gbk")
    result = import_file(store, "monitoring_points", path)
    assert (result.accepted, result.rejected) == (2, 2)
    rej = _rejects(result)
    assert set(rej["field"]) == {"监测半径(米) (range_m)", "视场角 (fov_deg)"}
    got = store.read("monitoring_points").set_index("point_id")
    assert got.loc["C2", "azimuth_deg"] == 45 and got.loc["C2", "fov_deg"] == 90
    assert got.loc["C1", "range_m"] == 3000 and np.isnan(got.loc["C1", "azimuth_deg"])


def test_schools_dates_from_key_places(store, tmp_path):
    path = tmp_path / "学校.csv"
    pd.DataFrame({
        "场所编号": ["K1", "K2", "T1"], "场所名称": ["一中", "二中", "张村镇"],
        "场所类别": ["学校", "学校", "乡镇驻地"],
        "无线网络覆盖日期": ["2021年9月1日", "2021-02-30", ""], "智慧校园认定日期": ["20211201", "", ""],
        "经度": [122.05, 122.06, 122.07], "纬度": [37.45, 37.46, 37.47],
    }).to_csv(path, index=False, encoding="gbk")
    result = import_file(store, "key_places", path)
    assert (result.accepted, result.rejected) == (2, 1)
    assert _rejects(result)["field"].tolist() == ["无线网络覆盖日期 (wifi_since)"]
    got = store.read("key_places").set_index("place_id")
    assert got.loc["T1", "category"] == "town_seat"
    assert str(got.loc["K1", "wifi_since"])[:10] == "2021-09-01"
    assert str(got.loc["K1", "smart_campus_since"])[:10] == "2021-12-01"


@pytest.mark.parametrize("layer, name", [("builtup_areas", "builtup_areas.shp"),
                                         ("enterprises", "enterprises.csv"),
                                         ("sites", "sites.geojson"),
                                         ("pipelines", "pipelines.shp"),
                                         ("forests", "forests.geojson")])
def test_bundled_sample_files_import_whole(tmp_path, layer, name):
    st = create_store(tmp_path / "s.gpkg")
    import_file(st, "districts", SAMPLE / "districts.geojson", rejects=tmp_path / "d.csv")
    result = import_file(st, layer, SAMPLE / name, rejects=tmp_path / "rejects.csv")
    assert result.rejected == 0 and result.accepted == result.read > 0
    got = st.read(layer)
    kinds = {"builtup_areas": {"urban", "town", "village"},
             "sites": {"demo_5g", "smart_farm", "smart_ranch"},
             "pipelines": {"water", "sewage", "rain", "gas", "heat", "power", "telecom"}}
    if layer in kinds:
        assert set(got["kind"]) == kinds[layer]
    if layer == "sites":  # the ranches lie at sea: flagged, not rejected
        assert result.flagged == (got["kind"] == "smart_ranch").sum()
    st.close()
