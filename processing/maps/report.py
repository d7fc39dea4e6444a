"""The progress report: one PDF (and one self-contained HTML page) per as-of date.

What the officials read: the plan's targets with their status (the core's
:func:`..targets.target_status`: met on time, met late, missed, in progress) beside the value
on the due date and on the report's date, gap and trend; the same per district; a chart of
each measured indicator over the years with its target line; the key map sheets; and a short
generated summary that counts the statuses and names the targets missed or met late.  Numbers come from
:mod:`..targets` and :mod:`..series` (the same functions as
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
STATUS_COLORS = D.STATUS_COLORS
MET_COLOR, BEHIND_COLOR, NA_COLOR = (STATUS_COLORS["met_on_time"], STATUS_COLORS["missed"],
                                     STATUS_COLORS["no_data"])
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


def _status_color(code: str) -> str:
    """The colour of a status code (grey when unknown)."""
    return STATUS_COLORS.get(code, NA_COLOR)


def _year_ends(start: int, as_of: dt.date) -> list[dt.date]:
    return [dt.date(y, 12, 31) for y in range(start, as_of.year + 1) if dt.date(y, 12, 31) <= as_of]


def _district_progress(plan: tg.TargetSet, series: pd.DataFrame, as_of: dt.date,
                       start_year: int) -> pd.DataFrame:
    """Each measured ``level`` target in each district: the target's evaluation there
    (:func:`..targets.evaluate_targets` on the districts' values: value on the due date and
    now, gap, status, trend year) plus the trend's change per year (least squares over the
    year-ends).  City-wide rates are applied to each district for comparison; city-wide
    counts (5000 stations) mean nothing for one district and are left out."""
    chosen = tg.district_targets(plan)
    if not len(chosen):
        return pd.DataFrame()
    part = series[series["level"] != "city"]
    out = tg.evaluate_targets(chosen, part, as_of, start_year=start_year)
    day = pd.Timestamp(as_of)
    slopes = []
    for _, r in out.iterrows():
        grp = part[part["district_code"] == r["district_code"]]
        vals = grp.drop_duplicates("date", keep="last").set_index("date").sort_index()[
            r["indicator"]].astype(float)
        ye = [d for d in vals.index if d.month == 12 and d.day == 31 and d.year >= start_year
              and d <= day]
        x = [tg.decimal_year(d.date()) for d in ye]
        y = [float(vals[d]) for d in ye]
        if day not in ye and day in vals.index and math.isfinite(float(vals[day])):
            x.append(tg.decimal_year(as_of))
            y.append(float(vals[day]))
        ok = np.isfinite(y)
        slopes.append(float(np.polyfit(np.asarray(x)[ok], np.asarray(y)[ok], 1)[0])
                      if ok.sum() >= 2 else math.nan)
    out["slope_per_year"] = slopes
    return out


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
    districts = _district_progress(plan, series, as_of, start)
    report(70.0, "map data")
    if source is None and isinstance(store_or_layers, (str, Path)):
        source = Path(store_or_layers).name
    figures = pd.concat([evaluation[evaluation["scope"] == "city"],
                         districts.drop(columns="slope_per_year", errors="ignore")],
                        ignore_index=True) if len(districts) else evaluation
    data = build_map_data(layers, as_of, level=level, radius_table=radius_table,
                          population_raster=population_raster, city_name=city_name,
                          source=source or "", evaluation=figures,
                          progress=scaled(progress, 70, 95))
    city_code = data.city["district_code"].iloc[0]
    series = series.copy()
    series.loc[series["district_code"] == city_code, "district_name"] = data.city_name
    evaluation = evaluation.copy()
    evaluation.loc[evaluation["scope"] == "city", "district_name"] = data.city_name
    report(100.0, "done")
    return ReportData(as_of=as_of, plan=plan, evaluation=evaluation, series=series,
                      map_data=data, districts=districts)


# --- wording ---------------------------------------------------------------------------------------

def status(row: pd.Series) -> tuple[str, str, str]:
    """``(Chinese, English, colour)`` of one evaluated target row's status (the core's
    :func:`..targets.target_status`, carried in the row)."""
    code = row["status"]
    zh, en = tg.STATUS_LABELS[code]
    return zh, en, _status_color(code)


def _label_en(r: pd.Series) -> str:
    """The English label of a row (its id when the plan gives none), with the district's
    code for a district row (district names are Chinese)."""
    label = r["label_en"] or r["target_id"]
    return label if r["scope"] == "city" else f"{label} ({r['district_code']})"


def _label_zh(r: pd.Series) -> str:
    label = r["label_zh"] or r["label_en"]
    return label if r["scope"] == "city" else f"{label}（{r['district_name']}）"


def _trend_zh(r: pd.Series, year: int) -> str:
    if pd.notna(r["reach_year"]) and int(r["reach_year"]) <= year:
        return "按近年趋势本年内可达成"
    if pd.notna(r["reach_year"]):
        return f"按近年趋势预计{int(r['reach_year'])}年达成"
    return "按近年趋势无法达成，需加快推进"


def _trend_en(r: pd.Series) -> str:
    return (f"the trend reaches it in {int(r['reach_year'])}" if pd.notna(r["reach_year"])
            else "the trend does not reach it")


def _sentences(r: pd.Series, as_of: dt.date) -> tuple[str, str]:
    """The summary's sentence about one target that is missed, met late or behind."""
    code = r["status"]
    yearly = r["kind"] == "annual_increase"
    zh_label, en_label = _label_zh(r), _label_en(r)
    now_zh, now_en = tg.actual_text(r), tg.actual_text(r, "en")
    due = pd.Timestamp(r["due"]).date()
    gap_zh, gap_en = tg.gap_text(r), tg.gap_text(r, "en")
    if yearly and pd.notna(r["at_due_date"]):
        year = pd.Timestamp(r["at_due_date"]).year
        at_zh = f"最弱的{year}年增加{tg.value_text(r['actual_at_due'], r['unit'], signed=True)}"
        at_en = (f"{tg.value_text(r['actual_at_due'], r['unit'], 'en', signed=True)} in {year}, "
                 f"its weakest year")
    else:
        at_zh = f"期限（{D.date_zh(due)}）时{tg.at_due_text(r)}"
        at_en = f"{tg.at_due_text(r, 'en')} on its due date {due.isoformat()}"
    if code == "met_late":
        return (f"{zh_label}：逾期达成，{at_zh}，统计日{now_zh}，目标{tg.goal_text(r)}。",
                f"{en_label}: met late, {at_en}, {now_en} now (target {tg.goal_text(r, 'en')}).")
    if code == "missed":
        now_part_zh = f"，近一年增加{now_zh}" if yearly else f"，统计日{now_zh}，差距{gap_zh}"
        now_part_en = (f", {now_en} over the last year" if yearly
                       else f", {now_en} now, {gap_en} short")
        if yearly and pd.Timestamp(r["at_due_date"]) == pd.Timestamp(as_of):
            now_part_zh = now_part_en = ""  # the weakest year is the last year
        return (f"{zh_label}：未达成，{at_zh}{now_part_zh}，目标{tg.goal_text(r)}；"
                f"{_trend_zh(r, as_of.year)}。",
                f"{en_label}: missed, {at_en}{now_part_en} (target {tg.goal_text(r, 'en')}); "
                f"{_trend_en(r)}.")
    # in progress, not yet at the target value
    now_part_zh = f"近一年增加{now_zh}" if yearly else f"现状{now_zh}，差距{gap_zh}"
    now_part_en = f"{now_en} over the last year" if yearly else f"{now_en} now, {gap_en} short"
    return (f"{zh_label}：进行中（期限{D.date_zh(due)}），{now_part_zh}，目标{tg.goal_text(r)}；"
            f"{_trend_zh(r, as_of.year)}。",
            f"{en_label}: in progress (due {due.isoformat()}), {now_part_en} (target "
            f"{tg.goal_text(r, 'en')}); {_trend_en(r)}.")


def summary_lines(rd: ReportData) -> list[tuple[str, str]]:
    """The generated summary: ``(Chinese, English)`` sentences.  The counts by status first,
    then one sentence per target missed, met late, or in progress but not yet at its value
    (largest relative gap first within each), then the targets met on time."""
    ev = rd.evaluation
    city = ev[ev["scope"] == "city"]
    by = {code: city[city["status"] == code] for code in tg.STATUS_LABELS}
    n_measured = len(city) - len(by["not_measured"])
    progress = by["in_progress"]
    behind = progress[progress["met"].fillna(True).astype(bool) == False]  # noqa: E712
    d = D.date_zh(rd.as_of)
    no_data_zh = f"，无数据{len(by['no_data'])}项" if len(by["no_data"]) else ""
    no_data_en = f", {len(by['no_data'])} without data" if len(by["no_data"]) else ""
    behind_zh = f"（其中{len(behind)}项尚未达到目标值）" if len(behind) else ""
    behind_en = f" ({len(behind)} not yet at their value)" if len(behind) else ""
    lines = [(
        f"截至{d}，规划共{len(city)}项目标，本工具可测算{n_measured}项：按期达成"
        f"{len(by['met_on_time'])}项，逾期达成{len(by['met_late'])}项，未达成"
        f"{len(by['missed'])}项，进行中{len(progress)}项{behind_zh}{no_data_zh}；另有"
        f"{len(by['not_measured'])}项需其他部门数据，未纳入测算。",
        f"As of {rd.as_of.isoformat()}, the plan has {len(city)} targets; {n_measured} are "
        f"measured here: {len(by['met_on_time'])} met on time, {len(by['met_late'])} met late, "
        f"{len(by['missed'])} missed, {len(progress)} in progress{behind_en}{no_data_en}; "
        f"{len(by['not_measured'])} need data this tool does not hold.")]
    for frame in (by["missed"], by["met_late"], behind):
        if not len(frame):
            continue
        rel = (frame["gap"] / frame["target"].abs().replace(0, np.nan)).fillna(0)
        for _, r in frame.assign(_rel=rel).sort_values("_rel", ascending=False,
                                                       kind="stable").iterrows():
            lines.append(_sentences(r, rd.as_of))
    on_time = by["met_on_time"]
    if len(on_time):
        lines.append(("按期达成：" + "、".join(_label_zh(r) for _, r in on_time.iterrows()) + "。",
                      "Met on time: " + "; ".join(_label_en(r) for _, r in on_time.iterrows())
                      + "."))
    return lines


# --- PDF ----------------------------------------------------------------------------------------

A4P = D.PageSpec("A4", "portrait")
MARGIN = 15.0


def _wrap(text: str, width_mm: float, fs: float) -> list[str]:
    """Break ``text`` into lines of at most ``width_mm`` at ``fs`` pt (CJK one em per
    character, Latin about half; Latin words are not split; ``\n`` starts a new line)."""
    if "\n" in text:
        return [ln for part in text.split("\n") for ln in _wrap(part, width_mm, fs)]
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
    hh = max(len(lines) for lines in head_lines) * lh + 2 * pad
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


STATUS_NOTE_ZH = ("状态：按期达成＝期限日已达到目标；逾期达成＝期限日未达到、统计日已达到；"
                  "未达成＝已过期限仍未达到；进行中＝未到期限。期限日值：期限当日的数值，每年目标为期内最弱一年的年增量（每年单独"
                  "考核，某年不足即为未达成）。差距：统计日距目标值尚差的数量，已达到为0。趋势达成：按历年年末值"
                  "线性趋势推算达到目标的年份。“未测算”目标需要本工具不掌握的数据。")
STATUS_NOTE_EN = ("Status: met on time = met on the due date; met late = not met on the due date, "
                  "met by the report's date; missed = past due and not met; in progress = not yet "
                  "due. At due: the value on the due date (for a yearly target the increase of its "
                  "weakest year: each year counts on its own). Gap: how far short at the report's "
                  "date. Trend: the year a linear trend of the year-end values reaches the target.")
"""The key to the targets table, under it in the PDF and the HTML."""

TARGET_HEADERS = ("目标 Target", "期限 Due", "期限日值 At due", "现状 As of", "目标值 Goal",
                  "差距 Gap", "状态 Status", "趋势达成 Trend")
"""Columns of the report's targets table (PDF and HTML)."""


def target_rows(rd: ReportData) -> tuple[list[list[str]], list[str]]:
    """Rows of the targets table (:data:`TARGET_HEADERS`) and each row's status code: the
    value on the due date (for a yearly target its weakest year, with the year) beside the
    value as of the report's date, so the status can be checked against both."""
    rows, codes = [], []
    for _, r in rd.evaluation.iterrows():
        code = r["status"]
        zh, _, _ = status(r)
        at_due, actual = tg.at_due_text(r), tg.actual_text(r)
        trend = (f"{int(r['reach_year'])}年" if pd.notna(r["reach_year"]) else
                 ("趋势不达" if code in ("missed", "in_progress") and r["met"] is False
                  else "—"))
        gap = (tg.format_number(r["gap"], r["unit"]) if code not in ("not_measured", "no_data")
               else "—")
        rows.append([_label_zh(r), pd.Timestamp(r["due"]).date().isoformat(), at_due, actual,
                     tg.goal_text(r), gap, zh, trend])
        codes.append(code)
    return rows, codes


DISTRICT_CELL = "状态 / 期限日值→现状 / 差距 · 年增"
"""What each cell of the district table holds (its header line)."""

DISTRICT_NOTE = ("每格：状态；期限日值→统计日现状；差距 · 年增（历年年末值线性趋势的每年变化），→年份为按趋势"
                 "达到目标的年份。颜色同状态：绿按期达成，橙逾期达成，红未达成，蓝进行中。比率类目标多为全市"
                 "指标，此表将同一目标值与期限用于各区县，供比较；数量类全市目标（如基站总数）不分区县列出。")


def district_rows(rd: ReportData) -> tuple[list[str], list[tuple[str, list[tuple[str, str]]]]]:
    """The district table: district names, and per target its label (with the target value)
    and per district ``(cell text, status code)`` (``("—", "")`` where it has no row)."""
    dp = rd.districts
    if not len(dp):
        return [], []
    names = list(dict.fromkeys(dp["district_name"]))
    rows = []
    for _, grp in dp.groupby("target_id", sort=False):
        r0 = grp.iloc[0]
        label = (f"{r0['label_zh'] or r0['label_en']} ({tg.goal_text(r0)}, "
                 f"{pd.Timestamp(r0['due']).year})")
        cells = []
        for n in names:
            hit = grp[grp["district_name"] == n]
            if not len(hit):
                cells.append(("—", ""))
                continue
            h = hit.iloc[0]
            zh, _, _ = status(h)
            slope = h["slope_per_year"]
            trend = f"{slope:+.1f}" if math.isfinite(slope) else "—"
            reach = f" →{int(h['reach_year'])}" if pd.notna(h["reach_year"]) else ""
            at_due = ("未到期" if h["status"] == "in_progress"
                      else tg.format_number(h["actual_at_due"], h["unit"]))
            cells.append((f"{zh}\n{at_due}→{tg.format_number(h['actual'], h['unit'])}\n"
                          f"{tg.format_number(h['gap'], h['unit'])} · {trend}{reach}",
                          h["status"]))
        rows.append((label, cells))
    return names, rows


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
        colors = [MET_COLOR if tg.meets(v, target) is True else BEHIND_COLOR for v in inc]
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
        for h, label in zip(*ax.get_legend_handles_labels()):
            if not label.startswith("目标") and not label.startswith("年增量"):
                seen.setdefault(label, h)
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
        rows, codes = target_rows(rd)
        colors = [[*([None] * 6), _status_color(c), None] for c in codes]
        headers = list(TARGET_HEADERS)
        widths = [0.0, 18, 21, 18, 21, 13, 15, 14]
        widths[0] = A4P.size_mm[0] - 2 * MARGIN - sum(widths[1:])
        aligns = ["left", "left", "right", "right", "right", "right", "left", "left"]
        while rows:
            n = _table(page, headers, rows, widths, aligns=aligns, colors=colors)
            rows, colors = rows[n:], colors[n:]
            if rows:
                pdf.savefig(page.fig)
                number += 1
                page = _Page(rd, number, "二、规划目标完成情况（续） Targets (cont.)")
        page.paragraph(STATUS_NOTE_ZH, fs=6.8, color=D.MUTED)
        page.paragraph(STATUS_NOTE_EN, fs=6.2, color=D.MUTED)
        pdf.savefig(page.fig)
        report(15, "targets")
        # districts
        number += 1
        page = _Page(rd, number, "三、分区县进展 Progress by district")
        names, drows = district_rows(rd)
        if drows:
            headers = ["指标 Indicator (目标值)"] + [f"{n}\n{DISTRICT_CELL}" for n in names]
            first_w = 52.0
            w_each = (A4P.size_mm[0] - 2 * MARGIN - first_w) / len(names)
            rows = [[label] + [text for text, _ in cells] for label, cells in drows]
            colors = [[None, *(_status_color(code) if code else None for _, code in cells)]
                      for _, cells in drows]
            _table(page, headers, rows, [first_w] + [w_each] * len(names), fs=6.8,
                   aligns=["left"] + ["right"] * len(names), colors=colors)
            page.paragraph(DISTRICT_NOTE, fs=6.8, color=D.MUTED)
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
figure{margin:1em 0}figure img,figure svg{max-width:100%;height:auto;border:1px solid #ddd}
"""


_CSS += "".join(f".{code}{{color:{color};font-weight:bold}}" for code, color in STATUS_COLORS.items()
                if color != NA_COLOR) + f".na,.not_measured,.no_data{{color:{NA_COLOR}}}\n"
"""Status cells take the class of their status code, in the colour of the PDF."""


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
    parts.append("</ul><h2>二、规划目标完成情况 Targets</h2><table><tr>"
                 + "".join(f"<th>{e(h)}</th>" for h in TARGET_HEADERS) + "</tr>")
    rows, codes = target_rows(rd)
    for row, code in zip(rows, codes):
        parts.append("<tr>" + "".join(
            f"<td class='{'num' if i in (2, 3, 4, 5) else (code if i == 6 else '')}'>{e(c)}</td>"
            for i, c in enumerate(row)) + "</tr>")
    parts.append(f"</table><p class='muted'>{e(STATUS_NOTE_ZH)}<br>{e(STATUS_NOTE_EN)}</p>"
                 "<h2>三、分区县进展 Progress by district</h2>")
    names, drows = district_rows(rd)
    if drows:
        parts.append("<table><tr><th>指标 Indicator</th>" + "".join(
            f"<th>{e(n)}<br><span class='muted'>{e(DISTRICT_CELL)}</span></th>" for n in names)
            + "</tr>")
        for label, cells in drows:
            parts.append(f"<tr><td>{e(label)}</td>" + "".join(
                f"<td class='num {code or 'na'}'>{'<br>'.join(map(e, text.split(chr(10))))}</td>"
                for text, code in cells) + "</tr>")
        parts.append(f"</table><p class='muted'>{e(DISTRICT_NOTE)}</p>")
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
