"""Writing result tables: CSV, JSON, GeoPackage, or a readable table on the terminal.

Shared by the commands that produce tables (``coverage``, ``series``, ``targets`` …).  The
format follows the output file's extension:

* ``.csv``: UTF-8 *with* BOM, so Excel on a Chinese Windows opens the names correctly; dates
  as ``YYYY-MM-DD``, empty cells for missing values.
* ``.json``: a list of records (UTF-8, Chinese kept as is), missing values as ``null``.
* ``.gpkg``: one layer per table given (attribute-only tables are GeoPackage attribute
  tables); GeoPackage version 1.2 so QGIS 3.22 reads it without a warning.  An existing
  output file is replaced.

On stdout (``--format csv|json``, for scripts): the same CSV without BOM, or the same JSON.

On the terminal (``--format table``), :func:`print_table` fits the table to the terminal's
width (``COLUMNS``, else the terminal's size): every column keeps its values on one line
except the label column, which wraps; when that is not enough, the caller's optional columns
are left out (the table's caption says which, and how to see them) or, for tables of places
side by side, the columns continue in a second table.  rich measures Chinese characters as
two cells, so columns stay aligned.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Optional, Sequence, Union

if TYPE_CHECKING:
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
    import pandas as pd

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
    import numpy as np
    import pandas as pd

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


def _json_text(table: pd.DataFrame) -> str:
    plain = _plain(table)
    records = [{k: _json_value(v) for k, v in zip(plain.columns, row)}
               for row in plain.itertuples(index=False, name=None)]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def write_json(table: pd.DataFrame, path: Union[str, Path]) -> None:
    """A JSON list of records; NaN/NA as null, dates ISO."""
    Path(path).write_text(_json_text(table), encoding="utf-8")


def table_text(table: pd.DataFrame, fmt: str) -> str:
    """``table`` as CSV (UTF-8 text, no BOM: for pipes) or JSON text, for stdout."""
    if fmt == "json":
        return _json_text(table)
    if fmt == "csv":
        return _plain(table).to_csv(index=False, lineterminator="\n")
    raise ValueError(f"format must be csv or json, got {fmt!r}.")


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
    import numpy as np
    import pandas as pd

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


LABEL_MIN = 16
"""The narrowest (terminal cells) the wrapping label column gets before columns are left out."""


def table_console():
    """A rich console for tables on stdout: the terminal's width (``COLUMNS`` when set, else
    the terminal's size, else 80), no highlighting, no soft wrapping."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _overhead(n: int) -> int:
    """Cells a table of ``n`` columns adds to its columns' widths (a space either side of each
    column but the outer ones, one divider between columns; see :func:`_table`)."""
    return 3 * n - 3 if n else 0


def _chop(line: str, width: int) -> list[str]:
    """``line`` cut into pieces of at most ``width`` cells (CJK characters count two)."""
    from rich.cells import cell_len

    out, cur = [], ""
    for ch in line:
        if cur and cell_len(cur + ch) > width:
            out.append(cur)
            cur = ""
        cur += ch
    return out + [cur] if cur else out or [""]


def _header(text: str, width: int, label: bool) -> str:
    """A column header on as many lines as it needs: ``zh en`` headers as two lines (Chinese
    above English), and lines longer than the column's values (and than 10 cells) cut to
    fit.  The label column keeps its header on one line and wraps it with its values."""
    if label:
        return text
    lines = text.split("\n") if "\n" in text else text.split(" ", 1)
    limit = max(width, 10)
    return "\n".join(piece for line in lines for piece in _chop(line, limit))


def _split_header(text: str) -> tuple[str, str]:
    """``(Chinese, English)`` parts of a bilingual header (``范围 scope``)."""
    first, _, rest = text.partition(" ")
    return (first, rest) if rest and not first.isascii() else (text, text)


def print_table(table: pd.DataFrame, *, title: str = "", columns: Optional[Sequence[str]] = None,
                headers: Optional[Mapping[str, str]] = None, console=None,
                decimals: int = 2, label: Optional[str] = None,
                optional: Sequence[str] = (), keys: Sequence[str] = (), split: bool = False,
                justify: Optional[Mapping[str, str]] = None, caption: str = "") -> list[str]:
    """Print ``table`` as an aligned rich table fitted to the console's width: text left,
    numbers right, missing values as a dash.

    ``label``: the one column that wraps (target or indicator names); every other column
    keeps its values on one line.  When the table is still too wide: with ``split``, the
    columns after ``keys`` continue in further tables (places side by side: nothing is left
    out); otherwise the ``optional`` columns are left out in that order until it fits, and
    the caption says which and how to see them.  Returns the columns left out.
    """
    import pandas as pd

    from rich.cells import cell_len

    console = console or table_console()
    columns = list(columns or [c for c in table.columns if c != "geometry"])
    headers = dict(headers or {})
    justify = dict(justify or {})
    cells = {c: [format_cell(v, decimals) for v in table[c]] for c in columns}
    for c in columns:
        if c not in justify:
            numeric = (pd.api.types.is_numeric_dtype(table[c])
                       and not pd.api.types.is_bool_dtype(table[c]))
            justify[c] = "right" if numeric else "left"

    def cells_width(c: str) -> int:
        return max([cell_len(line) for v in cells[c] for line in v.split("\n")] or [1])

    head = {c: _header(headers.get(c, c), cells_width(c), c == label) for c in columns}
    natural = {c: max(cells_width(c), *(cell_len(h) for h in head[c].split("\n")))
               for c in columns}
    width = console.width

    def need(cols: Sequence[str], label_min: int = LABEL_MIN) -> int:
        return sum(min(natural[c], label_min) if c == label else natural[c]
                   for c in cols) + _overhead(len(cols))

    if split and need(columns) > width:
        # the label keeps a third of the width; the other columns go into as few tables as
        # fit, in groups of (nearly) equal size
        label_min = max(LABEL_MIN, width // 3)
        rest = [c for c in columns if c not in keys]
        per = len(rest)
        while per > 1 and any(need([*keys, *rest[i:i + per]], label_min) > width
                              for i in range(0, len(rest), per)):
            per -= 1
        n_groups = math.ceil(len(rest) / per)
        per = math.ceil(len(rest) / n_groups)
        groups = [rest[i:i + per] for i in range(0, len(rest), per)]
        for i, group in enumerate(groups, start=1):
            part = f"{title} ({i}/{len(groups)})" if title else f"({i}/{len(groups)})"
            _table(console, table, [*keys, *group], head, natural, cells, justify, label,
                   part, caption if i == len(groups) else "")
        return []
    shown, left_out = list(columns), []
    for c in optional:
        if need(shown) <= width:
            break
        if c in shown:
            shown.remove(c)
            left_out.append(c)
    if left_out:
        zh = "、".join(_split_header(headers.get(c, c))[0] for c in left_out)
        en = ", ".join(_split_header(headers.get(c, c))[1] for c in left_out)
        note = (f"为适应终端宽度（{width}列）未显示：{zh}。用 --format csv 或 --format json 查看全部列，"
                f"或加宽终端（如 COLUMNS=200）。\nLeft out to fit the terminal ({width} columns): "
                f"{en}; see every column with --format csv or --format json, or widen the "
                f"terminal (e.g. COLUMNS=200).")
        caption = f"{caption}\n{note}" if caption else note
    _table(console, table, shown, head, natural, cells, justify, label, title, caption)
    return left_out


def _table(console, table, columns, head, natural, cells, justify, label, title, caption):
    """Print one rich table of ``columns`` with the widths of :func:`print_table`: fixed for
    every column, the label column taking what the console's width leaves."""
    from rich import box
    from rich.table import Table

    others = sum(natural[c] for c in columns if c != label) + _overhead(len(columns))
    out = Table(title=title or None, caption=caption or None, box=box.SIMPLE_HEAD,
                show_edge=False, pad_edge=False, caption_justify="left")
    for c in columns:
        if c == label:
            w = max(1, min(natural[c], console.width - others))
            out.add_column(head[c], justify=justify[c], width=w, overflow="fold")
        else:
            out.add_column(head[c], justify=justify[c], width=natural[c], no_wrap=True)
    for i in range(len(table)):
        out.add_row(*(cells[c][i] for c in columns))
    console.print(out)
