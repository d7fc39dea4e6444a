"""The progress report: one PDF (and one self-contained HTML page) per as-of date.

What the officials read: the plan's targets with actual values, gap, status and trend; the
same per district; a chart of each measured indicator over the years with its target line;
the key map sheets; and a short generated summary of which targets are met and which are
behind.  Numbers come from :mod:`..targets` and :mod:`..series` (the same functions as
``smartcity targets`` / ``smartcity series``), maps from :mod:`.render_mpl`.

The PDF is built with matplotlib (vector, fonts embedded as Type 42, no extra dependency);
the HTML embeds its charts as inline SVG and its maps as PNG, so it is one file to e-mail.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

import numpy as np
import pandas as pd

from ...layers.progress import ProgressFn, no_progress, scaled
from .. import indicators as ind
from .. import targets as tg
from . import design as D
from . import render_mpl as R
from .fonts import configure_matplotlib
from .sheetdata import MapData, build_map_data
from .themes import theme as get_theme

PT = D.PT_PER_MM
MET_COLOR, BEHIND_COLOR, NA_COLOR = "#1a9641", "#d7191c", "#8c8c8c"
CITY_COLOR = "#222222"
DISTRICT_COLORS = ("#1f78b4", "#33a02c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3",
                   "#b2df8a", "#fdbf6f", "#cab2d6", "#fb9a99")
"""Line colours of districts in the charts (ColorBrewer Paired, dark first)."""

REPORT_MAPS: tuple[str, ...] = ("coverage", "cov_5g_area_pct", "community_smart_pct",
                                "manhole_monitored_pct")
"""City overview sheets embedded in the report, in order."""


@dataclass
class ReportData:
    """Everything one report shows (computed once, rendered to PDF and HTML)."""

    as_of: dt.date
    plan: tg.TargetSet
    evaluation: pd.DataFrame
    series: pd.DataFrame
    map_data: MapData
    districts: pd.DataFrame  # per district and measured target: actual, gap, slope, reach year

    @property
    def city_name(self) -> str:
        return self.map_data.city_name


def _met_color(met) -> str:
    """Green, red or grey for met / not met / unknown (numpy, pandas or Python booleans)."""
    if met is None or met is pd.NA or (isinstance(met, float) and math.isnan(met)):
        return NA_COLOR
    return MET_COLOR if bool(met) else BEHIND_COLOR


def _year_ends(start: int, as_of: dt.date) -> list[dt.date]:
    return [dt.date(y, 12, 31) for y in range(start, as_of.year + 1) if dt.date(y, 12, 31) <= as_of]


def _district_progress(plan: tg.TargetSet, series: pd.DataFrame, as_of: dt.date,
                       start_year: int) -> pd.DataFrame:
    """For each measured ``level`` target, each district: value at ``as_of``, gap to the
    target value, trend (least-squares change per year over the year-ends) and the year the
    trend reaches the target."""
    rows = []
    part = series[series["level"] != "city"]
    day = pd.Timestamp(as_of)
    for t in plan:
        if not t.measured or t.kind != "level":
            continue
        if t.scope == "city" and "%" not in t.unit:
            continue  # a city-wide count (5000 stations) means nothing for one district
        for code, grp in part.groupby("district_code", sort=False):
            grp = grp.drop_duplicates("date", keep="last").set_index("date").sort_index()
            vals = grp[t.indicator].astype(float)
            actual = float(vals.get(day, np.nan))
            ye = [d for d in vals.index if d.month == 12 and d.day == 31 and d.year >= start_year
                  and d <= day]
            dates = [d.date() for d in ye]
            values = [float(vals[d]) for d in ye]
            if day not in ye and math.isfinite(actual):
                dates.append(as_of)
                values.append(actual)
            ok = np.isfinite(values)
            slope = math.nan
            if ok.sum() >= 2:
                x = np.array([tg.decimal_year(d) for d in dates])[ok]
                slope = float(np.polyfit(x, np.asarray(values)[ok], 1)[0])
            met = (bool(tg.COMPARATORS[t.comparator](actual, t.value))
                   if math.isfinite(actual) else None)
            reach = (tg.trend_reach_year(dates, values, t.value, t.comparator, as_of.year)
                     if met is False else None)
            rows.append({"target_id": t.id, "label_zh": t.label_zh, "label_en": t.label_en,
                         "indicator": t.indicator, "unit": t.unit,
                         "district_code": code, "district_name": grp["district_name"].iloc[-1],
                         "actual": actual, "target": t.value,
                         "gap": tg._shortfall(actual, t.value, t.comparator), "met": met,
                         "slope_per_year": slope, "reach_year": reach})
    return pd.DataFrame(rows)


def build_report_data(store_or_layers: Any, as_of: dt.date, *, targets=None,
                      level: str = "county", start_year: Optional[int] = None,
                      radius_table=None, population_raster=None,
                      city_name: Optional[str] = None, source: Optional[str] = None,
                      progress: Optional[ProgressFn] = None) -> ReportData:
    """Compute what the report of ``as_of`` shows: the yearly series (year-ends from the
    plan's ``series_from`` and every date the targets need), the targets' evaluation, the
    per-district progress and the map data of the date."""
    from ..series import series_layers

    report = progress or no_progress
    plan = targets if isinstance(targets, tg.TargetSet) else tg.load_targets(targets)
    start = min(int(start_year or plan.series_from or as_of.year - 4), as_of.year)
    layers = ind.read_layers(store_or_layers)
    dates = sorted(set(tg._series_dates(plan, as_of, start)) | set(_year_ends(start, as_of))
                   | {as_of})
    report(0.0, "indicator series")
    series = series_layers(layers, dates, level=level, radius_table=radius_table,
                           population_raster=population_raster, counts=True,
                           progress=scaled(progress, 0, 70))
    evaluation = tg.evaluate_targets(plan, series, as_of, level=level, start_year=start)
    report(70.0, "map data")
    if source is None and isinstance(store_or_layers, (str, Path)):
        source = Path(store_or_layers).name
    data = build_map_data(layers, as_of, level=level, radius_table=radius_table,
                          population_raster=population_raster, city_name=city_name,
                          source=source or "", progress=scaled(progress, 70, 95))
    city_code = data.city["district_code"].iloc[0]
    series = series.copy()
    series.loc[series["district_code"] == city_code, "district_name"] = data.city_name
    evaluation = evaluation.copy()
    evaluation.loc[evaluation["scope"] == "city", "district_name"] = data.city_name
    districts = _district_progress(plan, series, as_of, start)
    report(100.0, "done")
    return ReportData(as_of=as_of, plan=plan, evaluation=evaluation, series=series,
                      map_data=data, districts=districts)


# --- wording ---------------------------------------------------------------------------------------

def _num(value: float, unit: str) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    if "%" in unit or "百分点" in unit:
        return f"{value:.1f}"
    if abs(value - round(value)) < 1e-9 or abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.1f}"


def _unit_short(unit: str) -> str:
    """The Chinese part of a unit (``个 stations`` → ``个``; per-year units lose ``/年``,
    said by the sentence instead)."""
    return unit.split(" ")[0].replace("/年", "") if unit else ""


def status(row: pd.Series) -> tuple[str, str, str]:
    """``(Chinese, English, colour)`` status of one evaluated target row."""
    if row["note"] == tg.NOT_MEASURED or not row["indicator"]:
        return "未测算", "not measured", NA_COLOR
    met = row["met"]
    if met is pd.NA or met is None or (isinstance(met, float) and math.isnan(met)):
        return "无数据", "no data", NA_COLOR
    if bool(met):
        return "已达成", "met", MET_COLOR
    if "overdue" in str(row["note"]):
        return "逾期未达成", "behind, overdue", BEHIND_COLOR
    return "未达成", "behind", BEHIND_COLOR


def summary_lines(rd: ReportData) -> list[tuple[str, str]]:
    """The generated summary: ``(Chinese, English)`` sentences, overall counts first, then one
    sentence per target that is behind (largest relative gap first) and the targets met."""
    ev = rd.evaluation
    city = ev[ev["scope"] == "city"]
    measured = city[city["note"] != tg.NOT_MEASURED]
    met = measured[measured["met"].fillna(False).astype(bool)]
    behind = measured[(~measured["met"].fillna(True).astype(bool))]
    overdue = behind[behind["note"].str.contains("overdue", na=False)]
    n_na = len(city) - len(measured)
    d = D.date_zh(rd.as_of)
    lines = [(
        f"截至{d}，规划共{len(city)}项目标，本工具可测算{len(measured)}项：已达成{len(met)}项，"
        f"未达成{len(behind)}项（其中{len(overdue)}项已过期限）；另有{n_na}项需其他部门数据，"
        f"未纳入测算。",
        f"As of {rd.as_of.isoformat()}, the plan has {len(city)} targets; {len(measured)} are "
        f"measured here: {len(met)} met, {len(behind)} behind ({len(overdue)} past their due "
        f"date); {n_na} need data this tool does not hold.")]
    if len(behind):
        rel = (behind["gap"] / behind["target"].abs().replace(0, np.nan)).fillna(0)
        for _, r in behind.assign(_rel=rel).sort_values("_rel", ascending=False).iterrows():
            u = _unit_short(r["unit"]).replace("/年", "")
            pct = "%" in r["unit"]
            gap_u = "个百分点" if pct else u
            if pd.notna(r["reach_year"]) and int(r["reach_year"]) <= rd.as_of.year:
                when = "按近年趋势本年内可达成"
            elif pd.notna(r["reach_year"]):
                when = f"按近年趋势预计{int(r['reach_year'])}年达成"
            else:
                when = "按近年趋势无法达成，需加快推进"
            when_en = (f"the trend reaches it in {int(r['reach_year'])}"
                       if pd.notna(r["reach_year"]) else "the trend does not reach it")
            if r["kind"] == "annual_increase":
                zh = (f"{r['label_zh']}：近一年增加{_num(r['actual'], r['unit'])}{u}，"
                      f"目标每年{_num(r['target'], r['unit'])}{u}；{when}。")
            else:
                zh = (f"{r['label_zh']}：现状{_num(r['actual'], r['unit'])}{'%' if pct else u}，"
                      f"目标{_num(r['target'], r['unit'])}{'%' if pct else u}，"
                      f"差距{_num(r['gap'], r['unit'])}{gap_u}；{when}。")
            en = (f"{r['label_en']}: {_num(r['actual'], r['unit'])} against "
                  f"{_num(r['target'], r['unit'])} ({r['unit']}), gap {_num(r['gap'], r['unit'])}; "
                  f"{when_en}.")
            lines.append((zh, en))
    if len(met):
        names = "、".join(met["label_zh"].tolist())
        lines.append((f"已达成：{names}。",
                      "Met: " + "; ".join(met["label_en"].tolist()) + "."))
    return lines


# --- PDF ----------------------------------------------------------------------------------------

A4P = D.PageSpec("A4", "portrait")
MARGIN = 15.0


def _wrap(text: str, width_mm: float, fs: float) -> list[str]:
    """Break ``text`` into lines of at most ``width_mm`` at ``fs`` pt (CJK one em per
    character, Latin about half; Latin words are not split)."""
    em = fs / PT
    lines, line, w = [], "", 0.0
    tokens: list[str] = []
    buf = ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            buf += ch
        else:
            if buf:
                tokens.append(buf)
                buf = ""
            tokens.append(ch)
    if buf:
        tokens.append(buf)
    for tok in tokens:
        tw = sum(0.56 * em if c.isascii() else em for c in tok)
        if w + tw > width_mm and line.strip():
            lines.append(line.rstrip())
            line, w = ("" if tok.isspace() else tok), (0.0 if tok.isspace() else tw)
        else:
            line += tok
            w += tw
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class _Page:
    """An A4 portrait page drawn in mm from the top-left corner, with header and footer."""

    def __init__(self, rd: ReportData, number: int, title: str):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.fig = Figure(figsize=A4P.size_in)
        FigureCanvasAgg(self.fig)
        self.ax = self.fig.add_axes((0, 0, 1, 1))
        W, H = A4P.size_mm
        self.ax.set_xlim(0, W)
        self.ax.set_ylim(H, 0)
        self.ax.set_axis_off()
        self.W, self.H = W, H
        self.y = MARGIN + 12.0
        plan = rd.plan.name_zh or rd.plan.name_en or "规划目标"
        self.text(MARGIN, MARGIN, f"{rd.city_name}智慧城市建设进展报告  ·  截至 {D.date_zh(rd.as_of)}",
                  fs=7.5, color=D.MUTED)
        self.text(W - MARGIN, MARGIN, plan, fs=7.5, color=D.MUTED, ha="right")
        self.ax.plot([MARGIN, W - MARGIN], [MARGIN + 3, MARGIN + 3], color=D.RULE, lw=0.4)
        self.text(MARGIN, H - MARGIN + 4, f"制图日期 Produced {dt.date.today().isoformat()} · "
                  f"smartcity {R._version()}", fs=6.5, color=D.MUTED)
        self.text(W - MARGIN, H - MARGIN + 4, f"第 {number} 页  Page {number}", fs=6.5,
                  color=D.MUTED, ha="right")
        if title:
            self.heading(title)

    def text(self, x, y, s, fs=9.0, color=D.INK, ha="left", va="top", weight="normal"):
        return self.ax.text(x, y, s, fontsize=fs, color=color, ha=ha, va=va, fontweight=weight)

    def heading(self, s: str, fs: float = 13.0) -> None:
        self.text(MARGIN, self.y, s, fs=fs, weight="bold")
        self.y += fs / PT * 1.6

    def paragraph(self, s: str, fs: float = 9.0, color=D.INK, indent: float = 0.0,
                  bullet: str = "") -> None:
        width = self.W - 2 * MARGIN - indent - (3.5 if bullet else 0)
        lines = _wrap(s, width, fs)
        if bullet:
            self.text(MARGIN + indent, self.y, bullet, fs=fs, color=color)
        for ln in lines:
            self.text(MARGIN + indent + (3.5 if bullet else 0), self.y, ln, fs=fs, color=color)
            self.y += fs / PT * 1.45
        self.y += fs / PT * 0.35

    def room(self) -> float:
        return self.H - MARGIN - 4 - self.y


def _table(page: _Page, headers: Sequence[str], rows: Sequence[Sequence[str]],
           widths: Sequence[float], *, fs: float = 7.2, aligns: Optional[Sequence[str]] = None,
           colors: Optional[Sequence[Sequence[Optional[str]]]] = None) -> int:
    """Draw a table at the page's cursor; returns how many rows fitted (the caller continues
    on the next page with the rest)."""
    from matplotlib.patches import Rectangle

    aligns = aligns or ["left"] * len(headers)
    x0 = MARGIN
    lh = fs / PT * 1.35
    pad = 1.2
    head_lines = [_wrap(h, w - 2 * pad, fs) for h, w in zip(headers, widths)]
    hh = max(len(l) for l in head_lines) * lh + 2 * pad
    page.ax.add_patch(Rectangle((x0, page.y), sum(widths), hh, facecolor="#e8ecf0",
                                edgecolor="none"))
    x = x0
    for lines, w, al in zip(head_lines, widths, aligns):
        for i, ln in enumerate(lines):
            page.text(x + (w - pad if al == "right" else pad), page.y + pad + i * lh, ln, fs=fs,
                      weight="bold", ha=al)
        x += w
    page.y += hh
    done = 0
    for r_i, row in enumerate(rows):
        cells = [_wrap(str(c), w - 2 * pad, fs) for c, w in zip(row, widths)]
        rh = max(len(c) for c in cells) * lh + 2 * pad
        if page.room() < rh:
            break
        if r_i % 2 == 1:
            page.ax.add_patch(Rectangle((x0, page.y), sum(widths), rh, facecolor="#f6f7f9",
                                        edgecolor="none"))
        x = x0
        for c_i, (lines, w, al) in enumerate(zip(cells, widths, aligns)):
            col = colors[r_i][c_i] if colors and colors[r_i][c_i] else D.INK
            for i, ln in enumerate(lines):
                page.text(x + (w - pad if al == "right" else pad), page.y + pad + i * lh, ln,
                          fs=fs, ha=al, color=col,
                          weight="bold" if col not in (D.INK, NA_COLOR) else "normal")
            x += w
        page.y += rh
        page.ax.plot([x0, x0 + sum(widths)], [page.y, page.y], color="#dde1e5", lw=0.3)
        done += 1
    page.y += 3
    return done


def target_rows(rd: ReportData) -> tuple[list[list[str]], list[list[Optional[str]]]]:
    """Rows of the targets table (city scope): target, due, actual, target, gap, status, trend."""
    rows, colors = [], []
    symbols = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}
    for _, r in rd.evaluation.iterrows():
        zh, en, col = status(r)
        unit = r["unit"] or ""
        u = "%" if "%" in unit else _unit_short(unit)
        goal = f"{symbols.get(r['comparator'], '')}{_num(r['target'], unit)}{u}"
        if r["kind"] == "annual_increase":
            goal = f"每年{goal}"
            u = "" if u == "%" else u
        place = "" if r["scope"] == "city" else f"（{r['district_name']}）"
        trend = (f"{int(r['reach_year'])}年" if pd.notna(r["reach_year"]) else
                 ("—" if zh in ("已达成", "未测算", "无数据") else "趋势不达"))
        actual = _num(r["actual"], unit)
        if actual != "—":
            actual = ("+" if r["kind"] == "annual_increase" and r["actual"] > 0 else "") + actual + u
        gap = _num(r["gap"], unit) if zh not in ("未测算", "无数据") else "—"
        rows.append([f"{r['label_zh']}{place}", pd.Timestamp(r["due"]).date().isoformat(),
                     actual, goal, gap, zh, trend])
        colors.append([None, None, None, None, None, col, None])
    return rows, colors


def _x(dates) -> np.ndarray:
    """Dates as years on the chart's x axis: 31 December of Y is exactly Y (the year-end value
    of Y sits on the tick "Y"), other dates fall between."""
    out = []
    for d in pd.to_datetime(pd.Series(list(dates))):
        days = 366 if d.is_leap_year else 365
        out.append(d.year + (d.dayofyear - days) / days)
    return np.asarray(out, dtype=float)


def _chart(ax, rd: ReportData, target: tg.Target, *, fs: float = 6.5) -> None:
    """One indicator over the years (year-end values, plus the as-of date): the city (thick)
    and each district (thin) with the target as a dashed line to its due year; for an
    "increase every year" target, the city's yearly increase as bars against the target."""
    s = rd.series
    ye = s[(s["date"].dt.month == 12) & (s["date"].dt.day == 31)]
    extra = s[s["date"] == pd.Timestamp(rd.as_of)]
    s = pd.concat([ye, extra]).drop_duplicates(["date", "district_code"]).sort_values("date")
    col = target.indicator
    city_code = rd.map_data.city["district_code"].iloc[0]
    city = s[s["district_code"] == city_code]
    xs = _x(s["date"].unique())
    label = ind.INDICATOR_LABELS.get(col, (col,))[0]
    if target.kind == "annual_increase":
        g = city[(city["date"].dt.month == 12) & (city["date"].dt.day == 31)]
        vals = g[col].astype(float).to_numpy()
        years = _x(g["date"])
        inc = np.diff(vals)
        colors = [MET_COLOR if tg.COMPARATORS[target.comparator](v, target.value) else BEHIND_COLOR
                  for v in inc]
        ax.bar(years[1:], inc, width=0.55, color=colors, alpha=0.85, label="年增量 yearly increase")
        for x, v in zip(years[1:], inc):
            ax.text(x, v, f"{v:,.1f}".rstrip("0").rstrip("."), ha="center", va="bottom",
                    fontsize=fs - 0.5, color=D.INK)
        lo = (target.since or rd.as_of).year - 0.4
        ax.plot([lo, target.due.year + 0.4], [target.value, target.value], color=BEHIND_COLOR,
                lw=1.1, ls=(0, (4, 2)), label="目标 target")
        ax.set_ylabel(f"{label} 年增量", fontsize=fs, color=D.MUTED)
        ax.set_ylim(bottom=min(0.0, float(np.nanmin(inc)) if len(inc) else 0.0))
    else:
        i = 0
        for code in dict.fromkeys(s["district_code"]):
            if code == city_code:
                continue
            g = s[s["district_code"] == code]
            ax.plot(_x(g["date"]), g[col].astype(float), color=DISTRICT_COLORS[i % len(DISTRICT_COLORS)],
                    lw=0.9, marker="o", ms=2.2, label=str(g["district_name"].iloc[-1]))
            i += 1
        ax.plot(_x(city["date"]), city[col].astype(float), color=CITY_COLOR, lw=2.0, marker="o",
                ms=3, label=rd.city_name, zorder=5)
        start = _x([rd.plan.issued])[0] if rd.plan.issued else xs.min()
        due = _x([target.due])[0]
        ax.plot([start, due], [target.value, target.value], color=BEHIND_COLOR, lw=1.1,
                ls=(0, (4, 2)), label="目标 target")
        ax.plot([due], [target.value], marker="D", ms=4, color=BEHIND_COLOR, zorder=6)
        ax.set_ylabel(label, fontsize=fs, color=D.MUTED)
        top = max(float(np.nanmax(s[col].astype(float))), target.value)
        ax.set_ylim(0, 105 if col.endswith("_pct") else top * 1.1)
    ax.axvline(_x([rd.as_of])[0], color=D.RULE, lw=0.6, ls=":")
    title = target.label_zh if len(target.label_zh) <= 24 else target.label_zh[:23] + "…"
    ax.set_title(title, fontsize=fs + 1.2, loc="left", fontweight="bold", color=D.INK)
    lo_year = int(math.floor(xs.min()))
    hi_year = max(int(math.ceil(xs.max())), target.due.year)
    ax.set_xlim(lo_year - 0.3, hi_year + 0.3)
    ax.set_xticks(range(lo_year, hi_year + 1))
    ax.set_xticklabels([f"{y}" for y in range(lo_year, hi_year + 1)])
    ax.tick_params(labelsize=fs, length=2, colors=D.INK)
    for sp in ("top", "right"):
        ax.spines[sp].set_visible(False)
    for sp in ("left", "bottom"):
        ax.spines[sp].set_color(D.RULE)
    ax.grid(axis="y", color="#e5e5e5", lw=0.5)


def _chart_legend(fig, rd: ReportData, axes, **kw) -> None:
    """One legend for a set of charts (districts, city, target)."""
    from matplotlib.lines import Line2D

    seen: dict = {}
    for ax in axes:
        for h, l in zip(*ax.get_legend_handles_labels()):
            if not l.startswith("目标") and not l.startswith("年增量"):
                seen.setdefault(l, h)
    seen["目标值 target (◆ 期限 due)"] = Line2D([], [], color=BEHIND_COLOR, lw=1.1,
                                             ls=(0, (4, 2)), marker="D", ms=4)
    seen["统计日 as-of date"] = Line2D([], [], color=D.RULE, lw=0.6, ls=":")
    fig.legend(list(seen.values()), list(seen.keys()), ncol=min(len(seen), 4), fontsize=6.5,
               frameon=False, **kw)


def _measured_targets(rd: ReportData) -> list[tg.Target]:
    """One chart per measured indicator (the first target naming it, the latest due)."""
    by_ind: dict[str, tg.Target] = {}
    for t in rd.plan:
        if t.measured and t.kind == "level":
            prev = by_ind.get(t.indicator)
            if prev is None or t.due > prev.due:
                by_ind[t.indicator] = t
    for t in rd.plan:
        if t.measured and t.indicator not in by_ind:
            by_ind[t.indicator] = t
    return list(by_ind.values())


def chart_figure(rd: ReportData, targets: Sequence[tg.Target], cols: int = 2,
                 size_mm: tuple[float, float] = (180.0, 230.0)):
    """A figure with one chart per target (for the PDF page and the HTML's SVG)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = math.ceil(len(targets) / cols)
    fig = Figure(figsize=(size_mm[0] / 25.4, size_mm[1] / 25.4))
    FigureCanvasAgg(fig)
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, t in zip(axes.flat, targets):
        _chart(ax, rd, t)
    for ax in list(axes.flat)[len(targets):]:
        ax.set_visible(False)
    _chart_legend(fig, rd, list(axes.flat)[:len(targets)], loc="lower center")
    fig.subplots_adjust(left=0.08, right=0.98, top=0.97, bottom=0.08, hspace=0.55, wspace=0.28)
    return fig


def render_report_pdf(rd: ReportData, out: Path, *, maps: Sequence[str] = REPORT_MAPS,
                      styles_dir: Optional[Path] = None,
                      progress: Optional[ProgressFn] = None) -> Path:
    """Write the report PDF: summary and targets, districts, charts, map sheets."""
    from matplotlib.backends.backend_pdf import PdfPages

    configure_matplotlib()
    report = progress or no_progress
    out = Path(out)
    number = 1
    plan_name = rd.plan.name_zh or rd.plan.name_en
    meta = {"Title": f"{rd.city_name}智慧城市建设进展报告 {rd.as_of.isoformat()}",
            "Subject": f"Progress against {rd.plan.name_en or 'the plan'}, as of "
                       f"{rd.as_of.isoformat()}", "Creator": f"smartcity {R._version()}"}
    with PdfPages(out, metadata=meta) as pdf:
        # page 1: title, summary, targets table
        page = _Page(rd, number, "")
        page.text(MARGIN, page.y, f"{rd.city_name}新型智慧城市建设进展报告", fs=20, weight="bold")
        page.y += 10
        page.text(MARGIN, page.y, f"截至 {D.date_zh(rd.as_of)}   Progress report as of "
                  f"{rd.as_of.isoformat()}", fs=10, color=D.MUTED)
        page.y += 6
        if plan_name:
            page.text(MARGIN, page.y, f"依据：{plan_name}", fs=8.5, color=D.MUTED)
            page.y += 8
        page.heading("一、总体情况 Summary", fs=12)
        lines = summary_lines(rd)
        for i, (zh, en) in enumerate(lines):
            page.paragraph(zh, fs=8.6, bullet="•" if i else "")
            if i == 0:
                page.paragraph(en, fs=6.8, color=D.MUTED)
        page.heading("二、规划目标完成情况 Targets", fs=12)
        rows, colors = target_rows(rd)
        headers = ["目标 Target", "期限 Due", "现状 Actual", "目标值 Goal", "差距 Gap",
                   "状态 Status", "趋势达成 Trend"]
        widths = [72, 19, 20, 22, 17, 16, 14]
        widths[0] = A4P.size_mm[0] - 2 * MARGIN - sum(widths[1:])
        aligns = ["left", "left", "right", "right", "right", "left", "left"]
        while rows:
            n = _table(page, headers, rows, widths, aligns=aligns, colors=colors)
            rows, colors = rows[n:], colors[n:]
            if rows:
                pdf.savefig(page.fig)
                number += 1
                page = _Page(rd, number, "二、规划目标完成情况（续） Targets (cont.)")
        page.paragraph("差距：距目标值尚差的数量（单位同目标值），已达成为0。趋势达成：按历年年末值"
                       "线性趋势推算达到目标的年份。“未测算”目标需要本工具不掌握的数据。",
                       fs=6.8, color=D.MUTED)
        pdf.savefig(page.fig)
        report(15, "targets")
        # districts
        number += 1
        page = _Page(rd, number, "三、分区县进展 Progress by district")
        dp = rd.districts
        if len(dp):
            names = list(dict.fromkeys(dp["district_name"]))
            headers = ["指标 Indicator (目标值)"] + [f"{n}\n现状 / 差距 / 年增" for n in names]
            first_w = 52.0
            w_each = (A4P.size_mm[0] - 2 * MARGIN - first_w) / len(names)
            rows, colors = [], []
            for tid, grp in dp.groupby("target_id", sort=False):
                r0 = grp.iloc[0]
                pct = "%" in (r0["unit"] or "")
                cells, cols = [f"{r0['label_zh']} ({_num(r0['target'], r0['unit'])}"
                               f"{'%' if pct else ''})"], [None]
                for n in names:
                    hit = grp[grp["district_name"] == n]
                    if not len(hit):
                        cells.append("—")
                        cols.append(None)
                        continue
                    h = hit.iloc[0]
                    slope = h["slope_per_year"]
                    trend = f"{slope:+.1f}" if math.isfinite(slope) else "—"
                    reach = f" →{int(h['reach_year'])}" if pd.notna(h["reach_year"]) and \
                        h["reach_year"] is not None else ""
                    cells.append(f"{_num(h['actual'], h['unit'])} / {_num(h['gap'], h['unit'])}"
                                 f" / {trend}{reach}")
                    cols.append(_met_color(h["met"]))
                rows.append(cells)
                colors.append(cols)
            _table(page, headers, rows, [first_w] + [w_each] * len(names), fs=6.8,
                   aligns=["left"] + ["right"] * len(names), colors=colors)
            page.paragraph("每格：现状 / 差距 / 年增（历年年末值线性趋势的每年变化）；→年份为按趋势"
                           "达到目标的年份。绿色已达目标值，红色未达。比率类目标多为全市指标，此表将"
                           "同一目标值用于各区县，供比较；数量类全市目标（如基站总数）不分区县列出。",
                           fs=6.8, color=D.MUTED)
        # the indicator table of the date, all districts
        page.heading("各区县指标一览 Indicators by district", fs=10)
        tab = rd.map_data.table
        cols_show = [c for c in ("bs_active", "bs_built", "bs_per_km2", "bs_per_10k_pop",
                                 "cov_5g_area_pct", "cov_5g_pop_pct", "keyplace_reach_pct",
                                 "community_smart_pct", "community_provincial_pct",
                                 "manhole_monitored_pct", "envmon_automated_pct")
                     if c in tab.columns and tab[c].notna().any()]
        headers = ["指标 Indicator"] + list(tab["district_name"])
        w_each = (A4P.size_mm[0] - 2 * MARGIN - 52.0) / len(tab)
        rows = [[ind.INDICATOR_LABELS.get(c, (c,))[0]] +
                [D.format_value(float(v), c) for v in tab[c]] for c in cols_show]
        _table(page, headers, rows, [52.0] + [w_each] * len(tab), fs=6.8,
               aligns=["left"] + ["right"] * len(tab))
        pdf.savefig(page.fig)
        report(25, "districts")
        # charts
        targets = _measured_targets(rd)
        per_page = 6
        for i in range(0, len(targets), per_page):
            number += 1
            page = _Page(rd, number, "四、指标历年变化 Indicators over the years"
                         + ("（续）" if i else ""))
            chunk = targets[i:i + per_page]
            sub_h = 230.0 * math.ceil(len(chunk) / 2) / 3
            _subcharts(page.fig, rd, chunk, (MARGIN, page.y, page.W - 2 * MARGIN, sub_h),
                       page.W, page.H)
            pdf.savefig(page.fig)
        report(40, "charts")
        # map sheets
        data = rd.map_data.to_crs(rd.map_data.crs)
        sheet_page = D.PageSpec("A4", "landscape")
        for j, name in enumerate(maps):
            report(40 + 55 * j / max(len(maps), 1), f"map {name}")
            fig = R.draw_sheet(data, R.Sheet(get_theme(name), None), sheet_page,
                               styles_dir=styles_dir)
            pdf.savefig(fig)
    report(100, "done")
    return out


def _subcharts(fig, rd: ReportData, targets: Sequence[tg.Target],
               box: tuple[float, float, float, float], W: float, H: float) -> None:
    """Charts in a grid of two columns inside ``box`` (x, y, w, h in mm) of an A4 page."""
    x, y, w, h = box
    rows = math.ceil(len(targets) / 2)
    cell_w, cell_h = w / 2, h / rows
    axes = []
    legend_top = y
    y += 9  # room for the shared legend
    for i, t in enumerate(targets):
        c, r = i % 2, i // 2
        left = x + c * cell_w + 14
        top = y + r * cell_h + 8
        ax = fig.add_axes((left / W, 1 - (top + cell_h - 22) / H, (cell_w - 20) / W,
                           (cell_h - 22) / H))
        _chart(ax, rd, t)
        axes.append(ax)
    _chart_legend(fig, rd, axes, loc="upper center", bbox_to_anchor=(0.5, 1 - legend_top / H))


# --- HTML ---------------------------------------------------------------------------------------

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.8em;margin-bottom:.1em}h2{margin-top:1.6em;border-bottom:1px solid #999}
.muted{color:#666}table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
th{background:#e8ecf0;text-align:left}th,td{padding:.25em .5em;border-bottom:1px solid #dde1e5}
td.num{text-align:right}tr:nth-child(even) td{background:#f6f7f9}
.met{color:#1a9641;font-weight:bold}.behind{color:#d7191c;font-weight:bold}.na{color:#8c8c8c}
figure{margin:1em 0}figure img,figure svg{max-width:100%;height:auto;border:1px solid #ddd}
"""


def _fig_svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    text = buf.getvalue()
    return text[text.index("<svg"):]


def _fig_png_b64(fig, dpi: float = 110) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def render_report_html(rd: ReportData, out: Path, *, maps: Sequence[str] = REPORT_MAPS,
                       styles_dir: Optional[Path] = None, map_dpi: float = 110) -> Path:
    """Write the report as one self-contained HTML page (charts inline SVG, maps PNG)."""
    configure_matplotlib()
    e = html.escape
    title = f"{rd.city_name}新型智慧城市建设进展报告"
    parts = [f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
             f"<title>{e(title)} {rd.as_of.isoformat()}</title><style>{_CSS}</style></head><body>",
             f"<h1>{e(title)}</h1><p class='muted'>截至 {e(D.date_zh(rd.as_of))} · Progress "
             f"report as of {rd.as_of.isoformat()}<br>依据：{e(rd.plan.name_zh or '')}<br>"
             f"制图日期 Produced {dt.date.today().isoformat()} · smartcity {e(R._version())}</p>",
             "<h2>一、总体情况 Summary</h2><ul>"]
    for zh, en in summary_lines(rd):
        parts.append(f"<li>{e(zh)}<br><span class='muted'>{e(en)}</span></li>")
    parts.append("</ul><h2>二、规划目标完成情况 Targets</h2><table><tr><th>目标 Target</th>"
                 "<th>期限 Due</th><th>现状 Actual</th><th>目标值 Goal</th><th>差距 Gap</th>"
                 "<th>状态 Status</th><th>趋势达成 Trend</th></tr>")
    rows, colors = target_rows(rd)
    for row, col in zip(rows, colors):
        cls = {MET_COLOR: "met", BEHIND_COLOR: "behind"}.get(col[5], "na")
        parts.append("<tr>" + "".join(
            f"<td class='{'num' if i in (2, 3, 4) else (cls if i == 5 else '')}'>{e(c)}</td>"
            for i, c in enumerate(row)) + "</tr>")
    parts.append("</table><h2>三、分区县进展 Progress by district</h2>")
    dp = rd.districts
    if len(dp):
        names = list(dict.fromkeys(dp["district_name"]))
        parts.append("<table><tr><th>指标 Indicator</th>" + "".join(
            f"<th>{e(n)}<br><span class='muted'>现状 / 差距 / 年增</span></th>" for n in names)
            + "</tr>")
        for _, grp in dp.groupby("target_id", sort=False):
            r0 = grp.iloc[0]
            parts.append(f"<tr><td>{e(r0['label_zh'])} ({_num(r0['target'], r0['unit'])})</td>")
            for n in names:
                hit = grp[grp["district_name"] == n]
                if not len(hit):
                    parts.append("<td>—</td>")
                    continue
                h = hit.iloc[0]
                cls = {MET_COLOR: "met", BEHIND_COLOR: "behind"}.get(_met_color(h["met"]), "na")
                slope = h["slope_per_year"]
                reach = f" →{int(h['reach_year'])}" if h["reach_year"] is not None and \
                    pd.notna(h["reach_year"]) else ""
                parts.append(f"<td class='num {cls}'>{_num(h['actual'], h['unit'])} / "
                             f"{_num(h['gap'], h['unit'])} / "
                             f"{(f'{slope:+.1f}' if math.isfinite(slope) else '—')}{reach}</td>")
            parts.append("</tr>")
        parts.append("</table>")
    tab = rd.map_data.table
    parts.append("<h3>各区县指标一览 Indicators by district</h3><table><tr><th>指标</th>"
                 + "".join(f"<th>{e(n)}</th>" for n in tab["district_name"]) + "</tr>")
    for c in ind.INDICATOR_COLUMNS:
        if c in tab.columns and tab[c].notna().any():
            parts.append(f"<tr><td>{e(ind.INDICATOR_LABELS.get(c, (c,))[0])}</td>" + "".join(
                f"<td class='num'>{e(D.format_value(float(v), c))}</td>" for v in tab[c])
                + "</tr>")
    parts.append("</table><h2>四、指标历年变化 Indicators over the years</h2>")
    targets = _measured_targets(rd)
    fig = chart_figure(rd, targets, size_mm=(180.0, 62.0 * math.ceil(len(targets) / 2) + 12))
    parts.append(f"<figure>{_fig_svg(fig)}</figure>")
    parts.append("<h2>五、专题地图 Map sheets</h2>")
    data = rd.map_data.to_crs(rd.map_data.crs)
    page = D.PageSpec("A4", "landscape")
    for name in maps:
        th = get_theme(name)
        fig = R.draw_sheet(data, R.Sheet(th, None), page, styles_dir=styles_dir)
        parts.append(f"<figure><img alt='{e(rd.city_name + th.title_zh)}' "
                     f"src='data:image/png;base64,{_fig_png_b64(fig, map_dpi)}'>"
                     f"<figcaption>{e(rd.city_name + th.title_zh)} · {e(th.title_en)}"
                     f"</figcaption></figure>")
    parts.append("</body></html>")
    out = Path(out)
    out.write_text("\n".join(parts), encoding="utf-8")
    return out
