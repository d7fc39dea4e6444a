"""The one definition of *active at date D*, as data, for every layer of the store.

A feature is active at D when it has *started* by D and has not *ended* by D:

* started: its start date is on or before D; with no start date, when the layer has a
  status field, when its status is one of :attr:`Lifecycle.started_states` (a station
  ``active`` with no ``opened_date`` has been active "since always"; one ``built`` or
  ``planned`` with no ``opened_date`` has not been opened), else always (empty start = since
  always);
* ended: its end date is on or before D (the end is exclusive: a station retired on
  2021-06-01 is not active that day); with no end date, when its status is one of
  :attr:`Lifecycle.ended_states` (a ``retired`` station with no ``retired_date`` is never
  active), else never (empty end = still there).

The indicators (:mod:`smartcity.processing.indicators`), the store's ``as_of`` reads, the map
sheets and the dashboard use :func:`active_mask`; the QGIS layers' temporal filter is
generated from the same :class:`Lifecycle` by :mod:`smartcity.qgis_common.temporal`, so the
map draws exactly the features the numbers count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from . import lazy
from . import schema

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
else:  # imported on first use: QGIS's own Python may lack them (the store loads without)
    np = lazy.module("numpy")
    pd = lazy.module("pandas")


@dataclass(frozen=True)
class Lifecycle:
    """How one layer's features start and end (see the module docstring)."""

    start: str
    """The start date field (inclusive)."""
    end: str
    """The end date field (exclusive)."""
    status: Optional[str] = None
    """The field whose (canonical, lower-case) value decides when a date is empty."""
    started_states: tuple[str, ...] = ()
    """Statuses meaning "started, date unknown" (only used when ``status`` is set)."""
    ended_states: tuple[str, ...] = ()
    """Statuses meaning "ended, date unknown" (only used when ``status`` is set)."""


STATUS_RULES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "base_stations": ("status", ("active",), ("retired",)),
}
"""Layers whose status decides undated starts and ends: (field, started, ended)."""


def lifecycle(layer: str) -> Lifecycle:
    """The lifecycle rule of ``layer`` (a name of :data:`smartcity.layers.schema.LAYERS`)."""
    lyr = schema.LAYERS[layer]
    status, started, ended = STATUS_RULES.get(layer, (None, (), ()))
    return Lifecycle(lyr.start, lyr.end, status, started, ended)


def _status(frame: pd.DataFrame, rule: Lifecycle) -> pd.Series:
    assert rule.status is not None
    return frame[rule.status].astype(object).fillna("").astype(str).str.strip().str.lower()


def started_mask(frame: pd.DataFrame, rule: Lifecycle, as_of: dt.date) -> np.ndarray:
    """Features started by ``as_of`` (bool array; see the module docstring)."""
    day = pd.Timestamp(as_of)
    start = pd.to_datetime(frame[rule.start])
    undated = start.isna().to_numpy()
    if rule.status is None:
        undated_started = undated
    else:
        undated_started = undated & _status(frame, rule).isin(rule.started_states).to_numpy()
    return (start <= day).to_numpy(dtype=bool) | undated_started


def ended_mask(frame: pd.DataFrame, rule: Lifecycle, as_of: dt.date) -> np.ndarray:
    """Features ended by ``as_of`` (bool array; the end date itself is not active)."""
    day = pd.Timestamp(as_of)
    end = pd.to_datetime(frame[rule.end])
    ended = (end <= day).to_numpy(dtype=bool)
    if rule.status is not None:
        ended = ended | (end.isna().to_numpy()
                         & _status(frame, rule).isin(rule.ended_states).to_numpy())
    return ended


def active_mask(frame: pd.DataFrame, layer: str, as_of: dt.date) -> np.ndarray:
    """Which rows of ``frame`` (a table of ``layer``) are active at ``as_of``: started by
    then and not ended (bool array, one per row)."""
    rule = lifecycle(layer)
    return started_mask(frame, rule, as_of) & ~ended_mask(frame, rule, as_of)


def active_sql(layer: str, quote) -> tuple[str, int]:
    """The same rule as :func:`active_mask` as an SQL condition (SQLite and PostgreSQL), with
    ``?`` standing for the date as many times as the returned count says; ``quote`` quotes
    a column name.  For counts the store answers in SQL (``smartcity layers``)."""
    rule = lifecycle(layer)
    start, end = quote(rule.start), quote(rule.end)

    def states(values: tuple[str, ...]) -> str:
        listed = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
        return f"lower(trim(coalesce({quote(rule.status)}, ''))) IN ({listed})"

    undated_start = f"{start} IS NULL"
    if rule.status is not None:
        undated_start += f" AND {states(rule.started_states)}"
    condition = f"({start} <= ? OR ({undated_start})) AND ({end} IS NULL OR {end} > ?)"
    if rule.status is not None and rule.ended_states:
        condition += f" AND NOT ({end} IS NULL AND {states(rule.ended_states)})"
    return condition, 2


__all__ = ["Lifecycle", "STATUS_RULES", "active_mask", "active_sql", "ended_mask", "lifecycle",
           "started_mask"]
