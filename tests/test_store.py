"""The store as other software sees it: GDAL's GeoPackage validator, QGIS, and its own rules."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import shapely

from smartcity.layers.schema import LAYERS, SCHEMA_VERSION
from smartcity.layers.store import StoreError, create_store, open_store, snapshot

VALIDATOR = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")


@pytest.fixture
def filled(tmp_path):
    """A store with two stations (one retired), a district, a polygon community."""
    st = create_store(tmp_path / "store.gpkg")
    st.write("districts", pd.DataFrame({"code": ["371002"], "name": ["环翠区"], "level": ["county"],
                                        "population": [900000]}),
             [shapely.box(121.9, 37.3, 122.3, 37.6)], source="test", log={})
    st.write("base_stations", pd.DataFrame({
        "station_id": ["A", "B"], "operator": ["中国移动", "中国电信"], "band": ["n41", "n78"],
        "antenna_height_m": [30.0, None], "opened_date": [dt.date(2020, 1, 1), dt.date(2020, 6, 1)],
        "retired_date": [None, dt.date(2022, 1, 1)]}),
        [shapely.Point(122.1, 37.5), shapely.Point(122.0, 37.4)], source="test", log={})
    st.write("communities", pd.DataFrame({"community_id": ["C1"], "name": ["华夏社区"],
                                          "star_rating": [3], "provincial_smart": [True]}),
             [shapely.box(122.1, 37.5, 122.11, 37.51)], source="test", log={})
    # QGIS gives an *empty* layer of generic GEOMETRY type no CRS: put one place in.
    st.write("key_places", pd.DataFrame({"place_id": ["K1"], "category": ["school"]}),
             [shapely.Point(122.1, 37.5)], source="test", log={})
    st.write("sites", pd.DataFrame({"site_id": ["S1"], "kind": ["smart_ranch"]}),
             [shapely.box(122.5, 37.3, 122.52, 37.32)], source="test", log={})
    yield st
    st.close()


def test_gdal_validator_accepts_the_store(filled):
    if not VALIDATOR.exists():
        pytest.fail("GDAL's validate_gpkg.py is missing: install python3-gdal (see .ci/run)")
    proc = subprocess.run(["/usr/bin/python3", str(VALIDATOR), str(filled.path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_qgis_opens_every_layer_with_real_field_types(filled, qgis_app):
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    expected = {"text": QVariant.String, "real": QVariant.Double, "date": QVariant.Date,
                "bool": QVariant.Bool, "int": (QVariant.Int, QVariant.LongLong)}
    for lyr in LAYERS.values():
        layer = QgsVectorLayer(f"{filled.path}|layername={lyr.name}", lyr.name, "ogr")
        assert layer.isValid(), lyr.name
        assert layer.crs().authid() == "EPSG:4490", lyr.name
        fields = layer.fields()
        for f in lyr.fields:
            qtype = fields.field(f.name).type()
            want = expected[f.kind]
            assert qtype in (want if isinstance(want, tuple) else (want,)), (lyr.name, f.name)
    stations = QgsVectorLayer(f"{filled.path}|layername=base_stations", "s", "ogr")
    by_id = {f["station_id"]: f for f in stations.getFeatures()}
    assert by_id["A"]["opened_date"].toPyDate() == dt.date(2020, 1, 1)
    assert by_id["B"]["retired_date"].toPyDate() == dt.date(2022, 1, 1)
    communities = QgsVectorLayer(f"{filled.path}|layername=communities", "c", "ogr")
    feature = next(communities.getFeatures())
    assert feature["name"] == "华夏社区" and feature["provincial_smart"] is True
    assert feature.geometry().area() == pytest.approx(1e-4)


def test_schema_version_and_refusals(filled, tmp_path):
    assert filled.meta["schema_version"] == str(SCHEMA_VERSION)
    with pytest.raises(StoreError, match="already exists"):
        create_store(filled.path)
    with pytest.raises(StoreError, match="does not exist.*smartcity init"):
        open_store(tmp_path / "nope.gpkg")
    newer = tmp_path / "newer.gpkg"
    create_store(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE smartcity_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer smartcity"):
        open_store(newer)


def test_snapshot_returns_exactly_the_active_features(filled, tmp_path):
    import pyogrio

    for day, expected in ((dt.date(2019, 12, 31), set()), (dt.date(2020, 1, 1), {"A"}),
                          (dt.date(2021, 12, 31), {"A", "B"}), (dt.date(2022, 1, 1), {"A"})):
        out = tmp_path / f"snap-{day}.gpkg"
        counts = snapshot(filled, day, out)
        got = set(pyogrio.read_dataframe(out, layer="base_stations")["station_id"]) \
            if counts["base_stations"] else set()
        assert got == expected, day
        assert counts["districts"] == 1 and counts["communities"] == 1
        with open_store(out) as snap:
            assert snap.meta["snapshot_as_of"] == day.isoformat()


def test_read_types_and_as_of(filled):
    gdf = filled.read("base_stations")
    assert str(gdf.crs) == "EPSG:4490"
    assert gdf["opened_date"].dtype.kind == "M"
    assert str(gdf["antenna_height_m"].dtype) == "float64"
    assert len(filled.read("base_stations", as_of=dt.date(2023, 1, 1))) == 1
    district = filled.read("districts")
    assert district.geometry.iloc[0].geom_type == "MultiPolygon"
    assert str(district["population"].dtype) == "Int64"
