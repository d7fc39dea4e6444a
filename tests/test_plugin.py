"""The QGIS plugin with real QGIS (offscreen): store loading, styles and temporal properties,
menu/toolbar/dock lifecycle, the dashboard, translations and the missing-dependency message.

Oracles: the QML files themselves (parsed as XML), direct SQL on the store for what the
Temporal Controller must show on a date, Qt's own translator lookup, and widget counts of a
real main window before and after ``unload``.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.qgis

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "styles"
DAY = "2021-12-31"


class FakeIface:
    """The parts of QgisInterface the plugin uses, on real Qt widgets."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow, QMenu

        self.window = QMainWindow()
        self.help_menu = QMenu("Help", self.window)
        self.help_menu.setObjectName("mHelpMenu")
        self.window.menuBar().addMenu(self.help_menu)
        self.canvas = QgsMapCanvas(self.window)
        self.bar = QgsMessageBar(self.window)
        self.docks = []

    def mainWindow(self):  # noqa: N802
        return self.window

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)
        self.docks.append(dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)
        self.docks.remove(dock)

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self.bar




def _qml_renderer(name: str) -> tuple[str, str]:
    root = ET.parse(STYLES / name).getroot()
    renderer = root.find("renderer-v2")
    return renderer.get("type"), renderer.get("attr") or ""


def test_every_store_layer_has_a_style_with_its_lifecycle():
    from smartcity.layers.schema import LAYERS

    for name, lyr in LAYERS.items():
        root = ET.parse(STYLES / f"{name}.qml").getroot()
        temporal = root.find("temporal")
        assert temporal is not None and temporal.get("enabled") == "1", name
        assert (temporal.get("startField"), temporal.get("endField")) == (lyr.start, lyr.end)
    for extra in ("coverage.qml", "district_indicators.qml"):
        assert (STYLES / extra).exists()
    assert _qml_renderer("base_stations.qml") == ("categorizedSymbol", "operator")
    assert _qml_renderer("district_indicators.qml") == ("graduatedSymbol", "cov_5g_area_pct")


def test_load_store_styles_and_temporal(project, store_copy):
    from qgis.core import (QgsDateTimeRange, QgsFeatureRequest, QgsVectorLayerTemporalContext)
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    from smartcity.layers.schema import LAYERS
    from smartcity.plugin.project import CLUSTERED, PROPERTY_LAYER, load_store

    group = load_store(store_copy, project)
    layers = [node.layer() for node in group.findLayers()]
    assert {lyr.customProperty(PROPERTY_LAYER) for lyr in layers} == set(LAYERS)
    with sqlite3.connect(store_copy) as conn:
        totals = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in LAYERS}
    loaded: dict = {}
    for layer in layers:
        name = layer.customProperty(PROPERTY_LAYER)
        loaded[name] = loaded.get(name, 0) + layer.featureCount()
        props = layer.temporalProperties()
        assert props.isActive(), name
        assert (props.startField(), props.endField()) == (LAYERS[name].start, LAYERS[name].end)
        kind = "polygon" if layer.geometryType() == 2 else "point"
        variant = STYLES / f"{name}.{kind}.qml"
        qml = variant.name if variant.exists() else f"{name}.qml"
        renderer_type, attr = _qml_renderer(qml)
        renderer = layer.renderer()
        if name in CLUSTERED:  # dense points: clusters of the style's symbols
            assert renderer.type() == "pointCluster", name
            renderer = renderer.embeddedRenderer()
        assert renderer.type() == renderer_type, name
        if attr:
            assert renderer.classAttribute() == attr, name
    assert loaded == totals  # every feature, split by geometry kind where mixed

    # what the Temporal Controller shows in the frame ending 2021-12-31 = the store's
    # lifecycle rule in SQL (undated stations by their status), filtered as the map renderer
    # filters: the frame's filter string in the map settings' expression scope
    stations = next(lyr for lyr in layers if lyr.customProperty(PROPERTY_LAYER)
                    == "base_stations")
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsMapSettings

    end = QDateTime(QDate(2022, 1, 1), QTime(0, 0))
    frame = QgsDateTimeRange(end.addYears(-1), end, True, False)
    context = QgsVectorLayerTemporalContext()
    context.setLayer(stations)
    text = stations.temporalProperties().createFilterString(context, frame)
    settings = QgsMapSettings()
    settings.setIsTemporal(True)
    settings.setTemporalRange(frame)
    scopes = QgsExpressionContext()
    scopes.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    request = QgsFeatureRequest().setFilterExpression(text)
    request.setExpressionContext(scopes)
    shown = sum(1 for _ in stations.getFeatures(request))
    with sqlite3.connect(store_copy) as conn:
        expected = conn.execute(
            "SELECT count(*) FROM base_stations WHERE (opened_date <= ? OR (opened_date IS "
            "NULL AND status = 'active')) AND (retired_date > ? OR (retired_date IS NULL AND "
            "status <> 'retired'))", (DAY, DAY)).fetchone()[0]
    assert shown == expected
    assert 0 < shown < totals["base_stations"]

    # opening the same store again replaces its group instead of duplicating it
    load_store(store_copy, project)
    assert len(project.mapLayers()) == len(layers)


@pytest.mark.parametrize("cycles", [2])
def test_plugin_gui_lifecycle_leaves_nothing_behind(qgis_app, project, store_copy, cycles):
    from qgis.core import QgsApplication

    iface = FakeIface()
    window = iface.window
    menus_before = len(window.menuBar().actions())
    registry = QgsApplication.processingRegistry()
    previous = registry.providerById("smartcity")
    if previous is not None:
        registry.removeProvider(previous)
    for _ in range(cycles):  # install, reload, remove
        _one_cycle(qgis_app, iface, registry, menus_before, store_copy)


def _one_cycle(qgis_app, iface, registry, menus_before, store_copy):
    from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar

    import smartcity

    window = iface.window
    plugin = smartcity.classFactory(iface)
    plugin.initGui()
    try:
        assert registry.providerById("smartcity") is not None
        assert registry.algorithmById("smartcity:coverage") is not None
        # the Plan action opens the planning algorithm's dialog
        assert "smartcity_plan" in {a.objectName() for a in plugin.menu.actions()}
        assert registry.algorithmById("smartcity:plan") is not None
        titles = [a.text() for a in window.menuBar().actions()]
        assert len(titles) == menus_before + 1
        assert titles.index(plugin.menu.title()) == titles.index("Help") - 1
        assert len(window.findChildren(QToolBar)) == 1
        assert plugin.load(str(store_copy)) is not None
        dock = plugin.dock
        assert dock is not None and dock in iface.docks
        dock.follow.setChecked(False)
        dock.refresh()
        dock.wait()  # computed in a QgsTask
        assert dock.table.rowCount() > 0, dock.summary.text()
    finally:
        plugin.unload()
    qgis_app.processEvents()
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(window.menuBar().actions()) == menus_before
    assert window.findChildren(QToolBar) == []
    assert window.findChildren(QDockWidget) == [] and iface.docks == []
    assert [m for m in window.findChildren(QMenu) if m.objectName() == "SmartCityMenu"] == []
    assert registry.providerById("smartcity") is None


def test_dashboard_matches_targets_for_picked_date(project, store_copy):
    import pandas as pd

    from smartcity.plugin.dashboard import DashboardDock
    from smartcity.plugin.project import load_store
    from smartcity.processing.targets import evaluate_targets

    load_store(store_copy, project)
    dock = DashboardDock(None)
    dock.follow.setChecked(False)
    from qgis.PyQt.QtCore import QDate

    dock.date_edit.setDate(QDate(2020, 12, 31))
    dock.set_stores([str(Path(store_copy).resolve())])
    dock.refresh()
    dock.wait()
    expected = evaluate_targets(None, str(store_copy), pd.Timestamp("2020-12-31").date(),
                                start_year=2019)
    city = expected[expected["scope"] == "city"]
    assert dock.table.rowCount() == len(city)
    _assert_dock_shows(dock, city)
    assert "2020-12-31" in dock.summary.text()
    dock.deleteLater()


def _assert_dock_shows(dock, city) -> None:
    """The dock's rows are the engine's city targets: status code and its words, the label,
    the value on the date and on the due date, in the dock's language (English here)."""
    from smartcity.plugin.dashboard import STATUS_COLUMN
    from smartcity.qgis_common.compat import user_role
    from smartcity.processing import targets as tg

    rows = range(dock.table.rowCount())
    codes = [dock.table.item(i, STATUS_COLUMN).data(user_role()) for i in rows]
    assert codes == list(city["status"])
    words = [dock.table.item(i, STATUS_COLUMN).text() for i in rows]
    assert words == [tg.STATUS_LABELS[c][1] for c in city["status"]]
    for i, (_, r) in zip(rows, city.iterrows()):
        label, second = dock.table.item(i, 0).text().split("\n")
        assert label == (r["label_en"] or r["label_zh"])
        assert second.startswith(f"now {tg.actual_text(r, 'en')} · "), second
        assert f" · at due {tg.at_due_text(r, 'en')} · " in second, second


@pytest.mark.parametrize("locale", ["zh-Hans", "zh_CN", "zh"])
def test_chinese_translations_for_every_qgis_spelling(qgis_app, locale):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from smartcity.qgis_common.i18n import qm_path

    path = qm_path(locale)
    assert path is not None and path.suffix == ".qm"
    translator = QTranslator()
    assert translator.load(str(path))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("SmartCity", "Smart City") == "智慧城市"
        assert QCoreApplication.translate("SmartCity", "Coverage and indicators per district") \
            == "分区覆盖率与指标"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert qm_path("en_US") is None and qm_path("de") is None


def test_every_translatable_string_is_translated():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(ROOT / "i18n" / "build.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_missing_dependencies_message(monkeypatch, qgis_app, project):
    from smartcity.qgis_common import deps

    monkeypatch.setattr(deps, "missing_dependencies",
                        lambda: (("geopandas", "missing"), ("shapely>=2.0", "version 1.8.5 < 2.0")))
    zh = deps.missing_message(platform="windows", chinese=True)
    assert "缺少" in zh and "OSGeo4W Shell" in zh
    assert 'python -m pip install --upgrade geopandas "shapely>=2.0"' in zh
    en = deps.missing_message(platform="linux", chinese=False)
    pip_line = next(line for line in en.splitlines() if "-m pip install" in line)
    assert pip_line.startswith("/usr/bin/python3 -m pip install --user")
    assert 'geopandas "shapely>=2.0"' in pip_line
    import sysconfig

    if (Path(sysconfig.get_paths()["stdlib"]) / "EXTERNALLY-MANAGED").exists():  # Debian 12
        assert "--break-system-packages" in pip_line
    assert "sudo apt install python3-geopandas python3-shapely" in en
    mac = deps.missing_message(platform="macos", chinese=False)
    assert "QGIS-LTR.app/Contents/MacOS/bin/python3 -m pip install" in mac

    # the plugin still loads, and says so in the message bar
    import smartcity
    from smartcity.plugin import main

    monkeypatch.setattr(main, "install_translator", lambda: False)
    iface = FakeIface()
    plugin = smartcity.classFactory(iface)
    plugin.initGui()
    try:
        assert iface.bar.items(), "no message in the message bar"
        assert plugin.provider is not None
    finally:
        plugin.unload()


def test_real_dependency_check_passes_here():
    from smartcity.qgis_common.deps import missing_dependencies

    assert missing_dependencies() == ()


def test_a_build_without_a_version_is_not_too_old(monkeypatch):
    """Debian sid's shapely 2.2 says its version is "0+unknown": that is not "too old"
    (on QGIS 3.44 it disabled every algorithm), while a real old version still is."""
    import types

    from smartcity.qgis_common import deps

    for version, verdict in (("0+unknown", None), ("1.8.5", "version 1.8.5 < 2.0"),
                             ("2.2.0", None)):
        fake = types.SimpleNamespace(__version__=version)
        monkeypatch.setattr(deps.importlib, "import_module", lambda name, fake=fake: fake)
        monkeypatch.setattr(deps.importlib.util, "find_spec", lambda name: object())
        assert deps._problem("shapely", "2.0") == verdict, version


def test_dashboard_follows_the_temporal_controller(project, store_copy):
    import pandas as pd
    from qgis.core import QgsDateTimeRange, QgsInterval, QgsTemporalNavigationObject
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    from smartcity.qgis_common.compat import navigation_mode, temporal_years

    from smartcity.plugin.dashboard import DashboardDock
    from smartcity.processing.targets import evaluate_targets

    iface = FakeIface()
    controller = QgsTemporalNavigationObject()
    iface.canvas.setTemporalController(controller)
    controller.setNavigationMode(navigation_mode("Animated"))
    controller.setTemporalExtents(QgsDateTimeRange(
        QDateTime(QDate(2019, 1, 1), QTime(0, 0)), QDateTime(QDate(2023, 1, 1), QTime(0, 0)),
        True, False))
    controller.setFrameDuration(QgsInterval(1, temporal_years()))
    dock = DashboardDock(iface)
    dock.set_stores([str(Path(store_copy).resolve())])
    for frame, day in ((1, "2020-12-31"), (3, "2022-12-31")):
        controller.setCurrentFrameNumber(frame)  # emits updateTemporalRange -> schedule
        assert dock._timer.isActive()
        assert dock.current_date().isoformat() == day
        dock.refresh()
        dock.wait()
        assert dock.date_edit.date().toString("yyyy-MM-dd") == day  # the picker says it too
        expected = evaluate_targets(None, str(store_copy), pd.Timestamp(day).date(),
                                    start_year=int(day[:4]) - 1)
        city = expected[expected["scope"] == "city"]
        _assert_dock_shows(dock, city)
        assert day in dock.summary.text()
    controller.setNavigationMode(navigation_mode("Disabled"))
    dock.date_edit.setDate(QDate(2021, 6, 30))
    assert dock.current_date().isoformat() == "2021-06-30"  # the picker when navigation is off
    dock.disconnect_all()
    dock.deleteLater()


BLOCKED_SCRIPT = r'''
import importlib.abc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
BLOCK = {"geopandas", "pyogrio", "shapely", "rasterio", "pyproj", "pandas", "numba"}

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCK:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Blocker())
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
app = QgsApplication([], False)
app.initQgis()
import smartcity
from smartcity.qgis_common import deps
deps.importlib.util.find_spec = lambda name, _real=deps.importlib.util.find_spec: (
    None if name.split(".")[0] in BLOCK else _real(name))
plugin = smartcity.classFactory(None)
plugin.initProcessing()
alg = QgsApplication.processingRegistry().algorithmById("smartcity:coverage")
assert alg is not None, "provider not registered"
print("ALGORITHMS", sorted(a.name() for a in
                           QgsApplication.processingRegistry().providerById("smartcity").algorithms()))
print("MISSING", [m for m, _ in deps.missing_dependencies()])
from smartcity.plugin.project import load_store  # the store opens on GDAL alone
names = {node.layer().customProperty("smartcity/layer")
         for node in load_store(sys.argv[1]).findLayers() if node.layer().isValid()}
print("LAYERS", sorted(names))
class Feedback(QgsProcessingFeedback):
    errors = []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)

context = QgsProcessingContext()
feedback = Feedback()
results, ok = alg.run({"STORE": sys.argv[1], "AS_OF": "2021-12-31",
                       "DISTRICTS_OUT": "TEMPORARY_OUTPUT", "COVERAGE_OUT": "TEMPORARY_OUTPUT"},
                      context, feedback)
print("RAN" if ok else "MESSAGE " + " ".join(feedback.errors))
plugin.unload()
'''


def test_plugin_loads_and_explains_without_core_dependencies(store_copy, tmp_path):
    """With geopandas, pandas, numba & co. unimportable, the plugin and provider still load,
    the store's layers load, and running an algorithm says what to install, with the
    command (the fast twin of the desktop test with Debian's own QGIS Python)."""
    import subprocess
    import sys

    script = tmp_path / "blocked.py"
    script.write_text(BLOCKED_SCRIPT, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(store_copy)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    from smartcity.qgis_common.deps import REQUIRED

    blocked = {"geopandas", "pyogrio", "shapely", "rasterio", "pyproj", "pandas", "numba"}
    expected = [f"{pip}>={minimum}" for module, pip, minimum in REQUIRED if module in blocked]
    assert f"MISSING {expected}" in out
    from smartcity.layers.schema import LAYERS

    assert f"LAYERS {sorted(LAYERS)}" in out, out
    everyone = sorted(["coverage", "series", "targets", "snapshot", "importlayer", "plan",
                       "mapsheet"])
    assert f"ALGORITHMS {everyone}" in out, out  # every algorithm stays listed
    assert "MESSAGE" in out and "RAN" not in out
    message = out.split("MESSAGE", 1)[1]
    assert "geopandas" in message and "pip install" in message


def test_dashboard_refreshes_when_the_store_changes(qgis_app, project, store_copy, tmp_path):
    """Writing the store file (an import from anywhere) refreshes the dock by itself."""
    import shutil
    import time

    import pandas as pd
    from qgis.PyQt.QtCore import QDate

    from smartcity.plugin.dashboard import DashboardDock
    from smartcity.processing.targets import evaluate_targets

    def shown_now() -> str:
        """The first target's value on the date, as its second line shows it."""
        return dock.table.item(0, 0).text().split("\n")[1].split(" · ")[0]

    store = tmp_path / "store.gpkg"
    shutil.copy(store_copy, store)
    dock = DashboardDock(None)
    dock.follow.setChecked(False)
    dock.date_edit.setDate(QDate(2021, 12, 31))
    dock.set_stores([str(store)])
    dock.refresh()
    dock.wait()
    before = shown_now()
    from smartcity.layers import gpkg

    # retire on 2021-06-30 every 中国移动 station opened before (the store refuses a
    # retirement before the opening)
    conn = gpkg.connect(store)
    conn.execute("UPDATE base_stations SET retired_date = '2021-06-30' "
                 "WHERE operator = '中国移动' AND (opened_date IS NULL OR "
                 "opened_date < '2021-06-30')")
    conn.close()
    deadline = time.monotonic() + 10
    while shown_now() == before and time.monotonic() < deadline:
        qgis_app.processEvents()
        time.sleep(0.05)
    expected = evaluate_targets(None, str(store), pd.Timestamp(DAY).date(), start_year=2020)
    city = expected[expected["scope"] == "city"]
    want = f"{float(city['actual'].iloc[0]):,.0f}"
    assert shown_now().startswith(f"now {want}") and want not in before
    dock.disconnect_all()
    dock.deleteLater()
