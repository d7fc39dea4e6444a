"""Writing result tables: CSV, JSON, GeoPackage, or a readable table on the terminal.

Shared by the commands that produce tables (``coverage``, ``series``, ``targets`` …).  The
format follows the output file's extension:

* ``.csv``: UTF-8 *with* BOM, so Excel on a Chinese Windows opens the names correctly; dates
  as ``YYYY-MM-DD``, empty cells for missing values.
* ``.json``: a list of records (UTF-8, Chinese kept as is), missing values as ``null``.
* ``.gpkg``: one layer per table given (attribute-only tables are GeoPackage attribute
  tables); GeoPackage version 1.2 so QGIS 3.22 reads it without a warning.  An existing
  output file is replaced.

On the terminal, rich measures Chinese characters as two cells, so columns stay aligned.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd

FORMATS = (".csv", ".json", ".gpkg")
"""Output extensions understood by :func:`write_table`."""


class OutputError(ValueError):
    """An output that cannot be written; the message says which file and what to do."""


def output_format(path: Union[str, Path]) -> str:
    """The format (``.csv``, ``.json``, ``.gpkg``) of an output path, or :class:`OutputError`."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: cannot tell the format from the extension "
                          f"{suffix or '(none)'}; end the file name with "
                          f"{', '.join(FORMATS)}.")
    return suffix


def _plain(table: pd.DataFrame) -> pd.DataFrame:
    """Dates as ISO text, geometry dropped, nullable types as objects with None."""
    out = pd.DataFrame(table).copy()
    if "geometry" in out.columns:
        out = out.drop(columns="geometry")
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            out[col] = s.dt.strftime("%Y-%m-%d").astype(object).where(s.notna(), None)
        elif isinstance(s.dtype, pd.api.extensions.ExtensionDtype) or s.dtype == object:
            out[col] = s.astype(object).where(s.notna(), None)
    return out


def _json_value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def write_csv(table: pd.DataFrame, path: Union[str, Path]) -> None:
    """CSV in UTF-8 with BOM (Excel-friendly Chinese)."""
    _plain(table).to_csv(path, index=False, encoding="utf-8-sig")


def write_json(table: pd.DataFrame, path: Union[str, Path]) -> None:
    """A JSON list of records; NaN/NA as null, dates ISO."""
    plain = _plain(table)
    records = [{k: _json_value(v) for k, v in zip(plain.columns, row)}
               for row in plain.itertuples(index=False, name=None)]
    Path(path).write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")


def write_gpkg(layers: Mapping[str, pd.DataFrame], path: Union[str, Path]) -> None:
    """Write each table as a layer of a new GeoPackage at ``path`` (replaced if it exists).

    GeoDataFrames become feature tables (their CRS kept), plain DataFrames attribute tables.
    The file is built beside the target and renamed into place, so a failure leaves any
    previous file untouched.
    """
    import pyogrio

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".gpkg", dir=str(path.parent))
    os.close(fd)
    os.unlink(tmp)
    try:
        for i, (name, frame) in enumerate(layers.items()):
            # pandas nullable boolean / Int64 are written as GeoPackage BOOLEAN / INTEGER
            # with NULLs by pyogrio >= 0.7; dates as DATETIME.
            kwargs = {"dataset_options": {"VERSION": "1.2"}} if i == 0 else {"append": True}
            pyogrio.write_dataframe(frame, tmp, layer=name, driver="GPKG", **kwargs)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(table: pd.DataFrame, path: Union[str, Path], *,
                gpkg_layers: Optional[Mapping[str, pd.DataFrame]] = None,
                layer: str = "table") -> Path:
    """Write ``table`` to ``path`` in the format of its extension.

    For ``.gpkg``, ``gpkg_layers`` (name -> table) replaces the single layer ``layer`` holding
    ``table``: commands with polygons pass them there.  Returns the path written.
    """
    path = Path(path)
    fmt = output_format(path)
    if not path.parent.is_dir():
        raise OutputError(f"{path}: folder {path.parent} does not exist; create it first.")
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name.")
    try:
        if fmt == ".csv":
            write_csv(table, path)
        elif fmt == ".json":
            write_json(table, path)
        else:
            write_gpkg(gpkg_layers or {layer: table}, path)
    except PermissionError:
        raise OutputError(f"{path}: permission denied (is the file open in Excel or QGIS?); "
                          f"close it or choose another name.") from None
    return path


def format_cell(value, decimals: int = 2) -> str:
    """A cell for the terminal: integers plain, floats rounded, missing as a dash."""
    if value is None or value is pd.NA or value is pd.NaT:
        return "—"
    if isinstance(value, (bool, np.bool_)):
        return "✓" if value else "✗"
    if isinstance(value, (np.integer, int)):
        return f"{int(value):,}"
    if isinstance(value, (np.floating, float)):
        if math.isnan(value):
            return "—"
        if float(value).is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.{decimals}f}"
    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
        return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else str(value)
    return str(value)


def print_table(table: pd.DataFrame, *, title: str = "", columns: Optional[Sequence[str]] = None,
                headers: Optional[Mapping[str, str]] = None, console=None,
                decimals: int = 2, no_wrap: Sequence[str] = ()) -> None:
    """Print ``table`` as an aligned rich table: text left, numbers right, NaN as a dash.

    ``no_wrap`` names columns kept on one line (ids, labels); others fold when too wide.
    """
    from rich.console import Console
    from rich.table import Table

    console = console or Console(highlight=False)
    columns = list(columns or [c for c in table.columns if c != "geometry"])
    headers = headers or {}
    out = Table(title=title or None, show_lines=False)
    for col in columns:
        numeric = (pd.api.types.is_numeric_dtype(table[col])
                   and not pd.api.types.is_bool_dtype(table[col]))
        out.add_column(headers.get(col, col), justify="right" if numeric else "left",
                       overflow="fold", no_wrap=col in no_wrap)
    for row in table[columns].itertuples(index=False, name=None):
        out.add_row(*(format_cell(v, decimals) for v in row))
    console.print(out)
