"""A store of schema version 1 (before the plan's built-up areas, sites, pipes, forests …) is
upgraded in place when opened: its rows stay, the new layers and fields appear and take
data, and GDAL's validator still accepts the GeoPackage."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import shapely

from smartcity.layers.schema import LAYERS, SCHEMA_VERSION
from smartcity.layers.store import create_store, open_store

VALIDATOR = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")


def _fill_v1(st) -> None:
    st.write("districts", pd.DataFrame({"code": ["371002"], "name": ["环翠区"],
                                        "level": ["county"]}),
             [shapely.box(121.9, 37.3, 122.3, 37.6)], source="test", log={})
    st.write("key_places", pd.DataFrame({"place_id": ["K1"], "category": ["school"]}),
             [shapely.Point(122.1, 37.5)], source="test", log={})


def test_version_1_geopackage_is_upgraded(tmp_path, to_schema_1):
    path = tmp_path / "old.gpkg"
    create_store(path).close()
    to_schema_1(path)
    con = sqlite3.connect(path)
    assert "wifi_since" not in [r[1] for r in con.execute("PRAGMA table_info(key_places)")]
    con.close()
    with open_store(path) as st:  # the migration runs here
        assert st.meta["schema_version"] == str(SCHEMA_VERSION)
        _fill_v1(st)
        st.write("pipelines", pd.DataFrame({"pipe_id": ["P1"], "kind": ["water"]}),
                 [shapely.LineString([(122.0, 37.4), (122.1, 37.45)])], source="t", log={})
        st.write("key_places", pd.DataFrame({"place_id": ["K1"], "category": ["school"],
                                             "wifi_since": ["2021-09-01"]}),
                 [shapely.Point(122.1, 37.5)], source="test", log={})
    with open_store(path) as st:
        for lyr in LAYERS.values():
            assert list(st.read(lyr.name).columns[:len(lyr.fields)]) == lyr.field_names
        assert st.read("pipelines").geometry.iloc[0].geom_type == "MultiLineString"
        assert str(st.read("key_places")["wifi_since"].iloc[0])[:10] == "2021-09-01"
    if VALIDATOR.exists():
        proc = subprocess.run(["/usr/bin/python3", str(VALIDATOR), str(path)],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.postgis
def test_version_1_postgis_is_upgraded(pg_url, to_schema_1):
    create_store(pg_url).close()
    to_schema_1(pg_url)
    with open_store(pg_url) as st:
        assert st.meta["schema_version"] == str(SCHEMA_VERSION)
        _fill_v1(st)
        st.write("sites", pd.DataFrame({"site_id": ["R1"], "kind": ["smart_ranch"]}),
                 [shapely.Point(122.6, 37.1)], source="t", log={})
    with open_store(pg_url) as st:
        assert st.read("sites")["kind"].iloc[0] == "smart_ranch"
        assert "smart_campus_since" in st.read("key_places").columns
