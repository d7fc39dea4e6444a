"""The design of a map sheet, shared by both renderers (matplotlib here, QGIS print layouts).

One design, two renderers: the page sizes, margins, the frames of every element (title,
map, locator inset, legend, key figures, footer), type sizes, page-furniture colours, the map
scale and extent, and the wording of titles and footers are computed here, and the matplotlib
renderer (:mod:`.render_mpl`), the ``.qpt`` templates (``scripts/build_layouts.py``) and the
QGIS renderer (``qgis_common/layouts.py``) all take them from here.

Units: millimetres on paper, measured from the page's top-left corner (as QGIS layouts do);
type sizes in points; map coordinates in metres of the projected CRS.  A3 is A4 scaled by √2
(ISO 216), so one A4 design serves both papers with every length and type size scaled.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Optional

PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
"""ISO 216 paper sizes, portrait (width, height) in mm."""

ORIENTATIONS = ("landscape", "portrait")

MM_PER_INCH = 25.4
PT_PER_MM = 72.0 / 25.4


@dataclass(frozen=True)
class Rect:
    """A frame on the page: ``x``, ``y`` of its top-left corner, ``w``, ``h`` (mm)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def scaled(self, k: float) -> "Rect":
        return Rect(self.x * k, self.y * k, self.w * k, self.h * k)


# --- page furniture ------------------------------------------------------------------------------

INK = "#222222"
"""Text and neat-line colour (near black: softer than pure black on paper)."""
MUTED = "#666666"
"""Secondary text (subtitles, footers)."""
RULE = "#9a9a9a"
"""Hairlines between page elements."""
MAP_BACKGROUND = "#eef1f4"
"""Outside the districts (sea and neighbouring land): a pale neutral, so the districts stand out."""
DISTRICT_FILL = "#ffffff"
"""District fill when the sheet has no choropleth."""
HIGHLIGHT = "#d7301f"
"""The district of a district sheet in the locator inset, and the map-extent box."""
HALO = "#ffffff"
"""Halo around map labels."""
STATUS_COLORS: dict[str, str] = {
    "met_on_time": "#1a9641", "met_late": "#e66101", "missed": "#d7191c",
    "in_progress": "#2c7bb6", "not_measured": "#8c8c8c", "no_data": "#8c8c8c"}
"""Colour of each target status (:data:`..targets.STATUS_LABELS`) in reports and on sheets."""

TYPE_PT: dict[str, float] = {
    "title": 17.0, "subtitle": 9.0, "panel_title": 8.5, "legend": 7.0, "legend_group": 7.5,
    "figures": 7.5, "label": 9.0, "label_small": 7.0, "scalebar": 6.5, "north": 8.0,
    "footer": 6.0, "locator": 6.0,
}
"""Type sizes on A4 (pt); A3 multiplies them by √2."""

LINE_MM: dict[str, float] = {"neatline": 0.35, "rule": 0.2, "highlight": 0.5}
"""Line widths of the page furniture on A4 (mm)."""

NORTH_ARROW_MM = (9.0, 15.0)
"""North arrow box inside the map frame's top-right corner (w, h on A4)."""
SCALEBAR_MM = (62.0, 11.0)
"""Scale bar box inside the map frame's bottom-left corner (w, h on A4)."""
ZONE_CASING_MM = 0.5
"""Extra width (mm) of the white casing drawn under zone boundaries (readable on dark fills)."""
INSET_PAD_MM = 3.0
"""Distance of the north arrow and scale bar boxes from the map frame's edges (A4)."""


def _a4_frames(orientation: str, locator: bool) -> dict[str, Rect]:
    """Frames of an A4 sheet (see :meth:`PageSpec.frames`)."""
    m = 8.0
    if orientation == "landscape":
        W, H = 297.0, 210.0
        panel_w = 64.0
        map_r = Rect(m, 30.0, W - 2 * m - panel_w - 4.0, H - 30.0 - m - 11.0)
        px = map_r.right + 4.0
        frames = {"map": map_r}
        y = map_r.y
        if locator:
            frames["locator"] = Rect(px, y, panel_w, 50.0)
            y += 54.0
        figures_h = 34.0
        frames["legend"] = Rect(px, y, panel_w, map_r.bottom - y - figures_h - 4.0)
        frames["figures"] = Rect(px, map_r.bottom - figures_h, panel_w, figures_h)
    else:
        W, H = 210.0, 297.0
        panel_h = 58.0
        map_r = Rect(m, 30.0, W - 2 * m, H - 30.0 - m - 11.0 - panel_h - 4.0)
        py = map_r.bottom + 4.0
        frames = {"map": map_r}
        x = m
        if locator:
            frames["locator"] = Rect(x, py, 52.0, panel_h)
            x += 56.0
        figures_w = 58.0
        frames["legend"] = Rect(x, py, W - m - figures_w - 4.0 - x, panel_h)
        frames["figures"] = Rect(W - m - figures_w, py, figures_w, panel_h)
    frames["title"] = Rect(m, m, W - 2 * m, 12.0)
    frames["subtitle"] = Rect(m, m + 12.5, W - 2 * m, 6.0)
    frames["footer"] = Rect(m, H - m - 8.0, W - 2 * m, 8.0)
    mr = frames["map"]
    na_w, na_h = NORTH_ARROW_MM
    sb_w, sb_h = SCALEBAR_MM
    frames["north"] = Rect(mr.right - INSET_PAD_MM - na_w, mr.y + INSET_PAD_MM, na_w, na_h)
    frames["scalebar"] = Rect(mr.x + INSET_PAD_MM, mr.bottom - INSET_PAD_MM - sb_h, sb_w, sb_h)
    return frames


@dataclass(frozen=True)
class PageSpec:
    """A paper (``A4``/``A3``) in an orientation, with every frame and type size on it."""

    paper: str = "A4"
    orientation: str = "landscape"

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}, got {self.paper!r}.")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be landscape or portrait, got "
                             f"{self.orientation!r}.")

    @property
    def k(self) -> float:
        """Scale of this paper against A4 (1 or √2)."""
        return PAPERS[self.paper][0] / PAPERS["A4"][0]

    @property
    def size_mm(self) -> tuple[float, float]:
        """``(width, height)`` of the page in mm."""
        w, h = PAPERS[self.paper]
        return (h, w) if self.orientation == "landscape" else (w, h)

    @property
    def size_in(self) -> tuple[float, float]:
        w, h = self.size_mm
        return w / MM_PER_INCH, h / MM_PER_INCH

    def frames(self, locator: bool = True) -> dict[str, Rect]:
        """Frames by element name: ``title``, ``subtitle``, ``map``, ``locator`` (district
        sheets only), ``legend``, ``figures`` (key figures), ``footer``, and inside the map
        frame ``north`` (north arrow) and ``scalebar``.  These names are also the item ids of
        the ``.qpt`` templates."""
        return {name: r.scaled(self.k) for name, r in _a4_frames(self.orientation, locator).items()}

    def pt(self, role: str) -> float:
        """Type size of ``role`` (see :data:`TYPE_PT`) in points on this paper."""
        return TYPE_PT[role] * self.k

    def line_mm(self, role: str) -> float:
        return LINE_MM[role] * self.k

    def pixels(self, dpi: float) -> tuple[int, int]:
        """Size in pixels of this page rendered at ``dpi`` (what a PNG export gives)."""
        w, h = self.size_in
        return int(round(w * dpi)), int(round(h * dpi))

    @property
    def name(self) -> str:
        return f"{self.paper}_{self.orientation}"


# --- map scale and extent -------------------------------------------------------------------

NICE_MANTISSAS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 10.0)
FINE_MANTISSAS = (1.0, 1.1, 1.2, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 1.8, 2.0, 2.25, 2.5, 2.75, 3.0,
                  3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 7.0, 7.5, 8.0, 9.0, 10.0)
"""Finer round scales, for panels of small multiples where every millimetre counts."""


def nice_scale(denominator: float, mantissas: tuple = NICE_MANTISSAS) -> int:
    """The smallest round scale denominator ≥ ``denominator`` (1:250 000, 1:300 000 …):
    officials read round scales; the map extent is then set from it exactly."""
    if not math.isfinite(denominator) or denominator <= 0:
        raise ValueError(f"scale denominator must be positive, got {denominator!r}.")
    exp = math.floor(math.log10(denominator))
    for m in mantissas:
        candidate = m * 10 ** exp
        if candidate >= denominator * (1 - 1e-9):
            return int(round(candidate))
    return int(round(10 ** (exp + 1)))


def map_view(bounds: tuple[float, float, float, float], frame: Rect, *,
             padding: float = 0.04, mantissas: tuple = NICE_MANTISSAS
             ) -> tuple[int, tuple[float, float, float, float]]:
    """``(scale denominator, (xmin, ymin, xmax, ymax))`` showing ``bounds`` (projected metres)
    in ``frame`` at a round scale, centred, with ``padding`` (share of the frame) around.

    The extent has exactly the frame's aspect ratio, so 1 mm on paper is ``scale`` mm on the
    ground everywhere on the sheet (as a QGIS map item with a fixed scale).
    """
    xmin, ymin, xmax, ymax = bounds
    dw, dh = max(xmax - xmin, 1.0), max(ymax - ymin, 1.0)
    fw, fh = frame.w / 1000.0 * (1 - 2 * padding), frame.h / 1000.0 * (1 - 2 * padding)
    scale = nice_scale(max(dw / fw, dh / fh), mantissas)
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    half_w, half_h = frame.w / 1000.0 * scale / 2, frame.h / 1000.0 * scale / 2
    return scale, (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def scale_bar_km(scale: int, max_mm: float) -> tuple[float, int]:
    """``(length km, segments)`` of a scale bar at most ``max_mm`` long at 1:``scale``:
    the longest of 1, 2, 2.5, 5 × 10ⁿ km that fits, split in 4 segments (5 for 2.5 and 5)."""
    max_km = max_mm / 1e6 * scale
    exp = math.floor(math.log10(max_km))
    best = 10 ** exp
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10 ** exp <= max_km * (1 + 1e-9):
            best = m * 10 ** exp
    mant = best / 10 ** math.floor(math.log10(best))
    segments = 5 if round(mant, 3) in (2.5, 5.0) else 4
    return best, segments


def format_scale(scale: int) -> str:
    """``1:250 000`` (space-separated thousands, as Chinese and ISO map scales are written)."""
    return "1:" + f"{scale:,}".replace(",", " ")


def format_km(km: float) -> str:
    return f"{km:g}"


# --- wording ---------------------------------------------------------------------------------------

def date_zh(day: dt.date) -> str:
    """``2021年12月31日``."""
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class SheetText:
    """Every text of one sheet (Chinese first; English secondary)."""

    title: str
    subtitle: str
    source: str
    produced: str
    crs: str
    disclaimer: str
    place: str

    @property
    def footer_left(self) -> str:
        return f"{self.source}\n{self.crs}"

    @property
    def footer_right(self) -> str:
        return f"{self.produced}\n{self.disclaimer}"


def sheet_text(*, theme_zh: str, theme_en: str, place_zh: str, place_en: str, as_of: dt.date,
               source: str, crs_name: str, produced: Optional[dt.date] = None,
               scale: Optional[int] = None, version: str = "") -> SheetText:
    """The texts of a sheet: ``威海市 · 5G网络覆盖图`` as title; the English title and the
    as-of date as subtitle; data source, CRS and scale, production date, disclaimer."""
    produced = produced or dt.date.today()
    title = f"{place_zh}{theme_zh}"
    en_place = f"{place_en} · " if place_en else ""
    subtitle = (f"{en_place}{theme_en}    截至 {date_zh(as_of)}  As of {as_of.isoformat()}")
    scale_text = f"  比例尺 Scale {format_scale(scale)}" if scale else ""
    return SheetText(
        title=title, subtitle=subtitle,
        source=f"数据来源 Source: {source}",
        produced=f"制图日期 Produced: {produced.isoformat()}"
                 + (f" · smartcity {version}" if version else ""),
        crs=f"坐标系 CRS: {crs_name}{scale_text}",
        disclaimer="边界仅供分析参考，非审定地图 Boundaries for analysis only, not an approved map",
        place=place_zh)


def format_value(value: float, indicator: str) -> str:
    """An indicator value as printed on sheets: percentages with one decimal and ``%``,
    counts as integers with thousands separators, densities with two decimals."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if indicator.endswith("_pct") or "_pct_" in indicator:
        return f"{value:.1f}%"
    if indicator.endswith("_n") or indicator in ("bs_active", "bs_built"):
        return f"{int(round(value)):,}"
    if indicator == "area_km2":
        return f"{value:,.0f} km²"
    return f"{value:,.2f}"
