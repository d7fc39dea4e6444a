"""Build the QGIS print-layout templates ``styles/layouts/*.qpt`` from the shared sheet design.

One template per paper (A4, A3), orientation (landscape, portrait) and kind (``city``: the
overview, no locator; ``district``: with the locator inset), with every frame taken from
:mod:`smartcity.processing.maps.design`, the same frames the matplotlib renderer draws in.
Items carry ids the QGIS renderer (``qgis_common/layouts.py``) fills in:
``title subtitle rule map north scalebar scale_text locator locator_title legend
figures_title figures_names figures_values footer_left footer_right``.

Also writes ``styles/layouts/north_arrow.svg`` (the north arrow both renderers draw).

Run after changing the design::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_layouts.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parents[1] / "styles" / "layouts"

NORTH_SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="90" height="150" viewBox="0 0 90 150">
  <text x="45" y="40" font-family="Noto Sans CJK SC, sans-serif" font-size="34" font-weight="bold"
        text-anchor="middle" fill="#222222">N</text>
  <polygon points="45,50 20,138 45,112" fill="#222222" stroke="#222222" stroke-width="2.5"
           stroke-linejoin="miter"/>
  <polygon points="45,50 70,138 45,112" fill="#ffffff" stroke="#222222" stroke-width="2.5"
           stroke-linejoin="miter"/>
</svg>
"""


def _color(hex_or_rgba):
    from qgis.PyQt.QtGui import QColor

    if isinstance(hex_or_rgba, str):
        return QColor(hex_or_rgba)
    r, g, b, a = hex_or_rgba
    return QColor(int(r * 255), int(g * 255), int(b * 255), int(a * 255))


def set_font(item, family: str, size_pt: float, bold: bool = False, color: str = "#222222"):
    """Font of a label or legend text (QgsTextFormat on QGIS ≥ 3.24, QFont on 3.22)."""
    from qgis.PyQt.QtGui import QFont

    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    if hasattr(item, "setTextFormat"):
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(size_pt)
        fmt.setColor(_color(color))
        item.setTextFormat(fmt)
    else:
        item.setFont(font)
        item.setFontColor(_color(color))


def _place(item, r, layout):
    from qgis.core import QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes

    item.attemptMove(QgsLayoutPoint(r.x, r.y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(r.w, r.h, QgsUnitTypes.LayoutMillimeters))


def _label(layout, ident: str, r, text: str, family: str, pt: float, *, bold=False,
           color="#222222", halign=None, valign=None):
    from qgis.core import QgsLayoutItemLabel
    from qgis.PyQt.QtCore import Qt

    item = QgsLayoutItemLabel(layout)
    item.setId(ident)
    item.setText(text)
    set_font(item, family, pt, bold, color)
    item.setHAlign(halign if halign is not None else Qt.AlignLeft)
    item.setVAlign(valign if valign is not None else Qt.AlignVCenter)
    item.setMarginX(0)
    item.setMarginY(0)
    layout.addLayoutItem(item)
    _place(item, r, layout)
    return item


def _frame(item, color: str, width_mm: float) -> None:
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(_color(color))
    from qgis.core import QgsLayoutMeasurement, QgsUnitTypes

    item.setFrameStrokeWidth(QgsLayoutMeasurement(width_mm, QgsUnitTypes.LayoutMillimeters))


def build_layout(page, locator: bool, family: str):
    """A QgsPrintLayout with every item of the design (texts are placeholders)."""
    from qgis.core import (QgsFillSymbol, QgsLayoutItemLegend, QgsLayoutItemMap,
                           QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutItemShape,
                           QgsLayoutSize, QgsPrintLayout, QgsProject, QgsUnitTypes)
    from qgis.PyQt.QtCore import Qt

    from smartcity.processing.maps import design as D

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"smartcity {page.paper} {page.orientation} {'district' if locator else 'city'}")
    w, h = page.size_mm
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    fr = page.frames(locator=locator)
    k = page.k

    t = fr["title"]
    _label(layout, "title", t, "威海市5G网络覆盖图", family, page.pt("title"), bold=True,
           valign=Qt.AlignBottom)
    s = fr["subtitle"]
    _label(layout, "subtitle", s, "5G network coverage    截至 2021年12月31日  As of 2021-12-31",
           family, page.pt("subtitle"), color=D.MUTED)
    rule = QgsLayoutItemShape(layout)
    rule.setShapeType(QgsLayoutItemShape.Rectangle)
    rule.setId("rule")
    rule.setSymbol(QgsFillSymbol.createSimple({"color": D.INK, "outline_style": "no"}))
    layout.addLayoutItem(rule)
    _place(rule, D.Rect(s.x, s.bottom + 1.2 * k - page.line_mm("rule") / 2, s.w,
                        page.line_mm("rule")), layout)

    m = fr["map"]
    mp = QgsLayoutItemMap(layout)
    mp.setId("map")
    layout.addLayoutItem(mp)
    _place(mp, m, layout)
    mp.setBackgroundColor(_color(D.MAP_BACKGROUND))
    _frame(mp, D.INK, page.line_mm("neatline"))

    nb = fr["north"]
    nbg = QgsLayoutItemShape(layout)
    nbg.setId("north_bg")
    nbg.setShapeType(QgsLayoutItemShape.Rectangle)
    nbg.setSymbol(QgsFillSymbol.createSimple({"color": "255,255,255,217", "outline_style": "no"}))
    layout.addLayoutItem(nbg)
    _place(nbg, nb, layout)
    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(str(OUT / "north_arrow.svg"))
    north.setLinkedMap(mp)
    north.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    layout.addLayoutItem(north)
    _place(north, D.Rect(nb.x + 0.5 * k, nb.y + 0.6 * k, nb.w - 1 * k, nb.h - 1.2 * k), layout)

    sb = fr["scalebar"]
    sbg = QgsLayoutItemShape(layout)
    sbg.setId("scalebar_bg")
    sbg.setShapeType(QgsLayoutItemShape.Rectangle)
    sbg.setSymbol(QgsFillSymbol.createSimple({"color": "255,255,255,217", "outline_style": "no"}))
    layout.addLayoutItem(sbg)
    _place(sbg, sb, layout)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(mp)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(4)
    bar.setUnitsPerSegment(5)
    bar.setHeight(1.3 * k)
    bar.setLabelBarSpace(0.8 * k)
    bar.setBoxContentSpace(0.0)
    set_font(bar, family, page.pt("scalebar"))
    bar.setBackgroundEnabled(False)
    layout.addLayoutItem(bar)
    _place(bar, D.Rect(sb.x + 2.5 * k, sb.y + 0.8 * k, sb.w - 4 * k, 6.5 * k), layout)
    _label(layout, "scale_text", D.Rect(sb.x + 3 * k, sb.y + 7.2 * k, sb.w - 4 * k, 3.2 * k),
           "比例尺 1:750 000", family, page.pt("scalebar"))

    if locator:
        lr = fr["locator"]
        head = 5.5 * k
        _label(layout, "locator_title", D.Rect(lr.x, lr.y, lr.w, head),
               "位置示意 Locator · 威海市", family, page.pt("locator"), bold=True)
        loc = QgsLayoutItemMap(layout)
        loc.setId("locator")
        layout.addLayoutItem(loc)
        _place(loc, D.Rect(lr.x, lr.y + head, lr.w, lr.h - head), layout)
        loc.setBackgroundColor(_color(D.MAP_BACKGROUND))
        _frame(loc, D.RULE, D.LINE_MM["rule"] * k)

    lg = fr["legend"]
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("图例 Legend")
    legend.setLinkedMap(mp)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)
    _place(legend, lg, layout)
    _frame(legend, D.RULE, D.LINE_MM["rule"] * k)
    legend.setBackgroundColor(_color("#ffffff"))

    fg = fr["figures"]
    box = QgsLayoutItemShape(layout)
    box.setId("figures_frame")
    box.setShapeType(QgsLayoutItemShape.Rectangle)
    box.setSymbol(QgsFillSymbol.createSimple({"color": "#ffffff", "outline_color": D.RULE,
                                              "outline_width": str(D.LINE_MM["rule"] * k)}))
    layout.addLayoutItem(box)
    _place(box, fg, layout)
    _label(layout, "figures_title", D.Rect(fg.x + 2.5 * k, fg.y + 1.5 * k, fg.w - 5 * k, 5 * k),
           "主要指标 Key figures", family, page.pt("panel_title"), bold=True, valign=Qt.AlignTop)
    body = D.Rect(fg.x + 2.5 * k, fg.y + 8 * k, fg.w - 5 * k, fg.h - 9 * k)
    _label(layout, "figures_names", body, "指标", family, page.pt("figures"), valign=Qt.AlignTop)
    _label(layout, "figures_values", body, "0", family, page.pt("figures"), bold=True,
           halign=Qt.AlignRight, valign=Qt.AlignTop)

    f = fr["footer"]
    _label(layout, "footer_left", f, "数据来源 Source", family, page.pt("footer"), color=D.MUTED)
    _label(layout, "footer_right", f, "制图日期 Produced", family, page.pt("footer"),
           color=D.MUTED, halign=Qt.AlignRight)
    return layout


def template_path(paper: str, orientation: str, locator: bool) -> Path:
    return OUT / f"{paper}_{orientation}_{'district' if locator else 'city'}.qpt"


def main() -> int:
    from qgis.core import QgsApplication, QgsReadWriteContext

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from smartcity.processing.maps import design as D
    from smartcity.processing.maps.fonts import cjk_font

    app = QgsApplication.instance() or QgsApplication([], False)
    if QgsApplication.instance() is app and not getattr(app, "_smartcity_init", False):
        app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "north_arrow.svg").write_text(NORTH_SVG, encoding="utf-8")
    family = cjk_font().family
    for paper in D.PAPERS:
        for orientation in D.ORIENTATIONS:
            for locator in (False, True):
                layout = build_layout(D.PageSpec(paper, orientation), locator, family)
                path = template_path(paper, orientation, locator)
                if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
                    print(f"could not write {path}", file=sys.stderr)
                    return 1
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
