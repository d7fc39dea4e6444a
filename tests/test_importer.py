"""Importers with real files: GBK shapefiles, Excel/GBK CSVs, GCJ-02, projected CRSs, bad rows.

Oracles: the positions we generated (and the published GCJ-02 forward formula), GDAL reading
the store back (pyogrio), SHA-256 of the store file for "unchanged".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from pyproj import Geod, Transformer

from smartcity.layers.chinacoords import wgs84_to_bd09, wgs84_to_gcj02
from smartcity.layers.importer import ImportFailure, import_file
from smartcity.layers.store import create_store, open_store
from smartcity.standalone.cli import cli

GEOD = Geod(ellps="WGS84")
# Two test districts side by side near Weihai's core (CGCS2000 degrees).
DISTRICTS = gpd.GeoDataFrame(
    {"code": ["371002", "371003"], "name": ["环翠区", "文登区"], "level": ["county", "county"],
     "parent_code": ["371000", "371000"], "population": [900000, 600000]},
    geometry=[shapely.box(121.95, 37.35, 122.25, 37.60), shapely.box(121.65, 37.00, 121.95, 37.35)],
    crs="EPSG:4490")


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "项目库.gpkg"
    st = create_store(path)
    dfile = tmp_path / "districts.geojson"
    DISTRICTS.to_file(dfile, driver="GeoJSON")
    import_file(st, "districts", dfile)
    yield st
    st.close()


def _stations(n=200, seed=1):
    rng = np.random.default_rng(seed)
    lon = rng.uniform(121.97, 122.23, n)
    lat = rng.uniform(37.37, 37.58, n)
    return lon, lat


def _write_csv(path: Path, frame: pd.DataFrame, encoding: str) -> Path:
    path.write_bytes(frame.to_csv(index=False).encode(encoding))
    return path


def _distance_m(lon1, lat1, lon2, lat2):
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


DATE_FORMS = ("{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}{m:02d}{d:02d}")


def test_gbk_csv_gcj02_mixed_dates(store, tmp_path):
    lon, lat = _stations()
    g_lon, g_lat = wgs84_to_gcj02(lon, lat)
    days = [dt.date(2019, 6, 1) + dt.timedelta(days=int(k)) for k in
            np.random.default_rng(2).integers(0, 1500, len(lon))]
    frame = pd.DataFrame({
        "站点编号": [f"WH{i:05d}" for i in range(len(lon))],
        "站点名称": [f"威海环翠{i}号站" for i in range(len(lon))],
        "运营商": np.resize(["中国移动", "电信", "联通", "中国广电"], len(lon)),
        "频段": np.resize(["n41", "n78", "3.5G", "n28"], len(lon)),
        "开通日期": [DATE_FORMS[i % 4].format(y=d.year, m=d.month, d=d.day)
                 for i, d in enumerate(days)],
        "经度": [f"{v:.9f}" for v in g_lon], "纬度": [f"{v:.9f}" for v in g_lat]})
    csv = _write_csv(tmp_path / "5G基站.csv", frame, "gbk")
    result = import_file(store, "base_stations", csv, coords="gcj02")
    assert (result.accepted, result.rejected) == (len(lon), 0)
    # read back through GDAL, not through our reader
    back = pyogrio.read_dataframe(store.path, layer="base_stations")
    back = back.set_index("station_id").loc[frame["站点编号"]]
    error = _distance_m(lon, lat, back.geometry.x.to_numpy(), back.geometry.y.to_numpy())
    assert error.max() < 0.05
    assert list(back["name"]) == list(frame["站点名称"])
    assert set(back["operator"]) == {"中国移动", "中国电信", "中国联通", "中国广电"}
    assert set(back["band"]) == {"n41", "n78", "n28"}
    assert [pd.Timestamp(v).date() for v in back["opened_date"]] == days


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_encodings_bd09(store, tmp_path, encoding):
    lon, lat = _stations(20, seed=3)
    b_lon, b_lat = wgs84_to_bd09(lon, lat)
    frame = pd.DataFrame({"point_id": [f"P{i}" for i in range(20)],
                          "点位名称": ["空气自动站"] * 20, "监测类型": ["空气"] * 20,
                          "自动监测": ["是"] * 10 + ["否"] * 10,
                          "lon": b_lon, "lat": b_lat})
    csv = _write_csv(tmp_path / f"监测点-{encoding}.csv", frame, encoding)
    result = import_file(store, "monitoring_points", csv, coords="bd09")
    assert result.accepted == 20
    back = store.read("monitoring_points").set_index("point_id").loc[frame["point_id"]]
    assert _distance_m(lon, lat, back.geometry.x.to_numpy(), back.geometry.y.to_numpy()).max() < 0.05
    assert back["name"].tolist() == ["空气自动站"] * 20
    assert back["automated"].tolist() == [True] * 10 + [False] * 10


def _gbk_shapefile(path: Path, gdf: gpd.GeoDataFrame) -> Path:
    """A shapefile as Weihai offices have it: GBK DBF, no .cpg, language driver id 0."""
    pyogrio.write_dataframe(gdf, path, encoding="GBK")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    dbf = path.with_suffix(".dbf")
    data = bytearray(dbf.read_bytes())
    data[29] = 0
    dbf.write_bytes(bytes(data))
    return path


def _manholes(n=50):
    lon, lat = _stations(n, seed=5)
    to_gk = Transformer.from_crs(4490, 4550, always_xy=True)
    x, y = to_gk.transform(lon, lat)
    kinds = {"0101": "上水井盖", "0102": "污水井盖", "0103": "雨水井盖", "0111": "燃气井盖"}
    codes = list(kinds)
    return lon, lat, gpd.GeoDataFrame({
        "ObjID": ["371002" + codes[i % 4] + f"{i:06d}" for i in range(n)],
        "ObjName": [kinds[codes[i % 4]] for i in range(n)],
        "ObjState": ["完好"] * (n - 1) + ["破损"],
        "DeptName1": ["威海市住房和城乡建设局"] * n,
        "ORDate": ["2020/5/1"] * n,
        "IOT_ID": [f"IOT{i}" if i % 3 == 0 else None for i in range(n)],
        "IOT_SINCE": ["2021年6月1日" if i % 3 == 0 else None for i in range(n)],
    }, geometry=shapely.points(x, y), crs="EPSG:4550")


def test_gbk_shapefile_without_cpg_projected(store, tmp_path):
    lon, lat, gdf = _manholes()
    shp = _gbk_shapefile(tmp_path / "窨井盖.shp", gdf)
    mojibake = pyogrio.read_dataframe(shp)  # what GDAL alone makes of it
    assert "上水井盖" not in set(mojibake.iloc[:, 1])
    result = import_file(store, "manholes", shp)
    assert result.accepted == 50 and result.rejected == 0
    back = store.read("manholes").set_index("obj_id").loc[gdf["ObjID"]]
    assert back["name"].tolist() == gdf["ObjName"].tolist()
    assert back["owner_dept"].iloc[0] == "威海市住房和城乡建设局"
    assert back["state"].tolist() == ["intact"] * 49 + ["damaged"]
    assert back["component_code"].tolist() == [o[6:10] for o in gdf["ObjID"]]
    assert _distance_m(lon, lat, back.geometry.x.to_numpy(), back.geometry.y.to_numpy()).max() < 0.01


def test_shapefile_without_prj_is_refused_then_accepted_with_crs(store, tmp_path):
    _, _, gdf = _manholes(5)
    shp = _gbk_shapefile(tmp_path / "noprj.shp", gdf)
    shp.with_suffix(".prj").unlink()
    before = sha256(store.path)
    with pytest.raises(ImportFailure, match="no .prj.*--crs"):
        import_file(store, "manholes", shp)
    assert sha256(store.path) == before
    assert import_file(store, "manholes", shp, crs="EPSG:4550").accepted == 5


def test_zone_prefixed_eastings_are_recognised(store, tmp_path):
    lon, lat = _stations(10, seed=7)
    x, y = Transformer.from_crs(4490, 4529, always_xy=True).transform(lon, lat)  # zone 41
    frame = pd.DataFrame({"编号": [f"K{i}" for i in range(10)], "场所名称": ["学校"] * 10,
                          "类别": ["学校"] * 10, "X": x, "Y": y})
    csv = _write_csv(tmp_path / "places.csv", frame, "utf-8")
    with pytest.raises(ImportFailure, match="--crs.*EPSG:4529"):
        import_file(store, "key_places", csv)  # no CRS: must not guess
    with pytest.raises(ImportFailure, match="zone number 41.*EPSG:4529"):
        import_file(store, "key_places", csv, crs="EPSG:4550")
    assert import_file(store, "key_places", csv, crs="EPSG:4529").accepted == 10
    back = store.read("key_places").set_index("place_id").loc[frame["编号"]]
    assert _distance_m(lon, lat, back.geometry.x.to_numpy(), back.geometry.y.to_numpy()).max() < 0.01


def test_every_kind_of_bad_row_is_rejected_with_its_reason(store, tmp_path):
    rows = [
        ("OK1", "122.10", "37.50", "2020-01-01", "300", ""),
        ("BADLON", "东经122", "37.50", "2020-01-01", "", ""),
        ("RANGE", "222.10", "37.50", "2020-01-01", "", ""),
        ("BADDATE", "122.10", "37.50", "2021-02-30", "", ""),
        ("NEGRAD", "122.10", "37.50", "2020-01-01", "-50", ""),
        ("OK1", "122.11", "37.51", "2020-01-01", "", ""),
        ("NOPOS", "", "", "2020-01-01", "", ""),
        ("FAR", "116.40", "39.90", "2020-01-01", "", ""),
        ("NEAR", "122.26", "37.50", "2020-01-01", "", ""),
        ("ORDER", "122.10", "37.50", "2021-01-01", "", "2020-01-01"),
        ("OK2", "122.12", "37.52", "2020年1月1日", "", ""),
    ]
    frame = pd.DataFrame(rows, columns=["站点编号", "经度", "纬度", "开通日期", "覆盖半径", "退网日期"])
    csv = _write_csv(tmp_path / "bad.csv", frame, "utf-8-sig")
    result = import_file(store, "base_stations", csv)
    assert result.rejected == 8 and result.flagged == 1 and result.accepted == 3
    rejects = pd.read_csv(result.rejects_path, encoding="utf-8-sig", dtype=str)
    assert result.rejects_path == tmp_path / "bad.rejects.csv"
    reasons = {(r["input:站点编号"], r["status"]): r["reason"] for _, r in rejects.iterrows()}
    expect = {"BADLON": "not a number", "RANGE": "out of range", "BADDATE": "not a real date",
              "NEGRAD": "cannot be negative", "OK1": "duplicate station_id, first on line 2",
              "NOPOS": "empty coordinate", "FAR": "far outside every district",
              "ORDER": "is not after opened_date"}
    for key, text in expect.items():
        assert text in reasons[(key, "rejected")], (key, reasons)
    assert "outside every district" in reasons[("NEAR", "flagged (imported)")]
    lines = dict(zip(rejects["input:站点编号"], rejects["row"]))
    assert lines["BADDATE"] == "line 5"  # Excel's numbering: the header is line 1
    assert set(store.read("base_stations")["station_id"]) == {"OK1", "OK2", "NEAR"}
    # the import log holds the counts, written in the same transaction as the rows
    with sqlite3.connect(store.path) as conn:
        logged = conn.execute("SELECT rejected, flagged FROM imports WHERE layer = "
                              "'base_stations' ORDER BY id DESC LIMIT 1").fetchone()
    assert logged == (8, 1)


def test_unreadable_files_leave_the_store_byte_for_byte(store, tmp_path):
    before = sha256(store.path)
    junk = tmp_path / "损坏.gpkg"
    junk.write_bytes(b"this is not a geopackage")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    nocoords = tmp_path / "nocoords.csv"
    nocoords.write_text("站点编号,名称\nA,b\n", encoding="utf-8")
    for path in (junk, empty, nocoords, tmp_path / "missing.csv"):
        with pytest.raises(ImportFailure):
            import_file(store, "base_stations", path)
    all_bad = _write_csv(tmp_path / "allbad.csv", pd.DataFrame(
        {"站点编号": ["A"], "经度": ["x"], "纬度": ["y"]}), "utf-8")
    with pytest.raises(ImportFailure, match="none of its 1 rows"):
        import_file(store, "base_stations", all_bad)
    assert sha256(store.path) == before


def test_crash_in_the_middle_of_an_import_changes_nothing(store, tmp_path):
    lon, lat = _stations(5000, seed=11)
    frame = pd.DataFrame({"站点编号": [f"S{i}" for i in range(5000)], "经度": lon, "纬度": lat})
    csv = _write_csv(tmp_path / "big.csv", frame, "utf-8")
    before = sha256(store.path)

    def crash(percent, message=""):
        if percent > 60:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        import_file(store, "base_stations", csv, progress=crash)
    assert sha256(store.path) == before
    assert store.count("base_stations") == 0


def test_killed_process_leaves_the_store_as_it_was(tmp_path):
    """A real crash: SIGKILL while the import transaction is open."""
    path = tmp_path / "store.gpkg"
    create_store(path).close()
    lon, lat = _stations(20000, seed=12)
    csv = _write_csv(tmp_path / "big.csv", pd.DataFrame(
        {"站点编号": [f"S{i}" for i in range(20000)], "经度": lon, "纬度": lat}), "utf-8")
    script = textwrap.dedent(f"""
        import os, signal, sys
        from smartcity.layers.store import open_store
        from smartcity.layers.importer import import_file
        def die(percent, message=""):
            if percent > 70:
                sys.stdout.write("dying\\n"); sys.stdout.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        import_file(open_store({str(path)!r}), "base_stations", {str(csv)!r}, progress=die)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL and "dying" in proc.stdout
    with open_store(path) as st:  # SQLite rolls the hot journal back on open
        assert st.count("base_stations") == 0
        assert st.imports().empty
    assert pyogrio.read_info(path, layer="base_stations")["features"] == 0


def test_reimport_with_changed_values_keeps_history(store, tmp_path):
    frame = pd.DataFrame({"站点编号": ["A", "B"], "站点名称": ["旧名", "乙"], "天线挂高": ["30", "25"],
                          "经度": ["122.1", "122.2"], "纬度": ["37.5", "37.5"]})
    csv = _write_csv(tmp_path / "v1.csv", frame, "utf-8")
    first = import_file(store, "base_stations", csv)
    assert (first.inserted, first.updated) == (2, 0)
    frame.loc[0, ["站点名称", "经度"]] = ["新名", "122.15"]
    frame = frame.drop(columns="天线挂高")  # a column missing from the update keeps its value
    second = import_file(store, "base_stations", _write_csv(tmp_path / "v2.csv", frame, "utf-8"))
    assert (second.inserted, second.updated, second.unchanged) == (0, 1, 1)
    hist = store.history("base_stations", "A")
    assert hist["version"].tolist() == [1, 2]
    assert hist["name"].tolist() == ["旧名", "新名"]
    assert hist["antenna_height_m"].tolist() == [30.0, 30.0]
    assert hist["valid_to"].iloc[0] == hist["valid_from"].iloc[1]
    assert pd.isna(hist["valid_to"].iloc[1])
    assert "POINT (122.1 37.5)" == hist["geom_wkt"].iloc[0]
    current = store.read("base_stations").set_index("station_id")
    assert current.loc["A", "name"] == "新名" and current.loc["A"].geometry.x == 122.15
    assert len(store.history("base_stations", "B")) == 1


def test_chinese_source_layer_names_and_formats(store, tmp_path):
    lon, lat = _stations(12, seed=13)
    gdf = gpd.GeoDataFrame({"场所编号": [f"K{i}" for i in range(12)],
                            "场所名称": [f"第{i}中学" for i in range(12)],
                            "场所类别": ["学校", "医院", "交通枢纽"] * 4},
                           geometry=shapely.points(lon, lat), crs="EPSG:4326")
    folder = tmp_path / "威海数据"
    folder.mkdir()
    gpkg = folder / "重点场所.gpkg"
    gdf.to_file(gpkg, layer="重点场所", driver="GPKG")
    gdf.iloc[:1].to_file(gpkg, layer="另一层", driver="GPKG", mode="a")
    with pytest.raises(ImportFailure, match="several layers"):
        import_file(store, "key_places", gpkg)
    assert import_file(store, "key_places", gpkg, source_layer="重点场所").accepted == 12
    for suffix, driver in ((".geojson", "GeoJSON"), (".fgb", "FlatGeobuf")):
        out = folder / f"场所{suffix}"
        gdf.assign(场所名称=gdf["场所名称"] + suffix).to_file(out, driver=driver)
        assert import_file(store, "key_places", out).updated == 12
    back = store.read("key_places")
    assert sorted(back["category"].unique()) == ["hospital", "school", "transport_hub"]
    assert back["name"].str.endswith(".fgb").all()


def test_cli_import_exit_codes_and_messages(tmp_path):
    runner = CliRunner()
    store = tmp_path / "威海.gpkg"
    assert runner.invoke(cli, ["init", str(store)]).exit_code == 0
    again = runner.invoke(cli, ["init", str(store)])
    assert again.exit_code == 0 and "already" in again.output
    good = _write_csv(tmp_path / "s.csv", pd.DataFrame(
        {"站点编号": ["A", "B"], "经度": ["122.1", "abc"], "纬度": ["37.5", "37.5"]}), "gbk")
    result = runner.invoke(cli, ["import", str(store), "base_stations", str(good)])
    assert result.exit_code == 0, result.output
    assert "1 accepted" in result.output and "1 rejected" in result.output
    bad = runner.invoke(cli, ["import", str(store), "base_stations", str(tmp_path / "no.csv")])
    assert bad.exit_code == 1 and "does not exist" in bad.output and "Traceback" not in bad.output
    usage = runner.invoke(cli, ["import", str(store), "stations", str(good)])
    assert usage.exit_code == 2
    date_usage = runner.invoke(cli, ["snapshot", str(store), "--as-of", "31/12/2021", "-o",
                                     str(tmp_path / "x.gpkg")])
    assert date_usage.exit_code == 2 and "2021年3月5日" in date_usage.output
    hist = runner.invoke(cli, ["history", str(store), "base_stations", "A"])
    assert hist.exit_code == 0 and "version 1" in hist.output
    layers = runner.invoke(cli, ["layers", str(store)])
    assert layers.exit_code == 0 and "base_stations" in layers.output
    not_store = tmp_path / "plain.txt"
    not_store.write_text("x")
    assert runner.invoke(cli, ["layers", str(not_store)]).exit_code == 1


def test_two_processes_importing_into_one_geopackage_lose_nothing(tmp_path):
    path = tmp_path / "shared.gpkg"
    create_store(path).close()
    files = []
    for k in range(2):
        lon, lat = _stations(4000, seed=20 + k)
        files.append(_write_csv(tmp_path / f"p{k}.csv", pd.DataFrame(
            {"站点编号": [f"P{k}-{i}" for i in range(4000)], "经度": lon, "纬度": lat}), "utf-8"))
    script = ("import sys\nfrom smartcity.layers.store import open_store\n"
              "from smartcity.layers.importer import import_file\n"
              "with open_store(sys.argv[1]) as st:\n"
              "    print(import_file(st, 'base_stations', sys.argv[2]).inserted)\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in files + files]
    outputs = [p.communicate() + (p.returncode,) for p in procs]
    assert all(code == 0 for _, _, code in outputs), [err for _, err, _ in outputs]
    assert sorted(int(out) for out, _, _ in outputs) == [0, 0, 4000, 4000]
    with open_store(path) as st:
        ids = st.read("base_stations")["station_id"]
        assert len(ids) == 8000 and ids.is_unique
