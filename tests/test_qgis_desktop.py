"""The real QGIS desktop (under Xvfb) with the packaged plugin zip in a fresh profile.

Each test starts ``qgis --code <script>`` through ``scripts/qgis_desktop.py``: the zip of
``scripts/package_plugin.py`` unpacked into a new profile, as QGIS's plugin installer does.
The startup script drives the plugin as a user would, writes what it saw as JSON lines, and
quits QGIS through its own *Exit* action; the test checks QGIS's exit status too.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.qgis, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import qgis_desktop  # noqa: E402

PRELUDE = r'''
import json, os, sys, traceback
from qgis.PyQt.QtCore import QTimer
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.utils import iface, plugins

OUT = open(os.environ["SC_OUT"], "w", encoding="utf-8")


def note(**items):
    OUT.write(json.dumps(items, ensure_ascii=False, default=str) + "\n")
    OUT.flush()


def quit_qgis():
    QgsProject.instance().setDirty(False)
    note(quitting=True)
    iface.actionExit().trigger()


def guarded(step):
    def run():
        try:
            step()
        except Exception:
            note(error=traceback.format_exc())
        QTimer.singleShot(200, quit_qgis)
    return run
'''

EXIT_SEQUENCE = PRELUDE + r'''
def step():
    plugin = plugins["smartcity"]
    warmup = plugin.warmup
    note(warmup_started=warmup is not None)
    store = os.environ["SC_STORE"]
    note(loaded=plugin.load(store))
    import processing
    folder = os.path.dirname(os.environ["SC_OUT"])
    results = processing.run("smartcity:coverage", {
        "STORE": store, "AS_OF": "2021-12-31",
        "DISTRICTS_OUT": os.path.join(folder, "districts.gpkg"),
        "COVERAGE_OUT": os.path.join(folder, "coverage.gpkg")})
    for key in ("DISTRICTS_OUT", "COVERAGE_OUT"):
        layer = QgsVectorLayer(results[key], key, "ogr")
        QgsProject.instance().addMapLayer(layer)
        note(output=key, valid=layer.isValid(), features=layer.featureCount())
    # the warm-up may still be compiling: quitting now must stop it, not crash
    try:
        running = warmup is not None and warmup.status() == warmup.TaskStatus.Running
    except RuntimeError:  # it ended and the task manager deleted it
        running = False
    note(warmup_running=running)

QTimer.singleShot(1000, guarded(step))
'''


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    return qgis_desktop.build_zip(tmp_path_factory.mktemp("dist"))


def _run(tmp_path, plugin_zip, script: str, store: Path, python_path="venv", timeout=420):
    profile = tmp_path / "qgis"
    qgis_desktop.install_zip(plugin_zip, profile)
    code = tmp_path / "startup.py"
    code.write_text(script, encoding="utf-8")
    out = tmp_path / "seen.jsonl"
    result = qgis_desktop.run_desktop(profile, code, python_path=python_path, timeout=timeout,
                                      env={"SC_OUT": str(out), "SC_STORE": str(store)})
    seen = _lines(out) if out.exists() else []
    return result, seen


def test_exit_after_coverage_with_outputs_in_the_project(tmp_path, plugin_zip, sample_store):
    """Issue 15: open the store, run coverage with GeoPackage outputs added to the project,
    quit (while the engine's warm-up may still run): QGIS exits with status 0."""
    store = tmp_path / "weihai.gpkg"
    shutil.copy(sample_store, store)
    result, seen = _run(tmp_path, plugin_zip, EXIT_SEQUENCE, store)
    errors = [s["error"] for s in seen if "error" in s]
    assert not errors, errors[0]
    assert {"warmup_started": True} in seen
    assert any(s.get("loaded") for s in seen), seen
    outputs = {s["output"]: s for s in seen if "output" in s}
    assert outputs["DISTRICTS_OUT"]["valid"] and outputs["COVERAGE_OUT"]["valid"]
    assert outputs["DISTRICTS_OUT"]["features"] > 0
    assert {"quitting": True} in seen
    assert result.returncode == 0, result.stderr[-3000:]


NO_DEPENDENCIES = PRELUDE + r'''
def step():
    import importlib.util
    note(python_has={m: importlib.util.find_spec(m) is not None
                     for m in ("geopandas", "pandas", "shapely", "numba", "pyogrio")})
    plugin = plugins.get("smartcity")
    note(plugin_loaded=plugin is not None, warmup_started=plugin.warmup is not None)
    store = os.environ["SC_STORE"]
    note(loaded=plugin.load(store))
    from qgis.core import QgsMapLayerType
    for layer in QgsProject.instance().mapLayers().values():
        note(layer=layer.customProperty("smartcity/layer"), valid=layer.isValid(),
             features=layer.featureCount(), renderer=layer.renderer().type(),
             temporal=layer.temporalProperties().isActive())
    # editing: change one station's name and commit (the store's triggers keep the version)
    stations = next(l for l in QgsProject.instance().mapLayers().values()
                    if l.customProperty("smartcity/layer") == "base_stations")
    feature = next(stations.getFeatures())
    stations.startEditing()
    stations.changeAttributeValue(feature.id(), stations.fields().indexOf("name"),
                                  "edited without geopandas")
    note(committed=stations.commitChanges(), commit_errors=stations.commitErrors())
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("smartcity")
    note(algorithms=sorted(a.name() for a in provider.algorithms()))
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):
            self.errors.append(error)

    for name, params in (("coverage", {"STORE": store, "AS_OF": "2021-12-31",
                                       "DISTRICTS_OUT": "TEMPORARY_OUTPUT",
                                       "COVERAGE_OUT": "TEMPORARY_OUTPUT"}),
                         ("mapsheet", {"STORE": store, "AS_OF": "2021-12-31",
                                       "OUTPUT_FOLDER": os.path.dirname(os.environ["SC_OUT"])})):
        feedback = Feedback()
        try:
            processing.run("smartcity:" + name, params, feedback=feedback)
            note(ran=name)
        except QgsProcessingException:
            note(refused=name, message=" ".join(feedback.errors))
    from smartcity.plugin.main import install_explanation
    note(explanation=install_explanation())

QTimer.singleShot(1000, guarded(step))
'''


def test_without_geopandas_the_store_loads_and_algorithms_explain(tmp_path, plugin_zip,
                                                                  sample_store):
    """Debian's QGIS as installed (its Python has no geopandas, pandas, shapely or numba):
    the store's layers load styled, temporal and editable, every algorithm stays listed,
    and running one says what to install and how."""
    if qgis_desktop.system_python_has("geopandas"):
        pytest.fail("QGIS's own Python has geopandas here: this test needs one without")
    store = tmp_path / "weihai.gpkg"
    shutil.copy(sample_store, store)
    with sqlite3.connect(store) as con:
        versions_before = con.execute("SELECT count(*) FROM history").fetchone()[0]
    result, seen = _run(tmp_path, plugin_zip, NO_DEPENDENCIES, store, python_path=None)
    errors = [s["error"] for s in seen if "error" in s]
    assert not errors, errors[0]
    has = next(s["python_has"] for s in seen if "python_has" in s)
    assert not has["geopandas"] and not has["numba"], has
    assert {"plugin_loaded": True, "warmup_started": False} in seen
    assert any(s.get("loaded") for s in seen), seen
    layers = [s for s in seen if "layer" in s]
    names = {s["layer"] for s in layers}
    assert {"districts", "base_stations", "manholes", "communities", "key_places"} <= names
    assert all(s["valid"] and s["temporal"] for s in layers), layers
    by_name = {s["layer"]: s for s in layers}
    assert by_name["base_stations"]["features"] == 5500
    assert by_name["base_stations"]["renderer"] != "singleSymbol"  # the QML's, not default
    commit = next(s for s in seen if "committed" in s)
    assert commit["committed"], commit
    with sqlite3.connect(store) as con:
        assert con.execute("SELECT count(*) FROM history").fetchone()[0] > versions_before
        assert con.execute("SELECT count(*) FROM base_stations WHERE name = ?",
                           ("edited without geopandas",)).fetchone()[0] == 1
    algorithms = next(s["algorithms"] for s in seen if "algorithms" in s)
    assert set(algorithms) >= {"coverage", "series", "targets", "snapshot", "importlayer",
                               "plan", "mapsheet"}
    refused = {s["refused"]: s["message"] for s in seen if "refused" in s}
    assert set(refused) == {"coverage", "mapsheet"}, seen
    for message in refused.values():
        assert "geopandas" in message and "pip install" in message, message
    explanation = next(s["explanation"] for s in seen if "explanation" in s)
    assert "--target" in explanation and "smartcity-packages" in explanation
    assert result.returncode == 0, result.stderr[-3000:]


TEMPORAL_PANEL = PRELUDE + r'''
import datetime as dt
from qgis.PyQt.QtWidgets import QDockWidget, QWidget
from qgis.PyQt.QtCore import QDateTime

def widget_state(panel):
    """What the Temporal Controller panel shows: its named child widgets' state."""
    seen = {}
    for child in panel.findChildren(QWidget):
        name = child.objectName()
        if not name.startswith("m"):
            continue
        if hasattr(child, "isCheckable") and child.isCheckable():
            seen[name + ".checked"] = child.isChecked()
        if hasattr(child, "dateTime") and isinstance(child.dateTime(), QDateTime):
            seen[name + ".dateTime"] = child.dateTime().toString("yyyy-MM-dd HH:mm:ss")
        if hasattr(child, "currentText"):
            seen[name + ".text"] = child.currentText()
        if type(child).__name__ in ("QgsDoubleSpinBox", "QDoubleSpinBox", "QSpinBox"):
            seen[name + ".value"] = child.value()
    return seen

def when(condition, then, deadline_s=600):
    start = dt.datetime.now()
    def poll():
        try:
            if condition():
                then()
                return
        except Exception:
            note(error=traceback.format_exc())
            QTimer.singleShot(200, quit_qgis)
            return
        if (dt.datetime.now() - start).total_seconds() > deadline_s:
            note(error="timed out waiting")
            QTimer.singleShot(200, quit_qgis)
            return
        QTimer.singleShot(200, poll)
    poll()

def picker():
    return plugins["smartcity"].dock.date_edit.date().toString("yyyy-MM-dd")

def dashboard_day():
    dock = plugins["smartcity"].dock
    if dock is None or dock._task is not None or dock._timer.isActive() or dock._shown is None:
        return None
    return dock._shown["day"].isoformat()

def loaded():
    controller = iface.mapCanvas().temporalController()
    dock = next(d for d in iface.mainWindow().findChildren(QDockWidget)
                if "Temporal" in d.objectName())
    dock.show()
    frame = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
    note(panel=widget_state(dock), frames=controller.totalFrameCount(),
         current=controller.currentFrameNumber(),
         frame=[frame.begin().toString("yyyy-MM-dd"), frame.end().toString("yyyy-MM-dd")],
         extent=[controller.temporalExtents().begin().toString("yyyy-MM-dd"),
                 controller.temporalExtents().end().toString("yyyy-MM-dd")],
         dashboard=dashboard_day(), picker=picker())
    back = dock.findChild(QWidget, "mPreviousButton")
    note(previous_button=back is not None)
    if back is not None:
        back.click()  # as the user steps one frame back in the panel
    else:
        controller.previous()
    QTimer.singleShot(100, lambda: when(lambda: dashboard_day() not in (None, state["first"]),
                                        stepped))

state = {}

def remember_then_loaded():
    state["first"] = dashboard_day()
    loaded()

def stepped():
    controller = iface.mapCanvas().temporalController()
    frame = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
    note(after_step=True, current=controller.currentFrameNumber(),
         frame=[frame.begin().toString("yyyy-MM-dd"), frame.end().toString("yyyy-MM-dd")],
         dashboard=dashboard_day(), picker=picker(),
         summary=plugins["smartcity"].dock.summary.text())
    QTimer.singleShot(200, quit_qgis)

def start():
    try:
        plugin = plugins["smartcity"]
        note(loaded=plugin.load(os.environ["SC_STORE"], background=True) is not None)
        when(lambda: dashboard_day() is not None, remember_then_loaded)
    except Exception:
        note(error=traceback.format_exc())
        QTimer.singleShot(200, quit_qgis)

QTimer.singleShot(1000, start)
'''


def test_temporal_panel_after_open_and_the_dashboard_follows_a_step(tmp_path, plugin_zip,
                                                                     sample_store):
    """Issue 15 item 1 in the desktop: after the menu's Open the Temporal Controller panel
    shows animated navigation, the store's range (1 January of its first year to 1 January
    after its last) and one-year steps, on the last frame, and the dashboard shows that
    frame's last day; one click on the panel's *previous frame* and the dashboard follows to
    the new frame's last day (31 December of the year before)."""
    store = tmp_path / "weihai.gpkg"
    shutil.copy(sample_store, store)
    from smartcity.layers.schema import LAYERS

    days = []
    with sqlite3.connect(store) as conn:
        for name, lyr in LAYERS.items():
            for field in (lyr.start, lyr.end):
                days += [d for d in conn.execute(
                    f'SELECT min("{field}"), max("{field}") FROM "{name}"').fetchone() if d]
    first, last = int(min(days)[:4]), int(max(days)[:4])
    result, seen = _run(tmp_path, plugin_zip, TEMPORAL_PANEL, store, timeout=900)
    errors = [s["error"] for s in seen if "error" in s]
    assert not errors, errors[0]
    on_load = next(s for s in seen if "panel" in s)
    panel = on_load["panel"]
    assert panel.get("mNavigationAnimated.checked") is True, panel
    assert panel.get("mNavigationOff.checked") is False, panel
    assert panel["mStartDateTime.dateTime"].startswith(f"{first}-01-01"), panel
    assert panel["mEndDateTime.dateTime"].startswith(f"{last + 1}-01-01"), panel
    assert panel["mStepSpinBox.value"] == 1, panel
    assert panel["mTimeStepsComboBox.text"].lower() in ("years", "year", "年"), panel
    assert on_load["extent"] == [f"{first}-01-01", f"{last + 1}-01-01"]
    assert on_load["frames"] == last + 1 - first
    assert on_load["current"] == on_load["frames"] - 1
    assert on_load["frame"] == [f"{last}-01-01", f"{last + 1}-01-01"]
    assert on_load["dashboard"] == on_load["picker"] == f"{last}-12-31"
    assert {"previous_button": True} in seen
    after = next(s for s in seen if s.get("after_step"))
    assert after["current"] == on_load["current"] - 1
    assert after["frame"] == [f"{last - 1}-01-01", f"{last}-01-01"]
    assert after["dashboard"] == after["picker"] == f"{last - 1}-12-31"
    assert after["summary"].startswith(f"{last - 1}-12-31"), after["summary"]
    assert result.returncode == 0, result.stderr[-3000:]
