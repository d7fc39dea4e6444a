"""What a set of sheets consists of, shared by both renderers (no matplotlib, no QGIS):
which sheets an atlas has, their file names, where district names go, and the wording of
the data source and CRS lines.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ...layers.filenames import inside, safe_name
from .sheetdata import MapData
from .themes import Theme, theme as get_theme


def version() -> str:
    """The installed smartcity version (printed in footers), or "" when not installed."""
    try:
        from importlib.metadata import version

        return version("smartcity-weihai")
    except Exception:
        return ""


@dataclass
class Sheet:
    """One sheet to draw: the overview (``code`` None) or a district's."""

    theme: Theme
    code: Optional[str] = None


@dataclass
class SheetView:
    """What one sheet is about and where its map looks (map CRS metres)."""

    row: object  # the city row or the district's row of the indicator table
    focus: object  # the polygon the sheet is about (the city or the district)
    place_zh: str
    place_en: str
    scale: int  # the scale denominator, 1:scale
    extent: tuple[float, float, float, float]


def sheet_view(data: MapData, sheet: Sheet, map_frame) -> SheetView:
    """The subject, round scale and extent of a sheet, the same for both renderers."""
    import shapely

    from . import design

    if sheet.code is None:
        focus = shapely.union_all(data.districts.geometry.to_numpy())
        row, place_zh, place_en = data.city.iloc[0], data.city_name, data.city_name_en
    else:
        row = data.district(sheet.code)
        focus = row.geometry
        place_zh, place_en = str(row["district_name"]), ""
    scale, extent = design.map_view(shapely.bounds(focus).tolist(), map_frame)
    x0, y0, x1, y1 = extent
    return SheetView(row, focus, place_zh, place_en, scale, (x0, y0, x1, y1))


def district_labels(data: MapData, sheet: Sheet, page) -> list[dict]:
    """District name labels (with the value on choropleths) for both renderers: anchor
    ``x, y``, ``text``, ``weight``, ``size`` (pt), ``color``, the district's ``code``; the
    focus district first."""
    from . import design

    theme = sheet.theme
    overview = sheet.code is None
    items = []
    for _, d in data.districts.iterrows():
        x, y = label_point(d.geometry)
        text = str(d["district_name"])
        is_focus = overview or d["district_code"] == sheet.code
        if theme.choropleth and is_focus:
            text += "\n" + design.format_value(float(d[theme.choropleth]), theme.choropleth)
        items.append(dict(x=x, y=y, text=text, weight="bold" if is_focus else "normal",
                          size=page.pt("label") * (1.0 if is_focus else 0.85),
                          color=design.INK if is_focus else design.MUTED,
                          code=str(d["district_code"])))
    if not overview:
        items.sort(key=lambda it: it["color"] != design.INK)
    return items


def label_point(geom) -> tuple[float, float]:
    """Where a district's name goes: the pole of inaccessibility of its largest part (the
    visual centre, well inside even for a crescent-shaped coastal district)."""
    from shapely.ops import polylabel

    parts = list(getattr(geom, "geoms", [geom]))
    big = max(parts, key=lambda g: g.area)
    try:
        p = polylabel(big, tolerance=max(math.sqrt(big.area) / 200.0, 1.0))
    except Exception:
        p = big.representative_point()
    return p.x, p.y


def source_text(data: MapData) -> str:
    """The data-source line: the store the data came from and the coverage model."""
    src = f"智慧城市项目库 {data.source}" if data.source else "智慧城市项目库"
    return f"{src}；5G覆盖按 3GPP TR 38.901 传播模型估算"


def crs_name(data: MapData) -> str:
    """The map's projected CRS, named with its EPSG code."""
    name = data.crs.name
    epsg = data.crs.to_epsg()
    return f"{name} (EPSG:{epsg})" if epsg else name


def sheets_for(data: MapData, indicator: str, district: str = "all") -> list[Sheet]:
    """The sheets of an atlas: ``all`` = the city overview then one per district (by code
    order of the table), ``city`` = the overview only, else the one district ``district``."""
    th = get_theme(indicator)
    codes = list(data.districts["district_code"])
    if district == "all":
        return [Sheet(th, None)] + [Sheet(th, c) for c in codes]
    if district in ("city", "overview"):
        return [Sheet(th, None)]
    if str(district) not in codes:
        raise ValueError(f"district {district!r} is not one of {', '.join(codes)} "
                         f"(or all / city).")
    return [Sheet(th, str(district))]


def sheet_filename(indicator: str, as_of: dt.date, sheet: Sheet, ext: str) -> str:
    """``<indicator>_<date>_<code>.<ext>`` (``city`` for the overview); a district code that
    is no safe file name (``a/b``, ``../x``) is made one, with a hash keeping it unique."""
    if sheet.code is None:
        place = "city"
    else:
        place = safe_name(sheet.code)
        if place == "city":  # a district coded "city" must not overwrite the overview
            place = safe_name(f"{sheet.code}/")
    return f"{safe_name(indicator)}_{as_of.isoformat()}_{place}.{ext}"


def atlas_filename(indicator: str, as_of: dt.date) -> str:
    """The multi-page PDF of an atlas: ``<indicator>_<date>_atlas.pdf``."""
    return f"{safe_name(indicator)}_{as_of.isoformat()}_atlas.pdf"


def sheet_path(out_dir: Path, indicator: str, as_of: dt.date, sheet: Optional[Sheet],
               ext: str) -> Path:
    """Where a sheet (or, with ``sheet`` None, the atlas PDF) goes: always directly inside
    ``out_dir`` (:func:`smartcity.layers.filenames.inside`), whatever a code holds."""
    name = (atlas_filename(indicator, as_of) if sheet is None
            else sheet_filename(indicator, as_of, sheet, ext))
    return inside(out_dir, name)
