"""Pipe network monitored: the plan's 逐步提高市政管网管线智能化监测管理率, by length.

``pipe_monitored_pct`` of a district is the length of its pipe segments (layer
``pipelines``) under intelligent monitoring at the date divided by the length of all its pipe
segments existing then, in percent (0–100; NaN where a district has no pipe).  A segment
exists from ``recorded_date`` (empty: since always) until ``valid_to`` (exclusive) and is
monitored from ``monitored_since`` on (empty: not monitored — there is no device flag to say
otherwise).  Segments are cut at district borders: one crossing a border counts in each
district for its length there (:func:`.overlay.lengths_in_districts`).  Lengths are planar in
the districts' metric CRS, in km.
"""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd

from .coverage import metric_crs_for
from .overlay import lengths_in_districts

COLUMNS: tuple[str, ...] = ("pipe_monitored_pct",)


def pipe_masks(pipes: gpd.GeoDataFrame, as_of: dt.date) -> dict[str, np.ndarray]:
    """``recorded`` (existing at D) and ``monitored`` (existing and monitored by D)."""
    from .indicators import alive_on

    day = pd.Timestamp(as_of)
    recorded = alive_on(pipes["recorded_date"], pipes["valid_to"], day)
    monitored = (pipes["monitored_since"] <= day).to_numpy(dtype=bool)
    return {"recorded": recorded, "monitored": recorded & monitored}


def pipe_monitoring(districts: gpd.GeoDataFrame, pipes: gpd.GeoDataFrame,
                    as_of: dt.date) -> pd.DataFrame:
    """``pipe_monitored_pct``, ``pipe_km`` and ``pipe_monitored_km`` per district (index:
    code) for a prepared ``pipelines`` table (all dates; the rules are applied here)."""
    from .indicators import percent

    masks = pipe_masks(pipes, as_of)
    km = lengths_in_districts(districts, pipes.geometry, masks, metric_crs_for(districts))
    return pd.DataFrame({"pipe_monitored_pct": percent(km["monitored"], km["recorded"]),
                         "pipe_km": km["recorded"].to_numpy(),
                         "pipe_monitored_km": km["monitored"].to_numpy()}, index=km.index)
