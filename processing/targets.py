"""The plan's targets: loaded from a file a user edits, evaluated against the indicators.

The targets of a plan are data, not code: :data:`DEFAULT_TARGETS` (``targets_weihai.toml``
beside this module) holds Weihai's 2020–2022 plan; another city passes its own file (TOML,
JSON or CSV with the same fields, see the comments at the top of the Weihai file).

A target names an ``indicator``: a column of the indicator table (:mod:`.indicators`), or a
count (``bs_built``, ``community_smart_n`` …).  Targets this tool cannot measure (5G
demonstration scenarios, smart farms …) keep an empty indicator and are reported as "not
measured by this tool" rather than dropped, so the report covers the whole plan.

Two kinds:

* ``level``: the indicator (at the city, or in each district) compared with ``value`` by
  ``due``;
* ``annual_increase``: the indicator rises by ``value`` each year (year-end to year-end) from
  the year of ``since`` to the year of ``due`` ("+100 star-rated communities per year",
  "rising every year" with ``comparator = ">"`` and ``value = 0``).

A target's **status** (:func:`target_status`, the one rule every report, table, dock and map
sheet shows, with its labels in :data:`STATUS_LABELS`) follows from two facts: whether the
target was met on its due date and whether it is met on the date of the report:

* 按期达成 *met on time*: the due date has passed and the target was met on it;
* 逾期达成 *met late*: not met on the due date, met by the report's date;
* 未达成 *missed*: the due date has passed, and the target is not met (on the due date nor now);
* 进行中 *in progress*: not yet due;
* 未测算 *not measured* (the tool cannot measure it) and 无数据 *no data* (no value on the due
  date although it has passed, or none at all).

A yearly target (``annual_increase``) is due at every year-end of its period: each year is
checked on its own (year-end to year-end), so a year that fell short makes it *missed* from
that year-end on, and a later year cannot make up for it (no *met late*: the communities of
2020 cannot be created in 2023).  Once the period has ended with every year met it is *met on
time*, whatever later years do.  Its "value on the due date" is the increase of the year that
decides: the weakest year of the period so far.

TOML needs Python 3.11's ``tomllib``, or the ``tomli`` package on older Pythons.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import operator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..layers.dates import FORMS, parse_date
from ..layers.progress import ProgressFn
from . import indicators as ind

DEFAULT_TARGETS = Path(__file__).with_name("targets_weihai.toml")
"""Weihai's targets, the file used when the user gives none."""

COMPARATORS = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt,
               "==": operator.eq}
KINDS = ("level", "annual_increase")
SCOPES = {"city": "city", "市": "city", "全市": "city",
          "district": "district", "districts": "district", "each district": "district",
          "区县": "district", "各区市": "district"}

MEASURABLE: tuple[str, ...] = tuple(
    c for c in (*ind.TABLE_COLUMNS, *ind.COUNT_COLUMNS)
    if c not in ("district_code", "district_name", "level"))
"""Indicator names a target may use: the indicator table's columns and the count columns."""

FIELDS = ("id", "label_zh", "label_en", "indicator", "comparator", "value", "unit", "due",
          "scope", "kind", "since", "source")
"""Fields of one target entry (``id`` and ``due`` required; a label in at least one language)."""

NOT_MEASURED = "not measured by this tool"

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "met_on_time": ("按期达成", "met on time"),
    "met_late": ("逾期达成", "met late"),
    "missed": ("未达成", "missed"),
    "in_progress": ("进行中", "in progress"),
    "not_measured": ("未测算", "not measured"),
    "no_data": ("无数据", "no data"),
}
"""Status code -> ``(Chinese, English)`` label, in the order reports count them."""


class TargetsError(ValueError):
    """A targets file that cannot be used: the message names the file, entry and field."""


@dataclass(frozen=True)
class Target:
    """One target of a plan (see the module docstring for the fields' meaning)."""

    id: str
    label_zh: str
    label_en: str
    indicator: str  # "" = not measured by this tool
    comparator: str
    value: float
    unit: str
    due: dt.date
    scope: str = "city"
    kind: str = "level"
    since: Optional[dt.date] = None
    source: str = ""

    @property
    def measured(self) -> bool:
        return bool(self.indicator)


@dataclass(frozen=True)
class TargetSet:
    """The targets of one plan, in file order, with the plan's name and trend start year."""

    targets: tuple[Target, ...]
    name_zh: str = ""
    name_en: str = ""
    issued: Optional[dt.date] = None
    series_from: Optional[int] = None
    path: Optional[Path] = None

    def __iter__(self) -> Iterator[Target]:
        return iter(self.targets)

    def __len__(self) -> int:
        return len(self.targets)


# --- loading ------------------------------------------------------------------------------------

def _read_toml(path: Path) -> dict:
    try:
        import tomllib  # Python >= 3.11
    except ModuleNotFoundError:  # pragma: no cover - Python < 3.11
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            raise TargetsError(f"{path}: reading TOML on Python < 3.11 needs the package "
                               f"'tomli' (pip install tomli), or give the targets as JSON "
                               f"or CSV.") from None
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TargetsError(f"{path} is not valid TOML ({exc}); fix the file and run again."
                           ) from None


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TargetsError(f"{path} is neither UTF-8 nor GBK text; save it as UTF-8.")


def _read_entries(path: Path) -> tuple[dict, list]:
    """``(plan, entries)`` from a TOML, JSON or CSV file."""
    entries: Any
    suffix = path.suffix.lower()
    if suffix == ".toml":
        doc = _read_toml(path)
    elif suffix == ".json":
        try:
            doc = json.loads(_read_text(path))
        except json.JSONDecodeError as exc:
            raise TargetsError(f"{path} is not valid JSON ({exc}); fix the file and run "
                               f"again.") from None
        if isinstance(doc, list):
            doc = {"target": doc}
    elif suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(_read_text(path))))
        entries = [{k.strip(): (v.strip() if isinstance(v, str) else v)
                    for k, v in row.items() if k is not None and k.strip()} for row in rows]
        return {}, entries
    else:
        raise TargetsError(f"{path}: targets files are .toml, .json or .csv, not "
                           f"{suffix or 'a file without extension'}.")
    if not isinstance(doc, dict):
        raise TargetsError(f"{path}: expected a [plan] table and [[target]] entries.")
    entries = doc.get("target", doc.get("targets"))
    if not isinstance(entries, list) or not entries:
        raise TargetsError(f"{path}: no targets found; write one [[target]] table (TOML) or a "
                           f"\"targets\" list (JSON) per target.")
    plan = doc.get("plan", {})
    if not isinstance(plan, dict):
        raise TargetsError(f"{path}: [plan] must be a table (name_zh, name_en, issued, "
                           f"series_from).")
    return plan, entries


def _date(value, where: str) -> dt.date:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise TargetsError(f"{where}: {exc}") from None


def _target(entry: Any, number: int, path: Path) -> Target:
    where = f"{path}: target {number}"
    if not isinstance(entry, dict):
        raise TargetsError(f"{where}: expected a table of fields, got {entry!r}.")
    ident = str(entry.get("id") or "").strip()
    if ident:
        where += f" (id {ident!r})"
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise TargetsError(f"{where}: unknown field(s) {', '.join(map(repr, unknown))}; the "
                           f"fields are {', '.join(FIELDS)}.")
    if not ident:
        raise TargetsError(f"{where}: field 'id' is missing; give every target a short id.")
    if any(ch.isspace() for ch in ident):
        raise TargetsError(f"{where}: field 'id' must not contain spaces.")
    label_zh = str(entry.get("label_zh") or "").strip()
    label_en = str(entry.get("label_en") or "").strip()
    if not label_zh and not label_en:
        raise TargetsError(f"{where}: give a label_zh or a label_en.")
    indicator = str(entry.get("indicator") or "").strip()
    if indicator and indicator not in MEASURABLE:
        raise TargetsError(f"{where}: field 'indicator': {indicator!r} is not an indicator of "
                           f"this tool; use one of {', '.join(MEASURABLE)}, or leave it empty "
                           f"for a target this tool does not measure.")
    comparator = str(entry.get("comparator") or ">=").strip()
    if comparator not in COMPARATORS:
        raise TargetsError(f"{where}: field 'comparator': {comparator!r} is not one of "
                           f"{', '.join(COMPARATORS)}.")
    raw_value = entry.get("value")
    if raw_value is None or (isinstance(raw_value, str) and not raw_value.strip()):
        if indicator:
            raise TargetsError(f"{where}: field 'value' is missing; give the target number.")
        value = math.nan
    else:
        try:
            value = float(str(raw_value).strip().rstrip("%")) if isinstance(raw_value, str) \
                else float(raw_value)
        except (TypeError, ValueError):
            raise TargetsError(f"{where}: field 'value': {raw_value!r} is not a number."
                               ) from None
        if isinstance(raw_value, bool) or not math.isfinite(value):
            raise TargetsError(f"{where}: field 'value': {raw_value!r} is not a number.")
    if entry.get("due") in (None, ""):
        raise TargetsError(f"{where}: field 'due' is missing; give the date the target is "
                           f"due ({FORMS}).")
    due = _date(entry["due"], f"{where}: field 'due'")
    since = None
    if entry.get("since") not in (None, ""):
        since = _date(entry["since"], f"{where}: field 'since'")
    scope_text = str(entry.get("scope") or "city").strip().lower()
    scope = SCOPES.get(scope_text)
    if scope is None:
        raise TargetsError(f"{where}: field 'scope': {scope_text!r} is not 'city' or "
                           f"'district'.")
    kind = str(entry.get("kind") or "level").strip().lower()
    if kind not in KINDS:
        raise TargetsError(f"{where}: field 'kind': {kind!r} is not one of {', '.join(KINDS)}.")
    if since is not None and since > due:
        raise TargetsError(f"{where}: 'since' ({since}) is after 'due' ({due}).")
    return Target(id=ident, label_zh=label_zh, label_en=label_en, indicator=indicator,
                  comparator=comparator, value=value, unit=str(entry.get("unit") or ""),
                  due=due, scope=scope, kind=kind, since=since,
                  source=str(entry.get("source") or ""))


def load_targets(path: Union[str, Path, None] = None) -> TargetSet:
    """The targets of a plan from a ``.toml``, ``.json`` or ``.csv`` file (None = Weihai's).

    Raises :class:`TargetsError` (a ``ValueError``) naming the file, the entry and the field
    on bad content.
    """
    path = Path(path) if path is not None else DEFAULT_TARGETS
    if not path.is_file():
        raise TargetsError(f"{path} does not exist; give the path of a targets file "
                           f"(.toml, .json or .csv), or omit it for Weihai's plan.")
    plan, entries = _read_entries(path)
    targets = [_target(entry, i, path) for i, entry in enumerate(entries, start=1)]
    seen: dict[str, int] = {}
    for i, t in enumerate(targets, start=1):
        if t.id in seen:
            raise TargetsError(f"{path}: targets {seen[t.id]} and {i} both have id {t.id!r}; "
                               f"ids must be unique.")
        seen[t.id] = i
    issued = plan.get("issued")
    series_from = plan.get("series_from")
    if series_from is not None:
        try:
            series_from = int(series_from)
        except (TypeError, ValueError):
            raise TargetsError(f"{path}: [plan] series_from {series_from!r} is not a year."
                               ) from None
    return TargetSet(
        targets=tuple(targets), name_zh=str(plan.get("name_zh") or ""),
        name_en=str(plan.get("name_en") or ""),
        issued=_date(issued, f"{path}: [plan] issued") if issued not in (None, "") else None,
        series_from=series_from, path=path)


# --- evaluating -------------------------------------------------------------------------------

RESULT_COLUMNS = ("target_id", "scope", "district_code", "district_name", "label_zh", "label_en",
                  "indicator", "kind", "comparator", "actual", "target", "unit", "gap", "met",
                  "due", "actual_at_due", "at_due_date", "met_by_due", "status", "status_zh",
                  "status_en", "reach_year", "note")
"""Columns of :func:`evaluate_targets`' result."""


def _known(flag: Any) -> Optional[bool]:
    """``True``/``False`` for a known boolean (Python, numpy or pandas), ``None`` for NA."""
    if flag is None or flag is pd.NA:
        return None
    if isinstance(flag, float) and math.isnan(flag):
        return None
    return bool(flag)


def target_status(kind: str, due: dt.date, as_of: dt.date, met_by_due: Any, met: Any,
                  measured: bool = True) -> str:
    """The status code of one target (a key of :data:`STATUS_LABELS`): the one rule.

    ``met_by_due``: whether the target was met on its due date (for a yearly target: False as
    soon as a year of its period fell short, True once the period ended with every year met;
    NA when unknown or not yet decided); ``met``: whether its value on ``as_of`` meets it.
    """
    if not measured:
        return "not_measured"
    on_time, now = _known(met_by_due), _known(met)
    if on_time is False:
        return "met_late" if kind == "level" and now is True else "missed"
    if as_of < due:
        return "in_progress"
    if on_time is True:
        return "met_on_time"
    if kind == "level" and now is False:
        return "missed"  # past due and not met now, whatever the (unknown) due-date value
    return "no_data"


def status_label(code: str, lang: str = "zh") -> str:
    """The label of a status code in ``lang`` (``zh`` or ``en``)."""
    zh, en = STATUS_LABELS[code]
    return en if lang == "en" else zh


def meets(value: float, target: Target) -> Any:
    """Whether ``value`` meets ``target``'s value by its comparator (NA when not a number)."""
    return _met(value, target)


def _year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def _one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def decimal_year(day: dt.date) -> float:
    """``day`` as a fractional year (2021-12-31 -> 2021.997), the x of the trend fit."""
    start = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / days


def first_open_year(as_of: dt.date) -> int:
    """The first calendar year in which a target not met on ``as_of`` can still be reached:
    ``as_of``'s own year while days of it remain, the next year once ``as_of`` is 31 December
    (a report as of year end must not promise the year that has just closed)."""
    return as_of.year + 1 if (as_of.month, as_of.day) == (12, 31) else as_of.year


def trend_reach_year(dates: Sequence[dt.date], values: Sequence[float], value: float,
                     comparator: str, not_before: int) -> Optional[int]:
    """The calendar year in which a least-squares line through ``(dates, values)`` reaches
    ``value``, or None when the trend does not head there (flat or the wrong way) or fewer
    than two finite points exist.  Never earlier than ``not_before``."""
    x = np.array([decimal_year(d) for d in dates], dtype=float)
    y = np.asarray(values, dtype=float)
    ok = np.isfinite(y)
    x, y = x[ok], y[ok]
    if len(x) < 2 or np.ptp(x) == 0:
        return None
    slope, intercept = np.polyfit(x, y, 1)
    rising = comparator in (">=", ">")
    falling = comparator in ("<=", "<")
    if not ((rising and slope > 1e-12) or (falling and slope < -1e-12)):
        return None
    crossing = (value - intercept) / slope
    return max(int(math.floor(crossing)), int(not_before))


def _shortfall(actual: float, target: float, comparator: str) -> float:
    if not (math.isfinite(actual) and math.isfinite(target)):
        return math.nan
    if comparator in (">=", ">"):
        return max(0.0, target - actual)
    if comparator in ("<=", "<"):
        return max(0.0, actual - target)
    return abs(actual - target)


def _met(actual: float, target: Target) -> Any:
    if not math.isfinite(actual):
        return pd.NA
    return bool(COMPARATORS[target.comparator](actual, target.value))


def _period_year_ends(t: Target, as_of: dt.date, start_year: int) -> list[dt.date]:
    """The year-ends a yearly target checks up to ``as_of``: from the first year-end on or
    after ``since`` (default: the end of ``start_year``) to the due date."""
    first = t.since or _year_end(start_year)
    last = min(t.due, as_of)
    return [_year_end(y) for y in range(first.year, last.year + 1)
            if first <= _year_end(y) <= last]


def _series_dates(targets: TargetSet, as_of: dt.date, start_year: int) -> list[dt.date]:
    """The dates the evaluation needs: the year-ends from ``start_year`` (trends), ``as_of``
    and a year before it, each due date passed, and each yearly target's year-ends with the
    year-end before the first (whatever ``start_year``, so that the status does not depend
    on how far back the trend looks)."""
    dates = {_year_end(y) for y in range(start_year, as_of.year + 1) if _year_end(y) <= as_of}
    dates.add(as_of)
    dates.add(_one_year_before(as_of))
    for t in targets:
        if not t.measured:
            continue
        if t.due <= as_of:
            dates.add(t.due)
        if t.kind == "annual_increase":
            for d in _period_year_ends(t, as_of, start_year):
                dates.update((d, _one_year_before(d)))
            if t.due <= as_of:
                dates.add(_one_year_before(t.due))
    return sorted(dates)


def _is_series(obj: Any) -> bool:
    return (isinstance(obj, pd.DataFrame) and not hasattr(obj, "geometry")
            and {"date", "district_code"} <= set(obj.columns))


def evaluate_targets(targets: Union[TargetSet, Sequence[Target], str, Path, None],
                     series_or_layers: Any, as_of: dt.date, *, level: str = "county",
                     start_year: Optional[int] = None, radius_table=None,
                     population_raster=None, progress: Optional[ProgressFn] = None
                     ) -> pd.DataFrame:
    """Each target against the indicators as of ``as_of``.

    ``series_or_layers``: an indicator series (:func:`.series.indicator_series` with
    ``counts=True``; rows up to ``as_of`` are used) or full layers / a store / a store path,
    from which the series is computed at the year-ends from ``start_year`` (default: the
    plan's ``series_from``, else four years back), the due dates and ``as_of``.

    One row per target (per district for ``scope = "district"``), columns
    :data:`RESULT_COLUMNS`: ``actual`` (at ``as_of``; for ``annual_increase`` the increase
    over the year to ``as_of``), ``target``, ``gap`` (how far short, in the target's unit, 0
    when met), ``met`` (whether ``actual`` meets it; nullable bool, NA when not measured),
    ``actual_at_due`` on ``at_due_date`` and ``met_by_due`` once the due date has passed (for
    a yearly target: the increase of its weakest year so far, once that year fell short or
    the period ended), ``status`` with ``status_zh``/``status_en`` (:func:`target_status`),
    and for unmet targets ``reach_year``: the year a linear least-squares trend of the yearly
    values reaches the target (None if flat or declining).
    """
    if not isinstance(targets, TargetSet):
        targets = (load_targets(targets) if targets is None or isinstance(targets, (str, Path))
                   else TargetSet(tuple(targets)))
    if start_year is None:
        start_year = targets.series_from or as_of.year - 4
    start_year = min(int(start_year), as_of.year)
    measured = [t for t in targets if t.measured]
    if _is_series(series_or_layers):
        series = series_or_layers.copy()
        series["date"] = pd.to_datetime(series["date"]).dt.normalize()
        series = series[series["date"] <= pd.Timestamp(as_of)]
    elif measured or any(t.scope == "district" for t in targets):
        from .series import series_layers

        layers = ind.read_layers(series_or_layers)
        series = series_layers(layers, _series_dates(targets, as_of, start_year), level=level,
                               radius_table=radius_table, population_raster=population_raster,
                               progress=progress, counts=True)
    else:
        series = pd.DataFrame(columns=["date", "district_code", "district_name", "level"])
    missing = sorted({t.indicator for t in measured} - set(series.columns))
    if missing:
        raise ValueError(f"the indicator series has no column(s) {', '.join(missing)}; compute "
                         f"it with counts=True (smartcity series --counts).")
    series = series.sort_values("date", kind="stable")
    rows: list[dict] = []
    for t in targets:
        for code, name, values in _scopes(t, series):
            rows.append(_evaluate(t, code, name, values, as_of, start_year))
    out = pd.DataFrame(rows, columns=list(RESULT_COLUMNS))
    out["met"] = out["met"].astype("boolean")
    out["met_by_due"] = out["met_by_due"].astype("boolean")
    out["at_due_date"] = pd.to_datetime(out["at_due_date"])
    out["reach_year"] = out["reach_year"].astype("Int64")
    return out


def _scopes(t: Target, series: pd.DataFrame):
    """``(district_code, district_name, values by date)`` for each place the target covers."""
    if not len(series):
        yield "", "", pd.Series(dtype=float)
        return
    if t.scope == "city":
        part = series[series["level"] == "city"]
    else:
        part = series[series["level"] != "city"]
    if not len(part):
        yield "", "", pd.Series(dtype=float)
        return
    last = part[part["date"] == part["date"].max()]
    for code, name in zip(last["district_code"], last["district_name"]):
        rows = part[part["district_code"] == code]
        values = (rows.set_index("date")[t.indicator].astype(float) if t.measured
                  else pd.Series(dtype=float))
        yield code, name, values


def _value_at(values: pd.Series, day: dt.date) -> float:
    key = pd.Timestamp(day)
    if key in values.index:
        return float(values.loc[key])
    return math.nan


def _evaluate(t: Target, code: str, name: str, values: pd.Series, as_of: dt.date,
              start_year: int) -> dict:
    """One result row (see :func:`evaluate_targets`) from the target's values by date."""
    row = {"target_id": t.id, "scope": t.scope, "district_code": code, "district_name": name,
           "label_zh": t.label_zh, "label_en": t.label_en, "indicator": t.indicator or None,
           "kind": t.kind, "comparator": t.comparator, "actual": math.nan,
           "target": t.value, "unit": t.unit, "gap": math.nan, "met": pd.NA,
           "due": pd.Timestamp(t.due), "actual_at_due": math.nan, "at_due_date": pd.NaT,
           "met_by_due": pd.NA, "status": "", "status_zh": "", "status_en": "",
           "reach_year": None, "note": ""}
    if not t.measured:
        row["note"] = NOT_MEASURED
        return _with_status(row, t, as_of)
    values = values[~values.index.duplicated(keep="last")]
    notes = []
    year_ends = [d for d in values.index if d.month == 12 and d.day == 31
                 and d.year >= start_year and d <= pd.Timestamp(as_of)]
    if t.kind == "level":
        actual = _value_at(values, as_of)
        if not math.isfinite(actual) and len(values):
            day = values.index.max()
            actual = float(values.loc[day])
            notes.append(f"value of {day.date().isoformat()}")
        row["actual"] = actual
        if t.due <= as_of:
            row["actual_at_due"] = _value_at(values, t.due)
            row["at_due_date"] = pd.Timestamp(t.due)
            row["met_by_due"] = _met(row["actual_at_due"], t)
            if row["met_by_due"] is pd.NA:
                notes.append(f"no value on the due date {t.due.isoformat()}")
        trend_dates = [d.date() for d in year_ends]
        trend_values = [float(values.loc[d]) for d in year_ends]
        if pd.Timestamp(as_of) not in year_ends and math.isfinite(actual):
            trend_dates.append(as_of)
            trend_values.append(actual)
        row["met"] = _met(actual, t)
    else:
        def increase(day: dt.date) -> float:
            return _value_at(values, day) - _value_at(values, _one_year_before(day))

        actual = increase(as_of)
        row["actual"] = actual
        # every year of the period that has ended by as_of, checked on its own
        ended = [(d, increase(d)) for d in _period_year_ends(t, as_of, start_year)]
        short = [d.year for d, inc in ended if _met(inc, t) is False]
        unknown = [d.year for d, inc in ended if not math.isfinite(inc)]
        if short:
            notes.append("short in " + ", ".join(map(str, short)))
        if unknown:
            notes.append("no value for " + ", ".join(map(str, unknown)))
        known = [(d, inc) for d, inc in ended if math.isfinite(inc)]
        if known and (short or t.due <= as_of):
            worst = min(known, key=lambda p: _margin(p[1], t))  # the year that decides
            row["actual_at_due"] = worst[1]
            row["at_due_date"] = pd.Timestamp(worst[0])
            row["met_by_due"] = False if short else (pd.NA if unknown else True)
        elif t.due <= as_of:
            notes.append("no value for the period")
        if as_of < t.due and pd.Timestamp(as_of) not in {pd.Timestamp(d) for d, _ in ended} \
                and _met(actual, t) is False:
            notes.append(f"behind over the year to {as_of.isoformat()}")
        row["met"] = _met(actual, t)
        if row["met"] is True and any(d != as_of for d, _ in ended if d.year in short):
            row["met"] = False  # an earlier year of the period fell short
        increments = [(d.date(), increase(d.date())) for d in year_ends]
        trend_dates = [d for d, _ in increments]
        trend_values = [v for _, v in increments]
        if pd.Timestamp(as_of) not in year_ends:
            trend_dates.append(as_of)
            trend_values.append(actual)
    row["gap"] = _shortfall(row["actual"], t.value, t.comparator)
    row = _with_status(row, t, as_of)
    if row["met"] is False and row["status"] in ("missed", "in_progress"):
        row["reach_year"] = trend_reach_year(trend_dates, trend_values, t.value, t.comparator,
                                             not_before=first_open_year(as_of))
    if row["met"] is pd.NA:
        notes.append("no data at this date")
    row["note"] = "; ".join(notes)
    return row


def _margin(value: float, target: Target) -> float:
    """How far ``value`` is on the good side of the target (negative when short)."""
    if target.comparator in (">=", ">"):
        return value - target.value
    if target.comparator in ("<=", "<"):
        return target.value - value
    return -abs(value - target.value)


def _with_status(row: dict, t: Target, as_of: dt.date) -> dict:
    """``row`` with its status code and labels (:func:`target_status`)."""
    code = target_status(t.kind, t.due, as_of, row["met_by_due"], row["met"], t.measured)
    row["status"] = code
    row["status_zh"], row["status_en"] = STATUS_LABELS[code]
    return row


def district_targets(targets: TargetSet) -> TargetSet:
    """The ``level`` targets compared in each district: the plan's district targets, and its
    city-wide rates applied to each district for comparison (a city-wide count, 5000
    stations, means nothing for one district and is left out)."""
    chosen = tuple(replace(t, scope="district") for t in targets
                   if t.measured and t.kind == "level"
                   and (t.scope == "district" or "%" in t.unit))
    return replace(targets, targets=chosen)


def target_for(evaluation: pd.DataFrame, indicator: str, district_code: str
               ) -> Optional[pd.Series]:
    """The evaluated ``level`` target to print beside ``indicator``'s value for one place (a
    map sheet's key figure): the next one due among those in progress, else the last one due
    (``bs_built``: 1500 by 2020, then 5000 by 2022).  None when no target names it there."""
    if not len(evaluation) or "indicator" not in evaluation.columns:
        return None
    rows = evaluation[(evaluation["indicator"] == indicator)
                      & (evaluation["district_code"].astype(str) == str(district_code))
                      & (evaluation["kind"] == "level")]
    if not len(rows):
        return None
    rows = rows.sort_values("due", kind="stable")
    open_ = rows[rows["status"] == "in_progress"]
    return open_.iloc[0] if len(open_) else rows.iloc[-1]


# --- wording: how every table, report, dock and sheet prints a target's numbers -----------------

SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}
"""Comparators as printed (``≥5,000个``)."""


def format_number(value: Any, unit: str) -> str:
    """A target's number without unit: percentages and percentage points with one decimal,
    whole numbers (and anything of 100 or more) with thousands separators; ``—`` when there is
    no number."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return "—"
    if not math.isfinite(value):
        return "—"
    unit = unit or ""
    if "%" in unit or "百分点" in unit or "point" in unit:
        return f"{value:.1f}"
    if abs(value - round(value)) < 1e-9 or abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.1f}"


def unit_text(unit: str, lang: str = "zh") -> str:
    """The part of a bilingual unit for ``lang`` (``个 stations`` → ``个`` / ``stations``;
    ``%`` stays; per-year units lose ``/年`` / ``per year``, which the goal says instead)."""
    if not unit:
        return ""
    if "%" in unit:
        return "%"
    words = unit.split(" ", 1)
    if lang == "en":
        en = words[1] if len(words) > 1 else (unit if unit.isascii() else "")
        return en.replace("per year", "").strip() if en.isascii() else ""
    zh = words[0] if not words[0].isascii() else ("" if len(words) > 1 else words[0])
    return zh.replace("/年", "")


def value_text(value: Any, unit: str, lang: str = "zh", signed: bool = False) -> str:
    """A value with its unit in ``lang`` (``87.5%``, ``5,033个`` / ``5,033 stations``,
    ``+35个`` when ``signed``)."""
    text = format_number(value, unit)
    if text == "—":
        return text
    if signed and float(value) > 0:
        text = "+" + text
    u = unit_text(unit, lang)
    return text + (u if u == "%" or lang != "en" else (f" {u}" if u else ""))


def goal_text(row: Any, lang: str = "zh") -> str:
    """A target's goal (``≥5,000个``; ``每年≥100个`` / ``≥100 a year`` for a yearly one)."""
    goal = f"{SYMBOLS.get(row['comparator'], '')}{value_text(row['target'], row['unit'], lang)}"
    if row["kind"] == "annual_increase":
        return f"{goal} a year" if lang == "en" else f"每年{goal}"
    return goal


def at_due_text(row: Any, lang: str = "zh") -> str:
    """The value on the due date as printed beside the status: ``70.8%``; for a yearly
    target the weakest year's increase with its year (``2020年 +74个`` / ``+74 (2020)``);
    ``未到期`` / ``not yet due`` while in progress; ``—`` when there is none."""
    yearly = row["kind"] == "annual_increase"
    text = value_text(row["actual_at_due"], row["unit"], lang, signed=yearly)
    if text != "—" and yearly and pd.notna(row["at_due_date"]):
        year = pd.Timestamp(row["at_due_date"]).year
        return f"{text} ({year})" if lang == "en" else f"{year}年 {text}"
    if text == "—" and row["status"] == "in_progress":
        return "not yet due" if lang == "en" else "未到期"
    return text


def actual_text(row: Any, lang: str = "zh") -> str:
    """The value as of the evaluation date (a yearly target's increase over the year to it,
    signed)."""
    return value_text(row["actual"], row["unit"], lang,
                      signed=row["kind"] == "annual_increase")


def gap_text(row: Any, lang: str = "zh") -> str:
    """How far short, with its unit (``12.5个百分点`` / ``12.5 points`` for a rate)."""
    if "%" in (row["unit"] or ""):
        number = format_number(row["gap"], row["unit"])
        return number if number == "—" else number + (" points" if lang == "en" else "个百分点")
    return value_text(row["gap"], row["unit"], lang)
