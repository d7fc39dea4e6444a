"""The schema's rules are enforced by the store for every client, with a sentence.

Bad values are written by the real clients (GDAL's SQL, ``psql``, QGIS's commit) and must be
refused with the rule's sentence in Chinese then English, leaving the feature and its
history as they were.  Oracles: the sentences of :mod:`smartcity.layers.rules`, and SQL
reads of the feature and ``history``.
"""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from smartcity.layers.importer import import_file
from smartcity.layers.rules import rules
from smartcity.layers.schema import LAYERS
from smartcity.layers.store import create_store

STATIONS = """station_id,name,operator,band,status,built_date,opened_date,retired_date,经度,纬度
S1,一号站,中国移动,n41,active,2019-12-01,2020-01-01,,122.10,37.50
S2,二号站,中国电信,n78,active,2020-05-01,2020-06-01,,122.00,37.40
"""

BAD = [  # (SET clause, rule kind, field)
    ("operator = '不存在的运营商'", "choice", "operator"),
    ("band = 'n999'", "choice", "band"),
    ("coverage_radius_m = -100", "range", "coverage_radius_m"),
    ("azimuth_deg = 720", "range", "azimuth_deg"),
    ("antenna_height_m = 'high'", "range", "antenna_height_m"),
    ("retired_date = '2019-01-01'", "order", "retired_date"),
    ("built_date = '2021-01-01'", "order", "opened_date"),
    ("opened_date = '2021-02-30'", "date", "opened_date"),
    ("status = 'gone'", "choice", "status"),
]


def _rule(kind: str, field: str, layer: str = "base_stations"):
    return next(r for r in rules(LAYERS[layer]) if r.kind == kind and r.field == field)


@pytest.fixture
def stations(tmp_path):
    csv = tmp_path / "stations.csv"
    csv.write_text(STATIONS, encoding="utf-8")
    path = tmp_path / "store.gpkg"
    with create_store(path) as st:
        import_file(st, "base_stations", csv)
    return path


def _state(path) -> tuple:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT * FROM base_stations ORDER BY fid").fetchall(),
                conn.execute("SELECT count(*) FROM history").fetchone()[0])


def _gdal_sql(path, sql: str) -> str:
    """Run ``sql`` through GDAL's ``ExecuteSQL`` (what ``ogrinfo -sql`` does); the error
    GDAL reports ("" when none)."""
    from osgeo import gdal, ogr

    ds = ogr.Open(str(path), update=1)
    gdal.ErrorReset()
    try:
        ds.ExecuteSQL(sql)
        message = gdal.GetLastErrorMsg()
    except RuntimeError as exc:  # GDAL with exceptions on (Debian sid's default)
        message = str(exc)
    ds = None
    return message


@pytest.mark.parametrize("assignment,kind,field", BAD)
def test_gdal_sql_is_refused_with_the_sentence(stations, assignment, kind, field):
    before = _state(stations)
    message = _gdal_sql(stations, f"UPDATE base_stations SET {assignment} WHERE "
                                  f"station_id = 'S1'")
    assert _rule(kind, field).sentence() in message
    assert _state(stations) == before


def test_duplicate_id_and_required_fields(stations):
    before = _state(stations)
    message = _gdal_sql(stations, "INSERT INTO base_stations (station_id) VALUES ('S2')")
    assert _rule("unique", "station_id").sentence() in message
    message = _gdal_sql(stations, "INSERT INTO monitoring_points (point_id) VALUES ('P1')")
    assert _rule("required", "kind", "monitoring_points").sentence() in message
    assert _state(stations) == before
    assert _gdal_sql(stations, "UPDATE base_stations SET band = 'n79' WHERE "
                               "station_id = 'S1'") == ""  # a good value goes in


def test_qgis_commit_of_a_bad_value_is_refused(stations, qgis_app):
    from qgis.core import QgsProject

    from smartcity.plugin.project import load_store

    before = _state(stations)
    project = QgsProject()
    group = load_store(stations, project)
    layer = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty("smartcity/layer") == "base_stations")
    fid = next(f.id() for f in layer.getFeatures() if f["station_id"] == "S1")
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("azimuth_deg"), 720.0)
    assert not layer.commitChanges()
    assert _rule("range", "azimuth_deg").sentence() in " ".join(layer.commitErrors())
    layer.rollBack()
    project.clear()
    assert _state(stations) == before


@pytest.mark.postgis
def test_psql_is_refused_with_the_sentence_and_the_value(pg_url, postgis_dsn, tmp_path):
    from smartcity.layers.postgis import split_url
    from smartcity.layers.store import open_store

    csv = tmp_path / "stations.csv"
    csv.write_text(STATIONS, encoding="utf-8")
    with create_store(pg_url) as st:
        import_file(st, "base_stations", csv)
    dsn = f"{postgis_dsn} options=-csearch_path={split_url(pg_url)[1]},public"
    with open_store(pg_url) as st:
        before = len(st.table("history"))
    for assignment, kind, field in BAD:
        if kind in ("date", "range") and "'" in assignment:
            continue  # PostgreSQL's own types refuse these (not a number, not a date)
        proc = subprocess.run(["psql", dsn, "-X", "-q", "-c", f"UPDATE base_stations SET "
                               f"{assignment} WHERE station_id = 'S1'"],
                              capture_output=True, text=True)
        assert proc.returncode != 0, assignment
        value = assignment.split("=", 1)[1].strip().strip("'")
        shown = value if field == assignment.split()[0] else "2020-01-01"
        assert _rule(kind, field).sentence(shown) in proc.stderr, proc.stderr
    proc = subprocess.run(["psql", dsn, "-X", "-q", "-c", "INSERT INTO base_stations "
                           "(station_id) VALUES ('S2')"], capture_output=True, text=True)
    assert _rule("unique", "station_id").sentence("S2") in proc.stderr, proc.stderr
    with open_store(pg_url) as st:
        assert len(st.table("history")) == before
        assert st.read("base_stations").set_index("station_id").loc["S1", "band"] == "n41"


def test_every_enumeration_range_and_date_order_of_the_schema_is_a_rule():
    for lyr in LAYERS.values():
        kinds = {(r.kind, r.field) for r in rules(lyr)}
        for f in lyr.fields:
            if f.choices:
                assert ("choice", f.name) in kinds
            if f.min_value is not None or f.max_value is not None:
                assert ("range", f.name) in kinds
            if f.kind == "date":
                assert ("date", f.name) in kinds
        for _, later, _ in lyr.date_orders:
            assert ("order", later) in kinds
        assert ("unique", lyr.id_field) in kinds
