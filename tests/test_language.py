"""One language at a time (issue 15, item 6): the dashboard, the plugin's menus and messages
and the Processing algorithms (names, help, parameters, options, outputs), walked in Chinese
and in English, hold no string of the other language.

In English no CJK character may appear; in Chinese no English word (two ASCII letters or
more).  Names are not words of a language: the store's file name, district names (places),
the operators' names, and in Chinese the technical names of :data:`NAMES_ZH` (file formats,
products, standards, codes), ``<code>`` examples in help and the ``{…}`` of a template.
Oracle: the strings as a user sees them on real Qt widgets and QGIS's algorithm registry.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_plugin import FakeIface

pytestmark = pytest.mark.qgis

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
WORD = re.compile(r"[A-Za-z][A-Za-z]+")
NAMES_ZH = {
    # formats, products, standards and protocols: their names, in both languages
    "QGIS", "GeoPackage", "gpkg", "PostGIS", "PostgreSQL", "postgresql", "URL", "CSV", "PDF",
    "PNG", "JSON", "TOML", "toml", "json", "csv", "GeoJSON", "Shapefile", "FlatGeobuf", "GeoTIFF",
    "Excel", "GDAL", "GBK", "UTF", "BOM", "auto", "WGS", "CGCS", "GCJ", "BD", "EPSG", "GB", "dpi",
    "IoT", "Wi", "Fi", "smartcity", "pip", "python", "geopandas", "shapely", "pyogrio",
    "pyproj", "rasterio", "numba", "numpy", "pandas", "scipy", "PuLP", "pulp", "HiGHS", "CBC",
    "Python", "Debian", "Ubuntu", "OSGeo", "Shell", "km", "id", "ID", "DataV", "GeoAtlas",
    "MILP", "CELF", "SPEC",
    # values typed into a field as they are (the districts parameter: all, city, a code)
    "all", "city",
    # 5G bands and field / layer names as stored (codes, typed as they are)
    "n1", "n28", "n41", "n78", "n79",
}
"""Names written the same in Chinese text (with the store's layer and field names, below)."""



@pytest.fixture(params=["zh_CN", "en"])
def language(request, qgis_app, monkeypatch):
    """The plugin speaking ``zh_CN`` or ``en`` (QGIS's locale, and its translator)."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from smartcity.qgis_common import i18n

    monkeypatch.setattr(i18n, "user_locale", lambda: request.param)
    translator = None
    if request.param != "en":
        translator = QTranslator()
        assert translator.load(str(i18n.qm_path(request.param)))
        QCoreApplication.installTranslator(translator)
    QgsProject.instance().clear()
    yield request.param
    QgsProject.instance().clear()
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def foreign(text: str, lang: str, names: set[str]) -> list[str]:
    """The parts of ``text`` in the other language than ``lang`` (empty: none)."""
    text = re.sub(r"<code>.*?</code>", " ", text, flags=re.S)  # commands and examples
    text = re.sub(r"(?m)^(sudo |python |/)\S.*?(?=   |$)", " ", text)  # install commands
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(r"&\w+;", " ", text)  # and entities
    text = re.sub(r"\{[^}]*\}", " ", text)  # template fields
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    if lang == "en":
        return CJK.findall(text)
    return [w for w in WORD.findall(text) if w not in NAMES_ZH and w not in _codes()]


def _codes() -> set[str]:
    """The store's layer and field names and their parts (``base_stations``: ``base``,
    ``stations``): codes a Chinese text names as they are stored."""
    from smartcity.layers.schema import LAYERS

    from smartcity.processing.indicators import INDICATOR_COLUMNS

    names = set(LAYERS) | {f.name for lyr in LAYERS.values() for f in lyr.fields}
    from smartcity.layers.schema import SCENES

    names |= set(INDICATOR_COLUMNS) | set(SCENES.values()) | {"status_zh", "status_en"}
    return names | {part for name in names for part in name.split("_")}


def _report(bad: dict) -> str:
    """One line per string in the wrong language: its start and what is foreign in it."""
    return "\n".join(f"{text[:90]!r} -> {sorted(set(parts))[:12]}" for text, parts in bad.items())


def _widget_texts(widget) -> list[str]:
    from qgis.PyQt.QtWidgets import (QAbstractButton, QComboBox, QLabel, QTableWidget,
                                     QWidget)

    out = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        out.append(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            out.append(child.text())
        elif isinstance(child, QComboBox):
            out += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTableWidget):
            out += [child.horizontalHeaderItem(c).text() for c in range(child.columnCount())]
            out += [child.item(r, c).text() for r in range(child.rowCount())
                    for c in range(child.columnCount()) if child.item(r, c) is not None]
    return [t for t in out if t]


def _names(store: Path) -> set[str]:
    """Names that are not words: the store's, the districts' (places), the operators'."""
    import sqlite3

    from smartcity.layers.schema import OPERATORS

    with sqlite3.connect(store) as conn:
        places = {r[0] for r in conn.execute("SELECT name FROM districts")}
    return {str(store.resolve()), store.name, store.stem, *places, *OPERATORS}


def test_dashboard_speaks_one_language(language, store_copy):
    from qgis.PyQt.QtCore import QDate

    from smartcity.plugin.dashboard import DashboardDock
    from smartcity.plugin.project import load_store

    load_store(store_copy, None)
    dock = DashboardDock(None)
    dock.follow.setChecked(False)
    dock.date_edit.setDate(QDate(2021, 12, 31))
    dock.set_stores([str(store_copy.resolve())])
    dock.refresh()
    dock.wait()
    assert dock.table.rowCount() > 0 and dock.districts.rowCount() > 0
    texts = _widget_texts(dock)
    for i in range(dock.picker.count()):  # every target's chart and district list
        dock.picker.setCurrentIndex(i)
        texts += _widget_texts(dock)
    names = _names(store_copy)
    bad = {t: foreign(t, language, names) for t in texts if foreign(t, language, names)}
    assert not bad, _report(bad)
    dock.deleteLater()


def test_plugin_menus_and_messages_speak_one_language(language, store_copy):
    """The menu, its actions, the message after opening a store, the layer group, the
    layers' names, legends and attribute names, and the missing-dependency message."""
    from qgis.core import QgsProject

    import smartcity
    from smartcity.qgis_common.deps import missing_message

    iface = FakeIface()
    plugin = smartcity.classFactory(iface)
    plugin.initGui()
    try:
        texts = [plugin.menu.title()] + [a.text() for a in plugin.actions] \
            + [a.toolTip() for a in plugin.actions]
        assert plugin.load(str(store_copy)) is not None
        texts += [item.title() + " " + item.text() for item in iface.bar.items()]
        assert iface.bar.items()
        project = QgsProject.instance()
        for layer in project.mapLayers().values():  # names, legends, attribute names
            texts.append(layer.name())
            texts += [field.displayName() for field in layer.fields()]
            texts += [item.label() for item in layer.renderer().legendSymbolItems()]
        texts += [group.name() for group in project.layerTreeRoot().findGroups()]
        texts.append(missing_message(extra=["geopandas"]))
    finally:
        plugin.unload()
    names = _names(store_copy)
    bad = {t: foreign(t, language, names) for t in texts if foreign(t, language, names)}
    assert not bad, _report(bad)


def test_processing_algorithms_speak_one_language(language, provider):
    texts = [provider.name(), provider.longName()]
    for alg in provider.algorithms():
        alg = alg.create()  # as a dialog creates it, in the current language
        texts += [alg.displayName(), alg.group(), alg.shortHelpString()]
        for param in alg.parameterDefinitions():
            texts.append(param.description())
            if hasattr(param, "options"):
                texts += list(param.options())
        texts += [out.description() for out in alg.outputDefinitions()]
    bad = {t: foreign(t, language, set()) for t in texts if t and foreign(t, language, set())}
    assert not bad, _report(bad)
