"""The ``smartcity`` Processing provider with real QGIS (offscreen).

Oracles: the ``smartcity`` command line on the same store (the numbers must be the very same),
QGIS's own ellipsoidal area measurement of the output polygons, direct SQL counts on the
store, PostGIS coordinates, and the store being byte-for-byte unchanged after a cancel.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytestmark = pytest.mark.qgis

AS_OF = "2021-12-31"
DATA = Path(__file__).resolve().parents[1] / "data" / "weihai"




def run(alg: str, params: dict, feedback=None):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"smartcity:{alg}", params, context=context,
                          feedback=feedback or QgsProcessingFeedback())


def cli(*args) -> None:
    from click.testing import CliRunner

    from smartcity.standalone.cli import cli as group

    result = CliRunner().invoke(group, [str(a) for a in args])
    assert result.exit_code == 0, result.output


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", float_precision="round_trip",
                       dtype={"district_code": str})


def layer_frame(source: str) -> pd.DataFrame:
    """The attributes of a vector output as QGIS reads it (NULL -> NaN)."""
    from qgis.core import QgsVectorLayer

    layer = source if not isinstance(source, str) else QgsVectorLayer(source, "out", "ogr")
    assert layer.isValid(), source
    names = [f.name() for f in layer.fields() if f.name() != "fid"]
    rows = []
    for feature in layer.getFeatures():
        row = {}
        for name in names:
            value = feature[name]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                value = np.nan
            elif hasattr(value, "toPyDate"):
                value = value.toPyDate().isoformat()
            row[name] = value
        rows.append(row)
    return pd.DataFrame(rows, columns=names)


def assert_same_table(ours: pd.DataFrame, theirs: pd.DataFrame, keys: list[str]) -> None:
    """Every column of ``theirs`` (the CLI's) equal in ``ours``: numbers exactly."""
    assert len(ours) == len(theirs)
    ours = ours.sort_values(keys, kind="stable").reset_index(drop=True)
    theirs = theirs.sort_values(keys, kind="stable").reset_index(drop=True)
    for column in theirs.columns:
        assert column in ours.columns, column
        a, b = ours[column], theirs[column]
        if pd.api.types.is_numeric_dtype(b) and not pd.api.types.is_bool_dtype(b):
            np.testing.assert_array_equal(pd.to_numeric(a, errors="coerce").to_numpy(float),
                                          b.to_numpy(float), err_msg=column)
        else:
            left = ["" if pd.isna(v) else str(v).replace("True", "true").replace("False",
                                                                                 "false")
                    for v in a]
            right = ["" if pd.isna(v) else str(v).replace("True", "true").replace("False",
                                                                                  "false")
                     for v in b]
            assert left == right, column


def test_provider_lists_its_algorithms(provider):
    names = sorted(a.name() for a in provider.algorithms())
    assert {"coverage", "importlayer", "series", "snapshot", "targets"} <= set(names)
    for alg in provider.algorithms():
        assert alg.name() == alg.name().lower()
        # help in both languages, shown in the user's (English here; test_language.py walks
        # both and checks that neither holds the other)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in alg.HELP_ZH), alg.name()
        assert "the" in alg.HELP_EN.lower(), alg.name()
        assert alg.shortHelpString() == alg.HELP_EN, alg.name()


def test_coverage_matches_cli(provider, sample_store, tmp_path):
    cli("coverage", sample_store, "--as-of", AS_OF, "-o", tmp_path / "cli.csv")
    result = run("coverage", {"STORE": str(sample_store), "AS_OF": AS_OF,
                              "DISTRICTS_OUT": str(tmp_path / "districts.gpkg"),
                              "COVERAGE_OUT": str(tmp_path / "coverage.gpkg")})
    ours = layer_frame(result["DISTRICTS_OUT"])
    theirs = read_csv(tmp_path / "cli.csv")
    assert_same_table(ours, theirs, ["district_code"])
    assert int(theirs["bs_active"].iloc[-1]) > 0


def test_coverage_layers_agree_with_qgis_areas(provider, sample_store, tmp_path):
    """cov_5g_area_pct against QGIS's own ellipsoidal areas of the two output layers."""
    from qgis.core import QgsDistanceArea, QgsProject, QgsVectorLayer

    result = run("coverage", {"STORE": str(sample_store), "AS_OF": AS_OF,
                              "DISTRICTS_OUT": str(tmp_path / "d.gpkg"),
                              "COVERAGE_OUT": str(tmp_path / "c.gpkg")})
    districts = QgsVectorLayer(result["DISTRICTS_OUT"], "d", "ogr")
    coverage = QgsVectorLayer(result["COVERAGE_OUT"], "c", "ogr")
    area = QgsDistanceArea()
    area.setSourceCrs(districts.crs(), QgsProject.instance().transformContext())
    area.setEllipsoid("CGCS2000")
    covered = {f["district_code"]: area.measureArea(f.geometry())
               for f in coverage.getFeatures()}
    checked = 0
    for f in districts.getFeatures():
        total = area.measureArea(f.geometry())
        pct = 100.0 * covered.get(f["district_code"], 0.0) / total
        # projected (Gauss-Krüger) vs ellipsoidal areas: ratios agree to far better than 0.1
        assert pct == pytest.approx(f["cov_5g_area_pct"], abs=0.1), f["district_code"]
        checked += 1
    assert checked == districts.featureCount() >= 2


def test_outputs_come_back_styled(provider, sample_store, tmp_path):
    from qgis.core import QgsGraduatedSymbolRenderer, QgsVectorLayer

    result = run("coverage", {"STORE": str(sample_store), "AS_OF": AS_OF,
                              "DISTRICTS_OUT": str(tmp_path / "d.gpkg"),
                              "COVERAGE_OUT": str(tmp_path / "c.gpkg")})
    with sqlite3.connect(tmp_path / "d.gpkg") as conn:
        styles = conn.execute("SELECT styleName, useAsDefault FROM layer_styles").fetchall()
    assert styles and styles[0][1] == 1
    layer = QgsVectorLayer(result["DISTRICTS_OUT"], "d", "ogr")  # default style loads
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert layer.renderer().classAttribute() == "cov_5g_area_pct"


def test_series_and_targets_match_cli(provider, sample_store, tmp_path):
    cli("series", sample_store, "--from", 2020, "--to", 2022, "-o", tmp_path / "series.csv")
    result = run("series", {"STORE": str(sample_store), "FROM_YEAR": 2020, "TO_YEAR": 2022,
                            "OUTPUT": str(tmp_path / "series.gpkg")})
    assert_same_table(layer_frame(result["OUTPUT"]), read_csv(tmp_path / "series.csv"),
                      ["date", "district_code"])

    cli("targets", sample_store, "--as-of", AS_OF, "-o", tmp_path / "targets.csv")
    result = run("targets", {"STORE": str(sample_store), "AS_OF": AS_OF,
                             "OUTPUT": str(tmp_path / "targets.gpkg")})
    assert_same_table(layer_frame(result["OUTPUT"]), read_csv(tmp_path / "targets.csv"),
                      ["target_id", "district_code"])


def test_snapshot_counts_match_sql(provider, sample_store, tmp_path):
    from smartcity.layers.schema import LAYERS

    result = run("snapshot", {"STORE": str(sample_store), "AS_OF": AS_OF,
                              "OUTPUT": str(tmp_path / "snap.gpkg")})
    total = 0
    with sqlite3.connect(sample_store) as src, sqlite3.connect(tmp_path / "snap.gpkg") as out:
        for lyr in LAYERS.values():
            # the lifecycle rule; undated stations follow their status (an undated start
            # counts only when active, an undated end ends a retired one)
            started, ended = ((f"(\"{lyr.start}\" IS NULL AND status = 'active')",
                               f"(\"{lyr.end}\" IS NULL AND status = 'retired')")
                              if lyr.name == "base_stations" else
                              (f'"{lyr.start}" IS NULL', "0"))
            expected = src.execute(
                f'SELECT count(*) FROM "{lyr.name}" WHERE ({started} OR "{lyr.start}" <= ?) '
                f'AND NOT ({ended} OR coalesce("{lyr.end}" <= ?, 0))',
                (AS_OF, AS_OF)).fetchone()[0]
            got = out.execute(f'SELECT count(*) FROM "{lyr.name}"').fetchone()[0]
            assert got == expected, lyr.name
            total += got
    assert result["FEATURES"] == total


def _memory_stations(rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4490&field=station_id:string&field=operator:string"
                           "&field=band:string&field=scene:string&field=status:string"
                           "&field=opened_date:date", "stations", "memory")
    features = []
    for sid, lon, lat in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([sid, "中国移动", "n78", "urban", "active", "2021-06-01"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_import_selection_of_memory_layer(provider, sample_store, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    store = tmp_path / "store.gpkg"
    shutil.copy(sample_store, store)
    rows = [(f"MEM{i:03d}", 122.10 + 0.01 * i, 37.50) for i in range(5)]
    layer = _memory_stations(rows)
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures()][:3])
        result = run("importlayer", {
            "STORE": str(store), "LAYER": 1, "COORDS": 1,
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True),
            "REJECTS": str(tmp_path / "rejects.csv")})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert result["INSERTED"] == 3 and result["REJECTED"] == 0
    with sqlite3.connect(store) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT station_id FROM base_stations WHERE station_id LIKE 'MEM%' ORDER BY 1")]
    assert ids == ["MEM000", "MEM001", "MEM002"]
    from smartcity.layers.store import open_store

    with open_store(store) as st:
        got = st.read("base_stations", ids=ids).sort_values("station_id")
    np.testing.assert_allclose(got.geometry.x, [r[1] for r in rows[:3]], atol=1e-9)
    np.testing.assert_allclose(got.geometry.y, [r[2] for r in rows[:3]], atol=1e-9)
    assert list(got["opened_date"].dt.date) == [dt.date(2021, 6, 1)] * 3


@pytest.mark.postgis
def test_import_postgis_layer(provider, sample_store, postgis_dsn, tmp_path):
    import psycopg
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    with psycopg.connect(postgis_dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS pg_stations")
        conn.execute("CREATE TABLE pg_stations (gid serial PRIMARY KEY, station_id text, "
                     "\"运营商\" text, band text, scene text, opened_date date, "
                     "geom geometry(Point, 4326))")
        conn.execute("INSERT INTO pg_stations (station_id, \"运营商\", band, scene, opened_date,"
                     " geom) SELECT 'PG' || lpad(i::text, 3, '0'), '电信', 'n78', '城区', "
                     "date '2020-03-01' + i, ST_SetSRID(ST_MakePoint(122.05 + i * 0.005, "
                     "37.45 + i * 0.002), 4326) FROM generate_series(1, 20) i")
        expected = conn.execute("SELECT station_id, ST_X(geom), ST_Y(geom) FROM pg_stations "
                                "ORDER BY station_id").fetchall()
    parts = dict(p.split("=", 1) for p in postgis_dsn.split())
    uri = QgsDataSourceUri()
    uri.setConnection(parts["host"], parts["port"], parts["dbname"], parts["user"], "")
    uri.setDataSource("public", "pg_stations", "geom", "", "gid")
    layer = QgsVectorLayer(uri.uri(False), "pg", "postgres")
    assert layer.isValid()
    store = tmp_path / "store.gpkg"
    shutil.copy(sample_store, store)
    result = run("importlayer", {"STORE": str(store), "LAYER": 1, "INPUT": layer,
                                 "REJECTS": str(tmp_path / "rejects.csv")})
    assert result["INSERTED"] == 20 and result["REJECTED"] == 0
    from smartcity.layers.store import open_store

    with open_store(store) as st:
        got = st.read("base_stations", ids=[e[0] for e in expected]).sort_values("station_id")
    assert list(got["operator"].unique()) == ["中国电信"]
    # WGS84 -> CGCS2000 is the identity in PROJ at this accuracy (< 1e-7 degrees)
    np.testing.assert_allclose(got.geometry.x, [e[1] for e in expected], atol=1e-7)
    np.testing.assert_allclose(got.geometry.y, [e[2] for e in expected], atol=1e-7)


def test_coverage_with_memory_layer_input(provider, sample_store, tmp_path):
    """Stations from a memory layer replace the store's: the city counts what it holds."""
    from qgis.core import QgsProject

    rows = [(f"M{i:03d}", 122.00 + 0.02 * i, 37.40) for i in range(10)]
    layer = _memory_stations(rows)
    result = run("coverage", {"STORE": str(sample_store), "BASE_STATIONS": layer,
                              "AS_OF": AS_OF, "DISTRICTS_OUT": "TEMPORARY_OUTPUT",
                              "COVERAGE_OUT": "TEMPORARY_OUTPUT"})
    table = layer_frame(result["DISTRICTS_OUT"])
    # oracle: QGIS's own point-in-polygon count of the memory layer in the city polygon
    city = next(result["DISTRICTS_OUT"].getFeatures(
        f"\"district_code\" = '{table['district_code'].iloc[-1]}'"))
    inside = sum(city.geometry().contains(f.geometry()) for f in layer.getFeatures())
    assert int(table["bs_active"].iloc[-1]) == inside > 0
    assert QgsProject.instance().mapLayersByName("stations") == []


def test_cancel_leaves_store_unchanged(provider, sample_store, tmp_path, cancel_at):
    store = tmp_path / "store.gpkg"
    shutil.copy(sample_store, store)
    with sqlite3.connect(store) as conn:  # empty the stations so the import writes them all
        conn.execute("DELETE FROM base_stations")
        conn.execute("DELETE FROM history WHERE layer = 'base_stations'")
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    feedback = cancel_at(50.0)  # the write phase is 40-100 % of the import
    result = run("importlayer", {"STORE": str(store), "LAYER": 1, "COORDS": 2,
                                 "FILE": str(DATA / "base_stations.csv"),
                                 "REJECTS": str(tmp_path / "rejects.csv")}, feedback)
    assert feedback.isCanceled()
    assert "INSERTED" not in result or result["INSERTED"] is None
    assert max(feedback.seen) < 100.0
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before

    feedback = cancel_at(15.0)  # a long series: stops in the first dates
    result = run("series", {"STORE": str(store), "FROM_YEAR": 2000, "TO_YEAR": 2022,
                            "STEP": 1, "OUTPUT": str(tmp_path / "series.gpkg")}, feedback)
    assert feedback.isCanceled() and max(feedback.seen) < 50.0
    assert not (tmp_path / "series.gpkg").exists()


def test_bad_input_says_what_to_do(provider, tmp_path):
    """A bad input fails with a sentence naming the problem (not a traceback)."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.errors.append(error)

    def fails(alg, params, expected):
        feedback = Recorder()
        with pytest.raises(QgsProcessingException) as info:
            run(alg, params, feedback)
        text = " ".join([str(info.value), *feedback.errors])
        assert expected in text, text
        assert "Traceback" not in text

    not_store = tmp_path / "nothing.gpkg"
    not_store.write_bytes(b"not a geopackage")
    fails("coverage", {"STORE": str(not_store), "AS_OF": AS_OF,
                       "DISTRICTS_OUT": "TEMPORARY_OUTPUT", "COVERAGE_OUT": "TEMPORARY_OUTPUT"},
          "is not a GeoPackage")
    fails("coverage", {"AS_OF": AS_OF, "DISTRICTS_OUT": "TEMPORARY_OUTPUT",
                       "COVERAGE_OUT": "TEMPORARY_OUTPUT"}, "districts layer")
    fails("importlayer", {"STORE": str(not_store), "LAYER": 1}, "input layer or an input file")


def test_provider_loads_without_a_broken_mapsheet_module(qgis_app, monkeypatch):
    """The map-sheet algorithm is optional: a missing or broken module drops only it."""
    import importlib

    from smartcity.processing.qgis_provider import provider as prov

    real = importlib.import_module

    def broken(name, *args):
        if name.endswith(".alg_mapsheet"):
            raise SyntaxError("broken on purpose")
        return real(name, *args)

    monkeypatch.setattr(prov.importlib, "import_module", broken)
    names = sorted(cls().name() for cls in prov.algorithm_classes())
    assert names == ["coverage", "importlayer", "plan", "series", "snapshot", "targets"]


def test_coverage_in_a_graphical_model(provider, sample_store, tmp_path):
    """The algorithm as a child of a Processing model (what the graphical modeler builds)."""
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource, QgsProcessingModelOutput)

    model = QgsProcessingModelAlgorithm("coverage model", "tests")
    child = QgsProcessingModelChildAlgorithm("smartcity:coverage")
    child.setChildId("cov")
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    child.addParameterSources("STORE", [static(str(sample_store))])
    child.addParameterSources("AS_OF", [static(AS_OF)])
    child.addParameterSources("LEVEL", [static(0)])
    output = QgsProcessingModelOutput("districts", "districts")
    output.setChildId("cov")
    output.setChildOutputName("DISTRICTS_OUT")
    child.setModelOutputs({"districts": output})
    model.addChildAlgorithm(child)
    import processing

    # The model names its destination parameters ("cov:districts" up to QGIS 3.24, the
    # output's name since 3.26): ask it rather than assume.
    dests = [p.name() for p in model.destinationParameterDefinitions()]
    named = [d for d in dests if d.endswith("districts")]
    assert len(named) == 1, dests
    params = {d: "TEMPORARY_OUTPUT" for d in dests}
    params[named[0]] = str(tmp_path / "model.gpkg")
    result = processing.run(model, params)
    ours = layer_frame(result[[o.name() for o in model.outputDefinitions()
                               if o.name().endswith("districts")][0]])
    cli("coverage", sample_store, "--as-of", AS_OF, "-o", tmp_path / "cli.csv")
    assert_same_table(ours, read_csv(tmp_path / "cli.csv"), ["district_code"])


def test_run_core_says_what_users_meet_and_keeps_bugs_visible(qgis_app, tmp_path):
    """The Processing adapter says the CLI's sentence for what normal use meets (a folder
    that does not exist, a full disk) and lets a bug (a KeyError) through with its
    traceback instead of dressing it up as the user's mistake."""
    import errno

    import pytest
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from smartcity.layers.sentences import known_sentence
    from smartcity.processing.qgis_provider.common import run_core

    feedback = QgsProcessingFeedback()
    missing = tmp_path / "no" / "such" / "folder" / "x.gpkg"

    def write():
        open(missing, "w")

    with pytest.raises(QgsProcessingException) as err:
        run_core(feedback, write)
    assert str(missing) in str(err.value) and "check the path" in str(err.value)
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "a.gpkg"))

    def fill():
        raise full

    with pytest.raises(QgsProcessingException) as err:
        run_core(feedback, fill)
    assert str(err.value) == known_sentence(full)

    def bug():
        return {}["district_code"]

    with pytest.raises(KeyError):
        run_core(feedback, bug)


def test_as_recorded_matches_the_cli(provider, sample_store, tmp_path):
    """AS_RECORDED is the command line's --as-recorded: after 300 stations are recorded as
    retired in mid-2021, coverage and a snapshot as recorded before that edit are what they
    were then (the oracle: the CLI's output before the edit)."""
    from qgis.PyQt.QtCore import QDateTime, Qt

    from smartcity.layers.gpkg import connect

    store = tmp_path / "store.gpkg"
    shutil.copy(sample_store, store)
    cli("coverage", store, "--as-of", AS_OF, "-o", tmp_path / "before.csv")
    with sqlite3.connect(store) as conn:
        then = conn.execute("SELECT max(valid_from) FROM history").fetchone()[0]
    conn = connect(store)  # with the store's history triggers
    retired = [r[0] for r in conn.execute(
        "SELECT station_id FROM base_stations WHERE opened_date < '2021-01-01' AND "
        "retired_date IS NULL ORDER BY station_id LIMIT 300")]
    conn.executemany("UPDATE base_stations SET retired_date = '2021-06-30' WHERE "
                     "station_id = ?", [(i,) for i in retired])
    conn.close()
    moment = QDateTime.fromString(then, Qt.ISODateWithMs).toLocalTime()  # as a dialog has it
    params = {"STORE": str(store), "AS_OF": AS_OF, "COVERAGE_OUT": "TEMPORARY_OUTPUT"}
    now = layer_frame(run("coverage", {**params, "DISTRICTS_OUT": str(tmp_path / "now.gpkg")}
                          )["DISTRICTS_OUT"])
    past = layer_frame(run("coverage", {**params, "AS_RECORDED": moment,
                                        "DISTRICTS_OUT": str(tmp_path / "past.gpkg")}
                           )["DISTRICTS_OUT"])
    before = read_csv(tmp_path / "before.csv")
    assert_same_table(past, before, ["district_code"])
    assert int(now["bs_active"].iloc[-1]) == int(before["bs_active"].iloc[-1]) - 300
    snapshots = {}
    for name, extra in (("now", {}), ("past", {"AS_RECORDED": moment})):
        out = run("snapshot", {"STORE": str(store), "AS_OF": AS_OF, **extra,
                               "OUTPUT": str(tmp_path / f"snap-{name}.gpkg")})["OUTPUT"]
        with sqlite3.connect(out) as conn:
            snapshots[name] = conn.execute(
                "SELECT count(*) FROM base_stations WHERE station_id IN (%s)"
                % ",".join("?" * len(retired)), retired).fetchone()[0]
    assert snapshots == {"now": 0, "past": 300}
