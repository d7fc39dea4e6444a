"""Yes/no words mean the same from a file and from a QGIS layer.

The importer and the indicators used to keep two word lists: 自动 ("automatic"), 已接入
("connected") and 有 ("has one") were accepted on import and refused for a layer that reached
the indicators from QGIS, so the same points gave a rate on the command line and an error in
QGIS.  Oracle: the meaning of each word, written out below, counted by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import pytest
from click.testing import CliRunner

from smartcity.layers.cells import yes_no
from smartcity.standalone.cli import cli

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "weihai"
# (word as departments write it, what it means): air/water points, none with a date
WORDS = [("自动", True), ("已接入", True), ("有", True), ("是", True), ("✓", True),
         ("１", True), ("人工", False), ("手动", False), ("无", False), ("否", False),
         ("没有", False), ("0", False)]
EXPECTED_PCT = 100.0 * sum(meaning for _, meaning in WORDS) / len(WORDS)


def _points() -> gpd.GeoDataFrame:
    """The points inside 环翠区 (121.9–122.2 E, 37.3–37.5 N), text yes/no as in a sheet."""
    n = len(WORDS)
    return gpd.GeoDataFrame(
        {"point_id": [f"P{i:02d}" for i in range(n)], "kind": ["air", "water"] * (n // 2),
         "automated": [w for w, _ in WORDS], "established_date": ["2019-01-01"] * n},
        geometry=gpd.points_from_xy([122.0 + 0.01 * i for i in range(n)], [37.45] * n),
        crs="EPSG:4490")


def _run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def test_one_word_list():
    for word, meaning in WORDS:
        assert yes_no(word) is meaning, word
    assert yes_no("也许") is None


@pytest.mark.qgis
def test_same_rate_from_a_file_and_from_a_qgis_layer(tmp_path, qgis_app):
    import processing
    import pandas as pd
    from qgis.core import (QgsApplication, QgsFeature, QgsField, QgsGeometry,
                           QgsPointXY, QgsProcessingContext, QgsProcessingFeedback,
                           QgsProject, QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    from smartcity.processing.qgis_provider.provider import SmartCityProvider

    store = tmp_path / "city.gpkg"
    _run("init", store)
    _run("import", store, "districts", SAMPLE / "districts.geojson")
    frame = _points()
    csv = tmp_path / "监测点.csv"
    pd.DataFrame({"点位编号": frame["point_id"], "监测类型": frame["kind"],
                  "自动监测": frame["automated"], "建站日期": frame["established_date"],
                  "经度": frame.geometry.x, "纬度": frame.geometry.y}).to_csv(
        csv, index=False, encoding="gb18030")
    _run("import", store, "monitoring_points", csv)
    out = tmp_path / "cli.csv"
    _run("coverage", store, "--as-of", "2021-12-31", "-o", out)
    cli_rows = pd.read_csv(out, dtype={"district_code": str}, encoding="utf-8-sig")
    cli_pct = cli_rows.set_index("district_code").loc["371002", "envmon_automated_pct"]

    # the same points as a QGIS memory layer with text fields, as a sheet opened in QGIS is
    layer = QgsVectorLayer("Point?crs=EPSG:4490", "监测点", "memory")
    fields = [QgsField(name, QVariant.String) for name in
              ("point_id", "kind", "automated", "established_date")]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for row in frame.itertuples():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row.point_id, row.kind, row.automated, row.established_date])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.geometry.x,
                                                               row.geometry.y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("smartcity") is None:
        provider = SmartCityProvider()
        registry.addProvider(provider)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    districts_out = tmp_path / "qgis.gpkg"
    try:
        processing.run("smartcity:coverage", {
            "STORE": str(store), "AS_OF": dt.date(2021, 12, 31).isoformat(),
            "MONITORING_POINTS": layer, "DISTRICTS_OUT": str(districts_out),
            "COVERAGE_OUT": str(tmp_path / "cov.gpkg")},
            context=context, feedback=QgsProcessingFeedback())
    finally:
        if provider is not None:
            registry.removeProvider(provider)
    qgis_rows = gpd.read_file(districts_out).set_index("district_code")
    qgis_pct = qgis_rows.loc["371002", "envmon_automated_pct"]
    assert cli_pct == pytest.approx(EXPECTED_PCT)
    assert qgis_pct == pytest.approx(cli_pct)
