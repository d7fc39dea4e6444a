"""The QGIS renderer of map sheets: print layouts from ``styles/layouts/*.qpt``, layers styled
with ``styles/*.qml``, exported headless to PDF (vector, fonts embedded) or PNG.

It draws the same sheets as the matplotlib renderer (:mod:`smartcity.processing.maps`): the
same :class:`~smartcity.processing.maps.sheetdata.MapData`, frames, scale and extent
(:mod:`~smartcity.processing.maps.design`), texts, label positions, choropleth classes and
legend counts; only the drawing is QGIS's.  Layouts are built on the main thread (Processing
algorithms using them declare ``FlagNoThreading``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from qgis.core import (QgsAbstractLayoutIterator, QgsApplication, QgsCategorizedSymbolRenderer,
                       QgsCoordinateReferenceSystem, QgsFeature, QgsFillSymbol, QgsGeometry,
                       QgsGraduatedSymbolRenderer, QgsLayoutExporter,
                       QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemMapOverview, QgsLayoutItemPicture, QgsLayoutItemScaleBar,
                       QgsLegendStyle, QgsMarkerSymbol, QgsPalLayerSettings, QgsPrintLayout,
                       QgsProject, QgsProperty, QgsPropertyCollection, QgsReadWriteContext,
                       QgsRectangle, QgsRendererRange, QgsRuleBasedRenderer,
                       QgsSingleSymbolRenderer, QgsTextBufferSettings, QgsTextFormat,
                       QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..layers.progress import ProgressFn, no_progress
from .compat import (label_multiline_center, label_over_point, label_quadrant_over, layout_mm,
                     legend_component, set_legend_font)
from ..processing.maps import design as D
from ..processing.maps import qml
from ..processing.maps.fonts import cjk_font
from ..processing.maps.sheets import (Sheet, district_labels, label_point, sheet_path,
                           sheet_view, sheets_for)
from ..processing.maps.sheets import crs_name as _crs_name
from ..processing.maps.sheets import source_text as _source
from ..processing.maps.sheets import version as _version
from ..processing.maps.sheetdata import MapData
from ..processing.maps.themes import LAYER_LABELS, Theme
from ..resources import LAYOUTS, STYLES



class LayoutError(RuntimeError):
    """A template is missing or an export failed (the message says which file)."""


# --- application -----------------------------------------------------------------------------

_APP = None
"""The application this module started (kept for the life of the process: destroying it
while Qt objects are still alive makes Qt complain from the interpreter's exit)."""


@contextlib.contextmanager
def qgis_application():
    """A running QgsApplication (started here, offscreen, when the caller has none)."""
    global _APP
    app = QgsApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if "XDG_RUNTIME_DIR" not in os.environ:  # cron has none; Qt warns on every run
            import tempfile

            os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="smartcity-xdg-")
        app = QgsApplication([], False)
        app.initQgis()
        _APP = app
    yield app


# --- templates --------------------------------------------------------------------------------

def template_path(page: D.PageSpec, district: bool) -> Path:
    """``styles/layouts/<paper>_<orientation>_<city|district>.qpt``."""
    return LAYOUTS / f"{page.paper}_{page.orientation}_{'district' if district else 'city'}.qpt"


def load_layout(page: D.PageSpec, district: bool, project: QgsProject) -> QgsPrintLayout:
    """A print layout from its template (:class:`LayoutError` when the file is missing)."""
    path = template_path(page, district)
    if not path.is_file():
        raise LayoutError(f"layout template {path} is missing; rebuild the templates with "
                          f"`python scripts/build_layouts.py`.")
    doc = QDomDocument()
    if not doc.setContent(path.read_text(encoding="utf-8")):
        raise LayoutError(f"{path} is not a readable QGIS layout template.")
    layout = QgsPrintLayout(project)
    items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise LayoutError(f"QGIS could not load the layout template {path}.")
    layout.setName(path.stem)
    unshape_fonts(layout)
    return layout


_FAMILY: Optional[str] = None


def font_family() -> str:
    """The family QGIS sheets are set in: :func:`..maps.fonts.export_faces`' copy of the CJK
    font, registered with Qt (so PDF text extracts as the hanzi written), else the CJK font."""
    global _FAMILY
    if _FAMILY is None:
        from qgis.PyQt.QtGui import QFontDatabase

        from ..processing.maps.fonts import export_faces

        family, files = export_faces()
        ok = bool(files)
        for f in files:
            ok = QFontDatabase.addApplicationFont(str(f)) >= 0 and ok
        _FAMILY = family if ok else cjk_font().family
    return _FAMILY


def _no_shaping(font: QFont) -> QFont:
    """``font`` drawn without OpenType shaping: Qt's PDF engine otherwise writes Latin digits
    of Noto Sans CJK as substituted glyphs with no Unicode mapping, and ``2021-12-31`` would be
    missing from the PDF's text (copy, search, ``pdftotext``)."""
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    font.setFamily(font_family())
    return font


def unshape_fonts(layout) -> None:
    """Every label, scale bar and legend of ``layout`` without OpenType shaping."""
    for it in layout.items():
        if isinstance(it, QgsLayoutItemLabel):
            if hasattr(it, "textFormat"):  # QGIS >= 3.24
                fmt = it.textFormat()
                fmt.setFont(_no_shaping(fmt.font()))
                it.setTextFormat(fmt)
            else:
                it.setFont(_no_shaping(it.font()))
        elif isinstance(it, QgsLayoutItemScaleBar):
            if hasattr(it, "textFormat"):
                fmt = it.textFormat()
                fmt.setFont(_no_shaping(fmt.font()))
                it.setTextFormat(fmt)
            else:
                it.setFont(_no_shaping(it.font()))


def _scale_font(label: QgsLayoutItemLabel, size_pt: float) -> None:
    """Set a label's type size (QgsTextFormat on QGIS >= 3.24, QFont on 3.22)."""
    if hasattr(label, "textFormat"):
        fmt = label.textFormat()
        fmt.setSize(size_pt)
        label.setTextFormat(fmt)
    else:
        font = label.font()
        font.setPointSizeF(size_pt)
        label.setFont(font)


def item(layout, ident: str):
    found = layout.itemById(ident)
    if found is None:
        raise LayoutError(f"the layout template has no item with id {ident!r}; rebuild it with "
                          f"scripts/build_layouts.py.")
    return found


# --- layers ------------------------------------------------------------------------------------

def _qcolor(rgba) -> QColor:
    if isinstance(rgba, str):
        return QColor(rgba)
    r, g, b, a = rgba
    return QColor(int(round(r * 255)), int(round(g * 255)), int(round(b * 255)),
                  int(round(a * 255)))


def _frame_for_gpkg(gdf):
    """Columns pyogrio can write: nullable booleans and other extension types as objects."""
    out = gdf.copy()
    for col in out.columns:
        if col == out.geometry.name:
            continue
        dtype = out[col].dtype
        if str(dtype) == "boolean":
            out[col] = out[col].astype(object).where(out[col].notna(), None).map(
                lambda v: None if v is None else int(bool(v)))
        elif pd.api.types.is_bool_dtype(dtype):
            out[col] = out[col].astype(int)
        elif pd.api.types.is_extension_array_dtype(dtype) and not \
                pd.api.types.is_datetime64_any_dtype(dtype):
            out[col] = out[col].astype(object)
    return out


def _split_kinds(name: str, gdf) -> dict:
    """A layer holding points and polygons as two layers (one geometry type each)."""
    import shapely

    t = shapely.get_type_id(gdf.geometry.to_numpy())
    pts = np.isin(t, (0, 4))
    polys = np.isin(t, (3, 6))
    out = {}
    if polys.any():
        out[f"{name}__polygon"] = gdf[polys]
    if pts.any():
        out[f"{name}__point"] = gdf[pts]
    return out


def write_layers(data: MapData, folder: Path) -> Path:
    """All layers of ``data`` into one GeoPackage (EPSG:4490, one geometry type per layer)."""
    path = Path(folder) / "sheets.gpkg"
    frames = {"districts": data.districts.assign(level="county"),
              "zones": data.zones.assign(level="zone", district_name=data.zones["name"]),
              "city": data.city}
    for name, gdf in data.layers.items():
        if gdf is None or not len(gdf):
            continue
        if name in ("communities", "key_places"):
            frames.update(_split_kinds(name, gdf))
        else:
            frames[name] = gdf
    for name, gdf in frames.items():
        if not len(gdf):
            continue
        _frame_for_gpkg(gdf).to_file(path, layer=name, driver="GPKG", engine="pyogrio",
                                      VERSION="1.2")
    return path


class SheetLayers:
    """The QGIS layers of one atlas (loaded once from :func:`write_layers`'s GeoPackage)."""

    def __init__(self, gpkg: Path, project: QgsProject, data: MapData,
                 styles_dir: Optional[Path] = None):
        self.gpkg, self.project, self.data = gpkg, project, data
        self.styles_dir = Path(styles_dir) if styles_dir else STYLES
        self.crs = QgsCoordinateReferenceSystem(f"EPSG:{data.crs.to_epsg()}")
        self.kept: list = []

    def load(self, table: str, name: Optional[str] = None) -> Optional[QgsVectorLayer]:
        layer = QgsVectorLayer(f"{self.gpkg}|layername={table}", name or table, "ogr")
        if not layer.isValid():
            return None
        self.project.addMapLayer(layer, False)
        self.kept.append(layer)
        return layer

    def styled(self, table: str, style: str, geometry: Optional[str] = None,
               name: Optional[str] = None) -> Optional[QgsVectorLayer]:
        layer = self.load(table, name)
        if layer is None:
            return None
        names = ([f"{style}.{geometry}.qml"] if geometry else []) + [f"{style}.qml"]
        for file in names:
            path = self.styles_dir / file
            if path.is_file():
                layer.loadNamedStyle(str(path))
                break
        layer.setLabelsEnabled(False)  # sheets label through one layer (see _label_layer)
        _text_boolean_categories(layer)
        _draw_order(layer, style, geometry, self.styles_dir)
        return layer

    def memory(self, wkts: Sequence[str], name: str, symbol) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:{self.data.crs.to_epsg()}", name, "memory")
        feats = []
        for w in wkts:
            f = QgsFeature()
            f.setGeometry(QgsGeometry.fromWkt(w))
            feats.append(f)
        layer.dataProvider().addFeatures(feats)
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        self.project.addMapLayer(layer, False)
        self.kept.append(layer)
        return layer


def _text_boolean_categories(layer: QgsVectorLayer) -> None:
    """A categorized style on a boolean expression with categories ``'true'``/``'false'``
    (styles/manholes.qml) matches nothing in QGIS 3.22 (the expression yields a boolean, the
    categories are text) and draws no feature: make the expression yield that text."""
    r = layer.renderer()
    if not isinstance(r, QgsCategorizedSymbolRenderer):
        return
    attr = r.classAttribute()
    values = {str(c.value()) for c in r.categories()}
    if layer.fields().lookupField(attr) >= 0 or not values <= {"true", "false", ""}:
        return
    r.setClassAttribute(f"CASE WHEN ({attr}) THEN 'true' ELSE 'false' END")


def _draw_order(layer: QgsVectorLayer, style_name: str, geometry: Optional[str],
                styles_dir: Path) -> None:
    """Symbol levels in :func:`qml.draw_rank` order, the order matplotlib draws the classes
    in (the monitored manholes over the others, not buried under them)."""
    r = layer.renderer()
    if not isinstance(r, QgsCategorizedSymbolRenderer):
        return
    style = qml.load_style(style_name, styles_dir, geometry=geometry)
    ranks = {c.value: qml.draw_rank(style, i) for i, c in enumerate(style.classes)}
    for i, cat in enumerate(r.categories()):
        sym = cat.symbol().clone()
        for j in range(sym.symbolLayerCount()):
            sym.symbolLayer(j).setRenderingPass(ranks.get(str(cat.value()), i + 1))
        r.updateCategorySymbol(i, sym)
    r.setUsingSymbolLevels(True)


def _fill(color, outline="no", width=0.0, outline_color="0,0,0,0") -> QgsFillSymbol:
    c = _qcolor(color)
    return QgsFillSymbol.createSimple({
        "color": f"{c.red()},{c.green()},{c.blue()},{c.alpha()}",
        "outline_style": outline, "outline_width": str(width),
        "outline_color": outline_color if isinstance(outline_color, str) else
        ",".join(str(int(round(v * 255))) for v in outline_color)})


def _scale_points(layer: QgsVectorLayer, factor: float) -> None:
    """Point symbols ``factor`` times their QML size (overview sheets, as in matplotlib)."""
    r = layer.renderer()
    if isinstance(r, QgsCategorizedSymbolRenderer):
        for i, cat in enumerate(r.categories()):
            sym = cat.symbol().clone()
            if isinstance(sym, QgsMarkerSymbol):
                sym.setSize(sym.size() * factor)
                r.updateCategorySymbol(i, sym)
    elif isinstance(r, QgsSingleSymbolRenderer) and isinstance(r.symbol(), QgsMarkerSymbol):
        r.symbol().setSize(r.symbol().size() * factor)


def legend_counts(data: MapData, name: str, focus_geom, styles_dir: Path) -> dict[str, int]:
    """Features of theme layer ``name`` inside ``focus_geom`` per legend class label of its
    style, both kinds together where the layer has points and polygons (as the matplotlib
    legend counts them)."""
    import shapely

    gdf = data.layers.get(name)
    if gdf is None or not len(gdf):
        return {}
    tables = _split_kinds(name, gdf) if name in ("communities", "key_places") else {name: gdf}
    inside = gdf[shapely.intersects(gdf.geometry.to_numpy(), focus_geom)]
    counts: dict[str, int] = {}
    for table, part in tables.items():
        kind = table.split("__")[1] if "__" in table else None
        style = qml.load_style(name, styles_dir, geometry=kind)
        found = qml.class_counts(style, inside[inside.index.isin(part.index)])
        for c, n in zip(style.classes, found):
            counts[c.label] = counts.get(c.label, 0) + n
    return counts


def count_label(label: str, count: int) -> str:
    """A legend class with its count, as the matplotlib legend writes it."""
    return f"{label}  ({count:,})"


def bare_label(text: str) -> str:
    """A legend class label without the count :func:`count_label` added."""
    found = re.fullmatch(r"(.*)  \([0-9,]+\)", text, flags=re.S)
    return found.group(1) if found else text


def _count_labels(layer: QgsVectorLayer, counts: dict[str, int]) -> None:
    """Category labels of ``layer`` with the number of features in the sheet's district."""
    r = layer.renderer()
    if not isinstance(r, QgsCategorizedSymbolRenderer):
        return
    for i, cat in enumerate(r.categories()):
        if cat.label() in counts:
            r.updateCategoryLabel(i, count_label(cat.label(), counts[cat.label()]))


def _choropleth(layer: QgsVectorLayer, style: qml.LayerStyle) -> None:
    """A graduated renderer on ``layer`` with the classes and colours of ``style`` (those the
    matplotlib renderer draws), symbols cloned from the QML's first range."""
    old = layer.renderer()
    ranges = old.ranges() if isinstance(old, QgsGraduatedSymbolRenderer) else []
    template = ranges[0].symbol().clone() if ranges else _fill("#cccccc")
    new_ranges = []
    for c in style.classes:
        sym = template.clone()
        sym.setColor(_qcolor(c.symbol.color))
        if sym.symbolLayerCount():
            sym.symbolLayer(0).setStrokeStyle(0)  # Qt.NoPen: boundaries are drawn on top
        new_ranges.append(QgsRendererRange(c.lower, c.upper, sym, c.label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(style.attr, new_ranges))


def _label_layer(sheets: SheetLayers, items: list[dict], atlas: bool = False) -> QgsVectorLayer:
    """A point layer of label anchors (same positions as matplotlib) labelled by QGIS, whose
    engine keeps them apart (a label that collides is dropped).  ``atlas``: an item may
    carry its district's ``code`` and, under ``focus``, how it looks when that district is
    the atlas page's (``text``, ``weight``, ``size``, ``color``); each page then labels its
    own district as that district's sheet does."""
    epsg = sheets.data.crs.to_epsg()
    names = ("label", "bold", "size", "color")
    kinds = ("string", "integer", "double", "string")
    fields = "".join(f"&field={n}:{k}" for n, k in zip(names, kinds))
    if atlas:
        fields += "".join(f"&field={n}_f:{k}" for n, k in zip(names, kinds)) + \
            "&field=code:string"
    layer = QgsVectorLayer(f"Point?crs=EPSG:{epsg}{fields}&field=prio:integer", "labels",
                           "memory")

    def values(it: dict) -> list:
        return [it["text"], int(it.get("weight") == "bold"), float(it["size"]),
                it.get("color", D.INK)]

    feats = []
    for i, it in enumerate(items):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POINT ({it['x']} {it['y']})"))
        row = values(it)
        if atlas:
            row += values({**it, **it.get("focus", {})}) + [str(it.get("code", ""))]
        f.setAttributes(row + [10 - min(i, 9)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "size": "0", "color": "0,0,0,0", "outline_style": "no"})))
    fmt = QgsTextFormat()
    fmt.setFont(_no_shaping(QFont(font_family())))
    fmt.setSize(9)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor(D.HALO))
    fmt.setBuffer(buf)
    pal = QgsPalLayerSettings()
    on_page = "\"code\" = attribute(@atlas_feature, 'district_code')"

    def chosen(name: str) -> str:
        return f'if({on_page}, "{name}_f", "{name}")' if atlas else f'"{name}"'

    pal.fieldName = chosen("label")
    pal.isExpression = atlas
    pal.setFormat(fmt)
    pal.placement = label_over_point()
    pal.quadOffset = label_quadrant_over()
    pal.multilineAlign = label_multiline_center()
    props = QgsPropertyCollection()
    props.setProperty(QgsPalLayerSettings.Property.Bold, QgsProperty.fromExpression(chosen("bold")))
    props.setProperty(QgsPalLayerSettings.Property.Size, QgsProperty.fromExpression(chosen("size")))
    props.setProperty(QgsPalLayerSettings.Property.Color,
                      QgsProperty.fromExpression(chosen("color")))
    props.setProperty(QgsPalLayerSettings.Property.Priority, QgsProperty.fromExpression(
        f'if({on_page}, 10, "prio")' if atlas else '"prio"'))
    pal.setDataDefinedProperties(props)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)
    sheets.project.addMapLayer(layer, False)
    sheets.kept.append(layer)
    return layer


# --- one sheet -----------------------------------------------------------------------------------

def _set_text(layout, ident: str, text: str) -> None:
    lbl = item(layout, ident)
    lbl.setText(text)


def _legend_fonts(legend: QgsLayoutItemLegend, page: D.PageSpec, shrink: float = 1.0) -> None:
    """Type sizes and symbol sizes of the legend (the design's, times ``shrink`` to fit)."""
    family = font_family()
    for style, pt, bold in ((legend_component("Title"), page.pt("panel_title"), True),
                            (legend_component("Group"), page.pt("legend_group"), True),
                            (legend_component("Subgroup"), page.pt("legend") * 1.05, True),
                            (legend_component("SymbolLabel"), page.pt("legend"), False)):
        f = _no_shaping(QFont(family))
        f.setPointSizeF(pt * (1.0 if style == legend_component("Title") else shrink))
        f.setBold(bold)
        set_legend_font(legend, style, f)
    legend.setSymbolWidth(5.5 * page.k * shrink)
    legend.setSymbolHeight(3.0 * page.k * shrink)
    legend.setBoxSpace(2.5 * page.k)
    for style in (legend_component("Symbol"), legend_component("SymbolLabel")):
        legend.rstyle(style).setMargin(QgsLegendStyle.Side.Top, 1.2 * page.k * shrink)
    legend.rstyle(legend_component("Group")).setMargin(QgsLegendStyle.Side.Top,
                                                       2.0 * page.k * shrink)


def sheet_layout(data: MapData, sheet: Sheet, page: D.PageSpec, sheets: SheetLayers,
                 project: QgsProject, *, produced: Optional[dt.date] = None) -> QgsPrintLayout:
    """The print layout of one sheet (``data`` in ``data.crs``, as for matplotlib)."""
    import shapely

    theme: Theme = sheet.theme
    overview = sheet.code is None
    layout = load_layout(page, not overview, project)
    frames = page.frames(locator=not overview)
    k = page.k
    sv = sheet_view(data, sheet, frames["map"])
    row, focus_geom, scale, extent = sv.row, sv.focus, sv.scale, sv.extent
    place_zh, place_en = sv.place_zh, sv.place_en
    view = shapely.box(*extent)

    # layers, bottom to top
    bottom: list = []
    legend_layers: list = []  # (layer, title)
    land = sheets.load("districts", "land")
    land.setRenderer(QgsSingleSymbolRenderer(_fill(D.DISTRICT_FILL)))
    bottom.append(land)
    if theme.choropleth and overview:
        values = data.districts[theme.choropleth].to_numpy(dtype=float)
        cstyle = qml.choropleth_style(theme.choropleth, values, sheets.styles_dir)
        chor = sheets.styled("districts", "district_indicators",
                             name=D_label(theme.choropleth))
        _choropleth(chor, cstyle)
        cls = qml.classify(cstyle, pd.Series(values))
        r = chor.renderer()
        for i, c in enumerate(cstyle.classes):
            r.updateRangeLabel(i, f"{c.label}  ({int((cls == i).sum()):,})")
        bottom.append(chor)
        nodata = np.isnan(values)
        if nodata.any():
            nd = sheets.memory([g.wkt for g in data.districts.geometry[nodata]],
                               "无数据 No data", _fill(qml.NO_DATA.color))
            bottom.append(nd)
            legend_layers.append((nd, f"无数据 No data  ({int(nodata.sum())})"))
        legend_layers.insert(0, (chor, D_label(theme.choropleth)))
    theme_layers = []
    legend_theme = []
    for name in theme.layers_for(overview):
        gdf = data.layers.get(name)
        if gdf is None or not len(gdf):
            continue
        tables = (_split_kinds(name, gdf) if name in ("communities", "key_places")
                  else {name: gdf})
        lyr = None
        for table, part in tables.items():
            geometry = table.split("__")[1] if "__" in table else None
            lyr = sheets.styled(table, name, geometry, name=LAYER_LABELS.get(name, (name,))[0])
            if lyr is None:
                continue
            if overview:
                _scale_points(lyr, 0.7)
            theme_layers.append(lyr)
        if lyr is not None and tables:
            # one legend entry per theme layer (points over polygons), counting both kinds
            # inside the sheet's district, as the matplotlib legend does
            _count_labels(lyr, legend_counts(data, name, focus_geom, sheets.styles_dir))
            lyr.setCustomProperty(PROPERTY_THEME_LAYER, name)
            legend_theme.append(lyr)
    top: list = []
    if not overview:
        veil = shapely.difference(view, focus_geom)
        top.append(sheets.memory([veil.wkt], "veil", _fill((1, 1, 1, 0.55))))
    zones = sheets.styled("zones", "districts", name="功能区 zones") if len(data.zones) else None
    if zones is not None:
        from ..processing.maps.design import ZONE_CASING_MM

        dsty = qml.load_style("districts", sheets.styles_dir)
        zs = next((c.symbol for c in dsty.classes if c.value == "zone"), None)
        casing_mm = ((zs.outline_mm if zs else 0.4) + ZONE_CASING_MM) * k
        top.append(sheets.memory([g.wkt for g in data.zones.geometry], "zone casing",
                                 _fill((0, 0, 0, 0), "solid", casing_mm, "255,255,255,230")))
        top.append(zones)
    outlines = sheets.styled("districts", "districts", name="行政区划 Boundaries")
    top.append(outlines)
    if not overview:
        dstyle = qml.load_style("districts", sheets.styles_dir)
        county = next((c.symbol for c in dstyle.classes if c.value == "county"), None)
        width = (county.outline_mm if county else 0.6) * 1.8 * k
        focus = sheets.memory([focus_geom.wkt], "focus",
                              _fill((0, 0, 0, 0), "solid", width,
                                    county.outline if county else (0.19, 0.19, 0.19, 1)))
        top.append(focus)
    # labels: the same anchors and texts as matplotlib
    items = district_labels(data, sheet, page)
    zone_color = _zone_label_color(sheets.styles_dir)
    for _, z in data.zones.iterrows():
        if shapely.intersects(z.geometry, view):
            x, y = label_point(z.geometry)
            items.append(dict(x=x, y=y, text=str(z["name"]), size=page.pt("label_small"),
                              color=zone_color, weight="normal"))
    labels = _label_layer(sheets, items)

    mp: QgsLayoutItemMap = item(layout, "map")
    mp.setCrs(sheets.crs)
    mp.setLayers([labels, *reversed(top), *reversed(theme_layers), *reversed(bottom)])
    mp.setKeepLayerSet(True)
    mp.setExtent(QgsRectangle(*extent))
    mp.setScale(scale)

    # legend: top layer first, then the choropleth, then boundaries
    legend: QgsLayoutItemLegend = item(layout, "legend")
    # the legend's own layer tree (it owns it: a tree made here would be freed with its
    # Python object while the layout, kept in a project, still draws it)
    if legend.autoUpdateModel():
        legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    rows = 0
    for lyr in reversed(legend_theme):
        node = root.addLayer(lyr)
        r = lyr.renderer()
        rows += 1 + (len(r.categories()) if isinstance(r, QgsCategorizedSymbolRenderer) else 0)
    for lyr, title in legend_layers:
        node = root.addLayer(lyr)
        node.setName(title)
        r = lyr.renderer()
        rows += 1 + (len(r.ranges()) if isinstance(r, QgsGraduatedSymbolRenderer) else 0)
    bnode = root.addLayer(outlines)
    bnode.setName("行政区划 Boundaries")
    keep = [i for i, c in enumerate(outlines.renderer().categories())
            if str(c.value()) in ("county", "zone")] \
        if isinstance(outlines.renderer(), QgsCategorizedSymbolRenderer) else []
    if keep:  # only the boundaries drawn on the sheet, not the style's other classes
        from qgis.core import QgsMapLayerLegendUtils

        QgsMapLayerLegendUtils.setLegendNodeOrder(bnode, keep)
    rows += 1 + max(len(keep), 1)
    # as many rows as the frame holds; two columns only where the frame is wide (portrait),
    # otherwise smaller type and spacing, as the matplotlib legend does
    per_column = (frames["legend"].h - 9 * k) / (4.9 * k)
    columns = 2 if rows > per_column and frames["legend"].w > 70 * k else 1
    shrink = min(1.0, max(0.6, per_column * columns / max(rows, 1)))
    _legend_fonts(legend, page, shrink)
    legend.setColumnCount(columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.refresh()

    # furniture
    texts = D.sheet_text(theme_zh=theme.title_zh, theme_en=theme.title_en, place_zh=place_zh,
                         place_en=place_en, as_of=data.as_of, source=_source(data),
                         crs_name=_crs_name(data), produced=produced, scale=scale,
                         version=_version())
    _set_text(layout, "title", texts.title)
    _set_text(layout, "subtitle", texts.subtitle)
    _set_text(layout, "footer_left", texts.footer_left)
    _set_text(layout, "footer_right", texts.footer_right)
    _set_text(layout, "scale_text", f"比例尺 {D.format_scale(scale)}")
    bar: QgsLayoutItemScaleBar = item(layout, "scalebar")
    km, nseg = D.scale_bar_km(scale, frames["scalebar"].w - 12 * k)
    bar.setNumberOfSegments(nseg)
    bar.setUnitsPerSegment(km / nseg)
    bar.setNumberOfSegmentsLeft(0)
    bar.update()
    from qgis.core import QgsLayoutSize

    bg = item(layout, "scalebar_bg")  # hug the bar, as the matplotlib sheet does
    bg.attemptResize(QgsLayoutSize(km * 1e6 / scale + 10 * k, frames["scalebar"].h,
                                   layout_mm()))
    north: QgsLayoutItemPicture = item(layout, "north")
    north.setPicturePath(str(LAYOUTS / "north_arrow.svg"))
    north.setLinkedMap(mp)
    names, values = figure_lines(data, row, theme)
    _set_text(layout, "figures_title", f"主要指标 Key figures · {place_zh}")
    _set_text(layout, "figures_names", "\n".join(names))
    _set_text(layout, "figures_values", "\n".join(values))
    fit_figures(layout, page, len(names))
    if not overview:
        _set_text(layout, "locator_title", f"位置示意 Locator · {data.city_name}")
        loc: QgsLayoutItemMap = item(layout, "locator")
        grey = sheets.memory([g.wkt for g in data.districts.geometry], "locator_all",
                             _fill("#d9d9d9", "solid", 0.2 * k, "255,255,255,255"))
        red = sheets.memory([focus_geom.wkt], "locator_focus",
                            _fill(D.HIGHLIGHT, "solid", 0.2 * k, "255,255,255,255"))
        loc.setCrs(sheets.crs)
        loc.setLayers([red, grey])
        loc.setKeepLayerSet(True)
        xmin, ymin, xmax, ymax = data.city.total_bounds
        px, py = (xmax - xmin) * 0.06, (ymax - ymin) * 0.06
        ex = (min(xmin, extent[0]) - px, min(ymin, extent[1]) - py,
              max(xmax, extent[2]) + px, max(ymax, extent[3]) + py)
        lr = loc.rect()
        s = max((ex[2] - ex[0]) / lr.width(), (ex[3] - ex[1]) / lr.height())
        cx, cy = (ex[0] + ex[2]) / 2, (ex[1] + ex[3]) / 2
        loc.setExtent(QgsRectangle(cx - s * lr.width() / 2, cy - s * lr.height() / 2,
                                   cx + s * lr.width() / 2, cy + s * lr.height() / 2))
        ov = QgsLayoutItemMapOverview("extent", loc)
        loc.overviews().addOverview(ov)
        ov.setLinkedMap(mp)
        ov.setFrameSymbol(QgsFillSymbol.createSimple({
            "color": "0,0,0,0", "outline_color": D.INK, "outline_style": "dash",
            "outline_width": str(0.35 * k)}))
    layout.refresh()
    return layout


def figure_lines(data: MapData, row, theme: Theme) -> tuple[list[str], list[str]]:
    """The key-figures box of one place (``row``): its names column and its values column,
    line by line (a target's detail on a line of its own), the same words as the matplotlib
    sheet (:func:`~smartcity.processing.maps.sheetdata.key_figures`)."""
    from ..processing.maps.sheetdata import key_figures

    names, values = [], []
    for f in key_figures(data, row, theme.figures):
        names.append(f.label)
        values.append(f.value)
        if f.detail:
            names.append("")
            values.append(f.detail)
    return names, values


def fit_figures(layout, page: D.PageSpec, lines: int) -> None:
    """Key figures in the sheet's type size, smaller when ``lines`` would not fit the box."""
    body = item(layout, "figures_names").rect().height()  # mm: the layouts are in mm
    line_mm = page.pt("figures") / D.PT_PER_MM * 1.55  # Qt's line height for this font
    shrink = min(1.0, body / max(lines * line_mm, 1e-9))
    for ident in ("figures_names", "figures_values"):
        _scale_font(item(layout, ident), page.pt("figures") * shrink)


def D_label(indicator: str) -> str:
    from ..processing.indicator_names import INDICATOR_LABELS

    return INDICATOR_LABELS.get(indicator, (indicator,))[0]


# --- export --------------------------------------------------------------------------------------

class _Layouts(QgsAbstractLayoutIterator):
    """The sheets of an atlas as a layout iterator, so QGIS writes them into one PDF."""

    def __init__(self, build, n: int, progress: ProgressFn):
        super().__init__()
        self.build, self.n, self.i, self.current = build, n, -1, None
        self.progress = progress
        self.error: Optional[BaseException] = None

    def count(self) -> int:
        return self.n

    def beginRender(self) -> bool:  # noqa: N802
        self.i = -1
        return True

    def endRender(self) -> bool:  # noqa: N802
        return True

    def next(self) -> bool:
        # Called from QGIS's C++ export: an exception escaping here would abort the whole
        # process (PyQt's qFatal), so it is kept and re-raised once the export returns.
        self.i += 1
        if self.i >= self.n or self.error is not None:
            return False
        try:
            self.progress(100.0 * self.i / self.n, f"sheet {self.i + 1}/{self.n}")
            self.current = self.build(self.i)
        except BaseException as exc:  # noqa: BLE001 - re-raised by _render
            self.error = exc
            return False
        return True

    def layout(self):
        return self.current

    def filePath(self, baseFilePath: str, extension: str) -> str:  # noqa: N802,N803
        return baseFilePath


def pdf_settings(dpi: float = 300) -> QgsLayoutExporter.PdfExportSettings:
    """Vector PDF, text kept as text (fonts embedded), no rasterising."""
    from qgis.core import Qgis

    s = QgsLayoutExporter.PdfExportSettings()
    s.dpi = dpi
    s.rasterizeWholeImage = False
    s.forceVectorOutput = True
    s.simplifyGeometries = False
    s.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # scoped since 3.22
    return s


def render_sheets_qgis(data: MapData, indicator: str, out_dir: Path, *, district: str = "all",
                       paper: str = "A4", orientation: str = "landscape", fmt: str = "pdf",
                       dpi: float = 200, styles_dir: Optional[Path] = None,
                       progress: Optional[ProgressFn] = None) -> list[Path]:
    """The QGIS twin of :func:`smartcity.processing.maps.render_mpl.render_sheets`: same
    sheets, same file names, drawn by QGIS print layouts."""
    report = progress or no_progress
    page = D.PageSpec(paper, orientation)
    sheets_list = sheets_for(data, indicator, district)
    proj = data.to_crs(data.crs)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    # Qt objects must die on the main thread: a garbage collection triggered in another
    # thread (a progress bar's refresh thread) would run their destructors there
    import gc

    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        _render(proj, sheets_list, indicator, page, out_dir, fmt, dpi, styles_dir, report,
                written, data.as_of)
    finally:
        gc.collect()
        if gc_was_enabled:
            gc.enable()
    report(100.0, "done")
    return written


def _render(proj, sheets_list, indicator, page, out_dir, fmt, dpi, styles_dir, report,
            written, as_of) -> None:
    with qgis_application(), tempfile.TemporaryDirectory(prefix="smartcity-sheets-") as tmp:
        project = QgsProject()
        gpkg = write_layers(proj, Path(tmp))
        layers = SheetLayers(gpkg, project, proj, styles_dir)
        layouts: list = []

        def build(i: int):
            lay = sheet_layout(proj, sheets_list[i], page, layers, project)
            layouts.append(lay)  # keep alive until the export finished
            return lay

        if fmt == "pdf":
            n = len(sheets_list)
            path = sheet_path(out_dir, indicator, as_of, None if n > 1 else sheets_list[0],
                              "pdf")
            it = _Layouts(build, n, report)
            result, error = QgsLayoutExporter.exportToPdf(it, str(path), pdf_settings())
            if it.error is not None:
                raise it.error
            if result != QgsLayoutExporter.ExportResult.Success:
                raise LayoutError(f"QGIS could not write {path}: {error or result}")
            written.append(path)
        elif fmt == "png":
            for i, sheet in enumerate(sheets_list):
                report(100.0 * i / len(sheets_list), f"sheet {i + 1}/{len(sheets_list)}")
                lay = build(i)
                path = sheet_path(out_dir, indicator, as_of, sheet, "png")
                from qgis.PyQt.QtCore import QSize

                # rendered to an image and saved by Qt: exportToImage() would also try to
                # georeference the PNG through GDAL, which cannot update a PNG (an error on
                # stderr); the size is rounded, not truncated, as matplotlib's
                image = QgsLayoutExporter(lay).renderPageToImage(0, QSize(*page.pixels(dpi)),
                                                                 dpi)
                from qgis.PyQt.QtGui import QImage, QPainter

                opaque = QImage(image.size(), QImage.Format.Format_RGB32)  # on white paper
                opaque.fill(QColor("white"))
                painter = QPainter(opaque)
                painter.drawImage(0, 0, image)
                painter.end()
                dots = int(round(dpi / 0.0254))
                opaque.setDotsPerMeterX(dots)
                opaque.setDotsPerMeterY(dots)
                if image.isNull() or not opaque.save(str(path), "PNG"):
                    raise LayoutError(f"QGIS could not write {path}.")
                written.append(path)
        else:
            raise ValueError(f"format must be pdf or png, got {fmt!r}.")
        layouts.clear()
        project.clear()
        import gc

        gc.collect()


# --- layouts in the user's project ---------------------------------------------------------------

PROPERTY_SHEETS = "smartcity/sheets"
PROPERTY_THEME_LAYER = "smartcity/theme_layer"
"""Custom property of a sheet's legend layer: the theme layer it stands for (whose classes
the legend counts per district)."""
"""Custom property of the layer-tree group holding a sheet set's layers (its layouts' name)."""


def add_sheets_to_project(data: MapData, indicator: str, project: QgsProject, folder: Path, *,
                          district: str = "all", paper: str = "A4",
                          orientation: str = "landscape",
                          styles_dir: Optional[Path] = None) -> list[str]:
    """Put the sheets into ``project`` as print layouts a cartographer can edit in QGIS's
    layout designer; returns the layouts' names.

    One layout per sheet, as exported (the city overview, each district), and, when there
    are district sheets, an **atlas**: the district sheet's design with the atlas over the
    county districts, its map following each district, its title and key-figures heading
    naming the district by expression.  The layers the layouts draw are written to
    ``folder/<name>.gpkg`` (so they survive a project save) and added to the project in an
    unchecked group.  A set with the same name made earlier is replaced.  Main thread only.
    """
    page = D.PageSpec(paper, orientation)
    sheets_list = sheets_for(data, indicator, district)
    proj = data.to_crs(data.crs)
    base = f"{indicator}_{data.as_of.isoformat()}"
    title = f"{tr_sheets()} · {indicator} · {data.as_of.isoformat()}"
    remove_sheets_from_project(project, title)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gpkg_dir = folder / f"{base}_layers"
    gpkg_dir.mkdir(exist_ok=True)
    gpkg = write_layers(proj, gpkg_dir)
    layers = SheetLayers(gpkg, project, proj, styles_dir)
    manager = project.layoutManager()
    names: list[str] = []
    first_district = None
    for sheet in sheets_list:
        lay = sheet_layout(proj, sheet, page, layers, project)
        place = "全市 city" if sheet.code is None else str(proj.district(sheet.code)[
            "district_name"])
        lay.setName(f"{title} · {place}")
        lay.setCustomProperty(PROPERTY_SHEETS, title)
        manager.addLayout(lay)
        names.append(lay.name())
        if sheet.code is not None and first_district is None:
            first_district = sheet
    if first_district is not None:
        atlas_layout = sheet_layout(proj, first_district, page, layers, project)
        lines = write_atlas_table(proj, [s for s in sheets_list if s.code is not None], gpkg)
        _make_atlas(atlas_layout, layers,
                    str(proj.district(first_district.code)["district_name"]),
                    _atlas_label_items(proj, [s for s in sheets_list if s.code is not None],
                                       page, layers.styles_dir))
        fit_figures(atlas_layout, page, lines)
        atlas_layout.setName(f"{title} · 图集 atlas")
        atlas_layout.setCustomProperty(PROPERTY_SHEETS, title)
        manager.addLayout(atlas_layout)
        names.append(atlas_layout.name())
    root = project.layerTreeRoot()
    group = root.addGroup(title)
    group.setCustomProperty(PROPERTY_SHEETS, title)
    from qgis.core import QgsMapLayer

    for layer in layers.kept:
        if isinstance(layer, QgsMapLayer):
            group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    return names


def tr_sheets() -> str:
    return "智慧城市图幅 Map sheets"


ATLAS_TABLE = "atlas_districts"
"""The atlas's coverage table: the districts with each one's key-figures text."""
ATLAS_FIGURES = {"figures_names": "figures_names", "figures_values": "figures_values"}
"""Label item of the atlas layout -> the coverage field holding its text for each page."""


def write_atlas_table(data: MapData, sheets: Sequence[Sheet], gpkg: Path) -> int:
    """The districts of the district ``sheets`` into ``gpkg``'s :data:`ATLAS_TABLE`, with
    each one's key figures (:func:`figure_lines`, joined by newlines) in the fields of
    :data:`ATLAS_FIGURES`, which the atlas's labels show by expression (each page its own
    district's figures; a target's status is worked out here, not in a QGIS expression, so
    the atlas says what the single sheets and the matplotlib sheets say).  Returns the most
    lines one district's figures take (the type size must fit them all)."""
    rows, lines = [], 0
    for sheet in sheets:
        row = data.district(sheet.code)
        names, values = figure_lines(data, row, sheet.theme)
        rows.append({"district_code": str(sheet.code),
                     "district_name": str(row["district_name"]),
                     "figures_names": "\n".join(names), "figures_values": "\n".join(values),
                     "geometry": row.geometry})
        lines = max(lines, len(names))
    import geopandas as gpd

    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=data.districts.crs)
    frame.to_file(gpkg, layer=ATLAS_TABLE, driver="GPKG", engine="pyogrio", VERSION="1.2")
    return lines


def _atlas_label_items(data: MapData, sheets: Sequence[Sheet], page: D.PageSpec,
                       styles_dir: Path) -> list[dict]:
    """The atlas map's labels: each district as the other districts' sheets label it, with
    how its own sheet labels it under ``focus`` (:func:`_label_layer`), and every zone."""
    plain: dict[str, dict] = {}
    focus: dict[str, dict] = {}
    for sheet in sheets:
        for it in district_labels(data, sheet, page):
            (focus if it["code"] == str(sheet.code) else plain).setdefault(it["code"], it)
    out = [{**plain.get(code, focus.get(code, {})), "focus": focus.get(code, plain.get(code))}
           for code in dict.fromkeys([*focus, *plain])]
    color = _zone_label_color(styles_dir)
    for _, z in data.zones.iterrows():
        x, y = label_point(z.geometry)
        out.append(dict(x=x, y=y, text=str(z["name"]), size=page.pt("label_small"),
                        color=color, weight="normal"))
    return out


def _zone_label_color(styles_dir: Path) -> str:
    """The colour of zone names: the zone outline's in the districts' style."""
    zsym = next((c.symbol for c in qml.load_style("districts", styles_dir).classes
                 if c.value == "zone"), None)
    return _qcolor(zsym.edgecolor).name() if zsym is not None else "#7b3294"


def _make_atlas(layout: QgsPrintLayout, layers: SheetLayers, first: str,
                label_items: list[dict]) -> None:
    """Turn a district sheet's layout (of the district named ``first``) into an atlas over
    the districts of :func:`write_atlas_table`: its map follows each district, veiled
    outside it and outlined as the district sheets are, its labels, title, key-figures
    heading and key figures are expressions over the page's district, and the locator
    highlights it."""
    coverage = layers.load(ATLAS_TABLE, "图集范围 atlas districts")
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"district_name"')
    atlas.setFilterFeatures(False)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"district_code"')
    mp: QgsLayoutItemMap = item(layout, "map")
    # the first district's own memory layers (veil, focus, labels) by the atlas table's
    # features drawn by whether they are the page's
    swap = {"veil": lambda old: _atlas_layer(layers, old, "图集遮罩 atlas veil", True),
            "focus": lambda old: _atlas_layer(layers, old, "图集焦点 atlas focus"),
            "labels": lambda old: _label_layer(layers, label_items, atlas=True)}
    mp.setLayers([swap[lyr.name()](lyr) if lyr.providerType() == "memory"
                  and lyr.name() in swap else lyr for lyr in mp.layers()])
    mp.setAtlasDriven(True)
    mp.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    mp.setAtlasMargin(0.10)
    expressions = {"figures_title": "主要指标 Key figures · [% \"district_name\" %]"}
    expressions.update({ident: f"[% attribute(@atlas_feature, '{field}') %]"
                        for ident, field in ATLAS_FIGURES.items()})
    for ident, expression in expressions.items():
        label = layout.itemById(ident)
        if isinstance(label, QgsLayoutItemLabel):
            label.setText(expression)
    title = layout.itemById("title")
    if isinstance(title, QgsLayoutItemLabel):
        if first and first in title.text():
            title.setText(title.text().replace(first, '[% "district_name" %]'))
    _atlas_locator(layout, layers)
    _atlas_legend(layout)
    layout.refresh()


ATLAS_PAGE_RULE = "@atlas_featureid = $id"
"""Filter of the atlas table's features that are the page's district."""


def _atlas_layer(layers: SheetLayers, old: Optional[QgsVectorLayer], name: str,
                 outside: bool = False) -> QgsVectorLayer:
    """The atlas table drawn with ``old``'s symbol on the page's district
    (:data:`ATLAS_PAGE_RULE`), or everywhere else in the map (``outside``: the veil)."""
    from qgis.core import QgsInvertedPolygonRenderer

    layer = layers.load(ATLAS_TABLE, name)
    symbol = (old.renderer().symbol().clone() if old is not None
              and isinstance(old.renderer(), QgsSingleSymbolRenderer) else _fill(D.HIGHLIGHT))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, ATLAS_PAGE_RULE))
    renderer = QgsRuleBasedRenderer(root)
    layer.setRenderer(QgsInvertedPolygonRenderer(renderer) if outside else renderer)
    return layer


def _atlas_locator(layout: QgsPrintLayout, layers: SheetLayers) -> None:
    """The locator's highlight follows the atlas: the first district's red shape replaced by
    the atlas table drawn only where the feature is the page's."""
    loc = layout.itemById("locator")
    if not isinstance(loc, QgsLayoutItemMap):
        return
    old = next((lyr for lyr in loc.layers() if lyr.name() == "locator_focus"), None)
    current = _atlas_layer(layers, old, "图集位置 atlas locator")
    loc.setLayers([current if lyr is old else lyr for lyr in loc.layers()]
                  if old is not None else [current, *loc.layers()])


def _atlas_legend(layout: QgsPrintLayout) -> None:
    """The legend's classes without counts: the first district's counts would stay on every
    page, since QGIS 3.22's layout legend evaluates a label expression against the atlas
    feature it was made with, not the page's (qgis/QGIS#53442).  Each district's count is on
    its own sheet layout."""
    legend = layout.itemById("legend")
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    for node in legend.model().rootGroup().findLayers():
        layer = node.layer()
        if layer is None or not layer.customProperty(PROPERTY_THEME_LAYER):
            continue
        r = layer.renderer()
        if isinstance(r, QgsCategorizedSymbolRenderer):
            for i, cat in enumerate(r.categories()):
                r.updateCategoryLabel(i, bare_label(cat.label()))
        legend.model().refreshLayerLegend(node)
    legend.refresh()


def remove_sheets_from_project(project: QgsProject, title: str) -> None:
    """Remove the layouts and the layer group of the sheet set ``title`` from ``project``."""
    manager = project.layoutManager()
    for lay in list(manager.printLayouts()):
        if lay.customProperty(PROPERTY_SHEETS) == title:
            manager.removeLayout(lay)
    root = project.layerTreeRoot()
    for group in list(root.findGroups()):
        if group.customProperty(PROPERTY_SHEETS) == title:
            ids = [n.layerId() for n in group.findLayers()]
            root.removeChildNode(group)
            project.removeMapLayers(ids)
