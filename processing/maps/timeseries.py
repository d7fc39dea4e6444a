"""Time on map sheets: small multiples (one map per year on one page) and an animation of
coverage (or any theme) growing year by year.

Every panel and every frame of one series shares one scale, one extent and one set of classes
(a choropleth's breaks are computed over all years), so a change of colour is a change in the
data, never of the legend.
"""

from __future__ import annotations

import datetime as dt
import math
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Optional, Sequence

import numpy as np
import shapely

from ...layers.progress import ProgressFn, no_progress, scaled
from .. import indicators as ind
from . import design as D
from . import render_mpl as R
from .fonts import configure_matplotlib
from .sheetdata import MapData, build_map_data
from .themes import theme as get_theme

PT = D.PT_PER_MM


def year_end(year: int) -> dt.date:
    return dt.date(int(year), 12, 31)


def yearly_map_data(store_or_layers: Any, start_year: int, end_year: int, *,
                    level: str = "county", radius_table=None, population_raster=None,
                    city_name: Optional[str] = None, source: Optional[str] = None,
                    progress: Optional[ProgressFn] = None) -> list[MapData]:
    """:class:`MapData` at 31 December of each year from ``start_year`` to ``end_year``."""
    if end_year < start_year:
        raise ValueError(f"the series ends ({end_year}) before it starts ({start_year}).")
    if source is None and isinstance(store_or_layers, (str, Path)):
        source = Path(store_or_layers).name
    layers = ind.read_layers(store_or_layers)
    years = list(range(int(start_year), int(end_year) + 1))
    out = []
    for i, year in enumerate(years):
        step = scaled(progress, 100.0 * i / len(years), 100.0 * (i + 1) / len(years))
        out.append(build_map_data(layers, year_end(year), level=level,
                                  radius_table=radius_table, population_raster=population_raster,
                                  city_name=city_name, source=source or "",
                                  with_targets=False, progress=step))
    return out


def _grid(n: int, area: D.Rect, aspect: float, title_mm: float) -> tuple[int, int]:
    """Columns and rows giving the largest panels of data aspect ``aspect`` (w/h) in ``area``."""
    best, best_size = (1, n), 0.0
    for cols in range(1, n + 1):
        rows = math.ceil(n / cols)
        w = area.w / cols
        h = area.h / rows - title_mm
        size = min(w, h * aspect)
        if size > best_size:
            best, best_size = (cols, rows), size
    return best


def _breaks_values(datas: Sequence[MapData], indicator: Optional[str]) -> Optional[np.ndarray]:
    if not indicator:
        return None
    return np.concatenate([d.districts[indicator].to_numpy(dtype=float) for d in datas])


def _panel_caption(data: MapData, indicator: str) -> str:
    row = data.city.iloc[0]
    th = get_theme(indicator)
    first = th.figures[0] if th.figures else None
    if th.choropleth:
        first = th.choropleth
    parts = [f"{data.as_of.year}年"]
    for c in [first, "cov_5g_area_pct" if first == "bs_active" else None]:
        if c and c in row.index:
            parts.append(f"{ind.INDICATOR_LABELS.get(c, (c,))[0].replace('(%)', '')} "
                         f"{D.format_value(float(row[c]), c)}")
    return "  ".join(parts)


def draw_small_multiples(datas: Sequence[MapData], indicator: str, page: D.PageSpec, *,
                         styles_dir: Optional[Path] = None,
                         produced: Optional[dt.date] = None):
    """One page with one map per year (city overview of ``indicator``), a shared legend, scale
    bar and north arrow.  ``datas`` in ``MapData.crs``, in year order."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    configure_matplotlib()
    th = get_theme(indicator)
    frames = page.frames(locator=False)
    k = page.k
    fig = Figure(figsize=page.size_in)
    FigureCanvasAgg(fig)
    mp, lg = frames["map"], frames["legend"]
    top = mp.y
    right = max(mp.right, lg.right, frames["figures"].right)
    bottom = max(mp.bottom, lg.bottom, frames["figures"].bottom)
    first = datas[0]
    city = shapely.union_all(first.districts.geometry.to_numpy())
    b = shapely.bounds(city)
    aspect = (b[2] - b[0]) / max(b[3] - b[1], 1)
    caption_h = 6.0 * k
    full = D.Rect(mp.x, top, right - mp.x, bottom - top)
    cols, rows = _grid(len(datas) + 1, full, aspect, caption_h)  # one cell for the legend
    strip = 0.0
    if cols * rows == len(datas) + 1 and len(datas) % cols == 0:
        # no free cell would remain in the last row: legend strip under the grid instead
        strip = 22.0 * k
        cols, rows = _grid(len(datas), D.Rect(mp.x, top, full.w, full.h - strip), aspect,
                           caption_h)
    area = D.Rect(mp.x, top, full.w, full.h - strip)
    cell_w, cell_h = area.w / cols, area.h / rows
    panel = D.Rect(0, 0, cell_w - 3 * k, cell_h - caption_h - 2 * k)
    scale, _ = D.map_view(tuple(b), panel, padding=0.01, mantissas=D.FINE_MANTISSAS)
    breaks = _breaks_values(datas, th.choropleth)
    groups = chor = None
    for i, data in enumerate(datas):
        c, r = i % cols, i // cols
        x = area.x + c * cell_w
        y = area.y + r * cell_h
        rect = D.Rect(x, y + caption_h, panel.w, panel.h)
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        hw, hh = rect.w / 1000 * scale / 2, rect.h / 1000 * scale / 2
        extent = (cx - hw, cy - hh, cx + hw, cy + hh)
        ax = R.map_axes(fig, page, rect, extent, page.line_mm("rule"))
        view = shapely.box(*extent)
        geom = shapely.union_all(data.districts.geometry.to_numpy())
        groups, chor, county_sym, zone_sym = R.draw_map(
            ax, data, th, focus_geom=geom, view=view, overview=True, styles_dir=styles_dir,
            line_scale=k * 0.6, point_scale=0.35, breaks_values=breaks)
        R._fig_text(fig, page, x, y + caption_h * 0.55, _panel_caption(data, indicator),
                    fontsize=page.pt("legend") * 1.1, fontweight="bold", color=D.INK,
                    ha="left", va="center")
    # shared legend, scale bar and north arrow: in the free cell, else in a strip below
    legend_groups = [R.LegendGroup(g.title, [R.LegendEntry(e.label, e.symbol, None)
                                             for e in g.entries]) for g in (groups or [])]
    if chor is not None:
        legend_groups.append(R.LegendGroup(chor.title, [R.LegendEntry(e.label, e.symbol, None)
                                                        for e in chor.entries]))
    north_angle = R._true_north_angle(first, (b[0], b[1], b[2], b[3]))
    if strip == 0.0:
        n = len(datas)
        cell = D.Rect(area.x + (n % cols) * cell_w, area.y + (n // cols) * cell_h + caption_h,
                      panel.w, panel.h)
        bar_h = 12.0 * k
        R.draw_legend(fig, page, D.Rect(cell.x, cell.y, cell.w, cell.h - bar_h - 1 * k),
                      legend_groups)
        R.draw_scale_bar(fig, page, D.Rect(cell.x, cell.bottom - bar_h, cell.w - 12 * k,
                                           bar_h), scale)
        R.draw_north_arrow(fig, page, D.Rect(cell.right - 8 * k, cell.bottom - bar_h,
                                             7 * k, bar_h), north_angle)
    else:
        ly = area.bottom + 2 * k
        _legend_row(fig, page, D.Rect(area.x, ly, area.w - 80 * k, strip - 3 * k),
                    legend_groups)
        R.draw_scale_bar(fig, page, D.Rect(area.right - 72 * k, ly + 4 * k, 60 * k, 11 * k),
                         scale)
        R.draw_north_arrow(fig, page, D.Rect(area.right - 10 * k, ly + 1 * k, 9 * k, 15 * k),
                           north_angle)
    last = datas[-1]
    texts = D.sheet_text(theme_zh=f"{th.title_zh}（{first.as_of.year}—{last.as_of.year}年）",
                         theme_en=f"{th.title_en}, {first.as_of.year}–{last.as_of.year}",
                         place_zh=last.city_name, place_en=last.city_name_en,
                         as_of=last.as_of, source=R._source(last), crs_name=R._crs_name(last),
                         produced=produced, scale=scale, version=R._version())
    t, s, f = frames["title"], frames["subtitle"], frames["footer"]
    R._fig_text(fig, page, t.x, t.bottom, texts.title, fontsize=page.pt("title"),
                fontweight="bold", color=D.INK, ha="left", va="baseline")
    R._fig_text(fig, page, s.x, s.y + s.h * 0.55,
                texts.subtitle + "    各年数据截至当年12月31日 Each map as of 31 December",
                fontsize=page.pt("subtitle"), color=D.MUTED, ha="left", va="center")
    R._fig_line(fig, page, s.x, s.bottom + 1.2 * k, s.right, s.bottom + 1.2 * k,
                page.line_mm("rule"), D.INK)
    R._fig_text(fig, page, f.x, f.y + f.h / 2, texts.footer_left, fontsize=page.pt("footer"),
                color=D.MUTED, ha="left", va="center", linespacing=1.5)
    R._fig_text(fig, page, f.right, f.y + f.h / 2, texts.footer_right,
                fontsize=page.pt("footer"), color=D.MUTED, ha="right", va="center",
                linespacing=1.5)
    return fig


def _legend_row(fig, page: D.PageSpec, r: D.Rect, groups) -> None:
    """A legend laid out in rows (for the small-multiples strip): entries without counts."""
    from matplotlib.patches import Rectangle

    ax = R._axes_mm(fig, page, r)
    k = page.k
    fs = page.pt("legend")
    renderer = fig.canvas.get_renderer()
    to_mm = ax.transData.inverted()
    x, y = 0.0, 2.5 * k
    line = 4.6 * k
    sw, sh = 5.0 * k, 2.8 * k
    for g in groups:
        if not g.entries:
            continue
        if x > 0:
            x += 3 * k
        t = ax.text(x, y, g.title + "：", ha="left", va="center", fontsize=fs,
                    fontweight="bold", color=D.INK)
        x_end = to_mm.transform(t.get_window_extent(renderer).p1)[0] + 1 * k
        if x_end + sw + 30 * k > r.w:  # the title would end the line: start a new one
            x, y = 0.0, y + line
            t.set_position((x, y))
            x_end = to_mm.transform(t.get_window_extent(renderer).p1)[0] + 1 * k
        x = x_end
        for e in g.entries:
            sym = e.symbol
            label = ax.text(0, 0, e.label, fontsize=fs, color=D.INK, ha="left", va="center")
            wl = (to_mm.transform(label.get_window_extent(renderer).p1)[0]
                  - to_mm.transform(label.get_window_extent(renderer).p0)[0])
            if x + sw + 1.5 * k + wl > r.w:
                x, y = 0.0, y + line
            if sym.kind == "marker":
                edge = sym.edgecolor if sum(sym.edgecolor[:3]) < 2.8 else (0.3, 0.3, 0.3, 1)
                ax.scatter([x + sw / 2], [y], s=(sym.size_mm * PT) ** 2, marker=sym.marker,
                           c=[sym.facecolor], edgecolors=[edge], linewidths=0.15 * PT)
            elif sym.kind == "line":
                ax.plot([x, x + sw], [y, y], color=sym.edgecolor, linewidth=sym.outline_mm * PT,
                        linestyle=sym.linestyle)
            else:
                ax.add_patch(Rectangle((x, y - sh / 2), sw, sh, facecolor=sym.facecolor,
                                       edgecolor=sym.edgecolor if sym.edgecolor[3] else D.RULE,
                                       linewidth=0.2 * PT))
            label.set_position((x + sw + 1.5 * k, y))
            x += sw + 1.5 * k + wl + 3 * k


def render_small_multiples(datas: Sequence[MapData], indicator: str, out: Path, *,
                           paper: str = "A4", orientation: str = "landscape",
                           dpi: float = 200, styles_dir: Optional[Path] = None) -> Path:
    """Write the small-multiples sheet to ``out`` (``.pdf`` vector, or ``.png`` at ``dpi``)."""
    page = D.PageSpec(paper, orientation)
    proj = [d.to_crs(d.crs) for d in datas]
    fig = draw_small_multiples(proj, indicator, page, styles_dir=styles_dir)
    out = Path(out)
    if out.suffix.lower() == ".png":
        R.save_png(fig, out, dpi)
    else:
        fig.savefig(out, format="pdf", metadata=R._pdf_metadata(proj[-1], get_theme(indicator)))
    return out


ANIMATION_FORMATS = (".gif", ".mp4")


def render_animation(datas: Sequence[MapData], indicator: str, out: Path, *,
                     paper: str = "A4", orientation: str = "landscape", dpi: float = 96,
                     seconds_per_frame: float = 1.2, styles_dir: Optional[Path] = None,
                     progress: Optional[ProgressFn] = None) -> Path:
    """An animation, one frame per year: the city overview sheet of ``indicator`` with the year
    stamped large on the map.  ``.gif`` is written with Pillow; ``.mp4`` needs ``ffmpeg``."""
    from PIL import Image

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in ANIMATION_FORMATS:
        raise ValueError(f"{out}: an animation is .gif or .mp4, not {suffix or 'no extension'}.")
    if suffix == ".mp4" and shutil.which("ffmpeg") is None:
        raise ValueError("writing .mp4 needs ffmpeg (Debian: apt-get install ffmpeg); "
                         "write a .gif instead.")
    report = progress or no_progress
    page = D.PageSpec(paper, orientation)
    th = get_theme(indicator)
    breaks = _breaks_values(datas, th.choropleth)
    frames = []
    for i, data in enumerate(datas):
        report(100.0 * i / len(datas), f"frame {data.as_of.year}")
        proj = data.to_crs(data.crs)
        fig = R.draw_sheet(proj, R.Sheet(th, None), page, styles_dir=styles_dir,
                           breaks_values=breaks, stamp=f"{data.as_of.year}")
        R.fit_pixels(fig, dpi)
        fig.set_dpi(dpi)
        fig.canvas.draw()
        rgba = np.asarray(fig.canvas.buffer_rgba())  # type: ignore[attr-defined]  # Agg canvas
        frames.append(Image.fromarray(rgba[..., :3].copy()))
    report(95.0, "encoding")
    ms = int(seconds_per_frame * 1000)
    if suffix == ".gif":
        pal = [f.quantize(colors=255, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
               for f in frames]
        durations = [ms] * (len(pal) - 1) + [ms * 3]  # hold the last year
        pal[0].save(out, save_all=True, append_images=pal[1:], duration=durations, loop=0,
                    optimize=False)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for i, f in enumerate(frames):
                f.save(Path(tmp) / f"f{i:04d}.png")
            w, h = frames[0].size
            cmd = ["ffmpeg", "-y", "-loglevel", "error", "-framerate", f"{1 / seconds_per_frame}",
                   "-i", str(Path(tmp) / "f%04d.png"), "-vf",
                   f"scale={w - w % 2}:{h - h % 2},format=yuv420p", "-c:v", "libx264",
                   "-r", "25", str(out)]
            subprocess.run(cmd, check=True)
    report(100.0, "done")
    return out
