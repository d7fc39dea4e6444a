"""Indicator time series: the indicator table at each period end from one year to another.

Coverage is the expensive part.  The dates that share the same districts are computed in
one pass (``coverage.coverage_at_dates``): each station shape carries the dates at which it is
active, so a series costs about one snapshot of every station it ever sees, whether stations
were added or retired between dates.  ``incremental=False`` computes each date on its own
(the reference the one-pass path is tested and benchmarked against).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import numpy as np
import pandas as pd
import shapely

from ..layers.progress import ProgressFn, no_progress, scaled
from . import indicators as ind

STEPS = ("year", "quarter")
"""Series steps: ``year`` ends on 31 December, ``quarter`` on 31 Mar / 30 Jun / 30 Sep / 31 Dec."""


def period_ends(start_year: int, end_year: int, step: str = "year") -> list[dt.date]:
    """The period ends from ``start_year`` to ``end_year`` inclusive, in order."""
    if step not in STEPS:
        raise ValueError(f"step must be one of {', '.join(STEPS)}, got {step!r}.")
    if int(end_year) < int(start_year):
        raise ValueError(f"the series ends ({end_year}) before it starts ({start_year}).")
    dates: list[dt.date] = []
    for year in range(int(start_year), int(end_year) + 1):
        if step == "year":
            dates.append(dt.date(year, 12, 31))
        else:
            dates.extend(dt.date(year, m, d) for m, d in ((3, 31), (6, 30), (9, 30), (12, 31)))
    return dates


def _same_districts(a, b) -> bool:
    if a is None or b is None or len(a) != len(b):
        return False
    if list(a["code"]) != list(b["code"]):
        return False
    return bool(np.all(shapely.equals_exact(a.geometry.to_numpy(), b.geometry.to_numpy(), 0.0)))


def series_layers(layers, dates: list[dt.date], *, level: str = "county",
                  population_raster=None, radius_table=None,
                  progress: Optional[ProgressFn] = None, threads: Optional[int] = None,
                  counts: bool = False, incremental: bool = True) -> pd.DataFrame:
    """The indicator table at each of ``dates`` (ascending) on prepared ``layers``.

    One row per date and district (city row included), columns ``date`` then those of the
    indicator table.  ``incremental=False`` recomputes the coverage at every date.
    """
    report = progress or no_progress
    cov = ind.coverage_engine()
    table_radius = ind.resolve_radius_table(radius_table)
    stations = layers["base_stations"]
    report(0.0, "5G coverage")
    per_date = [ind.indicator_districts(layers["districts"], day, level) for day in dates]
    states = [ind.station_masks(stations, day) for day in dates]  # once per date, used twice
    # Runs of consecutive dates with the same districts share one coverage pass.
    runs: list[list[int]] = []
    for i in range(len(dates)):
        if incremental and runs and _same_districts(per_date[runs[-1][0]], per_date[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    results: dict[int, Any] = {}
    for k, run in enumerate(runs):
        active = np.column_stack([states[i]["active"] for i in run])
        # the coverage pass takes about a third of the time, the tables the rest
        step = scaled(progress, 30.0 * k / len(runs), 30.0 * (k + 1) / len(runs))
        out = cov.coverage_at_dates(ind.coverage_districts(per_date[run[0]]), stations, active,
                                    table=table_radius, progress=step, threads=threads)
        results.update(zip(run, out))
    frames = []
    for i, day in enumerate(dates):
        report(30.0 + 70.0 * i / max(len(dates), 1), f"{day.isoformat()}")
        table = ind.indicator_table(layers, per_date[i], day, results[i],
                                    population_raster=population_raster, counts=counts,
                                    station_state=states[i])
        table.insert(0, "date", pd.Timestamp(day))
        frames.append(table)
    report(100.0, "done")
    return pd.concat(frames, ignore_index=True)


def indicator_series(store_or_layers: Any, start_year: int, end_year: int, step: str = "year",
                     *, level: str = "county", population_raster=None, radius_table=None,
                     progress: Optional[ProgressFn] = None, threads: Optional[int] = None,
                     counts: bool = False, long: bool = False,
                     incremental: bool = True) -> pd.DataFrame:
    """Indicators per district and for the city at each period end (``step`` ``year`` or
    ``quarter``) from ``start_year`` to ``end_year`` inclusive.

    ``store_or_layers`` as for :func:`.indicators.compute_indicators` (full tables).  Returns
    a table with ``date`` (datetime64, a period end), ``district_code``, ``district_name``,
    ``level``, ``area_km2`` and the indicator columns, ordered by date then district (city
    last).  ``long=True`` melts it to ``date, district_code, district_name, level,
    indicator, value``.
    """
    dates = period_ends(start_year, end_year, step)
    layers = ind.read_layers(store_or_layers)
    wide = series_layers(layers, dates, level=level, population_raster=population_raster,
                         radius_table=radius_table, progress=progress, threads=threads,
                         counts=counts, incremental=incremental)
    if not long:
        return wide
    keys = ["date", "district_code", "district_name", "level"]
    values = [c for c in wide.columns if c not in keys]
    return wide.melt(id_vars=keys, value_vars=values, var_name="indicator", value_name="value")
