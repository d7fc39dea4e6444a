"""Layer tables as the indicator rules read them: one type per field, whatever the source.

Layers reach the indicators from a store, from QGIS layers (through the Processing adapter) or
from a caller's own GeoDataFrames; each may carry dates as text or datetimes, yes/no as words,
numbers or bools, any CRS.  :func:`prepare_layer` turns one table into the schema's types
(:mod:`smartcity.layers.schema`): dates datetime64 (NaT when empty), bools nullable booleans,
numbers float, the geometry in EPSG:4490, missing fields empty, so the rules in
:mod:`.indicators` compare like with like.  A value that cannot be read raises ``ValueError``
with the layer, row and field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Optional

import geopandas as gpd
import pandas as pd

from ..layers import schema
from ..layers.cells import is_blank, is_empty, yes_no
from ..layers.dates import parse_optional_date


def to_dates(values: pd.Series, layer: str, field: str) -> pd.Series:
    """A datetime64[ns] column (midnight, no time zone; NaT when empty) from whatever a caller
    passed: datetimes, ISO text, or the forms :func:`smartcity.layers.dates.parse_optional_date`
    reads.  A value that is no date raises ``ValueError`` naming ``layer``, row and ``field``."""
    if pd.api.types.is_datetime64_any_dtype(values):
        out = pd.to_datetime(values)
        if getattr(out.dt, "tz", None) is not None:
            out = out.dt.tz_localize(None)
        return out.dt.normalize().astype("datetime64[ns]")
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        try:  # the common case, ISO text: vectorised
            return pd.to_datetime(values, format="%Y-%m-%d").astype("datetime64[ns]")
        except (ValueError, TypeError):
            pass
    parsed = []
    for row, value in values.items():  # other forms, one by one, with the row on error
        try:
            parsed.append(parse_optional_date(value))
        except ValueError as exc:
            raise ValueError(f"layer {layer!r}, row {row}, field {field!r}: {exc}; "
                             f"give dates as 2021-03-05.") from None
    return pd.Series(pd.to_datetime(pd.Series(parsed, index=values.index, dtype=object)),
                     index=values.index).astype("datetime64[ns]")


def to_bool(values: pd.Series, layer: str, field: str) -> pd.Series:
    """A pandas nullable boolean column (NA when empty) from bools, numbers (0 = false) or
    yes/no words, read exactly as the importers read them (:func:`..layers.cells.yes_no`).
    Other text raises ``ValueError`` naming ``layer``, row and ``field``."""
    if pd.api.types.is_bool_dtype(values):
        return values.astype("boolean")
    if pd.api.types.is_numeric_dtype(values):
        out = values.astype("Float64") != 0
        return out.astype("boolean")
    out = pd.Series(pd.NA, index=values.index, dtype="boolean")
    for row, value in values.items():
        answer = None if is_blank(value) else yes_no(value)
        if answer is not None:
            out[row] = answer
        elif not is_empty(value):
            raise ValueError(f"layer {layer!r}, row {row}, field {field!r}: {value!r} is not "
                             f"a yes/no value; use true/false, 1/0 or 是/否.")
    return out


def prepare_layer(gdf: Optional[gpd.GeoDataFrame], name: str) -> gpd.GeoDataFrame:
    """A copy of one layer table ready for the indicator rules.

    Missing layers become empty tables, missing fields empty columns, dates datetime64 (NaT
    when empty), bools nullable booleans, the geometry EPSG:4490 (a table without a CRS is
    taken to be in EPSG:4490 already), and the index a plain 0..n-1 range.
    """
    layer = schema.get_layer(name)
    if gdf is None:
        gdf = gpd.GeoDataFrame({f: [] for f in layer.field_names},
                               geometry=gpd.GeoSeries([], crs=schema.STORE_EPSG),
                               crs=schema.STORE_EPSG)
    if not isinstance(gdf, gpd.GeoDataFrame):
        raise TypeError(f"layer {name!r} must be a GeoDataFrame, got {type(gdf).__name__}.")
    out = gdf.copy().reset_index(drop=True)
    if out.crs is None:
        out = out.set_crs(schema.STORE_EPSG)
    elif out.crs.to_epsg() != schema.STORE_EPSG:
        out = out.to_crs(schema.STORE_EPSG)
    for f in layer.fields:
        if f.name not in out.columns:
            out[f.name] = pd.Series(pd.NA, index=out.index, dtype=object)
        if f.kind == "date":
            out[f.name] = to_dates(out[f.name], name, f.name)
        elif f.kind == "bool":
            out[f.name] = to_bool(out[f.name], name, f.name)
        elif f.kind in ("int", "real"):
            out[f.name] = pd.to_numeric(out[f.name], errors="coerce").astype(float)
        elif f.kind == "text":
            text = out[f.name].astype(object)
            out[f.name] = text.where(text.notna(), None)
    if name == "districts":
        out["code"] = out["code"].map(lambda v: None if v is None else str(v).strip())
        out["parent_code"] = out["parent_code"].map(
            lambda v: None if v is None or str(v).strip() == "" else str(v).strip())
    return out


def prepare_layers(layers: Mapping[str, gpd.GeoDataFrame]) -> dict[str, gpd.GeoDataFrame]:
    """Every layer of the schema, prepared by :func:`prepare_layer` (absent ones empty)."""
    unknown = set(layers) - set(schema.LAYERS)
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(sorted(unknown))}; layers are: "
                         f"{', '.join(schema.LAYERS)}.")
    return {name: prepare_layer(layers.get(name), name) for name in schema.LAYERS}


def read_layers(store_or_layers: Any, as_recorded: Any = None) -> dict[str, gpd.GeoDataFrame]:
    """Full layer tables from a store path, an open store or a mapping.

    From a store, every feature it knows of (``Store.timeline``: a deleted feature counts
    until the day it was deleted), as recorded at ``as_recorded`` (a UTC time) when given,
    so that a report can be issued again exactly as it was."""
    if isinstance(store_or_layers, Mapping):
        return prepare_layers(store_or_layers)
    if isinstance(store_or_layers, (str, Path)):
        from ..layers.store import open_store

        with open_store(store_or_layers) as store:
            return read_layers(store, as_recorded)
    if hasattr(store_or_layers, "timeline"):
        return prepare_layers({name: store_or_layers.timeline(name, as_recorded=as_recorded)
                               for name in schema.LAYERS})
    if hasattr(store_or_layers, "read"):
        return prepare_layers({name: store_or_layers.read(name) for name in schema.LAYERS})
    raise TypeError("store_or_layers must be a store path, an open store or a mapping of "
                    f"layer name to GeoDataFrame, got {type(store_or_layers).__name__}.")


__all__ = ["prepare_layer", "prepare_layers", "read_layers", "to_bool", "to_dates"]
