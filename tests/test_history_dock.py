"""The feature-history dock in QGIS: the versions of a selected feature, and a restore.

Oracles: ``Store.history`` read after each step (the versions the dock must list, and the
restored version's values equal to the old version's), and the QGIS layer re-read.
"""

from __future__ import annotations

import pytest

from smartcity.layers.importer import import_file
from smartcity.layers.store import StoreError, create_store, open_store

pytestmark = pytest.mark.qgis

STATIONS = """station_id,name,operator,band,opened_date,经度,纬度
S1,一号站,中国移动,n41,2020-01-01,122.10,37.50
S2,二号站,中国电信,n78,2020-06-01,122.00,37.40
"""


def test_the_dock_lists_versions_and_restores_one(tmp_path, qgis_app):
    from qgis.core import QgsGeometry, QgsPointXY, QgsProject

    from smartcity.plugin.history_dock import HistoryDock
    from smartcity.plugin.project import load_store

    csv = tmp_path / "s.csv"
    csv.write_text(STATIONS, encoding="utf-8")
    path = tmp_path / "store.gpkg"
    with create_store(path) as st:
        import_file(st, "base_stations", csv)
    project = QgsProject()
    group = load_store(path, project)
    layer = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty("smartcity/layer") == "base_stations")
    fid = next(f.id() for f in layer.getFeatures() if f["station_id"] == "S1")
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("band"), "n78")
    layer.changeGeometry(fid, QgsGeometry.fromPointXY(QgsPointXY(122.2, 37.6)))
    assert layer.commitChanges(), layer.commitErrors()

    dock = HistoryDock(None)
    dock.follow(layer)
    layer.selectByIds([fid])  # the dock follows the selection
    assert dock.title.text() == "base_stations · S1"
    with open_store(path) as st:  # QGIS writes attributes and geometry as two UPDATEs
        n = len(st.history("base_stations", "S1"))
    assert dock.table.rowCount() == n >= 2
    cells = [[dock.table.item(r, c).text() for c in range(6)] for r in range(n)]
    assert cells[0][:2] == ["1", "created"] and cells[0][4] == "import"
    assert all(c[1] == "updated" and c[4] == "QGIS" for c in cells[1:])
    what = " ".join(c[5] for c in cells[1:])
    assert "band: n41 → n78" in what and "geometry" in what

    dock.table.selectRow(0)
    assert dock.restore_selected() == n + 1
    with open_store(path) as st:
        versions = st.history("base_stations", "S1")
    assert list(versions["change"]) == ["created"] + ["updated"] * n
    assert versions["how"].iloc[n] == "restore"
    assert versions["band"].iloc[n] == "n41"
    assert versions["geom_wkt"].iloc[n] == versions["geom_wkt"].iloc[0]
    assert dock.table.rowCount() == n + 1
    again = next(f for f in layer.getFeatures() if f["station_id"] == "S1")
    assert again["band"] == "n41"
    dock.disconnect_all()
    project.clear()


def test_restore_refuses_unknown_versions_and_deletions(tmp_path):
    csv = tmp_path / "s.csv"
    csv.write_text(STATIONS, encoding="utf-8")
    path = tmp_path / "store.gpkg"
    with create_store(path) as st:
        import_file(st, "base_stations", csv)
    from smartcity.layers.gpkg import connect

    conn = connect(path)
    conn.execute("DELETE FROM base_stations WHERE station_id = 'S2'")
    conn.close()
    with open_store(path) as st:
        with pytest.raises(StoreError, match="no version 9"):
            st.restore("base_stations", "S2", 9)
        with pytest.raises(StoreError, match="records its deletion"):
            st.restore("base_stations", "S2", 2)
        st.restore("base_stations", "S2", 1)
        assert list(st.history("base_stations", "S2")["change"]) == ["created", "deleted",
                                                                      "restored"]
