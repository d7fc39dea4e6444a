"""Reading the files departments have into one raw shape, before any mapping or checking.

Every reader returns a :class:`RawTable`: the columns as they were in the file, the
geometries (or the coordinate columns of a CSV) in the file's own CRS, and how to name each row
in a message ("line 17" for a CSV as Excel numbers it, "feature 17" otherwise).  Problems that
make the whole file unreadable raise :class:`ReadFailure` with a sentence.

A reader does not judge values, but it reports what it saw while taking a file apart:

* :attr:`RawTable.defects` are rows it could not take apart (a CSV row with more or fewer
  cells than the header, a quote that never closes, a shapefile shape without its attribute
  record); their cells are empty and the importer rejects each with the defect's reason alone.
* :attr:`RawTable.geometry_errors` are WKT cells that are not geometries, by row.

Formats: CSV (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GBK/GB18030; lon/lat, x/y or WKT
columns), ESRI Shapefile (with the DBF encoding detected, see :mod:`.encoding`, and the record
counts of its three parts compared, see :func:`shapefile_counts`), GeoPackage (a table without
geometry is read like a CSV), GeoJSON, FlatGeobuf.

CSV rows are split with Python's :mod:`csv` module (RFC 4180 quoting, cells with line breaks),
and numbered as Excel numbers them: the header is line 1 and a cell with line breaks does not
add lines.  Completely empty rows are skipped (and counted in a note); a row ending in extra
*empty* cells (a trailing comma on every row, as some exports write) is read as if they were
not there.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import os
import re
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

import numpy as np
import pyproj
import shapely

from . import lazy
from .cells import control_character, is_empty
from .crs import CRSProblem, guess_projected_crs, parse_crs
from .encoding import (EncodingError, detect_dbf_encoding, detect_text_encoding, sibling,
                       undecodable_records)
from .schema import LAYERS, normalise_header

if TYPE_CHECKING:
    import pandas as pd
else:
    pd = lazy.module("pandas")

VECTOR_SUFFIXES = {".shp": "ESRI Shapefile", ".gpkg": "GPKG", ".geojson": "GeoJSON",
                   ".json": "GeoJSON", ".fgb": "FlatGeobuf"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}

LON_NAMES = ("经度", "lon", "lng", "long", "longitude", "x", "x坐标", "东坐标", "横坐标",
             "easting", "坐标x")
LAT_NAMES = ("纬度", "lat", "latitude", "y", "y坐标", "北坐标", "纵坐标", "northing", "坐标y")
WKT_NAMES = ("wkt", "geometry", "geom", "几何", "shape")

DELIMITERS = ",;\t|"
"""Cell delimiters recognised in a CSV header, in order of preference on a tie."""

MAX_UNCLOSED_QUOTES = 100
"""Rows with a quote that never closes before the file is refused as unreadable: each one
costs a re-read of the rest of the file."""

_SHOWN = 200  # characters of a row's text shown in a defect
NEWLINE = b"\n"


class ReadFailure(ValueError):
    """The file cannot be read at all; nothing is imported.  The message says why."""


@dataclass
class RowDefect:
    """A row the reader could not take apart; it is rejected with this reason alone."""

    index: int  # position in the table
    field: str
    value: object
    reason: str


@dataclass
class RawTable:
    """A file as read: attribute columns, geometry or coordinate columns, CRS, row names."""

    path: Path
    frame: pd.DataFrame
    geometry: Optional[np.ndarray]  # shapely geometries in `crs`, or None for x/y columns
    crs: Optional[pyproj.CRS]
    row_numbers: np.ndarray
    row_label: str
    encoding: Optional[str] = None
    encoding_reason: str = ""
    xy_columns: Optional[tuple[str, str]] = None
    wkt_column: Optional[str] = None
    notes: list[str] = field(default_factory=list)
    defects: list[RowDefect] = field(default_factory=list)
    geometry_errors: dict[int, str] = field(default_factory=dict)
    items: int = 0  # CSV: records and unreadable lines in the text, header and blanks too
    done: float = 1.0  # the fraction of the file read up to the end of this table
    skipped: tuple[int, int] = (0, 0)  # CSV: empty rows, rows with empty cells past the end
    cells: Optional[dict[str, list]] = None  # the columns as lists, when read as such
    floats: dict[str, np.ndarray] = field(default_factory=dict)  # ``float`` of every cell
    # of a column, where each took it (the x/y columns: read once, for the CRS and after)

    def column(self, name: str) -> list:
        """The cells of column ``name``, in row order."""
        return self.cells[name] if self.cells is not None else self.frame[name].tolist()

    @property
    def n_rows(self) -> int:
        """Rows of the table (without making :attr:`frame` of a :class:`ColumnTable`)."""
        if self.cells is not None:
            return len(next(iter(self.cells.values()), []))
        return len(self.frame)

    @property
    def column_names(self) -> list[str]:
        return list(self.cells) if self.cells is not None else list(self.frame.columns)


class ColumnTable(RawTable):
    """A :class:`RawTable` read as columns of text (:attr:`cells`): its :attr:`frame` is
    made from them the first time it is asked for (the rejects file needs it; an import
    without rejects does not: building the frame of 100k rows took ~0.2 s, reading its
    columns back ~0.3 s).  Made with ``frame=None``."""

    _frame: Optional[pd.DataFrame] = None

    @property
    def frame(self) -> pd.DataFrame:
        if self._frame is None:
            assert self.cells is not None, "a ColumnTable has its cells or its frame"
            self._frame = pd.DataFrame(self.cells, columns=list(self.cells), dtype=object)
        return self._frame

    @frame.setter
    def frame(self, value: Optional[pd.DataFrame]) -> None:
        self._frame = value
        if value is not None:  # a frame given later replaces the columns
            self.cells = None


def read_table(path: Path, *, encoding: str = "auto", crs: Optional[str] = None,
               source_layer: Optional[str] = None) -> RawTable:
    """Read any supported file; ``crs`` (e.g. ``EPSG:4550``) overrides or supplies the CRS."""
    path = Path(path)
    if not path.exists():
        raise ReadFailure(f"{path} does not exist")
    if path.is_dir():
        raise ReadFailure(f"{path} is a folder; give the file inside it (.csv, .shp, .gpkg, "
                          f".geojson or .fgb)")
    suffix = path.suffix.lower()
    user_crs = parse_crs(crs) if crs else None
    if encoding != "auto":
        _check_codec(encoding)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, encoding, user_crs)
    if suffix in VECTOR_SUFFIXES:
        return _read_vector(path, encoding, user_crs, source_layer)
    raise ReadFailure(f"{path.name}: unknown file type {suffix or '(none)'}; the importer "
                      f"reads .csv, .shp, .gpkg, .geojson and .fgb")


# --- text -----------------------------------------------------------------------------------

def _check_codec(name: str) -> None:
    """Refuse an ``--encoding`` that Python does not know or that is not a text encoding."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ReadFailure(f"--encoding {name!r} is not an encoding Python knows; use auto, "
                          f"utf-8, gb18030, big5 …") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ReadFailure(f"--encoding {name!r} is not a text encoding (it turns bytes into "
                          f"bytes); use auto, utf-8, gb18030, big5 …")


def _decode(path: Path, data: bytes, enc: str, lines_before: int = 0) -> str:
    """``data`` decoded strictly with ``enc``; a sentence naming the line when it fails."""
    if codecs.lookup(enc).name.startswith("utf-16") and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\0" not in data:
        raise ReadFailure(f"{path.name} is not UTF-16: it has no byte-order mark and none of the "
                          f"zero bytes UTF-16 text always has; leave --encoding out (auto) or "
                          f"name its real encoding")
    try:
        with warnings.catch_warnings():  # unicode_escape warns about "\\L" and the like
            warnings.simplefilter("ignore", DeprecationWarning)
            text = data.decode(enc)
    except UnicodeError as exc:
        where = ""
        if isinstance(exc, UnicodeDecodeError):
            where = f" (line {lines_before + data.count(NEWLINE, 0, exc.start) + 1})"
        why = getattr(exc, "reason", exc)
        raise ReadFailure(f"{path.name} cannot be decoded as {enc}{where}: {why}; try "
                          f"--encoding auto, utf-8 or gb18030") from None
    # Python's UTF-8 decoder refuses encoded surrogates itself: no need to look (~30 ms for
    # 100k rows); other codecs (unicode_escape) can make them
    strict_utf8 = codecs.lookup(enc).name in ("utf-8", "utf-8-sig")
    surrogate = None if strict_utf8 else re.search(r"[\ud800-\udfff]", text)
    if surrogate:
        line = lines_before + text.count("\n", 0, surrogate.start()) + 1
        raise ReadFailure(f"{path.name} decoded as {enc} gives a broken character "
                          f"(U+{ord(surrogate.group()):04X}, half of a UTF-16 pair) on line "
                          f"{line}: it is not {enc} text; try --encoding auto")
    return text


# --- CSV ------------------------------------------------------------------------------------

def _read_csv(path: Path, encoding: str, user_crs: Optional[pyproj.CRS]) -> RawTable:
    try:
        enc = detect_text_encoding(path) if encoding == "auto" else encoding
    except EncodingError as exc:
        raise ReadFailure(str(exc)) from None
    text = _decode(path, path.read_bytes(), enc).lstrip("\ufeff")
    if not text.strip():
        raise ReadFailure(f"{path.name} is empty")
    table = _split_csv(path, text)
    table.encoding = enc
    table.encoding_reason = "given with --encoding" if encoding != "auto" else _csv_reason(enc)
    table.crs = user_crs
    _place_geometry(table, f"{path.name}:")
    return table


def iter_tables(path: Path, *, rows: Optional[int] = None, encoding: str = "auto",
                crs: Optional[str] = None, source_layer: Optional[str] = None
                ) -> Iterator[RawTable]:
    """:func:`read_table` in pieces of about ``rows`` rows (CSV; ``None``: one piece), so
    that a file of millions of rows is read in bounded memory.

    Every piece has the columns, CRS and geometry columns the first decided and its rows
    numbered as in the whole file; the first carries the encoding and the notes, the last
    the notes on skipped rows.  A CSV is cut only between records, where the csv module's
    reading of the whole file would end a record too, so the pieces hold exactly the rows,
    cells and defects of :func:`read_table`.  Other formats and UTF-16 come in one piece."""
    path = Path(path)
    if rows is None or path.suffix.lower() not in CSV_SUFFIXES or not path.is_file():
        yield read_table(path, encoding=encoding, crs=crs, source_layer=source_layer)
        return
    user_crs = parse_crs(crs) if crs else None
    if encoding != "auto":
        _check_codec(encoding)
    try:
        enc = detect_text_encoding(path) if encoding == "auto" else encoding
    except EncodingError as exc:
        raise ReadFailure(str(exc)) from None
    if codecs.lookup(enc).name.startswith("utf-16") or path.stat().st_size == 0:
        yield read_table(path, encoding=encoding, crs=crs, source_layer=source_layer)
        return
    size = path.stat().st_size
    first: Optional[RawTable] = None
    head, sep = "", ","
    items = lines_before = blank = trailing = 0
    for piece, lines, done in _csv_pieces(path, rows):
        text = _decode(path, piece, enc, lines_before)
        if first is None:
            text = text.lstrip("\ufeff")
            if not text.strip():
                raise ReadFailure(f"{path.name} is empty")
            table = _split_csv(path, text)
            head = _header_line(text)
            sep = _delimiter(head)
        else:
            offset = head.count("\n")
            table = _split_csv(path, head + text, row_offset=items - 1,
                               line_offset=lines_before - offset,
                               header=first.column_names)
        table.encoding = enc
        table.encoding_reason = ("given with --encoding" if encoding != "auto"
                                 else _csv_reason(enc))
        table.crs = user_crs if first is None else first.crs
        table.done = min(1.0, done / size) if size else 1.0
        blank, trailing = blank + table.skipped[0], trailing + table.skipped[1]
        table.notes = [n for n in table.notes if n not in _row_notes(*table.skipped, sep)]
        lead = f"{path.name}:"
        _place_geometry(table, lead)
        if first is None:
            first, items = _layout_of(table), table.items  # not its rows: they go
        else:
            table.notes = []
            items += table.items - 1
        lines_before += lines
        yield table
    if first is None:
        raise ReadFailure(f"{path.name} is empty")
    if blank or trailing:
        notes = _row_notes(blank, trailing, sep)
        yield RawTable(path, first.frame.iloc[:0],
                       None if first.geometry is None else np.zeros(0, dtype=object),
                       first.crs, np.zeros(0, dtype=int), "line", encoding=enc,
                       xy_columns=first.xy_columns, wkt_column=first.wkt_column, notes=notes)


def _layout_of(table: RawTable) -> RawTable:
    """``table`` without its rows (its columns, CRS and geometry columns): what the later
    pieces of a file need of the first, which is not kept alive by them."""
    return ColumnTable(table.path, None,
                       None if table.geometry is None else np.zeros(0, dtype=object),
                       table.crs, np.zeros(0, dtype=int), table.row_label,
                       encoding=table.encoding, xy_columns=table.xy_columns,
                       wkt_column=table.wkt_column,
                       cells={name: [] for name in table.column_names})


def _header_line(text: str) -> str:
    """The header record of a CSV's text (from its first non-blank line to the line where
    its quotes are all closed).  Looked for in the first 64 KiB, then in the whole text:
    ``io.StringIO`` copies what it is given, 15 MB for a piece of 100k rows."""
    for part in (text[:65536], text):
        out: list[str] = []
        lines = io.StringIO(part, newline="").readlines()
        if part is not text:
            lines = lines[:-1]  # the last line of the prefix may be cut short
        for line in lines:
            if not out and not line.strip():
                continue
            out.append(line)
            if "".join(out).count('"') % 2 == 0:
                return "".join(out)
    return "".join(out)


def _csv_pieces(path: Path, rows: int) -> Iterator[tuple[bytes, int, int]]:
    """The bytes of a CSV in pieces of at least ``rows`` lines, each with its number of
    lines and the bytes read so far; a piece ends only after a line where the csv module
    would end a record (no quote opened in the piece still open).

    Read in blocks of 4 MiB with the line ends found by ``bytes.find`` (reading line by
    line cost ~0.15 s per 100k rows); a piece with a quote in it is checked line by line,
    as before."""
    sep = _piece_delimiter(path)
    with open(path, "rb") as handle:
        pending = b""
        read = 0
        need = rows + 1  # the first piece's lines: the header and ``rows`` rows
        first = True
        while True:
            block = handle.read(1 << 22)
            pending += block
            if not block:
                break
            while pending.count(NEWLINE) >= need:
                cut = _after_lines(pending, need)
                piece = pending[:cut]
                if first and not _two_filled(piece):
                    need += 1  # the first piece needs the header and a row
                    continue
                if b'"' in piece:  # cut where a record ends, line by line after ``need``
                    lines = [line + NEWLINE for line in piece.split(NEWLINE)[:-1]]
                    if not _ends_record(lines, sep):
                        need += 1
                        continue
                read += cut
                yield piece, piece.count(NEWLINE), read
                pending, need, first = pending[cut:], rows, False
        if pending:
            read += len(pending)
            yield pending, pending.count(NEWLINE) + (not pending.endswith(NEWLINE)), read


def _after_lines(data: bytes, count: int) -> int:
    """The offset just after the ``count``-th line end (``\\n``) of ``data``, which has
    at least ``count``."""
    at = -1
    for _ in range(count):
        at = data.find(NEWLINE, at + 1)
    return at + 1


def _two_filled(piece: bytes) -> bool:
    """Whether ``piece`` has two lines that are not blank (a header and a row)."""
    filled = 0
    for line in io.BytesIO(piece):
        filled += bool(line.strip())
        if filled == 2:
            return True
    return False


def _piece_delimiter(path: Path) -> str:
    """The delimiter of a CSV from its first non-blank line (read as Latin-1: delimiters,
    quotes and line ends are ASCII bytes in UTF-8 and GB18030 alike)."""
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                return _delimiter(line.decode("latin-1"))
    return ","


def _ends_record(lines: list[bytes], sep: str) -> bool:
    """Whether a record of the csv module ends with the last of ``lines`` (a piece starting
    at a record's start): true at once without any quote, else by reading the piece."""
    if not any(b'"' in line for line in lines):
        return True
    text = b"".join(lines).decode("latin-1")  # quotes and line ends are ASCII in every
    split = io.StringIO(text, newline="").readlines()  # codec read here; cells unused
    old_limit = csv.field_size_limit()
    csv.field_size_limit(2 ** 31 - 1)
    try:
        reader = csv.reader(iter(split), delimiter=sep, skipinitialspace=True, strict=True)
        for _ in reader:
            pass
    except csv.Error:
        return False
    finally:
        csv.field_size_limit(old_limit)
    return True


def _csv_reason(enc: str) -> str:
    return {"utf-8-sig": "UTF-8 with BOM (Excel)", "utf-8": "UTF-8",
            "utf-16": "UTF-16 with byte-order mark (Excel's Unicode text)",
            "gb18030": "not UTF-8; decoded as GB18030 (GBK)"}.get(enc, enc)


def _delimiter(header_line: str) -> str:
    """The delimiter of a CSV: the candidate seen most often outside quotes in its header."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    count, _, best = max((unquoted.count(d), -k, d) for k, d in enumerate(DELIMITERS))
    return best if count else ","


def _records(lines: list[str], sep: str) -> tuple[list[tuple[int, int, list[str]]], list[int]]:
    """Every CSV record as (first line, last line, cells), 1-based physical lines, and the
    lines on which a quote opens that never closes.

    The csv module reads such a quote to the end of the file as one cell.  That record is
    taken out, its first line remembered, and reading starts again on the line after it, so
    one stray quote costs one row, not the rest of the file.
    """
    records: list[tuple[int, int, list[str]]] = []
    unclosed: list[int] = []
    start = 0
    while start < len(lines):
        reader = csv.reader(iter(lines[start:]), delimiter=sep, skipinitialspace=True)
        done = 0
        for cells in reader:
            records.append((start + done + 1, start + reader.line_num, cells))
            done = reader.line_num
        if not records or records[-1][1] != len(lines) or _closes(lines, records[-1][0], sep):
            break
        first = records.pop()[0]
        unclosed.append(first)
        if len(unclosed) > MAX_UNCLOSED_QUOTES:
            raise ReadFailure(f"more than {MAX_UNCLOSED_QUOTES} rows open a quote (\") that "
                              f"never closes (the first on line {unclosed[0]}): the file's "
                              f"quoting is broken; save it again from the spreadsheet")
        start = first
    return records, unclosed


def _plain(text: str, sep: str) -> bool:
    """Whether the csv module would read every line of ``text`` as ``line.split(sep)``: no
    quote, no carriage return or NUL, and no space at the start of a cell (which
    ``skipinitialspace`` drops).  Most registers' exports are so."""
    return not (text.startswith(" ") or any(c in text for c in ('"', "\r", "\0",
                                                                  sep + " ", "\n ")))


def _plain_records(lines: list[str], sep: str) -> tuple[list[tuple[int, int, list[str]]],
                                                         list[int]]:
    """:func:`_records` of a :func:`_plain` text, at ``str.split`` speed (the csv module
    took ~1 s per 100k rows)."""
    return [(k, k, line.rstrip("\n").split(sep)) for k, line in enumerate(lines, 1)], []


def _closes(lines: list[str], first: int, sep: str) -> bool:
    """Whether the record starting on line ``first`` closes all its quotes before the end."""
    strict = csv.reader(iter(lines[first - 1:]), delimiter=sep, skipinitialspace=True,
                        strict=True)
    try:
        next(strict, None)
    except csv.Error as exc:
        return "unexpected end of data" not in str(exc)
    return True


def _split_csv(path: Path, text: str, *, row_offset: int = 0, line_offset: int = 0,
               header: Optional[list[str]] = None) -> RawTable:
    """The text of a CSV as a table of strings, with its rows numbered as Excel does.

    For a piece of a file (:func:`iter_csv_tables`), ``text`` is the header line followed
    by the piece; ``row_offset`` and ``line_offset`` are added to its row and line numbers
    and ``header`` gives the column names the first piece decided."""
    lines = io.StringIO(text, newline="").readlines()
    sep = _delimiter(next((line for line in lines if line.strip()), ""))
    plain = _plain(text, sep)
    if plain:
        columns = _plain_columns(path, lines, sep, row_offset, header)
        if columns is not None:
            return columns
    old_limit = csv.field_size_limit()
    csv.field_size_limit(2 ** 31 - 1)  # a WKT polygon can be megabytes in one cell
    try:
        records, unclosed = (_plain_records(lines, sep) if plain
                             else _records(lines, sep))
    finally:
        csv.field_size_limit(old_limit)
    # One item per Excel row, in file order: a record, or a line whose quote never closes.
    items: list = records if not unclosed else sorted(
        [*records, *((first, first, None) for first in unclosed)], key=lambda item: item[0])
    start = next((k for k, (_, _, cells) in enumerate(items)
                  if cells is None or "".join(cells).strip()), None)
    if start is None:
        raise ReadFailure(f"{path.name} is empty")
    fixed = header
    first_line, _, header = items[start]
    if header is None:
        raise ReadFailure(f"{path.name}: the header on line {first_line} opens a quote (\") "
                          f"that never closes; fix the header")
    data = items[start + 1:]
    names = [str(c).replace("\ufeff", "").strip() for c in header]
    while names and not names[-1] and fixed is None and all(
            cells is None or len(cells) < len(names) or not cells[len(names) - 1].strip()
            for _, _, cells in data):
        names.pop()  # a trailing delimiter on the header line, with nothing under it
    if fixed is not None:
        names = list(fixed)
    if not names:
        raise ReadFailure(f"{path.name}: the header on line {first_line} has no column names")
    width = len(names)
    rows: list[list[str]] = []
    numbers: list[int] = []
    defects: list[RowDefect] = []
    blank = trailing = 0
    for k, (first, last, cells) in enumerate(data):
        excel_row = start + k + 2 + row_offset
        first, last = first + line_offset, last + line_offset
        if cells is not None and not "".join(cells).strip():  # no cell with a character
            blank += 1
            continue
        index = len(rows)
        numbers.append(excel_row)
        if cells is None:
            defects.append(RowDefect(index, "row", _shown(lines[first - line_offset - 1]),
                                     "a quote (\") opened in this row never closes, so the "
                                     "rest of the file would be one cell; remove the quote or "
                                     "close it"))
            rows.append([""] * width)
            continue
        if len(cells) > width and not any(c.strip() for c in cells[width:]):
            cells = cells[:width]
            trailing += 1
        if len(cells) != width:
            span = (f" (the row runs over lines {first}–{last} of the file: a quoted cell "
                    f"holds line breaks)" if last > first else "")
            hint = ("a value holding the delimiter without quotes around it?"
                    if len(cells) > width else
                    "missing cells, or a line break inside a value without quotes?")
            defects.append(RowDefect(index, "row", _shown(sep.join(cells)),
                                     f"{len(cells)} cells where the header has {width}: "
                                     f"{hint}{span}"))
            rows.append([""] * width)
            continue
        rows.append(cells)
    frame = pd.DataFrame(rows, columns=_unique(names), dtype=object)
    table = RawTable(path, frame, None, None, np.asarray(numbers, dtype=int), "line",
                     defects=defects, items=len(items))
    table.notes += _row_notes(blank, trailing, sep)
    table.skipped = (blank, trailing)
    return table


def _plain_columns(path: Path, lines: list[str], sep: str, row_offset: int,
                   header: Optional[list[str]]) -> Optional[ColumnTable]:
    """:func:`_split_csv` of a :func:`_plain` text whose header is its first line and whose
    every other line holds the header's number of cells and a character that is not a
    delimiter or a space (no blank row, no defect, no trailing delimiter: what
    :func:`_split_csv` would make of it, exactly), read column-wise: the lines joined and
    split once, each column a slice.  ``None`` for any other text (the general path then
    reads it row by row)."""
    if not lines or not lines[0].strip():
        return None
    first = lines[0].rstrip("\n").split(sep)
    names = [str(c).replace("\ufeff", "").strip() for c in first] if header is None \
        else list(header)
    width = len(names)
    data = lines[1:]
    if not width or len(first) != width or (header is None and not names[-1]):
        return None
    if data and set(map(str.count, data, itertools.repeat(sep))) != {width - 1}:
        return None
    body = "".join(data)
    if body.endswith("\n"):
        body = body[:-1]
    flat = body.replace("\n", sep).split(sep) if data else []
    cells = {name: flat[k::width] for k, name in enumerate(_unique(names))}
    # a blank row (nothing but delimiters and spaces) has a blank first cell: only rows
    # with one are looked at whole
    first_cells = next(iter(cells.values()), [])
    if not all(map(str.strip, first_cells)) and any(
            not line.replace(sep, "").strip() for line in data):
        return None
    numbers = np.arange(2, 2 + len(data), dtype=int) + row_offset
    table = ColumnTable(path, None, None, None, numbers, "line", items=len(lines),
                        cells=cells)
    table.notes += _row_notes(0, 0, sep)
    return table


def _row_notes(blank: int, trailing: int, sep: str) -> list[str]:
    """The notes on empty rows skipped and on empty cells past the header's last column."""
    notes = []
    if blank:
        notes.append(f"{blank} empty row{'s' if blank > 1 else ''} skipped")
    if trailing:
        notes.append(f"{trailing} row{'s' if trailing > 1 else ''} end in more "
                     f"delimiters ({sep!r}) than the header has, with nothing after them;"
                     f" those empty cells were ignored")
    return notes


def _unique(names: list[str]) -> list[str]:
    """Column names made unique as pandas does (``名称``, ``名称.1``); blanks named by place."""
    seen: dict[str, int] = {}
    out = []
    for k, name in enumerate(names):
        name = name or f"Unnamed: {k}"
        if name in seen:
            seen[name] += 1
            candidate = f"{name}.{seen[name]}"
            while candidate in seen:
                seen[name] += 1
                candidate = f"{name}.{seen[name]}"
            name = candidate
        seen.setdefault(name, 0)
        out.append(name)
    return out


def _shown(text: str) -> str:
    """A row's text for a message: line break removed, cut to a readable length."""
    text = str(text).rstrip("\r\n")
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


# --- where the geometry of a table is -------------------------------------------------------

def _place_geometry(table: RawTable, lead: str) -> None:
    """Find the lon/lat (x/y) or WKT columns of a table without a geometry column, and its
    CRS; :class:`ReadFailure` (starting with ``lead``) when there are none."""
    names = table.column_names
    headers = {normalise_header(c): c for c in names}
    lon = next((headers[n] for n in map(normalise_header, LON_NAMES) if n in headers), None)
    lat = next((headers[n] for n in map(normalise_header, LAT_NAMES) if n in headers), None)
    wkt = next((headers[n] for n in map(normalise_header, WKT_NAMES) if n in headers), None)
    if lon and lat:
        table.xy_columns = (lon, lat)
        _decide_csv_crs(table)
    elif wkt:
        table.wkt_column = wkt
        table.geometry, table.geometry_errors = parse_wkt_column(table.column(wkt))
        if table.crs is None:
            _decide_wkt_crs(table)
    else:
        raise ReadFailure(
            f"{lead} no coordinate columns found; expected 经度/纬度 (or lon/lat, x/y) "
            f"or a WKT column; columns are: {', '.join(map(str, names))}")


PLAUSIBLE_COORDINATE = 1e8
"""Larger coordinates are neither degrees nor metres of any CRS used in China (zone-prefixed
Gauss–Krüger eastings reach 4.6e7): they say nothing about the file's CRS."""


def _plausible(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Coordinates that can tell degrees from metres: finite and below 1e8 in size."""
    with np.errstate(invalid="ignore"):
        return (np.isfinite(x) & np.isfinite(y) & (np.abs(x) < PLAUSIBLE_COORDINATE)
                & (np.abs(y) < PLAUSIBLE_COORDINATE))


def _looks_projected(x: np.ndarray, y: np.ndarray) -> bool:
    """Whether most plausible coordinates are metres rather than degrees (median beyond 360).

    A median, so that a few wrong rows (swapped, garbage) cannot decide for the file, and
    NaN, infinite or absurd values (1e308) do not count at all; all of those are rejected one
    by one as out of range.
    """
    ok = _plausible(x, y)
    return bool(ok.any() and (np.median(np.abs(x[ok])) > 360 or np.median(np.abs(y[ok])) > 360))


def _numbers(table: RawTable, column: str) -> np.ndarray:
    """A column as numbers, NaN where a cell is none, for deciding the CRS: ``float`` of
    each in C when all take it (kept in ``table.floats``), else pandas' coercing parser."""
    cells = table.column(column)
    try:
        table.floats[column] = np.asarray(cells, dtype=float)
        return table.floats[column]
    except (TypeError, ValueError):
        return pd.to_numeric(np.asarray(cells, dtype=object), errors="coerce").astype(float)


def _decide_csv_crs(table: RawTable) -> None:
    """lon/lat numbers need no CRS (geographic); projected numbers need an explicit one."""
    assert table.xy_columns is not None, "called for x/y tables only"
    lon_col, lat_col = table.xy_columns
    x, y = _numbers(table, lon_col), _numbers(table, lat_col)
    finite = _plausible(x, y)
    looks_projected = _looks_projected(x, y)
    if table.crs is None:
        if looks_projected:
            raise ReadFailure(
                f"{table.path.name}: columns {lon_col!r}/{lat_col!r} hold projected "
                f"coordinates (e.g. {x[finite][0]:,.1f}, {y[finite][0]:,.1f}), and a CSV does "
                f"not say which CRS they are in; give it with --crs: "
                f"{guess_projected_crs(x[finite])}")
        table.crs = pyproj.CRS.from_epsg(4490)
        table.notes.append("longitude/latitude columns read as geographic coordinates")
    elif table.crs.is_geographic and looks_projected:
        raise ReadFailure(f"{table.path.name}: --crs {table.crs.to_string()} is geographic but "
                          f"the coordinates are projected metres; "
                          f"{guess_projected_crs(x[finite])}")


_CURVED = re.compile(r"\s*(CIRCULARSTRING|COMPOUNDCURVE|CURVEPOLYGON|MULTICURVE|MULTISURFACE|"
                     r"POLYHEDRALSURFACE|TIN|TRIANGLE)\b", re.IGNORECASE)


def parse_wkt_column(cells: list) -> tuple[np.ndarray, dict[int, str]]:
    """Shapely geometries of a column of WKT cells (``None`` where empty or not WKT), and the
    reason for every cell that is not a geometry shapely can hold, by row."""
    geoms = np.full(len(cells), None, dtype=object)
    errors: dict[int, str] = {}
    todo = []
    for i, cell in enumerate(cells):
        if is_empty(cell):
            continue
        text = str(cell)
        curved = _CURVED.match(text)
        control = control_character(text)
        if curved:
            errors[i] = (f"{curved.group(1).upper()} is a curved geometry, which the store "
                         f"cannot hold; convert it to straight segments first (QGIS: "
                         f"Segmentize; GDAL: ogr2ogr -nlt CONVERT_TO_LINEAR)")
        elif control:
            errors[i] = f"the WKT holds the control character {control}"
        else:
            todo.append(i)
    if todo:
        texts = np.asarray([str(cells[i]) for i in todo], dtype=object)
        try:
            with np.errstate(over="ignore", invalid="ignore"):  # 1e310 parses as infinity:
                parsed = shapely.from_wkt(texts, on_invalid="ignore")  # a row to reject
        except NotImplementedError:  # a curve nested in a collection
            parsed = np.full(len(todo), None, dtype=object)
        for i, geom in zip(todo, parsed):
            if geom is None:
                errors[i] = _wkt_error(str(cells[i]))
            else:
                geoms[i] = geom
    return geoms, errors


def _wkt_error(text: str) -> str:
    """Why one WKT text is not a geometry, in GEOS's words."""
    try:
        with np.errstate(over="ignore", invalid="ignore"):
            shapely.from_wkt(text)
    except NotImplementedError:
        return ("a curved geometry, which the store cannot hold; convert it to straight "
                "segments first (QGIS: Segmentize; GDAL: ogr2ogr -nlt CONVERT_TO_LINEAR)")
    except Exception as exc:  # GEOSException, ValueError: the parser's own words
        return f"not a WKT geometry ({str(exc).strip().splitlines()[0][:160]})"
    return "not a WKT geometry"


def _decide_wkt_crs(table: RawTable) -> None:
    """WKT with longitude/latitude-sized numbers is read as geographic, like lon/lat columns.

    Decided on the first vertex of every geometry that parsed with finite coordinates; rows
    that did not parse are the importer's to reject, one by one.
    """
    assert table.geometry is not None, "called for WKT tables only, after parsing"
    present = np.flatnonzero(~shapely.is_missing(table.geometry))
    coords, index = shapely.get_coordinates(table.geometry[present], return_index=True)
    if len(coords):
        _, first = np.unique(index, return_index=True)
        coords = coords[first]
    coords = coords[_plausible(coords[:, 0], coords[:, 1])] if len(coords) else coords
    if not len(coords) or not _looks_projected(coords[:, 0], coords[:, 1]):
        table.crs = pyproj.CRS.from_epsg(4490)
        table.notes.append(f"WKT in column {table.wkt_column!r} read as longitude/latitude")
        return
    raise ReadFailure(f"{table.path.name}: geometries in column {table.wkt_column!r} are "
                      f"projected (e.g. {coords[0, 0]:,.1f}, {coords[0, 1]:,.1f}) and a CSV "
                      f"does not say which CRS they are in; give it with --crs: "
                      f"{guess_projected_crs(coords[:, 0])}")


# --- shapefiles -----------------------------------------------------------------------------

@dataclass
class ShapefileCounts:
    """What the three parts of a shapefile say about how many features it holds."""

    shapes: int  # records indexed by the .shx
    records: int  # attribute records the .dbf really holds (at most what its header says)
    header_records: int  # what the .dbf header says
    cut: list[int]  # shapes (0-based) the .shx places beyond the end of the .shp


def shapefile_counts(shp: Path, shx: Path, dbf: Path) -> ShapefileCounts:
    """Count a shapefile's features in each part from the headers, as GDAL does not compare.

    ``.shx``: a 100-byte header, then 8 bytes per shape (offset and length in 16-bit words,
    big-endian).  ``.dbf``: the record count in bytes 4–7 (little-endian), the header length
    in 8–9 and the record length in 10–11; the records the file has room for bound the count.
    GDAL reads as many features as the ``.dbf`` header says when it says fewer than the
    ``.shx`` holds, silently dropping the rest (issue 11).
    """
    index = shx.read_bytes()
    if len(index) < 100:
        raise ReadFailure(f"{shx.name} is too short to be a shapefile index ({len(index)} "
                          f"bytes, the header alone has 100)")
    declared = int.from_bytes(index[24:28], "big") * 2
    if len(index) < declared:
        raise ReadFailure(f"{shx.name} is cut short ({len(index):,} bytes where its header says "
                          f"{declared:,}): the index of the shapefile is damaged; delete it and "
                          f"let GDAL rebuild it: ogr2ogr --config SHAPE_RESTORE_SHX YES new.shp "
                          f"{shp.name}")
    entries = np.frombuffer(index, dtype=">i4", count=(len(index) - 100) // 8 * 2,
                            offset=100).reshape(-1, 2).astype(np.int64)
    ends = entries[:, 0] * 2 + 8 + entries[:, 1] * 2
    cut = np.flatnonzero(ends > shp.stat().st_size).tolist()
    with open(dbf, "rb") as handle:
        head = handle.read(12)
    if len(head) < 12:
        raise ReadFailure(f"{dbf.name} is too short to be a DBF file ({len(head)} bytes)")
    header_records = int.from_bytes(head[4:8], "little")
    header_len = int.from_bytes(head[8:10], "little")
    record_len = int.from_bytes(head[10:12], "little")
    size = dbf.stat().st_size
    if size < header_len or header_len < 33 or (header_records and not record_len):
        raise ReadFailure(f"{dbf.name} is damaged: its header says the attribute records start "
                          f"at byte {header_len:,} and are {record_len:,} bytes long, but the "
                          f"file has {size:,} bytes; the attribute table cannot be read: copy or "
                          f"export the shapefile again")
    room = (size - header_len) // record_len if record_len else 0
    return ShapefileCounts(len(entries), max(0, min(header_records, room)), header_records,
                           cut)


def _shapefile_notes(path: Path, counts: ShapefileCounts, read: int) -> list[str]:
    """What a disagreement between the parts of a shapefile means for the rows, in words."""
    notes = []
    if counts.shapes != counts.records:
        said = (f" (its header says {counts.header_records:,})"
                if counts.header_records != counts.records else "")
        notes.append(f"{path.name}: its .shp/.shx hold {counts.shapes:,} shapes but its .dbf "
                     f"holds {counts.records:,} attribute records{said}; the first {read:,} "
                     f"are paired and imported as usual, the other "
                     f"{abs(counts.shapes - counts.records):,} are rejected rows (see the "
                     f"rejects file): the parts come from different versions or a copy that "
                     f"did not finish; export the layer again")
    if counts.cut:
        notes.append(f"{path.name}: the .shp ends before {len(counts.cut):,} of its shapes "
                     f"(the first is feature {counts.cut[0] + 1}): the file was cut short; "
                     f"those rows are rejected")
    return notes


# --- vector files ---------------------------------------------------------------------------

def _read_vector(path: Path, encoding: str, user_crs: Optional[pyproj.CRS],
                 source_layer: Optional[str]) -> RawTable:
    import pyogrio

    options: dict = {}
    enc_used: Optional[str] = None
    reason = ""
    counts: Optional[ShapefileCounts] = None
    dbf: Optional[Path] = None
    notes: list[str] = []
    if path.suffix.lower() == ".shp":
        dbf, shx = sibling(path, ".dbf"), sibling(path, ".shx")
        if dbf is None:
            raise ReadFailure(f"{path.name}: the .dbf file beside it is missing; a shapefile "
                              f"needs its .shp, .shx and .dbf together")
        if shx is None:
            raise ReadFailure(f"{path.name}: the .shx index beside it is missing; a shapefile "
                              f"needs its .shp, .shx and .dbf together (GDAL can rebuild a "
                              f"lost .shx: ogr2ogr --config SHAPE_RESTORE_SHX YES new.shp "
                              f"{path.name})")
        counts = shapefile_counts(path, shx, dbf)
        if encoding == "auto":
            try:
                enc_used, reason = detect_dbf_encoding(path)
            except EncodingError as exc:
                raise ReadFailure(str(exc)) from None
        else:
            enc_used, reason = encoding, "given with --encoding"
        options["encoding"] = enc_used
        if counts.shapes != counts.records:
            options["max_features"] = min(counts.shapes, counts.records)
    elif encoding != "auto":
        notes.append(f"--encoding {encoding} is not used: {VECTOR_SUFFIXES[path.suffix.lower()]}"
                     f" files say their own encoding")
    layer = source_layer
    try:
        layers = pyogrio.list_layers(path)
    except Exception as exc:  # pyogrio raises DataSourceError and friends
        raise ReadFailure(f"{path.name} cannot be opened as {VECTOR_SUFFIXES[path.suffix.lower()]}"
                          f": {_first_line(exc)}") from None
    names = [str(n) for n in layers[:, 0]]
    if not names:
        raise ReadFailure(f"{path.name} holds no layers")
    if layer is None and len(names) > 1:
        layer = next((n for n in names if n in _PREFERRED), None)
        if layer is None:
            raise ReadFailure(f"{path.name} holds several layers ({', '.join(names)}); choose "
                              f"one with --source-layer")
    if layer is not None and layer not in names:
        raise ReadFailure(f"{path.name} has no layer {layer!r}; it has: {', '.join(names)}")
    prj = sibling(path, ".prj") if path.suffix.lower() == ".shp" else None
    try:
        gdf = _read_frame(path, layer, options)
    except Exception as exc:
        if prj is None or _understood(prj):
            raise ReadFailure(f"{path.name} cannot be read: {_first_line(exc)}") from None
        if user_crs is None:
            raise ReadFailure(_prj_sentence(path, prj)) from None
        with _without_prj(path) as bare:  # GDAL fails on the .prj itself: read the rest
            try:
                gdf = _read_frame(bare, layer, options)
            except Exception as again:
                raise ReadFailure(f"{path.name} cannot be read: {_first_line(again)}") from None
    if prj is not None and user_crs is not None and gdf.crs is None:
        notes.append(f"{path.name}: its .prj cannot be understood as a CRS; --crs "
                     f"{user_crs.to_string()} used")
    where = f"{path.name}" + (f", layer {layer!r}" if layer else "")
    geometry_name = getattr(gdf, "_geometry_column_name", None)
    if geometry_name is None or geometry_name not in gdf.columns:  # a table without geometry
        table = RawTable(path, pd.DataFrame(gdf), None, user_crs, np.arange(len(gdf)) + 1,
                         "feature", enc_used, reason, notes=notes)
        _place_geometry(table, f"{where} has no geometry column, and")
        return table
    crs = user_crs or _file_crs(path, gdf.crs, where)
    frame = pd.DataFrame(gdf.drop(columns=geometry_name))
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    table = RawTable(path, frame, geoms, crs, np.arange(len(frame)) + 1, "feature",
                     enc_used, reason, notes=notes)
    if counts is not None and dbf is not None and enc_used is not None:  # a shapefile
        _complete_shapefile(table, counts)
        for i in undecodable_records(dbf, enc_used):
            if i < len(frame):
                table.defects.append(RowDefect(
                    i, ".dbf", f"record {i + 1}", f"its text is not valid {enc_used} (GDAL "
                    f"would turn what it cannot read into '?'); fix the text, or name the "
                    f"right encoding with --encoding"))
    return table


def _read_frame(path: Path, layer: Optional[str], options: dict):
    """``pyogrio.read_dataframe`` with the options decided above.

    NaN coordinates make shapely warn while it decodes them, and GDAL warns (once per
    process) when DBF text does not convert; both kinds of row are rejected one by one
    (the finite-coordinate rule, :func:`.encoding.undecodable_records`), so the warnings would
    only be noise.
    """
    import pyogrio

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=RuntimeWarning, message="invalid value")
        warnings.filterwarnings("ignore", category=RuntimeWarning,
                                message="One or several characters couldn't be converted")
        if options.get("max_features") == 0:  # nothing pairs up: only the field names
            return _empty_frame(pyogrio.read_info(path, encoding=options.get("encoding")))
        return pyogrio.read_dataframe(path, layer=layer, **options)


def _understood(prj: Path) -> bool:
    """Whether PROJ reads the ``.prj`` beside a shapefile as a CRS."""
    text = prj.read_bytes().decode("utf-8", "replace").strip()
    try:
        pyproj.CRS.from_user_input(text)
    except pyproj.exceptions.CRSError:
        return False
    return True


def _prj_sentence(path: Path, prj: Path) -> str:
    """Why a shapefile's coordinates cannot be placed when its ``.prj`` is not a CRS."""
    head = prj.read_bytes()[:60].decode("utf-8", "replace")
    shown = "".join(c if c.isprintable() else "·" for c in head)
    what = f"it begins {shown!r}" if shown.strip() else "it is empty"
    return (f"{path.name}: its .prj file cannot be understood as a CRS ({what}), so its "
            f"coordinates cannot be placed; {_CRS_FIX}")


_CRS_FIX = ("give the CRS with --crs (e.g. --crs EPSG:4490 for CGCS2000 longitude/latitude, "
            "EPSG:4550 for CGCS2000 GK CM 123E)")


@contextlib.contextmanager
def _without_prj(path: Path):
    """The shapefile at ``path`` seen from a temporary folder without its ``.prj``: links to
    every other part, so that GDAL does not stop at a ``.prj`` it cannot parse."""
    with tempfile.TemporaryDirectory(prefix="smartcity-shp-") as folder:
        for part in path.parent.iterdir():
            if part.stem == path.stem and part.suffix.lower() != ".prj" and part.is_file():
                os.symlink(part.resolve(), Path(folder) / part.name)
        yield Path(folder) / path.name


def _empty_frame(info: dict):
    """A GeoDataFrame with no rows and the fields and CRS of ``pyogrio.read_info``."""
    import geopandas as gpd

    columns = {str(name): pd.Series([], dtype=object) for name in info["fields"]}
    return gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries([], crs=info["crs"]),
                            crs=info["crs"])


def _file_crs(path: Path, declared, where: str) -> pyproj.CRS:
    """The CRS a vector file declares, or a sentence saying it has none we can use."""
    fix = _CRS_FIX
    if declared is None:
        prj = sibling(path, ".prj") if path.suffix.lower() == ".shp" else None
        if prj is not None:
            raise ReadFailure(_prj_sentence(path, prj))
        what = "has no .prj file" if path.suffix.lower() == ".shp" else "declares no CRS"
        raise ReadFailure(f"{where} {what}, so its coordinates cannot be placed; {fix}")
    try:
        return pyproj.CRS.from_user_input(declared)
    except pyproj.exceptions.CRSError:
        raise ReadFailure(f"{where} declares a CRS that PROJ cannot use ({str(declared)[:60]!r}"
                          f"); {fix}") from None


def _complete_shapefile(table: RawTable, counts: ShapefileCounts) -> None:
    """Rows for the shapes or attribute records that have no partner, each a defect."""
    read = len(table.frame)
    assert table.geometry is not None, "a shapefile's table has geometries"
    total = max(counts.shapes, counts.records)
    table.notes += _shapefile_notes(table.path, counts, read)
    for i in counts.cut:
        if i < read:
            table.geometry[i] = None
            table.defects.append(RowDefect(i, ".shp", f"shape {i + 1}",
                                           "the .shp file ends before this shape: the file "
                                           "was cut short"))
    if total <= read:
        return
    extra = pd.DataFrame(None, index=range(total - read), columns=table.frame.columns,
                         dtype=object)
    table.frame = pd.concat([table.frame.astype(object), extra], ignore_index=True)
    table.geometry = np.concatenate([table.geometry, np.full(total - read, None,
                                                             dtype=object)])
    table.row_numbers = np.arange(total) + 1
    for i in range(read, total):
        if i >= counts.records:
            table.defects.append(RowDefect(i, ".dbf", f"shape {i + 1}",
                                           f"no attribute record in the .dbf for this shape "
                                           f"(the .dbf holds {counts.records:,} records, the "
                                           f".shp/.shx {counts.shapes:,} shapes)"))
        else:
            table.defects.append(RowDefect(i, ".shp", f"record {i + 1}",
                                           f"no shape in the .shp/.shx for this attribute "
                                           f"record (the .shp/.shx hold {counts.shapes:,} "
                                           f"shapes, the .dbf {counts.records:,} records)"))


def _first_line(exc: Exception) -> str:
    """The first line of an exception's message (GDAL's can run over several)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


_PREFERRED = tuple(LAYERS)

__all__ = ["RawTable", "ReadFailure", "RowDefect", "read_table", "parse_wkt_column",
           "shapefile_counts", "CRSProblem"]
