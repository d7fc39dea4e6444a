"""Build the QML styles in ``styles/`` from one palette, with PyQGIS, so QGIS writes valid QML.

The QML files are the single source of truth for how layers look: the plugin loads them onto
the store's layers, the Processing algorithms onto their outputs, and the headless map
renderer reads their colours.  This module only *writes* them; run it after changing the
palette below::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m smartcity.plugin.stylegen

Each store layer's QML carries the symbology, labels where useful, the editing form
generated from the schema (:mod:`.forms`: value maps, ranges, date pickers, constraints,
read-only bookkeeping fields), and the *Temporal* category: the store's lifecycle rule
(:mod:`smartcity.layers.lifecycle`, written as QGIS expressions by
:mod:`smartcity.qgis_common.temporal`), so QGIS's Temporal Controller switches features on
year by year exactly as the indicators count them.
"""

from __future__ import annotations

from pathlib import Path
from ..resources import STYLES


OPERATOR_COLOURS = (
    ("中国移动", "#1f78b4", "中国移动 China Mobile"),
    ("中国电信", "#ff7f00", "中国电信 China Telecom"),
    ("中国联通", "#e31a1c", "中国联通 China Unicom"),
    ("中国广电", "#6a3d9a", "中国广电 China Broadnet"),
)
STAR_COLOURS = (
    (0, "#d9d9d9", "0 非星级 not rated"), (1, "#d9f0a3", "1 星 star"), (2, "#addd8e", "2 星 stars"),
    (3, "#78c679", "3 星 stars"), (4, "#31a354", "4 星 stars"), (5, "#006837", "5 星 stars"),
)
MANHOLE_COLOURS = (
    ("true", "#00a884", "已接入监测 IoT monitored"),
    ("false", "#9e9e9e", "未监测 not monitored"),
)
MONITORING_COLOURS = (
    ("air", "#4fc3f7", "空气 air"), ("water", "#1565c0", "水质 water"),
    ("soil", "#8d6e63", "土壤 soil"), ("forest_fire", "#d84315", "森林防火 forest fire"),
    ("geohazard", "#f9a825", "地质灾害 geohazard"), ("marine", "#00838f", "海洋 marine"),
    ("noise", "#ab47bc", "噪声 noise"),
)
KEY_PLACE_COLOURS = (
    ("government", "#b71c1c", "党政机关 government"), ("scenic", "#2e7d32", "景区 scenic"),
    ("business", "#ef6c00", "商圈 business"), ("transport_hub", "#37474f", "交通枢纽 transport hub"),
    ("school", "#1565c0", "学校 school"), ("hospital", "#d81b60", "医院 hospital"),
    ("sports_venue", "#6a1b9a", "体育场馆 sports venue"),
    ("village_committee", "#827717", "村委会 village committee"),
    ("clinic", "#00897b", "卫生室 clinic"),
    ("town_seat", "#4e342e", "乡镇驻地 town seat"),
)
BUILTUP_COLOURS = (  # greys: the 5G coverage drawn over them is orange (COVERAGE_COLOUR)
    ("urban", "#969696", "城市建成区 urban built-up"), ("town", "#b4b4b4", "镇区 town seat area"),
    ("village", "#d2d2d2", "村庄 village"),
)
ENTERPRISE_COLOURS = (
    ("true", "#6a51a3", "有5G需求 needs 5G"), ("false", "#bcbddc", "无5G需求 no 5G need"),
)
SITE_COLOURS = (
    ("demo_5g", "#e6550d", "5G示范应用场景 5G demonstration"),
    ("smart_farm", "#31a354", "智慧农场 smart farm"),
    ("smart_ranch", "#3182bd", "智慧海洋牧场 smart ocean ranch"),
    ("industrial_internet", "#756bb1", "工业互联网 industrial internet"),
    ("digital_park", "#636363", "数字经济园区 digital-economy park"),
)
PIPE_COLOURS = (  # the colours of CJJ 61 pipeline maps
    ("water", "#0070c0", "给水 water"), ("sewage", "#7f4f24", "污水 sewage"),
    ("rain", "#b08968", "雨水 rain"), ("gas", "#d6a400", "燃气 gas"),
    ("heat", "#f77f00", "热力 heat"), ("power", "#d00000", "电力 power"),
    ("telecom", "#2a9d8f", "通信 telecom"),
)
FOREST_COLOUR = "#41ab5d"
ENTERPRISE_EXPRESSION = "if(\"needs_5g\", 'true', 'false')"
COVERAGE_COLOUR = "#e6550d"
CHOROPLETH_FIELD = "cov_5g_area_pct"
CHOROPLETH_CLASSES = (
    (0.0, 20.0, "#fee5d9", "0–20 %"), (20.0, 40.0, "#fcae91", "20–40 %"),
    (40.0, 60.0, "#fb6a4a", "40–60 %"), (60.0, 80.0, "#de2d26", "60–80 %"),
    (80.0, 100.0, "#a50f15", "80–100 %"),
)
NOT_CITY_NAME = "CASE WHEN \"level\" <> 'city' THEN \"name\" END"
# Text results: QGIS 3.22 evaluates a boolean expression to 1/0, which never equals a
# category value, so the categories are the strings 'true' / 'false'.
MANHOLE_EXPRESSION = ("if(\"iot_device_id\" IS NOT NULL AND trim(\"iot_device_id\") <> '', "
                      "'true', 'false')")


def _marker(colour: str, size: float = 2.0, shape: str = "circle"):
    from qgis.core import QgsMarkerSymbol

    return QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "size": str(size),
                                         "outline_color": "#ffffff", "outline_width": "0.2"})


def _fill(colour: str, outline: str = "#505050", width: float = 0.2, alpha: int = 255):
    from qgis.core import QgsFillSymbol
    from qgis.PyQt.QtGui import QColor

    c = QColor(colour)
    c.setAlpha(alpha)
    return QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},{alpha}",
                                       "outline_color": outline, "outline_width": str(width)})


def _line(colour: str, width: float = 0.5):
    from qgis.core import QgsLineSymbol

    return QgsLineSymbol.createSimple({"color": colour, "width": str(width)})


def _categorized(field: str, entries, symbol_for):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    cats = [QgsRendererCategory(value, symbol_for(colour), label)
            for value, colour, label in entries]
    return QgsCategorizedSymbolRenderer(field, cats)


def _labels(layer, expression: str, size: float = 9.0, colour: str = "#202020",
            buffer: bool = True) -> None:
    from qgis.core import (QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat,
                           QgsVectorLayerSimpleLabeling)
    from qgis.PyQt.QtGui import QColor, QFont

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Noto Sans CJK SC"))
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    if buffer:
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(0.8)
        buf.setColor(QColor("#ffffff"))
        fmt.setBuffer(buf)
    settings.setFormat(fmt)
    # labels never overlap one another (the engine drops those that would), district names
    # sit horizontally inside their polygon, and rank above other labels
    settings.displayAll = False
    settings.priority = 8
    if layer.geometryType() == 2:  # polygons
        from ..qgis_common.compat import label_placement

        settings.placement = label_placement("Horizontal")
    settings.obstacleSettings().setIsObstacle(True)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _memory_layer(geometry: str, fields: list[tuple[str, str]]):
    """An empty memory layer with ``fields`` (name, kind) to hang a style on."""
    from qgis.core import QgsVectorLayer

    kinds = {"text": "string", "int": "integer", "real": "double", "date": "date",
             "bool": "boolean"}
    spec = "&".join(f"field={name}:{kinds[kind]}" for name, kind in fields)
    return QgsVectorLayer(f"{geometry}?crs=EPSG:4490&{spec}", "style", "memory")


def _save(layer, name: str) -> Path:
    from ..qgis_common.compat import style_categories

    path = STYLES / f"{name}.qml"
    categories = style_categories("Symbology", "Labeling", "Temporal", "Rendering", "Fields",
                                  "Forms")
    message, ok = layer.saveNamedStyle(str(path), categories)
    if not ok:
        raise RuntimeError(f"cannot write {path}: {message}")
    return path


def _store_layer(name: str, geometry: str):
    from ..layers.schema import LAYERS

    from ..qgis_common.temporal import set_lifecycle
    from .forms import apply

    lyr = LAYERS[name]
    layer = _memory_layer(geometry, [("fid", "int"), *((f.name, f.kind) for f in lyr.fields),
                                     ("version", "int"), ("updated_at", "text")])
    fields = layer.fields()
    for f in lyr.fields:
        layer.setFieldAlias(fields.indexOf(f.name), f"{f.label_zh} {f.label_en}")
    for name_, zh, en in (("fid", "要素号", "Feature id"), ("version", "版本", "Version"),
                          ("updated_at", "更新时间", "Updated at")):
        layer.setFieldAlias(fields.indexOf(name_), f"{zh} {en}")
    apply(layer, lyr)  # editor widgets, constraints, read-only bookkeeping (forms.py)
    set_lifecycle(layer, name)  # the store's lifecycle rule, as the plugin sets it
    return layer


def build_styles() -> list[Path]:
    """Write every QML of ``styles/`` (needs a running QgsApplication)."""
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSingleSymbolRenderer

    written = []
    # districts: outlines (counties solid, zones dashed), name labels
    layer = _store_layer("districts", "MultiPolygon")
    county = _fill("#ffffff", "#303030", 0.6, alpha=0)
    zone = _fill("#ffffff", "#7b3294", 0.4, alpha=0)
    zone.symbolLayer(0).setStrokeStyle(2)  # Qt.DashLine
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    city = _fill("#ffffff", "#000000", 1.0, alpha=0)
    layer.setRenderer(QgsCategorizedSymbolRenderer("level", [
        QgsRendererCategory("city", city, "市 city"),
        QgsRendererCategory("county", county, "区县 county"),
        QgsRendererCategory("zone", zone, "功能区 zone")]))
    _labels(layer, NOT_CITY_NAME, size=11)
    written.append(_save(layer, "districts"))

    layer = _store_layer("base_stations", "Point")
    layer.setRenderer(_categorized("operator", OPERATOR_COLOURS, lambda c: _marker(c, 1.8)))
    written.append(_save(layer, "base_stations"))

    for geometry, suffix in (("MultiPolygon", ""), ("Point", ".point")):
        layer = _store_layer("communities", geometry)
        symbol = ((lambda c: _fill(c, "#4d4d4d", 0.15)) if geometry != "Point"
                  else (lambda c: _marker(c, 2.2, "square")))
        layer.setRenderer(_categorized("star_rating", STAR_COLOURS, symbol))
        written.append(_save(layer, "communities" + suffix))

    layer = _store_layer("manholes", "Point")
    layer.setRenderer(_categorized(MANHOLE_EXPRESSION, MANHOLE_COLOURS,
                                   lambda c: _marker(c, 1.2)))
    written.append(_save(layer, "manholes"))

    layer = _store_layer("monitoring_points", "Point")
    layer.setRenderer(_categorized("kind", MONITORING_COLOURS,
                                   lambda c: _marker(c, 2.6, "triangle")))
    written.append(_save(layer, "monitoring_points"))

    for geometry, suffix in (("Point", ""), ("MultiPolygon", ".polygon")):
        layer = _store_layer("key_places", geometry)
        symbol = ((lambda c: _marker(c, 2.6, "star")) if geometry == "Point"
                  else (lambda c: _fill(c, c, 0.3, alpha=110)))
        layer.setRenderer(_categorized("category", KEY_PLACE_COLOURS, symbol))
        written.append(_save(layer, "key_places" + suffix))

    written += _plan_styles()

    layer = _memory_layer("MultiPolygon", [("district_code", "text")])
    layer.setRenderer(QgsSingleSymbolRenderer(_fill(COVERAGE_COLOUR, COVERAGE_COLOUR, 0.1,
                                                    alpha=90)))
    written.append(_save(layer, "coverage"))

    from ..processing.indicators import INDICATOR_COLUMNS, INDICATOR_LABELS

    fields = [("district_code", "text"), ("district_name", "text"), ("level", "text"),
              ("area_km2", "real")] + [(c, "int" if (c.startswith("bs_") and not
                                                     c.startswith("bs_per")) or c.endswith("_n")
                                        else "real")
                                       for c in INDICATOR_COLUMNS]
    layer = _memory_layer("MultiPolygon", fields)
    for i, (name, _kind) in enumerate(fields):
        if name in INDICATOR_LABELS:
            zh, en = INDICATOR_LABELS[name]
            layer.setFieldAlias(i, f"{zh} {en}")
    ranges = [QgsRendererRange(lo, hi, _fill(colour, "#404040", 0.4), label)
              for lo, hi, colour, label in CHOROPLETH_CLASSES]
    renderer = QgsGraduatedSymbolRenderer(CHOROPLETH_FIELD, ranges)
    # the table's city row covers its districts: draw it first, beneath them, unlabelled
    from qgis.core import QgsFeatureRequest

    renderer.setOrderBy(QgsFeatureRequest.OrderBy([
        QgsFeatureRequest.OrderByClause("\"level\" = 'city'", False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    _labels(layer, "CASE WHEN \"level\" <> 'city' THEN \"district_name\" || '\\n' || "
                   "format_number(\"cov_5g_area_pct\", 1) || ' %' END", size=9)
    written.append(_save(layer, "district_indicators"))
    return written


def _plan_styles() -> list[Path]:
    """The styles of the plan's layers: built-up areas, enterprises, sites, pipes, forests."""
    from qgis.core import QgsSingleSymbolRenderer

    written = []
    layer = _store_layer("builtup_areas", "MultiPolygon")
    layer.setRenderer(_categorized("kind", BUILTUP_COLOURS,
                                   lambda c: _fill(c, c, 0.3, alpha=120)))
    written.append(_save(layer, "builtup_areas"))

    layer = _store_layer("enterprises", "Point")
    layer.setRenderer(_categorized(ENTERPRISE_EXPRESSION, ENTERPRISE_COLOURS,
                                   lambda c: _marker(c, 1.8, "square")))
    written.append(_save(layer, "enterprises"))

    for geometry, suffix in (("Point", ""), ("MultiPolygon", ".polygon")):
        layer = _store_layer("sites", geometry)
        symbol = ((lambda c: _marker(c, 3.0, "diamond")) if geometry == "Point"
                  else (lambda c: _fill(c, c, 0.4, alpha=140)))
        layer.setRenderer(_categorized("kind", SITE_COLOURS, symbol))
        written.append(_save(layer, "sites" + suffix))

    layer = _store_layer("pipelines", "MultiLineString")
    layer.setRenderer(_categorized("kind", PIPE_COLOURS, lambda c: _line(c, 0.4)))
    written.append(_save(layer, "pipelines"))

    layer = _store_layer("forests", "MultiPolygon")
    layer.setRenderer(QgsSingleSymbolRenderer(_fill(FOREST_COLOUR, "#238b45", 0.3, alpha=110)))
    written.append(_save(layer, "forests"))
    return written


def main() -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in build_styles():
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
