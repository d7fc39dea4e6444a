"""Map sheets with the headless (matplotlib) renderer, the shared design, QML reading, and the
``mapsheet``/``animate`` commands.

Oracles: QGIS itself reading the same QML files (colours, classes); poppler's ``pdffonts`` /
``pdftotext`` / ``pdfinfo`` on the PDFs; pixel sizes from the ISO paper size and the DPI;
pixel colours of the rendered districts against QGIS's graduated renderer; analytic scale
arithmetic.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess
import unicodedata
import warnings
from pathlib import Path

import numpy as np
import pytest

AS_OF = dt.date(2021, 12, 31)
ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "styles"
DISTRICT_NAMES = ("环翠区", "文登区", "荣成市", "乳山市")
ISO_MM = {"A4": (210, 297), "A3": (297, 420)}


def _poppler(tool: str, *args) -> str:
    exe = shutil.which(tool)
    if exe is None:
        pytest.fail(f"{tool} is not installed (apt-get install poppler-utils)")
    out = subprocess.run([exe, *map(str, args)], capture_output=True, text=True, check=True)
    return out.stdout


def pdf_pages(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _poppler("pdfinfo", path), re.M).group(1))


def pdf_text(path: Path) -> str:
    # NFKC: Qt maps a few hanzi to their identical-looking Kangxi radicals (⾯ for 面)
    return unicodedata.normalize("NFKC", _poppler("pdftotext", "-layout", path, "-"))


def embedded_cjk_fonts(path: Path) -> list[str]:
    """Fonts of ``path`` that are CJK and embedded, as ``pdffonts`` lists them."""
    rows = _poppler("pdffonts", path).splitlines()[2:]
    fonts = []
    for row in rows:
        cols = row.split()
        # name type... emb sub uni id gen: 'emb' is the 5th field from the end
        # Noto Sans CJK, or its radical-free export copy "Smartcity Sans SC" (QGIS sheets)
        if len(cols) >= 6 and re.search(r"CJK|SansSC", cols[0]) and cols[-5] == "yes":
            fonts.append(cols[0])
    return fonts


def not_blank(png: Path, min_std: float = 20.0) -> None:
    from PIL import Image

    arr = np.asarray(Image.open(png).convert("L"), dtype=float)
    assert arr.std() > min_std, f"{png} looks blank (std {arr.std():.1f})"
    assert (arr < 200).mean() > 0.02, f"{png} has almost no ink"


def expected_pixels(paper: str, orientation: str, dpi: int) -> tuple[int, int]:
    w, h = ISO_MM[paper]
    if orientation == "landscape":
        w, h = h, w
    return round(w / 25.4 * dpi), round(h / 25.4 * dpi)


@pytest.fixture(scope="module")
def map_data(sample_store):
    from smartcity.processing.maps.sheetdata import build_map_data

    return build_map_data(sample_store, AS_OF)


# --- design --------------------------------------------------------------------------------------

@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_frames_sit_on_the_page_without_overlap(paper, orientation):
    from smartcity.processing.maps.design import PageSpec

    page = PageSpec(paper, orientation)
    w, h = page.size_mm
    assert sorted((w, h)) == sorted(ISO_MM[paper])
    for locator in (False, True):
        frames = page.frames(locator)
        for name, r in frames.items():
            assert r.x >= 0 and r.y >= 0 and r.right <= w + 1e-9 and r.bottom <= h + 1e-9, name
        top_level = [n for n in frames if n not in ("north", "scalebar")]
        for i, a in enumerate(top_level):
            for b in top_level[i + 1:]:
                ra, rb = frames[a], frames[b]
                overlap = (min(ra.right, rb.right) - max(ra.x, rb.x) > 1e-6 and
                           min(ra.bottom, rb.bottom) - max(ra.y, rb.y) > 1e-6)
                assert not overlap, (a, b)
        assert ("locator" in frames) is locator
        m = frames["map"]
        for inner in ("north", "scalebar"):
            r = frames[inner]
            assert m.x < r.x and r.right < m.right and m.y < r.y and r.bottom < m.bottom


def test_map_view_is_a_round_scale_that_fits():
    from smartcity.processing.maps.design import NICE_MANTISSAS, Rect, map_view

    frame = Rect(0, 0, 213.0, 163.0)
    bounds = (380_000.0, 4_060_000.0, 510_000.0, 4_160_000.0)  # 130 km × 100 km
    scale, (x0, y0, x1, y1) = map_view(bounds, frame)
    # 1 mm on paper is `scale` mm on the ground, in both directions
    assert math.isclose((x1 - x0) * 1000 / frame.w, scale)
    assert math.isclose((y1 - y0) * 1000 / frame.h, scale)
    assert x0 < bounds[0] and x1 > bounds[2] and y0 < bounds[1] and y1 > bounds[3]
    mant = scale / 10 ** math.floor(math.log10(scale))
    assert any(math.isclose(mant, m) for m in NICE_MANTISSAS)
    # the next smaller round scale would not fit (data 130 km wide / 0.213 m = 1:610 000)
    assert 130_000 / (frame.w / 1000) <= scale < 2 * 130_000 / (frame.w / 1000)


def test_scale_bar_length_fits_and_is_round():
    from smartcity.processing.maps.design import scale_bar_km

    for scale in (50_000, 250_000, 300_000, 750_000, 1_600_000):
        km, segments = scale_bar_km(scale, 50.0)
        length_mm = km * 1e6 / scale
        assert length_mm <= 50.0 + 1e-9
        assert length_mm > 50.0 / 2.5  # never less than 40 % of the room
        assert segments in (4, 5)


# --- fonts and styles ---------------------------------------------------------------------------

def test_cjk_font_has_the_glyphs():
    from fontTools.ttLib import TTFont

    from smartcity.processing.maps.fonts import cjk_font

    font = cjk_font()
    with TTFont(str(font.regular), lazy=True) as tt:
        cmap = tt.getBestCmap()
    for ch in "威海市环翠区文登荣成乳山覆盖率截至年月日图例比例尺":
        assert ord(ch) in cmap, ch


@pytest.mark.qgis
@pytest.mark.parametrize("name", ["base_stations", "communities", "monitoring_points",
                                  "key_places", "manholes", "districts"])
def test_qml_categories_read_as_qgis_reads_them(qgis_app, name):
    from qgis.core import QgsVectorLayer

    from smartcity.processing.maps.qml import load_style

    ours = load_style(name, STYLES)
    layer = QgsVectorLayer("Point?crs=EPSG:4490" if name not in ("communities", "districts")
                           else "Polygon?crs=EPSG:4490", name, "memory")
    msg, ok = layer.loadNamedStyle(str(STYLES / f"{name}.qml"))
    assert ok, msg
    cats = layer.renderer().categories()
    assert [c.label for c in ours.classes] == [c.label() for c in cats]
    assert [c.value for c in ours.classes] == [str(c.value()).lower() if isinstance(c.value(), bool)
                                               else str(c.value()) for c in cats]
    for mine, theirs in zip(ours.classes, cats):
        qc = theirs.symbol().color()
        assert np.allclose(mine.symbol.color, (qc.redF(), qc.greenF(), qc.blueF(), qc.alphaF()),
                           atol=1 / 255), mine.label
        if mine.symbol.kind == "marker":
            assert math.isclose(mine.symbol.size_mm, theirs.symbol().size())


@pytest.mark.qgis
def test_graduated_qml_read_as_qgis_reads_it(qgis_app):
    from qgis.core import QgsVectorLayer

    from smartcity.processing.maps.qml import load_style

    ours = load_style("district_indicators", STYLES)
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490", "d", "memory")
    assert layer.loadNamedStyle(str(STYLES / "district_indicators.qml"))[1]
    ranges = layer.renderer().ranges()
    assert len(ours.classes) == len(ranges)
    for mine, theirs in zip(ours.classes, ranges):
        assert (mine.lower, mine.upper) == (theirs.lowerValue(), theirs.upperValue())
        qc = theirs.symbol().color()
        assert np.allclose(mine.symbol.color[:3], (qc.redF(), qc.greenF(), qc.blueF()),
                           atol=1 / 255)


def test_missing_style_falls_back_with_a_warning(tmp_path):
    from smartcity.processing.maps.qml import load_style

    with pytest.warns(RuntimeWarning, match="not found"):
        style = load_style("base_stations", tmp_path)
    assert style.renderer == "single"


# --- matplotlib renderer -------------------------------------------------------------------------

def test_matplotlib_atlas_pdf(map_data, tmp_path):
    from smartcity.processing.maps.render_mpl import render_sheets

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (pdf,) = render_sheets(map_data, "coverage", tmp_path, district="all", fmt="pdf")
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, missing  # a glyph missing from the font would be a tofu box
    assert pdf_pages(pdf) == 1 + len(DISTRICT_NAMES)
    assert re.search(r"^Page size:.*\(A4\)", _poppler("pdfinfo", pdf), re.M)
    assert embedded_cjk_fonts(pdf), _poppler("pdffonts", pdf)
    text = pdf_text(pdf)
    assert "威海市5G网络覆盖图" in text
    assert "2021年12月31日" in text and "2021-12-31" in text
    for name in DISTRICT_NAMES:
        assert f"{name}5G网络覆盖图" in text  # each district sheet's title
    assert "图例" in text and "比例尺" in text and "数据来源" in text and "制图日期" in text


@pytest.mark.parametrize("paper,orientation,dpi", [("A4", "portrait", 40), ("A3", "landscape", 30)])
def test_matplotlib_png_size_and_ink(map_data, tmp_path, paper, orientation, dpi):
    from PIL import Image

    from smartcity.processing.maps.render_mpl import render_sheets

    (png,) = render_sheets(map_data, "community_smart_pct", tmp_path, district="371003",
                           paper=paper, orientation=orientation, fmt="png", dpi=dpi)
    assert Image.open(png).size == expected_pixels(paper, orientation, dpi)
    not_blank(png)


@pytest.mark.qgis
def test_choropleth_colours_are_the_qml_classes_of_the_values(qgis_app, map_data, tmp_path):
    """Pixels inside each district carry the colour QGIS's own graduated renderer gives the
    district's value (classes from styles/district_indicators.qml)."""
    import shapely
    from PIL import Image
    from qgis.core import QgsVectorLayer

    from smartcity.processing.maps.design import PageSpec, map_view
    from smartcity.processing.maps.render_mpl import render_sheets

    dpi = 60
    indicator = "cov_5g_area_pct"
    (png,) = render_sheets(map_data, indicator, tmp_path, district="city", fmt="png", dpi=dpi)
    img = np.asarray(Image.open(png).convert("RGB"))
    page = PageSpec("A4", "landscape")
    frame = page.frames(locator=False)["map"]
    proj = map_data.to_crs(map_data.crs)
    union = shapely.union_all(proj.districts.geometry.to_numpy())
    _, (x0, y0, x1, y1) = map_view(shapely.bounds(union).tolist(), frame)
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490", "d", "memory")
    assert layer.loadNamedStyle(str(STYLES / "district_indicators.qml"))[1]
    renderer = layer.renderer()
    rng = np.random.default_rng(7)
    for geom, value in zip(proj.districts.geometry, proj.districts[indicator]):
        qc = renderer.rangeForValue(float(value)).symbol().color()
        want = np.array([qc.red(), qc.green(), qc.blue()])
        inner = geom.buffer(-3000)  # away from boundaries
        xmin, ymin, xmax, ymax = inner.bounds
        pts = shapely.points(rng.uniform(xmin, xmax, 400), rng.uniform(ymin, ymax, 400))
        pts = pts[shapely.contains(inner, pts)][:60]
        xy = shapely.get_coordinates(pts)
        col = ((frame.x + (xy[:, 0] - x0) / (x1 - x0) * frame.w) / 25.4 * dpi).astype(int)
        row = ((frame.y + (y1 - xy[:, 1]) / (y1 - y0) * frame.h) / 25.4 * dpi).astype(int)
        pixels = img[row, col].astype(int)
        close = np.abs(pixels - want).max(axis=1) <= 3
        assert close.mean() > 0.7, (value, want, pixels[:5])


# --- small multiples, animation and the commands ----------------------------------------------

def test_mapsheet_command_png_and_errors(sample_store, tmp_path):
    from click.testing import CliRunner
    from PIL import Image

    from smartcity.standalone.cmd_maps import mapsheet

    runner = CliRunner()
    out = tmp_path / "sheets"
    result = runner.invoke(mapsheet, [str(sample_store), "--as-of", "2021年12月31日",
                                      "--district", "city", "--format", "png", "--dpi", "30",
                                      "--renderer", "matplotlib", "--paper", "A3",
                                      "--orientation", "portrait", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (png,) = out.glob("*.png")
    assert png.name == "coverage_2021-12-31_city.png"
    assert Image.open(png).size == expected_pixels("A3", "portrait", 30)
    not_blank(png)
    bad = runner.invoke(mapsheet, [str(sample_store), "--district", "999999", "--renderer",
                                   "matplotlib", "-o", str(out)])
    assert bad.exit_code == 1 and "999999" in bad.output and "371002" in bad.output
    bad = runner.invoke(mapsheet, [str(sample_store), "--indicator", "nonsense", "-o", str(out)])
    assert bad.exit_code == 2 and "coverage" in bad.output


def test_small_multiples_and_animation(sample_store, tmp_path):
    from click.testing import CliRunner
    from PIL import Image

    from smartcity.standalone.cmd_maps import animate, mapsheet

    runner = CliRunner()
    result = runner.invoke(mapsheet, [str(sample_store), "--from", "2020", "--to", "2021",
                                      "--format", "pdf", "--renderer", "matplotlib",
                                      "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "coverage_2020-2021_multiples.pdf"
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    assert "2020年" in text and "2021年" in text and "威海市5G网络覆盖图" in text
    assert embedded_cjk_fonts(pdf)
    gif = tmp_path / "growth.gif"
    result = runner.invoke(animate, [str(sample_store), "--from", "2020", "--to", "2021",
                                     "--dpi", "30", "-o", str(gif)])
    assert result.exit_code == 0, result.output
    with Image.open(gif) as im:
        assert im.n_frames == 2
        assert im.size == expected_pixels("A4", "landscape", 30)
        frames = []
        for i in range(2):
            im.seek(i)
            frames.append(np.asarray(im.convert("RGB"), dtype=int))
    # coverage grows: the 2021 frame differs from the 2020 one
    assert np.abs(frames[0] - frames[1]).sum() > 0
    bad = runner.invoke(animate, [str(sample_store), "--from", "2021", "--to", "2020",
                                  "-o", str(gif)])
    assert bad.exit_code == 2
