"""The store keeps its own history, whoever edits it: QGIS, GDAL SQL, psql, our importers.

Oracles: the ``history`` table read with plain SQL (``sqlite3``, ``psycopg``), the CLI's
``history`` and ``snapshot`` output, and the feature tables' ``version``/``updated_at``.
Edits are made by the real clients: PyQGIS ``startEditing``…``commitChanges`` on the layers
the plugin loads, GDAL's ``ExecuteSQL`` and ``CreateFeature``, the ``psql`` program.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import shapely
from click.testing import CliRunner

from smartcity.layers.gpkg import connect
from smartcity.layers.importer import import_file
from smartcity.layers.schema import LAYERS, SCHEMA_VERSION
from smartcity.layers.store import create_store, open_store
from smartcity.standalone.cli import cli

STATIONS = """station_id,name,operator,band,status,opened_date,retired_date,经度,纬度
S1,一号站,中国移动,n41,active,2020-01-01,,122.10,37.50
S2,二号站,中国电信,n78,active,2020-06-01,,122.00,37.40
S3,三号站,中国联通,n78,active,2021-03-01,,122.05,37.45
S4,四号站,中国广电,n28,active,2019-05-01,,122.08,37.42
"""
DAY = "2021-12-31"


def _history(path, feature_id: str) -> list[dict]:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM history WHERE layer = 'base_stations' AND "
                            "feature_id = ? ORDER BY version", (feature_id,)).fetchall()
    return [dict(r) for r in rows]


def _open_rows(path) -> dict[str, int]:
    """feature id -> number of open history rows (must be exactly one each)."""
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT feature_id, count(*) FROM history WHERE layer = "
                                 "'base_stations' AND valid_to IS NULL GROUP BY feature_id"))


def _snapshot_ids(store, tmp_path: Path, name: str) -> set[str]:
    out = tmp_path / f"{name}.gpkg"
    result = CliRunner().invoke(cli, ["snapshot", str(store), "--as-of", DAY, "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open_store(out) as snap:
        return set(snap.read("base_stations")["station_id"])


@pytest.fixture
def stations(tmp_path):
    """A GeoPackage store with four stations imported from a CSV."""
    csv = tmp_path / "stations.csv"
    csv.write_text(STATIONS, encoding="utf-8")
    path = tmp_path / "store.gpkg"
    with create_store(path) as st:
        import_file(st, "base_stations", csv)
    return path


def test_an_import_goes_through_the_triggers(stations):
    first = _history(stations, "S1")
    assert len(first) == 1
    row = first[0]
    assert (row["version"], row["change"], row["how"], row["valid_to"]) == (1, "created",
                                                                            "import", None)
    assert row["recorded_by"] and row["import_id"] is not None
    assert row["source"].endswith("stations.csv")
    assert json.loads(row["attributes"])["operator"] == "中国移动"
    assert shapely.from_wkb(row["geom_wkb"]).equals_exact(shapely.Point(122.1, 37.5), 1e-9)
    with sqlite3.connect(stations) as conn:
        version, updated = conn.execute("SELECT version, updated_at FROM base_stations "
                                        "WHERE station_id = 'S1'").fetchone()
    assert version == 1 and updated == row["valid_from"]


def test_qgis_edits_are_versions(stations, tmp_path, qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject
    from qgis.PyQt.QtCore import QDate

    from smartcity.plugin.edit_tracking import qgis_user
    from smartcity.plugin.project import load_store

    before = _snapshot_ids(stations, tmp_path, "before")
    assert before == {"S1", "S2", "S3", "S4"}
    with sqlite3.connect(stations) as conn:
        rows_before = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    project = QgsProject()
    group = load_store(stations, project)
    layer = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty("smartcity/layer") == "base_stations")
    fids = {f["station_id"]: f.id() for f in layer.getFeatures()}
    fields = layer.fields()
    assert layer.startEditing()
    # retire S1, move S2, add S5, delete S4
    assert layer.changeAttributeValue(fids["S1"], fields.indexOf("status"), "retired")
    assert layer.changeAttributeValue(fids["S1"], fields.indexOf("retired_date"),
                                      QDate(2021, 6, 30))
    assert layer.changeGeometry(fids["S2"], QgsGeometry.fromPointXY(QgsPointXY(122.01, 37.41)))
    new = QgsFeature(fields)
    new.setAttribute("station_id", "S5")
    new.setAttribute("operator", "中国移动")
    new.setAttribute("opened_date", QDate(2021, 9, 1))
    new.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(122.02, 37.43)))
    assert layer.addFeature(new)
    assert layer.deleteFeature(fids["S4"])
    assert layer.commitChanges(), layer.commitErrors()
    project.clear()

    with sqlite3.connect(stations) as conn:
        assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == rows_before + 4
        current = {r[0]: r[1:] for r in conn.execute(
            "SELECT station_id, version, updated_at, status FROM base_stations")}
    assert set(current) == {"S1", "S2", "S3", "S5"}
    assert current["S1"][0] == 2 and current["S1"][2] == "retired"
    assert current["S2"][0] == 2 and current["S3"][0] == 1 and current["S5"][0] == 1
    assert current["S1"][1] > _history(stations, "S1")[0]["valid_from"]
    assert _open_rows(stations) == {"S1": 1, "S2": 1, "S3": 1, "S4": 1, "S5": 1}
    for fid, change in (("S1", "updated"), ("S2", "updated"), ("S5", "created"),
                        ("S4", "deleted")):
        last = _history(stations, fid)[-1]
        assert last["change"] == change, fid
        assert (last["how"], last["recorded_by"]) == ("QGIS", qgis_user()), fid
    s1 = _history(stations, "S1")
    assert s1[0]["valid_to"] == s1[1]["valid_from"]
    assert json.loads(s1[1]["attributes"])["retired_date"] == "2021-06-30"
    moved = shapely.from_wkb(_history(stations, "S2")[-1]["geom_wkb"])
    assert moved.equals_exact(shapely.Point(122.01, 37.41), 1e-9)
    # the deleted station keeps its last values; the new one exists; the CLI says so
    runner = CliRunner()
    shown = runner.invoke(cli, ["history", str(stations), "base_stations", "S4"])
    assert shown.exit_code == 0 and "version 2 (deleted)" in shown.output, shown.output
    assert "QGIS" in shown.output
    shown = runner.invoke(cli, ["history", str(stations), "base_stations", "S5"])
    assert shown.exit_code == 0 and "version 1 (created)" in shown.output, shown.output
    # a delete today does not rewrite 2021: S4 is still there, S1 retired in June is not
    after = _snapshot_ids(stations, tmp_path, "after")
    assert after == {"S2", "S3", "S4", "S5"}


def test_gdal_sql_edits_are_versions(stations, tmp_path):
    from osgeo import ogr

    ds = ogr.Open(str(stations), update=1)
    ds.ExecuteSQL("UPDATE base_stations SET band = 'n79' WHERE station_id = 'S1'")
    ds.ExecuteSQL("UPDATE base_stations SET band = band WHERE station_id = 'S2'")  # no change
    ds.ExecuteSQL("DELETE FROM base_stations WHERE station_id = 'S3'")
    layer = ds.GetLayerByName("base_stations")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("station_id", "S6")
    feature.SetField("opened_date", "2021-01-01")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (122.03 37.44)"))
    assert layer.CreateFeature(feature) == 0
    ds = None
    assert [h["change"] for h in _history(stations, "S1")] == ["created", "updated"]
    assert [h["change"] for h in _history(stations, "S2")] == ["created"]
    assert [h["change"] for h in _history(stations, "S3")] == ["created", "deleted"]
    assert [h["change"] for h in _history(stations, "S6")] == ["created"]
    assert {h["how"] for h in _history(stations, "S1")[1:]} == {"SQL"}
    assert _open_rows(stations) == {"S1": 1, "S2": 1, "S3": 1, "S4": 1, "S6": 1}
    with open_store(stations) as st:
        assert st.read("base_stations", ids=["S1"], bookkeeping=True)["version"].iloc[0] == 2
        on_day = st.read("base_stations", as_of=dt.date(2021, 12, 31))
        assert set(on_day["station_id"]) == {"S1", "S2", "S3", "S4", "S6"}
        assert on_day.set_index("station_id").loc["S1", "band"] == "n79"
    # the deleted station comes back: a restored version of the same feature
    ds = ogr.Open(str(stations), update=1)
    ds.ExecuteSQL("INSERT INTO base_stations (station_id, operator) VALUES ('S3', '中国联通')")
    ds = None
    assert [(h["version"], h["change"]) for h in _history(stations, "S3")] == [
        (1, "created"), (2, "deleted"), (3, "restored")]
    assert _open_rows(stations)["S3"] == 1


def test_the_id_cannot_be_changed_in_place(stations):
    conn = connect(stations)  # Python's sqlite3 with the R-tree functions GDAL also has
    with pytest.raises(sqlite3.IntegrityError, match="station_id 不能修改.* / The id"):
        conn.execute("UPDATE base_stations SET station_id = 'X' WHERE station_id = 'S1'")
    conn.close()
    assert [h["change"] for h in _history(stations, "S1")] == ["created"]


def test_department_from_the_store_settings(stations):
    with open_store(stations) as st:
        st.set_meta("department", "威海市大数据中心")
    with connect(stations) as conn:
        conn.execute("UPDATE base_stations SET name = '新名' WHERE station_id = 'S2'")
    assert _history(stations, "S2")[-1]["department"] == "威海市大数据中心"
    assert _history(stations, "S2")[0]["department"] is None


def _psql(dsn: str, sql: str) -> str:
    proc = subprocess.run(["psql", dsn, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-t", "-A",
                           "-c", sql], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.postgis
def test_psql_edits_are_versions(pg_url, postgis_dsn, tmp_path):
    from smartcity.layers.postgis import split_url

    csv = tmp_path / "stations.csv"
    csv.write_text(STATIONS, encoding="utf-8")
    with create_store(pg_url) as st:
        import_file(st, "base_stations", csv)
    schema = split_url(pg_url)[1]
    dsn = f"{postgis_dsn} options=-csearch_path={schema},public"
    _psql(dsn, "UPDATE base_stations SET status = 'retired', retired_date = '2021-06-30' "
               "WHERE station_id = 'S1'")
    _psql(dsn, "UPDATE base_stations SET band = band WHERE station_id = 'S2'")
    _psql(dsn, "DELETE FROM base_stations WHERE station_id = 'S4'")
    _psql(dsn, "INSERT INTO base_stations (station_id, operator, opened_date, geom) VALUES "
               "('S5', '中国移动', '2021-09-01', ST_SetSRID(ST_MakePoint(122.02, 37.43), 4490))")
    with open_store(pg_url) as st:
        s1 = st.history("base_stations", "S1")
        assert list(s1["change"]) == ["created", "updated"]
        assert s1["how"].iloc[1] == "SQL" and s1["recorded_by"].iloc[1] == "postgres"
        assert s1["valid_to"].iloc[0] == s1["valid_from"].iloc[1]
        assert list(st.history("base_stations", "S2")["change"]) == ["created"]
        assert list(st.history("base_stations", "S4")["change"]) == ["created", "deleted"]
        assert list(st.history("base_stations", "S5")["change"]) == ["created"]
        table = st.read("base_stations", bookkeeping=True).set_index("station_id")
        assert table.loc["S1", "version"] == 2 and table.loc["S5", "version"] == 1
        assert table.loc["S1", "updated_at"] > table.loc["S3", "updated_at"]
        on_day = st.read("base_stations", as_of=dt.date(2021, 12, 31))
        assert set(on_day["station_id"]) == {"S2", "S3", "S4", "S5"}
    out = tmp_path / "snap.gpkg"
    result = CliRunner().invoke(cli, ["snapshot", pg_url, "--as-of", DAY, "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open_store(out) as snap:
        assert set(snap.read("base_stations")["station_id"]) == {"S2", "S3", "S4", "S5"}
    shown = CliRunner().invoke(cli, ["history", pg_url, "base_stations", "S4"])
    assert "version 2 (deleted)" in shown.output and "postgres" in shown.output
    proc = subprocess.run(["psql", dsn, "-X", "-q", "-c",
                           "UPDATE base_stations SET station_id = 'X' WHERE station_id = 'S2'"],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "不能修改（S2 → X）" in proc.stderr, proc.stderr


def test_a_schema_1_store_is_migrated_when_opened(stations, to_schema_1):
    to_schema_1(stations)
    with connect(stations) as conn:
        conn.execute("UPDATE base_stations SET name = 'x' WHERE station_id = 'S1'")
    assert len(_history(stations, "S1")) == 1  # no triggers any more: schema 1
    with open_store(stations) as st:
        assert st.meta["schema_version"] == str(SCHEMA_VERSION)
        hist = st.history("base_stations", "S2")
        assert hist["geom_wkt"].iloc[0] == "POINT (122 37.4)"
        assert hist["how"].iloc[0] == "import"
    with connect(stations) as conn:
        conn.execute("UPDATE base_stations SET name = 'y' WHERE station_id = 'S1'")
    assert [h["change"] for h in _history(stations, "S1")] == ["created", "updated"]
    assert _history(stations, "S1")[-1]["version"] == 2


def test_every_layer_of_the_schema_gets_triggers(tmp_path):
    with create_store(tmp_path / "s.gpkg") as st:
        st.write("key_places", pd.DataFrame({"place_id": ["K1"], "category": ["school"]}),
                 [shapely.Point(122.1, 37.5)], source="test")
    with connect(tmp_path / "s.gpkg") as conn:
        names = {r[0] for r in conn.execute("SELECT tbl_name FROM sqlite_master WHERE "
                                            "type = 'trigger' AND name LIKE 'smartcity_%'")}
        assert names == set(LAYERS)
        for lyr in LAYERS.values():
            conn.execute(f'DELETE FROM "{lyr.name}"')
        assert conn.execute("SELECT count(*) FROM history WHERE change = 'deleted'"
                            ).fetchone()[0] == 1


def test_department_command_sets_what_later_edits_record(stations, cli_runner):
    from smartcity.standalone.cli import cli

    result = cli_runner.invoke(cli, ["department", str(stations), "威海市工业和信息化局"])
    assert result.exit_code == 0, result.output
    shown = cli_runner.invoke(cli, ["department", str(stations)])
    assert "部门：威海市工业和信息化局" in shown.stdout
    with connect(stations) as conn:
        conn.execute("UPDATE base_stations SET name = '改名' WHERE station_id = 'S3'")
    assert _history(stations, "S3")[-1]["department"] == "威海市工业和信息化局"
    assert cli_runner.invoke(cli, ["department", str(stations), "--clear"]).exit_code == 0
    with connect(stations) as conn:
        conn.execute("UPDATE base_stations SET name = '再改' WHERE station_id = 'S3'")
    assert not _history(stations, "S3")[-1]["department"]
    bad = cli_runner.invoke(cli, ["department", str(stations), "a\x07b"])
    assert bad.exit_code == 2 and "U+0007" in bad.stderr
