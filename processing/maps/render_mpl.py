"""The headless renderer: map sheets drawn with matplotlib, following :mod:`.design` and the
QGIS styles in ``styles/`` (read by :mod:`.qml`).

A sheet is one :class:`matplotlib.figure.Figure` the size of the paper; every element sits in
the frame :meth:`.design.PageSpec.frames` gives it, in millimetres, like a QGIS print layout.
The map is drawn in the projected metric CRS of the data (:attr:`.sheetdata.MapData.crs`) at a
round scale (:func:`.design.map_view`), so the scale bar and the printed scale are exact.
PDFs are vector with the CJK font embedded (Type 42); PNGs are rasterised at the given DPI.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ...layers.progress import ProgressFn, no_progress
from .. import indicators as ind
from . import design as D
from . import qml
from .fonts import configure_matplotlib
from .sheetdata import MapData, key_figures
from .sheets import (Sheet, district_labels, label_point, sheet_path, sheet_view,
                     sheets_for)
from .sheets import crs_name as _crs_name
from .sheets import source_text as _source
from .sheets import version as _version
from .themes import LAYER_LABELS, Theme

with warnings.catch_warnings():
    # Debian's own matplotlib beside the venv's makes mpl_toolkits warn about Axes3D.
    warnings.simplefilter("ignore")
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Polygon as MplPolygon, Rectangle
    from matplotlib.path import Path as MplPath
    from matplotlib.patches import PathPatch

PT = D.PT_PER_MM


# --- geometry to matplotlib -------------------------------------------------------------------

def _ring_codes(n: int) -> list:
    return [MplPath.MOVETO] + [MplPath.LINETO] * (n - 2) + [MplPath.CLOSEPOLY]


def geometry_path(geom) -> Optional[MplPath]:
    """A compound path (holes included) of a polygon or multipolygon."""
    verts, codes = [], []
    for poly in getattr(geom, "geoms", [geom]):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)
            if len(xy) < 4:
                continue
            verts.append(xy)
            codes.extend(_ring_codes(len(xy)))
    if not verts:
        return None
    return MplPath(np.concatenate(verts), codes)


def draw_polygons(ax, geoms: Iterable, *, facecolor, edgecolor, linewidth_mm: float,
                  linestyle="-", zorder: float = 1, alpha: Optional[float] = None) -> None:
    for geom in geoms:
        if geom is None or geom.is_empty:
            continue
        path = geometry_path(geom)
        if path is None:
            continue
        # add_artist, not add_patch: the view is fixed, and updating the data limits from
        # thousands of coverage rings is the slowest part of a sheet
        ax.add_artist(PathPatch(path, facecolor=facecolor, edgecolor=edgecolor,
                                linewidth=linewidth_mm * PT, linestyle=linestyle, zorder=zorder,
                                alpha=alpha, joinstyle="round"))


def draw_symbol_polygons(ax, geoms, sym: qml.Symbol, zorder: float, scale: float = 1.0) -> None:
    draw_polygons(ax, geoms, facecolor=sym.facecolor, edgecolor=sym.edgecolor,
                  linewidth_mm=sym.outline_mm * scale, linestyle=sym.linestyle, zorder=zorder)


def draw_symbol_points(ax, geoms, sym: qml.Symbol, zorder: float, scale: float = 1.0) -> None:
    arr = np.asarray(list(geoms), dtype=object)
    if not len(arr):
        return
    xy = shapely.get_coordinates(arr)
    size_pt = sym.size_mm * scale * PT
    ax.scatter(xy[:, 0], xy[:, 1], s=size_pt ** 2, marker=sym.marker, c=[sym.facecolor],
               edgecolors=[sym.edgecolor], linewidths=sym.outline_mm * scale * PT,
               zorder=zorder)


# --- styled layers --------------------------------------------------------------------------------

@dataclass
class LegendEntry:
    label: str
    symbol: qml.Symbol
    count: Optional[int] = None


@dataclass
class LegendGroup:
    title: str
    entries: list


def _geom_kind(gdf: gpd.GeoDataFrame) -> np.ndarray:
    t = shapely.get_type_id(gdf.geometry.to_numpy())
    return np.where(np.isin(t, (0, 4)), "point", np.where(np.isin(t, (3, 6)), "polygon", "other"))


def draw_layer(ax, gdf: gpd.GeoDataFrame, name: str, zorder: float, *,
               styles_dir: Optional[Path] = None, point_scale: float = 1.0,
               in_view=None) -> Optional[LegendGroup]:
    """Draw layer ``name`` with its QML style(s) and return its legend group (classes in the
    QML's order, with the number of features of each class in view)."""
    if gdf is None or not len(gdf):
        return None
    kinds = _geom_kind(gdf)
    title = LAYER_LABELS.get(name, (name, ""))
    group = LegendGroup(title=title[0], entries=[])
    seen: dict[str, LegendEntry] = {}
    for kind in ("polygon", "point"):
        part = gdf[kinds == kind]
        if not len(part):
            continue
        style = qml.load_style(name, styles_dir, geometry=kind)
        visible = (np.ones(len(part), bool) if in_view is None
                   else shapely.intersects(part.geometry.to_numpy(), in_view))
        draw = draw_symbol_polygons if kind == "polygon" else draw_symbol_points
        z = zorder + (0.5 if kind == "point" else 0)
        if style.renderer == "single":
            sym = style.default
            assert sym is not None, "a single-symbol style has its symbol (qml.load_style)"
            draw(ax, part.geometry, sym, z, point_scale)
            key = f"single-{kind}"
            seen[key] = LegendEntry(title[0], sym, None)
            continue
        values = qml.attribute_values(style, part)
        cls = qml.classify(style, values)
        for i, c in enumerate(style.classes):
            mask = cls == i
            if c.render and mask.any():
                draw(ax, part.geometry[mask], c.symbol, z + qml.draw_rank(style, i) * 0.01,
                     point_scale)
            entry = seen.get(c.label)
            n = int((mask & visible).sum())
            if entry is None:
                seen[c.label] = LegendEntry(c.label, c.symbol, n)
            else:
                entry.count = (entry.count or 0) + n
                if kind == "point":
                    entry.symbol = c.symbol
        if (cls < 0).any() and style.default is not None:
            draw(ax, part.geometry[cls < 0], style.default, z, point_scale)
    group.entries = list(seen.values())
    return group


# --- labels ------------------------------------------------------------------------------------

def _halo(width_pt: float):
    return [patheffects.withStroke(linewidth=width_pt, foreground=D.HALO)]


def place_labels(ax, items: Sequence[dict], avoid: Sequence = ()) -> list:
    """Place labels without collisions: each item (``x``, ``y``, ``text``, ``size``,
    ``color``, ``weight``) tries its anchor, then positions around it; a label that fits
    nowhere inside the map frame, clear of the labels already placed and of ``avoid`` boxes
    (display coordinates), is dropped.  Items are placed in the given order (priority)."""
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed = list(avoid)
    texts = []
    for it in items:
        size = it["size"]
        offsets = [(0, 0), (0, 1.4), (0, -1.4), (1.6, 0), (-1.6, 0), (1.2, 1.2), (-1.2, 1.2),
                   (1.2, -1.2), (-1.2, -1.2), (0, 2.6), (0, -2.6)]
        done = None
        for dx, dy in offsets:
            t = ax.annotate(it["text"], xy=(it["x"], it["y"]), xytext=(dx * size, dy * size),
                            textcoords="offset points", ha="center", va="center",
                            fontsize=size, color=it.get("color", D.INK),
                            fontweight=it.get("weight", "normal"), zorder=20,
                            linespacing=1.15, annotation_clip=False,
                            path_effects=_halo(it.get("halo", size * 0.28)))
            bb = t.get_window_extent(renderer)
            pad = size * 0.15
            box = bb.expanded(1.0 + pad / max(bb.width, 1), 1.0 + pad / max(bb.height, 1))
            inside = (box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0
                      and box.y1 <= frame.y1)
            if inside and not any(box.overlaps(b) for b in placed):
                placed.append(box)
                done = t
                break
            t.remove()
        if done is not None:
            texts.append(done)
    return texts


# --- page furniture ----------------------------------------------------------------------------

def _axes_mm(fig, page: D.PageSpec, r: D.Rect, *, mm_coords: bool = True, zorder: float = 1):
    """Axes exactly on frame ``r``; with ``mm_coords`` its data units are mm from the frame's
    top-left corner (y down), for drawing page furniture."""
    W, H = page.size_mm
    ax = fig.add_axes((r.x / W, 1 - r.bottom / H, r.w / W, r.h / H), zorder=zorder)
    if mm_coords:
        ax.set_xlim(0, r.w)
        ax.set_ylim(r.h, 0)
        ax.set_axis_off()
    return ax


def map_axes(fig, page: D.PageSpec, r: D.Rect, extent, line_mm: float, zorder: float = 1):
    """Axes on frame ``r`` showing ``extent`` (map units), no ticks, neatline of ``line_mm``."""
    ax = _axes_mm(fig, page, r, mm_coords=False, zorder=zorder)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_facecolor(D.MAP_BACKGROUND)
    ax.set_xticks([])
    ax.set_yticks([])
    for sp in ax.spines.values():
        sp.set_edgecolor(D.INK)
        sp.set_linewidth(line_mm * PT)
    return ax


def _fig_text(fig, page: D.PageSpec, x_mm: float, y_mm: float, text: str, **kw):
    W, H = page.size_mm
    return fig.text(x_mm / W, 1 - y_mm / H, text, **kw)


def _fig_line(fig, page: D.PageSpec, x0, y0, x1, y1, width_mm: float, color=D.RULE):
    from matplotlib.lines import Line2D

    W, H = page.size_mm
    fig.add_artist(Line2D([x0 / W, x1 / W], [1 - y0 / H, 1 - y1 / H], linewidth=width_mm * PT,
                          color=color, transform=fig.transFigure))


def draw_north_arrow(fig, page: D.PageSpec, r: D.Rect, angle_deg: float) -> None:
    """A north arrow pointing to true north: rotated by ``angle_deg`` (clockwise from grid
    north, the meridian convergence at the map centre)."""
    ax = _axes_mm(fig, page, r, zorder=5)
    k = page.k
    ax.add_patch(Rectangle((0, 0), r.w, r.h, facecolor=(1, 1, 1, 0.85), edgecolor="none"))
    cx, top, bottom = r.w / 2, 5.0 * k, r.h - 1.2 * k
    half = r.w * 0.28
    mid = bottom - (bottom - top) * 0.28
    left = np.array([[cx, top], [cx - half, bottom], [cx, mid]])
    right = np.array([[cx, top], [cx + half, bottom], [cx, mid]])
    a = math.radians(angle_deg)
    pivot = np.array([cx, (top + bottom) / 2])
    rot = np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
    # y grows downwards here, so a clockwise turn on paper is this matrix
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    for tri, face in ((left, D.INK), (right, "white")):
        pts = (tri - pivot) @ rot.T + pivot
        ax.add_patch(MplPolygon(pts, closed=True, facecolor=face, edgecolor=D.INK,
                                linewidth=0.25 * k * PT, joinstyle="miter"))
    ax.text(cx, top - 0.6 * k, "N", ha="center", va="bottom", fontsize=page.pt("north"),
            fontweight="bold", color=D.INK)


def draw_scale_bar(fig, page: D.PageSpec, r: D.Rect, scale: int) -> None:
    """Alternating black/white segments labelled in km, and the numeric scale under them, on
    a white backing that hugs them (lower-left corner of frame ``r``)."""
    ax = _axes_mm(fig, page, r, zorder=5)
    k = page.k
    km, nseg = D.scale_bar_km(scale, r.w - 12 * k)
    length_mm = km * 1e6 / scale
    x0, y0, bar_h = 3 * k, 5.2 * k, 1.3 * k
    ax.add_patch(Rectangle((0, 0), length_mm + 10 * k, r.h, facecolor=(1, 1, 1, 0.85),
                           edgecolor="none"))
    seg = length_mm / nseg
    for i in range(nseg):
        ax.add_patch(Rectangle((x0 + i * seg, y0), seg, bar_h,
                               facecolor=D.INK if i % 2 == 0 else "white",
                               edgecolor=D.INK, linewidth=0.2 * k * PT))
    fs = page.pt("scalebar")
    every = 1 if seg >= 7 * k else (2 if nseg % 2 == 0 else nseg)
    for i in range(0, nseg + 1):
        if i % every and i != nseg:
            continue
        label = D.format_km(round(km * i / nseg, 6))
        ax.text(x0 + i * seg, y0 - 0.8 * k, label, ha="center", va="bottom", fontsize=fs,
                color=D.INK)
    ax.text(x0 + length_mm + 1.5 * k, y0 + bar_h / 2, "km", ha="left", va="center",
            fontsize=fs, color=D.INK)
    ax.text(x0, y0 + bar_h + 1.1 * k, f"比例尺 {D.format_scale(scale)}", ha="left", va="top",
            fontsize=fs, color=D.INK)


def draw_legend(fig, page: D.PageSpec, r: D.Rect, groups: Sequence[LegendGroup]) -> None:
    """The legend panel: a heading, then each group's title and entries (symbol, label,
    feature count in the sheet's district or city).  Entries flow into a second column when
    one does not fit the frame (a group title never ends a column); type shrinks until every
    label fits its column."""
    groups = [g for g in groups if g and g.entries]
    fs = page.pt("legend")
    for _ in range(6):
        ax = _axes_mm(fig, page, r, zorder=3)
        if _legend_pass(ax, page, r, groups, fs):
            return
        ax.remove()
        fs *= 0.9
    _legend_pass(_axes_mm(fig, page, r, zorder=3), page, r, groups, fs)


def _legend_pass(ax, page: D.PageSpec, r: D.Rect, groups: Sequence[LegendGroup],
                 fs: float) -> bool:
    """Draw the legend at type size ``fs``; False when a label overflows its column."""
    k = page.k
    head = 7.0 * k
    row = max(fs / PT * 1.75, 3.2 * k * fs / page.pt("legend"))
    rows = []
    for g in groups:
        if len(g.entries) == 1 and g.entries[0].label == g.title:
            rows.append(("entry", g.title, g.entries[0]))  # a one-symbol layer: one row
            continue
        rows.append(("group", g.title, None))
        rows.extend(("entry", e.label if e.count is None else f"{e.label}  ({e.count:,})", e)
                    for e in g.entries)
    per_col = max(int((r.h - head - 1.0 * k) // row), 1)
    cols = 1 if len(rows) <= per_col else 2
    if cols == 2 and math.ceil(len(rows) / 2) + 1 > per_col:
        return False
    ax.add_patch(Rectangle((0, 0), r.w, r.h, facecolor="white", edgecolor=D.RULE,
                           linewidth=D.LINE_MM["rule"] * k * PT, clip_on=False))
    ax.text(2.5 * k, 2.2 * k, "图例 Legend", ha="left", va="top", fontsize=page.pt("panel_title"),
            fontweight="bold", color=D.INK)
    col_w = (r.w - 3 * k) / cols
    split = len(rows) if cols == 1 else math.ceil(len(rows) / 2)
    if cols == 2 and rows[split - 1][0] == "group":
        split -= 1  # keep a group title with its first entry
    sw, sh = 5.5 * k * fs / page.pt("legend"), 3.0 * k * fs / page.pt("legend")
    renderer = ax.figure.canvas.get_renderer()
    texts = []
    for i, (kind, label, e) in enumerate(rows):
        col = 0 if i < split else 1
        x = 2.5 * k + col * col_w
        cy = head + ((i if col == 0 else i - split) + 0.5) * row
        if kind == "group":
            texts.append((ax.text(x, cy, label, ha="left", va="center", fontsize=fs * 1.05,
                                  fontweight="bold", color=D.INK), x + col_w - 1.5 * k))
            continue
        sym = e.symbol
        if sym.kind == "marker":
            size_pt = min(sym.size_mm * 1.15, sh * 1.2) * PT
            edge = sym.edgecolor
            if edge[3] == 0 or sum(edge[:3]) > 2.8:  # white outline: invisible on paper
                edge = (0.3, 0.3, 0.3, 1.0)
            ax.scatter([x + sw / 2], [cy], s=size_pt ** 2, marker=sym.marker,
                       c=[sym.facecolor], edgecolors=[edge], linewidths=0.15 * PT, zorder=4)
        elif sym.kind == "line":
            ax.plot([x, x + sw], [cy, cy], color=sym.edgecolor, linewidth=sym.outline_mm * PT,
                    linestyle=sym.linestyle)
        else:
            edge = sym.edgecolor if sym.edgecolor[3] > 0 else D.RULE
            ax.add_patch(Rectangle((x, cy - sh / 2), sw, sh, facecolor=sym.facecolor,
                                   edgecolor=edge, linewidth=max(min(sym.outline_mm, 0.4),
                                                                 0.15) * PT,
                                   linestyle=sym.linestyle))
        texts.append((ax.text(x + sw + 1.8 * k, cy, label, ha="left", va="center",
                              fontsize=fs, color=D.INK), x + col_w - 1.0 * k))
    to_mm = ax.transData.inverted()
    for t, limit in texts:
        bb = t.get_window_extent(renderer)
        right = to_mm.transform((bb.x1, bb.y0))[0]
        if right > limit:
            return False
    return True


def draw_figures(fig, page: D.PageSpec, r: D.Rect, data: MapData, row: pd.Series,
                 columns: Sequence[str], place: str) -> None:
    """The key-figures box: the place's indicators, label left, value (and target) right;
    under a figure with a target, its status (in the status's colour) and due-date value
    (:func:`.sheetdata.key_figures`)."""
    ax = _axes_mm(fig, page, r, zorder=3)
    k = page.k
    ax.add_patch(Rectangle((0, 0), r.w, r.h, facecolor="white", edgecolor=D.RULE,
                           linewidth=D.LINE_MM["rule"] * k * PT, clip_on=False))
    ax.text(2.5 * k, 2.2 * k, f"主要指标 Key figures · {place}", ha="left", va="top",
            fontsize=page.pt("panel_title"), fontweight="bold", color=D.INK)
    figures = key_figures(data, row, columns)
    lines = len(figures) + sum(1 for f in figures if f.detail) * 0.8
    avail = r.h - 8.0 * k
    step = min(4.3 * k, avail / max(lines, 1))
    fs = page.pt("figures") * min(1.0, step / (4.3 * k) * 1.1)
    y = 8.0 * k
    for f in figures:
        ax.text(2.5 * k, y + step / 2, f.label, ha="left", va="center", fontsize=fs,
                color=D.INK)
        ax.text(r.w - 2.5 * k, y + step / 2, f.value, ha="right", va="center", fontsize=fs,
                color=D.INK, fontweight="bold")
        y += step
        if f.detail:
            ax.text(r.w - 2.5 * k, y + step * 0.35, f.detail, ha="right", va="center",
                    fontsize=fs * 0.86, color=D.STATUS_COLORS.get(f.status, D.MUTED))
            y += step * 0.8


def draw_locator(fig, page: D.PageSpec, r: D.Rect, data: MapData, code: str,
                 extent: tuple[float, float, float, float]) -> None:
    """The locator inset: the whole city in grey, the sheet's district in red, the main map's
    extent as a box."""
    k = page.k
    head = 5.5 * k
    _fig_text(fig, page, r.x, r.y + head / 2, f"位置示意 Locator · {data.city_name}",
              fontsize=page.pt("locator"), color=D.INK, ha="left", va="center",
              fontweight="bold")
    r = D.Rect(r.x, r.y + head, r.w, r.h - head)
    ax = _axes_mm(fig, page, r, mm_coords=False, zorder=3)
    ax.set_facecolor(D.MAP_BACKGROUND)
    draw_polygons(ax, data.districts.geometry, facecolor="#d9d9d9", edgecolor="white",
                  linewidth_mm=0.2 * k, zorder=1)
    focus = data.districts[data.districts["district_code"] == code]
    draw_polygons(ax, focus.geometry, facecolor=D.HIGHLIGHT, edgecolor="white",
                  linewidth_mm=0.2 * k, zorder=2)
    xmin, ymin, xmax, ymax = data.city.total_bounds
    pad_x, pad_y = (xmax - xmin) * 0.06, (ymax - ymin) * 0.06
    ex = (min(xmin, extent[0]) - pad_x, min(ymin, extent[1]) - pad_y,
          max(xmax, extent[2]) + pad_x, max(ymax, extent[3]) + pad_y)
    ax.add_patch(Rectangle((extent[0], extent[1]), extent[2] - extent[0], extent[3] - extent[1],
                           facecolor="none", edgecolor=D.INK, linewidth=0.35 * k * PT,
                           linestyle=(0, (3, 1.5)), zorder=3))
    # fit the city in the frame without distortion
    s = max((ex[2] - ex[0]) / r.w, (ex[3] - ex[1]) / r.h)
    cx, cy = (ex[0] + ex[2]) / 2, (ex[1] + ex[3]) / 2
    ax.set_xlim(cx - s * r.w / 2, cx + s * r.w / 2)
    ax.set_ylim(cy - s * r.h / 2, cy + s * r.h / 2)
    ax.set_xticks([])
    ax.set_yticks([])
    for sp in ax.spines.values():
        sp.set_edgecolor(D.RULE)
        sp.set_linewidth(D.LINE_MM["rule"] * k * PT)


def _true_north_angle(data: MapData, extent) -> float:
    """Clockwise angle (degrees) from grid north to true north at the map centre."""
    import pyproj

    cx, cy = (extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2
    to_geo = pyproj.Transformer.from_crs(data.crs, 4490, always_xy=True)
    to_map = pyproj.Transformer.from_crs(4490, data.crs, always_xy=True)
    lon, lat = to_geo.transform(cx, cy)
    x1, y1 = to_map.transform(lon, lat + 0.05)
    return math.degrees(math.atan2(x1 - cx, y1 - cy))


# --- choropleth -----------------------------------------------------------------------------

NO_DATA = qml.NO_DATA
ZONE_CASING_MM = D.ZONE_CASING_MM
nice_breaks = qml.nice_breaks
choropleth_style = qml.choropleth_style


# --- one sheet ----------------------------------------------------------------------------------

def draw_map(ax, data: MapData, theme: Theme, *, focus_geom, view, overview: bool,
             styles_dir: Optional[Path] = None, line_scale: float = 1.0,
             point_scale: float = 1.0, breaks_values: Optional[np.ndarray] = None):
    """Draw the map content of a sheet into ``ax`` (projected coordinates): district fill or
    choropleth (overview only), the theme's layers, the veil outside the focus district,
    boundaries.  Returns ``(layer legend groups, choropleth group or None, county symbol,
    zone symbol)``.  ``breaks_values``: values the choropleth classes are computed from (all
    years of a series, so that every panel shares one legend)."""
    k = line_scale
    groups: list[LegendGroup] = []
    # districts: choropleth or plain fill
    district_style = qml.load_style("districts", styles_dir)
    county_sym = next((c.symbol for c in district_style.classes if c.value == "county"),
                      qml.Symbol(kind="fill", outline=(0.19, 0.19, 0.19, 1), outline_mm=0.6))
    zone_sym = next((c.symbol for c in district_style.classes if c.value == "zone"), None)
    choropleth_group = None
    if theme.choropleth and overview:
        values = data.districts[theme.choropleth].to_numpy(dtype=float)
        cstyle = choropleth_style(theme.choropleth,
                                  values if breaks_values is None else breaks_values, styles_dir)
        cls = qml.classify(cstyle, pd.Series(values))
        entries = []
        for i, c in enumerate(cstyle.classes):
            mask = cls == i
            draw_polygons(ax, data.districts.geometry[mask], facecolor=c.symbol.facecolor,
                          edgecolor="none", linewidth_mm=0, zorder=1)
            entries.append(LegendEntry(c.label, c.symbol, int(mask.sum())))
        if (cls < 0).any():
            draw_polygons(ax, data.districts.geometry[cls < 0], facecolor=NO_DATA.facecolor,
                          edgecolor="none", linewidth_mm=0, zorder=1)
            entries.append(LegendEntry("无数据 No data", NO_DATA, int((cls < 0).sum())))
        zh, en = ind.INDICATOR_LABELS.get(theme.choropleth, (theme.choropleth, ""))
        choropleth_group = LegendGroup(title=zh, entries=entries)
    else:
        draw_polygons(ax, data.districts.geometry, facecolor=D.DISTRICT_FILL, edgecolor="none",
                      linewidth_mm=0, zorder=1)

    # feature layers, bottom to top
    for z, name in enumerate(theme.layers_for(overview)):
        gdf = data.layers.get(name)
        if gdf is None:
            continue
        if len(gdf):
            gdf = gdf[shapely.intersects(gdf.geometry.to_numpy(), view)]
        g = draw_layer(ax, gdf, name, zorder=3 + z, styles_dir=styles_dir,
                       point_scale=point_scale, in_view=focus_geom)
        if g is not None:
            groups.insert(0, g)  # legend: top layer first

    # outside the focus district: veiled, so the sheet's district stands out
    if not overview:
        veil = shapely.difference(view, focus_geom)
        draw_polygons(ax, [veil], facecolor=(1, 1, 1, 0.55), edgecolor="none", linewidth_mm=0,
                      zorder=9)
    # boundaries on top of the features
    if zone_sym is not None and len(data.zones):
        # a white casing under the dashes keeps zone boundaries readable on dark fills
        draw_polygons(ax, data.zones.geometry, facecolor="none", edgecolor=(1, 1, 1, 0.9),
                      linewidth_mm=(zone_sym.outline_mm + ZONE_CASING_MM) * k, zorder=10)
        draw_polygons(ax, data.zones.geometry, facecolor="none", edgecolor=zone_sym.edgecolor,
                      linewidth_mm=zone_sym.outline_mm * k, linestyle=zone_sym.linestyle,
                      zorder=10)
    draw_polygons(ax, data.districts.geometry, facecolor="none", edgecolor=county_sym.edgecolor,
                  linewidth_mm=county_sym.outline_mm * k, zorder=11)
    if not overview:
        draw_polygons(ax, [focus_geom], facecolor="none", edgecolor=county_sym.edgecolor,
                      linewidth_mm=county_sym.outline_mm * 1.8 * k, zorder=11)

    return groups, choropleth_group, county_sym, zone_sym


def draw_sheet(data: MapData, sheet: Sheet, page: D.PageSpec, *,
               styles_dir: Optional[Path] = None, produced: Optional[dt.date] = None,
               breaks_values: Optional[np.ndarray] = None, stamp: str = "") -> Figure:
    """The figure of one sheet; ``data`` must already be in ``data.crs`` (see
    :meth:`MapData.to_crs`).  ``breaks_values``: values the choropleth classes come from
    (default: this sheet's); ``stamp``: large text in the map's top-left corner (the year of
    an animation frame)."""
    configure_matplotlib()
    theme = sheet.theme
    overview = sheet.code is None
    frames = page.frames(locator=not overview)
    fig = Figure(figsize=page.size_in)
    FigureCanvasAgg(fig)
    fig.patch.set_facecolor("white")
    k = page.k

    sv = sheet_view(data, sheet, frames["map"])
    row, focus_geom, scale, extent = sv.row, sv.focus, sv.scale, sv.extent
    place_zh, place_en = sv.place_zh, sv.place_en
    view = shapely.box(*extent)

    ax = map_axes(fig, page, frames["map"], extent, page.line_mm("neatline"))
    for sp in ax.spines.values():
        sp.set_zorder(30)

    groups, choropleth_group, county_sym, zone_sym = draw_map(
        ax, data, theme, focus_geom=focus_geom, view=view, overview=overview,
        styles_dir=styles_dir, line_scale=k, point_scale=0.7 if overview else 1.0,
        breaks_values=breaks_values)
    if stamp:
        ax.text(0.025, 0.975, stamp, transform=ax.transAxes, ha="left", va="top",
                fontsize=page.pt("title") * 2.2, fontweight="bold", color=D.INK, zorder=25,
                path_effects=_halo(page.pt("title") * 0.5))

    # labels: district names (with values on choropleths), then zones
    avoid = []
    items = district_labels(data, sheet, page)
    if len(data.zones) and zone_sym is not None:
        zc = zone_sym.edgecolor
        for _, zrow in data.zones.iterrows():
            if not shapely.intersects(zrow.geometry, view):
                continue
            x, y = label_point(zrow.geometry)
            items.append(dict(x=x, y=y, text=str(zrow["name"]), size=page.pt("label_small"),
                              color=zc, weight="normal"))
    # keep labels off the scale bar and north arrow
    W, H = page.size_mm
    for key in ("north", "scalebar"):
        r = frames[key]
        x0, y0 = fig.transFigure.transform((r.x / W, 1 - r.bottom / H))
        x1, y1 = fig.transFigure.transform((r.right / W, 1 - r.y / H))
        from matplotlib.transforms import Bbox

        avoid.append(Bbox([[x0, y0], [x1, y1]]))
    place_labels(ax, items, avoid)

    # furniture
    texts = D.sheet_text(theme_zh=theme.title_zh, theme_en=theme.title_en, place_zh=place_zh,
                         place_en=place_en, as_of=data.as_of, source=_source(data),
                         crs_name=_crs_name(data), produced=produced, scale=scale,
                         version=_version())
    t = frames["title"]
    _fig_text(fig, page, t.x, t.bottom, texts.title, fontsize=page.pt("title"),
              fontweight="bold", color=D.INK, ha="left", va="baseline")
    s = frames["subtitle"]
    _fig_text(fig, page, s.x, s.y + s.h * 0.55, texts.subtitle, fontsize=page.pt("subtitle"),
              color=D.MUTED, ha="left", va="center")
    _fig_line(fig, page, s.x, s.bottom + 1.2 * k, s.right, s.bottom + 1.2 * k,
              page.line_mm("rule"), D.INK)
    f = frames["footer"]
    _fig_text(fig, page, f.x, f.y + f.h / 2, texts.footer_left, fontsize=page.pt("footer"),
              color=D.MUTED, ha="left", va="center", linespacing=1.5)
    _fig_text(fig, page, f.right, f.y + f.h / 2, texts.footer_right, fontsize=page.pt("footer"),
              color=D.MUTED, ha="right", va="center", linespacing=1.5)
    draw_north_arrow(fig, page, frames["north"], _true_north_angle(data, extent))
    draw_scale_bar(fig, page, frames["scalebar"], scale)
    legend_groups = list(groups)
    if choropleth_group is not None:
        legend_groups.append(choropleth_group)
    boundary = LegendGroup("行政区划 Boundaries", [
        LegendEntry("区县界 county boundary", qml.Symbol(kind="line", outline=county_sym.outline,
                                                       outline_mm=county_sym.outline_mm))])
    if zone_sym is not None and len(data.zones):
        boundary.entries.append(LegendEntry("功能区界 zone boundary",
                                            qml.Symbol(kind="line", outline=zone_sym.outline,
                                                       outline_mm=zone_sym.outline_mm,
                                                       outline_style=zone_sym.outline_style)))
    legend_groups.append(boundary)
    draw_legend(fig, page, frames["legend"], legend_groups)
    draw_figures(fig, page, frames["figures"], data, row, theme.figures, place_zh)
    if sheet.code is not None:  # a district's sheet (overview: the whole city)
        draw_locator(fig, page, frames["locator"], data, sheet.code, extent)
    fig.set_label(texts.title)
    return fig


# --- a set of sheets ---------------------------------------------------------------------------------

def render_sheets(data: MapData, indicator: str, out_dir: Path, *, district: str = "all",
                  paper: str = "A4", orientation: str = "landscape", fmt: str = "pdf",
                  dpi: float = 200, styles_dir: Optional[Path] = None,
                  progress: Optional[ProgressFn] = None) -> list[Path]:
    """Render the sheets of ``indicator`` into ``out_dir``: one multi-page PDF atlas
    (``<indicator>_<date>_atlas.pdf``, or ``…_<code>.pdf`` for one sheet) or one PNG per sheet.
    Returns the files written."""
    report = progress or no_progress
    page = D.PageSpec(paper, orientation)
    sheets = sheets_for(data, indicator, district)
    proj = data.to_crs(data.crs)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    n = len(sheets)
    if fmt == "pdf":
        from matplotlib.backends.backend_pdf import PdfPages

        path = sheet_path(out_dir, indicator, data.as_of, None if n > 1 else sheets[0], "pdf")
        with PdfPages(path, metadata=_pdf_metadata(data, sheets[0].theme)) as pdf:
            for i, sheet in enumerate(sheets):
                report(100.0 * i / n, f"sheet {i + 1}/{n} {sheet.code or 'city'}")
                fig = draw_sheet(proj, sheet, page, styles_dir=styles_dir)
                pdf.savefig(fig)
        written.append(path)
    elif fmt == "png":
        for i, sheet in enumerate(sheets):
            report(100.0 * i / n, f"sheet {i + 1}/{n} {sheet.code or 'city'}")
            fig = draw_sheet(proj, sheet, page, styles_dir=styles_dir)
            path = sheet_path(out_dir, indicator, data.as_of, sheet, "png")
            save_png(fig, path, dpi)
            written.append(path)
    else:
        raise ValueError(f"format must be pdf or png, got {fmt!r}.")
    report(100.0, "done")
    return written


def fit_pixels(fig: Figure, dpi: float) -> tuple[int, int]:
    """Resize ``fig`` by under a pixel so that at ``dpi`` it is exactly the paper size rounded
    to whole pixels (matplotlib truncates: A4 at 30 dpi would be 350 px, not 351)."""
    w_in, h_in = fig.get_size_inches()
    px = (int(round(w_in * dpi)), int(round(h_in * dpi)))
    fig.set_size_inches((px[0] + 0.01) / dpi, (px[1] + 0.01) / dpi)
    return px


def save_png(fig: Figure, path: Path, dpi: float) -> None:
    """A PNG of exactly the page size at ``dpi`` (no trimming: sheets keep their margins)."""
    fit_pixels(fig, dpi)
    fig.savefig(path, dpi=dpi, facecolor="white", metadata={"Software": f"smartcity {_version()}"})


def _pdf_metadata(data: MapData, theme: Theme) -> dict:
    return {"Title": f"{data.city_name}{theme.title_zh} {data.as_of.isoformat()}",
            "Subject": f"{theme.title_en}, as of {data.as_of.isoformat()}",
            "Creator": f"smartcity {_version()}", "Keywords": "5G; smart city; Weihai"}
