"""The plugin's heavy computations, and the child process that runs them (no Qt, no QGIS).

The dashboard's numbers (:func:`dashboard_numbers`) and the yearly coverage
(:func:`yearly_coverage`) read the whole store and run pandas, shapely and the numba engine:
in a thread of QGIS's own process they hold Python's GIL in long C calls (a store read's
``fetchall``, a pandas conversion: 0.2-0.45 s each, measured with
``scripts/measure_gui_stalls.py``), and every Python slot of QGIS's GUI thread waits for
them.  So they run in a child Python process, :func:`serve`, that :mod:`.worker` starts once
and keeps: it keeps the store's tables it read (until the store file changes), so the next
date costs only its computation.

The protocol, one JSON object per line: requests on the child's stdin (``{"id", "job",
"args", "out"}``, or ``{"cancel": id}``), answers on its stdout (``{"id", "progress"}``, then
``{"id", "done": true}`` with the result pickled into the file ``out``, or ``{"id",
"cancelled": true}``, or ``{"id", "error": text}``).  The child ends when its stdin closes (QGIS
quit or died).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Callable, Optional

CHART_YEARS = 8
"""How many year-ends back the dashboard's sparkline goes (at most)."""


# --- the computations ----------------------------------------------------------------------

def series_dates(layers, targets_path: Optional[str], day: dt.date) -> list[dt.date]:
    """The dates the dashboard needs on ``day``: those :func:`evaluate_targets` needs for
    ``start_year = day.year - 1`` plus the year-ends of the sparkline (from the first station's
    year, at most :data:`CHART_YEARS` back)."""
    import pandas as pd

    from ..processing import targets as tg

    plan = tg.load_targets(targets_path)
    dates = set(tg._series_dates(plan, day, day.year - 1))
    opened = pd.to_datetime(layers["base_stations"]["opened_date"]).dropna()
    first = max(int(opened.min().year) if len(opened) else day.year, day.year - CHART_YEARS)
    dates.update(dt.date(y, 12, 31) for y in range(first, day.year + 1)
                 if dt.date(y, 12, 31) <= day)
    return sorted(dates)


def dashboard_numbers(layers, targets_path: Optional[str], day: dt.date,
                      progress: Optional[Callable] = None) -> dict:
    """What the dock shows on ``day``: ``targets`` (:func:`evaluate_targets`, start year the
    year before) and ``series`` (the indicator series with counts, city and districts, at
    :func:`series_dates`).  ``layers``: prepared full layer tables."""
    from ..processing import targets as tg
    from ..processing.series import series_layers

    series = series_layers(layers, series_dates(layers, targets_path, day), counts=True,
                           progress=progress)
    table = tg.evaluate_targets(targets_path, series, day, start_year=day.year - 1)
    return {"targets": table, "series": series, "day": day}


def chart_points(series, row) -> list[tuple[int, float]]:
    """(year, city value) at each year-end of ``series`` for a target ``row``: the indicator's
    value, or for a yearly target (``annual_increase``) its increase over that year."""
    import pandas as pd

    city = series[series["level"] == "city"].copy()
    city["date"] = pd.to_datetime(city["date"])
    ends = city[(city["date"].dt.month == 12) & (city["date"].dt.day == 31)]
    values = ends.set_index(ends["date"].dt.year)[row["indicator"]].astype(float)
    values = values[~values.index.duplicated(keep="last")].sort_index()
    if row["kind"] == "annual_increase":
        values = values.diff().dropna()
    return [(int(y), float(v)) for y, v in values.items() if math.isfinite(v)]


def district_values(series, indicator: str, day: dt.date) -> list[tuple[str, str, float]]:
    """(code, name, value of ``indicator``) of each district (not the city) on ``day``."""
    import pandas as pd

    rows = series[(pd.to_datetime(series["date"]) == pd.Timestamp(day))
                  & (series["level"] != "city")]
    return [(str(c), str(n), float(v)) for c, n, v in
            zip(rows["district_code"], rows["district_name"], rows[indicator].astype(float))]


def yearly_coverage(layers, days: list[dt.date],
                    progress: Optional[Callable] = None) -> list[tuple[dt.date, list]]:
    """``(day, [(county code, county name, polygon in EPSG:4490), …])`` for each of ``days``
    (ascending): the dissolved 5G coverage inside each county on that day.  ``layers``:
    prepared full layer tables (:func:`smartcity.processing.indicators.read_layers`)."""
    import numpy as np

    from ..processing import indicators as ind

    cov = ind.coverage_engine()
    stations = layers["base_stations"]
    out = []
    counties = [ind.indicator_districts(layers["districts"], day, "county") for day in days]
    active = np.column_stack([ind.station_masks(stations, day)["active"] for day in days]) \
        if days else np.zeros((len(stations), 0), dtype=bool)
    first = counties[0] if counties else None
    if first is None:
        return out
    results = cov.coverage_at_dates(ind.coverage_districts(first), stations, active,
                                    progress=progress)
    own = first[first["level"] != "city"]  # the city row is the union of the counties
    names = dict(zip(own["code"].astype(str), own["name"].astype(str)))
    for day, result in zip(days, results):
        unions = result.unions.to_crs(4490)
        out.append((day, [(str(code), names.get(str(code), ""), geom)
                          for code, geom in unions.items()
                          if geom is not None and not geom.is_empty
                          and names.get(str(code)) is not None]))
    return out


def coverage_table():
    """The yearly coverage file's table: a county's coverage on ``as_of``, valid from that
    day until the next frame's (``valid_to``; empty for the last)."""
    from ..layers.schema import Field, Layer

    return Layer(
        name="coverage", geometry="MULTIPOLYGON", allowed_geometries=("MultiPolygon",),
        id_field="fid", start="valid_from", end="valid_to",
        label_zh="5G覆盖范围（逐年）", label_en="5G coverage (yearly)",
        fields=(Field("district_code", "text", "区县代码", "District code"),
                Field("district_name", "text", "区县名称", "District name"),
                Field("as_of", "date", "截至日期", "As of"),
                Field("valid_from", "date", "起始日期", "Valid from"),
                Field("valid_to", "date", "截止日期", "Valid to")))


def write_coverage_file(frames: list[tuple[dt.date, list]], path) -> None:
    """``frames`` (:func:`yearly_coverage`) into the GeoPackage ``path`` (see
    :func:`coverage_table`), written whole by SQLite in this child process, so that QGIS's
    GUI thread only opens it (writing it there with QGIS's writer took 0.1-0.2 s)."""
    import shapely

    from ..layers.gpkg import write_feature_file

    rows, geoms = [], []
    for i, (day, parts) in enumerate(frames):
        until = frames[i + 1][0].isoformat() if i + 1 < len(frames) else None
        for code, name, geom in parts:
            rows.append((code, name, day.isoformat(), day.isoformat(), until))
            geoms.append(shapely.MultiPolygon([geom]) if geom.geom_type == "Polygon" else geom)
    write_feature_file(path, coverage_table(), rows, geoms)


# --- the child process ---------------------------------------------------------------------

_tables: dict = {}
"""The store tables the child read last: ``{store: (state, tables)}``."""


def store_state(store: str, generation=None) -> tuple:
    """What says a store changed: a GeoPackage's size and modification time (with its
    write-ahead log's: QGIS's edits may sit there), else (PostGIS) the caller's
    ``generation`` (the dock counts the changes it saw)."""
    import os

    if not os.path.isfile(store):
        return ("generation", generation)
    state = []
    for path in (store, store + "-wal"):
        try:
            info = os.stat(path)
            state += [info.st_size, info.st_mtime_ns]
        except OSError:
            state.append(None)
    return tuple(state)


def store_tables(store: str, generation=None):
    """The prepared full tables of ``store``, read again only when it changed."""
    from ..processing.indicators import read_layers

    state = store_state(store, generation)
    kept = _tables.get(store)
    if kept is not None and kept[0] == state:
        return kept[1]
    _tables.clear()  # one store at a time: the tables of a city take hundreds of MB
    tables = read_layers(store)
    _tables[store] = (state, tables)
    return tables


def plain_columns(frame):
    """``frame`` (a DataFrame; anything else as it is) with its Arrow-backed text columns as
    Python objects: the dock's few pandas operations on the GUI thread then do not start
    pyarrow's compute functions (their first use there stalled the GUI for 0.2 s)."""
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        return frame
    out = frame.copy()
    for column in out.columns:
        dtype = out[column].dtype
        if isinstance(dtype, pd.StringDtype) or "pyarrow" in str(dtype):
            out[column] = out[column].astype(object).where(out[column].notna(), None)
    return out


def run_job(job: str, args: dict, progress: Callable):
    """The result of one request (picklable, no Qt)."""
    if job == "dashboard":
        tables = store_tables(args["store"], args.get("generation"))
        day = dt.date.fromisoformat(args["day"])
        numbers = dashboard_numbers(tables, args.get("targets"), day, progress=progress)
        table, series = numbers["targets"], numbers["series"]
        city = table[(table["scope"] == "city") & table["indicator"].notna()]
        # what the dock's chart and district list show for each target it may pick
        numbers["charts"] = {row["target_id"]: chart_points(series, row)
                             for _, row in city.iterrows()}
        numbers["districts"] = {row["target_id"]: district_values(series, row["indicator"], day)
                                for _, row in city.iterrows()}
        return {key: plain_columns(value) for key, value in numbers.items()}
    if job == "coverage":
        tables = store_tables(args["store"], args.get("generation"))
        days = [dt.date.fromisoformat(d) for d in args["days"]]
        write_coverage_file(yearly_coverage(tables, days, progress=progress), args["path"])
        return args["path"]
    if job == "ping":
        return "pong"
    raise ValueError(f"unknown job {job!r}")


def serve() -> None:
    """The child's loop: answer the requests of stdin one after the other (see the module
    docstring); a ``cancel`` line stops the request under way at its next progress step."""
    import json
    import os
    import pickle
    import queue
    import sys
    import threading
    import traceback

    from ..layers.progress import Cancelled

    answers = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # whatever else prints (a library's warning) must not break the protocol
    sys.stdout = sys.stderr
    requests: queue.Queue = queue.Queue()
    cancelled: set = set()
    lock = threading.Lock()

    def answer(message: dict) -> None:
        with lock:
            answers.write(json.dumps(message) + "\n")
            answers.flush()

    def read() -> None:
        for line in sys.stdin:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "cancel" in message:
                cancelled.add(message["cancel"])
            else:
                requests.put(message)
        requests.put(None)  # stdin closed: QGIS is gone

    threading.Thread(target=read, name="requests", daemon=True).start()
    while True:
        request = requests.get()
        if request is None:
            break
        ident = request["id"]

        def progress(percent: float, _message: str = "", ident=ident) -> None:
            if ident in cancelled:
                raise Cancelled()
            answer({"id": ident, "progress": float(percent)})

        try:
            if ident in cancelled:
                raise Cancelled()
            result = run_job(request["job"], request.get("args", {}), progress)
            with open(request["out"], "wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            answer({"id": ident, "done": True})
        except Cancelled:
            answer({"id": ident, "cancelled": True})
        except Exception as exc:  # noqa: BLE001 - told to the caller, the child goes on
            traceback.print_exc()
            answer({"id": ident, "error": str(exc) or type(exc).__name__})
        cancelled.discard(ident)
    answers.close()
    os._exit(0)  # not the interpreter's teardown: nothing is left to flush


__all__ = ["chart_points", "coverage_table", "dashboard_numbers", "district_values", "run_job", "serve",
           "series_dates", "store_tables", "write_coverage_file", "yearly_coverage"]
