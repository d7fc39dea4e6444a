"""Two editors at once lose nothing: a QGIS commit while an import holds the store.

The import runs in another process and stops half-way, inside its write transaction, until
the test lets it go; QGIS commits meanwhile.  Oracle: the store afterwards holds the file's
changes and QGIS's edits, each as its own version in ``history``.  No timing is asserted:
the import is paused and released by files, and QGIS's first commit is refused because the
store is busy (GDAL gives up after its own wait), which keeps its edits to commit again.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from smartcity.layers.importer import import_file
from smartcity.layers.store import create_store, open_store

pytestmark = pytest.mark.qgis

FIRST = """station_id,name,operator,band,opened_date,经度,纬度
S1,一号站,中国移动,n41,2020-01-01,122.10,37.50
S2,二号站,中国电信,n78,2020-06-01,122.00,37.40
"""
SECOND = """station_id,name,operator,band,opened_date,经度,纬度
S1,一号站（改）,中国移动,n41,2020-01-01,122.10,37.50
S2,二号站（改）,中国电信,n78,2020-06-01,122.00,37.40
S9,九号站,中国联通,n78,2021-01-01,122.05,37.45
"""

PAUSED_IMPORT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from smartcity.layers.importer import import_file
    from smartcity.layers.store import open_store

    store, csv, paused, go = sys.argv[1:5]
    def progress(percent, _message):
        if percent >= 50 and not Path(paused).exists():
            Path(paused).write_text("in the write transaction")
            deadline = time.monotonic() + 300
            while not Path(go).exists() and time.monotonic() < deadline:
                time.sleep(0.05)
    with open_store(store) as st:
        r = import_file(st, "base_stations", csv, progress=progress, on_conflict="file")
    print(r.inserted, r.updated)
""")


def _wait_for(path, proc) -> None:
    deadline = time.monotonic() + 120
    while not path.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            out, err = proc.communicate()
            pytest.fail(f"the import never paused: {out} {err}")
        time.sleep(0.05)


def test_a_qgis_commit_while_an_import_runs_loses_nothing(tmp_path, qgis_app):
    from qgis.core import QgsProject

    from smartcity.plugin.project import load_store

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    path = tmp_path / "store.gpkg"
    with create_store(path) as st:
        import_file(st, "base_stations", first)
    project = QgsProject()
    group = load_store(path, project)
    layer = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty("smartcity/layer") == "base_stations")
    fids = {f["station_id"]: f.id() for f in layer.getFeatures()}

    paused, go = tmp_path / "paused", tmp_path / "go"
    proc = subprocess.Popen([sys.executable, "-c", PAUSED_IMPORT, str(path), str(second),
                             str(paused), str(go)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(paused, proc)
        assert layer.startEditing()
        layer.changeAttributeValue(fids["S1"], layer.fields().indexOf("band"), "n79")
        layer.changeAttributeValue(fids["S2"], layer.fields().indexOf("operator"), "中国广电")
        committed = layer.commitChanges(False)  # the import holds the store: refused
        assert not committed, "QGIS committed while the import held the write lock"
        assert layer.isModified()  # the edits wait in QGIS's buffer
    finally:
        go.write_text("go")
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert out.split() == ["1", "2"]
    assert layer.commitChanges(), layer.commitErrors()
    project.clear()

    with open_store(path) as st:
        table = st.read("base_stations").set_index("station_id")
        assert table.loc["S1", "name"] == "一号站（改）" and table.loc["S1", "band"] == "n79"
        assert table.loc["S2", "name"] == "二号站（改）" and table.loc["S2", "operator"] == "中国广电"
        assert "S9" in table.index
        for station in ("S1", "S2"):
            versions = st.history("base_stations", station)
            assert list(versions["how"]) == ["import", "import", "QGIS"], station
            assert versions["valid_to"].isna().sum() == 1
