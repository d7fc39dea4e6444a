"""A PostGIS store in QGIS: loaded by the plugin, and taken by the Processing algorithms."""

from __future__ import annotations

import uuid
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from smartcity.layers.schema import LAYERS
from smartcity.layers.store import open_store
from smartcity.standalone.cli import cli

pytestmark = pytest.mark.qgis


@pytest.fixture(scope="module")
def pg_store(postgis_dsn, sample_store):
    parts = dict(item.split("=", 1) for item in postgis_dsn.split())
    url = (f"postgresql://{parts['user']}@{parts['host']}:{parts['port']}/{parts['dbname']}"
           f"?schema={quote('plugin_' + uuid.uuid4().hex[:6])}")
    result = CliRunner().invoke(cli, ["migrate", str(sample_store), url])
    assert result.exit_code == 0, result.output
    return url


def test_plugin_loads_a_postgis_store_with_temporal_layers(qgis_app, pg_store):
    from qgis.core import QgsProject

    from smartcity.plugin.project import load_store, store_layers, unload_store

    project = QgsProject()
    group = load_store(pg_store, project)
    layers = [node.layer() for node in group.findLayers()]
    assert layers and all(layer.isValid() for layer in layers)
    assert all(layer.providerType() == "postgres" for layer in layers)
    assert all(layer.temporalProperties().isActive() for layer in layers)
    with open_store(pg_store) as store:
        counts = {name: store.count(name) for name in LAYERS}
    loaded: dict = {}
    for layer in store_layers(pg_store):
        name = layer.customProperty("smartcity/layer")
        loaded[name] = loaded.get(name, 0) + layer.featureCount()
    assert loaded == counts  # point and polygon variants add up to the table
    unload_store(pg_store, project)
    assert project.mapLayers() == {}


def test_coverage_algorithm_on_a_postgis_store_matches_the_geopackage(qgis_app, pg_store,
                                                                      sample_store, tmp_path):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from smartcity.processing.qgis_provider.provider import SmartCityProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("smartcity")
    added = None
    if provider is None:
        added = SmartCityProvider()
        registry.addProvider(added)
    try:
        outputs = {}
        for label, store in (("pg", pg_store), ("file", str(sample_store))):
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
            result = processing.run("smartcity:coverage", {
                "STORE": store, "AS_OF": "2021-12-31",
                "DISTRICTS_OUT": str(tmp_path / f"{label}-d.gpkg"),
                "COVERAGE_OUT": str(tmp_path / f"{label}-c.gpkg")},
                context=context, feedback=QgsProcessingFeedback())
            import pyogrio

            outputs[label] = pyogrio.read_dataframe(result["DISTRICTS_OUT"], layer=0,
                                                     read_geometry=False)
        pg, gp = outputs["pg"], outputs["file"]
        assert list(pg["district_code"]) == list(gp["district_code"])
        for column in ("bs_active", "cov_5g_area_pct", "community_smart_pct",
                       "manhole_monitored_pct"):
            assert list(pg[column]) == list(gp[column]), column
    finally:
        if added is not None:
            registry.removeProvider(added)
