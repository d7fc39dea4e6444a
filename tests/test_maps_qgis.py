"""Map sheets with the QGIS renderer: the print-layout templates, the atlas in PDF and PNG,
the ``mapsheet`` Processing algorithm and ``qgis_process``.

Oracles: the shared design (:mod:`smartcity.processing.maps.design`) for the templates'
frames; poppler (``pdfinfo``, ``pdffonts``, ``pdftotext``) for the PDFs; ISO paper sizes and
the DPI for PNG sizes; the matplotlib sheets of the same data for the districts' colours.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest


def _helpers():
    """The poppler/PNG helpers of test_maps.py (tests run in importlib mode: no sibling
    imports)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_smartcity_test_maps",
                                                  Path(__file__).with_name("test_maps.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_h = _helpers()
AS_OF, DISTRICT_NAMES = _h.AS_OF, _h.DISTRICT_NAMES
embedded_cjk_fonts, expected_pixels, not_blank = _h.embedded_cjk_fonts, _h.expected_pixels, _h.not_blank
pdf_pages, pdf_text = _h.pdf_pages, _h.pdf_text

pytestmark = pytest.mark.qgis


@pytest.fixture(scope="module")
def map_data(sample_store):
    from smartcity.processing.maps.sheetdata import build_map_data

    return build_map_data(sample_store, AS_OF)


@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("district", [False, True])
def test_templates_follow_the_shared_design(qgis_app, paper, orientation, district):
    from qgis.core import QgsProject

    from smartcity.processing.maps.design import PageSpec
    from smartcity.qgis_common.compat import layout_mm
    from smartcity.qgis_common.layouts import load_layout

    page = PageSpec(paper, orientation)
    layout = load_layout(page, district, QgsProject.instance())
    size = layout.pageCollection().page(0).pageSize()
    assert (round(size.width(), 3), round(size.height(), 3)) == page.size_mm
    for name, r in page.frames(locator=district).items():
        if name in ("north", "scalebar", "figures"):
            continue  # drawn inset by a margin, checked through their backgrounds below
        for ident in {"footer": ("footer_left", "footer_right"),
                      "locator": ("locator_title",)}.get(name, (name,)):
            item = layout.itemById(ident)
            assert item is not None, ident
            pos, sz = item.positionWithUnits(), item.sizeWithUnits()
            assert pos.units() == layout_mm()
            assert np.allclose([pos.x(), pos.y(), sz.width()], [r.x, r.y, r.w], atol=1e-6), ident
            if name != "locator":
                assert np.isclose(sz.height(), r.h, atol=1e-6), ident
    for bg, frame in (("north_bg", "north"), ("scalebar_bg", "scalebar"),
                      ("figures_frame", "figures")):
        item, r = layout.itemById(bg), page.frames(locator=district)[frame]
        assert np.allclose([item.positionWithUnits().x(), item.positionWithUnits().y()],
                           [r.x, r.y], atol=1e-6)
    assert (layout.itemById("locator") is not None) is district


def test_qgis_atlas_pdf(qgis_app, map_data, tmp_path):
    from smartcity.qgis_common.layouts import render_sheets_qgis

    (pdf,) = render_sheets_qgis(map_data, "cov_5g_area_pct", tmp_path, district="all",
                                fmt="pdf")
    assert pdf.name == "cov_5g_area_pct_2021-12-31_atlas.pdf"
    assert pdf_pages(pdf) == 1 + len(DISTRICT_NAMES)
    assert embedded_cjk_fonts(pdf)
    text = pdf_text(pdf)
    assert "威海市5G面积覆盖率分布图" in text
    assert "2021年12月31日" in text and "2021-12-31" in text
    for name in DISTRICT_NAMES:
        assert name in text and f"{name}5G面积覆盖率分布图" in text
    assert "图例" in text and "数据来源" in text and "制图日期" in text


def test_qgis_png_matches_matplotlib(qgis_app, map_data, tmp_path):
    """Same sheet, both renderers: same pixel size, and inside each district the same
    choropleth colour."""
    import shapely
    from PIL import Image

    from smartcity.processing.maps.design import PageSpec, map_view
    from smartcity.processing.maps.render_mpl import render_sheets
    from smartcity.qgis_common.layouts import render_sheets_qgis

    dpi = 50
    (q,) = render_sheets_qgis(map_data, "cov_5g_area_pct", tmp_path / "q", district="city",
                              fmt="png", dpi=dpi)
    (m,) = render_sheets(map_data, "cov_5g_area_pct", tmp_path / "m", district="city",
                         fmt="png", dpi=dpi)
    qi, mi = Image.open(q).convert("RGB"), Image.open(m).convert("RGB")
    assert qi.size == mi.size == expected_pixels("A4", "landscape", dpi)
    not_blank(q)
    page = PageSpec("A4", "landscape")
    frame = page.frames(locator=False)["map"]
    proj = map_data.to_crs(map_data.crs)
    _, (x0, y0, x1, y1) = map_view(
        shapely.bounds(shapely.union_all(proj.districts.geometry.to_numpy())).tolist(), frame)
    qa, ma = np.asarray(qi, dtype=int), np.asarray(mi, dtype=int)
    rng = np.random.default_rng(3)
    for geom in proj.districts.geometry:
        inner = geom.buffer(-3000)
        xmin, ymin, xmax, ymax = inner.bounds
        pts = shapely.points(rng.uniform(xmin, xmax, 400), rng.uniform(ymin, ymax, 400))
        xy = shapely.get_coordinates(pts[shapely.contains(inner, pts)][:60])
        col = ((frame.x + (xy[:, 0] - x0) / (x1 - x0) * frame.w) / 25.4 * dpi).astype(int)
        row = ((frame.y + (y1 - xy[:, 1]) / (y1 - y0) * frame.h) / 25.4 * dpi).astype(int)
        same = np.abs(qa[row, col] - ma[row, col]).max(axis=1) <= 6
        assert same.mean() > 0.7


def test_qgis_district_png(qgis_app, map_data, tmp_path):
    from PIL import Image

    from smartcity.qgis_common.layouts import render_sheets_qgis

    (png,) = render_sheets_qgis(map_data, "coverage", tmp_path, district="371083",
                                paper="A3", orientation="portrait", fmt="png", dpi=30)
    assert png.name == "coverage_2021-12-31_371083.png"
    assert Image.open(png).size == expected_pixels("A3", "portrait", 30)
    not_blank(png)




def test_processing_algorithm(provider, sample_store, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    assert provider.algorithm("mapsheet") is not None
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = tmp_path / "alg"
    result = processing.run("smartcity:mapsheet", {
        "STORE": str(sample_store), "AS_OF": AS_OF.isoformat(), "DISTRICT": "371002",
        "FORMAT": 0, "OUTPUT_FOLDER": str(out)}, context=context,
        feedback=QgsProcessingFeedback())
    (pdf,) = result["FILES"].split(";")
    assert Path(pdf) == out / "coverage_2021-12-31_371002.pdf"
    assert pdf_pages(Path(pdf)) == 1
    text = pdf_text(Path(pdf))
    assert "环翠区5G网络覆盖图" in text and "2021年12月31日" in text


def test_qgis_process(sample_store, tmp_path, qgis_profile_env, qgis_process_exe):
    """``qgis_process run smartcity:mapsheet`` in a fresh profile with the plugin enabled."""
    env = qgis_profile_env(tmp_path / "profiles")
    out = tmp_path / "qp"
    result = subprocess.run([qgis_process_exe, "--json", "run", "smartcity:mapsheet", "--",
                             f"STORE={sample_store}", f"AS_OF={AS_OF.isoformat()}",
                             "DISTRICT=city", "FORMAT=1", "DPI=30", "PAPER=1",
                             f"OUTPUT_FOLDER={out}"], env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    files = json.loads(result.stdout)["results"]["FILES"].split(";")
    assert [Path(f).name for f in files] == ["coverage_2021-12-31_city.png"]
    from PIL import Image

    assert Image.open(files[0]).size == expected_pixels("A3", "landscape", 30)
    not_blank(Path(files[0]))


def test_mapsheet_adds_layouts_and_an_atlas_to_the_project(provider, sample_store, tmp_path):
    """Issue 15 item 5: besides the files, the project gets every sheet's print layout and an
    atlas over the districts, which QGIS itself can export (one page per district); running
    again replaces them rather than adding a second set."""
    import re

    import processing
    from qgis.core import (QgsLayoutExporter, QgsLayoutItemMap, QgsProcessingContext,
                           QgsProcessingFeedback, QgsProject)

    from smartcity.qgis_common.layouts import bare_label

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    params = {"STORE": str(sample_store), "AS_OF": AS_OF.isoformat(), "DISTRICT": "all",
              "FORMAT": 1, "DPI": 30, "OUTPUT_FOLDER": str(tmp_path / "sheets")}
    for _run in range(2):
        result = processing.run("smartcity:mapsheet", params, context=context,
                                feedback=QgsProcessingFeedback())
    files = result["FILES"].split(";")
    layouts = project.layoutManager().printLayouts()
    names = [lay.name() for lay in layouts]
    assert sorted(names) == sorted(result["LAYOUTS"].split(";"))
    atlases = [lay for lay in layouts if lay.atlas().enabled()]
    assert len(atlases) == 1 and len(layouts) == len(files) + 1, names  # sheets + the atlas
    atlas = atlases[0].atlas()
    coverage = atlas.coverageLayer()
    assert coverage is not None and project.mapLayer(coverage.id()) is coverage
    n_districts = len(files) - 1  # the overview and one sheet per district
    assert coverage.featureCount() == n_districts
    assert atlas.updateFeatures() == n_districts
    pages = set()
    for i in range(n_districts):
        atlas.seekTo(i)
        pages.add(atlas.nameForPage(i))
    assert pages == set(DISTRICT_NAMES)
    mp = atlases[0].itemById("map")
    assert isinstance(mp, QgsLayoutItemMap) and mp.atlasDriven()
    # every layer the layouts draw is in the project (saved with it), none left dangling
    for lay in layouts:
        lay_map = lay.itemById("map")
        assert all(project.mapLayer(layer.id()) is layer for layer in lay_map.layers())
    pdf = tmp_path / "atlas.pdf"
    settings = QgsLayoutExporter.PdfExportSettings()
    outcome, error = QgsLayoutExporter.exportToPdf(atlas, str(pdf), settings)
    assert outcome == QgsLayoutExporter.ExportResult.Success, error
    assert pdf_pages(pdf) == n_districts
    # each page shows its own district's key figures: the text of that district's own
    # sheet layout (its labels set from Python, not by expression), read back from the PDF
    sheets = {lay.name().rsplit(" · ", 1)[1]: lay for lay in layouts
              if not lay.atlas().enabled()}
    pages_text = pdf_text(pdf).split("\f")
    order = sorted(coverage.getFeatures(), key=lambda f: str(f["district_code"]))
    seen = set()
    for feature, text in zip(order, pages_text):
        name = str(feature["district_name"])
        flat = "".join(text.split())
        own = sheets[name].itemById("figures_values").text()
        # line by line: pdftotext sets the names' and the values' columns side by side
        lines = [line for line in own.splitlines() + sheets[name].itemById(
            "figures_names").text().splitlines() if line.strip()]
        assert own and lines
        for line in lines:
            assert "".join(line.split()) in flat, (name, line, text)
        assert name in flat  # the heading and the title follow the page too
        seen.add(own)
        # the legend names the classes of the district's own sheet, without its counts
        # (which QGIS 3.22 would leave at the first district's on every page)
        own_legend = [bare_label(label) for label in _legend_labels(sheets[name])]
        assert any(label != bare_label(label) for label in _legend_labels(sheets[name]))
        for label in own_legend:
            assert "".join(label.split()) in flat, (name, label, text)
        assert not re.search(r"\([0-9,]+\)", flat.split("图例Legend", 1)[1].split("主要指标")[0])
        # the map labels the page's district as its own sheet does (bold, with its value)
        own_labels = sheets[name].itemById("map").layers()[0]
        assert own_labels.name() == "labels"
        focus_label = next(f["label"] for f in own_labels.getFeatures() if f["bold"])
        assert name in focus_label and "".join(focus_label.split()) in flat, (name, text)
    assert len(seen) > 1  # the districts' figures differ: a page showing another's would fail
    assert _legend_labels(atlases[0]) == [bare_label(label) for label in _legend_labels(
        atlases[0])]
    _check_atlas_locator(atlases[0], coverage)
    _check_atlas_veil(atlases[0], coverage, sheets)
    project.clear()


def _legend_labels(layout) -> list[str]:
    """The texts of a layout legend's class entries, as QGIS draws them."""
    from qgis.PyQt.QtCore import Qt

    model = layout.itemById("legend").model()
    return [str(node.data(Qt.DisplayRole)) for layer in model.rootGroup().findLayers()
            for node in model.layerLegendNodes(layer)]


def _rendered(layout, name: str):
    """The layout item ``name`` rendered as an RGB array (240 px wide) and its extent."""
    from qgis.core import QgsLayoutExporter
    from qgis.PyQt.QtCore import QSize

    layout.refresh()
    frame = layout.itemById(name)
    rect = frame.sceneBoundingRect()
    w, h = 240, int(round(240 * rect.height() / rect.width()))
    image = QgsLayoutExporter(layout).renderRegionToImage(rect, QSize(w, h))
    image = image.convertToFormat(image.Format_RGB888)  # kept: the bits are its own
    ptr = image.constBits()
    ptr.setsize(image.height() * image.bytesPerLine())
    rgb = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rgb[:, :3 * w].reshape(h, w, 3).astype(int), frame.extent()


def _pixel_xy(extent, shape):
    """Map coordinates of every pixel centre of an image of ``shape`` showing ``extent``."""
    h, w = shape[:2]
    rows, cols = np.mgrid[0:h, 0:w]
    return (extent.xMinimum() + (cols + 0.5) / w * extent.width(),
            extent.yMaximum() - (rows + 0.5) / h * extent.height())


def _veil_contrast(layout, district, others) -> float:
    """How much lighter the map item of ``layout`` draws the land of ``others`` outside
    ``district`` than the land inside it (mean brightness 0-255, borders left out)."""
    import shapely

    rgb, ext = _rendered(layout, "map")
    x, y = _pixel_xy(ext, rgb.shape)
    pixel = 3 * ext.width() / rgb.shape[1]
    inside = shapely.contains_xy(district.buffer(-pixel), x, y)
    outside = shapely.contains_xy(others.difference(district.buffer(pixel)), x, y)
    assert inside.sum() > 100 and outside.sum() > 100
    brightness = rgb.sum(axis=2) / 3
    return float(brightness[outside].mean() - brightness[inside].mean())


def _check_atlas_veil(layout, coverage, sheets) -> None:
    """On every atlas page the map is veiled outside the page's district as that district's
    own sheet is: the land outside it lighter than inside by about as much (a map veiled
    around another district, or not at all, fails)."""
    import shapely

    atlas = layout.atlas()
    features = sorted(coverage.getFeatures(), key=lambda f: str(f["district_code"]))
    others = shapely.union_all([shapely.from_wkb(bytes(f.geometry().asWkb())) for f in features])
    for i, feature in enumerate(features):
        atlas.seekTo(i)
        district = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        page = _veil_contrast(layout, district, others)
        own = _veil_contrast(sheets[str(feature["district_name"])], district, others)
        assert own > 8 and abs(page - own) < 3, (feature["district_name"], page, own)


def _check_atlas_locator(layout, coverage) -> None:
    """On every atlas page the locator map's red highlight is drawn over that page's
    district: the highlight's pixels, taken back to map coordinates through the locator's
    extent, lie inside the district (a highlight left on the first district fails)."""
    import shapely

    from smartcity.processing.maps.design import HIGHLIGHT

    atlas = layout.atlas()
    red = np.array([int(HIGHLIGHT[i:i + 2], 16) for i in (1, 3, 5)])
    features = sorted(coverage.getFeatures(), key=lambda f: str(f["district_code"]))
    centres = set()
    for i, feature in enumerate(features):
        atlas.seekTo(i)
        rgb, ext = _rendered(layout, "locator")
        x, y = _pixel_xy(ext, rgb.shape)
        hit = np.abs(rgb - red).sum(axis=2) < 40
        assert hit.sum() > 20, (feature["district_name"], hit.sum())
        district = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        pixel = 1.5 * ext.width() / rgb.shape[1]
        inside = shapely.intersects_xy(district.buffer(pixel), x[hit], y[hit])
        assert inside.mean() > 0.95, (feature["district_name"], inside.mean())
        rows, cols = np.nonzero(hit)
        centres.add((int(cols.mean()), int(rows.mean())))
    assert len(centres) == len(features)
