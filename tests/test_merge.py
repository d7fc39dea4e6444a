"""Re-import is a merge: a file against edits made in the store since its last import.

Oracles: the conflicts written in the rejects/conflicts CSV (read with the csv module), the
feature table and ``history`` read with SQL, exit codes of the CLI.  The store edits are
made by QGIS (PyQGIS on the layers the plugin loads) and by GDAL SQL.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import sqlite3

import pytest
from click.testing import CliRunner

from smartcity.layers.importer import ImportFailure, import_file
from smartcity.layers.store import create_store, open_store
from smartcity.standalone.cli import cli

STATIONS = """station_id,name,operator,band,status,opened_date,retired_date,经度,纬度
S1,一号站,中国移动,n41,active,2020-01-01,,122.10,37.50
S2,二号站,中国电信,n78,active,2020-06-01,,122.00,37.40
S3,三号站,中国联通,n78,active,2021-03-01,,122.05,37.45
"""


@pytest.fixture
def imported(tmp_path):
    csv_path = tmp_path / "stations.csv"
    csv_path.write_text(STATIONS, encoding="utf-8")
    os.utime(csv_path, (1_600_000_000, 1_600_000_000))  # 2020-09-13: older than any edit
    path = tmp_path / "store.gpkg"
    with create_store(path) as st:
        import_file(st, "base_stations", csv_path)
    return path, csv_path


def _gdal(path, *sql: str) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(path), update=1)
    for statement in sql:
        ds.ExecuteSQL(statement)
    ds = None


def _conflicts(rejects) -> list[dict]:
    with open(rejects, encoding="utf-8-sig", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["status"].startswith("conflict")]


def _row(path, station_id):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT status, retired_date, version FROM base_stations WHERE "
                            "station_id = ?", (station_id,)).fetchone()


def test_reimport_after_a_qgis_edit_keeps_the_edit_and_reports_it(imported, tmp_path,
                                                                   qgis_app):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QDate

    from smartcity.plugin.project import load_store

    path, csv_path = imported
    project = QgsProject()
    group = load_store(path, project)
    layer = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty("smartcity/layer") == "base_stations")
    fid = next(f.id() for f in layer.getFeatures() if f["station_id"] == "S1")
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("status"), "retired")
    layer.changeAttributeValue(fid, layer.fields().indexOf("retired_date"), QDate(2021, 6, 30))
    assert layer.commitChanges(), layer.commitErrors()
    project.clear()

    rejects = tmp_path / "conflicts.csv"
    result = CliRunner().invoke(cli, ["import", str(path), "base_stations", str(csv_path),
                                      "--rejects", str(rejects)])
    assert result.exit_code == 0, result.output
    assert "1 conflicts" in result.output and "1 kept the store's edit" in result.output
    assert _row(path, "S1") == ("retired", "2021-06-30", 2)  # the edit stays
    (conflict,) = _conflicts(rejects)
    assert conflict["status"] == "conflict (store kept)"
    assert conflict["value"] == "S1" and conflict["field"] == "status, retired_date"
    reason = conflict["reason"]
    assert "status: store 'retired' / file 'active'" in reason
    assert "via QGIS" in reason and "edit is newer than the file" in reason
    assert conflict["input:station_id"] == "S1"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM history WHERE feature_id = 'S1'"
                            ).fetchone()[0] == 2


def test_the_file_wins_when_told_or_newer(imported, tmp_path):
    path, csv_path = imported
    _gdal(path, "UPDATE base_stations SET status = 'retired' WHERE station_id = 'S1'",
          "UPDATE base_stations SET band = 'n79' WHERE station_id = 'S2'")
    rejects = tmp_path / "r.csv"
    with open_store(path) as st:
        result = import_file(st, "base_stations", csv_path, rejects=rejects,
                             on_conflict="file")
    assert (result.conflicts, result.kept_store, result.updated) == (2, 0, 2)
    assert _row(path, "S1") == ("active", None, 3)
    assert {c["status"] for c in _conflicts(rejects)} == {"conflict (file written)"}
    # a file touched after the edit is newer: the default takes it
    _gdal(path, "UPDATE base_stations SET status = 'retired' WHERE station_id = 'S1'")
    with sqlite3.connect(path) as conn:  # the file changed an hour after that edit
        (edited,) = conn.execute("SELECT max(valid_from) FROM history").fetchone()
    later = dt.datetime.fromisoformat(edited.rstrip("Z")).replace(
        tzinfo=dt.timezone.utc).timestamp() + 3600
    os.utime(csv_path, (later, later))
    with open_store(path) as st:
        result = import_file(st, "base_stations", csv_path, rejects=rejects)
    assert (result.conflicts, result.kept_store) == (1, 0)
    assert _row(path, "S1")[0] == "active"
    assert "the file is newer than the edit" in _conflicts(rejects)[0]["reason"]


def test_fail_writes_nothing_but_the_report(imported, tmp_path):
    path, csv_path = imported
    _gdal(path, "UPDATE base_stations SET status = 'retired' WHERE station_id = 'S1'")
    changed = csv_path.read_text(encoding="utf-8").replace("二号站", "二号站（新）")
    csv_path.write_text(changed, encoding="utf-8")
    os.utime(csv_path, (1_600_000_000, 1_600_000_000))
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    rejects = tmp_path / "r.csv"
    result = CliRunner().invoke(cli, ["import", str(path), "base_stations", str(csv_path),
                                      "--rejects", str(rejects), "--on-conflict", "fail"])
    assert result.exit_code == 1
    assert "--on-conflict fail" in result.output and "nothing was imported" in result.output
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == before
        assert conn.execute("SELECT name FROM base_stations WHERE station_id = 'S2'"
                            ).fetchone()[0] == "二号站"  # the unconflicted change waits too
    assert [c["value"] for c in _conflicts(rejects)] == ["S1"]


def test_a_deleted_feature_that_reappears(imported, tmp_path):
    path, csv_path = imported
    _gdal(path, "DELETE FROM base_stations WHERE station_id = 'S3'")
    rejects = tmp_path / "r.csv"
    with open_store(path) as st:  # default: the delete is newer than the file
        result = import_file(st, "base_stations", csv_path, rejects=rejects)
    assert (result.conflicts, result.kept_store, result.inserted) == (1, 1, 0)
    assert _row(path, "S3") is None
    assert "was deleted in the store" in _conflicts(rejects)[0]["reason"]
    with open_store(path) as st:
        result = import_file(st, "base_stations", csv_path, rejects=rejects,
                             on_conflict="file")
    assert result.inserted == 1
    with sqlite3.connect(path) as conn:
        versions = conn.execute("SELECT version, change, valid_to IS NULL FROM history "
                                "WHERE feature_id = 'S3' ORDER BY version").fetchall()
    assert versions == [(1, "created", 0), (2, "deleted", 0), (3, "restored", 1)]
    assert _row(path, "S3")[2] == 3


def test_an_unedited_reimport_has_no_conflicts(imported, tmp_path):
    path, csv_path = imported
    with open_store(path) as st:
        result = import_file(st, "base_stations", csv_path, rejects=tmp_path / "r.csv",
                             on_conflict="fail")
    assert (result.conflicts, result.unchanged) == (0, 3)
    with pytest.raises(ImportFailure, match="--on-conflict 'x' is not one of"):
        with open_store(path) as st:
            import_file(st, "base_stations", csv_path, on_conflict="x")
