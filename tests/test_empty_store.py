"""A new, empty store is editable in QGIS: every layer has a geometry type to digitise.

Oracle: QGIS's own idea of each loaded layer (``geometryType``), and features digitised into
the empty layers committed and read back from the store with its history.
"""

from __future__ import annotations

import pytest

from smartcity.layers.schema import LAYERS
from smartcity.layers.store import create_store, open_store

pytestmark = pytest.mark.qgis


def _digitise(location, project) -> None:
    from qgis.core import QgsFeature, QgsGeometry, QgsWkbTypes

    from smartcity.plugin.project import load_store

    group = load_store(location, project)
    layers = [n.layer() for n in group.findLayers()]
    assert {lyr.customProperty("smartcity/layer") for lyr in layers} == set(LAYERS)
    point, line, polygon = (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry,
                            QgsWkbTypes.PolygonGeometry)
    kinds: dict = {}
    for layer in layers:
        assert layer.isValid() and layer.isSpatial(), layer.name()
        kinds.setdefault(layer.customProperty("smartcity/layer"), set()).add(
            layer.geometryType())
    # what QGIS digitises is what the schema declares; a layer of points and areas loads
    # as both
    wanted = {"POINT": {point}, "MULTIPOLYGON": {polygon}, "MULTILINESTRING": {line},
              "GEOMETRY": {point, polygon}}
    assert kinds == {name: wanted[lyr.geometry] for name, lyr in LAYERS.items()}
    assert kinds["key_places"] == kinds["communities"] == {point, polygon}
    for layer in layers:
        if layer.customProperty("smartcity/layer") != "key_places":
            continue
        shape = ("POINT (122.1 37.5)" if layer.geometryType() == point
                 else "MULTIPOLYGON (((122.1 37.5, 122.11 37.5, 122.11 37.51, 122.1 37.5)))")
        feature = QgsFeature(layer.fields())
        feature.setAttribute("place_id", f"K-{layer.geometryType()}")
        feature.setAttribute("category", "school")
        feature.setGeometry(QgsGeometry.fromWkt(shape))
        assert layer.startEditing()
        assert layer.addFeature(feature)
        assert layer.commitChanges(), layer.commitErrors()
    project.clear()


def _check(location) -> None:
    with open_store(location) as st:
        places = st.read("key_places")
        assert sorted(places.geometry.geom_type) == ["MultiPolygon", "Point"] or sorted(
            places.geometry.geom_type) == ["Point", "Polygon"]
        assert len(st.table("history")) == 2


def test_an_empty_geopackage_store_can_be_digitised(tmp_path, qgis_app):
    from qgis.core import QgsProject

    path = tmp_path / "empty.gpkg"
    create_store(path).close()
    _digitise(path, QgsProject())
    _check(path)


@pytest.mark.postgis
def test_an_empty_postgis_store_can_be_digitised(pg_url, qgis_app):
    from qgis.core import QgsProject

    create_store(pg_url).close()
    _digitise(pg_url, QgsProject())
    _check(pg_url)
